// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsQuery.h"

#include <QPointer>

namespace todoku {

DnsQuery::DnsQuery(QString name, DnsRecordType type, QObject* parent)
    : QObject(parent)
{
    m_answer.name = std::move(name);
    m_answer.type = type;
}

void DnsQuery::finishLater(DnsAnswer answer)
{
    // Queued with `this` as context: if the query is deleted first, Qt drops the call. A slot may delete
    // the query too, hence the guard; deleting it here, inside its own queued call, is left to the loop.
    QMetaObject::invokeMethod(
        this,
        [this, answer = std::move(answer)]() mutable {
            const QPointer<DnsQuery> self(this);
            finishNow(std::move(answer));
            if (self && m_autoDelete) {
                deleteLater();
            }
        },
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
