// SPDX-License-Identifier: GPL-3.0-or-later
// RecordSetExporter: a RecordSet as a BIND zone fragment, CSV, JSON, or plain text for one DNS panel.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "core/setup/RecordSet.h"
#include "core/setup/RegistrarPreset.h"

namespace todoku {

/**
 * Turns a RecordSet into files and text. The zone fragment holds only records set at the domain's DNS
 * host (PTR records go to the owner of the IP and are listed as comments); it loads with named-checkzone
 * once placed in a zone with SOA and NS. Texts for panels are translated at call time.
 */
class RecordSetExporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordSetExporter)

public:
    /** One record as a BIND master-file line, owner absolute: what a user copies from a finding. */
    static QString zoneLine(const ProposedRecord& record);
    /** BIND master-file lines with absolute owner names. */
    static QString zoneFragment(const RecordSet& set);
    /** RFC 4180 CSV: name,type,ttl,value,purpose,setAt — one row per record. */
    static QString csv(const RecordSet& set);
    /** DESIGN.md `generate` shape: records, privateKeyFile, findings. */
    static QJsonObject json(const RecordSet& set);
    /** What to type where, record by record, for one panel (host, type, value, TTL, notes). */
    static QString panelText(const RecordSet& set, const RegistrarPreset& preset);
    /** What a record is for, in the current language ("spf" → "SPF (allowed senders)"). */
    static QString purposeLabel(const QString& purpose);
};

} // namespace todoku
