// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DnsSettingsDialog.h"

#include "ui_DnsSettingsDialog.h"

#include <QPushButton>

#include "core/common/ErrorText.h"

DnsSettingsDialog::DnsSettingsDialog(const todoku::DnsResolverSettings& current, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::DnsSettingsDialog)
{
    m_ui->setupUi(this);
    QStringList lines;
    for (const todoku::DnsServer& s : current.servers) {
        lines.append(s.toString());
    }
    m_ui->serversPlainTextEdit->setPlainText(lines.join(u'\n'));
    m_ui->customRadioButton->setChecked(!current.servers.isEmpty());
    m_ui->systemRadioButton->setChecked(current.servers.isEmpty());
    m_ui->timeoutSpinBox->setValue(current.timeoutMs);
    m_ui->triesSpinBox->setValue(current.tries);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DnsSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DnsSettingsDialog::reject);
    connect(m_ui->customRadioButton, &QRadioButton::toggled, this, &DnsSettingsDialog::updateWidgets);
    connect(
        m_ui->serversPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] { m_ui->hintLabel->clear(); });
    retranslate();
    updateWidgets();
}

DnsSettingsDialog::~DnsSettingsDialog() = default;

void DnsSettingsDialog::retranslate()
{
    // Example addresses (RFC 5737 / RFC 3849), the same in every language.
    m_ui->serversPlainTextEdit->setPlaceholderText(
        QStringLiteral("192.0.2.53\n[2001:db8::53]:53\n127.0.0.1:5353"));
}

void DnsSettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void DnsSettingsDialog::updateWidgets()
{
    m_ui->serversPlainTextEdit->setEnabled(m_ui->customRadioButton->isChecked());
}

bool DnsSettingsDialog::readForm(todoku::DnsResolverSettings* out)
{
    out->timeoutMs = m_ui->timeoutSpinBox->value();
    out->tries = m_ui->triesSpinBox->value();
    out->servers.clear();
    if (m_ui->systemRadioButton->isChecked()) {
        return true;
    }
    const QStringList lines = m_ui->serversPlainTextEdit->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const auto server = todoku::DnsServer::parse(line);
        if (!server) {
            m_ui->hintLabel->setText(todoku::ErrorText::text(server.error()));
            return false;
        }
        out->servers.append(server.value());
    }
    if (out->servers.isEmpty()) {
        m_ui->hintLabel->setText(tr("Enter at least one server, or choose the system's resolvers."));
        return false;
    }
    return true;
}

void DnsSettingsDialog::accept()
{
    todoku::DnsResolverSettings settings;
    if (!readForm(&settings)) {
        m_ui->serversPlainTextEdit->setFocus();
        return;
    }
    m_result = settings;
    QDialog::accept();
}
