// SPDX-License-Identifier: GPL-3.0-or-later
#include <ares.h>

#include "core/dns/AresReply_p.h"

namespace todoku::dns {

namespace {

constexpr int HEADER_SIZE = 12;
constexpr int RR_FIXED_SIZE = 10; // type, class, ttl, rdlength

class Reader
{
public:
    Reader(const unsigned char* buffer, int length)
        : m_buffer(buffer)
        , m_length(length)
    {}

    bool name(const unsigned char* at, QString* out, long* encodedLength) const
    {
        if (at < m_buffer || at >= m_buffer + m_length) {
            return false;
        }
        char* expanded = nullptr;
        if (ares_expand_name(at, m_buffer, m_length, &expanded, encodedLength) != ARES_SUCCESS) {
            return false;
        }
        *out = QString::fromLatin1(expanded).toLower();
        ares_free_string(expanded);
        return true;
    }

    static quint16 u16(const unsigned char* p) { return quint16((p[0] << 8) | p[1]); }
    static quint32 u32(const unsigned char* p)
    {
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    }

    const unsigned char* begin() const { return m_buffer; }
    const unsigned char* end() const { return m_buffer + m_length; }

private:
    const unsigned char* m_buffer;
    int m_length;
};

bool readRdata(const Reader& reader, const unsigned char* rdata, quint16 rdlength, DnsRecord* record)
{
    const unsigned char* rdEnd = rdata + rdlength;
    long used = 0;
    switch (record->type) {
    case DnsRecordType::A:
        if (rdlength != 4) {
            return false;
        }
        record->address = QHostAddress(Reader::u32(rdata));
        return true;
    case DnsRecordType::AAAA:
        if (rdlength != 16) {
            return false;
        }
        record->address = QHostAddress(rdata);
        return true;
    case DnsRecordType::CNAME:
    case DnsRecordType::PTR:
    case DnsRecordType::NS:
        return reader.name(rdata, &record->target, &used);
    case DnsRecordType::MX:
        if (rdlength < 3) {
            return false;
        }
        record->preference = Reader::u16(rdata);
        return reader.name(rdata + 2, &record->target, &used);
    case DnsRecordType::TXT:
        // RFC 1035 §3.3.14: one or more <character-string>s, each a length octet and that many bytes.
        for (const unsigned char* p = rdata; p < rdEnd;) {
            const int n = *p++;
            if (p + n > rdEnd) {
                return false;
            }
            record->strings.append(QByteArray(reinterpret_cast<const char*>(p), n));
            p += n;
        }
        return !record->strings.isEmpty();
    case DnsRecordType::SOA: {
        if (!reader.name(rdata, &record->target, &used)) {
            return false;
        }
        const unsigned char* p = rdata + used;
        if (!reader.name(p, &record->soa.rname, &used)) {
            return false;
        }
        p += used;
        if (p + 20 > rdEnd) {
            return false;
        }
        record->soa.serial = Reader::u32(p);
        record->soa.refresh = Reader::u32(p + 4);
        record->soa.retry = Reader::u32(p + 8);
        record->soa.expire = Reader::u32(p + 12);
        record->soa.minimum = Reader::u32(p + 16);
        return true;
    }
    }
    return false;
}

bool isKnownType(quint16 type)
{
    switch (static_cast<DnsRecordType>(type)) {
    case DnsRecordType::A:
    case DnsRecordType::AAAA:
    case DnsRecordType::CNAME:
    case DnsRecordType::PTR:
    case DnsRecordType::NS:
    case DnsRecordType::MX:
    case DnsRecordType::TXT:
    case DnsRecordType::SOA:
        return true;
    }
    return false;
}

} // namespace

ParsedReply parseReply(const unsigned char* buffer, int length, DnsRecordType wanted)
{
    ParsedReply out;
    if (!buffer || length < HEADER_SIZE) {
        out.error = QStringLiteral("reply shorter than a DNS header");
        return out;
    }
    const Reader reader(buffer, length);
    const int qdcount = Reader::u16(buffer + 4);
    const int ancount = Reader::u16(buffer + 6);
    const int nscount = Reader::u16(buffer + 8);
    const unsigned char* p = buffer + HEADER_SIZE;
    QString name;
    long used = 0;
    for (int i = 0; i < qdcount; ++i) {
        if (!reader.name(p, &name, &used) || p + used + 4 > reader.end()) {
            out.error = QStringLiteral("truncated question section");
            return out;
        }
        p += used + 4;
    }
    for (int i = 0; i < ancount + nscount; ++i) {
        const bool inAnswer = i < ancount;
        if (!reader.name(p, &name, &used) || p + used + RR_FIXED_SIZE > reader.end()) {
            out.error = QStringLiteral("truncated resource record");
            return out;
        }
        p += used;
        const quint16 type = Reader::u16(p);
        const quint32 ttl = Reader::u32(p + 4);
        const quint16 rdlength = Reader::u16(p + 8);
        p += RR_FIXED_SIZE;
        if (p + rdlength > reader.end()) {
            out.error = QStringLiteral("record data past the end of the reply");
            return out;
        }
        const bool wantedHere =
            inAnswer && (type == quint16(wanted) || type == quint16(DnsRecordType::CNAME));
        const bool soaHere = !inAnswer && type == quint16(DnsRecordType::SOA);
        if ((wantedHere || soaHere) && isKnownType(type)) {
            DnsRecord record;
            record.name = name;
            record.type = static_cast<DnsRecordType>(type);
            record.ttl = ttl;
            if (!readRdata(reader, p, rdlength, &record)) {
                out.error = QStringLiteral("malformed %1 record").arg(typeName(record.type));
                return out;
            }
            if (soaHere) {
                out.negativeTtl = qMin(ttl, record.soa.minimum);
            } else if (record.type == DnsRecordType::CNAME && wanted != DnsRecordType::CNAME) {
                out.cnames.append(record);
            } else {
                out.records.append(record);
            }
        }
        p += rdlength;
    }
    out.ok = true;
    return out;
}

} // namespace todoku::dns
