// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/RegistrarPreset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/common/EmbeddedCatalog.h"

namespace todoku {

namespace {

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
