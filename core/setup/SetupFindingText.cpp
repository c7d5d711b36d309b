// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/SetupFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::setup {

namespace {

// Arguments are positional and documented at each producer (core/setup/RecordRenderer.cpp and friends).
constexpr FindingTextEntry ENTRIES[] = {
    {"setup.dkim.key-pending",
     QT_TRANSLATE_NOOP("SetupFindings", "The DKIM key is made in the next step"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Todoku makes the key pair for selector %1 when you choose where to save the private "
                       "key; its public key becomes the record %1._domainkey.%2."),
     ""},
    {"setup.dkim.none",
     QT_TRANSLATE_NOOP("SetupFindings", "No DKIM signature"),
     QT_TRANSLATE_NOOP(
         "SetupFindings",
         "Without DKIM, mail from %1 is authenticated by SPF alone, which breaks when mail is "
         "forwarded. Gmail requires SPF and DKIM from senders of more than 5,000 messages a day."),
     QT_TRANSLATE_NOOP(
         "SetupFindings",
         "Turn on DKIM signing at your mail service or server, and come back to publish its key.")},
    // setup.input.*: %1 is always the field name (for the wizard), %2 the value as typed.
    {"setup.input.domain-missing",
     QT_TRANSLATE_NOOP("SetupFindings", "Enter the domain"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Todoku needs the domain your mail is sent from, such as example.jp."),
     ""},
    {"setup.input.domain-invalid",
     QT_TRANSLATE_NOOP("SetupFindings", "\"%2\" is not a domain name"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "A domain is the part after @ in your mail address, such as example.jp or 日本語.jp, "
                       "without http:// or a path."),
     QT_TRANSLATE_NOOP("SetupFindings", "Type only the domain, for example example.co.jp.")},
    {"setup.input.ip-invalid",
     QT_TRANSLATE_NOOP("SetupFindings", "\"%2\" is not an IP address"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Enter an IPv4 address such as 203.0.113.25 or an IPv6 address such as 2001:db8::25."),
     ""},
    {"setup.input.ip-private",
     QT_TRANSLATE_NOOP("SetupFindings", "%2 is a private address"),
     QT_TRANSLATE_NOOP(
         "SetupFindings",
         "%2 belongs to a local network (like 192.168.x.x or 10.x.x.x) or to this computer. Gmail "
         "never sees such an address: it sees the public address your router or provider sends "
         "from, and that is the address SPF and reverse DNS must name."),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Enter the server's public (global) IP address, as shown in your VPS or provider's "
                       "control panel. If the server sits behind a home or office router, ask your provider "
                       "for a fixed IP address first.")},
    {"setup.input.no-sender",
     QT_TRANSLATE_NOOP("SetupFindings", "Say how the domain sends mail"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Enter the IP addresses of your own mail servers, or choose the services and hosting "
                       "companies that send mail for this domain (or both)."),
     ""},
    {"setup.input.mail-host-missing",
     QT_TRANSLATE_NOOP("SetupFindings", "Enter the mail server's host name"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "The host name (such as mail.example.jp) is used for the MX record, the reverse DNS "
                       "(PTR) of your IP addresses, and the name your server gives in HELO/EHLO."),
     ""},
    {"setup.input.mail-host-invalid",
     QT_TRANSLATE_NOOP("SetupFindings", "\"%2\" is not a host name"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "A mail host name is a full name such as mail.example.jp, not an IP address and not a "
                       "bare computer name."),
     ""},
    {"setup.input.mail-host-outside",
     QT_TRANSLATE_NOOP("SetupFindings", "The mail host is outside %3"),
     QT_TRANSLATE_NOOP(
         "SetupFindings",
         "%2 is not in your domain %3. That works if the name belongs to your provider, but you "
         "cannot set its address records here, and its reverse DNS must still name it."),
     QT_TRANSLATE_NOOP("SetupFindings", "Use a name in %3, such as mail.%3, if the server is yours.")},
    {"setup.input.selector-missing",
     QT_TRANSLATE_NOOP("SetupFindings", "Enter a DKIM selector"),
     QT_TRANSLATE_NOOP(
         "SetupFindings",
         "The selector names the key in DNS (selector._domainkey.domain). A date such as 202612 "
         "makes rotating keys later easy."),
     ""},
    {"setup.input.selector-invalid",
     QT_TRANSLATE_NOOP("SetupFindings", "\"%2\" cannot be a DKIM selector"),
     QT_TRANSLATE_NOOP(
         "SetupFindings",
         "A selector may contain only letters, digits, hyphens and dots (RFC 6376 §3.1), and may "
         "not start or end with a hyphen."),
     QT_TRANSLATE_NOOP("SetupFindings", "Use, for example, 202612 or s1.")},
    {"setup.input.report-address-invalid",
     QT_TRANSLATE_NOOP("SetupFindings", "\"%2\" is not a mail address"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "DMARC reports are sent to a mailbox such as dmarc-reports@example.jp."),
     ""},
    {"setup.panel.txt-too-long",
     QT_TRANSLATE_NOOP("SetupFindings", "%1 cannot take this value"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "The %4 record is %2 characters long, but %1 accepts at most %3 characters in a TXT "
                       "value."),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "For DKIM, use a 1024-bit key for this panel (still accepted by Gmail), or move the "
                       "domain's DNS to a service that accepts long TXT values, or publish the key as a "
                       "CNAME to a host whose DNS you control.")},
    {"setup.panel.long-txt-unverified",
     QT_TRANSLATE_NOOP("SetupFindings", "Long value: check how %1 takes it"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "This value is %2 characters long, more than one 255-character string. Todoku has not "
                       "confirmed whether %1 splits it by itself."),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Paste it as one value. After saving, let Todoku check the published record; if it "
                       "is cut off or has quotes inside, enter it again split into the parts shown for the "
                       "zone file.")},
    {"setup.panel.set-by-ip-owner",
     QT_TRANSLATE_NOOP("SetupFindings", "Set by the owner of the IP address"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "The reverse DNS record %1 → %2 is not set in your domain's DNS panel but by whoever "
                       "owns the IP address (your VPS, cloud or internet provider)."),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Set it in the provider's control panel if it has a reverse DNS setting, or send "
                       "them the request letter Todoku prepares.")},
    {"setup.note.cloudflare-dns-only",
     QT_TRANSLATE_NOOP("SetupFindings", "Set this CNAME to \"DNS only\""),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "%1 proxies records by default; a proxied DKIM or mail CNAME does not resolve to the "
                       "provider's record."),
     QT_TRANSLATE_NOOP("SetupFindings", "Turn the orange cloud off (Proxy status: DNS only).")},
    {"setup.note.xserver-cname-no-dot",
     QT_TRANSLATE_NOOP("SetupFindings", "No trailing dot in the CNAME value"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "%1 completes the value itself and refuses a value that ends with \".\"."),
     QT_TRANSLATE_NOOP("SetupFindings", "Type the value exactly as shown, without a final dot.")},
    // Merging what the domain publishes now (core/setup/RecordSetGenerator.cpp).
    {"setup.merge.spf",
     QT_TRANSLATE_NOOP("SetupFindings", "Your current SPF record is merged into the new one"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "The domain publishes %1. Its senders stay allowed: %2 are kept in the new record:\n"
                       "%3"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Replace the value of the existing SPF record with the new one; do not add a second "
                       "SPF record beside it.")},
    {"setup.merge.spf-nothing-kept",
     QT_TRANSLATE_NOOP("SetupFindings", "The new SPF record replaces your current one"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "The domain publishes %1. Everything it allows is in the new record already:\n%2"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Replace the value of the existing SPF record with the new one; do not add a second "
                       "SPF record beside it.")},
    {"setup.merge.spf-several",
     QT_TRANSLATE_NOOP("SetupFindings", "%1 publishes %2 SPF records now"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "With more than one v=spf1 record every SPF check of %1 ends in permerror. The new "
                       "record merges all of them."),
     QT_TRANSLATE_NOOP("SetupFindings", "Delete all the old SPF records and publish only the new one.")},
    {"setup.merge.spf-redirect",
     QT_TRANSLATE_NOOP("SetupFindings", "redirect=%1 became include:%1"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "The current record hands the whole decision to %1. The new record ends in its own "
                       "\"all\", so %1 is included instead: its senders stay allowed."),
     ""},
    {"setup.merge.spf-unreadable",
     QT_TRANSLATE_NOOP("SetupFindings", "The current SPF record cannot be read"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "%1 has a syntax error (receivers treat it as permerror), so nothing of it is kept."),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Check that every sender it meant to allow is in the new record, then replace it.")},
    {"setup.merge.dmarc",
     QT_TRANSLATE_NOOP("SetupFindings", "Your current DMARC record is updated, not duplicated"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "The domain publishes %1. Its report addresses are kept (%2), so whoever reads the "
                       "reports now keeps getting them:\n%3"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Replace the value of the existing _dmarc record; a second DMARC record makes "
                       "receivers ignore both.")},
    {"setup.merge.dmarc-weaker",
     QT_TRANSLATE_NOOP("SetupFindings", "The new DMARC policy is weaker than the current one"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "The domain asks receivers for p=%1 now; the new record asks for p=%2, so failing "
                       "mail is treated more leniently than today."),
     QT_TRANSLATE_NOOP("SetupFindings", "Choose %1 on the DMARC page unless you step back on purpose.")},
    // The publication check (core/setup/PublicationCheck.cpp): %1 the record's name, %2 its type.
    {"setup.published",
     QT_TRANSLATE_NOOP("SetupFindings", "%1 %2 is published"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Every authoritative server of the domain and your resolver return the record as it "
                       "should be."),
     ""},
    {"setup.different",
     QT_TRANSLATE_NOOP("SetupFindings", "%1 %2 has a different value"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "DNS has a %2 record at %1, but not the one Todoku made.\nExpected: %3\nFound: %4"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Open the record in your DNS panel and replace its value with the expected one; copy "
                       "it from Todoku rather than retyping it.")},
    {"setup.missing",
     QT_TRANSLATE_NOOP("SetupFindings", "%1 %2 is not published yet"),
     QT_TRANSLATE_NOOP(
         "SetupFindings",
         "Neither the domain's authoritative servers nor your resolver have a %2 record at %1."),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Add the record in your DNS panel and save it; some panels need a separate \"apply\" "
                       "or \"publish\" step.")},
    {"setup.propagating",
     QT_TRANSLATE_NOOP("SetupFindings", "%1 %2 is published but not yet visible everywhere"),
     QT_TRANSLATE_NOOP(
         "SetupFindings",
         "The domain's authoritative servers already return the record, but your resolver still "
         "remembers the earlier answer for %3 more seconds. Receivers that asked recently see "
         "the old answer until then."),
     QT_TRANSLATE_NOOP("SetupFindings", "Nothing to change: wait, and Todoku checks again.")},
    {"setup.unchecked",
     QT_TRANSLATE_NOOP("SetupFindings", "%1 %2 could not be checked"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "No server gave a definite answer for %1 %2 (timeouts or server failures)."),
     QT_TRANSLATE_NOOP("SetupFindings", "Check your network connection and try again.")},
    {"setup.domain-doubled",
     QT_TRANSLATE_NOOP("SetupFindings", "The record was created as %1"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Your DNS panel appends %3 to the host name, and the full name %2 was typed, so the "
                       "record ended up at %1, where nobody looks for it."),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Delete that record and add it again with only the part before %3 in the host field "
                       "(for example \"s1._domainkey\" instead of \"s1._domainkey.%3\").")},
    {"setup.quoted-wrongly",
     QT_TRANSLATE_NOOP("SetupFindings", "The value of %1 contains quotes"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "The published value is the right one with quote characters kept as part of the text "
                       "(%2): the panel adds the quotes itself, or the value was split into pieces in the "
                       "wrong place. Receivers read a broken key or record."),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Paste the value as one piece without quotes, exactly as Todoku shows it for your "
                       "panel.")},
    {"setup.spf-two-records",
     QT_TRANSLATE_NOOP("SetupFindings", "%1 has %2 SPF records"),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "A new SPF record was added beside the old one. With more than one v=spf1 record, "
                       "every SPF check of %1 ends in permerror, as if there were none."),
     QT_TRANSLATE_NOOP("SetupFindings",
                       "Delete the old SPF record so that only the one Todoku made (which includes what the "
                       "old one allowed) remains.")},
};

} // namespace

std::optional<FindingText> findingText(const QString& id, const QStringList& args)
{
    return findings::lookup("SetupFindings", ENTRIES, id, args);
}

} // namespace todoku::setup
