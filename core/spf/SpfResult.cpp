// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spf/SpfResult.h"

#include <QJsonArray>

#include "core/common/ErrorText.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/DnsName.h"

namespace todoku {

namespace {

QString normalizedName(QString name)
{
    name = dns::withoutTrailingDot(name.trimmed());
    Result<QString> ace = dns::toAce(name);
    return ace ? ace.value() : name.toLower();
}

struct ResultName
{
    SpfResultCode code;
    const char* name;
};

constexpr ResultName RESULT_NAMES[] = {
    {SpfResultCode::None, "none"},
    {SpfResultCode::Neutral, "neutral"},
    {SpfResultCode::Pass, "pass"},
    {SpfResultCode::Fail, "fail"},
    {SpfResultCode::SoftFail, "softfail"},
    {SpfResultCode::TempError, "temperror"},
    {SpfResultCode::PermError, "permerror"},
};

QString termStatusName(SpfTermTrace::Status status)
{
    switch (status) {
    case SpfTermTrace::Status::Match:
        return QStringLiteral("match");
    case SpfTermTrace::Status::NoMatch:
        return QStringLiteral("no-match");
    case SpfTermTrace::Status::Error:
        return QStringLiteral("error");
    case SpfTermTrace::Status::Unknown:
        return QStringLiteral("unknown");
    }
    Q_UNREACHABLE();
}

QJsonObject termJson(const SpfTermTrace& t, const SpfNode& node)
{
    QJsonObject o{{QStringLiteral("term"), t.term},
                  {QStringLiteral("position"), t.position},
                  {QStringLiteral("status"), termStatusName(t.status)},
                  {QStringLiteral("countsLookup"), t.countsLookup}};
    if (!t.target.isEmpty()) {
        o.insert(QStringLiteral("target"), t.target);
    }
    if (t.voidLookup) {
        o.insert(QStringLiteral("voidLookup"), true);
    }
    QJsonArray queries;
    for (const SpfQueryTrace& q : t.queries) {
        queries.append(QJsonObject{{QStringLiteral("name"), q.name},
                                   {QStringLiteral("type"), dns::typeName(q.type)},
                                   {QStringLiteral("outcome"), dns::outcomeName(q.outcome)},
                                   {QStringLiteral("answers"), QJsonArray::fromStringList(q.answers)}});
    }
    if (!queries.isEmpty()) {
        o.insert(QStringLiteral("queries"), queries);
    }
    if (t.child >= 0 && t.child < int(node.children.size())) {
        o.insert(QStringLiteral("record"), spf::toJson(node.children.at(size_t(t.child))));
    }
    return o;
}

} // namespace

SpfRequest SpfRequest::forMailFrom(const QHostAddress& ip, const QString& mailFrom, const QString& helo)
{
    QString from = mailFrom.trimmed();
    if (from.startsWith(u'<') && from.endsWith(u'>')) {
        from = from.mid(1, from.size() - 2);
    }
    if (from.isEmpty()) {
        return forHelo(ip, helo);
    }
    SpfRequest r;
    r.ip = ip;
    r.helo = helo.trimmed();
    const qsizetype at = from.lastIndexOf(u'@');
    const QString local = at > 0 ? from.left(at) : QStringLiteral("postmaster");
    r.domain = normalizedName(at >= 0 ? from.mid(at + 1) : from);
    r.sender = local + u'@' + r.domain;
    return r;
}

SpfRequest SpfRequest::forHelo(const QHostAddress& ip, const QString& helo)
{
    SpfRequest r;
    r.ip = ip;
    r.helo = helo.trimmed();
    r.identity = SpfIdentity::Helo;
    r.domain = normalizedName(r.helo);
    r.sender = u"postmaster@" + r.domain;
    return r;
}

namespace spf {

QString resultName(SpfResultCode code)
{
    for (const ResultName& r : RESULT_NAMES) {
        if (r.code == code) {
            return QString::fromLatin1(r.name);
        }
    }
    Q_UNREACHABLE();
}

std::optional<SpfResultCode> parseResultName(const QString& name)
{
    for (const ResultName& r : RESULT_NAMES) {
        if (name.compare(QLatin1String(r.name), Qt::CaseInsensitive) == 0) {
            return r.code;
        }
    }
    return std::nullopt;
}

QString reasonName(SpfReason reason)
{
    switch (reason) {
    case SpfReason::Matched:
        return QStringLiteral("matched");
    case SpfReason::DefaultNeutral:
        return QStringLiteral("no-match");
    case SpfReason::InvalidDomain:
        return QStringLiteral("invalid-domain");
    case SpfReason::NoRecord:
        return QStringLiteral("no-record");
    case SpfReason::MultipleRecords:
        return QStringLiteral("multiple-records");
    case SpfReason::Syntax:
        return QStringLiteral("syntax");
    case SpfReason::TooManyLookups:
        return QStringLiteral("too-many-lookups");
    case SpfReason::TooManyVoidLookups:
        return QStringLiteral("too-many-void-lookups");
    case SpfReason::TooManyMxRecords:
        return QStringLiteral("too-many-mx-records");
    case SpfReason::DnsFailure:
        return QStringLiteral("dns-failure");
    case SpfReason::IncludeNone:
        return QStringLiteral("include-none");
    case SpfReason::RedirectNone:
        return QStringLiteral("redirect-none");
    case SpfReason::InvalidTarget:
        return QStringLiteral("invalid-target");
    }
    Q_UNREACHABLE();
}

SpfResultCode resultOf(SpfQualifier qualifier)
{
    switch (qualifier) {
    case SpfQualifier::Pass:
        return SpfResultCode::Pass;
    case SpfQualifier::Fail:
        return SpfResultCode::Fail;
    case SpfQualifier::SoftFail:
        return SpfResultCode::SoftFail;
    case SpfQualifier::Neutral:
        return SpfResultCode::Neutral;
    }
    Q_UNREACHABLE();
}

QJsonObject toJson(const SpfNode& node)
{
    QJsonObject o{{QStringLiteral("domain"), node.domain},
                  {QStringLiteral("lookups"), node.lookups},
                  {QStringLiteral("ownLookups"), node.ownLookups},
                  {QStringLiteral("voidLookups"), node.voidLookups}};
    if (!node.via.isEmpty()) {
        o.insert(QStringLiteral("via"), node.via);
    }
    if (node.fetched) {
        o.insert(QStringLiteral("txtOutcome"), dns::outcomeName(node.txtOutcome));
        o.insert(QStringLiteral("result"), resultName(node.result));
        o.insert(QStringLiteral("reason"), reasonName(node.reason));
    } else {
        o.insert(QStringLiteral("fetched"), false);
    }
    if (node.loop) {
        o.insert(QStringLiteral("loop"), true);
    }
    if (!node.record.isEmpty()) {
        o.insert(QStringLiteral("record"), node.record);
    }
    if (node.spfRecords.size() > 1) {
        o.insert(QStringLiteral("records"), QJsonArray::fromStringList(node.spfRecords));
    }
    if (node.syntaxError) {
        o.insert(QStringLiteral("syntaxError"),
                 QJsonObject{{QStringLiteral("position"), node.syntaxError->position},
                             {QStringLiteral("code"), ErrorText::detailCode(node.syntaxError->detail)},
                             {QStringLiteral("problem"),
                              ErrorText::detailText(node.syntaxError->detail, node.syntaxError->detailArgs)},
                             {QStringLiteral("term"), node.syntaxError->args.value(0)}});
    }
    QJsonArray terms;
    for (const SpfTermTrace& t : node.terms) {
        terms.append(termJson(t, node));
    }
    o.insert(QStringLiteral("terms"), terms);
    return o;
}

QJsonObject toJson(const SpfResult& r)
{
    QJsonObject o{
        {QStringLiteral("domain"), r.request.domain},
        {QStringLiteral("ip"), r.request.ip.toString()},
        {QStringLiteral("sender"), r.request.sender},
        {QStringLiteral("identity"),
         r.request.identity == SpfIdentity::Helo ? QStringLiteral("helo") : QStringLiteral("mailfrom")},
        {QStringLiteral("result"), resultName(r.result)},
        {QStringLiteral("reason"), reasonName(r.reason)},
        {QStringLiteral("matched"), r.matched},
        {QStringLiteral("explanation"), r.explanation},
        {QStringLiteral("lookups"), r.lookups},
        {QStringLiteral("voidLookups"), r.voidLookups},
        {QStringLiteral("worstCaseLookups"), r.includeTree.lookups},
        {QStringLiteral("queries"), int(r.queries.size())},
        {QStringLiteral("trace"), toJson(r.trace)},
        {QStringLiteral("includeTree"), toJson(r.includeTree)},
        {QStringLiteral("findings"), FindingCatalog::toJson(r.findings)}};
    if (!r.request.helo.isEmpty()) {
        o.insert(QStringLiteral("helo"), r.request.helo);
    }
    if (!r.matchedPath.isEmpty()) {
        o.insert(QStringLiteral("matchedPath"), QJsonArray::fromStringList(r.matchedPath));
    }
    if (!r.matchedDomain.isEmpty()) {
        o.insert(QStringLiteral("matchedDomain"), r.matchedDomain);
    }
    if (!r.reasonDomain.isEmpty()) {
        o.insert(QStringLiteral("reasonDomain"), r.reasonDomain);
    }
    if (!r.reasonDetail.isEmpty()) {
        o.insert(QStringLiteral("reasonDetail"), r.reasonDetail);
    }
    return o;
}

} // namespace spf
} // namespace todoku

namespace todoku::spf {

namespace {

Severity severityOf(SpfResultCode code)
{
    switch (code) {
    case SpfResultCode::Pass:
        return Severity::Ok;
    case SpfResultCode::Fail:
    case SpfResultCode::PermError:
        return Severity::Error;
    default:
        return Severity::Warning;
    }
}

/** The node of `tree` for `domain`, depth first; the tree itself if none. */
const SpfNode& nodeFor(const SpfNode& tree, const QString& domain)
{
    if (tree.domain == domain) {
        return tree;
    }
    for (const SpfNode& child : tree.children) {
        const SpfNode& found = nodeFor(child, domain);
        if (found.domain == domain) {
            return found;
        }
    }
    return tree;
}

} // namespace

QString branchCosts(const SpfNode& tree)
{
    QList<QPair<int, QString>> costs;
    for (const SpfTermTrace& t : tree.terms) {
        if (!t.countsLookup) {
            continue;
        }
        int cost = 1;
        if (t.child >= 0 && t.child < int(tree.children.size())) {
            cost += tree.children.at(size_t(t.child)).lookups;
        }
        costs.append({cost, t.term});
    }
    std::stable_sort(
        costs.begin(), costs.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList parts;
    for (const auto& [cost, term] : costs) {
        parts.append(QStringLiteral("%1 (%2)").arg(term).arg(cost));
    }
    return parts.join(QStringLiteral(", "));
}

Finding syntaxFinding(const QString& domain, const Error& error)
{
    return Finding::make(QStringLiteral("spf.syntax"),
                         Severity::Error,
                         QStringList{domain,
                                     error.args.value(0),
                                     QString::number(error.position + 1),
                                     ErrorText::detailCode(error.detail)}
                             + error.detailArgs);
}

QList<Finding> evaluationFindings(const SpfResult& r)
{
    const QString domain = r.request.domain;
    const QString ip = r.request.ip.toString();
    QStringList args{domain, ip};
    switch (r.reason) {
    case SpfReason::Matched:
        args << r.matchedPath.value(r.matchedPath.size() - 1) << r.matchedDomain;
        break;
    case SpfReason::DnsFailure:
        args << r.reasonDomain << r.reasonDetail;
        break;
    case SpfReason::DefaultNeutral:
        args << QString() << domain;
        break;
    default:
        args << r.reasonDetail << r.reasonDomain;
        break;
    }
    Finding main = Finding::make(u"spf." + resultName(r.result), severityOf(r.result), args);
    if (!r.trace.record.isEmpty()) {
        main.withEvidence(Evidence::dns(domain, QStringLiteral("TXT"), r.trace.record));
    }
    QList<Finding> out{main};

    const SpfNode& where = nodeFor(r.trace, r.reasonDomain);
    switch (r.reason) {
    case SpfReason::TooManyLookups:
        out.append(Finding::make(QStringLiteral("spf.too-many-lookups"),
                                 Severity::Error,
                                 {domain,
                                  QString::number(std::max(r.includeTree.lookups, r.lookups)),
                                  branchCosts(r.includeTree)}));
        break;
    case SpfReason::TooManyVoidLookups:
        out.append(Finding::make(
            QStringLiteral("spf.void-lookups"), Severity::Error, {r.reasonDomain, r.reasonDetail}));
        break;
    case SpfReason::MultipleRecords: {
        Finding f = Finding::make(QStringLiteral("spf.multiple-records"),
                                  Severity::Error,
                                  {r.reasonDomain, QString::number(where.spfRecords.size())});
        for (const QString& record : where.spfRecords) {
            f.withEvidence(Evidence::dns(r.reasonDomain, QStringLiteral("TXT"), record));
        }
        out.append(f);
        break;
    }
    case SpfReason::Syntax:
        if (r.syntaxError) {
            Finding f = syntaxFinding(r.reasonDomain, *r.syntaxError);
            f.withEvidence(Evidence::dns(r.reasonDomain, QStringLiteral("TXT"), where.record));
            out.append(f);
        }
        break;
    case SpfReason::IncludeNone:
    case SpfReason::RedirectNone:
    case SpfReason::InvalidTarget: {
        const char* id = r.reason == SpfReason::IncludeNone    ? "spf.include-none"
                         : r.reason == SpfReason::RedirectNone ? "spf.redirect-none"
                                                               : "spf.invalid-target";
        const QString target = r.reason == SpfReason::InvalidTarget ? r.reasonDetail : r.reasonDomain;
        const QString record = r.reason == SpfReason::InvalidTarget ? r.reasonDomain : domain;
        out.append(Finding::make(QString::fromLatin1(id), Severity::Error, {target, record}));
        break;
    }
    case SpfReason::TooManyMxRecords:
        out.append(Finding::make(
            QStringLiteral("spf.mx-too-many"), Severity::Error, {r.reasonDomain, r.reasonDetail}));
        break;
    default:
        break;
    }
    return out;
}

} // namespace todoku::spf
