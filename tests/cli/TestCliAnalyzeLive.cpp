// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli analyze with its live re-checks against the named fixture: SPF evaluated now for the recorded
// client IP and envelope sender (tests/zones/spf.test.zone), compared with what the receiver recorded.
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
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(message(recorded, "softfail.spf.test", ip));
        file.close();
        const auto run = runCli({QStringLiteral("--json"),
                                 QStringLiteral("--server"),
                                 m_server,
                                 QStringLiteral("analyze"),
                                 file.fileName()});
        QCOMPARE(run.status, 0);
        const QJsonObject o = run.json();
        QVERIFY(o.value(u"live").toBool());
        QVERIFY2(findingIds(o).contains(expected), qPrintable(findingIds(o).join(u' ')));
    }

private:
    QString m_server;
    todoku::AresLibrary m_ares;
};

QTEST_GUILESS_MAIN(TestCliAnalyzeLive)
#include "TestCliAnalyzeLive.moc"
