// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsSession.h"

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
    m_pending.insert(key, Pending{upstream, {query}});
    connect(upstream, &DnsQuery::finished, this, [this, key, upstream] {
        const DnsAnswer answer = upstream->answer();
        m_cache.insert(key, answer);
        const Pending pending = m_pending.take(key);
        // Not deleteLater(), which costs an event (and with GLib a system call) per query. The previous
        // upstream query is done: its finished() returned before this one's began, since answers are
        // only ever delivered from the event loop. This one goes when the next is handled, or with us.
        m_spent.reset(upstream);
        upstream->setParent(nullptr);
        bool first = true;
        for (const QPointer<DnsQuery>& waiter : pending.waiters) {
            if (!waiter) {
                continue; // its owner went away: cancelled
            }
            DnsAnswer copy = answer;
            copy.fromCache = !first;
            record(copy);
            deliverLater(waiter, copy);
            first = false;
        }
    });
    return query;
}

} // namespace todoku
