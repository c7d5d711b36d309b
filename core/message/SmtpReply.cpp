// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/SmtpReply.h"

#include <QRegularExpression>

namespace todoku::message {

namespace {

// A reply code with an enhanced status code, anywhere in a line ("Remote host said: 550-5.7.26 …").
const QRegularExpression& enhancedReply()
{
    static const QRegularExpression RE(QStringLiteral(
        R"((?:^|[\s:;(\[])([245][0-9]{2})([ -])([245]\.[0-9]{1,3}\.[0-9]{1,3})(?=[\s,;.]|$)\s*(.*)$)"));
    return RE;
}

// A bare reply code only where bounces put one: at the line start or after "said:", "smtp;", "…]:".
const QRegularExpression& bareReply()
{
    static const QRegularExpression RE(
        QStringLiteral(
            R"((?:^\s*|said:\s*|smtp;\s*|\]:\s*|>:\s*)([245][0-9]{2})([ -])(?![0-9])\s*([A-Za-z<].*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return RE;
}

struct Start
{
    QString code;
    QString separator;
    QString status;
    QString text;
    bool valid = false;
};

Start startIn(const QString& line)
{
    QRegularExpressionMatch m = enhancedReply().match(line);
    if (m.hasMatch()) {
        return Start{m.captured(1), m.captured(2), m.captured(3), m.captured(4), true};
    }
    m = bareReply().match(line);
    if (m.hasMatch()) {
        return Start{m.captured(1), m.captured(2), QString(), m.captured(3), true};
    }
    return {};
}

/** Removes the "550-5.7.26 " prefixes that Postfix leaves inside a reply it joined onto one line. */
QString withoutInnerCodes(const QString& text, const QString& code, const QString& status)
{
    QString pattern = QRegularExpression::escape(code) + QStringLiteral("[ -]");
    if (!status.isEmpty()) {
        pattern += QRegularExpression::escape(status) + QStringLiteral("(?=\\s|$)");
    }
    const QRegularExpression inner(QStringLiteral("(?:^|\\s)") + pattern);
    QString out = text;
    out.replace(inner, QStringLiteral(" "));
    return out.simplified();
}

QString decoded(const QByteArray& line)
{
    return QString::fromUtf8(line);
}

} // namespace

QList<SmtpReply> findSmtpReplies(const QList<QByteArray>& lines, int firstLine)
{
    QList<SmtpReply> replies;
    const int n = int(lines.size());
    for (int i = 0; i < n; ++i) {
        const QString text = decoded(lines.at(i));
        const Start start = startIn(text);
        if (!start.valid) {
            continue;
        }
        SmtpReply reply;
        reply.code = start.code;
        reply.status = start.status;
        reply.line = firstLine + i;
        QStringList parts{start.text};
        bool finished = false;
        int j = i + 1;
        for (; j < n; ++j) {
            const QString next = decoded(lines.at(j));
            const QString trimmed = next.trimmed();
            if (trimmed.isEmpty()) {
                break;
            }
            if (trimmed.startsWith(reply.code)
                && (trimmed.size() == 3 || trimmed.at(3) == u'-' || trimmed.at(3) == u' ')) {
                // "550-5.7.26 more text" or a final "550 5.7.26 …" of the same reply.
                QString rest = trimmed.mid(4);
                if (!reply.status.isEmpty() && rest.startsWith(reply.status)) {
                    rest = rest.mid(reply.status.size());
                }
                parts.append(rest);
                finished = trimmed.size() > 3 && trimmed.at(3) == u' ';
                if (finished) {
                    ++j;
                    break;
                }
                continue;
            }
            // Postfix and Diagnostic-Code fold a long reply onto indented lines, codes inside them or not.
            const bool indented = next.startsWith(u' ') || next.startsWith(u'\t');
            const Start inner = startIn(next);
            if (indented && (!inner.valid || (inner.code == reply.code && inner.status == reply.status))) {
                parts.append(trimmed);
                continue;
            }
            break;
        }
        reply.lastLine = firstLine + j - 1;
        reply.text = withoutInnerCodes(parts.join(u' '), reply.code, reply.status);
        QStringList before;
        for (int k = qMax(0, i - 2); k < i; ++k) {
            before.append(decoded(lines.at(k)).trimmed());
        }
        before.append(text.left(text.indexOf(start.code)).trimmed());
        reply.context = before.join(u' ').simplified();
        replies.append(reply);
        i = j - 1;
    }
    return replies;
}

} // namespace todoku::message
