// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/DkimVerifier.h"

#include <QHash>
#include <QMetaObject>

#include "core/common/ErrorText.h"
#include "core/dkim/DkimCanonicalizer.h"
#include "core/dkim/DkimCrypto_p.h"
#include "core/dkim/DkimKeyRecord.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsResolver.h"
#include "core/dns/DnsTypes.h"

using namespace Qt::StringLiterals;

namespace todoku {

namespace {

DkimVerification base(const DkimPrepared& p)
{
    DkimVerification v;
    v.headerLine = p.field.line;
    if (p.signature) {
        v.domain = p.signature->domain;
        v.selector = p.signature->selector;
        v.algorithm = p.signature->algorithm;
    }
    return v;
}

Finding finding(const DkimPrepared& p, const char* id, Severity severity, QStringList args)
{
    return Finding::make(QString::fromLatin1(id), severity, std::move(args))
        .withEvidence(Evidence::headerLine(p.field.name, p.field.line, QString::fromUtf8(p.field.raw)));
}

// The explanations beside dkim.fail.body-hash; arguments: %1 d=, then as each id documents.
QList<Finding> bodyDiagnosisFindings(const DkimPrepared& p, const DkimBodyDiagnosis& d)
{
    using Cause = DkimBodyDiagnosis::Cause;
    const QString domain = p.signature->domain;
    QList<Finding> out;
    switch (d.cause) {
    case Cause::Appended: {
        // %2, %3: first and last added line of the input.
        Finding f =
            finding(p,
                    "dkim.body-hash.appended",
                    Severity::Warning,
                    {domain, QString::number(d.appendedFirstLine), QString::number(d.appendedLastLine)});
        f.withEvidence(
            Evidence::headerLine(u"body"_s, d.appendedFirstLine, QString::fromUtf8(d.appendedText)));
        out.append(f);
        break;
    }
    case Cause::CopyDamage: // %2: the damage undone, a code DkimFindingText renders
        out.append(finding(p, "dkim.body-hash.copy-damage", Severity::Warning, {domain, d.variant}));
        break;
    case Cause::Reencoded: // %2: the charset the body matches in
        out.append(finding(p, "dkim.body-hash.reencoded", Severity::Warning, {domain, d.variant}));
        break;
    case Cause::None: {
        // %2: what was tried, as comma-separated codes.
        const char* id = d.tried.isEmpty() ? "dkim.body-hash.untested"
                         : d.pasted        ? "dkim.body-hash.no-variant-pasted"
                                           : "dkim.body-hash.no-variant";
        out.append(finding(p, id, Severity::Info, {domain, d.tried.join(u',')}));
        if (d.excluded.contains(u"trailing-whitespace")) {
            out.append(finding(p, "dkim.body-hash.spacing-ignored", Severity::Info, {domain}));
        }
        break;
    }
    }
    return out;
}

} // namespace

QString DkimVerification::resultName(Result result)
{
    switch (result) {
    case Result::Pass:
        return u"pass"_s;
    case Result::Fail:
        return u"fail"_s;
    case Result::Neutral:
        return u"neutral"_s;
    case Result::Policy:
        return u"policy"_s;
    case Result::TempError:
        return u"temperror"_s;
    case Result::PermError:
        return u"permerror"_s;
    }
    Q_UNREACHABLE();
}

namespace dkim {

// RFC 6376 §5.4.2: each h= name takes the bottom-most instance not used yet; a name with no instance
// left (over-signing) contributes nothing.
QByteArray signedHeaderData(const MailMessage& message, const DkimSignature& sig, const QByteArray& rawField)
{
    QByteArray data;
    QHash<QString, int> used;
    const QList<HeaderField>& headers = message.headers();
    for (const QString& name : sig.signedHeaders) {
        const QString key = name.toLower();
        int skip = used.value(key);
        for (qsizetype i = headers.size() - 1; i >= 0; --i) {
            if (headers.at(i).is(name) && skip-- == 0) {
                data += dkim::canonicalHeader(headers.at(i).raw, sig.headerCanonicalization);
                break;
            }
        }
        used[key] = used.value(key) + 1;
    }
    QByteArray self =
        dkim::canonicalHeader(DkimSignature::withoutSignatureValue(rawField), sig.headerCanonicalization);
    self.chop(2); // the signature field itself is hashed without its final CRLF
    return data + self;
}

QString keyOwner(const DkimSignature& signature)
{
    return signature.selector + u"._domainkey."_s + signature.domain;
}

QList<DkimPrepared> prepare(const MailMessage& message, DkimBodySource source)
{
    QList<DkimPrepared> out;
    // Signatures with the same body canonicalization, hash and l= share one pass over the body: messages
    // often carry two (the author's domain and the sending service's), and a pass over tens of MB is the
    // dominant cost.
    struct BodyHash
    {
        QByteArray hash;
        qint64 canonicalLength = 0;
    };
    QHash<QString, BodyHash> bodyHashes;
    for (const HeaderField& field : message.headers()) {
        if (!field.is(u"DKIM-Signature"_s)) {
            continue;
        }
        DkimPrepared p;
        p.field = field;
        const auto parsed = DkimSignature::parse(field.raw.mid(field.raw.indexOf(':') + 1));
        if (!parsed) {
            p.parseError = parsed.error();
            out.append(std::move(p));
            continue;
        }
        p.signature = *parsed;
        const DkimSignature& sig = *p.signature;
        if (!sig.hashName().isEmpty()) {
            const QString key = QString::number(int(sig.bodyCanonicalization)) + u'/' + sig.hashName() + u'/'
                                + QString::number(sig.bodyLength);
            auto known = bodyHashes.constFind(key);
            if (known == bodyHashes.cend()) {
                DkimBodyHasher hasher(sig.bodyCanonicalization, sig.hashName(), sig.bodyLength);
                hasher.add(message.body());
                const QByteArray hash = hasher.finish();
                known = bodyHashes.insert(key, BodyHash{hash, hasher.canonicalLength()});
            }
            p.bodyHashMatches = known->hash == sig.bodyHash;
            p.canonicalBodyLength = known->canonicalLength;
            p.signedData = signedHeaderData(message, sig, field.raw);
            if (!p.bodyHashMatches) {
                p.bodyDiagnosis = DkimBodyDiagnosis::run(
                    message.body(), sig, source, message.bodyLine(), message.removedIndent());
            }
        }
        out.append(std::move(p));
    }
    return out;
}

DkimVerification evaluateWithoutKey(const DkimPrepared& p)
{
    DkimVerification v = base(p);
    v.result = DkimVerification::Result::PermError;
    v.reason = u"syntax"_s;
    // The detail's code (rendered at display time), the 1-based position, then the detail's arguments.
    v.reasonArgs =
        QStringList{ErrorText::detailCode(p.parseError.detail), QString::number(p.parseError.position + 1)}
        + p.parseError.detailArgs;
    v.findings.append(finding(p, "dkim.signature-syntax", Severity::Error, v.reasonArgs));
    return v;
}

DkimVerification evaluate(const DkimPrepared& p, const DnsAnswer& answer, const QDateTime& now)
{
    if (!p.signature) {
        return evaluateWithoutKey(p);
    }
    const DkimSignature& sig = *p.signature;
    DkimVerification v = base(p);
    v.keyQuery = answer;
    const QString owner = keyOwner(sig);
    const auto fail =
        [&](DkimVerification::Result result, const char* reason, const char* id, QStringList args) {
            v.result = result;
            v.reason = QString::fromLatin1(reason);
            v.reasonArgs = args;
            v.findings.prepend(
                finding(p,
                        id,
                        result == DkimVerification::Result::TempError ? Severity::Warning : Severity::Error,
                        args));
            return v;
        };
    using R = DkimVerification::Result;

    if (sig.hashName().isEmpty()) {
        return fail(
            R::PermError, "key-mismatch", "dkim.key-mismatch", {sig.domain, sig.algorithm, owner, QString()});
    }
    if (sig.algorithm == u"rsa-sha1") {
        v.findings.append(finding(p, "dkim.sha1", Severity::Warning, {sig.domain}));
    }
    if (sig.bodyLength >= 0) {
        v.findings.append(
            finding(p, "dkim.body-length", Severity::Warning, {sig.domain, QString::number(sig.bodyLength)}));
    }
    const qint64 nowSecs = now.toSecsSinceEpoch();
    if (sig.expiration >= 0 && sig.expiration < nowSecs) {
        return fail(
            R::PermError,
            "expired",
            "dkim.expired",
            {sig.domain, QDateTime::fromSecsSinceEpoch(sig.expiration, Qt::UTC).toString(Qt::ISODate)});
    }
    if (sig.timestamp > nowSecs + 300) {
        v.findings.append(finding(
            p, "dkim.future-timestamp", Severity::Warning, {sig.domain, QString::number(sig.timestamp)}));
    }

    // Key lookup outcomes as receivers map them (RFC 6376 §6.1.2).
    switch (answer.outcome) {
    case DnsOutcome::Answer:
        break;
    case DnsOutcome::NxDomain:
    case DnsOutcome::NoData:
        return fail(R::PermError,
                    "no-key",
                    "dkim.permerror.no-key",
                    {sig.domain, sig.selector, dns::outcomeName(answer.outcome)});
    default:
        return fail(R::TempError,
                    "dns-failure",
                    "dkim.temperror.dns",
                    {sig.domain, sig.selector, dns::outcomeName(answer.outcome)});
    }
    const QList<QByteArray> texts = answer.texts();
    if (texts.isEmpty()) {
        return fail(R::PermError, "no-key", "dkim.permerror.no-key", {sig.domain, sig.selector, u"nodata"_s});
    }
    const auto record = DkimKeyRecord::parse(texts.first());
    if (!record) {
        v.findings.append(lintKeyRecord(texts.first(), owner));
        return fail(R::PermError,
                    "key-syntax",
                    "dkim.permerror.syntax",
                    QStringList{sig.domain,
                                sig.selector,
                                ErrorText::detailCode(record.error().detail),
                                QString::number(record.error().position + 1)}
                        + record.error().detailArgs);
    }
    v.keyBits = record->keyBits;
    if (record->isRevoked()) {
        return fail(R::PermError, "key-revoked", "dkim.revoked", {owner});
    }
    if (record->keyType != sig.keyType() || !record->allowsHash(sig.hashName())) {
        return fail(R::PermError,
                    "key-mismatch",
                    "dkim.key-mismatch",
                    {sig.domain, sig.algorithm, owner, record->keyType});
    }
    if (record->isStrictIdentity() && sig.identity.section(u'@', -1).toLower() != sig.domain) {
        return fail(R::PermError, "strict-identity", "dkim.strict-identity", {owner});
    }
    if (record->isTesting()) {
        v.findings.append(finding(p, "dkim.testing-mode", Severity::Warning, {owner}));
    }
    if (sig.keyType() == u"rsa" && record->keyBits < 2048) {
        v.findings.append(finding(p,
                                  "dkim.weak-key",
                                  record->keyBits < 1024 ? Severity::Error : Severity::Warning,
                                  {QString::number(record->keyBits), u"2048"_s}));
    }
    if (sig.bodyLength > p.canonicalBodyLength) {
        return fail(R::PermError,
                    "body-length-exceeds-body",
                    "dkim.signature-syntax",
                    {ErrorText::detailCode(SyntaxDetail::DkimBodyLengthTooLong),
                     QString::number(p.field.raw.indexOf("l=") + 1)});
    }
    // A b= shorter than the modulus cannot verify: say it was cut off rather than "does not match".
    const int expected = sig.keyType() == u"rsa" ? (record->keyBits + 7) / 8 : 64;
    if (sig.signature.size() < expected) {
        return fail(R::PermError,
                    "truncated-signature",
                    "dkim.truncated-signature",
                    {sig.domain,
                     sig.selector,
                     QString::number(sig.signature.size()),
                     QString::number(record->keyBits),
                     QString::number(expected)});
    }
    if (!p.bodyHashMatches) {
        fail(R::Fail, "body-hash-mismatch", "dkim.fail.body-hash", {sig.domain, sig.selector});
        if (p.bodyDiagnosis) {
            v.findings += bodyDiagnosisFindings(p, *p.bodyDiagnosis);
        }
        return v;
    }
    const bool ok =
        sig.keyType() == u"rsa"
            ? crypto::verifyRsa(record->publicKey,
                                sig.hashName() == u"sha1" ? crypto::Hash::Sha1 : crypto::Hash::Sha256,
                                p.signedData,
                                sig.signature)
            : crypto::verifyEd25519(record->publicKey, p.signedData, sig.signature);
    if (!ok) {
        return fail(R::Fail, "signature-mismatch", "dkim.fail.signature", {sig.domain, sig.selector});
    }
    v.result = R::Pass;
    v.reason = u"ok"_s;
    v.findings.prepend(finding(p, "dkim.pass", Severity::Ok, {sig.domain, sig.selector}));
    return v;
}

} // namespace dkim

DkimVerifier::DkimVerifier(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

void DkimVerifier::start(const MailMessage& message, const QDateTime& now)
{
    start(dkim::prepare(message), now);
}

void DkimVerifier::start(QList<DkimPrepared> prepared, const QDateTime& now)
{
    m_prepared = std::move(prepared);
    m_results = QList<DkimVerification>(m_prepared.size());
    m_now = now;
    m_pending = 0;
    for (int i = 0; i < m_prepared.size(); ++i) {
        const DkimPrepared& p = m_prepared.at(i);
        if (!p.signature || !m_resolver) {
            m_results[i] = dkim::evaluateWithoutKey(p);
            continue;
        }
        const auto ace = dns::toAce(dkim::keyOwner(*p.signature));
        if (!ace) {
            m_results[i] = dkim::evaluateWithoutKey(p);
            continue;
        }
        ++m_pending;
        m_resolver->ask(
            *ace, DnsRecordType::TXT, this, [this, i](const DnsAnswer& answer) { complete(i, answer); });
    }
    if (m_pending == 0) {
        QMetaObject::invokeMethod(this, &DkimVerifier::finished, Qt::QueuedConnection);
    }
}

void DkimVerifier::complete(int index, const DnsAnswer& answer)
{
    m_results[index] = dkim::evaluate(m_prepared.at(index), answer, m_now);
    if (--m_pending == 0) {
        emit finished();
    }
}

} // namespace todoku
