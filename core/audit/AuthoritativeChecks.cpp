// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuthoritativeChecks.h"

#include <QJsonArray>
#include <QPointer>
#include <functional>

#include "core/dmarc/PublicSuffixList.h"
#include "core/dns/AuthoritativeProbe.h"

namespace todoku::audit {

namespace {

class AuthoritativeCheck : public AuditCheck
{
public:
    AuthoritativeCheck(QString name, AuthoritativeCheckOptions options, QString fallback)
        : m_name(std::move(name))
        , m_fallback(std::move(fallback))
        , m_options(std::move(options))
    {}

    void start(DnsResolver* resolver, const AuditRequest&, const QString&) override
    {
        m_resolver = resolver;
        probe(m_name, [this](const AuthoritativeReport& r) {
            m_item.findings = r.findings;
            m_item.queries = r.queries;
            insertServers(m_item.extra, r);
            if (m_fallback.isEmpty() || !r.serversAgree() || hasDmarcRecord(r)) {
                emit finished();
                return;
            }
            // No DMARC record of its own on any server: receivers take the organisational domain's,
            // so that is the record whose servers matter.
            probe(m_fallback, [this](const AuthoritativeReport& org) {
                m_item.findings += org.findings;
                m_item.queries += org.queries;
                QJsonObject fallback{{QStringLiteral("name"), org.name}};
                insertServers(fallback, org);
                m_item.extra.insert(QStringLiteral("organizationalDomain"), fallback);
                emit finished();
            });
        });
    }
    AuditItem item() const override { return m_item; }

private:
    void probe(const QString& name, std::function<void(const AuthoritativeReport&)> then)
    {
        // A child, so deleting the check (DomainAudit::cancel) stops the probe.
        auto* probe = new AuthoritativeProbe(m_resolver, this);
        probe->setServerPort(m_options.port);
        for (const auto& [from, to] : std::as_const(m_options.map)) {
            probe->mapServer(from, to);
        }
        connect(probe, &AuthoritativeProbe::finished, this, [probe, then = std::move(then)] {
            then(probe->report());
        });
        probe->probe(name, DnsRecordType::TXT);
    }

    static bool hasDmarcRecord(const AuthoritativeReport& r)
    {
        for (const AuthoritativeServerResult& s : r.servers) {
            for (const QByteArray& text : s.best().texts()) {
                if (text.startsWith("v=DMARC1")) {
                    return true;
                }
            }
        }
        return false;
    }

    static void insertServers(QJsonObject& into, const AuthoritativeReport& r)
    {
        QJsonArray servers;
        for (const AuthoritativeServerResult& s : r.servers) {
            servers.append(QJsonObject{{QStringLiteral("host"), s.host},
                                       {QStringLiteral("address"), s.server.address.toString()},
                                       {QStringLiteral("udp"), dns::outcomeName(s.udp.outcome)},
                                       {QStringLiteral("tcp"), dns::outcomeName(s.tcp.outcome)},
                                       {QStringLiteral("says"), s.summary()}});
        }
        into.insert(QStringLiteral("zone"), r.zone);
        into.insert(QStringLiteral("nameServers"), QJsonArray::fromStringList(r.nameServers));
        into.insert(QStringLiteral("servers"), servers);
    }

    QString m_name;
    QString m_fallback;
    AuthoritativeCheckOptions m_options;
    QPointer<DnsResolver> m_resolver;
    AuditItem m_item;
};

} // namespace

std::unique_ptr<AuditCheck>
makeAuthoritativeCheck(const QString& name, const AuthoritativeCheckOptions& options, const QString& fallback)
{
    return std::make_unique<AuthoritativeCheck>(name, options, fallback);
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
    const QString org = PublicSuffixList::system().organizationalDomain(domain);
    const QString dmarcFallback =
        org.isEmpty() || org == domain ? QString() : QStringLiteral("_dmarc.") + org;
    for (const QString& name : std::as_const(names)) {
        audit.addCheck(
            QStringLiteral("authns"),
            name,
            makeAuthoritativeCheck(name, options, name == names.at(1) ? dmarcFallback : QString()));
    }
}

} // namespace todoku::audit
