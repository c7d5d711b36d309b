// SPDX-License-Identifier: GPL-3.0-or-later
// DnsSettingsDialog: inline validation, and the settings it returns.
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

#include "translations/I18n.h"
#include "ui/DnsSettingsDialog.h"

using namespace Qt::StringLiterals;

class TestDnsSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { todoku::i18n::setLanguage(u"en"_s); }
    void startsFromCurrentSettings();
    void rejectsBadServerInline();
    void acceptsServerList();
    void customWithoutServersIsRefused();
};

void TestDnsSettingsDialog::startsFromCurrentSettings()
{
    todoku::DnsResolverSettings current;
    current.servers = {todoku::DnsServer::parse(u"[::1]:5300"_s).value()};
    current.timeoutMs = 1500;
    DnsSettingsDialog dialog(current);
    QVERIFY(dialog.findChild<QRadioButton*>(u"customRadioButton"_s)->isChecked());
    QCOMPARE(dialog.findChild<QPlainTextEdit*>(u"serversPlainTextEdit"_s)->toPlainText(), u"[::1]:5300"_s);
    QCOMPARE(dialog.findChild<QSpinBox*>(u"timeoutSpinBox"_s)->value(), 1500);

    DnsSettingsDialog systemDialog(todoku::DnsResolverSettings{});
    QVERIFY(systemDialog.findChild<QRadioButton*>(u"systemRadioButton"_s)->isChecked());
    QVERIFY(!systemDialog.findChild<QPlainTextEdit*>(u"serversPlainTextEdit"_s)->isEnabled());
}

void TestDnsSettingsDialog::rejectsBadServerInline()
{
    DnsSettingsDialog dialog(todoku::DnsResolverSettings{});
    dialog.show();
    QTest::mouseClick(dialog.findChild<QRadioButton*>(u"customRadioButton"_s), Qt::LeftButton);
    auto* edit = dialog.findChild<QPlainTextEdit*>(u"serversPlainTextEdit"_s);
    QVERIFY(edit->isEnabled());
    edit->setFocus();
    QTest::keyClicks(edit, u"192.0.2.1"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, u"ns1.example.jp"_s);
    dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QString hint = dialog.findChild<QLabel*>(u"hintLabel"_s)->text();
    QVERIFY2(hint.contains(u"ns1.example.jp"_s), qPrintable(hint));
}

void TestDnsSettingsDialog::acceptsServerList()
{
    DnsSettingsDialog dialog(todoku::DnsResolverSettings{});
    dialog.show();
    dialog.findChild<QRadioButton*>(u"customRadioButton"_s)->setChecked(true);
    dialog.findChild<QPlainTextEdit*>(u"serversPlainTextEdit"_s)
        ->setPlainText(u"192.0.2.53\n\n[2001:db8::53]:5353\n"_s);
    dialog.findChild<QSpinBox*>(u"triesSpinBox"_s)->setValue(3);
    dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const todoku::DnsResolverSettings s = dialog.dnsSettings();
    QCOMPARE(s.servers.size(), 2);
    QCOMPARE(s.servers[0].toString(), u"192.0.2.53:53"_s);
    QCOMPARE(s.servers[1].toString(), u"[2001:db8::53]:5353"_s);
    QCOMPARE(s.tries, 3);
}

void TestDnsSettingsDialog::customWithoutServersIsRefused()
{
    DnsSettingsDialog dialog(todoku::DnsResolverSettings{});
    dialog.show();
    dialog.findChild<QRadioButton*>(u"customRadioButton"_s)->setChecked(true);
    dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.findChild<QLabel*>(u"hintLabel"_s)->text().isEmpty());
}

QTEST_MAIN(TestDnsSettingsDialog)
#include "TestDnsSettingsDialog.moc"
