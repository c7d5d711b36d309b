// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the findings MessageDiagnosis emits (spf.*, dkim.*, dmarc.applied.*,
// forwarding.*, list.*, bulk.*, message.*, input.*), registered in FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::diagnosis {

/** Title, detail and fix in the current language; nothing for ids this table does not hold. */
std::optional<FindingText> messageFindingText(const QString& id, const QStringList& args);

} // namespace todoku::diagnosis
