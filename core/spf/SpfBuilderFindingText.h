// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the spf.builder.* and spf.provider.* findings, registered in FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::spf {

/** Title, detail and fix of an spf.builder.* / spf.provider.* finding; nothing for other ids. */
std::optional<FindingText> builderFindingText(const QString& id, const QStringList& args);

} // namespace todoku::spf
