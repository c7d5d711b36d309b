// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DKIM canonicalization with RFC 6376 §3.4.5's example and the chunk-independence property.
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include "core/dkim/DkimCanonicalizer.h"

using namespace todoku;
using C = DkimCanonicalization;

Q_DECLARE_METATYPE(todoku::DkimCanonicalization)

class TestDkimCanonicalizer : public QObject
{
    Q_OBJECT

private slots:
    void rfc6376Headers()
    {
        // RFC 6376 §3.4.5
        QCOMPARE(dkim::canonicalHeader("A: X", C::Relaxed), QByteArray("a:X\r\n"));
        QCOMPARE(dkim::canonicalHeader("B : Y\t\r\n\tZ  ", C::Relaxed), QByteArray("b:Y Z\r\n"));
        QCOMPARE(dkim::canonicalHeader("B : Y\t\r\n\tZ  ", C::Simple), QByteArray("B : Y\t\r\n\tZ  \r\n"));
    }

    void bodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<C>("canon");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray rfc = " C \r\nD \t E\r\n\r\n\r\n";
        QTest::newRow("rfc6376-relaxed") << rfc << C::Relaxed << QByteArray(" C\r\nD E\r\n");
        QTest::newRow("rfc6376-simple") << rfc << C::Simple << QByteArray(" C \r\nD \t E\r\n");
        QTest::newRow("empty-simple") << QByteArray() << C::Simple << QByteArray("\r\n");
        QTest::newRow("empty-relaxed") << QByteArray() << C::Relaxed << QByteArray();
        QTest::newRow("only-blank-lines-simple") << QByteArray("\r\n\r\n") << C::Simple << QByteArray("\r\n");
        QTest::newRow("no-final-crlf") << QByteArray("abc") << C::Simple << QByteArray("abc\r\n");
        QTest::newRow("lf-endings") << QByteArray("a \n\nb\n\n") << C::Relaxed
                                    << QByteArray("a\r\n\r\nb\r\n");
        QTest::newRow("whitespace-line-relaxed")
            << QByteArray("a\r\n \t \r\nb\r\n \r\n") << C::Relaxed << QByteArray("a\r\n\r\nb\r\n");
        QTest::newRow("8bit") << QByteArray("日本語 \r\n") << C::Relaxed << QByteArray("日本語\r\n");
    }
    void bodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(C, canon);
        QFETCH(QByteArray, expected);
        QCOMPARE(dkim::canonicalBody(body, canon), expected);
        DkimBodyHasher hasher(canon, QStringLiteral("sha256"));
        hasher.add(body);
        QCOMPARE(hasher.finish(), QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
        QCOMPARE(hasher.canonicalLength(), expected.size());
    }

    void lengthLimitCutsTheHashedBytes()
    {
        DkimBodyHasher hasher(C::Simple, QStringLiteral("sha256"), 5);
        hasher.add(QByteArray("hello world\r\n"));
        QCOMPARE(hasher.finish(), QCryptographicHash::hash("hello", QCryptographicHash::Sha256));
        QCOMPARE(hasher.canonicalLength(), 13);
    }

    void sha1()
    {
        DkimBodyHasher hasher(C::Simple, QStringLiteral("sha1"));
        hasher.add(QByteArray("x"));
        QCOMPARE(hasher.finish(), QCryptographicHash::hash("x\r\n", QCryptographicHash::Sha1));
    }

    // Property: the hash depends only on the bytes, never on how they are chunked (CR and LF split across
    // chunks, runs of WSP split, trailing blank lines split).
    void chunkingDoesNotChangeTheHash_data()
    {
        QTest::addColumn<C>("canon");
        QTest::newRow("relaxed") << C::Relaxed;
        QTest::newRow("simple") << C::Simple;
    }
    void chunkingDoesNotChangeTheHash()
    {
        QFETCH(C, canon);
        QRandomGenerator rng(20261202);
        const char alphabet[] = {'a', ' ', '\t', '\r', '\n', 'x', '\r', '\n'};
        for (int round = 0; round < 200; ++round) {
            QByteArray body;
            const int size = int(rng.bounded(1, 400));
            for (int i = 0; i < size; ++i) {
                body += alphabet[rng.bounded(int(sizeof alphabet))];
            }
            DkimBodyHasher whole(canon, QStringLiteral("sha256"));
            whole.add(body);
            const QByteArray expected = whole.finish();
            DkimBodyHasher chunked(canon, QStringLiteral("sha256"));
            for (int at = 0; at < body.size();) {
                const int n = qMin(int(rng.bounded(0, 7)), int(body.size()) - at);
                chunked.add(body.constData() + at, n);
                at += n;
            }
            QCOMPARE(chunked.finish(), expected);
            QCOMPARE(QCryptographicHash::hash(dkim::canonicalBody(body, canon), QCryptographicHash::Sha256),
                     expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDkimCanonicalizer)
#include "TestDkimCanonicalizer.moc"
