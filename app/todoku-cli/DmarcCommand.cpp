// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/DmarcCommand.h"

#include <QJsonArray>
#include <QJsonObject>

#include "app/todoku-cli/CliContext.h"
#include "app/todoku-cli/WaitFor.h"
#include "core/common/ErrorText.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/dmarc/DmarcDiscovery.h"
#include "core/dmarc/DmarcEvaluation.h"
#include "core/dmarc/PublicSuffixList.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsResolver.h"

using namespace todoku;

namespace {

const QString RECORD_OPTION = QStringLiteral("record");
const QString SPF_OPTION = QStringLiteral("spf-pass");
const QString DKIM_OPTION = QStringLiteral("dkim-pass");

QString alignmentName(DmarcAlignmentMode mode)
{
    return mode == DmarcAlignmentMode::Strict ? QStringLiteral("strict") : QStringLiteral("relaxed");
}

QJsonArray uriArray(const QList<DmarcUri>& uris)
{
    QJsonArray a;
    for (const DmarcUri& u : uris) {
        a.append(u.text);
    }
    return a;
}

QJsonObject parsedJson(const DmarcRecord& r)
{
    QJsonObject o{
        {QStringLiteral("adkim"), alignmentName(r.dkimAlignment)},
        {QStringLiteral("aspf"), alignmentName(r.spfAlignment)},
        {QStringLiteral("rua"), uriArray(r.aggregateReports)},
        {QStringLiteral("ruf"), uriArray(r.failureReports)},
        {QStringLiteral("fo"), QJsonArray::fromStringList(r.failureOptions)},
        {QStringLiteral("pct"), r.percent},
        {QStringLiteral("testing"), r.testing},
    };
    if (r.policy) {
        o.insert(QStringLiteral("p"), dmarc::policyName(*r.policy));
    }
    if (r.subdomainPolicy) {
        o.insert(QStringLiteral("sp"), dmarc::policyName(*r.subdomainPolicy));
    }
    if (r.nonexistentPolicy) {
        o.insert(QStringLiteral("np"), dmarc::policyName(*r.nonexistentPolicy));
    }
    if (r.publicSuffixDomain) {
        o.insert(QStringLiteral("psd"), *r.publicSuffixDomain ? QStringLiteral("y") : QStringLiteral("n"));
    }
    return o;
}

/** The policy a message from the domain gets under one method: p=, sp= or np= after t=y. */
QJsonValue policyValue(const DmarcEvaluation& e)
{
    return e.appliedPolicy ? QJsonValue(dmarc::policyName(*e.appliedPolicy)) : QJsonValue::Null;
}

QJsonObject evaluationJson(const DmarcEvaluation& e)
{
    return QJsonObject{
        {QStringLiteral("result"), dmarc::resultName(e.result)},
        {QStringLiteral("policy"), policyValue(e)},
        {QStringLiteral("policyTag"), e.policyTag},
        {QStringLiteral("dkimAligned"), e.dkimAligned},
        {QStringLiteral("dkimAlignedDomain"), e.dkimAlignedDomain},
        {QStringLiteral("dkimAlignment"), alignmentName(e.dkimMode)},
        {QStringLiteral("spfAligned"), e.spfAligned},
        {QStringLiteral("spfAlignedDomain"), e.spfAlignedDomain},
        {QStringLiteral("spfAlignment"), alignmentName(e.spfMode)},
        {QStringLiteral("findings"), FindingCatalog::toJson(e.findings)},
    };
}

QJsonObject answerJson(const DmarcPolicyAnswer& a, const DmarcEvaluation& e)
{
    QJsonObject o{
        {QStringLiteral("status"), dmarc::statusName(a.status)},
        {QStringLiteral("record"), a.record ? QJsonValue(a.record->text) : QJsonValue::Null},
        {QStringLiteral("policy"), policyValue(e)},
        {QStringLiteral("foundAt"), a.recordDomain.isEmpty() ? QJsonValue::Null : QJsonValue(a.foundAt())},
        {QStringLiteral("organizationalDomain"), a.organizationalDomain},
        {QStringLiteral("consulted"), QJsonArray::fromStringList(a.consulted)},
    };
    return o;
}

} // namespace

QString DmarcCommand::summary() const
{
    return tr("Find and check the DMARC policy of a domain (RFC 7489 and RFC 9989).");
}

void DmarcCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(RECORD_OPTION,
                                        tr("Check this record text instead of looking one up in DNS."),
                                        QStringLiteral("TEXT")));
    parser.addOption(
        QCommandLineOption(SPF_OPTION,
                           tr("A domain SPF passed for (the envelope sender's); checks alignment. "
                              "May be repeated."),
                           QStringLiteral("DOMAIN")));
    parser.addOption(
        QCommandLineOption(DKIM_OPTION,
                           tr("The d= domain of a DKIM signature that verified; checks alignment. "
                              "May be repeated."),
                           QStringLiteral("DOMAIN")));
    parser.addPositionalArgument(QStringLiteral("domain"),
                                 tr("The domain in the From header (Unicode names are accepted)."));
}

int DmarcCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList args = parser.positionalArguments();
    const bool recordMode = parser.isSet(RECORD_OPTION);
    if ((recordMode && !args.isEmpty()) || (!recordMode && args.size() != 1)) {
        context.err() << tr("Usage: todoku-cli dmarc DOMAIN | todoku-cli dmarc --record \"v=DMARC1; ...\"")
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }

    if (recordMode) {
        const QString text = parser.value(RECORD_OPTION);
        const auto record = dmarc::parseRecord(text);
        if (!record) {
            return context.failInput(ErrorText::text(record.error()));
        }
        const QList<Finding> findings = dmarc::lintRecord(record.value());
        if (context.options().json) {
            context.printJson(QJsonObject{
                {QStringLiteral("record"), text},
                {QStringLiteral("policy"), dmarc::policyName(record->domainPolicy())},
                {QStringLiteral("parsed"), parsedJson(record.value())},
                {QStringLiteral("findings"), FindingCatalog::toJson(findings)},
            });
            return ExitDone;
        }
        QTextStream& out = context.out();
        out << tr("Record: %1").arg(text) << '\n';
        out << tr("Policy: %1").arg(dmarc::policyName(record->domainPolicy())) << '\n';
        context.printFindings(findings);
        out.flush();
        return ExitDone;
    }

    const auto ace = dns::toAce(args.at(0));
    if (!ace) {
        return context.failInput(ErrorText::text(ace.error()));
    }
    if (context.options().offline) {
        return context.failInput(tr("The dmarc command needs DNS, but --offline forbids queries."));
    }
    DmarcEvaluationInput input;
    input.fromDomain = ace.value();
    QStringList identifiers;
    for (const auto& [option, list] :
         {std::pair{SPF_OPTION, &input.spf}, std::pair{DKIM_OPTION, &input.dkim}}) {
        for (const QString& value : parser.values(option)) {
            const auto id = dns::toAce(value);
            if (!id) {
                return context.failInput(ErrorText::text(id.error()));
            }
            list->append({id.value(), QStringLiteral("pass")});
            identifiers.append(id.value());
        }
    }
    PublicSuffixList psl;
    DmarcDiscovery discovery(context.resolver(), &psl);
    waitFor(&discovery, &DmarcDiscovery::finished, [&] { discovery.start(ace.value(), identifiers); });
    const DmarcDiscoveryResult& r = discovery.result();
    const DmarcPolicyAnswer& a = r.rfc7489;
    const DmarcEvaluation eval7489 = dmarc::evaluate(input, r, DmarcDiscoveryMethod::Rfc7489, psl);
    const DmarcEvaluation eval9989 = dmarc::evaluate(input, r, DmarcDiscoveryMethod::Rfc9989, psl);

    if (context.options().json) {
        QJsonObject treeWalk = answerJson(r.treeWalk, eval9989);
        treeWalk.insert(QStringLiteral("differs"), r.methodsDiffer());
        QJsonArray reports;
        for (const DmarcReportAuthorization& ra : r.reportAuthorizations) {
            reports.append(QJsonObject{{QStringLiteral("tag"), ra.tag},
                                       {QStringLiteral("uri"), ra.uri},
                                       {QStringLiteral("queryName"), ra.queryName},
                                       {QStringLiteral("outcome"), dns::outcomeName(ra.outcome)},
                                       {QStringLiteral("authorized"), ra.authorized}});
        }
        QJsonObject o{
            {QStringLiteral("domain"), r.domain},
            {QStringLiteral("displayDomain"), dns::toUnicode(r.domain)},
            {QStringLiteral("status"), dmarc::statusName(a.status)},
            {QStringLiteral("record"), a.record ? QJsonValue(a.record->text) : QJsonValue::Null},
            {QStringLiteral("policy"), policyValue(eval7489)},
            {QStringLiteral("foundAt"),
             a.recordDomain.isEmpty() ? QJsonValue::Null : QJsonValue(a.foundAt())},
            {QStringLiteral("organizationalDomain"), a.organizationalDomain},
            {QStringLiteral("consulted"), QJsonArray::fromStringList(a.consulted)},
            {QStringLiteral("treeWalk"), treeWalk},
            {QStringLiteral("reportAuthorizations"), reports},
            {QStringLiteral("queries"), int(r.queries.size())},
            {QStringLiteral("findings"), FindingCatalog::toJson(r.findings)},
        };
        if (a.record) {
            o.insert(QStringLiteral("parsed"), parsedJson(*a.record));
        }
        QJsonArray queryLog;
        for (const DnsAnswer& q : r.queries) {
            queryLog.append(QJsonObject{{QStringLiteral("name"), q.name},
                                        {QStringLiteral("type"), dns::typeName(q.type)},
                                        {QStringLiteral("outcome"), dns::outcomeName(q.outcome)}});
        }
        o.insert(QStringLiteral("queryLog"), queryLog);
        if (!identifiers.isEmpty()) {
            o.insert(QStringLiteral("evaluation"), evaluationJson(eval7489));
            treeWalk.insert(QStringLiteral("evaluation"), evaluationJson(eval9989));
            o.insert(QStringLiteral("treeWalk"), treeWalk);
        }
        context.printJson(o);
        return ExitDone;
    }

    QTextStream& out = context.out();
    out << tr("DMARC for %1").arg(dns::toUnicode(r.domain)) << '\n';
    if (a.record) {
        out << "  " << tr("Record at %1: %2").arg(a.foundAt(), a.record->text) << '\n';
    }
    const QJsonValue policy = policyValue(eval7489);
    out << "  " << tr("Policy: %1").arg(policy.isNull() ? tr("(no policy)") : policy.toString()) << '\n';
    out << "  " << tr("Organisational domain: %1").arg(dns::toUnicode(a.organizationalDomain)) << '\n';
    if (r.methodsDiffer()) {
        out << "  "
            << tr("RFC 9989 tree walk: %1 (organisational domain %2)")
                   .arg(r.treeWalk.recordDomain.isEmpty() ? tr("no record") : r.treeWalk.foundAt(),
                        r.treeWalk.organizationalDomain)
            << '\n';
    }
    out << "  " << tr("%n DNS queries", nullptr, int(r.queries.size())) << '\n';
    context.printFindings(r.findings);
    if (!identifiers.isEmpty()) {
        out << tr("Alignment: DMARC %1").arg(dmarc::resultName(eval7489.result)) << '\n';
        context.printFindings(eval7489.findings);
        if (eval9989.result != eval7489.result) {
            out << tr("Under RFC 9989 the result is %1.").arg(dmarc::resultName(eval9989.result)) << '\n';
        }
    }
    out.flush();
    return ExitDone;
}
