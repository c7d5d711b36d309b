// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the spf.* findings, registered in FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::spf {

/** Title, detail and fix of an spf.* finding in the current language; nothing for unknown ids. */
std::optional<FindingText> findingText(const QString& id, const QStringList& args);

} // namespace todoku::spf
