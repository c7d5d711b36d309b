// SPDX-License-Identifier: GPL-3.0-or-later
// The dkimpy test data in ../shared/conformance/dkim-dkimpy (RFC 8463's example message signed with
// Ed25519 and RSA, Exim's Ed25519 signature, Gmail's degenerate folding, key records), with the results
// dkimpy's own tests assert. Skipped when ../shared is absent.
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "core/dkim/DkimKeyRecord.h"
#include "core/dkim/DkimVerifier.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;
using todoku::test::FakeResolver;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The key files hold one TXT value on one line.
QByteArray keyFile(const QString& dir, const QString& name)
{
    return readFile(dir + u'/' + name).trimmed();
}

} // namespace

class TestDkimConformance : public QObject
{
    Q_OBJECT

private slots:
    void dkimpyMessages_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("keys"); // owner=file pairs
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("rfc6376.signed (ed25519 + rsa)")
            << u"rfc6376.signed.msg"_s
            << QStringList{u"brisbane._domainkey.football.example.com=football-brisbane.dns"_s,
                           u"test._domainkey.football.example.com=test.txt"_s}
            << QStringList{u"pass"_s, u"pass"_s};
        QTest::newRow("exim ed25519")
            << u"ed25519test2.msg"_s << QStringList{u"sed._domainkey.test.ex=eximtest.dns"_s}
            << QStringList{u"pass"_s};
        QTest::newRow("gmail degenerate folding")
            << u"test2.message"_s << QStringList{u"20120113._domainkey.gmail.com=gmail-20120113.dns"_s}
            << QStringList{u"pass"_s};
        QTest::newRow("bad version key")
            << u"rfc6376.signed.msg"_s
            << QStringList{u"brisbane._domainkey.football.example.com=football-brisbane.dns"_s,
                           u"test._domainkey.football.example.com=badversion.txt"_s}
            << QStringList{u"pass"_s, u"permerror"_s};
        QTest::newRow("unknown k")
            << u"rfc6376.signed.msg"_s
            << QStringList{u"brisbane._domainkey.football.example.com=football-brisbane.dns"_s,
                           u"test._domainkey.football.example.com=badk.txt"_s}
            << QStringList{u"pass"_s, u"permerror"_s};
        QTest::newRow("implicit k")
            << u"rfc6376.signed.msg"_s
            << QStringList{u"brisbane._domainkey.football.example.com=football-brisbane.dns"_s,
                           u"test._domainkey.football.example.com=test2.txt"_s}
            << QStringList{u"pass"_s, u"pass"_s};
    }
    void dkimpyMessages()
    {
        TODOKU_REQUIRE_SHARED(dir, u"conformance/dkim-dkimpy"_s);
        QFETCH(QString, message);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, expected);
        FakeResolver resolver;
        for (const QString& k : keys) {
            resolver.addTxt(k.section(u'=', 0, 0), keyFile(dir, k.section(u'=', 1)));
        }
        QByteArray bytes = readFile(dir + u'/' + message);
        QVERIFY(!bytes.isEmpty());
        DkimVerifier verifier(&resolver);
        QSignalSpy spy(&verifier, &DkimVerifier::finished);
        verifier.start(MailMessage::parse(bytes), QDateTime::currentDateTimeUtc());
        QVERIFY(spy.wait(5000));
        QStringList results;
        for (const DkimVerification& v : verifier.results()) {
            results.append(DkimVerification::resultName(v.result));
        }
        QCOMPARE(results, expected);
    }

    void keyRecords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("valid");
        QTest::newRow("test.txt") << u"test.txt"_s << true;
        QTest::newRow("test2.txt (implicit k)") << u"test2.txt"_s << true;
        QTest::newRow("badversion.txt") << u"badversion.txt"_s << false;
        QTest::newRow("test_bad.txt") << u"test_bad.txt"_s << false;
        QTest::newRow("eximtest.dns") << u"eximtest.dns"_s << true;
    }
    void keyRecords()
    {
        TODOKU_REQUIRE_SHARED(dir, u"conformance/dkim-dkimpy"_s);
        QFETCH(QString, file);
        QFETCH(bool, valid);
        QCOMPARE(DkimKeyRecord::parse(keyFile(dir, file)).isOk(), valid);
    }
};

QTEST_GUILESS_MAIN(TestDkimConformance)
#include "TestDkimConformance.moc"
