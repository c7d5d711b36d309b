// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcCommand: `todoku-cli dmarc DOMAIN` (policy discovery + lint) and `dmarc --record TEXT` (lint only).
#pragma once

#include "app/todoku-cli/CliCommand.h"

class DmarcCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DmarcCommand)

public:
    QString name() const override { return QStringLiteral("dmarc"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};
