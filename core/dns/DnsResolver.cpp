// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsResolver.h"

namespace todoku {

DnsResolver::~DnsResolver()
{
    for (Delivery& d : m_deliveries) {
        deliverOrphaned(std::move(d.target), std::move(d.answer));
    }
}

void DnsResolver::askFor(const QString& aceName,
                         DnsRecordType type,
                         const DnsQueryOptions& options,
                         QObject* context,
                         DnsAnswerHandler then)
{
    DnsQuery* query = lookup(aceName, type, options, context);
    query->setAutoDelete(true);
    QObject::connect(query, &DnsQuery::finished, context, [query, then = std::move(then)] {
        // A copy: `then` may delete its context, and the query with it.
        const DnsAnswer answer = query->answer();
        then(answer);
    });
}

void DnsResolver::deliverLater(DnsAnswerTarget target, DnsAnswer answer)
{
    m_deliveries.push_back(Delivery{std::move(target), std::move(answer)});
    if (m_deliveries.size() == 1) {
        QMetaObject::invokeMethod(this, &DnsResolver::deliverQueued, Qt::QueuedConnection);
    }
}

void DnsResolver::deliverQueued()
{
    // Taken out first: the slots may ask again (their answers wait for the next turn of the loop, as a
    // lookup's answer always does) or delete this resolver; the loop below no longer touches `this`.
    std::vector<Delivery> batch;
    batch.swap(m_deliveries);
    for (Delivery& d : batch) {
        deliverNow(d.target, std::move(d.answer));
    }
}

void DnsResolver::deliverNow(DnsAnswerTarget& target, DnsAnswer answer)
{
    if (target.isGone()) {
        return; // its owner went away: cancelled
    }
    if (target.handler) {
        target.handler(answer);
        return;
    }
    target.query->finishNow(std::move(answer));
    // The slot may have deleted the query itself (through its owner): the QPointer knows.
    if (target.query && target.query->autoDelete()) {
        delete target.query.data();
    }
}

void DnsResolver::deliverOrphaned(DnsAnswerTarget target, DnsAnswer answer)
{
    if (target.isGone()) {
        return;
    }
    if (target.query) {
        target.query->finishLater(std::move(answer));
        return;
    }
    // Queued with the context: Qt drops the call if the context is deleted first.
    QMetaObject::invokeMethod(
        target.context.data(),
        [handler = std::move(target.handler), answer = std::move(answer)] { handler(answer); },
        Qt::QueuedConnection);
}

} // namespace todoku
