// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/todoku-cli/DkimCommand.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "app/todoku-cli/CliContext.h"
#include "core/common/ErrorText.h"
#include "core/common/MappedFile.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/dkim/ArcVerifier.h"
#include "core/dkim/DkimKeyGenerator.h"
#include "core/dkim/DkimVerifier.h"
#include "core/dns/DnsName.h"
#include "core/setup/RecordRenderer.h"

using namespace todoku;

namespace {

const QString DOMAIN_OPTION = QStringLiteral("domain");
const QString SELECTOR_OPTION = QStringLiteral("selector");
const QString TYPE_OPTION = QStringLiteral("type");
const QString OUT_OPTION = QStringLiteral("out");

QJsonObject verificationJson(const DkimVerification& v)
{
    return QJsonObject{
        {QStringLiteral("domain"), v.domain},
        {QStringLiteral("selector"), v.selector},
        {QStringLiteral("algorithm"), v.algorithm},
        {QStringLiteral("verification"), DkimVerification::resultName(v.result)},
        {QStringLiteral("reason"), v.reason},
        {QStringLiteral("reasonArgs"), QJsonArray::fromStringList(v.reasonArgs)},
        {QStringLiteral("headerLine"), v.headerLine},
        {QStringLiteral("keyBits"), v.keyBits},
        {QStringLiteral("findings"), FindingCatalog::toJson(v.findings)},
    };
}

// "pass", or "fail (signature-mismatch)": a verification result with its reason code unless it is "ok".
QString outcome(const QString& result, const QString& reason)
{
    return reason.isEmpty() || reason == u"ok" ? result : result + QStringLiteral(" (") + reason + u')';
}

// DESIGN.md's {"chain", "instances", "brokenAt"}, with the reason and what was verified of each ARC set.
QJsonObject arcJson(const ArcValidation& v)
{
    QJsonArray sets;
    for (const ArcSetResult& s : v.sets) {
        sets.append(QJsonObject{
            {QStringLiteral("instance"), s.instance},
            {QStringLiteral("cv"), s.cv},
            {QStringLiteral("domain"), s.sealDomain},
            {QStringLiteral("selector"), s.sealSelector},
            {QStringLiteral("headerLine"), s.sealLine},
            {QStringLiteral("seal"), s.seal},
            {QStringLiteral("sealReason"), s.sealReason},
            {QStringLiteral("messageSignature"), s.messageSignature},
            {QStringLiteral("messageSignatureReason"), s.messageSignatureReason},
        });
    }
    return QJsonObject{
        {QStringLiteral("chain"), ArcValidation::chainName(v.chain)},
        {QStringLiteral("instances"), v.instances},
        {QStringLiteral("brokenAt"), v.brokenAt},
        {QStringLiteral("reason"), v.reason},
        {QStringLiteral("detail"), v.detail},
        {QStringLiteral("sets"), sets},
        {QStringLiteral("findings"), FindingCatalog::toJson(v.findings)},
    };
}

} // namespace

QString DkimCommand::summary() const
{
    return tr(
        "Make a DKIM key pair (dkim keygen) or verify the DKIM signatures of a message (dkim verify FILE).");
}

void DkimCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(
        QCommandLineOption(DOMAIN_OPTION, tr("keygen: the signing domain (d=)."), QStringLiteral("D")));
    parser.addOption(
        QCommandLineOption(SELECTOR_OPTION, tr("keygen: the selector (s=)."), QStringLiteral("S")));
    parser.addOption(
        QCommandLineOption(TYPE_OPTION,
                           tr("keygen: rsa2048 (default), rsa1024, rsa3072, rsa4096 or ed25519."),
                           QStringLiteral("TYPE")));
    parser.addOption(QCommandLineOption(OUT_OPTION,
                                        tr("keygen: where to write the private key (PEM, mode 0600)."),
                                        QStringLiteral("KEY.pem")));
    parser.addPositionalArgument(QStringLiteral("keygen|verify"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("verify: the message file (.eml)."));
}

int DkimCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() == 1 && args.at(0) == u"keygen") {
        return keygen(parser, context);
    }
    if (args.size() == 2 && args.at(0) == u"verify") {
        return verify(args.at(1), context);
    }
    context.err() << tr("Usage: todoku-cli dkim keygen --domain D --selector S [--type TYPE] --out KEY.pem | "
                        "todoku-cli dkim verify FILE")
                  << '\n';
    context.err().flush();
    return ExitUsage;
}

int DkimCommand::keygen(const QCommandLineParser& parser, CliContext& context)
{
    if (!parser.isSet(DOMAIN_OPTION) || !parser.isSet(SELECTOR_OPTION) || !parser.isSet(OUT_OPTION)) {
        context.err() << tr("dkim keygen needs --domain, --selector and --out.") << '\n';
        context.err().flush();
        return ExitUsage;
    }
    const auto type = DkimKeyGenerator::parseType(
        parser.value(TYPE_OPTION).isEmpty() ? QStringLiteral("rsa2048") : parser.value(TYPE_OPTION));
    if (!type) {
        context.err() << tr("Unknown key type “%1”. Use rsa2048, rsa1024, rsa3072, rsa4096 or ed25519.")
                             .arg(parser.value(TYPE_OPTION))
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    const auto domain = dns::toAce(parser.value(DOMAIN_OPTION));
    if (!domain) {
        return context.failInput(ErrorText::text(domain.error()));
    }
    // The selector becomes a DNS label in front of _domainkey (RFC 6376 §3.1).
    const QString selector = parser.value(SELECTOR_OPTION);
    const auto owner = dns::toAce(selector + QStringLiteral("._domainkey.") + domain.value());
    if (selector.isEmpty() || selector.contains(u'_') || !owner) {
        return context.failInput(
            ErrorText::text(owner ? Error::make(ErrorCode::InvalidDomainName, {selector}) : owner.error()));
    }
    const auto pair = DkimKeyGenerator::generate(*type);
    if (!pair) {
        return context.failInput(ErrorText::text(pair.error()));
    }
    const QString path = parser.value(OUT_OPTION);
    if (const auto error = DkimKeyGenerator::writePrivateKey(*pair, path)) {
        return context.failInput(ErrorText::text(*error));
    }
    const ProposedRecord record = DkimKeyGenerator::record(*pair, selector, domain.value());
    const QList<Finding> findings = DkimKeyGenerator::typeFindings(*type);
    if (context.options().json) {
        context.printJson(QJsonObject{
            {QStringLiteral("privateKeyFile"), path},
            {QStringLiteral("keyType"), DkimKeyGenerator::typeName(*type)},
            {QStringLiteral("selector"), selector},
            {QStringLiteral("record"), FindingCatalog::toJson(record)},
            {QStringLiteral("findings"), FindingCatalog::toJson(findings)},
        });
        return ExitDone;
    }
    QTextStream& out = context.out();
    out << tr("Private key written to %1 (readable only by you). Keep it secret.").arg(path) << '\n';
    out << tr("Publish this TXT record:") << '\n';
    out << record.name << QStringLiteral(" IN TXT ") << setup::quotedStrings(record.strings) << '\n';
    out << tr("As one value:") << '\n' << record.value << '\n';
    context.printFindings(findings);
    out.flush();
    return ExitDone;
}

int DkimCommand::verify(const QString& path, CliContext& context)
{
    // Mapped rather than read, and the parsed body is a view into the mapping: a message of tens of MB
    // costs no copy. The file stays mapped until the message and everything taken from it are gone.
    const MappedFile file(path);
    if (!file.isOpen()) {
        return context.failInput(
            ErrorText::text(Error::make(ErrorCode::FileUnreadable, {path, file.errorString()})));
    }
    const MailMessage message = MailMessage::parse(file.bytes());
    if (message.headers().isEmpty()) {
        return context.failInput(tr("“%1” is not a mail message: no header fields were found.").arg(path));
    }
    const QList<DkimPrepared> prepared = dkim::prepare(message);
    ArcPrepared arcPrepared = arc::prepare(message);
    if ((!prepared.isEmpty() || arcPrepared.needsKeys) && context.options().offline) {
        return context.failInput(tr("dkim verify needs DNS for the keys, but --offline forbids queries."));
    }
    // Both verifiers look their keys up in parallel; each emits finished() once, never synchronously.
    DkimVerifier verifier(context.resolver());
    ArcVerifier arcVerifier(context.resolver());
    QEventLoop loop;
    int running = 2;
    const auto done = [&] {
        if (--running == 0) {
            loop.quit();
        }
    };
    QObject::connect(&verifier, &DkimVerifier::finished, &loop, done);
    QObject::connect(&arcVerifier, &ArcVerifier::finished, &loop, done);
    verifier.start(prepared);
    arcVerifier.start(std::move(arcPrepared));
    loop.exec();
    const ArcValidation& arcResult = arcVerifier.result();

    QList<Finding> general;
    if (prepared.isEmpty()) {
        general.append(Finding::make(QStringLiteral("dkim.none"), Severity::Error));
    }
    if (context.options().json) {
        QJsonArray signatures;
        for (const DkimVerification& v : verifier.results()) {
            signatures.append(verificationJson(v));
        }
        context.printJson(QJsonObject{
            {QStringLiteral("signatures"), signatures},
            {QStringLiteral("arc"), arcJson(arcResult)},
            {QStringLiteral("findings"), FindingCatalog::toJson(general)},
        });
        return ExitDone;
    }
    QTextStream& out = context.out();
    for (const DkimVerification& v : verifier.results()) {
        out << tr("DKIM-Signature (line %1): d=%2 s=%3 %4: %5")
                   .arg(v.headerLine)
                   .arg(v.domain, v.selector, v.algorithm, DkimVerification::resultName(v.result))
            << '\n';
        context.printFindings(v.findings);
    }
    if (arcResult.chain != ArcValidation::Chain::None) {
        out << tr("ARC chain: %1 (instances: %2)")
                   .arg(ArcValidation::chainName(arcResult.chain))
                   .arg(arcResult.instances)
            << '\n';
        for (const ArcSetResult& s : arcResult.sets) {
            out << tr("  ARC-Seal i=%1 (line %2): d=%3 s=%4 cv=%5 seal: %6")
                       .arg(s.instance)
                       .arg(s.sealLine)
                       .arg(s.sealDomain,
                            s.sealSelector,
                            s.cv,
                            s.seal.isEmpty() ? tr("not checked") : outcome(s.seal, s.sealReason));
            if (!s.messageSignature.isEmpty()) {
                out << tr(", message signature: %1")
                           .arg(outcome(s.messageSignature, s.messageSignatureReason));
            }
            out << '\n';
        }
        context.printFindings(arcResult.findings);
    }
    context.printFindings(general);
    out.flush();
    return ExitDone;
}
