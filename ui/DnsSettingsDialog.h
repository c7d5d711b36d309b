// SPDX-License-Identifier: GPL-3.0-or-later
// DnsSettingsDialog: choose the system resolvers or a custom server list, with inline validation.
#pragma once

#include <QDialog>
#include <memory>

#include "core/dns/DnsTypes.h"

namespace Ui {
class DnsSettingsDialog;
}

class DnsSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DnsSettingsDialog(const todoku::DnsResolverSettings& current, QWidget* parent = nullptr);
    ~DnsSettingsDialog() override;

    /** The settings as entered; valid only after the dialog was accepted. */
    todoku::DnsResolverSettings dnsSettings() const { return m_result; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateWidgets();
    /** Parses the form; on error shows it in the hint label and returns false. */
    bool readForm(todoku::DnsResolverSettings* out);

    const std::unique_ptr<Ui::DnsSettingsDialog> m_ui;
    todoku::DnsResolverSettings m_result;
};
