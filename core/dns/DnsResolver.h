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

protected:
    /**
     * Delivers `answer` to `query` from the event loop: finished() is emitted after the caller has
     * returned. Answers given before the loop runs again go out together behind one queued call, in the
     * order given: a queued call per answer cost a wake-up of the event loop each (a system call with
     * GLib's dispatcher), which was a tenth of a domain check's time.
     */
    void deliverLater(DnsQuery* query, DnsAnswer answer);

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
