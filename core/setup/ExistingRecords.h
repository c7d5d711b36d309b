// SPDX-License-Identifier: GPL-3.0-or-later
// ExistingRecords: the SPF and DMARC records a domain already publishes, which the generator merges.
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/dns/DnsTypes.h"

namespace todoku {

class DnsResolver;
class DnsQuery;

/**
 * What the domain publishes today, as TXT values (character-strings joined): the v=spf1 records at the
 * apex and the v=DMARC1 records at _dmarc. RecordSetGenerator merges them into the records it makes, so a
 * second SPF record is never proposed and the DMARC report addresses already in use are kept. A value type,
 * saved with the plan so a reopened setup yields the same records.
 */
struct ExistingRecords
{
    QStringList spf;
    QStringList dmarc;

    bool isEmpty() const { return spf.isEmpty() && dmarc.isEmpty(); }
    bool operator==(const ExistingRecords& other) const { return spf == other.spf && dmarc == other.dmarc; }
};

/**
 * Fetches a domain's ExistingRecords through the resolver: TXT at the apex and at _dmarc, both at once.
 * finished() is emitted once, from the event loop. A lookup that fails (timeout, SERVFAIL) leaves its part
 * empty and sets failed(): the records are then generated as if there were none, which the caller may say.
 * Lives on the resolver's thread; the resolver must outlive the lookup.
 */
class ExistingRecordsLookup : public QObject
{
    Q_OBJECT

public:
    explicit ExistingRecordsLookup(DnsResolver* resolver, QObject* parent = nullptr);

    /** Starts the two lookups for `aceDomain` (ASCII, no trailing dot); a running lookup is dropped. */
    void lookup(const QString& aceDomain);
    bool isRunning() const { return m_pending > 0; }
    const QString& domain() const { return m_domain; }
    const ExistingRecords& result() const { return m_result; }
    /** True if either lookup had no definite answer. */
    bool failed() const { return m_failed; }

signals:
    void finished();

private:
    void ask(const QString& name, bool dmarc, int generation);

    QPointer<DnsResolver> m_resolver;
    QString m_domain;
    ExistingRecords m_result;
    int m_pending = 0;
    int m_generation = 0;
    bool m_failed = false;
};

} // namespace todoku
