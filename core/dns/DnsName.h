// SPDX-License-Identifier: GPL-3.0-or-later
// Domain name helpers: IDNA conversion, validation, reverse (PTR) names.
#pragma once

#include <QHostAddress>
#include <QString>

#include "core/common/Result.h"

namespace todoku::dns {

/**
 * Validates a domain name as the user typed it and converts it to its ASCII (A-label) form for the wire,
 * e.g. "日本語.jp" -> "xn--wgv71a119e.jp". IDNA is Qt's (QUrl::toAce); labels already in ASCII are kept
 * as they are, so service names such as "_dmarc" and "s1._domainkey" pass, which IDNA's host rules reject.
 * A trailing dot is accepted and dropped; the result is lower-case and has no trailing dot.
 */
Result<QString> toAce(const QString& name);

/** The Unicode form for display: each "xn--" label decoded, others unchanged. Never fails. */
QString toUnicode(const QString& aceName);

/** "192.0.2.10" -> "10.2.0.192.in-addr.arpa", IPv6 in nibble form under ip6.arpa (RFC 3596 §2.5). */
QString reverseName(const QHostAddress& address);

/** The name with exactly one trailing dot, as zone files and DNS panels write absolute names. */
QString absoluteName(const QString& name);

/** The name without a trailing dot. */
QString withoutTrailingDot(const QString& name);

/** True if the name equals the zone or lies below it (case-insensitive, ASCII forms; a trailing dot on either
 * is ignored). */
bool isSubdomainOf(const QString& name, const QString& zone);

} // namespace todoku::dns
