// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for DnsSession: cache, in-flight de-duplication, query log, cancellation.
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include "core/dns/DnsSession.h"
#include "tests/support/FakeResolver.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestDnsSession : public QObject
{
    Q_OBJECT

private slots:
    void concurrentCallersShareOneQuery();
    void repeatIsAnsweredFromCache();
    void failuresAreCachedToo();
    void differentServersAreDifferentKeys();
    void deletedWaiterIsSkipped();
    void neverFinishesSynchronously();
    void waiterMayDeleteTheSession();
    void upstreamQueriesDoNotPileUp();
    void cancelledHandlerIsSkipped();
};

namespace {

DnsAnswer waitFor(DnsQuery* query)
{
    if (!query->isFinished()) {
        QSignalSpy spy(query, &DnsQuery::finished);
        if (!spy.wait(2000)) {
            qFatal("query did not finish");
        }
    }
    return query->answer();
}

} // namespace

void TestDnsSession::concurrentCallersShareOneQuery()
{
    test::FakeResolver fake;
    fake.addTxt(u"example.jp"_s, QByteArray("v=spf1 -all"));
    DnsSession session(&fake);
    QObject owner;
    DnsQuery* a = session.lookup(u"example.jp"_s, DnsRecordType::TXT, {}, &owner);
    DnsQuery* b = session.lookup(u"EXAMPLE.jp"_s, DnsRecordType::TXT, {}, &owner);
    const DnsAnswer first = waitFor(a);
    const DnsAnswer second = waitFor(b);
    QCOMPARE(fake.lookupCount(), 1);
    QCOMPARE(session.upstreamQueries(), 1);
    QCOMPARE(first.texts(), QList<QByteArray>{"v=spf1 -all"});
    QCOMPARE(second.texts(), first.texts());
    QCOMPARE(first.fromCache, false);
    QCOMPARE(second.fromCache, true);
    QCOMPARE(session.log().size(), 2);
}

void TestDnsSession::repeatIsAnsweredFromCache()
{
    test::FakeResolver fake;
    fake.addA(u"www.example.jp"_s, u"192.0.2.1"_s);
    DnsSession session(&fake);
    QObject owner;
    waitFor(session.lookup(u"www.example.jp"_s, DnsRecordType::A, {}, &owner));
    const DnsAnswer again = waitFor(session.lookup(u"www.example.jp"_s, DnsRecordType::A, {}, &owner));
    QCOMPARE(fake.lookupCount(), 1);
    QVERIFY(again.fromCache);
    QCOMPARE(again.addresses(), QList<QHostAddress>{QHostAddress(u"192.0.2.1"_s)});
    // A different type is a different question.
    const DnsAnswer aaaa = waitFor(session.lookup(u"www.example.jp"_s, DnsRecordType::AAAA, {}, &owner));
    QCOMPARE(aaaa.outcome, DnsOutcome::NoData);
    QCOMPARE(fake.lookupCount(), 2);
    QCOMPARE(session.log().size(), 3);
    QVERIFY(session.log().at(1).fromCache);
    QCOMPARE(session.log().at(2).outcome, DnsOutcome::NoData);
}

void TestDnsSession::failuresAreCachedToo()
{
    test::FakeResolver fake;
    fake.setOutcome(u"broken.example.jp"_s, DnsRecordType::TXT, DnsOutcome::ServFail);
    DnsSession session(&fake);
    QObject owner;
    QCOMPARE(waitFor(session.lookup(u"broken.example.jp"_s, DnsRecordType::TXT, {}, &owner)).outcome,
             DnsOutcome::ServFail);
    QCOMPARE(waitFor(session.lookup(u"broken.example.jp"_s, DnsRecordType::TXT, {}, &owner)).outcome,
             DnsOutcome::ServFail);
    QCOMPARE(fake.lookupCount(), 1);
    session.clearCache();
    waitFor(session.lookup(u"broken.example.jp"_s, DnsRecordType::TXT, {}, &owner));
    QCOMPARE(fake.lookupCount(), 2);
}

void TestDnsSession::differentServersAreDifferentKeys()
{
    test::FakeResolver fake;
    fake.addA(u"www.example.jp"_s, u"192.0.2.1"_s);
    DnsSession session(&fake);
    QObject owner;
    DnsQueryOptions direct;
    direct.servers = {DnsServer::parse(u"192.0.2.53"_s).value()};
    waitFor(session.lookup(u"www.example.jp"_s, DnsRecordType::A, {}, &owner));
    waitFor(session.lookup(u"www.example.jp"_s, DnsRecordType::A, direct, &owner));
    QCOMPARE(fake.lookupCount(), 2);
}

void TestDnsSession::deletedWaiterIsSkipped()
{
    test::FakeResolver fake;
    fake.addA(u"www.example.jp"_s, u"192.0.2.1"_s);
    DnsSession session(&fake);
    QObject owner;
    auto* doomedOwner = new QObject;
    DnsQuery* doomed = session.lookup(u"www.example.jp"_s, DnsRecordType::A, {}, doomedOwner);
    QSignalSpy doomedSpy(doomed, &DnsQuery::finished);
    DnsQuery* kept = session.lookup(u"www.example.jp"_s, DnsRecordType::A, {}, &owner);
    delete doomedOwner; // cancels `doomed` while the shared upstream query is in flight
    QCOMPARE(waitFor(kept).outcome, DnsOutcome::Answer);
    QCOMPARE(doomedSpy.count(), 0);
    QCOMPARE(session.log().size(), 1); // only the live caller is logged
}

void TestDnsSession::neverFinishesSynchronously()
{
    test::FakeResolver fake;
    fake.addA(u"www.example.jp"_s, u"192.0.2.1"_s);
    DnsSession session(&fake);
    QObject owner;
    waitFor(session.lookup(u"www.example.jp"_s, DnsRecordType::A, {}, &owner));
    // Even a cache hit must not finish inside lookup(): callers connect after the call returns.
    DnsQuery* hit = session.lookup(u"www.example.jp"_s, DnsRecordType::A, {}, &owner);
    QVERIFY(!hit->isFinished());
    QSignalSpy spy(hit, &DnsQuery::finished);
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1);
}

void TestDnsSession::waiterMayDeleteTheSession()
{
    // Waiters are handed the upstream answer from inside its delivery. The first one's slot deletes the
    // session (a check that finishes and goes away); the second must still get its answer.
    test::FakeResolver fake;
    fake.addA(u"www.example.jp"_s, u"192.0.2.1"_s);
    auto* session = new DnsSession(&fake);
    const QPointer<DnsSession> sessionWatch(session);
    QObject owner;
    DnsQuery* first = session->lookup(u"www.example.jp"_s, DnsRecordType::A, {}, &owner);
    DnsQuery* second = session->lookup(u"www.example.jp"_s, DnsRecordType::A, {}, &owner);
    connect(first, &DnsQuery::finished, &owner, [session] { delete session; });
    const DnsAnswer answer = waitFor(second);
    QVERIFY(sessionWatch.isNull());
    QCOMPARE(answer.outcome, DnsOutcome::Answer);
    QCOMPARE(answer.fromCache, true);
    QVERIFY(first->isFinished());
}

void TestDnsSession::upstreamQueriesDoNotPileUp()
{
    // The session's own upstream queries are deleted once handled, not kept until the session goes.
    test::FakeResolver fake;
    DnsSession session(&fake);
    QObject owner;
    for (int i = 0; i < 20; ++i) {
        fake.addA(u"h%1.example.jp"_s.arg(i), u"192.0.2.1"_s);
        session.ask(u"h%1.example.jp"_s.arg(i), DnsRecordType::A, &owner, [](const DnsAnswer&) {});
    }
    QCOMPARE(session.findChildren<DnsQuery*>().size(), 20);
    QTRY_COMPARE(session.log().size(), 20);
    QTRY_VERIFY(session.findChildren<DnsQuery*>().isEmpty());
    QVERIFY(owner.children().isEmpty());
}

void TestDnsSession::cancelledHandlerIsSkipped()
{
    test::FakeResolver fake;
    fake.addA(u"www.example.jp"_s, u"192.0.2.1"_s);
    DnsSession session(&fake);
    auto* doomed = new QObject;
    QObject owner;
    bool doomedCalled = false;
    QList<DnsAnswer> kept;
    session.ask(u"www.example.jp"_s, DnsRecordType::A, doomed, [&doomedCalled](const DnsAnswer&) {
        doomedCalled = true;
    });
    session.ask(
        u"www.example.jp"_s, DnsRecordType::A, &owner, [&kept](const DnsAnswer& a) { kept.append(a); });
    delete doomed; // while the one upstream query both wait for is in flight
    QTRY_COMPARE(kept.size(), 1);
    QCOMPARE(kept.first().outcome, DnsOutcome::Answer);
    QCOMPARE(kept.first().fromCache, false); // the first live waiter is the one that asked upstream
    QVERIFY(!doomedCalled);
    QCOMPARE(fake.lookupCount(), 1);
    QCOMPARE(session.log().size(), 1);
}

QTEST_GUILESS_MAIN(TestDnsSession)
#include "TestDnsSession.moc"
