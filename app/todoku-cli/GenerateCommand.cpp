// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/GenerateCommand.h"

#include "app/todoku-cli/CliContext.h"
#include "app/todoku-cli/WaitFor.h"
#include "core/dns/DnsName.h"
#include "core/setup/ExistingRecords.h"
#include "core/setup/RecordSetExporter.h"
#include "core/setup/RecordSetGenerator.h"
#include "core/spf/SpfProviderCatalog.h"

using namespace todoku;

namespace {

const QString DOMAIN = QStringLiteral("domain");
const QString IP = QStringLiteral("ip");
const QString PROVIDER = QStringLiteral("provider");
const QString MAIL_HOST = QStringLiteral("mail-host");
const QString RECEIVE = QStringLiteral("receive");
const QString SELECTOR = QStringLiteral("selector");
const QString NO_DKIM = QStringLiteral("no-dkim");
const QString DMARC = QStringLiteral("dmarc");
const QString RUA = QStringLiteral("rua");
const QString SOFTFAIL = QStringLiteral("softfail");
const QString SPF_A = QStringLiteral("spf-a");
const QString SPF_MX = QStringLiteral("spf-mx");
const QString TTL = QStringLiteral("ttl");
const QString FORMAT = QStringLiteral("format");
const QString REGISTRAR = QStringLiteral("registrar");
const QString EXISTING_SPF = QStringLiteral("existing-spf");
const QString EXISTING_DMARC = QStringLiteral("existing-dmarc");
const QString MERGE_LIVE = QStringLiteral("merge-live");

const QStringList FORMATS = {
    QStringLiteral("zone"), QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};

} // namespace

QString GenerateCommand::summary() const
{
    return tr("Make every DNS record a domain needs to send mail that reaches Gmail.");
}

void GenerateCommand::configure(QCommandLineParser& parser) const
{
    parser.addOptions({
        {DOMAIN, tr("The domain (Unicode names are accepted)."), QStringLiteral("D")},
        {IP, tr("A sending IP address of your own server; may be repeated."), QStringLiteral("IP")},
        {PROVIDER,
         tr("A mail service or hosting company that sends for the domain; may be repeated."),
         QStringLiteral("ID")},
        {MAIL_HOST, tr("The mail server's host name (MX, reverse DNS, HELO)."), QStringLiteral("NAME")},
        {RECEIVE,
         tr("Which mail the domain receives: mx (at the mail host), none (a null MX) or unchanged."),
         QStringLiteral("mx|none|unchanged"),
         QStringLiteral("mx")},
        {SELECTOR, tr("The DKIM selector."), QStringLiteral("S")},
        {NO_DKIM, tr("Make no DKIM record.")},
        {DMARC,
         tr("The DMARC policy: none, quarantine or reject."),
         QStringLiteral("POLICY"),
         QStringLiteral("none")},
        {RUA, tr("The address that receives DMARC aggregate reports."), QStringLiteral("ADDR")},
        {SOFTFAIL, tr("End the SPF record with ~all instead of -all.")},
        {SPF_A, tr("Let the domain's own A/AAAA addresses send (adds “a” to SPF: one DNS lookup).")},
        {SPF_MX,
         tr("Let the domain's MX hosts send (adds “mx” to SPF: one DNS lookup plus one per MX host).")},
        {TTL, tr("TTL of every record, in seconds."), QStringLiteral("SECONDS"), QStringLiteral("3600")},
        {FORMAT, tr("Output: zone, table, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("table")},
        {REGISTRAR,
         tr("Show the records as this DNS panel wants them typed (with --format table)."),
         QStringLiteral("ID"),
         QStringLiteral("generic")},
        {EXISTING_SPF,
         tr("An SPF record the domain publishes now, merged into the new one; may be repeated."),
         QStringLiteral("RECORD")},
        {EXISTING_DMARC,
         tr("The DMARC record the domain publishes now; its report addresses are kept."),
         QStringLiteral("RECORD")},
        {MERGE_LIVE, tr("Ask DNS for the domain's current SPF and DMARC records and merge them.")},
    });
}

SetupPlan GenerateCommand::planFrom(const QCommandLineParser& parser)
{
    SetupPlan plan;
    plan.domain = parser.value(DOMAIN);
    plan.ipAddresses = parser.values(IP);
    plan.providers = parser.values(PROVIDER);
    plan.mailHost = parser.value(MAIL_HOST);
    const QString receive = parser.value(RECEIVE);
    plan.receiving = receive == u"none"        ? SetupPlan::Receiving::NullMx
                     : receive == u"unchanged" ? SetupPlan::Receiving::Unchanged
                                               : SetupPlan::Receiving::MailHost;
    plan.selector = parser.value(SELECTOR);
    plan.dkimMode = parser.isSet(NO_DKIM) ? SetupPlan::DkimMode::None : SetupPlan::DkimMode::Generate;
    plan.dmarcPolicy = dmarc::parsePolicy(parser.value(DMARC)).value_or(DmarcPolicy::None);
    plan.reportAddress = parser.value(RUA);
    plan.strictSpf = !parser.isSet(SOFTFAIL);
    plan.spfA = parser.isSet(SPF_A);
    plan.spfMx = parser.isSet(SPF_MX);
    plan.ttl = parser.value(TTL).toUInt();
    plan.registrar = parser.value(REGISTRAR);
    plan.existing.spf = parser.values(EXISTING_SPF);
    plan.existing.dmarc = parser.values(EXISTING_DMARC);
    return plan;
}

int GenerateCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QString format = parser.value(FORMAT);
    if (!FORMATS.contains(format)) {
        context.err() << tr("Unknown format “%1”: use zone, table, json or csv.").arg(format) << '\n';
        return ExitUsage;
    }
    const QStringList receiveValues{
        QStringLiteral("mx"), QStringLiteral("none"), QStringLiteral("unchanged")};
    if (!receiveValues.contains(parser.value(RECEIVE))) {
        context.err() << tr("--receive takes mx, none or unchanged.") << '\n';
        return ExitUsage;
    }
    if (!dmarc::parsePolicy(parser.value(DMARC))) {
        context.err() << tr("--dmarc takes none, quarantine or reject.") << '\n';
        return ExitUsage;
    }
    bool ttlOk = false;
    const uint ttl = parser.value(TTL).toUInt(&ttlOk);
    if (!ttlOk || ttl == 0 || ttl > 604800) {
        context.err() << tr("--ttl takes a number of seconds from 1 to 604800.") << '\n';
        return ExitUsage;
    }
    const RegistrarCatalog registrars = RegistrarCatalog::builtIn();
    const std::optional<RegistrarPreset> preset = registrars.preset(parser.value(REGISTRAR));
    if (!preset) {
        context.err() << tr("Unknown DNS panel “%1”. Known: %2")
                             .arg(parser.value(REGISTRAR), registrars.ids().join(QStringLiteral(", ")))
                      << '\n';
        return ExitUsage;
    }

    const SpfProviderCatalog providers = SpfProviderCatalog::builtIn();
    for (const QString& id : parser.values(PROVIDER)) {
        if (!providers.provider(id)) {
            context.err() << tr("Unknown mail service “%1”. Known: %2")
                                 .arg(id, providers.ids().join(QStringLiteral(", ")))
                          << '\n';
            return ExitUsage;
        }
    }

    SetupPlan plan = planFrom(parser);
    const QList<Finding> problems = SetupPlanValidator::validate(plan);
    if (!SetupPlanValidator::canGenerate(problems)) {
        if (context.options().json) {
            RecordSet rejected;
            rejected.findings = problems;
            context.printJson(RecordSetExporter::json(rejected));
        } else {
            context.out() << tr("These choices cannot be turned into records yet:") << '\n';
            context.printFindings(problems);
            context.out().flush();
        }
        return ExitBadInput;
    }

    if (parser.isSet(MERGE_LIVE)) {
        if (context.options().offline) {
            return context.failInput(tr("--merge-live needs DNS, but --offline forbids queries."));
        }
        // The same lookup the wizard's review page makes; what it finds joins any --existing-* value.
        ExistingRecordsLookup lookup(context.resolver());
        waitFor(&lookup, &ExistingRecordsLookup::finished, [&] {
            lookup.lookup(dns::toAce(plan.domain.trimmed()).valueOr(plan.domain.trimmed()));
        });
        if (lookup.failed()) {
            return context.failInput(
                tr("Could not ask DNS for the current records of %1: no definite answer.").arg(plan.domain));
        }
        for (const QString& v : lookup.result().spf) {
            if (!plan.existing.spf.contains(v)) {
                plan.existing.spf.append(v);
            }
        }
        for (const QString& v : lookup.result().dmarc) {
            if (!plan.existing.dmarc.contains(v)) {
                plan.existing.dmarc.append(v);
            }
        }
    }
    RecordSet set = RecordSetGenerator::generate(plan);
    set.findings = problems + set.findings;
    if (context.options().json || format == u"json") {
        context.printJson(RecordSetExporter::json(set));
        return ExitDone;
    }
    QTextStream& out = context.out();
    if (format == u"zone") {
        out << RecordSetExporter::zoneFragment(set);
    } else if (format == u"csv") {
        out << RecordSetExporter::csv(set);
    } else {
        out << RecordSetExporter::panelText(set, *preset);
        if (!set.findings.isEmpty()) {
            out << '\n';
            context.printFindings(set.findings);
        }
    }
    out.flush();
    return ExitDone;
}
