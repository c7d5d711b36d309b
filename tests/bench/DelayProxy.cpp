// SPDX-License-Identifier: GPL-3.0-or-later
// dns_delay_proxy: a DNS forwarder that answers every query a fixed delay after it arrived, for benchmarks
// that must show independent lookups overlapping. UDP and TCP on one port; queries are handled concurrently.
//   dns_delay_proxy --upstream 127.0.0.1:PORT [--listen-port 0] [--delay-ms 20] [--port-file FILE]
// The kernel's netem would do this more precisely but needs privileges this machine does not give.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkDatagram>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QUdpSocket>

namespace {

struct Pending
{
    QHostAddress client;
    quint16 clientPort = 0;
    quint16 clientId = 0;
    qint64 arrivedMs = 0;
};

class DelayProxy : public QObject
{
public:
    DelayProxy(QHostAddress upstream, quint16 upstreamPort, int delayMs)
        : m_upstream(std::move(upstream))
        , m_upstreamPort(upstreamPort)
        , m_delayMs(delayMs)
    {
        m_clock.start();
        connect(&m_listen, &QUdpSocket::readyRead, this, &DelayProxy::onClientDatagram);
        connect(&m_forward, &QUdpSocket::readyRead, this, &DelayProxy::onUpstreamDatagram);
        connect(&m_tcp, &QTcpServer::newConnection, this, &DelayProxy::onTcpConnection);
    }

    bool listen(quint16 port)
    {
        if (!m_listen.bind(QHostAddress::LocalHost, port) || !m_forward.bind(QHostAddress::LocalHost, 0)) {
            return false;
        }
        // A burst of hundreds of queries (and their answers) overflows the default 208 KiB receive buffer
        // before the event loop reads it; the lost datagrams would show up as the client's retries.
        for (QUdpSocket* s : {&m_listen, &m_forward}) {
            s->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 << 20);
        }
        return m_tcp.listen(QHostAddress::LocalHost, m_listen.localPort());
    }
    quint16 port() const { return m_listen.localPort(); }

private:
    void later(qint64 arrivedMs, std::function<void()> send)
    {
        const qint64 wait = qMax<qint64>(0, arrivedMs + m_delayMs - m_clock.elapsed());
        QTimer::singleShot(std::chrono::milliseconds(wait), Qt::PreciseTimer, this, std::move(send));
    }

    void onClientDatagram()
    {
        while (m_listen.hasPendingDatagrams()) {
            const QNetworkDatagram d = m_listen.receiveDatagram();
            QByteArray query = d.data();
            if (query.size() < 12) {
                continue;
            }
            // Rewrite the id so that answers to clients with colliding ids stay apart.
            const quint16 id = m_nextId++;
            Pending p{d.senderAddress(),
                      quint16(d.senderPort()),
                      quint16((uchar(query[0]) << 8) | uchar(query[1])),
                      m_clock.elapsed()};
            m_pending.insert(id, p);
            query[0] = char(id >> 8);
            query[1] = char(id & 0xff);
            m_forward.writeDatagram(query, m_upstream, m_upstreamPort);
        }
    }

    void onUpstreamDatagram()
    {
        while (m_forward.hasPendingDatagrams()) {
            QByteArray answer = m_forward.receiveDatagram().data();
            if (answer.size() < 12) {
                continue;
            }
            const quint16 id = quint16((uchar(answer[0]) << 8) | uchar(answer[1]));
            const auto it = m_pending.find(id);
            if (it == m_pending.end()) {
                continue;
            }
            const Pending p = *it;
            m_pending.erase(it);
            answer[0] = char(p.clientId >> 8);
            answer[1] = char(p.clientId & 0xff);
            later(p.arrivedMs, [this, answer, p] { m_listen.writeDatagram(answer, p.client, p.clientPort); });
        }
    }

    void onTcpConnection()
    {
        while (QTcpSocket* client = m_tcp.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(m_upstream, m_upstreamPort);
            auto* arrivals = new QList<qint64>;
            connect(client, &QObject::destroyed, [arrivals] { delete arrivals; });
            connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, arrivals] {
                arrivals->append(m_clock.elapsed());
                upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, arrivals] {
                const QByteArray data = upstream->readAll();
                const qint64 arrived = arrivals->isEmpty() ? m_clock.elapsed() : arrivals->first();
                later(arrived, [client = QPointer<QTcpSocket>(client), data] {
                    if (client) {
                        client->write(data);
                    }
                });
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QHostAddress m_upstream;
    quint16 m_upstreamPort;
    int m_delayMs;
    QElapsedTimer m_clock;
    QUdpSocket m_listen;
    QUdpSocket m_forward;
    QTcpServer m_tcp;
    QHash<quint16, Pending> m_pending;
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
    DelayProxy proxy(QHostAddress(upstream.left(colon)),
                     quint16(upstream.mid(colon + 1).toUInt()),
                     parser.value(delayOption).toInt());
    if (colon < 0 || !proxy.listen(quint16(parser.value(portOption).toUInt()))) {
        QTextStream(stderr) << "dns_delay_proxy: cannot listen or bad --upstream\n";
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
