// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/DkimKeyRecord.h"

#include "core/common/ErrorText.h"
#include "core/dkim/DkimCrypto_p.h"
#include "core/dkim/DkimTagList_p.h"

using namespace Qt::StringLiterals;

namespace todoku {

namespace {

Error syntax(SyntaxDetail detail, int position, QStringList detailArgs = {})
{
    return Error::syntax(detail, position, std::move(detailArgs));
}

// A colon-separated list (h=, s=, t=), lower-cased, whitespace dropped.
QStringList colonList(const QByteArray& value)
{
    QStringList out;
    for (const QByteArray& part : dkim::withoutWhitespace(value).split(':')) {
        if (!part.isEmpty()) {
            out.append(QString::fromLatin1(part).toLower());
        }
    }
    return out;
}

} // namespace

Result<DkimKeyRecord> DkimKeyRecord::parse(const QByteArray& text)
{
    if (const qsizetype quote = text.indexOf('"'); quote >= 0) {
        return syntax(SyntaxDetail::DkimKeyQuotes, int(quote));
    }
    auto tags = dkim::parseTagList(text);
    if (!tags) {
        return tags.error();
    }
    DkimKeyRecord record;
    bool sawKey = false;
    for (qsizetype i = 0; i < tags->size(); ++i) {
        const dkim::Tag& tag = tags->at(i);
        if (tag.name == "v") {
            // RFC 6376 §3.6.1: if present, v= MUST be the first tag and MUST be "DKIM1".
            if (i != 0 || tag.value != "DKIM1") {
                return syntax(SyntaxDetail::DkimKeyVersion, tag.position);
            }
            record.version = QString::fromLatin1(tag.value);
        } else if (tag.name == "k") {
            record.keyType = QString::fromLatin1(tag.value).toLower();
        } else if (tag.name == "h") {
            record.hashes = colonList(tag.value);
        } else if (tag.name == "s") {
            record.services = colonList(tag.value);
        } else if (tag.name == "t") {
            record.flags = colonList(tag.value);
        } else if (tag.name == "n") {
            record.notes = QString::fromUtf8(tag.value);
        } else if (tag.name == "p") {
            sawKey = true;
            const QByteArray b64 = dkim::withoutWhitespace(tag.value);
            record.hasWhitespaceInKey = b64.size() != tag.value.size();
            if (!dkim::isBase64(b64)) {
                return syntax(SyntaxDetail::DkimKeyBase64, tag.position);
            }
            record.publicKey = QByteArray::fromBase64(b64);
        }
        // Unknown tags are ignored (RFC 6376 §3.6.1).
    }
    if (!sawKey) {
        return syntax(SyntaxDetail::DkimKeyMissing, int(text.size()));
    }
    if (!record.isRevoked()) {
        if (record.keyType == u"rsa") {
            record.keyBits = dkim::crypto::rsaKeyBits(record.publicKey);
            if (record.keyBits == 0) {
                return syntax(SyntaxDetail::DkimKeyNotRsa, int(text.indexOf("p=")));
            }
        } else if (record.keyType == u"ed25519") {
            if (record.publicKey.size() != 32) {
                return syntax(SyntaxDetail::DkimKeyNotEd25519, int(text.indexOf("p=")));
            }
            record.keyBits = 256;
        }
    }
    return record;
}

namespace dkim {

QList<Finding> lintKeyRecord(const QByteArray& text, const QString& owner)
{
    const Evidence evidence = Evidence::dns(owner, u"TXT"_s, QString::fromUtf8(text));
    const auto make = [&](const char* id, Severity severity, QStringList args) {
        return Finding::make(QString::fromLatin1(id), severity, std::move(args)).withEvidence(evidence);
    };
    const auto parsed = DkimKeyRecord::parse(text);
    if (!parsed) {
        const Error& e = parsed.error();
        if (text.contains('"')) {
            return {make("dkim.quotes-in-value", Severity::Error, {owner})};
        }
        if (e.detail == SyntaxDetail::DkimKeyMissing) {
            return {make("dkim.missing-key", Severity::Error, {owner})};
        }
        if (e.detail == SyntaxDetail::DkimKeyNotRsa || e.detail == SyntaxDetail::DkimKeyNotEd25519) {
            return {make("dkim.bad-key",
                         Severity::Error,
                         {owner, e.detail == SyntaxDetail::DkimKeyNotRsa ? u"RSA"_s : u"Ed25519"_s})};
        }
        return {make("dkim.key-syntax",
                     Severity::Error,
                     QStringList{owner, ErrorText::detailCode(e.detail), QString::number(e.position + 1)}
                         + e.detailArgs)};
    }
    QList<Finding> out;
    const DkimKeyRecord& r = *parsed;
    if (r.isRevoked()) {
        return {make("dkim.revoked", Severity::Error, {owner})};
    }
    if (r.keyType == u"rsa" && r.keyBits < 2048) {
        out.append(make("dkim.weak-key",
                        r.keyBits < 1024 ? Severity::Error : Severity::Warning,
                        {QString::number(r.keyBits), u"2048"_s}));
    }
    if (r.isTesting()) {
        out.append(make("dkim.testing-mode", Severity::Warning, {owner}));
    }
    if (r.isStrictIdentity()) {
        out.append(make("dkim.strict-identity", Severity::Info, {owner}));
    }
    if (r.services == QStringList{u"email"_s}) {
        out.append(make("dkim.service-email", Severity::Info, {owner}));
    }
    if (r.hasWhitespaceInKey) {
        out.append(make("dkim.space-in-key", Severity::Warning, {owner}));
    }
    if (r.keyType != u"rsa" && r.keyType != u"ed25519") {
        out.append(make("dkim.key-syntax",
                        Severity::Error,
                        {owner,
                         ErrorText::detailCode(SyntaxDetail::DkimKeyType),
                         QString::number(text.indexOf("k=") + 1)}));
    }
    if (r.keyType == u"ed25519") {
        out.append(make("dkim.ed25519-second", Severity::Info, {}));
    }
    if (out.isEmpty() || std::all_of(out.cbegin(), out.cend(), [](const Finding& f) {
            return f.severity <= Severity::Info;
        })) {
        out.prepend(make("dkim.key-ok",
                         Severity::Ok,
                         {owner, r.keyType == u"rsa" ? u"RSA"_s : u"Ed25519"_s, QString::number(r.keyBits)}));
    }
    return out;
}

} // namespace dkim
} // namespace todoku
