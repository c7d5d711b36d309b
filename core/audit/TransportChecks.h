// SPDX-License-Identifier: GPL-3.0-or-later
// The transport-security checks of a domain audit (MTA-STS, TLS-RPT, BIMI) as AuditChecks, so a front end
// plugs them into DomainAudit with addCheck() beside the built-in ones.
#pragma once

#include <memory>

#include "core/audit/DomainAudit.h"

namespace todoku::audit {

/** MTA-STS (RFC 8461): the _mta-sts record, the policy fetched over HTTPS, the MX hosts it covers. */
std::unique_ptr<AuditCheck> makeMtaStsCheck();
/** TLS-RPT (RFC 8460): the _smtp._tls record. */
std::unique_ptr<AuditCheck> makeTlsRptCheck();
/**
 * BIMI: the default._bimi record. It waits for the audit's dmarc item (AuditCheck::prerequisites) and
 * judges the DMARC policy found there (bimi.dmarc-not-enforced at p=none).
 */
std::unique_ptr<AuditCheck> makeBimiCheck();
/** Adds the three to `audit` (before its start()) for `domain` (ASCII), in the order mta-sts, tls-rpt, bimi.
 */
void addTransportChecks(DomainAudit& audit, const QString& domain);

} // namespace todoku::audit
