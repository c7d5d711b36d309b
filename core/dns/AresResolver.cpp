// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/AresResolver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>

#include <ares.h>

#include "core/dns/AresChannel_p.h"
#include "core/dns/AresReply_p.h"

Q_LOGGING_CATEGORY(lcDns, "todoku.dns", QtWarningMsg)

namespace todoku {

namespace {

/**
 * The kernel accounts roughly 1 KiB of receive buffer per small datagram (payload plus its skb), so a
 * socket that must hold `inFlight` answers at once needs about that many KiB; never less than the usual
 * default of 208 KiB.
 */
int receiveBufferFor(int inFlight)
{
    return qMax(212992, inFlight * 1024);
}

QString serversCsv(const QList<DnsServer>& servers)
{
    QStringList parts;
    for (const DnsServer& s : servers) {
        parts.append(s.toString());
    }
    return parts.join(u',');
}

int transportFlags(DnsTransport transport)
{
    switch (transport) {
    case DnsTransport::Auto:
        return 0;
    case DnsTransport::UdpOnly:
        return ARES_FLAG_IGNTC;
    case DnsTransport::TcpOnly:
        return ARES_FLAG_USEVC;
    }
    return 0;
}

DnsAnswer answerFrom(DnsAnswer answer, int status, const unsigned char* reply, int length)
{
    // RFC 1035 §4.1.1: the third header byte holds QR, Opcode, AA (0x04), TC (0x02) and RD.
    if (reply && length >= 4) {
        answer.authoritative = (reply[2] & 0x04) != 0;
        answer.truncated = (reply[2] & 0x02) != 0;
    }
    const auto parseNegative = [&] {
        const dns::ParsedReply parsed = dns::parseReply(reply, length, answer.type);
        if (parsed.ok) {
            answer.negativeTtl = parsed.negativeTtl;
            answer.cnames = parsed.cnames;
        }
    };
    switch (status) {
    case ARES_SUCCESS: {
        const dns::ParsedReply parsed = dns::parseReply(reply, length, answer.type);
        if (!parsed.ok) {
            answer.outcome = DnsOutcome::Malformed;
            answer.detail = parsed.error;
            break;
        }
        answer.records = parsed.records;
        answer.cnames = parsed.cnames;
        answer.negativeTtl = parsed.negativeTtl;
        // NOERROR with only a CNAME to a name without this type is NODATA for the asked type.
        answer.outcome = parsed.records.isEmpty() ? DnsOutcome::NoData : DnsOutcome::Answer;
        break;
    }
    case ARES_ENODATA:
        answer.outcome = DnsOutcome::NoData;
        parseNegative();
        break;
    case ARES_ENOTFOUND:
        answer.outcome = DnsOutcome::NxDomain;
        parseNegative();
        break;
    case ARES_ESERVFAIL:
        answer.outcome = DnsOutcome::ServFail;
        break;
    case ARES_EREFUSED:
    case ARES_ENOTIMP:
    case ARES_EFORMERR:
        answer.outcome = DnsOutcome::Refused;
        answer.detail = QString::fromUtf8(ares_strerror(status));
        break;
    case ARES_ETIMEOUT:
        answer.outcome = DnsOutcome::Timeout;
        break;
    case ARES_EBADRESP:
        answer.outcome = DnsOutcome::Malformed;
        answer.detail = QString::fromUtf8(ares_strerror(status));
        break;
    default:
        answer.outcome = DnsOutcome::NetworkError;
        answer.detail = QString::fromUtf8(ares_strerror(status));
        break;
    }
    return answer;
}

} // namespace

AresResolver::AresResolver(DnsResolverSettings settings, QObject* parent)
    : DnsResolver(parent)
    , m_settings(std::move(settings))
{}

int AresResolver::inFlightLimit() const
{
    return m_settings.maxInFlight > 0 ? m_settings.maxInFlight : automaticInFlight();
}

int AresResolver::inFlightForReceiveBuffer(qint64 rmemMax)
{
    return int(qBound(qint64(128), rmemMax * 5 / 8 / 1024, qint64(256)));
}

int AresResolver::automaticInFlight()
{
    // Read once: the sysctl rarely changes while the program runs, and every resolver would ask again.
    static const int limit = [] {
        QFile file(QStringLiteral("/proc/sys/net/core/rmem_max"));
        bool ok = false;
        const qint64 rmemMax = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong(&ok) : 0;
        return ok ? inFlightForReceiveBuffer(rmemMax) : 128;
    }();
    return limit;
}

AresResolver::~AresResolver()
{
    // Destroy channels while this object is whole: their pending callbacks fire with ARES_EDESTRUCTION.
    retireChannels();
}

void AresResolver::setSettings(const DnsResolverSettings& settings)
{
    m_settings = settings;
    // Recreate rather than reconfigure (curl #18216): a new channel per settings change is the safe reset.
    // Queries in flight finish on their old channel, which goes once it is idle.
    for (auto& [key, channel] : m_channels) {
        if (channel->pending() == 0) {
            channel->deleteLater();
        } else {
            connect(channel, &AresChannel::idle, channel, &QObject::deleteLater);
        }
    }
    m_channels.clear();
    m_usualChannel = nullptr;
}

void AresResolver::retireChannels()
{
    // Retired channels still waiting for their queries are children too.
    for (AresChannel* channel : findChildren<AresChannel*>(Qt::FindDirectChildrenOnly)) {
        delete channel;
    }
    m_channels.clear();
    m_usualChannel = nullptr;
}

AresChannel* AresResolver::channelFor(const DnsQueryOptions& options)
{
    const bool usual = options.servers.isEmpty() && options.transport == DnsTransport::Auto;
    if (usual && m_usualChannel) {
        return m_usualChannel; // nearly every query: no key to build
    }
    const QList<DnsServer>& servers = options.servers.isEmpty() ? m_settings.servers : options.servers;
    const QString csv = serversCsv(servers);
    const QString key = csv + u'|' + QString::number(int(options.transport));
    auto it = m_channels.find(key);
    if (it != m_channels.end()) {
        if (usual) {
            m_usualChannel = it->second;
        }
        return it->second;
    }
    auto* channel = new AresChannel(csv,
                                    m_settings.timeoutMs,
                                    m_settings.tries,
                                    transportFlags(options.transport),
                                    receiveBufferFor(inFlightLimit()),
                                    this);
    if (!channel->isValid()) {
        qCWarning(lcDns) << "c-ares channel init failed:" << channel->initError();
    }
    m_channels.emplace(key, channel);
    if (usual) {
        m_usualChannel = channel;
    }
    return channel;
}

DnsQuery* AresResolver::lookup(const QString& aceName,
                               DnsRecordType type,
                               const DnsQueryOptions& options,
                               QObject* parent)
{
    auto* query = new DnsQuery(aceName, type, parent);
    send(aceName, type, options, DnsAnswerTarget::of(query));
    return query;
}

void AresResolver::askFor(const QString& aceName,
                          DnsRecordType type,
                          const DnsQueryOptions& options,
                          QObject* context,
                          DnsAnswerHandler then)
{
    send(aceName, type, options, DnsAnswerTarget::of(context, std::move(then)));
}

void AresResolver::send(const QString& aceName,
                        DnsRecordType type,
                        const DnsQueryOptions& options,
                        DnsAnswerTarget target)
{
    if (m_inFlight >= inFlightLimit()) {
        (options.priority == DnsQueryPriority::Leaf ? m_waitingLeaves : m_waiting)
            .push_back(Waiting{aceName, type, options, std::move(target)});
    } else {
        start(aceName, type, options, std::move(target));
    }
}

void AresResolver::startWaiting()
{
    m_drainScheduled = false;
    while ((!m_waiting.empty() || !m_waitingLeaves.empty()) && m_inFlight < inFlightLimit()) {
        std::deque<Waiting>& queue = m_waiting.empty() ? m_waitingLeaves : m_waiting;
        Waiting next = std::move(queue.front());
        queue.pop_front();
        if (!next.target.isGone()) { // skip queries whose owner went away while they waited
            start(next.name, next.type, next.options, std::move(next.target));
        }
    }
}

void AresResolver::start(const QString& aceName,
                         DnsRecordType type,
                         const DnsQueryOptions& options,
                         DnsAnswerTarget target)
{
    AresChannel* channel = channelFor(options);
    DnsAnswer pending;
    pending.name = aceName;
    pending.type = type;
    pending.server = channel->serverList();
    if (!channel->isValid()) {
        pending.outcome = DnsOutcome::NetworkError;
        pending.detail = channel->initError();
        deliverLater(std::move(target), pending);
        return;
    }
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    QElapsedTimer clock;
    clock.start();
    QPointer<AresResolver> self(this);
    channel->query(aceName.toLatin1(),
                   int(type),
                   [target = std::move(target), self, clock, pending](
                       int status, const unsigned char* reply, int length) mutable {
                       if (self) {
                           --self->m_inFlight;
                           // Start waiting queries from the event loop, not from inside c-ares.
                           if (self->queriesQueued() > 0 && !self->m_drainScheduled) {
                               self->m_drainScheduled = true;
                               QMetaObject::invokeMethod(
                                   self, &AresResolver::startWaiting, Qt::QueuedConnection);
                           }
                       }
                       if (target.isGone()) {
                           return; // the caller went away: cancelled
                       }
                       DnsAnswer answer = answerFrom(pending, status, reply, length);
                       answer.rttMs = int(clock.elapsed());
                       if (self) {
                           self->deliverLater(std::move(target), std::move(answer));
                       } else {
                           deliverOrphaned(std::move(target), std::move(answer));
                       }
                   });
}

} // namespace todoku
