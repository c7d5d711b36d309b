// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: workspaces present, live language switch, preferences remembered.
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "translations/I18n.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsThreeWorkspaces();
    void languageSwitchRetranslatesEverything();
    void languageChoiceIsRemembered();
    void geometryIsRemembered();
    void dnsStatusShowsServers();

private:
    QStringList workspaceTitles(MainWindow& window) const;

    todoku::AresLibrary m_ares;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<todoku::AresResolver> m_resolver;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<QSettings>(m_dir->filePath(u"todoku.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_store.get());
    m_resolver = std::make_unique<todoku::AresResolver>();
    todoku::i18n::setLanguage(u"en"_s);
}

void TestMainWindow::cleanup()
{
    m_resolver.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestMainWindow::workspaceTitles(MainWindow& window) const
{
    auto* list = window.findChild<QListWidget*>(u"workspaceListWidget"_s);
    QStringList titles;
    for (int i = 0; list && i < list->count(); ++i) {
        titles.append(list->item(i)->text());
    }
    return titles;
}

void TestMainWindow::showsThreeWorkspaces()
{
    MainWindow window(m_resolver.get(), m_settings.get());
    QCOMPARE(workspaceTitles(window), (QStringList{u"Setup"_s, u"Analyze"_s, u"Domain check"_s}));
    auto* stack = window.findChild<QStackedWidget*>(u"workspaceStackedWidget"_s);
    QVERIFY(stack);
    QCOMPARE(stack->count(), 3);
    window.showWorkspace(2);
    QCOMPARE(stack->currentIndex(), 2);
}

void TestMainWindow::languageSwitchRetranslatesEverything()
{
    MainWindow window(m_resolver.get(), m_settings.get());
    window.show();
    auto* fileMenu = window.findChild<QMenu*>(u"fileMenu"_s);
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), u"&File"_s);

    // Through the menu, as a user would.
    auto* japanese = window.findChild<QAction*>(u"language_ja_Action"_s);
    QVERIFY(japanese);
    QCOMPARE(japanese->text(), u"日本語"_s);
    japanese->trigger();
    QCOMPARE(todoku::i18n::currentLanguage(), u"ja"_s);
    // QApplication posts LanguageChange to every window: the switch lands on the next event-loop turn.
    QTRY_COMPARE(workspaceTitles(window), (QStringList{u"セットアップ"_s, u"分析"_s, u"ドメイン診断"_s}));
    QVERIFY2(fileMenu->title().startsWith(u"ファイル"_s), qPrintable(fileMenu->title()));
    auto* status = window.findChild<QLabel*>(u"dnsStatusLabel"_s);
    QVERIFY2(status->text().contains(u"システム"_s), qPrintable(status->text()));
    QVERIFY(japanese->isChecked());

    window.findChild<QAction*>(u"language_en_Action"_s)->trigger();
    QTRY_COMPARE(workspaceTitles(window), (QStringList{u"Setup"_s, u"Analyze"_s, u"Domain check"_s}));
    QCOMPARE(fileMenu->title(), u"&File"_s);
}

void TestMainWindow::languageChoiceIsRemembered()
{
    {
        MainWindow window(m_resolver.get(), m_settings.get());
        window.setLanguage(u"ja"_s);
    }
    QCOMPARE(m_settings->language(), u"ja"_s);
    m_store->sync();
    QSettings reread(m_dir->filePath(u"todoku.ini"_s), QSettings::IniFormat);
    QCOMPARE(reread.value(u"ui/language"_s).toString(), u"ja"_s);
}

void TestMainWindow::geometryIsRemembered()
{
    {
        MainWindow window(m_resolver.get(), m_settings.get());
        window.show();
        window.resize(900, 640);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    MainWindow again(m_resolver.get(), m_settings.get());
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestMainWindow::dnsStatusShowsServers()
{
    todoku::DnsResolverSettings dns;
    dns.servers = {todoku::DnsServer::parse(u"192.0.2.53:5353"_s).value()};
    m_resolver->setSettings(dns);
    MainWindow window(m_resolver.get(), m_settings.get());
    auto* status = window.findChild<QLabel*>(u"dnsStatusLabel"_s);
    QVERIFY(status);
    QVERIFY2(status->text().contains(u"192.0.2.53:5353"_s), qPrintable(status->text()));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
