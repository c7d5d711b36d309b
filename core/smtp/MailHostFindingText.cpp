// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/MailHostFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::smtp {

namespace {

// Arguments as MailHostCheck::finishMx / finishReverse give them.
constexpr FindingTextEntry ENTRIES[] = {
    // %1 domain, %2 "10 mx1.example.jp, 20 mx2.example.jp".
    {"mx.ok", QT_TRANSLATE_NOOP("MailHostFindings", "%1 receives mail at %2"), "", ""},
    // %1 domain.
    {"mx.missing",
     QT_TRANSLATE_NOOP("MailHostFindings", "%1 has no MX record"),
     QT_TRANSLATE_NOOP(
         "MailHostFindings",
         "Without an MX record, senders try the address of %1 itself (RFC 5321 §5.1). Replies and "
         "bounces to your mail may not arrive, and some receivers distrust senders whose domain "
         "cannot receive mail."),
     QT_TRANSLATE_NOOP("MailHostFindings",
                       "Publish an MX record for %1 that names your mail server, or a null MX (“0 .”) if the "
                       "domain never receives mail.")},
    {"mx.null",
     QT_TRANSLATE_NOOP("MailHostFindings", "%1 says it receives no mail (null MX)"),
     QT_TRANSLATE_NOOP(
         "MailHostFindings",
         "The MX record “0 .” (RFC 7505) tells every sender that %1 accepts no mail. Receivers may "
         "also refuse mail that claims to come from it."),
     QT_TRANSLATE_NOOP("MailHostFindings",
                       "If the domain should receive mail, replace it by a real MX record.")},
    // %1 domain, %2 the DNS outcome.
    {"mx.temperror",
     QT_TRANSLATE_NOOP("MailHostFindings", "The MX records of %1 could not be read (%2)"),
     QT_TRANSLATE_NOOP("MailHostFindings", "The DNS servers of %1 did not give an answer."),
     QT_TRANSLATE_NOOP("MailHostFindings", "Check again later; if it persists, ask your DNS provider.")},
    // %1 domain, %2 the exchange.
    {"mx.cname",
     QT_TRANSLATE_NOOP("MailHostFindings", "The MX host %2 is an alias (CNAME)"),
     QT_TRANSLATE_NOOP("MailHostFindings",
                       "An MX record must name a host with its own A or AAAA record, not an alias (RFC 2181 "
                       "§10.3). Most senders cope, but some refuse to deliver."),
     QT_TRANSLATE_NOOP("MailHostFindings", "Point the MX record of %1 at the name the alias leads to.")},
    // %1 domain, %2 the exchange, %3 the DNS outcome of its A query.
    {"mx.unresolvable",
     QT_TRANSLATE_NOOP("MailHostFindings", "The MX host %2 has no address"),
     QT_TRANSLATE_NOOP(
         "MailHostFindings",
         "%1 sends its mail to %2, but %2 has no A or AAAA record (%3), so mail to %1 cannot be "
         "delivered there."),
     QT_TRANSLATE_NOOP("MailHostFindings", "Give %2 an address record, or correct the MX record of %1.")},
    // %1 the IP, %2 the confirmed name.
    {"ptr.ok", QT_TRANSLATE_NOOP("MailHostFindings", "%1 has reverse DNS %2, confirmed forward"), "", ""},
    // %1 the IP, %2 the reverse name asked.
    {"ptr.missing",
     QT_TRANSLATE_NOOP("MailHostFindings", "%1 has no reverse DNS (PTR) record"),
     QT_TRANSLATE_NOOP(
         "MailHostFindings",
         "Gmail requires every sending IP to have a reverse DNS name that resolves back to "
         "the same IP. Without one, Gmail rejects or rate-limits the mail (550 5.7.25 / 421 4.7.23)."),
     QT_TRANSLATE_NOOP("MailHostFindings",
                       "Reverse DNS is set by whoever owns the IP address — your VPS, hosting or Internet "
                       "provider — not in your domain's DNS. Ask them to set the PTR of %1 to your mail "
                       "server's name, and give that name an A record with %1.")},
    // %1 the IP, %2 the names the PTR gave.
    {"ptr.not-confirmed",
     QT_TRANSLATE_NOOP("MailHostFindings", "The reverse DNS of %1 does not point back to it"),
     QT_TRANSLATE_NOOP("MailHostFindings",
                       "%1 has the reverse name %2, but that name has no A/AAAA record with %1. Gmail wants "
                       "forward-confirmed reverse DNS (FCrDNS): the name must lead back to the same IP."),
     QT_TRANSLATE_NOOP(
         "MailHostFindings",
         "Add an A (or AAAA) record with %1 to the name %2, or ask the IP's provider to change the "
         "PTR to a name that has it.")},
    // %1 the IP, %2 the reverse name, %3 the DNS outcome.
    {"ptr.temperror",
     QT_TRANSLATE_NOOP("MailHostFindings", "The reverse DNS of %1 could not be read (%3)"),
     QT_TRANSLATE_NOOP("MailHostFindings", "The DNS servers for %2 did not give an answer."),
     QT_TRANSLATE_NOOP("MailHostFindings", "Check again later; if it persists, ask the IP's provider.")},
};

} // namespace

std::optional<FindingText> mailHostFindingText(const QString& id, const QStringList& args)
{
    return findings::lookup("MailHostFindings", ENTRIES, id, args);
}

} // namespace todoku::smtp
