// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the findings the domain check adds (gmail.*, audit.*, helo.*, dkim.selector*, …).
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::audit {

/** Title, detail and fix of a finding made by the domain audit; nothing for other ids. */
std::optional<FindingText> findingText(const QString& id, const QStringList& args);

} // namespace todoku::audit
