// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/SpfCommand.h"

#include "app/todoku-cli/CliContext.h"
#include "app/todoku-cli/WaitFor.h"
#include "core/common/ErrorText.h"
#include "core/dns/DnsName.h"
#include "core/spf/SpfEvaluator.h"

using namespace todoku;

namespace {

const QString IP_OPTION = QStringLiteral("ip");
const QString SENDER_OPTION = QStringLiteral("sender");
const QString HELO_OPTION = QStringLiteral("helo");
const QString TRACE_OPTION = QStringLiteral("trace");

QString statusText(SpfTermTrace::Status status)
{
    switch (status) {
    case SpfTermTrace::Status::Match:
        return SpfCommand::tr("match");
    case SpfTermTrace::Status::NoMatch:
        return SpfCommand::tr("no match");
    case SpfTermTrace::Status::Error:
        return SpfCommand::tr("error");
    case SpfTermTrace::Status::Unknown:
        return SpfCommand::tr("not fetched");
    }
    Q_UNREACHABLE();
}

} // namespace

QString SpfCommand::summary() const
{
    return tr("Evaluate SPF for a domain and a sending IP address, as a receiving server does (RFC 7208).");
}

void SpfCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        IP_OPTION, tr("The IP address of the sending server (required)."), QStringLiteral("IP")));
    parser.addOption(QCommandLineOption(SENDER_OPTION,
                                        tr("The envelope sender (MAIL FROM); default: postmaster@DOMAIN."),
                                        QStringLiteral("ADDR")));
    parser.addOption(
        QCommandLineOption(HELO_OPTION, tr("The HELO/EHLO name the server gave."), QStringLiteral("NAME")));
    parser.addOption(
        QCommandLineOption(TRACE_OPTION, tr("Show every record, term and DNS query evaluated.")));
    parser.addPositionalArgument(QStringLiteral("domain"), tr("The domain whose SPF record is evaluated."));
}

void SpfCommand::printTree(QTextStream& out, const SpfNode& node, int depth, bool evaluation)
{
    const QString indent(depth * 2, u' ');
    if (!node.fetched) {
        out << indent << node.domain << "  "
            << (node.loop ? tr("(already evaluated above: a loop)") : tr("(not fetched)")) << '\n';
        return;
    }
    out << indent << node.domain << "  ";
    if (node.record.isEmpty()) {
        out << spf::resultName(node.result) << " (" << spf::reasonName(node.reason) << ')';
    } else {
        out << '"' << node.record << '"';
    }
    out << "  " << tr("[%n lookup(s) in this branch]", nullptr, node.lookups) << '\n';
    for (const SpfTermTrace& t : node.terms) {
        if (!evaluation && !t.countsLookup) {
            continue;
        }
        out << indent << "  " << t.term;
        if (!t.target.isEmpty() && t.child < 0) {
            out << " -> " << t.target;
        }
        if (evaluation) {
            out << "  " << statusText(t.status);
        }
        if (t.voidLookup) {
            out << ' ' << tr("(void lookup)");
        }
        out << '\n';
        if (evaluation) {
            for (const SpfQueryTrace& q : t.queries) {
                out << indent << "      " << q.name << ' ' << dns::typeName(q.type) << ": "
                    << dns::outcomeName(q.outcome);
                if (!q.answers.isEmpty()) {
                    out << "  " << q.answers.join(QStringLiteral(", "));
                }
                out << '\n';
            }
        }
        if (t.child >= 0 && t.child < int(node.children.size())) {
            printTree(out, node.children.at(size_t(t.child)), depth + 2, evaluation);
        }
    }
}

int SpfCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(IP_OPTION)) {
        context.err() << tr("Usage: todoku-cli spf DOMAIN --ip IP [--sender ADDR] [--helo NAME] [--trace]")
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    const auto domain = dns::toAce(args.at(0));
    if (!domain) {
        return context.failInput(ErrorText::text(domain.error()));
    }
    const QHostAddress ip(parser.value(IP_OPTION));
    if (ip.isNull()) {
        return context.failInput(
            ErrorText::text(Error::make(ErrorCode::InvalidIpAddress, {parser.value(IP_OPTION)})));
    }
    if (context.options().offline) {
        return context.failInput(tr("The spf command needs DNS, but --offline forbids queries."));
    }
    const QString sender =
        parser.isSet(SENDER_OPTION) ? parser.value(SENDER_OPTION) : u"postmaster@" + domain.value();
    SpfRequest request = SpfRequest::forMailFrom(ip, sender, parser.value(HELO_OPTION));
    // check_host()'s <domain> is the one named; the sender only feeds the macros (RFC 7208 §4.1).
    request.domain = domain.value();

    SpfEvaluator evaluator(context.resolver());
    waitFor(&evaluator, &SpfEvaluator::finished, [&] { evaluator.start(request); });
    const SpfResult& r = evaluator.result();

    if (context.options().json) {
        context.printJson(spf::toJson(r));
        return ExitDone;
    }
    QTextStream& out = context.out();
    out << tr("SPF for %1 from %2: %3")
               .arg(dns::toUnicode(r.request.domain), ip.toString(), spf::resultName(r.result))
        << '\n';
    if (!r.matchedPath.isEmpty()) {
        out << "  "
            << tr("Decided by: %1 (record of %2)")
                   .arg(r.matchedPath.join(QStringLiteral(" > ")), r.matchedDomain)
            << '\n';
    }
    if (!r.explanation.isEmpty()) {
        out << "  " << tr("Explanation: %1").arg(r.explanation) << '\n';
    }
    out << "  "
        << tr("DNS lookups: %1 of 10 (void: %2 of 2); the whole include tree needs %3")
               .arg(r.lookups)
               .arg(r.voidLookups)
               .arg(r.includeTree.lookups)
        << '\n';
    out << "  " << tr("%n DNS queries", nullptr, int(r.queries.size())) << '\n';
    if (parser.isSet(TRACE_OPTION)) {
        out << '\n' << tr("Evaluation:") << '\n';
        printTree(out, r.trace, 1, true);
        out << '\n' << tr("Include tree (every branch, with its lookup cost):") << '\n';
        printTree(out, r.includeTree, 1, false);
        out << '\n';
    }
    context.printFindings(r.findings);
    out.flush();
    return ExitDone;
}
