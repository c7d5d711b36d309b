// SPDX-License-Identifier: GPL-3.0-or-later
// HeaderScanner: reads RFC 5322 structured field bodies token by token (CFWS, comments, quoted strings).
#pragma once

#include <QString>
#include <QStringList>

namespace todoku::message {

/** A cursor over an unfolded header value. Comments can be collected as they are skipped. */
class HeaderScanner
{
public:
    explicit HeaderScanner(const QString& text)
        : m_text(text)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    int position() const { return int(m_pos); }
    void setPosition(int pos) { m_pos = pos; }
    void advance() { ++m_pos; }
    QString rest() const { return m_text.mid(m_pos); }

    /** Skips white space and (nested) comments; comment texts go to `comments` if given. */
    bool skipCfws(QStringList* comments = nullptr);
    /** RFC 2045 token: no space, CTL or tspecial ()<>@,;:\"/[]?= */
    QString readToken();
    /** A quoted-string's content (quoted-pairs resolved); empty and no advance if none starts here. */
    bool readQuotedString(QString* out);
    /** token / quoted-string */
    QString readValue(bool* quoted = nullptr);
    /** Any run of characters up to white space, ';', '(' or ')', or a quoted string. */
    QString readLooseValue(bool* quoted = nullptr);
    /** Skips to (not past) the next ';' outside comments and quotes. */
    void skipToSemicolon();

private:
    QString m_text;
    qsizetype m_pos = 0;
};

} // namespace todoku::message
