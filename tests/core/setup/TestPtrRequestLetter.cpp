// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for PtrRequestLetter: the request names the address, its reverse name and the value, in either
// language.
#include <QTest>

#include "core/setup/PtrRequestLetter.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestPtrRequestLetter : public QObject
{
    Q_OBJECT

private slots:
    void englishV4();
    void japaneseV6();
};

void TestPtrRequestLetter::englishV4()
{
    const auto letter =
        PtrRequestLetter::compose(QHostAddress(u"192.0.2.10"_s), u"mail.example.jp"_s, u"en"_s);
    QCOMPARE(letter.subject, u"Request: reverse DNS (PTR) for 192.0.2.10"_s);
    QVERIFY(letter.body.contains(u"Reverse name: 10.2.0.192.in-addr.arpa."_s));
    QVERIFY(letter.body.contains(u"PTR value:    mail.example.jp."_s));
    QVERIFY(letter.body.contains(u"550-5.7.25"_s));
}

void TestPtrRequestLetter::japaneseV6()
{
    const auto letter =
        PtrRequestLetter::compose(QHostAddress(u"2001:db8::25"_s), u"mail.example.jp."_s, u"ja"_s);
    QVERIFY2(letter.subject.contains(u"逆引き"_s), qPrintable(letter.subject));
    QVERIFY(letter.subject.contains(u"2001:db8::25"_s));
    QVERIFY(
        letter.body.contains(u"5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa."_s));
    QVERIFY(letter.body.contains(u"mail.example.jp."_s));
    QVERIFY(!letter.body.contains(u"mail.example.jp..")); // a given trailing dot is not doubled
    QVERIFY(letter.body.contains(u"お願い"_s));
}

QTEST_GUILESS_MAIN(TestPtrRequestLetter)
#include "TestPtrRequestLetter.moc"
