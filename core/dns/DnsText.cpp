// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsText.h"

namespace todoku {

QString DnsText::outcome(DnsOutcome outcome)
{
    switch (outcome) {
    case DnsOutcome::Answer:
        return tr("answer");
    case DnsOutcome::NxDomain:
        return tr("name does not exist (NXDOMAIN)");
    case DnsOutcome::NoData:
        return tr("no record of this type (NODATA)");
    case DnsOutcome::ServFail:
        return tr("server failure (SERVFAIL)");
    case DnsOutcome::Refused:
        return tr("query refused (REFUSED)");
    case DnsOutcome::Timeout:
        return tr("no answer in time (timeout)");
    case DnsOutcome::NetworkError:
        return tr("network error");
    case DnsOutcome::Malformed:
        return tr("malformed answer");
    }
    Q_UNREACHABLE();
}

} // namespace todoku
