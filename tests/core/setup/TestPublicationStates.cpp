// SPDX-License-Identifier: GPL-3.0-or-later
// PublicationCheck's states that the fixture (an authoritative-only named, no cache) cannot show: a record
// the authoritative servers have while the resolver still caches its absence, and a record only some
// servers have. Two FakeResolvers stand for the resolver and for the authoritative servers.
#include <QSignalSpy>
#include <QTest>

#include "core/dns/DnsQuery.h"
#include "core/setup/PublicationCheck.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/FindingIds.h"

using namespace todoku;
using todoku::test::FakeResolver;
using todoku::test::findingIds;

namespace {

/**
 * Queries without a server override go to `resolver`; queries to a server go to `authoritative` (or, for
 * 192.0.2.54, to `stale`) and come back with the AA bit, as a zone's own server answers.
 */
class SplitResolver : public DnsResolver
{
public:
    FakeResolver resolver, authoritative, stale;

    DnsQuery*
    lookup(const QString& name, DnsRecordType type, const DnsQueryOptions& options, QObject* parent) override
    {
        auto* q = new DnsQuery(name, type, parent);
        const bool direct = !options.servers.isEmpty();
        FakeResolver* target = !direct ? &resolver
                               : options.servers.first().address == QHostAddress(QStringLiteral("192.0.2.54"))
                                   ? &stale
                                   : &authoritative;
        DnsQuery* inner = target->lookup(name, type, options, q);
        connect(inner, &DnsQuery::finished, q, [this, q, inner, direct] {
            DnsAnswer a = inner->answer();
            a.authoritative = direct;
            if (!direct && !a.isAnswer()) {
                a.negativeTtl = 240; // what is left of the resolver's negative cache entry
            }
            deliverLater(q, a);
        });
        return q;
    }
};

const QString KEY = QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");

void addZone(SplitResolver& dns, bool twoServers)
{
    DnsRecord ns;
    ns.name = QStringLiteral("example.jp");
    ns.type = DnsRecordType::NS;
    ns.target = QStringLiteral("ns1.example.jp");
    dns.resolver.addRecord(ns);
    dns.resolver.addA(QStringLiteral("ns1.example.jp"), QStringLiteral("192.0.2.53"));
    if (twoServers) {
        ns.target = QStringLiteral("ns2.example.jp");
        dns.resolver.addRecord(ns);
        dns.resolver.addA(QStringLiteral("ns2.example.jp"), QStringLiteral("192.0.2.54"));
        dns.stale.addA(QStringLiteral("other.example.jp"), QStringLiteral("192.0.2.1"));
    }
    dns.authoritative.addTxt(QStringLiteral("s1._domainkey.example.jp"), KEY.toUtf8());
}

RecordSet keySet()
{
    RecordSet set;
    set.domain = QStringLiteral("example.jp");
    set.records = {ProposedRecord::make(
        QStringLiteral("s1._domainkey.example.jp."), QStringLiteral("TXT"), KEY, QStringLiteral("dkim"))};
    return set;
}

} // namespace

class TestPublicationStates : public QObject
{
    Q_OBJECT

private slots:
    void propagatingWhileTheResolverCachesTheAbsence()
    {
        SplitResolver dns;
        addZone(dns, false);
        PublicationCheck check(&dns);
        QSignalSpy done(&check, &PublicationCheck::finished);
        check.check(keySet());
        QVERIFY(done.wait(2000));
        const RecordPublication& p = check.report().records.first();
        QCOMPARE(p.state, PublicationState::Propagating);
        QCOMPARE(p.remainingTtl, 240u);
        QCOMPARE(findingIds(p.findings), QStringList{QStringLiteral("setup.propagating")});
        QCOMPARE(p.findings.first().args.value(2), QStringLiteral("240"));
        QCOMPARE(p.servers.size(), 2);
        QVERIFY(p.servers.at(0).matches);
        QVERIFY(!p.servers.at(1).matches);
        QCOMPARE(p.servers.at(1).outcome, DnsOutcome::NxDomain);
    }

    void publishedOnOneServerOnly()
    {
        // ns2 serves an old copy without the key: not published until every server has it, and the probe
        // says the servers disagree.
        SplitResolver dns;
        addZone(dns, true);
        dns.resolver.addTxt(QStringLiteral("s1._domainkey.example.jp"), KEY.toUtf8());
        PublicationCheck check(&dns);
        QSignalSpy done(&check, &PublicationCheck::finished);
        check.check(keySet());
        QVERIFY(done.wait(2000));
        const RecordPublication& p = check.report().records.first();
        QCOMPARE(p.state, PublicationState::Propagating);
        QCOMPARE(findingIds(p.findings),
                 (QStringList{QStringLiteral("setup.propagating"), QStringLiteral("dns.servers-disagree")}));
        QCOMPARE(p.servers.size(), 3);
    }

    void cancelFromAStateChangeSlot()
    {
        // The verify page stops polling when the user leaves it, possibly from inside a state-change slot.
        SplitResolver dns;
        addZone(dns, false);
        PublicationCheck check(&dns);
        QSignalSpy rounds(&check, &PublicationCheck::roundFinished);
        QSignalSpy done(&check, &PublicationCheck::finished);
        int changes = 0;
        connect(&check, &PublicationCheck::recordStateChanged, this, [&] {
            ++changes;
            check.cancel();
        });
        check.poll(keySet(), 10);
        QTRY_COMPARE(changes, 1);
        QTest::qWait(100);
        QCOMPARE(changes, 1);
        QCOMPARE(rounds.count(), 0);
        QCOMPARE(done.count(), 0);
        QVERIFY(!check.isRunning());
        QCOMPARE(check.report().records.first().state, PublicationState::Propagating);
    }
};

QTEST_GUILESS_MAIN(TestPublicationStates)
#include "TestPublicationStates.moc"
