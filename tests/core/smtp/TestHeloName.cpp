// SPDX-License-Identifier: GPL-3.0-or-later
// HELO name rules and generic reverse DNS names, with their finding texts.
#include <QTest>

#include "core/diagnosis/FindingCatalog.h"
#include "core/smtp/HeloName.h"

using namespace todoku;
using namespace todoku::smtp;
using namespace Qt::StringLiterals;

class TestHeloName : public QObject
{
    Q_OBJECT

private slots:
    void helo_data();
    void helo();
    void genericReverse_data();
    void genericReverse();
    void texts();
};

void TestHeloName::helo_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("windows name") << u"DESKTOP-7QK2M1B"_s << u"helo.not-fqdn"_s;
    QTest::newRow("mac name") << u"Taros-MacBook-Air.local"_s << u"helo.not-fqdn"_s;
    QTest::newRow("lan") << u"nas.lan"_s << u"helo.not-fqdn"_s;
    QTest::newRow("empty") << u""_s << u"helo.not-fqdn"_s;
    QTest::newRow("localhost") << u"localhost"_s << u"helo.localhost"_s;
    QTest::newRow("localhost.localdomain") << u"localhost.localdomain"_s << u"helo.localhost"_s;
    QTest::newRow("literal") << u"[192.0.2.25]"_s << u"helo.ip-literal"_s;
    QTest::newRow("ipv6 literal") << u"[IPv6:2001:db8::1]"_s << u"helo.ip-literal"_s;
    QTest::newRow("bare ip") << u"203.0.113.5"_s << u"helo.ip-literal"_s;
    QTest::newRow("fqdn") << u"mail.example.jp"_s << QString();
    QTest::newRow("fqdn with dot") << u"mail.example.jp."_s << QString();
    QTest::newRow("upper case fqdn") << u"MX1.EXAMPLE.COM"_s << QString();
}

void TestHeloName::helo()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QCOMPARE(heloFindingId(checkHeloName(name)), id);
}

void TestHeloName::genericReverse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<bool>("generic");
    QTest::newRow("dashed octets") << u"203-0-113-5.example.net"_s << u"203.0.113.5"_s << true;
    QTest::newRow("reversed octets") << u"5.113.0.203.static.example.net"_s << u"203.0.113.5"_s << true;
    QTest::newRow("cloud default") << u"ec2-198-51-100-7.ap-northeast-1.compute.example.com"_s
                                   << u"198.51.100.7"_s << true;
    QTest::newRow("isp ppp") << u"p1234-ipbf.example.ne.jp"_s << u"203.0.113.5"_s << true;
    QTest::newRow("dynamic word") << u"host.dynamic.example.net"_s << u"192.0.2.1"_s << true;
    QTest::newRow("dsl") << u"adsl-pool7.example.com"_s << QString() << true;
    QTest::newRow("mail server") << u"mail.example.jp"_s << u"192.0.2.25"_s << false;
    QTest::newRow("numbered server") << u"mx2.example.jp"_s << u"192.0.2.25"_s << false;
    QTest::newRow("google") << u"mail-sor-f41.google.com"_s << u"209.85.220.41"_s << false;
    QTest::newRow("provider word only in domain") << u"smtp.dynamic-example.jp"_s << u"192.0.2.1"_s << false;
    QTest::newRow("no name") << u""_s << u"192.0.2.1"_s << false;
}

void TestHeloName::genericReverse()
{
    QFETCH(QString, name);
    QFETCH(QString, ip);
    QFETCH(bool, generic);
    QCOMPARE(isGenericReverseName(name, QHostAddress(ip)), generic);
}

void TestHeloName::texts()
{
    for (const char* id : {"helo.not-fqdn", "helo.localhost", "helo.ip-literal", "ptr.generic"}) {
        const FindingText t = FindingCatalog::text(Finding::make(
            QLatin1String(id), Severity::Warning, {u"DESKTOP-7QK2M1B"_s, u"mail.example.jp"_s}));
        QVERIFY2(t.title.contains(u"DESKTOP-7QK2M1B"_s), id);
        QVERIFY2(t.detail.contains(u"mail.example.jp"_s), id);
        QVERIFY(!t.fix.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHeloName)
#include "TestHeloName.moc"
