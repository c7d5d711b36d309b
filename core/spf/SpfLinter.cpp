// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spf/SpfLinter.h"

#include <QJsonArray>

#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/DnsResolver.h"
#include "core/spf/SpfEvaluator.h"

namespace todoku {

namespace spf {

namespace {

constexpr int MAX_LOOKUPS = 10;
constexpr int MAX_VOID_LOOKUPS = 2;
constexpr int MAX_STRING = 255;
// A TXT answer above this many bytes of rdata leaves too little room under 512 bytes for the header and
// question: UDP answers get truncated and resolvers must retry over TCP, which some networks block.
constexpr int UDP_WARNING_BYTES = 450;

Evidence recordEvidence(const QString& domain, const QString& text)
{
    return Evidence::dns(domain, QStringLiteral("TXT"), text);
}

void lintNode(const SpfNode& node, const SpfNode* parent, QList<Finding>& out)
{
    if (node.fetched) {
        switch (node.reason) {
        case SpfReason::MultipleRecords: {
            Finding f = Finding::make(QStringLiteral("spf.multiple-records"),
                                      Severity::Error,
                                      {node.domain, QString::number(node.spfRecords.size())});
            for (const QString& r : node.spfRecords) {
                f.withEvidence(recordEvidence(node.domain, r));
            }
            out.append(f);
            break;
        }
        case SpfReason::Syntax:
            if (node.syntaxError) {
                out.append(syntaxFinding(node.domain, *node.syntaxError)
                               .withEvidence(recordEvidence(node.domain, node.record)));
            }
            break;
        case SpfReason::NoRecord:
            if (parent) {
                const bool redirect = node.via.startsWith(u"redirect=");
                out.append(Finding::make(redirect ? QStringLiteral("spf.redirect-none")
                                                  : QStringLiteral("spf.include-none"),
                                         Severity::Error,
                                         {node.domain, parent->domain})
                               .withEvidence(recordEvidence(parent->domain, parent->record)));
            }
            break;
        case SpfReason::DnsFailure:
            if (parent) {
                out.append(Finding::make(QStringLiteral("spf.include-unreachable"),
                                         Severity::Warning,
                                         {node.domain, parent->domain, dns::outcomeName(node.txtOutcome)}));
            }
            break;
        default:
            break;
        }
    }
    for (const SpfNode& child : node.children) {
        lintNode(child, &node, out);
    }
}

} // namespace

QList<Finding> lintRecord(const SpfRecord& record, const QString& domain)
{
    QList<Finding> out;
    const Evidence evidence = recordEvidence(domain, record.text);
    int allIndex = -1;
    for (int i = 0; i < record.mechanisms.size(); ++i) {
        const SpfMechanism& m = record.mechanisms.at(i);
        if (m.kind == SpfMechanismKind::Ptr) {
            out.append(Finding::make(QStringLiteral("spf.ptr-mechanism"), Severity::Warning, {domain, m.text})
                           .withEvidence(evidence));
        }
        if (m.kind == SpfMechanismKind::All && allIndex < 0) {
            allIndex = i;
            if (m.qualifier == SpfQualifier::Pass) {
                out.append(Finding::make(QStringLiteral("spf.all-pass"), Severity::Error, {domain, m.text})
                               .withEvidence(evidence));
            } else if (m.qualifier == SpfQualifier::Neutral) {
                out.append(
                    Finding::make(QStringLiteral("spf.all-neutral"), Severity::Warning, {domain, m.text})
                        .withEvidence(evidence));
            } else if (m.qualifier == SpfQualifier::SoftFail) {
                out.append(
                    Finding::make(QStringLiteral("spf.softfail-all"), Severity::Info, {domain, m.text}));
            }
        }
    }
    if (allIndex >= 0 && allIndex + 1 < record.mechanisms.size()) {
        out.append(Finding::make(
                       QStringLiteral("spf.terms-after-all"),
                       Severity::Warning,
                       {domain, record.mechanisms.at(allIndex + 1).text, record.mechanisms.at(allIndex).text})
                       .withEvidence(evidence));
    }
    if (allIndex >= 0 && record.redirect) {
        out.append(Finding::make(QStringLiteral("spf.redirect-ignored"),
                                 Severity::Warning,
                                 {domain, u"redirect=" + *record.redirect})
                       .withEvidence(evidence));
    }
    if (allIndex < 0 && !record.redirect) {
        out.append(
            Finding::make(QStringLiteral("spf.no-all"), Severity::Warning, {domain}).withEvidence(evidence));
    }
    // ip4/ip6 networks listed twice or inside another one: harmless to receivers, but a sign of a record
    // edited by hand in several places.
    for (int i = 0; i < record.mechanisms.size(); ++i) {
        const SpfMechanism& a = record.mechanisms.at(i);
        if (a.kind != SpfMechanismKind::Ip4 && a.kind != SpfMechanismKind::Ip6) {
            continue;
        }
        const bool v6 = a.kind == SpfMechanismKind::Ip6;
        for (int j = 0; j < record.mechanisms.size(); ++j) {
            const SpfMechanism& b = record.mechanisms.at(j);
            if (i == j || b.kind != a.kind || b.qualifier != a.qualifier) {
                continue;
            }
            const bool inside = a.network.isInSubnet(b.network, b.prefixLength(v6))
                                && b.prefixLength(v6) <= a.prefixLength(v6);
            const bool same = b.prefixLength(v6) == a.prefixLength(v6) && inside;
            // A duplicate pair is reported once, on its later term; a contained network on itself.
            if (inside && (!same || j < i)) {
                out.append(Finding::make(QStringLiteral("spf.duplicate-network"),
                                         Severity::Info,
                                         {domain, a.text, b.text})
                               .withEvidence(evidence));
                break;
            }
        }
    }
    if (record.text.size() > MAX_STRING) {
        out.append(Finding::make(QStringLiteral("spf.long-string"),
                                 Severity::Info,
                                 {domain, QString::number(record.text.size())}));
    }
    return out;
}

QList<Finding> lintTree(const SpfNode& tree, const DnsAnswer* txt)
{
    QList<Finding> out;
    if (tree.lookups > MAX_LOOKUPS) {
        out.append(Finding::make(QStringLiteral("spf.too-many-lookups"),
                                 Severity::Error,
                                 {tree.domain, QString::number(tree.lookups), branchCosts(tree)})
                       .withEvidence(recordEvidence(tree.domain, tree.record)));
    }
    if (tree.voidLookups > MAX_VOID_LOOKUPS) {
        out.append(Finding::make(QStringLiteral("spf.void-lookups"),
                                 Severity::Error,
                                 {tree.domain, QString::number(tree.voidLookups)}));
    }
    lintNode(tree, nullptr, out);
    if (txt && txt->isAnswer()) {
        int bytes = 0;
        for (const DnsRecord& r : txt->records) {
            for (const QByteArray& s : r.strings) {
                bytes += int(s.size()) + 1;
            }
        }
        if (bytes > UDP_WARNING_BYTES) {
            out.append(
                Finding::make(QStringLiteral("spf.udp-size"),
                              Severity::Warning,
                              {tree.domain, QString::number(bytes), QString::number(txt->records.size())}));
        }
    }
    return out;
}

QJsonObject toJson(const SpfLintReport& report)
{
    return QJsonObject{{QStringLiteral("domain"), report.domain},
                       {QStringLiteral("record"), report.record},
                       {QStringLiteral("lookups"), report.lookups()},
                       {QStringLiteral("voidLookups"), report.voidLookups()},
                       {QStringLiteral("queries"), int(report.queries.size())},
                       {QStringLiteral("includeTree"), toJson(report.includeTree)},
                       {QStringLiteral("findings"), FindingCatalog::toJson(report.findings)}};
}

} // namespace spf

SpfLinter::SpfLinter(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

SpfLinter::~SpfLinter() = default;

void SpfLinter::start(const QString& domain, const std::optional<QString>& record)
{
    m_report = SpfLintReport{};
    m_report.domain = domain;
    // The include tree does not depend on the client address; 192.0.2.0 (TEST-NET-1) stands in for it.
    SpfRequest request = SpfRequest::forMailFrom(
        QHostAddress(QStringLiteral("192.0.2.0")), u"postmaster@" + domain, QString());
    request.domain = domain;
    request.record = record;
    m_typed = record.has_value();
    delete m_evaluator;
    m_evaluator = new SpfEvaluator(m_resolver, this);
    m_evaluator->setExploreBudget(400);
    connect(m_evaluator, &SpfEvaluator::finished, this, &SpfLinter::onEvaluated);
    m_evaluator->start(request);
}

void SpfLinter::onEvaluated()
{
    const SpfResult& r = m_evaluator->result();
    m_report.includeTree = r.includeTree;
    m_report.queries = r.queries;
    m_report.record = r.includeTree.record;
    const DnsAnswer* txt = nullptr;
    for (const DnsAnswer& a : r.queries) {
        if (a.type == DnsRecordType::TXT && a.name.compare(m_report.domain, Qt::CaseInsensitive) == 0) {
            txt = &a;
        }
    }
    if (!r.includeTree.fetched || r.includeTree.reason == SpfReason::NoRecord
        || r.includeTree.reason == SpfReason::DnsFailure
        || r.includeTree.reason == SpfReason::InvalidDomain) {
        // Nothing to lint: say why with the evaluation's own finding (spf.none, spf.temperror).
        m_report.findings = r.findings.mid(0, 1);
    } else {
        if (const auto parsed = SpfRecord::parse(m_report.record);
            parsed && r.includeTree.spfRecords.size() == 1) {
            m_report.findings = spf::lintRecord(parsed.value(), m_report.domain);
            if (!m_typed) {
                // Published records are split into strings already; the advice is for typing one in.
                m_report.findings.removeIf([](const Finding& f) { return f.id == u"spf.long-string"; });
            }
        }
        m_report.findings += spf::lintTree(r.includeTree, txt);
    }
    emit finished();
}

} // namespace todoku
