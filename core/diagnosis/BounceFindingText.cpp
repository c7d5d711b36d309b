// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/BounceFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::bounce {

namespace {

// %1 = the reply's codes ("550 5.7.26"), %2 = the reply text. Facts from the reference's §1 tables.
constexpr FindingTextEntry ENTRIES[] = {
    {"bounce.gmail.4.7.26.dmarc",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail deferred the mail: DMARC could not be checked (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Gmail could not finish checking the sender's domain authentication (DMARC) because "
                       "of a temporary DNS failure, and the From domain's policy asks to quarantine or "
                       "reject unauthenticated mail. Your server will retry."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Make sure the DNS servers of the From domain answer reliably, and that SPF or DKIM "
                       "passes for a domain aligned with From.")},
    {"bounce.gmail.5.7.26.dmarc",
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Gmail rejected the mail because of the From domain's DMARC policy (%1)"),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "Neither SPF nor DKIM passed for a domain aligned with the From address (DMARC alignment), and the "
         "domain's DMARC policy is quarantine or reject. This also happens when mail is forwarded."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Sign the mail with DKIM as the From domain (d= equal to it), or send it with an "
                       "envelope sender (Return-Path) in the From domain that SPF allows.")},
    {"bounce.gmail.5.7.26.spf-fail",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail rejected the mail: SPF hard fail (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "The envelope sender's (MAIL FROM) domain publishes SPF ending in -all, and the "
                       "sending server's IP address is not in it, so SPF failed and Gmail refused the mail."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Add the sending server (ip4:/ip6: or the provider's include:) to the SPF record of "
                       "the envelope sender's domain.")},
    {"bounce.gmail.4.7.26",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail deferred unauthenticated mail (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Neither SPF nor DKIM passed (the sender is unauthenticated). Gmail limits such mail "
                       "for now; your server will retry, and may give up later."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Publish an SPF record that includes the sending server, or sign the mail with DKIM — "
                       "better both.")},
    {"bounce.gmail.5.7.26",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail rejected unauthenticated mail (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Gmail requires every sender to pass SPF or DKIM (sender domain authentication). "
                       "Neither passed for this mail, so it was not delivered."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Publish an SPF record that includes the sending server, or sign the mail with DKIM — "
                       "better both; then send again.")},
    {"bounce.gmail.5.7.1.unauthenticated",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail rejected mail without authentication (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "This is Gmail's older wording for mail that passed neither SPF nor DKIM (sender "
                       "domain authentication)."),
     QT_TRANSLATE_NOOP("BounceFindings", "Publish SPF for the sending server and sign the mail with DKIM.")},
    {"bounce.gmail.4.7.27",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail: SPF did not pass for a bulk sender (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Gmail counts this domain as a bulk sender (about 5,000 or more messages a day to "
                       "Gmail), which must pass SPF, and SPF did not pass."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Make SPF pass for the envelope sender's (Return-Path) domain: add the sending server "
                       "to its SPF record.")},
    {"bounce.gmail.4.7.30",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail: DKIM did not pass for a bulk sender (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Gmail counts this domain as a bulk sender, which must sign with DKIM, and no DKIM "
                       "signature passed."),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "Turn on DKIM signing (a key of at least 1024 bits, 2048 recommended) and publish the public key.")},
    {"bounce.gmail.4.7.40",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail: no DMARC policy for a bulk sender (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Gmail counts this domain as a bulk sender, which must publish a DMARC record with a "
                       "policy, and none was found."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Publish a TXT record at _dmarc.<your domain>, at least \"v=DMARC1; p=none\".")},
    {"bounce.gmail.4.7.32",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail: the From domain is not aligned with SPF or DKIM (%1)"),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "The domain in the From header is not the same organisation as the domain SPF or DKIM authenticated "
         "(alignment). This is typical when a delivery service signs with its own domain."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Set up DKIM with your own domain (d= your domain) at the delivery service, or a "
                       "custom Return-Path in your domain.")},
    {"bounce.gmail.4.7.29",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail: the mail was not sent over TLS (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Gmail requires bulk senders to deliver over an encrypted connection (STARTTLS), and "
                       "this connection was not encrypted."),
     QT_TRANSLATE_NOOP("BounceFindings", "Enable STARTTLS for outgoing mail on the sending server.")},
    {"bounce.gmail.4.7.28",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail is limiting an unusual rate of mail (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Gmail saw an unusual amount of (unsolicited) mail from this IP address, network, "
                       "DKIM or SPF domain, or link domain, and slows it down for now."),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "Stop sending for at least 10 minutes, then resume with one connection and add connections one at a "
         "time. Clean the recipient list and watch the spam rate in Postmaster Tools.")},
    {"bounce.gmail.5.7.28",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail blocked mail for its spam rate (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Too many recipients marked mail from this sender as spam, so Gmail now refuses it."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Send only to people who asked for the mail, make unsubscribing easy, and keep the "
                       "spam rate below 0.3 %.")},
    {"bounce.gmail.4.7.24",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail: suspicious entries in the SPF record (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Gmail found entries in the sending domain's SPF record it considers suspicious, for "
                       "example very broad IP ranges (what exactly triggers this is not documented)."),
     QT_TRANSLATE_NOOP("BounceFindings", "Reduce the SPF record to the servers that really send your mail.")},
    {"bounce.gmail.4.7.23",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail deferred mail: reverse DNS missing or not matching (%1)"),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "The sending IP address has no reverse DNS name (PTR record), or that name does not point back to "
         "the same address (forward-confirmed reverse DNS, FCrDNS). Gmail slows such mail down."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Ask whoever owns the IP address (VPS, cloud or ISP) to set its PTR to your mail "
                       "server's name, and make that name's A/AAAA record point to the same address.")},
    {"bounce.gmail.5.7.25",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail rejected mail: reverse DNS missing or not matching (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "The sending IP address has no reverse DNS name (PTR record), or that name does not "
                       "point back to the same address (FCrDNS). IPv6 addresses are often forgotten."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Ask whoever owns the IP address to set its PTR to your mail server's name, and make "
                       "that name's A/AAAA record point to the same address.")},
    {"bounce.gmail.4.7.0.ptr",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail deferred mail: no matching reverse DNS (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "The sending IP address has no PTR record, or its name does not resolve back to the "
                       "sending IP address."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Ask the IP address owner to set a PTR record to your mail server's name, with a "
                       "matching A/AAAA record.")},
    {"bounce.gmail.4.7.0.tls",
     QT_TRANSLATE_NOOP("BounceFindings", "The recipient domain requires TLS (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "The recipient's Google Workspace domain only accepts mail over an encrypted "
                       "connection (STARTTLS)."),
     QT_TRANSLATE_NOOP("BounceFindings", "Enable STARTTLS for outgoing mail on the sending server.")},
    {"bounce.gmail.4.7.0.reputation",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail is limiting mail for reputation or content (%1)"),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "Gmail sees a low reputation of the sending IP address or domain, or suspicious content or links."),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "Lower the volume, clean the recipient list, check the links, and watch Postmaster Tools.")},
    {"bounce.gmail.5.7.1.ipv6",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail rejected mail over IPv6 (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Mail over IPv6 must have a reverse DNS name (PTR) and pass authentication; this IPv6 "
                       "sender does not meet that."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Add a PTR and matching AAAA for the IPv6 address, include it in SPF (ip6:) and sign "
                       "with DKIM — or send over IPv4.")},
    {"bounce.gmail.5.7.1.format",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail rejected a badly formatted message (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "The message does not follow the message format standard (RFC 5322): for example a "
                       "missing or doubled From, a missing Message-ID, or header fields written twice."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Fix the program that writes the message so that it has one From, one Message-ID and "
                       "no duplicate header fields.")},
    {"bounce.gmail.5.7.1.direct",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail refuses mail sent directly from this IP address (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "The sending IP address looks like a home or dynamic connection, which may not "
                       "deliver mail to Gmail directly."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Send through your provider's mail server (smarthost, submission on port 587) instead "
                       "of directly.")},
    {"bounce.gmail.5.7.1.unsolicited",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail rejected mail as likely unsolicited (%1)"),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "Gmail judged the mail as probably unwanted, from its content or the sender's reputation."),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "Check the content and links, send only to people who asked for it, and watch Postmaster Tools.")},
    {"bounce.gmail.5.6.0",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail rejected a malformed message (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings", "The message's MIME structure is broken."),
     QT_TRANSLATE_NOOP("BounceFindings", "Fix the program that builds the message.")},
    {"bounce.gmail.5.5.4",
     QT_TRANSLATE_NOOP("BounceFindings", "Gmail refused the server's HELO name (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "The name the sending server introduced itself with (HELO/EHLO) is empty or invalid."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Set the sending server's host name (HELO/EHLO name) to its full domain name, such as "
                       "mail.example.jp.")},
    {"bounce.outlook.5.7.515",
     QT_TRANSLATE_NOOP("BounceFindings", "Outlook.com rejected mail: authentication level too low (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Outlook.com requires high-volume senders (5,000 or more a day) to pass SPF and DKIM "
                       "and to publish DMARC aligned with one of them."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Make SPF and DKIM pass and publish a DMARC record (at least p=none) aligned with the "
                       "From domain.")},
    {"bounce.outlook.5.7.509",
     QT_TRANSLATE_NOOP("BounceFindings", "Microsoft rejected mail: DMARC failed (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings", "The sending domain did not pass DMARC at Microsoft."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Make SPF or DKIM pass for a domain aligned with the From address.")},
    {"bounce.outlook.5.7.23",
     QT_TRANSLATE_NOOP("BounceFindings", "Microsoft rejected mail: SPF violation (%1)"),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "Microsoft uses 5.7.23 for mail rejected because SPF failed (this is not a Gmail code)."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Add the sending server to the SPF record of the envelope sender's domain.")},
    {"bounce.outlook.5.7.25",
     QT_TRANSLATE_NOOP("BounceFindings", "Microsoft rejected mail: IPv6 sender without reverse DNS (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Microsoft requires a reverse DNS name (PTR) for senders using IPv6."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Ask the IPv6 address owner to set a PTR record to your mail server's name.")},
    {"bounce.outlook.4.7.26",
     QT_TRANSLATE_NOOP("BounceFindings", "Microsoft: mail over IPv6 must pass SPF or DKIM (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings", "Mail sent to Microsoft over IPv6 must pass SPF or DKIM."),
     QT_TRANSLATE_NOOP("BounceFindings", "Add the IPv6 address to SPF (ip6:) and sign with DKIM.")},
    {"bounce.outlook.4.7.650",
     QT_TRANSLATE_NOOP("BounceFindings", "Microsoft is limiting mail for IP reputation (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Microsoft temporarily limits mail from this IP address because of its reputation."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Lower the volume and clean the recipient list; mail will be retried.")},
    {"bounce.outlook.block-list",
     QT_TRANSLATE_NOOP("BounceFindings", "Microsoft has the sending network on its block list (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings", "Part of the sending network is on Microsoft's block list."),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "Ask for delisting through Microsoft's sender support, or send through another provider.")},
    {"bounce.outlook.rp",
     QT_TRANSLATE_NOOP("BounceFindings", "Outlook.com is limiting the sending rate (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Outlook.com limits the rate or the number of connections for this IP address or "
                       "domain because of its reputation."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Send more slowly with fewer connections; the mail will be retried.")},
    {"bounce.outlook.sc",
     QT_TRANSLATE_NOOP("BounceFindings", "Outlook.com blocked mail by policy (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Outlook.com blocked the mail for content or reputation, suspected address "
                       "harvesting, an open relay, or complaints."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Check the sending server is not an open relay, clean the list, and join Microsoft's "
                       "complaint feedback loop (JMRP).")},
    {"bounce.outlook.dy",
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Outlook.com refuses mail from a dynamic or compromised IP address (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "The sending IP address looks dynamic (a home connection) or compromised."),
     QT_TRANSLATE_NOOP("BounceFindings", "Send through your provider's mail server instead of directly.")},
    {"bounce.outlook.ou",
     QT_TRANSLATE_NOOP("BounceFindings", "Outlook.com blocked the sending IP address (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings", "The block relates to a Spamhaus listing or to content reputation."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Check the IP address on Spamhaus and request removal once the cause is fixed.")},
    {"bounce.yahoo.5.7.9.unauthenticated",
     QT_TRANSLATE_NOOP("BounceFindings", "Yahoo rejected unauthenticated mail (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings", "Yahoo requires every sender to pass SPF or DKIM; neither passed."),
     QT_TRANSLATE_NOOP("BounceFindings", "Publish SPF for the sending server and sign with DKIM.")},
    {"bounce.yahoo.tss04",
     QT_TRANSLATE_NOOP("BounceFindings", "Yahoo deferred mail for volume or complaints (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Yahoo temporarily defers mail because of unusual volume or user complaints (also "
                       "seen for unauthenticated domains)."),
     QT_TRANSLATE_NOOP(
         "BounceFindings",
         "Lower the volume, make SPF and DKIM pass, and clean the list; the mail will be retried.")},
    {"bounce.yahoo.tss09",
     QT_TRANSLATE_NOOP("BounceFindings", "Yahoo permanently refuses mail from this sender (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings", "Yahoo has blocked this sender permanently."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Fix authentication and list hygiene, then contact Yahoo's sender support.")},
    {"bounce.yahoo.spamhaus",
     QT_TRANSLATE_NOOP("BounceFindings", "Yahoo refuses mail: the IP address is on a Spamhaus list (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings", "The sending IP address is listed by Spamhaus."),
     QT_TRANSLATE_NOOP("BounceFindings", "Fix the cause and request removal from the Spamhaus list.")},
    {"bounce.yahoo.unresolvable-from",
     QT_TRANSLATE_NOOP("BounceFindings", "Yahoo cannot resolve the sender's domain (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Yahoo checks that the From and envelope sender domains exist in DNS (with an SOA "
                       "record); this one did not resolve."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Make sure the domain (and any subdomain used as sender) has working DNS, including "
                       "an SOA record.")},
    {"bounce.docomo.unknown-user",
     QT_TRANSLATE_NOOP("BounceFindings", "docomo: unknown user — or the recipient refuses this sender (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "docomo answers \"Unknown user\" both when the address does not exist and when the "
                       "recipient's filter (受信拒否, なりすまし rejection by SPF) refuses the sender."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Check the address with the recipient; ask them to allow your domain; make sure SPF "
                       "passes for your envelope sender.")},
    {"bounce.docomo.line-too-long",
     QT_TRANSLATE_NOOP("BounceFindings", "docomo: a line of the message is too long (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings", "docomo refuses messages with a line longer than 1000 bytes."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Have the sending program wrap lines or use quoted-printable or base64 encoding.")},
    {"bounce.au.user-unknown",
     QT_TRANSLATE_NOOP("BounceFindings", "au: unknown user (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "au answers \"User unknown\" for an address that does not exist. Its spoofing filter "
                       "(なりすまし規制) drops mail silently instead."),
     QT_TRANSLATE_NOOP("BounceFindings", "Check the address with the recipient.")},
    {"bounce.softbank.domain-not-exist",
     QT_TRANSLATE_NOOP("BounceFindings", "SoftBank: the sender's domain has no DNS records (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "SoftBank refuses mail whose envelope sender domain has no DNS records at all."),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "Use an envelope sender (Return-Path) in a domain that exists in DNS.")},
    {"bounce.unrecognized",
     QT_TRANSLATE_NOOP("BounceFindings", "The receiving server refused the mail (%1)"),
     QT_TRANSLATE_NOOP("BounceFindings",
                       "The bounce quotes the reply \"%2\". Todoku does not know this reply; 4xx means a "
                       "temporary problem (the server retries), 5xx a permanent one."),
     ""},
};

} // namespace

std::optional<FindingText> findingText(const QString& id, const QStringList& args)
{
    return findings::lookup("BounceFindings", ENTRIES, id, args);
}

} // namespace todoku::bounce
