// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 2047 encoded-words (=?charset?B|Q?...?=) in header values, decoded with Qt's (ICU) codecs.
#pragma once

#include <QString>

namespace todoku::message {

/**
 * Decodes every RFC 2047 encoded-word in `value`. White space between two adjacent encoded-words is dropped
 * (§6.2); charsets are whatever QStringDecoder knows (UTF-8, ISO-2022-JP, Shift_JIS, EUC-JP, … via ICU).
 * A word with an unknown charset or broken encoding is left as it was, so nothing is silently lost.
 */
QString decodeEncodedWords(const QString& value);

} // namespace todoku::message
