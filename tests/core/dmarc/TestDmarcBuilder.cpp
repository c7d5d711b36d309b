// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcBuilder: record text round-trips through the parser; the staged rollout none → quarantine → reject.
#include <QTest>

#include "core/dmarc/DmarcBuilder.h"

using namespace Qt::StringLiterals;
using namespace todoku;

class TestDmarcBuilder : public QObject
{
    Q_OBJECT

private slots:
    void build_data();
    void build();
    void invalidInput();
    void proposedRecord();
    void rollout();
};

void TestDmarcBuilder::build_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("percent");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("expected");
    QTest::newRow("monitor") << int(DmarcPolicy::None) << 100 << false
                             << u"v=DMARC1; p=none; rua=mailto:dmarc@example.jp"_s;
    QTest::newRow("partial") << int(DmarcPolicy::Quarantine) << 25 << false
                             << u"v=DMARC1; p=quarantine; pct=25; rua=mailto:dmarc@example.jp"_s;
    QTest::newRow("strict reject") << int(DmarcPolicy::Reject) << 100 << true
                                   << u"v=DMARC1; p=reject; adkim=s; aspf=s; rua=mailto:dmarc@example.jp"_s;
}

void TestDmarcBuilder::build()
{
    QFETCH(int, policy);
    QFETCH(int, percent);
    QFETCH(bool, strict);
    QFETCH(QString, expected);
    DmarcBuilder b;
    QVERIFY(b.setDomain(u"example.jp"_s).isOk());
    QVERIFY(b.addAggregateReport(u"dmarc@example.jp"_s).isOk());
    b.setPolicy(DmarcPolicy(policy));
    b.setPercent(percent);
    if (strict) {
        b.setDkimAlignment(DmarcAlignmentMode::Strict);
        b.setSpfAlignment(DmarcAlignmentMode::Strict);
    }
    QCOMPARE(b.build(), expected);
    const auto parsed = dmarc::parseRecord(b.build());
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed->domainPolicy(), DmarcPolicy(policy));
    QCOMPARE(parsed->percent, percent);
    QVERIFY(parsed->problems.isEmpty());
}

void TestDmarcBuilder::invalidInput()
{
    DmarcBuilder b;
    QVERIFY(!b.setDomain(u"bad..name"_s).isOk());
    QVERIFY(!b.addAggregateReport(u"not-an-address"_s).isOk());
    QVERIFY(b.addAggregateReport(u"MAILTO:a@example.jp"_s).isOk());
    QVERIFY(b.addFailureReport(u"f@example.jp"_s).isOk());
    QCOMPARE(b.build(), u"v=DMARC1; p=none; rua=MAILTO:a@example.jp; ruf=mailto:f@example.jp; fo=1"_s);
}

void TestDmarcBuilder::proposedRecord()
{
    DmarcBuilder b;
    QVERIFY(b.setDomain(u"日本語.jp"_s).isOk());
    const ProposedRecord r = b.proposedRecord();
    QCOMPARE(r.name, u"_dmarc.xn--wgv71a119e.jp."_s);
    QCOMPARE(r.type, u"TXT"_s);
    QCOMPARE(r.purpose, u"dmarc"_s);
    QCOMPARE(r.strings, QStringList{r.value});
}

void TestDmarcBuilder::rollout()
{
    DmarcBuilder b;
    QVERIFY(b.setDomain(u"example.jp"_s).isOk());
    QVERIFY(b.addAggregateReport(u"dmarc@example.jp"_s).isOk());
    b.setSubdomainPolicy(DmarcPolicy::Reject);
    const QList<DmarcRolloutStep> steps = b.rolloutPlan();
    QCOMPARE(steps.size(), 4);
    const DmarcPolicy policies[] = {
        DmarcPolicy::None, DmarcPolicy::Quarantine, DmarcPolicy::Quarantine, DmarcPolicy::Reject};
    const int percents[] = {100, 25, 100, 100};
    for (int i = 0; i < 4; ++i) {
        const auto parsed = dmarc::parseRecord(steps.at(i).record);
        QVERIFY(parsed.isOk());
        QCOMPARE(parsed->domainPolicy(), policies[i]);
        QCOMPARE(parsed->percent, percents[i]);
        // sp= never runs ahead of p= during the rollout.
        QVERIFY(parsed->effectiveSubdomainPolicy() <= policies[i]);
        QCOMPARE(parsed->aggregateReports.size(), 1);
        QVERIFY(!steps.at(i).title.isEmpty());
        QVERIFY(!steps.at(i).explanation.isEmpty());
        QCOMPARE(steps.at(i).proposed.value, steps.at(i).record);
    }
    QVERIFY(steps.at(0).minimumDays > 0);
    QCOMPARE(steps.at(3).minimumDays, 0);
    QVERIFY(steps.at(1).explanation.contains(u"RFC 9989"_s));
}

QTEST_GUILESS_MAIN(TestDmarcBuilder)
#include "TestDmarcBuilder.moc"
