// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spf/SpfBuilderFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::spf {

namespace {

// Arguments are positional and documented at their producer, core/spf/SpfBuilder.cpp.
constexpr FindingTextEntry ENTRIES[] = {
    // %1 the text as typed
    {"spf.builder.bad-address",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "\"%1\" is not an IP address or network"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "SPF lists sending servers as IPv4 or IPv6 addresses, optionally with a prefix "
                       "length: 203.0.113.25, 203.0.113.0/24, 2001:db8::25 or 2001:db8::/48."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "Correct or remove the entry.")},
    // %1 as typed, %2 the prefix length
    {"spf.builder.network-too-wide",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "%1 is far too wide a network"),
     QT_TRANSLATE_NOOP(
         "SpfBuilderFindings",
         "A /%2 network covers a large part of the Internet; listing it would let almost anyone "
         "send mail as your domain and pass SPF. Todoku leaves it out."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "Enter the addresses of your own servers, or the network your provider assigned "
                       "to you.")},
    // %1 as typed, %2 the network it stands for
    {"spf.builder.host-bits",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "%1 written as %2"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "%1 has bits set after its prefix length; a receiver ignores them, so the record "
                       "names the network as %2."),
     ""},
    // %1 as typed, %2 the network that already covers it
    {"spf.builder.network-covered",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "%1 is already covered by %2"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "Every address of %1 is in %2, so the record lists only %2."),
     ""},
    // %1, %2 the two halves, %3 the network they form
    {"spf.builder.networks-joined",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "%1 and %2 joined into %3"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "The two networks are the halves of %3, which covers exactly the same addresses in "
                       "one shorter term."),
     ""},
    // %1 the id, %2 the known ids
    {"spf.builder.unknown-provider",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "Unknown mail service \"%1\""),
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "Todoku knows these services: %2."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "Choose one of them, or enter the include: domain or IP addresses your service "
                       "documents.")},
    // %1 the service
    {"spf.builder.provider-envelope",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "%1 needs no include in this record"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "%1 sends with its own envelope sender (Return-Path) domain, and receivers check SPF "
                       "against that domain, not yours. DMARC then passes through DKIM, so set up the "
                       "service's DKIM records."),
     ""},
    {"spf.builder.provider-needs-address",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "The server's IP address is missing"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "The chosen server sends mail from its own IP address, and no address, a or mx is "
                       "given, so the record names no server for it."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "Enter the server's public IP address, as shown in the server's control panel.")},
    // %1 the record
    {"spf.builder.no-senders",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "The record says the domain sends no mail"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "\"%1\" allows no server at all. That is right for a domain that never sends mail, "
                       "and it stops others from sending in its name."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "If the domain does send mail, add the servers' addresses or the mail services.")},
    {"spf.builder.softfail",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "The record ends in ~all"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "Mail from a server not in the record gets softfail: Gmail accepts it but is likely "
                       "to put it in the spam folder. -all makes such mail fail SPF."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "Switch to -all once DMARC reports show that all your mail passes.")},
    // %1 the count, %2 the services whose cost is not confirmed
    {"spf.builder.lookups-estimated",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "The count of %1 DNS lookups is an estimate"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "How many lookups the includes of %2 need is not confirmed and may change whenever "
                       "the service changes its own record. Todoku counts the number last observed, or one "
                       "per include where none is known."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "After publishing, check the record with todoku-cli spf-lint, which counts the "
                       "lookups in DNS.")},
    // %1 the count, %2 "part: cost" list
    {"spf.builder.too-many-lookups",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "The record would need %1 DNS lookups (at most 10 work)"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "Receivers stop after 10 DNS lookups and treat the record as broken (permerror): SPF "
                       "then fails for all mail, even from permitted servers. The parts cost: %2."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "Drop a service that no longer sends, list your own servers as IP addresses instead "
                       "of a or mx, or let a service send from its own subdomain (its own envelope domain "
                       "with its own SPF record). Copying a service's addresses into the record (flattening) "
                       "saves lookups but breaks silently when the service changes its addresses.")},
    // %1 bytes, %2 number of strings
    {"spf.builder.long-record",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "The record is %1 bytes long"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "A TXT string holds at most 255 bytes, so the record is published as %2 strings that "
                       "receivers join. Some DNS panels accept only 255 characters per TXT value."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "Enter it as shown for your DNS panel, or shorten it by joining networks.")},
    // %1 estimated bytes
    {"spf.builder.udp-limit",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "The DNS answer would be about %1 bytes"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "RFC 7208 asks for SPF answers to fit in 512 bytes. A larger answer needs a retry "
                       "over TCP, which some receivers do not make, and other TXT records at the same name "
                       "make it larger still."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "Shorten the record: join networks or drop unused services.")},
    // spf.provider.*: %1 the service's name
    {"spf.provider.ses-mail-from",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "%1: SPF belongs on the custom MAIL FROM subdomain"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "By default %1 sends with an amazonses.com envelope domain, which has its own SPF. "
                       "With a custom MAIL FROM subdomain (such as bounce.example.jp), that subdomain needs "
                       "\"v=spf1 include:amazonses.com -all\" and an MX record "
                       "feedback-smtp.<region>.amazonses.com for the AWS region you send from."),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "Copy the region's MX value from the SES console (for Tokyo, the region is "
                       "ap-northeast-1).")},
    {"spf.provider.sendgrid-automated",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "%1: automated security needs no include"),
     QT_TRANSLATE_NOOP(
         "SpfBuilderFindings",
         "With automated security (the default), %1 gives you CNAME records, and its return "
         "path domain carries SPF. include:sendgrid.net is only needed without it; it costs one "
         "lookup."),
     ""},
    {"spf.provider.mailgun-selector",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "%1: copy the DKIM selector from its control panel"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "%1 chooses the DKIM selector per domain, so Todoku cannot know it in advance."),
     ""},
    {"spf.provider.xserver-default-record",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "%1's own record also lists its server"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "The record %1 sets by default also holds a:svNNNN.xserver.jp and mx. If you send "
                       "through the server name (svNNNN), keep that term as your panel shows it."),
     ""},
    {"spf.provider.own-address",
     QT_TRANSLATE_NOOP("SpfBuilderFindings", "%1 sends from your server's IP address"),
     QT_TRANSLATE_NOOP("SpfBuilderFindings",
                       "No include: domain is known for %1; the record lists the server's own addresses "
                       "(ip4/ip6)."),
     ""},
};

} // namespace

std::optional<FindingText> builderFindingText(const QString& id, const QStringList& args)
{
    return findings::lookup("SpfBuilderFindings", ENTRIES, id, args);
}

} // namespace todoku::spf
