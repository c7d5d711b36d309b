// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dmarc/DmarcEvaluation.h"

#include "core/dmarc/PublicSuffixList.h"

namespace todoku::dmarc {

namespace {

DmarcPolicy lowered(DmarcPolicy policy)
{
    return policy == DmarcPolicy::Reject ? DmarcPolicy::Quarantine : DmarcPolicy::None;
}

} // namespace

QString resultName(DmarcResult result)
{
    switch (result) {
    case DmarcResult::None:
        return QStringLiteral("none");
    case DmarcResult::Pass:
        return QStringLiteral("pass");
    case DmarcResult::Fail:
        return QStringLiteral("fail");
    case DmarcResult::TempError:
        return QStringLiteral("temperror");
    case DmarcResult::PermError:
        return QStringLiteral("permerror");
    }
    Q_UNREACHABLE();
}

bool isAligned(const QString& identifier,
               const QString& identifierOrg,
               const QString& from,
               const QString& fromOrg,
               DmarcAlignmentMode mode)
{
    if (identifier.isEmpty() || from.isEmpty()) {
        return false;
    }
    if (mode == DmarcAlignmentMode::Strict) {
        return identifier.compare(from, Qt::CaseInsensitive) == 0;
    }
    return identifierOrg.compare(fromOrg, Qt::CaseInsensitive) == 0;
}

DmarcEvaluation evaluate(const DmarcEvaluationInput& input,
                         const DmarcDiscoveryResult& discovery,
                         DmarcDiscoveryMethod method,
                         const PublicSuffixList& psl)
{
    DmarcEvaluation e;
    e.method = method;
    e.fromDomain = input.fromDomain.toLower();
    const DmarcPolicyAnswer& answer = discovery.answer(method);
    e.organizationalDomain = answer.organizationalDomain;
    e.recordDomain = answer.recordDomain;
    switch (answer.status) {
    case DmarcRecordStatus::TempError: {
        const QString failed = answer.consulted.value(answer.consulted.size() - 1);
        e.result = DmarcResult::TempError;
        e.findings.append(Finding::make(
            QStringLiteral("dmarc.temperror"),
            Severity::Warning,
            {QString(u"_dmarc." + failed), dns::outcomeName(discovery.lookups.value(failed).outcome)}));
        return e;
    }
    case DmarcRecordStatus::NoRecord:
    case DmarcRecordStatus::Multiple:
    case DmarcRecordStatus::Invalid:
        e.result = DmarcResult::None;
        e.findings.append(Finding::make(
            QStringLiteral("dmarc.none"), Severity::Error, {e.fromDomain, answer.organizationalDomain}));
        return e;
    case DmarcRecordStatus::Found:
        break;
    }
    const DmarcRecord& record = *answer.record;
    e.record = record;
    e.dkimMode = record.dkimAlignment;
    e.spfMode = record.spfAlignment;
    if (method == DmarcDiscoveryMethod::Rfc7489) {
        e.percent = record.percent;
    }

    // Which policy: p for the domain that published it, sp (or RFC 9989 np) for names below it.
    if (e.recordDomain == e.fromDomain) {
        e.requestedPolicy = record.domainPolicy();
        e.policyTag = QStringLiteral("p");
    } else if (method == DmarcDiscoveryMethod::Rfc9989 && discovery.domainExists == false
               && (record.nonexistentPolicy || record.subdomainPolicy || record.policy)) {
        e.requestedPolicy = record.effectiveNonexistentPolicy();
        e.policyTag = record.nonexistentPolicy ? QStringLiteral("np")
                      : record.subdomainPolicy ? QStringLiteral("sp")
                                               : QStringLiteral("p");
    } else {
        e.requestedPolicy = record.effectiveSubdomainPolicy();
        e.policyTag = record.subdomainPolicy ? QStringLiteral("sp") : QStringLiteral("p");
    }
    e.appliedPolicy = e.requestedPolicy;
    if (method == DmarcDiscoveryMethod::Rfc9989 && record.testing && e.appliedPolicy != DmarcPolicy::None) {
        e.appliedPolicy = lowered(*e.appliedPolicy);
    }

    auto orgOf = [&](const QString& domain) {
        return organizationalDomain(domain.toLower(), method, discovery.lookups, psl);
    };
    const QString fromOrg = e.organizationalDomain.isEmpty() ? orgOf(e.fromDomain) : e.organizationalDomain;
    for (const DmarcIdentifier& id : input.dkim) {
        if (id.passed()
            && isAligned(id.domain.toLower(), orgOf(id.domain), e.fromDomain, fromOrg, e.dkimMode)) {
            e.dkimAligned = true;
            e.dkimAlignedDomain = id.domain.toLower();
            e.dkimAlignedOrganizationalDomain = orgOf(id.domain);
            break;
        }
    }
    for (const DmarcIdentifier& id : input.spf) {
        if (id.passed()
            && isAligned(id.domain.toLower(), orgOf(id.domain), e.fromDomain, fromOrg, e.spfMode)) {
            e.spfAligned = true;
            e.spfAlignedDomain = id.domain.toLower();
            e.spfAlignedOrganizationalDomain = orgOf(id.domain);
            break;
        }
    }
    const QString mode = [](DmarcAlignmentMode m) {
        return m == DmarcAlignmentMode::Strict ? QStringLiteral("strict") : QStringLiteral("relaxed");
    }(e.dkimMode);
    if (!e.dkimAligned) {
        for (const DmarcIdentifier& id : input.dkim) {
            if (id.passed()) {
                e.findings.append(Finding::make(QStringLiteral("dmarc.misaligned.dkim"),
                                                Severity::Warning,
                                                {id.domain, e.fromDomain, mode}));
            }
        }
    }
    if (!e.spfAligned) {
        const QString spfMode =
            e.spfMode == DmarcAlignmentMode::Strict ? QStringLiteral("strict") : QStringLiteral("relaxed");
        for (const DmarcIdentifier& id : input.spf) {
            if (id.passed()) {
                e.findings.append(Finding::make(QStringLiteral("dmarc.misaligned.spf"),
                                                Severity::Warning,
                                                {id.domain, e.fromDomain, spfMode}));
            }
        }
    }
    const QString policy = policyName(*e.appliedPolicy);
    if (e.dkimAligned || e.spfAligned) {
        e.result = DmarcResult::Pass;
        e.findings.prepend(Finding::make(QStringLiteral("dmarc.pass"),
                                         Severity::Ok,
                                         {e.fromDomain,
                                          e.dkimAligned ? e.dkimAlignedDomain : e.spfAlignedDomain,
                                          e.dkimAligned ? QStringLiteral("dkim") : QStringLiteral("spf")}));
    } else {
        e.result = DmarcResult::Fail;
        e.findings.prepend(
            Finding::make(QStringLiteral("dmarc.fail"),
                          *e.appliedPolicy == DmarcPolicy::None ? Severity::Warning : Severity::Error,
                          {e.fromDomain, policy, e.policyTag}));
    }
    return e;
}

} // namespace todoku::dmarc
