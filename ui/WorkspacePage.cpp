// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WorkspacePage.h"

#include "ui_WorkspacePage.h"

WorkspacePage::WorkspacePage(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::WorkspacePage)
    , m_kind(kind)
{
    m_ui->setupUi(this);
    retranslate();
}

WorkspacePage::~WorkspacePage() = default;

QString WorkspacePage::title(Kind kind)
{
    switch (kind) {
    case Kind::Setup:
        //: Workspace name: the wizard that creates DNS records.
        return tr("Setup");
    case Kind::Analyze:
        //: Workspace name: where a received message or bounce is pasted and explained.
        return tr("Analyze");
    case Kind::DomainCheck:
        //: Workspace name: live checks of a domain's DNS.
        return tr("Domain check");
    }
    return {};
}

void WorkspacePage::retranslate()
{
    m_ui->titleLabel->setText(title(m_kind));
    switch (m_kind) {
    case Kind::Setup:
        m_ui->descriptionLabel->setText(
            tr("Create the SPF, DKIM, DMARC, MX and PTR records your domain needs, in the form your "
               "registrar's control panel expects, and confirm that each one is published."));
        break;
    case Kind::Analyze:
        m_ui->descriptionLabel->setText(
            tr("Paste Gmail's “Show original” page, a message source or a bounce. Todoku explains what "
               "Gmail decided, why, and what to change."));
        break;
    case Kind::DomainCheck:
        m_ui->descriptionLabel->setText(
            tr("Check a domain and its sending servers as Gmail sees them: MX, SPF, DKIM, DMARC, reverse "
               "DNS, HELO, blocklists and Gmail's sender requirements."));
        break;
    }
    m_ui->statusLabel->setText(tr("This workspace is being built and will arrive in an upcoming version."));
}

void WorkspacePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
