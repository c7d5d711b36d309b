// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli dkim keygen and dkim verify: JSON shape (DESIGN.md), key file, exit statuses; the ARC chain of
// fixture messages against the named fixture.
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "core/dkim/DkimKeyRecord.h"
#include "core/dns/AresLibrary.h"
#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using namespace Qt::StringLiterals;
using todoku::test::CliRun;
using todoku::test::findingIds;
using todoku::test::runCli;

class TestCliDkim : public QObject
{
    Q_OBJECT

private slots:
    void keygenJson_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("strings");
        QTest::newRow("default") << QString() << 2048 << 2;
        QTest::newRow("rsa1024") << u"rsa1024"_s << 1024 << 1;
        QTest::newRow("ed25519") << u"ed25519"_s << 256 << 1;
    }
    void keygenJson()
    {
        QFETCH(QString, type);
        QFETCH(int, bits);
        QFETCH(int, strings);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.pem"_s);
        QStringList args{u"--json"_s,
                         u"dkim"_s,
                         u"keygen"_s,
                         u"--domain"_s,
                         u"例え.jp"_s,
                         u"--selector"_s,
                         u"202612"_s,
                         u"--out"_s,
                         path};
        if (!type.isEmpty()) {
            args << u"--type"_s << type;
        }
        const CliRun run = runCli(args);
        QCOMPARE(run.status, 0);
        const QJsonObject o = run.json();
        QCOMPARE(o.value(u"privateKeyFile"_s).toString(), path);
        QCOMPARE(o.value(u"keyType"_s).toString(), type.isEmpty() ? u"rsa2048"_s : type);
        const QJsonObject record = o.value(u"record"_s).toObject();
        QCOMPARE(record.value(u"name"_s).toString(), u"202612._domainkey.xn--r8jz45g.jp."_s);
        QCOMPARE(record.value(u"type"_s).toString(), u"TXT"_s);
        QCOMPARE(record.value(u"strings"_s).toArray().size(), strings);
        const auto parsed = todoku::DkimKeyRecord::parse(record.value(u"value"_s).toString().toLatin1());
        QVERIFY(parsed.isOk());
        QCOMPARE(parsed->keyBits, bits);
        QVERIFY(QFile(path).exists());
        QVERIFY(!(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QVERIFY(!run.out.contains(u"PRIVATE KEY"_s)); // the private key is never printed
        if (type == u"rsa1024") {
            QCOMPARE(findingIds(o), QStringList{u"dkim.weak-key"_s});
        }
    }

    void keygenText()
    {
        QTemporaryDir dir;
        const CliRun run = runCli({u"--lang"_s,
                                   u"en"_s,
                                   u"dkim"_s,
                                   u"keygen"_s,
                                   u"--domain"_s,
                                   u"example.jp"_s,
                                   u"--selector"_s,
                                   u"s1"_s,
                                   u"--type"_s,
                                   u"ed25519"_s,
                                   u"--out"_s,
                                   dir.filePath(u"k.pem"_s)});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains(u"s1._domainkey.example.jp. IN TXT \"v=DKIM1; k=ed25519; p="_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no-sub") << QStringList{u"dkim"_s};
        QTest::newRow("unknown-sub") << QStringList{u"dkim"_s, u"sign"_s};
        QTest::newRow("no-out") << QStringList{
            u"dkim"_s, u"keygen"_s, u"--domain"_s, u"e.jp"_s, u"--selector"_s, u"s"_s};
        QTest::newRow("bad-type") << QStringList{u"dkim"_s,
                                                 u"keygen"_s,
                                                 u"--domain"_s,
                                                 u"e.jp"_s,
                                                 u"--selector"_s,
                                                 u"s"_s,
                                                 u"--out"_s,
                                                 u"/tmp/x"_s,
                                                 u"--type"_s,
                                                 u"rsa512"_s};
        QTest::newRow("verify-no-file") << QStringList{u"dkim"_s, u"verify"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QCOMPARE(runCli(args).status, 2);
    }

    void unusableInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad-domain") << QStringList{u"dkim"_s,
                                                   u"keygen"_s,
                                                   u"--domain"_s,
                                                   u"a..b"_s,
                                                   u"--selector"_s,
                                                   u"s"_s,
                                                   u"--out"_s,
                                                   u"/tmp/never.pem"_s}
                                    << u"a..b"_s;
        QTest::newRow("bad-selector") << QStringList{u"dkim"_s,
                                                     u"keygen"_s,
                                                     u"--domain"_s,
                                                     u"e.jp"_s,
                                                     u"--selector"_s,
                                                     u"a b"_s,
                                                     u"--out"_s,
                                                     u"/tmp/never.pem"_s}
                                      << u"a b"_s;
        QTest::newRow("unwritable") << QStringList{u"dkim"_s,
                                                   u"keygen"_s,
                                                   u"--domain"_s,
                                                   u"e.jp"_s,
                                                   u"--selector"_s,
                                                   u"s"_s,
                                                   u"--out"_s,
                                                   u"/nonexistent/k.pem"_s}
                                    << u"/nonexistent/k.pem"_s;
        QTest::newRow("missing-file")
            << QStringList{u"dkim"_s, u"verify"_s, u"/nonexistent/m.eml"_s} << u"/nonexistent/m.eml"_s;
        QTest::newRow("not-a-message")
            << QStringList{u"dkim"_s,
                           u"verify"_s,
                           QStringLiteral(TODOKU_SOURCE_DIR "/tests/data/dkim/garbage.bin")}
            << u"garbage.bin"_s;
        QTest::newRow("offline") << QStringList{u"--offline"_s,
                                                u"dkim"_s,
                                                u"verify"_s,
                                                QStringLiteral(TODOKU_SOURCE_DIR
                                                               "/tests/data/dkim/signed-rsa.eml")}
                                 << u"--offline"_s;
    }
    void unusableInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{u"--lang"_s, u"en"_s} + args);
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void unsignedMessageReportsNone()
    {
        const CliRun run = runCli({u"--json"_s,
                                   u"--offline"_s,
                                   u"dkim"_s,
                                   u"verify"_s,
                                   QStringLiteral(TODOKU_SOURCE_DIR "/tests/data/dkim/unsigned.eml")});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.json().value(u"signatures"_s).toArray().size(), 0);
        QCOMPARE(findingIds(run.json()), QStringList{u"dkim.none"_s});
        QCOMPARE(run.json().value(u"arc"_s).toObject().value(u"chain"_s).toString(), u"none"_s);
    }

    // tests/data/dkim/arc-pass.eml: two ARC sets added by dkimpy (tests/support/arc_sign.py, key rsa2048 of
    // dkim.test in the fixture zone, hops mx.forward.test then mx.list.test). arc-cv-fail.eml: the same
    // first hop, then a second that sealed with cv=fail.
    void arcChain_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<int>("brokenAt");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QStringList>("seals");
        QTest::addColumn<QString>("finding");
        QTest::newRow("two-hops-pass")
            << u"arc-pass.eml"_s << QByteArray() << QByteArray() << u"pass"_s << 0 << u"ok"_s << QString()
            << QStringList{u"pass"_s, u"pass"_s} << u"arc.pass"_s;
        // The body changed after the last hop: the newest ARC-Message-Signature fails; the seals still hold.
        QTest::newRow("body-changed")
            << u"arc-pass.eml"_s << QByteArray("\tthere") << QByteArray("\tthere!") << u"fail"_s << 2
            << u"message-signature"_s << u"body-hash-mismatch"_s << QStringList{u"pass"_s, u"pass"_s}
            << u"arc.broken.message-signature"_s;
        // The first hop's recorded results were rewritten: both seals cover them.
        QTest::newRow("aar1-changed")
            << u"arc-pass.eml"_s << QByteArray("i=1; mx.forward.test; spf=pass")
            << QByteArray("i=1; mx.forward.test; spf=fail") << u"fail"_s << 2 << u"seal"_s
            << u"signature-mismatch"_s << QStringList{u"fail"_s, u"fail"_s} << u"arc.broken.seal"_s;
        QTest::newRow("cv-fail") << u"arc-cv-fail.eml"_s << QByteArray() << QByteArray() << u"fail"_s << 2
                                 << u"cv-fail"_s << QString() << QStringList{QString(), QString()}
                                 << u"arc.broken.cv-fail"_s;
    }
    void arcChain()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, chain);
        QFETCH(int, brokenAt);
        QFETCH(QString, reason);
        QFETCH(QString, detail);
        QFETCH(QStringList, seals);
        QFETCH(QString, finding);
        TODOKU_REQUIRE_FIXTURE(server);
        const QString path = copyWithEdit(file, from, to);
        QVERIFY(!path.isEmpty());
        const CliRun run =
            runCli({u"--json"_s, u"--server"_s, server.toString(), u"dkim"_s, u"verify"_s, path});
        QCOMPARE(run.status, 0);
        const QJsonObject arc = run.json().value(u"arc"_s).toObject();
        QCOMPARE(arc.value(u"chain"_s).toString(), chain);
        QCOMPARE(arc.value(u"instances"_s).toInt(), 2);
        QCOMPARE(arc.value(u"brokenAt"_s).toInt(), brokenAt);
        QCOMPARE(arc.value(u"reason"_s).toString(), reason);
        QCOMPARE(arc.value(u"detail"_s).toString(), detail);
        QCOMPARE(findingIds(arc), QStringList{finding});
        const QJsonArray sets = arc.value(u"sets"_s).toArray();
        QCOMPARE(sets.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject set = sets.at(i).toObject();
            QCOMPARE(set.value(u"instance"_s).toInt(), i + 1);
            QCOMPARE(set.value(u"domain"_s).toString(), u"dkim.test"_s);
            QCOMPARE(set.value(u"selector"_s).toString(), u"rsa2048"_s);
            QCOMPARE(set.value(u"seal"_s).toString(), seals.at(i));
            QVERIFY(set.value(u"headerLine"_s).toInt() > 0);
        }
        QCOMPARE(sets.at(0).toObject().value(u"cv"_s).toString(), u"none"_s);
        QCOMPARE(sets.at(1).toObject().value(u"cv"_s).toString(),
                 file == u"arc-cv-fail.eml" ? u"fail"_s : u"pass"_s);
        // Only the newest ARC-Message-Signature is verified (RFC 8617 §5.2).
        QCOMPARE(sets.at(0).toObject().value(u"messageSignature"_s).toString(), QString());
        if (reason != u"cv-fail") {
            QCOMPARE(sets.at(1).toObject().value(u"messageSignature"_s).toString(),
                     reason == u"message-signature" ? u"fail"_s : u"pass"_s);
        }
        // The message has no DKIM-Signature of its own.
        QCOMPARE(run.json().value(u"signatures"_s).toArray().size(), 0);
    }

    void arcChainText()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        const QString pass = copyWithEdit(u"arc-pass.eml"_s, {}, {});
        const QString changed = copyWithEdit(u"arc-pass.eml"_s, "\tthere", "\tthere!");
        CliRun run =
            runCli({u"--lang"_s, u"en"_s, u"--server"_s, server.toString(), u"dkim"_s, u"verify"_s, pass});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(u"ARC chain: pass (instances: 2)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"The ARC chain verifies"_s), qPrintable(run.out));
        run =
            runCli({u"--lang"_s, u"en"_s, u"--server"_s, server.toString(), u"dkim"_s, u"verify"_s, changed});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(u"ARC chain: fail (instances: 2)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"message signature: fail (body-hash-mismatch)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"The newest ARC message signature does not verify"_s),
                 qPrintable(run.out));
    }

    void arcNeedsDns()
    {
        const CliRun run = runCli({u"--lang"_s,
                                   u"en"_s,
                                   u"--offline"_s,
                                   u"dkim"_s,
                                   u"verify"_s,
                                   todoku::test::dataPath(u"dkim/arc-pass.eml"_s)});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(u"--offline"_s), qPrintable(run.err));
    }

private:
    // A copy of tests/data/dkim/`file` in m_dir with the first `from` replaced by `to` (none if empty).
    QString copyWithEdit(const QString& file, const QByteArray& from, const QByteArray& to)
    {
        QFile in(todoku::test::dataPath(u"dkim/"_s + file));
        if (!in.open(QIODevice::ReadOnly)) {
            return {};
        }
        QByteArray bytes = in.readAll();
        if (!from.isEmpty()) {
            const qsizetype at = bytes.indexOf(from);
            if (at < 0) {
                return {};
            }
            bytes.replace(at, from.size(), to);
        }
        QFile out(m_dir.filePath(u"m-%1.eml"_s.arg(++m_count)));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            return {};
        }
        return out.fileName();
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    todoku::AresLibrary m_ares;
};

QTEST_GUILESS_MAIN(TestCliDkim)
#include "TestCliDkim.moc"
