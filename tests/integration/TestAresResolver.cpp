// SPDX-License-Identifier: GPL-3.0-or-later
// AresResolver against the BIND fixture: every DNS outcome, through c-ares, on the Qt event loop.
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsSession.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(todoku::DnsRecordType)

class TestAresResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcomes_data();
    void outcomes();
    void txtStringBoundaries();
    void longTxtFallsBackToTcp();
    void tcpOnlyTransport();
    void cnameChain();
    void idnName();
    void negativeTtl();
    void timeoutFromSilentServer();
    void networkErrorFromClosedPort();
    void ipv6Server();
    void perQueryServerOverride();
    void manyInFlightAtOnce_data();
    void manyInFlightAtOnce();
    void inFlightFollowsReceiveBuffer();
    void leafQueriesWaitBehindOthers();
    void deletingQueryCancelsDelivery();
    void destroyingResolverWithPendingQueries();
    void settingsChangeKeepsQueriesInFlight();
    void sessionDeduplicatesAgainstNamed();
    void askAnswersThroughTheHandler();
    void askCancelledByItsContext();
    void askWaitingForASlotIsSkippedOnceCancelled();
    void askOutlivesTheResolver();

private:
    AresResolver* makeResolver(QObject* parent, int timeoutMs = 2000, int tries = 1);
    static DnsAnswer wait(DnsQuery* query, int ms = 5000);

    AresLibrary m_ares;
    DnsServer m_server;
};

void TestAresResolver::initTestCase()
{
    TODOKU_REQUIRE_FIXTURE(server);
    m_server = server;
    QVERIFY(m_ares.isInitialized());
}

AresResolver* TestAresResolver::makeResolver(QObject* parent, int timeoutMs, int tries)
{
    DnsResolverSettings settings;
    settings.servers = {m_server};
    settings.timeoutMs = timeoutMs;
    settings.tries = tries;
    return new AresResolver(settings, parent);
}

DnsAnswer TestAresResolver::wait(DnsQuery* query, int ms)
{
    QSignalSpy spy(query, &DnsQuery::finished);
    if (!query->isFinished() && !spy.wait(ms)) {
        qWarning("query %s did not finish", qPrintable(query->name()));
    }
    return query->answer();
}

void TestAresResolver::outcomes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DnsRecordType>("type");
    QTest::addColumn<DnsOutcome>("outcome");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("A") << u"www.dns.test"_s << DnsRecordType::A << DnsOutcome::Answer
                       << QStringList{u"192.0.2.10"_s};
    QTest::newRow("two A") << u"multi-a.dns.test"_s << DnsRecordType::A << DnsOutcome::Answer
                           << QStringList{u"192.0.2.21"_s, u"192.0.2.22"_s};
    QTest::newRow("AAAA") << u"www.dns.test"_s << DnsRecordType::AAAA << DnsOutcome::Answer
                          << QStringList{u"2001:db8::10"_s};
    QTest::newRow("MX") << u"dns.test"_s << DnsRecordType::MX << DnsOutcome::Answer
                        << QStringList{u"10 mx1.dns.test."_s, u"20 mx2.dns.test."_s};
    QTest::newRow("TXT") << u"dns.test"_s << DnsRecordType::TXT << DnsOutcome::Answer
                         << QStringList{uR"("v=spf1 ip4:192.0.2.0/24 -all")"_s};
    QTest::newRow("two TXT") << u"two-txt.dns.test"_s << DnsRecordType::TXT << DnsOutcome::Answer
                             << QStringList{uR"("first record")"_s, uR"("second record")"_s};
    QTest::newRow("PTR v4") << u"10.2.0.192.in-addr.arpa"_s << DnsRecordType::PTR << DnsOutcome::Answer
                            << QStringList{u"www.dns.test."_s};
    QTest::newRow("PTR v6") << dns::reverseName(QHostAddress(u"2001:db8::10"_s)) << DnsRecordType::PTR
                            << DnsOutcome::Answer << QStringList{u"www.dns.test."_s};
    QTest::newRow("CNAME") << u"alias.dns.test"_s << DnsRecordType::CNAME << DnsOutcome::Answer
                           << QStringList{u"hop.dns.test."_s};
    QTest::newRow("NS") << u"dns.test"_s << DnsRecordType::NS << DnsOutcome::Answer
                        << QStringList{u"ns1.dns.test."_s};
    QTest::newRow("SOA") << u"dns.test"_s << DnsRecordType::SOA << DnsOutcome::Answer
                         << QStringList{
                                u"ns1.dns.test. hostmaster.dns.test. 2026112401 3600 900 604800 300"_s};
    QTest::newRow("NXDOMAIN") << u"nope.dns.test"_s << DnsRecordType::A << DnsOutcome::NxDomain
                              << QStringList{};
    QTest::newRow("NODATA") << u"a-only.dns.test"_s << DnsRecordType::TXT << DnsOutcome::NoData
                            << QStringList{};
    QTest::newRow("NODATA empty non-terminal")
        << u"_domainkey.dns.test"_s << DnsRecordType::TXT << DnsOutcome::NoData << QStringList{};
    QTest::newRow("NXDOMAIN via dangling CNAME")
        << u"dangling.dns.test"_s << DnsRecordType::A << DnsOutcome::NxDomain << QStringList{};
    QTest::newRow("SERVFAIL") << u"x.servfail.test"_s << DnsRecordType::TXT << DnsOutcome::ServFail
                              << QStringList{};
    QTest::newRow("REFUSED (not authoritative, no recursion)")
        << u"example.com"_s << DnsRecordType::A << DnsOutcome::Refused << QStringList{};
}

void TestAresResolver::outcomes()
{
    QFETCH(QString, name);
    QFETCH(DnsRecordType, type);
    QFETCH(DnsOutcome, outcome);
    QFETCH(QStringList, values);
    QObject owner;
    AresResolver* resolver = makeResolver(&owner);
    const DnsAnswer answer = wait(resolver->lookup(name, type, {}, &owner));
    QCOMPARE(answer.outcome, outcome);
    QStringList got;
    for (const DnsRecord& r : answer.records) {
        got.append(r.presentation());
    }
    got.sort();
    values.sort();
    QCOMPARE(got, values);
    QCOMPARE(answer.server, m_server.toString());
    QCOMPARE(answer.name, name);
}

void TestAresResolver::txtStringBoundaries()
{
    QObject owner;
    const DnsAnswer answer =
        wait(makeResolver(&owner)->lookup(u"multi-string.dns.test"_s, DnsRecordType::TXT, {}, &owner));
    QCOMPARE(answer.outcome, DnsOutcome::Answer);
    QCOMPARE(answer.records.size(), 1);
    QCOMPARE(answer.records[0].strings, (QList<QByteArray>{"v=spf1 ", "ip4:192.0.2.1 ", "-all"}));
    QCOMPARE(answer.texts(), QList<QByteArray>{"v=spf1 ip4:192.0.2.1 -all"});

    const DnsAnswer odd =
        wait(makeResolver(&owner)->lookup(u"odd-txt.dns.test"_s, DnsRecordType::TXT, {}, &owner));
    QCOMPARE(odd.records[0].strings, (QList<QByteArray>{"say \"hi\"", QByteArray("\xff\xfe", 2)}));
}

void TestAresResolver::longTxtFallsBackToTcp()
{
    QObject owner;
    AresResolver* resolver = makeResolver(&owner);
    const DnsAnswer whole = wait(resolver->lookup(u"long-txt.dns.test"_s, DnsRecordType::TXT, {}, &owner));
    QCOMPARE(whole.outcome, DnsOutcome::Answer);
    QCOMPARE(whole.records.size(), 1);
    QCOMPARE(whole.records[0].joinedText().size(), 1018);
    QCOMPARE(whole.records[0].strings.size(), 4); // 255 + 255 + 255 + 253
    QVERIFY(whole.records[0].joinedText().startsWith("v=DKIM1; k=rsa; p="));

    // The same question over UDP only: the truncated reply carries no record, which proves that the
    // answer above came over the TCP retry.
    DnsQueryOptions udpOnly;
    udpOnly.transport = DnsTransport::UdpOnly;
    const DnsAnswer cut = wait(resolver->lookup(u"long-txt.dns.test"_s, DnsRecordType::TXT, udpOnly, &owner));
    QVERIFY(cut.records.isEmpty());
}

void TestAresResolver::tcpOnlyTransport()
{
    QObject owner;
    DnsQueryOptions tcp;
    tcp.transport = DnsTransport::TcpOnly;
    const DnsAnswer answer =
        wait(makeResolver(&owner)->lookup(u"www.dns.test"_s, DnsRecordType::A, tcp, &owner));
    QCOMPARE(answer.outcome, DnsOutcome::Answer);
    QCOMPARE(answer.addresses(), QList<QHostAddress>{QHostAddress(u"192.0.2.10"_s)});
}

void TestAresResolver::cnameChain()
{
    QObject owner;
    const DnsAnswer answer =
        wait(makeResolver(&owner)->lookup(u"alias.dns.test"_s, DnsRecordType::A, {}, &owner));
    QCOMPARE(answer.outcome, DnsOutcome::Answer);
    QCOMPARE(answer.cnames.size(), 2);
    QCOMPARE(answer.cnames[0].name, u"alias.dns.test"_s);
    QCOMPARE(answer.cnames[0].target, u"hop.dns.test"_s);
    QCOMPARE(answer.cnames[1].target, u"www.dns.test"_s);
    QCOMPARE(answer.addresses(), QList<QHostAddress>{QHostAddress(u"192.0.2.10"_s)});
}

void TestAresResolver::idnName()
{
    QObject owner;
    const auto ace = dns::toAce(u"メール.日本語.test"_s);
    QVERIFY(ace.isOk());
    QCOMPARE(ace.value(), u"xn--4dkua4c.xn--wgv71a119e.test"_s);
    const DnsAnswer answer = wait(makeResolver(&owner)->lookup(ace.value(), DnsRecordType::A, {}, &owner));
    QCOMPARE(answer.outcome, DnsOutcome::Answer);
    QCOMPARE(answer.addresses(), QList<QHostAddress>{QHostAddress(u"192.0.2.41"_s)});
    QCOMPARE(dns::toUnicode(answer.name), u"メール.日本語.test"_s);
}

void TestAresResolver::negativeTtl()
{
    QObject owner;
    AresResolver* resolver = makeResolver(&owner);
    // The zone's SOA has TTL 3600 and MINIMUM 300: absence may be cached for 300 s (RFC 2308 §5).
    QCOMPARE(wait(resolver->lookup(u"nope.dns.test"_s, DnsRecordType::A, {}, &owner)).negativeTtl, 300u);
    QCOMPARE(wait(resolver->lookup(u"a-only.dns.test"_s, DnsRecordType::MX, {}, &owner)).negativeTtl, 300u);
}

void TestAresResolver::timeoutFromSilentServer()
{
    // A socket that is bound but never read: the server address exists and never answers.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    DnsResolverSettings settings;
    settings.servers = {DnsServer{QHostAddress::LocalHost, silent.localPort()}};
    settings.timeoutMs = 300;
    settings.tries = 1;
    QObject owner;
    auto* resolver = new AresResolver(settings, &owner);
    DnsQuery* query = resolver->lookup(u"www.dns.test"_s, DnsRecordType::A, {}, &owner);
    const DnsAnswer answer = wait(query, 5000);
    QCOMPARE(answer.outcome, DnsOutcome::Timeout);
    QVERIFY2(answer.rttMs >= 250, qPrintable(QString::number(answer.rttMs)));
    QCOMPARE(resolver->queriesInFlight(), 0);
}

void TestAresResolver::networkErrorFromClosedPort()
{
    // Bind and release a port so that nothing listens on it: UDP gets ICMP port unreachable.
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 port = probe.localPort();
    probe.close();
    DnsResolverSettings settings;
    settings.servers = {DnsServer{QHostAddress::LocalHost, port}};
    settings.timeoutMs = 500;
    settings.tries = 1;
    QObject owner;
    auto* resolver = new AresResolver(settings, &owner);
    const DnsAnswer answer = wait(resolver->lookup(u"www.dns.test"_s, DnsRecordType::A, {}, &owner));
    QVERIFY2(answer.outcome == DnsOutcome::NetworkError || answer.outcome == DnsOutcome::Timeout,
             qPrintable(dns::outcomeName(answer.outcome)));
    QVERIFY(!dns::isDefinite(answer.outcome));
}

void TestAresResolver::ipv6Server()
{
    const auto v6 = test::fixtureServerV6();
    QVERIFY(v6.has_value());
    DnsResolverSettings settings;
    settings.servers = {*v6};
    QObject owner;
    auto* resolver = new AresResolver(settings, &owner);
    const DnsAnswer answer = wait(resolver->lookup(u"www.dns.test"_s, DnsRecordType::AAAA, {}, &owner));
    QCOMPARE(answer.outcome, DnsOutcome::Answer);
    QCOMPARE(answer.server, v6->toString());
    QVERIFY(answer.server.startsWith(u"[::1]:"_s));
}

void TestAresResolver::perQueryServerOverride()
{
    // The resolver's own server never answers; the override names the fixture, as a check that asks a
    // zone's authoritative server directly would.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    DnsResolverSettings settings;
    settings.servers = {DnsServer{QHostAddress::LocalHost, silent.localPort()}};
    settings.timeoutMs = 300;
    settings.tries = 1;
    QObject owner;
    auto* resolver = new AresResolver(settings, &owner);
    DnsQueryOptions direct;
    direct.servers = {m_server};
    const DnsAnswer viaOverride = wait(resolver->lookup(u"www.dns.test"_s, DnsRecordType::A, direct, &owner));
    QCOMPARE(viaOverride.outcome, DnsOutcome::Answer);
    QCOMPARE(viaOverride.server, m_server.toString());
    const DnsAnswer viaDefault = wait(resolver->lookup(u"www.dns.test"_s, DnsRecordType::A, {}, &owner));
    QCOMPARE(viaDefault.outcome, DnsOutcome::Timeout);
}

void TestAresResolver::manyInFlightAtOnce_data()
{
    QTest::addColumn<int>("configured");
    QTest::newRow("explicit 128") << 128;
    QTest::newRow("automatic") << 0;
}

void TestAresResolver::manyInFlightAtOnce()
{
    QFETCH(int, configured);
    QObject owner;
    DnsResolverSettings settings;
    settings.servers = {m_server};
    settings.timeoutMs = 2000;
    // The default two tries: a query the shared fixture server drops while other tests load it is asked
    // again.
    settings.tries = 2;
    settings.maxInFlight = configured;
    auto* resolver = new AresResolver(settings, &owner);
    const int limit = configured > 0 ? configured : AresResolver::automaticInFlight();
    QCOMPARE(resolver->inFlightLimit(), limit);
    const int total = limit + 172;
    QList<DnsQuery*> queries;
    int finished = 0;
    for (int i = 0; i < total; ++i) {
        // Distinct names: half exist, half do not.
        const QString name = (i % 2) ? u"www.dns.test"_s : u"n%1.dns.test"_s.arg(i);
        DnsQuery* q = resolver->lookup(name, (i % 2) ? DnsRecordType::A : DnsRecordType::TXT, {}, &owner);
        connect(q, &DnsQuery::finished, &owner, [&finished] { ++finished; });
        queries.append(q);
    }
    // All were accepted at once; `limit` went on the wire, the rest queue for a free slot. Each answer
    // comes back as what the zone says, never as a timeout.
    QCOMPARE(resolver->queriesInFlight(), limit);
    QCOMPARE(resolver->queriesQueued(), 172);
    QTRY_COMPARE_WITH_TIMEOUT(finished, total, 10000);
    QCOMPARE(resolver->maxQueriesInFlight(), limit);
    QCOMPARE(resolver->queriesQueued(), 0);
    for (int i = 0; i < queries.size(); ++i) {
        QCOMPARE(queries[i]->answer().outcome, (i % 2) ? DnsOutcome::Answer : DnsOutcome::NxDomain);
    }
}

void TestAresResolver::inFlightFollowsReceiveBuffer()
{
    QCOMPARE(AresResolver::inFlightForReceiveBuffer(0), 128);
    QCOMPARE(AresResolver::inFlightForReceiveBuffer(212992), 130); // Debian's stock net.core.rmem_max
    QCOMPARE(AresResolver::inFlightForReceiveBuffer(327680), 200);
    QCOMPARE(AresResolver::inFlightForReceiveBuffer(4194304), 256);
    QFile sysctl(u"/proc/sys/net/core/rmem_max"_s);
    if (sysctl.open(QIODevice::ReadOnly)) {
        QCOMPARE(AresResolver::automaticInFlight(),
                 AresResolver::inFlightForReceiveBuffer(sysctl.readAll().trimmed().toLongLong()));
    }
}

void TestAresResolver::leafQueriesWaitBehindOthers()
{
    // One query on the wire at a time, so the answers come back in the order the queries went out.
    QObject owner;
    DnsResolverSettings settings;
    settings.servers = {m_server};
    settings.timeoutMs = 2000;
    settings.maxInFlight = 1;
    auto* resolver = new AresResolver(settings, &owner);
    DnsQueryOptions leaf;
    leaf.priority = DnsQueryPriority::Leaf;
    QStringList order;
    auto ask = [&](const QString& tag, DnsRecordType type, const DnsQueryOptions& options) {
        DnsQuery* q = resolver->lookup(u"www.dns.test"_s, type, options, &owner);
        connect(q, &DnsQuery::finished, &owner, [&order, tag] { order.append(tag); });
    };
    ask(u"first"_s, DnsRecordType::TXT, {});
    ask(u"leaf1"_s, DnsRecordType::A, leaf);
    ask(u"normal1"_s, DnsRecordType::TXT, {});
    ask(u"leaf2"_s, DnsRecordType::AAAA, leaf);
    ask(u"normal2"_s, DnsRecordType::MX, {});
    QCOMPARE(resolver->queriesQueued(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 10000);
    // The one already on the wire first, then the others in the order asked, then the leaves in theirs.
    QCOMPARE(order, QStringList({u"first"_s, u"normal1"_s, u"normal2"_s, u"leaf1"_s, u"leaf2"_s}));
}

void TestAresResolver::deletingQueryCancelsDelivery()
{
    QObject owner;
    AresResolver* resolver = makeResolver(&owner);
    auto* queryOwner = new QObject;
    DnsQuery* doomed = resolver->lookup(u"www.dns.test"_s, DnsRecordType::A, {}, queryOwner);
    bool delivered = false;
    connect(doomed, &DnsQuery::finished, &owner, [&delivered] { delivered = true; });
    delete queryOwner;
    // A later query on the same channel finishes; by then the deleted one's answer has arrived and been
    // dropped without touching freed memory (ASan would say otherwise).
    const DnsAnswer after = wait(resolver->lookup(u"www.dns.test"_s, DnsRecordType::AAAA, {}, &owner));
    QCOMPARE(after.outcome, DnsOutcome::Answer);
    QTRY_COMPARE(resolver->queriesInFlight(), 0);
    QVERIFY(!delivered);
}

void TestAresResolver::destroyingResolverWithPendingQueries()
{
    QObject owner;
    auto* resolver = makeResolver(nullptr);
    DnsQuery* orphan = resolver->lookup(u"www.dns.test"_s, DnsRecordType::A, {}, &owner);
    QSignalSpy spy(orphan, &DnsQuery::finished);
    delete resolver; // c-ares ends the pending query with ARES_EDESTRUCTION
    QVERIFY(spy.wait(1000));
    QCOMPARE(orphan->answer().outcome, DnsOutcome::NetworkError);
}

void TestAresResolver::settingsChangeKeepsQueriesInFlight()
{
    QObject owner;
    AresResolver* resolver = makeResolver(&owner);
    DnsQuery* before = resolver->lookup(u"www.dns.test"_s, DnsRecordType::A, {}, &owner);
    DnsResolverSettings changed = resolver->settings();
    changed.timeoutMs = 1234;
    resolver->setSettings(changed);
    QCOMPARE(resolver->settings().timeoutMs, 1234);
    QCOMPARE(wait(before).outcome, DnsOutcome::Answer);
    QCOMPARE(wait(resolver->lookup(u"www.dns.test"_s, DnsRecordType::A, {}, &owner)).outcome,
             DnsOutcome::Answer);
}

void TestAresResolver::askAnswersThroughTheHandler()
{
    // ask() on the real resolver calls the handler without a DnsQuery: nothing is parented to the context.
    QObject owner;
    AresResolver* resolver = makeResolver(&owner);
    QObject context;
    QList<DnsAnswer> answers;
    resolver->ask(
        u"www.dns.test"_s, DnsRecordType::A, &context, [&answers](const DnsAnswer& a) { answers.append(a); });
    resolver->ask(u"nope.dns.test"_s, DnsRecordType::A, &context, [&answers](const DnsAnswer& a) {
        answers.append(a);
    });
    QVERIFY(context.children().isEmpty());
    QVERIFY(answers.isEmpty()); // never synchronously
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 5000);
    const DnsAnswer www = answers.at(0).name == u"www.dns.test"_s ? answers.at(0) : answers.at(1);
    const DnsAnswer nx = answers.at(0).name == u"www.dns.test"_s ? answers.at(1) : answers.at(0);
    QCOMPARE(www.outcome, DnsOutcome::Answer);
    QVERIFY(!www.addresses().isEmpty());
    QCOMPARE(nx.outcome, DnsOutcome::NxDomain);
    QCOMPARE(resolver->queriesInFlight(), 0);
}

void TestAresResolver::askCancelledByItsContext()
{
    QObject owner;
    AresResolver* resolver = makeResolver(&owner);
    auto* context = new QObject;
    bool called = false;
    resolver->ask(
        u"www.dns.test"_s, DnsRecordType::A, context, [&called](const DnsAnswer&) { called = true; });
    delete context;
    // A later query on the same channel finishes after the cancelled one's answer was dropped.
    const DnsAnswer after = wait(resolver->lookup(u"www.dns.test"_s, DnsRecordType::AAAA, {}, &owner));
    QCOMPARE(after.outcome, DnsOutcome::Answer);
    QTRY_COMPARE(resolver->queriesInFlight(), 0);
    QVERIFY(!called);
}

void TestAresResolver::askWaitingForASlotIsSkippedOnceCancelled()
{
    // One query on the wire at a time: the second ask waits in the queue, its context goes, and it is
    // never sent; the third still is.
    QObject owner;
    DnsResolverSettings settings;
    settings.servers = {m_server};
    settings.timeoutMs = 2000;
    settings.maxInFlight = 1;
    auto* resolver = new AresResolver(settings, &owner);
    QStringList order;
    resolver->ask(u"www.dns.test"_s, DnsRecordType::A, &owner, [&order](const DnsAnswer&) {
        order.append(u"first"_s);
    });
    auto* doomed = new QObject;
    resolver->ask(u"www.dns.test"_s, DnsRecordType::TXT, doomed, [&order](const DnsAnswer&) {
        order.append(u"doomed"_s);
    });
    resolver->ask(u"www.dns.test"_s, DnsRecordType::MX, &owner, [&order](const DnsAnswer&) {
        order.append(u"third"_s);
    });
    QCOMPARE(resolver->queriesQueued(), 2);
    delete doomed;
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 10000);
    QCOMPARE(order, QStringList({u"first"_s, u"third"_s}));
    QCOMPARE(resolver->queriesQueued(), 0);
}

void TestAresResolver::askOutlivesTheResolver()
{
    QObject context;
    auto* resolver = makeResolver(nullptr);
    DnsAnswer got;
    bool called = false;
    resolver->ask(u"www.dns.test"_s, DnsRecordType::A, &context, [&](const DnsAnswer& a) {
        got = a;
        called = true;
    });
    delete resolver; // c-ares ends the pending query with ARES_EDESTRUCTION; the handler still hears of it
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 1000);
    QCOMPARE(got.outcome, DnsOutcome::NetworkError);
}

void TestAresResolver::sessionDeduplicatesAgainstNamed()
{
    QObject owner;
    AresResolver* resolver = makeResolver(&owner);
    DnsSession session(resolver);
    DnsQuery* a = session.lookup(u"dns.test"_s, DnsRecordType::MX, {}, &owner);
    DnsQuery* b = session.lookup(u"dns.test"_s, DnsRecordType::MX, {}, &owner);
    QCOMPARE(resolver->queriesInFlight(), 1);
    QCOMPARE(wait(a).records.size(), 2);
    QCOMPARE(wait(b).records.size(), 2);
    QCOMPARE(session.upstreamQueries(), 1);
    QCOMPARE(session.log().size(), 2);
    QCOMPARE(session.log().at(0).server, m_server.toString());
    QCOMPARE(session.log().at(0).outcome, DnsOutcome::Answer);
}

QTEST_GUILESS_MAIN(TestAresResolver)
#include "TestAresResolver.moc"
