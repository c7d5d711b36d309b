// SPDX-License-Identifier: GPL-3.0-or-later
// Every real message in ../shared/conformance reads as mail, and its trace and result fields parse.
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include "core/message/AuthenticationResults.h"
#include "core/message/PastedInput.h"
#include "core/message/ReceivedHeader.h"
#include "core/message/ReceivedSpf.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestPublicSamples : public QObject
{
    Q_OBJECT

private slots:
    void parseAll();
};

void TestPublicSamples::parseAll()
{
    TODOKU_REQUIRE_SHARED(root, u"conformance"_s);
    QStringList files;
    for (const QString& dir : {u"mailauth/realworld-gmail"_s,
                               u"realworld-blaze"_s,
                               u"dmarc-authheaders-valimail"_s,
                               u"dkim-dkimpy"_s}) {
        QDirIterator it(root + u'/' + dir,
                        {u"*.eml"_s, u"*.mail"_s, u"*.msg"_s, u"*.message*"_s, u"0*.txt"_s},
                        QDir::Files);
        while (it.hasNext()) {
            files.append(it.next());
        }
    }
    QVERIFY2(files.size() >= 30, qPrintable(QString::number(files.size())));
    int arFields = 0;
    int receivedFields = 0;
    int datedReceived = 0;
    QStringList problems;
    for (const QString& path : files) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const PastedInput in = PastedInput::read(f.readAll());
        const QString name = path.mid(root.size() + 1);
        if (in.kind == InputKind::Unknown || in.message.headers().size() < 3) {
            problems.append(name + u": not read as mail"_s);
            continue;
        }
        for (const HeaderField& h : in.message.headers()) {
            if (h.is(u"Authentication-Results"_s) || h.is(u"ARC-Authentication-Results"_s)) {
                ++arFields;
                const auto ar = h.is(u"Authentication-Results"_s) ? AuthenticationResults::parse(h.value)
                                                                  : AuthenticationResults::parseArc(h.value);
                if (!ar.isOk() || ar->results.isEmpty()) {
                    problems.append(u"%1 line %2: %3 unreadable"_s.arg(name).arg(h.line).arg(h.name));
                }
            } else if (h.is(u"Received"_s)) {
                ++receivedFields;
                const ReceivedHeader r = ReceivedHeader::parse(h.value);
                datedReceived += r.date.isValid() ? 1 : 0;
                if (!r.dateText.isEmpty() && !r.date.isValid()) {
                    problems.append(
                        u"%1 line %2: date \"%3\" unreadable"_s.arg(name).arg(h.line).arg(r.dateText));
                }
                if (r.by.isEmpty() && r.from.isEmpty()) {
                    problems.append(u"%1 line %2: Received without from/by"_s.arg(name).arg(h.line));
                }
            } else if (h.is(u"Received-SPF"_s) && !ReceivedSpf::parse(h.value).valid) {
                problems.append(u"%1 line %2: Received-SPF result unreadable"_s.arg(name).arg(h.line));
            }
        }
    }
    qInfo("%lld files, %d Authentication-Results fields, %d Received fields (%d dated)",
          qlonglong(files.size()),
          arFields,
          receivedFields,
          datedReceived);
    QVERIFY(arFields >= 20);
    QVERIFY(receivedFields >= 50);
    // Test fixtures' bare "Received: from localhost" carry no date at all; every other one must be read.
    QVERIFY(datedReceived >= receivedFields - 12);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestPublicSamples)
#include "TestPublicSamples.moc"
