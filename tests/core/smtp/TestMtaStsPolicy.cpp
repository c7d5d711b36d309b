// SPDX-License-Identifier: GPL-3.0-or-later
// The MTA-STS text formats (RFC 8461 §3.1 record, §3.2 policy) and MX pattern matching (§4.1).
#include <QTest>

#include "core/smtp/MtaStsPolicy.h"

using namespace todoku;

namespace {

QStringList sl(std::initializer_list<const char*> items)
{
    QStringList l;
    for (const char* i : items) {
        l.append(QString::fromLatin1(i));
    }
    return l;
}

} // namespace

class TestMtaStsPolicy : public QObject
{
    Q_OBJECT

private slots:
    void record_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("sts");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("fault");
        // RFC 8461 §3.1's own example.
        QTest::newRow("rfc8461") << QByteArray("v=STSv1; id=20160831085700Z;") << true << "20160831085700Z"
                                 << "";
        QTest::newRow("no trailing ;") << QByteArray("v=STSv1; id=abc") << true << "abc"
                                       << "";
        QTest::newRow("spaces") << QByteArray("v=STSv1 ;  id=abc ; ") << true << "abc"
                                << "";
        QTest::newRow("extension") << QByteArray("v=STSv1; id=abc; ext_1=x/y") << true << "abc"
                                   << "";
        QTest::newRow("no id") << QByteArray("v=STSv1;") << true << ""
                               << "id=";
        QTest::newRow("version only") << QByteArray("v=STSv1") << true << ""
                                      << "id=";
        QTest::newRow("id with dash") << QByteArray("v=STSv1; id=2026-12-03") << true << ""
                                      << "id=2026-12-03";
        QTest::newRow("id 33 chars") << QByteArray("v=STSv1; id=") + QByteArray(33, 'a') << true << ""
                                     << QStringLiteral("id=") + QString(33, u'a');
        QTest::newRow("id 32 chars") << QByteArray("v=STSv1; id=") + QByteArray(32, 'a') << true
                                     << QString(32, u'a') << "";
        QTest::newRow("empty field") << QByteArray("v=STSv1;; id=abc") << true << ""
                                     << ";";
        QTest::newRow("bad extension") << QByteArray("v=STSv1; id=abc; x") << true << "abc"
                                       << "x";
        QTest::newRow("lower case version") << QByteArray("v=stsv1; id=abc") << false << ""
                                            << "v=stsv1; id=abc";
        QTest::newRow("other record") << QByteArray("v=spf1 -all") << false << ""
                                      << "v=spf1 -all";
        QTest::newRow("version glued") << QByteArray("v=STSv1x; id=a") << false << ""
                                       << "x";
    }

    void record()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, sts);
        QFETCH(QString, id);
        QFETCH(QString, fault);
        QCOMPARE(mtasts::isStsRecord(text), sts);
        const MtaStsRecord r = mtasts::parseRecord(text);
        QCOMPARE(r.fault, fault);
        QCOMPARE(r.id, id);
    }

    void policy_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("faultLine");
        QTest::addColumn<QStringList>("mx");
        QTest::addColumn<qint64>("maxAge");
        // RFC 8461 §3.2's example, with CRLF.
        QTest::newRow("rfc8461 crlf")
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\n"
                          "mx: *.example.net\r\nmx: backupmx.example.com\r\n"
                          "max_age: 604800\r\n")
            << "" << 0 << sl({"mail.example.com", "*.example.net", "backupmx.example.com"}) << qint64(604800);
        QTest::newRow("lf, no final newline, upper mx")
            << QByteArray("version: STSv1\nmode: testing\nmx: MX1.Example.JP\nmax_age:86400") << "" << 0
            << sl({"mx1.example.jp"}) << qint64(86400);
        QTest::newRow("unknown key ignored")
            << QByteArray("version: STSv1\nmode: enforce\nfoo: bar baz\nmx: a.jp\nmax_age: 1\n") << "" << 0
            << sl({"a.jp"}) << qint64(1);
        QTest::newRow("first max_age counts")
            << QByteArray("version: STSv1\nmode: enforce\nmx: a.jp\nmax_age: 10\nmax_age: 20\n") << "" << 0
            << sl({"a.jp"}) << qint64(10);
        QTest::newRow("mode none needs no mx") << QByteArray("version: STSv1\nmode: none\nmax_age: 86400\n")
                                               << "" << 0 << QStringList{} << qint64(86400);
        QTest::newRow("bad mode") << QByteArray("version: STSv1\nmode: enforcing\nmx: a.jp\nmax_age: 1\n")
                                  << "mode: enforcing" << 2 << QStringList{} << qint64(-1);
        QTest::newRow("max_age too big")
            << QByteArray("version: STSv1\nmode: enforce\nmx: a.jp\nmax_age: 31557601\n")
            << "max_age: 31557601" << 4 << sl({"a.jp"}) << qint64(-1);
        QTest::newRow("max_age max") << QByteArray(
            "version: STSv1\nmode: enforce\nmx: a.jp\nmax_age: 31557600\n")
                                     << "" << 0 << sl({"a.jp"}) << qint64(31557600);
        QTest::newRow("no version") << QByteArray("mode: enforce\nmx: a.jp\nmax_age: 1\n") << "version" << 0
                                    << sl({"a.jp"}) << qint64(1);
        QTest::newRow("no mx") << QByteArray("version: STSv1\nmode: enforce\nmax_age: 1\n") << "mx" << 0
                               << QStringList{} << qint64(1);
        QTest::newRow("bad wildcard") << QByteArray("version: STSv1\nmode: enforce\nmx: a.*.jp\nmax_age: 1\n")
                                      << "mx: a.*.jp" << 3 << QStringList{} << qint64(-1);
        QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>\n")
                              << "<html><body>Not found</body></html>" << 1 << QStringList{} << qint64(-1);
        QTest::newRow("version STSv2") << QByteArray("version: STSv2\nmode: enforce\nmx: a.jp\nmax_age: 1\n")
                                       << "version: STSv2" << 1 << QStringList{} << qint64(-1);
    }

    void policy()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, fault);
        QFETCH(int, faultLine);
        QFETCH(QStringList, mx);
        QFETCH(qint64, maxAge);
        const MtaStsPolicy p = mtasts::parsePolicy(body);
        QCOMPARE(p.fault, fault);
        QCOMPARE(p.faultLine, faultLine);
        QCOMPARE(p.mx, mx);
        QCOMPARE(p.maxAge.value_or(-1), maxAge);
        QCOMPARE(p.isValid(), fault.isEmpty());
    }

    void mxMatch_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");
        // RFC 8461 §4.1: "*.example.com" matches "mail.example.com" but not "example.com" or
        // "foo.bar.example.com".
        QTest::newRow("wildcard one label") << "*.example.com"
                                            << "mail.example.com" << true;
        QTest::newRow("wildcard not base") << "*.example.com"
                                           << "example.com" << false;
        QTest::newRow("wildcard not two labels") << "*.example.com"
                                                 << "foo.bar.example.com" << false;
        QTest::newRow("exact") << "mx1.example.jp"
                               << "mx1.example.jp" << true;
        QTest::newRow("case and dot") << "MX1.example.jp"
                                      << "mx1.EXAMPLE.jp." << true;
        QTest::newRow("different") << "mx1.example.jp"
                                   << "mx2.example.jp" << false;
        QTest::newRow("suffix is not a match") << "example.jp"
                                               << "mx.example.jp" << false;
    }

    void mxMatch()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, matches);
        QCOMPARE(mtasts::mxMatches(pattern, host), matches);
    }
};

QTEST_GUILESS_MAIN(TestMtaStsPolicy)
#include "TestMtaStsPolicy.moc"
