// SPDX-License-Identifier: GPL-3.0-or-later
// FindingCatalog: renders findings into the current language and into DESIGN.md's JSON shape.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku {

/**
 * Turns Finding ids and arguments into text at display time, so a language switch re-renders old
 * reports. Each module owns the texts of its ids (spf::findingText, dkim::findingText, …); this class
 * routes by the id's first segment. An id without a text renders its id as title, never a blank.
 */
class FindingCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FindingCatalog)

public:
    /** A module's text function: returns nothing for ids it does not know. */
    using TextFunction = std::optional<FindingText> (*)(const QString& id, const QStringList& args);

    static FindingText text(const Finding& finding);
    /** "error", "warning", "info", "ok": the JSON spelling. */
    static QString severityName(Severity severity);
    /** The word shown to users, translated. */
    static QString severityLabel(Severity severity);
    /** DESIGN.md's Finding object: id, severity, args, title, detail, fix, evidence, records. */
    static QJsonObject toJson(const Finding& finding);
    /** Each finding as toJson(finding), in order. */
    static QJsonArray toJson(const QList<Finding>& findings);
    static QJsonObject toJson(const ProposedRecord& record);
};

} // namespace todoku
