// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli spf: DESIGN.md's JSON shape, the text output with --trace, in both languages, and exit statuses.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using todoku::test::findingIds;
using todoku::test::runCli;

class TestCliSpf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_server = server.toString();
    }

    void jsonShape()
    {
        const auto run = runCli({QStringLiteral("--json"),
                                 QStringLiteral("--server"),
                                 m_server,
                                 QStringLiteral("spf"),
                                 QStringLiteral("chain.spf.test"),
                                 QStringLiteral("--ip"),
                                 QStringLiteral("203.0.113.9")});
        QCOMPARE(run.status, 0);
        const QJsonObject o = run.json();
        QCOMPARE(o.value(u"result").toString(), QStringLiteral("pass"));
        QCOMPARE(o.value(u"matched").toString(), QStringLiteral("include:_spf.chain.spf.test"));
        QCOMPARE(o.value(u"matchedPath").toArray().last().toString(), QStringLiteral("ip4:203.0.113.0/24"));
        QCOMPARE(o.value(u"lookups").toInt(), 2);
        QCOMPARE(o.value(u"voidLookups").toInt(), 0);
        QVERIFY(o.value(u"explanation").isString());
        QCOMPARE(o.value(u"trace").toObject().value(u"domain").toString(), QStringLiteral("chain.spf.test"));
        QCOMPARE(findingIds(o), QStringList{QStringLiteral("spf.pass")});
    }

    void softfailNamesTheFix()
    {
        const auto run = runCli({QStringLiteral("--lang"),
                                 QStringLiteral("en"),
                                 QStringLiteral("--server"),
                                 m_server,
                                 QStringLiteral("spf"),
                                 QStringLiteral("softfail.spf.test"),
                                 QStringLiteral("--ip"),
                                 QStringLiteral("198.51.100.9"),
                                 QStringLiteral("--trace")});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QStringLiteral("SPF for softfail.spf.test from 198.51.100.9: softfail")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("ip4:192.0.2.0/24  no match")));
        QVERIFY(run.out.contains(QStringLiteral("~all  match")));
        QVERIFY(run.out.contains(QStringLiteral("add “ip4:198.51.100.9”")));
    }

    void japanese()
    {
        const auto run = runCli({QStringLiteral("--lang"),
                                 QStringLiteral("ja"),
                                 QStringLiteral("--server"),
                                 m_server,
                                 QStringLiteral("spf"),
                                 QStringLiteral("limit.spf.test"),
                                 QStringLiteral("--ip"),
                                 QStringLiteral("192.0.2.1")});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QStringLiteral("DNS 参照")), qPrintable(run.out));
    }

    void lintPublished()
    {
        const auto run = runCli({QStringLiteral("--json"),
                                 QStringLiteral("--server"),
                                 m_server,
                                 QStringLiteral("spf-lint"),
                                 QStringLiteral("limit.spf.test")});
        QCOMPARE(run.status, 0);
        const QJsonObject o = run.json();
        QCOMPARE(o.value(u"lookups").toInt(), 11);
        QCOMPARE(findingIds(o), QStringList{QStringLiteral("spf.too-many-lookups")});
        QCOMPARE(o.value(u"includeTree").toObject().value(u"terms").toArray().size(), 12);
    }

    void lintTypedRecord()
    {
        // Online: the include's record is fetched and costed although the record itself is not published.
        const auto online = runCli({QStringLiteral("--json"),
                                    QStringLiteral("--server"),
                                    m_server,
                                    QStringLiteral("spf-lint"),
                                    QStringLiteral("--record"),
                                    QStringLiteral("v=spf1 include:chain.spf.test ptr ~all")});
        QCOMPARE(online.status, 0);
        QCOMPARE(online.json().value(u"lookups").toInt(), 4);
        QCOMPARE(findingIds(online.json()),
                 (QStringList{QStringLiteral("spf.ptr-mechanism"), QStringLiteral("spf.softfail-all")}));
        // Offline: only what the text shows, and a syntax error is a finding, not a failure.
        const auto offline = runCli({QStringLiteral("--offline"),
                                     QStringLiteral("--lang"),
                                     QStringLiteral("en"),
                                     QStringLiteral("spf-lint"),
                                     QStringLiteral("--record"),
                                     QStringLiteral("v=spf1 ip4 192.0.2.1 -all")});
        QCOMPARE(offline.status, 0);
        QVERIFY2(offline.out.contains(QStringLiteral("has a syntax error")), qPrintable(offline.out));
        // --json carries the faulty term, its position and the detail's code (issue #3's example).
        const auto cidr = runCli({QStringLiteral("--json"),
                                  QStringLiteral("--offline"),
                                  QStringLiteral("spf-lint"),
                                  QStringLiteral("--record"),
                                  QStringLiteral("v=spf1 ip4:1.2.3.4/33 -all")});
        QCOMPARE(cidr.status, 0);
        const QJsonObject syntax = cidr.json().value(u"findings").toArray().at(0).toObject();
        QCOMPARE(syntax.value(u"id").toString(), QStringLiteral("spf.syntax"));
        const QJsonArray args = syntax.value(u"args").toArray();
        QCOMPARE(args.size(), 4);
        QCOMPARE(args.at(1).toString(), QStringLiteral("ip4:1.2.3.4/33"));
        QCOMPARE(args.at(2).toString(), QStringLiteral("8"));
        QCOMPARE(args.at(3).toString(), QStringLiteral("spf.syntax.cidr-length"));
        QVERIFY2(syntax.value(u"detail").toString().contains(u"“ip4:1.2.3.4/33”: the prefix length"),
                 qPrintable(syntax.value(u"detail").toString()));
        const auto notSpf = runCli({QStringLiteral("--offline"),
                                    QStringLiteral("spf-lint"),
                                    QStringLiteral("--record"),
                                    QStringLiteral("hello")});
        QCOMPARE(notSpf.status, 1);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::newRow("no ip") << QStringList{QStringLiteral("spf"), QStringLiteral("pass.spf.test")} << 2;
        QTest::newRow("no domain") << QStringList{QStringLiteral("spf"),
                                                  QStringLiteral("--ip"),
                                                  QStringLiteral("192.0.2.1")}
                                   << 2;
        QTest::newRow("bad ip") << QStringList{QStringLiteral("spf"),
                                               QStringLiteral("pass.spf.test"),
                                               QStringLiteral("--ip"),
                                               QStringLiteral("192.0.2.999")}
                                << 1;
        QTest::newRow("bad domain") << QStringList{QStringLiteral("spf"),
                                                   QStringLiteral("a..b"),
                                                   QStringLiteral("--ip"),
                                                   QStringLiteral("192.0.2.1")}
                                    << 1;
        QTest::newRow("lint nothing") << QStringList{QStringLiteral("spf-lint")} << 2;
        QTest::newRow("offline") << QStringList{QStringLiteral("--offline"),
                                                QStringLiteral("spf"),
                                                QStringLiteral("pass.spf.test"),
                                                QStringLiteral("--ip"),
                                                QStringLiteral("192.0.2.1")}
                                 << 1;
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        const auto run = runCli(QStringList{QStringLiteral("--server"), m_server} + args);
        QCOMPARE(run.status, status);
        QVERIFY(!run.err.isEmpty());
    }

private:
    QString m_server;
    todoku::AresLibrary m_ares;
};

QTEST_GUILESS_MAIN(TestCliSpf)
#include "TestCliSpf.moc"
