// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/FindingTextTable.h"

#include <QCoreApplication>

namespace todoku::findings {

QString fill(const char* context, const char* text, const QStringList& args)
{
    if (!text || !*text) {
        return {};
    }
    const QString pattern = QCoreApplication::translate(context, text);
    QString s;
    s.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int index = pattern.at(i + 1).digitValue() - 1;
            if (index >= 0 && index < args.size()) {
                s += args.at(index);
                ++i;
                continue;
            }
        }
        s += c;
    }
    return s;
}

std::optional<FindingText> lookup(const char* context,
                                  std::span<const FindingTextEntry> table,
                                  const QString& id,
                                  const QStringList& args)
{
    for (const FindingTextEntry& e : table) {
        if (id == QLatin1String(e.id)) {
            return FindingText{
                fill(context, e.title, args), fill(context, e.detail, args), fill(context, e.fix, args)};
        }
    }
    return std::nullopt;
}

} // namespace todoku::findings
