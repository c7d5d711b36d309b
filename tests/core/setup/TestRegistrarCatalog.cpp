// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for RegistrarCatalog: the embedded catalog and the JSON reader.
#include <QCoreApplication>
#include <QTest>

#include "core/setup/RegistrarPreset.h"
#include "translations/I18n.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestRegistrarCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInHasThePanelsUsersName();
    void sakuraCapsTxtAt255();
    void unverifiedFactsAreMarked();
    void invalidEntriesAreSkipped();
    void namesAreTranslated();
};

void TestRegistrarCatalog::builtInHasThePanelsUsersName()
{
    const RegistrarCatalog catalog = RegistrarCatalog::builtIn();
    for (const QString& id : {u"onamae"_s,
                              u"xserver"_s,
                              u"sakura"_s,
                              u"valuedomain"_s,
                              u"muumuu"_s,
                              u"cloudflare"_s,
                              u"route53"_s,
                              u"bind"_s,
                              u"generic"_s}) {
        QVERIFY2(catalog.preset(id).has_value(), qPrintable(id));
    }
    QCOMPARE(catalog.ids().size(), catalog.presets().size());
    QCOMPARE(catalog.preset(u"route53"_s)->txtQuotes, RegistrarPreset::TxtQuotes::EachString);
    QCOMPARE(catalog.preset(u"route53"_s)->longTxt, RegistrarPreset::LongTxt::Split);
    QCOMPARE(catalog.preset(u"bind"_s)->host, RegistrarPreset::HostStyle::Fqdn);
    QCOMPARE(catalog.preset(u"valuedomain"_s)->host, RegistrarPreset::HostStyle::ZoneSyntax);
    QVERIFY(!catalog.preset(u"xserver"_s)->cnameTrailingDot);
    QVERIFY(!catalog.preset(u"no-such-panel"_s).has_value());
}

void TestRegistrarCatalog::sakuraCapsTxtAt255()
{
    const auto sakura = RegistrarCatalog::builtIn().preset(u"sakura"_s);
    QVERIFY(sakura);
    QCOMPARE(sakura->txtMaxLength, 255);
    QCOMPARE(sakura->apex, u"@"_s);
}

void TestRegistrarCatalog::unverifiedFactsAreMarked()
{
    const RegistrarCatalog catalog = RegistrarCatalog::builtIn();
    QVERIFY(catalog.preset(u"onamae"_s)->isUnverified(u"longTxt"_s));
    QVERIFY(!catalog.preset(u"bind"_s)->isUnverified(u"longTxt"_s));
}

void TestRegistrarCatalog::invalidEntriesAreSkipped()
{
    const RegistrarCatalog catalog = RegistrarCatalog::fromJson(R"({"registrars": [
        {"id": "ok", "name": "OK", "host": "relative", "apex": "@", "txtMaxLength": 500},
        {"id": "nohost", "name": "No host style"},
        {"name": "No id", "host": "fqdn"},
        {"id": "weird", "name": "Weird", "host": "sideways"}
    ]})");
    QCOMPARE(catalog.ids(), QStringList{u"ok"_s});
    QCOMPARE(catalog.preset(u"ok"_s)->txtMaxLength, 500);
    QCOMPARE(RegistrarCatalog::fromJson("not json").presets().size(), 0);
}

void TestRegistrarCatalog::namesAreTranslated()
{
    const RegistrarCatalog catalog = RegistrarCatalog::builtIn();
    for (const RegistrarPreset& p : catalog.presets()) {
        // The data holds the English name, and the table lupdate reads knows it (check-sources sees to it
        // that todoku_ja.ts translates every entry of that table).
        QVERIFY2(RegistrarPreset::hasTranslatableName(p.name), qPrintable(p.name));
        QCOMPARE(p.displayName(), p.name); // in English: as written
    }
    QVERIFY(!RegistrarPreset::hasTranslatableName(u"Some panel"_s));
    QCOMPARE(catalog.preset(u"onamae"_s)->name, u"Onamae.com Navi"_s);

    // In Japanese, each name as the registrar writes it.
    QVERIFY(i18n::setLanguage(u"ja"_s));
    QCOMPARE(catalog.preset(u"onamae"_s)->displayName(), u"お名前.com Navi"_s);
    QCOMPARE(catalog.preset(u"sakura"_s)->displayName(), u"さくらインターネット"_s);
    QCOMPARE(catalog.preset(u"valuedomain"_s)->displayName(), u"バリュードメイン / コアサーバー"_s);
    QCOMPARE(catalog.preset(u"muumuu"_s)->displayName(), u"ムームードメイン（ムームーDNS）"_s);
    QCOMPARE(catalog.preset(u"xserver"_s)->displayName(), u"エックスサーバー / XServerドメイン"_s);
    QCOMPARE(catalog.preset(u"cloudflare"_s)->displayName(), u"Cloudflare"_s);
    QVERIFY(i18n::setLanguage(u"en"_s));
    QCOMPARE(catalog.preset(u"sakura"_s)->displayName(), u"SAKURA internet"_s);
}

QTEST_GUILESS_MAIN(TestRegistrarCatalog)
#include "TestRegistrarCatalog.moc"
