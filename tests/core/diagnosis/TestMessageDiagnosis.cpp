// SPDX-License-Identifier: GPL-3.0-or-later
// MessageDiagnosis: trust boundary, Gmail's reason strings, hop timeline with clock skew, bad input.
#include <QTest>

#include "core/diagnosis/FindingCatalog.h"
#include "core/diagnosis/MessageDiagnosis.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

QStringList ids(const MessageDiagnosis& d)
{
    QStringList out;
    for (const Finding& f : d.findings) {
        out.append(f.id);
    }
    return out;
}

const Finding* find(const MessageDiagnosis& d, const QString& id)
{
    for (const Finding& f : d.findings) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

QByteArray withAr(const QByteArray& statements)
{
    return "Authentication-Results: mx.google.com;\n       " + statements
           + "\nFrom: info@example.jp\nTo: guest@gmail.com\nSubject: t\n\nbody\n";
}

} // namespace

class TestMessageDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void trustBoundary();
    void microsoftWithoutAuthservId();
    void gmailReasons_data();
    void gmailReasons();
    void softfailProposesRecord();
    void recordedResultTexts();
    void ipZero();
    void clockSkewIsNotNegativeDelay();
    void recheckPlugsIn();
    void badInput_data();
    void badInput();
    void hugeGarbage();
};

void TestMessageDiagnosis::trustBoundary()
{
    // A relay further down claims spf=pass; Gmail's topmost field says fail. The verdict follows Gmail.
    const QByteArray input =
        "Authentication-Results: mx.google.com;\n"
        "       spf=fail (google.com: domain of a@example.jp does not designate 203.0.113.9 "
        "as permitted sender) smtp.mailfrom=a@example.jp\n"
        "Received: from relay.example.com (relay.example.com [203.0.113.9]) by mx.google.com "
        "with ESMTPS id x; Wed, 18 Nov 2026 01:30:00 -0800\n"
        "Authentication-Results: relay.example.com; spf=pass smtp.mailfrom=a@example.jp\n"
        "From: a@example.jp\n"
        "\n"
        "body\n";
    const MessageDiagnosis d = MessageDiagnosis::analyze(input);
    QCOMPARE(d.authenticationResults.size(), 2);
    QVERIFY(d.authenticationResults.at(0).trusted);
    QVERIFY(!d.authenticationResults.at(1).trusted);
    QVERIFY(ids(d).contains(u"spf.fail"_s));
    QVERIFY(!ids(d).contains(u"spf.pass"_s));
    const Finding* claim = find(d, u"message.auth-claim"_s);
    QVERIFY(claim);
    QCOMPARE(claim->args, QStringList{u"relay.example.com"_s});
    QCOMPARE(claim->evidence.at(0).line, 4);
    QCOMPARE(find(d, u"spf.fail"_s)->evidence.at(0).line, 2);
    QCOMPARE(d.placement, Placement::Spam);
}

void TestMessageDiagnosis::microsoftWithoutAuthservId()
{
    const QByteArray input = "Authentication-Results: spf=softfail (sender IP is 198.51.100.7)\n"
                             " smtp.mailfrom=example.com; dkim=none (message not signed)\n"
                             " header.d=none;dmarc=fail action=none header.from=example.com;\n"
                             "From: a@example.com\n\nbody\n";
    const MessageDiagnosis d = MessageDiagnosis::analyze(input);
    QCOMPARE(d.authenticationResults.size(), 1);
    QVERIFY(d.authenticationResults.at(0).trusted);
    QVERIFY(!d.authenticationResults.at(0).parsed.conformant);
    QCOMPARE(ids(d).contains(u"spf.softfail"_s), true);
    QCOMPARE(find(d, u"spf.softfail"_s)->args.value(1), u"198.51.100.7"_s);
    QVERIFY(ids(d).contains(u"dkim.none"_s));
    QVERIFY(ids(d).contains(u"dmarc.fail"_s));
}

void TestMessageDiagnosis::gmailReasons_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::addColumn<QString>("id");
    QTest::newRow("no key") << QByteArray(
        "dkim=temperror (no key for signature) header.i=@example.jp header.s=s1")
                            << u"dkim.permerror.no-key"_s;
    QTest::newRow("dns failure") << QByteArray(
        "dkim=temperror (dns failure for signature) header.i=@example.jp header.s=s1")
                                 << u"dkim.temperror.dns"_s;
    QTest::newRow("body hash") << QByteArray("dkim=neutral (body hash did not verify) header.i=@example.jp")
                               << u"dkim.fail.body-hash"_s;
    QTest::newRow("best guess") << QByteArray(
        "spf=pass (google.com: best guess record for domain of a@example.jp "
        "designates 192.0.2.1 as permitted sender) smtp.mailfrom=a@example.jp")
                                << u"spf.best-guess"_s;
    QTest::newRow("neutral") << QByteArray(
        "spf=neutral (google.com: 192.0.2.1 is neither permitted nor denied by "
        "domain of a@example.jp) smtp.mailfrom=a@example.jp")
                             << u"spf.neutral"_s;
    QTest::newRow("transitioning") << QByteArray(
        "spf=softfail (google.com: domain of transitioning a@example.jp "
        "does not designate 192.0.2.1 as permitted sender) "
        "smtp.mailfrom=a@example.jp")
                                   << u"spf.softfail"_s;
    QTest::newRow("test mode") << QByteArray("dkim=pass (test mode) header.i=@example.jp header.s=s1")
                               << u"dkim.testing-mode"_s;
    QTest::newRow("quarantined") << QByteArray("dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) "
                                               "header.from=example.jp")
                                 << u"dmarc.applied.quarantine"_s;
}

void TestMessageDiagnosis::gmailReasons()
{
    QFETCH(QByteArray, statement);
    QFETCH(QString, id);
    const MessageDiagnosis d = MessageDiagnosis::analyze(withAr(statement));
    QVERIFY2(ids(d).contains(id), qPrintable(ids(d).join(u' ')));
    const FindingText t = FindingCatalog::text(*find(d, id));
    QVERIFY2(t.title != id && !t.detail.isEmpty(), qPrintable(id)); // a real text, not the id fallback
    QCOMPARE(find(d, id)->evidence.at(0).line, 2);
}

void TestMessageDiagnosis::softfailProposesRecord()
{
    const MessageDiagnosis d = MessageDiagnosis::analyze(withAr(
        "spf=softfail (google.com: domain of transitioning a@example.jp does not designate 192.0.2.25 as "
        "permitted sender) smtp.mailfrom=a@example.jp"));
    const Finding* f = find(d, u"spf.softfail"_s);
    QVERIFY(f);
    QCOMPARE(f->args.mid(0, 2), (QStringList{u"example.jp"_s, u"192.0.2.25"_s}));
    QCOMPARE(f->records.size(), 1);
    QCOMPARE(f->records.at(0).name, u"example.jp."_s);
    QCOMPARE(f->records.at(0).value, u"v=spf1 ip4:192.0.2.25 ~all"_s);
}

void TestMessageDiagnosis::recordedResultTexts()
{
    // A header tells the result, not the term that decided it: the texts must not show an empty term.
    const MessageDiagnosis pass = MessageDiagnosis::analyze(
        withAr("spf=pass (google.com: domain of a@example.jp designates 192.0.2.1 as permitted sender) "
               "smtp.mailfrom=a@example.jp"));
    const Finding* f = find(pass, u"spf.pass"_s);
    QVERIFY(f);
    QCOMPARE(f->args, (QStringList{u"example.jp"_s, u"192.0.2.1"_s}));
    const FindingText passText = FindingCatalog::text(*f);
    QCOMPARE(passText.title, u"SPF pass: 192.0.2.1 may send for example.jp"_s);
    QCOMPARE(passText.detail,
             u"The receiving server recorded that the SPF record of example.jp allows 192.0.2.1."_s);

    const MessageDiagnosis temp = MessageDiagnosis::analyze(
        withAr("spf=temperror (google.com: error in processing during lookup of a@example.jp: DNS error) "
               "smtp.mailfrom=a@example.jp"));
    f = find(temp, u"spf.temperror"_s);
    QVERIFY(f);
    const FindingText tempText = FindingCatalog::text(*f);
    QVERIFY2(tempText.detail.startsWith(u"The receiving server could not get the SPF record of example.jp"_s),
             qPrintable(tempText.detail));
    QVERIFY(!tempText.detail.contains(u"(example.jp)"_s));

    // Only Gmail's table: the IP and the result, no domain.
    const MessageDiagnosis summary = MessageDiagnosis::analyze(
        "Original Message\nMessage ID\t<1@example.jp>\nSPF:\tFAIL with IP 203.0.113.12 Learn more\n"
        "DKIM:\t'FAIL' with domain example.jp Learn more\nDMARC:\t'FAIL' Learn more\n");
    f = find(summary, u"spf.fail"_s);
    QVERIFY(f);
    QCOMPARE(FindingCatalog::text(*f).title, u"Gmail's summary: SPF fail for 203.0.113.12"_s);
}

void TestMessageDiagnosis::ipZero()
{
    const MessageDiagnosis d = MessageDiagnosis::analyze(
        withAr("spf=pass (google.com: domain of a@example.jp designates 0.0.0.0 as permitted sender) "
               "smtp.mailfrom=a@example.jp"));
    QVERIFY(ids(d).contains(u"spf.ip-zero"_s));
    QVERIFY(!ids(d).contains(u"spf.pass"_s)); // says nothing about the sender's server
}

void TestMessageDiagnosis::clockSkewIsNotNegativeDelay()
{
    const QByteArray input =
        "Received: from b.example.jp (b.example.jp [192.0.2.2]) by mx.google.com with ESMTPS "
        "id 1; Wed, 18 Nov 2026 10:00:00 +0000\n"
        "Received: from a.example.jp (a.example.jp [192.0.2.1]) by b.example.jp with ESMTP "
        "id 2; Wed, 18 Nov 2026 10:03:00 +0000\n"
        "Received: from c.example.jp (c.example.jp [192.0.2.3]) by a.example.jp with ESMTP "
        "id 3; Wed, 18 Nov 2026 10:02:30 +0000\n"
        "From: a@example.jp\n\n";
    const MessageDiagnosis d = MessageDiagnosis::analyze(input);
    QCOMPARE(d.hops.size(), 3);
    QCOMPARE(d.hops.at(0).helo, u"c.example.jp"_s);
    QVERIFY(!d.hops.at(0).delaySeconds && !d.hops.at(0).skewSeconds);
    QCOMPARE(d.hops.at(1).delaySeconds.value_or(-1), 30);
    QVERIFY(!d.hops.at(2).delaySeconds);
    QCOMPARE(d.hops.at(2).skewSeconds.value_or(-1), 180);
    QCOMPARE(d.hops.at(2).by, u"mx.google.com"_s);
}

void TestMessageDiagnosis::recheckPlugsIn()
{
    const QByteArray input = "DKIM-Signature: v=1; a=rsa-sha256; d=example.jp; s=s1; bh=short; b=short\n"
                             "From: a@example.jp\n\nbody\n";
    MessageRechecks live;
    live.dkimVerification = {u"pass"_s};
    live.findings = {Finding::make(u"spf.pass"_s, Severity::Ok, {u"example.jp"_s, u"192.0.2.1"_s})};
    const MessageDiagnosis d = MessageDiagnosis::analyze(input, live);
    QCOMPARE(d.dkimSignatures.size(), 1);
    QCOMPARE(d.dkimSignatures.at(0).verification, u"pass"_s);
    QVERIFY(d.dkimSignatures.at(0).truncated);
    QVERIFY(ids(d).contains(u"dkim.truncated-signature"_s));
    QVERIFY(ids(d).contains(u"spf.pass"_s));
    const MessageDiagnosis offline = MessageDiagnosis::analyze(input);
    QCOMPARE(offline.dkimSignatures.at(0).verification, u"not-checked"_s);
}

void TestMessageDiagnosis::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QByteArray() << u"input.empty"_s;
    QTest::newRow("blank") << QByteArray(" \r\n\t\n") << u"input.empty"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"input.binary"_s;
    QTest::newRow("prose") << QByteArray("Hello, my mail does not arrive. Please help.\n")
                           << u"input.no-header-fields"_s;
    QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe\xfd garbage \xc3\x28 more\n")
                                   << u"input.no-header-fields"_s;
}

void TestMessageDiagnosis::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, id);
    const MessageDiagnosis d = MessageDiagnosis::analyze(input);
    QCOMPARE(ids(d), QStringList{id});
    QCOMPARE(d.placement, Placement::Unknown);
    QVERIFY(!FindingCatalog::text(d.findings.at(0)).detail.isEmpty());
}

void TestMessageDiagnosis::hugeGarbage()
{
    // 50 MB of invalid UTF-8 and random bytes without NUL: a clear result, no crash.
    QByteArray input(50 * 1024 * 1024, '\0');
    quint32 x = 12345;
    for (char& c : input) {
        x = x * 1103515245u + 12345u;
        c = char(0x80 | ((x >> 16) & 0x7f));
    }
    for (qsizetype i = 100; i < input.size(); i += 100) {
        input[i] = '\n';
    }
    const MessageDiagnosis d = MessageDiagnosis::analyze(input);
    QCOMPARE(ids(d), QStringList{u"input.no-header-fields"_s});
}

QTEST_GUILESS_MAIN(TestMessageDiagnosis)
#include "TestMessageDiagnosis.moc"
