// SPDX-License-Identifier: GPL-3.0-or-later
// AresChannel: one c-ares channel driven by the Qt event loop (QSocketNotifier + QTimer, no polling).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <unordered_map>

#include <ares.h>

class QSocketNotifier;

namespace todoku {

/**
 * Owns an ares_channel and feeds it from the event loop of the thread that created it (STYLE.md B8):
 * c-ares tells us which sockets it wants watched through its socket-state callback, we keep one read and
 * one write QSocketNotifier per socket, and a single-shot timer follows ares_timeout() so that queries
 * expire without a polling tick. The channel is not thread-safe; neither is this class.
 */
class AresChannel : public QObject
{
    Q_OBJECT

public:
    /** status is the c-ares status; reply/length the raw answer, possibly null. Runs inside c-ares. */
    using Callback = std::function<void(int status, const unsigned char* reply, int length)>;

    /** `serversCsv` empty: the system configuration. `flags` are ARES_FLAG_* bits. */
    /** `receiveBuffer`: SO_RCVBUF for its UDP sockets in bytes (the kernel caps it at net.core.rmem_max). */
    AresChannel(const QString& serversCsv,
                int timeoutMs,
                int tries,
                int flags,
                int receiveBuffer,
                QObject* parent = nullptr);
    ~AresChannel() override;

    bool isValid() const { return m_channel != nullptr; }
    QString initError() const { return m_initError; }
    /** The servers this channel asks, as "HOST:PORT" strings (read once: they never change). */
    const QString& serverList() const { return m_serverList; }

    void query(const QByteArray& aceName, int type, Callback callback);
    /** Queries started on this channel whose callback has not run yet. */
    int pending() const { return m_pending; }

signals:
    /** Emitted (queued) when the last pending query has ended. */
    void idle();

private:
    struct Watch
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };

    static void sockStateThunk(void* data, ares_socket_t fd, int readable, int writable);
    void onSockState(ares_socket_t fd, bool readable, bool writable);
    void process(ares_socket_t readFd, ares_socket_t writeFd);
    /** Follows ares_timeout(), which walks every query in flight (c-ares 1.18). */
    void rearm();
    /** rearm() unless the timer already fires before any deadline a query started now could have. */
    void rearmIfLater();
    QString readServerList() const;

    ares_channel m_channel = nullptr;
    QString m_initError;
    std::unordered_map<ares_socket_t, Watch> m_watches;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_timerDueMs = 0; ///< on m_clock, while m_timer is active
    int m_timeoutMs = 0;
    QString m_serverList;
    int m_pending = 0;
    bool m_destroying = false;
};

} // namespace todoku
