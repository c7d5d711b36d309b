// SPDX-License-Identifier: GPL-3.0-or-later
// TlsRptCheck: a domain's SMTP TLS Reporting record (RFC 8460 §3), `_smtp._tls.<domain>`.
#pragma once

#include <QObject>
#include <QPointer>

#include "core/diagnosis/Finding.h"
#include "core/dns/DnsRecord.h"

namespace todoku {

class DnsResolver;

/** A parsed `v=TLSRPTv1; rua=…` record. */
struct TlsRptRecord
{
    QStringList rua;        ///< report URIs, mailto: or https:, as written
    QStringList extensions; ///< other fields as "name=value"
    QString fault;          ///< empty when valid; else the part that breaks the syntax
    bool isValid() const { return fault.isEmpty(); }
};

struct TlsRptReport
{
    QString domain;
    DnsOutcome outcome = DnsOutcome::NxDomain; ///< of the TXT query
    QStringList records;                       ///< TXT texts beginning with v=TLSRPTv1
    TlsRptRecord record;                       ///< the one record, parsed
    QList<DnsAnswer> queries;
    QList<Finding> findings; ///< tls-rpt.none, .temperror, .multiple-records, .syntax, .ok
};

namespace tlsrpt {

/** True if the text begins with "v=TLSRPTv1" followed by ";" or nothing (RFC 8460 §3's filter). */
bool isTlsRptRecord(const QByteArray& text);
/**
 * RFC 8460 §3 ABNF: tlsrpt-version 1*(field-delim tlsrpt-field) [field-delim]; rua= is required and holds
 * one or more mailto: or https: URIs separated by commas. Unknown fields are kept as extensions.
 */
TlsRptRecord parseRecord(const QByteArray& text);

} // namespace tlsrpt

/** Looks up and checks the TLS-RPT record of one domain. One check per object; emits finished() once. */
class TlsRptCheck : public QObject
{
    Q_OBJECT

public:
    explicit TlsRptCheck(DnsResolver* resolver, QObject* parent = nullptr);

    /** `domain`: ASCII, no trailing dot. */
    void check(const QString& domain);
    const TlsRptReport& report() const { return m_report; }

signals:
    void finished();

private:
    void finish();

    QPointer<DnsResolver> m_resolver;
    TlsRptReport m_report;
};

} // namespace todoku
