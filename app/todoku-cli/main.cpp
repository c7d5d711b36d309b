// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli entry point: the core engine on the command line, no widgets linked.
#include <QCoreApplication>
#include <QTextStream>

#include "app/todoku-cli/Cli.h"
#include "core/dns/AresLibrary.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("todoku-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Todoku"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TODOKU_VERSION));
    const todoku::AresLibrary ares;

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(&out, &err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
