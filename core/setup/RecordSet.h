// SPDX-License-Identifier: GPL-3.0-or-later
// RecordSet: every record a domain needs, as the setup generator produces it (DESIGN.md `generate`).
#pragma once

#include <QList>
#include <QString>

#include "core/diagnosis/Finding.h"

namespace todoku {

/**
 * The records for one domain, each with its owner name, type, TTL, value, character-strings, purpose and
 * where it is set (the DNS host, or the owner of the IP for PTR), plus findings that explain choices and
 * refusals. A value type: the wizard, the CLI and the exporters all read the same set.
 */
struct RecordSet
{
    QString domain;        ///< ASCII (A-label) form, no trailing dot
    QString unicodeDomain; ///< as the user typed it, for display
    QList<ProposedRecord> records;
    QList<Finding> findings;
    QString privateKeyFile; ///< where a generated DKIM key was written, if any

    /** Records of one purpose ("spf", "dkim", …), in order. */
    QList<ProposedRecord> byPurpose(const QString& purpose) const
    {
        QList<ProposedRecord> out;
        for (const ProposedRecord& r : records) {
            if (r.purpose == purpose) {
                out.append(r);
            }
        }
        return out;
    }
};

} // namespace todoku
