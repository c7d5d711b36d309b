// SPDX-License-Identifier: GPL-3.0-or-later
// FakeResolver: an in-memory DnsResolver for pure-logic tests. Answers are queued, never synchronous.
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include "core/dns/DnsResolver.h"

namespace todoku::test {

/**
 * Canned answers keyed by (name, type). A name with no entry for the type answers NODATA if it has any
 * other record, else NXDOMAIN; setOutcome() forces SERVFAIL, timeout and the like. Every lookup is
 * counted, so tests can assert SPF's lookup limits and the session cache.
 */
class FakeResolver : public DnsResolver
{
    Q_OBJECT

public:
    using DnsResolver::DnsResolver;

    void addRecord(const DnsRecord& record);
    void addA(const QString& name, const QString& address);
    void addTxt(const QString& name, const QList<QByteArray>& strings);
    void addTxt(const QString& name, const QByteArray& text) { addTxt(name, QList<QByteArray>{text}); }
    void addMx(const QString& name, quint16 preference, const QString& exchange);
    void addPtr(const QString& name, const QString& target);
    /** Forces the outcome of (name, type), e.g. ServFail or Timeout. */
    void setOutcome(const QString& name, DnsRecordType type, DnsOutcome outcome);

    DnsQuery* lookup(const QString& aceName,
                     DnsRecordType type,
                     const DnsQueryOptions& options = {},
                     QObject* parent = nullptr) override;

    int lookupCount() const { return int(m_lookups.size()); }
    /** "name TYPE" per lookup, in order. */
    const QStringList& lookups() const { return m_lookups; }

private:
    static QString key(const QString& name, DnsRecordType type);

    QHash<QString, QList<DnsRecord>> m_records;
    QHash<QString, DnsOutcome> m_forced;
    QSet<QString> m_names;
    QStringList m_lookups;
};

} // namespace todoku::test
