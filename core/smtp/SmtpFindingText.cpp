// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/SmtpFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::smtp {

namespace {

// helo.*: %1 = the HELO name, %2 = the host that recorded it. ptr.generic: %1 = the name, %2 = the IP.
constexpr FindingTextEntry ENTRIES[] = {
    {"helo.not-fqdn",
     QT_TRANSLATE_NOOP("SmtpFindings", "The sending computer introduced itself with a bare name (%1)"),
     QT_TRANSLATE_NOOP(
         "SmtpFindings",
         "When a mail program connects, it first gives its name (HELO/EHLO). \"%1\" is not a full domain "
         "name (FQDN), for example a Windows computer name; %2 recorded it. Receivers such as Gmail count "
         "this against the mail, and some refuse it (501 5.5.4)."),
     QT_TRANSLATE_NOOP("SmtpFindings",
                       "Set the name the mail program or server sends in HELO/EHLO to a full domain name "
                       "that exists in DNS, such as mail.example.jp (Postfix: myhostname; in a mail client "
                       "or a device: its SMTP \"local host name\" setting). Sending through your provider's "
                       "submission server (port 587) also fixes it.")},
    {"helo.localhost",
     QT_TRANSLATE_NOOP("SmtpFindings", "The sending server introduced itself as localhost (%1)"),
     QT_TRANSLATE_NOOP(
         "SmtpFindings",
         "In HELO/EHLO the sending server called itself \"%1\", a name that means \"this computer\" "
         "everywhere; %2 recorded it. Receivers treat this as a misconfigured or hijacked sender."),
     QT_TRANSLATE_NOOP("SmtpFindings",
                       "Set the server's host name (HELO/EHLO name) to its full domain name, such as "
                       "mail.example.jp, with a matching A record and reverse DNS (PTR).")},
    {"helo.ip-literal",
     QT_TRANSLATE_NOOP("SmtpFindings", "The sending server introduced itself with an IP address (%1)"),
     QT_TRANSLATE_NOOP(
         "SmtpFindings",
         "In HELO/EHLO the server gave an address literal \"%1\" instead of a name; %2 recorded it. The "
         "standard allows it, but receivers distrust it because spam software does the same."),
     QT_TRANSLATE_NOOP(
         "SmtpFindings",
         "Set the server's host name (HELO/EHLO name) to its full domain name, such as mail.example.jp.")},
    {"ptr.generic",
     QT_TRANSLATE_NOOP("SmtpFindings", "The sending server has an ISP's generic reverse DNS name (%1)"),
     QT_TRANSLATE_NOOP("SmtpFindings",
                       "The reverse DNS name (PTR) of %2 is \"%1\", an automatic name of the kind ISPs and "
                       "clouds give home lines and new servers. Receivers treat mail from such addresses "
                       "like mail from a home computer."),
     QT_TRANSLATE_NOOP("SmtpFindings",
                       "If this is your mail server, ask the owner of %2 (ISP, VPS or cloud) to set its PTR "
                       "to your server's name, such as mail.example.jp, with a matching A record. If it is a "
                       "home line, send through your provider's mail server instead.")},
};

} // namespace

std::optional<FindingText> findingText(const QString& id, const QStringList& args)
{
    return findings::lookup("SmtpFindings", ENTRIES, id, args);
}

} // namespace todoku::smtp
