// SPDX-License-Identifier: GPL-3.0-or-later
// AuthoritativeProbe through AresResolver against two real named servers: the fixture on 127.0.0.1 and a
// second one this test starts on another port (tests/zones-ns2: the same, an older and a broken copy of the
// auth*.test zones) that plays the NS address 127.0.0.2, plus a socket on 127.0.0.3 that never answers.
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "core/audit/AuthoritativeChecks.h"
#include "core/audit/DomainAudit.h"
#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/dns/AuthoritativeProbe.h"
#include "tests/support/FindingIds.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;
using todoku::test::findingIds;

class TestAuthoritativeProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_server = server;
        m_settings = test::fixtureSettings(server, 500);
        QVERIFY(m_ares.isInitialized());
        QVERIFY(m_state.isValid());
        QString error;
        const auto port =
            test::startExtraNamed(m_state.path(), test::sourcePath(QStringLiteral("zones-ns2")), &error);
        QVERIFY2(port, qPrintable(error));
        m_secondPort = *port;
        m_started = true;
    }

    void cleanupTestCase()
    {
        if (m_started) {
            test::stopExtraNamed(m_state.path());
        }
    }

    void agreement()
    {
        const AuthoritativeReport r = run(QStringLiteral("authagree.test"));
        QCOMPARE(r.zone, QStringLiteral("authagree.test"));
        QCOMPARE(r.nameServers.size(), 2);
        QCOMPARE(r.servers.size(), 2);
        for (const AuthoritativeServerResult& s : r.servers) {
            QCOMPARE(s.udp.outcome, DnsOutcome::Answer);
            QCOMPARE(s.tcp.outcome, DnsOutcome::Answer);
            QVERIFY(s.udp.authoritative);
            QVERIFY(!s.lame);
            QCOMPARE(s.summary(), QStringLiteral("\"v=spf1 ip4:192.0.2.1 -all\""));
        }
        QVERIFY(r.serversAgree());
        QCOMPARE(findingIds(r.findings), QStringList{QStringLiteral("dns.servers-agree")});
    }

    void walksUpToTheZone()
    {
        // A name below the apex without records of its own: the NS walk stops at authagree.test.
        const AuthoritativeReport r = run(QStringLiteral("_dmarc.authagree.test"));
        QCOMPARE(r.zone, QStringLiteral("authagree.test"));
        QCOMPARE(r.servers.size(), 2);
        for (const AuthoritativeServerResult& s : r.servers) {
            QCOMPARE(s.best().outcome, DnsOutcome::NxDomain);
        }
        QVERIFY(r.serversAgree());
    }

    void truncatedOverUdpAnsweredOverTcp()
    {
        // 750 bytes of TXT: the UDP reply carries the TC bit, TCP has the record; nothing to report.
        const AuthoritativeReport r = run(QStringLiteral("big.authagree.test"));
        QCOMPARE(r.servers.size(), 2);
        for (const AuthoritativeServerResult& s : r.servers) {
            QVERIFY(s.udp.truncated);
            QVERIFY(!s.tcp.truncated);
            QCOMPARE(s.tcp.outcome, DnsOutcome::Answer);
            QCOMPARE(s.tcp.records.value(0).joinedText().size(), 750);
            QVERIFY(!s.truncatedNoTcp);
        }
        QCOMPARE(findingIds(r.findings), QStringList{QStringLiteral("dns.servers-agree")});
    }

    void disagreement()
    {
        const AuthoritativeReport r = run(QStringLiteral("authdiffer.test"));
        QCOMPARE(r.servers.size(), 2);
        QVERIFY(!r.serversAgree());
        QCOMPARE(findingIds(r.findings), QStringList{QStringLiteral("dns.servers-disagree")});
        const Finding& f = r.findings.first();
        QCOMPARE(f.args.value(2), QStringLiteral("2"));
        QCOMPARE(f.evidence.size(), 2);
        QStringList texts;
        for (const Evidence& e : f.evidence) {
            texts.append(e.text);
        }
        QVERIFY2(texts.join(u'\n').contains(QStringLiteral("127.0.0.2): \"v=spf1 ip4:192.0.2.99 -all\"")),
                 qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.join(u'\n').contains(QStringLiteral("127.0.0.1): \"v=spf1 ip4:192.0.2.1 -all\"")),
                 qPrintable(texts.join(u'\n')));
    }

    void timeoutOnOneServer()
    {
        // ns2.authtimeout.test is 127.0.0.3: a UDP socket that reads nothing and a TCP listener that
        // accepts and never answers.
        QUdpSocket udp;
        QVERIFY(udp.bind(QHostAddress(QStringLiteral("127.0.0.3")), m_server.port));
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress(QStringLiteral("127.0.0.3")), m_server.port));
        const AuthoritativeReport r = run(QStringLiteral("authtimeout.test"));
        QCOMPARE(r.servers.size(), 2);
        const AuthoritativeServerResult& silent = r.servers.at(1);
        QCOMPARE(silent.host, QStringLiteral("ns2.authtimeout.test"));
        QCOMPARE(silent.udp.outcome, DnsOutcome::Timeout);
        QCOMPARE(silent.tcp.outcome, DnsOutcome::Timeout);
        QCOMPARE(r.servers.at(0).best().outcome, DnsOutcome::Answer);
        // The timeout is reported once per server, and one answering server is no disagreement.
        QCOMPARE(findingIds(r.findings), QStringList{QStringLiteral("dns.server-timeout")});
        QCOMPARE(r.findings.first().args.value(1), QStringLiteral("127.0.0.3"));
        QVERIFY(r.serversAgree());
    }

    void servfailOnOneServer()
    {
        const AuthoritativeReport r = run(QStringLiteral("authservfail.test"));
        QCOMPARE(r.servers.size(), 2);
        QCOMPARE(r.servers.at(0).best().outcome, DnsOutcome::Answer);
        QCOMPARE(r.servers.at(1).udp.outcome, DnsOutcome::ServFail);
        QCOMPARE(r.servers.at(1).tcp.outcome, DnsOutcome::ServFail);
        QCOMPARE(findingIds(r.findings), QStringList{QStringLiteral("dns.server-servfail")});
        QCOMPARE(r.findings.first().args.value(0), QStringLiteral("ns2.authservfail.test"));
    }

    void noNameServers()
    {
        // The fixture serves no root and no .invalid: the walk ends without an NS set.
        const AuthoritativeReport r = run(QStringLiteral("nothing.invalid"));
        QVERIFY(r.zone.isEmpty());
        QVERIFY(r.servers.isEmpty());
        QCOMPARE(findingIds(r.findings), QStringList{QStringLiteral("dns.no-nameservers")});
    }

    /** The probe as the domain check's "authns" items: one each for the SPF, DMARC and given key names. */
    void inDomainAudit()
    {
        const AuditReport r = audit(QStringLiteral("authdiffer.test"), {QStringLiteral("s1")});
        QStringList items;
        for (const AuditItem& i : r.items) {
            if (i.check == u"authns") {
                items.append(i.subject);
                QCOMPARE(i.state, AuditItemState::Done);
                QCOMPARE(i.extra.value(u"zone").toString(), QStringLiteral("authdiffer.test"));
            }
        }
        QCOMPARE(items,
                 QStringList({QStringLiteral("authdiffer.test"),
                              QStringLiteral("_dmarc.authdiffer.test"),
                              QStringLiteral("s1._domainkey.authdiffer.test")}));
        // The second server's stale copy has another SPF record; both say NXDOMAIN for the others.
        const AuditItem* spf = r.item(QStringLiteral("authns"), QStringLiteral("authdiffer.test"));
        QCOMPARE(findingIds(spf->findings), QStringList{QStringLiteral("dns.servers-disagree")});
        QCOMPARE(spf->status, Severity::Error);
        QCOMPARE(spf->extra.value(u"servers").toArray().size(), 2);
        QCOMPARE(
            findingIds(r.item(QStringLiteral("authns"), QStringLiteral("_dmarc.authdiffer.test"))->findings),
            QStringList{QStringLiteral("dns.servers-agree")});
        // The probes' queries are in the audit's log, with the server each went to: the second one too.
        QSet<QString> servers;
        for (const DnsQueryLogEntry& e : r.queryLog) {
            servers.insert(e.server);
        }
        QVERIFY2(servers.contains(u"127.0.0.1:"_s + QString::number(m_secondPort)),
                 qPrintable(QStringList(servers.cbegin(), servers.cend()).join(u' ')));
    }

    /**
     * A subdomain without a DMARC record takes its organisational domain's (RFC 7489 §6.6.3): the DMARC
     * item then probes that record's servers too. A domain that is its own organisational domain does not.
     */
    void inDomainAuditSubdomainDmarc()
    {
        const AuditReport r = audit(QStringLiteral("mail.authdiffer.test"), {});
        const AuditItem* dmarc =
            r.item(QStringLiteral("authns"), QStringLiteral("_dmarc.mail.authdiffer.test"));
        QVERIFY(dmarc);
        QCOMPARE(dmarc->state, AuditItemState::Done);
        const QJsonObject org = dmarc->extra.value(u"organizationalDomain").toObject();
        QCOMPARE(org.value(u"name").toString(), QStringLiteral("_dmarc.authdiffer.test"));
        QCOMPARE(org.value(u"zone").toString(), QStringLiteral("authdiffer.test"));
        QCOMPARE(org.value(u"servers").toArray().size(), 2);
        // One agreement per name probed, each naming its record.
        QCOMPARE(findingIds(dmarc->findings),
                 QStringList({QStringLiteral("dns.servers-agree"), QStringLiteral("dns.servers-agree")}));
        QCOMPARE(dmarc->findings.at(0).args.value(0), QStringLiteral("_dmarc.mail.authdiffer.test"));
        QCOMPARE(dmarc->findings.at(1).args.value(0), QStringLiteral("_dmarc.authdiffer.test"));
        QVERIFY(!r.item(QStringLiteral("authns"), QStringLiteral("_dmarc.authdiffer.test")));

        const AuditReport top = audit(QStringLiteral("authdiffer.test"), {});
        const AuditItem* own = top.item(QStringLiteral("authns"), QStringLiteral("_dmarc.authdiffer.test"));
        QVERIFY(own);
        QVERIFY(!own->extra.contains(u"organizationalDomain"));
        QCOMPARE(own->findings.size(), 1);
    }

    void inDomainAuditTimeout()
    {
        QUdpSocket udp;
        QVERIFY(udp.bind(QHostAddress(QStringLiteral("127.0.0.3")), m_server.port));
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress(QStringLiteral("127.0.0.3")), m_server.port));
        const AuditReport r = audit(QStringLiteral("authtimeout.test"), {});
        const AuditItem* spf = r.item(QStringLiteral("authns"), QStringLiteral("authtimeout.test"));
        QVERIFY(spf);
        QCOMPARE(spf->state, AuditItemState::Done);
        QCOMPARE(findingIds(spf->findings), QStringList{QStringLiteral("dns.server-timeout")});
        QCOMPARE(spf->findings.first().args.value(1), QStringLiteral("127.0.0.3"));
        // One silent server costs its item a timeout, never the rest of the report.
        QCOMPARE(r.item(QStringLiteral("spf"))->state, AuditItemState::Done);
        QCOMPARE(r.item(QStringLiteral("gmail-requirements"))->state, AuditItemState::Done);
    }

private:
    AuditReport audit(const QString& domain, const QStringList& selectors)
    {
        AresResolver resolver(m_settings);
        DomainAudit audit(&resolver);
        audit::AuthoritativeCheckOptions options;
        options.port = m_server.port;
        options.map.append({QHostAddress(QStringLiteral("127.0.0.2")),
                            DnsServer{QHostAddress(QStringLiteral("127.0.0.1")), m_secondPort}});
        audit::addAuthoritativeChecks(audit, domain, selectors, options);
        AuditRequest request;
        request.domain = domain;
        request.selectors = selectors;
        request.discoverSelectors = false;
        QSignalSpy done(&audit, &DomainAudit::finished);
        audit.start(request);
        if (!done.wait(10000)) {
            qWarning("audit did not finish");
        }
        return audit.report();
    }

    AuthoritativeReport run(const QString& name, DnsRecordType type = DnsRecordType::TXT)
    {
        AresResolver resolver(m_settings);
        AuthoritativeProbe probe(&resolver);
        probe.setServerPort(m_server.port);
        probe.mapServer(QHostAddress(QStringLiteral("127.0.0.2")),
                        DnsServer{QHostAddress(QStringLiteral("127.0.0.1")), m_secondPort});
        QSignalSpy done(&probe, &AuthoritativeProbe::finished);
        probe.probe(name, type);
        if (!done.wait(10000)) {
            qWarning("probe did not finish");
        }
        return probe.report();
    }

    AresLibrary m_ares;
    DnsServer m_server;
    DnsResolverSettings m_settings;
    QTemporaryDir m_state;
    bool m_started = false;
    quint16 m_secondPort = 0;
};

QTEST_GUILESS_MAIN(TestAuthoritativeProbe)
#include "TestAuthoritativeProbe.moc"
