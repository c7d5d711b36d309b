// SPDX-License-Identifier: GPL-3.0-or-later
// Interop: dkimpy (python3-dkim) signs messages at test time with the fixed keys Todoku generated
// (tests/data/dkim, published in tests/zones/dkim.test.zone); `todoku-cli dkim verify` checks them through
// the named fixture, and tampered copies fail with the right reason. dkimpy's arc_sign adds ARC sets with the
// same rsa2048 key, as forwarders do; Todoku's ARC validation passes them and fails modified copies.
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/dkim/DkimKeyRecord.h"
#include "core/dns/AresLibrary.h"
#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using namespace Qt::StringLiterals;
using todoku::test::CliRun;
using todoku::test::runCli;

namespace {

const QByteArray MESSAGE = "From: Taro <taro@dkim.test>\r\n"
                           "To: hanako@example.com\r\n"
                           "Subject: =?UTF-8?B?5pel5pys6Kqe?=\r\n"
                           "Date: Wed, 02 Dec 2026 10:00:00 +0900\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: text/plain; charset=UTF-8\r\n"
                           "\r\n"
                           "こんにちは  \r\n"
                           "\tインデント\t \r\n"
                           "\r\n"
                           "last line\r\n"
                           "\r\n";

// ISO-2022-JP "日本語" with its escape sequences, as a 7-bit body.
const QByteArray ISO2022JP_BODY = "\x1b$BF|K\\8l\x1b(B\r\n";

} // namespace

class TestCliDkimInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_server = server.toString();
        QVERIFY(m_dir.isValid());
    }

    void dkimpySignedMessagesPass_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("canon");
        QTest::addColumn<bool>("length");
        QTest::addColumn<bool>("lf");
        QTest::addColumn<bool>("iso2022jp");
        for (const QString& key : {u"rsa2048"_s, u"ed25519"_s}) {
            for (const QString& canon : {u"simple/simple"_s, u"relaxed/relaxed"_s, u"relaxed/simple"_s}) {
                for (const bool length : {false, true}) {
                    for (const bool lf : {false, true}) {
                        QTest::addRow("%s-%s%s%s",
                                      qPrintable(key),
                                      qPrintable(canon),
                                      length ? "-l" : "",
                                      lf ? "-lf" : "")
                            << key << canon << length << lf << false;
                    }
                }
            }
            QTest::addRow("%s-iso2022jp", qPrintable(key))
                << key << u"relaxed/relaxed"_s << false << false << true;
        }
    }
    void dkimpySignedMessagesPass()
    {
        QFETCH(QString, key);
        QFETCH(QString, canon);
        QFETCH(bool, length);
        QFETCH(bool, lf);
        QFETCH(bool, iso2022jp);
        QByteArray message = MESSAGE;
        if (iso2022jp) {
            message = message.left(message.indexOf("\r\n\r\n") + 4).replace("UTF-8", "ISO-2022-JP")
                      + ISO2022JP_BODY;
        }
        if (lf) {
            message.replace("\r\n", "\n");
        }
        const QString path = sign(key, canon, length, message);
        QVERIFY(!path.isEmpty());
        const QJsonObject s = verify(path);
        QCOMPARE(s.value(u"verification"_s).toString(), u"pass"_s);
        QCOMPARE(s.value(u"domain"_s).toString(), u"dkim.test"_s);
        QCOMPARE(s.value(u"selector"_s).toString(), key);
        QCOMPARE(s.value(u"algorithm"_s).toString(),
                 key == u"ed25519" ? u"ed25519-sha256"_s : u"rsa-sha256"_s);
    }

    void tamperedCopiesFail_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("verification");
        QTest::addColumn<QString>("reason");
        for (const QString& key : {u"rsa2048"_s, u"ed25519"_s}) {
            QTest::addRow("%s-body", qPrintable(key))
                << key << QByteArray("last line") << QByteArray("last line!") << u"fail"_s
                << u"body-hash-mismatch"_s;
            QTest::addRow("%s-header", qPrintable(key))
                << key << QByteArray("To: hanako") << QByteArray("To: jiro") << u"fail"_s
                << u"signature-mismatch"_s;
            QTest::addRow("%s-over-signed-from-added", qPrintable(key))
                << key << QByteArray("To: hanako") << QByteArray("From: evil@example.net\r\nTo: hanako")
                << u"fail"_s << u"signature-mismatch"_s;
        }
        QTest::addRow("rsa2048-b-cut")
            << u"rsa2048"_s << QByteArray() << QByteArray() << u"permerror"_s << u"truncated-signature"_s;
    }
    void tamperedCopiesFail()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, verification);
        QFETCH(QString, reason);
        const QString path = sign(key, u"relaxed/relaxed"_s, false, MESSAGE);
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        if (from.isEmpty()) {
            // Cut b= to 40 characters, as a form field or a broken relay does.
            const qsizetype b = bytes.indexOf(" b=") + 3;
            const qsizetype end = bytes.indexOf("\r\nFrom:");
            bytes.remove(b + 40, end - b - 40);
        } else {
            const qsizetype body = bytes.indexOf("\r\n\r\n");
            const qsizetype at = from.startsWith("last") ? bytes.indexOf(from, body) : bytes.indexOf(from);
            QVERIFY(at > 0);
            bytes.replace(at, from.size(), to);
        }
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        const QJsonObject s = verify(path);
        QCOMPARE(s.value(u"verification"_s).toString(), verification);
        QCOMPARE(s.value(u"reason"_s).toString(), reason);
    }

    // A list footer appended to a dkimpy-signed file: the JSON names the added lines beside the failure.
    void appendedFooterIsNamed()
    {
        const QString path = sign(u"rsa2048"_s, u"simple/simple"_s, false, MESSAGE);
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("-- \r\nexample-list\r\n");
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        const int lines = int(f.readAll().count('\n'));
        f.close();
        const QJsonObject s = verify(path);
        QCOMPARE(s.value(u"reason"_s).toString(), u"body-hash-mismatch"_s);
        const QJsonArray findings = s.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).toObject().value(u"id"_s).toString(), u"dkim.fail.body-hash"_s);
        const QJsonObject appended = findings.at(1).toObject();
        QCOMPARE(appended.value(u"id"_s).toString(), u"dkim.body-hash.appended"_s);
        QCOMPARE(appended.value(u"severity"_s).toString(), u"warning"_s);
        QCOMPARE(appended.value(u"args"_s).toArray(),
                 (QJsonArray{u"dkim.test"_s, QString::number(lines - 1), QString::number(lines)}));
        QVERIFY(appended.value(u"title"_s).toString().contains(u"%1–%2"_s.arg(lines - 1).arg(lines)));
    }

    void keyOutcomesFromTheFixture_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("verification");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nxdomain") << u"nokey"_s << u"permerror"_s << u"no-key"_s;
        QTest::newRow("revoked") << u"revoked"_s << u"permerror"_s << u"key-revoked"_s;
    }
    void keyOutcomesFromTheFixture()
    {
        QFETCH(QString, selector);
        QFETCH(QString, verification);
        QFETCH(QString, reason);
        const QString path = sign(u"rsa2048"_s, u"relaxed/relaxed"_s, false, MESSAGE, selector);
        QVERIFY(!path.isEmpty());
        const QJsonObject s = verify(path);
        QCOMPARE(s.value(u"verification"_s).toString(), verification);
        QCOMPARE(s.value(u"reason"_s).toString(), reason);
    }

    // A key made by opendkim-genkey (opendkim-tools) passes the record linter; its h=sha256 is not flagged.
    void opendkimGenkeyRecordLints()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(u"opendkim-genkey"_s, {u"-b"_s, u"2048"_s, u"-d"_s, u"example.jp"_s, u"-s"_s, u"s1"_s});
        if (!p.waitForStarted()) {
            QSKIP("opendkim-genkey (opendkim-tools) is not installed.");
        }
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QFile f(dir.filePath(u"s1.txt"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        // Zone-file form: ( "…" "…" ) ; comment. Join the character-strings as a resolver does.
        const QByteArray zone = f.readAll();
        QByteArray value;
        for (qsizetype at = zone.indexOf('"'); at >= 0 && at < zone.indexOf(')');
             at = zone.indexOf('"', at)) {
            const qsizetype end = zone.indexOf('"', at + 1);
            value += zone.mid(at + 1, end - at - 1);
            at = end + 1;
        }
        QVERIFY(value.startsWith("v=DKIM1;"));
        const QList<todoku::Finding> findings =
            todoku::dkim::lintKeyRecord(value, u"s1._domainkey.example.jp"_s);
        QCOMPARE(findings.value(0).id, u"dkim.key-ok"_s);
        QCOMPARE(findings.value(0).args.value(2), u"2048"_s);
    }

    // One or two forwarders (mx.forward.test, then mx.list.test) seal with dkimpy; with dkim, the message
    // also carries dkimpy's DKIM-Signature, which the ARC-Message-Signature does not cover.
    void dkimpyArcSealedPasses_data()
    {
        QTest::addColumn<int>("hops");
        QTest::addColumn<bool>("lf");
        QTest::addColumn<bool>("dkim");
        QTest::newRow("one-hop") << 1 << false << false;
        QTest::newRow("two-hops") << 2 << false << false;
        QTest::newRow("two-hops-lf") << 2 << true << false;
        QTest::newRow("two-hops-dkim-signed") << 2 << false << true;
    }
    void dkimpyArcSealedPasses()
    {
        QFETCH(int, hops);
        QFETCH(bool, lf);
        QFETCH(bool, dkim);
        QByteArray message = MESSAGE;
        if (dkim) {
            const QString signedPath = sign(u"rsa2048"_s, u"relaxed/relaxed"_s, false, message);
            QVERIFY(!signedPath.isEmpty());
            message = readFile(signedPath);
        }
        if (lf) {
            message.replace("\r\n", "\n");
        }
        const QString path = arcSeal(message, hops);
        QVERIFY(!path.isEmpty());
        const CliRun run = runCli({u"--json"_s, u"--server"_s, m_server, u"dkim"_s, u"verify"_s, path});
        QCOMPARE(run.status, 0);
        const QJsonObject arc = run.json().value(u"arc"_s).toObject();
        QCOMPARE(arc.value(u"chain"_s).toString(), u"pass"_s);
        QCOMPARE(arc.value(u"instances"_s).toInt(), hops);
        QCOMPARE(arc.value(u"brokenAt"_s).toInt(), 0);
        const QJsonArray sets = arc.value(u"sets"_s).toArray();
        QCOMPARE(sets.size(), hops);
        for (const QJsonValue& set : sets) {
            QCOMPARE(set.toObject().value(u"seal"_s).toString(), u"pass"_s);
            QCOMPARE(set.toObject().value(u"domain"_s).toString(), u"dkim.test"_s);
        }
        QCOMPARE(sets.last().toObject().value(u"messageSignature"_s).toString(), u"pass"_s);
        const QJsonArray signatures = run.json().value(u"signatures"_s).toArray();
        QCOMPARE(signatures.size(), dkim ? 1 : 0);
        if (dkim) {
            QCOMPARE(signatures.first().toObject().value(u"verification"_s).toString(), u"pass"_s);
        }
    }

    // A sealed message changed afterwards: where the chain breaks and why.
    void modifiedArcCopiesFail_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<int>("brokenAt");
        QTest::newRow("body") << QByteArray("last line") << QByteArray("last line!") << u"message-signature"_s
                              << u"body-hash-mismatch"_s << 2;
        QTest::newRow("signed-header") << QByteArray("To: hanako") << QByteArray("To: jiro")
                                       << u"message-signature"_s << u"signature-mismatch"_s << 2;
        // The first hop's ARC-Authentication-Results: both seals cover it; the newest is reported.
        QTest::newRow("first-aar") << QByteArray("i=1; mx.forward.test; spf=pass")
                                   << QByteArray("i=1; mx.forward.test; spf=fail") << u"seal"_s
                                   << u"signature-mismatch"_s << 2;
        // The second seal's cv= rewritten to none: only the first seal may say none (RFC 8617 §5.2 step 3).
        QTest::newRow("second-seal-cv")
            << QByteArray("i=2; cv=pass") << QByteArray("i=2; cv=none") << u"cv-invalid"_s << u"none"_s << 2;
    }
    void modifiedArcCopiesFail()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, reason);
        QFETCH(QString, detail);
        QFETCH(int, brokenAt);
        const QString path = arcSeal(MESSAGE, 2);
        QVERIFY(!path.isEmpty());
        QByteArray bytes = readFile(path);
        const qsizetype body = bytes.indexOf("\r\n\r\n");
        const qsizetype at = from.startsWith("last") ? bytes.indexOf(from, body) : bytes.indexOf(from);
        QVERIFY(at > 0);
        bytes.replace(at, from.size(), to);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
        const CliRun run = runCli({u"--json"_s, u"--server"_s, m_server, u"dkim"_s, u"verify"_s, path});
        QCOMPARE(run.status, 0);
        const QJsonObject arc = run.json().value(u"arc"_s).toObject();
        QCOMPARE(arc.value(u"chain"_s).toString(), u"fail"_s);
        QCOMPARE(arc.value(u"reason"_s).toString(), reason);
        QCOMPARE(arc.value(u"detail"_s).toString(), detail);
        QCOMPARE(arc.value(u"brokenAt"_s).toInt(), brokenAt);
        QCOMPARE(todoku::test::findingIds(arc), QStringList{u"arc.broken."_s + reason});
    }

private:
    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Passes `message` through `hops` forwarders, each recording its Authentication-Results (the second
    // with arc=pass) and sealing with dkimpy; returns the last file's path, or empty on failure.
    QString arcSeal(QByteArray message, int hops)
    {
        const bool lf = !message.contains("\r\n");
        const QByteArray eol = lf ? "\n" : "\r\n";
        const QList<QByteArray> results{
            "mx.forward.test; spf=pass smtp.mailfrom=taro@dkim.test; dkim=none",
            "mx.list.test; arc=pass header.oldest-pass=0; spf=fail smtp.mailfrom=taro@dkim.test"};
        QString out;
        for (int hop = 0; hop < hops; ++hop) {
            message = "Authentication-Results: " + results.at(hop) + eol + message;
            const QString in = m_dir.filePath(u"arc-in-%1.eml"_s.arg(++m_count));
            out = m_dir.filePath(u"arc-%1.eml"_s.arg(m_count));
            QFile f(in);
            if (!f.open(QIODevice::WriteOnly) || f.write(message) != message.size()) {
                return {};
            }
            f.close();
            QProcess p;
            p.start(QStringLiteral(TODOKU_PYTHON),
                    {QStringLiteral(TODOKU_SOURCE_DIR "/tests/support/arc_sign.py"),
                     todoku::test::dataPath(u"dkim/rsa2048.pem"_s),
                     u"rsa2048"_s,
                     u"dkim.test"_s,
                     QString::fromLatin1(results.at(hop).left(results.at(hop).indexOf(';'))),
                     u"0"_s,
                     in,
                     out});
            if (!p.waitForFinished(30000) || p.exitCode() != 0) {
                qWarning() << p.readAllStandardError();
                return {};
            }
            message = readFile(out);
        }
        return out;
    }

    // Signs `message` with dkimpy; returns the signed file's path, or empty on failure.
    QString sign(const QString& key,
                 const QString& canon,
                 bool length,
                 const QByteArray& message,
                 const QString& selector = {})
    {
        const QString in = m_dir.filePath(u"in-%1.eml"_s.arg(++m_count));
        const QString out = m_dir.filePath(u"signed-%1.eml"_s.arg(m_count));
        QFile f(in);
        if (!f.open(QIODevice::WriteOnly) || f.write(message) != message.size()) {
            return {};
        }
        f.close();
        if (!todoku::test::dkimpySign(todoku::test::dataPath(u"dkim/%1.pem"_s.arg(key)),
                                      selector.isEmpty() ? key : selector,
                                      u"dkim.test"_s,
                                      canon,
                                      key == u"ed25519" ? u"ed25519-sha256"_s : u"rsa-sha256"_s,
                                      length,
                                      in,
                                      out)) {
            return {};
        }
        return out;
    }

    QJsonObject verify(const QString& path)
    {
        const CliRun run = runCli({u"--json"_s, u"--server"_s, m_server, u"dkim"_s, u"verify"_s, path});
        if (run.status != 0) {
            qWarning() << run.err;
        }
        return run.json().value(u"signatures"_s).toArray().first().toObject();
    }

    QString m_server;
    QTemporaryDir m_dir;
    int m_count = 0;
    todoku::AresLibrary m_ares;
};

QTEST_GUILESS_MAIN(TestCliDkimInterop)
#include "TestCliDkimInterop.moc"
