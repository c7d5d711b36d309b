// SPDX-License-Identifier: GPL-3.0-or-later
// DnsText: plain-language names of DNS outcomes, rendered in the current UI language.
#pragma once

#include <QCoreApplication>

#include "core/dns/DnsTypes.h"

namespace todoku {

class DnsText
{
    Q_DECLARE_TR_FUNCTIONS(DnsText)

public:
    /** A short phrase for a trace view or the CLI: "answer", "name does not exist (NXDOMAIN)", … */
    static QString outcome(DnsOutcome outcome);
};

} // namespace todoku
