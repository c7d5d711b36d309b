// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DkimSignature::parse with RFC 8463's signature and broken fields.
#include <QTest>

#include "core/common/ErrorText.h"
#include "core/dkim/DkimSignature.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

// RFC 8463 Appendix A.3, the Ed25519 signature (folding as in the RFC).
const QByteArray RFC8463 = " v=1; a=ed25519-sha256; c=relaxed/relaxed;\r\n"
                           " d=football.example.com; i=@football.example.com;\r\n"
                           " q=dns/txt; s=brisbane; t=1528637909; h=from : to :\r\n"
                           " subject : date : message-id : from : subject : date;\r\n"
                           " bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=;\r\n"
                           " b=/gCrinpcQOoIfuHNQIbq4pgh9kyIK3AQUdt9OdqQehSwhEIug4D11Bus\r\n"
                           " Fa3bT3FY5OsU7ZbnKELq+eXdp1Q1Dw==";

} // namespace

class TestDkimSignature : public QObject
{
    Q_OBJECT

private slots:
    void parsesRfc8463()
    {
        const auto s = DkimSignature::parse(RFC8463);
        QVERIFY2(s.isOk(), qPrintable(s.isOk() ? QString() : s.error().args.value(0)));
        QCOMPARE(s->algorithm, u"ed25519-sha256"_s);
        QCOMPARE(s->keyType(), u"ed25519"_s);
        QCOMPARE(s->hashName(), u"sha256"_s);
        QCOMPARE(s->headerCanonicalization, DkimCanonicalization::Relaxed);
        QCOMPARE(s->bodyCanonicalization, DkimCanonicalization::Relaxed);
        QCOMPARE(s->domain, u"football.example.com"_s);
        QCOMPARE(s->selector, u"brisbane"_s);
        QCOMPARE(s->timestamp, 1528637909);
        QCOMPARE(s->signedHeaders.size(), 8);
        QCOMPARE(s->signedHeaders.at(7), u"date"_s);
        QCOMPARE(s->signature.size(), 64);
        QCOMPARE(s->bodyHash.size(), 32);
        QCOMPARE(s->identity, u"@football.example.com"_s);
    }

    void defaults()
    {
        const auto s = DkimSignature::parse("v=1; a=rsa-sha256; d=Example.JP; s=s1; h=From; bh=AAAA; b=AAAA");
        QVERIFY(s.isOk());
        QCOMPARE(s->headerCanonicalization, DkimCanonicalization::Simple);
        QCOMPARE(s->bodyCanonicalization, DkimCanonicalization::Simple);
        QCOMPARE(s->domain, u"example.jp"_s);
        QCOMPARE(s->identity, u"@example.jp"_s);
        QCOMPARE(s->bodyLength, -1);
        QCOMPARE(s->expiration, -1);
    }

    void cOnlyHeaderMeansSimpleBody()
    {
        const auto s = DkimSignature::parse(
            "v=1; a=rsa-sha256; c=relaxed; d=e.jp; s=s; h=from; bh=AAAA; b=AAAA; l=10; x=5; t=1");
        QVERIFY(s.isOk());
        QCOMPARE(s->headerCanonicalization, DkimCanonicalization::Relaxed);
        QCOMPARE(s->bodyCanonicalization, DkimCanonicalization::Simple);
        QCOMPARE(s->bodyLength, 10);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("expected"); // the detail's code, then its arguments
        const QByteArray ok = "a=rsa-sha256; d=e.jp; s=s; h=from; bh=AAAA; b=AAAA";
        const auto missing = [](const QString& tag) {
            return QStringList{u"dkim.syntax.missing-tag"_s, tag};
        };
        QTest::newRow("no-v") << ok << missing(u"v="_s);
        QTest::newRow("v2") << "v=2; " + ok << QStringList{u"dkim.syntax.signature-version"_s};
        QTest::newRow("no-bh") << QByteArray("v=1; a=rsa-sha256; d=e.jp; s=s; h=from; b=AAAA")
                               << missing(u"bh="_s);
        QTest::newRow("no-s") << QByteArray("v=1; a=rsa-sha256; d=e.jp; h=from; bh=AAAA; b=AAAA")
                              << missing(u"s="_s);
        QTest::newRow("no-from") << QByteArray("v=1; a=rsa-sha256; d=e.jp; s=s; h=to; bh=AAAA; b=AAAA")
                                 << QStringList{u"dkim.syntax.from-not-signed"_s};
        QTest::newRow("i-outside-d") << "v=1; i=@other.jp; " + ok
                                     << QStringList{u"dkim.syntax.identity-domain"_s};
        QTest::newRow("bad-c") << "v=1; c=loose; " + ok << QStringList{u"dkim.syntax.canonicalization"_s};
        QTest::newRow("bad-l") << "v=1; l=-1; " + ok << QStringList{u"dkim.syntax.body-length"_s};
        QTest::newRow("bad-b64") << QByteArray("v=1; a=rsa-sha256; d=e.jp; s=s; h=from; bh=AAAA; b=A*A")
                                 << QStringList{u"dkim.syntax.signature-base64"_s};
        QTest::newRow("dup") << "v=1; d=x.jp; " + ok << QStringList{u"dkim.syntax.duplicate-tag"_s};
        QTest::newRow("x-before-t") << "v=1; t=10; x=5; " + ok << QStringList{u"dkim.syntax.expiry-order"_s};
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage") << QStringList{u"dkim.syntax.tag-name"_s};
        QTest::newRow("empty") << QByteArray() << missing(u"v="_s);
    }
    void rejects()
    {
        QFETCH(QByteArray, value);
        QFETCH(QStringList, expected);
        const auto s = DkimSignature::parse(value);
        QVERIFY(!s.isOk());
        QCOMPARE(s.error().code, ErrorCode::Syntax);
        QCOMPARE(QStringList{ErrorText::detailCode(s.error().detail)} + s.error().detailArgs, expected);
    }

    void identityInSubdomainIsAccepted()
    {
        const auto s =
            DkimSignature::parse("v=1; a=rsa-sha256; d=e.jp; i=user@mail.e.jp; s=s; h=from; bh=AAAA; b=AAAA");
        QVERIFY(s.isOk());
    }

    void removesOnlyTheSignatureValue()
    {
        QCOMPARE(DkimSignature::withoutSignatureValue("DKIM-Signature: v=1; bh=AAA=; b=abc\r\n def; d=x"),
                 QByteArray("DKIM-Signature: v=1; bh=AAA=; b=; d=x"));
        QCOMPARE(DkimSignature::withoutSignatureValue("DKIM-Signature: b=abc"),
                 QByteArray("DKIM-Signature: b="));
    }
};

QTEST_GUILESS_MAIN(TestDkimSignature)
#include "TestDkimSignature.moc"
