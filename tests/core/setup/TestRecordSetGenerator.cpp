// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for RecordSetGenerator: the records a plan yields, record by record.
#include <QTest>

#include "core/setup/RecordSetGenerator.h"
#include "core/spf/SpfProviderCatalog.h"
#include "core/spf/SpfRecord.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

SetupPlan ownServerPlan()
{
    SetupPlan p;
    p.domain = u"Example.JP"_s;
    p.ipAddresses = {u"192.0.2.10"_s, u"2001:db8::10"_s};
    p.mailHost = u"mail.example.jp"_s;
    p.selector = u"202612"_s;
    p.reportAddress = u"dmarc@example.jp"_s;
    return p;
}

/** The one SPF record of a set, or an empty record; the test fails on two records or one that does not parse.
 */
ProposedRecord spfOf(const RecordSet& set)
{
    const QList<ProposedRecord> spf = set.byPurpose(u"spf"_s);
    if (spf.size() != 1) {
        return {};
    }
    return SpfRecord::parse(spf.first().value) ? spf.first() : ProposedRecord{};
}

QStringList findingIds(const RecordSet& set)
{
    QStringList ids;
    for (const Finding& f : set.findings) {
        ids.append(f.id);
    }
    return ids;
}

QStringList summary(const RecordSet& set)
{
    QStringList out;
    for (const ProposedRecord& r : set.records) {
        out.append(r.name + u' ' + r.type + u' ' + r.value + u' ' + r.purpose + u' ' + r.setAt);
    }
    return out;
}

} // namespace

class TestRecordSetGenerator : public QObject
{
    Q_OBJECT

private slots:
    void ownServer();
    void spf_data();
    void spf();
    void spfOptInAAndMx_data();
    void spfOptInAAndMx();
    void spfOverTheLimitIsLeftOut();
    void nullMxForSendOnlyDomain();
    void providerDkimValuesAreQualified();
    void generatedKeyRecordIsUsed();
    void noDkimIsExplained();
    void unicodeDomain();
    void privateAddressesAreSkipped();
    void ttlApplies();
};

void TestRecordSetGenerator::ownServer()
{
    const RecordSet set = RecordSetGenerator::generate(ownServerPlan());
    QCOMPARE(set.domain, u"example.jp"_s);
    const QStringList s = summary(set);
    QVERIFY2(s.contains(u"example.jp. MX 10 mail.example.jp. mx dns"_s), qPrintable(s.join(u'\n')));
    QVERIFY(s.contains(u"mail.example.jp. A 192.0.2.10 mail-host dns"_s));
    QVERIFY(s.contains(u"mail.example.jp. AAAA 2001:db8::10 mail-host dns"_s));
    QVERIFY(s.contains(u"10.2.0.192.in-addr.arpa. PTR mail.example.jp. ptr ip-owner"_s));
    QVERIFY(s.contains(
        u"0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa. PTR mail.example.jp. ptr ip-owner"_s));
    QVERIFY(s.contains(u"example.jp. TXT v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all spf dns"_s));
    const ProposedRecord spf = spfOf(set);
    QCOMPARE(spf.strings, QStringList{spf.value});
    const QList<ProposedRecord> dmarc = set.byPurpose(u"dmarc"_s);
    QCOMPARE(dmarc.size(), 1);
    QCOMPARE(dmarc.first().name, u"_dmarc.example.jp."_s);
    QCOMPARE(dmarc.first().value, u"v=DMARC1; p=none; rua=mailto:dmarc@example.jp"_s);
    QCOMPARE(set.findings.size(), 1);
    QCOMPARE(set.findings.first().id, u"setup.dkim.key-pending"_s);
}

void TestRecordSetGenerator::spf_data()
{
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QStringList>("providers");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("findings");
    QTest::newRow("own servers, softfail")
        << QStringList{u"192.0.2.10"_s} << QStringList{} << false << u"v=spf1 ip4:192.0.2.10 ~all"_s
        << QStringList{u"spf.builder.softfail"_s, u"setup.dkim.key-pending"_s};
    QTest::newRow("google and own server")
        << QStringList{u"192.0.2.10"_s, u" 192.0.2.11 "_s} << QStringList{u"google-workspace"_s} << true
        << u"v=spf1 ip4:192.0.2.10/31 include:_spf.google.com -all"_s
        << QStringList{u"spf.builder.networks-joined"_s,
                       u"spf.builder.lookups-estimated"_s,
                       u"setup.dkim.key-pending"_s};
    QTest::newRow("ses only: no include at the apex")
        << QStringList{} << QStringList{u"amazon-ses"_s} << true << u"v=spf1 -all"_s
        << QStringList{u"spf.provider.ses-mail-from"_s,
                       u"spf.builder.provider-envelope"_s,
                       u"spf.builder.no-senders"_s,
                       u"setup.dkim.key-pending"_s};
    QTest::newRow("private address skipped")
        << QStringList{u"10.0.0.5"_s, u"2001:db8::10"_s} << QStringList{u"sendgrid"_s} << true
        << u"v=spf1 ip6:2001:db8::10 include:sendgrid.net -all"_s
        << QStringList{u"spf.provider.sendgrid-automated"_s,
                       u"spf.builder.lookups-estimated"_s,
                       u"setup.dkim.key-pending"_s};
}

void TestRecordSetGenerator::spf()
{
    QFETCH(QStringList, ips);
    QFETCH(QStringList, providers);
    QFETCH(bool, strict);
    QFETCH(QString, record);
    QFETCH(QStringList, findings);
    SetupPlan p = ownServerPlan();
    p.ipAddresses = ips;
    p.providers = providers;
    p.strictSpf = strict;
    const RecordSet set = RecordSetGenerator::generate(p);
    const ProposedRecord spf = spfOf(set);
    QCOMPARE(spf.value, record);
    QCOMPARE(spf.name, u"example.jp."_s);
    QCOMPARE(spf.type, u"TXT"_s);
    QCOMPARE(findingIds(set), findings);
}

void TestRecordSetGenerator::spfOptInAAndMx_data()
{
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<bool>("useA");
    QTest::addColumn<bool>("useMx");
    QTest::addColumn<QString>("record");
    QTest::newRow("neither") << QStringList{u"192.0.2.10"_s} << false << false
                             << u"v=spf1 ip4:192.0.2.10 -all"_s;
    QTest::newRow("a") << QStringList{u"192.0.2.10"_s} << true << false << u"v=spf1 ip4:192.0.2.10 a -all"_s;
    QTest::newRow("mx") << QStringList{u"192.0.2.10"_s} << false << true
                        << u"v=spf1 ip4:192.0.2.10 mx -all"_s;
    QTest::newRow("both") << QStringList{u"192.0.2.10"_s} << true << true
                          << u"v=spf1 ip4:192.0.2.10 a mx -all"_s;
    QTest::newRow("mx alone") << QStringList{} << false << true << u"v=spf1 mx -all"_s;
}

void TestRecordSetGenerator::spfOptInAAndMx()
{
    QFETCH(QStringList, ips);
    QFETCH(bool, useA);
    QFETCH(bool, useMx);
    QFETCH(QString, record);
    SetupPlan p = ownServerPlan();
    p.ipAddresses = ips;
    p.spfA = useA;
    p.spfMx = useMx;
    QVERIFY(SetupPlanValidator::canGenerate(SetupPlanValidator::validate(p)));
    const RecordSet set = RecordSetGenerator::generate(p);
    QCOMPARE(spfOf(set).value, record);
    QVERIFY(!findingIds(set).contains(u"spf.builder.no-senders"_s));
}

void TestRecordSetGenerator::spfOverTheLimitIsLeftOut()
{
    SetupPlan p = ownServerPlan();
    p.providers = SpfProviderCatalog::builtIn().ids();
    const RecordSet set = RecordSetGenerator::generate(p);
    QVERIFY(set.byPurpose(u"spf"_s).isEmpty());
    QVERIFY(findingIds(set).contains(u"spf.builder.too-many-lookups"_s));
    QCOMPARE(set.byPurpose(u"dmarc"_s).size(), 1); // the rest of the set is still made

    p.providers = {u"no-such-service"_s};
    const RecordSet unknown = RecordSetGenerator::generate(p);
    QVERIFY(unknown.byPurpose(u"spf"_s).isEmpty());
    QVERIFY(findingIds(unknown).contains(u"spf.builder.unknown-provider"_s));
}

void TestRecordSetGenerator::nullMxForSendOnlyDomain()
{
    SetupPlan p = ownServerPlan();
    p.receiving = SetupPlan::Receiving::NullMx;
    const QList<ProposedRecord> mx = RecordSetGenerator::generate(p).byPurpose(u"mx"_s);
    QCOMPARE(mx.size(), 1);
    QCOMPARE(mx.first().value, u"0 ."_s);
    p.receiving = SetupPlan::Receiving::Unchanged;
    QVERIFY(RecordSetGenerator::generate(p).byPurpose(u"mx"_s).isEmpty());
}

void TestRecordSetGenerator::providerDkimValuesAreQualified()
{
    SetupPlan p = ownServerPlan();
    p.dkimMode = SetupPlan::DkimMode::ProviderValues;
    p.providerDkimRecords = {
        ProposedRecord::make(
            u"s1._domainkey"_s, u"CNAME"_s, u"s1.domainkey.u1.wl1.sendgrid.net."_s, QString()),
        ProposedRecord::make(
            u"s2._domainkey.example.jp"_s, u"CNAME"_s, u"s2.domainkey.u1.wl1.sendgrid.net."_s, QString()),
    };
    const QList<ProposedRecord> dkim = RecordSetGenerator::generate(p).byPurpose(u"dkim"_s);
    QCOMPARE(dkim.size(), 2);
    QCOMPARE(dkim.at(0).name, u"s1._domainkey.example.jp."_s);
    QCOMPARE(dkim.at(1).name, u"s2._domainkey.example.jp."_s);
    QCOMPARE(dkim.at(1).type, u"CNAME"_s);
}

void TestRecordSetGenerator::generatedKeyRecordIsUsed()
{
    const ProposedRecord key =
        ProposedRecord::make(u"202612._domainkey.example.jp."_s,
                             u"TXT"_s,
                             u"v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="_s,
                             u"dkim"_s);
    const RecordSet set = RecordSetGenerator::generate(ownServerPlan(), &key);
    QCOMPARE(set.byPurpose(u"dkim"_s).size(), 1);
    QCOMPARE(set.byPurpose(u"dkim"_s).first().value, key.value);
    QVERIFY(set.findings.isEmpty());
}

void TestRecordSetGenerator::noDkimIsExplained()
{
    SetupPlan p = ownServerPlan();
    p.dkimMode = SetupPlan::DkimMode::None;
    p.reportAddress.clear();
    const RecordSet set = RecordSetGenerator::generate(p);
    QCOMPARE(findingIds(set), (QStringList{u"setup.dkim.none"_s, u"dmarc.no-rua"_s}));
    QCOMPARE(set.byPurpose(u"dmarc"_s).first().value, u"v=DMARC1; p=none"_s);
}

void TestRecordSetGenerator::unicodeDomain()
{
    SetupPlan p = ownServerPlan();
    p.domain = u"日本語.jp"_s;
    p.mailHost = u"mail.日本語.jp"_s;
    p.reportAddress.clear();
    const RecordSet set = RecordSetGenerator::generate(p);
    QCOMPARE(set.domain, u"xn--wgv71a119e.jp"_s);
    QCOMPARE(set.unicodeDomain, u"日本語.jp"_s);
    QCOMPARE(set.byPurpose(u"mx"_s).first().value, u"10 mail.xn--wgv71a119e.jp."_s);
    QCOMPARE(spfOf(set).name, u"xn--wgv71a119e.jp."_s);
}

void TestRecordSetGenerator::privateAddressesAreSkipped()
{
    SetupPlan p = ownServerPlan();
    p.ipAddresses = {u"192.168.1.5"_s, u"192.0.2.10"_s, u"192.0.2.10"_s};
    const RecordSet set = RecordSetGenerator::generate(p);
    QCOMPARE(set.byPurpose(u"ptr"_s).size(), 1);
    QCOMPARE(set.byPurpose(u"mail-host"_s).size(), 1);
    QCOMPARE(spfOf(set).value, u"v=spf1 ip4:192.0.2.10 -all"_s);
}

void TestRecordSetGenerator::ttlApplies()
{
    SetupPlan p = ownServerPlan();
    p.ttl = 300;
    for (const ProposedRecord& r : RecordSetGenerator::generate(p).records) {
        QCOMPARE(r.ttl, 300u);
    }
}

QTEST_GUILESS_MAIN(TestRecordSetGenerator)
#include "TestRecordSetGenerator.moc"
