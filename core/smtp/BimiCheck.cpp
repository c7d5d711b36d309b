// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/BimiCheck.h"

#include <QUrl>

#include "core/dns/DnsName.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"
#include "core/smtp/TagText_p.h"

namespace todoku {

namespace bimi {

namespace {

bool isHttpsUrl(const QByteArray& text)
{
    const QUrl url(QString::fromUtf8(text), QUrl::StrictMode);
    return url.isValid() && url.scheme().toLower() == QLatin1String("https") && !url.host().isEmpty();
}

} // namespace

bool isBimiRecord(const QByteArray& text)
{
    return tagtext::startsWithVersion(text, "v=BIMI1");
}

BimiRecord parseRecord(const QByteArray& text)
{
    BimiRecord r;
    const tagtext::Fields fields = tagtext::split(text, "v=BIMI1");
    if (!fields.fault.isEmpty()) {
        r.fault = fields.fault;
        return r;
    }
    for (const auto& [name, value, raw] : fields.fields) {
        const QByteArray tag = name.toLower();
        if (tag == "l" || tag == "a") {
            bool& seen = tag == "l" ? r.hasLogoTag : r.hasAuthorityTag;
            if (seen || (!value.isEmpty() && !isHttpsUrl(value))) {
                r.fault = QString::fromUtf8(raw);
                return r;
            }
            seen = true;
            (tag == "l" ? r.logo : r.authority) = QString::fromUtf8(value);
        }
    }
    if (!r.hasLogoTag) {
        r.fault = QStringLiteral("l=");
    }
    return r;
}

} // namespace bimi

BimiCheck::BimiCheck(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

void BimiCheck::check(const QString& domain)
{
    m_report = BimiReport{};
    m_report.domain = dns::withoutTrailingDot(domain).toLower();
    m_report.dmarcPolicy = m_dmarcPolicy;
    m_report.dmarcMissing = m_dmarcMissing && !m_dmarcPolicy;
    m_resolver->ask(QStringLiteral("default._bimi.") + m_report.domain,
                    DnsRecordType::TXT,
                    this,
                    [this](const DnsAnswer& answer) {
                        m_report.queries.append(answer);
                        m_report.outcome = answer.outcome;
                        m_report.records = tagtext::recordsIn(answer, bimi::isBimiRecord);
                        if (m_report.records.size() == 1) {
                            m_report.record = bimi::parseRecord(m_report.records.first().toUtf8());
                        }
                        finish();
                        emit finished();
                    });
}

void BimiCheck::finish()
{
    BimiReport& r = m_report;
    const QString d = r.domain;
    const QString name = QStringLiteral("default._bimi.") + d;
    const auto add = [&r](const char* id, Severity severity, QStringList args) -> Finding& {
        r.findings.append(Finding::make(QString::fromLatin1(id), severity, std::move(args)));
        return r.findings.last();
    };
    if (!dns::isDefinite(r.outcome)) {
        add("bimi.temperror", Severity::Warning, {d, dns::outcomeName(r.outcome)});
        return;
    }
    if (r.records.isEmpty()) {
        add("bimi.none", Severity::Info, {d})
            .withEvidence(Evidence::dns(name, QStringLiteral("TXT"), dns::outcomeName(r.outcome)));
        return;
    }
    if (r.records.size() > 1) {
        Finding& f = add("bimi.multiple-records", Severity::Error, {d, QString::number(r.records.size())});
        for (const QString& text : std::as_const(r.records)) {
            f.withEvidence(Evidence::dns(name, QStringLiteral("TXT"), text));
        }
        return;
    }
    const QString record = r.records.first();
    if (!r.record.isValid()) {
        add("bimi.syntax", Severity::Error, {d, record, r.record.fault})
            .withEvidence(Evidence::dns(name, QStringLiteral("TXT"), record));
        return;
    }
    if (r.record.logo.isEmpty()) {
        add("bimi.declined", Severity::Info, {d});
        return;
    }
    if (!QUrl(r.record.logo).path().toLower().endsWith(QLatin1String(".svg"))) {
        add("bimi.logo-not-svg", Severity::Warning, {d, r.record.logo});
    }
    if (r.record.authority.isEmpty()) {
        add("bimi.no-authority", Severity::Info, {d});
    }
    // BIMI is only displayed for mail under an enforced DMARC policy.
    if (r.dmarcPolicy && *r.dmarcPolicy == DmarcPolicy::None) {
        add("bimi.dmarc-not-enforced", Severity::Info, {d, dmarc::policyName(*r.dmarcPolicy)});
    }
    if (r.dmarcMissing) {
        add("bimi.dmarc-missing", Severity::Info, {d});
    }
    // Info, as asked, but no "ok": the logo will not be shown until DMARC is enforced.
    bool problems = (r.dmarcPolicy && *r.dmarcPolicy == DmarcPolicy::None) || r.dmarcMissing;
    for (const Finding& f : std::as_const(r.findings)) {
        problems = problems || f.severity >= Severity::Warning;
    }
    if (!problems) {
        add("bimi.ok", Severity::Ok, {d, r.record.logo});
    }
}

} // namespace todoku
