// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsTypes.h"

namespace todoku {

namespace {

struct TypeEntry
{
    DnsRecordType type;
    const char* name;
};

constexpr TypeEntry TYPE_NAMES[] = {
    {DnsRecordType::A, "A"},
    {DnsRecordType::AAAA, "AAAA"},
    {DnsRecordType::MX, "MX"},
    {DnsRecordType::TXT, "TXT"},
    {DnsRecordType::PTR, "PTR"},
    {DnsRecordType::CNAME, "CNAME"},
    {DnsRecordType::NS, "NS"},
    {DnsRecordType::SOA, "SOA"},
};

} // namespace

namespace dns {

QString typeName(DnsRecordType type)
{
    for (const auto& entry : TYPE_NAMES) {
        if (entry.type == type) {
            return QString::fromLatin1(entry.name);
        }
    }
    return QStringLiteral("TYPE%1").arg(static_cast<int>(type));
}

Result<DnsRecordType> parseType(const QString& text)
{
    const QString upper = text.trimmed().toUpper();
    for (const auto& entry : TYPE_NAMES) {
        if (upper == QLatin1String(entry.name)) {
            return entry.type;
        }
    }
    return Error::make(ErrorCode::InvalidRecordType, {text});
}

QString outcomeName(DnsOutcome outcome)
{
    switch (outcome) {
    case DnsOutcome::Answer:
        return QStringLiteral("answer");
    case DnsOutcome::NxDomain:
        return QStringLiteral("nxdomain");
    case DnsOutcome::NoData:
        return QStringLiteral("nodata");
    case DnsOutcome::ServFail:
        return QStringLiteral("servfail");
    case DnsOutcome::Refused:
        return QStringLiteral("refused");
    case DnsOutcome::Timeout:
        return QStringLiteral("timeout");
    case DnsOutcome::NetworkError:
        return QStringLiteral("network-error");
    case DnsOutcome::Malformed:
        return QStringLiteral("malformed");
    }
    Q_UNREACHABLE();
}

bool isDefinite(DnsOutcome outcome)
{
    return outcome == DnsOutcome::Answer || outcome == DnsOutcome::NxDomain || outcome == DnsOutcome::NoData;
}

} // namespace dns

Result<DnsServer> DnsServer::parse(const QString& text)
{
    const QString t = text.trimmed();
    QString host = t;
    QString portText;
    if (t.startsWith(u'[')) {
        const int close = t.indexOf(u']');
        if (close < 0) {
            return Error::make(ErrorCode::InvalidServer, {text});
        }
        host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                return Error::make(ErrorCode::InvalidServer, {text});
            }
            portText = rest.mid(1);
        }
    } else if (t.count(u':') == 1) {
        // Exactly one colon: IPv4 with a port. Several colons without brackets: a bare IPv6 address.
        const int colon = t.indexOf(u':');
        host = t.left(colon);
        portText = t.mid(colon + 1);
    }
    DnsServer server;
    if (!server.address.setAddress(host) || host.contains(u'%')) {
        return Error::make(ErrorCode::InvalidServer, {text});
    }
    if (t.startsWith(u'[') && server.address.protocol() != QAbstractSocket::IPv6Protocol) {
        return Error::make(ErrorCode::InvalidServer, {text});
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            return Error::make(ErrorCode::InvalidServer, {text});
        }
        server.port = static_cast<quint16>(port);
    }
    return server;
}

QString DnsServer::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    }
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace todoku
