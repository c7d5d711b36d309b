// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for DnsServer parsing, record type names and record presentation.
#include <QTest>

#include "core/dns/DnsRecord.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestDnsTypes : public QObject
{
    Q_OBJECT

private slots:
    void serverParse_data();
    void serverParse();
    void serverRejects_data();
    void serverRejects();
    void typeNames();
    void presentation();
    void mxTargetsSortedByPreference();
};

void TestDnsTypes::serverParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("ipv4") << u"192.0.2.53"_s << u"192.0.2.53"_s << 53 << u"192.0.2.53:53"_s;
    QTest::newRow("ipv4 port") << u"127.0.0.1:5353"_s << u"127.0.0.1"_s << 5353 << u"127.0.0.1:5353"_s;
    QTest::newRow("ipv6 bare") << u"2001:db8::53"_s << u"2001:db8::53"_s << 53 << u"[2001:db8::53]:53"_s;
    QTest::newRow("ipv6 bracketed") << u"[::1]"_s << u"::1"_s << 53 << u"[::1]:53"_s;
    QTest::newRow("ipv6 port") << u"[::1]:5300"_s << u"::1"_s << 5300 << u"[::1]:5300"_s;
    QTest::newRow("spaces") << u" 192.0.2.1 "_s << u"192.0.2.1"_s << 53 << u"192.0.2.1:53"_s;
}

void TestDnsTypes::serverParse()
{
    QFETCH(QString, input);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, canonical);
    const auto server = DnsServer::parse(input);
    QVERIFY2(server.isOk(), qPrintable(input));
    QCOMPARE(server->address, QHostAddress(address));
    QCOMPARE(int(server->port), port);
    QCOMPARE(server->toString(), canonical);
    QCOMPARE(DnsServer::parse(canonical)->toString(), canonical); // round trip
}

void TestDnsTypes::serverRejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("host name") << u"ns1.example.jp"_s;
    QTest::newRow("octet too large") << u"999.1.1.1"_s;
    QTest::newRow("port zero") << u"192.0.2.1:0"_s;
    QTest::newRow("port too large") << u"192.0.2.1:70000"_s;
    QTest::newRow("port not a number") << u"192.0.2.1:dns"_s;
    QTest::newRow("unclosed bracket") << u"[::1:53"_s;
    QTest::newRow("ipv4 in brackets") << u"[192.0.2.1]:53"_s;
    QTest::newRow("scope id") << u"fe80::1%eth0"_s;
}

void TestDnsTypes::serverRejects()
{
    QFETCH(QString, input);
    const auto server = DnsServer::parse(input);
    QVERIFY(!server.isOk());
    QCOMPARE(server.error().code, ErrorCode::InvalidServer);
}

void TestDnsTypes::typeNames()
{
    for (const auto type : {DnsRecordType::A,
                            DnsRecordType::AAAA,
                            DnsRecordType::MX,
                            DnsRecordType::TXT,
                            DnsRecordType::PTR,
                            DnsRecordType::CNAME,
                            DnsRecordType::NS,
                            DnsRecordType::SOA}) {
        const QString name = dns::typeName(type);
        QCOMPARE(dns::parseType(name).value(), type);
        QCOMPARE(dns::parseType(name.toLower()).value(), type);
    }
    QVERIFY(!dns::parseType(u"SPF"_s).isOk());
    QCOMPARE(dns::outcomeName(DnsOutcome::NetworkError), u"network-error"_s);
    QVERIFY(dns::isDefinite(DnsOutcome::NoData));
    QVERIFY(!dns::isDefinite(DnsOutcome::ServFail));
}

void TestDnsTypes::presentation()
{
    DnsRecord txt;
    txt.type = DnsRecordType::TXT;
    txt.strings = {
        QByteArrayLiteral("v=spf1 "), QByteArrayLiteral("say \"hi\" \\"), QByteArray("\xff\x01", 2)};
    QCOMPARE(txt.presentation(), uR"("v=spf1 " "say \"hi\" \\" "\255\001")"_s);
    QCOMPARE(txt.joinedText(), QByteArray("v=spf1 say \"hi\" \\\xff\x01", 19));

    DnsRecord mx;
    mx.type = DnsRecordType::MX;
    mx.preference = 10;
    mx.target = u"mx.example.jp"_s;
    QCOMPARE(mx.presentation(), u"10 mx.example.jp."_s);

    DnsRecord nullMx; // RFC 7505: "0 ."
    nullMx.type = DnsRecordType::MX;
    QCOMPARE(nullMx.presentation(), u"0 ."_s);
}

void TestDnsTypes::mxTargetsSortedByPreference()
{
    DnsAnswer answer;
    for (const auto& [pref, host] : {std::pair{20, "b.example"}, {10, "a.example"}, {30, "c.example"}}) {
        DnsRecord r;
        r.type = DnsRecordType::MX;
        r.preference = quint16(pref);
        r.target = QString::fromLatin1(host);
        answer.records.append(r);
    }
    QCOMPARE(answer.targets(), (QStringList{u"a.example"_s, u"b.example"_s, u"c.example"_s}));
}

QTEST_GUILESS_MAIN(TestDnsTypes)
#include "TestDnsTypes.moc"
