// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DkimKeyGenerator: key types, PKCS#8 output, the 0600 atomic write and the TXT record shape.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "core/dkim/DkimKeyGenerator.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

// Loads the PEM with OpenSSL independently of the generator and returns its bits and base type.
std::pair<int, int> loadPem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key) {
        return {0, 0};
    }
    std::pair<int, int> out{EVP_PKEY_get_bits(key), EVP_PKEY_get_base_id(key)};
    EVP_PKEY_free(key);
    return out;
}

} // namespace

class TestDkimKeyGenerator : public QObject
{
    Q_OBJECT

private slots:
    void generatesEveryType_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("baseId");
        QTest::addColumn<QString>("k");
        QTest::newRow("rsa1024") << u"rsa1024"_s << 1024 << int(EVP_PKEY_RSA) << u"rsa"_s;
        QTest::newRow("rsa2048") << u"rsa2048"_s << 2048 << int(EVP_PKEY_RSA) << u"rsa"_s;
        QTest::newRow("rsa3072") << u"rsa3072"_s << 3072 << int(EVP_PKEY_RSA) << u"rsa"_s;
        QTest::newRow("ed25519") << u"ed25519"_s << 256 << int(EVP_PKEY_ED25519) << u"ed25519"_s;
    }
    void generatesEveryType()
    {
        QFETCH(QString, name);
        QFETCH(int, bits);
        QFETCH(int, baseId);
        QFETCH(QString, k);
        const auto type = DkimKeyGenerator::parseType(name);
        QVERIFY(type);
        const auto pair = DkimKeyGenerator::generate(*type);
        QVERIFY(pair.isOk());
        QVERIFY(pair->privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----\n")); // PKCS#8, not PKCS#1
        const auto [loadedBits, loadedId] = loadPem(pair->privateKeyPem);
        QCOMPARE(loadedBits, bits);
        QCOMPARE(loadedId, baseId);

        const QString value = DkimKeyGenerator::recordValue(*pair);
        QVERIFY(value.startsWith(u"v=DKIM1; k="_s + k + u"; p="_s));
        const QByteArray p = QByteArray::fromBase64(value.section(u"p="_s, 1).toLatin1());
        QCOMPARE(p, pair->publicKey);
        if (baseId == EVP_PKEY_ED25519) {
            QCOMPARE(p.size(), 32); // RFC 8463 §4: the raw key, not SubjectPublicKeyInfo
        } else {
            const auto* d = reinterpret_cast<const unsigned char*>(p.constData());
            EVP_PKEY* pub = d2i_PUBKEY(nullptr, &d, long(p.size()));
            QVERIFY(pub);
            QCOMPARE(EVP_PKEY_get_bits(pub), bits);
            EVP_PKEY_free(pub);
        }
    }

    void twoKeysDiffer()
    {
        const auto a = DkimKeyGenerator::generate(DkimKeyType::Ed25519);
        const auto b = DkimKeyGenerator::generate(DkimKeyType::Ed25519);
        QVERIFY(a.isOk() && b.isOk());
        QVERIFY(a->publicKey != b->publicKey);
    }

    void recordSplitsIntoCharacterStrings()
    {
        const auto pair = DkimKeyGenerator::generate(DkimKeyType::Rsa2048);
        QVERIFY(pair.isOk());
        const ProposedRecord r = DkimKeyGenerator::record(*pair, u"202611"_s, u"example.jp"_s);
        QCOMPARE(r.name, u"202611._domainkey.example.jp."_s);
        QCOMPARE(r.type, u"TXT"_s);
        QCOMPARE(r.purpose, u"dkim"_s);
        QCOMPARE(r.strings.size(), 2); // 2048-bit: about 410 bytes
        for (const QString& s : r.strings) {
            QVERIFY(s.toUtf8().size() <= 255);
        }
        QCOMPARE(r.strings.join(QString()), r.value);
        QCOMPARE(r.strings.first().size(), 255);
    }

    void ed25519RecordIsOneString()
    {
        const auto pair = DkimKeyGenerator::generate(DkimKeyType::Ed25519);
        QVERIFY(pair.isOk());
        const ProposedRecord r = DkimKeyGenerator::record(*pair, u"ed"_s, u"example.jp."_s);
        QCOMPARE(r.name, u"ed._domainkey.example.jp."_s);
        QCOMPARE(r.strings.size(), 1);
    }

    void writesPrivateKeyWithMode0600()
    {
        QTemporaryDir dir;
        const auto pair = DkimKeyGenerator::generate(DkimKeyType::Ed25519);
        QVERIFY(pair.isOk());
        const QString path = dir.filePath(u"key.pem"_s);
        QVERIFY(!DkimKeyGenerator::writePrivateKey(*pair, path));
        QFile f(path);
        QCOMPARE(f.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), pair->privateKeyPem);
    }

    void overwriteKeepsMode0600()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"key.pem"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(
            old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const auto pair = DkimKeyGenerator::generate(DkimKeyType::Ed25519);
        QVERIFY(!DkimKeyGenerator::writePrivateKey(*pair, path));
        QVERIFY(!(QFile(path).permissions() & QFileDevice::ReadOther));
    }

    void unwritablePathIsAnError()
    {
        const auto pair = DkimKeyGenerator::generate(DkimKeyType::Ed25519);
        const auto error = DkimKeyGenerator::writePrivateKey(*pair, u"/nonexistent-dir/sub/key.pem"_s);
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::FileUnwritable);
        QCOMPARE(error->args.value(0), u"/nonexistent-dir/sub/key.pem"_s);
    }

    void suggestedSelectorIsYearMonth()
    {
        QCOMPARE(DkimKeyGenerator::suggestedSelector(QDate(2026, 11, 3)), u"202611"_s);
        QCOMPARE(DkimKeyGenerator::suggestedSelector(QDate(2027, 1, 31)), u"202701"_s);
    }

    void typeNamesRoundTripAndRejectUnknown()
    {
        for (auto t : {DkimKeyType::Rsa1024,
                       DkimKeyType::Rsa2048,
                       DkimKeyType::Rsa3072,
                       DkimKeyType::Rsa4096,
                       DkimKeyType::Ed25519}) {
            QCOMPARE(DkimKeyGenerator::parseType(DkimKeyGenerator::typeName(t)), std::optional(t));
        }
        QVERIFY(!DkimKeyGenerator::parseType(u"rsa512"_s));
        QVERIFY(!DkimKeyGenerator::parseType(QString()));
    }

    void typeFindingsWarnAboutWeakAndLargeKeys()
    {
        QCOMPARE(DkimKeyGenerator::typeFindings(DkimKeyType::Rsa1024).value(0).id, u"dkim.weak-key"_s);
        QCOMPARE(DkimKeyGenerator::typeFindings(DkimKeyType::Rsa4096).value(0).id, u"dkim.key-large"_s);
        QCOMPARE(DkimKeyGenerator::typeFindings(DkimKeyType::Ed25519).value(0).id, u"dkim.ed25519-second"_s);
        QVERIFY(DkimKeyGenerator::typeFindings(DkimKeyType::Rsa2048).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDkimKeyGenerator)
#include "TestDkimKeyGenerator.moc"
