// SPDX-License-Identifier: GPL-3.0-or-later
// VerifyPublishedCommand: `todoku-cli verify-published FILE`, the setup's publication check.
#pragma once

#include "app/todoku-cli/CliCommand.h"
#include "core/common/Result.h"
#include "core/setup/RecordSet.h"

class VerifyPublishedCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyPublishedCommand)

public:
    QString name() const override { return QStringLiteral("verify-published"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;

    /**
     * The records a file names: `generate --format json` output ({"records": [...]}, records used as they
     * are) or a saved setup (SetupPlan::toJson, optionally with its "records"), whose records are generated.
     * Empty with `error` set when the file is neither.
     */
    static todoku::RecordSet recordsFrom(const QJsonObject& json, QString* error);
};
