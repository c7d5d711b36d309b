// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcRecord: parsing (RFC 7489 §6.3/§6.4 and Appendix B examples, RFC 9989 tags), errors, lint findings.
#include <QTest>

#include "core/diagnosis/FindingCatalog.h"
#include "core/dmarc/DmarcRecord.h"

using namespace Qt::StringLiterals;
using namespace todoku;

Q_DECLARE_METATYPE(todoku::DmarcPolicy)

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

class TestDmarcRecord : public QObject
{
    Q_OBJECT

private slots:
    void policies_data();
    void policies();
    void defaults();
    void allTags();
    void reportUris_data();
    void reportUris();
    void isDmarcRecord_data();
    void isDmarcRecord();
    void syntaxErrors_data();
    void syntaxErrors();
    void invalidValues_data();
    void invalidValues();
    void lint_data();
    void lint();
    void findingTexts();
    void everyFindingHasText_data();
    void everyFindingHasText();
};

void TestDmarcRecord::policies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DmarcPolicy>("p");
    QTest::addColumn<DmarcPolicy>("sp");
    QTest::addColumn<DmarcPolicy>("np");
    // RFC 7489 Appendix B.2.1, B.2.3, B.2.4
    QTest::newRow("B.2.1 monitor") << u"v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com"_s
                                   << DmarcPolicy::None << DmarcPolicy::None << DmarcPolicy::None;
    QTest::newRow("B.2.3 per-message") << u"v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com; "
                                          u"ruf=mailto:auth-reports@thirdparty.example.net"_s
                                       << DmarcPolicy::None << DmarcPolicy::None << DmarcPolicy::None;
    QTest::newRow("B.2.4 quarantine pct")
        << u"v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com; "
           u"ruf=mailto:auth-reports@thirdparty.example.net; pct=25"_s
        << DmarcPolicy::Quarantine << DmarcPolicy::Quarantine << DmarcPolicy::Quarantine;
    QTest::newRow("sp inherits to np") << u"v=DMARC1; p=reject; sp=quarantine"_s << DmarcPolicy::Reject
                                       << DmarcPolicy::Quarantine << DmarcPolicy::Quarantine;
    QTest::newRow("np own") << u"v=DMARC1;p=reject;sp=none;np=quarantine"_s << DmarcPolicy::Reject
                            << DmarcPolicy::None << DmarcPolicy::Quarantine;
    QTest::newRow("case-insensitive value")
        << u"v=DMARC1; p=Reject"_s << DmarcPolicy::Reject << DmarcPolicy::Reject << DmarcPolicy::Reject;
    QTest::newRow("wsp around =") << u"v = DMARC1 ;  p = quarantine ;"_s << DmarcPolicy::Quarantine
                                  << DmarcPolicy::Quarantine << DmarcPolicy::Quarantine;
}

void TestDmarcRecord::policies()
{
    QFETCH(QString, text);
    QFETCH(DmarcPolicy, p);
    QFETCH(DmarcPolicy, sp);
    QFETCH(DmarcPolicy, np);
    const auto r = dmarc::parseRecord(text);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().args.join(u' ')));
    QVERIFY(r->policy.has_value());
    QCOMPARE(r->domainPolicy(), p);
    QCOMPARE(r->effectiveSubdomainPolicy(), sp);
    QCOMPARE(r->effectiveNonexistentPolicy(), np);
    QVERIFY(r->isUsable());
}

void TestDmarcRecord::defaults()
{
    const auto r = dmarc::parseRecord(u"v=DMARC1; p=reject"_s);
    QVERIFY(r.isOk());
    QCOMPARE(r->dkimAlignment, DmarcAlignmentMode::Relaxed);
    QCOMPARE(r->spfAlignment, DmarcAlignmentMode::Relaxed);
    QCOMPARE(r->percent, 100);
    QCOMPARE(r->reportInterval, 86400u);
    QCOMPARE(r->reportFormat, u"afrf"_s);
    QCOMPARE(r->failureOptions, QStringList{u"0"_s});
    QVERIFY(!r->publicSuffixDomain.has_value());
    QVERIFY(!r->testing);
    QVERIFY(r->aggregateReports.isEmpty());
    QCOMPARE(r->tagOrder, (QStringList{u"v"_s, u"p"_s}));
}

void TestDmarcRecord::allTags()
{
    const auto r = dmarc::parseRecord(
        u"v=DMARC1; p=quarantine; sp=reject; np=reject; psd=n; t=y; adkim=s; aspf=S; pct=50; rf=afrf; "
        u"ri=3600; fo=1:d; rua=mailto:a@example.com; ruf=mailto:f@example.com; xextra=1"_s);
    QVERIFY(r.isOk());
    QCOMPARE(r->policy, DmarcPolicy::Quarantine);
    QCOMPARE(r->subdomainPolicy, DmarcPolicy::Reject);
    QCOMPARE(r->nonexistentPolicy, DmarcPolicy::Reject);
    QCOMPARE(r->publicSuffixDomain, false);
    QVERIFY(r->testing);
    QCOMPARE(r->dkimAlignment, DmarcAlignmentMode::Strict);
    QCOMPARE(r->spfAlignment, DmarcAlignmentMode::Strict);
    QCOMPARE(r->percent, 50);
    QCOMPARE(r->reportInterval, 3600u);
    QCOMPARE(r->failureOptions, (QStringList{u"1"_s, u"d"_s}));
    QCOMPARE(r->removedTags, (QStringList{u"pct"_s, u"rf"_s, u"ri"_s}));
    QCOMPARE(r->unknownTags, QStringList{u"xextra"_s});
}

void TestDmarcRecord::reportUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<qulonglong>("maxBytes");
    QTest::newRow("plain") << u"mailto:dmarc@example.com"_s << true << u"example.com"_s << 0ull;
    QTest::newRow("RFC 7489 §6.2 size")
        << u"mailto:reports@example.com!50m"_s << true << u"example.com"_s << 50ull * 1024 * 1024;
    QTest::newRow("bytes") << u"mailto:r@example.net!1000"_s << true << u"example.net"_s << 1000ull;
    QTest::newRow("upper case") << u"MAILTO:R@Example.NET!10K"_s << true << u"example.net"_s << 10240ull;
    QTest::newRow("https") << u"https://example.com/dmarc"_s << true << QString() << 0ull;
    QTest::newRow("no scheme") << u"dmarc@example.com"_s << false << QString() << 0ull;
    QTest::newRow("no domain") << u"mailto:dmarc"_s << false << QString() << 0ull;
    QTest::newRow("bad size") << u"mailto:d@example.com!x"_s << false << QString() << 0ull;
}

void TestDmarcRecord::reportUris()
{
    QFETCH(QString, uri);
    QFETCH(bool, valid);
    QFETCH(QString, domain);
    QFETCH(qulonglong, maxBytes);
    const auto r = dmarc::parseUri(uri);
    QCOMPARE(r.isOk(), valid);
    if (valid) {
        QCOMPARE(r->domain, domain);
        QCOMPARE(r->maxBytes, quint64(maxBytes));
        QCOMPARE(r->text, uri);
    }
}

void TestDmarcRecord::isDmarcRecord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("plain") << u"v=DMARC1; p=none"_s << true;
    QTest::newRow("only v") << u"v=DMARC1"_s << true;
    QTest::newRow("spaces") << u"v = DMARC1 ; p=none"_s << true;
    QTest::newRow("lower-case value") << u"v=dmarc1; p=reject"_s << false;
    QTest::newRow("trailing garbage") << u"v=DMARC1x; p=reject"_s << false;
    QTest::newRow("not first") << u"p=reject; v=DMARC1"_s << false;
    QTest::newRow("missing semicolon") << u"v=DMARC1 p=reject"_s << true;
    QTest::newRow("spf") << u"v=spf1 -all"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDmarcRecord::isDmarcRecord()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(dmarc::isDmarcRecord(text), expected);
}

void TestDmarcRecord::syntaxErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("v not first") << u"p=none; v=DMARC1"_s << 0;
    QTest::newRow("wrong version") << u"v=DMARC2; p=none"_s << 2;
    QTest::newRow("tag without =") << u"v=DMARC1; p=none; reject"_s << 18;
    QTest::newRow("bad tag name") << u"v=DMARC1; 1p=none"_s << 10;
    QTest::newRow("missing semicolon") << u"v=DMARC1 p=none"_s << 8;
}

void TestDmarcRecord::syntaxErrors()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    const auto r = dmarc::parseRecord(text);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().code, ErrorCode::Syntax);
    QCOMPARE(r.error().position, position);
}

void TestDmarcRecord::invalidValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("position");
    QTest::addColumn<bool>("usable");
    QTest::newRow("p") << u"v=DMARC1; p=block"_s << u"p"_s << 12 << false;
    QTest::newRow("p with rua") << u"v=DMARC1; p=block; rua=mailto:a@example.com"_s << u"p"_s << 12 << true;
    QTest::newRow("adkim") << u"v=DMARC1; p=none; adkim=x"_s << u"adkim"_s << 24 << true;
    QTest::newRow("pct") << u"v=DMARC1; p=none; pct=150"_s << u"pct"_s << 22 << true;
    QTest::newRow("rua uri") << u"v=DMARC1; p=none; rua=mailto:a@example.com,bogus"_s << u"rua"_s << 43
                             << true;
    QTest::newRow("psd") << u"v=DMARC1; p=none; psd=maybe"_s << u"psd"_s << 22 << true;
    QTest::newRow("fo") << u"v=DMARC1; p=none; fo=2"_s << u"fo"_s << 21 << true;
}

void TestDmarcRecord::invalidValues()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(int, position);
    QFETCH(bool, usable);
    const auto r = dmarc::parseRecord(text);
    QVERIFY(r.isOk());
    QCOMPARE(r->problems.size(), 1);
    QCOMPARE(r->problems.first().tag, tag);
    QCOMPARE(r->problems.first().position, position);
    QCOMPARE(r->isUsable(), usable);
    QVERIFY(ids(dmarc::lintRecord(r.value())).contains(u"dmarc.syntax"_s));
}

void TestDmarcRecord::lint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("good") << u"v=DMARC1; p=reject; rua=mailto:d@example.com"_s << QStringList{};
    QTest::newRow("none no rua") << u"v=DMARC1; p=none"_s
                                 << QStringList{u"dmarc.policy-none"_s, u"dmarc.no-rua"_s};
    QTest::newRow("pct") << u"v=DMARC1; p=quarantine; pct=25; rua=mailto:d@example.com"_s
                         << QStringList{u"dmarc.removed-tag"_s, u"dmarc.pct-partial"_s};
    QTest::newRow("no p") << u"v=DMARC1; rua=mailto:d@example.com"_s << QStringList{u"dmarc.no-policy-tag"_s};
    QTest::newRow("weak sp") << u"v=DMARC1; p=reject; sp=none; rua=mailto:d@example.com"_s
                             << QStringList{u"dmarc.sp-weaker"_s};
    QTest::newRow("t and unknown") << u"v=DMARC1; p=reject; t=y; foo=bar; rua=mailto:d@example.com"_s
                                   << QStringList{u"dmarc.testing"_s, u"dmarc.unknown-tag"_s};
    QTest::newRow("duplicate") << u"v=DMARC1; p=reject; p=none; rua=mailto:d@example.com"_s
                               << QStringList{u"dmarc.duplicate-tag"_s};
}

void TestDmarcRecord::lint()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto r = dmarc::parseRecord(text);
    QVERIFY(r.isOk());
    QCOMPARE(ids(dmarc::lintRecord(r.value())), expected);
}

void TestDmarcRecord::findingTexts()
{
    const Finding f = Finding::make(u"dmarc.removed-tag"_s, Severity::Info, {u"pct"_s});
    const FindingText t = FindingCatalog::text(f);
    QVERIFY(t.title != f.id);
    QVERIFY(t.detail.contains(u"pct="_s));
    QVERIFY(!t.fix.isEmpty());
    // Arguments are substituted once: a percent-encoded URI keeps its "%3B".
    const Finding uri =
        Finding::make(u"dmarc.rua-unauthorized"_s,
                      Severity::Warning,
                      {u"rua"_s, u"mailto:a%3Bb@example.net"_s, u"x._report._dmarc.example.net"_s});
    QVERIFY(FindingCatalog::text(uri).detail.contains(u"mailto:a%3Bb@example.net"_s));
}

void TestDmarcRecord::everyFindingHasText_data()
{
    QTest::addColumn<QString>("id");
    // Every id core/dmarc emits, with four arguments (the most any of them takes).
    for (const char* id : {"dmarc.duplicate-tag",
                           "dmarc.fail",
                           "dmarc.found-at-org",
                           "dmarc.invalid",
                           "dmarc.misaligned.dkim",
                           "dmarc.misaligned.spf",
                           "dmarc.multiple",
                           "dmarc.no-policy-tag",
                           "dmarc.no-rua",
                           "dmarc.none",
                           "dmarc.pass",
                           "dmarc.pct-partial",
                           "dmarc.policy-none",
                           "dmarc.removed-tag",
                           "dmarc.rua-check-failed",
                           "dmarc.rua-unauthorized",
                           "dmarc.sp-weaker",
                           "dmarc.syntax",
                           "dmarc.temperror",
                           "dmarc.testing",
                           "dmarc.tree-walk-differs",
                           "dmarc.unknown-tag"}) {
        QTest::newRow(id) << QString::fromLatin1(id);
    }
}

void TestDmarcRecord::everyFindingHasText()
{
    QFETCH(QString, id);
    const Finding f = Finding::make(id, Severity::Info, {u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s});
    const FindingText t = FindingCatalog::text(f);
    QVERIFY(t.title != id);
    QVERIFY(!t.detail.isEmpty());
    for (const QString& text : {t.title, t.detail, t.fix}) {
        QVERIFY2(!text.contains(u'%'), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestDmarcRecord)
#include "TestDmarcRecord.moc"
