// SPDX-License-Identifier: GPL-3.0-or-later
// DkimCrypto: the OpenSSL 3 EVP calls DKIM needs (key generation, public-key decoding, verification).
// Private to core/dkim: no OpenSSL type leaves this header's implementation.
#pragma once

#include <QByteArray>
#include <optional>

namespace todoku::dkim::crypto {

enum class KeyAlgorithm
{
    Rsa,
    Ed25519,
};

struct GeneratedKey
{
    QByteArray privateKeyPem; ///< PKCS#8 PEM ("BEGIN PRIVATE KEY")
    QByteArray publicKey;     ///< RSA: DER SubjectPublicKeyInfo; Ed25519: the raw 32-byte key
};

/** A new key pair; `bits` is ignored for Ed25519. Nothing if OpenSSL fails. */
std::optional<GeneratedKey> generate(KeyAlgorithm algorithm, int bits);

/** Bits of an RSA public key given as DER SubjectPublicKeyInfo (or PKCS#1 RSAPublicKey); 0 if unreadable. */
int rsaKeyBits(const QByteArray& der);

enum class Hash
{
    Sha1,
    Sha256,
};

/** RSASSA-PKCS1-v1_5 over `data` with `hash` (RFC 6376 §3.3). False if the key is unreadable. */
bool verifyRsa(const QByteArray& publicKeyDer,
               Hash hash,
               const QByteArray& data,
               const QByteArray& signature);

/** Ed25519 over SHA-256(`data`) (RFC 8463 §3); `publicKey` is the raw 32 bytes. */
bool verifyEd25519(const QByteArray& publicKey, const QByteArray& data, const QByteArray& signature);

/** SHA-1 or SHA-256 of `data`. */
QByteArray digest(Hash hash, const QByteArray& data);

/** An incremental hash, for bodies fed in chunks. */
class Hasher
{
public:
    explicit Hasher(Hash hash);
    ~Hasher();
    /** The state so far, to be finished independently (EVP_MD_CTX_copy_ex). */
    Hasher(const Hasher& other);
    Hasher& operator=(const Hasher&) = delete;
    void add(const char* data, qsizetype size);
    QByteArray result();

private:
    void* m_ctx = nullptr;
};

} // namespace todoku::dkim::crypto
