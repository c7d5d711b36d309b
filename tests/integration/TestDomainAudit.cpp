// SPDX-License-Identifier: GPL-3.0-or-later
// DomainAudit through AresResolver against the named fixture (tests/zones/audit.test.zone, its reverse
// zones and the fake blocklist dnsbl.test.zone): a well-configured domain, and each failing item.
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "core/audit/DomainAudit.h"
#include "core/audit/TransportChecks.h"
#include "core/dkim/DkimSelectorDiscovery.h"
#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/dns/DnsSession.h"
#include "core/smtp/DnsblCheck.h"
#include "tests/support/FindingIds.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;
using todoku::test::findingIds;

namespace {

QList<QHostAddress> addresses(const QStringList& ips)
{
    QList<QHostAddress> out;
    for (const QString& ip : ips) {
        out.append(QHostAddress(ip));
    }
    return out;
}

} // namespace

class TestDomainAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_settings = test::fixtureSettings(server);
        QVERIFY(m_ares.isInitialized());
    }

    void wellConfigured()
    {
        AuditRequest request =
            makeRequest(QStringLiteral("good.audit.test"),
                        {QStringLiteral("198.51.100.10"), QStringLiteral("2001:db8:1ad::10")},
                        {QStringLiteral("s1")},
                        QStringLiteral("mx.good.audit.test"));
        const AuditReport report = run(request);
        QStringList checks;
        for (const AuditItem& i : report.items) {
            checks.append(i.check + u':' + i.subject);
            QCOMPARE(i.state, AuditItemState::Done);
            QVERIFY2(i.status <= Severity::Info || i.check == u"gmail-requirements",
                     qPrintable(i.check + u' ' + i.subject + u' ' + findingIds(i.findings).join(u',')));
        }
        QCOMPARE(checks,
                 QStringList({u"mx:good.audit.test"_s,
                              u"ptr:198.51.100.10"_s,
                              u"ptr:2001:db8:1ad::10"_s,
                              u"helo:mx.good.audit.test"_s,
                              u"spf:good.audit.test"_s,
                              u"spf:198.51.100.10"_s,
                              u"spf:2001:db8:1ad::10"_s,
                              u"dmarc:good.audit.test"_s,
                              u"dkim:good.audit.test"_s,
                              u"dnsbl:good.audit.test"_s,
                              u"gmail-requirements:good.audit.test"_s}));
        QVERIFY(findingIds(report.item(u"mx"_s)->findings).contains(u"mx.ok"));
        QCOMPARE(findingIds(report.item(u"ptr"_s, u"2001:db8:1ad::10"_s)->findings),
                 QStringList{u"ptr.ok"_s});
        QCOMPARE(report.item(u"ptr"_s, u"2001:db8:1ad::10"_s)->reverse->reverseName,
                 QStringLiteral("0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.a.1.0.8.b.d.0.1.0.0.2.ip6.arpa"));
        QCOMPARE(report.item(u"spf"_s, u"198.51.100.10"_s)->spf->result, SpfResultCode::Pass);
        QVERIFY(report.item(u"spf"_s, u"good.audit.test"_s)->spfLint.has_value());
        QCOMPARE(findingIds(report.item(u"spf"_s, u"good.audit.test"_s)->findings),
                 QStringList{u"spf.published"_s});
        QVERIFY(findingIds(report.item(u"helo"_s)->findings).contains(u"helo.ok"));
        QVERIFY(findingIds(report.item(u"helo"_s)->findings).contains(u"helo.spf-pass"_s));
        QVERIFY(findingIds(report.item(u"dmarc"_s)->findings).contains(u"dmarc.published"));
        const AuditItem* dkim = report.item(u"dkim"_s);
        QVERIFY(findingIds(dkim->findings).contains(u"dkim.key-ok"));
        QVERIFY(findingIds(dkim->findings).contains(u"dkim.selectors-found"));
        QCOMPARE(dkim->dkim->domainKeyOutcome, DnsOutcome::NoData); // an empty non-terminal
        QCOMPARE(findingIds(report.item(u"dnsbl"_s)->findings), QStringList{u"dnsbl.clean"_s});
        // Every requirement checkable from DNS passes; the rest say they cannot be checked here.
        const AuditItem* gmail = report.item(u"gmail-requirements"_s);
        QStringList statuses;
        for (const GmailRequirement& r : gmail->gmail) {
            statuses.append(r.id + u'=' + audit::requirementStatusName(r.status));
        }
        QCOMPARE(statuses,
                 QStringList({u"spf-or-dkim=pass"_s,
                              u"ptr=pass"_s,
                              u"tls=unknown"_s,
                              u"spam-rate=unknown"_s,
                              u"rfc5322=unknown"_s,
                              u"spf=pass"_s,
                              u"dkim=pass"_s,
                              u"dmarc=pass"_s,
                              u"alignment=pass"_s,
                              u"one-click-unsubscribe=unknown"_s}));
        QCOMPARE(gmail->gmail.at(1).replyCodes, QStringList({u"4.7.23"_s, u"5.7.25"_s}));
        // The given selector has its key, so the common list is never asked.
        QStringList upstream;
        for (const DnsQueryLogEntry& e : report.queryLog) {
            QVERIFY2(!e.name.startsWith(u"google._domainkey."), qPrintable(e.name));
            if (!e.fromCache) {
                upstream.append(e.name + u' ' + dns::typeName(e.type));
            }
        }
        QCOMPARE(upstream.size(), report.upstreamQueries);
        // Within one audit no name and type goes upstream twice (the session's cache).
        QCOMPARE(QSet<QString>(upstream.cbegin(), upstream.cend()).size(), upstream.size());
        QVERIFY(report.upstreamQueries < report.queryLog.size());
    }

    void failing_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("ips");
        QTest::addColumn<QStringList>("selectors");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("gmail"); // a requirement that must fail, "" for none

        const QStringList none;
        const QStringList good{QStringLiteral("198.51.100.10")};
        QTest::newRow("mx to a cname") << u"cname.audit.test"_s << good << none << u"mx"_s
                                       << u"cname.audit.test"_s << u"mx.cname"_s << u""_s;
        QTest::newRow("no ptr") << u"good.audit.test"_s << QStringList{u"198.51.100.20"_s} << none << u"ptr"_s
                                << u"198.51.100.20"_s << u"ptr.missing"_s << u"ptr"_s;
        QTest::newRow("no ipv6 ptr") << u"good.audit.test"_s
                                     << QStringList{u"198.51.100.10"_s, u"2001:db8:1ad::20"_s} << none
                                     << u"ptr"_s << u"2001:db8:1ad::20"_s << u"ptr.missing"_s << u"ptr"_s;
        QTest::newRow("ptr not confirmed")
            << u"good.audit.test"_s << QStringList{u"198.51.100.21"_s} << none << u"ptr"_s
            << u"198.51.100.21"_s << u"ptr.not-confirmed"_s << u"ptr"_s;
        QTest::newRow("generic ptr") << u"good.audit.test"_s << QStringList{u"198.51.100.22"_s} << none
                                     << u"ptr"_s << u"198.51.100.22"_s << u"ptr.generic"_s << u""_s;
        QTest::newRow("spf softfail") << u"softfail.audit.test"_s << good << none << u"spf"_s
                                      << u"198.51.100.10"_s << u"spf.softfail"_s << u"spf"_s;
        QTest::newRow("weak dkim key") << u"weak.audit.test"_s << good << QStringList{u"weakkey"_s}
                                       << u"dkim"_s << u"weak.audit.test"_s << u"dkim.weak-key"_s << u""_s;
        QTest::newRow("selector missing")
            << u"weak.audit.test"_s << good << QStringList{u"nosuch"_s} << u"dkim"_s << u"weak.audit.test"_s
            << u"dkim.selector-missing"_s << u""_s;
        QTest::newRow("no dkim at all") << u"nodmarc.audit.test"_s << good << none << u"dkim"_s
                                        << u"nodmarc.audit.test"_s << u"dkim.no-keys"_s << u"dkim"_s;
        QTest::newRow("dmarc missing") << u"nodmarc.audit.test"_s << good << none << u"dmarc"_s
                                       << u"nodmarc.audit.test"_s << u"dmarc.none"_s << u"dmarc"_s;
        QTest::newRow("unauthorized rua") << u"badrua.audit.test"_s << good << none << u"dmarc"_s
                                          << u"badrua.audit.test"_s << u"dmarc.rua-unauthorized"_s << u""_s;
        QTest::newRow("listed ip") << u"good.audit.test"_s << QStringList{u"198.51.100.30"_s} << none
                                   << u"dnsbl"_s << u"good.audit.test"_s << u"dnsbl.listed"_s << u""_s;
        QTest::newRow("listed ipv6") << u"good.audit.test"_s << QStringList{u"2001:db8:1ad::30"_s} << none
                                     << u"dnsbl"_s << u"good.audit.test"_s << u"dnsbl.listed"_s << u""_s;
        QTest::newRow("public resolver code")
            << u"good.audit.test"_s << QStringList{u"198.51.100.31"_s} << none << u"dnsbl"_s
            << u"good.audit.test"_s << u"dnsbl.unchecked"_s << u""_s;
        QTest::newRow("listed domain") << u"listed.audit.test"_s << good << none << u"dnsbl"_s
                                       << u"listed.audit.test"_s << u"dnsbl.listed"_s << u""_s;
    }

    void failing()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, ips);
        QFETCH(QStringList, selectors);
        QFETCH(QString, check);
        QFETCH(QString, subject);
        QFETCH(QString, finding);
        QFETCH(QString, gmail);
        const AuditReport report = run(makeRequest(domain, ips, selectors, {}));
        const AuditItem* item = report.item(check, subject);
        QVERIFY(item);
        QCOMPARE(item->state, AuditItemState::Done);
        QVERIFY2(findingIds(item->findings).contains(finding),
                 qPrintable(findingIds(item->findings).join(u',')));
        QVERIFY(item->status >= Severity::Info);
        if (!gmail.isEmpty()) {
            bool failed = false;
            for (const GmailRequirement& r : report.item(u"gmail-requirements"_s)->gmail) {
                failed = failed || (r.id == gmail && r.status == GmailRequirement::Status::Fail);
            }
            QVERIFY2(failed, qPrintable(gmail));
        }
    }

    void dkimDiscovery_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("selectors");
        QTest::addColumn<bool>("listAsked");
        QTest::addColumn<QStringList>("kept"); // selector=found|missing
        QTest::addColumn<QStringList>("findings");
        const QStringList none;
        // The given key is there: one round, `_domainkey` and the selector, no list.
        QTest::newRow("given found") << u"good.audit.test"_s << QStringList{u"s1"_s} << false
                                     << QStringList{u"s1=found"_s}
                                     << QStringList{u"dkim.key-ok"_s, u"dkim.selectors-found"_s};
        // None given, `_domainkey` exists (NODATA): the list finds s1.
        QTest::newRow("list finds") << u"good.audit.test"_s << none << true << QStringList{u"s1=found"_s}
                                    << QStringList{u"dkim.key-ok"_s, u"dkim.selectors-found"_s};
        // NXDOMAIN at `_domainkey`: nothing below, the list is not asked.
        QTest::newRow("no keys") << u"nodmarc.audit.test"_s << none << false << QStringList{}
                                 << QStringList{u"dkim.no-keys"_s};
        QTest::newRow("no keys, given")
            << u"nodmarc.audit.test"_s << QStringList{u"s1"_s} << false << QStringList{u"s1=missing"_s}
            << QStringList{u"dkim.selector-missing"_s, u"dkim.no-keys"_s};
        // The given one is missing but `_domainkey` exists: the list finds the key under google.
        QTest::newRow("given missing, list finds")
            << u"common.audit.test"_s << QStringList{u"nosuch"_s} << true
            << QStringList{u"nosuch=missing"_s, u"google=found"_s}
            << QStringList{u"dkim.selector-missing"_s,
                           u"dkim.key-ok"_s,
                           u"dkim.ed25519-second"_s,
                           u"dkim.selectors-found"_s};
        // Keys exist only under a name the list does not know.
        QTest::newRow("unknown selector")
            << u"weak.audit.test"_s << QStringList{u"nosuch"_s} << true << QStringList{u"nosuch=missing"_s}
            << QStringList{u"dkim.selector-missing"_s, u"dkim.selector-unknown"_s};
    }

    void dkimDiscovery()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, selectors);
        QFETCH(bool, listAsked);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, findings);
        AresResolver resolver(m_settings);
        DkimSelectorDiscovery discovery(&resolver);
        QSignalSpy done(&discovery, &DkimSelectorDiscovery::finished);
        discovery.start(domain, selectors);
        QVERIFY(done.wait(10000));
        const DkimDiscoveryReport& r = discovery.report();
        QStringList got;
        for (const DkimSelectorResult& s : r.selectors) {
            got.append(s.selector + (s.found() ? u"=found"_s : u"=missing"_s));
        }
        QCOMPARE(got, kept);
        QCOMPARE(findingIds(r.findings), findings);
        // `_domainkey`, the given selectors, and the whole list only when it was needed.
        const qsizetype expected = 1 + selectors.size() + (listAsked ? defaultDkimSelectors().size() : 0);
        QCOMPARE(r.queries.size(), expected);
        QCOMPARE(resolver.maxQueriesInFlight() > 1 + selectors.size(), listAsked);
    }

    void bimiGetsDmarcPolicy_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("dmarcFinding"); // empty: BIMI is ok
        QTest::newRow("p=none") << u"bimi.audit.test"_s << u"bimi.dmarc-not-enforced"_s;
        QTest::newRow("p=quarantine") << u"bimiok.audit.test"_s << QString();
        QTest::newRow("no DMARC record") << u"biminodmarc.audit.test"_s << u"bimi.dmarc-missing"_s;
    }

    /** BIMI waits for the dmarc item and judges the policy found there (p=, not sp=, for the domain). */
    void bimiGetsDmarcPolicy()
    {
        QFETCH(QString, domain);
        QFETCH(QString, dmarcFinding);
        AresResolver resolver(m_settings);
        DomainAudit audit(&resolver);
        audit::addTransportChecks(audit, domain);
        QList<int> order;
        connect(&audit, &DomainAudit::itemFinished, this, [&](int index) { order.append(index); });
        QSignalSpy done(&audit, &DomainAudit::finished);
        audit.start(makeRequest(domain, {}, {}, {}));
        QCOMPARE(audit.report().item(u"bimi"_s)->state, AuditItemState::Pending); // until dmarc is in
        QVERIFY(done.wait(10000));
        const AuditReport& r = audit.report();
        const auto indexOf = [&](const QString& check) {
            for (int i = 0; i < r.items.size(); ++i) {
                if (r.items[i].check == check) {
                    return i;
                }
            }
            return -1;
        };
        QVERIFY(order.indexOf(indexOf(u"dmarc"_s)) < order.indexOf(indexOf(u"bimi"_s)));
        const AuditItem* bimi = r.item(u"bimi"_s);
        QCOMPARE(bimi->state, AuditItemState::Done);
        const QStringList ids = findingIds(bimi->findings);
        QCOMPARE(ids.contains(u"bimi.dmarc-not-enforced"_s), dmarcFinding == u"bimi.dmarc-not-enforced");
        QCOMPARE(ids.contains(u"bimi.dmarc-missing"_s), dmarcFinding == u"bimi.dmarc-missing");
        QCOMPARE(ids.contains(u"bimi.ok"_s), dmarcFinding.isEmpty());
        if (dmarcFinding == u"bimi.dmarc-not-enforced") {
            for (const Finding& f : bimi->findings) {
                if (f.id == u"bimi.dmarc-not-enforced") {
                    QCOMPARE(f.args.value(1), u"none"_s);
                }
            }
        }
    }

    void listedDetails()
    {
        const AuditReport report =
            run(makeRequest(QStringLiteral("good.audit.test"),
                            {QStringLiteral("198.51.100.30"), QStringLiteral("198.51.100.31")},
                            {},
                            {}));
        const DnsblReport& r = *report.item(u"dnsbl"_s)->dnsbl;
        QStringList lines;
        for (const DnsblResult& x : r.results) {
            lines.append(x.listId + u' ' + x.subject + u' ' + QString::number(int(x.status)) + u' '
                         + x.labels.join(u'/'));
        }
        // 127.255.255.254 is u"could not check"_s, never listed; the listed one carries its TXT reason.
        QCOMPARE(
            lines,
            QStringList({u"spamhaus-zen 198.51.100.30 1 SBL"_s,
                         u"spamhaus-zen 198.51.100.31 2 query through a public or unattributed resolver"_s,
                         u"spamhaus-dbl good.audit.test 0 "_s}));
        QVERIFY(r.results.first().txt.contains(u"fixture SBL"));
    }

    void dqsKeyChangesTheZone()
    {
        QCOMPARE(DnsblCheck::queryName(QHostAddress(QStringLiteral("192.0.2.99")),
                                       QStringLiteral("KEY.zen.dq.spamhaus.net")),
                 QStringLiteral("99.2.0.192.KEY.zen.dq.spamhaus.net"));
        AuditRequest request =
            makeRequest(QStringLiteral("good.audit.test"), {QStringLiteral("198.51.100.30")}, {}, {});
        request.dqsKey = QStringLiteral("k3y");
        const AuditReport report = run(request);
        const DnsblReport& r = *report.item(u"dnsbl"_s)->dnsbl;
        QCOMPARE(r.results.first().queryName, QStringLiteral("30.100.51.198.k3y.dq.dnsbl.test"));
        // The fixture lists 198.51.100.30 under the key's zone only for that key.
        QCOMPARE(r.results.first().status, DnsblResult::Status::Listed);
        request.dqsKey = u"other"_s;
        QCOMPARE(run(request).item(u"dnsbl"_s)->dnsbl->results.first().status, DnsblResult::Status::Clean);
    }

    void progressPerItem()
    {
        AresResolver resolver(m_settings);
        DomainAudit audit(&resolver);
        QSignalSpy started(&audit, &DomainAudit::started);
        QSignalSpy items(&audit, &DomainAudit::itemFinished);
        QSignalSpy done(&audit, &DomainAudit::finished);
        audit.start(
            makeRequest(QStringLiteral("good.audit.test"), {QStringLiteral("198.51.100.10")}, {}, {}));
        QCOMPARE(started.count(), 1); // the items are known (all pending) before any answer
        QVERIFY(done.wait(10000));
        QCOMPARE(done.count(), 1);
        QCOMPARE(items.count(), audit.report().items.size());
        QSet<int> seen;
        for (const QList<QVariant>& args : items) {
            seen.insert(args.at(0).toInt());
        }
        QCOMPARE(seen.size(), audit.report().items.size());
        // The Gmail checklist comes last, after everything it is derived from.
        QCOMPARE(items.last().at(0).toInt(), audit.report().items.size() - 1);
    }

    void cancel()
    {
        AresResolver resolver(m_settings);
        DomainAudit audit(&resolver);
        QSignalSpy done(&audit, &DomainAudit::finished);
        audit.start(
            makeRequest(QStringLiteral("slow.audit.test"), {QStringLiteral("198.51.100.10")}, {}, {}));
        QTest::qWait(50);
        audit.cancel();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(audit.report().cancelled);
        int cancelled = 0;
        for (const AuditItem& i : audit.report().items) {
            QVERIFY(i.isFinished());
            cancelled += i.state == AuditItemState::Cancelled;
        }
        QVERIFY(cancelled >= 2); // dmarc and dkim wait on dropped queries
        QTest::qWait(100);
        QCOMPARE(done.count(), 1);
    }

    void timeoutKeepsTheRest()
    {
        // Names under slow.audit.test are dropped by the fixture (rpz): those items hit the deadline,
        // the others finish normally.
        AresResolver resolver(m_settings);
        DomainAudit audit(&resolver);
        audit.setItemTimeoutMs(1000);
        QSignalSpy done(&audit, &DomainAudit::finished);
        QElapsedTimer clock;
        clock.start();
        audit.start(
            makeRequest(QStringLiteral("slow.audit.test"), {QStringLiteral("198.51.100.10")}, {}, {}));
        QVERIFY(done.wait(10000));
        QVERIFY(clock.elapsed() < 1900);
        const AuditReport& r = audit.report();
        QCOMPARE(r.item(u"dmarc"_s)->state, AuditItemState::TimedOut);
        QVERIFY(findingIds(r.item(u"dmarc"_s)->findings).contains(u"audit.timeout"));
        QCOMPARE(r.item(u"ptr"_s)->state, AuditItemState::Done);
        QCOMPARE(findingIds(r.item(u"ptr"_s)->findings), QStringList{u"ptr.ok"_s});
        QCOMPARE(r.item(u"gmail-requirements"_s)->state, AuditItemState::Done);
    }

    void invalidDomain()
    {
        const AuditReport r = run(makeRequest(QStringLiteral("localhost"), {}, {}, {}));
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(findingIds(r.items.first().findings), QStringList{u"audit.invalid-domain"_s});
    }

    void unicodeDomain()
    {
        // The IDN test zone (xn--wgv71a119e.test) exists in the fixture; the report names it in ASCII.
        const AuditReport r = run(makeRequest(QStringLiteral("日本語.test"), {}, {}, {}));
        QCOMPARE(r.domain, QStringLiteral("xn--wgv71a119e.test"));
        QCOMPARE(r.item(u"mx"_s)->state, AuditItemState::Done);
    }

private:
    AuditRequest makeRequest(const QString& domain,
                             const QStringList& ips,
                             const QStringList& selectors,
                             const QString& helo)
    {
        AuditRequest r;
        r.domain = domain;
        r.ips = addresses(ips);
        r.selectors = selectors;
        r.helo = helo;
        r.dnsblLists = test::fixtureDnsblLists();
        return r;
    }

    AuditReport run(const AuditRequest& request)
    {
        AresResolver resolver(m_settings);
        DomainAudit audit(&resolver);
        QSignalSpy done(&audit, &DomainAudit::finished);
        audit.start(request);
        if (!done.wait(15000)) {
            return {};
        }
        return audit.report();
    }

    AresLibrary m_ares;
    DnsResolverSettings m_settings;
};

QTEST_GUILESS_MAIN(TestDomainAudit)
#include "TestDomainAudit.moc"
