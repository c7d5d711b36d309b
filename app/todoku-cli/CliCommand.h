// SPDX-License-Identifier: GPL-3.0-or-later
// CliCommand: one todoku-cli sub-command.
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

class CliContext;

/** Exit statuses from DESIGN.md. */
enum CliExit
{
    ExitDone = 0,
    ExitBadInput = 1,
    ExitUsage = 2
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    /** One translated line for `todoku-cli --help`. */
    virtual QString summary() const = 0;
    /** Adds the command's own options and positional arguments. */
    virtual void configure(QCommandLineParser& parser) const = 0;
    /** Runs with parsed arguments; may spin a local event loop (the CLI has no window to freeze). */
    virtual int run(const QCommandLineParser& parser, CliContext& context) = 0;
};
