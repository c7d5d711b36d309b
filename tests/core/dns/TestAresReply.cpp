// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the raw-reply walker: well-formed replies and every way a reply can be cut or bent.
#include <QTest>

#include "core/dns/AresReply_p.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

QByteArray encodeName(const QByteArray& name)
{
    QByteArray out;
    for (const QByteArray& label : name.split('.')) {
        out += char(label.size());
        out += label;
    }
    out += '\0';
    return out;
}

QByteArray u16(int v)
{
    QByteArray out;
    out.append(char((v >> 8) & 0xff));
    out.append(char(v & 0xff));
    return out;
}

QByteArray u32(quint32 v)
{
    return u16(int(v >> 16)) + u16(int(v & 0xffff));
}

/** A reply to `name TYPE` with the given answer and authority records (already encoded). */
QByteArray reply(const QByteArray& name,
                 int type,
                 const QList<QByteArray>& answers,
                 const QList<QByteArray>& authority = {})
{
    QByteArray out =
        u16(0x1234) + u16(0x8180) + u16(1) + u16(int(answers.size())) + u16(int(authority.size())) + u16(0);
    out += encodeName(name) + u16(type) + u16(1);
    for (const QByteArray& rr : answers + authority) {
        out += rr;
    }
    return out;
}

QByteArray rr(const QByteArray& ownerWire, int type, quint32 ttl, const QByteArray& rdata)
{
    return ownerWire + u16(type) + u16(1) + u32(ttl) + u16(int(rdata.size())) + rdata;
}

const QByteArray POINTER_TO_QNAME = QByteArray::fromHex("c00c"); // compression pointer to offset 12

} // namespace

class TestAresReply : public QObject
{
    Q_OBJECT

private slots:
    void txtKeepsStringBoundaries();
    void cnameChainAndCompression();
    void negativeTtlFromSoa();
    void mxAndAaaa();
    void malformed_data();
    void malformed();
};

void TestAresReply::txtKeepsStringBoundaries()
{
    const QByteArray rdata = QByteArray("\x07v=spf1 \x04-all", 13);
    const QByteArray buf = reply("example.jp", 16, {rr(POINTER_TO_QNAME, 16, 300, rdata)});
    const auto parsed = dns::parseReply(
        reinterpret_cast<const unsigned char*>(buf.constData()), int(buf.size()), DnsRecordType::TXT);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), 1);
    QCOMPARE(parsed.records[0].strings, (QList<QByteArray>{"v=spf1 ", "-all"}));
    QCOMPARE(parsed.records[0].ttl, 300u);
    QCOMPARE(parsed.records[0].name, u"example.jp"_s);
}

void TestAresReply::cnameChainAndCompression()
{
    const QByteArray cname = rr(POINTER_TO_QNAME, 5, 60, encodeName("www.example.jp"));
    const QByteArray a = rr(encodeName("www.example.jp"), 1, 120, QByteArray::fromHex("c0000201"));
    const QByteArray buf = reply("alias.example.jp", 1, {cname, a});
    const auto parsed = dns::parseReply(
        reinterpret_cast<const unsigned char*>(buf.constData()), int(buf.size()), DnsRecordType::A);
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.cnames.size(), 1);
    QCOMPARE(parsed.cnames[0].target, u"www.example.jp"_s);
    QCOMPARE(parsed.records.size(), 1);
    QCOMPARE(parsed.records[0].address, QHostAddress(u"192.0.2.1"_s));
    QCOMPARE(parsed.records[0].ttl, 120u);
}

void TestAresReply::negativeTtlFromSoa()
{
    const QByteArray soaRdata = encodeName("ns1.example.jp") + encodeName("hostmaster.example.jp") + u32(1)
                                + u32(3600) + u32(900) + u32(604800) + u32(300);
    // RFC 2308 §5: the negative TTL is the smaller of the SOA's own TTL and its MINIMUM field.
    const QByteArray buf = reply("nope.example.jp", 16, {}, {rr(encodeName("example.jp"), 6, 120, soaRdata)});
    const auto parsed = dns::parseReply(
        reinterpret_cast<const unsigned char*>(buf.constData()), int(buf.size()), DnsRecordType::TXT);
    QVERIFY(parsed.ok);
    QVERIFY(parsed.records.isEmpty());
    QCOMPARE(parsed.negativeTtl, 120u);
}

void TestAresReply::mxAndAaaa()
{
    const QByteArray mx = rr(POINTER_TO_QNAME, 15, 300, u16(10) + encodeName("mx.example.jp"));
    QByteArray buf = reply("example.jp", 15, {mx});
    auto parsed = dns::parseReply(
        reinterpret_cast<const unsigned char*>(buf.constData()), int(buf.size()), DnsRecordType::MX);
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.records[0].preference, quint16(10));
    QCOMPARE(parsed.records[0].target, u"mx.example.jp"_s);

    const QByteArray aaaa =
        rr(POINTER_TO_QNAME, 28, 300, QByteArray::fromHex("20010db8000000000000000000000001"));
    buf = reply("example.jp", 28, {aaaa});
    parsed = dns::parseReply(
        reinterpret_cast<const unsigned char*>(buf.constData()), int(buf.size()), DnsRecordType::AAAA);
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.records[0].address, QHostAddress(u"2001:db8::1"_s));
}

void TestAresReply::malformed_data()
{
    QTest::addColumn<QByteArray>("buffer");
    QTest::addColumn<int>("type");
    const QByteArray good =
        reply("example.jp", 16, {rr(POINTER_TO_QNAME, 16, 300, QByteArray("\x04-all", 5))});
    QTest::newRow("shorter than header") << good.left(7) << 16;
    QTest::newRow("cut in question") << good.left(16) << 16;
    QTest::newRow("cut in record header") << good.left(good.size() - 9) << 16;
    QTest::newRow("cut in rdata") << good.left(good.size() - 2) << 16;
    QTest::newRow("txt string longer than rdata")
        << reply("example.jp", 16, {rr(POINTER_TO_QNAME, 16, 300, QByteArray("\x09-all", 5))}) << 16;
    QTest::newRow("A with 3 bytes") << reply(
        "example.jp", 1, {rr(POINTER_TO_QNAME, 1, 300, QByteArray("\x01\x02\x03", 3))})
                                    << 1;
    // A CNAME whose target is a compression pointer to itself.
    QByteArray loop = reply("example.jp", 5, {rr(POINTER_TO_QNAME, 5, 300, QByteArray(2, '\0'))});
    const int self = int(loop.size()) - 2;
    loop[self] = char(0xc0 | (self >> 8));
    loop[self + 1] = char(self & 0xff);
    QTest::newRow("compression loop") << loop << 5;
    QByteArray pointerPastEnd =
        reply("example.jp", 12, {rr(POINTER_TO_QNAME, 12, 300, QByteArray::fromHex("c0ff"))});
    QTest::newRow("pointer past end") << pointerPastEnd << 12;
}

void TestAresReply::malformed()
{
    QFETCH(QByteArray, buffer);
    QFETCH(int, type);
    const auto parsed = dns::parseReply(reinterpret_cast<const unsigned char*>(buffer.constData()),
                                        int(buffer.size()),
                                        static_cast<DnsRecordType>(type));
    QVERIFY(!parsed.ok);
    QVERIFY(!parsed.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestAresReply)
#include "TestAresReply.moc"
