// SPDX-License-Identifier: GPL-3.0-or-later
// Record types, query outcomes and server addresses shared by every resolver.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/common/Result.h"

namespace todoku {

/** The record types Todoku queries. Values are the IANA RR type numbers (RFC 1035 §3.2.2, RFC 3596). */
enum class DnsRecordType : quint16
{
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
};

/**
 * How a query ended. These stay distinct because SPF, DKIM and DMARC map them differently
 * (RFC 7208 §4.4: NXDOMAIN/NODATA are void lookups, SERVFAIL/timeout are temperror).
 */
enum class DnsOutcome
{
    Answer,       ///< NOERROR with at least one record of the asked type (after CNAMEs)
    NxDomain,     ///< RCODE 3: the name does not exist
    NoData,       ///< NOERROR, the name exists but has no record of this type
    ServFail,     ///< RCODE 2
    Refused,      ///< RCODE 5 (also NOTIMP and FORMERR, which a correct query never causes)
    Timeout,      ///< no server answered in time
    NetworkError, ///< the query could not be sent or the connection was refused
    Malformed,    ///< an answer arrived but could not be parsed
};

/** Transport choice for one query. Auto is UDP with the RFC 1035 §4.2.1 fallback to TCP on truncation. */
enum class DnsTransport
{
    Auto,
    UdpOnly, ///< ignore the TC bit: what a resolver without TCP would see
    TcpOnly,
};

namespace dns {

QString typeName(DnsRecordType type);
/** Parses "TXT", "mx", … Case-insensitive. */
Result<DnsRecordType> parseType(const QString& text);
/** The DESIGN.md JSON spelling: answer, nxdomain, nodata, servfail, refused, timeout, network-error,
 * malformed. */
QString outcomeName(DnsOutcome outcome);
/** True for outcomes that say something about the name (answer, NXDOMAIN, NODATA) rather than a failure. */
bool isDefinite(DnsOutcome outcome);

} // namespace dns

/** A DNS server address with its port. */
struct DnsServer
{
    QHostAddress address;
    quint16 port = 53;

    /** Accepts "192.0.2.1", "192.0.2.1:5353", "2001:db8::1", "[2001:db8::1]:5353". */
    static Result<DnsServer> parse(const QString& text);
    /** "192.0.2.1:5353" or "[2001:db8::1]:53"; the form c-ares' CSV server list takes. */
    QString toString() const;

    friend bool operator==(const DnsServer& a, const DnsServer& b)
    {
        return a.address == b.address && a.port == b.port;
    }
};

/** Settings shared by all queries of one resolver. */
struct DnsResolverSettings
{
    QList<DnsServer> servers; ///< empty: the system's resolvers (/etc/resolv.conf)
    int timeoutMs = 3000;     ///< per try, per server
    int tries = 2;            ///< passes over the server list
    /**
     * Queries on the wire at once; more wait in a queue. A burst larger than the UDP receive buffer holds
     * is lost before the event loop reads it, and the lost answers come back as timeouts. 0 (the default)
     * sizes it from the largest receive buffer the kernel grants (net.core.rmem_max): 128 on a stock
     * kernel, up to 256 where the buffer allows (see AresResolver::automaticInFlight()).
     */
    int maxInFlight = 0;
};

/**
 * Which waiting query a resolver starts first when its in-flight limit is reached. A check's lookups
 * form chains (a record names an include, whose record names another); an answer that can only end a
 * chain, such as the address lookup of an SPF `a` term, is worth less while other chains still grow.
 */
enum class DnsQueryPriority
{
    Normal, ///< the answer may lead to further lookups (a record fetch, an MX or PTR name list)
    Leaf,   ///< the answer ends its chain (an address lookup); waits behind Normal queries
};

/** Per-query overrides, e.g. to ask a zone's authoritative servers directly. */
struct DnsQueryOptions
{
    QList<DnsServer> servers; ///< empty: the resolver's own servers
    DnsTransport transport = DnsTransport::Auto;
    /** Only orders queries waiting for a free slot; never part of a cache key or the channel used. */
    DnsQueryPriority priority = DnsQueryPriority::Normal;
};

} // namespace todoku

Q_DECLARE_METATYPE(todoku::DnsOutcome)
