// SPDX-License-Identifier: GPL-3.0-or-later
// PendingTranslator: a QTranslator over the JSON files in translations/pending, so tests can show that a
// string goes through translation before the lead merges the pending texts into todoku_ja.ts.
#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include "tests/support/TestEnvironment.h"

namespace todoku::test {

class PendingTranslator : public QTranslator
{
public:
    // Every translations/pending/NAME.json of the source tree, except the English plural files.
    PendingTranslator()
    {
        const QDir dir(sourcePath(QStringLiteral("../translations/pending")));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")})) {
            if (name.endsWith(QLatin1String(".en.json"))) {
                continue;
            }
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().isString()) {
                    m_texts.insert(it.key(), it.value().toString());
                }
            }
        }
    }

    bool contains(const QString& context, const QString& source) const
    {
        return m_texts.contains(context + u'|' + source);
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        return m_texts.value(QString::fromUtf8(context) + u'|' + QString::fromUtf8(source));
    }

private:
    QHash<QString, QString> m_texts;
};

} // namespace todoku::test
