// SPDX-License-Identifier: GPL-3.0-or-later
// SpfEvaluator on the in-memory resolver: results and reasons, the trace, the include tree with branch
// costs, overlapping lookups, findings and JSON. The same outcomes through c-ares and named are in
// tests/integration/TestSpfEvaluatorDns.
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "core/dns/DnsQuery.h"
#include "core/spf/SpfEvaluator.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/FindingIds.h"

using namespace todoku;
using todoku::test::FakeResolver;
using todoku::test::findingIds;

namespace {

/** Passes lookups to a FakeResolver and records how many were outstanding at once. */
class InFlightCounter : public DnsResolver
{
public:
    explicit InFlightCounter(DnsResolver* inner)
        : m_inner(inner)
    {}
    DnsQuery*
    lookup(const QString& name, DnsRecordType type, const DnsQueryOptions& o, QObject* parent) override
    {
        DnsQuery* q = m_inner->lookup(name, type, o, parent);
        maxInFlight = std::max(maxInFlight, ++m_inFlight);
        connect(q, &DnsQuery::finished, this, [this] { --m_inFlight; });
        return q;
    }
    int maxInFlight = 0;

private:
    DnsResolver* m_inner;
    int m_inFlight = 0;
};

SpfResult evaluate(DnsResolver* resolver, const SpfRequest& request, int budget = 200)
{
    SpfEvaluator evaluator(resolver);
    evaluator.setExploreBudget(budget);
    QSignalSpy done(&evaluator, &SpfEvaluator::finished);
    evaluator.start(request);
    if (!done.wait(5000)) {
        qWarning("evaluation did not finish");
    }
    return evaluator.result();
}

SpfRequest
from(const QString& ip, const QString& mailFrom, const QString& helo = QStringLiteral("mail.example.jp"))
{
    return SpfRequest::forMailFrom(QHostAddress(ip), mailFrom, helo);
}

/** A provider-like tree: big<N>.test includes <N> leaves, each with one a: term. */
void addBranch(FakeResolver& dns, const QString& name, int leaves)
{
    QByteArray record = "v=spf1";
    for (int i = 0; i < leaves; ++i) {
        const QString leaf = QStringLiteral("l%1.%2").arg(i).arg(name);
        record += " include:" + leaf.toLatin1();
        dns.addTxt(leaf, QByteArray("v=spf1 ip4:198.51.100.") + QByteArray::number(i) + " -all");
    }
    dns.addTxt(name, record + " ~all");
}

} // namespace

class TestSpfEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void requestIdentities()
    {
        SpfRequest helo = from(QStringLiteral("192.0.2.1"), QString(), QStringLiteral("Mail.Example.JP."));
        QCOMPARE(helo.identity, SpfIdentity::Helo);
        QCOMPARE(helo.domain, QStringLiteral("mail.example.jp"));
        QCOMPARE(helo.sender, QStringLiteral("postmaster@mail.example.jp"));

        SpfRequest bare = from(QStringLiteral("192.0.2.1"), QStringLiteral("<@example.jp>"));
        QCOMPARE(bare.identity, SpfIdentity::MailFrom);
        QCOMPARE(bare.sender, QStringLiteral("postmaster@example.jp"));

        SpfRequest idn = from(QStringLiteral("192.0.2.1"), QStringLiteral("info@日本語.jp"));
        QCOMPARE(idn.domain, QStringLiteral("xn--wgv71a119e.jp"));
    }

    void passThroughIncludeWithTrace()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("example.jp"), "v=spf1 ip4:192.0.2.0/24 include:_spf.mail.test -all");
        dns.addTxt(QStringLiteral("_spf.mail.test"), "v=spf1 ip4:203.0.113.0/24 ~all");
        const SpfResult r =
            evaluate(&dns, from(QStringLiteral("203.0.113.9"), QStringLiteral("a@example.jp")));
        QCOMPARE(r.result, SpfResultCode::Pass);
        QCOMPARE(r.reason, SpfReason::Matched);
        QCOMPARE(r.matched, QStringLiteral("include:_spf.mail.test"));
        QCOMPARE(
            r.matchedPath,
            (QStringList{QStringLiteral("include:_spf.mail.test"), QStringLiteral("ip4:203.0.113.0/24")}));
        QCOMPARE(r.matchedDomain, QStringLiteral("_spf.mail.test"));
        QCOMPARE(r.lookups, 1);
        QCOMPARE(r.trace.terms.size(), 2); // ip4 (no match), include (match); -all not reached
        QCOMPARE(r.trace.terms.at(0).status, SpfTermTrace::Status::NoMatch);
        QCOMPARE(r.trace.terms.at(1).status, SpfTermTrace::Status::Match);
        QCOMPARE(r.trace.terms.at(1).child, 0);
        QCOMPARE(r.trace.children.at(0).domain, QStringLiteral("_spf.mail.test"));
        QCOMPARE(r.trace.children.at(0).result, SpfResultCode::Pass);
        QCOMPARE(findingIds(r.findings), QStringList{QStringLiteral("spf.pass")});
        QCOMPARE(r.findings.first().args.value(2), QStringLiteral("ip4:203.0.113.0/24"));
    }

    void softfailAndFailWithExplanation()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("soft.jp"), "v=spf1 ip4:192.0.2.1 ~all");
        dns.addTxt(QStringLiteral("hard.jp"), "v=spf1 ip4:192.0.2.1 -all exp=why.hard.jp");
        dns.addTxt(QStringLiteral("why.hard.jp"), "%{i} is not a server of %{d}");
        const SpfResult soft =
            evaluate(&dns, from(QStringLiteral("198.51.100.7"), QStringLiteral("x@soft.jp")));
        QCOMPARE(soft.result, SpfResultCode::SoftFail);
        QCOMPARE(soft.matched, QStringLiteral("~all"));
        QCOMPARE(soft.findings.first().id, QStringLiteral("spf.softfail"));
        QCOMPARE(soft.findings.first().severity, Severity::Warning);

        const SpfResult hard =
            evaluate(&dns, from(QStringLiteral("198.51.100.7"), QStringLiteral("x@hard.jp")));
        QCOMPARE(hard.result, SpfResultCode::Fail);
        QCOMPARE(hard.explanation, QStringLiteral("198.51.100.7 is not a server of hard.jp"));
        QVERIFY(hard.explanationFromRecord);
    }

    void ipv4MappedClientMatchesIp4()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("example.jp"), "v=spf1 ip4:192.0.2.0/24 -all");
        const SpfResult r =
            evaluate(&dns, from(QStringLiteral("::ffff:192.0.2.44"), QStringLiteral("a@example.jp")));
        QCOMPARE(r.result, SpfResultCode::Pass);
    }

    void mxAndAWithDualCidr()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("example.jp"), "v=spf1 a:www.example.jp/24//64 mx -all");
        dns.addA(QStringLiteral("www.example.jp"), QStringLiteral("192.0.2.10"));
        dns.addA(QStringLiteral("www.example.jp"), QStringLiteral("2001:db8::10"));
        dns.addMx(QStringLiteral("example.jp"), 10, QStringLiteral("mx.example.jp"));
        dns.addA(QStringLiteral("mx.example.jp"), QStringLiteral("203.0.113.25"));
        QCOMPARE(evaluate(&dns, from(QStringLiteral("192.0.2.99"), QStringLiteral("a@example.jp"))).matched,
                 QStringLiteral("a:www.example.jp/24//64"));
        QCOMPARE(
            evaluate(&dns, from(QStringLiteral("2001:db8::ffff"), QStringLiteral("a@example.jp"))).result,
            SpfResultCode::Pass);
        const SpfResult mx =
            evaluate(&dns, from(QStringLiteral("203.0.113.25"), QStringLiteral("a@example.jp")));
        QCOMPARE(mx.matched, QStringLiteral("mx"));
        QCOMPARE(mx.lookups, 2);
        QCOMPARE(evaluate(&dns, from(QStringLiteral("203.0.113.26"), QStringLiteral("a@example.jp"))).result,
                 SpfResultCode::Fail);
    }

    void tooManyLookupsKeepsTheWholeTree()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("example.jp"),
                   "v=spf1 include:big5.test include:big4.test include:big3.test ip4:192.0.2.1 -all");
        addBranch(dns, QStringLiteral("big5.test"), 5);
        addBranch(dns, QStringLiteral("big4.test"), 4);
        addBranch(dns, QStringLiteral("big3.test"), 3);
        const SpfResult r = evaluate(&dns, from(QStringLiteral("192.0.2.1"), QStringLiteral("a@example.jp")));
        QCOMPARE(r.result, SpfResultCode::PermError);
        QCOMPARE(r.reason, SpfReason::TooManyLookups);
        QCOMPARE(r.lookups, 11);
        // 3 top-level includes + 5 + 4 + 3 leaves = 15, each branch costed separately.
        QCOMPARE(r.includeTree.lookups, 15);
        QCOMPARE(r.includeTree.children.size(), size_t(3));
        QCOMPARE(r.includeTree.children.at(0).lookups, 5);
        QCOMPARE(r.includeTree.children.at(2).lookups, 3);
        QCOMPARE(findingIds(r.findings),
                 (QStringList{QStringLiteral("spf.permerror"), QStringLiteral("spf.too-many-lookups")}));
        const Finding& f = r.findings.at(1);
        QCOMPARE(f.args.value(1), QStringLiteral("15"));
        QCOMPARE(f.args.value(2),
                 QStringLiteral("include:big5.test (6), include:big4.test (5), include:big3.test (4)"));
    }

    void independentLookupsOverlap()
    {
        FakeResolver fake;
        fake.addTxt(QStringLiteral("example.jp"),
                    "v=spf1 include:a.test include:b.test include:c.test a:www.example.jp mx -all");
        fake.addTxt(QStringLiteral("a.test"), "v=spf1 ip4:198.51.100.1 -all");
        fake.addTxt(QStringLiteral("b.test"), "v=spf1 ip4:198.51.100.2 -all");
        fake.addTxt(QStringLiteral("c.test"), "v=spf1 ip4:198.51.100.3 -all");
        fake.addA(QStringLiteral("www.example.jp"), QStringLiteral("192.0.2.80"));
        InFlightCounter counting(&fake);
        const SpfResult r =
            evaluate(&counting, from(QStringLiteral("192.0.2.25"), QStringLiteral("a@example.jp")));
        QCOMPARE(r.result, SpfResultCode::Fail);
        // After the first TXT, the three includes, the a and the mx lookup go out together.
        QCOMPARE(counting.maxInFlight, 5);
        QCOMPARE(fake.lookupCount(), 6); // each asked once
    }

    void noExploreBudgetStillEvaluates()
    {
        FakeResolver fake;
        fake.addTxt(QStringLiteral("example.jp"), "v=spf1 include:a.test ip4:192.0.2.0/24 -all");
        fake.addTxt(QStringLiteral("a.test"), "v=spf1 ip4:198.51.100.1 -all");
        InFlightCounter counting(&fake);
        const SpfResult r =
            evaluate(&counting, from(QStringLiteral("192.0.2.25"), QStringLiteral("a@example.jp")), 0);
        QCOMPARE(r.result, SpfResultCode::Pass);
        QCOMPARE(counting.maxInFlight, 1); // one query at a time, as a receiver would ask
    }

    void includeLoop()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("a.test"), "v=spf1 include:b.test -all");
        dns.addTxt(QStringLiteral("b.test"), "v=spf1 include:a.test -all");
        const SpfResult r = evaluate(&dns, from(QStringLiteral("192.0.2.1"), QStringLiteral("x@a.test")));
        QCOMPARE(r.result, SpfResultCode::PermError);
        QCOMPARE(r.reason, SpfReason::TooManyLookups);
        // The tree shows the loop once instead of unrolling it.
        QCOMPARE(r.includeTree.children.size(), size_t(1));
        const SpfNode& b = r.includeTree.children.at(0);
        QCOMPARE(b.domain, QStringLiteral("b.test"));
        QCOMPARE(b.children.size(), size_t(1));
        QVERIFY(b.children.at(0).loop);
        QCOMPARE(dns.lookupCount(), 2);
    }

    void dnsFailuresAndVoids()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("example.jp"), "v=spf1 include:broken.test -all");
        dns.setOutcome(QStringLiteral("broken.test"), DnsRecordType::TXT, DnsOutcome::ServFail);
        dns.addTxt(QStringLiteral("void.jp"), "v=spf1 a:gone1.void.jp a:gone2.void.jp a:gone3.void.jp -all");
        dns.addTxt(QStringLiteral("twice.jp"), "v=spf1 a:x.twice.jp a:x.twice.jp ~all");
        dns.addTxt(QStringLiteral("two.jp"), "v=spf1 -all");
        dns.addTxt(QStringLiteral("two.jp"), "v=spf1 ip4:192.0.2.1 -all");
        dns.addTxt(QStringLiteral("none.jp"), "v=spf1 include:nothing.test -all");
        dns.addTxt(QStringLiteral("nothing.test"), "google-site-verification=abc");

        const SpfResult temp =
            evaluate(&dns, from(QStringLiteral("192.0.2.1"), QStringLiteral("a@example.jp")));
        QCOMPARE(temp.result, SpfResultCode::TempError);
        QCOMPARE(temp.reason, SpfReason::DnsFailure);
        QCOMPARE(temp.reasonDomain, QStringLiteral("broken.test"));
        QCOMPARE(temp.reasonDetail, QStringLiteral("TXT servfail"));

        const SpfResult voids =
            evaluate(&dns, from(QStringLiteral("192.0.2.1"), QStringLiteral("a@void.jp")));
        QCOMPARE(voids.result, SpfResultCode::PermError);
        QCOMPARE(voids.reason, SpfReason::TooManyVoidLookups);
        QCOMPARE(voids.voidLookups, 3);
        QVERIFY(findingIds(voids.findings).contains(QStringLiteral("spf.void-lookups")));

        const SpfResult two = evaluate(&dns, from(QStringLiteral("192.0.2.1"), QStringLiteral("a@two.jp")));
        QCOMPARE(two.reason, SpfReason::MultipleRecords);
        QCOMPARE(two.findings.at(1).evidence.size(), 2);

        const SpfResult none = evaluate(&dns, from(QStringLiteral("192.0.2.1"), QStringLiteral("a@none.jp")));
        QCOMPARE(none.result, SpfResultCode::PermError);
        QCOMPARE(none.reason, SpfReason::IncludeNone);
        QCOMPARE(none.findings.at(1).id, QStringLiteral("spf.include-none"));
        QCOMPARE(none.findings.at(1).args.value(0), QStringLiteral("nothing.test"));

        const SpfResult missing =
            evaluate(&dns, from(QStringLiteral("192.0.2.1"), QStringLiteral("a@absent.jp")));
        QCOMPARE(missing.result, SpfResultCode::None);
        QCOMPARE(missing.reason, SpfReason::NoRecord);
    }

    void syntaxErrorNamesThePosition()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("example.jp"), "v=spf1 ip4:192.0.2.1 ipv4:198.51.100.1 -all");
        const SpfResult r = evaluate(&dns, from(QStringLiteral("192.0.2.1"), QStringLiteral("a@example.jp")));
        QCOMPARE(r.result, SpfResultCode::PermError);
        QCOMPARE(r.reason, SpfReason::Syntax);
        QVERIFY(r.syntaxError);
        const Finding& f = r.findings.at(1);
        QCOMPARE(f.id, QStringLiteral("spf.syntax"));
        QCOMPARE(f.args.value(1), QStringLiteral("ipv4:198.51.100.1"));
        QCOMPARE(f.args.value(2), QStringLiteral("22"));
        QCOMPARE(f.args.value(3), QStringLiteral("spf.syntax.unknown-mechanism"));
    }

    void json()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("example.jp"), "v=spf1 include:a.test -all");
        dns.addTxt(QStringLiteral("a.test"), "v=spf1 ip4:192.0.2.0/24 -all");
        const QJsonObject o =
            spf::toJson(evaluate(&dns, from(QStringLiteral("192.0.2.5"), QStringLiteral("a@example.jp"))));
        QCOMPARE(o.value(u"result").toString(), QStringLiteral("pass"));
        QCOMPARE(o.value(u"matched").toString(), QStringLiteral("include:a.test"));
        QCOMPARE(o.value(u"matchedPath").toArray().at(1).toString(), QStringLiteral("ip4:192.0.2.0/24"));
        QCOMPARE(o.value(u"lookups").toInt(), 1);
        QCOMPARE(o.value(u"voidLookups").toInt(), 0);
        const QJsonObject include = o.value(u"trace").toObject().value(u"terms").toArray().at(0).toObject();
        QCOMPARE(include.value(u"term").toString(), QStringLiteral("include:a.test"));
        QCOMPARE(include.value(u"record").toObject().value(u"domain").toString(), QStringLiteral("a.test"));
        QCOMPARE(o.value(u"findings").toArray().at(0).toObject().value(u"id").toString(),
                 QStringLiteral("spf.pass"));
    }
};

QTEST_GUILESS_MAIN(TestSpfEvaluator)
#include "TestSpfEvaluator.moc"
