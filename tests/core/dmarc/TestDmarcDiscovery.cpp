// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcDiscovery over FakeResolver: RFC 7489 §6.6.3 discovery, RFC 9989 tree walk, report authorisation.
#include <QSignalSpy>
#include <QTest>

#include "core/dmarc/DmarcDiscovery.h"
#include "core/dmarc/PublicSuffixList.h"
#include "tests/support/FakeResolver.h"

using namespace Qt::StringLiterals;
using namespace todoku;

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

class TestDmarcDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void treeWalkDomains_data();
    void treeWalkDomains();
    void discovery_data();
    void discovery();
    void treeWalkDiffers();
    void psdOrganizationalDomain();
    void reportAuthorization_data();
    void reportAuthorization();
    void queriesRecorded();
    void walkStepsDownToTld();
    void deletingDiscoveryCancels();

private:
    DmarcDiscoveryResult run(test::FakeResolver& resolver, const QString& domain);
    PublicSuffixList m_psl;
};

DmarcDiscoveryResult TestDmarcDiscovery::run(test::FakeResolver& resolver, const QString& domain)
{
    DmarcDiscovery discovery(&resolver, &m_psl);
    QSignalSpy spy(&discovery, &DmarcDiscovery::finished);
    discovery.start(domain);
    [&] {
        QVERIFY(spy.wait(5000));
    }();
    [&] {
        QCOMPARE(spy.count(), 1);
    }();
    return discovery.result();
}

void TestDmarcDiscovery::treeWalkDomains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two labels") << u"example.com"_s << QStringList{u"example.com"_s, u"com"_s};
    QTest::newRow("three") << u"mail.example.com"_s
                           << QStringList{u"mail.example.com"_s, u"example.com"_s, u"com"_s};
    // RFC 9989 §4.10 / B.4.2: more than 8 labels jump to the last 7.
    QTest::newRow("deep") << u"a.b.c.d.e.f.g.h.i.j.k.example.com"_s
                          << QStringList{u"a.b.c.d.e.f.g.h.i.j.k.example.com"_s,
                                         u"g.h.i.j.k.example.com"_s,
                                         u"h.i.j.k.example.com"_s,
                                         u"i.j.k.example.com"_s,
                                         u"j.k.example.com"_s,
                                         u"k.example.com"_s,
                                         u"example.com"_s,
                                         u"com"_s};
}

void TestDmarcDiscovery::treeWalkDomains()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, expected);
    QCOMPARE(dmarc::treeWalkDomains(domain), expected);
}

void TestDmarcDiscovery::discovery_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("records"); // "name|text" per TXT record
    QTest::addColumn<QString>("failing");     // a _dmarc name that times out
    QTest::addColumn<DmarcRecordStatus>("status");
    QTest::addColumn<QString>("foundAt");
    QTest::addColumn<QString>("finding");
    QTest::newRow("at author")
        << u"example.com"_s
        << QStringList{u"_dmarc.example.com|v=DMARC1; p=reject; rua=mailto:d@example.com"_s} << QString()
        << DmarcRecordStatus::Found << u"_dmarc.example.com"_s << QString();
    QTest::newRow("org only") << u"mail.example.com"_s
                              << QStringList{u"_dmarc.example.com|v=DMARC1; p=reject; sp=none"_s} << QString()
                              << DmarcRecordStatus::Found << u"_dmarc.example.com"_s
                              << u"dmarc.found-at-org"_s;
    QTest::newRow("none") << u"example.com"_s << QStringList{u"example.com|v=spf1 -all"_s} << QString()
                          << DmarcRecordStatus::NoRecord << QString() << u"dmarc.none"_s;
    QTest::newRow("two records") << u"example.com"_s
                                 << QStringList{u"_dmarc.example.com|v=DMARC1; p=reject"_s,
                                                u"_dmarc.example.com|v=DMARC1; p=none"_s}
                                 << QString() << DmarcRecordStatus::Multiple << u"_dmarc.example.com"_s
                                 << u"dmarc.multiple"_s;
    QTest::newRow("syntax error") << u"example.com"_s
                                  << QStringList{u"_dmarc.example.com|v=DMARC1; p=none; x"_s} << QString()
                                  << DmarcRecordStatus::Invalid << u"_dmarc.example.com"_s
                                  << u"dmarc.invalid"_s;
    QTest::newRow("other txt ignored")
        << u"example.com"_s
        << QStringList{u"_dmarc.example.com|hello"_s, u"_dmarc.example.com|v=DMARC1; p=none"_s} << QString()
        << DmarcRecordStatus::Found << u"_dmarc.example.com"_s << u"dmarc.policy-none"_s;
    QTest::newRow("timeout at org") << u"mail.example.com"_s << QStringList{} << u"_dmarc.example.com"_s
                                    << DmarcRecordStatus::TempError << QString() << u"dmarc.temperror"_s;
}

void TestDmarcDiscovery::discovery()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, records);
    QFETCH(QString, failing);
    QFETCH(DmarcRecordStatus, status);
    QFETCH(QString, foundAt);
    QFETCH(QString, finding);
    test::FakeResolver resolver;
    for (const QString& r : records) {
        resolver.addTxt(r.section(u'|', 0, 0), r.section(u'|', 1).toUtf8());
    }
    if (!failing.isEmpty()) {
        resolver.setOutcome(failing, DnsRecordType::TXT, DnsOutcome::Timeout);
    }
    const DmarcDiscoveryResult result = run(resolver, domain);
    QCOMPARE(result.rfc7489.status, status);
    QCOMPARE(result.rfc7489.foundAt(), foundAt);
    QCOMPARE(result.treeWalk.status, status);
    QVERIFY(!result.methodsDiffer());
    if (!finding.isEmpty()) {
        QVERIFY2(ids(result.findings).contains(finding), qPrintable(ids(result.findings).join(u' ')));
    }
}

void TestDmarcDiscovery::treeWalkDiffers()
{
    // A record between the author domain and the PSL organisational domain: only the tree walk sees it.
    test::FakeResolver resolver;
    resolver.addTxt(u"_dmarc.b.example.com"_s, QByteArray("v=DMARC1; p=reject"));
    resolver.addTxt(u"_dmarc.example.com"_s, QByteArray("v=DMARC1; p=none"));
    const DmarcDiscoveryResult result = run(resolver, u"a.b.example.com"_s);
    QCOMPARE(result.rfc7489.recordDomain, u"example.com"_s);
    QCOMPARE(result.treeWalk.recordDomain, u"b.example.com"_s);
    QCOMPARE(result.rfc7489.organizationalDomain, u"example.com"_s);
    QCOMPARE(result.treeWalk.organizationalDomain, u"example.com"_s);
    QVERIFY(result.methodsDiffer());
    QVERIFY(ids(result.findings).contains(u"dmarc.tree-walk-differs"_s));
}

void TestDmarcDiscovery::psdOrganizationalDomain()
{
    QMap<QString, DmarcLookup> lookups;
    DmarcLookup psd;
    psd.domain = u"bank.example"_s;
    psd.status = DmarcRecordStatus::Found;
    psd.record = dmarc::parseRecord(u"v=DMARC1; p=reject; psd=y"_s).value();
    lookups.insert(psd.domain, psd);
    QCOMPARE(dmarc::organizationalDomain(
                 u"mail.mega.bank.example"_s, DmarcDiscoveryMethod::Rfc9989, lookups, m_psl),
             u"mega.bank.example"_s);
    QCOMPARE(dmarc::organizationalDomain(
                 u"mail.mega.bank.example"_s, DmarcDiscoveryMethod::Rfc7489, lookups, m_psl),
             u"bank.example"_s);
    QCOMPARE(dmarc::organizationalDomain(u"other.test"_s, DmarcDiscoveryMethod::Rfc9989, lookups, m_psl),
             u"other.test"_s);
}

void TestDmarcDiscovery::reportAuthorization_data()
{
    QTest::addColumn<QString>("rua");
    QTest::addColumn<QString>("authorization"); // TXT at the _report._dmarc name, empty: none
    QTest::addColumn<int>("checks");
    QTest::addColumn<bool>("unauthorizedFinding");
    QTest::newRow("own domain") << u"mailto:d@example.com"_s << QString() << 0 << false;
    QTest::newRow("own subdomain") << u"mailto:d@reports.example.com"_s << QString() << 0 << false;
    QTest::newRow("external authorised") << u"mailto:d@reports.example.net"_s << u"v=DMARC1"_s << 1 << false;
    QTest::newRow("external unauthorised") << u"mailto:d@reports.example.net"_s << QString() << 1 << true;
    QTest::newRow("external wrong record") << u"mailto:d@reports.example.net"_s << u"v=spf1"_s << 1 << true;
}

void TestDmarcDiscovery::reportAuthorization()
{
    QFETCH(QString, rua);
    QFETCH(QString, authorization);
    QFETCH(int, checks);
    QFETCH(bool, unauthorizedFinding);
    test::FakeResolver resolver;
    resolver.addTxt(u"_dmarc.example.com"_s, QString(u"v=DMARC1; p=none; rua="_s + rua).toUtf8());
    if (!authorization.isEmpty()) {
        resolver.addTxt(u"example.com._report._dmarc.reports.example.net"_s, authorization.toUtf8());
    }
    const DmarcDiscoveryResult result = run(resolver, u"example.com"_s);
    QCOMPARE(result.reportAuthorizations.size(), checks);
    if (checks > 0) {
        QCOMPARE(result.reportAuthorizations.first().queryName,
                 u"example.com._report._dmarc.reports.example.net"_s);
        QCOMPARE(result.reportAuthorizations.first().authorized, !unauthorizedFinding);
    }
    QCOMPARE(ids(result.findings).contains(u"dmarc.rua-unauthorized"_s), unauthorizedFinding);
}

void TestDmarcDiscovery::queriesRecorded()
{
    test::FakeResolver resolver;
    resolver.addTxt(u"_dmarc.example.com"_s, QByteArray("v=DMARC1; p=reject"));
    const DmarcDiscoveryResult result = run(resolver, u"mail.example.com"_s);
    // _dmarc at mail.example.com and example.com, plus the existence query; the walk stops at the record.
    QCOMPARE(resolver.lookupCount(), 3);
    QCOMPARE(result.queries.size(), 3);
    QVERIFY(!resolver.lookups().contains(u"_dmarc.com TXT"_s));
    QVERIFY(resolver.lookups().contains(u"_dmarc.example.com TXT"_s));
    QCOMPARE(result.domainExists, false);
}

void TestDmarcDiscovery::walkStepsDownToTld()
{
    // No record anywhere: the tree walk asks every level down to the TLD, one round each.
    test::FakeResolver resolver;
    const DmarcDiscoveryResult result = run(resolver, u"a.b.example.com"_s);
    QCOMPARE(result.treeWalk.status, DmarcRecordStatus::NoRecord);
    QCOMPARE(result.treeWalk.consulted,
             (QStringList{u"a.b.example.com"_s, u"b.example.com"_s, u"example.com"_s, u"com"_s}));
    QVERIFY(resolver.lookups().contains(u"_dmarc.com TXT"_s));
    QCOMPARE(result.rfc7489.consulted, (QStringList{u"a.b.example.com"_s, u"example.com"_s}));
}

void TestDmarcDiscovery::deletingDiscoveryCancels()
{
    // Queries are children of the discovery: deleting it mid-flight must not deliver into freed memory.
    test::FakeResolver resolver;
    resolver.addTxt(u"_dmarc.example.com"_s, QByteArray("v=DMARC1; p=reject"));
    auto* discovery = new DmarcDiscovery(&resolver, &m_psl);
    int finished = 0;
    connect(discovery, &DmarcDiscovery::finished, this, [&finished] { ++finished; });
    discovery->start(u"example.com"_s);
    QVERIFY(resolver.lookupCount() > 0);
    delete discovery;
    QTest::qWait(50);
    QCOMPARE(finished, 0);
}

QTEST_GUILESS_MAIN(TestDmarcDiscovery)
#include "TestDmarcDiscovery.moc"
