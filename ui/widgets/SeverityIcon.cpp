// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/SeverityIcon.h"

QIcon severityIcon(todoku::Severity severity)
{
    using todoku::Severity;
    switch (severity) {
    case Severity::Error:
        return QIcon(QStringLiteral(":/icons/severity-error.svg"));
    case Severity::Warning:
        return QIcon(QStringLiteral(":/icons/severity-warning.svg"));
    case Severity::Info:
        return QIcon(QStringLiteral(":/icons/severity-info.svg"));
    case Severity::Ok:
        return QIcon(QStringLiteral(":/icons/severity-ok.svg"));
    }
    Q_UNREACHABLE();
}
