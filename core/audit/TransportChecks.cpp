// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/TransportChecks.h"

#include <QJsonArray>
#include <type_traits>

#include "core/smtp/BimiCheck.h"
#include "core/smtp/MtaStsCheck.h"
#include "core/smtp/TlsRptCheck.h"

namespace todoku::audit {

namespace {

/**
 * Runs one of the smtp module's checks (MtaStsCheck, TlsRptCheck, BimiCheck: each has check(domain),
 * report() with findings and queries, and finished()) as an audit item. The module check is a child, so
 * deleting this (DomainAudit::cancel) stops it.
 */
template <typename ModuleCheck>
class ModuleAuditCheck : public AuditCheck
{
public:
    /** BIMI judges the DMARC policy, so it waits for the dmarc item. */
    QStringList prerequisites() const override
    {
        if constexpr (std::is_same_v<ModuleCheck, BimiCheck>) {
            return {QStringLiteral("dmarc")};
        }
        return {};
    }
    void setPrerequisites(const QList<AuditItem>& items) override
    {
        for (const AuditItem& i : items) {
            if (i.check == u"dmarc" && i.dmarc) {
                m_dmarcPolicy = i.dmarc->requestedPolicy();
                // A failed lookup says nothing; none, several or an invalid one mean no policy at all.
                m_dmarcMissing = !m_dmarcPolicy && i.dmarc->rfc7489.status != DmarcRecordStatus::TempError;
            }
        }
    }
    void start(DnsResolver* resolver, const AuditRequest&, const QString& domain) override
    {
        auto* check = new ModuleCheck(resolver, this);
        if constexpr (std::is_same_v<ModuleCheck, BimiCheck>) {
            check->setDmarcPolicy(m_dmarcPolicy);
            check->setDmarcMissing(m_dmarcMissing);
        }
        QObject::connect(check, &ModuleCheck::finished, this, [this, check] {
            const auto& report = check->report();
            m_item.findings = report.findings;
            m_item.queries = report.queries;
            QJsonArray records;
            for (const QString& r : recordsOf(report))
                records.append(r);
            m_item.extra.insert(QStringLiteral("records"), records);
            emit finished();
        });
        check->check(domain);
    }
    AuditItem item() const override { return m_item; }

private:
    static QStringList recordsOf(const MtaStsReport& r) { return r.stsRecords; }
    static QStringList recordsOf(const TlsRptReport& r) { return r.records; }
    static QStringList recordsOf(const BimiReport& r) { return r.records; }
    /**
     * The policy that applies to mail from the domain (RFC 7489 §6.6.3): p= when its own _dmarc holds the
     * record, sp= when it came from the organisational domain; none without a valid record.
     */
    AuditItem m_item;
    std::optional<DmarcPolicy> m_dmarcPolicy;
    bool m_dmarcMissing = false;
};

} // namespace

std::unique_ptr<AuditCheck> makeMtaStsCheck()
{
    return std::make_unique<ModuleAuditCheck<MtaStsCheck>>();
}

std::unique_ptr<AuditCheck> makeTlsRptCheck()
{
    return std::make_unique<ModuleAuditCheck<TlsRptCheck>>();
}

std::unique_ptr<AuditCheck> makeBimiCheck()
{
    return std::make_unique<ModuleAuditCheck<BimiCheck>>();
}

void addTransportChecks(DomainAudit& audit, const QString& domain)
{
    audit.addCheck(QStringLiteral("mta-sts"), domain, makeMtaStsCheck());
    audit.addCheck(QStringLiteral("tls-rpt"), domain, makeTlsRptCheck());
    audit.addCheck(QStringLiteral("bimi"), domain, makeBimiCheck());
}

} // namespace todoku::audit
