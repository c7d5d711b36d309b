// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/CliContext.h"

#include <QJsonObject>

#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/AresResolver.h"

CliContext::CliContext(QTextStream* out, QTextStream* err)
    : m_out(out)
    , m_err(err)
{}

CliContext::~CliContext() = default;

todoku::DnsResolver* CliContext::resolver()
{
    if (!m_resolver) {
        todoku::DnsResolverSettings settings;
        settings.servers = m_options.servers;
        settings.timeoutMs = m_options.timeoutMs;
        m_resolver = std::make_unique<todoku::AresResolver>(settings);
    }
    return m_resolver.get();
}

void CliContext::printJson(const QJsonObject& object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

int CliContext::failInput(const QString& message)
{
    err() << QStringLiteral("todoku-cli: ") << message << u'\n';
    err().flush();
    return 1;
}

void CliContext::printFindings(const QList<todoku::Finding>& findings)
{
    for (const todoku::Finding& f : findings) {
        const todoku::FindingText t = todoku::FindingCatalog::text(f);
        out() << "  [" << todoku::FindingCatalog::severityLabel(f.severity) << "] " << t.title << '\n';
        if (!t.detail.isEmpty()) {
            out() << "      " << t.detail << '\n';
        }
        if (!t.fix.isEmpty()) {
            out() << "      → " << t.fix << '\n';
        }
    }
}
