// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/DnsblFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::smtp {

namespace {

// Arguments as DnsblCheck::finish gives them.
constexpr FindingTextEntry ENTRIES[] = {
    // %1 the IP or domain, %2 the list, %3 the answer codes, %4 their meanings, %5 the list's TXT text.
    {"dnsbl.listed",
     QT_TRANSLATE_NOOP("DnsblFindings", "%1 is listed on %2"),
     QT_TRANSLATE_NOOP("DnsblFindings",
                       "%2 answered %3 (%4) for %1. Receivers that use this list refuse or junk mail from "
                       "it. The list says: %5"),
     QT_TRANSLATE_NOOP("DnsblFindings",
                       "Find and stop the cause first (an infected computer, an open relay, a compromised "
                       "account, a bad mailing list), then ask %2 for removal on its website.")},
    // %1 the IP or domain, %2 the list, %3 the answer codes or DNS outcome, %4 their meanings.
    {"dnsbl.unchecked",
     QT_TRANSLATE_NOOP("DnsblFindings", "%2 could not be checked for %1"),
     QT_TRANSLATE_NOOP(
         "DnsblFindings",
         "%2 gave no usable answer (%3 %4). This does not mean %1 is listed: Spamhaus, for example, refuses "
         "queries that come through public DNS resolvers or exceed its free limit."),
     QT_TRANSLATE_NOOP("DnsblFindings",
                       "Check again through your own resolver (not 8.8.8.8 or 1.1.1.1), or enter a Spamhaus "
                       "DQS key, or look the address up on the list's website.")},
    // %1 how many list checks found nothing.
    {"dnsbl.clean", QT_TRANSLATE_NOOP("DnsblFindings", "Not listed (%1 checks)"), "", ""},
};

} // namespace

std::optional<FindingText> dnsblFindingText(const QString& id, const QStringList& args)
{
    return findings::lookup("DnsblFindings", ENTRIES, id, args);
}

} // namespace todoku::smtp
