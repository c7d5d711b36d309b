// SPDX-License-Identifier: GPL-3.0-or-later
// PublicationCheck through AresResolver against real named servers: tests/zones/publish.test.zone on the
// fixture for each state and classic mistake, and a named this test starts on its own port whose zone it
// rewrites while the check polls.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/setup/PublicationCheck.h"
#include "tests/support/FindingIds.h"
#include "tests/support/TestEnvironment.h"

Q_DECLARE_METATYPE(todoku::ProposedRecord)

using namespace todoku;
using todoku::test::findingIds;

namespace {

ProposedRecord txt(const QString& name, const QString& value, const QString& purpose)
{
    return ProposedRecord::make(name, QStringLiteral("TXT"), value, purpose);
}

const QString DKIM1 = QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");

QString pollZone(int serial, bool withKey)
{
    QString zone = QStringLiteral("$TTL 60\n"
                                  "@ IN SOA ns1.poll.test. hostmaster.poll.test. ( %1 3600 900 604800 60 )\n"
                                  "  IN NS ns1.poll.test.\n"
                                  "ns1 IN A 127.0.0.1\n")
                       .arg(serial);
    if (withKey) {
        zone += QStringLiteral("s1._domainkey IN TXT \"%1\"\n").arg(DKIM1);
    }
    return zone;
}

} // namespace

class TestPublicationCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_server = server;
        m_settings = test::fixtureSettings(server, 1000);
        QVERIFY(m_ares.isInitialized());
    }

    void states_data()
    {
        QTest::addColumn<ProposedRecord>("record");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("published spf") << txt(QStringLiteral("publish.test."),
                                              QStringLiteral("v=spf1  IP4:192.0.2.1 -all"),
                                              QStringLiteral("spf"))
                                       << "published" << QStringList{QStringLiteral("setup.published")};
        QTest::newRow("published split dkim")
            << txt(QStringLiteral("s1._domainkey.publish.test."), DKIM1, QStringLiteral("dkim"))
            << "published" << QStringList{QStringLiteral("setup.published")};
        QTest::newRow("different dmarc")
            << txt(QStringLiteral("_dmarc.publish.test."),
                   QStringLiteral("v=DMARC1; p=quarantine; rua=mailto:dmarc@publish.test"),
                   QStringLiteral("dmarc"))
            << "different" << QStringList{QStringLiteral("setup.different")};
        QTest::newRow("missing") << txt(
            QStringLiteral("s9._domainkey.publish.test."), DKIM1, QStringLiteral("dkim"))
                                 << "missing" << QStringList{QStringLiteral("setup.missing")};
        QTest::newRow("domain doubled")
            << txt(QStringLiteral("s2._domainkey.publish.test."),
                   QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEB"),
                   QStringLiteral("dkim"))
            << "missing"
            << QStringList{QStringLiteral("setup.missing"), QStringLiteral("setup.domain-doubled")};
        QTest::newRow("quoted wrongly")
            << txt(QStringLiteral("s3._domainkey.publish.test."),
                   QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEC"),
                   QStringLiteral("dkim"))
            << "different"
            << QStringList{QStringLiteral("setup.different"), QStringLiteral("setup.quoted-wrongly")};
        QTest::newRow("two spf records")
            << txt(QStringLiteral("two.publish.test."),
                   QStringLiteral("v=spf1 ip4:192.0.2.1 -all"),
                   QStringLiteral("spf"))
            << "different"
            << QStringList{QStringLiteral("setup.different"), QStringLiteral("setup.spf-two-records")};
    }

    void states()
    {
        QFETCH(ProposedRecord, record);
        QFETCH(QString, state);
        QFETCH(QStringList, ids);
        RecordSet set;
        set.domain = QStringLiteral("publish.test");
        set.records = {record};
        AresResolver resolver(m_settings);
        PublicationCheck check(&resolver);
        check.setServerPort(m_server.port);
        QSignalSpy done(&check, &PublicationCheck::finished);
        check.check(set);
        QVERIFY(done.wait(10000));
        QCOMPARE(check.report().records.size(), 1);
        const RecordPublication& p = check.report().records.first();
        QCOMPARE(setup::publicationStateName(p.state), state);
        QCOMPARE(findingIds(p.findings), ids);
        // One authoritative server (ns1.publish.test) and the resolver.
        QCOMPARE(p.servers.size(), 2);
        QVERIFY(p.servers.at(0).authoritative);
        QVERIFY(!p.servers.at(1).authoritative);
    }

    void differentShowsWhatIsThere()
    {
        RecordSet set;
        set.domain = QStringLiteral("publish.test");
        set.records = {txt(QStringLiteral("_dmarc.publish.test."),
                           QStringLiteral("v=DMARC1; p=reject"),
                           QStringLiteral("dmarc"))};
        AresResolver resolver(m_settings);
        PublicationCheck check(&resolver);
        check.setServerPort(m_server.port);
        QSignalSpy done(&check, &PublicationCheck::finished);
        check.check(set);
        QVERIFY(done.wait(10000));
        const Finding& f = check.report().records.first().findings.first();
        QCOMPARE(f.id, QStringLiteral("setup.different"));
        QCOMPARE(f.args.value(2), QStringLiteral("v=DMARC1; p=reject"));
        QCOMPARE(f.args.value(3), QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@publish.test"));
    }

    void recordAddedWhilePollingTurnsPublished()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString zones = dir.filePath(QStringLiteral("zones"));
        QVERIFY(QDir().mkpath(zones));
        const QString zoneFile = zones + QStringLiteral("/poll.test.zone");
        QVERIFY(writeFile(zoneFile, pollZone(1, false)));
        const QString state = dir.filePath(QStringLiteral("state"));
        QString error;
        const auto port = test::startExtraNamed(state, zones, &error);
        QVERIFY2(port, qPrintable(error));
        const auto stop = qScopeGuard([&] { test::stopExtraNamed(state); });

        DnsResolverSettings settings = m_settings;
        settings.servers = {DnsServer{QHostAddress(QStringLiteral("127.0.0.1")), *port}};
        AresResolver resolver(settings);
        PublicationCheck check(&resolver);
        check.setServerPort(*port);
        RecordSet set;
        set.domain = QStringLiteral("poll.test");
        set.records = {txt(QStringLiteral("s1._domainkey.poll.test."), DKIM1, QStringLiteral("dkim"))};
        QSignalSpy changed(&check, &PublicationCheck::recordStateChanged);
        QSignalSpy rounds(&check, &PublicationCheck::roundFinished);
        QSignalSpy done(&check, &PublicationCheck::finished);
        check.poll(set, 200);
        QVERIFY(rounds.wait(10000));
        QCOMPARE(check.report().records.first().state, PublicationState::Missing);
        QVERIFY(check.isRunning());

        // Publish the key: a new serial, a newer file time, and SIGHUP makes named reload its zones.
        QVERIFY(writeFile(zoneFile, pollZone(2, true)));
        QFile f(zoneFile);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        f.close();
        QFile pidFile(state + QStringLiteral("/named.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 pid = pidFile.readAll().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGHUP), 0);

        QVERIFY(done.wait(15000));
        QCOMPARE(check.report().records.first().state, PublicationState::Published);
        QVERIFY(check.report().rounds >= 2);
        QVERIFY(!check.isRunning());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(1).value<PublicationState>(), PublicationState::Missing);
        QCOMPARE(changed.at(1).at(1).value<PublicationState>(), PublicationState::Published);
    }

    void cancelStopsPolling()
    {
        RecordSet set;
        set.domain = QStringLiteral("publish.test");
        set.records = {txt(QStringLiteral("s9._domainkey.publish.test."), DKIM1, QStringLiteral("dkim"))};
        AresResolver resolver(m_settings);
        PublicationCheck check(&resolver);
        check.setServerPort(m_server.port);
        QSignalSpy rounds(&check, &PublicationCheck::roundFinished);
        QSignalSpy done(&check, &PublicationCheck::finished);
        check.poll(set, 50);
        QVERIFY(rounds.wait(10000));
        check.cancel();
        const int seen = rounds.count();
        QTest::qWait(300);
        QCOMPARE(rounds.count(), seen);
        QCOMPARE(done.count(), 0);
        QVERIFY(!check.isRunning());
    }

private:
    static bool writeFile(const QString& path, const QString& text)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) > 0;
    }

    AresLibrary m_ares;
    DnsServer m_server;
    DnsResolverSettings m_settings;
};

QTEST_GUILESS_MAIN(TestPublicationCheck)
#include "TestPublicationCheck.moc"
