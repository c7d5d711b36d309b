// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/SetupFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::setup {

namespace {

// Arguments are positional and documented at each producer (core/setup/RecordRenderer.cpp and friends).
constexpr FindingTextEntry ENTRIES[] = {
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
};

} // namespace

std::optional<FindingText> findingText(const QString& id, const QStringList& args)
{
    return findings::lookup("SetupFindings", ENTRIES, id, args);
}

} // namespace todoku::setup
