// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/ArcFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::arc {

namespace {

// arc.pass: %1 number of ARC sets, %2 d= of the newest seal. arc.broken.*: %1 instance (0 if none
// applies), %2 the untranslated reason code or parse detail.
constexpr FindingTextEntry ENTRIES[] = {
    {"arc.pass",
     QT_TRANSLATE_NOOP("ArcFindings", "The ARC chain verifies"),
     QT_TRANSLATE_NOOP("ArcFindings",
                       "All %1 ARC sets verify; the newest was added by %2. A receiver that trusts the "
                       "forwarders may use their recorded authentication results."),
     QT_TRANSLATE_NOOP("ArcFindings", "Nothing to do.")},
    {"arc.broken.structure",
     QT_TRANSLATE_NOOP("ArcFindings", "The ARC sets are malformed"),
     QT_TRANSLATE_NOOP(
         "ArcFindings",
         "The ARC header fields are incomplete, duplicated or do not parse (instance %1: %2), so "
         "the chain fails."),
     QT_TRANSLATE_NOOP("ArcFindings",
                       "Ask the forwarder that added these ARC fields to fix its ARC signing.")},
    {"arc.broken.cv-fail",
     QT_TRANSLATE_NOOP("ArcFindings", "A forwarder marked the ARC chain as failed"),
     QT_TRANSLATE_NOOP("ArcFindings",
                       "The ARC-Seal at instance %1 says cv=fail: that forwarder already found "
                       "the chain broken."),
     QT_TRANSLATE_NOOP("ArcFindings",
                       "Look at the hops before instance %1; a forwarder there changed the message.")},
    {"arc.broken.cv-invalid",
     QT_TRANSLATE_NOOP("ArcFindings", "An ARC seal has the wrong cv= value"),
     QT_TRANSLATE_NOOP("ArcFindings",
                       "The ARC-Seal at instance %1 has cv=%2; the first seal must say none and every later "
                       "one pass."),
     QT_TRANSLATE_NOOP("ArcFindings", "Ask the forwarder at instance %1 to fix its ARC signing.")},
    {"arc.broken.message-signature",
     QT_TRANSLATE_NOOP("ArcFindings", "The newest ARC message signature does not verify"),
     QT_TRANSLATE_NOOP("ArcFindings",
                       "The ARC-Message-Signature at instance %1 fails (%2): the message changed after the "
                       "last forwarder signed it, or its key does not match."),
     QT_TRANSLATE_NOOP(
         "ArcFindings",
         "Check the original message (the .eml file) rather than a copy; if it still fails, the "
         "last forwarder's ARC signing is broken.")},
    {"arc.broken.seal",
     QT_TRANSLATE_NOOP("ArcFindings", "An ARC seal does not verify"),
     QT_TRANSLATE_NOOP(
         "ArcFindings",
         "The ARC-Seal at instance %1 fails (%2): the ARC fields up to that hop were changed, or "
         "the seal's key does not match."),
     QT_TRANSLATE_NOOP("ArcFindings", "Ask the forwarder at instance %1 to check its ARC signing key.")},
    {"arc.broken.dns",
     QT_TRANSLATE_NOOP("ArcFindings", "An ARC key could not be looked up"),
     QT_TRANSLATE_NOOP("ArcFindings",
                       "The DNS lookup for the ARC key at instance %1 failed temporarily, so the chain could "
                       "not be verified."),
     QT_TRANSLATE_NOOP("ArcFindings", "Try again later; if it keeps failing, the signer's DNS is broken.")},
};

} // namespace

std::optional<FindingText> findingText(const QString& id, const QStringList& args)
{
    return findings::lookup("ArcFindings", ENTRIES, id, args);
}

} // namespace todoku::arc
