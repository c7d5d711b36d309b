// SPDX-License-Identifier: GPL-3.0-or-later
// RecordRenderer: a record in the shape one DNS host's panel wants it typed (host field, value, TTL).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"
#include "core/setup/RegistrarPreset.h"

namespace todoku {

/** One record as the user types it into a panel: each field separately, plus what to watch out for. */
struct RenderedRecord
{
    QString host;        ///< the host / name field ("@", "", "default._domainkey", or a full name)
    QString type;        ///< "TXT", "MX", …
    QString value;       ///< the value field exactly as typed (quotes and splits as the panel wants)
    QStringList strings; ///< TXT: the character-strings when the panel wants them entered one by one
    int priority = -1;   ///< MX: the priority field, -1 for other types
    int ttl = 3600;
    QString line;             ///< zone-syntax panels: the whole line to type
    bool fits = true;         ///< false if the panel cannot take the value as it is (see notes)
    bool outsideZone = false; ///< the owner is not in the domain's zone (PTR, another domain)
    QList<Finding> notes;     ///< setup.* findings: limits hit, ways around them, unverified facts
};

/**
 * Renders ProposedRecords for a RegistrarPreset. Pure functions; the host field is made relative to the
 * zone `zoneAce` (the domain whose DNS panel the user is in).
 */
namespace setup {

RenderedRecord
renderForPanel(const ProposedRecord& record, const RegistrarPreset& preset, const QString& zoneAce);

/** The owner name relative to the zone: "" for the apex, "_dmarc" for _dmarc.<zone>; empty optional if
 * outside. */
std::optional<QString> relativeOwner(const QString& ownerAce, const QString& zoneAce);

/** A TXT record's character-strings: as proposed, or the value cut into pieces of at most 255 bytes. */
QStringList txtStrings(const ProposedRecord& record);

/** TXT rdata as zone-file text: each character-string in double quotes, `"` and `\` escaped. */
QString quotedStrings(const QStringList& strings);

} // namespace setup
} // namespace todoku
