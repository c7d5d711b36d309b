// SPDX-License-Identifier: GPL-3.0-or-later
// ShotSetupWizard: walks the Setup workspace inside the main window with sample inputs and saves a picture
// of every page (scripts/screenshots runs it under Xvfb). Not a test: a tool to look at the layout.
//   ShotSetupWizard OUTDIR LANG
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "core/dns/AresResolver.h"
#include "core/setup/PublicationCheck.h"
#include "tests/support/TestEnvironment.h"
#include "translations/I18n.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/setup/SetupWizard.h"

using namespace Qt::StringLiterals;

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QTest::qWait(30);
    }
}

/** One zone-file line for a record, at `owner` (default: its own name). */
QString zoneLine(const todoku::ProposedRecord& r, const QString& owner = {})
{
    QString value = r.value;
    if (r.type == u"TXT") {
        QStringList quoted;
        for (QString s : r.strings.isEmpty() ? QStringList{r.value} : r.strings) {
            s.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
            quoted.append(u'"' + s + u'"');
        }
        value = quoted.join(u' ');
    }
    return u"%1 60 IN %2 %3\n"_s.arg(owner.isEmpty() ? r.name : owner, r.type, value);
}

QString zoneHead(const QString& zone, int serial)
{
    return u"$TTL 60\n@ IN SOA ns1.example.jp. hostmaster.example.jp. ( %1 3600 900 604800 60 )\n"
           "  IN NS ns1.example.jp.\n"_s.arg(serial)
           + (zone == u"example.jp" ? u"ns1 IN A 127.0.0.1\n"_s : QString());
}

/** Writes a zone file newer than the last write and makes the named of `state` reload it. */
void publish(const QString& path, const QString& text, const QString& state)
{
    static int step = 0;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(text.toUtf8());
        f.setFileTime(QDateTime::currentDateTime().addSecs(5 * ++step), QFileDevice::FileModificationTime);
    }
    QFile pid(state + u"/named.pid"_s);
    if (pid.open(QIODevice::ReadOnly)) {
        ::kill(pid_t(pid.readAll().trimmed().toLongLong()), SIGHUP);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        qWarning("usage: ShotSetupWizard OUTDIR LANG");
        return 2;
    }
    const QString out = args.at(1);
    const QString lang = args.at(2);
    QDir().mkpath(out);
    QTemporaryDir config;
    QSettings store(config.filePath(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings settings(&store);
    todoku::i18n::setLanguage(lang);
    // The verify page asks a named of its own, serving example.jp and the PTR's reverse zone.
    QTemporaryDir dns;
    const QString zones = dns.filePath(u"zones"_s);
    const QString state = dns.filePath(u"state"_s);
    QDir().mkpath(zones);
    const QString forward = zones + u"/example.jp.zone"_s;
    const QStringList reverseZones = {u"113.0.203.in-addr.arpa"_s, u"0.1.0.0.8.b.d.0.1.0.0.2.ip6.arpa"_s};
    // What the domain publishes before the setup: an old SPF record and DMARC, which the review page merges.
    publish(forward,
            zoneHead(u"example.jp"_s, 1)
                + u"@ 60 IN TXT \"v=spf1 include:_spf.example.net ~all\"\n"
                  "_dmarc 60 IN TXT \"v=DMARC1; p=none; rua=mailto:postmaster@example.jp\"\n"_s,
            state);
    for (const QString& reverse : reverseZones) {
        publish(zones + u'/' + reverse + u".zone"_s, zoneHead(reverse, 1), state);
    }
    QString error;
    const auto port = todoku::test::startExtraNamed(state, zones, &error);
    if (!port) {
        qWarning("named did not start: %s", qPrintable(error));
        return 1;
    }
    const auto stopNamed = qScopeGuard([&] { todoku::test::stopExtraNamed(state); });
    todoku::AresResolver resolver(
        todoku::test::fixtureSettings(todoku::DnsServer{QHostAddress(u"127.0.0.1"_s), *port}, 1000));
    MainWindow window(&resolver, &settings);
    window.resize(1100, 720);
    window.show();
    auto* wizard = window.findChild<SetupWizard*>();
    wizard->publicationCheck()->setServerPort(*port);

    auto shot = [&](const QString& name) {
        settle();
        window.grab().save(out + u"/setup-"_s + name + u'-' + lang + u".png"_s);
    };
    auto find = [&](const char* name) {
        return wizard->findChild<QWidget*>(QString::fromLatin1(name));
    };

    shot(u"1-domain"_s);
    qobject_cast<QLineEdit*>(find("domainEdit"))->setText(u"not a domain"_s);
    wizard->next();
    shot(u"1-domain-error"_s);
    qobject_cast<QLineEdit*>(find("domainEdit"))->setText(u"example.jp"_s);
    wizard->next();
    qobject_cast<QCheckBox*>(find("ownServerCheckBox"))->setChecked(true);
    auto* providers = qobject_cast<QListWidget*>(find("providersListWidget"));
    for (int i = 0; i < providers->count(); ++i) {
        if (providers->item(i)->data(Qt::UserRole).toString() == u"google-workspace") {
            providers->item(i)->setCheckState(Qt::Checked);
        }
    }
    shot(u"2-sending"_s);
    wizard->next();
    auto* ips = qobject_cast<QPlainTextEdit*>(find("ipEdit"));
    ips->setPlainText(u"192.168.1.10"_s);
    qobject_cast<QLineEdit*>(find("mailHostEdit"))->setText(u"mail.example.jp"_s);
    wizard->next();
    shot(u"3-servers-error"_s);
    ips->setPlainText(u"203.0.113.25\n2001:db8:10::25"_s);
    wizard->next();
    wizard->back();
    shot(u"3-servers"_s);
    wizard->next();
    qobject_cast<QLineEdit*>(find("selectorEdit"))->setText(u"s202612"_s);
    QTemporaryDir keys;
    qobject_cast<QLineEdit*>(find("keyPathEdit"))->setText(keys.filePath(u"example.jp.s202612.pem"_s));
    QSignalSpy generated(wizard, &SetupWizard::keyGenerated);
    qobject_cast<QPushButton*>(find("generateKeyButton"))->click();
    generated.wait(20000);
    shot(u"4-dkim"_s);
    wizard->next();
    qobject_cast<QComboBox*>(find("policyComboBox"))->setCurrentIndex(0);
    qobject_cast<QLineEdit*>(find("ruaEdit"))->setText(u"dmarc-reports@example.jp"_s);
    shot(u"5-dmarc"_s);
    wizard->next();
    shot(u"6-review"_s);
    auto* registrar = qobject_cast<QComboBox*>(find("registrarComboBox"));
    registrar->setCurrentIndex(registrar->findData(u"onamae"_s));
    shot(u"6-review-onamae"_s);
    // Published: MX and SPF. DMARC with an older value, the DKIM key typed with the domain into a panel
    // that appends it, no PTR yet.
    QString zone = zoneHead(u"example.jp"_s, 2);
    QString fixedZone = zone;
    for (const todoku::ProposedRecord& r : wizard->recordSet().records) {
        if (r.setAt != u"dns") {
            continue;
        }
        fixedZone += zoneLine(r);
        if (r.purpose == u"dkim") {
            zone += zoneLine(r, r.name + u"example.jp."_s);
        } else if (r.purpose == u"dmarc") {
            zone += u"_dmarc 60 IN TXT \"v=DMARC1; p=reject\"\n"_s;
        } else {
            zone += zoneLine(r);
        }
    }
    publish(forward, zone, state);
    QTest::qWait(1500);
    QSignalSpy verified(wizard, &SetupWizard::verificationFinished);
    wizard->next();
    verified.wait(10000);
    auto* table = qobject_cast<QTableWidget*>(find("verifyTableWidget"));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (wizard->recordSet().records.value(row).purpose == u"dkim") {
            table->selectRow(row);
        }
    }
    shot(u"7-verify"_s);
    // Everything fixed and the PTR added: the rows turn green as the page polls.
    wizard->setPollInterval(500);
    wizard->checkNow();
    publish(forward, u"%1"_s.arg(fixedZone).replace(u"( 2 "_s, u"( 3 "_s), state);
    for (const QString& reverse : reverseZones) {
        QString ptrZone = zoneHead(reverse, 2);
        for (const todoku::ProposedRecord& r : wizard->recordSet().records) {
            if (r.type == u"PTR" && r.name.endsWith(reverse + u'.')) {
                ptrZone += zoneLine(r);
            }
        }
        publish(zones + u'/' + reverse + u".zone"_s, ptrZone, state);
    }
    for (int i = 0; i < 40 && wizard->isChecking(); ++i) {
        verified.wait(1000);
    }
    shot(u"7-verify-done"_s);
    return 0;
}
