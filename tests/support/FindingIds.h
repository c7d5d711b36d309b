// SPDX-License-Identifier: GPL-3.0-or-later
// The ids of a list of findings, in order: what most tests compare.
#pragma once

#include <QStringList>

#include "core/diagnosis/Finding.h"

namespace todoku::test {

inline QStringList findingIds(const QList<Finding>& findings)
{
    QStringList ids;
    for (const Finding& f : findings) {
        ids.append(f.id);
    }
    return ids;
}

} // namespace todoku::test
