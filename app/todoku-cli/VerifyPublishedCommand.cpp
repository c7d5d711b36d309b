// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/VerifyPublishedCommand.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "app/todoku-cli/CliContext.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsText.h"
#include "core/setup/PublicationCheck.h"
#include "core/setup/RecordSetGenerator.h"
#include "core/setup/SetupPlan.h"

namespace {

const QString NS_PORT = QStringLiteral("ns-port");
const QString POLL = QStringLiteral("poll");

todoku::ProposedRecord recordFrom(const QJsonObject& o)
{
    todoku::ProposedRecord r;
    r.name = todoku::dns::absoluteName(o.value(u"name").toString());
    r.type = o.value(u"type").toString().toUpper();
    r.ttl = quint32(o.value(u"ttl").toInteger(3600));
    r.value = o.value(u"value").toString();
    for (const QJsonValue& s : o.value(u"strings").toArray()) {
        r.strings.append(s.toString());
    }
    if (r.value.isEmpty() && !r.strings.isEmpty()) {
        r.value = r.strings.join(QString());
    }
    r.purpose = o.value(u"purpose").toString();
    r.setAt = o.value(u"setAt").toString(QStringLiteral("dns"));
    return r;
}

QString stateLabel(todoku::PublicationState state)
{
    switch (state) {
    case todoku::PublicationState::Published:
        return VerifyPublishedCommand::tr("published");
    case todoku::PublicationState::Different:
        return VerifyPublishedCommand::tr("different");
    case todoku::PublicationState::Missing:
        return VerifyPublishedCommand::tr("missing");
    case todoku::PublicationState::Propagating:
        return VerifyPublishedCommand::tr("propagating");
    case todoku::PublicationState::Unknown:
    case todoku::PublicationState::Checking:
        return VerifyPublishedCommand::tr("not checked");
    }
    return {};
}

} // namespace

QString VerifyPublishedCommand::summary() const
{
    return tr("Check that the records of a saved setup are published, on every authoritative server.");
}

void VerifyPublishedCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("A saved setup, or the output of generate --format json."));
    parser.addOption({NS_PORT,
                      tr("Port the authoritative servers are asked on (default 53)."),
                      QStringLiteral("PORT"),
                      QStringLiteral("53")});
    parser.addOption(
        {POLL, tr("Check again every SECONDS until every record is published."), QStringLiteral("SECONDS")});
}

todoku::RecordSet VerifyPublishedCommand::recordsFrom(const QJsonObject& json, QString* error)
{
    todoku::RecordSet set;
    if (json.contains(u"records")) {
        for (const QJsonValue& v : json.value(u"records").toArray()) {
            const todoku::ProposedRecord r = recordFrom(v.toObject());
            if (!r.type.isEmpty() && r.name != QLatin1String(".")) {
                set.records.append(r);
            }
        }
        set.domain = json.value(u"domain").toString();
        if (set.domain.isEmpty()) {
            // The apex is the shortest owner name of the records set at the DNS host.
            for (const todoku::ProposedRecord& r : std::as_const(set.records)) {
                const QString n = todoku::dns::withoutTrailingDot(r.name);
                if (r.setAt == u"dns" && (set.domain.isEmpty() || n.size() < set.domain.size())) {
                    set.domain = n;
                }
            }
        }
        const auto ace = todoku::dns::toAce(set.domain);
        set.domain = ace ? ace.value() : set.domain;
    } else if (json.contains(u"domain")) {
        set = todoku::RecordSetGenerator::generate(todoku::SetupPlan::fromJson(json));
    }
    if (set.records.isEmpty() && error) {
        *error = tr("The file holds no records: save a setup, or use the output of generate --format json.");
    }
    return set;
}

int VerifyPublishedCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        context.err() << tr("Usage: todoku-cli verify-published FILE") << '\n';
        context.err().flush();
        return ExitUsage;
    }
    bool portOk = false;
    const uint port = parser.value(NS_PORT).toUInt(&portOk);
    bool pollOk = true;
    const int pollSeconds = parser.isSet(POLL) ? parser.value(POLL).toInt(&pollOk) : -1;
    if (!portOk || port == 0 || port > 65535 || !pollOk) {
        context.err() << tr("Usage: todoku-cli verify-published FILE [--ns-port PORT] [--poll SECONDS]")
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        return context.failInput(tr("Cannot read %1: %2").arg(args.first(), file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        return context.failInput(
            tr("%1 is not a setup file (JSON): %2").arg(args.first(), parseError.errorString()));
    }
    QString error;
    const todoku::RecordSet set = recordsFrom(doc.object(), &error);
    if (set.records.isEmpty()) {
        return context.failInput(error);
    }
    if (context.options().offline) {
        return context.failInput(tr("verify-published needs DNS, but --offline forbids queries."));
    }

    todoku::PublicationCheck check(context.resolver());
    check.setServerPort(quint16(port));
    QEventLoop loop;
    QObject::connect(&check, &todoku::PublicationCheck::finished, &loop, &QEventLoop::quit);
    if (pollSeconds >= 0 && !context.options().json) {
        QObject::connect(&check,
                         &todoku::PublicationCheck::recordStateChanged,
                         &loop,
                         [&](int index, todoku::PublicationState state) {
                             const todoku::ProposedRecord& r = check.report().records.at(index).record;
                             context.out() << tr("%1 %2: %3").arg(r.name, r.type, stateLabel(state)) << '\n';
                             context.out().flush();
                         });
    }
    if (pollSeconds >= 0) {
        check.poll(set, pollSeconds * 1000);
    } else {
        check.check(set);
    }
    loop.exec();
    const todoku::PublicationReport& report = check.report();

    if (context.options().json) {
        QJsonArray records;
        for (const todoku::RecordPublication& p : report.records) {
            QJsonArray servers;
            for (const todoku::PublicationServerAnswer& s : p.servers) {
                servers.append(QJsonObject{
                    {QStringLiteral("server"), s.server},
                    {QStringLiteral("authoritative"), s.authoritative},
                    {QStringLiteral("outcome"), todoku::dns::outcomeName(s.outcome)},
                    {QStringLiteral("values"), QJsonArray::fromStringList(s.values)},
                    {QStringLiteral("matches"), s.matches},
                });
            }
            QJsonObject o{
                {QStringLiteral("name"), p.record.name},
                {QStringLiteral("type"), p.record.type},
                {QStringLiteral("value"), p.record.value},
                {QStringLiteral("purpose"), p.record.purpose},
                {QStringLiteral("state"), todoku::setup::publicationStateName(p.state)},
                {QStringLiteral("servers"), servers},
                {QStringLiteral("findings"), todoku::FindingCatalog::toJson(p.findings)},
            };
            if (p.state == todoku::PublicationState::Propagating) {
                o.insert(QStringLiteral("remainingTtl"), qint64(p.remainingTtl));
            }
            records.append(o);
        }
        context.printJson(QJsonObject{{QStringLiteral("domain"), report.domain},
                                      {QStringLiteral("allPublished"), report.allPublished()},
                                      {QStringLiteral("records"), records}});
        return ExitDone;
    }

    QTextStream& out = context.out();
    for (const todoku::RecordPublication& p : report.records) {
        out << '[' << stateLabel(p.state) << "] " << p.record.name << ' ' << p.record.type << '\n';
        for (const todoku::PublicationServerAnswer& s : p.servers) {
            const QString who = s.authoritative ? s.server : tr("your resolver");
            out << "    " << who << ": " << todoku::DnsText::outcome(s.outcome);
            if (!s.values.isEmpty()) {
                out << "  " << s.values.join(QStringLiteral(" | "));
            }
            out << '\n';
        }
        context.printFindings(p.findings);
        out << '\n';
    }
    out.flush();
    return ExitDone;
}
