// SPDX-License-Identifier: GPL-3.0-or-later
// Received-SPF (RFC 7208 §9.1).
#include <QTest>

#include "core/message/ReceivedSpf.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestReceivedSpf : public QObject
{
    Q_OBJECT

private slots:
    void gmail();
    void rfcExample();
    void garbage();
};

void TestReceivedSpf::gmail()
{
    const ReceivedSpf r = ReceivedSpf::parse(u"softfail (google.com: domain of transitioning info@example.jp "
                                             u"does not designate 192.0.2.25 as permitted "
                                             "sender) client-ip=192.0.2.25;"_s);
    QVERIFY(r.valid);
    QCOMPARE(r.result, u"softfail"_s);
    QVERIFY(r.comment.startsWith(u"google.com: domain of transitioning"_s));
    QCOMPARE(r.value(u"client-ip"_s), u"192.0.2.25"_s);
}

void TestReceivedSpf::rfcExample()
{
    // RFC 7208 §9.1 example.
    const ReceivedSpf r = ReceivedSpf::parse(
        u"pass (mybox.example.org: domain of myname@example.com designates 192.0.2.1 as permitted sender) "
        "receiver=mybox.example.org; client-ip=192.0.2.1; envelope-from=\"myname@example.com\"; helo=foo.example.com;"_s);
    QCOMPARE(r.result, u"pass"_s);
    QCOMPARE(r.value(u"receiver"_s), u"mybox.example.org"_s);
    QCOMPARE(r.value(u"envelope-from"_s), u"myname@example.com"_s);
    QCOMPARE(r.value(u"HELO"_s), u"foo.example.com"_s);
    QCOMPARE(r.pairs.size(), 4);
}

void TestReceivedSpf::garbage()
{
    const ReceivedSpf r = ReceivedSpf::parse(u"!!! (unterminated"_s);
    QVERIFY(!r.valid);
    QVERIFY(r.pairs.isEmpty());
}

QTEST_GUILESS_MAIN(TestReceivedSpf)
#include "TestReceivedSpf.moc"
