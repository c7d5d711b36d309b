// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spf/SpfMacro.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace todoku::spf {

QHostAddress normalizedAddress(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

QString macroIp(const QHostAddress& address)
{
    const QHostAddress a = normalizedAddress(address);
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        return a.toString();
    }
    const Q_IPV6ADDR v6 = a.toIPv6Address();
    QStringList nibbles;
    static const char HEX[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        nibbles.append(QString(QLatin1Char(HEX[(v6[i] >> 4) & 0xf])));
        nibbles.append(QString(QLatin1Char(HEX[v6[i] & 0xf])));
    }
    return nibbles.join(u'.');
}

QString truncateDomain(QString name)
{
    while (name.size() > 253) {
        const int dot = int(name.indexOf(u'.'));
        if (dot < 0) {
            break;
        }
        name = name.mid(dot + 1);
    }
    return name;
}

std::optional<QString> expandMacros(const QString& s, const SpfMacroContext& ctx, bool forExplanation)
{
    static const QRegularExpression MACRO(QStringLiteral(R"(^([A-Za-z])([0-9]*)(r?)([.\-+,/_=]*)$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c != u'%') {
            out += c;
            continue;
        }
        if (i + 1 >= s.size()) {
            return std::nullopt;
        }
        const QChar n = s.at(++i);
        if (n == u'%') {
            out += u'%';
            continue;
        }
        if (n == u'_') {
            out += u' ';
            continue;
        }
        if (n == u'-') {
            out += QLatin1String("%20");
            continue;
        }
        if (n != u'{') {
            return std::nullopt;
        }
        const int close = int(s.indexOf(u'}', i + 1));
        if (close < 0) {
            return std::nullopt;
        }
        const QRegularExpressionMatch m = MACRO.match(s.mid(i + 1, close - i - 1));
        i = close;
        if (!m.hasMatch()) {
            return std::nullopt;
        }
        const QChar letter = m.captured(1).at(0);
        const QChar lower = letter.toLower();
        QString value;
        switch (lower.unicode()) {
        case 's':
            value = ctx.sender;
            break;
        case 'l':
            value = ctx.localPart;
            break;
        case 'o':
            value = ctx.senderDomain;
            break;
        case 'd':
            value = ctx.domain;
            break;
        case 'i':
            value = macroIp(ctx.ip);
            break;
        case 'p':
            value = ctx.validatedName;
            break;
        case 'h':
            value = ctx.helo;
            break;
        case 'v':
            value = normalizedAddress(ctx.ip).protocol() == QAbstractSocket::IPv4Protocol
                        ? QStringLiteral("in-addr")
                        : QStringLiteral("ip6");
            break;
        case 'c':
            if (!forExplanation) {
                return std::nullopt;
            }
            value = normalizedAddress(ctx.ip).toString();
            break;
        case 'r':
            if (!forExplanation) {
                return std::nullopt;
            }
            value = ctx.receiver;
            break;
        case 't':
            if (!forExplanation) {
                return std::nullopt;
            }
            value = QString::number(ctx.timestamp);
            break;
        default:
            return std::nullopt;
        }
        const QString digits = m.captured(2);
        const bool reverse = !m.captured(3).isEmpty();
        const QString delimiters = m.captured(4).isEmpty() ? QStringLiteral(".") : m.captured(4);
        if (!digits.isEmpty() || reverse || !m.captured(4).isEmpty()) {
            QStringList parts;
            QString current;
            for (const QChar ch : value) {
                if (delimiters.contains(ch)) {
                    parts.append(current);
                    current.clear();
                } else {
                    current += ch;
                }
            }
            parts.append(current);
            if (reverse) {
                std::reverse(parts.begin(), parts.end());
            }
            if (!digits.isEmpty()) {
                const int keep = digits.toInt();
                if (keep == 0) {
                    return std::nullopt;
                }
                if (keep < parts.size()) {
                    parts = parts.mid(parts.size() - keep);
                }
            }
            value = parts.join(u'.');
        }
        if (letter.isUpper()) {
            // §7.3: upper-case macro letters are URL-escaped (RFC 3986 unreserved characters stay).
            value = QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
        out += value;
    }
    return out;
}

} // namespace todoku::spf
