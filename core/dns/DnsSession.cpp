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
    start(aceName, type, options, DnsAnswerTarget::of(query));
    return query;
}

void DnsSession::askFor(const QString& aceName,
                        DnsRecordType type,
                        const DnsQueryOptions& options,
                        QObject* context,
                        DnsAnswerHandler then)
{
    start(aceName, type, options, DnsAnswerTarget::of(context, std::move(then)));
}

void DnsSession::start(const QString& aceName,
                       DnsRecordType type,
                       const DnsQueryOptions& options,
                       DnsAnswerTarget target)
{
    const QString key = keyOf(aceName, type, options);

    if (auto cached = m_cache.constFind(key); cached != m_cache.constEnd()) {
        DnsAnswer answer = *cached;
        answer.name = aceName;
        answer.fromCache = true;
        answer.rttMs = 0;
        record(answer);
        deliverLater(std::move(target), std::move(answer));
        return;
    }
    if (auto pending = m_pending.find(key); pending != m_pending.end()) {
        pending->push_back(std::move(target));
        return;
    }

    ++m_upstreamQueries;
    m_pending[key].push_back(std::move(target));
    m_upstream->ask(
        aceName,
        type,
        this,
        [this, key](const DnsAnswer& answer) {
            m_cache.insert(key, answer);
            std::vector<DnsAnswerTarget> waiters = m_pending.take(key);
            // Handed on at once rather than through deliverLater(): this runs from the event loop
            // already, and another hop would cost each answer a second turn of it behind everything
            // queued in between. Logged first, because a waiter may delete this session; the loop that
            // follows touches only its own copies (a waiter whose owner went away is skipped).
            std::vector<DnsAnswer> copies;
            copies.reserve(waiters.size());
            bool first = true;
            for (const DnsAnswerTarget& waiter : waiters) {
                DnsAnswer copy = answer;
                if (!waiter.isGone()) {
                    copy.fromCache = !first;
                    first = false;
                    record(copy);
                }
                copies.push_back(std::move(copy));
            }
            for (size_t i = 0; i < waiters.size(); ++i) {
                deliverNow(waiters[i], std::move(copies[i]));
            }
        },
        options);
}

} // namespace todoku
