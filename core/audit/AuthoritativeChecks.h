// SPDX-License-Identifier: GPL-3.0-or-later
// "Why temperror?" in the domain check: the authoritative-server probe (core/dns AuthoritativeProbe) of the
// records that decide SPF, DMARC and DKIM, as AuditChecks a front end plugs in with addCheck().
#pragma once

#include <QHostAddress>
#include <QList>
#include <memory>
#include <utility>

#include "core/audit/DomainAudit.h"
#include "core/dns/DnsTypes.h"

namespace todoku::audit {

/** How the probe reaches the zone's servers: the port (53; tests use the fixture's) and address maps. */
struct AuthoritativeCheckOptions
{
    quint16 port = 53;
    /** Ask `second` whenever a name server's address is `first` (see AuthoritativeProbe::mapServer). */
    QList<std::pair<QHostAddress, DnsServer>> map;
};

/**
 * Asks every authoritative server of `name`'s zone for its TXT records over UDP and TCP; the item's findings
 * are the probe's dns.* ones, its extra JSON the zone, its NS set and what each server said
 * ({"zone", "nameServers", "servers": [{"host", "address", "udp", "tcp", "says"}]}). With a `fallback`
 * (a DMARC record name), when every server agrees `name` has no DMARC record, the fallback is probed too,
 * its findings and queries added and its servers in extra "organizationalDomain" ({"name", "zone", …}).
 */
std::unique_ptr<AuditCheck> makeAuthoritativeCheck(const QString& name,
                                                   const AuthoritativeCheckOptions& options = {},
                                                   const QString& fallback = {});

/**
 * Adds one "authns" item each (before the audit's start()) for the names that matter for `domain` (ASCII):
 * its SPF record (the domain), its DMARC record (_dmarc.<domain>; for a subdomain without one, the
 * organisational domain's, which receivers then use) and each given DKIM selector's key
 * (<selector>._domainkey.<domain>), in that order; the item's subject is the name probed first.
 */
void addAuthoritativeChecks(DomainAudit& audit,
                            const QString& domain,
                            const QStringList& selectors,
                            const AuthoritativeCheckOptions& options = {});

} // namespace todoku::audit
