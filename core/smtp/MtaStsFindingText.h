// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the mta-sts.*, tls-rpt.* and bimi.* findings, registered in FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::smtp {

/** Title, detail and fix of an mta-sts.*, tls-rpt.* or bimi.* finding; nothing for other ids. */
std::optional<FindingText> mtaStsFindingText(const QString& id, const QStringList& args);

} // namespace todoku::smtp
