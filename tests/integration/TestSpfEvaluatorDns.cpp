// SPDX-License-Identifier: GPL-3.0-or-later
// SpfEvaluator through AresResolver against the named fixture (tests/zones/spf.test.zone): every SPF
// result, temperror through SERVFAIL and through a timeout, the limits, macros and exp=, and an answer
// over 512 bytes that only arrives over TCP.
#include <QSignalSpy>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/spf/SpfEvaluator.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;

Q_DECLARE_METATYPE(todoku::SpfResultCode)
Q_DECLARE_METATYPE(todoku::SpfReason)

class TestSpfEvaluatorDns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_server = server;
        QVERIFY(m_ares.isInitialized());
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<SpfResultCode>("result");
        QTest::addColumn<SpfReason>("reason");
        QTest::addColumn<QString>("matched");
        using R = SpfResultCode;
        using W = SpfReason;
        QTest::newRow("pass") << "pass"
                              << "192.0.2.10" << R::Pass << W::Matched << "ip4:192.0.2.0/24";
        QTest::newRow("fail") << "pass"
                              << "198.51.100.9" << R::Fail << W::Matched << "-all";
        QTest::newRow("softfail") << "softfail"
                                  << "198.51.100.9" << R::SoftFail << W::Matched << "~all";
        QTest::newRow("neutral") << "neutral"
                                 << "198.51.100.9" << R::Neutral << W::Matched << "?all";
        QTest::newRow("none-no-spf") << "nospf"
                                     << "192.0.2.10" << R::None << W::NoRecord << "";
        QTest::newRow("none-nxdomain") << "absent"
                                       << "192.0.2.10" << R::None << W::NoRecord << "";
        QTest::newRow("include-chain")
            << "chain"
            << "203.0.113.9" << R::Pass << W::Matched << "include:_spf.chain.spf.test";
        QTest::newRow("include-chain-v6")
            << "chain"
            << "2001:db8:25::1" << R::Pass << W::Matched << "include:_spf.chain.spf.test";
        QTest::newRow("a-cidr") << "hosts"
                                << "198.51.100.195" << R::Pass << W::Matched << "a:www.spf.test/28";
        QTest::newRow("mx-v6") << "hosts"
                               << "2001:db8::77" << R::Pass << W::Matched << "mx";
        QTest::newRow("temperror-servfail") << "servfail"
                                            << "192.0.2.10" << R::TempError << W::DnsFailure << "";
        QTest::newRow("temperror-timeout") << "timeout"
                                           << "192.0.2.10" << R::TempError << W::DnsFailure << "";
        QTest::newRow("permerror-limit") << "limit"
                                         << "192.0.2.10" << R::PermError << W::TooManyLookups << "";
        QTest::newRow("permerror-loop") << "loop1"
                                        << "192.0.2.10" << R::PermError << W::TooManyLookups << "";
        QTest::newRow("permerror-voids") << "voids"
                                         << "192.0.2.10" << R::PermError << W::TooManyVoidLookups << "";
        QTest::newRow("permerror-two") << "two"
                                       << "192.0.2.10" << R::PermError << W::MultipleRecords << "";
        QTest::newRow("permerror-syntax") << "syntax"
                                          << "192.0.2.10" << R::PermError << W::Syntax << "";
        QTest::newRow("macro-pass") << "macro"
                                    << "192.0.2.10" << R::Pass << W::Matched << "exists:%{ir}.allow.spf.test";
        QTest::newRow("big-over-tcp") << "big"
                                      << "192.0.2.10" << R::Pass << W::Matched << "ip4:192.0.2.0/24";
    }

    void outcomes()
    {
        QFETCH(QString, domain);
        QFETCH(QString, ip);
        QFETCH(SpfResultCode, result);
        QFETCH(SpfReason, reason);
        QFETCH(QString, matched);
        const SpfResult r = evaluate(domain + u".spf.test", ip);
        QCOMPARE(spf::resultName(r.result), spf::resultName(result));
        QCOMPARE(spf::reasonName(r.reason), spf::reasonName(reason));
        QCOMPARE(r.matched, matched);
        QVERIFY(!r.queries.isEmpty());
        QCOMPARE(r.findings.value(0).id, u"spf." + spf::resultName(result));
    }

    void detailsOfFailures()
    {
        const SpfResult timeout = evaluate(QStringLiteral("timeout.spf.test"), QStringLiteral("192.0.2.10"));
        QCOMPARE(timeout.reasonDomain, QStringLiteral("x.timeout.spf.test"));
        QCOMPARE(timeout.reasonDetail, QStringLiteral("TXT timeout"));

        const SpfResult servfail =
            evaluate(QStringLiteral("servfail.spf.test"), QStringLiteral("192.0.2.10"));
        QCOMPARE(servfail.reasonDetail, QStringLiteral("TXT servfail"));

        const SpfResult limit = evaluate(QStringLiteral("limit.spf.test"), QStringLiteral("192.0.2.10"));
        QCOMPARE(limit.lookups, 11);
        QCOMPARE(limit.includeTree.lookups, 11);
        QCOMPARE(limit.includeTree.children.size(), size_t(11));

        const SpfResult voids = evaluate(QStringLiteral("voids.spf.test"), QStringLiteral("192.0.2.10"));
        QCOMPARE(voids.voidLookups, 3);
    }

    void explanationFromExp()
    {
        const SpfResult r = evaluate(QStringLiteral("macro.spf.test"), QStringLiteral("198.51.100.20"));
        QCOMPARE(r.result, SpfResultCode::Fail);
        QCOMPARE(r.explanation, QStringLiteral("198.51.100.20 may not send mail for macro.spf.test"));
    }

    void bigRecordJoinedFromTcp()
    {
        const SpfResult r = evaluate(QStringLiteral("big.spf.test"), QStringLiteral("198.51.100.60"));
        QCOMPARE(r.result, SpfResultCode::Pass);
        QCOMPARE(r.matched, QStringLiteral("ip4:198.51.100.60"));
        QVERIFY(r.trace.record.size() > 512);
    }

private:
    SpfResult evaluate(const QString& domain, const QString& ip)
    {
        DnsResolverSettings settings;
        settings.servers = {m_server};
        settings.timeoutMs = 300;
        settings.tries = 1;
        AresResolver resolver(settings);
        SpfEvaluator evaluator(&resolver);
        QSignalSpy done(&evaluator, &SpfEvaluator::finished);
        evaluator.start(
            SpfRequest::forMailFrom(QHostAddress(ip), u"test@" + domain, QStringLiteral("mail.example.jp")));
        if (!done.wait(10000)) {
            qWarning("the evaluation did not finish");
        }
        return evaluator.result();
    }

    AresLibrary m_ares;
    DnsServer m_server;
};

QTEST_GUILESS_MAIN(TestSpfEvaluatorDns)
#include "TestSpfEvaluatorDns.moc"
