// SPDX-License-Identifier: GPL-3.0-or-later
// SpfLinter and spf::lintRecord / lintTree: each finding id from a record that has exactly that problem.
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/diagnosis/FindingCatalog.h"
#include "core/spf/SpfBuilder.h"
#include "core/spf/SpfLinter.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/FindingIds.h"

using namespace todoku;
using todoku::test::findingIds;
using namespace Qt::StringLiterals;
using todoku::test::FakeResolver;

namespace {

QStringList lintText(const QString& text)
{
    const auto record = SpfRecord::parse(text);
    if (!record) {
        return {QStringLiteral("parse-error")};
    }
    return findingIds(spf::lintRecord(record.value(), QStringLiteral("example.jp")));
}

SpfLintReport
lint(FakeResolver& dns, const QString& domain, const std::optional<QString>& record = std::nullopt)
{
    SpfLinter linter(&dns);
    QSignalSpy done(&linter, &SpfLinter::finished);
    linter.start(domain, record);
    if (!done.wait(5000)) {
        qWarning("lint did not finish");
    }
    return linter.report();
}

} // namespace

class TestSpfLinter : public QObject
{
    Q_OBJECT

private slots:
    void recordFindings_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("clean") << u"v=spf1 ip4:192.0.2.0/24 -all"_s << QStringList{};
        QTest::newRow("softfail advice")
            << u"v=spf1 ip4:192.0.2.0/24 ~all"_s << QStringList{u"spf.softfail-all"_s};
        QTest::newRow("+all") << u"v=spf1 +all"_s << QStringList{u"spf.all-pass"_s};
        QTest::newRow("bare all") << u"v=spf1 a all"_s << QStringList{u"spf.all-pass"_s};
        QTest::newRow("?all") << u"v=spf1 mx ?all"_s << QStringList{u"spf.all-neutral"_s};
        QTest::newRow("no all") << u"v=spf1 mx"_s << QStringList{u"spf.no-all"_s};
        QTest::newRow("redirect counts as an end") << u"v=spf1 redirect=_spf.example.jp"_s << QStringList{};
        QTest::newRow("redirect ignored")
            << u"v=spf1 -all redirect=_spf.example.jp"_s << QStringList{u"spf.redirect-ignored"_s};
        QTest::newRow("ptr") << u"v=spf1 ptr -all"_s << QStringList{u"spf.ptr-mechanism"_s};
        QTest::newRow("after all") << u"v=spf1 -all mx"_s << QStringList{u"spf.terms-after-all"_s};
        QTest::newRow("duplicate") << u"v=spf1 ip4:192.0.2.1 ip4:192.0.2.1 -all"_s
                                   << QStringList{u"spf.duplicate-network"_s};
        QTest::newRow("contained") << u"v=spf1 ip4:192.0.2.0/24 ip4:192.0.2.77 -all"_s
                                   << QStringList{u"spf.duplicate-network"_s};
        QTest::newRow("v6 contained") << u"v=spf1 ip6:2001:db8::/32 ip6:2001:db8:1::/48 -all"_s
                                      << QStringList{u"spf.duplicate-network"_s};
        QTest::newRow("different qualifiers are not duplicates")
            << u"v=spf1 -ip4:192.0.2.9 ip4:192.0.2.0/24 -all"_s << QStringList{};
        QString longRecord = QStringLiteral("v=spf1");
        for (int i = 0; i < 20; ++i) {
            longRecord += QStringLiteral(" ip4:198.51.100.%1").arg(i);
        }
        QTest::newRow("long") << longRecord + QStringLiteral(" -all") << QStringList{u"spf.long-string"_s};
    }

    void recordFindings()
    {
        QFETCH(QString, record);
        QFETCH(QStringList, expected);
        QCOMPARE(lintText(record), expected);
    }

    void builderOutputIsLintClean_data()
    {
        QTest::addColumn<QStringList>("networks");
        QTest::addColumn<QStringList>("providers");
        QTest::addColumn<bool>("useMx");
        QTest::newRow("own servers") << QStringList{u"192.0.2.10"_s, u"192.0.2.11"_s, u"2001:db8::25"_s}
                                     << QStringList{} << false;
        QTest::newRow("overlapping input")
            << QStringList{u"192.0.2.0/24"_s, u"192.0.2.77"_s, u"192.0.2.77"_s} << QStringList{} << true;
        QTest::newRow("services") << QStringList{u"203.0.113.25"_s}
                                  << QStringList{u"google-workspace"_s, u"sendgrid"_s} << false;
    }

    void builderOutputIsLintClean()
    {
        QFETCH(QStringList, networks);
        QFETCH(QStringList, providers);
        QFETCH(bool, useMx);
        SpfBuilder builder;
        builder.setDomain(u"example.jp"_s);
        for (const QString& n : networks) {
            QVERIFY(builder.addNetwork(n));
        }
        for (const QString& p : providers) {
            builder.addProvider(p);
        }
        builder.setUseMx(useMx);
        const SpfBuildResult built = builder.build();
        QVERIFY(built.canPublish());
        const auto record = SpfRecord::parse(built.record);
        QVERIFY2(record.isOk(), qPrintable(built.record));
        // -all is the builder's default, so nothing at all may remain for the linter to say.
        QCOMPARE(findingIds(spf::lintRecord(record.value(), u"example.jp"_s)), QStringList{});
    }

    void duplicateNamesBothTerms()
    {
        const auto record = SpfRecord::parse(QStringLiteral("v=spf1 ip4:192.0.2.0/24 ip4:192.0.2.77 -all"));
        const QList<Finding> f = spf::lintRecord(record.value(), QStringLiteral("example.jp"));
        QCOMPARE(f.first().args, (QStringList{u"example.jp"_s, u"ip4:192.0.2.77"_s, u"ip4:192.0.2.0/24"_s}));
    }

    void tooManyLookupsNamesTheBranches()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("example.jp"), "v=spf1 include:big.test mx a -all");
        QByteArray big = "v=spf1";
        for (int i = 0; i < 9; ++i) {
            const QByteArray leaf = "l" + QByteArray::number(i) + ".big.test";
            big += " include:" + leaf;
            dns.addTxt(QString::fromLatin1(leaf), "v=spf1 ip4:198.51.100.1 -all");
        }
        dns.addTxt(QStringLiteral("big.test"), big + " -all");
        dns.addMx(QStringLiteral("example.jp"), 10, QStringLiteral("mx.example.jp"));
        dns.addA(QStringLiteral("mx.example.jp"), QStringLiteral("192.0.2.25"));
        dns.addA(QStringLiteral("example.jp"), QStringLiteral("192.0.2.80"));
        const SpfLintReport r = lint(dns, QStringLiteral("example.jp"));
        QCOMPARE(r.lookups(), 12);
        QCOMPARE(findingIds(r.findings), QStringList{QStringLiteral("spf.too-many-lookups")});
        QCOMPARE(r.findings.first().args.value(2), QStringLiteral("include:big.test (10), mx (1), a (1)"));
    }

    void treeProblems()
    {
        FakeResolver dns;
        dns.addTxt(QStringLiteral("example.jp"),
                   "v=spf1 include:none.test include:two.test include:bad.test include:down.test -all");
        dns.addTxt(QStringLiteral("none.test"), "not spf");
        dns.addTxt(QStringLiteral("two.test"), "v=spf1 -all");
        dns.addTxt(QStringLiteral("two.test"), "v=spf1 ~all");
        dns.addTxt(QStringLiteral("bad.test"), "v=spf1 ip4:999.0.0.1 -all");
        dns.setOutcome(QStringLiteral("down.test"), DnsRecordType::TXT, DnsOutcome::Timeout);
        const SpfLintReport r = lint(dns, QStringLiteral("example.jp"));
        QCOMPARE(findingIds(r.findings),
                 (QStringList{u"spf.include-none"_s,
                              u"spf.multiple-records"_s,
                              u"spf.syntax"_s,
                              u"spf.include-unreachable"_s}));
        // The faulty term, its 1-based position and what is wrong, as a code rendered at display time.
        QCOMPARE(r.findings.at(2).args,
                 (QStringList{u"bad.test"_s, u"ip4:999.0.0.1"_s, u"8"_s, u"spf.syntax.ip4-address"_s}));
        QVERIFY(FindingCatalog::text(r.findings.at(2))
                    .detail.startsWith(u"At character 8, “ip4:999.0.0.1”: not an IPv4"_s));
        const SpfNode& bad = r.includeTree.children.at(2);
        QCOMPARE(bad.domain, u"bad.test"_s);
        const QJsonObject error = spf::toJson(bad).value(u"syntaxError"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"spf.syntax.ip4-address"_s);
        QCOMPARE(error.value(u"term"_s).toString(), u"ip4:999.0.0.1"_s);
        QCOMPARE(error.value(u"position"_s).toInt(), 7);
        QVERIFY(error.value(u"problem"_s).toString().startsWith(u"not an IPv4 address"_s));
    }

    void voidLookupsAndUnpublishedRecord()
    {
        FakeResolver dns;
        const SpfLintReport r = lint(dns,
                                     QStringLiteral("example.jp"),
                                     QStringLiteral("v=spf1 a:x1.example.jp a:x2.example.jp mx -all"));
        QCOMPARE(r.voidLookups(), 3);
        QCOMPARE(findingIds(r.findings), QStringList{QStringLiteral("spf.void-lookups")});
        QCOMPARE(r.record, QStringLiteral("v=spf1 a:x1.example.jp a:x2.example.jp mx -all"));
    }

    void noRecordSaysSo()
    {
        FakeResolver dns;
        const SpfLintReport r = lint(dns, QStringLiteral("nothing.jp"));
        QCOMPARE(findingIds(r.findings), QStringList{QStringLiteral("spf.none")});
    }

    void udpSize()
    {
        FakeResolver dns;
        QList<QByteArray> strings;
        QByteArray record = "v=spf1";
        for (int i = 0; i < 40; ++i) {
            record += " ip4:198.51.100." + QByteArray::number(i);
        }
        for (int i = 0; i < record.size(); i += 255) {
            strings.append(record.mid(i, 255));
        }
        dns.addTxt(QStringLiteral("example.jp"), strings + QList<QByteArray>{" -all"});
        const SpfLintReport r = lint(dns, QStringLiteral("example.jp"));
        QCOMPARE(findingIds(r.findings),
                 QStringList{QStringLiteral("spf.udp-size")}); // long-string is not for published
    }
};

QTEST_GUILESS_MAIN(TestSpfLinter)
#include "TestSpfLinter.moc"
