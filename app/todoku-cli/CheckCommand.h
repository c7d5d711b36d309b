// SPDX-License-Identifier: GPL-3.0-or-later
// CheckCommand: `todoku-cli check DOMAIN [--ip IP]... [--selector S]... [--helo NAME]`, the domain check.
#pragma once

#include "app/todoku-cli/CliCommand.h"

class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};
