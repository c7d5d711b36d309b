// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DkimVerifier against FakeResolver: messages signed here with Todoku-generated keys (the signer is
// OpenSSL called directly), then changed in the ways mail is changed, and every key-lookup outcome.
#include <QSignalSpy>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include "core/dkim/DkimCanonicalizer.h"
#include "core/dkim/DkimKeyGenerator.h"
#include "core/dkim/DkimVerifier.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/RsaKeyForms.h"

using namespace todoku;
using todoku::test::FakeResolver;
using namespace Qt::StringLiterals;
using R = DkimVerification::Result;

namespace {

const QDateTime NOW = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);

QByteArray sign(const QByteArray& pem, bool ed25519, const QByteArray& data)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    QByteArray input = ed25519 ? QCryptographicHash::hash(data, QCryptographicHash::Sha256) : data;
    EVP_DigestSignInit(ctx, nullptr, ed25519 ? nullptr : EVP_sha256(), nullptr, key);
    size_t len = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(input.constData());
    EVP_DigestSign(ctx, nullptr, &len, in, size_t(input.size()));
    QByteArray out(qsizetype(len), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(out.data()), &len, in, size_t(input.size()));
    out.resize(qsizetype(len));
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return out;
}

const DkimKeyPair& key(DkimKeyType type)
{
    static QHash<int, DkimKeyPair> keys;
    if (!keys.contains(int(type))) {
        keys.insert(int(type), *DkimKeyGenerator::generate(type));
    }
    return keys[int(type)];
}

// A signed message; `tags` go before bh= and b=.
QByteArray signedMessage(DkimKeyType type, const QByteArray& tags, const QByteArray& body)
{
    const bool ed = type == DkimKeyType::Ed25519;
    const QByteArray header =
        "From: Taro <taro@example.jp>\r\nTo: hanako@example.com\r\nSubject:  Hello \r\n\tthere\r\n";
    const QByteArray a = ed ? "ed25519-sha256" : "rsa-sha256";
    auto sig = DkimSignature::parse("v=1; a=" + a + "; " + tags + "; bh=AAAA; b=AAAA");
    Q_ASSERT(sig.isOk());
    DkimBodyHasher hasher(sig->bodyCanonicalization, u"sha256"_s, sig->bodyLength);
    hasher.add(body);
    const QByteArray field =
        "DKIM-Signature: v=1; a=" + a + "; " + tags + ";\r\n bh=" + hasher.finish().toBase64() + "; b=AAAA";
    const QByteArray unsignedMessage = field + "\r\n" + header + "\r\n" + body;
    const QList<DkimPrepared> prepared = dkim::prepare(MailMessage::parse(unsignedMessage));
    const QByteArray b = sign(key(type).privateKeyPem, ed, prepared.first().signedData).toBase64();
    QByteArray out = unsignedMessage;
    out.replace(QByteArray("b=AAAA\r\n"), QByteArray("b=" + b.left(40) + "\r\n  " + b.mid(40) + "\r\n"));
    return out;
}

QList<DkimVerification> verify(FakeResolver& resolver, const QByteArray& message)
{
    DkimVerifier verifier(&resolver);
    QSignalSpy spy(&verifier, &DkimVerifier::finished);
    verifier.start(MailMessage::parse(message), NOW);
    if (!spy.wait(5000)) {
        return {};
    }
    return verifier.results();
}

void publish(FakeResolver& resolver, DkimKeyType type, const QString& selector = u"s1"_s)
{
    resolver.addTxt(selector + u"._domainkey.example.jp"_s,
                    DkimKeyGenerator::recordValue(key(type)).toLatin1());
}

} // namespace

class TestDkimVerifier : public QObject
{
    Q_OBJECT

private slots:
    void passes_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("tags");
        QTest::addColumn<QByteArray>("body");
        const QByteArray body = "Hello  \r\n\r\n日本語\r\n\r\n\r\n";
        QTest::newRow("rsa-relaxed") << int(DkimKeyType::Rsa2048)
                                     << QByteArray("c=relaxed/relaxed; d=example.jp; s=s1; h=from:to:subject")
                                     << body;
        QTest::newRow("rsa-simple") << int(DkimKeyType::Rsa2048)
                                    << QByteArray("d=example.jp; s=s1; h=from:to:subject") << body;
        QTest::newRow("oversigned")
            << int(DkimKeyType::Rsa2048)
            << QByteArray("c=relaxed/simple; d=example.jp; s=s1; h=from:from:subject:reply-to") << body;
        QTest::newRow("ed25519") << int(DkimKeyType::Ed25519)
                                 << QByteArray("c=relaxed/relaxed; d=example.jp; s=s1; h=from:to") << body;
        QTest::newRow("empty-body") << int(DkimKeyType::Ed25519)
                                    << QByteArray("c=simple/simple; d=example.jp; s=s1; h=from")
                                    << QByteArray();
        QTest::newRow("subdomain-i") << int(DkimKeyType::Rsa1024)
                                     << QByteArray("d=example.jp; i=news@mail.example.jp; s=s1; h=from")
                                     << body;
    }
    void passes()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, tags);
        QFETCH(QByteArray, body);
        FakeResolver resolver;
        publish(resolver, DkimKeyType(type));
        const auto results = verify(resolver, signedMessage(DkimKeyType(type), tags, body));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().reason, u"ok"_s);
        QCOMPARE(results.first().result, R::Pass);
        QCOMPARE(results.first().findings.first().id, u"dkim.pass"_s);
        QCOMPARE(results.first().domain, u"example.jp"_s);
        QCOMPARE(resolver.lookups(), QStringList{u"s1._domainkey.example.jp TXT"_s});
    }

    void verifiesWithEveryPublishedRsaKeyForm_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<QString>("reason");
        const test::RsaKeyForms forms = test::rsaKeyForms(key(DkimKeyType::Rsa2048).privateKeyPem);
        QTest::newRow("spki") << forms.spki << u"ok"_s;
        QTest::newRow("spki-without-null") << forms.spkiNoNull << u"ok"_s;
        QTest::newRow("pkcs1") << forms.pkcs1 << u"ok"_s;
        QTest::newRow("rsassa-pss") << forms.pssAlgorithm << u"key-syntax"_s;
        // The right shape, another key's numbers: the signature must not verify.
        const test::RsaKeyForms other = test::rsaKeyForms(key(DkimKeyType::Rsa1024).privateKeyPem);
        QTest::newRow("other-key") << other.pkcs1 << u"signature-mismatch"_s;
    }
    void verifiesWithEveryPublishedRsaKeyForm()
    {
        QFETCH(QByteArray, der);
        QFETCH(QString, reason);
        FakeResolver resolver;
        resolver.addTxt(u"s1._domainkey.example.jp"_s, "v=DKIM1; k=rsa; p=" + der.toBase64());
        const auto results = verify(resolver,
                                    signedMessage(DkimKeyType::Rsa2048,
                                                  "c=relaxed/relaxed; d=example.jp; s=s1; h=from:to",
                                                  "Hello\r\n"));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().reason, reason);
        QCOMPARE(results.first().result,
                 reason == u"ok"           ? R::Pass
                 : reason == u"key-syntax" ? R::PermError
                                           : R::Fail);
    }

    void failsWithTheRightReason_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("result");
        QTest::newRow("body-changed")
            << QByteArray("second") << QByteArray("Second") << u"body-hash-mismatch"_s << int(R::Fail);
        QTest::newRow("footer-appended")
            << QByteArray("last line\r\n") << QByteArray("last line\r\n--\r\nList footer\r\n")
            << u"body-hash-mismatch"_s << int(R::Fail);
        QTest::newRow("header-changed") << QByteArray("Subject:  Hello") << QByteArray("Subject:  Hallo")
                                        << u"signature-mismatch"_s << int(R::Fail);
        QTest::newRow("header-added-over-signed")
            << QByteArray("To: hanako") << QByteArray("Reply-To: x@evil.example\r\nTo: hanako")
            << u"signature-mismatch"_s << int(R::Fail);
    }
    void failsWithTheRightReason()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, reason);
        QFETCH(int, result);
        FakeResolver resolver;
        publish(resolver, DkimKeyType::Rsa2048);
        QByteArray message =
            signedMessage(DkimKeyType::Rsa2048,
                          "c=relaxed/relaxed; d=example.jp; s=s1; h=from:to:subject:reply-to",
                          "first\r\nsecond\r\nlast line\r\n");
        QVERIFY(message.contains(from));
        message.replace(from, to);
        const auto results = verify(resolver, message);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().reason, reason);
        QCOMPARE(int(results.first().result), result);
    }

    void bodyLengthProtectsOnlyThePrefix()
    {
        FakeResolver resolver;
        publish(resolver, DkimKeyType::Rsa2048);
        QByteArray message =
            signedMessage(DkimKeyType::Rsa2048, "d=example.jp; s=s1; h=from; l=7", "first\r\n");
        message += "appended by a list\r\n";
        const auto results = verify(resolver, message);
        QCOMPARE(results.value(0).result, R::Pass);
        QVERIFY(std::any_of(results.first().findings.cbegin(),
                            results.first().findings.cend(),
                            [](const Finding& f) { return f.id == u"dkim.body-length"; }));
    }

    void keyLookupOutcomes_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("findingId");
        QTest::newRow("nxdomain") << int(DnsOutcome::NxDomain) << int(R::PermError)
                                  << u"dkim.permerror.no-key"_s;
        QTest::newRow("nodata") << int(DnsOutcome::NoData) << int(R::PermError) << u"dkim.permerror.no-key"_s;
        QTest::newRow("servfail") << int(DnsOutcome::ServFail) << int(R::TempError)
                                  << u"dkim.temperror.dns"_s;
        QTest::newRow("timeout") << int(DnsOutcome::Timeout) << int(R::TempError) << u"dkim.temperror.dns"_s;
    }
    void keyLookupOutcomes()
    {
        QFETCH(int, outcome);
        QFETCH(int, result);
        QFETCH(QString, findingId);
        FakeResolver resolver;
        resolver.setOutcome(u"s1._domainkey.example.jp"_s, DnsRecordType::TXT, DnsOutcome(outcome));
        const auto results =
            verify(resolver, signedMessage(DkimKeyType::Ed25519, "d=example.jp; s=s1; h=from", "x\r\n"));
        QCOMPARE(results.size(), 1);
        QCOMPARE(int(results.first().result), result);
        QCOMPARE(results.first().findings.first().id, findingId);
    }

    void keyProblems_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("reason");
        QTest::newRow("revoked") << QByteArray("v=DKIM1; p=") << u"key-revoked"_s;
        QTest::newRow("wrong-type") << DkimKeyGenerator::recordValue(key(DkimKeyType::Ed25519)).toLatin1()
                                    << u"key-mismatch"_s;
        QTest::newRow("sha1-only") << DkimKeyGenerator::recordValue(key(DkimKeyType::Rsa2048))
                                          .toLatin1()
                                          .replace("k=rsa;", "k=rsa; h=sha1;")
                                   << u"key-mismatch"_s;
        QTest::newRow("broken") << QByteArray("v=DKIM1; k=rsa; p=QUJD") << u"key-syntax"_s;
        QTest::newRow("other-key")
            << DkimKeyGenerator::recordValue(*DkimKeyGenerator::generate(DkimKeyType::Rsa2048)).toLatin1()
            << u"signature-mismatch"_s;
        QTest::newRow("strict") << DkimKeyGenerator::recordValue(key(DkimKeyType::Rsa2048))
                                       .toLatin1()
                                       .replace("k=rsa;", "k=rsa; t=s;")
                                << u"strict-identity"_s;
    }
    void keyProblems()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, reason);
        FakeResolver resolver;
        resolver.addTxt(u"s1._domainkey.example.jp"_s, record);
        const auto results = verify(
            resolver,
            signedMessage(DkimKeyType::Rsa2048, "d=example.jp; i=a@sub.example.jp; s=s1; h=from", "x\r\n"));
        QCOMPARE(results.value(0).reason, reason);
    }

    void truncatedSignature()
    {
        FakeResolver resolver;
        publish(resolver, DkimKeyType::Rsa2048);
        QByteArray message = signedMessage(DkimKeyType::Rsa2048, "d=example.jp; s=s1; h=from", "x\r\n");
        const qsizetype b = message.indexOf("; b=") + 4;
        message.remove(b + 40, message.indexOf("\r\n\r\n") - b - 40 - 8); // keep 40 + a few characters
        const auto results = verify(resolver, message);
        QCOMPARE(results.value(0).reason, u"truncated-signature"_s);
        QCOMPARE(results.value(0).findings.first().id, u"dkim.truncated-signature"_s);
    }

    void expired()
    {
        FakeResolver resolver;
        publish(resolver, DkimKeyType::Rsa2048);
        const auto results = verify(
            resolver,
            signedMessage(DkimKeyType::Rsa2048, "d=example.jp; s=s1; h=from; t=1000; x=2000", "x\r\n"));
        QCOMPARE(results.value(0).reason, u"expired"_s);
        QCOMPARE(results.value(0).result, R::PermError);
    }

    void unparsableSignatureNeedsNoLookup()
    {
        FakeResolver resolver;
        const auto results =
            verify(resolver, "DKIM-Signature: v=1; a=rsa-sha256; garbage\r\nFrom: a@b.jp\r\n\r\nx\r\n");
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().result, R::PermError);
        QCOMPARE(results.first().reason, u"syntax"_s);
        QCOMPARE(resolver.lookupCount(), 0);
    }

    void noSignatureFinishesEmpty()
    {
        FakeResolver resolver;
        DkimVerifier verifier(&resolver);
        QSignalSpy spy(&verifier, &DkimVerifier::finished);
        verifier.start(MailMessage::parse("From: a@b.jp\r\n\r\nhello\r\n"), NOW);
        QCOMPARE(spy.count(), 0); // never synchronously
        QVERIFY(spy.wait(1000));
        QVERIFY(verifier.results().isEmpty());
    }

    void twoSignaturesLookUpInParallel()
    {
        FakeResolver resolver;
        publish(resolver, DkimKeyType::Rsa2048);
        publish(resolver, DkimKeyType::Ed25519, u"ed"_s);
        const QByteArray rsa = signedMessage(DkimKeyType::Rsa2048, "d=example.jp; s=s1; h=from", "x\r\n");
        const QByteArray ed = signedMessage(DkimKeyType::Ed25519, "d=example.jp; s=ed; h=from", "x\r\n");
        const QByteArray edField = ed.left(ed.indexOf("\r\nFrom:") + 2);
        const auto results = verify(resolver, edField + rsa);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).selector, u"ed"_s);
        QCOMPARE(results.at(0).result, R::Pass);
        QCOMPARE(results.at(1).result, R::Pass);
    }

    /**
     * Signatures with the same body parameters share one body hash, but each is still compared with its own
     * bh=: a signature made over another body fails, one over this body passes, whatever the order.
     */
    void sharedBodyHashComparesEachBh()
    {
        FakeResolver resolver;
        publish(resolver, DkimKeyType::Rsa2048);
        publish(resolver, DkimKeyType::Ed25519, u"ed"_s);
        const QByteArray tags = "c=relaxed/relaxed; d=example.jp; h=from; s=";
        const QByteArray rsa = signedMessage(DkimKeyType::Rsa2048, tags + "s1", "body\r\n");
        const QByteArray other = signedMessage(DkimKeyType::Ed25519, tags + "ed", "another body\r\n");
        const QByteArray otherField = other.left(other.indexOf("\r\nFrom:") + 2);
        auto results = verify(resolver, otherField + rsa);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).reason, u"body-hash-mismatch"_s);
        QCOMPARE(results.at(1).result, R::Pass);

        const QByteArray same = signedMessage(DkimKeyType::Ed25519, tags + "ed", "body\r\n");
        results = verify(resolver, same.left(same.indexOf("\r\nFrom:") + 2) + rsa);
        QCOMPARE(results.at(0).result, R::Pass);
        QCOMPARE(results.at(1).result, R::Pass);
    }
};

QTEST_GUILESS_MAIN(TestDkimVerifier)
#include "TestDkimVerifier.moc"
