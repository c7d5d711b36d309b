// SPDX-License-Identifier: GPL-3.0-or-later
// DnsCommand: `todoku-cli dns NAME TYPE`, one query with its outcome and answers.
#pragma once

#include "app/todoku-cli/CliCommand.h"

class DnsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DnsCommand)

public:
    QString name() const override { return QStringLiteral("dns"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};
