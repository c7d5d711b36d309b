// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSocketNotifier>

#include "core/dns/AresChannel_p.h"

#include <arpa/inet.h>

namespace todoku {

namespace {

void queryThunk(void* arg, int status, int /*timeouts*/, unsigned char* reply, int length)
{
    // Takes ownership of the callback allocated in query(); runs once per query, also with
    // ARES_EDESTRUCTION while the channel is being destroyed.
    std::unique_ptr<AresChannel::Callback> callback(static_cast<AresChannel::Callback*>(arg));
    (*callback)(status, reply, length);
}

} // namespace

AresChannel::AresChannel(
    const QString& serversCsv, int timeoutMs, int tries, int flags, int receiveBuffer, QObject* parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_channel) {
            ares_process_fd(m_channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD); // expires timed-out queries
            rearm();
        }
    });

    ares_options options{};
    options.sock_state_cb = &AresChannel::sockStateThunk;
    options.sock_state_cb_data = this;
    options.timeout = timeoutMs;
    options.tries = tries;
    // Never apply search domains or HOSTALIASES: every name we ask is fully qualified. NOCHECKRESP hands
    // SERVFAIL and REFUSED answers to us instead of silently moving on: a diagnostic tool must report
    // what the server said (SPF and DKIM turn SERVFAIL into temperror, RFC 7208 §2.6.6).
    options.flags = flags | ARES_FLAG_NOSEARCH | ARES_FLAG_NOALIASES | ARES_FLAG_NOCHECKRESP;
    // Answers to a burst of queries arrive together; the socket must hold them until the event loop reads.
    options.socket_receive_buffer_size = receiveBuffer;
    const int mask =
        ARES_OPT_SOCK_STATE_CB | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_FLAGS | ARES_OPT_SOCK_RCVBUF;
    int rc = ares_init_options(&m_channel, &options, mask);
    if (rc != ARES_SUCCESS) {
        m_initError = QString::fromUtf8(ares_strerror(rc));
        m_channel = nullptr;
        return;
    }
    if (!serversCsv.isEmpty()) {
        rc = ares_set_servers_ports_csv(m_channel, serversCsv.toLatin1().constData());
        if (rc != ARES_SUCCESS) {
            m_initError = QString::fromUtf8(ares_strerror(rc));
            ares_destroy(m_channel);
            m_channel = nullptr;
        }
    }
    m_serverList = readServerList();
}

AresChannel::~AresChannel()
{
    m_destroying = true;
    if (m_channel) {
        // Pending callbacks fire here with ARES_EDESTRUCTION; they only queue work on QPointer'd targets.
        ares_destroy(m_channel);
        m_channel = nullptr;
    }
    for (auto& [fd, watch] : m_watches) {
        delete watch.read;
        delete watch.write;
    }
}

QString AresChannel::readServerList() const
{
    if (!m_channel) {
        return {};
    }
    ares_addr_port_node* servers = nullptr;
    if (ares_get_servers_ports(m_channel, &servers) != ARES_SUCCESS) {
        return {};
    }
    QStringList out;
    for (ares_addr_port_node* n = servers; n; n = n->next) {
        char text[INET6_ADDRSTRLEN] = {};
        const int port = n->udp_port ? n->udp_port : 53;
        if (n->family == AF_INET6) {
            inet_ntop(AF_INET6, &n->addr.addr6, text, sizeof text);
            out.append(QStringLiteral("[%1]:%2").arg(QString::fromLatin1(text)).arg(port));
        } else {
            inet_ntop(AF_INET, &n->addr.addr4, text, sizeof text);
            out.append(QStringLiteral("%1:%2").arg(QString::fromLatin1(text)).arg(port));
        }
    }
    ares_free_data(servers);
    return out.join(QStringLiteral(", "));
}

void AresChannel::query(const QByteArray& aceName, int type, Callback callback)
{
    ++m_pending;
    auto* owned =
        new Callback([this, callback = std::move(callback)](int status, const unsigned char* r, int n) {
            callback(status, r, n);
            if (--m_pending == 0 && !m_destroying) {
                QMetaObject::invokeMethod(this, &AresChannel::idle, Qt::QueuedConnection);
            }
        });
    ares_query(m_channel, aceName.constData(), 1 /* C_IN */, type, &queryThunk, owned);
    rearmIfLater();
}

void AresChannel::sockStateThunk(void* data, ares_socket_t fd, int readable, int writable)
{
    static_cast<AresChannel*>(data)->onSockState(fd, readable != 0, writable != 0);
}

void AresChannel::onSockState(ares_socket_t fd, bool readable, bool writable)
{
    auto it = m_watches.find(fd);
    if (!readable && !writable) {
        if (it != m_watches.end()) {
            // We may be inside this very notifier's activated(): disable now, delete later. A disabled
            // notifier is unregistered, so a reused fd number gets a fresh notifier without a clash.
            for (QSocketNotifier* n : {it->second.read, it->second.write}) {
                if (n) {
                    n->setEnabled(false);
                    n->deleteLater();
                }
            }
            m_watches.erase(it);
        }
        return;
    }
    Watch& watch = m_watches[fd];
    if (readable && !watch.read) {
        watch.read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(watch.read, &QSocketNotifier::activated, this, [this, fd] { process(fd, ARES_SOCKET_BAD); });
    }
    if (writable && !watch.write) {
        watch.write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
        connect(watch.write, &QSocketNotifier::activated, this, [this, fd] { process(ARES_SOCKET_BAD, fd); });
    }
    if (watch.read) {
        watch.read->setEnabled(readable);
    }
    if (watch.write) {
        watch.write->setEnabled(writable);
    }
}

void AresChannel::process(ares_socket_t readFd, ares_socket_t writeFd)
{
    if (!m_channel) {
        return;
    }
    ares_process_fd(m_channel, readFd, writeFd);
    // Answers only remove deadlines, and a retry or TCP fallback started here is due a full try from now:
    // a timer that fires earlier may fire early (then rearm() finds the real deadline), never late.
    rearmIfLater();
}

void AresChannel::rearmIfLater()
{
    if (m_timer.isActive() && m_timerDueMs <= m_clock.elapsed() + m_timeoutMs) {
        return;
    }
    rearm();
}

void AresChannel::rearm()
{
    if (!m_channel) {
        return;
    }
    timeval tv{};
    if (!ares_timeout(m_channel, nullptr, &tv)) {
        m_timer.stop();
        return;
    }
    const qint64 ms = qMax<qint64>(qint64(tv.tv_sec) * 1000 + (tv.tv_usec + 999) / 1000, 1);
    m_timerDueMs = m_clock.elapsed() + ms;
    m_timer.start(static_cast<int>(ms));
}

} // namespace todoku
