// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli dkim keygen and dkim verify without DNS: JSON shape (DESIGN.md), key file, exit statuses.
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "core/dkim/DkimKeyRecord.h"
#include "tests/cli/CliTestRun.h"

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
};

QTEST_GUILESS_MAIN(TestCliDkim)
#include "TestCliDkim.moc"
