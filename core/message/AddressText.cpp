// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/AddressText.h"

#include <QRegularExpression>

namespace todoku::message {

QHostAddress firstAddressIn(const QString& text)
{
    // Not part of a longer token: "198.51.100.7)" matches, "v1.2.3.4.5" and "a::b::" do not parse anyway.
    static const QRegularExpression IP(QStringLiteral(
        R"((?:^|[^0-9A-Za-z.:])([0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?=$|[^0-9A-Za-z.:]))"));
    auto it = IP.globalMatch(text);
    while (it.hasNext()) {
        QHostAddress a;
        if (a.setAddress(it.next().captured(1))) {
            return a;
        }
    }
    return {};
}

} // namespace todoku::message
