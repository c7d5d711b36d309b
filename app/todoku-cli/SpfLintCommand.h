// SPDX-License-Identifier: GPL-3.0-or-later
// SpfLintCommand: `todoku-cli spf-lint (DOMAIN | --record "v=spf1 ...")`.
#pragma once

#include "app/todoku-cli/CliCommand.h"

class SpfLintCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SpfLintCommand)

public:
    QString name() const override { return QStringLiteral("spf-lint"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};
