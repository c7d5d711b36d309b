// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DKIM canonicalization with RFC 6376 §3.4.5's example and the chunk-independence property.
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include "core/dkim/DkimCanonicalizer.h"

using namespace todoku;
using C = DkimCanonicalization;

namespace {

// RFC 6376 §3.4.3/§3.4.4 done the plain way, line by line, as the reference for the streaming hasher: a
// line ends at LF and loses one CR before it; relaxed turns WSP runs into one SP and drops trailing WSP;
// trailing empty lines go; an empty body is CRLF (simple) or nothing (relaxed).
QByteArray referenceBody(const QByteArray& body, C canon)
{
    QList<QByteArray> lines = body.split('\n');
    if (lines.constLast().isEmpty()) {
        lines.removeLast(); // the body ended with LF, or was empty
    }
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (canon == C::Relaxed) {
            QByteArray out;
            bool wsp = false;
            for (const char c : std::as_const(line)) {
                if (c == ' ' || c == '\t') {
                    wsp = true;
                    continue;
                }
                if (wsp) {
                    out += ' ';
                }
                wsp = false;
                out += c;
            }
            line = out;
        }
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    QByteArray out;
    for (const QByteArray& line : std::as_const(lines)) {
        out += line + "\r\n";
    }
    return out.isEmpty() && canon == C::Simple ? QByteArray("\r\n") : out;
}

} // namespace

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

    // A snapshot finishes as the prefix fed so far would, even with a WSP run or empty lines held back at
    // the cut, and leaves the original to go on as if it had not been taken.
    void snapshotHashesThePrefix_data()
    {
        QTest::addColumn<C>("canon");
        QTest::newRow("relaxed") << C::Relaxed;
        QTest::newRow("simple") << C::Simple;
    }
    void snapshotHashesThePrefix()
    {
        QFETCH(C, canon);
        const QByteArray prefix =
            QByteArray("line one\r\n\r\n  two  \t") + QByteArray(70000, 'x') + "\r\n\r\n";
        const QByteArray rest = "  tail \r\n";
        DkimBodyHasher hasher(canon, QStringLiteral("sha256"));
        hasher.add(prefix.left(20));
        hasher.add(prefix.mid(20));
        const QByteArray atCut = hasher.snapshot()->finish();
        hasher.add(rest);
        const auto hashOf = [&](const QByteArray& body) {
            return QCryptographicHash::hash(dkim::canonicalBody(body, canon), QCryptographicHash::Sha256);
        };
        QCOMPARE(atCut, hashOf(prefix));
        QCOMPARE(hasher.finish(), hashOf(prefix + rest));
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
            QCOMPARE(dkim::canonicalBody(body, canon), referenceBody(body, canon));
        }
    }

    // Large bodies with lines longer than the hasher's buffers, fed whole and in random chunks of up to
    // 100 KB, against the line-by-line reference (with and without an l= limit).
    void largeBodiesMatchTheReference_data()
    {
        QTest::addColumn<C>("canon");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("relaxed") << C::Relaxed << qint64(-1);
        QTest::newRow("simple") << C::Simple << qint64(-1);
        QTest::newRow("relaxed-l") << C::Relaxed << qint64(150001);
        QTest::newRow("simple-l") << C::Simple << qint64(70000);
    }
    void largeBodiesMatchTheReference()
    {
        QFETCH(C, canon);
        QFETCH(qint64, limit);
        QRandomGenerator rng(20261203);
        const QList<QByteArray> pieces{"word", " ", "\t", "  \t ", "\r\n", "\n", "\r", "x y", "\r\n\r\n"};
        for (int round = 0; round < 20; ++round) {
            QByteArray body;
            while (body.size() < 300 * 1024) {
                if (rng.bounded(8) == 0) {
                    body += QByteArray(int(rng.bounded(1, 20000)), 'L'); // longer than a span or the buffer
                } else {
                    body += pieces.at(int(rng.bounded(int(pieces.size()))));
                }
            }
            if (round % 2) {
                body += "\r\n \r\n\r\n"; // trailing blank lines
            }
            const QByteArray reference = referenceBody(body, canon);
            const QByteArray expected = QCryptographicHash::hash(
                limit < 0 ? reference : reference.left(limit), QCryptographicHash::Sha256);
            DkimBodyHasher whole(canon, QStringLiteral("sha256"), limit);
            whole.add(body);
            QCOMPARE(whole.finish(), expected);
            QCOMPARE(whole.canonicalLength(), reference.size());
            DkimBodyHasher chunked(canon, QStringLiteral("sha256"), limit);
            for (qsizetype at = 0; at < body.size();) {
                const qsizetype n = qMin<qsizetype>(rng.bounded(1, 100000), body.size() - at);
                chunked.add(body.constData() + at, n);
                at += n;
            }
            QCOMPARE(chunked.finish(), expected);
        }
        QCOMPARE(dkim::canonicalBody(" C \r\nD \t E\r\n\r\n\r\n", C::Relaxed),
                 referenceBody(" C \r\nD \t E\r\n\r\n\r\n", C::Relaxed));
    }
};

QTEST_GUILESS_MAIN(TestDkimCanonicalizer)
#include "TestDkimCanonicalizer.moc"
