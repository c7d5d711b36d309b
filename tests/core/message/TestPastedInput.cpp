// SPDX-License-Identifier: GPL-3.0-or-later
// PastedInput: Gmail's page in English and Japanese, bounces, headers, garbage.
#include <QFile>
#include <QTest>

#include "core/message/AuthenticationResults.h"
#include "core/message/EncodedWords.h"
#include "core/message/PastedInput.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString& name)
{
    QFile f(test::dataPath(u"analyze/"_s + name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", qPrintable(name));
    }
    return f.readAll();
}

} // namespace

class TestPastedInput : public QObject
{
    Q_OBJECT

private slots:
    void gmailPageEnglish();
    void gmailPageJapaneseTwoLineRows();
    void gmailPageWithCrlfAndSpaces();
    void qmailBounce();
    void dsnBounce();
    void headersOnly();
    void rawMessage();
    void unusable_data();
    void unusable();
};

void TestPastedInput::gmailPageEnglish()
{
    const PastedInput in = PastedInput::read(readData(u"gmail-original-en-softfail.txt"_s));
    QCOMPARE(in.kind, InputKind::GmailOriginal);
    QVERIFY(in.gmail.has_value());
    QCOMPARE(in.gmail->spfResult, u"SOFTFAIL"_s);
    QCOMPARE(in.gmail->spfIp, QHostAddress(u"192.0.2.25"_s));
    QCOMPARE(in.gmail->spfLine, 7);
    QCOMPARE(in.gmail->dkimResult, u"FAIL"_s);
    QCOMPARE(in.gmail->dkimDomain, u"example.jp"_s);
    QCOMPARE(in.gmail->dmarcResult, u"FAIL"_s);
    QCOMPARE(in.messageFirstLine, 12); // "Delivered-To:" is line 12 of the paste
    const HeaderField* ar = in.message.field(u"Authentication-Results"_s);
    QVERIFY(ar);
    QCOMPARE(ar->line, 26);
    QCOMPARE(AuthenticationResults::parse(ar->value)->resultsFor(u"spf"_s).value(0).result, u"softfail"_s);
    QCOMPARE(in.message.fields(u"Received"_s).size(), 3);
    QCOMPARE(message::decodeEncodedWords(in.message.field(u"From"_s)->value), u"桜旅館 <info@example.jp>"_s);
    QCOMPARE(message::decodeEncodedWords(in.message.field(u"Subject"_s)->value),
             u"ご予約ありがとうございます"_s);
}

void TestPastedInput::gmailPageJapaneseTwoLineRows()
{
    const PastedInput in = PastedInput::read(readData(u"gmail-original-ja-pass.txt"_s));
    QCOMPARE(in.kind, InputKind::GmailOriginal);
    QCOMPARE(in.gmail->spfResult, u"PASS"_s);
    QCOMPARE(in.gmail->spfIp, QHostAddress(u"198.51.100.77"_s));
    QCOMPARE(in.gmail->dkimResult, u"PASS"_s);
    QCOMPARE(in.gmail->dkimDomain, u"example.co.jp"_s);
    QCOMPARE(in.gmail->dmarcResult, u"PASS"_s);
    QCOMPARE(in.messageFirstLine, 20);
    QCOMPARE(in.message.headers().first().name, u"Delivered-To"_s);
    QCOMPARE(message::decodeEncodedWords(in.message.field(u"Subject"_s)->value), u"見積書の件"_s);
    QCOMPARE(in.message.body().toByteArray().replace("\r\n", "\n"), QByteArray("本文です。\n"));
}

void TestPastedInput::gmailPageWithCrlfAndSpaces()
{
    QByteArray page = readData(u"gmail-original-en-softfail.txt"_s);
    page.replace("\t", "    "); // a browser that turned tabs into spaces
    page.replace("\n", "\r\n");
    const PastedInput in = PastedInput::read(page);
    QCOMPARE(in.kind, InputKind::GmailOriginal);
    QCOMPARE(in.gmail->spfResult, u"SOFTFAIL"_s);
    QCOMPARE(in.messageFirstLine, 12);
}

void TestPastedInput::qmailBounce()
{
    const PastedInput in = PastedInput::read(readData(u"bounce-qmail-5.7.26.txt"_s));
    QCOMPARE(in.kind, InputKind::Bounce);
    QVERIFY(!in.gmail);
}

void TestPastedInput::dsnBounce()
{
    const QByteArray dsn = "From: MAILER-DAEMON@mail.example.jp (Mail Delivery System)\n"
                           "Subject: Undelivered Mail Returned to Sender\n"
                           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                           "--B\n\nThis is the mail system at host mail.example.jp.\n";
    QCOMPARE(PastedInput::read(dsn).kind, InputKind::Bounce);
}

void TestPastedInput::headersOnly()
{
    const PastedInput in = PastedInput::read("Received: from a by b; Wed, 18 Nov 2026 09:29:58 +0000\n"
                                             "From: info@example.jp\nTo: guest@gmail.com\n");
    QCOMPARE(in.kind, InputKind::Headers);
    QCOMPARE(in.message.headers().size(), 3);
}

void TestPastedInput::rawMessage()
{
    const PastedInput in = PastedInput::read("\xEF\xBB\xBF"
                                             "From: info@example.jp\r\nSubject: hi\r\n\r\nbody\r\n");
    QCOMPARE(in.kind, InputKind::Message);
    QVERIFY(in.hadBom);
    QCOMPARE(in.message.headers().at(0).name, u"From"_s);
}

void TestPastedInput::unusable_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("problem");
    QTest::newRow("empty") << QByteArray() << int(InputProblem::Empty);
    QTest::newRow("white space") << QByteArray(" \n\t\r\n") << int(InputProblem::Empty);
    QTest::newRow("binary (PNG)") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                  << int(InputProblem::Binary);
    QTest::newRow("prose") << QByteArray("Hello, my mail does not arrive. Please help!\nThanks")
                           << int(InputProblem::NoHeaderFields);
    QByteArray invalidUtf8(2000, '\xff');
    QTest::newRow("invalid utf-8 noise") << invalidUtf8 << int(InputProblem::NoHeaderFields);
}

void TestPastedInput::unusable()
{
    QFETCH(QByteArray, input);
    QFETCH(int, problem);
    const PastedInput in = PastedInput::read(input);
    QCOMPARE(in.kind, InputKind::Unknown);
    QCOMPARE(int(in.problem), problem);
}

QTEST_GUILESS_MAIN(TestPastedInput)
#include "TestPastedInput.moc"
