// SPDX-License-Identifier: GPL-3.0-or-later
// The analyze corpus: every tests/data/analyze/NAME.* input against NAME.expected.json (input kind,
// placement, the exact set of finding ids, evidence lines), and every finding has a real text.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/diagnosis/FindingCatalog.h"
#include "core/diagnosis/MessageDiagnosis.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestAnalyzeCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpusSize();
    void corpus_data();
    void corpus();
};

namespace {

QStringList expectationFiles()
{
    return QDir(test::dataPath(u"analyze"_s)).entryList({u"*.expected.json"_s}, QDir::Files, QDir::Name);
}

} // namespace

void TestAnalyzeCorpus::corpusSize()
{
    QVERIFY2(expectationFiles().size() >= 25, qPrintable(QString::number(expectationFiles().size())));
}

void TestAnalyzeCorpus::corpus_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QDir dir(test::dataPath(u"analyze"_s));
    for (const QString& e : expectationFiles()) {
        const QString base = e.chopped(int(qstrlen(".expected.json")));
        const QStringList inputs =
            dir.entryList({base + u".*"_s}, QDir::Files)
                .filter(QRegularExpression(u"^"_s + QRegularExpression::escape(base) + u"\\.(txt|eml)$"_s));
        QCOMPARE(inputs.size(), 1);
        QTest::newRow(qPrintable(base)) << dir.filePath(inputs.at(0)) << dir.filePath(e);
    }
}

void TestAnalyzeCorpus::corpus()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFile in(input);
    QFile ex(expected);
    QVERIFY(in.open(QIODevice::ReadOnly) && ex.open(QIODevice::ReadOnly));
    const QByteArray raw = in.readAll();
    const QJsonObject want = QJsonDocument::fromJson(ex.readAll()).object();
    const MessageDiagnosis d = MessageDiagnosis::analyze(raw);
    const int lines =
        int(raw.count('\n') + (raw.endsWith('\n') ? 0 : 1) + raw.count("\r") - raw.count("\r\n"));

    QCOMPARE(PastedInput::kindName(d.inputKind), want.value(u"inputKind"_s).toString());
    QCOMPARE(MessageDiagnosis::placementName(d.placement), want.value(u"placement"_s).toString());
    QStringList ids;
    for (const Finding& f : d.findings) {
        ids.append(f.id);
        const FindingText t = FindingCatalog::text(f);
        QVERIFY2(t.title != f.id && !t.detail.isEmpty(), qPrintable(f.id)); // a text exists
        for (const Evidence& e : f.evidence) {
            QVERIFY2(e.line >= 1 && e.line <= lines, qPrintable(f.id));
        }
    }
    ids.sort();
    QStringList wantIds;
    for (const QJsonValue& v : want.value(u"findings"_s).toArray()) {
        wantIds.append(v.toString());
    }
    QCOMPARE(ids, wantIds);
    const QJsonObject evidence = want.value(u"evidence"_s).toObject();
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
        for (const Finding& f : d.findings) {
            if (f.id == it.key()) {
                QCOMPARE(f.evidence.value(0).line, it.value().toInt());
            }
        }
    }
    for (const QString& reason : d.reasons) {
        QVERIFY(ids.contains(reason));
    }
    QVERIFY(d.placement == Placement::Unknown || !d.reasons.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnalyzeCorpus)
#include "TestAnalyzeCorpus.moc"
