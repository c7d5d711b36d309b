// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the mx.* and ptr.* findings of MailHostCheck, registered in FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::smtp {

/** Title, detail and fix of an mx.* or ptr.* finding from MailHostCheck; nothing for other ids. */
std::optional<FindingText> mailHostFindingText(const QString& id, const QStringList& args);

} // namespace todoku::smtp
