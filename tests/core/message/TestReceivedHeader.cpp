// SPDX-License-Identifier: GPL-3.0-or-later
// Received: clause splitting, the facts read from the from-clause, dates; plus the public cases.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/message/ReceivedHeader.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;

class TestReceivedHeader : public QObject
{
    Q_OBJECT

private slots:
    void facts_data();
    void facts();
    void dates_data();
    void dates();
    void publicCases();
};

void TestReceivedHeader::facts_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("rdns");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("by");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("auth");
    QTest::newRow("gmail inbound")
        << u"from mail.example.jp (mail.example.jp. [192.0.2.25]) by mx.google.com with ESMTPS id "
           "a1si123456pgb.123.2026.11.18.01.30.00 for <user@gmail.com> (version=TLS1_3 "
           "cipher=TLS_AES_256_GCM_SHA384 "
           "bits=256/256); Wed, 18 Nov 2026 01:30:00 -0800 (PST)"_s
        << u"mail.example.jp"_s << u"mail.example.jp"_s << u"192.0.2.25"_s << u"mx.google.com"_s << true
        << false;
    QTest::newRow("postfix submission from a PC")
        << u"from DESKTOP-7QK2M1B (p1234-ipbf.example.ne.jp [203.0.113.5]) (Authenticated sender: "
           u"info@example.jp) "
           "by mail.example.jp (Postfix) with ESMTPSA id 4Ab1Cd; Wed, 18 Nov 2026 18:29:58 +0900 (JST)"_s
        << u"DESKTOP-7QK2M1B"_s << u"p1234-ipbf.example.ne.jp"_s << u"203.0.113.5"_s << u"mail.example.jp"_s
        << true << true;
    QTest::newRow("qmail with HELO comment")
        << u"from unknown (HELO localhost) (198.51.100.7) by sv1.example.jp with SMTP; 18 Nov 2026 09:29:58 -0000"_s
        << u"localhost"_s << QString() << u"198.51.100.7"_s << u"sv1.example.jp"_s << false << false;
    QTest::newRow("exim helo=")
        << u"from [192.0.2.9] (helo=DESKTOP-1234) by mx.example.jp with esmtpsa (TLS1.3) tls "
           u"TLS_AES_256_GCM_SHA384 "
           "(Exim 4.96) (envelope-from <a@example.jp>) id 1t2u3v-0004Ab-1x for b@example.com; Wed, 18 Nov 2026 09:29:58 +0000"_s
        << u"DESKTOP-1234"_s << QString() << u"192.0.2.9"_s << u"mx.example.jp"_s << true << true;
    QTest::newRow("ipv6 literal")
        << u"from mail.example.jp (mail.example.jp [IPv6:2001:db8::25]) by mx.example.net with ESMTP id X; "
           "Wed, 18 Nov 2026 09:29:58 +0000"_s
        << u"mail.example.jp"_s << u"mail.example.jp"_s << u"2001:db8::25"_s << u"mx.example.net"_s << false
        << false;
    QTest::newRow("unknown rdns")
        << u"from helo.example ([192.0.2.77]) by mx.example.net with SMTP id Y; Wed, 18 Nov 2026 09:29:58 +0000"_s
        << u"helo.example"_s << QString() << u"192.0.2.77"_s << u"mx.example.net"_s << false << false;
}

void TestReceivedHeader::facts()
{
    QFETCH(QString, value);
    QFETCH(QString, helo);
    QFETCH(QString, rdns);
    QFETCH(QString, ip);
    QFETCH(QString, by);
    QFETCH(bool, tls);
    QFETCH(bool, auth);
    const ReceivedHeader h = ReceivedHeader::parse(value);
    QCOMPARE(h.helo, helo);
    QCOMPARE(h.reverseDns, rdns);
    QCOMPARE(h.clientIp, QHostAddress(ip));
    QCOMPARE(h.byHost, by);
    QCOMPARE(h.tls, tls);
    QCOMPARE(h.authenticated, auth);
    QVERIFY(h.date.isValid());
}

void TestReceivedHeader::dates_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("utc");
    QTest::newRow("rfc 5322") << u"by a; Wed, 18 Nov 2026 18:29:58 +0900"_s << u"2026-11-18T09:29:58.000Z"_s;
    QTest::newRow("no day name, -0000")
        << u"by a; 18 Nov 2026 09:29:58 -0000"_s << u"2026-11-18T09:29:58.000Z"_s;
    QTest::newRow("fraction") << u"by a; Sun, 22 Apr 2018 02:54:16.987 +0000 (UTC)"_s
                              << u"2018-04-22T02:54:16.987Z"_s;
    QTest::newRow("zone name") << u"by a; Wed, 18 Nov 2026 01:30:00 PST"_s << u"2026-11-18T09:30:00.000Z"_s;
    QTest::newRow("no semicolon") << u"by a with SMTP id b Wed, 18 Nov 2026 09:29:58 +0000"_s
                                  << u"2026-11-18T09:29:58.000Z"_s;
    QTest::newRow("iso") << u"by a with SMTP id b 2018-04-22 02:54:17.028704749 +0000 UTC"_s
                         << u"2018-04-22T02:54:17.028Z"_s;
    QTest::newRow("two-digit year") << u"by a; 18 Nov 26 09:29:58 +0000"_s << u"2026-11-18T09:29:58.000Z"_s;
}

void TestReceivedHeader::dates()
{
    QFETCH(QString, value);
    QFETCH(QString, utc);
    QCOMPARE(ReceivedHeader::parse(value).date.toString(Qt::ISODateWithMs), utc);
}

void TestReceivedHeader::publicCases()
{
    TODOKU_REQUIRE_SHARED(path, u"conformance/received-parse-cases/received-cases.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
    QVERIFY(cases.size() >= 20);
    int passed = 0;
    QStringList failures;
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        QString header = c.value(u"header"_s).toString();
        header.replace(u'\n', QString());
        if (header.startsWith(u"Received:"_s, Qt::CaseInsensitive)) {
            header = header.mid(9);
        }
        const ReceivedHeader h = ReceivedHeader::parse(header);
        const QJsonObject e = c.value(u"expect"_s).toObject();
        QStringList why;
        const auto check = [&](const char* key, const QString& got) {
            const QString k = QString::fromLatin1(key);
            if (e.contains(k) && got.simplified() != e.value(k).toString().simplified()) {
                why.append(u"%1=%2"_s.arg(k, got));
            }
        };
        // mailauth states a clause's comment separately; MHA keeps it in the clause, as Todoku does.
        const auto withComment = [&](const char* key, const char* commentKey) {
            const QString k = QString::fromLatin1(key);
            const QString ck = QString::fromLatin1(commentKey);
            if (e.contains(ck)) {
                const QString expected = e.value(k).toString() + u" ("_s + e.value(ck).toString() + u')';
                const QString got = k == u"from"_s ? h.from : h.by;
                if (got != expected) {
                    why.append(u"%1=%2"_s.arg(k, got));
                }
                return true;
            }
            return false;
        };
        if (!withComment("from", "from_comment")) {
            check("from", h.from);
        }
        if (!withComment("by", "by_comment")) {
            check("by", h.by);
        }
        check("via", h.via);
        check("with", h.with);
        if (!e.contains(u"envelope-from"_s)) {
            check("id", h.id);
        }
        check("for", h.forAddress);
        if (e.contains(u"date_utc"_s)
            && h.date.toString(Qt::ISODateWithMs) != e.value(u"date_utc"_s).toString()) {
            why.append(u"date=%1"_s.arg(h.date.toString(Qt::ISODateWithMs)));
        }
        if (e.contains(u"date"_s) && h.dateText != e.value(u"date"_s).toString()) {
            why.append(u"dateText=%1"_s.arg(h.dateText));
        }
        if (why.isEmpty()) {
            ++passed;
        } else {
            failures.append(c.value(u"id"_s).toString() + u": "_s + why.join(u", "_s));
        }
    }
    qInfo("Received public cases: %d of %lld pass", passed, qlonglong(cases.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestReceivedHeader)
#include "TestReceivedHeader.moc"
