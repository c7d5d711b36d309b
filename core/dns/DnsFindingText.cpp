// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::dns {

namespace {

// Arguments (core/dns/AuthoritativeProbe.cpp): per-server findings take %1 NS name, %2 address, %3 the
// name asked, %4 its type, %5 UDP or TCP; dns.lame %1 NS name, %2 address, %3 zone; dns.servers-* %1 name,
// %2 type, %3 a count; dns.no-nameservers %1 name, %2 outcome; dns.ns-unresolvable %1 NS name, %2 zone.
constexpr FindingTextEntry ENTRIES[] = {
    {"dns.servers-agree",
     QT_TRANSLATE_NOOP("DnsFindings", "All authoritative servers give the same %2 answer"),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "The %3 authoritative server addresses of %1 were asked directly over UDP and TCP and "
                       "all answered alike."),
     ""},
    {"dns.servers-disagree",
     QT_TRANSLATE_NOOP("DnsFindings", "The authoritative servers disagree about %1 %2"),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "Asked directly, the servers of the zone give %3 different answers for %1 %2. A "
                       "receiving server sees one or the other depending on which it asks, so checks pass "
                       "at one moment and fail at the next."),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "Make every server serve the same zone: check that the secondaries transfer from the "
                       "primary (the SOA serial was raised), or remove the old DNS host from the NS records "
                       "at the registrar.")},
    {"dns.server-timeout",
     QT_TRANSLATE_NOOP("DnsFindings", "%1 (%2) does not answer over %5"),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "The authoritative server %1 at %2 gave no answer to %3 %4 over %5 in time. Receivers "
                       "that ask it get a temporary error (temperror) instead of your record."),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "Ask your DNS host to fix or remove this server; a firewall that drops DNS over %5 "
                       "has the same effect.")},
    {"dns.server-servfail",
     QT_TRANSLATE_NOOP("DnsFindings", "%1 (%2) answers SERVFAIL"),
     QT_TRANSLATE_NOOP(
         "DnsFindings",
         "The authoritative server %1 at %2 answered %3 %4 with SERVFAIL: it has no usable copy "
         "of the zone (a failed transfer or a broken zone file). Receivers see a temporary "
         "error (temperror)."),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "Ask your DNS host to reload the zone on that server or take it out of the NS set.")},
    {"dns.server-unreachable",
     QT_TRANSLATE_NOOP("DnsFindings", "%1 (%2) cannot be reached over %5"),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "The query %3 %4 to the authoritative server %1 at %2 over %5 was refused or failed "
                       "on the network."),
     QT_TRANSLATE_NOOP("DnsFindings", "Ask your DNS host whether the server is still in service.")},
    {"dns.truncated-no-tcp",
     QT_TRANSLATE_NOOP("DnsFindings", "%1 (%2) truncates %3 and does not answer over TCP"),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "The UDP answer for %3 %4 is too large and is marked truncated, and the same question "
                       "over TCP gets no answer. Receivers cannot read the record at all."),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "Allow DNS over TCP port 53 to this server, or make the record shorter.")},
    {"dns.lame",
     QT_TRANSLATE_NOOP("DnsFindings", "%1 (%2) does not serve %3"),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "%1 is listed as a name server of %3 but refused or answered without authority: a "
                       "lame delegation. Queries that reach it fail."),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "Remove %1 from the NS records at your registrar, or add the zone to that server.")},
    {"dns.no-nameservers",
     QT_TRANSLATE_NOOP("DnsFindings", "No name servers found for %1"),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "Looking for the NS records of %1 and its parent domains ended with %2, so its "
                       "authoritative servers could not be asked."),
     ""},
    {"dns.ns-unresolvable",
     QT_TRANSLATE_NOOP("DnsFindings", "The name server %1 has no address"),
     QT_TRANSLATE_NOOP("DnsFindings",
                       "%1 is a name server of %2, but it has no A or AAAA record, so nobody can ask it."),
     QT_TRANSLATE_NOOP("DnsFindings", "Correct the NS record at your registrar.")},
};

} // namespace

std::optional<FindingText> findingText(const QString& id, const QStringList& args)
{
    return findings::lookup("DnsFindings", ENTRIES, id, args);
}

} // namespace todoku::dns
