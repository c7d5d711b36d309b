// SPDX-License-Identifier: GPL-3.0-or-later
// ShotSetupWizard: walks the Setup workspace inside the main window with sample inputs and saves a picture
// of every page (scripts/screenshots runs it under Xvfb). Not a test: a tool to look at the layout.
//   ShotSetupWizard OUTDIR LANG
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/dns/AresResolver.h"
#include "tests/support/FakeResolver.h"
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
    todoku::AresResolver resolver;
    MainWindow window(&resolver, &settings);
    window.resize(1100, 720);
    window.show();
    auto* wizard = window.findChild<SetupWizard*>();
    todoku::test::FakeResolver fake;
    wizard->setPublicationChecker(new PlainLookupPublicationChecker(&fake));

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
    for (const todoku::ProposedRecord& r : wizard->recordSet().records) {
        if (r.purpose == u"spf" || r.purpose == u"mx") {
            if (r.type == u"TXT") {
                fake.addTxt(r.name.chopped(1), r.value.toUtf8());
            } else {
                fake.addMx(r.name.chopped(1), 10, u"mail.example.jp"_s);
            }
        }
    }
    fake.addTxt(u"_dmarc.example.jp"_s, QByteArray("v=DMARC1; p=reject"));
    QSignalSpy verified(wizard, &SetupWizard::verificationFinished);
    wizard->next();
    verified.wait(5000);
    shot(u"7-verify"_s);
    return 0;
}
