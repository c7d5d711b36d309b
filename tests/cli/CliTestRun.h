// SPDX-License-Identifier: GPL-3.0-or-later
// Runs todoku-cli in-process with captured output, for the CLI tests.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include "app/todoku-cli/Cli.h"

namespace todoku::test {

/** One in-process run: exit status, what went to stdout and stderr. */
struct CliRun
{
    int status = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runCli(const QStringList& args)
{
    QByteArray outBytes;
    QByteArray errBytes;
    CliRun run;
    {
        QTextStream out(&outBytes);
        QTextStream err(&errBytes);
        Cli cli(&out, &err);
        run.status = cli.run(args);
    }
    run.out = QString::fromUtf8(outBytes);
    run.err = QString::fromUtf8(errBytes);
    return run;
}

/** The "id" of every object in o["findings"], in order. */
inline QStringList findingIds(const QJsonObject& o)
{
    QStringList ids;
    for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray()) {
        ids.append(f.toObject().value(QStringLiteral("id")).toString());
    }
    return ids;
}

} // namespace todoku::test
