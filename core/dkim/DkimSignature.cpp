// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/DkimSignature.h"

#include "core/dkim/DkimTagList_p.h"
#include "core/dns/DnsName.h"

using namespace Qt::StringLiterals;

namespace todoku {

namespace {

Error syntax(SyntaxDetail detail, int position, QStringList detailArgs = {})
{
    return Error::syntax(detail, position, std::move(detailArgs));
}

std::optional<DkimCanonicalization> canonicalization(const QByteArray& name)
{
    if (name == "simple") {
        return DkimCanonicalization::Simple;
    }
    if (name == "relaxed") {
        return DkimCanonicalization::Relaxed;
    }
    return std::nullopt;
}

// RFC 6376 §3.5: l=, t= and x= are at most 76 decimal digits; we accept what fits in 63 bits.
std::optional<qint64> number(const QByteArray& value)
{
    if (value.isEmpty() || value.size() > 18) {
        return std::nullopt;
    }
    for (char c : value) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    return value.toLongLong();
}

} // namespace

QString DkimSignature::hashName() const
{
    if (algorithm == u"rsa-sha256" || algorithm == u"ed25519-sha256") {
        return u"sha256"_s;
    }
    return algorithm == u"rsa-sha1" ? u"sha1"_s : QString();
}

QString DkimSignature::keyType() const
{
    if (algorithm.startsWith(u"rsa-")) {
        return u"rsa"_s;
    }
    return algorithm.startsWith(u"ed25519-") ? u"ed25519"_s : QString();
}

Result<DkimSignature> DkimSignature::parse(const QByteArray& value, Kind kind)
{
    auto tags = dkim::parseTagList(value);
    if (!tags) {
        return tags.error();
    }
    DkimSignature sig;
    const bool arc = kind == Kind::ArcMessageSignature;
    QByteArray seen = arc ? QByteArray("v") : QByteArray();
    const auto base64 = [](const dkim::Tag& tag, QByteArray& out) {
        const QByteArray b64 = dkim::withoutWhitespace(tag.value);
        if (!dkim::isBase64(b64)) {
            return false;
        }
        out = QByteArray::fromBase64(b64);
        return true;
    };
    for (const dkim::Tag& tag : std::as_const(*tags)) {
        const QByteArray v = tag.value;
        if (tag.name.size() == 1) {
            seen += tag.name;
        }
        if (tag.name == "v") {
            if (arc) {
                return syntax(SyntaxDetail::ArcSignatureVersion, tag.position);
            }
            if (v != "1") {
                return syntax(SyntaxDetail::DkimSignatureVersion, tag.position);
            }
        } else if (tag.name == "a") {
            sig.algorithm = QString::fromLatin1(v).toLower();
        } else if (tag.name == "b") {
            if (!base64(tag, sig.signature) || sig.signature.isEmpty()) {
                return syntax(SyntaxDetail::DkimSignatureBase64, tag.position);
            }
        } else if (tag.name == "bh") {
            seen += 'H';
            if (!base64(tag, sig.bodyHash) || sig.bodyHash.isEmpty()) {
                return syntax(SyntaxDetail::DkimBodyHashBase64, tag.position);
            }
        } else if (tag.name == "c") {
            const QList<QByteArray> parts = v.toLower().split('/');
            const auto header = canonicalization(parts.value(0));
            const auto body =
                parts.size() > 1 ? canonicalization(parts.value(1)) : DkimCanonicalization::Simple;
            if (!header || !body || parts.size() > 2) {
                return syntax(SyntaxDetail::DkimCanonicalization, tag.position);
            }
            sig.headerCanonicalization = *header;
            sig.bodyCanonicalization = *body;
        } else if (tag.name == "d") {
            sig.domain = dns::withoutTrailingDot(QString::fromUtf8(v).toLower());
        } else if (tag.name == "h") {
            const QByteArray names = dkim::withoutWhitespace(v);
            for (const QByteArray& h : names.split(':')) {
                if (arc && h.isEmpty()) {
                    continue; // ValiMail's suite (ams_fields_h_mis_hdr): an empty name signs nothing
                }
                if (arc && h.compare("arc-seal", Qt::CaseInsensitive) == 0) {
                    return syntax(SyntaxDetail::ArcSealSigned, tag.position);
                }
                if (h.isEmpty()) {
                    return syntax(SyntaxDetail::DkimHeaderList, tag.position);
                }
                sig.signedHeaders.append(QString::fromLatin1(h));
            }
        } else if (tag.name == "i" && arc) {
            const auto n = number(v);
            if (!n || *n < 1 || *n > 50) {
                return syntax(SyntaxDetail::ArcInstance, tag.position);
            }
            sig.instance = int(*n);
        } else if (tag.name == "i") {
            sig.identity = QString::fromUtf8(v);
        } else if (tag.name == "l") {
            const auto n = number(v);
            if (!n) {
                return syntax(SyntaxDetail::DkimBodyLength, tag.position);
            }
            sig.bodyLength = *n;
        } else if (tag.name == "s") {
            sig.selector = QString::fromUtf8(v);
        } else if (tag.name == "t" || tag.name == "x") {
            const auto n = number(v);
            if (!n) {
                return syntax(SyntaxDetail::DkimTimestamp, tag.position);
            }
            (tag.name == "t" ? sig.timestamp : sig.expiration) = *n;
        } else if (tag.name == "q") {
            if (!v.split(':').contains("dns/txt")) {
                return syntax(SyntaxDetail::DkimQueryMethod, tag.position);
            }
        }
    }
    for (const char required : {'v', 'a', 'b', 'H', 'd', 'h', 's'}) {
        if (!seen.contains(required)) {
            const QString tag = required == 'H' ? u"bh="_s : QString(QLatin1Char(required)).append(u'=');
            return syntax(SyntaxDetail::DkimMissingTag, int(value.size()), {tag});
        }
    }
    if (arc && !seen.contains('i')) {
        return syntax(SyntaxDetail::DkimMissingTag, int(value.size()), {u"i="_s});
    }
    if (arc && sig.algorithm != u"rsa-sha256") {
        return syntax(SyntaxDetail::ArcAlgorithm, int(value.indexOf("a=")));
    }
    if (sig.domain.isEmpty() || sig.selector.isEmpty()) {
        return syntax(sig.domain.isEmpty() ? SyntaxDetail::DkimEmptyDomain : SyntaxDetail::DkimEmptySelector,
                      int(value.indexOf(sig.domain.isEmpty() ? "d=" : "s=")));
    }
    const bool signsFrom =
        arc || std::any_of(sig.signedHeaders.cbegin(), sig.signedHeaders.cend(), [](const QString& h) {
            return h.compare(u"from", Qt::CaseInsensitive) == 0;
        });
    if (!signsFrom) {
        return syntax(SyntaxDetail::DkimFromNotSigned, int(value.indexOf("h=")));
    }
    if (sig.identity.isEmpty()) {
        sig.identity = u"@"_s + sig.domain;
    } else {
        const QString idDomain = sig.identity.section(u'@', -1).toLower();
        if (!sig.identity.contains(u'@') || !dns::isSubdomainOf(idDomain, sig.domain)) {
            return syntax(SyntaxDetail::DkimIdentityOutsideDomain, int(value.indexOf("i=")));
        }
    }
    if (sig.expiration >= 0 && sig.timestamp >= 0 && sig.expiration < sig.timestamp) {
        return syntax(SyntaxDetail::DkimExpiryBeforeTimestamp, int(value.indexOf("x=")));
    }
    return sig;
}

QByteArray DkimSignature::withoutSignatureValue(const QByteArray& rawField)
{
    const qsizetype colon = rawField.indexOf(':');
    if (colon < 0) {
        return rawField;
    }
    const QByteArray value = rawField.mid(colon + 1);
    const auto tags = dkim::parseTagList(value);
    if (!tags) {
        return rawField;
    }
    for (const dkim::Tag& tag : *tags) {
        if (tag.name == "b") {
            const qsizetype start = rawField.indexOf('=', colon + 1 + tag.position) + 1;
            qsizetype end = rawField.indexOf(';', start);
            if (end < 0) {
                end = rawField.size();
            }
            QByteArray out = rawField;
            out.remove(start, end - start);
            return out;
        }
    }
    return rawField;
}

} // namespace todoku
