// SPDX-License-Identifier: GPL-3.0-or-later
// SpfBuilder: composes the shortest correct SPF record from the user's servers and mail services.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/diagnosis/Finding.h"
#include "core/spf/SpfProviderCatalog.h"

namespace todoku {

/** What SpfBuilder::build() made: the record, its cost and size, and why it can or cannot be published. */
struct SpfBuildResult
{
    QString record; ///< the TXT value, "v=spf1 … -all"; always filled, even when it cannot be published
    QStringList strings; ///< the value as character-strings of at most 255 bytes, split after a space
    int lookups = 0;     ///< DNS-querying terms (RFC 7208 §4.6.4) counted from own terms + catalog costs
    bool lookupsExact =
        true;            ///< false if a service's cost is unknown or unverified (then `lookups` estimates)
    int answerBytes = 0; ///< estimated size of a DNS answer carrying only this TXT record
    QList<Finding> findings; ///< spf.builder.* and spf.provider.*: merges, notes, limits
    ProposedRecord proposed; ///< "<domain>." TXT, purpose "spf" (name empty if no domain was set)

    /** False if a finding is an Error: over 10 lookups, an unusable address or an unknown service. */
    bool canPublish() const;
};

/**
 * Builds an SPF record (RFC 7208) from choices, offline. Own addresses and networks are normalised: host
 * bits cleared, IPv4-mapped IPv6 written as ip4, duplicates and networks inside other networks dropped,
 * and sibling networks joined (two /25 halves become one /24), each reported as an Info finding. Terms are
 * written cheapest first (ip4, ip6, then a, mx, include:), without the redundant '+' and without /32 or
 * /128, and end in the strictest `all` the user accepts: -all, or ~all on request.
 *
 * The lookup count is the own `a`/`mx` terms plus each service's cost from the catalog (an include shared
 * by two services counted once). Over the limit of 10 the result says so (spf.builder.too-many-lookups,
 * with each part's cost); a value over 255 bytes is split into several strings (spf.builder.long-record),
 * and an answer over 512 bytes is flagged (spf.builder.udp-limit, RFC 7208 §3.4).
 */
class SpfBuilder
{
public:
    explicit SpfBuilder(SpfProviderCatalog catalog = SpfProviderCatalog::builtIn());

    /** The domain the record is for (ASCII or Unicode); used for the owner name and the answer size. */
    void setDomain(const QString& domain);
    /**
     * An own sending address or network as typed: "192.0.2.10", "192.0.2.0/24", "2001:db8::/48", also with
     * an "ip4:"/"ip6:" prefix. Returns false for anything else (recorded as spf.builder.bad-address).
     */
    bool addNetwork(const QString& typed);
    /** Opt-in `a`: the domain's own A/AAAA addresses may send (costs one lookup). */
    void setUseA(bool use) { m_useA = use; }
    /** Opt-in `mx`: the domain's MX hosts may send (costs one lookup plus up to 10 address lookups). */
    void setUseMx(bool use) { m_useMx = use; }
    /** A service from the catalog by id; an unknown id becomes spf.builder.unknown-provider. */
    void addProvider(const QString& id);
    /**
     * A term kept as written from a record the domain already publishes ("include:_spf.example.net",
     * "a:relay.example.jp", "-ip4:192.0.2.9"), written after the services' includes and counted as
     * `lookups` DNS-querying terms; an include's own cost is unknown, so the count becomes an estimate.
     * A term already present is not added twice.
     */
    void addExistingTerm(const QString& term, int lookups);
    /** End with ~all instead of -all. */
    void setSoftFail(bool softFail) { m_softFail = softFail; }

    SpfBuildResult build() const;

    /** RFC 7208 §4.6.4. */
    static constexpr int MAX_DNS_LOOKUPS = 10;
    /** RFC 1035 §3.3: the longest character-string. */
    static constexpr int MAX_STRING_BYTES = 255;
    /** RFC 7208 §3.4: keep the answer within a classic UDP DNS message. */
    static constexpr int MAX_UDP_BYTES = 512;

private:
    SpfProviderCatalog m_catalog;
    QString m_domain;
    QStringList m_networks;
    QStringList m_providers;
    bool m_useA = false;
    bool m_useMx = false;
    bool m_softFail = false;
    QList<QPair<QString, int>> m_existingTerms;
};

} // namespace todoku
