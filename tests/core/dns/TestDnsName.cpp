// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for todoku::dns name helpers: IDNA, validation, reverse names.
#include <QTest>

#include "core/dns/DnsName.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestDnsName : public QObject
{
    Q_OBJECT

private slots:
    void toAce_data();
    void toAce();
    void rejects_data();
    void rejects();
    void toUnicode_data();
    void toUnicode();
    void reverseName_data();
    void reverseName();
    void subdomain();
};

void TestDnsName::toAce_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << u"example.jp"_s << u"example.jp"_s;
    QTest::newRow("upper-case folded") << u"Mail.Example.JP"_s << u"mail.example.jp"_s;
    QTest::newRow("trailing dot dropped") << u"example.jp."_s << u"example.jp"_s;
    QTest::newRow("idn") << u"日本語.jp"_s << u"xn--wgv71a119e.jp"_s;
    QTest::newRow("idn label in ascii domain") << u"メール.example.jp"_s << u"xn--4dkua4c.example.jp"_s;
    QTest::newRow("full-width dots (IME)") << u"日本語。jp"_s << u"xn--wgv71a119e.jp"_s;
    QTest::newRow("service labels keep underscore") << u"_dmarc.example.jp"_s << u"_dmarc.example.jp"_s;
    QTest::newRow("dkim selector") << u"s1._domainkey.日本語.jp"_s << u"s1._domainkey.xn--wgv71a119e.jp"_s;
    QTest::newRow("surrounding space") << u"  example.jp "_s << u"example.jp"_s;
    QTest::newRow("63-char label") << QString(63, u'a') + u".jp" << QString(63, u'a') + u".jp";
}

void TestDnsName::toAce()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto result = dns::toAce(input);
    QVERIFY2(result.isOk(), qPrintable(input));
    QCOMPARE(result.value(), expected);
}

void TestDnsName::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QString() << int(ErrorCode::InvalidDomainName);
    QTest::newRow("only a dot") << u"."_s << int(ErrorCode::InvalidDomainName);
    QTest::newRow("empty label") << u"bad..name"_s << int(ErrorCode::InvalidDomainName);
    QTest::newRow("space inside") << u"exa mple.jp"_s << int(ErrorCode::InvalidDomainName);
    QTest::newRow("at sign (an address)") << u"user@example.jp"_s << int(ErrorCode::InvalidDomainName);
    QTest::newRow("64-char label") << QString(64, u'a') + u".jp" << int(ErrorCode::LabelTooLong);
    QString longName;
    for (int i = 0; i < 50; ++i) {
        longName += u"abcde.";
    }
    longName += u"jp";
    QTest::newRow("name over 253") << longName << int(ErrorCode::NameTooLong);
}

void TestDnsName::rejects()
{
    QFETCH(QString, input);
    QFETCH(int, code);
    const auto result = dns::toAce(input);
    QVERIFY(!result.isOk());
    QCOMPARE(int(result.error().code), code);
    QCOMPARE(result.error().args.value(0), input);
}

void TestDnsName::toUnicode_data()
{
    QTest::addColumn<QString>("ace");
    QTest::addColumn<QString>("expected");
    QTest::newRow("idn under .jp") << u"xn--wgv71a119e.jp"_s << u"日本語.jp"_s;
    // .test is on no IDN whitelist: Todoku still shows Unicode, as the user typed it.
    QTest::newRow("idn under .test") << u"xn--4dkua4c.xn--wgv71a119e.test"_s << u"メール.日本語.test"_s;
    QTest::newRow("ascii unchanged") << u"_dmarc.example.jp"_s << u"_dmarc.example.jp"_s;
    QTest::newRow("invalid punycode left as is") << u"xn--.jp"_s << u"xn--.jp"_s;
}

void TestDnsName::toUnicode()
{
    QFETCH(QString, ace);
    QFETCH(QString, expected);
    QCOMPARE(dns::toUnicode(ace), expected);
}

void TestDnsName::reverseName_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4 (RFC 1035 §3.5)") << u"192.0.2.10"_s << u"10.2.0.192.in-addr.arpa"_s;
    QTest::newRow("ipv6 (RFC 3596 §2.5)")
        << u"2001:db8::567:89ab"_s
        << u"b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"_s;
    QTest::newRow("ipv4-mapped ipv6 uses in-addr.arpa")
        << u"::ffff:192.0.2.1"_s << u"1.2.0.192.in-addr.arpa"_s;
}

void TestDnsName::reverseName()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    QCOMPARE(dns::reverseName(QHostAddress(address)), expected);
}

void TestDnsName::subdomain()
{
    QVERIFY(dns::isSubdomainOf(u"mail.example.jp"_s, u"example.jp"_s));
    QVERIFY(dns::isSubdomainOf(u"Example.JP"_s, u"example.jp"_s));
    QVERIFY(!dns::isSubdomainOf(u"badexample.jp"_s, u"example.jp"_s));
    QVERIFY(!dns::isSubdomainOf(u"example.jp"_s, u"mail.example.jp"_s));
}

QTEST_GUILESS_MAIN(TestDnsName)
#include "TestDnsName.moc"
