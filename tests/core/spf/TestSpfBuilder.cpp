// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for SpfBuilder: normalised networks, opt-in a/mx, services, the all qualifier and the limits. Every
// record built here must parse with SpfRecord::parse (checked by BUILT).
#include <QTest>

#include "core/diagnosis/FindingCatalog.h"
#include "core/spf/SpfBuilder.h"
#include "core/spf/SpfRecord.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

QStringList ids(const SpfBuildResult& r)
{
    QStringList out;
    for (const Finding& f : r.findings) {
        out.append(f.id);
    }
    return out;
}

const Finding* findingOf(const SpfBuildResult& r, const QString& id)
{
    for (const Finding& f : r.findings) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

/** Empty if the record parses, its strings join to it and each is ≤255 bytes; otherwise what is wrong. */
QString problemOf(const SpfBuildResult& r)
{
    const Result<SpfRecord> parsed = SpfRecord::parse(r.record);
    if (!parsed) {
        return u"does not parse: "_s + r.record;
    }
    if (r.strings.join(QString()) != r.record) {
        return u"strings do not join to the record"_s;
    }
    for (const QString& s : r.strings) {
        if (s.toUtf8().size() > 255) {
            return u"a string is over 255 bytes"_s;
        }
    }
    if (r.proposed.value != r.record || r.proposed.strings != r.strings || r.proposed.purpose != u"spf"_s) {
        return u"proposed record differs"_s;
    }
    return {};
}

// Builds and fails the test at once if the record would not parse.
#define BUILT(builder, result)                                                                               \
    const SpfBuildResult result = (builder).build();                                                         \
    QVERIFY2(problemOf(result).isEmpty(), qPrintable(problemOf(result)))

SpfProviderCatalog testCatalog()
{
    return SpfProviderCatalog::fromJson(R"({"providers": [
        {"id": "four", "name": "Four", "spf": {"include": ["_spf.four.example"], "lookups": 4}},
        {"id": "three", "name": "Three", "spf": {"include": ["three.example"], "lookups": 3}},
        {"id": "two", "name": "Two", "spf": {"include": ["two.example"], "lookups": 2}},
        {"id": "twin", "name": "Twin", "spf": {"include": ["two.example"], "lookups": 2}},
        {"id": "unknown", "name": "Unknown cost", "spf": {"include": ["u1.example", "u2.example"], "lookups": null}},
        {"id": "envelope", "name": "Own envelope", "spf": {"include": ["env.example"], "lookups": 1, "atApex": false},
         "notes": ["spf.provider.ses-mail-from"]},
        {"id": "server", "name": "Server", "spf": {"include": [], "lookups": 0, "ownAddress": true}}]})");
}

} // namespace

class TestSpfBuilder : public QObject
{
    Q_OBJECT

private slots:
    void networks_data();
    void networks();
    void badAddresses_data();
    void badAddresses();
    void hugeInputIsQuotedShort();
    void manyAddressesJoinIntoOneNetwork();
    void qualifierAndOptIns_data();
    void qualifierAndOptIns();
    void nothingMeansNoMail();
    void lookupsCountCatalogCosts();
    void sharedIncludeCountedOnce();
    void tooManyLookups();
    void unknownCostIsAnEstimate();
    void envelopeProviderGetsNoInclude();
    void ownServerNeedsAnAddress();
    void unknownProvider();
    void longRecordIsSplitAndFlagged();
    void builtInProvidersCombine_data();
    void builtInProvidersCombine();
    void findingTextsExist();
    void proposedRecordName();
};

void TestSpfBuilder::networks_data()
{
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("findings");
    QTest::newRow("one v4") << QStringList{u"192.0.2.10"_s} << u"v=spf1 ip4:192.0.2.10 -all"_s
                            << QStringList{};
    QTest::newRow("one v6") << QStringList{u"2001:DB8::10"_s} << u"v=spf1 ip6:2001:db8::10 -all"_s
                            << QStringList{};
    QTest::newRow("/32 and /128 left out")
        << QStringList{u"192.0.2.10/32"_s, u"2001:db8::10/128"_s}
        << u"v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all"_s << QStringList{};
    QTest::newRow("prefix notation") << QStringList{u"ip4:198.51.100.0/24"_s, u" ip6:2001:db8::/48 "_s}
                                     << u"v=spf1 ip4:198.51.100.0/24 ip6:2001:db8::/48 -all"_s
                                     << QStringList{};
    QTest::newRow("host bits") << QStringList{u"192.0.2.77/24"_s} << u"v=spf1 ip4:192.0.2.0/24 -all"_s
                               << QStringList{u"spf.builder.host-bits"_s};
    QTest::newRow("v6 host bits") << QStringList{u"2001:db8::1/32"_s} << u"v=spf1 ip6:2001:db8::/32 -all"_s
                                  << QStringList{u"spf.builder.host-bits"_s};
    QTest::newRow("duplicate") << QStringList{u"192.0.2.10"_s, u"192.0.2.10"_s}
                               << u"v=spf1 ip4:192.0.2.10 -all"_s
                               << QStringList{u"spf.builder.network-covered"_s};
    QTest::newRow("inside a network")
        << QStringList{u"192.0.2.10"_s, u"192.0.2.0/24"_s, u"192.0.2.128/25"_s}
        << u"v=spf1 ip4:192.0.2.0/24 -all"_s
        << QStringList{u"spf.builder.network-covered"_s, u"spf.builder.network-covered"_s};
    QTest::newRow("halves joined") << QStringList{u"192.0.2.0/25"_s, u"192.0.2.128/25"_s}
                                   << u"v=spf1 ip4:192.0.2.0/24 -all"_s
                                   << QStringList{u"spf.builder.networks-joined"_s};
    QTest::newRow("four quarters joined twice")
        << QStringList{u"192.0.2.192/26"_s, u"192.0.2.0/26"_s, u"192.0.2.64/26"_s, u"192.0.2.128/26"_s}
        << u"v=spf1 ip4:192.0.2.0/24 -all"_s
        << QStringList{u"spf.builder.networks-joined"_s,
                       u"spf.builder.networks-joined"_s,
                       u"spf.builder.networks-joined"_s};
    QTest::newRow("two hosts joined")
        << QStringList{u"192.0.2.11"_s, u"192.0.2.10"_s} << u"v=spf1 ip4:192.0.2.10/31 -all"_s
        << QStringList{u"spf.builder.networks-joined"_s};
    QTest::newRow("not siblings") << QStringList{u"192.0.2.11"_s, u"192.0.2.12"_s}
                                  << u"v=spf1 ip4:192.0.2.11 ip4:192.0.2.12 -all"_s << QStringList{};
    QTest::newRow("v6 halves") << QStringList{u"2001:db8:0:1::/64"_s, u"2001:db8::/64"_s}
                               << u"v=spf1 ip6:2001:db8::/63 -all"_s
                               << QStringList{u"spf.builder.networks-joined"_s};
    QTest::newRow("mapped v4") << QStringList{u"::ffff:192.0.2.10"_s, u"192.0.2.10"_s}
                               << u"v=spf1 ip4:192.0.2.10 -all"_s
                               << QStringList{u"spf.builder.network-covered"_s};
    QTest::newRow("mapped v4 as ip6:")
        << QStringList{u"ip6:::ffff:192.0.2.10"_s} << u"v=spf1 ip4:192.0.2.10 -all"_s << QStringList{};
    QTest::newRow("mapped v4 network")
        << QStringList{u"::ffff:192.0.2.0/120"_s} << u"v=spf1 ip4:192.0.2.0/24 -all"_s << QStringList{};
    QTest::newRow("sorted, v4 first")
        << QStringList{u"2001:db8::2"_s, u"203.0.113.5"_s, u"192.0.2.10"_s}
        << u"v=spf1 ip4:192.0.2.10 ip4:203.0.113.5 ip6:2001:db8::2 -all"_s << QStringList{};
}

void TestSpfBuilder::networks()
{
    QFETCH(QStringList, typed);
    QFETCH(QString, record);
    QFETCH(QStringList, findings);
    SpfBuilder b(testCatalog());
    for (const QString& t : typed) {
        QVERIFY2(b.addNetwork(t), qPrintable(t));
    }
    BUILT(b, r);
    QCOMPARE(r.record, record);
    QCOMPARE(ids(r), findings);
    QCOMPARE(r.lookups, 0);
    QVERIFY(r.canPublish());
}

void TestSpfBuilder::badAddresses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("id");
    for (const char* bad : {"mail.example.jp",
                            "192.0.2",
                            "3232235777",
                            "0x7f.0.0.1",
                            "192.000.002.010",
                            "192.0.2.256",
                            "192.0.2.10/33",
                            "2001:db8::/129",
                            "192.0.2.10/",
                            "192.0.2.10/2a",
                            "192.0.2.10/24/24",
                            "fe80::1%eth0",
                            "ip4:2001:db8::1",
                            "ip6:192.0.2.1",
                            "",
                            "\xe6\x97\xa5\xe6\x9c\xac",
                            "192.0.2.10 -all"}) {
        QTest::newRow(bad) << QString::fromUtf8(bad) << u"spf.builder.bad-address"_s;
    }
    QTest::newRow("invalid utf-8") << QString::fromUtf8("\xff\xfe"
                                                        "192.0.2.1")
                                   << u"spf.builder.bad-address"_s;
    QTest::newRow("v4 everything") << u"0.0.0.0/0"_s << u"spf.builder.network-too-wide"_s;
    QTest::newRow("v4 /7") << u"192.0.0.0/7"_s << u"spf.builder.network-too-wide"_s;
    QTest::newRow("v6 /8") << u"2000::/8"_s << u"spf.builder.network-too-wide"_s;
}

void TestSpfBuilder::badAddresses()
{
    QFETCH(QString, typed);
    QFETCH(QString, id);
    SpfBuilder b(testCatalog());
    const bool accepted = b.addNetwork(typed);
    QCOMPARE(accepted, id == u"spf.builder.network-too-wide"_s); // readable, but refused when built
    b.addNetwork(u"192.0.2.10"_s);
    BUILT(b, r);
    QCOMPARE(r.record, u"v=spf1 ip4:192.0.2.10 -all"_s); // the bad entry is left out, the rest kept
    QCOMPARE(ids(r), QStringList{id});
    QVERIFY(!r.canPublish());
}

void TestSpfBuilder::hugeInputIsQuotedShort()
{
    SpfBuilder b(testCatalog());
    const QString huge(1 << 20, u'1');
    QVERIFY(!b.addNetwork(huge));
    BUILT(b, r);
    const Finding* f = findingOf(r, u"spf.builder.bad-address"_s);
    QVERIFY(f);
    QVERIFY(f->args.first().size() <= 65);
    QVERIFY(f->args.first().startsWith(u"1111"_s));
}

void TestSpfBuilder::manyAddressesJoinIntoOneNetwork()
{
    SpfBuilder b(testCatalog());
    // 4,096 single addresses, in reverse order, that together are exactly 198.18.0.0/20.
    for (int i = 4095; i >= 0; --i) {
        b.addNetwork(u"198.18.%1.%2"_s.arg(i / 256).arg(i % 256));
    }
    BUILT(b, r);
    QCOMPARE(r.record, u"v=spf1 ip4:198.18.0.0/20 -all"_s);
    QCOMPARE(r.findings.size(), 4095); // one join per pair, all of them Info
    QVERIFY(r.canPublish());
}

void TestSpfBuilder::qualifierAndOptIns_data()
{
    QTest::addColumn<bool>("a");
    QTest::addColumn<bool>("mx");
    QTest::addColumn<bool>("soft");
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("lookups");
    QTest::newRow("plain") << false << false << false << u"v=spf1 ip4:192.0.2.10 -all"_s << 0;
    QTest::newRow("soft") << false << false << true << u"v=spf1 ip4:192.0.2.10 ~all"_s << 0;
    QTest::newRow("a") << true << false << false << u"v=spf1 ip4:192.0.2.10 a -all"_s << 1;
    QTest::newRow("mx") << false << true << false << u"v=spf1 ip4:192.0.2.10 mx -all"_s << 1;
    QTest::newRow("a mx soft") << true << true << true << u"v=spf1 ip4:192.0.2.10 a mx ~all"_s << 2;
}

void TestSpfBuilder::qualifierAndOptIns()
{
    QFETCH(bool, a);
    QFETCH(bool, mx);
    QFETCH(bool, soft);
    QFETCH(QString, record);
    QFETCH(int, lookups);
    SpfBuilder b(testCatalog());
    b.addNetwork(u"192.0.2.10"_s);
    b.setUseA(a);
    b.setUseMx(mx);
    b.setSoftFail(soft);
    BUILT(b, r);
    QCOMPARE(r.record, record);
    QCOMPARE(r.lookups, lookups);
    QCOMPARE(SpfRecord::parse(r.record)->dnsTermCount(), lookups); // own terms: the parser agrees
    QCOMPARE(ids(r).contains(u"spf.builder.softfail"_s), soft);
    const SpfQualifier last = SpfRecord::parse(r.record)->mechanisms.last().qualifier;
    QCOMPARE(last, soft ? SpfQualifier::SoftFail : SpfQualifier::Fail);
}

void TestSpfBuilder::nothingMeansNoMail()
{
    SpfBuilder b(testCatalog());
    BUILT(b, r);
    QCOMPARE(r.record, u"v=spf1 -all"_s);
    QCOMPARE(ids(r), QStringList{u"spf.builder.no-senders"_s});
    QVERIFY(r.canPublish());
}

void TestSpfBuilder::lookupsCountCatalogCosts()
{
    SpfBuilder b(testCatalog());
    b.addNetwork(u"192.0.2.10"_s);
    b.setUseMx(true);
    b.addProvider(u"four"_s);
    b.addProvider(u"two"_s);
    b.addProvider(u"four"_s); // twice is once
    BUILT(b, r);
    QCOMPARE(r.record, u"v=spf1 ip4:192.0.2.10 mx include:_spf.four.example include:two.example -all"_s);
    QCOMPARE(r.lookups, 7);
    QVERIFY(r.lookupsExact);
    QVERIFY(r.canPublish());
    QVERIFY(ids(r).isEmpty());
}

void TestSpfBuilder::sharedIncludeCountedOnce()
{
    SpfBuilder b(testCatalog());
    b.addProvider(u"two"_s);
    b.addProvider(u"twin"_s);
    BUILT(b, r);
    QCOMPARE(r.record, u"v=spf1 include:two.example -all"_s);
    QCOMPARE(r.lookups, 2);
}

void TestSpfBuilder::tooManyLookups()
{
    SpfBuilder b(testCatalog());
    b.setUseA(true);
    b.setUseMx(true);
    b.addProvider(u"four"_s);
    b.addProvider(u"three"_s);
    b.addProvider(u"two"_s); // 1 + 1 + 4 + 3 + 2 = 11
    BUILT(b, r);
    QCOMPARE(r.lookups, 11);
    QVERIFY(!r.canPublish());
    const Finding* f = findingOf(r, u"spf.builder.too-many-lookups"_s);
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Error);
    QCOMPARE(f->args, (QStringList{u"11"_s, u"a: 1, mx: 1, Four: 4, Three: 3, Two: 2"_s}));

    SpfBuilder ten(testCatalog());
    ten.setUseMx(true);
    ten.addProvider(u"four"_s);
    ten.addProvider(u"three"_s);
    ten.addProvider(u"two"_s); // exactly 10 is allowed
    BUILT(ten, r10);
    QCOMPARE(r10.lookups, 10);
    QVERIFY(r10.canPublish());
}

void TestSpfBuilder::unknownCostIsAnEstimate()
{
    SpfBuilder b(testCatalog());
    b.addProvider(u"unknown"_s);
    BUILT(b, r);
    QCOMPARE(r.record, u"v=spf1 include:u1.example include:u2.example -all"_s);
    QCOMPARE(r.lookups, 2); // at least one per include
    QVERIFY(!r.lookupsExact);
    const Finding* f = findingOf(r, u"spf.builder.lookups-estimated"_s);
    QVERIFY(f);
    QCOMPARE(f->args, (QStringList{u"2"_s, u"Unknown cost"_s}));
    QVERIFY(r.canPublish());
}

void TestSpfBuilder::envelopeProviderGetsNoInclude()
{
    SpfBuilder b(testCatalog());
    b.addNetwork(u"192.0.2.10"_s);
    b.addProvider(u"envelope"_s);
    BUILT(b, r);
    QCOMPARE(r.record, u"v=spf1 ip4:192.0.2.10 -all"_s);
    QCOMPARE(r.lookups, 0);
    QCOMPARE(ids(r), (QStringList{u"spf.provider.ses-mail-from"_s, u"spf.builder.provider-envelope"_s}));
    QCOMPARE(findingOf(r, u"spf.builder.provider-envelope"_s)->args, QStringList{u"Own envelope"_s});
}

void TestSpfBuilder::ownServerNeedsAnAddress()
{
    SpfBuilder without(testCatalog());
    without.addProvider(u"server"_s);
    BUILT(without, r);
    QCOMPARE(r.record, u"v=spf1 -all"_s);
    QVERIFY(ids(r).contains(u"spf.builder.provider-needs-address"_s));

    SpfBuilder with(testCatalog());
    with.addProvider(u"server"_s);
    with.setUseA(true);
    BUILT(with, r2);
    QCOMPARE(r2.record, u"v=spf1 a -all"_s);
    QVERIFY(!ids(r2).contains(u"spf.builder.provider-needs-address"_s));
}

void TestSpfBuilder::unknownProvider()
{
    SpfBuilder b(testCatalog());
    b.addProvider(u"nowhere"_s);
    b.addProvider(u"two"_s);
    BUILT(b, r);
    QCOMPARE(r.record, u"v=spf1 include:two.example -all"_s);
    QVERIFY(!r.canPublish());
    const Finding* f = findingOf(r, u"spf.builder.unknown-provider"_s);
    QVERIFY(f);
    QCOMPARE(f->args.first(), u"nowhere"_s);
    QVERIFY(f->args.at(1).contains(u"four"_s));
}

void TestSpfBuilder::longRecordIsSplitAndFlagged()
{
    SpfBuilder b(testCatalog());
    b.setDomain(u"example.jp"_s);
    // Every other /128 of a range: no two are siblings, so nothing joins.
    for (int i = 0; i < 40; ++i) {
        b.addNetwork(u"2001:db8:1234:5678:9abc:def0:1234:"_s + QString::number(i * 2, 16));
    }
    BUILT(b, r);
    QCOMPARE(SpfRecord::parse(r.record)->mechanisms.size(), 41);
    QVERIFY(r.record.toUtf8().size() > 512);
    QVERIFY(r.strings.size() >= 5);
    for (qsizetype i = 0; i + 1 < r.strings.size(); ++i) {
        QVERIFY2(r.strings.at(i).endsWith(u' '), qPrintable(r.strings.at(i))); // cut after a term
    }
    QVERIFY(ids(r).contains(u"spf.builder.long-record"_s));
    QVERIFY(ids(r).contains(u"spf.builder.udp-limit"_s));
    QVERIFY(r.answerBytes > 512);
    QVERIFY(r.canPublish()); // long is a warning, not a refusal

    SpfBuilder shortOne(testCatalog());
    shortOne.setDomain(u"example.jp"_s);
    shortOne.addNetwork(u"192.0.2.10"_s);
    BUILT(shortOne, s);
    QCOMPARE(s.strings, QStringList{s.record});
    // 12 header + 12 name + 4 question + 12 answer header + 1 length byte + 26 bytes of text
    QCOMPARE(s.answerBytes, 12 + 12 + 4 + 12 + 1 + 26);
}

void TestSpfBuilder::builtInProvidersCombine_data()
{
    QTest::addColumn<QStringList>("providers");
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("publishable");
    QTest::newRow("google") << QStringList{u"google-workspace"_s}
                            << u"v=spf1 ip4:192.0.2.10 include:_spf.google.com -all"_s << true;
    QTest::newRow("google + m365 + sendgrid")
        << QStringList{u"google-workspace"_s, u"microsoft-365"_s, u"sendgrid"_s}
        << u"v=spf1 ip4:192.0.2.10 include:_spf.google.com include:spf.protection.outlook.com "
           u"include:sendgrid.net -all"_s
        << true;
    QTest::newRow("ses only adds notes")
        << QStringList{u"amazon-ses"_s} << u"v=spf1 ip4:192.0.2.10 -all"_s << true;
    QTest::newRow("japanese hosts") << QStringList{u"xserver"_s, u"sakura"_s, u"kagoya"_s}
                                    << u"v=spf1 ip4:192.0.2.10 include:spf.sender.xserver.jp "
                                       u"include:_spf.sakura.ne.jp include:kagoya.net -all"_s
                                    << true;
    QTest::newRow("coreserver and own server")
        << QStringList{u"coreserver"_s, u"own-server"_s} << u"v=spf1 ip4:192.0.2.10 -all"_s << true;
    QTest::newRow("everything") << SpfProviderCatalog::builtIn().ids() << QString() << false;
}

void TestSpfBuilder::builtInProvidersCombine()
{
    QFETCH(QStringList, providers);
    QFETCH(QString, record);
    QFETCH(bool, publishable);
    SpfBuilder b;
    b.addNetwork(u"192.0.2.10"_s);
    for (const QString& p : providers) {
        b.addProvider(p);
    }
    BUILT(b, r);
    if (!record.isEmpty()) {
        QCOMPARE(r.record, record);
    }
    QCOMPARE(r.canPublish(), publishable);
    QCOMPARE(ids(r).contains(u"spf.builder.too-many-lookups"_s), !publishable);
    QVERIFY(r.lookups <= 10 || !publishable);
}

void TestSpfBuilder::findingTextsExist()
{
    // Every id the builder and the catalog's notes can produce has a title of its own.
    QStringList all{u"spf.builder.bad-address"_s,
                    u"spf.builder.network-too-wide"_s,
                    u"spf.builder.host-bits"_s,
                    u"spf.builder.network-covered"_s,
                    u"spf.builder.networks-joined"_s,
                    u"spf.builder.unknown-provider"_s,
                    u"spf.builder.provider-envelope"_s,
                    u"spf.builder.provider-needs-address"_s,
                    u"spf.builder.no-senders"_s,
                    u"spf.builder.softfail"_s,
                    u"spf.builder.lookups-estimated"_s,
                    u"spf.builder.too-many-lookups"_s,
                    u"spf.builder.long-record"_s,
                    u"spf.builder.udp-limit"_s};
    const SpfProviderCatalog catalog = SpfProviderCatalog::builtIn();
    for (const SpfProvider& p : catalog.providers()) {
        all += p.notes;
    }
    for (const QString& id : all) {
        const FindingText t =
            FindingCatalog::text(Finding::make(id, Severity::Info, {u"A"_s, u"B"_s, u"C"_s}));
        QVERIFY2(t.title != id && !t.title.isEmpty() && !t.detail.isEmpty(), qPrintable(id));
    }
    const FindingText t = FindingCatalog::text(
        Finding::make(u"spf.builder.too-many-lookups"_s, Severity::Error, {u"12"_s, u"Four: 4"_s}));
    QVERIFY(t.title.contains(u"12"_s));
    QVERIFY(t.detail.contains(u"Four: 4"_s));
}

void TestSpfBuilder::proposedRecordName()
{
    SpfBuilder b(testCatalog());
    b.setDomain(u"日本語.JP"_s);
    b.addNetwork(u"192.0.2.10"_s);
    BUILT(b, r);
    QCOMPARE(r.proposed.name, u"xn--wgv71a119e.jp."_s);
    QCOMPARE(r.proposed.type, u"TXT"_s);
}

QTEST_GUILESS_MAIN(TestSpfBuilder)
#include "TestSpfBuilder.moc"
