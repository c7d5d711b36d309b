// SPDX-License-Identifier: GPL-3.0-or-later
// SPF macro expansion (RFC 7208 §7): the examples of §7.4, escapes, upper-case URL escaping, exp letters.
#include <QTest>

#include "core/spf/SpfMacro.h"

using namespace Qt::StringLiterals;
using namespace todoku;

namespace {
SpfMacroContext rfcContext(const QString& ip)
{
    // RFC 7208 §7.4: sender strong-bad@email.example.com, client 192.0.2.3 or 2001:db8::cb01.
    SpfMacroContext c;
    c.sender = u"strong-bad@email.example.com"_s;
    c.localPart = u"strong-bad"_s;
    c.senderDomain = u"email.example.com"_s;
    c.domain = u"email.example.com"_s;
    c.ip = QHostAddress(ip);
    c.helo = u"mx.example.org"_s;
    c.receiver = u"mx.example.jp"_s;
    c.timestamp = 1700000000;
    return c;
}
} // namespace

class TestSpfMacro : public QObject
{
    Q_OBJECT

private slots:
    void expand_data();
    void expand();
    void malformed_data();
    void malformed();
    void truncateDomain();
    void normalizedAddress();
};

void TestSpfMacro::expand_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("macro");
    QTest::addColumn<bool>("forExplanation");
    QTest::addColumn<QString>("expected");
    const QString v4 = u"192.0.2.3"_s;
    const QString v6 = u"2001:db8::cb01"_s;
    // RFC 7208 §7.4, verbatim
    QTest::newRow("s") << v4 << u"%{s}"_s << false << u"strong-bad@email.example.com"_s;
    QTest::newRow("o") << v4 << u"%{o}"_s << false << u"email.example.com"_s;
    QTest::newRow("d") << v4 << u"%{d}"_s << false << u"email.example.com"_s;
    QTest::newRow("d4") << v4 << u"%{d4}"_s << false << u"email.example.com"_s;
    QTest::newRow("d3") << v4 << u"%{d3}"_s << false << u"email.example.com"_s;
    QTest::newRow("d2") << v4 << u"%{d2}"_s << false << u"example.com"_s;
    QTest::newRow("d1") << v4 << u"%{d1}"_s << false << u"com"_s;
    QTest::newRow("dr") << v4 << u"%{dr}"_s << false << u"com.example.email"_s;
    QTest::newRow("d2r") << v4 << u"%{d2r}"_s << false << u"example.email"_s;
    QTest::newRow("l") << v4 << u"%{l}"_s << false << u"strong-bad"_s;
    QTest::newRow("l-") << v4 << u"%{l-}"_s << false << u"strong.bad"_s;
    QTest::newRow("lr") << v4 << u"%{lr}"_s << false << u"strong-bad"_s;
    QTest::newRow("lr-") << v4 << u"%{lr-}"_s << false << u"bad.strong"_s;
    QTest::newRow("l1r-") << v4 << u"%{l1r-}"_s << false << u"strong"_s;
    QTest::newRow("ir v d2") << v4 << u"%{ir}.%{v}._spf.%{d2}"_s << false
                             << u"3.2.0.192.in-addr._spf.example.com"_s;
    QTest::newRow("lr- d2") << v4 << u"%{lr-}.lp._spf.%{d2}"_s << false
                            << u"bad.strong.lp._spf.example.com"_s;
    QTest::newRow("lr- ir") << v4 << u"%{lr-}.lp.%{ir}.%{v}._spf.%{d2}"_s << false
                            << u"bad.strong.lp.3.2.0.192.in-addr._spf.example.com"_s;
    QTest::newRow("ir l1r-") << v4 << u"%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}"_s << false
                             << u"3.2.0.192.in-addr.strong.lp._spf.example.com"_s;
    QTest::newRow("d2 trusted") << v4 << u"%{d2}.trusted-domains.example.net"_s << false
                                << u"example.com.trusted-domains.example.net"_s;
    QTest::newRow("ipv6 ir")
        << v6 << u"%{ir}.%{v}._spf.%{d2}"_s << false
        << u"1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com"_s;
    // other letters and escapes
    QTest::newRow("h") << v4 << u"%{h}"_s << false << u"mx.example.org"_s;
    QTest::newRow("p unknown") << v4 << u"%{p}"_s << false << u"unknown"_s;
    QTest::newRow("v ipv6") << v6 << u"%{v}"_s << false << u"ip6"_s;
    QTest::newRow("mapped ipv4") << u"::ffff:192.0.2.3"_s << u"%{i}.%{v}"_s << false
                                 << u"192.0.2.3.in-addr"_s;
    QTest::newRow("escapes") << v4 << u"a%%b%_c%-d"_s << false << u"a%b c%20d"_s;
    QTest::newRow("upper-case is url-escaped")
        << v4 << u"%{S}"_s << false << u"strong-bad%40email.example.com"_s;
    QTest::newRow("delimiter set") << v4 << u"%{s-}"_s << false << u"strong.bad@email.example.com"_s;
    QTest::newRow("more labels than exist") << v4 << u"%{d9}"_s << false << u"email.example.com"_s;
    // exp-only letters (§7.3)
    QTest::newRow("c ipv4") << v4 << u"%{c}"_s << true << u"192.0.2.3"_s;
    QTest::newRow("c ipv6") << v6 << u"%{c}"_s << true << u"2001:db8::cb01"_s;
    QTest::newRow("r") << v4 << u"%{r}"_s << true << u"mx.example.jp"_s;
    QTest::newRow("t") << v4 << u"%{t}"_s << true << u"1700000000"_s;
    QTest::newRow("explanation sentence")
        << v4 << u"%{i} is not one of %{d}'s designated mail servers."_s << true
        << u"192.0.2.3 is not one of email.example.com's designated mail servers."_s;
}

void TestSpfMacro::expand()
{
    QFETCH(QString, ip);
    QFETCH(QString, macro);
    QFETCH(bool, forExplanation);
    QFETCH(QString, expected);
    const std::optional<QString> out = spf::expandMacros(macro, rfcContext(ip), forExplanation);
    QVERIFY(out.has_value());
    QCOMPARE(*out, expected);
}

void TestSpfMacro::malformed_data()
{
    QTest::addColumn<QString>("macro");
    QTest::addColumn<bool>("forExplanation");
    QTest::newRow("lone percent") << u"abc%"_s << false;
    QTest::newRow("percent letter") << u"%d"_s << false;
    QTest::newRow("unclosed") << u"%{d"_s << false;
    QTest::newRow("unknown letter") << u"%{x}"_s << false;
    QTest::newRow("zero labels") << u"%{d0}"_s << false;
    QTest::newRow("c outside exp") << u"%{c}"_s << false;
    QTest::newRow("r outside exp") << u"%{r}"_s << false;
    QTest::newRow("t outside exp") << u"%{t}"_s << false;
    QTest::newRow("empty braces") << u"%{}"_s << true;
}

void TestSpfMacro::malformed()
{
    QFETCH(QString, macro);
    QFETCH(bool, forExplanation);
    QVERIFY(!spf::expandMacros(macro, rfcContext(u"192.0.2.3"_s), forExplanation).has_value());
}

void TestSpfMacro::truncateDomain()
{
    const QString label = QString(60, u'a');
    const QString longName = QStringList{label, label, label, label, label, u"example.com"_s}.join(u'.');
    QVERIFY(longName.size() > 253);
    const QString truncated = spf::truncateDomain(longName);
    QVERIFY(truncated.size() <= 253);
    QVERIFY(longName.endsWith(truncated));
    // 4 x 61 + 11 = 255 characters is still too long, so a fifth label goes too.
    const QStringList kept{label, label, label, u"example.com"_s};
    QCOMPARE(truncated, kept.join(u'.'));
    QCOMPARE(spf::truncateDomain(u"example.com"_s), u"example.com"_s);
}

void TestSpfMacro::normalizedAddress()
{
    QCOMPARE(spf::normalizedAddress(QHostAddress(u"::ffff:192.0.2.1"_s)), QHostAddress(u"192.0.2.1"_s));
    QCOMPARE(spf::normalizedAddress(QHostAddress(u"2001:db8::1"_s)), QHostAddress(u"2001:db8::1"_s));
    QCOMPARE(spf::normalizedAddress(QHostAddress(u"192.0.2.1"_s)).protocol(), QAbstractSocket::IPv4Protocol);
}

QTEST_GUILESS_MAIN(TestSpfMacro)
#include "TestSpfMacro.moc"
