// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditReport.h"

#include <QJsonArray>

#include "core/diagnosis/FindingCatalog.h"

namespace todoku {

const AuditItem* AuditReport::item(const QString& check, const QString& subject) const
{
    for (const AuditItem& i : items) {
        if (i.check == check && (subject.isEmpty() || i.subject == subject)) {
            return &i;
        }
    }
    return nullptr;
}

Severity AuditReport::worst() const
{
    Severity s = Severity::Ok;
    for (const AuditItem& i : items) {
        if (i.isFinished()) {
            s = std::max(s, i.status);
        }
    }
    return s;
}

QList<Finding> AuditReport::allFindings() const
{
    QList<Finding> out;
    for (const AuditItem& i : items) {
        out += i.findings;
    }
    return out;
}

namespace audit {

QString stateName(AuditItemState state)
{
    switch (state) {
    case AuditItemState::Pending:
        return QStringLiteral("pending");
    case AuditItemState::Running:
        return QStringLiteral("running");
    case AuditItemState::Done:
        return QStringLiteral("done");
    case AuditItemState::Cancelled:
        return QStringLiteral("cancelled");
    case AuditItemState::TimedOut:
        return QStringLiteral("timed-out");
    }
    Q_UNREACHABLE();
}

QString requirementStatusName(GmailRequirement::Status status)
{
    switch (status) {
    case GmailRequirement::Status::Pass:
        return QStringLiteral("pass");
    case GmailRequirement::Status::Fail:
        return QStringLiteral("fail");
    case GmailRequirement::Status::Unknown:
        return QStringLiteral("unknown");
    }
    Q_UNREACHABLE();
}

QString statusName(Severity status)
{
    return FindingCatalog::severityName(status);
}

Severity worstOf(const QList<Finding>& findings)
{
    if (findings.isEmpty()) {
        return Severity::Info;
    }
    Severity s = Severity::Ok;
    for (const Finding& f : findings) {
        s = std::max(s, f.severity);
    }
    return s;
}

namespace {

QJsonArray addressList(const QList<QHostAddress>& addresses)
{
    QJsonArray a;
    for (const QHostAddress& h : addresses) {
        a.append(h.toString());
    }
    return a;
}

QJsonObject reverseJson(const ReverseDnsReport& r)
{
    return QJsonObject{{QStringLiteral("ip"), r.ip.toString()},
                       {QStringLiteral("reverseName"), r.reverseName},
                       {QStringLiteral("outcome"), dns::outcomeName(r.outcome)},
                       {QStringLiteral("names"), QJsonArray::fromStringList(r.names)},
                       {QStringLiteral("confirmedNames"), QJsonArray::fromStringList(r.confirmedNames)}};
}

QJsonObject itemJson(const AuditItem& i)
{
    QJsonObject o{
        {QStringLiteral("check"), i.check},
        {QStringLiteral("subject"), i.subject},
        {QStringLiteral("status"), statusName(i.status)},
        {QStringLiteral("state"), stateName(i.state)},
        {QStringLiteral("elapsedMs"), qint64(i.elapsedMs)},
        {QStringLiteral("queries"), int(i.queries.size())},
        {QStringLiteral("findings"), FindingCatalog::toJson(i.findings)},
    };
    if (i.mx) {
        QJsonArray hosts;
        for (const MxHost& h : i.mx->hosts) {
            hosts.append(QJsonObject{{QStringLiteral("name"), h.name},
                                     {QStringLiteral("preference"), h.preference},
                                     {QStringLiteral("addresses"), addressList(h.addresses)},
                                     {QStringLiteral("cname"), h.isCname}});
        }
        QJsonArray reverse;
        for (const ReverseDnsReport& r : i.mxHostReverse) {
            reverse.append(reverseJson(r));
        }
        o.insert(QStringLiteral("mx"),
                 QJsonObject{{QStringLiteral("outcome"), dns::outcomeName(i.mx->outcome)},
                             {QStringLiteral("nullMx"), i.mx->nullMx},
                             {QStringLiteral("hosts"), hosts},
                             {QStringLiteral("hostReverse"), reverse}});
    }
    if (i.reverse) {
        o.insert(QStringLiteral("reverse"), reverseJson(*i.reverse));
    }
    if (i.spf) {
        o.insert(QStringLiteral("spf"), spf::toJson(*i.spf));
    }
    if (i.spfLint) {
        o.insert(QStringLiteral("spfLint"), spf::toJson(*i.spfLint));
    }
    if (i.dmarc) {
        const DmarcPolicyAnswer& a = i.dmarc->rfc7489;
        o.insert(QStringLiteral("dmarc"),
                 QJsonObject{{QStringLiteral("status"), dmarc::statusName(a.status)},
                             {QStringLiteral("foundAt"), a.foundAt()},
                             {QStringLiteral("organizationalDomain"), a.organizationalDomain},
                             {QStringLiteral("policy"),
                              a.record ? dmarc::policyName(a.record->domainPolicy()) : QString()}});
    }
    if (i.dkim) {
        QJsonArray selectors;
        for (const DkimSelectorResult& s : i.dkim->selectors) {
            selectors.append(QJsonObject{{QStringLiteral("selector"), s.selector},
                                         {QStringLiteral("name"), s.queryName},
                                         {QStringLiteral("outcome"), dns::outcomeName(s.outcome)},
                                         {QStringLiteral("given"), s.given},
                                         {QStringLiteral("records"), QJsonArray::fromStringList(s.records)}});
        }
        o.insert(QStringLiteral("dkim"),
                 QJsonObject{{QStringLiteral("domainKey"), dns::outcomeName(i.dkim->domainKeyOutcome)},
                             {QStringLiteral("selectors"), selectors}});
    }
    if (i.dnsbl) {
        QJsonArray results;
        static const char* const STATUS[] = {"clean", "listed", "unchecked"};
        for (const DnsblResult& r : i.dnsbl->results) {
            results.append(QJsonObject{{QStringLiteral("list"), r.listId},
                                       {QStringLiteral("subject"), r.subject},
                                       {QStringLiteral("name"), r.queryName},
                                       {QStringLiteral("status"), QLatin1String(STATUS[int(r.status)])},
                                       {QStringLiteral("codes"), QJsonArray::fromStringList(r.codes)},
                                       {QStringLiteral("labels"), QJsonArray::fromStringList(r.labels)},
                                       {QStringLiteral("txt"), r.txt}});
        }
        o.insert(QStringLiteral("dnsbl"), results);
    }
    if (!i.gmail.isEmpty()) {
        QJsonArray reqs;
        for (const GmailRequirement& r : i.gmail) {
            reqs.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("audience"), r.audience},
                                    {QStringLiteral("replyCodes"), QJsonArray::fromStringList(r.replyCodes)},
                                    {QStringLiteral("status"), requirementStatusName(r.status)},
                                    {QStringLiteral("finding"), r.findingId}});
        }
        o.insert(QStringLiteral("requirements"), reqs);
    }
    for (auto it = i.extra.begin(); it != i.extra.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

} // namespace

QJsonObject toJson(const AuditReport& report)
{
    QJsonArray items;
    for (const AuditItem& i : report.items) {
        items.append(itemJson(i));
    }
    QJsonArray log;
    for (const DnsQueryLogEntry& e : report.queryLog) {
        log.append(QJsonObject{{QStringLiteral("name"), e.name},
                               {QStringLiteral("type"), dns::typeName(e.type)},
                               {QStringLiteral("server"), e.server},
                               {QStringLiteral("outcome"), dns::outcomeName(e.outcome)},
                               {QStringLiteral("rttMs"), e.rttMs},
                               {QStringLiteral("answers"), e.answerCount},
                               {QStringLiteral("fromCache"), e.fromCache}});
    }
    return QJsonObject{
        {QStringLiteral("domain"), report.domain.isEmpty() ? report.request.domain : report.domain},
        {QStringLiteral("status"), statusName(report.worst())},
        {QStringLiteral("cancelled"), report.cancelled},
        {QStringLiteral("items"), items},
        {QStringLiteral("queries"), int(report.queryLog.size())},
        {QStringLiteral("upstreamQueries"), report.upstreamQueries},
        {QStringLiteral("queryLog"), log},
    };
}

} // namespace audit

} // namespace todoku
