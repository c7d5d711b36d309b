// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for SpfProviderCatalog: the embedded catalog, its facts and the JSON reader.
#include <QTest>

#include "core/spf/SpfProviderCatalog.h"
#include "core/spf/SpfRecord.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestSpfProviderCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInHasTheServicesUsersName();
    void facts_data();
    void facts();
    void everyIncludeMakesAValidTerm();
    void unverifiedFactsAreMarked();
    void unknownCostCountsOnePerInclude();
    void invalidEntriesAreSkipped_data();
    void invalidEntriesAreSkipped();
    void garbageGivesAnEmptyCatalog();
};

void TestSpfProviderCatalog::builtInHasTheServicesUsersName()
{
    const SpfProviderCatalog catalog = SpfProviderCatalog::builtIn();
    for (const QString& id : {u"google-workspace"_s,
                              u"microsoft-365"_s,
                              u"amazon-ses"_s,
                              u"sendgrid"_s,
                              u"mailgun"_s,
                              u"xserver"_s,
                              u"sakura"_s,
                              u"coreserver"_s,
                              u"kagoya"_s,
                              u"own-server"_s}) {
        QVERIFY2(catalog.provider(id).has_value(), qPrintable(id));
    }
    QCOMPARE(catalog.ids().size(), catalog.providers().size());
    QVERIFY(catalog.ids().size() >= 15);
    QVERIFY(!catalog.provider(u"no-such-service"_s));
}

void TestSpfProviderCatalog::facts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("includes");
    QTest::addColumn<int>("dkim");
    QTest::addColumn<QString>("dkimType");
    QTest::addColumn<QStringList>("selectors");
    QTest::addColumn<bool>("atApex");
    // From shared/reference/mail-auth-facts.md §5.
    QTest::newRow("google") << u"google-workspace"_s << QStringList{u"_spf.google.com"_s}
                            << int(SpfProvider::DkimSigning::Yes) << u"TXT"_s << QStringList{u"google"_s}
                            << true;
    QTest::newRow("m365") << u"microsoft-365"_s << QStringList{u"spf.protection.outlook.com"_s}
                          << int(SpfProvider::DkimSigning::Yes) << u"CNAME"_s
                          << QStringList{u"selector1"_s, u"selector2"_s} << true;
    QTest::newRow("ses") << u"amazon-ses"_s << QStringList{u"amazonses.com"_s}
                         << int(SpfProvider::DkimSigning::Yes) << u"CNAME"_s << QStringList{u"<token>"_s}
                         << false;
    QTest::newRow("sendgrid") << u"sendgrid"_s << QStringList{u"sendgrid.net"_s}
                              << int(SpfProvider::DkimSigning::Yes) << u"CNAME"_s
                              << QStringList{u"s1"_s, u"s2"_s} << true;
    QTest::newRow("xserver") << u"xserver"_s << QStringList{u"spf.sender.xserver.jp"_s}
                             << int(SpfProvider::DkimSigning::Yes) << u"TXT"_s << QStringList{u"default"_s}
                             << true;
    QTest::newRow("sakura") << u"sakura"_s << QStringList{u"_spf.sakura.ne.jp"_s}
                            << int(SpfProvider::DkimSigning::Yes) << u"TXT"_s << QStringList{u"default"_s}
                            << true;
    QTest::newRow("kagoya") << u"kagoya"_s << QStringList{u"kagoya.net"_s}
                            << int(SpfProvider::DkimSigning::Yes) << u"TXT"_s << QStringList{u"kagoya"_s}
                            << true;
    QTest::newRow("coreserver") << u"coreserver"_s << QStringList{} << int(SpfProvider::DkimSigning::Unknown)
                                << QString() << QStringList{} << true;
    QTest::newRow("own") << u"own-server"_s << QStringList{} << int(SpfProvider::DkimSigning::Own) << u"TXT"_s
                         << QStringList{} << true;
}

void TestSpfProviderCatalog::facts()
{
    QFETCH(QString, id);
    QFETCH(QStringList, includes);
    QFETCH(int, dkim);
    QFETCH(QString, dkimType);
    QFETCH(QStringList, selectors);
    QFETCH(bool, atApex);
    const std::optional<SpfProvider> p = SpfProviderCatalog::builtIn().provider(id);
    QVERIFY(p);
    QCOMPARE(p->includes, includes);
    QCOMPARE(int(p->dkim), dkim);
    QCOMPARE(p->dkimType, dkimType);
    QCOMPARE(p->selectors, selectors);
    QCOMPARE(p->atApex, atApex);
    QVERIFY(!p->name.isEmpty());
}

void TestSpfProviderCatalog::everyIncludeMakesAValidTerm()
{
    const SpfProviderCatalog catalog = SpfProviderCatalog::builtIn();
    for (const SpfProvider& p : catalog.providers()) {
        for (const QString& include : p.includes) {
            const Result<SpfRecord> r = SpfRecord::parse(u"v=spf1 include:"_s + include + u" -all"_s);
            QVERIFY2(bool(r), qPrintable(p.id + u' ' + include));
            QCOMPARE(r->mechanisms.first().domainSpec, include);
        }
        QVERIFY2(p.countedLookups() >= p.includes.size(), qPrintable(p.id));
        QVERIFY2(p.countedLookups() <= 10, qPrintable(p.id));
    }
}

void TestSpfProviderCatalog::unverifiedFactsAreMarked()
{
    const SpfProviderCatalog catalog = SpfProviderCatalog::builtIn();
    // The reference calls Mandrill's include unverified; no cost of an include is in the reference at all.
    QVERIFY(catalog.provider(u"mandrill"_s)->isUnverified(u"spf.include"_s));
    QVERIFY(!catalog.provider(u"google-workspace"_s)->isUnverified(u"spf.include"_s));
    for (const SpfProvider& p : catalog.providers()) {
        if (!p.includes.isEmpty()) {
            QVERIFY2(p.isUnverified(u"spf.lookups"_s), qPrintable(p.id));
            QVERIFY2(!p.lookupsKnown(), qPrintable(p.id));
        }
    }
    QCOMPARE(catalog.provider(u"google-workspace"_s)->source, SpfProvider::Source::Community);
    QCOMPARE(catalog.provider(u"sendgrid"_s)->source, SpfProvider::Source::Vendor);
    QVERIFY(catalog.provider(u"own-server"_s)->lookupsKnown()); // no include: nothing to estimate
}

void TestSpfProviderCatalog::unknownCostCountsOnePerInclude()
{
    const SpfProviderCatalog catalog = SpfProviderCatalog::fromJson(R"({"providers": [
        {"id": "x", "name": "X", "spf": {"include": ["a.example", "b.example"], "lookups": null}},
        {"id": "y", "name": "Y", "spf": {"include": ["c.example"], "lookups": 4}}]})");
    QCOMPARE(catalog.ids(), (QStringList{u"x"_s, u"y"_s}));
    QVERIFY(!catalog.provider(u"x"_s)->lookups);
    QCOMPARE(catalog.provider(u"x"_s)->countedLookups(), 2);
    QCOMPARE(catalog.provider(u"y"_s)->countedLookups(), 4);
    QVERIFY(catalog.provider(u"y"_s)->lookupsKnown());
}

void TestSpfProviderCatalog::invalidEntriesAreSkipped_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::newRow("no id") << QByteArray(R"({"name": "X", "spf": {"include": []}})");
    QTest::newRow("no name") << QByteArray(R"({"id": "x", "spf": {"include": []}})");
    QTest::newRow("macro include") << QByteArray(
        R"({"id": "x", "name": "X", "spf": {"include": ["%{d}.x.example"]}})");
    QTest::newRow("spaced include") << QByteArray(
        R"({"id": "x", "name": "X", "spf": {"include": ["a b.example"]}})");
    QTest::newRow("single label") << QByteArray(
        R"({"id": "x", "name": "X", "spf": {"include": ["localhost"]}})");
    QTest::newRow("negative cost") << QByteArray(
        R"({"id": "x", "name": "X", "spf": {"include": [], "lookups": -1}})");
    QTest::newRow("cost over 10") << QByteArray(
        R"({"id": "x", "name": "X", "spf": {"include": [], "lookups": 11}})");
    QTest::newRow("cost below includes") << QByteArray(
        R"({"id": "x", "name": "X", "spf": {"include": ["a.example", "b.example"], "lookups": 1}})");
    QTest::newRow("cost as text") << QByteArray(
        R"({"id": "x", "name": "X", "spf": {"include": [], "lookups": "2"}})");
}

void TestSpfProviderCatalog::invalidEntriesAreSkipped()
{
    QFETCH(QByteArray, entry);
    const QByteArray json =
        R"({"providers": [)" + entry
        + R"(, {"id": "ok", "name": "OK", "spf": {"include": ["ok.example"], "lookups": 1}}]})";
    const SpfProviderCatalog catalog = SpfProviderCatalog::fromJson(json);
    QCOMPARE(catalog.ids(), QStringList{u"ok"_s});
}

void TestSpfProviderCatalog::garbageGivesAnEmptyCatalog()
{
    QVERIFY(SpfProviderCatalog::fromJson("not json at all").providers().isEmpty());
    QVERIFY(SpfProviderCatalog::fromJson(QByteArray("\xff\xfe{\"providers\":", 15)).providers().isEmpty());
    QVERIFY(SpfProviderCatalog::fromJson(R"({"providers": 5})").providers().isEmpty());
    QVERIFY(SpfProviderCatalog::fromJson(QByteArray(1 << 20, '[')).providers().isEmpty());
}

QTEST_GUILESS_MAIN(TestSpfProviderCatalog)
#include "TestSpfProviderCatalog.moc"
