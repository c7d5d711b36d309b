// SPDX-License-Identifier: GPL-3.0-or-later
// severityIcon: the icon a finding's severity shows with, the same in every workspace.
#pragma once

#include <QIcon>

#include "core/diagnosis/Finding.h"

/** The resource icon for `severity` (:/icons/severity-*.svg). */
QIcon severityIcon(todoku::Severity severity);
