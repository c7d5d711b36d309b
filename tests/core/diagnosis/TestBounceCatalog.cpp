// SPDX-License-Identifier: GPL-3.0-or-later
// BounceCatalog and findSmtpReplies: code AND phrase matching, replies wrapped by qmail, Postfix and Exim.
#include <QFile>
#include <QTest>

#include "core/diagnosis/BounceCatalog.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/message/MailMessage.h"
#include "core/message/SmtpReply.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

QList<SmtpReply> repliesIn(const QByteArray& text)
{
    return message::findSmtpReplies(MailMessage::splitLines(text));
}

QStringList idsFor(const QByteArray& text)
{
    QStringList ids;
    for (const Finding& f : BounceCatalog::builtIn().findings(repliesIn(text))) {
        ids.append(f.id);
    }
    return ids;
}

} // namespace

class TestBounceCatalog : public QObject
{
    Q_OBJECT

private slots:
    void catalogIsComplete();
    void qmailMultiLine();
    void postfixWrapped();
    void eximIndented();
    void codeAndPhrase_data();
    void codeAndPhrase();
    void textsExist();
    void noReplyInProse();
};

void TestBounceCatalog::catalogIsComplete()
{
    const BounceCatalog& c = BounceCatalog::builtIn();
    QVERIFY(c.codes().size() >= 40);
    QStringList ids;
    for (const BounceCode& code : c.codes()) {
        QVERIFY2(!code.source.isEmpty(), qPrintable(code.id));
        QVERIFY2(!code.phrases.isEmpty(), qPrintable(code.id)); // never on the code alone
        ids.append(code.id);
    }
    for (const char* id : {"bounce.gmail.5.7.26",
                           "bounce.gmail.4.7.28",
                           "bounce.gmail.5.7.25",
                           "bounce.gmail.4.7.40",
                           "bounce.gmail.5.5.4",
                           "bounce.outlook.5.7.515"}) {
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    }
    // The alias the reference cannot confirm is marked as such.
    const auto it = std::find_if(c.codes().begin(), c.codes().end(), [](const BounceCode& b) {
        return b.id == u"bounce.gmail.4.7.40"_s;
    });
    QVERIFY(it->statuses.contains(u"4.7.31"_s));
    QCOMPARE(it->unverified.size(), 1);
}

void TestBounceCatalog::qmailMultiLine()
{
    QFile f(test::dataPath(u"analyze/bounce-qmail-5.7.26.txt"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<SmtpReply> replies = repliesIn(f.readAll());
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).codeText(), u"550 5.7.26"_s);
    QCOMPARE(replies.at(0).line, 7);
    QCOMPARE(replies.at(0).lastLine, 15);
    QVERIFY2(
        replies.at(0).text.startsWith(u"This mail has been blocked because the sender is unauthenticated. "
                                      u"Gmail requires all senders"_s),
        qPrintable(replies.at(0).text));
    QVERIFY(replies.at(0).text.contains(u"SPF [example.jp] with ip: [192.0.2.25] = did not pass"_s));
    QVERIFY(!replies.at(0).text.contains(u"550"_s));
    const QList<Finding> findings = BounceCatalog::builtIn().findings(replies);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).id, u"bounce.gmail.5.7.26"_s);
    QCOMPARE(findings.at(0).severity, Severity::Error);
    QCOMPARE(findings.at(0).evidence.at(0).line, 7);
}

void TestBounceCatalog::postfixWrapped()
{
    const QByteArray text = "<guest@gmail.com>: host gmail-smtp-in.l.google.com[142.250.1.27] said:\n"
                            "    421-4.7.28 Gmail has detected an unusual rate of unsolicited mail\n"
                            "    originating from your IP address. 421-4.7.28 To protect our users from\n"
                            "    spam, mail sent from your IP address has been temporarily rate limited.\n"
                            "    421 4.7.28 a1si1 - gsmtp (in reply to end of DATA command)\n"
                            "\n"
                            "Reporting-MTA: dns; mail.example.jp\n"
                            "Diagnostic-Code: smtp; 421-4.7.28 Gmail has detected an unusual rate of\n"
                            "    unsolicited mail originating from your IP address. 421 4.7.28 - gsmtp\n";
    const QList<SmtpReply> replies = repliesIn(text);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).line, 2);
    QCOMPARE(replies.at(0).lastLine, 5);
    QVERIFY2(
        replies.at(0).text.contains(u"unusual rate of unsolicited mail originating from your IP address. "
                                    u"To protect"_s),
        qPrintable(replies.at(0).text));
    QCOMPARE(replies.at(1).line, 8);
    const QList<Finding> findings = BounceCatalog::builtIn().findings(replies);
    QCOMPARE(findings.size(), 1); // the same reply quoted twice
    QCOMPARE(findings.at(0).id, u"bounce.gmail.4.7.28"_s);
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).evidence.size(), 2);
    QCOMPARE(findings.at(0).evidence.at(1).line, 8);
}

void TestBounceCatalog::eximIndented()
{
    const QByteArray text = "  guest@gmail.com\n"
                            "    host gmail-smtp-in.l.google.com [142.250.1.27]\n"
                            "    SMTP error from remote mail server after end of data:\n"
                            "    550-5.7.26 Unauthenticated email from example.jp is not accepted due to\n"
                            "    550-5.7.26 domain's DMARC policy. Please contact the administrator of\n"
                            "    550 5.7.26 example.jp domain. a1si1 - gsmtp\n";
    QCOMPARE(idsFor(text), QStringList{u"bounce.gmail.5.7.26.dmarc"_s});
    const QList<SmtpReply> replies = repliesIn(text);
    QCOMPARE(replies.at(0).text,
             u"Unauthenticated email from example.jp is not accepted due to domain's DMARC policy. Please "
             u"contact the administrator of example.jp domain. a1si1 - gsmtp"_s);
}

void TestBounceCatalog::codeAndPhrase_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("id");
    QTest::newRow("5.7.26 hard fail") << QByteArray("550 5.7.26 The MAIL FROM domain [example.jp] has an SPF "
                                                    "record with a hard fail policy (-all) but it fails")
                                      << u"bounce.gmail.5.7.26.spf-fail"_s;
    QTest::newRow("4.7.26 dmarc dns") << QByteArray("451 4.7.26 Unauthenticated email from example.jp is not "
                                                    "accepted due to domain's DMARC policy")
                                      << u"bounce.gmail.4.7.26.dmarc"_s;
    QTest::newRow("4.7.27") << QByteArray("421 4.7.27 Your email has been rate limited because SPF "
                                          "authentication didn't pass")
                            << u"bounce.gmail.4.7.27"_s;
    QTest::newRow("4.7.30") << QByteArray("421 4.7.30 rate limited because DKIM authentication didn't pass")
                            << u"bounce.gmail.4.7.30"_s;
    QTest::newRow("4.7.31 alias") << QByteArray("421 4.7.31 rate limited because DMARC policy is missing")
                                  << u"bounce.gmail.4.7.40"_s;
    QTest::newRow("421 5.7.32 as printed") << QByteArray("421 5.7.32 the From: header isn't aligned with "
                                                         "either the authenticated SPF or DKIM")
                                           << u"bounce.gmail.4.7.32"_s;
    QTest::newRow("4.7.29") << QByteArray("421 4.7.29 rate limited because the message wasn't sent over TLS")
                            << u"bounce.gmail.4.7.29"_s;
    QTest::newRow("4.7.24") << QByteArray("451 4.7.24 The SPF record of the sending domain has one or more "
                                          "suspicious entries")
                            << u"bounce.gmail.4.7.24"_s;
    QTest::newRow("4.7.23") << QByteArray("451 4.7.23 The sending IP address has no PTR record")
                            << u"bounce.gmail.4.7.23"_s;
    QTest::newRow("5.7.25") << QByteArray("550 5.7.25 The IP address sending this message does not have a "
                                          "PTR record setup")
                            << u"bounce.gmail.5.7.25"_s;
    QTest::newRow("5.7.1 format") << QByteArray("550 5.7.1 This message is not RFC 5322 compliant. There "
                                                "are multiple From headers")
                                  << u"bounce.gmail.5.7.1.format"_s;
    QTest::newRow("5.7.1 direct") << QByteArray("550 5.7.1 The IP you're using to send mail is not "
                                                "authorized to send email directly to our servers")
                                  << u"bounce.gmail.5.7.1.direct"_s;
    QTest::newRow("5.7.1 ipv6") << QByteArray("550 5.7.1 This message does not meet IPv6 sending guidelines "
                                              "regarding PTR records and authentication")
                                << u"bounce.gmail.5.7.1.ipv6"_s;
    QTest::newRow("5.5.4 helo") << QByteArray("501 5.5.4 HELO/EHLO argument DESKTOP-7QK2M1B invalid")
                                << u"bounce.gmail.5.5.4"_s;
    QTest::newRow("outlook 515") << QByteArray("550 5.7.515 Access denied, sending domain example.jp does "
                                               "not meet the required authentication level")
                                 << u"bounce.outlook.5.7.515"_s;
    QTest::newRow("microsoft 5.7.23") << QByteArray("550 5.7.23 The message was rejected because of Sender "
                                                    "Policy Framework violation (SPF)")
                                      << u"bounce.outlook.5.7.23"_s;
    QTest::newRow("yahoo") << QByteArray("550 5.7.9 This mail has been blocked because the sender is "
                                         "unauthenticated. Yahoo requires all senders to authenticate")
                           << u"bounce.yahoo.5.7.9.unauthenticated"_s;
    QTest::newRow("docomo") << QByteArray("<user@docomo.ne.jp>:\nRemote host said: 550 Unknown user "
                                          "user@docomo.ne.jp")
                            << u"bounce.docomo.unknown-user"_s;
    // The code without its phrase is not the catalog's row.
    QTest::newRow("5.7.26 unknown wording")
        << QByteArray("550 5.7.26 something else entirely") << u"bounce.unrecognized"_s;
    QTest::newRow("5.7.1 unknown wording")
        << QByteArray("550 5.7.1 Relaying denied") << u"bounce.unrecognized"_s;
}

void TestBounceCatalog::codeAndPhrase()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, id);
    QCOMPARE(idsFor(text), QStringList{id});
}

void TestBounceCatalog::textsExist()
{
    for (const BounceCode& code : BounceCatalog::builtIn().codes()) {
        const Finding f = Finding::make(code.id, Severity::Error, {u"550 5.7.26"_s, u"text"_s});
        const FindingText t = FindingCatalog::text(f);
        QVERIFY2(t.title != code.id && t.title.contains(u"550 5.7.26"_s), qPrintable(code.id));
        QVERIFY2(!t.detail.isEmpty() && !t.fix.isEmpty(), qPrintable(code.id));
    }
}

void TestBounceCatalog::noReplyInProse()
{
    // Numbers in dates, IP addresses and prose are not replies.
    const QByteArray text = "Received: (qmail 12345 invoked by uid 89); 18 Nov 2026 09:29:58 -0000\n"
                            "142.250.102.26 failed after I sent the message.\n"
                            "We had 500 guests at the 2026 event.\n";
    QCOMPARE(repliesIn(text).size(), 0);
}

QTEST_GUILESS_MAIN(TestBounceCatalog)
#include "TestBounceCatalog.moc"
