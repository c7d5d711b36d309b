// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli dmarc: JSON shape (DESIGN.md), scenarios against the fixture, --record lint, exit statuses.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using namespace Qt::StringLiterals;

using todoku::test::CliRun;
using todoku::test::findingIds;
using todoku::test::runCli;

class TestCliDmarc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json_data();
    void json();
    void jsonShape();
    void invalidRecordCarriesTheDetailCode();
    void textOutput();
    void alignment_data();
    void alignment();
    void recordLint();
    void usageErrors_data();
    void usageErrors();
    void unusableInput_data();
    void unusableInput();

private:
    QString m_server;
    todoku::AresLibrary m_ares;
};

void TestCliDmarc::initTestCase()
{
    TODOKU_REQUIRE_FIXTURE(server);
    m_server = server.toString();
}

void TestCliDmarc::json_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("policy"); // empty: null
    QTest::addColumn<QString>("foundAt");
    QTest::addColumn<QString>("finding");
    QTest::newRow("at author") << u"author.dmarc.test"_s << u"found"_s << u"reject"_s
                               << u"_dmarc.author.dmarc.test"_s << QString();
    QTest::newRow("org sp=none") << u"sub.dmarc.test"_s << u"found"_s << u"none"_s << u"_dmarc.dmarc.test"_s
                                 << u"dmarc.found-at-org"_s;
    QTest::newRow("none") << u"www.dmarcnone"_s << u"none"_s << QString() << QString() << u"dmarc.none"_s;
    QTest::newRow("two") << u"two.dmarc.test"_s << u"multiple"_s << QString() << u"_dmarc.two.dmarc.test"_s
                         << u"dmarc.multiple"_s;
    QTest::newRow("broken") << u"broken.dmarc.test"_s << u"invalid"_s << QString()
                            << u"_dmarc.broken.dmarc.test"_s << u"dmarc.invalid"_s;
    QTest::newRow("rua unauthorised") << u"external.dmarc.test"_s << u"found"_s << u"none"_s
                                      << u"_dmarc.external.dmarc.test"_s << u"dmarc.rua-unauthorized"_s;
}

void TestCliDmarc::json()
{
    QFETCH(QString, domain);
    QFETCH(QString, status);
    QFETCH(QString, policy);
    QFETCH(QString, foundAt);
    QFETCH(QString, finding);
    const CliRun run = runCli({u"--json"_s, u"--server"_s, m_server, u"dmarc"_s, domain});
    QCOMPARE(run.status, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(u"domain"_s).toString(), domain);
    QCOMPARE(o.value(u"status"_s).toString(), status);
    QCOMPARE(o.value(u"policy"_s).isNull(), policy.isEmpty());
    QCOMPARE(o.value(u"policy"_s).toString(), policy);
    QCOMPARE(o.value(u"foundAt"_s).toString(), foundAt);
    if (!finding.isEmpty()) {
        QVERIFY2(findingIds(o).contains(finding), qPrintable(findingIds(o).join(u' ')));
    }
}

void TestCliDmarc::invalidRecordCarriesTheDetailCode()
{
    // _dmarc.broken.dmarc.test is "v=DMARC1; p=reject; rua": a tag without "=" at character 21.
    const CliRun run = runCli(
        {u"--json"_s, u"--lang"_s, u"en"_s, u"--server"_s, m_server, u"dmarc"_s, u"broken.dmarc.test"_s});
    QCOMPARE(run.status, 0);
    QJsonObject invalid;
    for (const QJsonValue& f : run.json().value(u"findings"_s).toArray()) {
        if (f.toObject().value(u"id"_s).toString() == u"dmarc.invalid") {
            invalid = f.toObject();
        }
    }
    QVERIFY(!invalid.isEmpty());
    QCOMPARE(invalid.value(u"args"_s).toArray(),
             (QJsonArray{u"_dmarc.broken.dmarc.test"_s, u"dmarc.syntax.tag-value"_s, u"21"_s}));
    QCOMPARE(invalid.value(u"detail"_s).toString(),
             u"The record at _dmarc.broken.dmarc.test has a syntax error at character 21: each tag must be "
             u"written as name=value. Receivers ignore it."_s);
}

void TestCliDmarc::jsonShape()
{
    const CliRun run = runCli({u"--json"_s, u"--server"_s, m_server, u"dmarc"_s, u"a.b.dmarc.test"_s});
    QCOMPARE(run.status, 0);
    const QJsonObject o = run.json();
    for (const QString& key : {u"domain"_s,
                               u"record"_s,
                               u"policy"_s,
                               u"foundAt"_s,
                               u"organizationalDomain"_s,
                               u"treeWalk"_s,
                               u"findings"_s}) {
        QVERIFY2(o.contains(key), qPrintable(key));
    }
    QCOMPARE(o.value(u"record"_s).toString(),
             u"v=DMARC1; p=quarantine; sp=none; rua=mailto:dmarc-reports@dmarc.test"_s);
    QCOMPARE(o.value(u"organizationalDomain"_s).toString(), u"dmarc.test"_s);
    const QJsonObject walk = o.value(u"treeWalk"_s).toObject();
    QCOMPARE(walk.value(u"foundAt"_s).toString(), u"_dmarc.b.dmarc.test"_s);
    QCOMPARE(walk.value(u"policy"_s).toString(), u"reject"_s);
    QCOMPARE(walk.value(u"organizationalDomain"_s).toString(), u"b.dmarc.test"_s);
    QCOMPARE(walk.value(u"differs"_s).toBool(), true);
    const QJsonObject first = o.value(u"findings"_s).toArray().first().toObject();
    for (const QString& key : {u"id"_s, u"severity"_s, u"args"_s, u"title"_s, u"detail"_s, u"fix"_s}) {
        QVERIFY2(first.contains(key), qPrintable(key));
    }
}

void TestCliDmarc::textOutput()
{
    const CliRun run =
        runCli({u"--lang"_s, u"en"_s, u"--server"_s, m_server, u"dmarc"_s, u"sub.dmarc.test"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains(u"_dmarc.dmarc.test"_s));
    QVERIFY(run.out.contains(u"Policy: none"_s));
}

void TestCliDmarc::alignment_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("treeWalkResult");
    QTest::newRow("adkim=s, parent signs")
        << u"author.dmarc.test"_s << QStringList{u"--dkim-pass"_s, u"dmarc.test"_s} << u"fail"_s << u"fail"_s;
    QTest::newRow("spf relaxed rescues")
        << u"author.dmarc.test"_s
        << QStringList{u"--dkim-pass"_s, u"dmarc.test"_s, u"--spf-pass"_s, u"bounce.dmarc.test"_s}
        << u"pass"_s << u"pass"_s;
    // psd=n at b.dmarc.test makes it an organisational domain of its own under RFC 9989 only.
    QTest::newRow("psd=n splits the org")
        << u"a.b.dmarc.test"_s << QStringList{u"--dkim-pass"_s, u"dmarc.test"_s} << u"pass"_s << u"fail"_s;
    QTest::newRow("other org") << u"sub.dmarc.test"_s << QStringList{u"--spf-pass"_s, u"reports.test"_s}
                               << u"fail"_s << u"fail"_s;
}

void TestCliDmarc::alignment()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, options);
    QFETCH(QString, result);
    QFETCH(QString, treeWalkResult);
    const CliRun run =
        runCli(QStringList{u"--json"_s, u"--server"_s, m_server, u"dmarc"_s} + options + QStringList{domain});
    QCOMPARE(run.status, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(u"evaluation"_s).toObject().value(u"result"_s).toString(), result);
    QCOMPARE(
        o.value(u"treeWalk"_s).toObject().value(u"evaluation"_s).toObject().value(u"result"_s).toString(),
        treeWalkResult);
}

void TestCliDmarc::recordLint()
{
    const CliRun run = runCli({u"--json"_s, u"dmarc"_s, u"--record"_s, u"v=DMARC1; p=none; pct=50"_s});
    QCOMPARE(run.status, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(u"policy"_s).toString(), u"none"_s);
    QCOMPARE(findingIds(o),
             (QStringList{
                 u"dmarc.policy-none"_s, u"dmarc.no-rua"_s, u"dmarc.removed-tag"_s, u"dmarc.pct-partial"_s}));
}

void TestCliDmarc::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no domain") << QStringList{u"dmarc"_s};
    QTest::newRow("two domains") << QStringList{u"dmarc"_s, u"a.test"_s, u"b.test"_s};
    QTest::newRow("record and domain") << QStringList{u"dmarc"_s, u"--record"_s, u"v=DMARC1"_s, u"a.test"_s};
}

void TestCliDmarc::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun run = runCli(args);
    QCOMPARE(run.status, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestCliDmarc::unusableInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad name") << QStringList{u"dmarc"_s, u"bad..name"_s};
    QTest::newRow("offline") << QStringList{u"--offline"_s, u"dmarc"_s, u"dmarc.test"_s};
    QTest::newRow("bad record") << QStringList{u"dmarc"_s, u"--record"_s, u"p=reject"_s};
}

void TestCliDmarc::unusableInput()
{
    QFETCH(QStringList, args);
    const CliRun run = runCli(args);
    QCOMPARE(run.status, 1);
    QVERIFY(run.err.startsWith(u"todoku-cli: "_s));
}

QTEST_GUILESS_MAIN(TestCliDmarc)
#include "TestCliDmarc.moc"
