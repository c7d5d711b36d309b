// SPDX-License-Identifier: GPL-3.0-or-later
// SPF macro expansion (RFC 7208 §7): %{s} %{l} %{o} %{d} %{i} %{p} %{h} %{v} and, in exp=, %{c} %{r} %{t}.
#pragma once

#include <QHostAddress>
#include <QString>
#include <optional>

namespace todoku {

/** The values macros expand to during one check_host() call. */
struct SpfMacroContext
{
    QString sender;                                    ///< %{s}: "local@domain"
    QString localPart;                                 ///< %{l}
    QString senderDomain;                              ///< %{o}
    QString domain;                                    ///< %{d}: the domain currently evaluated
    QHostAddress ip;                                   ///< %{i} %{c} %{v}
    QString validatedName = QStringLiteral("unknown"); ///< %{p} (RFC 7208 §7.3: "unknown" if none)
    QString helo;                                      ///< %{h}
    QString receiver = QStringLiteral("unknown");      ///< %{r}
    qint64 timestamp = 0;                              ///< %{t}
};

namespace spf {

/**
 * Expands a macro-string. `forExplanation` allows the letters c, r and t (§7.3). Returns nothing if the
 * macro-string is malformed (the caller turns that into permerror).
 */
std::optional<QString>
expandMacros(const QString& macroString, const SpfMacroContext& context, bool forExplanation);

/** §4.8 / §7.3: a target name longer than 253 characters loses labels from the left until it fits. */
QString truncateDomain(QString name);

/** "1.2.0.192" style for %{i}: IPv4 dotted, IPv6 as 32 dot-separated nibbles. */
QString macroIp(const QHostAddress& address);

/** An IPv4-mapped IPv6 address as plain IPv4, anything else unchanged. */
QHostAddress normalizedAddress(const QHostAddress& address);

} // namespace spf
} // namespace todoku
