// SPDX-License-Identifier: GPL-3.0-or-later
// DnsRecord and DnsAnswer: what one query returned, as plain values.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include "core/dns/DnsTypes.h"

namespace todoku {

/**
 * One resource record. Which fields are set depends on type: address (A, AAAA), target (CNAME, PTR, NS,
 * MX exchange, SOA mname), preference (MX), strings (TXT, one entry per character-string, boundaries
 * kept as RFC 7208 §3.3 and RFC 6376 §3.6.2.2 need them), soa (SOA). Names are ASCII, no trailing dot.
 */
struct DnsRecord
{
    QString name;
    DnsRecordType type = DnsRecordType::A;
    quint32 ttl = 0;
    QHostAddress address;
    QString target;
    quint16 preference = 0;
    QList<QByteArray> strings;
    struct Soa
    {
        QString rname;
        quint32 serial = 0, refresh = 0, retry = 0, expire = 0, minimum = 0;
    } soa;

    /** The TXT character-strings joined without separator (RFC 7208 §3.3, RFC 6376 §3.6.2.2). */
    QByteArray joinedText() const;
    /** Zone-file style rdata: `10 mx.example.jp.`, `"v=spf1 " "-all"`, `192.0.2.1`. */
    QString presentation() const;
};

/** The outcome of one query with its records and the facts needed for a trace view. */
struct DnsAnswer
{
    QString name; ///< the name asked, ASCII form
    DnsRecordType type = DnsRecordType::A;
    DnsOutcome outcome = DnsOutcome::NetworkError;
    QList<DnsRecord> records;   ///< records of the asked type (CNAME targets followed)
    QList<DnsRecord> cnames;    ///< the CNAME chain the server followed, in order
    quint32 negativeTtl = 0;    ///< for NXDOMAIN/NODATA: how long resolvers may cache the absence (RFC 2308)
    QString server;             ///< the server(s) asked, "HOST:PORT"[, …]
    int rttMs = 0;              ///< round trip including retries and the TCP fallback
    bool fromCache = false;     ///< answered from a DnsSession's cache
    bool truncated = false;     ///< the reply had the TC bit (seen with DnsTransport::UdpOnly)
    bool authoritative = false; ///< the reply had the AA bit: the server answers for the zone itself
    QString detail;             ///< developer detail for failures (never shown raw to users)

    bool isAnswer() const { return outcome == DnsOutcome::Answer; }
    QList<QByteArray> texts() const; ///< joinedText() of every TXT record
    QList<QHostAddress> addresses() const;
    QStringList targets() const; ///< target of every record (MX sorted by preference)
};

} // namespace todoku
