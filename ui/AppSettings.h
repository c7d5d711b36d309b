// SPDX-License-Identifier: GPL-3.0-or-later
// AppSettings: the preferences the window remembers (language, DNS servers, geometry), over QSettings.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include "core/dns/DnsTypes.h"

/**
 * Typed access to the stored preferences. The QSettings object is the caller's (the app uses the
 * platform default; tests pass an INI file in a temporary folder), so nothing here is global.
 */
class AppSettings
{
public:
    explicit AppSettings(QSettings* settings);

    /** "ja", "en", or empty to follow the system locale. */
    QString language() const;
    void setLanguage(const QString& code);

    /** Servers that do not parse (edited by hand) are skipped; the result is always usable. */
    todoku::DnsResolverSettings dnsSettings() const;
    void setDnsSettings(const todoku::DnsResolverSettings& dns);

    /** The Domain check workspace's last inputs. The Spamhaus DQS key is a secret and is not stored. */
    struct DomainCheckInputs
    {
        QString domain;
        QString ips; ///< as typed: several, separated by commas or spaces
        QString helo;
        QString selectors; ///< as typed
        bool discoverSelectors = true;
    };
    DomainCheckInputs domainCheckInputs() const;
    void setDomainCheckInputs(const DomainCheckInputs& inputs);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

private:
    QSettings* m_settings;
};
