// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the helo.* and ptr.* findings of the HELO and reverse DNS rules, registered in
// FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::smtp {

/** Title, detail and fix of a helo.* and ptr.* finding in the current language; nothing for unknown ids. */
std::optional<FindingText> findingText(const QString& id, const QStringList& args);

} // namespace todoku::smtp
