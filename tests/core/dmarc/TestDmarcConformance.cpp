// SPDX-License-Identifier: GPL-3.0-or-later
// DMARC policy discovery + alignment against the mailauth-derived cases in ../shared/conformance.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/dmarc/DmarcDiscovery.h"
#include "core/dmarc/DmarcEvaluation.h"
#include "core/dmarc/PublicSuffixList.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/TestEnvironment.h"

using namespace Qt::StringLiterals;
using namespace todoku;

Q_DECLARE_METATYPE(todoku::DmarcDiscoveryMethod)

namespace {

QString mismatch(const QString& key, const QJsonValue& expected, const QString& actual)
{
    return u"%1: expected %2, got %3"_s.arg(key, expected.toVariant().toString(), actual);
}

/** Runs one case; returns the mismatches (empty: pass). */
QStringList runCase(const QJsonObject& c, DmarcDiscoveryMethod method, const PublicSuffixList& psl)
{
    test::FakeResolver resolver;
    const QJsonObject dnsObj = c.value(u"dns"_s).toObject();
    for (auto it = dnsObj.begin(); it != dnsObj.end(); ++it) {
        if (it.value().isString()) {
            const QString what = it.value().toString();
            resolver.setOutcome(it.key(),
                                DnsRecordType::TXT,
                                what == u"TIMEOUT"_s ? DnsOutcome::Timeout : DnsOutcome::ServFail);
            continue;
        }
        for (const QJsonValue& record : it.value().toArray()) {
            QList<QByteArray> strings;
            for (const QJsonValue& s : record.toArray()) {
                strings.append(s.toString().toUtf8());
            }
            resolver.addTxt(it.key(), strings);
        }
    }
    for (const QJsonValue& name : c.value(u"exists"_s).toArray()) {
        resolver.addA(name.toString(), u"192.0.2.1"_s);
    }
    DmarcEvaluationInput input;
    input.fromDomain = c.value(u"from"_s).toString();
    QStringList extra;
    for (const QJsonValue& d : c.value(u"dkim_pass"_s).toArray()) {
        input.dkim.append({d.toString(), u"pass"_s});
        extra.append(d.toString());
    }
    for (const QJsonValue& d : c.value(u"spf_pass"_s).toArray()) {
        input.spf.append({d.toString(), u"pass"_s});
        extra.append(d.toString());
    }
    DmarcDiscovery discovery(&resolver, &psl);
    QSignalSpy spy(&discovery, &DmarcDiscovery::finished);
    discovery.start(input.fromDomain, extra);
    if (!spy.wait(5000)) {
        return {u"discovery did not finish"_s};
    }
    const DmarcEvaluation e = dmarc::evaluate(input, discovery.result(), method, psl);

    QStringList problems;
    const QJsonObject expect = c.value(u"expect"_s).toObject();
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        QString actual;
        bool ok = true;
        if (key == u"result"_s) {
            actual = dmarc::resultName(e.result);
            ok = actual == v.toString();
        } else if (key == u"policy"_s) {
            actual = e.appliedPolicy ? dmarc::policyName(*e.appliedPolicy) : u"null"_s;
            ok = v.isNull() ? !e.appliedPolicy : actual == v.toString();
        } else if (key == u"p"_s) {
            actual = e.record && e.record->policy ? dmarc::policyName(*e.record->policy) : u"null"_s;
            ok = actual == v.toString();
        } else if (key == u"sp"_s) {
            actual = e.record && e.record->subdomainPolicy ? dmarc::policyName(*e.record->subdomainPolicy)
                                                           : u"null"_s;
            ok = actual == v.toString();
        } else if (key == u"pct"_s) {
            actual = e.record ? QString::number(e.record->percent) : u"null"_s;
            ok = actual == QString::number(v.toInt());
        } else if (key == u"record_domain"_s) {
            actual = e.recordDomain;
            ok = actual == v.toString();
        } else if (key == u"dkim_alignment_strict"_s) {
            const bool strict = e.dkimMode == DmarcAlignmentMode::Strict;
            actual = strict ? u"true"_s : u"false"_s;
            ok = strict == v.toBool();
        } else if (key == u"spf_alignment_strict"_s) {
            const bool strict = e.spfMode == DmarcAlignmentMode::Strict;
            actual = strict ? u"true"_s : u"false"_s;
            ok = strict == v.toBool();
        } else if (key == u"dkim_aligned"_s) {
            actual = e.dkimAligned ? u"true"_s : u"false"_s;
            ok = e.dkimAligned == v.toBool();
        } else if (key == u"spf_aligned_domain"_s) {
            // mailauth reports the domain relaxed alignment compared: the organisational domain.
            actual = e.spfMode == DmarcAlignmentMode::Relaxed ? e.spfAlignedOrganizationalDomain
                                                              : e.spfAlignedDomain;
            ok = actual == v.toString();
        } else if (key == u"ar_header_from"_s) {
            actual = e.fromDomain;
            ok = actual == v.toString();
        } else {
            problems.append(u"unknown expectation "_s + key);
            continue;
        }
        if (!ok) {
            problems.append(mismatch(key, v, actual));
        }
    }
    return problems;
}

} // namespace

class TestDmarcConformance : public QObject
{
    Q_OBJECT

private slots:
    void cases_data();
    void cases();
    void cleanupTestCase();

private:
    PublicSuffixList m_psl;
    int m_total = 0;
    int m_passed = 0;
};

void TestDmarcConformance::cases_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    QTest::addColumn<DmarcDiscoveryMethod>("method");
    const QString path = test::sharedPath(u"conformance/dmarc-mailauth-cases/dmarc-cases.json"_s);
    if (path.isEmpty() || !QFile::exists(path)) {
        QSKIP("../shared/conformance/dmarc-mailauth-cases is not present beside this checkout.");
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
    QVERIFY(cases.size() >= 45);
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(u"id"_s).toString();
        // RFC7489 cases hold under both methods; RFC9989 cases only for the tree walk.
        if (c.value(u"spec"_s).toString() == u"RFC7489"_s) {
            QTest::newRow(qPrintable(u"7489/"_s + id)) << c << DmarcDiscoveryMethod::Rfc7489;
        }
        QTest::newRow(qPrintable(u"9989/"_s + id)) << c << DmarcDiscoveryMethod::Rfc9989;
    }
}

void TestDmarcConformance::cases()
{
    QFETCH(QJsonObject, testCase);
    QFETCH(DmarcDiscoveryMethod, method);
    ++m_total;
    const QStringList problems = runCase(testCase, method, m_psl);
    if (problems.isEmpty()) {
        ++m_passed;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestDmarcConformance::cleanupTestCase()
{
    qInfo("DMARC conformance: %d/%d passed", m_passed, m_total);
}

QTEST_GUILESS_MAIN(TestDmarcConformance)
#include "TestDmarcConformance.moc"
