// SPDX-License-Identifier: GPL-3.0-or-later
// BimiCheck: presence and syntax of a domain's BIMI record, `default._bimi.<domain>` (draft-brand-
// indicators-for-message-identification), and whether its DMARC policy lets a logo be shown.
#pragma once

#include <QObject>
#include <QPointer>
#include <optional>

#include "core/diagnosis/Finding.h"
#include "core/dmarc/DmarcRecord.h"
#include "core/dns/DnsRecord.h"

namespace todoku {

class DnsResolver;

/** A parsed `v=BIMI1; l=…; a=…` record. */
struct BimiRecord
{
    QString logo; ///< l=: https URL of the SVG logo; empty = the domain declines BIMI
    bool hasLogoTag = false;
    QString authority; ///< a=: https URL of the mark certificate (VMC/CMC) PEM; may be empty
    bool hasAuthorityTag = false;
    QString fault; ///< empty when valid; else the part that breaks the syntax
    bool isValid() const { return fault.isEmpty(); }
};

struct BimiReport
{
    QString domain;
    DnsOutcome outcome = DnsOutcome::NxDomain; ///< of the TXT query
    QStringList records;                       ///< TXT texts beginning with v=BIMI1
    BimiRecord record;
    std::optional<DmarcPolicy> dmarcPolicy; ///< as the caller passed it
    bool dmarcMissing = false;              ///< the caller found no usable DMARC record
    QList<DnsAnswer> queries;
    /** bimi.none, .temperror, .multiple-records, .syntax, .declined, .logo-not-svg, .no-authority,
     * .dmarc-not-enforced, .dmarc-missing, .ok */
    QList<Finding> findings;
};

namespace bimi {

bool isBimiRecord(const QByteArray& text);
/** v=BIMI1 first; l= and a= at most once each, empty or one https: URL; other tags ignored. */
BimiRecord parseRecord(const QByteArray& text);

} // namespace bimi

/** Looks up default._bimi.<domain>. One check per object; emits finished() once, from the event loop. */
class BimiCheck : public QObject
{
    Q_OBJECT

public:
    explicit BimiCheck(DnsResolver* resolver, QObject* parent = nullptr);

    /** The domain's DMARC policy, if known: BIMI is shown only at quarantine or reject (info otherwise). */
    void setDmarcPolicy(std::optional<DmarcPolicy> policy) { m_dmarcPolicy = policy; }
    /** The domain has no usable DMARC record (none, several, or invalid): no logo can be shown. */
    void setDmarcMissing(bool missing) { m_dmarcMissing = missing; }
    /** `domain`: ASCII, no trailing dot. */
    void check(const QString& domain);
    const BimiReport& report() const { return m_report; }

signals:
    void finished();

private:
    void finish();

    QPointer<DnsResolver> m_resolver;
    std::optional<DmarcPolicy> m_dmarcPolicy;
    bool m_dmarcMissing = false;
    BimiReport m_report;
};

} // namespace todoku
