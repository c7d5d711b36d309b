// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the dkim.* findings, registered in FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::dkim {

/** Title, detail and fix of a dkim.* finding in the current language; nothing for unknown ids. */
std::optional<FindingText> findingText(const QString& id, const QStringList& args);

} // namespace todoku::dkim
