// SPDX-License-Identifier: GPL-3.0-or-later
// RsaKeyForms: the shapes in which RSA public keys are published in DKIM records, made from one key by
// OpenSSL itself (i2d_PUBKEY, i2d_PublicKey, and i2d_X509_PUBKEY for the algorithm labels generators
// do not write).
// Header-only; the test that includes it links OpenSSL::Crypto.
#pragma once

#include <QByteArray>

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace todoku::test {

struct RsaKeyForms
{
    QByteArray spki;          ///< SubjectPublicKeyInfo, as every generator writes it
    QByteArray spkiNoNull;    ///< the same without the NULL algorithm parameters
    QByteArray pkcs1;         ///< the bare RSAPublicKey that some hosts publish
    QByteArray pssAlgorithm;  ///< the same numbers labelled RSASSA-PSS, which DKIM has no use for
    QByteArray trailingBytes; ///< spki with bytes after it, ignored by d2i_PUBKEY
};

/** An SPKI that OpenSSL writes with the algorithm `nid`, parameters `ptype` (V_ASN1_UNDEF: left out). */
inline QByteArray spkiWith(int nid, int ptype, const QByteArray& pkcs1)
{
    X509_PUBKEY* pub = X509_PUBKEY_new();
    auto* bits = static_cast<unsigned char*>(OPENSSL_memdup(pkcs1.constData(), size_t(pkcs1.size())));
    X509_PUBKEY_set0_param(pub, OBJ_nid2obj(nid), ptype, nullptr, bits, int(pkcs1.size()));
    unsigned char* der = nullptr;
    const int len = i2d_X509_PUBKEY(pub, &der);
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    X509_PUBKEY_free(pub);
    return out;
}

/** Every form of the public half of a PEM private key. */
inline RsaKeyForms rsaKeyForms(const QByteArray& privatePem)
{
    RsaKeyForms out;
    BIO* bio = BIO_new_mem_buf(privatePem.constData(), int(privatePem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    unsigned char* der = nullptr;
    int len = i2d_PUBKEY(key, &der);
    out.spki = QByteArray(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    der = nullptr;
    len = i2d_PublicKey(key, &der);
    out.pkcs1 = QByteArray(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    EVP_PKEY_free(key);

    out.spkiNoNull = spkiWith(NID_rsaEncryption, V_ASN1_UNDEF, out.pkcs1);
    out.pssAlgorithm = spkiWith(NID_rsassaPss, V_ASN1_UNDEF, out.pkcs1);
    out.trailingBytes = out.spki + QByteArray("\0\0\0", 3);
    return out;
}

} // namespace todoku::test
