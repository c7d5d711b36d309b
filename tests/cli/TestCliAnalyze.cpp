// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli analyze: DESIGN.md's JSON shape, text output, unusable input and usage errors.
#include <QTemporaryFile>
#include <QTest>

#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using namespace Qt::StringLiterals;
using todoku::test::CliRun;
using todoku::test::findingIds;
using todoku::test::runCli;

class TestCliAnalyze : public QObject
{
    Q_OBJECT

private slots:
    void jsonShape();
    void textOutput();
    void bounce();
    void unusableInput();
    void usage();
};

void TestCliAnalyze::jsonShape()
{
    const CliRun run = runCli({u"--offline"_s,
                               u"--json"_s,
                               u"analyze"_s,
                               todoku::test::dataPath(u"analyze/gmail-original-en-softfail.txt"_s)});
    QCOMPARE(run.status, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(u"inputKind"_s).toString(), u"gmail-original"_s);
    const QJsonObject verdict = o.value(u"verdict"_s).toObject();
    QCOMPARE(verdict.value(u"placement"_s).toString(), u"spam"_s);
    QVERIFY(!verdict.value(u"summary"_s).toString().isEmpty());
    QVERIFY(verdict.value(u"reasons"_s).toArray().contains(u"spf.softfail"_s));
    QVERIFY(findingIds(o).contains(u"helo.not-fqdn"_s));

    const QJsonArray ar = o.value(u"authenticationResults"_s).toArray();
    QJsonObject gmail;
    for (const QJsonValue& v : ar) {
        if (v.toObject().value(u"trusted"_s).toBool()) {
            gmail = v.toObject();
        }
    }
    QCOMPARE(gmail.value(u"authservId"_s).toString(), u"mx.google.com"_s);
    QCOMPARE(gmail.value(u"line"_s).toInt(), 26);
    const QJsonObject spf = gmail.value(u"results"_s).toArray().at(1).toObject();
    QCOMPARE(spf.value(u"method"_s).toString(), u"spf"_s);
    QCOMPARE(spf.value(u"result"_s).toString(), u"softfail"_s);
    QCOMPARE(spf.value(u"properties"_s).toObject().value(u"smtp.mailfrom"_s).toString(),
             u"info@example.jp"_s);

    for (const QJsonValue& v : o.value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(u"id"_s).toString() == u"spf.softfail"_s) {
            const QJsonObject e = f.value(u"evidence"_s).toArray().at(0).toObject();
            QCOMPARE(e.value(u"header"_s).toString(), u"Authentication-Results"_s);
            QCOMPARE(e.value(u"line"_s).toInt(), 28);
            QVERIFY(e.value(u"text"_s).toString().startsWith(u"spf=softfail"_s));
            QCOMPARE(f.value(u"records"_s).toArray().at(0).toObject().value(u"value"_s).toString(),
                     u"v=spf1 ip4:192.0.2.25 ~all"_s);
        }
    }
    const QJsonArray hops = o.value(u"hops"_s).toArray();
    QCOMPARE(hops.size(), 3);
    const QJsonObject first = hops.at(0).toObject();
    QCOMPARE(first.value(u"helo"_s).toString(), u"DESKTOP-7QK2M1B"_s);
    QCOMPARE(first.value(u"ip"_s).toString(), u"203.0.113.5"_s);
    QCOMPARE(first.value(u"by"_s).toString(), u"mail.example.jp"_s);
    QCOMPARE(first.value(u"with"_s).toString(), u"ESMTPSA"_s);
    QVERIFY(first.value(u"delaySeconds"_s).isNull());
    const QJsonObject second = hops.at(1).toObject();
    QCOMPARE(second.value(u"tls"_s).toBool(), true);
    QCOMPARE(second.value(u"delaySeconds"_s).toInt(), 2);
    QCOMPARE(second.value(u"date"_s).toString(), u"2026-11-18T09:30:00Z"_s);
    QCOMPARE(o.value(u"dkimSignatures"_s).toArray().size(), 0);
}

void TestCliAnalyze::textOutput()
{
    const CliRun run = runCli({u"--offline"_s,
                               u"--lang"_s,
                               u"en"_s,
                               u"analyze"_s,
                               todoku::test::dataPath(u"analyze/gmail-original-ja-pass.txt"_s)});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"Gmail most likely delivered this message to the inbox."_s),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"DKIM signature of example.co.jp verifies"_s));
}

void TestCliAnalyze::bounce()
{
    const CliRun run = runCli({u"--offline"_s,
                               u"--json"_s,
                               u"analyze"_s,
                               todoku::test::dataPath(u"analyze/bounce-qmail-5.7.26.txt"_s)});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.json().value(u"inputKind"_s).toString(), u"bounce"_s);
    QCOMPARE(run.json().value(u"verdict"_s).toObject().value(u"placement"_s).toString(), u"rejected"_s);
    QCOMPARE(findingIds(run.json()), QStringList{u"bounce.gmail.5.7.26"_s});
}

void TestCliAnalyze::unusableInput()
{
    QTemporaryFile garbage;
    QVERIFY(garbage.open());
    garbage.write("\xff\xfe\xfd not mail at all \xc3\x28\n");
    garbage.close();
    const CliRun run = runCli({u"--offline"_s, u"--json"_s, u"analyze"_s, garbage.fileName()});
    QCOMPARE(run.status, 1);
    QCOMPARE(findingIds(run.json()), QStringList{u"input.no-header-fields"_s});

    const CliRun missing = runCli({u"--offline"_s, u"analyze"_s, u"/nonexistent/mail.eml"_s});
    QCOMPARE(missing.status, 1);
    QVERIFY(missing.err.contains(u"/nonexistent/mail.eml"_s));
}

void TestCliAnalyze::usage()
{
    QCOMPARE(runCli({u"analyze"_s}).status, 2);
    QCOMPARE(runCli({u"analyze"_s, u"a"_s, u"b"_s}).status, 2);
}

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "TestCliAnalyze.moc"
