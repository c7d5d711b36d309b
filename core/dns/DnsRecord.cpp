// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/DnsRecord.h"

#include <algorithm>

namespace todoku {

namespace {

QString quoteCharacterString(const QByteArray& bytes)
{
    // RFC 1035 §5.1: quote, escape '"' and '\', and write other non-printables as \DDD.
    QString out = QStringLiteral("\"");
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += u'\\';
            out += QLatin1Char(ch);
        } else if (c < 0x20 || c >= 0x7f) {
            out += QStringLiteral("\\%1").arg(c, 3, 10, QLatin1Char('0'));
        } else {
            out += QLatin1Char(ch);
        }
    }
    out += u'"';
    return out;
}

QString withDot(const QString& name)
{
    return name.isEmpty() ? QStringLiteral(".") : name + u'.';
}

} // namespace

QByteArray DnsRecord::joinedText() const
{
    QByteArray out;
    for (const QByteArray& s : strings) {
        out += s;
    }
    return out;
}

QString DnsRecord::presentation() const
{
    switch (type) {
    case DnsRecordType::A:
    case DnsRecordType::AAAA:
        return address.toString();
    case DnsRecordType::MX:
        return QStringLiteral("%1 %2").arg(preference).arg(withDot(target));
    case DnsRecordType::CNAME:
    case DnsRecordType::PTR:
    case DnsRecordType::NS:
        return withDot(target);
    case DnsRecordType::TXT: {
        QStringList parts;
        for (const QByteArray& s : strings) {
            parts.append(quoteCharacterString(s));
        }
        return parts.join(u' ');
    }
    case DnsRecordType::SOA:
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
            .arg(withDot(target), withDot(soa.rname))
            .arg(soa.serial)
            .arg(soa.refresh)
            .arg(soa.retry)
            .arg(soa.expire)
            .arg(soa.minimum);
    }
    return {};
}

QList<QByteArray> DnsAnswer::texts() const
{
    QList<QByteArray> out;
    for (const DnsRecord& r : records) {
        if (r.type == DnsRecordType::TXT) {
            out.append(r.joinedText());
        }
    }
    return out;
}

QList<QHostAddress> DnsAnswer::addresses() const
{
    QList<QHostAddress> out;
    for (const DnsRecord& r : records) {
        if (r.type == DnsRecordType::A || r.type == DnsRecordType::AAAA) {
            out.append(r.address);
        }
    }
    return out;
}

QStringList DnsAnswer::targets() const
{
    QList<DnsRecord> sorted = records;
    std::stable_sort(sorted.begin(), sorted.end(), [](const DnsRecord& a, const DnsRecord& b) {
        return a.preference < b.preference;
    });
    QStringList out;
    for (const DnsRecord& r : sorted) {
        if (!r.target.isEmpty()) {
            out.append(r.target);
        }
    }
    return out;
}

} // namespace todoku
