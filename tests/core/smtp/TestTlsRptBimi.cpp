// SPDX-License-Identifier: GPL-3.0-or-later
// TLS-RPT (RFC 8460 §3) and BIMI record parsing, and BimiCheck's DMARC note through the FakeResolver.
#include <QSignalSpy>
#include <QTest>

#include "core/smtp/BimiCheck.h"
#include "core/smtp/TlsRptCheck.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/FindingIds.h"

using namespace todoku;
using todoku::test::findingIds;

class TestTlsRptBimi : public QObject
{
    Q_OBJECT

private slots:
    void tlsRpt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<int>("ruaCount");
        QTest::addColumn<QString>("fault");
        // RFC 8460 §3.1's examples.
        QTest::newRow("rfc8460 mailto")
            << QByteArray("v=TLSRPTv1; rua=mailto:reports@example.com") << true << 1 << "";
        QTest::newRow("rfc8460 https")
            << QByteArray("v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt") << true << 1 << "";
        QTest::newRow("two uris") << QByteArray(
            "v=TLSRPTv1; rua=mailto:a@example.jp, https://r.example.jp/x;")
                                  << true << 2 << "";
        QTest::newRow("no rua") << QByteArray("v=TLSRPTv1;") << true << 0 << "rua=";
        QTest::newRow("ftp uri") << QByteArray("v=TLSRPTv1; rua=ftp://example.jp/r") << true << 0
                                 << "ftp://example.jp/r";
        QTest::newRow("mailto without @")
            << QByteArray("v=TLSRPTv1; rua=mailto:reports") << true << 0 << "mailto:reports";
        QTest::newRow("empty field") << QByteArray("v=TLSRPTv1;; rua=mailto:a@b.jp") << true << 0 << ";";
        QTest::newRow("extension") << QByteArray("v=TLSRPTv1; rua=mailto:a@b.jp; x-ext=1") << true << 1 << "";
        QTest::newRow("other version")
            << QByteArray("v=TLSRPTv2; rua=mailto:a@b.jp") << false << 0 << "v=TLSRPTv2; ru";
    }

    void tlsRpt()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, matches);
        QFETCH(int, ruaCount);
        QFETCH(QString, fault);
        QCOMPARE(tlsrpt::isTlsRptRecord(text), matches);
        const TlsRptRecord r = tlsrpt::parseRecord(text);
        QCOMPARE(r.fault, fault);
        QCOMPARE(int(r.rua.size()), ruaCount);
    }

    void bimi_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("logo");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("fault");
        QTest::newRow("full") << QByteArray(
            "v=BIMI1; l=https://example.jp/logo.svg; a=https://example.jp/vmc.pem")
                              << "https://example.jp/logo.svg"
                              << "https://example.jp/vmc.pem"
                              << "";
        QTest::newRow("no a") << QByteArray("v=BIMI1; l=https://example.jp/logo.svg;")
                              << "https://example.jp/logo.svg"
                              << ""
                              << "";
        QTest::newRow("declined") << QByteArray("v=BIMI1; l=; a=;") << ""
                                  << ""
                                  << "";
        QTest::newRow("http logo") << QByteArray("v=BIMI1; l=http://example.jp/logo.svg") << ""
                                   << ""
                                   << "l=http://example.jp/logo.svg";
        QTest::newRow("no l") << QByteArray("v=BIMI1; a=https://example.jp/vmc.pem") << ""
                              << "https://example.jp/vmc.pem"
                              << "l=";
        QTest::newRow("two l") << QByteArray("v=BIMI1; l=https://a.jp/1.svg; l=https://a.jp/2.svg")
                               << "https://a.jp/1.svg"
                               << ""
                               << "l=https://a.jp/2.svg";
    }

    void bimi()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, logo);
        QFETCH(QString, authority);
        QFETCH(QString, fault);
        QVERIFY(bimi::isBimiRecord(text));
        const BimiRecord r = bimi::parseRecord(text);
        QCOMPARE(r.fault, fault);
        QCOMPARE(r.logo, logo);
        QCOMPARE(r.authority, authority);
    }

    void bimiNeedsEnforcedDmarc_data()
    {
        QTest::addColumn<int>("policy"); // -1: not passed, -2: no usable DMARC record
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("none") << int(DmarcPolicy::None)
                              << QStringList{QStringLiteral("bimi.dmarc-not-enforced")};
        QTest::newRow("reject") << int(DmarcPolicy::Reject) << QStringList{QStringLiteral("bimi.ok")};
        QTest::newRow("unknown") << -1 << QStringList{QStringLiteral("bimi.ok")};
        QTest::newRow("no DMARC record") << -2 << QStringList{QStringLiteral("bimi.dmarc-missing")};
    }

    void bimiNeedsEnforcedDmarc()
    {
        QFETCH(int, policy);
        QFETCH(QStringList, ids);
        test::FakeResolver dns;
        dns.addTxt(QStringLiteral("default._bimi.example.jp"),
                   QByteArray("v=BIMI1; l=https://example.jp/logo.svg; a=https://example.jp/vmc.pem"));
        BimiCheck check(&dns);
        if (policy >= 0) {
            check.setDmarcPolicy(DmarcPolicy(policy));
        }
        check.setDmarcMissing(policy == -2);
        QSignalSpy done(&check, &BimiCheck::finished);
        check.check(QStringLiteral("example.jp"));
        QVERIFY(done.wait(1000));
        QCOMPARE(findingIds(check.report().findings), ids);
    }

    void tlsRptServfail()
    {
        test::FakeResolver dns;
        dns.setOutcome(QStringLiteral("_smtp._tls.example.jp"), DnsRecordType::TXT, DnsOutcome::ServFail);
        TlsRptCheck check(&dns);
        QSignalSpy done(&check, &TlsRptCheck::finished);
        check.check(QStringLiteral("example.jp"));
        QVERIFY(done.wait(1000));
        QCOMPARE(findingIds(check.report().findings), QStringList{QStringLiteral("tls-rpt.temperror")});
        QCOMPARE(check.report().findings.first().args.value(1), QStringLiteral("servfail"));
    }
};

QTEST_GUILESS_MAIN(TestTlsRptBimi)
#include "TestTlsRptBimi.moc"
