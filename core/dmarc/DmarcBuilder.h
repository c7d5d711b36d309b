// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcBuilder: composes DMARC record text and a staged rollout (none → quarantine → reject).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"
#include "core/dmarc/DmarcRecord.h"

namespace todoku {

/** One step of a rollout: the record to publish, why, and how long to watch the reports before the next. */
struct DmarcRolloutStep
{
    DmarcPolicy policy = DmarcPolicy::None;
    int percent = 100;
    QString record;          ///< the TXT value
    ProposedRecord proposed; ///< _dmarc.<domain>. TXT, purpose "dmarc"
    QString title;           ///< translated
    QString explanation;     ///< translated: what receivers do and what to check before the next step
    int minimumDays = 0;     ///< how long to stay on this step at least; 0 for the last
};

/**
 * Builds DMARC records from choices. Values are validated when set (domain to ACE, rua/ruf as mailto:
 * addresses); build() writes tags in the conventional order: v, p, sp, np, adkim, aspf, pct, t, rua, ruf,
 * fo. The rollout uses pct (RFC 7489) for the partial step, which RFC 9989 receivers ignore; the step's
 * explanation says so.
 */
class DmarcBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DmarcBuilder)

public:
    /** The domain the record is for; Unicode accepted. Fails on an invalid name. */
    Result<QString> setDomain(const QString& domain);
    const QString& domain() const { return m_domain; }
    /** Adds an aggregate-report address ("dmarc@example.jp" or "mailto:…"). Fails on an invalid address. */
    Result<QString> addAggregateReport(const QString& address);
    Result<QString> addFailureReport(const QString& address);
    void setPolicy(DmarcPolicy policy) { m_policy = policy; }
    void setSubdomainPolicy(std::optional<DmarcPolicy> policy) { m_subdomainPolicy = policy; }
    void setDkimAlignment(DmarcAlignmentMode mode) { m_dkimAlignment = mode; }
    void setSpfAlignment(DmarcAlignmentMode mode) { m_spfAlignment = mode; }
    /** pct= (RFC 7489); 100 leaves it out. */
    void setPercent(int percent) { m_percent = qBound(0, percent, 100); }
    void setTesting(bool testing) { m_testing = testing; }

    /** The TXT value for the current choices. */
    QString build() const;
    /** The record to publish, owner "_dmarc.<domain>.". */
    ProposedRecord proposedRecord() const;
    /** none (with reports) → quarantine pct=25 → quarantine → reject, keeping the other choices. */
    QList<DmarcRolloutStep> rolloutPlan() const;

private:
    Result<QString> toMailto(const QString& address) const;

    QString m_domain;
    QStringList m_rua;
    QStringList m_ruf;
    DmarcPolicy m_policy = DmarcPolicy::None;
    std::optional<DmarcPolicy> m_subdomainPolicy;
    DmarcAlignmentMode m_dkimAlignment = DmarcAlignmentMode::Relaxed;
    DmarcAlignmentMode m_spfAlignment = DmarcAlignmentMode::Relaxed;
    int m_percent = 100;
    bool m_testing = false;
};

} // namespace todoku
