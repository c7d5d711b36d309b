// SPDX-License-Identifier: GPL-3.0-or-later
// AuthoritativeProbe: asks every authoritative server of a name's zone directly, over UDP and over TCP,
// and says where they disagree, time out, truncate without TCP or fail ("Why temperror?").
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

#include "core/diagnosis/Finding.h"
#include "core/dns/DnsRecord.h"

namespace todoku {

class DnsResolver;

/** What one authoritative server address said, once over UDP (TC ignored) and once over TCP. */
struct AuthoritativeServerResult
{
    QString host;     ///< the NS name, ASCII, no trailing dot
    DnsServer server; ///< one of its addresses (A or AAAA) with the probe's port
    DnsServer asked;  ///< where the questions went: `server`, unless AuthoritativeProbe::mapServer moved it
    DnsAnswer udp;    ///< DnsTransport::UdpOnly
    DnsAnswer tcp;    ///< DnsTransport::TcpOnly
    /** The UDP reply was truncated and the same question over TCP got no answer (RFC 7766 §5). */
    bool truncatedNoTcp = false;
    /** The server refused or answered without the AA bit: it does not serve the zone (a lame delegation). */
    bool lame = false;

    /** The answer to compare: TCP when it gave a definite outcome, else UDP. */
    const DnsAnswer& best() const;
    /** "answer: "v=spf1 -all"", "nxdomain", "servfail" …: what this server says, for comparison. */
    QString summary() const;
};

/** The outcome of one probe. A value type; `queries` holds every DNS answer the probe used. */
struct AuthoritativeReport
{
    QString name; ///< ASCII, no trailing dot
    DnsRecordType type = DnsRecordType::TXT;
    QString zone;            ///< the closest enclosing name with an NS set; empty if none was found
    QStringList nameServers; ///< that NS set, sorted by name
    QList<AuthoritativeServerResult> servers; ///< one per (NS name, address), in NS order
    QList<DnsAnswer> queries;
    /**
     * dns.servers-agree (ok), dns.servers-disagree, dns.server-timeout, dns.server-servfail,
     * dns.server-unreachable, dns.truncated-no-tcp, dns.lame, dns.no-nameservers, dns.ns-unresolvable.
     */
    QList<Finding> findings;

    /** True when every server that gave a definite answer gave the same one. */
    bool serversAgree() const;
};

/**
 * Finds the zone's authoritative servers through the given resolver (NS of the name, else of each parent in
 * turn), resolves their addresses, then asks each address directly over UDP and over TCP. Every server is
 * asked at once; a server that times out costs one resolver timeout × tries, not more. One probe per object;
 * finished() is emitted once, from the event loop. The resolver must outlive the probe's work.
 */
class AuthoritativeProbe : public QObject
{
    Q_OBJECT

public:
    explicit AuthoritativeProbe(DnsResolver* resolver, QObject* parent = nullptr);
    ~AuthoritativeProbe() override;

    /** The port the discovered servers are asked on (53; tests use the fixture's port). */
    void setServerPort(quint16 port) { m_port = port; }
    /**
     * Asks `to` whenever a name server's address is `from` (tests: the NS records name 127.0.0.2, and a
     * second named on another port of 127.0.0.1 plays that server). The report shows the NS address.
     */
    void mapServer(const QHostAddress& from, const DnsServer& to) { m_map.append({from, to}); }
    /** Starts the probe of `aceName` (ASCII, no trailing dot). */
    void probe(const QString& aceName, DnsRecordType type);

    bool isFinished() const { return m_finished; }
    const AuthoritativeReport& report() const { return m_report; }

signals:
    void finished();

private:
    void ask(const QString& name,
             DnsRecordType type,
             const DnsQueryOptions& options,
             std::function<void(const DnsAnswer&)> then);
    void findZone(const QString& candidate);
    void resolveServers();
    void askServers();
    void done();
    void finish();

    QPointer<DnsResolver> m_resolver;
    quint16 m_port = 53;
    QList<std::pair<QHostAddress, DnsServer>> m_map;
    int m_pending = 0;
    bool m_finished = false;
    AuthoritativeReport m_report;
};

} // namespace todoku
