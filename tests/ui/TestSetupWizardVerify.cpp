// SPDX-License-Identifier: GPL-3.0-or-later
// SetupWizard's verify page (offscreen) against a real named: the wizard's own records written into zones a
// named started by this test serves, the core PublicationCheck's states and mistakes shown in the rows, and
// records added to the zones while the page polls turning the rows published.
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <csignal>

#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/dns/DnsQuery.h"
#include "core/setup/PublicationCheck.h"
#include "tests/support/TestEnvironment.h"
#include "ui/setup/SetupWizard.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

template <typename T>
T* child(QWidget* wizard, const char* name)
{
    T* w = wizard->findChild<T*>(QString::fromLatin1(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

/** One zone-file line for a record of the set, at `owner` (absolute, or the record's own name). */
QString zoneLine(const ProposedRecord& r, const QString& owner = {})
{
    QString value = r.value;
    if (r.type == u"TXT") {
        QStringList quoted;
        for (QString s : r.strings.isEmpty() ? QStringList{r.value} : r.strings) {
            s.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
            quoted.append(u'"' + s + u'"');
        }
        value = quoted.join(u' ');
    }
    return QStringLiteral("%1 60 IN %2 %3\n").arg(owner.isEmpty() ? r.name : owner, r.type, value);
}

QString zoneHead(const QString& zone, int serial)
{
    return QStringLiteral("$TTL 60\n"
                          "@ IN SOA ns1.example.jp. hostmaster.example.jp. ( %1 3600 900 604800 60 )\n"
                          "  IN NS ns1.example.jp.\n")
               .arg(serial)
           + (zone == u"example.jp" ? QStringLiteral("ns1 IN A 127.0.0.1\n") : QString());
}

/** Writes a zone file with a modification time after every earlier write, so SIGHUP reloads it. */
bool writeZone(const QString& path, const QString& text)
{
    static int step = 0;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) <= 0) {
        return false;
    }
    return f.setFileTime(QDateTime::currentDateTime().addSecs(5 * ++step), QFileDevice::FileModificationTime);
}

/** Makes the named of `stateDir` reload its zones (SIGHUP, as TestPublicationCheck does). */
bool reload(const QString& stateDir)
{
    QFile pidFile(stateDir + QStringLiteral("/named.pid"));
    if (!pidFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    return pid > 0 && ::kill(pid_t(pid), SIGHUP) == 0;
}

/** True once `resolver` gets an answer (not NXDOMAIN/NODATA) for name/type: the reload has happened. */
bool answers(DnsResolver& resolver, const QString& name, DnsRecordType type)
{
    for (int i = 0; i < 50; ++i) {
        DnsQuery* q = resolver.lookup(name, type);
        QSignalSpy done(q, &DnsQuery::finished);
        const bool ok = done.wait(2000) && q->answer().isAnswer();
        q->deleteLater();
        if (ok) {
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

PublicationState stateOf(SetupWizard& wizard, int row)
{
    return PublicationState(child<QTableWidget>(&wizard, "verifyTableWidget")
                                ->item(row, SetupWizard::VerifyStateColumn)
                                ->data(SetupWizard::STATE_ROLE)
                                .toInt());
}

} // namespace

class TestSetupWizardVerify : public QObject
{
    Q_OBJECT

private slots:
    void missingThenAddedWhilePolling();

private:
    AresLibrary m_ares;
};

void TestSetupWizardVerify::missingThenAddedWhilePolling()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString zones = dir.filePath(u"zones"_s);
    QVERIFY(QDir().mkpath(zones));
    const QString forward = zones + u"/example.jp.zone"_s;
    const QString reverse = zones + u"/113.0.203.in-addr.arpa.zone"_s;
    QVERIFY(writeZone(forward, zoneHead(u"example.jp"_s, 1)));
    QVERIFY(writeZone(reverse, zoneHead(u"113.0.203.in-addr.arpa"_s, 1)));
    const QString state = dir.filePath(u"state"_s);
    QString error;
    const auto port = test::startExtraNamed(state, zones, &error);
    QVERIFY2(port, qPrintable(error));
    const auto stop = qScopeGuard([&] { test::stopExtraNamed(state); });

    // The wizard asks this named as its resolver and as the zones' authoritative server (ns1 = 127.0.0.1).
    DnsResolverSettings settings =
        test::fixtureSettings(DnsServer{QHostAddress(u"127.0.0.1"_s), *port}, 1000);
    AresResolver resolver(settings);
    SetupWizard wizard(&resolver);
    wizard.resize(1000, 700);
    wizard.show();
    wizard.publicationCheck()->setServerPort(*port);
    wizard.setPollInterval(300);
    child<QLineEdit>(&wizard, "domainEdit")->setText(u"example.jp"_s);
    child<QCheckBox>(&wizard, "ownServerCheckBox")->setChecked(true);
    child<QPlainTextEdit>(&wizard, "ipEdit")->setPlainText(u"203.0.113.25"_s);
    child<QLineEdit>(&wizard, "mailHostEdit")->setText(u"mail.example.jp"_s);
    child<QRadioButton>(&wizard, "dkimNoneRadioButton")->setChecked(true);
    wizard.goToPage(SetupWizard::ReviewPage);
    const RecordSet set = wizard.recordSet();
    QCOMPARE(set.records.size(), 5); // MX, SPF, the mail host's A, PTR, DMARC
    int spf = -1, mx = -1, host = -1, dmarc = -1, ptr = -1;
    for (int i = 0; i < set.records.size(); ++i) {
        const QString& purpose = set.records.at(i).purpose;
        (purpose == u"spf"         ? spf
         : purpose == u"mx"        ? mx
         : purpose == u"mail-host" ? host
         : purpose == u"dmarc"     ? dmarc
                                   : ptr) = i;
    }
    QVERIFY(spf >= 0 && mx >= 0 && host >= 0 && dmarc >= 0 && ptr >= 0);
    QCOMPARE(set.records.at(ptr).type, u"PTR"_s);

    // Published: SPF and MX. The DMARC record typed with the domain into a panel that appends it; no PTR.
    QString zone = zoneHead(u"example.jp"_s, 2) + zoneLine(set.records.at(spf)) + zoneLine(set.records.at(mx))
                   + zoneLine(set.records.at(host))
                   + zoneLine(set.records.at(dmarc), u"_dmarc.example.jp.example.jp."_s);
    QVERIFY(writeZone(forward, zone));
    QVERIFY(reload(state));
    QVERIFY(answers(resolver, u"_dmarc.example.jp.example.jp"_s, DnsRecordType::TXT));

    QSignalSpy rounds(&wizard, &SetupWizard::verificationFinished);
    wizard.goToPage(SetupWizard::VerifyPage);
    QVERIFY(wizard.isChecking());
    QCOMPARE(child<QProgressBar>(&wizard, "verifyProgressBar")->maximum(), 0); // busy while asking
    QVERIFY(rounds.wait(10000));
    QCOMPARE(stateOf(wizard, spf), PublicationState::Published);
    QCOMPARE(stateOf(wizard, mx), PublicationState::Published);
    QCOMPARE(stateOf(wizard, host), PublicationState::Published);
    QCOMPARE(stateOf(wizard, dmarc), PublicationState::Missing);
    QCOMPARE(stateOf(wizard, ptr), PublicationState::Missing);
    QVERIFY(wizard.isChecking()); // still polling
    auto* bar = child<QProgressBar>(&wizard, "verifyProgressBar");
    QCOMPARE(bar->maximum(), 5);
    QCOMPARE(bar->value(), 3);

    // The mistake is named in the row, and explained in full under the table.
    auto* table = child<QTableWidget>(&wizard, "verifyTableWidget");
    const QTableWidgetItem* dmarcCell = table->item(dmarc, SetupWizard::VerifyStateColumn);
    QCOMPARE(dmarcCell->data(SetupWizard::FINDINGS_ROLE).toStringList(),
             (QStringList{u"setup.missing"_s, u"setup.domain-doubled"_s}));
    const FindingText doubled = FindingCatalog::text(
        Finding::make(u"setup.domain-doubled"_s,
                      Severity::Error,
                      {u"_dmarc.example.jp.example.jp"_s, u"_dmarc.example.jp"_s, u"example.jp"_s}));
    QVERIFY2(dmarcCell->text().contains(doubled.title), qPrintable(dmarcCell->text()));
    table->selectRow(dmarc);
    auto* details = child<QTextBrowser>(&wizard, "verifyDetailsBrowser");
    QVERIFY(details->isVisible());
    QVERIFY2(details->toPlainText().contains(doubled.title), qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(u"_dmarc.example.jp.example.jp"_s));
    const QColor missingColor = dmarcCell->background().color();
    QVERIFY(missingColor != table->item(spf, SetupWizard::VerifyStateColumn)->background().color());

    // The user fixes the DMARC host and the IP's owner adds the PTR while the page polls.
    zone = zoneHead(u"example.jp"_s, 3) + zoneLine(set.records.at(spf)) + zoneLine(set.records.at(mx))
           + zoneLine(set.records.at(host)) + zoneLine(set.records.at(dmarc));
    QVERIFY(writeZone(forward, zone));
    QVERIFY(writeZone(reverse, zoneHead(u"113.0.203.in-addr.arpa"_s, 2) + zoneLine(set.records.at(ptr))));
    const int before = rounds.count();
    QVERIFY(reload(state));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isChecking(), 20000); // polling ends once everything is published
    QVERIFY(rounds.count() > before);
    for (const int row : {spf, mx, host, dmarc, ptr}) {
        QCOMPARE(stateOf(wizard, row), PublicationState::Published);
        QCOMPARE(table->item(row, SetupWizard::VerifyStateColumn)->background().color(),
                 table->item(spf, SetupWizard::VerifyStateColumn)->background().color());
    }
    QCOMPARE(bar->value(), 5);
    QVERIFY(child<QPushButton>(&wizard, "checkNowButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&wizard, "stopCheckingButton")->isEnabled());
}

QTEST_MAIN(TestSetupWizardVerify)
#include "TestSetupWizardVerify.moc"
