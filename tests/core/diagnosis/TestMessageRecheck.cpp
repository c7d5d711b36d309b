// SPDX-License-Identifier: GPL-3.0-or-later
// MessageRecheck: the live SPF and DKIM checks of a pasted message, over an in-memory resolver (the same
// checks against named are in tests/cli/TestCliAnalyzeLive).
#include <QSignalSpy>
#include <QTest>

#include "core/diagnosis/MessageRecheck.h"
#include "core/dkim/DkimCanonicalizer.h"
#include "core/dkim/DkimKeyGenerator.h"
#include "core/dns/DnsSession.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/FindingIds.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

QByteArray received(const QByteArray& spf)
{
    return "Authentication-Results: mx.google.com;\n       spf=" + spf
           + " smtp.mailfrom=info@example.jp;\n"
             "From: info@example.jp\nTo: guest@gmail.com\nSubject: t\n\nbody\n";
}

} // namespace

class TestMessageRecheck : public QObject
{
    Q_OBJECT

private slots:
    void spfForIpv6Client();
    void differsFromWhatWasRecorded();
    void nothingToCheckStillFinishes();
    void dkimKeyNowMissing();
    void bodyHashDiagnosisReachesTheReport();
};

// The client address may be IPv6 (Gmail is reached over IPv6 by dual-stack senders): it is re-evaluated too.
void TestMessageRecheck::spfForIpv6Client()
{
    test::FakeResolver dns;
    dns.addTxt(u"example.jp"_s, QByteArray("v=spf1 ip6:2001:db8::/32 -all"));
    const MessageDiagnosis offline = MessageDiagnosis::analyze(
        received("pass (google.com: domain of info@example.jp designates 2001:db8::25 as permitted sender)"
                 " smtp.client-ip=2001:db8::25"));
    QCOMPARE(offline.recordedSpf.clientIp, QHostAddress(u"2001:db8::25"_s));

    MessageRecheck recheck(&dns);
    QSignalSpy done(&recheck, &MessageRecheck::finished);
    recheck.start(offline, {});
    QCOMPARE(done.size(), 0); // never synchronous
    QVERIFY(done.wait());
    QCOMPARE(test::findingIds(recheck.rechecks().findings), QStringList{u"spf.live-same"_s});
    QCOMPARE(recheck.rechecks().findings.first().args,
             (QStringList{u"example.jp"_s, u"2001:db8::25"_s, u"pass"_s, u"pass"_s}));
    QVERIFY(recheck.session().upstreamQueries() >= 1);
}

void TestMessageRecheck::differsFromWhatWasRecorded()
{
    test::FakeResolver dns;
    dns.addTxt(u"example.jp"_s, QByteArray("v=spf1 ip4:192.0.2.25 -all"));
    const MessageDiagnosis offline = MessageDiagnosis::analyze(
        received("softfail (google.com: domain of transitioning info@example.jp does not designate "
                 "192.0.2.25 as permitted sender) smtp.client-ip=192.0.2.25"));
    MessageRecheck recheck(&dns);
    QSignalSpy done(&recheck, &MessageRecheck::finished);
    recheck.start(offline, {});
    QVERIFY(done.wait());
    const QList<Finding>& f = recheck.rechecks().findings;
    QCOMPARE(test::findingIds(f), QStringList{u"spf.live-differs"_s});
    QCOMPARE(f.first().severity, Severity::Warning);
    QCOMPARE(f.first().args.mid(2), (QStringList{u"softfail"_s, u"pass"_s}));
}

// 0.0.0.0 is what a receiver records when it never saw the client; no DKIM signature either: no query at
// all, and finished() still comes so a waiting window does not hang.
void TestMessageRecheck::nothingToCheckStillFinishes()
{
    test::FakeResolver dns;
    const MessageDiagnosis offline = MessageDiagnosis::analyze(received("softfail smtp.client-ip=0.0.0.0"));
    MessageRecheck recheck(&dns);
    QSignalSpy done(&recheck, &MessageRecheck::finished);
    recheck.start(offline, {});
    QVERIFY(done.wait());
    QVERIFY(recheck.rechecks().findings.isEmpty());
    QVERIFY(recheck.rechecks().dkimVerification.isEmpty());
    QCOMPARE(dns.lookupCount(), 0);
}

void TestMessageRecheck::dkimKeyNowMissing()
{
    test::FakeResolver dns;
    const QByteArray message =
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.jp; s=gone; h=from:to:subject;\n"
        " bh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=;\n"
        " b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSBidXQgaXQgaXMgbG9uZyBlbm91Z2ggdG8gbG9vayBsaWtlIG9uZSBh\n"
        "From: info@example.jp\nTo: guest@gmail.com\nSubject: t\n\nbody\n";
    const PastedInput pasted = PastedInput::read(message);
    const MessageDiagnosis offline = MessageDiagnosis::analyze(pasted, message);
    QCOMPARE(offline.dkimSignatures.size(), 1);
    MessageRecheck recheck(&dns);
    QSignalSpy done(&recheck, &MessageRecheck::finished);
    recheck.start(offline, dkim::prepare(pasted.message));
    QVERIFY(done.wait());
    QCOMPARE(recheck.rechecks().dkimVerification, QStringList{u"permerror"_s});
    QCOMPARE(dns.lookups(), QStringList{u"gone._domainkey.example.jp TXT"_s});
    // Nothing recorded to compare with: the verifier's own reason is reported.
    QCOMPARE(test::findingIds(recheck.rechecks().findings), QStringList{u"dkim.permerror.no-key"_s});
}

// The body hash is compared before b=, so a real key and a b= of the key's length reach the body-hash
// failure; its diagnosis (here: a footer appended in lines 9-10) is part of the re-check's findings.
void TestMessageRecheck::bodyHashDiagnosisReachesTheReport()
{
    const auto key = DkimKeyGenerator::generate(DkimKeyType::Rsa2048);
    QVERIFY(key.isOk());
    test::FakeResolver dns;
    dns.addTxt(u"s1._domainkey.example.jp"_s, DkimKeyGenerator::recordValue(*key).toLatin1());
    DkimBodyHasher hasher(DkimCanonicalization::Relaxed, u"sha256"_s);
    hasher.add(QByteArray("body\n"));
    const QByteArray message =
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.jp; s=s1; h=from:to:subject;\n"
        " bh="
        + hasher.finish().toBase64() + ";\n b=" + QByteArray(256, 'x').toBase64()
        + "\n"
          "From: info@example.jp\nTo: guest@gmail.com\nSubject: t\n\nbody\n-- \nfooter\n";
    const PastedInput pasted = PastedInput::read(message);
    const MessageDiagnosis offline = MessageDiagnosis::analyze(pasted, message);
    MessageRecheck recheck(&dns);
    QSignalSpy done(&recheck, &MessageRecheck::finished);
    recheck.start(offline, dkim::prepare(pasted.message, DkimBodyDiagnosis::sourceOf(pasted)));
    QVERIFY(done.wait());
    QCOMPARE(recheck.rechecks().dkimVerification, QStringList{u"fail"_s});
    const QList<Finding>& findings = recheck.rechecks().findings;
    QCOMPARE(test::findingIds(findings),
             (QStringList{u"dkim.fail.body-hash"_s, u"dkim.body-hash.appended"_s}));
    QCOMPARE(findings.at(1).args, (QStringList{u"example.jp"_s, u"9"_s, u"10"_s}));
}

QTEST_GUILESS_MAIN(TestMessageRecheck)
#include "TestMessageRecheck.moc"
