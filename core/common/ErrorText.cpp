// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/ErrorText.h"

namespace todoku {

QString ErrorText::text(const Error& error)
{
    const auto arg = [&error](int i) {
        return i < error.args.size() ? error.args.at(i) : QString();
    };
    switch (error.code) {
    case ErrorCode::InvalidDomainName:
        return tr("“%1” is not a valid domain name.").arg(arg(0));
    case ErrorCode::LabelTooLong:
        //: A "label" is one dot-separated part of a domain name.
        return tr("“%1” is not a valid domain name: the part “%2” is longer than 63 characters.")
            .arg(arg(0), arg(1));
    case ErrorCode::NameTooLong:
        return tr("“%1” is not a valid domain name: it is longer than 253 characters.").arg(arg(0));
    case ErrorCode::InvalidServer:
        return tr("“%1” is not a DNS server address. Use an IP address, optionally with a port, "
                  "such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53.")
            .arg(arg(0));
    case ErrorCode::InvalidRecordType:
        return tr("“%1” is not a record type Todoku can query. Use A, AAAA, MX, TXT, PTR, CNAME, NS or SOA.")
            .arg(arg(0));
    case ErrorCode::InvalidIpAddress:
        return tr("“%1” is not an IPv4 or IPv6 address.").arg(arg(0));
    case ErrorCode::FileUnreadable:
        return tr("Cannot read “%1”: %2").arg(arg(0), arg(1));
    case ErrorCode::FileUnwritable:
        return tr("Cannot write “%1”: %2").arg(arg(0), arg(1));
    case ErrorCode::KeyGenerationFailed:
        return tr("The %1 key could not be generated. The cryptography library reported an error.")
            .arg(arg(0));
    case ErrorCode::ResolverInitFailed:
        return tr("The DNS resolver could not be started. Check the DNS server settings.");
    case ErrorCode::Syntax:
        if (error.position >= 0) {
            return tr("Syntax error at character %1: %2").arg(error.position + 1).arg(arg(0));
        }
        return tr("Syntax error: %1").arg(arg(0));
    }
    Q_UNREACHABLE();
}

QString ErrorText::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidDomainName:
        return QStringLiteral("invalid-domain-name");
    case ErrorCode::LabelTooLong:
        return QStringLiteral("label-too-long");
    case ErrorCode::NameTooLong:
        return QStringLiteral("name-too-long");
    case ErrorCode::InvalidServer:
        return QStringLiteral("invalid-server");
    case ErrorCode::InvalidRecordType:
        return QStringLiteral("invalid-record-type");
    case ErrorCode::InvalidIpAddress:
        return QStringLiteral("invalid-ip-address");
    case ErrorCode::FileUnreadable:
        return QStringLiteral("file-unreadable");
    case ErrorCode::FileUnwritable:
        return QStringLiteral("file-unwritable");
    case ErrorCode::KeyGenerationFailed:
        return QStringLiteral("key-generation-failed");
    case ErrorCode::ResolverInitFailed:
        return QStringLiteral("resolver-init-failed");
    case ErrorCode::Syntax:
        return QStringLiteral("syntax");
    }
    Q_UNREACHABLE();
}

} // namespace todoku
