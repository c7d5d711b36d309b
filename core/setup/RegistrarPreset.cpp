// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/RegistrarPreset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/common/EmbeddedCatalog.h"

namespace todoku {

namespace {

// The names of registrars.json, so lupdate offers them to translators. Japanese: as each registrar writes
// its own name.
constexpr const char* NAMES[] = {
    QT_TRANSLATE_NOOP("RegistrarNames", "Other DNS host (relative names)"),
    QT_TRANSLATE_NOOP("RegistrarNames", "BIND zone file / own DNS server"),
    QT_TRANSLATE_NOOP("RegistrarNames", "Cloudflare"),
    QT_TRANSLATE_NOOP("RegistrarNames", "Amazon Route 53"),
    QT_TRANSLATE_NOOP("RegistrarNames", "Onamae.com Navi"),
    QT_TRANSLATE_NOOP("RegistrarNames", "Xserver / XServer Domain"),
    QT_TRANSLATE_NOOP("RegistrarNames", "SAKURA internet"),
    QT_TRANSLATE_NOOP("RegistrarNames", "Muumuu Domain (Muumuu DNS)"),
    QT_TRANSLATE_NOOP("RegistrarNames", "VALUE-DOMAIN / CORESERVER"),
    QT_TRANSLATE_NOOP("RegistrarNames", "GoDaddy"),
    QT_TRANSLATE_NOOP("RegistrarNames", "Namecheap (Advanced DNS)"),
};

std::optional<RegistrarPreset> presetFromJson(const QJsonObject& o)
{
    RegistrarPreset p;
    p.id = o.value(u"id").toString();
    p.name = o.value(u"name").toString();
    if (p.id.isEmpty() || p.name.isEmpty()) {
        return std::nullopt;
    }
    const QString host = o.value(u"host").toString();
    if (host == u"relative") {
        p.host = RegistrarPreset::HostStyle::Relative;
    } else if (host == u"fqdn") {
        p.host = RegistrarPreset::HostStyle::Fqdn;
    } else if (host == u"zone-syntax") {
        p.host = RegistrarPreset::HostStyle::ZoneSyntax;
    } else {
        return std::nullopt;
    }
    p.apex = o.value(u"apex").toString();
    p.txtQuotes = o.value(u"txtQuotes").toString() == u"each-string" ? RegistrarPreset::TxtQuotes::EachString
                                                                     : RegistrarPreset::TxtQuotes::None;
    p.longTxt = o.value(u"longTxt").toString() == u"split" ? RegistrarPreset::LongTxt::Split
                                                           : RegistrarPreset::LongTxt::OneValue;
    p.txtMaxLength = o.value(u"txtMaxLength").toInt(0);
    p.cnameTrailingDot = o.value(u"cnameTrailingDot").toBool(true);
    p.defaultTtl = o.value(u"defaultTtl").toInt(3600);
    for (const QJsonValue& v : o.value(u"notes").toArray()) {
        p.notes.append(v.toString());
    }
    for (const QJsonValue& v : o.value(u"unverified").toArray()) {
        p.unverified.append(v.toString());
    }
    return p;
}

} // namespace

QString RegistrarPreset::displayName() const
{
    return QCoreApplication::translate("RegistrarNames", name.toUtf8().constData());
}

bool RegistrarPreset::hasTranslatableName(const QString& name)
{
    return std::any_of(
        std::begin(NAMES), std::end(NAMES), [&name](const char* n) { return name == QLatin1String(n); });
}

RegistrarCatalog RegistrarCatalog::builtIn()
{
    return fromJson(catalog::readEmbedded(QStringLiteral("registrars.json")));
}

RegistrarCatalog RegistrarCatalog::fromJson(const QByteArray& json)
{
    RegistrarCatalog catalog;
    const QJsonArray entries = QJsonDocument::fromJson(json).object().value(u"registrars").toArray();
    for (const QJsonValue& v : entries) {
        if (auto p = presetFromJson(v.toObject())) {
            catalog.m_presets.append(*p);
        }
    }
    return catalog;
}

std::optional<RegistrarPreset> RegistrarCatalog::preset(const QString& id) const
{
    return catalog::findById(m_presets, id);
}

QStringList RegistrarCatalog::ids() const
{
    return catalog::idsOf(m_presets);
}

} // namespace todoku
