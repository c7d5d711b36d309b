// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for DnsResolver::deliverLater: answers given together go out together from the event loop, in
// order, never synchronously, skipping queries deleted meanwhile and surviving the resolver's deletion;
// and for the autoDelete queries DnsResolver::ask() makes, which the delivery deletes after finished().
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include "core/dns/DnsResolver.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

/** Answers every lookup with an A record whose address counts the lookups, through deliverLater. */
class CountingResolver : public DnsResolver
{
public:
    using DnsResolver::DnsResolver;
    DnsQuery* lookup(const QString& aceName,
                     DnsRecordType type,
                     const DnsQueryOptions& = {},
                     QObject* parent = nullptr) override
    {
        auto* query = new DnsQuery(aceName, type, parent);
        DnsAnswer answer;
        answer.name = aceName;
        answer.type = type;
        answer.outcome = DnsOutcome::Answer;
        answer.detail = QString::number(++m_count);
        deliverLater(query, answer);
        return query;
    }

private:
    int m_count = 0;
};

} // namespace

class TestDnsDelivery : public QObject
{
    Q_OBJECT

private slots:
    void answersArriveInOrderFromTheLoop();
    void deletedQueryIsSkipped();
    void askingAgainFromASlotWaitsForTheNextTurn();
    void deletingTheResolverStillDelivers();
    void autoDeleteQueryGoesAfterFinished();
    void autoDeleteQueryDeletedByItsSlotIsNotDeletedTwice();
    void autoDeleteQueryOutlivesADeletedResolver();
    void askCallsBackWithACopyAndDropsTheQuery();
    void askIsCancelledWithItsContext();
};

void TestDnsDelivery::answersArriveInOrderFromTheLoop()
{
    CountingResolver resolver;
    QObject owner;
    QStringList order;
    QList<DnsQuery*> queries;
    for (int i = 0; i < 5; ++i) {
        DnsQuery* q = resolver.lookup(u"n%1.example.jp"_s.arg(i), DnsRecordType::A, {}, &owner);
        connect(q, &DnsQuery::finished, &owner, [&order, q] { order.append(q->answer().detail); });
        queries.append(q);
    }
    QVERIFY(order.isEmpty());
    QVERIFY(!queries.first()->isFinished());
    QTRY_COMPARE(order.size(), 5);
    QCOMPARE(order, (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    QCOMPARE(queries.at(2)->answer().name, u"n2.example.jp"_s);
}

void TestDnsDelivery::deletedQueryIsSkipped()
{
    CountingResolver resolver;
    QObject owner;
    DnsQuery* kept = resolver.lookup(u"a.example.jp"_s, DnsRecordType::A, {}, &owner);
    DnsQuery* dropped = resolver.lookup(u"b.example.jp"_s, DnsRecordType::A, {}, &owner);
    DnsQuery* last = resolver.lookup(u"c.example.jp"_s, DnsRecordType::A, {}, &owner);
    QSignalSpy keptSpy(kept, &DnsQuery::finished);
    QSignalSpy lastSpy(last, &DnsQuery::finished);
    delete dropped;
    QVERIFY(lastSpy.wait(2000));
    QCOMPARE(keptSpy.size(), 1);
    QCOMPARE(last->answer().detail, u"3"_s);
}

void TestDnsDelivery::askingAgainFromASlotWaitsForTheNextTurn()
{
    CountingResolver resolver;
    QObject owner;
    QStringList events;
    DnsQuery* first = resolver.lookup(u"first.example.jp"_s, DnsRecordType::A, {}, &owner);
    DnsQuery* second = resolver.lookup(u"second.example.jp"_s, DnsRecordType::A, {}, &owner);
    connect(first, &DnsQuery::finished, &owner, [&] {
        events.append(u"first"_s);
        DnsQuery* again = resolver.lookup(u"again.example.jp"_s, DnsRecordType::A, {}, &owner);
        connect(again, &DnsQuery::finished, &owner, [&events] { events.append(u"again"_s); });
        // Not from inside this slot: a lookup never answers synchronously.
        QVERIFY(!again->isFinished());
    });
    connect(second, &DnsQuery::finished, &owner, [&events] { events.append(u"second"_s); });
    QTRY_COMPARE(events.size(), 3);
    QCOMPARE(events, (QStringList{u"first"_s, u"second"_s, u"again"_s}));
}

void TestDnsDelivery::deletingTheResolverStillDelivers()
{
    auto* resolver = new CountingResolver;
    QObject owner;
    DnsQuery* q = resolver->lookup(u"late.example.jp"_s, DnsRecordType::A, {}, &owner);
    QSignalSpy spy(q, &DnsQuery::finished);
    delete resolver;
    QVERIFY(!q->isFinished());
    QVERIFY(spy.wait(2000));
    QCOMPARE(q->answer().outcome, DnsOutcome::Answer);
    QCOMPARE(q->answer().detail, u"1"_s);
}

void TestDnsDelivery::autoDeleteQueryGoesAfterFinished()
{
    CountingResolver resolver;
    QObject owner;
    DnsQuery* q = resolver.lookup(u"auto.example.jp"_s, DnsRecordType::A, {}, &owner);
    q->setAutoDelete(true);
    const QPointer<DnsQuery> watch(q);
    QString seen;
    connect(q, &DnsQuery::finished, &owner, [&seen, q] { seen = q->answer().detail; });
    QTRY_VERIFY(watch.isNull());
    QCOMPARE(seen, u"1"_s);
    QVERIFY(owner.children().isEmpty());
}

void TestDnsDelivery::autoDeleteQueryDeletedByItsSlotIsNotDeletedTwice()
{
    // A consumer that finishes on this answer and deletes its owner (and with it the query) from the slot:
    // the delivery must notice and not delete the query again (ASan runs catch a double delete).
    CountingResolver resolver;
    auto* owner = new QObject;
    DnsQuery* q = resolver.lookup(u"gone.example.jp"_s, DnsRecordType::A, {}, owner);
    q->setAutoDelete(true);
    DnsQuery* next = resolver.lookup(u"next.example.jp"_s, DnsRecordType::A, {}, &resolver);
    next->setAutoDelete(true);
    const QPointer<QObject> ownerWatch(owner);
    const QPointer<DnsQuery> nextWatch(next);
    bool nextSeen = false;
    connect(q, &DnsQuery::finished, owner, [owner] { delete owner; });
    connect(next, &DnsQuery::finished, &resolver, [&nextSeen] { nextSeen = true; });
    QTRY_VERIFY(nextWatch.isNull());
    QVERIFY(ownerWatch.isNull());
    QVERIFY(nextSeen);
}

void TestDnsDelivery::autoDeleteQueryOutlivesADeletedResolver()
{
    auto* resolver = new CountingResolver;
    QObject owner;
    DnsQuery* q = resolver->lookup(u"late.example.jp"_s, DnsRecordType::A, {}, &owner);
    q->setAutoDelete(true);
    const QPointer<DnsQuery> watch(q);
    QString seen;
    connect(q, &DnsQuery::finished, &owner, [&seen, q] { seen = q->answer().detail; });
    delete resolver;
    QVERIFY(!watch.isNull());
    QTRY_COMPARE(seen, u"1"_s);
    QTRY_VERIFY(watch.isNull());
}

void TestDnsDelivery::askCallsBackWithACopyAndDropsTheQuery()
{
    CountingResolver resolver;
    auto* owner = new QObject;
    const QPointer<QObject> ownerWatch(owner);
    QString name;
    QString detail;
    resolver.ask(u"asked.example.jp"_s, DnsRecordType::TXT, owner, [&, owner](const DnsAnswer& a) {
        // Deleting the context deletes the query; the answer handed in is a copy and stays valid.
        delete owner;
        name = a.name;
        detail = a.detail;
    });
    QCOMPARE(owner->children().size(), 1);
    QVERIFY(name.isEmpty()); // never synchronously
    QTRY_VERIFY(ownerWatch.isNull());
    QCOMPARE(name, u"asked.example.jp"_s);
    QCOMPARE(detail, u"1"_s);

    QObject context;
    int calls = 0;
    resolver.ask(u"second.example.jp"_s, DnsRecordType::A, &context, [&calls](const DnsAnswer& a) {
        calls += a.detail == u"2"_s ? 1 : 100;
    });
    QTRY_COMPARE(calls, 1);
    QTRY_VERIFY(context.children().isEmpty()); // the query went after the call
}

void TestDnsDelivery::askIsCancelledWithItsContext()
{
    CountingResolver resolver;
    auto* context = new QObject;
    bool called = false;
    resolver.ask(
        u"cancelled.example.jp"_s, DnsRecordType::A, context, [&called](const DnsAnswer&) { called = true; });
    delete context;
    // A later lookup's answer shows the loop has delivered everything queued before it.
    QObject owner;
    bool later = false;
    resolver.ask(
        u"later.example.jp"_s, DnsRecordType::A, &owner, [&later](const DnsAnswer&) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestDnsDelivery)
#include "TestDnsDelivery.moc"
