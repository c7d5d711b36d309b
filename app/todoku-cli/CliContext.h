// SPDX-License-Identifier: GPL-3.0-or-later
// CliContext: what every command gets: output streams, global options, a resolver made on demand.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <memory>

#include "core/diagnosis/Finding.h"
#include "core/dns/DnsTypes.h"

namespace todoku {
class AresResolver;
class DnsResolver;
} // namespace todoku

/** The options DESIGN.md lists as global: --json, --lang, --server, --timeout, --offline. */
struct CliGlobalOptions
{
    bool json = false;
    QString language; ///< "ja" / "en"; empty: system locale
    QList<todoku::DnsServer> servers;
    int timeoutMs = 3000;
    bool offline = false;
};

class CliContext
{
public:
    CliContext(QTextStream* out, QTextStream* err);
    ~CliContext();

    QTextStream& out() { return *m_out; }
    QTextStream& err() { return *m_err; }
    CliGlobalOptions& options() { return m_options; }
    const CliGlobalOptions& options() const { return m_options; }

    /** The resolver for this run, configured from the global options. Never null. */
    todoku::DnsResolver* resolver();

    void printJson(const QJsonObject& object);
    /** Each finding as "[severity] title", its detail and its fix, in the current language. */
    void printFindings(const QList<todoku::Finding>& findings);
    /** Prints "todoku-cli: <message>" on stderr and returns 1, the "input could not be used" status. */
    int failInput(const QString& message);

private:
    QTextStream* m_out;
    QTextStream* m_err;
    CliGlobalOptions m_options;
    std::unique_ptr<todoku::AresResolver> m_resolver;
};
