// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsResolver.h"

namespace todoku {

DnsResolver::~DnsResolver()
{
    for (Delivery& d : m_deliveries) {
        if (d.query) {
            d.query->finishLater(std::move(d.answer));
        }
    }
}

void DnsResolver::deliverLater(DnsQuery* query, DnsAnswer answer)
{
    m_deliveries.push_back(Delivery{query, std::move(answer)});
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
        if (d.query) {
            d.query->finishNow(std::move(d.answer));
            // The slot may have deleted the query itself (through its owner): the QPointer knows.
            if (d.query && d.query->autoDelete()) {
                delete d.query.data();
            }
        }
    }
}

void DnsResolver::deliverNow(DnsQuery* query, DnsAnswer answer)
{
    const QPointer<DnsQuery> guard(query);
    query->finishNow(std::move(answer));
    if (guard && guard->autoDelete()) {
        delete query;
    }
}

} // namespace todoku
