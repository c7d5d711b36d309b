// SPDX-License-Identifier: GPL-3.0-or-later
// AnalyzeCommand: `todoku-cli analyze FILE|-`, the analyzer pane's result for a pasted message or bounce.
#pragma once

#include <QJsonObject>

#include "app/todoku-cli/CliCommand.h"

namespace todoku {
struct MessageDiagnosis;
}

class AnalyzeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;

    /** DESIGN.md's analyze shape (plus line numbers, skew and trust as extra keys). */
    static QJsonObject toJson(const todoku::MessageDiagnosis& diagnosis);
};
