// SPDX-License-Identifier: GPL-3.0-or-later
// Cli: todoku-cli's dispatcher. Parses the global options, picks the command, runs it.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

class CliCommand;

/**
 * Runs one todoku-cli invocation against the given streams and returns the exit status (DESIGN.md: 0 done,
 * 1 input unusable, 2 usage). Tests call it in-process with QBuffer-backed streams.
 */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream* out, QTextStream* err);
    ~Cli();

    /** `arguments` without the program name. */
    int run(const QStringList& arguments);

private:
    void printGeneralHelp();
    CliCommand* command(const QString& name) const;

    QTextStream* m_out;
    QTextStream* m_err;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
