// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/HeaderScanner_p.h"

namespace todoku::message {

namespace {

bool isTspecial(QChar c)
{
    static const QString SPECIALS = QStringLiteral("()<>@,;:\\\"/[]?=");
    return SPECIALS.contains(c);
}

} // namespace

bool HeaderScanner::skipCfws(QStringList* comments)
{
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos);
        if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n') {
            ++m_pos;
            continue;
        }
        if (c != u'(') {
            return true;
        }
        int depth = 0;
        QString comment;
        while (!atEnd()) {
            const QChar d = m_text.at(m_pos++);
            if (d == u'\\' && !atEnd()) {
                comment += m_text.at(m_pos++);
                continue;
            }
            if (d == u'(') {
                if (depth++ > 0) {
                    comment += d;
                }
                continue;
            }
            if (d == u')') {
                if (--depth == 0) {
                    break;
                }
                comment += d;
                continue;
            }
            comment += d;
        }
        if (depth != 0) {
            return false; // unterminated comment
        }
        if (comments) {
            comments->append(comment.simplified());
        }
    }
    return true;
}

QString HeaderScanner::readToken()
{
    const qsizetype start = m_pos;
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos);
        if (c.unicode() <= 32 || c.unicode() == 127 || isTspecial(c)) {
            break;
        }
        ++m_pos;
    }
    return m_text.mid(start, m_pos - start);
}

bool HeaderScanner::readQuotedString(QString* out)
{
    if (peek() != u'"') {
        return false;
    }
    const qsizetype start = m_pos++;
    QString value;
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos++);
        if (c == u'\\' && !atEnd()) {
            value += m_text.at(m_pos++);
        } else if (c == u'"') {
            *out = value;
            return true;
        } else {
            value += c;
        }
    }
    m_pos = start; // unterminated: not a quoted string
    return false;
}

QString HeaderScanner::readValue(bool* quoted)
{
    QString value;
    const bool q = readQuotedString(&value);
    if (quoted) {
        *quoted = q;
    }
    return q ? value : readToken();
}

QString HeaderScanner::readLooseValue(bool* quoted)
{
    QString value;
    if (readQuotedString(&value)) {
        if (quoted) {
            *quoted = true;
        }
        return value;
    }
    if (quoted) {
        *quoted = false;
    }
    const qsizetype start = m_pos;
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos);
        if (c.isSpace() || c == u';' || c == u'(' || c == u')') {
            break;
        }
        ++m_pos;
    }
    return m_text.mid(start, m_pos - start);
}

void HeaderScanner::skipToSemicolon()
{
    while (!atEnd()) {
        const QChar c = peek();
        if (c == u';') {
            return;
        }
        if (c == u'(') {
            skipCfws();
            continue;
        }
        QString ignored;
        if (c == u'"' && readQuotedString(&ignored)) {
            continue;
        }
        ++m_pos;
    }
}

} // namespace todoku::message
