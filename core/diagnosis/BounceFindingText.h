// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the bounce.* findings (one per row of bounce-codes.json), registered in
// FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::bounce {

/** Title, detail and fix of a bounce.* finding in the current language; nothing for unknown ids. */
std::optional<FindingText> findingText(const QString& id, const QStringList& args);

} // namespace todoku::bounce
