// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcEvaluation: identifier alignment and the policy that applies to one message (RFC 7489 §3.1, §6.6).
#pragma once

#include <QList>
#include <QString>
#include <optional>

#include "core/diagnosis/Finding.h"
#include "core/dmarc/DmarcDiscovery.h"
#include "core/dmarc/DmarcRecord.h"

namespace todoku {

class PublicSuffixList;

/** An authenticated identifier: an SPF-checked domain or a DKIM d= domain, with its RFC 8601 result. */
struct DmarcIdentifier
{
    QString domain; ///< ASCII
    QString result; ///< "pass", "fail", "softfail", "temperror", …; only "pass" can align
    bool passed() const { return result.compare(QLatin1String("pass"), Qt::CaseInsensitive) == 0; }
};

/** What the message offered: its From domain and the outcome of SPF and DKIM. */
struct DmarcEvaluationInput
{
    QString fromDomain;          ///< RFC5322.From domain, ASCII
    QList<DmarcIdentifier> spf;  ///< normally one: the MAIL FROM (or HELO) domain
    QList<DmarcIdentifier> dkim; ///< one per DKIM signature
};

enum class DmarcResult
{
    None,
    Pass,
    Fail,
    TempError,
    PermError,
};

/** The DMARC verdict for one message, with why. */
struct DmarcEvaluation
{
    DmarcResult result = DmarcResult::None;
    DmarcDiscoveryMethod method = DmarcDiscoveryMethod::Rfc7489;
    QString fromDomain;
    QString organizationalDomain;
    QString recordDomain;
    std::optional<DmarcRecord> record;
    std::optional<DmarcPolicy> requestedPolicy; ///< p, sp or np as the record asks for this domain
    QString policyTag;                          ///< "p", "sp" or "np"
    std::optional<DmarcPolicy> appliedPolicy;   ///< after t=y (RFC 9989) lowered it one step
    int percent = 100;                          ///< pct= (RFC 7489 only)
    DmarcAlignmentMode dkimMode = DmarcAlignmentMode::Relaxed;
    DmarcAlignmentMode spfMode = DmarcAlignmentMode::Relaxed;
    bool dkimAligned = false;
    QString dkimAlignedDomain;
    QString dkimAlignedOrganizationalDomain; ///< what relaxed alignment compared
    bool spfAligned = false;
    QString spfAlignedDomain;
    QString spfAlignedOrganizationalDomain;
    QList<Finding> findings;
};

namespace dmarc {

QString resultName(DmarcResult result);

/** True if `identifier` aligns with `from` under the mode, given both organisational domains. */
bool isAligned(const QString& identifier,
               const QString& identifierOrg,
               const QString& from,
               const QString& fromOrg,
               DmarcAlignmentMode mode);

/**
 * Evaluates a message against a finished discovery for its From domain. Organisational domains of the
 * identifiers come from the PSL (RFC 7489) or from the discovery's lookups (RFC 9989; pass the identifiers
 * as DmarcDiscovery's extraDomains). Findings: dmarc.pass, dmarc.fail, dmarc.misaligned.spf,
 * dmarc.misaligned.dkim, dmarc.none, dmarc.temperror.
 */
DmarcEvaluation evaluate(const DmarcEvaluationInput& input,
                         const DmarcDiscoveryResult& discovery,
                         DmarcDiscoveryMethod method,
                         const PublicSuffixList& psl);

} // namespace dmarc
} // namespace todoku
