// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the three workspaces, the language menu and the DNS settings.
#pragma once

#include <QMainWindow>
#include <memory>

class AnalyzerPane;
class AppSettings;
class QActionGroup;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace todoku {
class AresResolver;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** `resolver` and `settings` are the application's and outlive the window. */
    MainWindow(todoku::AresResolver* resolver, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Switches every string to `code` ("ja"/"en") and remembers the choice. */
    void setLanguage(const QString& code);
    /** Index into the workspace stack: 0 Setup, 1 Analyze, 2 Domain check. */
    void showWorkspace(int index);
    /** Shows the Analyze workspace with the message file at `path` (as `todoku FILE` does). */
    void openMessage(const QString& path, bool live = true);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private slots:
    void onDnsSettingsTriggered();
    void onAboutTriggered();

private:
    void retranslate();
    void updateDnsStatus();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    todoku::AresResolver* m_resolver;
    AppSettings* m_settings;
    QActionGroup* m_languageGroup;
    QLabel* m_dnsStatusLabel;
    AnalyzerPane* m_analyzerPane = nullptr;
};
