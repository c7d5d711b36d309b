// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcRecord: a parsed DMARC policy record (RFC 7489 §6.3, RFC 9989), with the problems found in it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/common/Result.h"
#include "core/diagnosis/Finding.h"

namespace todoku {

/** The policies a domain owner can request (RFC 7489 §6.3 p=). Ordered: a higher value is stricter. */
enum class DmarcPolicy
{
    None,
    Quarantine,
    Reject,
};

/** Identifier alignment mode (RFC 7489 §3.1). */
enum class DmarcAlignmentMode
{
    Relaxed,
    Strict,
};

/** One reporting URI of rua= or ruf= (RFC 7489 §6.2): "mailto:dmarc@example.jp!10m". */
struct DmarcUri
{
    QString text;         ///< the URI as written, size suffix included
    QString uri;          ///< without the size suffix
    QString scheme;       ///< lower-case, e.g. "mailto"
    QString address;      ///< mailto: the address, percent-decoded
    QString domain;       ///< mailto: the domain part of the address, lower-case ACE
    quint64 maxBytes = 0; ///< the !size limit in bytes; 0 when absent
    friend bool operator==(const DmarcUri&, const DmarcUri&) = default;
};

/** A tag whose value could not be used; receivers fall back to the default. */
struct DmarcRecordProblem
{
    QString tag;
    QString value;
    int position = -1; ///< 0-based offset of the value in the record text
    friend bool operator==(const DmarcRecordProblem&, const DmarcRecordProblem&) = default;
};

/** A DMARC record as published. Absent tags keep their RFC defaults; the has*() accessors tell them apart. */
struct DmarcRecord
{
    QString text;                                 ///< the record as parsed (TXT strings joined)
    QStringList tagOrder;                         ///< tag names in the order written, lower-case
    std::optional<DmarcPolicy> policy;            ///< p=; absent or invalid: unset
    std::optional<DmarcPolicy> subdomainPolicy;   ///< sp=
    std::optional<DmarcPolicy> nonexistentPolicy; ///< np= (RFC 9989)
    std::optional<bool> publicSuffixDomain;       ///< psd=y/n (RFC 9989); u or absent: unset
    bool testing = false;                         ///< t=y (RFC 9989)
    DmarcAlignmentMode dkimAlignment = DmarcAlignmentMode::Relaxed;
    DmarcAlignmentMode spfAlignment = DmarcAlignmentMode::Relaxed;
    QList<DmarcUri> aggregateReports;                ///< rua=
    QList<DmarcUri> failureReports;                  ///< ruf=
    QStringList failureOptions{QStringLiteral("0")}; ///< fo=
    int percent = 100;                               ///< pct= (RFC 7489 only; removed by RFC 9989)
    QString reportFormat = QStringLiteral("afrf");   ///< rf= (removed by RFC 9989)
    quint32 reportInterval = 86400;                  ///< ri= (removed by RFC 9989)
    QStringList unknownTags;                         ///< ignored, as RFC 7489 §6.3 requires
    QStringList removedTags;                         ///< pct, rf, ri as written
    QStringList duplicateTags;                       ///< written more than once; the first counts
    QList<DmarcRecordProblem> problems;              ///< invalid values

    bool hasTag(const QString& tag) const { return tagOrder.contains(tag); }
    /** Usable for policy: a valid p=, or a valid rua= that makes it act as p=none (RFC 7489 §6.6.3). */
    bool isUsable() const { return policy.has_value() || !aggregateReports.isEmpty(); }
    /** p=, or none when p= is missing or invalid. */
    DmarcPolicy domainPolicy() const { return policy.value_or(DmarcPolicy::None); }
    /** sp=, else p=. */
    DmarcPolicy effectiveSubdomainPolicy() const { return subdomainPolicy.value_or(domainPolicy()); }
    /** np=, else sp=, else p= (RFC 9989). */
    DmarcPolicy effectiveNonexistentPolicy() const
    {
        return nonexistentPolicy.value_or(effectiveSubdomainPolicy());
    }
};

namespace dmarc {

/** "none", "quarantine", "reject": the JSON and record spelling. */
QString policyName(DmarcPolicy policy);
std::optional<DmarcPolicy> parsePolicy(const QString& text);

/**
 * True if the TXT text is meant as a DMARC record: it starts with a v tag whose value is exactly
 * "DMARC1" (RFC 7489 §6.6.3: other records are discarded). Whitespace around '=' is allowed.
 */
bool isDmarcRecord(const QString& text);

/**
 * Parses a DMARC record. Fails (ErrorCode::Syntax with the position) when the record does not begin with
 * v=DMARC1 or a tag-spec is malformed. Invalid values of known tags do not fail: they land in problems
 * and the tag keeps its default, as receivers do.
 */
Result<DmarcRecord> parseRecord(const QString& text);

/** Parses one rua/ruf URI with its optional !size suffix (k, m, g, t units). */
Result<DmarcUri> parseUri(const QString& text);

/**
 * Findings about a record as published, independent of any message: dmarc.policy-none, dmarc.no-rua,
 * dmarc.syntax (per invalid value), dmarc.removed-tag, dmarc.pct-partial, dmarc.no-policy-tag,
 * dmarc.unknown-tag, dmarc.duplicate-tag, dmarc.testing, dmarc.sp-weaker.
 */
QList<Finding> lintRecord(const DmarcRecord& record);

} // namespace dmarc
} // namespace todoku
