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
const QString CHECK_DOMAIN_KEY = QStringLiteral("check/domain");
const QString CHECK_IPS_KEY = QStringLiteral("check/ips");
const QString CHECK_HELO_KEY = QStringLiteral("check/helo");
const QString CHECK_SELECTORS_KEY = QStringLiteral("check/selectors");
const QString CHECK_DISCOVER_KEY = QStringLiteral("check/discoverSelectors");

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

AppSettings::DomainCheckInputs AppSettings::domainCheckInputs() const
{
    DomainCheckInputs in;
    in.domain = m_settings->value(CHECK_DOMAIN_KEY).toString();
    in.ips = m_settings->value(CHECK_IPS_KEY).toString();
    in.helo = m_settings->value(CHECK_HELO_KEY).toString();
    in.selectors = m_settings->value(CHECK_SELECTORS_KEY).toString();
    in.discoverSelectors = m_settings->value(CHECK_DISCOVER_KEY, true).toBool();
    return in;
}

void AppSettings::setDomainCheckInputs(const DomainCheckInputs& inputs)
{
    m_settings->setValue(CHECK_DOMAIN_KEY, inputs.domain);
    m_settings->setValue(CHECK_IPS_KEY, inputs.ips);
    m_settings->setValue(CHECK_HELO_KEY, inputs.helo);
    m_settings->setValue(CHECK_SELECTORS_KEY, inputs.selectors);
    m_settings->setValue(CHECK_DISCOVER_KEY, inputs.discoverSelectors);
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
