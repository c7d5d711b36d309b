// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli generate: JSON shape (DESIGN.md), every format, registrar shapes, validation and usage errors.
#include <QTest>

#include "core/spf/SpfRecord.h"
#include "tests/cli/CliTestRun.h"

using namespace Qt::StringLiterals;
using todoku::test::CliRun;
using todoku::test::findingIds;
using todoku::test::runCli;

namespace {

const QStringList BASE = {u"generate"_s,
                          u"--domain"_s,
                          u"example.jp"_s,
                          u"--ip"_s,
                          u"192.0.2.10"_s,
                          u"--ip"_s,
                          u"2001:db8::10"_s,
                          u"--mail-host"_s,
                          u"mail.example.jp"_s,
                          u"--selector"_s,
                          u"202612"_s,
                          u"--rua"_s,
                          u"dmarc@example.jp"_s};

QJsonObject recordOf(const QJsonObject& o, const QString& purpose, const QString& type)
{
    for (const QJsonValue& v : o.value(u"records"_s).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(u"purpose"_s).toString() == purpose && r.value(u"type"_s).toString() == type) {
            return r;
        }
    }
    return {};
}

} // namespace

class TestCliGenerate : public QObject
{
    Q_OBJECT

private slots:
    void jsonShape();
    void formats_data();
    void formats();
    void registrarShape();
    void japaneseTable();
    void nullMx();
    void spfFromProviders();
    void spfOverTheLimit();
    void spfOptInAAndMx();
    void invalidInput_data();
    void invalidInput();
    void usageErrors_data();
    void usageErrors();
};

void TestCliGenerate::jsonShape()
{
    const CliRun run = runCli(QStringList{u"--json"_s} + BASE);
    QCOMPARE(run.status, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(u"domain"_s).toString(), u"example.jp"_s);
    const QJsonObject mx = recordOf(o, u"mx"_s, u"MX"_s);
    QCOMPARE(mx.value(u"name"_s).toString(), u"example.jp."_s);
    QCOMPARE(mx.value(u"value"_s).toString(), u"10 mail.example.jp."_s);
    QCOMPARE(mx.value(u"ttl"_s).toInt(), 3600);
    QCOMPARE(mx.value(u"setAt"_s).toString(), u"dns"_s);
    const QJsonObject ptr = recordOf(o, u"ptr"_s, u"PTR"_s);
    QCOMPARE(ptr.value(u"setAt"_s).toString(), u"ip-owner"_s);
    const QJsonObject dmarc = recordOf(o, u"dmarc"_s, u"TXT"_s);
    QCOMPARE(dmarc.value(u"name"_s).toString(), u"_dmarc.example.jp."_s);
    QCOMPARE(dmarc.value(u"strings"_s).toArray().size(), 1);
    QCOMPARE(findingIds(o), QStringList{u"setup.dkim.key-pending"_s});
    QCOMPARE(recordOf(o, u"mail-host"_s, u"AAAA"_s).value(u"value"_s).toString(), u"2001:db8::10"_s);
    const QJsonObject spf = recordOf(o, u"spf"_s, u"TXT"_s);
    QCOMPARE(spf.value(u"name"_s).toString(), u"example.jp."_s);
    QCOMPARE(spf.value(u"value"_s).toString(), u"v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all"_s);
    QCOMPARE(spf.value(u"strings"_s).toArray().size(), 1);
    QCOMPARE(spf.value(u"setAt"_s).toString(), u"dns"_s);
    QVERIFY(todoku::SpfRecord::parse(spf.value(u"value"_s).toString()));
}

void TestCliGenerate::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zone")
        << u"zone"_s
        << u"\n_dmarc.example.jp. 3600 IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc@example.jp\"\n"_s;
    QTest::newRow("zone spf")
        << u"zone"_s << u"\nexample.jp. 3600 IN TXT \"v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all\"\n"_s;
    QTest::newRow("csv spf")
        << u"csv"_s << u"\r\nexample.jp.,TXT,3600,v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all,spf,dns\r\n"_s;
    QTest::newRow("table spf") << u"table"_s << u"v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all"_s;
    QTest::newRow("csv") << u"csv"_s << u"\r\nexample.jp.,MX,3600,10 mail.example.jp.,mx,dns\r\n"_s;
    QTest::newRow("table") << u"table"_s << u"   Host: _dmarc\n"_s;
    QTest::newRow("json") << u"json"_s << u"\"purpose\": \"dmarc\""_s;
}

void TestCliGenerate::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const CliRun run = runCli(BASE + QStringList{u"--format"_s, format});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestCliGenerate::registrarShape()
{
    const CliRun run = runCli(BASE + QStringList{u"--registrar"_s, u"valuedomain"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"Line: txt _dmarc v=DMARC1; p=none; rua=mailto:dmarc@example.jp"_s),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"Line: mx @ 10 mail.example.jp."_s));
    QVERIFY(run.out.contains(u"Line: txt @ v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all"_s));
}

void TestCliGenerate::japaneseTable()
{
    const CliRun run = runCli(QStringList{u"--lang"_s, u"ja"_s} + BASE);
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"ホスト名: _dmarc"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"DMARC ポリシー"_s));
    QVERIFY(run.out.contains(u"SPF: 送信を許可するサーバー"_s));
    QVERIFY(run.out.contains(u"IP アドレスの管理者が設定します"_s));
}

void TestCliGenerate::nullMx()
{
    const CliRun run = runCli(QStringList{u"--json"_s} + BASE + QStringList{u"--receive"_s, u"none"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(recordOf(run.json(), u"mx"_s, u"MX"_s).value(u"value"_s).toString(), u"0 ."_s);
}

void TestCliGenerate::spfFromProviders()
{
    const CliRun run =
        runCli(QStringList{u"--json"_s} + BASE
               + QStringList{
                   u"--provider"_s, u"google-workspace"_s, u"--provider"_s, u"sendgrid"_s, u"--softfail"_s});
    QCOMPARE(run.status, 0);
    const QString spf = recordOf(run.json(), u"spf"_s, u"TXT"_s).value(u"value"_s).toString();
    QCOMPARE(spf,
             u"v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 include:_spf.google.com include:sendgrid.net ~all"_s);
    QVERIFY(todoku::SpfRecord::parse(spf));
    const QStringList ids = findingIds(run.json());
    QVERIFY2(ids.contains(u"spf.builder.softfail"_s), qPrintable(ids.join(u' ')));
    QVERIFY(ids.contains(u"spf.builder.lookups-estimated"_s));
}

void TestCliGenerate::spfOverTheLimit()
{
    QStringList args = QStringList{u"--json"_s} + BASE;
    for (const char* id : {"google-workspace", "microsoft-365", "mailgun", "sendgrid", "mailjet", "kagoya"}) {
        args << u"--provider"_s << QString::fromLatin1(id); // 4 + 2 + 3 + 1 + 1 + 1 = 12 lookups
    }
    const CliRun run = runCli(args);
    QCOMPARE(run.status, 0); // the rest of the set is still usable
    QVERIFY(recordOf(run.json(), u"spf"_s, u"TXT"_s).isEmpty());
    QVERIFY(findingIds(run.json()).contains(u"spf.builder.too-many-lookups"_s));
    QVERIFY(!recordOf(run.json(), u"dmarc"_s, u"TXT"_s).isEmpty());
}

void TestCliGenerate::spfOptInAAndMx()
{
    const CliRun both = runCli(QStringList{u"--json"_s} + BASE + QStringList{u"--spf-a"_s, u"--spf-mx"_s});
    QCOMPARE(both.status, 0);
    QCOMPARE(recordOf(both.json(), u"spf"_s, u"TXT"_s).value(u"value"_s).toString(),
             u"v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 a mx -all"_s);
    // Without the flags the record names only the addresses given.
    const CliRun neither = runCli(QStringList{u"--json"_s} + BASE);
    QCOMPARE(recordOf(neither.json(), u"spf"_s, u"TXT"_s).value(u"value"_s).toString(),
             u"v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all"_s);
    // --spf-mx alone says how the domain sends: no --ip needed.
    const CliRun mxOnly = runCli({u"--json"_s,
                                  u"generate"_s,
                                  u"--domain"_s,
                                  u"example.jp"_s,
                                  u"--mail-host"_s,
                                  u"mail.example.jp"_s,
                                  u"--selector"_s,
                                  u"202612"_s,
                                  u"--spf-mx"_s});
    QCOMPARE(mxOnly.status, 0);
    QCOMPARE(recordOf(mxOnly.json(), u"spf"_s, u"TXT"_s).value(u"value"_s).toString(), u"v=spf1 mx -all"_s);
    const CliRun nothing = runCli({u"--json"_s,
                                   u"generate"_s,
                                   u"--domain"_s,
                                   u"example.jp"_s,
                                   u"--mail-host"_s,
                                   u"mail.example.jp"_s,
                                   u"--selector"_s,
                                   u"202612"_s});
    QCOMPARE(nothing.status, 1);
    QVERIFY(findingIds(nothing.json()).contains(u"setup.input.no-sender"_s));
}

void TestCliGenerate::invalidInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("id");
    QTest::newRow("private ip") << QStringList{u"--ip"_s, u"192.168.1.1"_s} << u"setup.input.ip-private"_s;
    QTest::newRow("bad domain") << QStringList{u"--domain"_s, u"exa mple"_s}
                                << u"setup.input.domain-invalid"_s;
    QTest::newRow("bad selector") << QStringList{u"--selector"_s, u"-x"_s}
                                  << u"setup.input.selector-invalid"_s;
}

void TestCliGenerate::invalidInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, id);
    // A later --domain/--selector wins over BASE's; --ip adds a second address.
    const CliRun run = runCli(QStringList{u"--json"_s} + BASE + args);
    QCOMPARE(run.status, 1);
    QVERIFY2(findingIds(run.json()).contains(id), qPrintable(run.out));
    QVERIFY(run.json().value(u"records"_s).toArray().isEmpty());
}

void TestCliGenerate::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("format") << QStringList{u"--format"_s, u"yaml"_s};
    QTest::newRow("registrar") << QStringList{u"--registrar"_s, u"nowhere"_s};
    QTest::newRow("dmarc") << QStringList{u"--dmarc"_s, u"block"_s};
    QTest::newRow("receive") << QStringList{u"--receive"_s, u"maybe"_s};
    QTest::newRow("ttl") << QStringList{u"--ttl"_s, u"-5"_s};
    QTest::newRow("provider") << QStringList{u"--provider"_s, u"pigeon-post"_s};
}

void TestCliGenerate::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun run = runCli(BASE + args);
    QCOMPARE(run.status, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "TestCliGenerate.moc"
