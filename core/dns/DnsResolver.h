// SPDX-License-Identifier: GPL-3.0-or-later
// DnsResolver: the interface every check uses to ask DNS, implemented by AresResolver and DnsSession.
#pragma once

#include <QObject>

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

    /**
     * Starts a lookup of an ASCII (A-label) name, no trailing dot. The returned query is parented to
     * `parent` (or unparented if null; then the caller must delete it) and emits finished() exactly once.
     */
    virtual DnsQuery* lookup(const QString& aceName,
                             DnsRecordType type,
                             const DnsQueryOptions& options = {},
                             QObject* parent = nullptr) = 0;
};

} // namespace todoku
