// SPDX-License-Identifier: GPL-3.0-or-later
// TlsRptCheck and BimiCheck through AresResolver against the named fixture (tests/zones/mtasts.test.zone).
#include <QSignalSpy>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/smtp/BimiCheck.h"
#include "core/smtp/TlsRptCheck.h"
#include "tests/support/FindingIds.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using todoku::test::findingIds;

class TestTlsRptBimiDns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_settings = test::fixtureSettings(server);
        QVERIFY(m_ares.isInitialized());
    }

    void tlsRpt_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("arg");
        QTest::newRow("good") << "good.mtasts.test"
                              << "tls-rpt.ok"
                              << "mailto:tlsrpt@good.mtasts.test";
        QTest::newRow("missing") << "none.mtasts.test"
                                 << "tls-rpt.none"
                                 << "";
        QTest::newRow("bad syntax") << "badrecord.mtasts.test"
                                    << "tls-rpt.syntax"
                                    << "ftp://reports.mtasts.test/";
        QTest::newRow("two records") << "two.mtasts.test"
                                     << "tls-rpt.multiple-records"
                                     << "2";
    }

    void tlsRpt()
    {
        QFETCH(QString, domain);
        QFETCH(QString, id);
        QFETCH(QString, arg);
        AresResolver resolver(m_settings);
        TlsRptCheck check(&resolver);
        QSignalSpy done(&check, &TlsRptCheck::finished);
        check.check(domain);
        QVERIFY(done.wait(5000));
        const TlsRptReport& r = check.report();
        QCOMPARE(findingIds(r.findings), QStringList{id});
        QCOMPARE(r.findings.first().args.value(r.findings.first().args.size() - 1),
                 arg.isEmpty() ? domain : arg);
        QCOMPARE(r.queries.size(), 1);
    }

    void bimi_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("arg");
        QTest::newRow("good") << "good.mtasts.test"
                              << "bimi.ok"
                              << "https://good.mtasts.test/logo.svg";
        QTest::newRow("missing") << "none.mtasts.test"
                                 << "bimi.none"
                                 << "";
        QTest::newRow("bad syntax") << "badrecord.mtasts.test"
                                    << "bimi.syntax"
                                    << "l=http://badrecord.mtasts.test/logo.svg";
        QTest::newRow("two records") << "two.mtasts.test"
                                     << "bimi.multiple-records"
                                     << "2";
    }

    void bimi()
    {
        QFETCH(QString, domain);
        QFETCH(QString, id);
        QFETCH(QString, arg);
        AresResolver resolver(m_settings);
        BimiCheck check(&resolver);
        check.setDmarcPolicy(DmarcPolicy::Reject);
        QSignalSpy done(&check, &BimiCheck::finished);
        check.check(domain);
        QVERIFY(done.wait(5000));
        const BimiReport& r = check.report();
        QCOMPARE(findingIds(r.findings), QStringList{id});
        QCOMPARE(r.findings.first().args.value(r.findings.first().args.size() - 1),
                 arg.isEmpty() ? domain : arg);
    }

private:
    AresLibrary m_ares;
    DnsResolverSettings m_settings;
};

QTEST_GUILESS_MAIN(TestTlsRptBimiDns)
#include "TestTlsRptBimiDns.moc"
