// SPDX-License-Identifier: GPL-3.0-or-later
// DkimKeyGenerator: makes a DKIM key pair, writes the private key safely and renders the TXT record.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

#include "core/common/Result.h"
#include "core/diagnosis/Finding.h"

namespace todoku {

/** The key types Todoku generates. RSA 2048 is the default; Ed25519 only as a second signature. */
enum class DkimKeyType
{
    Rsa1024,
    Rsa2048,
    Rsa3072,
    Rsa4096,
    Ed25519,
};

/**
 * A generated key pair. The private key is PKCS#8 PEM, which OpenDKIM and rspamd both load; it is kept in
 * memory only until written and must never be logged. `publicKey` is what goes into p=: DER
 * SubjectPublicKeyInfo for RSA (RFC 6376 §3.6.1), the raw 32-byte key for Ed25519 (RFC 8463 §4).
 */
struct DkimKeyPair
{
    DkimKeyType type = DkimKeyType::Rsa2048;
    QByteArray privateKeyPem;
    QByteArray publicKey;
};

/**
 * Key generation with OpenSSL 3 (EVP only). Generating an RSA 4096 key takes a noticeable fraction of a
 * second: the GUI runs generate() on a worker (QtConcurrent); everything here is reentrant and pure except
 * writePrivateKey().
 */
class DkimKeyGenerator
{
public:
    /** A fresh key pair; ErrorCode::KeyGenerationFailed if OpenSSL fails. */
    static Result<DkimKeyPair> generate(DkimKeyType type);

    /**
     * Writes the private key PEM to `path` atomically (QSaveFile: a temporary file renamed into place), with
     * mode 0600 set before any key byte is written. ErrorCode::FileUnwritable (path, reason) on failure; an
     * existing file at `path` is left unchanged then.
     */
    static std::optional<Error> writePrivateKey(const DkimKeyPair& pair, const QString& path);

    /** A date-based selector, "yyyyMM" (e.g. "202611"), so the next rotation gets a new one. */
    static QString suggestedSelector(const QDate& date);

    /** The TXT value: "v=DKIM1; k=rsa; p=…" or "v=DKIM1; k=ed25519; p=…". */
    static QString recordValue(const DkimKeyPair& pair);

    /**
     * The record to publish at `selector`._domainkey.`domainAce`. (trailing dot), with the value and its
     * split into character-strings of at most 255 bytes for zone files. Purpose "dkim".
     */
    static ProposedRecord record(const DkimKeyPair& pair, const QString& selector, const QString& domainAce);
    /** The owner name of that record: `selector`._domainkey.`domainAce`. with its trailing dot. */
    static QString recordName(const QString& selector, const QString& domainAce);

    /** Findings about the key type: dkim.weak-key (1024), dkim.key-large (3072/4096), dkim.ed25519-second. */
    static QList<Finding> typeFindings(DkimKeyType type);

    /** "rsa2048", "ed25519", …: the CLI and JSON spelling. */
    static QString typeName(DkimKeyType type);
    static std::optional<DkimKeyType> parseType(const QString& name);
    /** RSA modulus size in bits; 256 for Ed25519. */
    static int bits(DkimKeyType type);
};

} // namespace todoku
