// SPDX-License-Identifier: GPL-3.0-or-later
// DnsSession: one check's view of DNS, with a cache, in-flight de-duplication and a query log.
#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <vector>

#include "core/dns/DnsResolver.h"

namespace todoku {

/** One line of the query log: what was asked, of whom, and how it ended. */
struct DnsQueryLogEntry
{
    QString name;
    DnsRecordType type = DnsRecordType::A;
    QString server;
    DnsOutcome outcome = DnsOutcome::NetworkError;
    int rttMs = 0;
    int answerCount = 0;
    bool fromCache = false;
};

/**
 * Wraps another resolver for the lifetime of one check (an SPF evaluation, a domain audit). Within the
 * session every (name, type, servers, transport) is asked at most once: a repeat is answered from the
 * cache, and a second caller asking while the first query is in flight waits for the same answer. Failures
 * are cached too, so one check sees one consistent DNS, as a receiving server would.
 */
class DnsSession : public DnsResolver
{
    Q_OBJECT

public:
    explicit DnsSession(DnsResolver* upstream, QObject* parent = nullptr);

    DnsQuery* lookup(const QString& aceName,
                     DnsRecordType type,
                     const DnsQueryOptions& options = {},
                     QObject* parent = nullptr) override;

    /** Every lookup() in order of completion, cache hits included. */
    const QList<DnsQueryLogEntry>& log() const { return m_log; }
    /** Queries actually sent upstream. */
    int upstreamQueries() const { return m_upstreamQueries; }
    void clearCache();

signals:
    void queryLogged(const todoku::DnsQueryLogEntry& entry);

protected:
    void askFor(const QString& aceName,
                DnsRecordType type,
                const DnsQueryOptions& options,
                QObject* context,
                DnsAnswerHandler then) override;

private:
    /** Answers `target` from the cache, or joins or sends the upstream query. */
    void
    start(const QString& aceName, DnsRecordType type, const DnsQueryOptions& options, DnsAnswerTarget target);
    static QString keyOf(const QString& name, DnsRecordType type, const DnsQueryOptions& options);
    void record(const DnsAnswer& answer);

    DnsResolver* m_upstream;
    QHash<QString, DnsAnswer> m_cache;
    /** Who waits for each query in flight upstream. */
    QHash<QString, std::vector<DnsAnswerTarget>> m_pending;
    QList<DnsQueryLogEntry> m_log;
    int m_upstreamQueries = 0;
};

} // namespace todoku
