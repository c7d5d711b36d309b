// SPDX-License-Identifier: GPL-3.0-or-later
// GenerateCommand: `todoku-cli generate`, the record set the setup wizard makes, as zone, table, JSON or CSV.
#pragma once

#include "app/todoku-cli/CliCommand.h"
#include "core/setup/SetupPlan.h"

class GenerateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;

    /** The plan the options describe (also what the GUI test compares the wizard with). */
    static todoku::SetupPlan planFrom(const QCommandLineParser& parser);
};
