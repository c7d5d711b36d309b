// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AppSettings.h"

#include <QStringList>

namespace {

const QString LANGUAGE_KEY = QStringLiteral("ui/language");
const QString GEOMETRY_KEY = QStringLiteral("ui/geometry");
const QString STATE_KEY = QStringLiteral("ui/state");
const QString SERVERS_KEY = QStringLiteral("dns/servers");
const QString TIMEOUT_KEY = QStringLiteral("dns/timeoutMs");
const QString TRIES_KEY = QStringLiteral("dns/tries");

} // namespace

AppSettings::AppSettings(QSettings* settings)
    : m_settings(settings)
{}

QString AppSettings::language() const
{
    return m_settings->value(LANGUAGE_KEY).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    m_settings->setValue(LANGUAGE_KEY, code);
}

todoku::DnsResolverSettings AppSettings::dnsSettings() const
{
    todoku::DnsResolverSettings dns;
    const QStringList servers = m_settings->value(SERVERS_KEY).toStringList();
    for (const QString& text : servers) {
        if (const auto server = todoku::DnsServer::parse(text)) {
            dns.servers.append(server.value());
        }
    }
    dns.timeoutMs = qBound(200, m_settings->value(TIMEOUT_KEY, dns.timeoutMs).toInt(), 30000);
    dns.tries = qBound(1, m_settings->value(TRIES_KEY, dns.tries).toInt(), 10);
    return dns;
}

void AppSettings::setDnsSettings(const todoku::DnsResolverSettings& dns)
{
    QStringList servers;
    for (const todoku::DnsServer& s : dns.servers) {
        servers.append(s.toString());
    }
    m_settings->setValue(SERVERS_KEY, servers);
    m_settings->setValue(TIMEOUT_KEY, dns.timeoutMs);
    m_settings->setValue(TRIES_KEY, dns.tries);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GEOMETRY_KEY).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(GEOMETRY_KEY, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(STATE_KEY).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(STATE_KEY, state);
}
