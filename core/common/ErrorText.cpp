// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/ErrorText.h"

namespace todoku {

namespace {

struct DetailEntry
{
    SyntaxDetail detail;
    const char* code;
    const char* text; ///< a phrase in the ErrorText context; %1… are the detail's arguments
};

// Phrases complete sentences such as "Syntax error at character 12: …" and the *.syntax findings' texts,
// so they start in lower case and end without a period.
constexpr DetailEntry DETAILS[] = {
    {SyntaxDetail::SpfNoVersion,
     "spf.syntax.no-version",
     QT_TRANSLATE_NOOP("ErrorText", "the record does not start with “v=spf1”")},
    {SyntaxDetail::SpfTermSeparator,
     "spf.syntax.term-separator",
     QT_TRANSLATE_NOOP("ErrorText", "terms must be separated by spaces")},
    {SyntaxDetail::SpfCharacter,
     "spf.syntax.character",
     QT_TRANSLATE_NOOP("ErrorText",
                       "the term contains a character SPF does not allow, such as a full-width or control "
                       "character")},
    {SyntaxDetail::SpfModifierMacro,
     "spf.syntax.modifier-macro",
     QT_TRANSLATE_NOOP("ErrorText", "the modifier's value contains an invalid macro")},
    //: %1 is a modifier name such as redirect or exp.
    {SyntaxDetail::SpfModifierTwice,
     "spf.syntax.modifier-twice",
     QT_TRANSLATE_NOOP("ErrorText", "“%1=” may appear only once in a record")},
    {SyntaxDetail::SpfModifierDomain,
     "spf.syntax.modifier-domain",
     QT_TRANSLATE_NOOP("ErrorText", "“%1=” needs a domain name")},
    //: %1 is a mechanism name such as include.
    {SyntaxDetail::SpfNeedsDomain,
     "spf.syntax.needs-domain",
     QT_TRANSLATE_NOOP("ErrorText", "“%1” needs a colon and a domain name, as in “%1:example.com”")},
    {SyntaxDetail::SpfNeedsAddress,
     "spf.syntax.needs-address",
     QT_TRANSLATE_NOOP("ErrorText", "“%1” needs a colon and an IP address or network")},
    {SyntaxDetail::SpfMacro,
     "spf.syntax.macro",
     QT_TRANSLATE_NOOP("ErrorText",
                       "invalid macro: macros are written like %{d} or %{i}, and a percent sign as %%")},
    {SyntaxDetail::SpfDomain, "spf.syntax.domain", QT_TRANSLATE_NOOP("ErrorText", "not a valid domain name")},
    {SyntaxDetail::SpfAllArgument,
     "spf.syntax.all-argument",
     QT_TRANSLATE_NOOP("ErrorText", "“all” takes no argument")},
    //: %1 is a or mx.
    {SyntaxDetail::SpfUnexpectedText,
     "spf.syntax.unexpected-text",
     QT_TRANSLATE_NOOP("ErrorText",
                       "unexpected text after “%1”: only “:domain”, “/length” and “//length” may follow")},
    {SyntaxDetail::SpfCidrLength,
     "spf.syntax.cidr-length",
     QT_TRANSLATE_NOOP("ErrorText",
                       "the prefix length after “/” is out of range: 0 to 32 for IPv4, 0 to 128 for IPv6, "
                       "without leading zeros")},
    {SyntaxDetail::SpfIp4Address,
     "spf.syntax.ip4-address",
     QT_TRANSLATE_NOOP("ErrorText", "not an IPv4 address (four numbers separated by dots)")},
    {SyntaxDetail::SpfIp6Address,
     "spf.syntax.ip6-address",
     QT_TRANSLATE_NOOP("ErrorText", "not an IPv6 address")},
    {SyntaxDetail::SpfUnknownMechanism,
     "spf.syntax.unknown-mechanism",
     QT_TRANSLATE_NOOP("ErrorText",
                       "unknown mechanism: SPF knows all, include, a, mx, ptr, ip4, ip6 and exists")},
    {SyntaxDetail::DmarcNoVersion,
     "dmarc.syntax.no-version",
     QT_TRANSLATE_NOOP("ErrorText", "the record must begin with “v=DMARC1”")},
    {SyntaxDetail::DmarcVersionSeparator,
     "dmarc.syntax.version-separator",
     QT_TRANSLATE_NOOP("ErrorText", "“v=DMARC1” must be followed by a semicolon")},
    {SyntaxDetail::DmarcTagValue,
     "dmarc.syntax.tag-value",
     QT_TRANSLATE_NOOP("ErrorText", "each tag must be written as name=value")},
    {SyntaxDetail::DmarcTagName,
     "dmarc.syntax.tag-name",
     QT_TRANSLATE_NOOP("ErrorText", "not a valid tag name")},
    {SyntaxDetail::DmarcUri, "dmarc.syntax.uri", QT_TRANSLATE_NOOP("ErrorText", "not a valid URI")},
    {SyntaxDetail::DmarcMailto,
     "dmarc.syntax.mailto",
     QT_TRANSLATE_NOOP("ErrorText", "a report address must be written as mailto:name@domain")},
    {SyntaxDetail::DmarcSize,
     "dmarc.syntax.size",
     QT_TRANSLATE_NOOP("ErrorText",
                       "the size limit after “!” must be a number, optionally followed by k, m, g or t")},
    {SyntaxDetail::DkimTagName,
     "dkim.syntax.tag-name",
     QT_TRANSLATE_NOOP("ErrorText", "a tag name is expected here")},
    {SyntaxDetail::DkimTagEquals,
     "dkim.syntax.tag-equals",
     QT_TRANSLATE_NOOP("ErrorText", "“=” is expected after the tag name")},
    {SyntaxDetail::DkimTagValue,
     "dkim.syntax.tag-value",
     QT_TRANSLATE_NOOP("ErrorText", "a tag value is expected here")},
    {SyntaxDetail::DkimDuplicateTag,
     "dkim.syntax.duplicate-tag",
     QT_TRANSLATE_NOOP("ErrorText", "a tag appears more than once")},
    {SyntaxDetail::DkimKeyQuotes,
     "dkim.syntax.key-quotes",
     QT_TRANSLATE_NOOP("ErrorText", "the value contains quotation marks")},
    {SyntaxDetail::DkimKeyVersion,
     "dkim.syntax.key-version",
     QT_TRANSLATE_NOOP("ErrorText", "v= must be the first tag and read v=DKIM1")},
    {SyntaxDetail::DkimKeyBase64,
     "dkim.syntax.key-base64",
     QT_TRANSLATE_NOOP("ErrorText", "the public key in p= is not valid base64")},
    {SyntaxDetail::DkimKeyMissing,
     "dkim.syntax.key-missing",
     QT_TRANSLATE_NOOP("ErrorText", "the record has no p= tag")},
    {SyntaxDetail::DkimKeyNotRsa,
     "dkim.syntax.key-not-rsa",
     QT_TRANSLATE_NOOP("ErrorText", "p= does not hold an RSA public key")},
    {SyntaxDetail::DkimKeyNotEd25519,
     "dkim.syntax.key-not-ed25519",
     QT_TRANSLATE_NOOP("ErrorText", "p= does not hold a 32-byte Ed25519 public key")},
    {SyntaxDetail::DkimKeyType,
     "dkim.syntax.key-type",
     QT_TRANSLATE_NOOP("ErrorText", "k= must be rsa or ed25519")},
    {SyntaxDetail::DkimSignatureVersion,
     "dkim.syntax.signature-version",
     QT_TRANSLATE_NOOP("ErrorText", "v= must be 1")},
    {SyntaxDetail::DkimSignatureBase64,
     "dkim.syntax.signature-base64",
     QT_TRANSLATE_NOOP("ErrorText", "the signature in b= is not valid base64")},
    {SyntaxDetail::DkimBodyHashBase64,
     "dkim.syntax.body-hash-base64",
     QT_TRANSLATE_NOOP("ErrorText", "the body hash in bh= is not valid base64")},
    {SyntaxDetail::DkimCanonicalization,
     "dkim.syntax.canonicalization",
     QT_TRANSLATE_NOOP("ErrorText",
                       "c= must be simple or relaxed, optionally followed by /simple or /relaxed")},
    {SyntaxDetail::DkimHeaderList,
     "dkim.syntax.header-list",
     QT_TRANSLATE_NOOP("ErrorText", "h= must list header names separated by “:”")},
    {SyntaxDetail::DkimBodyLength,
     "dkim.syntax.body-length",
     QT_TRANSLATE_NOOP("ErrorText", "l= must be a number")},
    {SyntaxDetail::DkimBodyLengthTooLong,
     "dkim.syntax.body-length-too-long",
     QT_TRANSLATE_NOOP("ErrorText", "l= is longer than the body")},
    {SyntaxDetail::DkimTimestamp,
     "dkim.syntax.timestamp",
     QT_TRANSLATE_NOOP("ErrorText", "t= and x= must be numbers of seconds")},
    {SyntaxDetail::DkimQueryMethod,
     "dkim.syntax.query-method",
     QT_TRANSLATE_NOOP("ErrorText", "q= must include dns/txt")},
    //: %1 is a tag such as d= or s=.
    {SyntaxDetail::DkimMissingTag,
     "dkim.syntax.missing-tag",
     QT_TRANSLATE_NOOP("ErrorText", "the required tag %1 is missing")},
    {SyntaxDetail::DkimFromNotSigned,
     "dkim.syntax.from-not-signed",
     QT_TRANSLATE_NOOP("ErrorText", "From is not among the signed headers (h=)")},
    {SyntaxDetail::DkimIdentityOutsideDomain,
     "dkim.syntax.identity-domain",
     QT_TRANSLATE_NOOP("ErrorText", "i= is not within the d= domain")},
    {SyntaxDetail::DkimExpiryBeforeTimestamp,
     "dkim.syntax.expiry-order",
     QT_TRANSLATE_NOOP("ErrorText", "x= must be later than t=")},
    {SyntaxDetail::DkimEmptyDomain,
     "dkim.syntax.empty-domain",
     QT_TRANSLATE_NOOP("ErrorText", "d= holds no domain")},
    {SyntaxDetail::DkimEmptySelector,
     "dkim.syntax.empty-selector",
     QT_TRANSLATE_NOOP("ErrorText", "s= holds no selector")},
    {SyntaxDetail::ArcSignatureVersion,
     "arc.syntax.signature-version",
     QT_TRANSLATE_NOOP("ErrorText", "an ARC-Message-Signature has no v= tag")},
    {SyntaxDetail::ArcSealSigned,
     "arc.syntax.seal-signed",
     QT_TRANSLATE_NOOP("ErrorText", "an ARC-Message-Signature must not sign ARC-Seal (h=)")},
    {SyntaxDetail::ArcInstance,
     "arc.syntax.instance",
     QT_TRANSLATE_NOOP("ErrorText", "i= must be an instance number from 1 to 50")},
    {SyntaxDetail::ArcAlgorithm,
     "arc.syntax.algorithm",
     QT_TRANSLATE_NOOP("ErrorText", "ARC allows only a=rsa-sha256")},
    {SyntaxDetail::HeaderUnterminatedComment,
     "header.syntax.unterminated-comment",
     QT_TRANSLATE_NOOP("ErrorText", "a comment opened with “(” is not closed")},
    {SyntaxDetail::HeaderEmpty, "header.syntax.empty", QT_TRANSLATE_NOOP("ErrorText", "the header is empty")},
    {SyntaxDetail::HeaderMissingAuthservId,
     "header.syntax.missing-authserv-id",
     QT_TRANSLATE_NOOP("ErrorText", "the name of the receiving server (authserv-id) is missing")},
    {SyntaxDetail::HeaderMissingArcInstance,
     "header.syntax.missing-arc-instance",
     QT_TRANSLATE_NOOP("ErrorText", "the ARC instance number i= is missing")},
};

const DetailEntry* entryOf(SyntaxDetail detail)
{
    for (const DetailEntry& e : DETAILS) {
        if (e.detail == detail) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace

QString ErrorText::detailCode(SyntaxDetail detail)
{
    const DetailEntry* e = entryOf(detail);
    return e ? QString::fromLatin1(e->code) : QString();
}

SyntaxDetail ErrorText::detailFromCode(const QString& code)
{
    for (const DetailEntry& e : DETAILS) {
        if (code == QLatin1String(e.code)) {
            return e.detail;
        }
    }
    return SyntaxDetail::None;
}

QString ErrorText::detailText(SyntaxDetail detail, const QStringList& args)
{
    const DetailEntry* e = entryOf(detail);
    if (!e) {
        return {};
    }
    // One pass over the pattern, so an argument holding "%1" is never substituted again.
    const QString pattern = QCoreApplication::translate("ErrorText", e->text);
    QString s;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int index = pattern.at(i + 1).digitValue() - 1;
            if (index >= 0 && index < args.size()) {
                s += args.at(index);
                ++i;
                continue;
            }
        }
        s += pattern.at(i);
    }
    return s;
}

QString ErrorText::detailText(const QString& code, const QStringList& args)
{
    const SyntaxDetail detail = detailFromCode(code);
    return detail == SyntaxDetail::None ? code : detailText(detail, args);
}

QStringList ErrorText::renderDetailArgument(QStringList args, int codeIndex, int argsFrom)
{
    if (codeIndex >= 0 && codeIndex < args.size()) {
        args[codeIndex] = detailText(args.at(codeIndex), args.mid(argsFrom));
    }
    return args;
}

QString ErrorText::text(const Error& error)
{
    const auto arg = [&error](int i) {
        return i < error.args.size() ? error.args.at(i) : QString();
    };
    switch (error.code) {
    case ErrorCode::InvalidDomainName:
        return tr("“%1” is not a valid domain name.").arg(arg(0));
    case ErrorCode::LabelTooLong:
        //: A "label" is one dot-separated part of a domain name.
        return tr("“%1” is not a valid domain name: the part “%2” is longer than 63 characters.")
            .arg(arg(0), arg(1));
    case ErrorCode::NameTooLong:
        return tr("“%1” is not a valid domain name: it is longer than 253 characters.").arg(arg(0));
    case ErrorCode::InvalidServer:
        return tr("“%1” is not a DNS server address. Use an IP address, optionally with a port, "
                  "such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53.")
            .arg(arg(0));
    case ErrorCode::InvalidRecordType:
        return tr("“%1” is not a record type Todoku can query. Use A, AAAA, MX, TXT, PTR, CNAME, NS or SOA.")
            .arg(arg(0));
    case ErrorCode::InvalidIpAddress:
        return tr("“%1” is not an IPv4 or IPv6 address.").arg(arg(0));
    case ErrorCode::FileUnreadable:
        return tr("Cannot read “%1”: %2").arg(arg(0), arg(1));
    case ErrorCode::FileUnwritable:
        return tr("Cannot write “%1”: %2").arg(arg(0), arg(1));
    case ErrorCode::KeyGenerationFailed:
        return tr("The %1 key could not be generated. The cryptography library reported an error.")
            .arg(arg(0));
    case ErrorCode::ResolverInitFailed:
        return tr("The DNS resolver could not be started. Check the DNS server settings.");
    case ErrorCode::Syntax:
        if (error.position >= 0) {
            return tr("Syntax error at character %1: %2")
                .arg(error.position + 1)
                .arg(detailText(error.detail, error.detailArgs));
        }
        return tr("Syntax error: %1").arg(detailText(error.detail, error.detailArgs));
    }
    Q_UNREACHABLE();
}

QString ErrorText::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidDomainName:
        return QStringLiteral("invalid-domain-name");
    case ErrorCode::LabelTooLong:
        return QStringLiteral("label-too-long");
    case ErrorCode::NameTooLong:
        return QStringLiteral("name-too-long");
    case ErrorCode::InvalidServer:
        return QStringLiteral("invalid-server");
    case ErrorCode::InvalidRecordType:
        return QStringLiteral("invalid-record-type");
    case ErrorCode::InvalidIpAddress:
        return QStringLiteral("invalid-ip-address");
    case ErrorCode::FileUnreadable:
        return QStringLiteral("file-unreadable");
    case ErrorCode::FileUnwritable:
        return QStringLiteral("file-unwritable");
    case ErrorCode::KeyGenerationFailed:
        return QStringLiteral("key-generation-failed");
    case ErrorCode::ResolverInitFailed:
        return QStringLiteral("resolver-init-failed");
    case ErrorCode::Syntax:
        return QStringLiteral("syntax");
    }
    Q_UNREACHABLE();
}

} // namespace todoku
