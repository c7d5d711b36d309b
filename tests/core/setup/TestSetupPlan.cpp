// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for SetupPlan (save and resume) and SetupPlanValidator (one clear finding per bad field).
#include <QTest>

#include "core/diagnosis/FindingCatalog.h"
#include "core/setup/SetupPlan.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

SetupPlan goodPlan()
{
    SetupPlan p;
    p.domain = u"example.jp"_s;
    p.ipAddresses = {u"192.0.2.10"_s, u"2001:db8::10"_s};
    p.mailHost = u"mail.example.jp"_s;
    p.selector = u"202612"_s;
    p.reportAddress = u"dmarc@example.jp"_s;
    return p;
}

QStringList ids(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        out.append(f.id);
    }
    return out;
}

} // namespace

class TestSetupPlan : public QObject
{
    Q_OBJECT

private slots:
    void goodPlanHasNoFindings();
    void badField_data();
    void badField();
    void findingsNameTheirField();
    void mailHostOutsideIsOnlyAWarning();
    void unicodeDomainAccepted();
    void nonPublic_data();
    void nonPublic();
    void selector_data();
    void selector();
    void jsonRoundTrip();
    void everyInputFindingHasText();
};

void TestSetupPlan::goodPlanHasNoFindings()
{
    const QList<Finding> f = SetupPlanValidator::validate(goodPlan());
    QVERIFY2(f.isEmpty(), qPrintable(ids(f).join(u' ')));
    QVERIFY(SetupPlanValidator::canGenerate(f));
}

void TestSetupPlan::badField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("id");
    QTest::newRow("empty domain") << u"domain"_s << QString() << u"setup.input.domain-missing"_s;
    QTest::newRow("url as domain") << u"domain"_s << u"https://example.jp/"_s
                                   << u"setup.input.domain-invalid"_s;
    QTest::newRow("single label") << u"domain"_s << u"localhost"_s << u"setup.input.domain-invalid"_s;
    QTest::newRow("ip typo") << u"ip"_s << u"192.0.2.300"_s << u"setup.input.ip-invalid"_s;
    QTest::newRow("192.168") << u"ip"_s << u"192.168.1.20"_s << u"setup.input.ip-private"_s;
    QTest::newRow("10/8") << u"ip"_s << u"10.0.0.5"_s << u"setup.input.ip-private"_s;
    QTest::newRow("loopback v6") << u"ip"_s << u"::1"_s << u"setup.input.ip-private"_s;
    QTest::newRow("ULA v6") << u"ip"_s << u"fd00::25"_s << u"setup.input.ip-private"_s;
    QTest::newRow("no host") << u"mailHost"_s << QString() << u"setup.input.mail-host-missing"_s;
    QTest::newRow("host is an IP") << u"mailHost"_s << u"192.0.2.10"_s << u"setup.input.mail-host-invalid"_s;
    QTest::newRow("bare computer name")
        << u"mailHost"_s << u"DESKTOP-7QK2M1B"_s << u"setup.input.mail-host-invalid"_s;
    QTest::newRow("selector with space") << u"selector"_s << u"my key"_s << u"setup.input.selector-invalid"_s;
    QTest::newRow("selector with hyphen end")
        << u"selector"_s << u"s1-"_s << u"setup.input.selector-invalid"_s;
    QTest::newRow("empty selector") << u"selector"_s << QString() << u"setup.input.selector-missing"_s;
    QTest::newRow("rua not an address")
        << u"reportAddress"_s << u"dmarc-reports"_s << u"setup.input.report-address-invalid"_s;
}

void TestSetupPlan::badField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, id);
    SetupPlan p = goodPlan();
    if (field == u"domain") {
        p.domain = value;
    } else if (field == u"ip") {
        p.ipAddresses = {value};
    } else if (field == u"mailHost") {
        p.mailHost = value;
    } else if (field == u"selector") {
        p.selector = value;
    } else if (field == u"reportAddress") {
        p.reportAddress = value;
    }
    const QList<Finding> f = SetupPlanValidator::validate(p);
    QVERIFY2(ids(f).contains(id), qPrintable(ids(f).join(u' ')));
    QVERIFY(!SetupPlanValidator::canGenerate(f));
}

void TestSetupPlan::findingsNameTheirField()
{
    SetupPlan p = goodPlan();
    p.ipAddresses = {u"192.168.0.2"_s};
    p.selector = u"bad selector"_s;
    QCOMPARE(ids(SetupPlanValidator::validateField(p, u"ipAddresses"_s)),
             QStringList{u"setup.input.ip-private"_s});
    QCOMPARE(ids(SetupPlanValidator::validateField(p, u"selector"_s)),
             QStringList{u"setup.input.selector-invalid"_s});
    QVERIFY(SetupPlanValidator::validateField(p, u"domain"_s).isEmpty());

    p = goodPlan();
    p.ipAddresses.clear();
    QCOMPARE(ids(SetupPlanValidator::validate(p)), QStringList{u"setup.input.no-sender"_s});
    p.providers = {u"google-workspace"_s};
    p.receiving = SetupPlan::Receiving::Unchanged;
    p.mailHost.clear();
    QVERIFY(SetupPlanValidator::validate(p).isEmpty()); // a hosted domain needs no mail host of its own

    // Opting in to SPF a or mx names senders too: the domain's own addresses or its MX hosts.
    p = goodPlan();
    p.ipAddresses.clear();
    p.spfMx = true;
    QVERIFY(SetupPlanValidator::validate(p).isEmpty());
    p.spfMx = false;
    p.spfA = true;
    QVERIFY(SetupPlanValidator::validate(p).isEmpty());
}

void TestSetupPlan::mailHostOutsideIsOnlyAWarning()
{
    SetupPlan p = goodPlan();
    p.mailHost = u"mx1.provider.example.net"_s;
    const QList<Finding> f = SetupPlanValidator::validate(p);
    QCOMPARE(ids(f), QStringList{u"setup.input.mail-host-outside"_s});
    QCOMPARE(f.first().severity, Severity::Warning);
    QCOMPARE(f.first().args, (QStringList{u"mailHost"_s, u"mx1.provider.example.net"_s, u"example.jp"_s}));
    QVERIFY(SetupPlanValidator::canGenerate(f));
}

void TestSetupPlan::unicodeDomainAccepted()
{
    SetupPlan p = goodPlan();
    p.domain = u"日本語.jp"_s;
    p.mailHost = u"mail.日本語.jp"_s;
    QVERIFY(SetupPlanValidator::validate(p).isEmpty());
}

void TestSetupPlan::nonPublic_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("nonPublic");
    QTest::newRow("172.16") << u"172.16.4.1"_s << true;
    QTest::newRow("172.32 is public") << u"172.32.0.1"_s << false;
    QTest::newRow("CGNAT") << u"100.64.1.1"_s << true;
    QTest::newRow("link-local") << u"169.254.10.10"_s << true;
    QTest::newRow("public v4") << u"203.0.113.25"_s << false;
    QTest::newRow("mapped private") << u"::ffff:192.168.1.1"_s << true;
    QTest::newRow("fe80") << u"fe80::1"_s << true;
    QTest::newRow("global v6") << u"2001:db8:1::25"_s << false;
}

void TestSetupPlan::nonPublic()
{
    QFETCH(QString, address);
    QFETCH(bool, nonPublic);
    QCOMPARE(SetupPlanValidator::isNonPublic(QHostAddress(address)), nonPublic);
}

void TestSetupPlan::selector_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<bool>("valid");
    QTest::newRow("date") << u"202612"_s << true;
    QTest::newRow("dotted") << u"s1.mail"_s << true;
    QTest::newRow("underscore") << u"key_1"_s << true;
    QTest::newRow("leading hyphen") << u"-k"_s << false;
    QTest::newRow("empty label") << u"a..b"_s << false;
    QTest::newRow("non-ascii") << u"鍵"_s << false;
    QTest::newRow("64 chars") << QString(64, u'a') << false;
}

void TestSetupPlan::selector()
{
    QFETCH(QString, selector);
    QFETCH(bool, valid);
    QCOMPARE(SetupPlanValidator::isValidSelector(selector), valid);
}

void TestSetupPlan::jsonRoundTrip()
{
    SetupPlan p = goodPlan();
    p.providers = {u"amazon-ses"_s};
    p.receiving = SetupPlan::Receiving::NullMx;
    p.dkimMode = SetupPlan::DkimMode::ProviderValues;
    p.providerDkimRecords = {ProposedRecord::make(
        u"tok1._domainkey.example.jp."_s, u"CNAME"_s, u"tok1.dkim.amazonses.com."_s, u"dkim"_s)};
    p.dmarcPolicy = DmarcPolicy::Quarantine;
    p.strictSpf = false;
    p.spfA = true;
    p.spfMx = true;
    p.ttl = 300;
    p.registrar = u"route53"_s;
    const SetupPlan back = SetupPlan::fromJson(p.toJson());
    QCOMPARE(back.toJson(), p.toJson());
    QCOMPARE(back.receiving, SetupPlan::Receiving::NullMx);
    QCOMPARE(back.dkimMode, SetupPlan::DkimMode::ProviderValues);
    QCOMPARE(back.providerDkimRecords.size(), 1);
    QCOMPARE(back.providerDkimRecords.first().type, u"CNAME"_s);
    QCOMPARE(back.dmarcPolicy, DmarcPolicy::Quarantine);
    QCOMPARE(back.ttl, 300u);
    QVERIFY(back.spfA);
    QVERIFY(back.spfMx);
    // A setup saved before a/mx existed opts in to neither.
    QJsonObject old = p.toJson();
    old.remove(u"spfA"_s);
    old.remove(u"spfMx"_s);
    QVERIFY(!SetupPlan::fromJson(old).spfA);
    QVERIFY(!SetupPlan::fromJson(old).spfMx);
    QCOMPARE(back.toJson().value(u"version").toInt(), 1);
}

void TestSetupPlan::everyInputFindingHasText()
{
    SetupPlan p;
    p.domain = u"not a domain"_s;
    p.ipAddresses = {u"x"_s, u"10.1.1.1"_s};
    p.mailHost = u"mail.other.example"_s;
    p.selector = u"a b"_s;
    p.reportAddress = u"nope"_s;
    const QList<Finding> findings = SetupPlanValidator::validate(p);
    QVERIFY(findings.size() >= 5);
    for (const Finding& f : findings) {
        const FindingText t = FindingCatalog::text(f);
        QVERIFY2(t.title != f.id && !t.detail.isEmpty(), qPrintable(f.id));
        QVERIFY2(!t.title.contains(u"%2"_s), qPrintable(t.title));
    }
}

QTEST_GUILESS_MAIN(TestSetupPlan)
#include "TestSetupPlan.moc"
