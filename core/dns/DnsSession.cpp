// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsSession.h"

#include <utility>
#include <vector>

namespace todoku {

DnsSession::DnsSession(DnsResolver* upstream, QObject* parent)
    : DnsResolver(parent)
    , m_upstream(upstream)
{}

QString DnsSession::keyOf(const QString& name, DnsRecordType type, const DnsQueryOptions& options)
{
    QString key =
        name.toLower() + u'|' + QString::number(int(type)) + u'|' + QString::number(int(options.transport));
    for (const DnsServer& s : options.servers) {
        key += u'|' + s.toString();
    }
    return key;
}

void DnsSession::clearCache()
{
    m_cache.clear();
}

void DnsSession::record(const DnsAnswer& answer)
{
    DnsQueryLogEntry entry;
    entry.name = answer.name;
    entry.type = answer.type;
    entry.server = answer.server;
    entry.outcome = answer.outcome;
    entry.rttMs = answer.rttMs;
    entry.answerCount = int(answer.records.size());
    entry.fromCache = answer.fromCache;
    m_log.append(entry);
    emit queryLogged(entry);
}

DnsQuery* DnsSession::lookup(const QString& aceName,
                             DnsRecordType type,
                             const DnsQueryOptions& options,
                             QObject* parent)
{
    auto* query = new DnsQuery(aceName, type, parent);
    const QString key = keyOf(aceName, type, options);

    if (auto cached = m_cache.constFind(key); cached != m_cache.constEnd()) {
        DnsAnswer answer = *cached;
        answer.name = aceName;
        answer.fromCache = true;
        answer.rttMs = 0;
        record(answer);
        deliverLater(query, answer);
        return query;
    }
    if (auto pending = m_pending.find(key); pending != m_pending.end()) {
        pending->waiters.append(query);
        return query;
    }

    ++m_upstreamQueries;
    DnsQuery* upstream = m_upstream->lookup(aceName, type, options, this);
    upstream->setAutoDelete(true);
    m_pending.insert(key, Pending{upstream, {query}});
    connect(upstream, &DnsQuery::finished, this, [this, key, upstream] {
        const DnsAnswer answer = upstream->answer();
        m_cache.insert(key, answer);
        const Pending pending = m_pending.take(key);
        // Handed on at once rather than through deliverLater(): this slot already runs from the event
        // loop, and another hop would cost each answer a second turn of it behind everything queued in
        // between. Logged first, because a waiter's slot may delete this session; the loop that follows
        // touches only its own copies (a waiter whose owner went away is skipped: cancelled).
        std::vector<std::pair<QPointer<DnsQuery>, DnsAnswer>> deliveries;
        deliveries.reserve(pending.waiters.size());
        for (const QPointer<DnsQuery>& waiter : pending.waiters) {
            if (!waiter) {
                continue;
            }
            DnsAnswer copy = answer;
            copy.fromCache = !deliveries.empty();
            record(copy);
            deliveries.emplace_back(waiter, std::move(copy));
        }
        for (auto& [waiter, copy] : deliveries) {
            if (waiter) {
                deliverNow(waiter, std::move(copy));
            }
        }
    });
    return query;
}

} // namespace todoku
