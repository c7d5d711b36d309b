// SPDX-License-Identifier: GPL-3.0-or-later
// The translatable texts of the dns.* findings (the authoritative-server probe), registered in
// FindingCatalog.
#pragma once

#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"

namespace todoku::dns {

/** Title, detail and fix of a dns.* finding in the current language; nothing for unknown ids. */
std::optional<FindingText> findingText(const QString& id, const QStringList& args);

} // namespace todoku::dns
