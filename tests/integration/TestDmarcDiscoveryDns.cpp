// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcDiscovery through AresResolver against the named fixture (tests/zones/dmarc.test.zone and friends).
#include <QSignalSpy>
#include <QTest>

#include "core/dmarc/DmarcDiscovery.h"
#include "core/dmarc/PublicSuffixList.h"
#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(todoku::DmarcRecordStatus)

namespace {
QStringList ids(const QList<Finding>& findings)
{
    QStringList result;
    for (const Finding& f : findings) {
        result.append(f.id);
    }
    return result;
}
} // namespace

class TestDmarcDiscoveryDns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenarios_data();
    void scenarios();
    void splitRecordJoined();

private:
    DmarcDiscoveryResult discover(const QString& domain);
    AresLibrary m_ares;
    DnsServer m_server;
    PublicSuffixList m_psl;
};

void TestDmarcDiscoveryDns::initTestCase()
{
    TODOKU_REQUIRE_FIXTURE(server);
    m_server = server;
    QVERIFY(m_ares.isInitialized());
}

DmarcDiscoveryResult TestDmarcDiscoveryDns::discover(const QString& domain)
{
    DnsResolverSettings settings;
    settings.servers = {m_server};
    settings.timeoutMs = 2000;
    settings.tries = 1;
    AresResolver resolver(settings);
    DmarcDiscovery discovery(&resolver, &m_psl);
    QSignalSpy spy(&discovery, &DmarcDiscovery::finished);
    discovery.start(domain);
    [&] {
        QVERIFY(spy.wait(10000));
    }();
    return discovery.result();
}

void TestDmarcDiscoveryDns::scenarios_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<DmarcRecordStatus>("status");
    QTest::addColumn<QString>("foundAt");
    QTest::addColumn<QString>("treeWalkFoundAt");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<bool>("findingExpected");
    using S = DmarcRecordStatus;
    QTest::newRow("record at author") << u"author.dmarc.test"_s << S::Found << u"_dmarc.author.dmarc.test"_s
                                      << u"_dmarc.author.dmarc.test"_s << u"dmarc.found-at-org"_s << false;
    QTest::newRow("org only (sp=none)") << u"sub.dmarc.test"_s << S::Found << u"_dmarc.dmarc.test"_s
                                        << u"_dmarc.dmarc.test"_s << u"dmarc.found-at-org"_s << true;
    QTest::newRow("org itself") << u"dmarc.test"_s << S::Found << u"_dmarc.dmarc.test"_s
                                << u"_dmarc.dmarc.test"_s << u"dmarc.no-rua"_s << false;
    QTest::newRow("org under co.jp") << u"mail.example.co.jp"_s << S::Found << u"_dmarc.example.co.jp"_s
                                     << u"_dmarc.example.co.jp"_s << u"dmarc.found-at-org"_s << true;
    QTest::newRow("none") << u"www.dmarcnone"_s << S::NoRecord << QString() << QString() << u"dmarc.none"_s
                          << true;
    QTest::newRow("two records") << u"two.dmarc.test"_s << S::Multiple << u"_dmarc.two.dmarc.test"_s
                                 << u"_dmarc.two.dmarc.test"_s << u"dmarc.multiple"_s << true;
    QTest::newRow("syntax error") << u"broken.dmarc.test"_s << S::Invalid << u"_dmarc.broken.dmarc.test"_s
                                  << u"_dmarc.broken.dmarc.test"_s << u"dmarc.invalid"_s << true;
    QTest::newRow("rua unauthorised")
        << u"external.dmarc.test"_s << S::Found << u"_dmarc.external.dmarc.test"_s
        << u"_dmarc.external.dmarc.test"_s << u"dmarc.rua-unauthorized"_s << true;
    QTest::newRow("rua authorised") << u"authorized.dmarc.test"_s << S::Found
                                    << u"_dmarc.authorized.dmarc.test"_s << u"_dmarc.authorized.dmarc.test"_s
                                    << u"dmarc.rua-unauthorized"_s << false;
    QTest::newRow("tree walk differs") << u"a.b.dmarc.test"_s << S::Found << u"_dmarc.dmarc.test"_s
                                       << u"_dmarc.b.dmarc.test"_s << u"dmarc.tree-walk-differs"_s << true;
}

void TestDmarcDiscoveryDns::scenarios()
{
    QFETCH(QString, domain);
    QFETCH(DmarcRecordStatus, status);
    QFETCH(QString, foundAt);
    QFETCH(QString, treeWalkFoundAt);
    QFETCH(QString, finding);
    QFETCH(bool, findingExpected);
    const DmarcDiscoveryResult r = discover(domain);
    QCOMPARE(dmarc::statusName(r.rfc7489.status), dmarc::statusName(status));
    QCOMPARE(r.rfc7489.foundAt(), foundAt);
    QCOMPARE(r.treeWalk.foundAt(), treeWalkFoundAt);
    QVERIFY2(ids(r.findings).contains(finding) == findingExpected, qPrintable(ids(r.findings).join(u' ')));
    for (const DnsAnswer& a : r.queries) {
        QVERIFY2(dns::isDefinite(a.outcome), qPrintable(a.name + u' ' + dns::outcomeName(a.outcome)));
    }
}

void TestDmarcDiscoveryDns::splitRecordJoined()
{
    const DmarcDiscoveryResult r = discover(u"split.dmarc.test"_s);
    QCOMPARE(r.rfc7489.status, DmarcRecordStatus::Found);
    QCOMPARE(r.rfc7489.record->policy, DmarcPolicy::Reject);
    QCOMPARE(r.rfc7489.record->aggregateReports.size(), 1);
}

QTEST_GUILESS_MAIN(TestDmarcDiscoveryDns)
#include "TestDmarcDiscoveryDns.moc"
