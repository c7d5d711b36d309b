// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/CheckCommand.h"

#include "app/todoku-cli/CliContext.h"
#include "app/todoku-cli/WaitFor.h"
#include "core/audit/AuthoritativeChecks.h"
#include "core/audit/DomainAudit.h"
#include "core/audit/TransportChecks.h"
#include "core/common/EmbeddedCatalog.h"
#include "core/common/ErrorText.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/DnsName.h"

using namespace todoku;

namespace {

const QString IP_OPTION = QStringLiteral("ip");
const QString SELECTOR_OPTION = QStringLiteral("selector");
const QString HELO_OPTION = QStringLiteral("helo");
const QString DQS_OPTION = QStringLiteral("dqs-key");
const QString DNSBL_OPTION = QStringLiteral("dnsbl");
const QString NO_DISCOVERY_OPTION = QStringLiteral("no-selector-discovery");
const QString NS_PORT_OPTION = QStringLiteral("ns-port");

QString stateText(AuditItemState state)
{
    switch (state) {
    case AuditItemState::Pending:
    case AuditItemState::Running:
        return CheckCommand::tr("not finished");
    case AuditItemState::Done:
        return QString();
    case AuditItemState::Cancelled:
        return CheckCommand::tr("cancelled");
    case AuditItemState::TimedOut:
        return CheckCommand::tr("timed out");
    }
    Q_UNREACHABLE();
}

} // namespace

QString CheckCommand::summary() const
{
    return tr(
        "Check a domain and its sending IPs as Gmail sees them: MX, reverse DNS, HELO, SPF, DKIM, DMARC, "
        "blocklists and Gmail's sender requirements.");
}

void CheckCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(IP_OPTION,
                                        tr("A sending server's IP address (IPv4 or IPv6); may be repeated."),
                                        QStringLiteral("IP")));
    parser.addOption(QCommandLineOption(
        SELECTOR_OPTION, tr("A DKIM selector the domain uses; may be repeated."), QStringLiteral("S")));
    parser.addOption(QCommandLineOption(
        HELO_OPTION, tr("The HELO/EHLO name the sending server uses."), QStringLiteral("NAME")));
    parser.addOption(
        QCommandLineOption(DQS_OPTION,
                           tr("A Spamhaus Data Query Service key, to query Spamhaus through it."),
                           QStringLiteral("KEY")));
    parser.addOption(QCommandLineOption(
        DNSBL_OPTION,
        tr("Ask only these blocklists, ID=ZONE to use another zone for a list (e.g. a local mirror); may be "
           "repeated."),
        QStringLiteral("ID[=ZONE]")));
    parser.addOption(QCommandLineOption(NO_DISCOVERY_OPTION,
                                        tr("Ask only the given DKIM selectors, not the common ones.")));
    parser.addOption(QCommandLineOption(NS_PORT_OPTION,
                                        tr("Port the authoritative servers are asked on (default 53)."),
                                        QStringLiteral("PORT"),
                                        QStringLiteral("53")));
    parser.addPositionalArgument(QStringLiteral("domain"),
                                 tr("The domain to check (Unicode names accepted)."));
}

int CheckCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        context.err() << tr("Usage: todoku-cli check DOMAIN [--ip IP]... [--selector S]... [--helo NAME]")
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    const auto domain = dns::toAce(args.at(0));
    if (!domain) {
        return context.failInput(ErrorText::text(domain.error()));
    }
    AuditRequest request;
    request.domain = args.at(0);
    for (const QString& text : parser.values(IP_OPTION)) {
        const QHostAddress ip(text);
        if (ip.isNull()) {
            return context.failInput(ErrorText::text(Error::make(ErrorCode::InvalidIpAddress, {text})));
        }
        request.ips.append(ip);
    }
    request.selectors = parser.values(SELECTOR_OPTION);
    request.helo = parser.value(HELO_OPTION);
    request.dqsKey = parser.value(DQS_OPTION);
    request.discoverSelectors = !parser.isSet(NO_DISCOVERY_OPTION);
    const QList<DnsblList> known = defaultDnsblLists();
    for (const QString& spec : parser.values(DNSBL_OPTION)) {
        const QString id = spec.section(u'=', 0, 0);
        const QString zone = spec.section(u'=', 1);
        std::optional<DnsblList> list;
        for (const DnsblList& l : known) {
            if (l.id == id) {
                list = l;
            }
        }
        if (!list) {
            context.err() << tr("Unknown blocklist “%1”; known: %2")
                                 .arg(id, catalog::idsOf(known).join(QStringLiteral(", ")))
                          << '\n';
            context.err().flush();
            return ExitUsage;
        }
        if (!zone.isEmpty()) {
            list->zone = zone;
            list->dqsZone.clear();
        }
        request.dnsblLists.append(*list);
    }
    bool portOk = false;
    const uint nsPort = parser.value(NS_PORT_OPTION).toUInt(&portOk);
    if (!portOk || nsPort == 0 || nsPort > 65535) {
        context.err() << tr("Usage: todoku-cli check DOMAIN [--ip IP]... [--selector S]... [--helo NAME]")
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    if (context.options().offline) {
        return context.failInput(tr("The check command needs DNS, but --offline forbids queries."));
    }

    DomainAudit audit(context.resolver());
    audit::addTransportChecks(audit, *domain);
    audit::AuthoritativeCheckOptions authns;
    authns.port = quint16(nsPort);
    audit::addAuthoritativeChecks(audit, *domain, request.selectors, authns);
    waitFor(&audit, &DomainAudit::finished, [&] { audit.start(request); });
    const AuditReport& report = audit.report();

    if (context.options().json) {
        context.printJson(audit::toJson(report));
        return ExitDone;
    }
    QTextStream& out = context.out();
    out << tr("Domain check of %1").arg(dns::toUnicode(report.domain.isEmpty() ? *domain : report.domain))
        << "\n\n";
    for (const AuditItem& item : report.items) {
        const QString state = stateText(item.state);
        out << '[' << FindingCatalog::severityLabel(item.status) << "] " << item.check << "  "
            << dns::toUnicode(item.subject);
        if (!state.isEmpty()) {
            out << "  (" << state << ')';
        }
        out << '\n';
        context.printFindings(item.findings);
        out << '\n';
    }
    out << tr("%n DNS queries", nullptr, int(report.queryLog.size())) << '\n';
    out.flush();
    return ExitDone;
}
