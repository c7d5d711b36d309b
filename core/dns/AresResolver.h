// SPDX-License-Identifier: GPL-3.0-or-later
// AresResolver: the real resolver, c-ares on the Qt event loop of the thread that created it.
#pragma once

#include <QPointer>
#include <deque>
#include <map>

#include "core/dns/DnsResolver.h"

namespace todoku {

class AresChannel;

/**
 * Sends queries through c-ares. One channel serves the configured servers; a per-query server or
 * transport override gets a channel of its own, created on first use and kept for reuse. Many queries are
 * in flight at once on one channel; nothing blocks and no thread is started.
 */
class AresResolver : public DnsResolver
{
    Q_OBJECT

public:
    explicit AresResolver(DnsResolverSettings settings = {}, QObject* parent = nullptr);
    ~AresResolver() override;

    DnsResolverSettings settings() const { return m_settings; }
    /** Applies new settings to queries started from now on; queries in flight finish on their old channel. */
    void setSettings(const DnsResolverSettings& settings);

    DnsQuery* lookup(const QString& aceName,
                     DnsRecordType type,
                     const DnsQueryOptions& options = {},
                     QObject* parent = nullptr) override;

    int queriesInFlight() const { return m_inFlight; }
    /** Queries waiting for a free slot (see DnsResolverSettings::maxInFlight). */
    int queriesQueued() const { return int(m_waiting.size() + m_waitingLeaves.size()); }
    /** The most queries that were in flight at once since construction (benchmarks read it). */
    int maxQueriesInFlight() const { return m_maxInFlight; }
    /** The limit in force: DnsResolverSettings::maxInFlight, or the automatic one when that is 0. */
    int inFlightLimit() const;

    /**
     * The in-flight limit for a receive buffer of at most `rmemMax` bytes: about 1 KiB of buffer per small
     * answer with a margin for larger ones, never below 128 (what a stock kernel's 208 KiB holds safely)
     * and never above 256, since a larger burst overflows the receive buffer of the server being asked (named
     * drops queries past its own 208 KiB: RcvbufErrors).
     */
    static int inFlightForReceiveBuffer(qint64 rmemMax);
    /** inFlightForReceiveBuffer() of this machine's net.core.rmem_max (128 where it cannot be read). */
    static int automaticInFlight();

protected:
    void askFor(const QString& aceName,
                DnsRecordType type,
                const DnsQueryOptions& options,
                QObject* context,
                DnsAnswerHandler then) override;

private:
    struct Waiting
    {
        QString name;
        DnsRecordType type;
        DnsQueryOptions options;
        DnsAnswerTarget target;
    };

    AresChannel* channelFor(const DnsQueryOptions& options);
    void retireChannels();
    /** Sends at once if a slot is free, or queues by priority. */
    void
    send(const QString& aceName, DnsRecordType type, const DnsQueryOptions& options, DnsAnswerTarget target);
    void
    start(const QString& aceName, DnsRecordType type, const DnsQueryOptions& options, DnsAnswerTarget target);
    void startWaiting();

    DnsResolverSettings m_settings;
    std::map<QString, AresChannel*> m_channels;
    AresChannel* m_usualChannel = nullptr; ///< m_channels' entry for the own servers over Auto
    std::deque<Waiting> m_waiting;         ///< DnsQueryPriority::Normal, started first
    std::deque<Waiting> m_waitingLeaves;   ///< DnsQueryPriority::Leaf
    bool m_drainScheduled = false;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace todoku
