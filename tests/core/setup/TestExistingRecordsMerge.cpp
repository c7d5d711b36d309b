// SPDX-License-Identifier: GPL-3.0-or-later
// RecordSetGenerator with the records a domain already publishes (SetupPlan::existing): one SPF record that
// keeps every old sender and stays within 10 lookups, the old DMARC report addresses kept, each change
// explained; and ExistingRecordsLookup through FakeResolver.
#include <QSignalSpy>
#include <QTest>

#include "core/diagnosis/FindingCatalog.h"
#include "core/setup/ExistingRecords.h"
#include "core/setup/RecordSetGenerator.h"
#include "core/spf/SpfRecord.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/FindingIds.h"

using namespace todoku;
using namespace Qt::StringLiterals;
using todoku::test::findingIds;

namespace {

SetupPlan basePlan()
{
    SetupPlan plan;
    plan.domain = u"example.jp"_s;
    plan.ipAddresses = {u"203.0.113.25"_s};
    plan.mailHost = u"mail.example.jp"_s;
    plan.dkimMode = SetupPlan::DkimMode::None;
    plan.dmarcPolicy = DmarcPolicy::Quarantine;
    plan.reportAddress = u"dmarc-reports@example.jp"_s;
    return plan;
}

const Finding* findingOf(const RecordSet& set, const QString& id)
{
    for (const Finding& f : set.findings) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

class TestExistingRecordsMerge : public QObject
{
    Q_OBJECT

private slots:
    void spfMerged_data();
    void spfMerged();
    void spfSeveralRecordsBecomeOne();
    void spfOverTheLimitIsRefused();
    void dmarcReportAddressesKept();
    void dmarcWeakerPolicyWarned();
    void nothingExistingChangesNothing();
    void planKeepsExistingInJson();
    void lookupFindsSpfAndDmarc();
};

void TestExistingRecordsMerge::spfMerged_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("explanation");
    // The plan alone: v=spf1 ip4:203.0.113.25 -all.
    QTest::newRow("other network and include kept")
        << u"v=spf1 ip4:198.51.100.0/24 include:_spf.example.net ~all"_s
        << u"v=spf1 ip4:198.51.100.0/24 ip4:203.0.113.25 include:_spf.example.net -all"_s
        << u"setup.merge.spf"_s;
    QTest::newRow("catalog include becomes the provider")
        << u"v=spf1 include:_spf.google.com ~all"_s
        << u"v=spf1 ip4:203.0.113.25 include:_spf.google.com -all"_s << u"setup.merge.spf"_s;
    QTest::newRow("own address already there")
        << u"v=spf1 ip4:203.0.113.25 -all"_s << u"v=spf1 ip4:203.0.113.25 -all"_s
        << u"setup.merge.spf-nothing-kept"_s;
    QTest::newRow("a and mx kept as a and mx")
        << u"v=spf1 a mx ?all"_s << u"v=spf1 ip4:203.0.113.25 a mx -all"_s << u"setup.merge.spf"_s;
    QTest::newRow("a qualifier and a target kept as written")
        << u"v=spf1 -ip4:192.0.2.9 a:relay.example.jp -all"_s
        << u"v=spf1 ip4:203.0.113.25 -ip4:192.0.2.9 a:relay.example.jp -all"_s << u"setup.merge.spf"_s;
    QTest::newRow("redirect becomes include")
        << u"v=spf1 redirect=_spf.example.net"_s << u"v=spf1 ip4:203.0.113.25 include:_spf.example.net -all"_s
        << u"setup.merge.spf"_s;
}

void TestExistingRecordsMerge::spfMerged()
{
    QFETCH(QString, existing);
    QFETCH(QString, expected);
    QFETCH(QString, explanation);
    SetupPlan plan = basePlan();
    plan.existing.spf = {existing};
    const RecordSet set = RecordSetGenerator::generate(plan);
    const QList<ProposedRecord> spf = set.byPurpose(u"spf"_s);
    QCOMPARE(spf.size(), 1); // never a second SPF record
    QCOMPARE(spf.first().value, expected);
    QVERIFY(SpfRecord::parse(spf.first().value));
    const Finding* f = findingOf(set, explanation);
    QVERIFY2(f, qPrintable(findingIds(set.findings).join(u' ')));
    QCOMPARE(f->args.value(0), existing);
    QCOMPARE(f->args.last(), expected);
    // The explanation renders with the values filled in.
    QVERIFY(FindingCatalog::text(*f).detail.contains(existing));
    if (existing.contains(u"redirect="_s)) {
        QVERIFY(findingOf(set, u"setup.merge.spf-redirect"_s));
    }
}

void TestExistingRecordsMerge::spfSeveralRecordsBecomeOne()
{
    SetupPlan plan = basePlan();
    plan.existing.spf = {u"v=spf1 include:_spf.example.net ~all"_s, u"v=spf1 ip4:198.51.100.7 -all"_s};
    const RecordSet set = RecordSetGenerator::generate(plan);
    QCOMPARE(set.byPurpose(u"spf"_s).size(), 1);
    QCOMPARE(set.byPurpose(u"spf"_s).first().value,
             u"v=spf1 ip4:198.51.100.7 ip4:203.0.113.25 include:_spf.example.net -all"_s);
    const Finding* several = findingOf(set, u"setup.merge.spf-several"_s);
    QVERIFY(several);
    QCOMPARE(several->severity, Severity::Warning);
    QCOMPARE(several->args, (QStringList{u"example.jp"_s, u"2"_s}));
}

void TestExistingRecordsMerge::spfOverTheLimitIsRefused()
{
    // Ten includes of unknown cost plus the plan's Google Workspace: the merged record would exceed 10
    // lookups, so it is not proposed and the builder says why.
    SetupPlan plan = basePlan();
    plan.providers = {u"google-workspace"_s};
    QString old = u"v=spf1"_s;
    for (int i = 0; i < 10; ++i) {
        old += u" include:s%1.example.net"_s.arg(i);
    }
    plan.existing.spf = {old + u" -all"_s};
    const RecordSet set = RecordSetGenerator::generate(plan);
    QVERIFY(set.byPurpose(u"spf"_s).isEmpty());
    QVERIFY(findingOf(set, u"spf.builder.too-many-lookups"_s));
}

void TestExistingRecordsMerge::dmarcReportAddressesKept()
{
    SetupPlan plan = basePlan();
    plan.existing.dmarc = {
        u"v=DMARC1; p=none; rua=mailto:agg@reports.example.net; ruf=mailto:f@example.jp"_s};
    const RecordSet set = RecordSetGenerator::generate(plan);
    const QList<ProposedRecord> dmarc = set.byPurpose(u"dmarc"_s);
    QCOMPARE(dmarc.size(), 1);
    const QString value = dmarc.first().value;
    QVERIFY2(value.contains(u"rua=mailto:dmarc-reports@example.jp,mailto:agg@reports.example.net"_s),
             qPrintable(value));
    QVERIFY2(value.contains(u"ruf=mailto:f@example.jp"_s), qPrintable(value));
    QVERIFY(value.contains(u"p=quarantine"_s));
    const Finding* f = findingOf(set, u"setup.merge.dmarc"_s);
    QVERIFY(f);
    QCOMPARE(f->args.value(1), u"rua:agg@reports.example.net, ruf:f@example.jp"_s);
    QCOMPARE(f->args.value(2), value);
    QVERIFY(!findingOf(set, u"setup.merge.dmarc-weaker"_s));

    // Without a report address of its own the plan still reports to the old one: no dmarc.no-rua.
    plan.reportAddress.clear();
    const RecordSet noRua = RecordSetGenerator::generate(plan);
    QVERIFY(noRua.byPurpose(u"dmarc"_s).first().value.contains(u"rua=mailto:agg@reports.example.net"_s));
    QVERIFY(!findingOf(noRua, u"dmarc.no-rua"_s));
}

void TestExistingRecordsMerge::dmarcWeakerPolicyWarned()
{
    SetupPlan plan = basePlan();
    plan.dmarcPolicy = DmarcPolicy::None;
    plan.existing.dmarc = {u"v=DMARC1; p=reject"_s};
    const RecordSet set = RecordSetGenerator::generate(plan);
    const Finding* f = findingOf(set, u"setup.merge.dmarc-weaker"_s);
    QVERIFY(f);
    QCOMPARE(f->args, (QStringList{u"reject"_s, u"none"_s}));
}

void TestExistingRecordsMerge::nothingExistingChangesNothing()
{
    const RecordSet set = RecordSetGenerator::generate(basePlan());
    QCOMPARE(set.byPurpose(u"spf"_s).first().value, u"v=spf1 ip4:203.0.113.25 -all"_s);
    for (const Finding& f : set.findings) {
        QVERIFY2(!f.id.startsWith(u"setup.merge."_s), qPrintable(f.id));
    }
}

void TestExistingRecordsMerge::planKeepsExistingInJson()
{
    SetupPlan plan = basePlan();
    plan.existing.spf = {u"v=spf1 mx -all"_s};
    plan.existing.dmarc = {u"v=DMARC1; p=none"_s};
    const SetupPlan back = SetupPlan::fromJson(plan.toJson());
    QCOMPARE(back.existing, plan.existing);
    QCOMPARE(RecordSetGenerator::generate(back).records, RecordSetGenerator::generate(plan).records);
}

void TestExistingRecordsMerge::lookupFindsSpfAndDmarc()
{
    test::FakeResolver resolver;
    resolver.addTxt(u"example.jp"_s, QByteArray("google-site-verification=abc"));
    resolver.addTxt(u"example.jp"_s, QList<QByteArray>{"v=spf1 include:_spf.example.net ", "~all"});
    resolver.addTxt(u"_dmarc.example.jp"_s, QByteArray("v=DMARC1; p=none; rua=mailto:a@example.jp"));
    ExistingRecordsLookup lookup(&resolver);
    QSignalSpy done(&lookup, &ExistingRecordsLookup::finished);
    lookup.lookup(u"example.jp"_s);
    QVERIFY(lookup.isRunning());
    QVERIFY(done.wait(2000));
    QCOMPARE(lookup.result().spf, QStringList{u"v=spf1 include:_spf.example.net ~all"_s});
    QCOMPARE(lookup.result().dmarc, QStringList{u"v=DMARC1; p=none; rua=mailto:a@example.jp"_s});
    QVERIFY(!lookup.failed());

    // A domain without records: empty, not failed; a SERVFAIL: failed.
    lookup.lookup(u"other.example"_s);
    QVERIFY(done.wait(2000));
    QVERIFY(lookup.result().isEmpty());
    QVERIFY(!lookup.failed());
    resolver.setOutcome(u"broken.example"_s, DnsRecordType::TXT, DnsOutcome::ServFail);
    lookup.lookup(u"broken.example"_s);
    QVERIFY(done.wait(2000));
    QVERIFY(lookup.failed());
    QCOMPARE(done.count(), 3);
}

QTEST_GUILESS_MAIN(TestExistingRecordsMerge)
#include "TestExistingRecordsMerge.moc"
