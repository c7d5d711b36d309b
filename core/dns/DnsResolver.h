// SPDX-License-Identifier: GPL-3.0-or-later
// DnsResolver: the interface every check uses to ask DNS, implemented by AresResolver and DnsSession.
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <vector>

#include "core/dns/DnsQuery.h"

namespace todoku {

/** Called with a lookup's answer; see DnsResolver::ask(). */
using DnsAnswerHandler = std::function<void(const DnsAnswer&)>;

/**
 * Where one lookup's answer goes: a DnsQuery, or a handler that is called while its context object lives.
 * Gone (cancelled) once the query, or the handler's context, has been deleted.
 */
struct DnsAnswerTarget
{
    QPointer<DnsQuery> query;
    QPointer<QObject> context;
    DnsAnswerHandler handler;

    static DnsAnswerTarget of(DnsQuery* query) { return {query, {}, {}}; }
    static DnsAnswerTarget of(QObject* context, DnsAnswerHandler handler)
    {
        return {{}, context, std::move(handler)};
    }
    bool isGone() const { return handler ? context.isNull() : query.isNull(); }
};

/**
 * Asynchronous DNS lookups. Implementations live on the thread that created them and answer on that
 * thread's event loop. lookup() and ask() never block and never answer synchronously.
 */
class DnsResolver : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    /** Answers not delivered yet are handed to queued calls of their own, so none is lost. */
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
     * lookup() for the common consumer: calls `then(const DnsAnswer&)` once, from the event loop, unless
     * `context` has been deleted by then (that cancels). The answer is the caller's to keep only for the
     * call; `then` may delete `context`.
     */
    void ask(const QString& aceName,
             DnsRecordType type,
             QObject* context,
             DnsAnswerHandler then,
             const DnsQueryOptions& options = {})
    {
        askFor(aceName, type, options, context, std::move(then));
    }

protected:
    /**
     * ask()'s implementation. This one makes an autoDelete DnsQuery for the handler; AresResolver and
     * DnsSession answer the handler directly: a QObject, a connection and a deletion per query were, with
     * the deleteLater() the consumers used to call, a fifth of a domain check's time.
     */
    virtual void askFor(const QString& aceName,
                        DnsRecordType type,
                        const DnsQueryOptions& options,
                        QObject* context,
                        DnsAnswerHandler then);

    /**
     * Delivers `answer` to `target` from the event loop: after the caller has returned. Answers given
     * before the loop runs again go out together behind one queued call, in the order given: a queued call
     * per answer cost a wake-up of the event loop each (a system call with GLib's dispatcher), which was a
     * tenth of a domain check's time.
     */
    void deliverLater(DnsAnswerTarget target, DnsAnswer answer);
    void deliverLater(DnsQuery* query, DnsAnswer answer)
    {
        deliverLater(DnsAnswerTarget::of(query), std::move(answer));
    }
    /**
     * Delivers `answer` to `target` now: emits the query's finished() (and deletes it afterwards if it is an
     * autoDelete query) or calls the handler. Only for a resolver that is itself answering from the event
     * loop (a DnsSession handing on an upstream answer). Nothing of the resolver is touched, so the
     * target may delete it.
     */
    static void deliverNow(DnsAnswerTarget& target, DnsAnswer answer);
    /** For a resolver that is gone or going: the answer through a queued call of the target's own. */
    static void deliverOrphaned(DnsAnswerTarget target, DnsAnswer answer);

private:
    struct Delivery
    {
        DnsAnswerTarget target;
        DnsAnswer answer;
    };

    void deliverQueued();

    std::vector<Delivery> m_deliveries;
};

} // namespace todoku
