// SPDX-License-Identifier: GPL-3.0-or-later
// FindingTextTable: the shared lookup behind every module's finding texts (id -> translated
// title/detail/fix).
#pragma once

#include <QStringList>
#include <optional>
#include <span>

#include "core/diagnosis/Finding.h"

namespace todoku {

/** One row of a module's text table; the strings are QT_TRANSLATE_NOOP sources in the module's context. */
struct FindingTextEntry
{
    const char* id;
    const char* title;
    const char* detail;
    const char* fix;
};

namespace findings {

/**
 * Finds `id` in `table` and renders its texts in the current language, filling %1…%9 from `args` in one
 * pass (so an argument that itself contains "%2", such as a percent-encoded URI, is never re-substituted).
 * Nothing for an id the table does not hold.
 */
std::optional<FindingText> lookup(const char* context,
                                  std::span<const FindingTextEntry> table,
                                  const QString& id,
                                  const QStringList& args);

/** Translates `text` in `context` and fills its %N placeholders from `args` in one pass. */
QString fill(const char* context, const char* text, const QStringList& args);

} // namespace findings
} // namespace todoku
