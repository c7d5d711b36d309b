// SPDX-License-Identifier: GPL-3.0-or-later
// MailHostCheck through AresResolver against the named fixture (tests/zones/mailhost.test.zone and the
// 2.0.192.in-addr.arpa reverse zone): MX with and without problems, PTR with and without confirmation.
#include <QSignalSpy>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/smtp/MailHostCheck.h"
#include "tests/support/FindingIds.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using todoku::test::findingIds;

class TestMailHostCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_settings = test::fixtureSettings(server);
        QVERIFY(m_ares.isInitialized());
    }

    void mx_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("good") << "good.mailhost.test" << QStringList{QStringLiteral("mx.ok")};
        QTest::newRow("null") << "nullmx.mailhost.test" << QStringList{QStringLiteral("mx.null")};
        QTest::newRow("alias") << "alias.mailhost.test" << QStringList{QStringLiteral("mx.cname")};
        QTest::newRow("broken") << "broken.mailhost.test" << QStringList{QStringLiteral("mx.unresolvable")};
        QTest::newRow("no mx") << "nomx.mailhost.test" << QStringList{QStringLiteral("mx.missing")};
        QTest::newRow("nxdomain") << "absent.mailhost.test" << QStringList{QStringLiteral("mx.missing")};
        QTest::newRow("servfail") << "x.servfail.test" << QStringList{QStringLiteral("mx.temperror")};
    }

    void mx()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, expected);
        AresResolver resolver(m_settings);
        MailHostCheck check(&resolver);
        QSignalSpy done(&check, &MailHostCheck::finished);
        check.checkMx(domain);
        QVERIFY(done.wait(5000));
        QCOMPARE(findingIds(check.mx().findings), expected);
        QCOMPARE(done.count(), 1);
    }

    void mxHostsInOrderWithAddresses()
    {
        AresResolver resolver(m_settings);
        MailHostCheck check(&resolver);
        QSignalSpy done(&check, &MailHostCheck::finished);
        check.checkMx(QStringLiteral("good.mailhost.test"));
        QVERIFY(done.wait(5000));
        const MxReport& r = check.mx();
        QCOMPARE(r.hosts.size(), 2);
        QCOMPARE(r.hosts.at(0).name, QStringLiteral("mx1.mailhost.test"));
        QCOMPARE(r.hosts.at(0).addresses.size(), 2); // A and AAAA
        QCOMPARE(r.findings.first().args.value(1),
                 QStringLiteral("10 mx1.mailhost.test, 20 mx2.mailhost.test"));
        QCOMPARE(r.queries.size(), 5); // MX, then A and AAAA of both hosts
    }

    void reverse_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("confirmed") << "192.0.2.41"
                                   << "ptr.ok" << QStringList{QStringLiteral("mx1.mailhost.test")};
        QTest::newRow("not confirmed")
            << "192.0.2.44"
            << "ptr.not-confirmed" << QStringList{QStringLiteral("liar.mailhost.test")};
        QTest::newRow("missing") << "192.0.2.200"
                                 << "ptr.missing" << QStringList{};
        QTest::newRow("v6 missing") << "2001:db8::4242"
                                    << "ptr.missing" << QStringList{};
    }

    void reverse()
    {
        QFETCH(QString, ip);
        QFETCH(QString, expected);
        QFETCH(QStringList, names);
        AresResolver resolver(m_settings);
        MailHostCheck check(&resolver);
        QSignalSpy done(&check, &MailHostCheck::finished);
        check.checkReverse(QHostAddress(ip));
        QVERIFY(done.wait(5000));
        QCOMPARE(findingIds(check.reverse().findings), QStringList{expected});
        QCOMPARE(check.reverse().names, names);
    }

private:
    AresLibrary m_ares;
    DnsResolverSettings m_settings;
};

QTEST_GUILESS_MAIN(TestMailHostCheck)
#include "TestMailHostCheck.moc"
