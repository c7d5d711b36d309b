// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/SpfLintCommand.h"

#include <QEventLoop>

#include "app/todoku-cli/CliContext.h"
#include "app/todoku-cli/SpfCommand.h"
#include "core/common/ErrorText.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/DnsName.h"
#include "core/spf/SpfLinter.h"

using namespace todoku;

namespace {
const QString RECORD_OPTION = QStringLiteral("record");
const QString DOMAIN_OPTION = QStringLiteral("domain");
} // namespace

QString SpfLintCommand::summary() const
{
    return tr("Check an SPF record and everything it includes for errors and risks.");
}

void SpfLintCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        RECORD_OPTION, tr("Check this record text instead of the published one."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(DOMAIN_OPTION,
                                        tr("With --record: the domain it is for (default: example.invalid)."),
                                        QStringLiteral("DOMAIN")));
    parser.addPositionalArgument(QStringLiteral("domain"),
                                 tr("The domain whose published SPF record is checked."));
}

int SpfLintCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList args = parser.positionalArguments();
    const bool recordMode = parser.isSet(RECORD_OPTION);
    if ((recordMode && !args.isEmpty()) || (!recordMode && args.size() != 1)) {
        context.err() << tr("Usage: todoku-cli spf-lint DOMAIN | todoku-cli spf-lint --record \"v=spf1 ...\"")
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    const QString domainText = recordMode ? parser.value(DOMAIN_OPTION) : args.at(0);
    const auto domain = dns::toAce(domainText.isEmpty() ? QStringLiteral("example.invalid") : domainText);
    if (!domain) {
        return context.failInput(ErrorText::text(domain.error()));
    }
    std::optional<QString> record;
    if (recordMode) {
        record = parser.value(RECORD_OPTION).trimmed();
        const auto parsed = SpfRecord::parse(*record);
        if (!parsed && !SpfRecord::isSpfText(*record)) {
            return context.failInput(tr("This is not an SPF record: it must start with “v=spf1”."));
        }
    } else if (context.options().offline) {
        return context.failInput(tr("Checking a published record needs DNS, but --offline forbids queries."));
    }

    SpfLintReport report;
    if (context.options().offline) {
        // Only what the text itself shows; includes and lookup counts need DNS.
        report.domain = domain.value();
        report.record = *record;
        const auto parsed = SpfRecord::parse(*record);
        if (parsed) {
            report.findings = spf::lintRecord(parsed.value(), report.domain);
        } else {
            report.findings.append(spf::syntaxFinding(report.domain, parsed.error()));
        }
    } else {
        SpfLinter linter(context.resolver());
        QEventLoop loop;
        QObject::connect(&linter, &SpfLinter::finished, &loop, &QEventLoop::quit);
        linter.start(domain.value(), record);
        loop.exec();
        report = linter.report();
    }

    if (context.options().json) {
        context.printJson(spf::toJson(report));
        return ExitDone;
    }
    QTextStream& out = context.out();
    out << tr("SPF record of %1: %2")
               .arg(dns::toUnicode(report.domain), report.record.isEmpty() ? tr("(none)") : report.record)
        << '\n';
    if (!context.options().offline && !report.record.isEmpty()) {
        out << "  "
            << tr("DNS lookups a full evaluation needs: %1 of 10; void lookups: %2 of 2")
                   .arg(report.lookups())
                   .arg(report.voidLookups())
            << '\n';
        SpfCommand::printTree(out, report.includeTree, 1, false);
    }
    if (report.findings.isEmpty()) {
        out << tr("No problems found.") << '\n';
    }
    context.printFindings(report.findings);
    out.flush();
    return ExitDone;
}
