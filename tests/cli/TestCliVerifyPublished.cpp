// SPDX-License-Identifier: GPL-3.0-or-later
// todoku-cli verify-published against the named fixture (tests/zones/publish.test.zone): the JSON shape,
// each record's state, the text output, a saved setup as input, and usage errors.
#include <QTemporaryFile>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "core/setup/SetupPlan.h"
#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using todoku::test::CliRun;
using todoku::test::findingIds;
using todoku::test::runCli;

namespace {

QJsonObject record(const QString& name, const QString& value, const QString& purpose)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), QStringLiteral("TXT")},
                       {QStringLiteral("ttl"), 3600},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("setAt"), QStringLiteral("dns")}};
}

/** Writes `bytes` to a new temporary file for the CLI to read; false if it could not be written. */
bool writeInput(QTemporaryFile& file, const QByteArray& bytes)
{
    const bool ok = file.open() && file.write(bytes) == bytes.size();
    file.close();
    return ok;
}

} // namespace

class TestCliVerifyPublished : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_server = server.toString();
        m_port = QString::number(server.port);
    }

    void jsonStates()
    {
        // The shape `generate --format json` writes.
        const QJsonObject generated{
            {QStringLiteral("records"),
             QJsonArray{
                 record(QStringLiteral("publish.test."),
                        QStringLiteral("v=spf1 ip4:192.0.2.1 -all"),
                        QStringLiteral("spf")),
                 record(QStringLiteral("_dmarc.publish.test."),
                        QStringLiteral("v=DMARC1; p=reject"),
                        QStringLiteral("dmarc")),
                 record(QStringLiteral("s9._domainkey.publish.test."),
                        QStringLiteral("v=DKIM1; p=AAAA"),
                        QStringLiteral("dkim")),
                 record(QStringLiteral("s2._domainkey.publish.test."),
                        QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEB"),
                        QStringLiteral("dkim"))}},
            {QStringLiteral("findings"), QJsonArray{}}};
        QTemporaryFile file;
        QVERIFY(writeInput(file, QJsonDocument(generated).toJson()));
        const CliRun run = runCli({QStringLiteral("--json"),
                                   QStringLiteral("--server"),
                                   m_server,
                                   QStringLiteral("verify-published"),
                                   file.fileName(),
                                   QStringLiteral("--ns-port"),
                                   m_port});
        QCOMPARE(run.status, 0);
        const QJsonObject o = run.json();
        QCOMPARE(o.value(u"domain").toString(), QStringLiteral("publish.test"));
        QCOMPARE(o.value(u"allPublished").toBool(true), false);
        const QJsonArray records = o.value(u"records").toArray();
        QCOMPARE(records.size(), 4);
        const QStringList states{QStringLiteral("published"),
                                 QStringLiteral("different"),
                                 QStringLiteral("missing"),
                                 QStringLiteral("missing")};
        for (int i = 0; i < records.size(); ++i) {
            const QJsonObject r = records.at(i).toObject();
            QCOMPARE(r.value(u"state").toString(), states.at(i));
            QCOMPARE(r.value(u"type").toString(), QStringLiteral("TXT"));
            const QJsonArray servers = r.value(u"servers").toArray();
            QCOMPARE(servers.size(), 2); // ns1.publish.test and the resolver
            QVERIFY(servers.at(0).toObject().value(u"authoritative").toBool());
        }
        QCOMPARE(records.at(0).toObject().value(u"name").toString(), QStringLiteral("publish.test."));
        QCOMPARE(findingIds(records.at(1).toObject()), QStringList{QStringLiteral("setup.different")});
        QCOMPARE(findingIds(records.at(3).toObject()),
                 (QStringList{QStringLiteral("setup.missing"), QStringLiteral("setup.domain-doubled")}));
        const QJsonArray values =
            records.at(1).toObject().value(u"servers").toArray().at(0).toObject().value(u"values").toArray();
        QCOMPARE(values.at(0).toString(), QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@publish.test"));
    }

    void textOutput()
    {
        const QJsonObject generated{{QStringLiteral("records"),
                                     QJsonArray{record(QStringLiteral("two.publish.test."),
                                                       QStringLiteral("v=spf1 ip4:192.0.2.1 -all"),
                                                       QStringLiteral("spf"))}}};
        QTemporaryFile file;
        QVERIFY(writeInput(file, QJsonDocument(generated).toJson()));
        const CliRun run = runCli({QStringLiteral("--lang"),
                                   QStringLiteral("en"),
                                   QStringLiteral("--server"),
                                   m_server,
                                   QStringLiteral("verify-published"),
                                   file.fileName(),
                                   QStringLiteral("--ns-port"),
                                   m_port});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("[different] two.publish.test. TXT")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("2 SPF records")), qPrintable(run.out));
    }

    void savedSetup()
    {
        todoku::SetupPlan plan;
        plan.domain = QStringLiteral("publish.test");
        plan.ipAddresses = {QStringLiteral("192.0.2.1")};
        plan.mailHost = QStringLiteral("mail.publish.test");
        plan.dkimMode = todoku::SetupPlan::DkimMode::None;
        QTemporaryFile file;
        QVERIFY(writeInput(file, QJsonDocument(plan.toJson()).toJson()));
        const CliRun run = runCli({QStringLiteral("--json"),
                                   QStringLiteral("--server"),
                                   m_server,
                                   QStringLiteral("verify-published"),
                                   file.fileName(),
                                   QStringLiteral("--ns-port"),
                                   m_port});
        QCOMPARE(run.status, 0);
        const QJsonArray records = run.json().value(u"records").toArray();
        QVERIFY(!records.isEmpty());
        QStringList purposes;
        for (const QJsonValue& r : records) {
            purposes.append(r.toObject().value(u"purpose").toString());
            QVERIFY(!r.toObject().value(u"state").toString().isEmpty());
        }
        QVERIFY2(purposes.contains(QStringLiteral("spf")), qPrintable(purposes.join(u' ')));
    }

    void badInput()
    {
        QCOMPARE(runCli({QStringLiteral("verify-published")}).status, 2);
        QCOMPARE(
            runCli({QStringLiteral("verify-published"), QStringLiteral("/nonexistent/setup.json")}).status,
            1);
        QTemporaryFile file;
        QVERIFY(writeInput(file, "{\"nothing\": true}"));
        QCOMPARE(runCli({QStringLiteral("verify-published"), file.fileName()}).status, 1);
    }

private:
    QString m_server;
    QString m_port;
    todoku::AresLibrary m_ares;
};

QTEST_GUILESS_MAIN(TestCliVerifyPublished)
#include "TestCliVerifyPublished.moc"
