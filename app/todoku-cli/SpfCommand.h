// SPDX-License-Identifier: GPL-3.0-or-later
// SpfCommand: `todoku-cli spf DOMAIN --ip IP [--sender ADDR] [--helo NAME] [--trace]`, RFC 7208 check_host().
#pragma once

#include "app/todoku-cli/CliCommand.h"

namespace todoku {
struct SpfNode;
}

class SpfCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SpfCommand)

public:
    QString name() const override { return QStringLiteral("spf"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;

    /**
     * A node as an indented tree. `evaluation`: every term with its outcome and queries (the trace);
     * otherwise only the records and the terms that cost lookups (the include tree).
     */
    static void printTree(QTextStream& out, const todoku::SpfNode& node, int depth, bool evaluation);
};
