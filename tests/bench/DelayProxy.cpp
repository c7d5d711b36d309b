// SPDX-License-Identifier: GPL-3.0-or-later
// dns_delay_proxy: a DNS forwarder that answers every query a fixed delay after it arrived, for benchmarks
// that must show independent lookups overlapping. UDP and TCP on one port; queries are handled concurrently.
//   dns_delay_proxy --upstream 127.0.0.1:PORT [--listen-port 0] [--delay-ms 20] [--port-file FILE]
// The kernel's netem would do this more precisely but needs privileges this machine does not give.
//
// It shares two cores with the program it measures, so the UDP path is kept cheap: datagrams are moved in
// batches with recvmmsg/sendmmsg (QUdpSocket costs three system calls per datagram), and answers wait in
// one queue ordered by deadline behind one timer instead of a timer object per packet.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <array>
#include <deque>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int BATCH = 64;
constexpr int MAX_DATAGRAM = 65535;
constexpr int RECEIVE_BUFFER = 4 << 20;

/** A non-blocking UDP socket on 127.0.0.1 that sends and receives in batches. */
class BatchSocket
{
public:
    BatchSocket() = default;
    BatchSocket(const BatchSocket&) = delete;
    BatchSocket& operator=(const BatchSocket&) = delete;
    ~BatchSocket()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }

    bool bind(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            return false;
        }
        // A burst of hundreds of queries (and their answers) overflows the default 208 KiB receive buffer
        // before the event loop reads it; the lost datagrams would show up as the client's retries.
        const int size = RECEIVE_BUFFER;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
        sockaddr_in address = loopback(port);
        return ::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    }

    int fd() const { return m_fd; }

    quint16 port() const
    {
        sockaddr_in address{};
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length);
        return ntohs(address.sin_port);
    }

    static sockaddr_in loopback(quint16 port)
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return address;
    }

    /** Calls `each(data, length, sender)` for every datagram waiting, BATCH per system call. */
    template <typename Each>
    void receiveAll(Each each)
    {
        for (;;) {
            std::array<mmsghdr, BATCH> headers{};
            std::array<iovec, BATCH> vectors{};
            std::array<sockaddr_in, BATCH> senders{};
            for (int i = 0; i < BATCH; ++i) {
                vectors[i] = {m_buffers[i].data(), m_buffers[i].size()};
                headers[i].msg_hdr.msg_iov = &vectors[i];
                headers[i].msg_hdr.msg_iovlen = 1;
                headers[i].msg_hdr.msg_name = &senders[i];
                headers[i].msg_hdr.msg_namelen = sizeof senders[i];
            }
            const int n = ::recvmmsg(m_fd, headers.data(), BATCH, MSG_DONTWAIT, nullptr);
            if (n <= 0) {
                return;
            }
            for (int i = 0; i < n; ++i) {
                each(m_buffers[i].data(), int(headers[i].msg_len), senders[i]);
            }
            if (n < BATCH) {
                return;
            }
        }
    }

    /** Queues a datagram for flush(). */
    void add(QByteArray data, const sockaddr_in& to) { m_out.push_back(Outgoing{std::move(data), to}); }

    /** Sends what add() queued, BATCH per system call. Datagrams the kernel refuses are dropped, as UDP may.
     */
    void flush()
    {
        for (size_t at = 0; at < m_out.size();) {
            const size_t n = std::min<size_t>(BATCH, m_out.size() - at);
            std::array<mmsghdr, BATCH> headers{};
            std::array<iovec, BATCH> vectors{};
            for (size_t i = 0; i < n; ++i) {
                Outgoing& o = m_out[at + i];
                vectors[i] = {o.data.data(), size_t(o.data.size())};
                headers[i].msg_hdr.msg_iov = &vectors[i];
                headers[i].msg_hdr.msg_iovlen = 1;
                headers[i].msg_hdr.msg_name = &o.to;
                headers[i].msg_hdr.msg_namelen = sizeof o.to;
            }
            const int sent = ::sendmmsg(m_fd, headers.data(), unsigned(n), 0);
            at += sent > 0 ? size_t(sent) : 1; // skip one that cannot be sent rather than spin
        }
        m_out.clear();
    }

private:
    struct Outgoing
    {
        QByteArray data;
        sockaddr_in to;
    };

    int m_fd = -1;
    std::vector<std::array<char, MAX_DATAGRAM>> m_buffers =
        std::vector<std::array<char, MAX_DATAGRAM>>(BATCH);
    std::vector<Outgoing> m_out;
};

/** A query forwarded upstream under a rewritten id, waiting for its answer. */
struct Pending
{
    sockaddr_in client{};
    quint16 clientId = 0;
    qint64 arrivedMs = 0;
    bool used = false;
};

/** An answer waiting for its deadline: to a UDP client, or to a TCP client if `tcp` is set. */
struct Due
{
    qint64 atMs = 0;
    QByteArray data;
    sockaddr_in client{};
    bool overTcp = false;
    QPointer<QTcpSocket> tcp;
};

quint16 idOf(const char* packet)
{
    return quint16((uchar(packet[0]) << 8) | uchar(packet[1]));
}

class DelayProxy : public QObject
{
public:
    DelayProxy(quint32 upstreamIp4, quint16 upstreamPort, int delayMs)
        : m_upstreamAddress(upstreamIp4)
        , m_upstreamPort(upstreamPort)
        , m_delayMs(delayMs)
    {
        m_upstream.sin_family = AF_INET;
        m_upstream.sin_port = htons(upstreamPort);
        m_upstream.sin_addr.s_addr = htonl(upstreamIp4);
        m_clock.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DelayProxy::sendDue);
        connect(&m_tcp, &QTcpServer::newConnection, this, &DelayProxy::onTcpConnection);
    }

    bool listen(quint16 port)
    {
        if (!m_listen.bind(port) || !m_forward.bind(0)) {
            return false;
        }
        for (BatchSocket* s : {&m_listen, &m_forward}) {
            auto* notifier = new QSocketNotifier(s->fd(), QSocketNotifier::Read, this);
            connect(notifier,
                    &QSocketNotifier::activated,
                    this,
                    s == &m_listen ? &DelayProxy::onClientDatagrams : &DelayProxy::onUpstreamDatagrams);
        }
        return m_tcp.listen(QHostAddress::LocalHost, m_listen.port());
    }
    quint16 port() const { return m_listen.port(); }

private:
    void onClientDatagrams()
    {
        const qint64 now = m_clock.elapsed();
        m_listen.receiveAll([&](char* query, int length, const sockaddr_in& sender) {
            if (length < 12) {
                return;
            }
            // Rewrite the id so that answers to clients with colliding ids stay apart.
            const quint16 id = m_nextId++;
            m_pending[id] = Pending{sender, idOf(query), now, true};
            query[0] = char(id >> 8);
            query[1] = char(id & 0xff);
            m_forward.add(QByteArray(query, length), m_upstream);
        });
        m_forward.flush();
    }

    void onUpstreamDatagrams()
    {
        m_forward.receiveAll([&](char* answer, int length, const sockaddr_in&) {
            if (length < 12) {
                return;
            }
            Pending& p = m_pending[idOf(answer)];
            if (!p.used) {
                return;
            }
            p.used = false;
            answer[0] = char(p.clientId >> 8);
            answer[1] = char(p.clientId & 0xff);
            schedule(Due{p.arrivedMs + m_delayMs, QByteArray(answer, length), p.client, false, {}});
        });
    }

    /** Keeps m_due ordered by deadline; answers mostly come in arrival order, so this appends. */
    void schedule(Due due)
    {
        const auto at = std::upper_bound(
            m_due.begin(), m_due.end(), due.atMs, [](qint64 t, const Due& d) { return t < d.atMs; });
        const bool first = at == m_due.begin();
        m_due.insert(at, std::move(due));
        if (first || !m_timer.isActive()) {
            armTimer();
        }
    }

    void armTimer()
    {
        if (m_due.empty()) {
            m_timer.stop();
            return;
        }
        m_timer.start(int(qMax<qint64>(0, m_due.front().atMs - m_clock.elapsed())));
    }

    void sendDue()
    {
        const qint64 now = m_clock.elapsed();
        while (!m_due.empty() && m_due.front().atMs <= now) {
            Due& d = m_due.front();
            if (!d.overTcp) {
                m_listen.add(std::move(d.data), d.client);
            } else if (d.tcp) {
                d.tcp->write(d.data);
            }
            m_due.pop_front();
        }
        m_listen.flush();
        armTimer();
    }

    void onTcpConnection()
    {
        while (QTcpSocket* client = m_tcp.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(m_upstreamAddress, m_upstreamPort);
            auto* arrivals = new QList<qint64>;
            connect(client, &QObject::destroyed, [arrivals] { delete arrivals; });
            connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, arrivals] {
                arrivals->append(m_clock.elapsed());
                upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, arrivals] {
                const qint64 arrived = arrivals->isEmpty() ? m_clock.elapsed() : arrivals->first();
                schedule(Due{arrived + m_delayMs, upstream->readAll(), {}, true, client});
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    sockaddr_in m_upstream{};
    QHostAddress m_upstreamAddress;
    quint16 m_upstreamPort;
    int m_delayMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    BatchSocket m_listen;
    BatchSocket m_forward;
    QTcpServer m_tcp;
    std::vector<Pending> m_pending = std::vector<Pending>(65536);
    std::deque<Due> m_due;
    quint16 m_nextId = 1;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption upstreamOption(
        QStringLiteral("upstream"), QStringLiteral("server"), QStringLiteral("HOST:PORT"));
    const QCommandLineOption portOption(
        QStringLiteral("listen-port"), QStringLiteral("port"), QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption delayOption(
        QStringLiteral("delay-ms"), QStringLiteral("delay"), QStringLiteral("MS"), QStringLiteral("20"));
    const QCommandLineOption portFileOption(
        QStringLiteral("port-file"), QStringLiteral("file"), QStringLiteral("FILE"));
    parser.addOptions({upstreamOption, portOption, delayOption, portFileOption});
    parser.process(app);
    const QString upstream = parser.value(upstreamOption);
    const int colon = int(upstream.lastIndexOf(u':'));
    bool isIp4 = false;
    const quint32 upstreamIp = QHostAddress(upstream.left(colon)).toIPv4Address(&isIp4);
    DelayProxy proxy(
        upstreamIp, quint16(upstream.mid(colon + 1).toUInt()), parser.value(delayOption).toInt());
    if (colon < 0 || !isIp4 || !proxy.listen(quint16(parser.value(portOption).toUInt()))) {
        QTextStream(stderr) << "dns_delay_proxy: cannot listen or bad --upstream (an IPv4 HOST:PORT)\n";
        return 1;
    }
    if (parser.isSet(portFileOption)) {
        QFile f(parser.value(portFileOption));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QByteArray::number(proxy.port()));
        }
    }
    return app.exec();
}
