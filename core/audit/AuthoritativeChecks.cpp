// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuthoritativeChecks.h"

#include <QJsonArray>

#include "core/dns/AuthoritativeProbe.h"

namespace todoku::audit {

namespace {

class AuthoritativeCheck : public AuditCheck
{
public:
    AuthoritativeCheck(QString name, AuthoritativeCheckOptions options)
        : m_name(std::move(name))
        , m_options(std::move(options))
    {}

    void start(DnsResolver* resolver, const AuditRequest&, const QString&) override
    {
        // A child, so deleting the check (DomainAudit::cancel) stops the probe.
        auto* probe = new AuthoritativeProbe(resolver, this);
        probe->setServerPort(m_options.port);
        for (const auto& [from, to] : std::as_const(m_options.map)) {
            probe->mapServer(from, to);
        }
        connect(probe, &AuthoritativeProbe::finished, this, [this, probe] {
            const AuthoritativeReport& r = probe->report();
            m_item.findings = r.findings;
            m_item.queries = r.queries;
            QJsonArray servers;
            for (const AuthoritativeServerResult& s : r.servers) {
                servers.append(QJsonObject{{QStringLiteral("host"), s.host},
                                           {QStringLiteral("address"), s.server.address.toString()},
                                           {QStringLiteral("udp"), dns::outcomeName(s.udp.outcome)},
                                           {QStringLiteral("tcp"), dns::outcomeName(s.tcp.outcome)},
                                           {QStringLiteral("says"), s.summary()}});
            }
            m_item.extra.insert(QStringLiteral("zone"), r.zone);
            m_item.extra.insert(QStringLiteral("nameServers"), QJsonArray::fromStringList(r.nameServers));
            m_item.extra.insert(QStringLiteral("servers"), servers);
            emit finished();
        });
        probe->probe(m_name, DnsRecordType::TXT);
    }
    AuditItem item() const override { return m_item; }

private:
    QString m_name;
    AuthoritativeCheckOptions m_options;
    AuditItem m_item;
};

} // namespace

std::unique_ptr<AuditCheck> makeAuthoritativeCheck(const QString& name,
                                                   const AuthoritativeCheckOptions& options)
{
    return std::make_unique<AuthoritativeCheck>(name, options);
}

void addAuthoritativeChecks(DomainAudit& audit,
                            const QString& domain,
                            const QStringList& selectors,
                            const AuthoritativeCheckOptions& options)
{
    QStringList names{domain, QStringLiteral("_dmarc.") + domain};
    for (const QString& s : selectors) {
        const QString name = s.trimmed().toLower() + QStringLiteral("._domainkey.") + domain;
        if (!s.trimmed().isEmpty() && !names.contains(name)) {
            names.append(name);
        }
    }
    for (const QString& name : std::as_const(names)) {
        audit.addCheck(QStringLiteral("authns"), name, makeAuthoritativeCheck(name, options));
    }
}

} // namespace todoku::audit
