// SPDX-License-Identifier: GPL-3.0-or-later
// DkimSignature: one DKIM-Signature header field, parsed (RFC 6376 §3.5).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace todoku {

/** Canonicalization algorithms (RFC 6376 §3.4). */
enum class DkimCanonicalization
{
    Simple,
    Relaxed,
};

/** The tags of a DKIM-Signature. Optional tags that are absent hold -1 or an empty value. */
struct DkimSignature
{
    QString
        algorithm; ///< a=, lower case: "rsa-sha256", "rsa-sha1", "ed25519-sha256" (others kept as written)
    QByteArray signature; ///< b= decoded
    QByteArray bodyHash;  ///< bh= decoded
    DkimCanonicalization headerCanonicalization = DkimCanonicalization::Simple;
    DkimCanonicalization bodyCanonicalization = DkimCanonicalization::Simple;
    QString domain;            ///< d=, lower case
    QStringList signedHeaders; ///< h=, as written (compared case-insensitively)
    QString identity;          ///< i=; default "@" + d
    qint64 bodyLength = -1;    ///< l=
    QString selector;          ///< s=
    qint64 timestamp = -1;     ///< t=, seconds since the epoch
    qint64 expiration = -1;    ///< x=
    int instance = 0;          ///< i= of an ARC-Message-Signature (RFC 8617 §4.1.2); 0 for DKIM

    /** Which header field the tags come from: the tag rules differ slightly (RFC 8617 §4.1.2). */
    enum class Kind
    {
        Dkim,
        ArcMessageSignature, ///< no v=; i= is the instance; only rsa-sha256; h= may be empty
    };

    /** "sha256" or "sha1" from a=; empty for an unknown algorithm. */
    QString hashName() const;
    /** "rsa" or "ed25519" from a=; empty for an unknown algorithm. */
    QString keyType() const;

    /**
     * Parses the field value (everything after "DKIM-Signature:"). Errors (ErrorCode::Syntax, offset in
     * `value`): tag-list syntax, v= not 1, a required tag (v a b bh d h s) missing, base64 or number
     * syntax, an unknown c= algorithm, From not in h= (RFC 6376 §5.4), i= not within d= (§3.5). For an
     * ARC-Message-Signature (`kind`): no v=, i= a number 1..50, a= only rsa-sha256, h= may be empty or
     * lack From but must not name ARC-Seal (RFC 8617 §4.1.2).
     */
    static Result<DkimSignature> parse(const QByteArray& value, Kind kind = Kind::Dkim);

    /**
     * `rawField` ("DKIM-Signature: …", folding kept) with the value of its b= tag removed, as the header
     * hash needs it (RFC 6376 §3.7). Unchanged if there is no b= tag.
     */
    static QByteArray withoutSignatureValue(const QByteArray& rawField);
};

} // namespace todoku
