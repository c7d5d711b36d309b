// SPDX-License-Identifier: GPL-3.0-or-later
// MailMessage: a pasted message split into header fields and body, with the line numbers kept.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace todoku {

/**
 * One header field as it appeared. `raw` keeps the exact bytes (folding included) for DKIM; `value` is
 * the unfolded text (RFC 5322 §2.2.3: CRLF before WSP removed) for reading. Line numbers count lines of the
 * whole input as the user pasted it, 1-based, so evidence can point at them.
 */
struct HeaderField
{
    QString name;   ///< as written, e.g. "Authentication-Results"
    QString value;  ///< unfolded, leading whitespace trimmed, decoded as UTF-8 (Latin-1 if not UTF-8)
    QByteArray raw; ///< "Name: value" with its folding, lines joined by CRLF, no final CRLF
    int line = 0;   ///< first line of the field in the input
    int lineCount = 1;

    bool is(const QString& fieldName) const { return name.compare(fieldName, Qt::CaseInsensitive) == 0; }
};

/**
 * Lenient RFC 5322 reader for what people paste: CRLF, LF and lone CR line ends, an indent added by copying,
 * and a missing blank line between header and body are all accepted. It never fails; problems found are
 * reported in the flags.
 */
class MailMessage
{
public:
    /**
     * Parses `input` from byte `from` on (a paste's message part is read where it lies, not copied out);
     * `firstLine` is the line number of that first line in the whole paste.
     */
    static MailMessage parse(const QByteArray& input, int firstLine = 1, qsizetype from = 0);

    const QList<HeaderField>& headers() const { return m_headers; }
    /** All fields of that name, top to bottom (case-insensitive). */
    QList<HeaderField> fields(const QString& name) const;
    /** The topmost field of that name, or nullptr. */
    const HeaderField* field(const QString& name) const;

    /**
     * The body as it lies in the input: its lines end in CRLF or bare LF, as pasted (DKIM's body hasher
     * reads either as CRLF). It is a view into the input, not a copy, so a message of tens of MB costs no
     * second copy; the view is valid while this MailMessage lives (and, for input made with
     * QByteArray::fromRawData, while that data does). A body whose lines end in lone CRs (old Mac text), and
     * an indent removed from the paste, are the exceptions: then the body is converted to CRLF lines once,
     * in a buffer of its own.
     */
    QByteArrayView body() const { return QByteArrayView(m_text).sliced(m_bodyFrom); }
    /** Line number of the body's first line; 0 if there is no body. */
    int bodyLine() const { return m_bodyLine; }

    bool hasBlankLineSeparator() const { return m_blankLine; }
    /** Columns of indentation removed from every line (text copied with a leading indent). */
    int removedIndent() const { return m_removedIndent; }
    bool isEmpty() const { return m_headers.isEmpty() && body().isEmpty(); }

    /** Splits on CRLF, LF or lone CR; the separators are dropped. At most `maxLines` lines if not -1. */
    static QList<QByteArray> splitLines(const QByteArray& input, int maxLines = -1);
    /** The byte offset where line `line` (0-based) starts; input.size() if there are fewer lines. */
    static qsizetype lineOffset(const QByteArray& input, int line);
    /** True if `line` starts a header field: a field name (RFC 5322 ftext) then ':' (WSP allowed before it).
     */
    static bool isFieldStart(const QByteArray& line);

private:
    QList<HeaderField> m_headers;
    QByteArray m_text;        ///< holds the body: the input itself (shared, not copied) or a converted body
    qsizetype m_bodyFrom = 0; ///< where the body starts in m_text
    int m_bodyLine = 0;
    bool m_blankLine = false;
    int m_removedIndent = 0;
};

} // namespace todoku
