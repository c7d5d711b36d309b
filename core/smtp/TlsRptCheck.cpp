// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/TlsRptCheck.h"

#include <QUrl>

#include "core/dns/DnsName.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"
#include "core/smtp/TagText_p.h"

namespace todoku {

namespace tlsrpt {

bool isTlsRptRecord(const QByteArray& text)
{
    return tagtext::startsWithVersion(text, "v=TLSRPTv1");
}

TlsRptRecord parseRecord(const QByteArray& text)
{
    TlsRptRecord r;
    const tagtext::Fields fields = tagtext::split(text, "v=TLSRPTv1");
    if (!fields.fault.isEmpty()) {
        r.fault = fields.fault;
        return r;
    }
    bool haveRua = false;
    for (const auto& [name, value, raw] : fields.fields) {
        if (name == "rua" && !haveRua) {
            haveRua = true;
            for (const QByteArray& part : value.split(',')) {
                const QByteArray uri = tagtext::trimmedWsp(part);
                const QUrl url(QString::fromUtf8(uri), QUrl::StrictMode);
                const QString scheme = url.scheme().toLower();
                const bool ok = url.isValid()
                                && ((scheme == QLatin1String("mailto") && url.path().contains(u'@'))
                                    || (scheme == QLatin1String("https") && !url.host().isEmpty()));
                if (!ok) {
                    r.fault = QString::fromUtf8(uri.isEmpty() ? raw : uri);
                    r.rua.clear();
                    return r;
                }
                r.rua.append(QString::fromUtf8(uri));
            }
        } else if (name != "rua" && tagtext::isExtension(name, value)) {
            r.extensions.append(QString::fromUtf8(raw));
        } else {
            r.fault = QString::fromUtf8(raw);
            return r;
        }
    }
    if (!haveRua) {
        r.fault = QStringLiteral("rua=");
    }
    return r;
}

} // namespace tlsrpt

TlsRptCheck::TlsRptCheck(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

void TlsRptCheck::check(const QString& domain)
{
    m_report = TlsRptReport{};
    m_report.domain = dns::withoutTrailingDot(domain).toLower();
    m_resolver->ask(QStringLiteral("_smtp._tls.") + m_report.domain,
                    DnsRecordType::TXT,
                    this,
                    [this](const DnsAnswer& answer) {
                        m_report.queries.append(answer);
                        m_report.outcome = answer.outcome;
                        m_report.records = tagtext::recordsIn(answer, tlsrpt::isTlsRptRecord);
                        if (m_report.records.size() == 1) {
                            m_report.record = tlsrpt::parseRecord(m_report.records.first().toUtf8());
                        }
                        finish();
                        emit finished();
                    });
}

void TlsRptCheck::finish()
{
    TlsRptReport& r = m_report;
    const QString d = r.domain;
    const QString name = QStringLiteral("_smtp._tls.") + d;
    if (!dns::isDefinite(r.outcome)) {
        r.findings.append(Finding::make(
            QStringLiteral("tls-rpt.temperror"), Severity::Warning, {d, dns::outcomeName(r.outcome)}));
    } else if (r.records.isEmpty()) {
        r.findings.append(
            Finding::make(QStringLiteral("tls-rpt.none"), Severity::Info, {d})
                .withEvidence(Evidence::dns(name, QStringLiteral("TXT"), dns::outcomeName(r.outcome))));
    } else if (r.records.size() > 1) {
        Finding f = Finding::make(QStringLiteral("tls-rpt.multiple-records"),
                                  Severity::Error,
                                  {d, QString::number(r.records.size())});
        for (const QString& text : std::as_const(r.records)) {
            f.withEvidence(Evidence::dns(name, QStringLiteral("TXT"), text));
        }
        r.findings.append(f);
    } else if (!r.record.isValid()) {
        r.findings.append(Finding::make(QStringLiteral("tls-rpt.syntax"),
                                        Severity::Error,
                                        {d, r.records.first(), r.record.fault})
                              .withEvidence(Evidence::dns(name, QStringLiteral("TXT"), r.records.first())));
    } else {
        r.findings.append(Finding::make(
            QStringLiteral("tls-rpt.ok"), Severity::Ok, {d, r.record.rua.join(QStringLiteral(", "))}));
    }
}

} // namespace todoku
