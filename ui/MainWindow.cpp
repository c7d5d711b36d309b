// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>

#include "core/dns/AresResolver.h"
#include "translations/I18n.h"
#include "ui/AppSettings.h"
#include "ui/DnsSettingsDialog.h"
#include "ui/WorkspacePage.h"
#include "ui/analyze/AnalyzerPane.h"
#include "ui/check/DomainCheckPane.h"
#include "ui/setup/SetupWizard.h"

namespace {

// The workspaces in the order of the navigation list and the stack.
constexpr struct
{
    WorkspacePage::Kind kind;
    const char* icon;
} WORKSPACES[] = {
    {WorkspacePage::Kind::Setup, ":/icons/setup.svg"},
    {WorkspacePage::Kind::Analyze, ":/icons/analyze.svg"},
    {WorkspacePage::Kind::DomainCheck, ":/icons/domain-check.svg"},
};

} // namespace

MainWindow::MainWindow(todoku::AresResolver* resolver, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_resolver(resolver)
    , m_settings(settings)
    , m_languageGroup(new QActionGroup(this))
    , m_dnsStatusLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/todoku.svg")));

    for (const auto& page : WORKSPACES) {
        QWidget* widget = nullptr;
        if (page.kind == WorkspacePage::Kind::Analyze) {
            widget = m_analyzerPane = new AnalyzerPane(m_resolver, this);
        } else if (page.kind == WorkspacePage::Kind::Setup) {
            widget = new SetupWizard(m_resolver, this);
        } else {
            auto* pane = new DomainCheckPane(m_resolver, this);
            pane->setSettings(m_settings);
            widget = pane;
        }
        m_ui->workspaceStackedWidget->addWidget(widget);
        auto* item =
            new QListWidgetItem(QIcon(QString::fromLatin1(page.icon)), {}, m_ui->workspaceListWidget);
        item->setSizeHint(QSize(0, 48));
    }
    connect(m_ui->workspaceListWidget,
            &QListWidget::currentRowChanged,
            m_ui->workspaceStackedWidget,
            &QStackedWidget::setCurrentIndex);
    m_ui->workspaceListWidget->setCurrentRow(0);

    // Language names are shown in their own language and never translated.
    m_languageGroup->setExclusive(true);
    for (const QString& code : todoku::i18n::availableLanguages()) {
        QAction* action = m_ui->languageMenu->addAction(todoku::i18n::nativeName(code));
        action->setObjectName(QStringLiteral("language_") + code + QStringLiteral("_Action"));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == todoku::i18n::currentLanguage());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction* action) {
        setLanguage(action->data().toString());
    });

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->dnsSettingsAction, &QAction::triggered, this, &MainWindow::onDnsSettingsTriggered);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::onAboutTriggered);

    m_dnsStatusLabel->setObjectName(QStringLiteral("dnsStatusLabel"));
    statusBar()->addPermanentWidget(m_dnsStatusLabel);

    if (!restoreGeometry(m_settings->windowGeometry())) {
        resize(1100, 720);
    }
    restoreState(m_settings->windowState());
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::setLanguage(const QString& code)
{
    m_settings->setLanguage(code);
    todoku::i18n::setLanguage(code);
    for (QAction* action : m_languageGroup->actions()) {
        action->setChecked(action->data().toString() == code);
    }
}

void MainWindow::showWorkspace(int index)
{
    m_ui->workspaceListWidget->setCurrentRow(index);
}

void MainWindow::openMessage(const QString& path, bool live)
{
    showWorkspace(1);
    m_analyzerPane->setLiveChecks(live);
    m_analyzerPane->openFile(path);
}

void MainWindow::retranslate()
{
    for (int i = 0; i < m_ui->workspaceListWidget->count(); ++i) {
        m_ui->workspaceListWidget->item(i)->setText(WorkspacePage::title(WORKSPACES[i].kind));
    }
    updateDnsStatus();
}

void MainWindow::updateDnsStatus()
{
    const todoku::DnsResolverSettings dns = m_resolver->settings();
    if (dns.servers.isEmpty()) {
        m_dnsStatusLabel->setText(tr("DNS: system resolvers"));
        return;
    }
    QStringList servers;
    for (const todoku::DnsServer& s : dns.servers) {
        servers.append(s.toString());
    }
    m_dnsStatusLabel->setText(tr("DNS: %1").arg(servers.join(QStringLiteral(", "))));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::onDnsSettingsTriggered()
{
    auto* dialog = new DnsSettingsDialog(m_resolver->settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_resolver->setSettings(dialog->dnsSettings());
        m_settings->setDnsSettings(dialog->dnsSettings());
        updateDnsStatus();
    });
    dialog->open();
}

void MainWindow::onAboutTriggered()
{
    QMessageBox::about(
        this,
        tr("About Todoku"),
        tr("<h3>Todoku %1</h3><p>Finds out why mail does not reach Gmail and helps you fix it: "
           "SPF, DKIM, DMARC, reverse DNS and more.</p><p>Todoku sends nothing but DNS "
           "queries. Messages you paste stay on this computer.</p>")
            .arg(QCoreApplication::applicationVersion()));
}
