// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::audit {

namespace {

// Arguments as DomainAudit's checks, DkimSelectorDiscovery and the Gmail checklist give them.
constexpr FindingTextEntry ENTRIES[] = {
    // %1 domain, %2 the selectors with a key.
    {"dkim.selectors-found", QT_TRANSLATE_NOOP("AuditFindings", "DKIM keys found for %1: %2"), "", ""},
    // %1 domain, %2 selector, %3 the name asked, %4 the DNS outcome.
    {"dkim.selector-missing",
     QT_TRANSLATE_NOOP("AuditFindings", "No DKIM key at selector %2"),
     QT_TRANSLATE_NOOP(
         "AuditFindings",
         "%3 has no DKIM key record (%4). Mail signed with s=%2 for %1 fails DKIM verification."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Publish the public key your mail server or service gives you as a TXT record at %3, "
                       "or correct the selector.")},
    // %1 domain, %2 the selectors whose query failed.
    {"dkim.selector-temperror",
     QT_TRANSLATE_NOOP("AuditFindings", "Some DKIM selectors of %1 could not be read (%2)"),
     QT_TRANSLATE_NOOP(
         "AuditFindings",
         "The DNS servers of %1 did not answer for these selectors, so their keys are unknown."),
     QT_TRANSLATE_NOOP("AuditFindings", "Check again later; if it persists, ask your DNS provider.")},
    // %1 domain, %2 the name _domainkey.<domain>.
    {"dkim.no-keys",
     QT_TRANSLATE_NOOP("AuditFindings", "%1 publishes no DKIM keys"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "%2 does not exist (NXDOMAIN), so no selector under it can hold a key: mail from %1 "
                       "is not DKIM-signed with its own domain. Gmail requires DKIM from bulk senders and "
                       "SPF or DKIM from everyone."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Turn on DKIM signing in your mail server or service and publish the public key it "
                       "gives you (selector._domainkey.%1).")},
    // %1 domain, %2 the name _domainkey.<domain>.
    {"dkim.selector-unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "%1 has DKIM keys under selectors not tried"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "%2 exists, so keys are published below it, but none of the common selectors "
                       "answered. The selector is whatever your mail service chose."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Open a message sent from %1, find s= in its DKIM-Signature header, and check again "
                       "with that selector.")},
    // %1 the HELO name.
    {"helo.no-address",
     QT_TRANSLATE_NOOP("AuditFindings", "The HELO name %1 has no address"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "%1 has no A or AAAA record. Receivers check that the name a server introduces itself "
                       "with exists and leads to its IP."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Give %1 an A (and AAAA) record with the server's address, or set the server's HELO "
                       "name to one that has it.")},
    // %1 the HELO name.
    {"helo.temperror",
     QT_TRANSLATE_NOOP("AuditFindings", "The address of the HELO name %1 could not be read"),
     QT_TRANSLATE_NOOP("AuditFindings", "The DNS servers did not answer for %1."),
     QT_TRANSLATE_NOOP("AuditFindings", "Check again later; if it persists, ask your DNS provider.")},
    // %1 the HELO name, %2 the sending IP, %3 the name's addresses.
    {"helo.mismatch",
     QT_TRANSLATE_NOOP("AuditFindings", "The HELO name %1 does not lead to %2"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "%1 resolves to %3, not to the sending IP %2. Receivers expect the HELO name to "
                       "resolve to the connecting address."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Add %2 to the A/AAAA records of %1, or use a HELO name that resolves to %2.")},
    // %1 the HELO name, %2 the IP, %3 its PTR names.
    {"helo.ptr-differs",
     QT_TRANSLATE_NOOP("AuditFindings", "The HELO name %1 is not the reverse DNS name of %2"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "The reverse DNS of %2 is %3. It is best when the HELO name, the PTR name and its A "
                       "record all agree."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Use the PTR name as the HELO name, or ask the IP's owner to set the PTR to %1.")},
    // %1 the HELO name, %2 the IP, %3 the SPF result of the HELO identity.
    {"helo.spf",
     QT_TRANSLATE_NOOP("AuditFindings", "SPF for the HELO name %1 from %2: %3"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Receivers also check SPF for the HELO name itself (RFC 7208 §2.3), and use it for "
                       "bounces, which have no MAIL FROM."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Publish an SPF record at %1 that allows the server, e.g. “v=spf1 a -all”.")},
    // %1 the HELO name, %2 the IP, %3 the SPF result of the HELO identity.
    {"helo.spf-pass", QT_TRANSLATE_NOOP("AuditFindings", "SPF for the HELO name %1 from %2: %3"), "", ""},
    // %1 domain, %2 the record, %3 its DNS lookups.
    {"spf.published",
     QT_TRANSLATE_NOOP("AuditFindings", "%1 publishes SPF (%3 of 10 lookups)"),
     QT_TRANSLATE_NOOP("AuditFindings", "The record: %2"),
     ""},
    // %1 the HELO name, %2 its addresses.
    {"helo.ok", QT_TRANSLATE_NOOP("AuditFindings", "The HELO name %1 is a proper name (%2)"), "", ""},
    // %1 the MX host, %2 its address, %3 the reverse DNS finding id.
    {"mx.host-ptr",
     QT_TRANSLATE_NOOP("AuditFindings", "The MX host %1 (%2) has no confirmed reverse DNS"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Receiving needs no PTR, but if %1 also sends mail, Gmail rejects it without "
                       "forward-confirmed reverse DNS (%3)."),
     QT_TRANSLATE_NOOP("AuditFindings", "If %1 sends mail, ask the owner of %2 to set its PTR to %1.")},
    // %1 where the record is, %2 its policy.
    {"dmarc.published", QT_TRANSLATE_NOOP("AuditFindings", "DMARC is published at %1 (p=%2)"), "", ""},
    // %1 the name typed.
    {"audit.invalid-domain",
     QT_TRANSLATE_NOOP("AuditFindings", "“%1” is not a domain name"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "A domain check needs a domain with at least two labels, such as example.jp."),
     QT_TRANSLATE_NOOP("AuditFindings", "Enter the domain part of your mail address.")},
    // %1 the check, %2 its subject, %3 the deadline in seconds.
    {"audit.timeout",
     QT_TRANSLATE_NOOP("AuditFindings", "The %1 check of %2 did not finish within %3 s"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Some DNS servers did not answer in time. The rest of the report is complete; this "
                       "item shows what arrived."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Check again later; if it persists, the DNS servers involved may be down or slow.")},
    // %1 reply codes, %2 domain.
    {"gmail.spf-or-dkim.pass",
     QT_TRANSLATE_NOOP("AuditFindings", "All senders: SPF or DKIM — met"),
     QT_TRANSLATE_NOOP(
         "AuditFindings",
         "Gmail requires every sender to authenticate with SPF or DKIM; %2 has at least one in place."),
     ""},
    // %1 reply codes, %2 domain.
    {"gmail.spf-or-dkim.fail",
     QT_TRANSLATE_NOOP("AuditFindings", "All senders: SPF or DKIM — not met"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Neither SPF passes for the sending IPs nor is a DKIM key published for %2. Gmail "
                       "answers %1 to unauthenticated mail."),
     QT_TRANSLATE_NOOP("AuditFindings", "Publish SPF for your sending servers and turn on DKIM signing.")},
    // %1 reply codes, %2 domain.
    {"gmail.spf-or-dkim.unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "All senders: SPF or DKIM — not known"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Give the sending IPs and DKIM selectors to check this; without them Todoku cannot "
                       "tell whether mail from %2 authenticates."),
     ""},
    // %1 reply codes, %2 (empty).
    {"gmail.ptr.pass",
     QT_TRANSLATE_NOOP("AuditFindings", "All senders: reverse DNS of sending IPs — met"),
     QT_TRANSLATE_NOOP("AuditFindings", "Every sending IP has a PTR that resolves back to it."),
     ""},
    // %1 reply codes, %2 the IPs without confirmed reverse DNS.
    {"gmail.ptr.fail",
     QT_TRANSLATE_NOOP("AuditFindings", "All senders: reverse DNS of sending IPs — not met"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "%2 lack forward-confirmed reverse DNS. Gmail answers %1 to mail from such addresses; "
                       "an IPv6 address needs its own PTR."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Ask the owner of each address (ISP, VPS or cloud) to set its PTR to your mail "
                       "server's name, which must resolve back to it.")},
    // %1 reply codes, %2 (empty).
    {"gmail.ptr.unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "All senders: reverse DNS of sending IPs — not known"),
     QT_TRANSLATE_NOOP("AuditFindings", "Give the sending IPs (IPv4 and IPv6) to check this."),
     ""},
    // %1 reply codes.
    {"gmail.tls.unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "All senders: TLS for SMTP — not checkable here"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Whether your server uses TLS when it sends to Gmail shows only in a delivered "
                       "message (Received: … with ESMTPS). Gmail answers %1 to bulk mail without TLS."),
     ""},
    // %1 reply codes.
    {"gmail.spam-rate.unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "All senders: spam rate below 0.3% — not checkable from outside"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Only Google Postmaster Tools shows the rate at which Gmail users mark your mail as "
                       "spam. Keep it below 0.1%; at 0.3% or more Gmail limits or rejects mail (%1)."),
     ""},
    // %1 reply codes.
    {"gmail.rfc5322.unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "All senders: messages in RFC 5322 format — a message-level rule"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "One From:, a valid Message-ID and no duplicated headers: paste a sent message into "
                       "Analyze to check it."),
     ""},
    // %1 reply codes, %2 domain, %3 (empty).
    {"gmail.spf.pass",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: SPF — met"),
     QT_TRANSLATE_NOOP("AuditFindings", "SPF passes for every sending IP with MAIL FROM at %2."),
     ""},
    // %1 reply codes, %2 domain, %3 the IP and its result.
    {"gmail.spf.fail",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: SPF — not met"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "SPF does not pass for %2 (%3). Gmail answers %1 to bulk mail without SPF pass."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Add the sending IP or your service's include to the SPF record of %2.")},
    // %1 reply codes, %2 domain, %3 (empty).
    {"gmail.spf.unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: SPF — not known"),
     QT_TRANSLATE_NOOP("AuditFindings", "Give the sending IPs to check SPF for %2."),
     ""},
    // %1 reply codes, %2 domain, %3 the selectors.
    {"gmail.dkim.pass",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: DKIM — met"),
     QT_TRANSLATE_NOOP("AuditFindings", "%2 publishes a usable DKIM key (%3)."),
     ""},
    // %1 reply codes, %2 domain, %3 the selectors with unusable keys.
    {"gmail.dkim.fail",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: DKIM — not met"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "%2 has no usable DKIM key %3 (Gmail requires at least 1024 bits). Gmail answers %1 "
                       "to bulk mail without DKIM pass."),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Turn on DKIM signing with a 2048-bit key and publish its public key.")},
    // %1 reply codes, %2 domain, %3 (empty).
    {"gmail.dkim.unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: DKIM — not known"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "No key was found under the selectors tried; give the selector from a sent message's "
                       "DKIM-Signature (s=)."),
     ""},
    // %1 reply codes, %2 domain, %3 where the record is.
    {"gmail.dmarc.pass",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: DMARC record — met"),
     QT_TRANSLATE_NOOP("AuditFindings", "%2 has a DMARC record at %3."),
     ""},
    // %1 reply codes, %2 domain, %3 (empty).
    {"gmail.dmarc.fail",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: DMARC record — not met"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "%2 has no usable DMARC record. Gmail answers %1 to bulk mail from such domains."),
     QT_TRANSLATE_NOOP("AuditFindings", "Publish at least “v=DMARC1; p=none; rua=mailto:…” at _dmarc.%2.")},
    // %1 reply codes, %2 domain, %3 (empty).
    {"gmail.dmarc.unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: DMARC record — not known"),
     QT_TRANSLATE_NOOP("AuditFindings", "The DMARC record of %2 could not be read."),
     ""},
    // %1 reply codes, %2 domain.
    {"gmail.alignment.pass",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: From: aligned with SPF or DKIM — possible"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "SPF for MAIL FROM at %2 or a DKIM key under %2 is in place, so aligned mail is "
                       "possible; whether your mail uses them (Return-Path, d=) only a sent message shows."),
     ""},
    // %1 reply codes, %2 domain.
    {"gmail.alignment.unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: From: aligned with SPF or DKIM — not known"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Alignment is a property of each message: paste a sent message into Analyze. Gmail "
                       "answers %1 to unaligned bulk mail."),
     ""},
    // %1 reply codes (none).
    {"gmail.one-click-unsubscribe.unknown",
     QT_TRANSLATE_NOOP("AuditFindings", "Bulk senders: one-click unsubscribe — a message-level rule"),
     QT_TRANSLATE_NOOP("AuditFindings",
                       "Marketing mail needs List-Unsubscribe and List-Unsubscribe-Post headers (RFC 8058); "
                       "paste a sent message into Analyze to check them."),
     ""},
};

} // namespace

std::optional<FindingText> findingText(const QString& id, const QStringList& args)
{
    return findings::lookup("AuditFindings", ENTRIES, id, args);
}

} // namespace todoku::audit
