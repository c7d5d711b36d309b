// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcDiscovery: finds the DMARC policy record for a domain, by RFC 7489 (PSL) and RFC 9989 (tree walk).
#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <optional>

#include "core/diagnosis/Finding.h"
#include "core/dmarc/DmarcRecord.h"
#include "core/dns/DnsRecord.h"

namespace todoku {

class DnsQuery;
class DnsResolver;
class PublicSuffixList;

/** How the policy record and organisational domains are found. */
enum class DmarcDiscoveryMethod
{
    Rfc7489, ///< _dmarc.<author>, then _dmarc.<organisational domain from the Public Suffix List>
    Rfc9989, ///< the DNS tree walk of DMARCbis (RFC 9989 §4.10), psd= decides organisational domains
};

/** What one _dmarc.<domain> name held, or what a discovery concluded. */
enum class DmarcRecordStatus
{
    Found,     ///< exactly one usable DMARC record
    NoRecord,  ///< NXDOMAIN, NODATA, or only TXT records that are not DMARC
    Multiple,  ///< more than one v=DMARC1 record: no policy (RFC 7489 §6.6.3)
    Invalid,   ///< one v=DMARC1 record that cannot be used (syntax error, or neither p= nor rua=)
    TempError, ///< the query failed (SERVFAIL, timeout, …)
};

/** The facts about one _dmarc.<domain> query. */
struct DmarcLookup
{
    QString domain; ///< the domain the record is for, without "_dmarc."
    DnsOutcome outcome = DnsOutcome::NxDomain;
    QStringList dmarcTexts; ///< TXT records that start with v=DMARC1
    QStringList otherTexts; ///< other TXT records, discarded
    DmarcRecordStatus status = DmarcRecordStatus::NoRecord;
    std::optional<DmarcRecord> record; ///< status Found, or Invalid with a parsable record
    std::optional<Error> error;        ///< status Invalid: the parse error, if that was the reason
};

/** One method's answer: which record governs the domain. */
struct DmarcPolicyAnswer
{
    DmarcDiscoveryMethod method = DmarcDiscoveryMethod::Rfc7489;
    DmarcRecordStatus status = DmarcRecordStatus::NoRecord;
    std::optional<DmarcRecord> record;
    QString recordDomain;         ///< whose _dmarc held the record (empty if none)
    QString organizationalDomain; ///< the author domain's organisational domain by this method
    QStringList consulted;        ///< domains whose _dmarc this method looked at, in order
    QString foundAt() const
    {
        return recordDomain.isEmpty() ? QString() : QString(u"_dmarc." + recordDomain);
    }
    bool sameAs(const DmarcPolicyAnswer& other) const
    {
        // Organisational domains only matter (for alignment) when both found a record.
        return status == other.status && recordDomain == other.recordDomain
               && (status != DmarcRecordStatus::Found || organizationalDomain == other.organizationalDomain);
    }
};

/** A rua/ruf destination outside the record's organisational domain and what its _report._dmarc said. */
struct DmarcReportAuthorization
{
    QString tag;       ///< "rua" or "ruf"
    QString uri;       ///< as written
    QString queryName; ///< <domain>._report._dmarc.<destination>
    DnsOutcome outcome = DnsOutcome::NxDomain;
    bool authorized = false;
};

/** Everything discovery found, with the queries it made. */
struct DmarcDiscoveryResult
{
    QString domain;                   ///< the author (RFC5322.From) domain, ACE
    DmarcPolicyAnswer rfc7489;        ///< RFC 7489 with the Public Suffix List
    DmarcPolicyAnswer treeWalk;       ///< RFC 9989 tree walk
    std::optional<bool> domainExists; ///< from an A query: false on NXDOMAIN (RFC 9989 np=)
    /** By domain. A map, not a hash: there are one to three, and a hash's first block of slots for
     * these ~500-byte values was 23 KB per domain check. */
    QMap<QString, DmarcLookup> lookups;
    QList<DmarcReportAuthorization> reportAuthorizations;
    QList<DnsAnswer> queries; ///< every DNS answer, in the order they arrived
    QList<Finding> findings;

    bool methodsDiffer() const { return !rfc7489.sameAs(treeWalk); }
    /**
     * The policy RFC 7489 asks for mail from `domain`: p= of its own record, sp= (else p=) of the
     * organisational domain's; nothing without a usable record.
     */
    std::optional<DmarcPolicy> requestedPolicy() const
    {
        if (rfc7489.status != DmarcRecordStatus::Found || !rfc7489.record) {
            return std::nullopt;
        }
        return rfc7489.recordDomain == domain ? rfc7489.record->domainPolicy()
                                              : rfc7489.record->effectiveSubdomainPolicy();
    }
    const DmarcPolicyAnswer& answer(DmarcDiscoveryMethod method) const
    {
        return method == DmarcDiscoveryMethod::Rfc7489 ? rfc7489 : treeWalk;
    }
};

namespace dmarc {

QString statusName(DmarcRecordStatus status);

/** Classifies one _dmarc answer (RFC 7489 §6.6.3 steps 1–5). */
DmarcLookup classifyLookup(const QString& domain, const DnsAnswer& answer);

/**
 * RFC 9989 §4.10: the domains whose _dmarc a tree walk from `domain` asks, longest first: the domain,
 * then (over 8 labels) its last 7 labels, then one label fewer each step down to the TLD.
 */
QStringList treeWalkDomains(const QString& domain);

/** The domains discovery needs for a method: tree walk, or author + PSL organisational domain. */
QStringList domainsToQuery(const QString& domain, DmarcDiscoveryMethod method, const PublicSuffixList& psl);

/**
 * The organisational domain of `domain`. RFC 7489: the PSL. RFC 9989: the tree walk over `lookups`
 * (psd=n stops at that domain, psd=y makes the domain one label below it, else the shortest domain with a
 * record; without records the domain itself). Domains missing from lookups count as having no record.
 */
QString organizationalDomain(const QString& domain,
                             DmarcDiscoveryMethod method,
                             const QMap<QString, DmarcLookup>& lookups,
                             const PublicSuffixList& psl);

/** Which record governs `domain`, from answers already fetched. */
DmarcPolicyAnswer discoverPolicy(const QString& domain,
                                 DmarcDiscoveryMethod method,
                                 const QMap<QString, DmarcLookup>& lookups,
                                 const PublicSuffixList& psl);

/** Findings about a discovery: dmarc.none/multiple/invalid/temperror, the record's lint, tree-walk notes. */
QList<Finding> discoveryFindings(const DmarcDiscoveryResult& result);

} // namespace dmarc

/**
 * Fetches the _dmarc records a domain's policy depends on (the RFC 7489 pair at once, the RFC 9989 walks one
 * step per round, stopping where the RFC stops), then decides by both methods and
 * checks external report destinations (RFC 7489 §7.1). Emits finished() once, always from the event loop.
 * `extraDomains` (e.g. DKIM and SPF identifiers) get their tree walks fetched too, so an evaluation can
 * compute their RFC 9989 organisational domains.
 */
class DmarcDiscovery : public QObject
{
    Q_OBJECT
public:
    DmarcDiscovery(DnsResolver* resolver, const PublicSuffixList* psl, QObject* parent = nullptr);
    ~DmarcDiscovery() override;

    /** `domain` must be ASCII (dns::toAce). */
    void start(const QString& domain, const QStringList& extraDomains = {});
    bool isFinished() const { return m_finished; }
    const DmarcDiscoveryResult& result() const { return m_result; }

signals:
    void finished();

private:
    /** The _dmarc names still needed given the answers so far (RFC 7489 set, RFC 9989 walks). */
    QStringList neededDomains() const;
    void startBatch();
    void onQueryFinished(const DnsAnswer& answer, const QString& domain, int kind);
    void startReportChecks();
    void finish();

    QPointer<DnsResolver> m_resolver;
    const PublicSuffixList* m_psl;
    DmarcDiscoveryResult m_result;
    QStringList m_extraDomains;
    QSet<QString> m_asked;
    int m_pending = 0;
    bool m_reportPhase = false;
    bool m_finished = false;
};

} // namespace todoku
