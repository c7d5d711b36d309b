// SPDX-License-Identifier: GPL-3.0-or-later
// SetupWizard (offscreen): a walk from domain to verify, compared with `todoku-cli generate` for the same
// inputs; validation messages; the panel switch; the key file's mode; save and reopen; the verify page.
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "core/diagnosis/FindingCatalog.h"
#include "core/setup/RecordRenderer.h"
#include "core/setup/RecordSetGenerator.h"
#include "tests/support/FakeResolver.h"
#include "translations/I18n.h"
#include "ui/setup/SetupWizard.h"

#include <sys/stat.h>

using namespace todoku;
using todoku::test::FakeResolver;
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

QString titleOf(const QString& id, const QStringList& args)
{
    return FindingCatalog::text(Finding::make(id, Severity::Error, args)).title.toHtmlEscaped();
}

void checkProvider(SetupWizard& wizard, const QString& id)
{
    auto* list = child<QListWidget>(&wizard, "providersListWidget");
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    qFatal("no provider %s", qPrintable(id));
}

/** The inputs every walk below types: own server + Google Workspace, quarantine with reports. */
void fillPages(SetupWizard& wizard, const QString& keyPath)
{
    child<QLineEdit>(&wizard, "domainEdit")->setText(u"example.jp"_s);
    QVERIFY(wizard.next());
    child<QCheckBox>(&wizard, "ownServerCheckBox")->setChecked(true);
    checkProvider(wizard, u"google-workspace"_s);
    QVERIFY(wizard.next());
    QCOMPARE(wizard.currentPage(), int(SetupWizard::ServersPage));
    child<QPlainTextEdit>(&wizard, "ipEdit")->setPlainText(u"203.0.113.25\n2001:db8:10::25\n"_s);
    child<QLineEdit>(&wizard, "mailHostEdit")->setText(u"mail.example.jp"_s);
    QVERIFY(wizard.next());
    QCOMPARE(wizard.currentPage(), int(SetupWizard::DkimPage));
    child<QLineEdit>(&wizard, "selectorEdit")->setText(u"s202612"_s);
    child<QLineEdit>(&wizard, "keyPathEdit")->setText(keyPath);
    QSignalSpy generated(&wizard, &SetupWizard::keyGenerated);
    QTest::mouseClick(child<QPushButton>(&wizard, "generateKeyButton"), Qt::LeftButton);
    QVERIFY(wizard.isGeneratingKey() || generated.count() == 1); // on a worker: the click returns at once
    QVERIFY(generated.count() == 1 || generated.wait(20000));
    QVERIFY(wizard.next());
    child<QComboBox>(&wizard, "policyComboBox")->setCurrentIndex(1); // quarantine
    child<QLineEdit>(&wizard, "ruaEdit")->setText(u"dmarc-reports@example.jp"_s);
    QVERIFY(wizard.next());
    QCOMPARE(wizard.currentPage(), int(SetupWizard::ReviewPage));
}

QJsonArray cliRecords(const QStringList& extra = {})
{
    QProcess cli;
    cli.start(QStringLiteral(TODOKU_CLI_BINARY),
              QStringList{u"generate"_s,
                          u"--domain"_s,
                          u"example.jp"_s,
                          u"--ip"_s,
                          u"203.0.113.25"_s,
                          u"--ip"_s,
                          u"2001:db8:10::25"_s,
                          u"--provider"_s,
                          u"google-workspace"_s,
                          u"--mail-host"_s,
                          u"mail.example.jp"_s,
                          u"--selector"_s,
                          u"s202612"_s,
                          u"--dmarc"_s,
                          u"quarantine"_s,
                          u"--rua"_s,
                          u"dmarc-reports@example.jp"_s,
                          u"--format"_s,
                          u"json"_s}
                  + extra);
    if (!cli.waitForFinished(30000) || cli.exitCode() != 0) {
        qWarning() << cli.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value("records"_L1).toArray();
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void walkMatchesCliAndGenerator();
    void registrarSwitchChangesRendering();
    void validationMessages_data();
    void validationMessages();
    void mailHostOutsideWarnsButGoesOn();
    void saveAndReopen();
    void verifyPageTurnsGreen();
    void verifyPagePollsUntilPublishedAndStops();
    void reviewMergesExistingRecords();
    void registrarNamesFollowLanguage();
};

void TestSetupWizard::walkMatchesCliAndGenerator()
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(u"example.jp.s202612.pem"_s);
    FakeResolver resolver;
    SetupWizard wizard(&resolver);
    wizard.resize(1000, 700);
    wizard.show();
    fillPages(wizard, keyPath);

    // The key file: written by the core, mode 0600, PKCS#8 PEM.
    QCOMPARE(wizard.writtenKeyFile(), keyPath);
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(keyPath).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QFile key(keyPath);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QVERIFY(key.readAll().startsWith("-----BEGIN PRIVATE KEY-----"));

    const RecordSet& set = wizard.recordSet();
    QCOMPARE(set.privateKeyFile, keyPath);
    const QList<ProposedRecord> dkim = set.byPurpose(u"dkim"_s);
    QCOMPARE(dkim.size(), 1);
    QCOMPARE(dkim.first().name, u"s202612._domainkey.example.jp."_s);
    QVERIFY(dkim.first().value.startsWith(u"v=DKIM1; k=rsa; p="_s));

    // Same path as the CLI: the generator given the same plan and key record gives the same records.
    const RecordSet direct = RecordSetGenerator::generate(wizard.plan(), &dkim.first());
    QCOMPARE(set.records, direct.records);

    // And the CLI for the same inputs (it makes no key: every other record must be identical).
    const QJsonArray cli = cliRecords();
    QVERIFY(!cli.isEmpty());
    QList<ProposedRecord> withoutKey;
    for (const ProposedRecord& r : set.records) {
        if (r.purpose != u"dkim") {
            withoutKey.append(r);
        }
    }
    QCOMPARE(withoutKey.size(), cli.size());
    QStringList purposes;
    for (int i = 0; i < cli.size(); ++i) {
        const QJsonObject o = cli.at(i).toObject();
        QCOMPARE(withoutKey.at(i).name, o.value("name"_L1).toString());
        QCOMPARE(withoutKey.at(i).type, o.value("type"_L1).toString());
        QCOMPARE(withoutKey.at(i).value, o.value("value"_L1).toString());
        QCOMPARE(int(withoutKey.at(i).ttl), o.value("ttl"_L1).toInt());
        purposes.append(o.value("purpose"_L1).toString());
    }
    QVERIFY(purposes.contains(u"spf"_s));
    QVERIFY(purposes.contains(u"dmarc"_s));
    QVERIFY(purposes.contains(u"mx"_s));
    QCOMPARE(purposes.count(u"ptr"_s), 2);

    // The review table shows every record, each value as the chosen panel's renderer gives it.
    auto* table = child<QTableWidget>(&wizard, "recordsTableWidget");
    QCOMPARE(table->rowCount(), set.records.size());
    const RegistrarPreset generic = *RegistrarCatalog::builtIn().preset(u"generic"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        const int index =
            table->item(row, SetupWizard::HostColumn)->data(SetupWizard::RECORD_INDEX_ROLE).toInt();
        const RenderedRecord shown = setup::renderForPanel(set.records.at(index), generic, u"example.jp"_s);
        QCOMPARE(table->item(row, SetupWizard::ValueColumn)->text(), shown.value);
    }
    const QString spf = set.byPurpose(u"spf"_s).value(0).value;
    QVERIFY(spf.contains(u"ip4:203.0.113.25"_s));
    QVERIFY(spf.contains(u"include:_spf.google.com"_s));
    QVERIFY(set.byPurpose(u"dmarc"_s).value(0).value.contains(u"p=quarantine"_s));

    // The verify page lists every record.
    QVERIFY(wizard.next());
    QCOMPARE(wizard.currentPage(), int(SetupWizard::VerifyPage));
    QCOMPARE(child<QTableWidget>(&wizard, "verifyTableWidget")->rowCount(), set.records.size());
}

void TestSetupWizard::registrarSwitchChangesRendering()
{
    QTemporaryDir dir;
    FakeResolver resolver;
    SetupWizard wizard(&resolver);
    fillPages(wizard, dir.filePath(u"k.pem"_s));
    auto* table = child<QTableWidget>(&wizard, "recordsTableWidget");
    auto* combo = child<QComboBox>(&wizard, "registrarComboBox");
    auto hostOf = [&](const QString& purpose) {
        for (int row = 0; row < table->rowCount(); ++row) {
            const int index =
                table->item(row, SetupWizard::HostColumn)->data(SetupWizard::RECORD_INDEX_ROLE).toInt();
            if (wizard.recordSet().records.at(index).purpose == purpose) {
                return table->item(row, SetupWizard::HostColumn)->data(Qt::UserRole).toString();
            }
        }
        return QString();
    };
    combo->setCurrentIndex(combo->findData(u"bind"_s));
    QCOMPARE(hostOf(u"dmarc"_s), u"_dmarc.example.jp."_s);
    combo->setCurrentIndex(combo->findData(u"onamae"_s));
    const RegistrarPreset onamae = *RegistrarCatalog::builtIn().preset(u"onamae"_s);
    QCOMPARE(hostOf(u"dmarc"_s), u"_dmarc"_s);
    QCOMPARE(hostOf(u"dkim"_s), u"s202612._domainkey"_s);
    QCOMPARE(hostOf(u"spf"_s), onamae.apex);
    QCOMPARE(onamae.apex.isEmpty(),
             table->item(1, SetupWizard::HostColumn)->text() == SetupWizard::tr("(leave empty)"));
    combo->setCurrentIndex(combo->findData(u"cloudflare"_s));
    QVERIFY(child<QLabel>(&wizard, "registrarNoteLabel")->text().contains(u"Cloudflare"_s));
    // The unconfirmed facts are named in words, not by the catalog's field names.
    combo->setCurrentIndex(combo->findData(u"onamae"_s));
    const QString note = child<QLabel>(&wizard, "registrarNoteLabel")->text();
    QVERIFY2(note.contains(SetupWizard::tr("long TXT values")), qPrintable(note));
    QVERIFY2(!note.contains(u"longTxt"_s) && !note.contains(u"defaultTtl"_s), qPrintable(note));
}

void TestSetupWizard::validationMessages_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a domain") << int(SetupWizard::DomainPage) << u"not a domain"_s
                                  << titleOf(u"setup.input.domain-invalid"_s,
                                             {u"domain"_s, u"not a domain"_s});
    QTest::newRow("private ip") << int(SetupWizard::ServersPage) << u"192.168.1.10"_s
                                << titleOf(u"setup.input.ip-private"_s,
                                           {u"ipAddresses"_s, u"192.168.1.10"_s});
    QTest::newRow("bad ip") << int(SetupWizard::ServersPage) << u"203.0.113.300"_s
                            << titleOf(u"setup.input.ip-invalid"_s, {u"ipAddresses"_s, u"203.0.113.300"_s});
    QTest::newRow("bad selector") << int(SetupWizard::DkimPage) << u"bad selector!"_s
                                  << titleOf(u"setup.input.selector-invalid"_s,
                                             {u"selector"_s, u"bad selector!"_s});
    QTest::newRow("bad rua") << int(SetupWizard::DmarcPage) << u"reports at example"_s
                             << titleOf(u"setup.input.report-address-invalid"_s,
                                        {u"reportAddress"_s, u"reports at example"_s});
}

void TestSetupWizard::validationMessages()
{
    QFETCH(int, page);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    FakeResolver resolver;
    SetupWizard wizard(&resolver);
    wizard.show();
    child<QLineEdit>(&wizard, "domainEdit")
        ->setText(page == SetupWizard::DomainPage ? value : u"example.jp"_s);
    child<QCheckBox>(&wizard, "ownServerCheckBox")->setChecked(true);
    child<QPlainTextEdit>(&wizard, "ipEdit")
        ->setPlainText(page == SetupWizard::ServersPage ? value : u"203.0.113.25"_s);
    child<QLineEdit>(&wizard, "mailHostEdit")->setText(u"mail.example.jp"_s);
    child<QLineEdit>(&wizard, "selectorEdit")->setText(page == SetupWizard::DkimPage ? value : u"s1"_s);
    child<QLineEdit>(&wizard, "ruaEdit")->setText(page == SetupWizard::DmarcPage ? value : QString());
    wizard.goToPage(page);
    QVERIFY(!wizard.next());
    QCOMPARE(wizard.currentPage(), page);
    const char* labels[] = {"domainMessageLabel",
                            "sendingMessageLabel",
                            "serversMessageLabel",
                            "dkimMessageLabel",
                            "dmarcMessageLabel"};
    auto* label = child<QLabel>(&wizard, labels[page]);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
    if (page == SetupWizard::ServersPage && value.startsWith(u"192.168"_s)) {
        QVERIFY(label->text().contains(u"Gmail"_s)); // explains why, not only "invalid"
    }
}

void TestSetupWizard::mailHostOutsideWarnsButGoesOn()
{
    FakeResolver resolver;
    SetupWizard wizard(&resolver);
    wizard.show();
    child<QLineEdit>(&wizard, "domainEdit")->setText(u"example.jp"_s);
    child<QCheckBox>(&wizard, "ownServerCheckBox")->setChecked(true);
    child<QPlainTextEdit>(&wizard, "ipEdit")->setPlainText(u"203.0.113.25"_s);
    child<QLineEdit>(&wizard, "mailHostEdit")->setText(u"mx.other-host.example"_s);
    wizard.goToPage(SetupWizard::ServersPage);
    QVERIFY(wizard.next());
    QCOMPARE(wizard.currentPage(), int(SetupWizard::DkimPage));
    wizard.back();
    auto* label = child<QLabel>(&wizard, "serversMessageLabel");
    QVERIFY(label->text().contains(titleOf(u"setup.input.mail-host-outside"_s,
                                           {u"mailHost"_s, u"mx.other-host.example"_s, u"example.jp"_s})));
    // No sender at all is refused on the sending page.
    wizard.goToPage(SetupWizard::SendingPage);
    child<QCheckBox>(&wizard, "ownServerCheckBox")->setChecked(false);
    QVERIFY(!wizard.next());
    QVERIFY(child<QLabel>(&wizard, "sendingMessageLabel")->isVisible());
}

void TestSetupWizard::saveAndReopen()
{
    QTemporaryDir dir;
    FakeResolver resolver;
    SetupWizard wizard(&resolver);
    fillPages(wizard, dir.filePath(u"k.pem"_s));
    child<QComboBox>(&wizard, "registrarComboBox")
        ->setCurrentIndex(child<QComboBox>(&wizard, "registrarComboBox")->findData(u"xserver"_s));
    const QString path = dir.filePath(u"setup.json"_s);
    QVERIFY(wizard.saveTo(path));

    SetupWizard reopened(&resolver);
    QVERIFY(reopened.openFrom(path));
    QCOMPARE(reopened.plan().toJson(), wizard.plan().toJson());
    QCOMPARE(reopened.plan().providers, QStringList{u"google-workspace"_s});
    QCOMPARE(reopened.plan().dmarcPolicy, DmarcPolicy::Quarantine);
    QCOMPARE(child<QComboBox>(&reopened, "registrarComboBox")->currentData().toString(), u"xserver"_s);
    QString error;
    QVERIFY(!reopened.openFrom(dir.filePath(u"missing.json"_s), &error));
    QVERIFY(!error.isEmpty());
}

namespace {

/** The plan verifyPage* use: one own server, no DKIM: MX, SPF, the mail host's A, one PTR and DMARC. */
RecordSet fillSmallPlan(SetupWizard& wizard)
{
    child<QLineEdit>(&wizard, "domainEdit")->setText(u"example.jp"_s);
    child<QCheckBox>(&wizard, "ownServerCheckBox")->setChecked(true);
    child<QPlainTextEdit>(&wizard, "ipEdit")->setPlainText(u"203.0.113.25"_s);
    child<QLineEdit>(&wizard, "mailHostEdit")->setText(u"mail.example.jp"_s);
    child<QRadioButton>(&wizard, "dkimNoneRadioButton")->setChecked(true);
    wizard.goToPage(SetupWizard::ReviewPage);
    return wizard.recordSet();
}

PublicationState stateOf(SetupWizard& wizard, const RecordSet& set, const QString& purpose)
{
    auto* table = child<QTableWidget>(&wizard, "verifyTableWidget");
    for (int i = 0; i < set.records.size(); ++i) {
        if (set.records.at(i).purpose == purpose) {
            return PublicationState(
                table->item(i, SetupWizard::VerifyStateColumn)->data(SetupWizard::STATE_ROLE).toInt());
        }
    }
    return PublicationState::Checking;
}

} // namespace

void TestSetupWizard::verifyPageTurnsGreen()
{
    FakeResolver resolver;
    SetupWizard wizard(&resolver);
    const RecordSet set = fillSmallPlan(wizard);
    const ProposedRecord spf = set.byPurpose(u"spf"_s).value(0);
    QVERIFY(!spf.value.isEmpty());
    QCOMPARE(set.records.size(), 5);
    resolver.addTxt(u"example.jp"_s, spf.value.toUtf8());
    resolver.addA(u"mail.example.jp"_s, u"203.0.113.25"_s);
    resolver.addTxt(u"_dmarc.example.jp"_s, QByteArray("v=DMARC1; p=reject"));
    resolver.addMx(u"example.jp"_s, 10, u"mail.example.jp"_s);

    child<QCheckBox>(&wizard, "pollCheckBox")->setChecked(false); // one round per "Check now"
    QSignalSpy finished(&wizard, &SetupWizard::verificationFinished);
    wizard.goToPage(SetupWizard::VerifyPage);
    QVERIFY(wizard.isChecking());
    QVERIFY(!child<QPushButton>(&wizard, "checkNowButton")->isEnabled());
    QVERIFY(finished.wait(5000));
    QCOMPARE(stateOf(wizard, set, u"spf"_s), PublicationState::Published);
    QCOMPARE(stateOf(wizard, set, u"mx"_s), PublicationState::Published);
    QCOMPARE(stateOf(wizard, set, u"dmarc"_s), PublicationState::Different);
    QCOMPARE(stateOf(wizard, set, u"ptr"_s), PublicationState::Missing);
    QTRY_VERIFY(!wizard.isChecking());
    QVERIFY(child<QPushButton>(&wizard, "checkNowButton")->isEnabled());

    // The different value is shown in the row, and the core's finding in full under the table.
    auto* table = child<QTableWidget>(&wizard, "verifyTableWidget");
    const int dmarcRow = int(set.records.indexOf(set.byPurpose(u"dmarc"_s).value(0)));
    const QString dmarcText = table->item(dmarcRow, SetupWizard::VerifyStateColumn)->text();
    QVERIFY2(dmarcText.contains(u"v=DMARC1; p=reject"_s), qPrintable(dmarcText));
    QVERIFY(table->item(dmarcRow, SetupWizard::VerifyStateColumn)
                ->data(SetupWizard::FINDINGS_ROLE)
                .toStringList()
                .contains(u"setup.different"_s));
    table->selectRow(dmarcRow);
    auto* details = child<QTextBrowser>(&wizard, "verifyDetailsBrowser");
    QVERIFY(!details->isHidden());
    const Finding different = Finding::make(
        u"setup.different"_s,
        Severity::Error,
        {u"_dmarc.example.jp"_s, u"TXT"_s, set.records.at(dmarcRow).value, u"v=DMARC1; p=reject"_s});
    QVERIFY2(details->toPlainText().contains(FindingCatalog::text(different).title),
             qPrintable(details->toPlainText()));

    // A record added while the page is open turns green at the next check.
    resolver.addPtr(u"25.113.0.203.in-addr.arpa"_s, u"mail.example.jp"_s);
    wizard.checkNow();
    QVERIFY(finished.wait(5000));
    QCOMPARE(stateOf(wizard, set, u"ptr"_s), PublicationState::Published);
    QVERIFY(table->item(dmarcRow, SetupWizard::VerifyStateColumn)->background().color()
            != table
                   ->item(int(set.records.indexOf(set.byPurpose(u"ptr"_s).value(0))),
                          SetupWizard::VerifyStateColumn)
                   ->background()
                   .color());
}

void TestSetupWizard::verifyPagePollsUntilPublishedAndStops()
{
    FakeResolver resolver;
    SetupWizard wizard(&resolver);
    wizard.setPollInterval(100);
    const RecordSet set = fillSmallPlan(wizard);
    resolver.addTxt(u"example.jp"_s, set.byPurpose(u"spf"_s).value(0).value.toUtf8());
    resolver.addTxt(u"_dmarc.example.jp"_s, set.byPurpose(u"dmarc"_s).value(0).value.toUtf8());
    resolver.addMx(u"example.jp"_s, 10, u"mail.example.jp"_s);
    resolver.addA(u"mail.example.jp"_s, u"203.0.113.25"_s);
    QVERIFY(child<QCheckBox>(&wizard, "pollCheckBox")->isChecked());
    QSignalSpy rounds(&wizard, &SetupWizard::verificationFinished);
    wizard.goToPage(SetupWizard::VerifyPage);
    QVERIFY(rounds.wait(5000));
    QCOMPARE(stateOf(wizard, set, u"ptr"_s), PublicationState::Missing);
    QVERIFY(wizard.isChecking()); // polling: the next round is on its timer
    QVERIFY(child<QPushButton>(&wizard, "stopCheckingButton")->isEnabled());
    QVERIFY(rounds.wait(5000)); // and it comes without a click
    QVERIFY(wizard.isChecking());

    // Leaving the page stops the rounds; coming back starts them again.
    wizard.back();
    QVERIFY(!wizard.isChecking());
    const int seen = rounds.count();
    QTest::qWait(300);
    QCOMPARE(rounds.count(), seen);
    wizard.goToPage(SetupWizard::VerifyPage);
    QVERIFY(wizard.isChecking());
    QVERIFY(rounds.wait(5000));

    // The stop button ends polling.
    QTest::mouseClick(child<QPushButton>(&wizard, "stopCheckingButton"), Qt::LeftButton);
    QVERIFY(!wizard.isChecking());
    QVERIFY(child<QPushButton>(&wizard, "checkNowButton")->isEnabled());
    const int stopped = rounds.count();
    QTest::qWait(300);
    QCOMPARE(rounds.count(), stopped);

    // Polling again: the PTR appears, the row turns published and polling ends by itself.
    QTest::mouseClick(child<QPushButton>(&wizard, "checkNowButton"), Qt::LeftButton);
    QVERIFY(wizard.isChecking());
    QVERIFY(rounds.wait(5000));
    resolver.addPtr(u"25.113.0.203.in-addr.arpa"_s, u"mail.example.jp"_s);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(wizard, set, u"ptr"_s), PublicationState::Published, 5000);
    QTRY_VERIFY(!wizard.isChecking());
    auto* bar = child<QProgressBar>(&wizard, "verifyProgressBar");
    QCOMPARE(bar->maximum(), 5);
    QCOMPARE(bar->value(), 5);
}

void TestSetupWizard::reviewMergesExistingRecords()
{
    QTemporaryDir dir;
    FakeResolver resolver;
    const QString oldSpf = u"v=spf1 ip4:198.51.100.7 include:_spf.example.net ~all"_s;
    const QString oldDmarc = u"v=DMARC1; p=none; rua=mailto:agg@reports.example.net"_s;
    resolver.addTxt(u"example.jp"_s, oldSpf.toUtf8());
    resolver.addTxt(u"example.jp"_s, QByteArray("google-site-verification=abc"));
    resolver.addTxt(u"_dmarc.example.jp"_s, oldDmarc.toUtf8());
    SetupWizard wizard(&resolver);
    wizard.resize(1000, 700);
    wizard.show();
    fillPages(wizard, dir.filePath(u"k.pem"_s));
    QTRY_VERIFY(!wizard.isLookingUpExisting());
    QTRY_COMPARE(wizard.plan().existing.spf, QStringList{oldSpf});
    const RecordSet& set = wizard.recordSet();

    // One SPF record, with the old senders kept; the old DMARC report address kept beside the new one.
    QCOMPARE(set.byPurpose(u"spf"_s).size(), 1);
    const QString spf = set.byPurpose(u"spf"_s).first().value;
    QVERIFY2(spf.contains(u"ip4:198.51.100.7"_s) && spf.contains(u"include:_spf.example.net"_s)
                 && spf.contains(u"include:_spf.google.com"_s) && spf.endsWith(u" -all"_s),
             qPrintable(spf));
    const QString dmarc = set.byPurpose(u"dmarc"_s).first().value;
    QVERIFY2(dmarc.contains(u"rua=mailto:dmarc-reports@example.jp,mailto:agg@reports.example.net"_s),
             qPrintable(dmarc));

    // The review page says so: the label, and the merge explained in the notes.
    auto* label = child<QLabel>(&wizard, "existingRecordsLabel");
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(u"example.jp"_s));
    const QString notes = child<QTextBrowser>(&wizard, "reviewNotesBrowser")->toPlainText();
    const Finding merged = Finding::make(u"setup.merge.spf"_s, Severity::Info, {oldSpf, QString(), spf});
    QVERIFY2(notes.contains(FindingCatalog::text(merged).title), qPrintable(notes));
    QVERIFY2(notes.contains(oldSpf), qPrintable(notes));
    auto* table = child<QTableWidget>(&wizard, "recordsTableWidget");
    int spfRows = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        spfRows += table->item(row, SetupWizard::ValueColumn)->text().startsWith(u"v=spf1"_s) ? 1 : 0;
    }
    QCOMPARE(spfRows, 1);

    // The CLI given the same existing records makes the same SPF and DMARC records.
    const QJsonArray cli = cliRecords({u"--existing-spf"_s, oldSpf, u"--existing-dmarc"_s, oldDmarc});
    QStringList cliValues;
    for (const QJsonValue& v : cli) {
        cliValues.append(v.toObject().value("value"_L1).toString());
    }
    QVERIFY2(cliValues.contains(spf), qPrintable(cliValues.join(u'\n')));
    QVERIFY(cliValues.contains(dmarc));

    // Saved and reopened, the merge stands (verify-published regenerates from the file the same way).
    const QString path = dir.filePath(u"setup.json"_s);
    QVERIFY(wizard.saveTo(path));
    FakeResolver empty;
    SetupWizard reopened(&empty);
    QVERIFY(reopened.openFrom(path));
    QCOMPARE(reopened.plan().existing.spf, QStringList{oldSpf});
    QCOMPARE(reopened.recordSet().byPurpose(u"spf"_s).first().value, spf);
}

void TestSetupWizard::registrarNamesFollowLanguage()
{
    QTemporaryDir dir;
    FakeResolver resolver;
    SetupWizard wizard(&resolver);
    wizard.show();
    fillPages(wizard, dir.filePath(u"k.pem"_s));
    auto* combo = child<QComboBox>(&wizard, "registrarComboBox");
    const int onamae = combo->findData(u"onamae"_s);
    combo->setCurrentIndex(onamae);
    QCOMPARE(combo->itemText(onamae), u"Onamae.com Navi"_s);

    // A language switch renames every panel in place.
    QVERIFY(i18n::setLanguage(u"ja"_s));
    QTRY_COMPARE(combo->itemText(onamae), u"お名前.com Navi"_s);
    QCOMPARE(combo->itemText(combo->findData(u"sakura"_s)), u"さくらインターネット"_s);
    QCOMPARE(combo->currentData().toString(), u"onamae"_s); // the choice stays
    // The unconfirmed-facts note names the panel in the same language.
    QVERIFY2(child<QLabel>(&wizard, "registrarNoteLabel")->text().contains(u"お名前.com Navi"_s),
             qPrintable(child<QLabel>(&wizard, "registrarNoteLabel")->text()));
    QVERIFY(i18n::setLanguage(u"en"_s));
    QTRY_COMPARE(combo->itemText(onamae), u"Onamae.com Navi"_s);
}

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
