// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dmarc/DmarcDiscovery.h"

#include <QSet>

#include "core/common/ErrorText.h"
#include "core/dmarc/PublicSuffixList.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"

namespace todoku {
namespace dmarc {

namespace {

constexpr int MaxWalkLabels = 8;

QString suffixOf(const QStringList& labels, qsizetype count)
{
    return labels.mid(labels.size() - count).join(u'.');
}

bool isTempFailure(DnsOutcome outcome)
{
    return outcome != DnsOutcome::Answer && outcome != DnsOutcome::NxDomain && outcome != DnsOutcome::NoData;
}

bool stopsDiscovery(DmarcRecordStatus status)
{
    return status != DmarcRecordStatus::NoRecord;
}

DmarcLookup lookupFor(const QString& domain, const QMap<QString, DmarcLookup>& lookups)
{
    if (auto it = lookups.constFind(domain); it != lookups.constEnd()) {
        return *it;
    }
    DmarcLookup none;
    none.domain = domain;
    return none;
}

void takeLookup(DmarcPolicyAnswer& answer, const DmarcLookup& lookup)
{
    answer.status = lookup.status;
    if (lookup.status == DmarcRecordStatus::Found || lookup.status == DmarcRecordStatus::Invalid
        || lookup.status == DmarcRecordStatus::Multiple) {
        answer.recordDomain = lookup.domain;
        answer.record = lookup.record;
    }
}

} // namespace

QString statusName(DmarcRecordStatus status)
{
    switch (status) {
    case DmarcRecordStatus::Found:
        return QStringLiteral("found");
    case DmarcRecordStatus::NoRecord:
        return QStringLiteral("none");
    case DmarcRecordStatus::Multiple:
        return QStringLiteral("multiple");
    case DmarcRecordStatus::Invalid:
        return QStringLiteral("invalid");
    case DmarcRecordStatus::TempError:
        return QStringLiteral("temperror");
    }
    Q_UNREACHABLE();
}

DmarcLookup classifyLookup(const QString& domain, const DnsAnswer& answer)
{
    DmarcLookup lookup;
    lookup.domain = domain;
    lookup.outcome = answer.outcome;
    if (isTempFailure(answer.outcome)) {
        lookup.status = DmarcRecordStatus::TempError;
        return lookup;
    }
    for (const QByteArray& bytes : answer.texts()) {
        const QString text = QString::fromUtf8(bytes);
        (isDmarcRecord(text) ? lookup.dmarcTexts : lookup.otherTexts).append(text);
    }
    if (lookup.dmarcTexts.isEmpty()) {
        lookup.status = DmarcRecordStatus::NoRecord;
    } else if (lookup.dmarcTexts.size() > 1) {
        lookup.status = DmarcRecordStatus::Multiple;
    } else {
        auto parsed = parseRecord(lookup.dmarcTexts.first());
        if (!parsed) {
            lookup.status = DmarcRecordStatus::Invalid;
            lookup.error = parsed.error();
        } else {
            lookup.record = parsed.value();
            lookup.status = parsed.value().isUsable() ? DmarcRecordStatus::Found : DmarcRecordStatus::Invalid;
        }
    }
    return lookup;
}

QStringList treeWalkDomains(const QString& domain)
{
    QStringList result{domain};
    const QStringList labels = domain.split(u'.');
    qsizetype count = labels.size() > MaxWalkLabels ? MaxWalkLabels - 1 : labels.size() - 1;
    for (; count >= 1; --count) {
        result.append(suffixOf(labels, count));
    }
    return result;
}

QStringList domainsToQuery(const QString& domain, DmarcDiscoveryMethod method, const PublicSuffixList& psl)
{
    if (method == DmarcDiscoveryMethod::Rfc9989) {
        return treeWalkDomains(domain);
    }
    QStringList result{domain};
    const QString org = psl.organizationalDomain(domain);
    if (org != domain) {
        result.append(org);
    }
    return result;
}

QString organizationalDomain(const QString& domain,
                             DmarcDiscoveryMethod method,
                             const QMap<QString, DmarcLookup>& lookups,
                             const PublicSuffixList& psl)
{
    if (method == DmarcDiscoveryMethod::Rfc7489) {
        return psl.organizationalDomain(domain);
    }
    const QStringList labels = domain.split(u'.');
    QString shortest;
    for (const QString& candidate : treeWalkDomains(domain)) {
        const DmarcLookup lookup = lookupFor(candidate, lookups);
        if (lookup.status != DmarcRecordStatus::Found || !lookup.record) {
            continue;
        }
        if (lookup.record->publicSuffixDomain == false) {
            return candidate;
        }
        if (lookup.record->publicSuffixDomain == true) {
            if (candidate == domain) {
                return domain;
            }
            return suffixOf(labels, candidate.count(u'.') + 2);
        }
        shortest = candidate;
    }
    return shortest.isEmpty() ? domain : shortest;
}

DmarcPolicyAnswer discoverPolicy(const QString& domain,
                                 DmarcDiscoveryMethod method,
                                 const QMap<QString, DmarcLookup>& lookups,
                                 const PublicSuffixList& psl)
{
    DmarcPolicyAnswer answer;
    answer.method = method;
    answer.organizationalDomain = organizationalDomain(domain, method, lookups, psl);
    const QStringList domains = method == DmarcDiscoveryMethod::Rfc9989
                                    ? treeWalkDomains(domain)
                                    : QStringList{domain, answer.organizationalDomain};
    for (const QString& candidate : domains) {
        if (answer.consulted.contains(candidate)) {
            continue;
        }
        answer.consulted.append(candidate);
        const DmarcLookup lookup = lookupFor(candidate, lookups);
        if (stopsDiscovery(lookup.status)) {
            takeLookup(answer, lookup);
            return answer;
        }
    }
    answer.status = DmarcRecordStatus::NoRecord;
    return answer;
}

QList<Finding> discoveryFindings(const DmarcDiscoveryResult& result)
{
    QList<Finding> findings;
    const DmarcPolicyAnswer& a = result.rfc7489;
    const QString foundAt = a.foundAt();
    const DmarcLookup lookup = lookupFor(a.recordDomain, result.lookups);
    auto dnsEvidence = [&](Finding f) {
        const QString name = a.recordDomain.isEmpty() ? QString(u"_dmarc." + result.domain) : foundAt;
        for (const QString& t : lookup.dmarcTexts) {
            f.withEvidence(Evidence::dns(name, QStringLiteral("TXT"), t));
        }
        return f;
    };
    switch (a.status) {
    case DmarcRecordStatus::NoRecord:
        findings.append(Finding::make(
            QStringLiteral("dmarc.none"), Severity::Error, {result.domain, a.organizationalDomain}));
        break;
    case DmarcRecordStatus::Multiple:
        findings.append(dnsEvidence(Finding::make(QStringLiteral("dmarc.multiple"),
                                                  Severity::Error,
                                                  {foundAt, QString::number(lookup.dmarcTexts.size())})));
        break;
    case DmarcRecordStatus::Invalid:
        if (lookup.error) {
            findings.append(dnsEvidence(Finding::make(QStringLiteral("dmarc.invalid"),
                                                      Severity::Error,
                                                      QStringList{foundAt,
                                                                  ErrorText::detailCode(lookup.error->detail),
                                                                  QString::number(lookup.error->position + 1)}
                                                          + lookup.error->detailArgs)));
        } else {
            findings.append(
                dnsEvidence(Finding::make(QStringLiteral("dmarc.no-policy-tag"), Severity::Error)));
        }
        break;
    case DmarcRecordStatus::TempError:
        findings.append(Finding::make(
            QStringLiteral("dmarc.temperror"),
            Severity::Warning,
            {QString(u"_dmarc." + a.consulted.value(a.consulted.size() - 1)),
             dns::outcomeName(
                 lookupFor(a.consulted.value(a.consulted.size() - 1), result.lookups).outcome)}));
        break;
    case DmarcRecordStatus::Found:
        if (a.recordDomain != result.domain) {
            findings.append(Finding::make(
                QStringLiteral("dmarc.found-at-org"), Severity::Info, {result.domain, a.recordDomain}));
        }
        for (Finding f : lintRecord(*a.record)) {
            f.evidence = {Evidence::dns(foundAt, QStringLiteral("TXT"), a.record->text)};
            findings.append(f);
        }
        break;
    }
    if (result.methodsDiffer()) {
        const DmarcPolicyAnswer& t = result.treeWalk;
        findings.append(
            Finding::make(QStringLiteral("dmarc.tree-walk-differs"),
                          Severity::Info,
                          {a.foundAt(), a.organizationalDomain, t.foundAt(), t.organizationalDomain}));
    }
    for (const DmarcReportAuthorization& r : result.reportAuthorizations) {
        if (r.authorized) {
            continue;
        }
        if (isTempFailure(r.outcome)) {
            findings.append(Finding::make(QStringLiteral("dmarc.rua-check-failed"),
                                          Severity::Info,
                                          {r.tag, r.uri, r.queryName, dns::outcomeName(r.outcome)}));
        } else {
            findings.append(Finding::make(
                QStringLiteral("dmarc.rua-unauthorized"), Severity::Warning, {r.tag, r.uri, r.queryName}));
        }
    }
    return findings;
}

} // namespace dmarc

namespace {
enum QueryKind
{
    KindDmarc,
    KindExists,
    KindReport,
};
} // namespace

DmarcDiscovery::DmarcDiscovery(DnsResolver* resolver, const PublicSuffixList* psl, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_psl(psl)
{}

DmarcDiscovery::~DmarcDiscovery() = default;

void DmarcDiscovery::start(const QString& domain, const QStringList& extraDomains)
{
    m_result = DmarcDiscoveryResult{};
    m_result.domain = domain.toLower();
    m_extraDomains.clear();
    m_asked.clear();
    for (const QString& extra : extraDomains) {
        m_extraDomains.append(extra.toLower());
    }
    m_finished = false;
    m_reportPhase = false;
    m_pending = 1;
    m_resolver->ask(m_result.domain, DnsRecordType::A, this, [this](const DnsAnswer& a) {
        onQueryFinished(a, m_result.domain, KindExists);
    });
    startBatch();
}

QStringList DmarcDiscovery::neededDomains() const
{
    QStringList needed;
    auto need = [&](const QString& d) {
        if (!d.isEmpty() && !needed.contains(d) && !m_result.lookups.contains(d) && !m_asked.contains(d)) {
            needed.append(d);
        }
    };
    // RFC 7489: the author domain and its PSL organisational domain, at once.
    for (const QString& d : dmarc::domainsToQuery(m_result.domain, DmarcDiscoveryMethod::Rfc7489, *m_psl)) {
        need(d);
    }
    // RFC 9989 policy walk: one step at a time, stopping at the first name with a record (or an error).
    for (const QString& d : dmarc::treeWalkDomains(m_result.domain)) {
        const auto it = m_result.lookups.constFind(d);
        if (it == m_result.lookups.constEnd()) {
            need(d);
            break;
        }
        if (it->status != DmarcRecordStatus::NoRecord) {
            break;
        }
    }
    // RFC 9989 organisational-domain walks, needed only to align identifiers: up to a psd= record.
    if (!m_extraDomains.isEmpty()) {
        for (const QString& start : QStringList{m_result.domain} + m_extraDomains) {
            for (const QString& d : dmarc::treeWalkDomains(start)) {
                const auto it = m_result.lookups.constFind(d);
                if (it == m_result.lookups.constEnd()) {
                    need(d);
                    break;
                }
                if (it->status == DmarcRecordStatus::Found && it->record && it->record->publicSuffixDomain) {
                    break;
                }
            }
        }
    }
    return needed;
}

void DmarcDiscovery::startBatch()
{
    const QStringList domains = neededDomains();
    m_pending += int(domains.size());
    for (const QString& d : domains) {
        m_asked.insert(d);
        m_resolver->ask(QString(u"_dmarc." + d), DnsRecordType::TXT, this, [this, d](const DnsAnswer& a) {
            onQueryFinished(a, d, KindDmarc);
        });
    }
}

void DmarcDiscovery::onQueryFinished(const DnsAnswer& answer, const QString& domain, int kind)
{
    m_result.queries.append(answer);
    if (kind == KindDmarc) {
        m_result.lookups.insert(domain, dmarc::classifyLookup(domain, answer));
    } else if (kind == KindExists) {
        if (answer.outcome == DnsOutcome::NxDomain) {
            m_result.domainExists = false;
        } else if (dns::isDefinite(answer.outcome)) {
            m_result.domainExists = true;
        }
    } else {
        for (DmarcReportAuthorization& r : m_result.reportAuthorizations) {
            if (r.queryName == answer.name) {
                r.outcome = answer.outcome;
                for (const QByteArray& t : answer.texts()) {
                    r.authorized = r.authorized || dmarc::isDmarcRecord(QString::fromUtf8(t));
                }
            }
        }
    }
    if (--m_pending > 0) {
        return;
    }
    if (!m_reportPhase) {
        startBatch();
        if (m_pending > 0) {
            return;
        }
        m_result.rfc7489 =
            dmarc::discoverPolicy(m_result.domain, DmarcDiscoveryMethod::Rfc7489, m_result.lookups, *m_psl);
        m_result.treeWalk =
            dmarc::discoverPolicy(m_result.domain, DmarcDiscoveryMethod::Rfc9989, m_result.lookups, *m_psl);
        startReportChecks();
        return;
    }
    finish();
}

void DmarcDiscovery::startReportChecks()
{
    m_reportPhase = true;
    const DmarcPolicyAnswer& a =
        m_result.rfc7489.status == DmarcRecordStatus::Found ? m_result.rfc7489 : m_result.treeWalk;
    if (a.status != DmarcRecordStatus::Found || !a.record) {
        finish();
        return;
    }
    const QString ownOrg = m_psl->organizationalDomain(a.recordDomain);
    QSet<QString> asked;
    auto check = [&](const QString& tag, const QList<DmarcUri>& uris) {
        for (const DmarcUri& uri : uris) {
            if (uri.domain.isEmpty() || m_psl->organizationalDomain(uri.domain) == ownOrg) {
                continue;
            }
            DmarcReportAuthorization r;
            r.tag = tag;
            r.uri = uri.text;
            r.queryName = QString(a.recordDomain + u"._report._dmarc." + uri.domain);
            m_result.reportAuthorizations.append(r);
            if (!asked.contains(r.queryName)) {
                asked.insert(r.queryName);
            }
        }
    };
    check(QStringLiteral("rua"), a.record->aggregateReports);
    check(QStringLiteral("ruf"), a.record->failureReports);
    if (asked.isEmpty()) {
        finish();
        return;
    }
    m_pending = int(asked.size());
    for (const QString& name : std::as_const(asked)) {
        m_resolver->ask(name, DnsRecordType::TXT, this, [this, name](const DnsAnswer& a) {
            onQueryFinished(a, name, KindReport);
        });
    }
}

void DmarcDiscovery::finish()
{
    m_result.findings = dmarc::discoveryFindings(m_result);
    m_finished = true;
    emit finished();
}

} // namespace todoku
