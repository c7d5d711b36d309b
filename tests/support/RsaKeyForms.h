// SPDX-License-Identifier: GPL-3.0-or-later
// RsaKeyForms: the shapes in which RSA public keys are published in DKIM records, made from one key by
// OpenSSL itself (i2d_PUBKEY, i2d_PublicKey) or by DER assembly where OpenSSL has no writer for the shape.
// Header-only; the test that includes it links OpenSSL::Crypto.
#pragma once

#include <QByteArray>

#include <openssl/evp.h>
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

inline QByteArray derLength(qsizetype n)
{
    if (n < 0x80) {
        return QByteArray(1, char(n));
    }
    QByteArray out;
    for (qsizetype v = n; v > 0; v >>= 8) {
        out.prepend(char(v & 0xff));
    }
    return char(0x80 | out.size()) + out;
}

inline QByteArray derTlv(char tag, const QByteArray& value)
{
    return tag + derLength(value.size()) + value;
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

    const QByteArray rsaOid = QByteArray::fromHex("2a864886f70d010101"); // 1.2.840.113549.1.1.1
    const QByteArray pssOid = QByteArray::fromHex("2a864886f70d01010a"); // 1.2.840.113549.1.1.10
    const QByteArray bits = derTlv(0x03, '\0' + out.pkcs1);
    out.spkiNoNull = derTlv(0x30, derTlv(0x30, derTlv(0x06, rsaOid)) + bits);
    out.pssAlgorithm = derTlv(0x30, derTlv(0x30, derTlv(0x06, pssOid)) + bits);
    out.trailingBytes = out.spki + QByteArray("\0\0\0", 3);
    return out;
}

} // namespace todoku::test
