// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/DkimTagList_p.h"

namespace todoku::dkim {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameChar(char c)
{
    return isAlpha(c) || (c >= '0' && c <= '9') || c == '_';
}

// RFC 6376 §3.2 tval: VCHAR except ';'; 8-bit bytes are accepted (RFC 6376 allows UTF-8 in n= and z=).
bool isValueChar(char c)
{
    const auto u = quint8(c);
    return (u >= 0x21 && u <= 0x7e && c != ';') || u >= 0x80;
}

Error syntax(SyntaxDetail detail, int position, QStringList detailArgs = {})
{
    return Error::syntax(detail, position, std::move(detailArgs));
}

} // namespace

Result<QList<Tag>> parseTagList(const QByteArray& text)
{
    QList<Tag> tags;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && isWsp(text.at(i))) {
            ++i;
        }
        if (i == n) {
            break; // a trailing ";" is allowed
        }
        if (text.at(i) == ';') {
            return syntax(SyntaxDetail::DkimTagName, i);
        }
        Tag tag;
        tag.position = i;
        if (!isAlpha(text.at(i))) {
            return syntax(SyntaxDetail::DkimTagName, i);
        }
        while (i < n && isNameChar(text.at(i))) {
            tag.name += text.at(i++);
        }
        while (i < n && isWsp(text.at(i))) {
            ++i;
        }
        if (i == n || text.at(i) != '=') {
            return syntax(SyntaxDetail::DkimTagEquals, i);
        }
        ++i;
        const int start = i;
        while (i < n && text.at(i) != ';') {
            if (!isWsp(text.at(i)) && !isValueChar(text.at(i))) {
                return syntax(SyntaxDetail::DkimTagValue, i);
            }
            ++i;
        }
        tag.value = text.mid(start, i - start).trimmed();
        for (const Tag& t : std::as_const(tags)) {
            if (t.name == tag.name) {
                return syntax(SyntaxDetail::DkimDuplicateTag, tag.position);
            }
        }
        tags.append(tag);
        if (i < n) {
            ++i; // ';'
        }
    }
    return tags;
}

QByteArray withoutWhitespace(const QByteArray& value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        if (!isWsp(c)) {
            out += c;
        }
    }
    return out;
}

bool isBase64(const QByteArray& value)
{
    int padding = 0;
    for (char c : value) {
        if (c == '=') {
            ++padding;
            continue;
        }
        if (padding > 0 || !(isAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '/')) {
            return false;
        }
    }
    return padding <= 2;
}

} // namespace todoku::dkim
