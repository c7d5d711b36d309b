// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the arc.* findings ArcVerifier makes, registered in FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::arc {

/** Title, detail and fix of an arc.pass / arc.broken.* finding; nothing for other ids. */
std::optional<FindingText> findingText(const QString& id, const QStringList& args);

} // namespace todoku::arc
