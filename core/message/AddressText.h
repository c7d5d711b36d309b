// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the IP address that a header comment or a Gmail summary row mentions.
#pragma once

#include <QHostAddress>
#include <QString>

namespace todoku::message {

/** The first IPv4 or IPv6 address written in `text` that parses, or a null address. */
QHostAddress firstAddressIn(const QString& text);

} // namespace todoku::message
