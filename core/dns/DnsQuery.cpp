// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsQuery.h"

namespace todoku {

DnsQuery::DnsQuery(QString name, DnsRecordType type, QObject* parent)
    : QObject(parent)
{
    m_answer.name = std::move(name);
    m_answer.type = type;
}

void DnsQuery::finishLater(DnsAnswer answer)
{
    // Queued with `this` as context: if the query is deleted first, Qt drops the call.
    QMetaObject::invokeMethod(
        this,
        [this, answer = std::move(answer)]() mutable { finishNow(std::move(answer)); },
        Qt::QueuedConnection);
}

void DnsQuery::finishNow(DnsAnswer answer)
{
    if (m_finished) {
        return;
    }
    m_answer = std::move(answer);
    m_finished = true;
    emit finished();
}

} // namespace todoku
