// SPDX-License-Identifier: GPL-3.0-or-later
// DkimTagList: the tag=value list both DKIM-Signature and the key record use (RFC 6376 §3.2).
#pragma once

#include <QByteArray>
#include <QList>

#include "core/common/Result.h"

namespace todoku::dkim {

struct Tag
{
    QByteArray name;
    QByteArray value; ///< as written, FWS inside kept, leading/trailing WSP removed
    int position = 0; ///< 0-based offset of the tag name in the input
};

/**
 * Splits `text` into tags. Errors (ErrorCode::Syntax, position set): a tag without "=", an invalid tag
 * name, a tag given twice (RFC 6376 §3.2: "MUST NOT"), a character outside the tag-value grammar.
 */
Result<QList<Tag>> parseTagList(const QByteArray& text);

/** `value` without any folding white space (SP, HTAB, CR, LF), for base64 tags such as b=, bh= and p=. */
QByteArray withoutWhitespace(const QByteArray& value);

/** True if `value` is base64 as RFC 6376 allows it (whitespace already removed; '=' only at the end). */
bool isBase64(const QByteArray& value);

} // namespace todoku::dkim
