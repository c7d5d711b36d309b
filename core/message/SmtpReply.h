// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpReply: the SMTP replies a bounce quotes, re-joined from the lines Postfix, Exim and qmail wrap.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace todoku {

/**
 * One server reply found in a bounce (RFC 5321 §4.2 reply code, RFC 3463 enhanced status code). A
 * multi-line reply ("550-5.7.26 …" … "550 5.7.26 …") and a reply a bounce wrapped onto indented lines are
 * joined into one `text` with the repeated codes removed and white space collapsed.
 */
struct SmtpReply
{
    QString code;    ///< "550"
    QString status;  ///< "5.7.26"; empty when the reply has no enhanced status code
    QString text;    ///< the reply text without codes, one line
    QString context; ///< up to two lines before the reply (the recipient or host it was about)
    int line = 0;    ///< 1-based line of the paste where the reply starts
    int lastLine = 0;

    /** "550 5.7.26" or "550". */
    QString codeText() const { return status.isEmpty() ? code : code + u' ' + status; }
    bool isPermanent() const { return code.startsWith(u'5'); }

    friend bool operator==(const SmtpReply&, const SmtpReply&) = default;
};

namespace message {

/**
 * Finds the SMTP replies in `lines` (line i is line firstLine + i of the paste). A line counts as a reply
 * when it carries a reply code followed by an enhanced status code, or starts (possibly after "said:",
 * "smtp;" or "host …:") with a bare reply code and text. The same reply quoted twice (the human-readable
 * part and Diagnostic-Code) is returned twice: callers decide.
 */
QList<SmtpReply> findSmtpReplies(const QList<QByteArray>& lines, int firstLine = 1);

} // namespace message
} // namespace todoku
