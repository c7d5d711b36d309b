// SPDX-License-Identifier: GPL-3.0-or-later
// SpfProviderCatalog: the mail services that send for a domain, what they need in SPF and how they sign DKIM.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace todoku {

/**
 * One mail service or hosting company (resources/catalogs/spf-providers.json): the include: domains its
 * senders need, what those includes cost in DNS lookups (RFC 7208 §4.6.4, the include itself counted), and
 * how it signs DKIM. Facts the catalog marks as unverified are listed in `unverified` by dotted field name
 * ("spf.lookups", "dkim.signs", …), so the builder and the UI can say so.
 */
struct SpfProvider
{
    /** Where the include: domains come from. */
    enum class Source
    {
        Vendor,    ///< the vendor's own documentation
        Community, ///< seen in public zone files and notes; confirm in the vendor's panel
        None,      ///< no include is known (own server, a host whose mail leaves from the user's IP)
    };
    /** Whether the service signs mail with DKIM for the customer's domain. */
    enum class DkimSigning
    {
        Yes,
        No,
        Unknown,
        Own, ///< the user's own server signs: Todoku makes the key
    };

    QString id;
    QString name; ///< the service's own name, as its users know it (not translated)
    QStringList includes;
    std::optional<int> lookups; ///< DNS-querying terms all includes cost together; nothing if unknown
    Source source = Source::None;
    /**
     * False if the service sends with its own envelope (MAIL FROM) domain by default, so SPF is checked
     * against that domain and the include is useless in the customer's apex record (Amazon SES, Mailchimp).
     */
    bool atApex = true;
    /** The service sends from the customer's own IP addresses: they must be listed (ip4/ip6, a or mx). */
    bool ownAddress = false;
    DkimSigning dkim = DkimSigning::Unknown;
    QString dkimType;       ///< "TXT" or "CNAME" (empty if unknown)
    QStringList selectors;  ///< DKIM selectors the service uses ("<token>" where it makes one per domain)
    QString dkimTarget;     ///< where the CNAMEs point, as the service documents it (a pattern)
    QStringList notes;      ///< finding ids (spf.provider.*) with what else the service needs
    QStringList unverified; ///< dotted field names whose facts are unconfirmed

    bool isUnverified(const QString& field) const { return unverified.contains(field); }
    /** The lookup cost the builder counts: the known cost, or 1 per include (a lower bound) if unknown. */
    int countedLookups() const { return lookups.value_or(int(includes.size())); }
    /** True if `countedLookups()` is exact as far as the catalog knows (known and not unverified). */
    bool lookupsKnown() const { return lookups.has_value() && !isUnverified(QStringLiteral("spf.lookups")); }
};

/** The provider catalog embedded in the core (":/catalogs/spf-providers.json"). Immutable value. */
class SpfProviderCatalog
{
public:
    /** The embedded catalog. */
    static SpfProviderCatalog builtIn();
    /**
     * Parses a catalog in the spf-providers.json format. An entry without id or name, with an include that
     * is not a plain domain name, or with a negative or out-of-range cost is skipped; garbage yields an
     * empty catalog.
     */
    static SpfProviderCatalog fromJson(const QByteArray& json);

    const QList<SpfProvider>& providers() const { return m_providers; }
    std::optional<SpfProvider> provider(const QString& id) const;
    QStringList ids() const;

private:
    QList<SpfProvider> m_providers;
};

} // namespace todoku
