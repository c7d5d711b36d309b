// SPDX-License-Identifier: GPL-3.0-or-later
// DkimCommand: `todoku-cli dkim keygen …` (a key pair and its TXT record) and `dkim verify FILE`.
#pragma once

#include "app/todoku-cli/CliCommand.h"

class DkimCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DkimCommand)

public:
    QString name() const override { return QStringLiteral("dkim"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;

private:
    int keygen(const QCommandLineParser& parser, CliContext& context);
    int verify(const QString& path, CliContext& context);
};
