// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in checks of DomainAudit (mx, ptr, helo, spf, dmarc, dkim, dnsbl), one AuditCheck each.
#pragma once

#include <QHostAddress>
#include <memory>

#include "core/audit/DomainAudit.h"

namespace todoku::audit {

std::unique_ptr<AuditCheck> makeMxCheck();
std::unique_ptr<AuditCheck> makePtrCheck(const QHostAddress& ip);
std::unique_ptr<AuditCheck> makeHeloCheck(const QString& helo);
/** The domain's SPF record lint (include tree, lookup count). */
std::unique_ptr<AuditCheck> makeSpfLintCheck();
/** check_host() for one IP with MAIL FROM postmaster@<domain>. */
std::unique_ptr<AuditCheck> makeSpfIpCheck(const QHostAddress& ip);
std::unique_ptr<AuditCheck> makeDmarcCheck(const PublicSuffixList* psl);
std::unique_ptr<AuditCheck> makeDkimCheck();
std::unique_ptr<AuditCheck> makeDnsblCheck();

/** Gmail's sender requirements from the other items of `report` (pure; no DNS). */
AuditItem gmailRequirements(const AuditReport& report);

} // namespace todoku::audit
