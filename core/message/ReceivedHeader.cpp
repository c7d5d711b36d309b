// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/ReceivedHeader.h"

#include <QRegularExpression>
#include <QStringList>

#include "core/message/MailDate.h"

namespace todoku {

namespace {

const QStringList KEYWORDS = {QStringLiteral("from"),
                              QStringLiteral("by"),
                              QStringLiteral("via"),
                              QStringLiteral("with"),
                              QStringLiteral("id"),
                              QStringLiteral("for")};

/** Offset of the last ';' that is outside comments, or -1. */
qsizetype lastTopLevelSemicolon(const QString& s)
{
    int depth = 0;
    qsizetype found = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            depth = qMax(0, depth - 1);
        } else if (c == u';' && depth == 0) {
            found = i;
        }
    }
    return found;
}

QHostAddress addressIn(const QString& text)
{
    // A bracketed literal first ([192.0.2.1], [IPv6:2001:db8::1]), then a bare address in parentheses.
    static const QRegularExpression BRACKET(QStringLiteral(R"(\[(?:IPv6:)?([0-9A-Fa-f:.]+)\])"));
    static const QRegularExpression BARE(QStringLiteral(
        R"((?:^|[\s(])([0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]+)(?=[\s)]|$))"));
    for (const QRegularExpression* re : {&BRACKET, &BARE}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            QHostAddress a;
            if (a.setAddress(it.next().captured(1))) {
                return a;
            }
        }
    }
    return {};
}

void readFromClause(ReceivedHeader& h)
{
    const QString& from = h.from;
    if (from.isEmpty()) {
        return;
    }
    static const QRegularExpression HELO_IN_COMMENT(
        QStringLiteral(R"(\((?:HELO|EHLO)\s+([^)\s]+)\)|helo=([^)\s]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString first = from.section(u' ', 0, 0);
    const QRegularExpressionMatch heloMatch = HELO_IN_COMMENT.match(from);
    if (heloMatch.hasMatch()) {
        h.helo = heloMatch.captured(1).isEmpty() ? heloMatch.captured(2) : heloMatch.captured(1);
    } else {
        h.helo = first;
    }
    h.clientIp = addressIn(from);
    // The reverse DNS name: "(name [ip])" (Postfix, Gmail, Sendmail) or "name ([ip])" with no comment name.
    static const QRegularExpression RDNS(QStringLiteral(R"(\(([A-Za-z0-9._-]+)\.?\s+\[)"));
    const QRegularExpressionMatch rdns = RDNS.match(from);
    if (rdns.hasMatch()) {
        QString name = rdns.captured(1);
        if (name.endsWith(u'.')) {
            name.chop(1);
        }
        if (name.compare(QLatin1String("unknown"), Qt::CaseInsensitive) != 0) {
            h.reverseDns = name;
        }
    }
    if (h.helo.endsWith(u'.') && !h.helo.startsWith(u'[')) {
        h.helo.chop(1);
    }
}

} // namespace

ReceivedHeader ReceivedHeader::parse(const QString& value)
{
    ReceivedHeader h;
    QString text = value.simplified();
    const qsizetype semi = lastTopLevelSemicolon(text);
    if (semi >= 0) {
        h.dateText = text.mid(semi + 1).trimmed();
        text = text.left(semi);
    } else {
        // No ';' before the date (seen from several MTAs): take a trailing date if there is one.
        static const QRegularExpression TRAILING_DATE(QStringLiteral(
            R"((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}.*$|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*$)"));
        const QRegularExpressionMatch m = TRAILING_DATE.match(text);
        if (m.hasMatch()) {
            h.dateText = m.captured(0).trimmed();
            text = text.left(m.capturedStart()).trimmed();
        }
    }
    if (!h.dateText.isEmpty()) {
        h.date = message::parseMailDate(h.dateText);
    }

    // Split into clauses at keywords that stand outside comments.
    QString current;
    QString* target = nullptr;
    const auto flush = [&] {
        if (target) {
            const QString v = current.trimmed();
            *target = target->isEmpty() ? v : *target + QStringLiteral("; ") + v;
        }
        current.clear();
    };
    int depth = 0;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    bool sawClause = false;
    for (const QString& word : words) {
        if (depth == 0) {
            const qsizetype k = KEYWORDS.indexOf(word.toLower());
            if (k >= 0) {
                flush();
                sawClause = true;
                switch (k) {
                case 0:
                    target = &h.from;
                    break;
                case 1:
                    target = &h.by;
                    break;
                case 2:
                    target = &h.via;
                    break;
                case 3:
                    target = &h.with;
                    break;
                case 4:
                    target = &h.id;
                    break;
                default:
                    target = &h.forAddress;
                    break;
                }
                continue;
            }
        }
        for (const QChar c : word) {
            depth += c == u'(' ? 1 : (c == u')' ? -1 : 0);
        }
        depth = qMax(depth, 0);
        if (!current.isEmpty()) {
            current += u' ';
        }
        current += word;
    }
    if (!sawClause && !current.trimmed().isEmpty()) {
        // "(qmail 10876 invoked from network)": a local note; keep it where a reader sees it.
        target = &h.by;
        QString note = current.trimmed();
        if (note.startsWith(u'(') && note.endsWith(u')')) {
            note = note.mid(1, note.size() - 2);
        }
        current = note;
    }
    flush();

    readFromClause(h);
    h.byHost = h.by.section(u' ', 0, 0);
    const QString withWord = h.with.section(u' ', 0, 0).toUpper();
    h.authenticated = withWord.endsWith(u'A') && withWord.contains(QLatin1String("SMTP"));
    static const QRegularExpression TLS_HINT(QStringLiteral(R"(version=TLS|TLS1|TLSv1|cipher=|\btls\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
    h.tls = withWord.contains(QLatin1String("SMTPS")) || withWord == QLatin1String("HTTPS")
            || TLS_HINT.match(value).hasMatch();
    return h;
}

} // namespace todoku
