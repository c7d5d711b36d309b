// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/MailMessage.h"

#include <QStringDecoder>
#include <cstring>

namespace todoku {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

int indentOf(const QByteArray& line)
{
    int i = 0;
    while (i < line.size() && isWsp(line.at(i))) {
        ++i;
    }
    return i;
}

QString decodeText(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        return text;
    }
    // 8-bit header bytes that are not UTF-8: show them rather than replacement characters.
    return QString::fromLatin1(bytes);
}

} // namespace

namespace {

/** One line of the input: where it starts, its length without the line break, where the next one starts. */
struct LineSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype next = 0;
};

LineSpan lineAt(const QByteArray& input, qsizetype from)
{
    const char* d = input.constData();
    const qsizetype n = input.size();
    qsizetype i = from;
    while (i < n && d[i] != '\n' && d[i] != '\r') {
        ++i;
    }
    qsizetype next = i;
    if (i < n) {
        next = i + 1;
        if (d[i] == '\r' && next < n && d[next] == '\n') {
            ++next;
        }
    }
    return {from, i - from, next};
}

/**
 * True if the text from `from` on ends its lines with lone CRs (old Mac text), judged by its first line end:
 * a paste has one kind throughout. Lone CRs elsewhere are content, as every DKIM verifier reads them, and
 * no 25 MB scan is needed to find them.
 */
bool endsLinesWithCr(const QByteArray& input, qsizetype from)
{
    const LineSpan first = lineAt(input, from);
    const qsizetype end = first.start + first.length;
    return end < input.size() && input.at(end) == '\r' && first.next == end + 1;
}

/** The input from `from` on with every line ending made CRLF, the last line's too: one pass, one copy. */
QByteArray crlfLines(const QByteArray& input, qsizetype from)
{
    QByteArray out;
    out.reserve(input.size() - from + (input.size() - from) / 32 + 2);
    for (qsizetype pos = from; pos < input.size();) {
        const LineSpan line = lineAt(input, pos);
        out.append(input.constData() + line.start, line.length);
        out.append("\r\n", 2);
        pos = line.next;
    }
    return out;
}

} // namespace

QList<QByteArray> MailMessage::splitLines(const QByteArray& input, int maxLines)
{
    QList<QByteArray> lines;
    for (qsizetype pos = 0; pos < input.size() && (maxLines < 0 || lines.size() < maxLines);) {
        const LineSpan line = lineAt(input, pos);
        lines.append(input.mid(line.start, line.length));
        pos = line.next;
    }
    return lines;
}

qsizetype MailMessage::lineOffset(const QByteArray& input, int line)
{
    qsizetype pos = 0;
    for (int i = 0; i < line && pos < input.size(); ++i) {
        pos = lineAt(input, pos).next;
    }
    return qMin(pos, input.size());
}

bool MailMessage::isFieldStart(const QByteArray& line)
{
    int i = 0;
    while (i < line.size()) {
        const auto c = static_cast<unsigned char>(line.at(i));
        if (c == ':' || c <= 32 || c > 126) {
            break;
        }
        ++i;
    }
    if (i == 0) {
        return false;
    }
    int j = i;
    while (j < line.size() && isWsp(line.at(j))) { // obs-optional: WSP before the colon
        ++j;
    }
    return j < line.size() && line.at(j) == ':';
}

MailMessage MailMessage::parse(const QByteArray& raw, int firstLine, qsizetype from)
{
    MailMessage message;
    // Lines are read one at a time up to the end of the header; the body, which may be tens of MB, is left
    // where it lies (see body()).
    const QByteArray* input = &raw;
    const auto lineText = [&](const LineSpan& l) {
        return input->mid(l.start, l.length);
    };

    qsizetype pos = qBound(qsizetype(0), from, raw.size());
    int i = 0; // lines consumed so far
    for (LineSpan l = lineAt(*input, pos); pos < input->size() && lineText(l).trimmed().isEmpty();
         l = lineAt(*input, pos)) {
        pos = l.next;
        ++i;
    }

    // Text copied from a quoting mail client or a web page may carry the same indent on every line.
    // If every line that starts a field does, remove it, so folding (a deeper indent) still shows.
    QByteArray dedented;
    if (pos < input->size()) {
        const QByteArray firstText = lineText(lineAt(*input, pos));
        const int indent = indentOf(firstText);
        if (indent > 0 && isFieldStart(firstText.mid(indent))) {
            bool consistent = true;
            for (qsizetype p = pos; p < input->size();) {
                const LineSpan l = lineAt(*input, p);
                const QByteArray text = lineText(l);
                if (text.trimmed().isEmpty()) {
                    break;
                }
                if (indentOf(text) < indent) {
                    consistent = false;
                    break;
                }
                p = l.next;
            }
            if (consistent) {
                message.m_removedIndent = indent;
                for (qsizetype p = qBound(qsizetype(0), from, raw.size()); p < raw.size();) {
                    const LineSpan l = lineAt(raw, p);
                    const QByteArray line = lineText(l);
                    dedented += line.mid(qMin<qsizetype>(indent, indentOf(line)));
                    dedented += '\n';
                    p = l.next;
                }
                input = &dedented;
                pos = lineOffset(dedented, i);
            }
        }
    }

    HeaderField* current = nullptr;
    while (pos < input->size()) {
        const LineSpan span = lineAt(*input, pos);
        const QByteArray line = lineText(span);
        const bool blank = line.trimmed().isEmpty();
        const bool continuation = current && !line.isEmpty() && isWsp(line.at(0));
        if (!blank && !continuation && !isFieldStart(line)) {
            break; // a missing blank line: the body starts here
        }
        pos = span.next;
        ++i;
        if (continuation) {
            current->raw += "\r\n" + line;
            current->lineCount += 1;
            continue;
        }
        if (blank) { // an empty or whitespace-only line ends the header
            message.m_blankLine = true;
            break;
        }
        HeaderField field;
        const qsizetype colon = line.indexOf(':');
        field.name = QString::fromLatin1(line.left(colon).trimmed());
        field.raw = line;
        field.line = firstLine + i - 1;
        message.m_headers.append(field);
        current = &message.m_headers.last();
    }
    for (HeaderField& field : message.m_headers) {
        const qsizetype colon = field.raw.indexOf(':');
        QByteArray unfolded = field.raw.mid(colon + 1);
        unfolded.replace("\r\n", "");
        field.value = decodeText(unfolded).trimmed();
    }
    if (pos < input->size()) {
        message.m_bodyLine = firstLine + i;
        if (input == &dedented || endsLinesWithCr(*input, pos)) {
            message.m_text = crlfLines(*input, pos);
        } else {
            message.m_text = raw; // shares the input's data: no copy
            message.m_bodyFrom = pos;
        }
    }
    return message;
}

QList<HeaderField> MailMessage::fields(const QString& name) const
{
    QList<HeaderField> out;
    for (const HeaderField& f : m_headers) {
        if (f.is(name)) {
            out.append(f);
        }
    }
    return out;
}

const HeaderField* MailMessage::field(const QString& name) const
{
    for (const HeaderField& f : m_headers) {
        if (f.is(name)) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace todoku
