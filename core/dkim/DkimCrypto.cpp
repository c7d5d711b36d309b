// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "core/dkim/DkimCrypto_p.h"

namespace todoku::dkim::crypto {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

const EVP_MD* md(Hash hash)
{
    return hash == Hash::Sha1 ? EVP_sha1() : EVP_sha256();
}

Pkey decodeRsa(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Pkey key(d2i_PUBKEY(nullptr, &p, long(der.size())));
    if (!key) {
        // Some hosts publish the bare PKCS#1 RSAPublicKey; receivers such as OpenDKIM accept it too.
        p = reinterpret_cast<const unsigned char*>(der.constData());
        key.reset(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size())));
    }
    if (key && EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA) {
        key.reset();
    }
    return key;
}

} // namespace

std::optional<GeneratedKey> generate(KeyAlgorithm algorithm, int bits)
{
    Pkey key(algorithm == KeyAlgorithm::Rsa ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits))
                                            : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key) {
        return std::nullopt;
    }
    GeneratedKey out;
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_secmem()), &BIO_free);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return std::nullopt;
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    out.privateKeyPem = QByteArray(data, size);
    if (algorithm == KeyAlgorithm::Rsa) {
        unsigned char* der = nullptr;
        const int len = i2d_PUBKEY(key.get(), &der);
        if (len <= 0) {
            return std::nullopt;
        }
        out.publicKey = QByteArray(reinterpret_cast<const char*>(der), len);
        OPENSSL_free(der);
    } else {
        size_t len = 32;
        out.publicKey.resize(32);
        if (EVP_PKEY_get_raw_public_key(
                key.get(), reinterpret_cast<unsigned char*>(out.publicKey.data()), &len)
                != 1
            || len != 32) {
            return std::nullopt;
        }
    }
    return out;
}

int rsaKeyBits(const QByteArray& der)
{
    Pkey key = decodeRsa(der);
    return key ? EVP_PKEY_get_bits(key.get()) : 0;
}

bool verifyRsa(const QByteArray& publicKeyDer, Hash hash, const QByteArray& data, const QByteArray& signature)
{
    Pkey key = decodeRsa(publicKeyDer);
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md(hash), nullptr, key.get()) != 1) {
        return false;
    }
    return EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(data.constData()),
                            size_t(data.size()))
           == 1;
}

bool verifyEd25519(const QByteArray& publicKey, const QByteArray& data, const QByteArray& signature)
{
    if (publicKey.size() != 32) {
        return false;
    }
    Pkey key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(publicKey.constData()), 32));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        return false;
    }
    // RFC 8463 §3: PureEdDSA over the SHA-256 hash of the canonicalized header data.
    const QByteArray hashed = digest(Hash::Sha256, data);
    return EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(hashed.constData()),
                            size_t(hashed.size()))
           == 1;
}

QByteArray digest(Hash hash, const QByteArray& data)
{
    Hasher h(hash);
    h.add(data.constData(), data.size());
    return h.result();
}

Hasher::Hasher(Hash hash)
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(m_ctx), md(hash), nullptr);
}

Hasher::Hasher(const Hasher& other)
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_MD_CTX_copy_ex(static_cast<EVP_MD_CTX*>(m_ctx), static_cast<const EVP_MD_CTX*>(other.m_ctx));
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_ctx));
}

void Hasher::add(const char* data, qsizetype size)
{
    if (size > 0) {
        EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_ctx), data, size_t(size));
    }
}

QByteArray Hasher::result()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(m_ctx), out, &len);
    return QByteArray(reinterpret_cast<const char*>(out), int(len));
}

} // namespace todoku::dkim::crypto
