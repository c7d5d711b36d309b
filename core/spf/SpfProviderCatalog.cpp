// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spf/SpfProviderCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/common/EmbeddedCatalog.h"

namespace todoku {

namespace {

// A cost above the RFC 7208 §4.6.4 limit cannot be right for a service anyone can include.
constexpr int MAX_CATALOG_LOOKUPS = 10;

bool isPlainDomain(const QString& name)
{
    // The catalog names fixed domains: no macros, no trailing dot, at least two labels.
    static const QRegularExpression re(QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-"
                                                      "z0-9])?(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}"
                                                      "[A-Za-z0-9])?)+$"));
    return re.match(name).hasMatch();
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray()) {
        out.append(e.toString());
    }
    return out;
}

SpfProvider::DkimSigning signingOf(const QJsonValue& v)
{
    if (v.isBool()) {
        return v.toBool() ? SpfProvider::DkimSigning::Yes : SpfProvider::DkimSigning::No;
    }
    return v.toString() == u"own" ? SpfProvider::DkimSigning::Own : SpfProvider::DkimSigning::Unknown;
}

std::optional<SpfProvider> providerFromJson(const QJsonObject& o)
{
    SpfProvider p;
    p.id = o.value(u"id").toString();
    p.name = o.value(u"name").toString();
    if (p.id.isEmpty() || p.name.isEmpty()) {
        return std::nullopt;
    }
    const QJsonObject spf = o.value(u"spf").toObject();
    p.includes = stringList(spf.value(u"include"));
    for (const QString& include : p.includes) {
        if (!isPlainDomain(include)) {
            return std::nullopt;
        }
    }
    const QJsonValue lookups = spf.value(u"lookups");
    if (lookups.isDouble()) {
        const int cost = lookups.toInt(-1);
        if (cost < 0 || cost > MAX_CATALOG_LOOKUPS || cost < p.includes.size()) {
            return std::nullopt; // every include costs at least its own lookup
        }
        p.lookups = cost;
    } else if (!lookups.isNull() && !lookups.isUndefined()) {
        return std::nullopt;
    }
    const QString source = spf.value(u"source").toString();
    p.source = source == u"vendor"      ? SpfProvider::Source::Vendor
               : source == u"community" ? SpfProvider::Source::Community
                                        : SpfProvider::Source::None;
    p.atApex = spf.value(u"atApex").toBool(true);
    p.ownAddress = spf.value(u"ownAddress").toBool(false);

    const QJsonObject dkim = o.value(u"dkim").toObject();
    p.dkim = signingOf(dkim.value(u"signs"));
    p.dkimType = dkim.value(u"type").toString();
    p.selectors = stringList(dkim.value(u"selectors"));
    p.dkimTarget = dkim.value(u"target").toString();
    p.notes = stringList(o.value(u"notes"));
    p.unverified = stringList(o.value(u"unverified"));
    return p;
}

} // namespace

SpfProviderCatalog SpfProviderCatalog::builtIn()
{
    return fromJson(catalog::readEmbedded(QStringLiteral("spf-providers.json")));
}

SpfProviderCatalog SpfProviderCatalog::fromJson(const QByteArray& json)
{
    SpfProviderCatalog catalog;
    const QJsonArray entries = QJsonDocument::fromJson(json).object().value(u"providers").toArray();
    for (const QJsonValue& v : entries) {
        if (auto p = providerFromJson(v.toObject()); p && !catalog.provider(p->id)) {
            catalog.m_providers.append(*p);
        }
    }
    return catalog;
}

std::optional<SpfProvider> SpfProviderCatalog::provider(const QString& id) const
{
    return catalog::findById(m_providers, id);
}

QStringList SpfProviderCatalog::ids() const
{
    return catalog::idsOf(m_providers);
}

} // namespace todoku
