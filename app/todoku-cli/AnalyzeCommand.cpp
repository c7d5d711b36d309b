// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/AnalyzeCommand.h"

#include <QFile>
#include <QJsonArray>

#include "app/todoku-cli/CliContext.h"
#include "app/todoku-cli/WaitFor.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/diagnosis/MessageDiagnosis.h"
#include "core/diagnosis/MessageRecheck.h"

using namespace todoku;

namespace {

// Larger input is refused with a message rather than read: no real message is this big.
constexpr qint64 MAX_INPUT_BYTES = 64LL * 1024 * 1024;

QJsonObject authResultsJson(const AuthResultsField& f)
{
    QJsonArray results;
    for (const AuthResult& r : f.parsed.results) {
        QJsonObject properties;
        for (const auto& [k, v] : r.properties) {
            properties.insert(k, v);
        }
        QJsonObject o{{QStringLiteral("method"), r.method},
                      {QStringLiteral("result"), r.result},
                      {QStringLiteral("reason"), r.reason},
                      {QStringLiteral("properties"), properties}};
        if (!r.comments.isEmpty()) {
            o.insert(QStringLiteral("comments"), QJsonArray::fromStringList(r.comments));
        }
        results.append(o);
    }
    QJsonObject o{{QStringLiteral("authservId"), f.parsed.authservId},
                  {QStringLiteral("results"), results},
                  {QStringLiteral("header"), f.header},
                  {QStringLiteral("line"), f.line},
                  {QStringLiteral("trusted"), f.trusted},
                  {QStringLiteral("conformant"), f.parsed.conformant}};
    if (f.parsed.arcInstance > 0) {
        o.insert(QStringLiteral("arcInstance"), f.parsed.arcInstance);
    }
    return o;
}

QJsonObject hopJson(const MessageHop& h)
{
    QJsonObject o{
        {QStringLiteral("from"), h.from},
        {QStringLiteral("helo"), h.helo},
        {QStringLiteral("reverseDns"), h.reverseDns},
        {QStringLiteral("ip"), h.ip},
        {QStringLiteral("by"), h.by},
        {QStringLiteral("with"), h.with},
        {QStringLiteral("tls"), h.tls},
        {QStringLiteral("authenticated"), h.authenticated},
        {QStringLiteral("date"),
         h.date.isValid() ? QJsonValue(h.date.toString(Qt::ISODate)) : QJsonValue::Null},
        {QStringLiteral("delaySeconds"), h.delaySeconds ? QJsonValue(*h.delaySeconds) : QJsonValue::Null},
        {QStringLiteral("line"), h.line}};
    if (h.skewSeconds) {
        o.insert(QStringLiteral("skewSeconds"), *h.skewSeconds);
    }
    return o;
}

} // namespace

QString AnalyzeCommand::summary() const
{
    return tr("Explain a pasted Gmail \"Show original\" page, message, headers or bounce.");
}

void AnalyzeCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to read, or - for standard input."));
}

QJsonObject AnalyzeCommand::toJson(const MessageDiagnosis& d)
{
    QJsonArray auth;
    for (const AuthResultsField& f : d.authenticationResults) {
        auth.append(authResultsJson(f));
    }
    QJsonArray dkim;
    for (const DkimSignatureSummary& s : d.dkimSignatures) {
        dkim.append(QJsonObject{{QStringLiteral("domain"), s.domain},
                                {QStringLiteral("selector"), s.selector},
                                {QStringLiteral("algorithm"), s.algorithm},
                                {QStringLiteral("verification"), s.verification},
                                {QStringLiteral("reason"), s.reason},
                                {QStringLiteral("truncated"), s.truncated},
                                {QStringLiteral("line"), s.line}});
    }
    QJsonArray hops;
    for (const MessageHop& h : d.hops) {
        hops.append(hopJson(h));
    }
    return QJsonObject{
        {QStringLiteral("inputKind"), PastedInput::kindName(d.inputKind)},
        {QStringLiteral("verdict"),
         QJsonObject{{QStringLiteral("placement"), MessageDiagnosis::placementName(d.placement)},
                     {QStringLiteral("summary"), d.summary()},
                     {QStringLiteral("deferred"), d.deferred},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(d.reasons)}}},
        {QStringLiteral("findings"), FindingCatalog::toJson(d.findings)},
        {QStringLiteral("authenticationResults"), auth},
        {QStringLiteral("dkimSignatures"), dkim},
        {QStringLiteral("hops"), hops},
    };
}

namespace {

/** The live re-checks, waited for: the CLI has nothing else to do meanwhile. */
MessageRechecks recheck(const PastedInput& pasted, const MessageDiagnosis& offline, DnsResolver* resolver)
{
    MessageRecheck recheck(resolver);
    waitFor(&recheck, &MessageRecheck::finished, [&] {
        recheck.start(offline,
                      offline.dkimSignatures.isEmpty()
                          ? QList<DkimPrepared>{}
                          : dkim::prepare(pasted.message, DkimBodyDiagnosis::sourceOf(pasted)));
    });
    return recheck.rechecks();
}

} // namespace

int AnalyzeCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        context.err() << tr("Usage: todoku-cli analyze FILE | todoku-cli analyze -") << '\n';
        context.err().flush();
        return ExitUsage;
    }
    QFile file;
    const bool stdinInput = args.at(0) == u"-";
    if (stdinInput ? !file.open(stdin, QIODevice::ReadOnly)
                   : (file.setFileName(args.at(0)), !file.open(QIODevice::ReadOnly))) {
        return context.failInput(tr("Cannot read %1: %2").arg(args.at(0), file.errorString()));
    }
    const QByteArray input = file.read(MAX_INPUT_BYTES + 1);
    if (input.size() > MAX_INPUT_BYTES) {
        return context.failInput(tr("%1 is larger than 64 MB; that is not a mail message.").arg(args.at(0)));
    }
    // The paste is read once; the live pass only adds what DNS says now to the same reading.
    const PastedInput pasted = PastedInput::read(input);
    const MessageDiagnosis offline = MessageDiagnosis::analyze(pasted, input);
    const bool live = !context.options().offline;
    const MessageDiagnosis d =
        live ? MessageDiagnosis::analyze(pasted, input, recheck(pasted, offline, context.resolver()))
             : offline;
    const bool unusable = std::any_of(d.findings.begin(), d.findings.end(), [](const Finding& f) {
        return f.id.startsWith(QLatin1String("input."));
    });
    if (context.options().json) {
        QJsonObject o = toJson(d);
        o.insert(QStringLiteral("live"), live);
        context.printJson(o);
        return unusable ? ExitBadInput : ExitDone;
    }
    QTextStream& out = context.out();
    out << tr("Input: %1").arg(PastedInput::kindName(d.inputKind)) << '\n';
    out << tr("Verdict: %1").arg(d.summary()) << '\n';
    context.printFindings(d.findings);
    if (!d.hops.isEmpty()) {
        out << tr("Hops:") << '\n';
        for (const MessageHop& h : d.hops) {
            QString timing;
            if (h.skewSeconds) {
                timing = tr("clock skew %1 s").arg(*h.skewSeconds);
            } else if (h.delaySeconds) {
                timing = tr("+%1 s").arg(*h.delaySeconds);
            }
            out << "  " << h.helo << " [" << h.ip << "] → " << h.by << ' ' << h.with
                << (h.tls ? QStringLiteral(" TLS") : QString()) << ' ' << timing << '\n';
        }
    }
    out.flush();
    return unusable ? ExitBadInput : ExitDone;
}
