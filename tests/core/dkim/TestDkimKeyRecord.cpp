// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DkimKeyRecord::parse and dkim::lintKeyRecord with RFC 8463's record, generated keys and the ways
// web forms break records.
#include <QTest>

#include "core/dkim/DkimKeyGenerator.h"
#include "core/dkim/DkimKeyRecord.h"
#include "tests/support/FindingIds.h"
#include "tests/support/RsaKeyForms.h"

using namespace todoku;
using todoku::test::findingIds;
using namespace Qt::StringLiterals;

namespace {

const QString OWNER = u"s1._domainkey.example.jp"_s;

QByteArray rsaRecord(DkimKeyType type)
{
    static QHash<int, QByteArray> cache;
    if (!cache.contains(int(type))) {
        cache.insert(int(type), DkimKeyGenerator::recordValue(*DkimKeyGenerator::generate(type)).toLatin1());
    }
    return cache.value(int(type));
}

} // namespace

class TestDkimKeyRecord : public QObject
{
    Q_OBJECT

private slots:
    void parsesRfc8463Record()
    {
        // RFC 8463 §A.2
        const auto r =
            DkimKeyRecord::parse("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
        QVERIFY(r.isOk());
        QCOMPARE(r->keyType, u"ed25519"_s);
        QCOMPARE(r->publicKey.size(), 32);
        QCOMPARE(r->keyBits, 256);
        QVERIFY(!r->isRevoked());
    }

    void readsKeySizeFromTheKey_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("bits");
        QTest::newRow("1024") << int(DkimKeyType::Rsa1024) << 1024;
        QTest::newRow("2048") << int(DkimKeyType::Rsa2048) << 2048;
    }
    void readsKeySizeFromTheKey()
    {
        QFETCH(int, type);
        QFETCH(int, bits);
        const auto r = DkimKeyRecord::parse(rsaRecord(DkimKeyType(type)));
        QVERIFY(r.isOk());
        QCOMPARE(r->keyType, u"rsa"_s);
        QCOMPARE(r->keyBits, bits);
    }

    void readsEveryPublishedRsaKeyForm_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<int>("bits"); // 0: refused as "not an RSA key"
        const DkimKeyPair pair = *DkimKeyGenerator::generate(DkimKeyType::Rsa2048);
        const test::RsaKeyForms forms = test::rsaKeyForms(pair.privateKeyPem);
        QTest::newRow("spki") << forms.spki << 2048;
        QTest::newRow("spki-without-null") << forms.spkiNoNull << 2048;
        QTest::newRow("pkcs1") << forms.pkcs1 << 2048;
        QTest::newRow("trailing-bytes") << forms.trailingBytes << 2048;
        QTest::newRow("rsassa-pss") << forms.pssAlgorithm << 0;
        QTest::newRow("cut-short") << forms.spki.left(forms.spki.size() - 10) << 0;
        QTest::newRow("pkcs1-cut-short") << forms.pkcs1.left(100) << 0;
        // An INTEGER modulus of -1: readable DER, not a key.
        QTest::newRow("negative-modulus") << QByteArray::fromHex("30060201ff020103") << 0;
        QTest::newRow("ed25519-spki") << QByteArray::fromHex(
            "302a300506032b6570032100d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                                      << 0;
    }
    void readsEveryPublishedRsaKeyForm()
    {
        QFETCH(QByteArray, der);
        QFETCH(int, bits);
        const auto r = DkimKeyRecord::parse("v=DKIM1; k=rsa; p=" + der.toBase64());
        if (bits == 0) {
            QVERIFY(!r.isOk());
        } else {
            QVERIFY(r.isOk());
            QCOMPARE(r->keyBits, bits);
        }
    }

    void parsesEveryTag()
    {
        const auto r = DkimKeyRecord::parse("v=DKIM1; k=rsa; h=sha1:SHA256; s=email; t=y:s; n=note here; p=");
        QVERIFY(r.isOk());
        QCOMPARE(r->version, u"DKIM1"_s);
        QCOMPARE(r->hashes, QStringList({u"sha1"_s, u"sha256"_s}));
        QCOMPARE(r->services, QStringList{u"email"_s});
        QVERIFY(r->isTesting());
        QVERIFY(r->isStrictIdentity());
        QCOMPARE(r->notes, u"note here"_s);
        QVERIFY(r->isRevoked());
        QVERIFY(r->allowsHash(u"sha1"_s));
        QVERIFY(!r->allowsHash(u"sha512"_s));
    }

    void rejectsBrokenRecords_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("position");
        QTest::newRow("v-not-first") << QByteArray("k=rsa; v=DKIM1; p=") << 7;
        QTest::newRow("v-wrong") << QByteArray("v=DKIM2; p=") << 0;
        QTest::newRow("no-p") << QByteArray("v=DKIM1; k=rsa") << 14;
        QTest::newRow("duplicate") << QByteArray("p=; p=") << 4;
        QTest::newRow("no-equals") << QByteArray("v=DKIM1; k") << 10;
        QTest::newRow("bad-base64") << QByteArray("p=ab*d") << 0;
        QTest::newRow("quotes") << QByteArray("v=DKIM1; p=\"MIIB\"") << 11;
        QTest::newRow("not-a-key") << QByteArray("k=rsa; p=QUJDRA==") << 7;
        QTest::newRow("ed25519-short") << QByteArray("k=ed25519; p=QUJDRA==") << 11;
        QTest::newRow("garbage") << QByteArray("\xff\xfe\x00garbage", 10) << 0;
    }
    void rejectsBrokenRecords()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, position);
        const auto r = DkimKeyRecord::parse(text);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().code, ErrorCode::Syntax);
        QCOMPARE(r.error().position, position);
    }

    void hugeInputIsAnErrorNotACrash()
    {
        const QByteArray huge = "p=" + QByteArray(4 * 1024 * 1024, 'A');
        const auto r = DkimKeyRecord::parse(huge);
        QVERIFY(!r.isOk()); // base64 but not an RSA key
    }

    void lints_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        const QByteArray k2048 = rsaRecord(DkimKeyType::Rsa2048);
        const QByteArray k1024 = rsaRecord(DkimKeyType::Rsa1024);
        QTest::newRow("ok") << k2048 << QStringList{u"dkim.key-ok"_s};
        QTest::newRow("weak") << k1024 << QStringList{u"dkim.weak-key"_s};
        QTest::newRow("revoked") << QByteArray("v=DKIM1; p=") << QStringList{u"dkim.revoked"_s};
        QTest::newRow("testing") << QByteArray(k2048).replace("k=rsa;", "k=rsa; t=y;")
                                 << QStringList{u"dkim.testing-mode"_s};
        QTest::newRow("opendkim-genkey")
            << QByteArray(k2048).replace("k=rsa;", "h=sha256; k=rsa; s=email; t=s;")
            << QStringList{u"dkim.key-ok"_s, u"dkim.strict-identity"_s, u"dkim.service-email"_s};
        QByteArray spaced = k2048;
        spaced.insert(100, "\r\n ");
        spaced.insert(60, ' ');
        QTest::newRow("space-in-p") << spaced << QStringList{u"dkim.space-in-key"_s};
        QTest::newRow("quotes") << QByteArray("\"v=DKIM1; k=rsa; p=MIIB\"")
                                << QStringList{u"dkim.quotes-in-value"_s};
        QTest::newRow("missing-p") << QByteArray("v=DKIM1; k=rsa;") << QStringList{u"dkim.missing-key"_s};
        // A record split in the wrong place by a registrar form: the second half lost.
        QTest::newRow("cut") << k2048.left(255) << QStringList{u"dkim.bad-key"_s};
        QTest::newRow("syntax") << QByteArray("v=DKIM1; k rsa; p=") << QStringList{u"dkim.key-syntax"_s};
        QTest::newRow("unknown-k") << QByteArray("v=DKIM1; k=dsa; p=QUJD")
                                   << QStringList{u"dkim.key-syntax"_s};
    }
    void lints()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        const QList<Finding> findings = dkim::lintKeyRecord(text, OWNER);
        QCOMPARE(findingIds(findings), expected);
        QCOMPARE(findings.first().evidence.value(0).name, OWNER);
    }

    void lintsWeakKeyWithBits()
    {
        const QList<Finding> f = dkim::lintKeyRecord(rsaRecord(DkimKeyType::Rsa1024), OWNER);
        QCOMPARE(f.value(0).args.value(0), u"1024"_s);
        QCOMPARE(f.value(0).severity, Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestDkimKeyRecord)
#include "TestDkimKeyRecord.moc"
