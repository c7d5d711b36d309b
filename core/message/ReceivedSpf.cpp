// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/ReceivedSpf.h"

#include "core/message/HeaderScanner_p.h"

namespace todoku {

QString ReceivedSpf::value(const QString& key) const
{
    for (const auto& [k, v] : pairs) {
        if (k.compare(key, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

bool ReceivedSpf::isResultName(const QString& word)
{
    static const QStringList RESULTS = {QStringLiteral("pass"),
                                        QStringLiteral("fail"),
                                        QStringLiteral("softfail"),
                                        QStringLiteral("neutral"),
                                        QStringLiteral("none"),
                                        QStringLiteral("temperror"),
                                        QStringLiteral("permerror")};
    return RESULTS.contains(word);
}

ReceivedSpf ReceivedSpf::parse(const QString& fieldValue)
{
    ReceivedSpf out;
    message::HeaderScanner scan(fieldValue);
    scan.skipCfws();
    out.result = scan.readToken().toLower();
    out.valid = isResultName(out.result);
    QStringList comments;
    scan.skipCfws(&comments);
    out.comment = comments.join(u' ');
    while (!scan.atEnd()) {
        scan.skipCfws();
        if (scan.peek() == u';') {
            scan.advance();
            continue;
        }
        const QString key = scan.readToken();
        scan.skipCfws();
        if (key.isEmpty() || scan.peek() != u'=') {
            scan.skipToSemicolon();
            continue;
        }
        scan.advance();
        scan.skipCfws();
        out.pairs.append({key.toLower(), scan.readLooseValue()});
        scan.skipCfws();
    }
    return out;
}

} // namespace todoku
