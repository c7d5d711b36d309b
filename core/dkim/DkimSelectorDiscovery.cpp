// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/DkimSelectorDiscovery.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include "core/common/EmbeddedCatalog.h"
#include "core/dkim/DkimKeyRecord.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"

namespace todoku {

namespace {

/** A TXT text that is meant as a key record: v=DKIM1 first, or a p= tag anywhere (v= is optional). */
bool looksLikeKey(const QByteArray& text)
{
    const QByteArray t = text.trimmed();
    return t.startsWith("v=DKIM1") || t.startsWith("p=") || t.contains(";p=") || t.contains("; p=")
           || t.contains("\tp=");
}

QStringList buildDefaultDkimSelectors(const QDate& today)
{
    const QJsonObject root =
        QJsonDocument::fromJson(catalog::readEmbedded(QStringLiteral("dkim-selectors.json"))).object();
    QStringList out;
    for (const QJsonValue& v : root.value(u"selectors").toArray()) {
        out.append(v.toString());
    }
    // Dated selectors ("20260101", "2026a"): rotation schemes name keys after the month or year they
    // were made, so the recent ones are the ones likely still published.
    const QJsonObject dated = root.value(u"dated").toObject();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    const int months = dated.value(u"monthsBack").toInt(0);
    for (const QJsonValue& f : dated.value(u"monthly").toArray()) {
        for (int i = 0; i < months; ++i) {
            out.append(firstOfMonth.addMonths(-i).toString(f.toString()));
        }
    }
    const int years = dated.value(u"yearsBack").toInt(0);
    for (int i = 0; i < years; ++i) {
        for (const QJsonValue& s : dated.value(u"yearly").toArray()) {
            out.append(QString::number(today.year() - i) + s.toString());
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace

QStringList defaultDkimSelectors()
{
    // Built once per day: every domain check asks for the list, and the dated names change only with the
    // date. The catalog is compiled in, so the list cannot otherwise change while the process runs.
    static QMutex mutex;
    static QDate builtFor;
    static QStringList list;
    const QDate today = QDate::currentDate();
    const QMutexLocker lock(&mutex);
    if (builtFor != today) {
        list = buildDefaultDkimSelectors(today);
        builtFor = today;
    }
    return list;
}

DkimSelectorDiscovery::DkimSelectorDiscovery(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_common(defaultDkimSelectors())
{}

DkimSelectorDiscovery::~DkimSelectorDiscovery() = default;

void DkimSelectorDiscovery::start(const QString& domain, const QStringList& givenSelectors)
{
    m_report = DkimDiscoveryReport{};
    m_report.domain = domain;
    m_commonAsked = false;
    QStringList selectors;
    for (const QString& s : givenSelectors) {
        const QString sel = s.trimmed().toLower();
        if (!sel.isEmpty() && !selectors.contains(sel)) {
            selectors.append(sel);
        }
    }

    // First round: `_domainkey` itself and the given selectors, at once. The common list only follows
    // when that leaves the question open (see askCommon()), so a domain whose given key is there, or
    // that has no key at all, costs one round trip and no list.
    m_pending = 1;
    m_resolver->ask(
        QStringLiteral("_domainkey.") + domain, DnsRecordType::TXT, this, [this](const DnsAnswer& a) {
            m_report.queries.append(a);
            m_report.domainKeyOutcome = a.outcome;
            settle();
        });
    for (const QString& s : std::as_const(selectors)) {
        ask(s, true);
    }
}

void DkimSelectorDiscovery::ask(const QString& selector, bool given)
{
    DkimSelectorResult r;
    r.selector = selector;
    r.queryName = selector + QStringLiteral("._domainkey.") + m_report.domain;
    r.given = given;
    const int i = int(m_report.selectors.size());
    m_report.selectors.append(r);
    ++m_pending;
    m_resolver->ask(r.queryName, DnsRecordType::TXT, this, [this, i](const DnsAnswer& a) {
        m_report.queries.append(a);
        DkimSelectorResult& res = m_report.selectors[i];
        res.outcome = a.outcome;
        for (const QByteArray& t : a.texts()) {
            if (looksLikeKey(t)) {
                res.records.append(QString::fromUtf8(t));
            }
        }
        if (!res.records.isEmpty()) {
            res.findings = dkim::lintKeyRecord(res.records.first().toUtf8(), res.queryName);
        }
        settle();
    });
}

void DkimSelectorDiscovery::settle()
{
    if (--m_pending > 0) {
        return;
    }
    if (!m_commonAsked) {
        m_commonAsked = true;
        if (askCommon()) {
            return;
        }
    }
    finish();
}

bool DkimSelectorDiscovery::askCommon()
{
    // A given selector with a key answers the question; NXDOMAIN at `_domainkey` means no name exists
    // below it (RFC 8020), so no selector can hold a key. Otherwise (it exists as an empty non-terminal,
    // or its query failed) the list may find keys the user did not name.
    for (const DkimSelectorResult& s : std::as_const(m_report.selectors)) {
        if (s.found()) {
            return false;
        }
    }
    if (m_report.domainKeyOutcome == DnsOutcome::NxDomain) {
        return false;
    }
    QStringList asked;
    for (const DkimSelectorResult& s : std::as_const(m_report.selectors)) {
        asked.append(s.selector);
    }
    for (const QString& s : std::as_const(m_common)) {
        if (!asked.contains(s)) {
            asked.append(s);
            ask(s, false);
        }
    }
    return m_pending > 0;
}

void DkimSelectorDiscovery::finish()
{
    DkimDiscoveryReport& r = m_report;
    // Keep the given selectors and every one that answered; the misses of the common list are noise.
    QList<DkimSelectorResult> kept;
    QStringList found;
    QStringList failed;
    for (const DkimSelectorResult& s : std::as_const(r.selectors)) {
        if (s.found()) {
            found.append(s.selector);
        } else if (!dns::isDefinite(s.outcome)) {
            failed.append(s.selector);
        }
        if (s.given || s.found() || !dns::isDefinite(s.outcome)) {
            kept.append(s);
        }
    }
    r.selectors = kept;

    for (const DkimSelectorResult& s : std::as_const(r.selectors)) {
        if (s.found()) {
            r.findings += s.findings;
        } else if (s.given && dns::isDefinite(s.outcome)) {
            // %1 domain, %2 selector, %3 the name asked, %4 the DNS outcome.
            r.findings.append(Finding::make(QStringLiteral("dkim.selector-missing"),
                                            Severity::Error,
                                            {r.domain, s.selector, s.queryName, dns::outcomeName(s.outcome)})
                                  .withEvidence(Evidence::dns(
                                      s.queryName, QStringLiteral("TXT"), dns::outcomeName(s.outcome))));
        }
    }
    if (!failed.isEmpty()) {
        // %1 domain, %2 the selectors whose query failed.
        r.findings.append(Finding::make(
            QStringLiteral("dkim.selector-temperror"), Severity::Warning, {r.domain, failed.join(u", ")}));
    }
    const QString base = QStringLiteral("_domainkey.") + r.domain;
    if (!found.isEmpty()) {
        // %1 domain, %2 the selectors with a key.
        r.findings.append(Finding::make(
            QStringLiteral("dkim.selectors-found"), Severity::Ok, {r.domain, found.join(u", ")}));
    } else if (r.domainKeyOutcome == DnsOutcome::NxDomain && failed.isEmpty()) {
        // RFC 8020: NXDOMAIN at _domainkey means nothing exists below it, so no selector can hold a key.
        r.findings.append(Finding::make(QStringLiteral("dkim.no-keys"), Severity::Error, {r.domain, base})
                              .withEvidence(Evidence::dns(
                                  base, QStringLiteral("TXT"), dns::outcomeName(r.domainKeyOutcome))));
    } else if (dns::isDefinite(r.domainKeyOutcome)) {
        // _domainkey exists (an empty non-terminal answers NODATA), so keys are published under selectors
        // the list does not know: only a signed message's s= tells which.
        r.findings.append(
            Finding::make(QStringLiteral("dkim.selector-unknown"), Severity::Warning, {r.domain, base})
                .withEvidence(
                    Evidence::dns(base, QStringLiteral("TXT"), dns::outcomeName(r.domainKeyOutcome))));
    }
    emit finished();
}

} // namespace todoku
