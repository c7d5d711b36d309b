// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/MailMessage.h"

#include <QStringDecoder>

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

QList<QByteArray> MailMessage::splitLines(const QByteArray& input)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    const qsizetype n = input.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = input.at(i);
        if (c == '\n' || c == '\r') {
            lines.append(input.mid(start, i - start));
            if (c == '\r' && i + 1 < n && input.at(i + 1) == '\n') {
                ++i;
            }
            start = i + 1;
        }
    }
    if (start < n) {
        lines.append(input.mid(start));
    }
    return lines;
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

MailMessage MailMessage::parse(const QByteArray& input, int firstLine)
{
    MailMessage message;
    QList<QByteArray> lines = splitLines(input);
    message.m_lineCount = int(lines.size());

    // Text copied from a quoting mail client or a web page may carry the same indent on every line.
    // If every line that starts a field does, remove it, so folding (a deeper indent) still shows.
    int first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty()) {
        ++first;
    }
    if (first < lines.size()) {
        const int indent = indentOf(lines.at(first));
        if (indent > 0 && isFieldStart(lines.at(first).mid(indent))) {
            bool consistent = true;
            for (int i = first; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i) {
                if (indentOf(lines.at(i)) < indent) {
                    consistent = false;
                    break;
                }
            }
            if (consistent) {
                message.m_removedIndent = indent;
                for (QByteArray& line : lines) {
                    line = line.mid(qMin<qsizetype>(indent, indentOf(line)));
                }
            }
        }
    }

    int i = first;
    HeaderField* current = nullptr;
    for (; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.isEmpty() || (line.trimmed().isEmpty() && !current)) {
            message.m_blankLine = true;
            ++i;
            break;
        }
        if (current && isWsp(line.at(0))) {
            current->raw += "\r\n" + line;
            current->lineCount += 1;
            continue;
        }
        if (line.trimmed().isEmpty()) { // whitespace-only line ends the header too
            message.m_blankLine = true;
            ++i;
            break;
        }
        if (!isFieldStart(line)) {
            break; // a missing blank line: the body starts here
        }
        HeaderField field;
        const qsizetype colon = line.indexOf(':');
        field.name = QString::fromLatin1(line.left(colon).trimmed());
        field.raw = line;
        field.line = firstLine + i;
        message.m_headers.append(field);
        current = &message.m_headers.last();
    }
    for (HeaderField& field : message.m_headers) {
        const qsizetype colon = field.raw.indexOf(':');
        QByteArray unfolded = field.raw.mid(colon + 1);
        unfolded.replace("\r\n", "");
        field.value = decodeText(unfolded).trimmed();
    }
    if (i < lines.size()) {
        message.m_bodyLine = firstLine + i;
        QByteArray body;
        for (int j = i; j < lines.size(); ++j) {
            body += lines.at(j);
            body += "\r\n";
        }
        message.m_body = body;
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
