// SPDX-License-Identifier: GPL-3.0-or-later
// MailMessage: line ends, folding, line numbers, indents from copying, a missing blank line.
#include <QTest>

#include "core/dkim/DkimCanonicalizer.h"
#include "core/message/MailMessage.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestMailMessage : public QObject
{
    Q_OBJECT

private slots:
    void lineEnds_data();
    void lineEnds();
    void foldingAndLineNumbers();
    void copiedIndentIsRemoved();
    void missingBlankLine();
    void headersOnly();
    void nonUtf8HeaderBytes();
    void fieldStart_data();
    void fieldStart();
};

void TestMailMessage::lineEnds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("body"); // what body() gives
    QTest::addColumn<bool>("view");       // body() points into the input (no copy)
    QTest::newRow("CRLF") << QByteArray("From: a@example.jp\r\nSubject: hi\r\n\r\nbody\r\n")
                          << QByteArray("body\r\n") << true;
    QTest::newRow("LF") << QByteArray("From: a@example.jp\nSubject: hi\n\nbody\n") << QByteArray("body\n")
                        << true;
    // Lines ended by lone CRs (old Mac text) are the one kind the body hasher would read as content:
    // converted to CRLF.
    QTest::newRow("CR") << QByteArray("From: a@example.jp\rSubject: hi\r\rbody\r") << QByteArray("body\r\n")
                        << false;
    QTest::newRow("mixed") << QByteArray("From: a@example.jp\r\nSubject: hi\n\rbody") << QByteArray("body")
                           << true;
    QTest::newRow("mixed body") << QByteArray("From: a@example.jp\nSubject: hi\n\nline 1\r\nline 2\nline 3\n")
                                << QByteArray("line 1\r\nline 2\nline 3\n") << true;
    QTest::newRow("CR body") << QByteArray("From: a@example.jp\nSubject: hi\n\nline 1\rline 2\r")
                             << QByteArray("line 1\r\nline 2\r\n") << false;
    // A lone CR inside CRLF lines is content, as DKIM verifiers read it.
    QTest::newRow("CR inside") << QByteArray("From: a@example.jp\nSubject: hi\n\nline 1\r\nhalf\rline\r\n")
                               << QByteArray("line 1\r\nhalf\rline\r\n") << true;
}

void TestMailMessage::lineEnds()
{
    QFETCH(QByteArray, input);
    const MailMessage m = MailMessage::parse(input);
    QCOMPARE(m.headers().size(), 2);
    QCOMPARE(m.headers().at(0).name, u"From"_s);
    QCOMPARE(m.headers().at(1).value, u"hi"_s);
    QCOMPARE(m.headers().at(1).line, 2);
    QVERIFY(m.hasBlankLineSeparator());
    QFETCH(QByteArray, body);
    QCOMPARE(m.body().toByteArray(), body);
    QCOMPARE(m.bodyLine(), 4);
    QFETCH(bool, view);
    const char* at = m.body().constData();
    QCOMPARE(at >= input.constData() && at < input.constData() + input.size(), view);
    // Whatever the line ends, DKIM canonicalizes the same body.
    const QByteArray crlf = body.endsWith('\n') ? body : body + "\r\n";
    QCOMPARE(dkim::canonicalBody(m.body().toByteArray(), DkimCanonicalization::Simple),
             QByteArray(crlf).replace("\r\n", "\n").replace('\n', "\r\n"));
}

void TestMailMessage::foldingAndLineNumbers()
{
    const QByteArray input =
        "Received: from a\r\n\tby b;\r\n Wed, 18 Nov 2026 09:00:00 +0900\r\n"
        "Authentication-Results: mx.google.com;\r\n       spf=pass smtp.mailfrom=example.jp\r\n"
        "Subject: x\r\n\r\n";
    const MailMessage m = MailMessage::parse(input, 11);
    QCOMPARE(m.headers().size(), 3);
    QCOMPARE(m.headers().at(0).value, u"from a\tby b; Wed, 18 Nov 2026 09:00:00 +0900"_s);
    QCOMPARE(m.headers().at(0).line, 11);
    QCOMPARE(m.headers().at(0).lineCount, 3);
    QCOMPARE(m.headers().at(0).raw,
             QByteArray("Received: from a\r\n\tby b;\r\n Wed, 18 Nov 2026 09:00:00 +0900"));
    QCOMPARE(m.headers().at(1).line, 14);
    QCOMPARE(m.field(u"authentication-results"_s)->value,
             u"mx.google.com;       spf=pass smtp.mailfrom=example.jp"_s);
    QCOMPARE(m.fields(u"SUBJECT"_s).size(), 1);
    QVERIFY(!m.field(u"DKIM-Signature"_s));
}

void TestMailMessage::copiedIndentIsRemoved()
{
    const QByteArray input =
        "    From: a@example.jp\n    Received: from x\n        by y\n    Subject: s\n\n    body\n";
    const MailMessage m = MailMessage::parse(input);
    QCOMPARE(m.removedIndent(), 4);
    QCOMPARE(m.headers().size(), 3);
    QCOMPARE(m.headers().at(1).lineCount, 2); // the deeper indent is still folding
    QCOMPARE(m.headers().at(1).value, u"from x    by y"_s);
    QCOMPARE(m.body().toByteArray(), QByteArray("body\r\n")); // dedented, so converted
}

void TestMailMessage::missingBlankLine()
{
    const MailMessage m = MailMessage::parse("From: a@example.jp\nSubject: s\nHello, this is the body.\n");
    QCOMPARE(m.headers().size(), 2);
    QVERIFY(!m.hasBlankLineSeparator());
    QCOMPARE(m.bodyLine(), 3);
    QCOMPARE(m.body().toByteArray(), QByteArray("Hello, this is the body.\n"));
}

void TestMailMessage::headersOnly()
{
    const MailMessage m = MailMessage::parse("From: a@example.jp\nTo: b@example.com\n");
    QCOMPARE(m.headers().size(), 2);
    QVERIFY(m.body().isEmpty());
    QCOMPARE(m.bodyLine(), 0);
}

void TestMailMessage::nonUtf8HeaderBytes()
{
    const MailMessage m = MailMessage::parse(QByteArray("Subject: caf\xe9\n\n"));
    QCOMPARE(m.headers().at(0).value, u"café"_s);
    const MailMessage u = MailMessage::parse(QByteArray("Subject: 日本語\n\n"));
    QCOMPARE(u.headers().at(0).value, u"日本語"_s);
}

void TestMailMessage::fieldStart_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("start");
    QTest::newRow("plain") << QByteArray("Subject: x") << true;
    QTest::newRow("no space") << QByteArray("X-Foo:bar") << true;
    QTest::newRow("obs space before colon") << QByteArray("Subject : x") << true;
    QTest::newRow("continuation") << QByteArray(" folded: x") << false;
    QTest::newRow("prose with colon") << QByteArray("Dear customer: hello") << false;
    QTest::newRow("url") << QByteArray("https://example.jp")
                         << true; // "https" then ':' is a field name to RFC 5322
    QTest::newRow("empty name") << QByteArray(": x") << false;
}

void TestMailMessage::fieldStart()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, start);
    QCOMPARE(MailMessage::isFieldStart(line), start);
}

QTEST_GUILESS_MAIN(TestMailMessage)
#include "TestMailMessage.moc"
