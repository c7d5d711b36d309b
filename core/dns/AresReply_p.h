// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the records out of a raw DNS reply that c-ares delivered.
#pragma once

#include "core/dns/DnsRecord.h"

namespace todoku::dns {

struct ParsedReply
{
    bool ok = false;
    QList<DnsRecord> records; ///< answer-section records of the wanted type
    QList<DnsRecord> cnames;  ///< answer-section CNAMEs, in order
    quint32 negativeTtl = 0;  ///< from the authority-section SOA (RFC 2308 §5)
    QString error;
};

/**
 * Walks the answer and authority sections. c-ares 1.18's typed parsers (ares_parse_txt_reply_ext …) drop
 * TTLs and CNAME records, which the cache, the negative-TTL display and the trace need, so we walk the
 * sections ourselves and leave name decompression to ares_expand_name().
 */
ParsedReply parseReply(const unsigned char* buffer, int length, DnsRecordType wanted);

} // namespace todoku::dns
