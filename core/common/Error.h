// SPDX-License-Identifier: GPL-3.0-or-later
// Error: a machine-readable code plus arguments; the text is rendered at display time (ErrorText).
#pragma once

#include <QString>
#include <QStringList>

namespace todoku {

/** What went wrong with an input the user gave us. Stable: the CLI and the UI map these to text. */
enum class ErrorCode
{
    InvalidDomainName,   ///< args: the name as typed
    LabelTooLong,        ///< args: the name, the label
    NameTooLong,         ///< args: the name
    InvalidServer,       ///< args: the server as typed
    InvalidRecordType,   ///< args: the type as typed
    InvalidIpAddress,    ///< args: the address as typed
    FileUnreadable,      ///< args: the path, the system's reason
    FileUnwritable,      ///< args: the path, the system's reason
    KeyGenerationFailed, ///< args: the key type ("rsa2048", …)
    ResolverInitFailed,  ///< args: detail for logs only
    Syntax,              ///< detail says what is wrong; args: the faulty text (a term, a value), if known
};

/**
 * What exactly is wrong in a syntax error (ErrorCode::Syntax). Stable: each has a code name
 * (ErrorText::detailCode, e.g. "spf.syntax.cidr-length") carried in findings and JSON, and a text
 * rendered at display time (ErrorText::detailText). Arguments, if any, are in Error::detailArgs.
 */
enum class SyntaxDetail
{
    None,
    // SPF record (RFC 7208 §4.6, §12)
    SpfNoVersion,        ///< does not start with "v=spf1"
    SpfTermSeparator,    ///< terms not separated by spaces
    SpfCharacter,        ///< a character outside the visible ASCII range
    SpfModifierMacro,    ///< bad macro in a modifier's value
    SpfModifierTwice,    ///< args: the modifier name (redirect, exp)
    SpfModifierDomain,   ///< args: the modifier name
    SpfNeedsDomain,      ///< args: the mechanism name (include, exists, ptr)
    SpfNeedsAddress,     ///< args: the mechanism name (ip4, ip6)
    SpfMacro,            ///< bad macro in a domain-spec
    SpfDomain,           ///< the domain-spec does not end in a valid top label
    SpfAllArgument,      ///< "all" with an argument
    SpfUnexpectedText,   ///< args: the mechanism name (a, mx)
    SpfCidrLength,       ///< a CIDR prefix length out of range or with a leading zero
    SpfIp4Address,       ///< not an IPv4 address in ip4:
    SpfIp6Address,       ///< not an IPv6 address in ip6:
    SpfUnknownMechanism, ///< a term that is neither a known mechanism nor a modifier
    // DMARC record (RFC 7489 §6.4)
    DmarcNoVersion,        ///< does not begin with v=DMARC1
    DmarcVersionSeparator, ///< v=DMARC1 not followed by ';'
    DmarcTagValue,         ///< a tag without '='
    DmarcTagName,          ///< not a valid tag name
    DmarcUri,              ///< not a valid URI in rua= / ruf=
    DmarcMailto,           ///< a mailto: URI without a usable address
    DmarcSize,             ///< a bad "!size" suffix on a report URI
    // DKIM tag lists, key records and signatures (RFC 6376 §3.2, §3.5, §3.6.1)
    DkimTagName,               ///< a tag name expected
    DkimTagEquals,             ///< '=' expected after the tag name
    DkimTagValue,              ///< a tag value expected
    DkimDuplicateTag,          ///< a tag given twice
    DkimKeyQuotes,             ///< quotation marks inside the key record
    DkimKeyVersion,            ///< v= present but not v=DKIM1 as the first tag
    DkimKeyBase64,             ///< p= is not base64
    DkimKeyMissing,            ///< no p= tag
    DkimKeyNotRsa,             ///< p= is not an RSA public key
    DkimKeyNotEd25519,         ///< p= is not a 32-byte Ed25519 key
    DkimKeyType,               ///< k= other than rsa or ed25519
    DkimSignatureVersion,      ///< v= is not 1
    DkimSignatureBase64,       ///< b= is not base64
    DkimBodyHashBase64,        ///< bh= is not base64
    DkimCanonicalization,      ///< bad c=
    DkimHeaderList,            ///< bad h=
    DkimBodyLength,            ///< l= not a number
    DkimBodyLengthTooLong,     ///< l= longer than the body
    DkimTimestamp,             ///< t= or x= not a number
    DkimQueryMethod,           ///< q= other than dns/txt
    DkimMissingTag,            ///< args: the required tag ("d=", …)
    DkimFromNotSigned,         ///< From not in h=
    DkimIdentityOutsideDomain, ///< i= not within d=
    DkimExpiryBeforeTimestamp, ///< x= not later than t=
    DkimEmptyDomain,           ///< d= present but empty
    DkimEmptySelector,         ///< s= present but empty
    ArcSignatureVersion,       ///< v= in an ARC-Message-Signature, which has none
    ArcSealSigned,             ///< ARC-Seal among an ARC-Message-Signature's h=
    ArcInstance,               ///< i= not a number from 1 to 50
    ArcAlgorithm,              ///< ARC allows rsa-sha256 only
    // Authentication-Results and ARC headers (RFC 8601, RFC 8617)
    HeaderUnterminatedComment, ///< a "(" without its ")"
    HeaderEmpty,               ///< an empty Authentication-Results
    HeaderMissingAuthservId,   ///< no authserv-id
    HeaderMissingArcInstance,  ///< no i= in an ARC header
};

/** The number of SyntaxDetail values; keep HeaderMissingArcInstance (or its successor) last. */
constexpr int SYNTAX_DETAIL_COUNT = int(SyntaxDetail::HeaderMissingArcInstance) + 1;

/** An error value: code, arguments for the message, and for parsers the 0-based offset of the fault. */
struct Error
{
    ErrorCode code = ErrorCode::Syntax;
    QStringList args;
    int position = -1;
    SyntaxDetail detail = SyntaxDetail::None; ///< Syntax: what is wrong
    QStringList detailArgs;                   ///< Syntax: the detail's arguments (names, not prose)

    static Error make(ErrorCode code, QStringList args = {}, int position = -1)
    {
        return Error{code, std::move(args), position, SyntaxDetail::None, {}};
    }
    /** A syntax error at the 0-based `position`: what is wrong, its arguments, and the faulty text. */
    static Error syntax(SyntaxDetail detail, int position, QStringList detailArgs = {}, QStringList args = {})
    {
        return Error{ErrorCode::Syntax, std::move(args), position, detail, std::move(detailArgs)};
    }
};

} // namespace todoku
