// SPDX-License-Identifier: GPL-3.0-or-later
// SpfRecord: parsing of the RFC 7208 grammar (§4.6, §5, §6, §7, §12), with the RFC's own examples.
#include <QTest>

#include "core/common/ErrorText.h"
#include "core/spf/SpfRecord.h"

using namespace Qt::StringLiterals;
using namespace todoku;

namespace {
/** "+a:example.com/24//64 -all" style summary: qualifier, kind, domain-spec, cidrs per mechanism. */
QString summary(const SpfRecord& record)
{
    QStringList parts;
    for (const SpfMechanism& m : record.mechanisms) {
        QString s = spf::qualifierName(m.qualifier) + u' ' + spf::mechanismName(m.kind);
        if (!m.domainSpec.isEmpty()) {
            s += u':' + m.domainSpec;
        }
        if (!m.network.isNull()) {
            s += u':' + m.network.toString();
        }
        if (m.cidr4 >= 0) {
            s += u'/' + QString::number(m.cidr4);
        }
        if (m.cidr6 >= 0) {
            s += u"//"_s + QString::number(m.cidr6);
        }
        parts.append(s);
    }
    if (record.redirect) {
        parts.append(u"redirect="_s + *record.redirect);
    }
    if (record.exp) {
        parts.append(u"exp="_s + *record.exp);
    }
    for (const SpfModifier& m : record.otherModifiers) {
        parts.append(u"?"_s + m.name + u'=' + m.value);
    }
    return parts.join(u", "_s);
}
} // namespace

class TestSpfRecord : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void isSpfText_data();
    void isSpfText();
    void positions();
    void dnsTermCount_data();
    void dnsTermCount();
};

void TestSpfRecord::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // RFC 7208 Appendix A (A.1 simple examples, A.2 multiple domain, A.3 DNSBL, A.4 multiple requirements)
    QTest::newRow("A.1 +all") << u"v=spf1 +all"_s << u"pass all"_s;
    QTest::newRow("A.1 a -all") << u"v=spf1 a -all"_s << u"pass a, fail all"_s;
    QTest::newRow("A.1 a:example.org") << u"v=spf1 a:example.org -all"_s << u"pass a:example.org, fail all"_s;
    QTest::newRow("A.1 mx") << u"v=spf1 mx -all"_s << u"pass mx, fail all"_s;
    QTest::newRow("A.1 mx:example.org")
        << u"v=spf1 mx:example.org -all"_s << u"pass mx:example.org, fail all"_s;
    QTest::newRow("A.1 mx mx:example.org")
        << u"v=spf1 mx mx:example.org -all"_s << u"pass mx, pass mx:example.org, fail all"_s;
    QTest::newRow("A.1 mx/30") << u"v=spf1 mx/30 mx:example.org/30 -all"_s
                               << u"pass mx/30, pass mx:example.org/30, fail all"_s;
    QTest::newRow("A.1 ptr") << u"v=spf1 ptr -all"_s << u"pass ptr, fail all"_s;
    QTest::newRow("A.1 ip4/24") << u"v=spf1 ip4:192.0.2.128/28 -all"_s
                                << u"pass ip4:192.0.2.128/28, fail all"_s;
    QTest::newRow("A.2 include") << u"v=spf1 include:example.com include:example.net -all"_s
                                 << u"pass include:example.com, pass include:example.net, fail all"_s;
    QTest::newRow("A.2 redirect") << u"v=spf1 redirect=_spf.example.com"_s << u"redirect=_spf.example.com"_s;
    QTest::newRow("A.3 dnsbl") << u"v=spf1 mx -exists:%{ir}.%{l1r+-}._spf.%{d} -all"_s
                               << u"pass mx, fail exists:%{ir}.%{l1r+-}._spf.%{d}, fail all"_s;
    QTest::newRow("A.4 multiple requirements")
        << u"v=spf1 -include:ip4._spf.%{d} -include:ptr._spf.%{d} +all"_s
        << u"fail include:ip4._spf.%{d}, fail include:ptr._spf.%{d}, pass all"_s;
    QTest::newRow("A.4 ip4 part") << u"v=spf1 -ip4:192.0.2.0/24 +all"_s
                                  << u"fail ip4:192.0.2.0/24, pass all"_s;
    QTest::newRow("A.4 ptr part") << u"v=spf1 -ptr +all"_s << u"fail ptr, pass all"_s;
    // §5.6 dual CIDR, §4.6.1 qualifiers, §6 modifiers anywhere
    QTest::newRow("dual cidr") << u"v=spf1 a/24//64 mx:mail.example.org//48 -all"_s
                               << u"pass a/24//64, pass mx:mail.example.org//48, fail all"_s;
    QTest::newRow("a:domain dual cidr") << u"v=spf1 a:example.com/0//0"_s << u"pass a:example.com/0//0"_s;
    QTest::newRow("qualifiers")
        << u"v=spf1 +a -mx ~ptr ?exists:%{i}.x.example ?all"_s
        << u"pass a, fail mx, softfail ptr, neutral exists:%{i}.x.example, neutral all"_s;
    QTest::newRow("ip6") << u"v=spf1 ip6:2001:db8::/32 ip6:::1 -all"_s
                         << u"pass ip6:2001:db8:://32, pass ip6:::1, fail all"_s;
    QTest::newRow("ip4 host") << u"v=spf1 ip4:192.0.2.1 ~all"_s << u"pass ip4:192.0.2.1, softfail all"_s;
    QTest::newRow("exp and redirect") << u"v=spf1 exp=explain._spf.%{d} redirect=_spf.example.com"_s
                                      << u"redirect=_spf.example.com, exp=explain._spf.%{d}"_s;
    QTest::newRow("unknown modifier") << u"v=spf1 moo.cow-far_out=man:dog/cat ip4:1.2.3.4 -all"_s
                                      << u"pass ip4:1.2.3.4, fail all, ?moo.cow-far_out=man:dog/cat"_s;
    QTest::newRow("case-insensitive") << u"V=SPF1 A:Example.COM IP4:192.0.2.1 -ALL"_s
                                      << u"pass a:Example.COM, pass ip4:192.0.2.1, fail all"_s;
    QTest::newRow("extra spaces") << u"v=spf1  a   -all "_s << u"pass a, fail all"_s;
    QTest::newRow("bare version") << u"v=spf1"_s << QString();
    // §7 macros: every letter, transformers, delimiters, escapes
    QTest::newRow("macros all letters")
        << u"v=spf1 exists:%{s}.%{l}.%{o}.%{d}.%{i}.%{p}.%{v}.%{h}.example.com"_s
        << u"pass exists:%{s}.%{l}.%{o}.%{d}.%{i}.%{p}.%{v}.%{h}.example.com"_s;
    QTest::newRow("macro transformers") << u"v=spf1 exists:%{ir}.%{d2}.%{l-}.%{o1r.-+,/_=}.example.com"_s
                                        << u"pass exists:%{ir}.%{d2}.%{l-}.%{o1r.-+,/_=}.example.com"_s;
    QTest::newRow("macro escapes") << u"v=spf1 exists:a%%b%_c%-d.%{d} exp=%{d}"_s
                                   << u"pass exists:a%%b%_c%-d.%{d}, exp=%{d}"_s;
    QTest::newRow("upper-case macro")
        << u"v=spf1 exists:%{L}.%{D2R}.example.com"_s << u"pass exists:%{L}.%{D2R}.example.com"_s;
    QTest::newRow("domain ending in macro") << u"v=spf1 include:%{d}"_s << u"pass include:%{d}"_s;
    QTest::newRow("trailing dot") << u"v=spf1 a:example.com. -all"_s << u"pass a:example.com., fail all"_s;
}

void TestSpfRecord::valid()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Result<SpfRecord> record = SpfRecord::parse(text);
    QVERIFY2(record.isOk(), qPrintable(record.isOk() ? QString() : record.error().args.join(u" | "_s)));
    QCOMPARE(summary(*record), expected);
    QCOMPARE(record->text, text);
}

void TestSpfRecord::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("detail"); // the detail's code, then its arguments
    QTest::newRow("not spf") << u"v=spf10 -all"_s << 0 << u"v=spf10"_s
                             << QStringList{u"spf.syntax.no-version"_s};
    QTest::newRow("unknown mechanism")
        << u"v=spf1 a foo -all"_s << 9 << u"foo"_s << QStringList{u"spf.syntax.unknown-mechanism"_s};
    QTest::newRow("all with argument")
        << u"v=spf1 -all:foo"_s << 7 << u"-all:foo"_s << QStringList{u"spf.syntax.all-argument"_s};
    QTest::newRow("include without domain") << u"v=spf1 include -all"_s << 7 << u"include"_s
                                            << QStringList{u"spf.syntax.needs-domain"_s, u"include"_s};
    QTest::newRow("include empty domain") << u"v=spf1 include: -all"_s << 7 << u"include:"_s
                                          << QStringList{u"spf.syntax.needs-domain"_s, u"include"_s};
    QTest::newRow("exists without domain")
        << u"v=spf1 exists"_s << 7 << u"exists"_s << QStringList{u"spf.syntax.needs-domain"_s, u"exists"_s};
    QTest::newRow("ip4 without address")
        << u"v=spf1 ip4 -all"_s << 7 << u"ip4"_s << QStringList{u"spf.syntax.needs-address"_s, u"ip4"_s};
    QTest::newRow("ip4 cidr 33") << u"v=spf1 ip4:192.0.2.0/33"_s << 7 << u"ip4:192.0.2.0/33"_s
                                 << QStringList{u"spf.syntax.cidr-length"_s};
    QTest::newRow("ip4 short form") << u"v=spf1 ip4:192.0.2"_s << 7 << u"ip4:192.0.2"_s
                                    << QStringList{u"spf.syntax.ip4-address"_s};
    QTest::newRow("ip4 with ipv6") << u"v=spf1 ip4:2001:db8::1"_s << 7 << u"ip4:2001:db8::1"_s
                                   << QStringList{u"spf.syntax.ip4-address"_s};
    QTest::newRow("ip6 with ipv4") << u"v=spf1 ip6:192.0.2.1"_s << 7 << u"ip6:192.0.2.1"_s
                                   << QStringList{u"spf.syntax.ip6-address"_s};
    QTest::newRow("ip6 cidr 129") << u"v=spf1 ip6:2001:db8::/129"_s << 7 << u"ip6:2001:db8::/129"_s
                                  << QStringList{u"spf.syntax.cidr-length"_s};
    QTest::newRow("ip4 leading zero cidr") << u"v=spf1 ip4:192.0.2.0/024"_s << 7 << u"ip4:192.0.2.0/024"_s
                                           << QStringList{u"spf.syntax.cidr-length"_s};
    QTest::newRow("a cidr 33") << u"v=spf1 a/33"_s << 7 << u"a/33"_s
                               << QStringList{u"spf.syntax.cidr-length"_s};
    QTest::newRow("a ip6 cidr 129") << u"v=spf1 a//129"_s << 7 << u"a//129"_s
                                    << QStringList{u"spf.syntax.cidr-length"_s};
    QTest::newRow("a without colon") << u"v=spf1 mxexample.com"_s << 7 << u"mxexample.com"_s
                                     << QStringList{u"spf.syntax.unknown-mechanism"_s};
    QTest::newRow("mx text after cidr") << u"v=spf1 mx/24:example.com"_s << 7 << u"mx/24:example.com"_s
                                        << QStringList{u"spf.syntax.unexpected-text"_s, u"mx"_s};
    QTest::newRow("domain without dot")
        << u"v=spf1 a:foo"_s << 7 << u"a:foo"_s << QStringList{u"spf.syntax.domain"_s};
    QTest::newRow("numeric top label")
        << u"v=spf1 a:example.123"_s << 7 << u"a:example.123"_s << QStringList{u"spf.syntax.domain"_s};
    QTest::newRow("bad macro letter") << u"v=spf1 exists:%{x}.example.com"_s << 14
                                      << u"exists:%{x}.example.com"_s << QStringList{u"spf.syntax.macro"_s};
    QTest::newRow("exp letter outside exp")
        << u"v=spf1 exists:%{c}.example.com"_s << 14 << u"exists:%{c}.example.com"_s
        << QStringList{u"spf.syntax.macro"_s};
    QTest::newRow("unclosed macro") << u"v=spf1 a:%{d.example.com"_s << 9 << u"a:%{d.example.com"_s
                                    << QStringList{u"spf.syntax.macro"_s};
    QTest::newRow("lone percent") << u"v=spf1 a:%d.example.com"_s << 9 << u"a:%d.example.com"_s
                                  << QStringList{u"spf.syntax.macro"_s};
    QTest::newRow("zero labels") << u"v=spf1 exists:%{d0}.example.com"_s << 14
                                 << u"exists:%{d0}.example.com"_s << QStringList{u"spf.syntax.macro"_s};
    QTest::newRow("redirect twice") << u"v=spf1 redirect=a.example redirect=b.example"_s << 26
                                    << u"redirect=b.example"_s
                                    << QStringList{u"spf.syntax.modifier-twice"_s, u"redirect"_s};
    QTest::newRow("exp twice") << u"v=spf1 exp=a.example exp=b.example"_s << 21 << u"exp=b.example"_s
                               << QStringList{u"spf.syntax.modifier-twice"_s, u"exp"_s};
    QTest::newRow("redirect empty") << u"v=spf1 redirect="_s << 7 << u"redirect="_s
                                    << QStringList{u"spf.syntax.modifier-domain"_s, u"redirect"_s};
    QTest::newRow("modifier bad macro")
        << u"v=spf1 foo=%{q}"_s << 11 << u"foo=%{q}"_s << QStringList{u"spf.syntax.modifier-macro"_s};
    QTest::newRow("control character")
        << u"v=spf1 a\u0001 -all"_s << 7 << u"a\u0001"_s << QStringList{u"spf.syntax.character"_s};
    QTest::newRow("non-ascii") << u"v=spf1 a:例え.jp -all"_s << 7 << u"a:例え.jp"_s
                               << QStringList{u"spf.syntax.character"_s};
    QTest::newRow("empty qualifier") << u"v=spf1 + -all"_s << 7 << u"+"_s
                                     << QStringList{u"spf.syntax.unknown-mechanism"_s};
    QTest::newRow("tab separator") << u"v=spf1\ta"_s << 0 << u"v=spf1\ta"_s
                                   << QStringList{u"spf.syntax.no-version"_s};
    QTest::newRow("issue 3: ip4 /33 names its term")
        << u"v=spf1 ip4:1.2.3.4/33 -all"_s << 7 << u"ip4:1.2.3.4/33"_s
        << QStringList{u"spf.syntax.cidr-length"_s};
}

void TestSpfRecord::invalid()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, term);
    QFETCH(QStringList, detail);
    const Result<SpfRecord> record = SpfRecord::parse(text);
    QVERIFY(!record.isOk());
    QCOMPARE(record.error().code, ErrorCode::Syntax);
    QCOMPARE(record.error().position, position);
    QCOMPARE(record.error().args, QStringList{term});
    QCOMPARE(QStringList{ErrorText::detailCode(record.error().detail)} + record.error().detailArgs, detail);
}

void TestSpfRecord::isSpfText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("plain") << QByteArray("v=spf1 -all") << true;
    QTest::newRow("bare") << QByteArray("v=spf1") << true;
    QTest::newRow("upper") << QByteArray("V=SPF1 a") << true;
    QTest::newRow("spf10") << QByteArray("v=spf10") << false;
    QTest::newRow("leading space") << QByteArray(" v=spf1") << false;
    QTest::newRow("dkim") << QByteArray("v=DKIM1; p=") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestSpfRecord::isSpfText()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, expected);
    QCOMPARE(SpfRecord::isSpfText(text), expected);
}

void TestSpfRecord::positions()
{
    const Result<SpfRecord> record =
        SpfRecord::parse(u"v=spf1 a:example.com  -ip4:192.0.2.0/24 exp=e.example redirect=r.example x=y"_s);
    QVERIFY(record.isOk());
    QCOMPARE(record->mechanisms.size(), 2);
    QCOMPARE(record->mechanisms.at(0).position, 7);
    QCOMPARE(record->mechanisms.at(0).text, u"a:example.com"_s);
    QCOMPARE(record->mechanisms.at(1).position, 22);
    QCOMPARE(record->mechanisms.at(1).text, u"-ip4:192.0.2.0/24"_s);
    QCOMPARE(record->mechanisms.at(1).network, QHostAddress(u"192.0.2.0"_s));
    QCOMPARE(record->mechanisms.at(1).prefixLength(false), 24);
    QCOMPARE(record->expPosition, 40);
    QCOMPARE(record->redirectPosition, 54);
    QCOMPARE(record->otherModifiers.size(), 1);
    QCOMPARE(record->otherModifiers.at(0).position, 73);
}

void TestSpfRecord::dnsTermCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << u"v=spf1 ip4:192.0.2.1 ip6:2001:db8::1 -all"_s << 0;
    QTest::newRow("every kind") << u"v=spf1 a mx ptr exists:x.example include:y.example -all"_s << 5;
    QTest::newRow("redirect counts") << u"v=spf1 a redirect=z.example"_s << 2;
    QTest::newRow("exp does not count") << u"v=spf1 -all exp=e.example"_s << 0;
}

void TestSpfRecord::dnsTermCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const Result<SpfRecord> record = SpfRecord::parse(text);
    QVERIFY(record.isOk());
    QCOMPARE(record->dnsTermCount(), count);
}

QTEST_GUILESS_MAIN(TestSpfRecord)
#include "TestSpfRecord.moc"
