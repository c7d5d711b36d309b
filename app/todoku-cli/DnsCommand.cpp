// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/DnsCommand.h"

#include <QJsonArray>
#include <QJsonObject>

#include "app/todoku-cli/CliContext.h"
#include "app/todoku-cli/WaitFor.h"
#include "core/common/ErrorText.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsResolver.h"
#include "core/dns/DnsText.h"

namespace {

QJsonObject recordJson(const todoku::DnsRecord& r)
{
    QJsonObject o{
        {QStringLiteral("name"), QString(r.name + u'.')},
        {QStringLiteral("type"), todoku::dns::typeName(r.type)},
        {QStringLiteral("ttl"), qint64(r.ttl)},
        {QStringLiteral("value"), r.presentation()},
    };
    if (r.type == todoku::DnsRecordType::TXT) {
        QJsonArray strings;
        for (const QByteArray& s : r.strings) {
            strings.append(QString::fromUtf8(s));
        }
        o.insert(QStringLiteral("strings"), strings);
        o.insert(QStringLiteral("text"), QString::fromUtf8(r.joinedText()));
    }
    return o;
}

} // namespace

QString DnsCommand::summary() const
{
    return tr("Ask DNS one question and show the outcome and the answers.");
}

void DnsCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("Domain name (Unicode names are accepted)."));
    parser.addPositionalArgument(QStringLiteral("type"), tr("A, AAAA, MX, TXT, PTR, CNAME, NS or SOA."));
}

int DnsCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        context.err() << tr("Usage: todoku-cli dns NAME TYPE") << '\n';
        context.err().flush();
        return ExitUsage;
    }
    const auto ace = todoku::dns::toAce(args.at(0));
    if (!ace) {
        return context.failInput(todoku::ErrorText::text(ace.error()));
    }
    const auto type = todoku::dns::parseType(args.at(1));
    if (!type) {
        return context.failInput(todoku::ErrorText::text(type.error()));
    }
    if (context.options().offline) {
        return context.failInput(tr("The dns command needs DNS, but --offline forbids queries."));
    }

    todoku::DnsQuery* query = context.resolver()->lookup(ace.value(), type.value());
    std::unique_ptr<todoku::DnsQuery> owner(query);
    waitFor(query, &todoku::DnsQuery::finished, [] {}); // the lookup is already under way
    const todoku::DnsAnswer& answer = query->answer();

    if (context.options().json) {
        QJsonArray answers;
        for (const todoku::DnsRecord& r : answer.records) {
            answers.append(recordJson(r));
        }
        QJsonArray cnames;
        for (const todoku::DnsRecord& r : answer.cnames) {
            cnames.append(recordJson(r));
        }
        QJsonObject o{
            {QStringLiteral("name"), QString(answer.name + u'.')},
            {QStringLiteral("displayName"), QString(todoku::dns::toUnicode(answer.name) + u'.')},
            {QStringLiteral("type"), todoku::dns::typeName(answer.type)},
            {QStringLiteral("outcome"), todoku::dns::outcomeName(answer.outcome)},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("cnames"), cnames},
            {QStringLiteral("server"), answer.server},
            {QStringLiteral("rttMs"), answer.rttMs},
        };
        if (answer.outcome == todoku::DnsOutcome::NxDomain || answer.outcome == todoku::DnsOutcome::NoData) {
            o.insert(QStringLiteral("negativeTtl"), qint64(answer.negativeTtl));
        }
        if (!answer.detail.isEmpty()) {
            o.insert(QStringLiteral("detail"), answer.detail);
        }
        context.printJson(o);
        return ExitDone;
    }

    QTextStream& out = context.out();
    const QString shown = todoku::dns::toUnicode(answer.name);
    out << shown << ". " << todoku::dns::typeName(answer.type) << ": "
        << todoku::DnsText::outcome(answer.outcome);
    out << "  " << tr("(%1 ms, server %2)").arg(answer.rttMs).arg(answer.server) << '\n';
    if (shown != answer.name) {
        out << "  " << tr("queried as %1.").arg(answer.name) << '\n';
    }
    for (const todoku::DnsRecord& r : answer.cnames) {
        out << "  " << r.name << ". CNAME " << r.presentation() << '\n';
    }
    for (const todoku::DnsRecord& r : answer.records) {
        out << "  " << r.name << ". " << r.ttl << ' ' << todoku::dns::typeName(r.type) << ' '
            << r.presentation() << '\n';
    }
    if (answer.outcome == todoku::DnsOutcome::NxDomain || answer.outcome == todoku::DnsOutcome::NoData) {
        out << "  "
            << tr("Resolvers may remember this absence for %n second(s).", nullptr, int(answer.negativeTtl))
            << '\n';
    }
    out.flush();
    return ExitDone;
}
