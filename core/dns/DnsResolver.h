// SPDX-License-Identifier: GPL-3.0-or-later
// DnsResolver: the interface every check uses to ask DNS, implemented by AresResolver and DnsSession.
#pragma once

#include <QObject>
#include <QPointer>
#include <vector>

#include "core/dns/DnsQuery.h"

namespace todoku {

/**
 * Asynchronous DNS lookups. Implementations live on the thread that created them and answer on that
 * thread's event loop. lookup() never blocks and never emits synchronously.
 */
class DnsResolver : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    /** Answers not delivered yet are handed to their queries' own queued calls, so none is lost. */
    ~DnsResolver() override;

    /**
     * Starts a lookup of an ASCII (A-label) name, no trailing dot. The returned query is parented to
     * `parent` (or unparented if null; then the caller must delete it) and emits finished() exactly once.
     */
    virtual DnsQuery* lookup(const QString& aceName,
                             DnsRecordType type,
                             const DnsQueryOptions& options = {},
                             QObject* parent = nullptr) = 0;

    /**
     * lookup() for the common consumer: calls `then(const DnsAnswer&)` from the event loop, with
     * `context` as the query's parent (deleting it cancels), and deletes the query once `then` returns.
     * The answer is a copy, so `then` may delete `context` and with it the query.
     */
    template <typename Then>
    void ask(const QString& aceName,
             DnsRecordType type,
             QObject* context,
             Then then,
             const DnsQueryOptions& options = {})
    {
        DnsQuery* query = lookup(aceName, type, options, context);
        query->setAutoDelete(true);
        QObject::connect(query, &DnsQuery::finished, context, [query, then = std::move(then)]() mutable {
            const DnsAnswer answer = query->answer();
            then(answer);
        });
    }

protected:
    /**
     * Delivers `answer` to `query` from the event loop: finished() is emitted after the caller has
     * returned. Answers given before the loop runs again go out together behind one queued call, in the
     * order given: a queued call per answer cost a wake-up of the event loop each (a system call with
     * GLib's dispatcher), which was a tenth of a domain check's time.
     */
    void deliverLater(DnsQuery* query, DnsAnswer answer);
    /**
     * Emits `query`'s finished() now and deletes it afterwards if it is an autoDelete query. Only for a
     * resolver that is itself answering from the event loop (a DnsSession handing on an upstream answer).
     */
    static void deliverNow(DnsQuery* query, DnsAnswer answer);

private:
    struct Delivery
    {
        QPointer<DnsQuery> query; ///< null once its owner deleted it: cancelled
        DnsAnswer answer;
    };
    void deliverQueued();

    std::vector<Delivery> m_deliveries;
};

} // namespace todoku
