// SPDX-License-Identifier: GPL-3.0-or-later
// PublicSuffixList: RFC 7489 §3.2 organisational domains from the system's list, ICANN vs private rules.
#include <QTest>

#include "core/dmarc/PublicSuffixList.h"

using namespace Qt::StringLiterals;
using namespace todoku;

class TestPublicSuffixList : public QObject
{
    Q_OBJECT

private slots:
    void loads();
    void organizationalDomain_data();
    void organizationalDomain();
    void publicSuffix_data();
    void publicSuffix();
    void privateSection();
    void missingFileFallsBack();
    void compiledAndTextListsAgree();
};

void TestPublicSuffixList::loads()
{
    PublicSuffixList psl;
    QVERIFY(psl.isValid());
    QVERIFY(!psl.source().isEmpty());
}

void TestPublicSuffixList::organizationalDomain_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    // RFC 7489 §3.2 example and Japanese second-level suffixes.
    QTest::newRow("RFC 7489 §3.2") << u"mail.example.com"_s << u"example.com"_s;
    QTest::newRow("org itself") << u"example.com"_s << u"example.com"_s;
    QTest::newRow("co.jp") << u"a.b.example.co.jp"_s << u"example.co.jp"_s;
    QTest::newRow("prefecture jp") << u"www.example.tokyo.jp"_s << u"example.tokyo.jp"_s;
    QTest::newRow("unlisted TLD") << u"sub.dmarc.test"_s << u"dmarc.test"_s;
    QTest::newRow("IDN A-label") << u"mail.xn--e1afmkfd.xn--p1ai"_s << u"xn--e1afmkfd.xn--p1ai"_s;
    QTest::newRow("suffix itself") << u"co.jp"_s << u"co.jp"_s;
    QTest::newRow("upper case") << u"Mail.Example.COM"_s << u"example.com"_s;
}

void TestPublicSuffixList::organizationalDomain()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    PublicSuffixList psl;
    QCOMPARE(psl.organizationalDomain(name), expected);
}

void TestPublicSuffixList::publicSuffix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("expected");
    QTest::newRow("com") << u"com"_s << true;
    QTest::newRow("co.jp") << u"co.jp"_s << true;
    QTest::newRow("example.com") << u"example.com"_s << false;
    QTest::newRow("unlisted TLD") << u"test"_s << true;
    QTest::newRow("empty") << QString() << false;
}

void TestPublicSuffixList::publicSuffix()
{
    QFETCH(QString, name);
    QFETCH(bool, expected);
    PublicSuffixList psl;
    QCOMPARE(psl.isPublicSuffix(name), expected);
}

void TestPublicSuffixList::privateSection()
{
    // github.io is in the private section: its users are separate organisations unless ICANN-only is asked.
    PublicSuffixList all(PublicSuffixList::Sections::All);
    PublicSuffixList icann(PublicSuffixList::Sections::IcannOnly);
    QVERIFY(all.isPublicSuffix(u"github.io"_s));
    QVERIFY(!icann.isPublicSuffix(u"github.io"_s));
    QCOMPARE(all.organizationalDomain(u"www.alice.github.io"_s), u"alice.github.io"_s);
    QCOMPARE(icann.organizationalDomain(u"www.alice.github.io"_s), u"github.io"_s);
}

void TestPublicSuffixList::missingFileFallsBack()
{
    PublicSuffixList psl(u"/nonexistent/psl.dat"_s, PublicSuffixList::Sections::All);
    QVERIFY(psl.isValid());
    QCOMPARE(psl.source(), u"builtin"_s);
    QCOMPARE(psl.organizationalDomain(u"mail.example.co.jp"_s), u"example.co.jp"_s);
}

void TestPublicSuffixList::compiledAndTextListsAgree()
{
    // The compiled list is the default; it must answer exactly as the text it was compiled from.
    if (!PublicSuffixList::defaultPath().endsWith(u".dafsa")) {
        QSKIP("no compiled list installed");
    }
    const QStringList names = {u"mail.example.com"_s,
                               u"a.b.example.co.jp"_s,
                               u"www.example.tokyo.jp"_s,
                               u"www.alice.github.io"_s,
                               u"github.io"_s,
                               u"sub.dmarc.test"_s,
                               u"x.y.kawasaki.jp"_s,
                               u"city.kawasaki.jp"_s,
                               u"s3.amazonaws.com"_s,
                               u"foo.blogspot.co.uk"_s,
                               u"xn--eckwd4c7c.xn--zckzah"_s,
                               u"jp"_s};
    for (const auto sections : {PublicSuffixList::Sections::All, PublicSuffixList::Sections::IcannOnly}) {
        const PublicSuffixList compiled(PublicSuffixList::defaultPath(), sections);
        const PublicSuffixList text(PublicSuffixList::textPath(), sections);
        QCOMPARE(compiled.source(), PublicSuffixList::defaultPath());
        QCOMPARE(text.source(), PublicSuffixList::textPath());
        for (const QString& name : names) {
            QCOMPARE(compiled.organizationalDomain(name), text.organizationalDomain(name));
            QCOMPARE(compiled.isPublicSuffix(name), text.isPublicSuffix(name));
        }
    }
    // And it still knows the private section.
    QCOMPARE(PublicSuffixList().organizationalDomain(u"www.alice.github.io"_s), u"alice.github.io"_s);
}

QTEST_GUILESS_MAIN(TestPublicSuffixList)
#include "TestPublicSuffixList.moc"
