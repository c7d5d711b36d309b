// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcEvaluation: RFC 7489 §3.1 alignment, policy selection (p/sp/np, t=y), findings.
#include <QSignalSpy>
#include <QTest>

#include "core/dmarc/DmarcEvaluation.h"
#include "core/dmarc/PublicSuffixList.h"
#include "tests/support/FakeResolver.h"

using namespace Qt::StringLiterals;
using namespace todoku;

Q_DECLARE_METATYPE(todoku::DmarcAlignmentMode)
Q_DECLARE_METATYPE(todoku::DmarcResult)
Q_DECLARE_METATYPE(todoku::DmarcDiscoveryMethod)

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

class TestDmarcEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void alignment_data();
    void alignment();
    void evaluate_data();
    void evaluate();
    void tempError();

private:
    PublicSuffixList m_psl;
};

void TestDmarcEvaluation::alignment_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("from");
    QTest::addColumn<DmarcAlignmentMode>("mode");
    QTest::addColumn<bool>("aligned");
    // RFC 7489 §3.1.1 / §3.1.2 examples.
    QTest::newRow("dkim relaxed sub")
        << u"example.com"_s << u"news.example.com"_s << DmarcAlignmentMode::Relaxed << true;
    QTest::newRow("dkim strict sub") << u"example.com"_s << u"news.example.com"_s
                                     << DmarcAlignmentMode::Strict << false;
    QTest::newRow("spf strict same") << u"example.com"_s << u"EXAMPLE.com"_s << DmarcAlignmentMode::Strict
                                     << true;
    QTest::newRow("other org") << u"example.net"_s << u"example.com"_s << DmarcAlignmentMode::Relaxed
                               << false;
    QTest::newRow("co.jp siblings") << u"a.co.jp"_s << u"b.co.jp"_s << DmarcAlignmentMode::Relaxed << false;
}

void TestDmarcEvaluation::alignment()
{
    QFETCH(QString, identifier);
    QFETCH(QString, from);
    QFETCH(DmarcAlignmentMode, mode);
    QFETCH(bool, aligned);
    QCOMPARE(
        dmarc::isAligned(
            identifier, m_psl.organizationalDomain(identifier), from, m_psl.organizationalDomain(from), mode),
        aligned);
}

void TestDmarcEvaluation::evaluate_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("spf");  // "domain:result" or empty
    QTest::addColumn<QString>("dkim"); // "domain:result" or empty
    QTest::addColumn<DmarcDiscoveryMethod>("method");
    QTest::addColumn<DmarcResult>("result");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QStringList>("findings");
    const auto m7 = DmarcDiscoveryMethod::Rfc7489;
    const auto m9 = DmarcDiscoveryMethod::Rfc9989;
    QTest::newRow("dkim pass") << u"v=DMARC1; p=reject"_s << u"example.com"_s << QString()
                               << u"example.com:pass"_s << m7 << DmarcResult::Pass << u"reject"_s << u"p"_s
                               << QStringList{u"dmarc.pass"_s};
    QTest::newRow("dkim fail result")
        << u"v=DMARC1; p=reject"_s << u"example.com"_s << QString() << u"example.com:fail"_s << m7
        << DmarcResult::Fail << u"reject"_s << u"p"_s << QStringList{u"dmarc.fail"_s};
    QTest::newRow("spf misaligned") << u"v=DMARC1; p=quarantine"_s << u"example.com"_s
                                    << u"bounce.esp.example:pass"_s << u"esp.example:pass"_s << m7
                                    << DmarcResult::Fail << u"quarantine"_s << u"p"_s
                                    << QStringList{u"dmarc.fail"_s,
                                                   u"dmarc.misaligned.dkim"_s,
                                                   u"dmarc.misaligned.spf"_s};
    QTest::newRow("strict spf") << u"v=DMARC1; p=reject; aspf=s"_s << u"example.com"_s
                                << u"bounce.example.com:pass"_s << QString() << m7 << DmarcResult::Fail
                                << u"reject"_s << u"p"_s
                                << QStringList{u"dmarc.fail"_s, u"dmarc.misaligned.spf"_s};
    QTest::newRow("sp for subdomain")
        << u"v=DMARC1; p=reject; sp=quarantine"_s << u"news.example.com"_s << QString() << QString() << m7
        << DmarcResult::Fail << u"quarantine"_s << u"sp"_s << QStringList{u"dmarc.fail"_s};
    QTest::newRow("np nonexistent 9989")
        << u"v=DMARC1; p=reject; np=none"_s << u"ghost.example.com"_s << QString() << QString() << m9
        << DmarcResult::Fail << u"none"_s << u"np"_s << QStringList{u"dmarc.fail"_s};
    QTest::newRow("np ignored 7489") << u"v=DMARC1; p=reject; np=none"_s << u"ghost.example.com"_s
                                     << QString() << QString() << m7 << DmarcResult::Fail << u"reject"_s
                                     << u"p"_s << QStringList{u"dmarc.fail"_s};
    QTest::newRow("t=y 9989") << u"v=DMARC1; p=reject; t=y"_s << u"example.com"_s << QString() << QString()
                              << m9 << DmarcResult::Fail << u"quarantine"_s << u"p"_s
                              << QStringList{u"dmarc.fail"_s};
    QTest::newRow("t=y ignored 7489")
        << u"v=DMARC1; p=reject; t=y"_s << u"example.com"_s << QString() << QString() << m7
        << DmarcResult::Fail << u"reject"_s << u"p"_s << QStringList{u"dmarc.fail"_s};
    QTest::newRow("no record") << QString() << u"example.com"_s << u"example.com:pass"_s << QString() << m7
                               << DmarcResult::None << QString() << QString() << QStringList{u"dmarc.none"_s};
}

void TestDmarcEvaluation::evaluate()
{
    QFETCH(QString, record);
    QFETCH(QString, from);
    QFETCH(QString, spf);
    QFETCH(QString, dkim);
    QFETCH(DmarcDiscoveryMethod, method);
    QFETCH(DmarcResult, result);
    QFETCH(QString, policy);
    QFETCH(QString, tag);
    QFETCH(QStringList, findings);
    test::FakeResolver resolver;
    if (!record.isEmpty()) {
        resolver.addTxt(u"_dmarc.example.com"_s, record.toUtf8());
    }
    resolver.addA(u"example.com"_s, u"192.0.2.1"_s);
    resolver.addA(u"news.example.com"_s, u"192.0.2.2"_s);
    DmarcEvaluationInput input;
    input.fromDomain = from;
    if (!spf.isEmpty()) {
        input.spf.append({spf.section(u':', 0, 0), spf.section(u':', 1)});
    }
    if (!dkim.isEmpty()) {
        input.dkim.append({dkim.section(u':', 0, 0), dkim.section(u':', 1)});
    }
    DmarcDiscovery discovery(&resolver, &m_psl);
    QSignalSpy spy(&discovery, &DmarcDiscovery::finished);
    discovery.start(from);
    QVERIFY(spy.wait(5000));
    const DmarcEvaluation e = dmarc::evaluate(input, discovery.result(), method, m_psl);
    QCOMPARE(e.result, result);
    QCOMPARE(e.appliedPolicy ? dmarc::policyName(*e.appliedPolicy) : QString(), policy);
    QCOMPARE(e.policyTag, tag);
    QCOMPARE(ids(e.findings), findings);
}

void TestDmarcEvaluation::tempError()
{
    test::FakeResolver resolver;
    resolver.setOutcome(u"_dmarc.example.com"_s, DnsRecordType::TXT, DnsOutcome::ServFail);
    DmarcDiscovery discovery(&resolver, &m_psl);
    QSignalSpy spy(&discovery, &DmarcDiscovery::finished);
    discovery.start(u"mail.example.com"_s);
    QVERIFY(spy.wait(5000));
    DmarcEvaluationInput input;
    input.fromDomain = u"mail.example.com"_s;
    input.dkim.append({u"example.com"_s, u"pass"_s});
    const DmarcEvaluation e =
        dmarc::evaluate(input, discovery.result(), DmarcDiscoveryMethod::Rfc7489, m_psl);
    QCOMPARE(e.result, DmarcResult::TempError);
    QCOMPARE(e.findings.size(), 1);
    QCOMPARE(e.findings.first().id, u"dmarc.temperror"_s);
    QCOMPARE(e.findings.first().args, (QStringList{u"_dmarc.example.com"_s, u"servfail"_s}));
}

QTEST_GUILESS_MAIN(TestDmarcEvaluation)
#include "TestDmarcEvaluation.moc"
