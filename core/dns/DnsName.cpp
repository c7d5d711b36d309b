// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsName.h"

#include <QStringList>
#include <QUrl>

namespace todoku::dns {

namespace {

constexpr int MAX_LABEL = 63;
constexpr int MAX_NAME = 253;

bool isAsciiLabelChar(QChar c)
{
    // Letters, digits and hyphen (RFC 1123 host names) plus '_' for service labels
    // such as _dmarc, _domainkey and _mta-sts.
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
           || c == u'_';
}

bool isAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<QString> toAce(const QString& name)
{
    QString n = name.trimmed();
    // Full-width dots (。．｡) are what Japanese input methods type; IDNA treats them as separators too.
    n.replace(QChar(0x3002), u'.').replace(QChar(0xFF0E), u'.').replace(QChar(0xFF61), u'.');
    if (n.endsWith(u'.')) {
        n.chop(1);
    }
    if (n.isEmpty()) {
        return Error::make(ErrorCode::InvalidDomainName, {name});
    }
    QStringList out;
    const QStringList labels = n.split(u'.');
    for (const QString& label : labels) {
        if (label.isEmpty()) {
            return Error::make(ErrorCode::InvalidDomainName, {name});
        }
        QString ace;
        if (isAscii(label)) {
            for (const QChar c : label) {
                if (!isAsciiLabelChar(c)) {
                    return Error::make(ErrorCode::InvalidDomainName, {name});
                }
            }
            ace = label.toLower();
        } else {
            ace = QString::fromLatin1(QUrl::toAce(label, QUrl::AceTransitionalProcessing));
            if (ace.isEmpty()) {
                return Error::make(ErrorCode::InvalidDomainName, {name});
            }
        }
        if (ace.size() > MAX_LABEL) {
            return Error::make(ErrorCode::LabelTooLong, {name, label});
        }
        out.append(ace);
    }
    QString result = out.join(u'.');
    if (result.size() > MAX_NAME) {
        return Error::make(ErrorCode::NameTooLong, {name});
    }
    return result;
}

QString toUnicode(const QString& aceName)
{
    QStringList labels = aceName.split(u'.');
    for (QString& label : labels) {
        if (label.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive)) {
            const QString decoded = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
            if (!decoded.isEmpty()) {
                label = decoded;
            }
        }
    }
    return labels.join(u'.');
}

QString reverseName(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg((v4 >> 24) & 0xff);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QString out;
    out.reserve(64 + 9);
    static const char HEX[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i) {
        out += QLatin1Char(HEX[v6[i] & 0x0f]);
        out += u'.';
        out += QLatin1Char(HEX[(v6[i] >> 4) & 0x0f]);
        out += u'.';
    }
    out += QLatin1String("ip6.arpa");
    return out;
}

QString absoluteName(const QString& name)
{
    return name.endsWith(u'.') ? name : name + u'.';
}

QString withoutTrailingDot(const QString& name)
{
    return name.endsWith(u'.') ? name.chopped(1) : name;
}

bool isSubdomainOf(const QString& name, const QString& zone)
{
    const QString n = withoutTrailingDot(name).toLower();
    const QString z = withoutTrailingDot(zone).toLower();
    return n == z || n.endsWith(u'.' + z);
}

} // namespace todoku::dns
