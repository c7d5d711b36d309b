// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli analyze with its live re-checks against the named fixture: SPF evaluated now for the recorded
// client IP and envelope sender (tests/zones/spf.test.zone), compared with what the receiver recorded.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using todoku::test::findingIds;
using todoku::test::runCli;

namespace {
QByteArray message(const QByteArray& recorded, const QByteArray& domain, const QByteArray& ip)
{
    return "Authentication-Results: mx.google.com;\r\n"
           "       spf="
           + recorded + " (google.com: domain of info@" + domain + " designates " + ip
           + ") smtp.mailfrom=info@" + domain
           + "\r\n"
             "Received: from mail."
           + domain + " (mail." + domain + ". [" + ip
           + "])\r\n"
             "        by mx.google.com with ESMTPS id x1; Wed, 18 Nov 2026 01:30:00 -0800\r\n"
             "From: <info@"
           + domain
           + ">\r\nTo: <guest@gmail.com>\r\nSubject: test\r\n"
             "Date: Wed, 18 Nov 2026 18:29:58 +0900\r\n\r\nBody\r\n";
}
} // namespace

class TestCliAnalyzeLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_server = server.toString();
    }

    void spfRecheck_data()
    {
        QTest::addColumn<QByteArray>("recorded");
        QTest::addColumn<QByteArray>("ip");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << QByteArray("softfail") << QByteArray("198.51.100.9")
                              << QStringLiteral("spf.live-same");
        QTest::newRow("fixed since") << QByteArray("softfail") << QByteArray("192.0.2.20")
                                     << QStringLiteral("spf.live-differs");
    }

    void spfRecheck()
    {
        QFETCH(QByteArray, recorded);
        QFETCH(QByteArray, ip);
        QFETCH(QString, expected);
        QJsonObject o;
        QVERIFY(analyze(message(recorded, "softfail.spf.test", ip), o));
        QVERIFY(o.value(u"live").toBool());
        QVERIFY2(findingIds(o).contains(expected), qPrintable(findingIds(o).join(u' ')));
    }

    // tests/data/dkim/signed-rsa.eml, signed by dkim.test's rsa2048 key that the fixture serves, under a
    // receiver's statement: the verifier's result now is compared with it.
    void dkimRecheck_data()
    {
        QTest::addColumn<QByteArray>("recorded");
        QTest::addColumn<bool>("alterBody");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("same") << QByteArray("pass") << false << QStringList{QStringLiteral("dkim.live-same")};
        QTest::newRow("dns failure then") << QByteArray("temperror (dns failure for signature)") << false
                                          << QStringList{QStringLiteral("dkim.live-recovered")};
        QTest::newRow("body changed")
            << QByteArray("pass") << true
            << QStringList{QStringLiteral("dkim.live-differs"), QStringLiteral("dkim.fail.body-hash")};
    }

    void dkimRecheck()
    {
        QFETCH(QByteArray, recorded);
        QFETCH(bool, alterBody);
        QFETCH(QStringList, expected);
        QFile signedMessage(QStringLiteral(TODOKU_SOURCE_DIR "/tests/data/dkim/signed-rsa.eml"));
        QVERIFY(signedMessage.open(QIODevice::ReadOnly));
        QByteArray body = signedMessage.readAll();
        if (alterBody) {
            body.replace("last line", "last line, changed");
        }
        QJsonObject o;
        QVERIFY(analyze("Authentication-Results: mx.google.com;\n       dkim=" + recorded
                            + " header.i=@dkim.test header.s=rsa2048\n" + body,
                        o));
        const QStringList ids = findingIds(o);
        for (const QString& id : expected) {
            QVERIFY2(ids.contains(id), qPrintable(id + u" not in " + ids.join(u' ')));
        }
        for (const QString& other : {QStringLiteral("dkim.live-same"),
                                     QStringLiteral("dkim.live-recovered"),
                                     QStringLiteral("dkim.live-differs")}) {
            QCOMPARE(ids.contains(other), expected.contains(other));
        }
    }

    // The From domain's DMARC policy fetched now (tests/zones/dmarc.test.zone; mailhost.test has none),
    // against the p= the receiver wrote.
    void dmarcRecheck_data()
    {
        QTest::addColumn<QByteArray>("statement");
        QTest::addColumn<QByteArray>("domain");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("same") << QByteArray("pass (p=REJECT sp=REJECT dis=NONE)")
                              << QByteArray("author.dmarc.test") << QStringLiteral("dmarc.live-same")
                              << QStringList{QStringLiteral("author.dmarc.test"),
                                             QStringLiteral("reject"),
                                             QStringLiteral("reject"),
                                             QStringLiteral("_dmarc.author.dmarc.test")};
        QTest::newRow("tightened") << QByteArray("fail (p=NONE sp=NONE dis=NONE)")
                                   << QByteArray("author.dmarc.test") << QStringLiteral("dmarc.live-differs")
                                   << QStringList{QStringLiteral("author.dmarc.test"),
                                                  QStringLiteral("none"),
                                                  QStringLiteral("reject"),
                                                  QStringLiteral("_dmarc.author.dmarc.test")};
        // No own record: the organisational domain's sp=none applies.
        QTest::newRow("published since")
            << QByteArray("none") << QByteArray("news.dmarc.test") << QStringLiteral("dmarc.live-published")
            << QStringList{QStringLiteral("news.dmarc.test"),
                           QStringLiteral("none"),
                           QStringLiteral("_dmarc.dmarc.test")};
        QTest::newRow("gone") << QByteArray("pass (p=QUARANTINE dis=NONE)") << QByteArray("mailhost.test")
                              << QStringLiteral("dmarc.live-gone")
                              << QStringList{QStringLiteral("mailhost.test")};
    }

    void dmarcRecheck()
    {
        QFETCH(QByteArray, statement);
        QFETCH(QByteArray, domain);
        QFETCH(QString, expected);
        QFETCH(QStringList, args);
        QJsonObject o;
        QVERIFY(analyze("Authentication-Results: mx.google.com;\n       dmarc=" + statement
                            + " header.from=" + domain + "\nFrom: <info@" + domain
                            + ">\nTo: <guest@gmail.com>\nSubject: t\n\nbody\n",
                        o));
        QJsonArray live;
        for (const QJsonValue& f : o.value(u"findings").toArray()) {
            if (f.toObject().value(u"id").toString().startsWith(u"dmarc.live-")) {
                live.append(f);
            }
        }
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.first().toObject().value(u"id").toString(), expected);
        QCOMPARE(live.first().toObject().value(u"args").toVariant().toStringList(), args);
    }

private:
    /** Runs `todoku-cli --json analyze` (live) on `input` against the fixture; false if it did not succeed.
     */
    bool analyze(const QByteArray& input, QJsonObject& out) const
    {
        QTemporaryFile file;
        if (!file.open() || file.write(input) != input.size()) {
            return false;
        }
        file.close();
        const auto run = runCli({QStringLiteral("--json"),
                                 QStringLiteral("--server"),
                                 m_server,
                                 QStringLiteral("analyze"),
                                 file.fileName()});
        out = run.json();
        return run.status == 0;
    }

    QString m_server;
    todoku::AresLibrary m_ares;
};

QTEST_GUILESS_MAIN(TestCliAnalyzeLive)
#include "TestCliAnalyzeLive.moc"
