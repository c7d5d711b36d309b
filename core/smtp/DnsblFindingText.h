// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the dnsbl.* findings of DnsblCheck, registered in FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::smtp {

/** Title, detail and fix of a dnsbl.* finding; nothing for other ids. */
std::optional<FindingText> dnsblFindingText(const QString& id, const QStringList& args);

} // namespace todoku::smtp
