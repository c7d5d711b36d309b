// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli check: DESIGN.md's `check` JSON shape against the named fixture (tests/zones/audit.test.zone),
// the text output, and exit statuses.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using namespace Qt::StringLiterals;
using todoku::test::findingIds;
using todoku::test::runCli;

class TestCliCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_server = server.toString();
        m_port = QString::number(server.port);
    }

    void jsonShape()
    {
        const auto run = runCli({u"--json"_s,
                                 u"--server"_s,
                                 m_server,
                                 u"check"_s,
                                 u"good.audit.test"_s,
                                 u"--ip"_s,
                                 u"198.51.100.21"_s,
                                 u"--selector"_s,
                                 u"s1"_s,
                                 u"--helo"_s,
                                 u"mx.good.audit.test"_s,
                                 u"--dnsbl"_s,
                                 u"spamhaus-zen=bl.dnsbl.test"_s,
                                 u"--ns-port"_s,
                                 m_port});
        QCOMPARE(run.status, 0);
        const QJsonObject o = run.json();
        QCOMPARE(o.value(u"domain").toString(), u"good.audit.test"_s);
        QVERIFY(o.value(u"queries").toInt() > 10);
        QStringList checks;
        QHash<QString, QJsonObject> byCheck;
        for (const QJsonValue& v : o.value(u"items").toArray()) {
            const QJsonObject item = v.toObject();
            checks.append(item.value(u"check").toString());
            byCheck.insert(item.value(u"check").toString() + u':' + item.value(u"subject").toString(), item);
            const QString status = item.value(u"status").toString();
            QVERIFY2(QStringList({u"ok"_s, u"warning"_s, u"error"_s, u"info"_s}).contains(status),
                     qPrintable(status));
            QVERIFY(item.value(u"findings").isArray());
        }
        QCOMPARE(checks,
                 QStringList({u"mx"_s,
                              u"ptr"_s,
                              u"helo"_s,
                              u"spf"_s,
                              u"spf"_s,
                              u"dmarc"_s,
                              u"dkim"_s,
                              u"dnsbl"_s,
                              u"mta-sts"_s,
                              u"tls-rpt"_s,
                              u"bimi"_s,
                              u"authns"_s,
                              u"authns"_s,
                              u"authns"_s,
                              u"gmail-requirements"_s}));
        // Every authoritative server of audit.test (the fixture, its one NS) agrees on SPF, DMARC and the
        // key.
        for (const QString& name :
             {u"good.audit.test"_s, u"_dmarc.good.audit.test"_s, u"s1._domainkey.good.audit.test"_s}) {
            const QJsonObject authns = byCheck.value(u"authns:"_s + name);
            QCOMPARE(findingIds(authns), QStringList{u"dns.servers-agree"_s});
            QCOMPARE(authns.value(u"zone").toString(), u"audit.test"_s);
            // good.audit.test has a DMARC record of its own: audit.test's is not the one that counts.
            QVERIFY(!authns.contains(u"organizationalDomain"_s));
            const QJsonObject server = authns.value(u"servers").toArray().first().toObject();
            QCOMPARE(server.value(u"address").toString(), u"127.0.0.1"_s);
            QCOMPARE(server.value(u"udp").toString(), u"answer"_s);
            QCOMPARE(server.value(u"tcp").toString(), u"answer"_s);
        }
        // audit.test publishes none of the transport records.
        QCOMPARE(findingIds(byCheck.value(u"mta-sts:good.audit.test"_s)), QStringList{u"mta-sts.none"_s});
        QCOMPARE(findingIds(byCheck.value(u"tls-rpt:good.audit.test"_s)), QStringList{u"tls-rpt.none"_s});
        const QJsonObject ptr = byCheck.value(u"ptr:198.51.100.21"_s);
        QCOMPARE(ptr.value(u"status").toString(), u"error"_s);
        QCOMPARE(findingIds(ptr), QStringList{u"ptr.not-confirmed"_s});
        // The PTR to ask the IP's owner for, set where the IP is owned.
        const QJsonObject record = ptr.value(u"findings")
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"records")
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(record.value(u"type").toString(), u"PTR"_s);
        QCOMPARE(record.value(u"value").toString(), u"mx.good.audit.test."_s);
        QCOMPARE(record.value(u"setAt").toString(), u"ip-owner"_s);
        QCOMPARE(byCheck.value(u"spf:198.51.100.21"_s).value(u"spf").toObject().value(u"result").toString(),
                 u"pass"_s);
        QVERIFY(findingIds(byCheck.value(u"helo:mx.good.audit.test"_s)).contains(u"helo.mismatch"_s));
        const QJsonArray reqs =
            byCheck.value(u"gmail-requirements:good.audit.test"_s).value(u"requirements").toArray();
        QCOMPARE(reqs.at(1).toObject().value(u"id").toString(), u"ptr"_s);
        QCOMPARE(reqs.at(1).toObject().value(u"status").toString(), u"fail"_s);
        QCOMPARE(reqs.at(1).toObject().value(u"replyCodes").toArray().at(1).toString(), u"5.7.25"_s);
        QCOMPARE(byCheck.value(u"dnsbl:good.audit.test"_s).value(u"dnsbl").toArray().size(), 1);
    }

    /** The transport checks run in `check` on the audit's DNS: each broken record is its item's finding,
     * with the record as evidence. (The _mta-sts record is invalid, so no policy fetch leaves the machine.)
     */
    void transportChecks()
    {
        const auto run = runCli({u"--json"_s,
                                 u"--server"_s,
                                 m_server,
                                 u"check"_s,
                                 u"badrecord.mtasts.test"_s,
                                 u"--no-selector-discovery"_s,
                                 u"--dnsbl"_s,
                                 u"spamhaus-zen=bl.dnsbl.test"_s});
        QCOMPARE(run.status, 0);
        QHash<QString, QJsonObject> byCheck;
        for (const QJsonValue& v : run.json().value(u"items").toArray()) {
            byCheck.insert(v.toObject().value(u"check").toString(), v.toObject());
        }
        QCOMPARE(findingIds(byCheck.value(u"mta-sts"_s)), QStringList{u"mta-sts.record-syntax"_s});
        QCOMPARE(byCheck.value(u"mta-sts"_s).value(u"status").toString(), u"error"_s);
        QCOMPARE(findingIds(byCheck.value(u"tls-rpt"_s)), QStringList{u"tls-rpt.syntax"_s});
        QCOMPARE(findingIds(byCheck.value(u"bimi"_s)), QStringList{u"bimi.syntax"_s});
        QCOMPARE(byCheck.value(u"tls-rpt"_s).value(u"records").toArray().first().toString(),
                 u"v=TLSRPTv1; rua=ftp://reports.mtasts.test/"_s);
    }

    /** "Why temperror?": one of authtimeout.test's two servers (ns2, 127.0.0.3) has nothing listening. */
    void authoritativeServers()
    {
        const auto run = runCli({u"--json"_s,
                                 u"--server"_s,
                                 m_server,
                                 u"--timeout"_s,
                                 u"500"_s,
                                 u"check"_s,
                                 u"authtimeout.test"_s,
                                 u"--no-selector-discovery"_s,
                                 u"--dnsbl"_s,
                                 u"spamhaus-zen=bl.dnsbl.test"_s,
                                 u"--ns-port"_s,
                                 m_port});
        QCOMPARE(run.status, 0);
        QHash<QString, QJsonObject> byCheck;
        for (const QJsonValue& v : run.json().value(u"items").toArray()) {
            byCheck.insert(v.toObject().value(u"check").toString() + u':'
                               + v.toObject().value(u"subject").toString(),
                           v.toObject());
        }
        const QJsonObject spf = byCheck.value(u"authns:authtimeout.test"_s);
        QCOMPARE(spf.value(u"state").toString(), u"done"_s);
        QCOMPARE(spf.value(u"status").toString(), u"error"_s);
        const QStringList ids = findingIds(spf);
        QCOMPARE(ids.size(), 1);
        QVERIFY2(ids.first() == u"dns.server-unreachable" || ids.first() == u"dns.server-timeout",
                 qPrintable(ids.join(u',')));
        const QJsonArray servers = spf.value(u"servers").toArray();
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(0).toObject().value(u"says").toString(), u"\"v=spf1 ip4:192.0.2.1 -all\""_s);
        QCOMPARE(servers.at(1).toObject().value(u"address").toString(), u"127.0.0.3"_s);
        QVERIFY(byCheck.contains(u"authns:_dmarc.authtimeout.test"_s));
        QCOMPARE(runCli({u"--server"_s, m_server, u"check"_s, u"good.audit.test"_s, u"--ns-port"_s, u"0"_s})
                     .status,
                 2);
    }

    /** The BIMI item gets the DMARC policy the dmarc item found: p=none means no logo. */
    void bimiUnderPNone()
    {
        const auto run = runCli({u"--json"_s,
                                 u"--server"_s,
                                 m_server,
                                 u"check"_s,
                                 u"bimi.audit.test"_s,
                                 u"--no-selector-discovery"_s,
                                 u"--dnsbl"_s,
                                 u"spamhaus-zen=bl.dnsbl.test"_s,
                                 u"--ns-port"_s,
                                 m_port});
        QCOMPARE(run.status, 0);
        QJsonObject bimi;
        for (const QJsonValue& v : run.json().value(u"items").toArray()) {
            if (v.toObject().value(u"check").toString() == u"bimi") {
                bimi = v.toObject();
            }
        }
        QVERIFY2(findingIds(bimi).contains(u"bimi.dmarc-not-enforced"_s),
                 qPrintable(findingIds(bimi).join(u',')));
        QCOMPARE(bimi.value(u"state").toString(), u"done"_s);
    }

    void textOutput()
    {
        const auto run = runCli({u"--lang"_s,
                                 u"en"_s,
                                 u"--server"_s,
                                 m_server,
                                 u"check"_s,
                                 u"nodmarc.audit.test"_s,
                                 u"--dnsbl"_s,
                                 u"spamhaus-zen=bl.dnsbl.test"_s});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(u"Domain check of nodmarc.audit.test"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"[Error] dmarc  nodmarc.audit.test"_s));
        QVERIFY(run.out.contains(u"nodmarc.audit.test publishes no DKIM keys"_s));
        QVERIFY(run.out.contains(u"All senders: spam rate below 0.3% — not checkable from outside"_s));
    }

    void usageAndInput()
    {
        QCOMPARE(runCli({u"check"_s}).status, 2);
        QCOMPARE(
            runCli({u"--server"_s, m_server, u"check"_s, u"good.audit.test"_s, u"--ip"_s, u"999.1.1.1"_s})
                .status,
            1);
        QCOMPARE(
            runCli({u"--server"_s, m_server, u"check"_s, u"good.audit.test"_s, u"--dnsbl"_s, u"nosuch"_s})
                .status,
            2);
        QCOMPARE(runCli({u"--offline"_s, u"check"_s, u"good.audit.test"_s}).status, 1);
    }

private:
    QString m_server;
    QString m_port;
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "TestCliCheck.moc"
