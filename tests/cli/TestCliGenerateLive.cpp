// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli generate --merge-live against the fixture: publish.test's SPF and DMARC records (tests/zones)
// are merged into the new ones, never duplicated; and generate --existing-* without DNS.
#include <QJsonArray>
#include <QTest>

#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using namespace Qt::StringLiterals;
using todoku::test::CliRun;
using todoku::test::findingIds;
using todoku::test::runCli;

namespace {

QStringList valuesOf(const QJsonObject& o, const QString& purpose)
{
    QStringList out;
    for (const QJsonValue& v : o.value(u"records"_s).toArray()) {
        if (v.toObject().value(u"purpose"_s).toString() == purpose) {
            out.append(v.toObject().value(u"value"_s).toString());
        }
    }
    return out;
}

const QStringList PLAN = {u"generate"_s,
                          u"--domain"_s,
                          u"publish.test"_s,
                          u"--ip"_s,
                          u"203.0.113.25"_s,
                          u"--mail-host"_s,
                          u"mail.publish.test"_s,
                          u"--no-dkim"_s,
                          u"--dmarc"_s,
                          u"quarantine"_s,
                          u"--rua"_s,
                          u"reports@publish.test"_s,
                          u"--format"_s,
                          u"json"_s};

} // namespace

class TestCliGenerateLive : public QObject
{
    Q_OBJECT

private slots:
    void mergeLive()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        const CliRun run =
            runCli(QStringList{u"--server"_s, server.toString()} + PLAN + QStringList{u"--merge-live"_s});
        QCOMPARE(run.status, 0);
        const QJsonObject o = run.json();
        // publish.test publishes "v=spf1 ip4:192.0.2.1 -all" and a DMARC record reporting to
        // dmarc@publish.test (tests/zones/publish.test.zone).
        QCOMPARE(valuesOf(o, u"spf"_s), QStringList{u"v=spf1 ip4:192.0.2.1 ip4:203.0.113.25 -all"_s});
        const QStringList dmarc = valuesOf(o, u"dmarc"_s);
        QCOMPARE(dmarc.size(), 1);
        QVERIFY2(dmarc.first().contains(u"rua=mailto:reports@publish.test,mailto:dmarc@publish.test"_s),
                 qPrintable(dmarc.first()));
        const QStringList ids = findingIds(o);
        QVERIFY2(ids.contains(u"setup.merge.spf"_s) && ids.contains(u"setup.merge.dmarc"_s),
                 qPrintable(ids.join(u' ')));
    }

    void mergeLiveTwoRecordsBecomeOne()
    {
        // two.publish.test has two SPF records (a permerror today); the new record merges both.
        TODOKU_REQUIRE_FIXTURE(server);
        QStringList plan = PLAN;
        plan[2] = u"two.publish.test"_s;
        plan[6] = u"mail.two.publish.test"_s;
        const CliRun run =
            runCli(QStringList{u"--server"_s, server.toString()} + plan + QStringList{u"--merge-live"_s});
        QCOMPARE(run.status, 0);
        const QJsonObject o = run.json();
        QCOMPARE(valuesOf(o, u"spf"_s),
                 QStringList{u"v=spf1 ip4:192.0.2.1 ip4:203.0.113.25 include:_spf.example.net -all"_s});
        QVERIFY(findingIds(o).contains(u"setup.merge.spf-several"_s));
    }

    void existingWithoutDns()
    {
        const CliRun run = runCli(QStringList{u"--offline"_s} + PLAN
                                  + QStringList{u"--existing-spf"_s, u"v=spf1 mx ~all"_s});
        QCOMPARE(run.status, 0);
        QCOMPARE(valuesOf(run.json(), u"spf"_s), QStringList{u"v=spf1 ip4:203.0.113.25 mx -all"_s});
        // --merge-live needs DNS.
        const CliRun refused = runCli(QStringList{u"--offline"_s} + PLAN + QStringList{u"--merge-live"_s});
        QCOMPARE(refused.status, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliGenerateLive)
#include "TestCliGenerateLive.moc"
