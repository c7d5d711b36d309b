// SPDX-License-Identifier: GPL-3.0-or-later
// DkimKeyRecord: the public-key TXT record at selector._domainkey.domain (RFC 6376 §3.6.1), and its linter.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/diagnosis/Finding.h"

namespace todoku {

/** A parsed key record. Tags missing from the record hold RFC 6376's defaults. */
struct DkimKeyRecord
{
    QString version;                           ///< v=, empty if absent
    QString keyType = QStringLiteral("rsa");   ///< k=, lower case
    QStringList hashes;                        ///< h=, empty: all allowed
    QStringList services{QStringLiteral("*")}; ///< s=
    QStringList flags;                         ///< t=, e.g. {"y"} or {"s"}
    QString notes;                             ///< n=
    QByteArray publicKey;                      ///< p= decoded; empty if revoked
    bool hasWhitespaceInKey = false;
    int keyBits = 0; ///< RSA modulus bits read from the key, 256 for Ed25519, 0 if unreadable or revoked

    bool isRevoked() const { return publicKey.isEmpty(); }
    bool isTesting() const { return flags.contains(QStringLiteral("y")); }
    bool isStrictIdentity() const { return flags.contains(QStringLiteral("s")); }
    /** True if h= allows `hash` ("sha256", "sha1"). */
    bool allowsHash(const QString& hash) const { return hashes.isEmpty() || hashes.contains(hash); }

    /**
     * Parses the record text (TXT character-strings already joined). Errors (ErrorCode::Syntax with the
     * offset): tag-list syntax, v= not "DKIM1" or not first, missing p=, p= not base64, quotes in the value,
     * an RSA p= that is not a public key, an Ed25519 p= that is not 32 bytes. Unknown k= is kept, not an
     * error, so the verifier can report it against the signature's algorithm.
     */
    static Result<DkimKeyRecord> parse(const QByteArray& text);
};

namespace dkim {

/**
 * Lints the record published at `owner` (e.g. "s1._domainkey.example.jp"). Findings: dkim.key-ok,
 * dkim.weak-key, dkim.revoked, dkim.testing-mode, dkim.strict-identity, dkim.service-email,
 * dkim.space-in-key, dkim.quotes-in-value, dkim.missing-key, dkim.bad-key, dkim.permerror.syntax.
 */
QList<Finding> lintKeyRecord(const QByteArray& text, const QString& owner);

} // namespace dkim
} // namespace todoku
