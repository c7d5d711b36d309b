// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli dns: exit statuses, JSON per outcome against the fixture, text in both languages.
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using namespace Qt::StringLiterals;

using todoku::test::CliRun;
using todoku::test::runCli;

class TestCliDns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonOutcomes_data();
    void jsonOutcomes();
    void txtStringsInJson();
    void unicodeNameShownBack();
    void textOutputInJapanese();
    void usageErrors_data();
    void usageErrors();
    void unusableInput_data();
    void unusableInput();
    void helpExitsZero();
    void realBinary();

private:
    QString m_server;
    todoku::AresLibrary m_ares;
};

void TestCliDns::initTestCase()
{
    TODOKU_REQUIRE_FIXTURE(server);
    m_server = server.toString();
}

void TestCliDns::jsonOutcomes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("answers");
    QTest::newRow("answer") << u"www.dns.test"_s << u"A"_s << u"answer"_s << 1;
    QTest::newRow("mx") << u"dns.test"_s << u"mx"_s << u"answer"_s << 2;
    QTest::newRow("nxdomain") << u"nope.dns.test"_s << u"A"_s << u"nxdomain"_s << 0;
    QTest::newRow("nodata") << u"a-only.dns.test"_s << u"TXT"_s << u"nodata"_s << 0;
    QTest::newRow("servfail") << u"x.servfail.test"_s << u"A"_s << u"servfail"_s << 0;
    QTest::newRow("refused") << u"example.com"_s << u"A"_s << u"refused"_s << 0;
    QTest::newRow("ptr") << u"10.2.0.192.in-addr.arpa"_s << u"PTR"_s << u"answer"_s << 1;
}

void TestCliDns::jsonOutcomes()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, outcome);
    QFETCH(int, answers);
    const CliRun run = runCli({u"--json"_s, u"--server"_s, m_server, u"dns"_s, name, type});
    QCOMPARE(run.status, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(u"outcome"_s).toString(), outcome);
    QCOMPARE(o.value(u"answers"_s).toArray().size(), answers);
    QCOMPARE(o.value(u"server"_s).toString(), m_server);
    QCOMPARE(o.value(u"type"_s).toString(), type.toUpper());
    QVERIFY(o.contains(u"rttMs"_s));
}

void TestCliDns::txtStringsInJson()
{
    const CliRun run =
        runCli({u"--server"_s, m_server, u"dns"_s, u"multi-string.dns.test"_s, u"TXT"_s, u"--json"_s});
    QCOMPARE(run.status, 0);
    const QJsonObject answer = run.json().value(u"answers"_s).toArray().at(0).toObject();
    QCOMPARE(answer.value(u"strings"_s).toArray().size(), 3);
    QCOMPARE(answer.value(u"text"_s).toString(), u"v=spf1 ip4:192.0.2.1 -all"_s);
}

void TestCliDns::unicodeNameShownBack()
{
    const CliRun run = runCli({u"--json"_s, u"--server"_s, m_server, u"dns"_s, u"日本語.test"_s, u"A"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.json().value(u"name"_s).toString(), u"xn--wgv71a119e.test."_s);
    QCOMPARE(run.json().value(u"displayName"_s).toString(), u"日本語.test."_s);
}

void TestCliDns::textOutputInJapanese()
{
    const CliRun en =
        runCli({u"--lang"_s, u"en"_s, u"--server"_s, m_server, u"dns"_s, u"nope.dns.test"_s, u"A"_s});
    QCOMPARE(en.status, 0);
    QVERIFY2(en.out.contains(u"NXDOMAIN"_s), qPrintable(en.out));
    QVERIFY(en.out.contains(u"name does not exist"_s));
    const CliRun ja =
        runCli({u"--lang"_s, u"ja"_s, u"--server"_s, m_server, u"dns"_s, u"nope.dns.test"_s, u"A"_s});
    QCOMPARE(ja.status, 0);
    QVERIFY2(ja.out.contains(u"NXDOMAIN"_s), qPrintable(ja.out));
    QVERIFY2(!ja.out.contains(u"name does not exist"_s), qPrintable(ja.out));
    QVERIFY2(ja.out.contains(u"存在しません"_s), qPrintable(ja.out));
}

void TestCliDns::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("dns without type") << QStringList{u"dns"_s, u"example.jp"_s};
    QTest::newRow("unknown option") << QStringList{u"dns"_s, u"--bogus"_s, u"example.jp"_s, u"A"_s};
    QTest::newRow("bad language") << QStringList{u"--lang"_s, u"fr"_s, u"dns"_s, u"example.jp"_s, u"A"_s};
    QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"soon"_s, u"dns"_s, u"example.jp"_s, u"A"_s};
}

void TestCliDns::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun run = runCli(args);
    QCOMPARE(run.status, 2);
    QVERIFY(!QString(run.err + run.out).trimmed().isEmpty());
}

void TestCliDns::unusableInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad name") << QStringList{u"dns"_s, u"bad..name"_s, u"A"_s} << u"bad..name"_s;
    QTest::newRow("address instead of name")
        << QStringList{u"dns"_s, u"user@example.jp"_s, u"MX"_s} << u"user@example.jp"_s;
    QTest::newRow("bad type") << QStringList{u"dns"_s, u"example.jp"_s, u"SPF"_s} << u"SPF"_s;
    QTest::newRow("bad server")
        << QStringList{u"--server"_s, u"999.1.1.1"_s, u"dns"_s, u"example.jp"_s, u"A"_s} << u"999.1.1.1"_s;
    QTest::newRow("offline") << QStringList{u"--offline"_s, u"dns"_s, u"example.jp"_s, u"A"_s}
                             << u"--offline"_s;
}

void TestCliDns::unusableInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliRun run = runCli(QStringList{u"--lang"_s, u"en"_s} + args);
    QCOMPARE(run.status, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count(u'\n'), 1); // one clear line
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestCliDns::helpExitsZero()
{
    const CliRun general = runCli({u"--help"_s});
    QCOMPARE(general.status, 0);
    QVERIFY(general.out.contains(u"dns"_s));
    const CliRun dns = runCli({u"dns"_s, u"--help"_s});
    QCOMPARE(dns.status, 0);
    QVERIFY2(dns.out.contains(u"--server"_s), qPrintable(dns.out));
}

void TestCliDns::realBinary()
{
    QProcess process;
    process.start(QStringLiteral(TODOKU_CLI_BINARY),
                  {u"--json"_s, u"--server"_s, m_server, u"dns"_s, u"alias.dns.test"_s, u"A"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(o.value(u"outcome"_s).toString(), u"answer"_s);
    QCOMPARE(o.value(u"cnames"_s).toArray().size(), 2);
    QCOMPARE(o.value(u"answers"_s).toArray().at(0).toObject().value(u"value"_s).toString(), u"192.0.2.10"_s);
}

QTEST_GUILESS_MAIN(TestCliDns)
#include "TestCliDns.moc"
