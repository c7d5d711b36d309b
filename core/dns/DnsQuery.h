// SPDX-License-Identifier: GPL-3.0-or-later
// DnsQuery: the reply object of one lookup, in the style of QNetworkReply.
#pragma once

#include <QObject>

#include "core/dns/DnsRecord.h"

namespace todoku {

/**
 * One pending or finished lookup. The caller owns it (pass a parent to DnsResolver::lookup); deleting it
 * before it finishes cancels delivery safely. finished() is always emitted from the event loop, never from
 * inside the lookup() call or a c-ares callback, so slots may start new queries or delete the query.
 */
class DnsQuery : public QObject
{
    Q_OBJECT

public:
    explicit DnsQuery(QString name, DnsRecordType type, QObject* parent = nullptr);

    const QString& name() const { return m_answer.name; }
    DnsRecordType type() const { return m_answer.type; }
    bool isFinished() const { return m_finished; }
    /** Valid once finished() has been emitted. */
    const DnsAnswer& answer() const { return m_answer; }

    /**
     * Deleted by the resolver as soon as finished() has returned (as QRunnable's autoDelete), so the
     * consumer needs no deleteLater(): that costs a posted event per query, with GLib's dispatcher a
     * system call each, and was a third of a domain check's event-loop wake-ups. Only for consumers that
     * read the answer inside their finished() slot and keep no pointer to the query.
     */
    void setAutoDelete(bool on) { m_autoDelete = on; }
    bool autoDelete() const { return m_autoDelete; }

    /**
     * For DnsResolver, whose deliverLater() resolvers use: the answer through a queued call of its own,
     * when the resolver can no longer deliver it (it is being destroyed).
     */
    void finishLater(DnsAnswer answer);
    /** For DnsResolver::deliverLater, which calls it from the event loop: emits finished() now. */
    void finishNow(DnsAnswer answer);

signals:
    void finished();

private:
    DnsAnswer m_answer;
    bool m_finished = false;
    bool m_autoDelete = false;
};

} // namespace todoku
