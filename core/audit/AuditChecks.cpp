// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditChecks_p.h"
#include "core/dkim/DkimSelectorDiscovery.h"
#include "core/dmarc/DmarcDiscovery.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"
#include "core/smtp/DnsblCheck.h"
#include "core/smtp/HeloName.h"
#include "core/smtp/MailHostCheck.h"
#include "core/spf/SpfEvaluator.h"
#include "core/spf/SpfLinter.h"

namespace todoku::audit {

namespace {

/** A check that fills m_item and emits finished() through done(). */
class BuiltInCheck : public AuditCheck
{
public:
    using AuditCheck::AuditCheck;
    AuditItem item() const override { return m_item; }

protected:
    void done() { emit finished(); }
    AuditItem m_item;
};

class MxCheck : public BuiltInCheck
{
public:
    void start(DnsResolver* resolver, const AuditRequest&, const QString& domain) override
    {
        m_resolver = resolver;
        m_check = new MailHostCheck(resolver, this);
        connect(m_check, &MailHostCheck::finished, this, &MxCheck::onMx);
        m_check->checkMx(domain);
    }

private:
    void onMx()
    {
        const MxReport& mx = m_check->mx();
        m_item.mx = mx;
        m_item.queries += mx.queries;
        m_item.findings += mx.findings;
        // Each MX host's reverse DNS: a host that also sends mail needs it (Gmail 5.7.25), and a missing
        // one is a sign the host is not a mail server's own.
        for (const MxHost& h : mx.hosts) {
            for (const QHostAddress& a : h.addresses) {
                auto* c = new MailHostCheck(m_resolver, this);
                ++m_pending;
                connect(c, &MailHostCheck::finished, this, [this, c, host = h.name] {
                    const ReverseDnsReport& r = c->reverse();
                    m_item.mxHostReverse.append(r);
                    m_item.queries += r.queries;
                    if (!r.isConfirmed() && !r.findings.isEmpty()) {
                        // %1 MX host, %2 its address, %3 the reverse DNS finding (ptr.missing, …).
                        m_item.findings.append(Finding::make(QStringLiteral("mx.host-ptr"),
                                                             Severity::Info,
                                                             {host, r.ip.toString(), r.findings.first().id}));
                    }
                    if (--m_pending == 0) {
                        done();
                    }
                });
                c->checkReverse(a);
            }
        }
        if (m_pending == 0) {
            done();
        }
    }

    DnsResolver* m_resolver = nullptr;
    MailHostCheck* m_check = nullptr;
    int m_pending = 0;
};

class PtrCheck : public BuiltInCheck
{
public:
    explicit PtrCheck(const QHostAddress& ip)
        : m_ip(ip)
    {}
    void start(DnsResolver* resolver, const AuditRequest& request, const QString&) override
    {
        m_helo = request.helo;
        m_check = new MailHostCheck(resolver, this);
        connect(m_check, &MailHostCheck::finished, this, [this] {
            const ReverseDnsReport& r = m_check->reverse();
            m_item.reverse = r;
            m_item.queries += r.queries;
            m_item.findings += r.findings;
            for (const QString& name : r.names) {
                if (smtp::isGenericReverseName(name, r.ip)) {
                    m_item.findings.append(Finding::make(
                        QStringLiteral("ptr.generic"), Severity::Warning, {name, r.ip.toString()}));
                    break;
                }
            }
            if (!r.isConfirmed() && !m_helo.isEmpty()) {
                // What to ask the IP's owner for: the PTR naming the server's own (HELO) name.
                for (Finding& f : m_item.findings) {
                    if (f.id == u"ptr.missing" || f.id == u"ptr.not-confirmed") {
                        ProposedRecord p = ProposedRecord::make(dns::absoluteName(r.reverseName),
                                                                QStringLiteral("PTR"),
                                                                dns::absoluteName(m_helo),
                                                                QStringLiteral("ptr"));
                        p.setAt = QStringLiteral("ip-owner");
                        f.withRecord(p);
                    }
                }
            }
            done();
        });
        m_check->checkReverse(m_ip);
    }

private:
    QHostAddress m_ip;
    QString m_helo;
    MailHostCheck* m_check = nullptr;
};

/** RFC 5321 §4.1.1.1 name rules, the name's addresses, its agreement with the PTR, its own SPF. */
class HeloCheck : public BuiltInCheck
{
public:
    explicit HeloCheck(const QString& helo)
        : m_helo(helo)
    {}
    void start(DnsResolver* resolver, const AuditRequest& request, const QString&) override
    {
        m_resolver = resolver;
        m_ips = request.ips;
        const QString name = dns::withoutTrailingDot(m_helo.trimmed()).toLower();
        const smtp::HeloProblem problem = smtp::checkHeloName(name);
        if (problem != smtp::HeloProblem::None) {
            // helo.* texts: %1 the name, %2 who recorded it (here: the check itself).
            m_item.findings.append(Finding::make(
                smtp::heloFindingId(problem), Severity::Error, {m_helo, QStringLiteral("Todoku")}));
            if (problem != smtp::HeloProblem::NotFqdn) {
                QMetaObject::invokeMethod(this, &HeloCheck::done, Qt::QueuedConnection);
                return;
            }
        }
        const auto ace = dns::toAce(name);
        if (!ace) {
            QMetaObject::invokeMethod(this, &HeloCheck::done, Qt::QueuedConnection);
            return;
        }
        m_name = *ace;
        ask(m_name, DnsRecordType::A);
        ask(m_name, DnsRecordType::AAAA);
        for (const QHostAddress& ip : std::as_const(m_ips)) {
            auto* c = new MailHostCheck(resolver, this);
            ++m_pending;
            connect(c, &MailHostCheck::finished, this, [this, c] {
                m_reverse.append(c->reverse());
                m_item.queries += c->reverse().queries;
                step();
            });
            c->checkReverse(ip);
            auto* spf = new SpfEvaluator(resolver, this);
            spf->setExploreBudget(0);
            ++m_pending;
            connect(spf, &SpfEvaluator::finished, this, [this, spf] {
                if (!m_item.spf) {
                    m_item.spf = spf->result();
                }
                m_spf.append(spf->result());
                m_item.queries += spf->result().queries;
                step();
            });
            spf->start(SpfRequest::forHelo(ip, m_name));
        }
    }

private:
    void ask(const QString& name, DnsRecordType type)
    {
        ++m_pending;
        m_resolver->ask(name, type, this, [this](const DnsAnswer& a) {
            m_item.queries.append(a);
            if (a.isAnswer()) {
                m_addresses += a.addresses();
            } else if (!dns::isDefinite(a.outcome)) {
                m_failed = true;
            }
            step();
        });
    }

    void step()
    {
        if (--m_pending > 0) {
            return;
        }
        const QString ips = [&] {
            QStringList l;
            for (const QHostAddress& a : std::as_const(m_addresses)) {
                l.append(a.toString());
            }
            return l.join(QStringLiteral(", "));
        }();
        if (m_addresses.isEmpty()) {
            // %1 the name.
            m_item.findings.append(
                Finding::make(m_failed ? QStringLiteral("helo.temperror") : QStringLiteral("helo.no-address"),
                              m_failed ? Severity::Warning : Severity::Error,
                              {m_helo}));
        }
        for (const QHostAddress& ip : std::as_const(m_ips)) {
            if (!m_addresses.isEmpty() && !m_addresses.contains(ip)) {
                // %1 the name, %2 the sending IP, %3 the name's addresses.
                m_item.findings.append(Finding::make(
                    QStringLiteral("helo.mismatch"), Severity::Warning, {m_helo, ip.toString(), ips}));
            }
        }
        for (const ReverseDnsReport& r : std::as_const(m_reverse)) {
            if (r.outcome == DnsOutcome::Answer && !r.names.contains(m_name, Qt::CaseInsensitive)) {
                // %1 the name, %2 the IP, %3 its PTR names.
                m_item.findings.append(
                    Finding::make(QStringLiteral("helo.ptr-differs"),
                                  Severity::Info,
                                  {m_helo, r.ip.toString(), r.names.join(QStringLiteral(", "))}));
            }
        }
        for (const SpfResult& s : std::as_const(m_spf)) {
            // %1 the name, %2 the IP, %3 the SPF result of the HELO identity (RFC 7208 §2.3).
            const bool good = s.result == SpfResultCode::Pass || s.result == SpfResultCode::None;
            m_item.findings.append(
                Finding::make(good ? QStringLiteral("helo.spf-pass") : QStringLiteral("helo.spf"),
                              good ? Severity::Ok : Severity::Info,
                              {m_helo, s.request.ip.toString(), spf::resultName(s.result)}));
        }
        bool problem = false;
        for (const Finding& f : std::as_const(m_item.findings)) {
            problem = problem || f.severity >= Severity::Warning;
        }
        if (!problem) {
            m_item.findings.prepend(Finding::make(QStringLiteral("helo.ok"), Severity::Ok, {m_helo, ips}));
        }
        done();
    }

    QString m_helo;
    QString m_name;
    DnsResolver* m_resolver = nullptr;
    QList<QHostAddress> m_ips;
    QList<QHostAddress> m_addresses;
    QList<ReverseDnsReport> m_reverse;
    QList<SpfResult> m_spf;
    bool m_failed = false;
    int m_pending = 0;
};

class SpfLintCheck : public BuiltInCheck
{
public:
    void start(DnsResolver* resolver, const AuditRequest&, const QString& domain) override
    {
        m_linter = new SpfLinter(resolver, this);
        connect(m_linter, &SpfLinter::finished, this, [this] {
            const SpfLintReport& r = m_linter->report();
            m_item.spfLint = r;
            m_item.queries += r.queries;
            m_item.findings += r.findings;
            if (!r.record.isEmpty() && audit::worstOf(r.findings) < Severity::Warning) {
                // %1 domain, %2 the record, %3 its lookups (RFC 7208 §4.6.4 allows 10).
                m_item.findings.prepend(Finding::make(QStringLiteral("spf.published"),
                                                      Severity::Ok,
                                                      {r.domain, r.record, QString::number(r.lookups())}));
            }
            done();
        });
        m_linter->start(domain);
    }

private:
    SpfLinter* m_linter = nullptr;
};

class SpfIpCheck : public BuiltInCheck
{
public:
    explicit SpfIpCheck(const QHostAddress& ip)
        : m_ip(ip)
    {}
    void start(DnsResolver* resolver, const AuditRequest& request, const QString& domain) override
    {
        m_eval = new SpfEvaluator(resolver, this);
        connect(m_eval, &SpfEvaluator::finished, this, [this] {
            m_item.spf = m_eval->result();
            m_item.queries += m_eval->result().queries;
            m_item.findings += m_eval->result().findings;
            done();
        });
        m_eval->start(SpfRequest::forMailFrom(m_ip, QStringLiteral("postmaster@") + domain, request.helo));
    }

private:
    QHostAddress m_ip;
    SpfEvaluator* m_eval = nullptr;
};

class DmarcCheck : public BuiltInCheck
{
public:
    explicit DmarcCheck(const PublicSuffixList* psl)
        : m_psl(psl)
    {}
    void start(DnsResolver* resolver, const AuditRequest&, const QString& domain) override
    {
        m_discovery = new DmarcDiscovery(resolver, m_psl, this);
        connect(m_discovery, &DmarcDiscovery::finished, this, [this] {
            const DmarcDiscoveryResult& r = m_discovery->result();
            m_item.dmarc = r;
            m_item.queries += r.queries;
            m_item.findings += r.findings;
            if (r.rfc7489.status == DmarcRecordStatus::Found) {
                bool problem = false;
                for (const Finding& f : r.findings) {
                    problem = problem || f.severity >= Severity::Warning;
                }
                if (!problem) {
                    // %1 where the record is, %2 its policy.
                    m_item.findings.prepend(
                        Finding::make(QStringLiteral("dmarc.published"),
                                      Severity::Ok,
                                      {r.rfc7489.foundAt(),
                                       r.rfc7489.record ? dmarc::policyName(r.rfc7489.record->domainPolicy())
                                                        : QString()}));
                }
            }
            done();
        });
        m_discovery->start(domain);
    }

private:
    const PublicSuffixList* m_psl;
    DmarcDiscovery* m_discovery = nullptr;
};

class DkimCheck : public BuiltInCheck
{
public:
    void start(DnsResolver* resolver, const AuditRequest& request, const QString& domain) override
    {
        m_discovery = new DkimSelectorDiscovery(resolver, this);
        if (!request.discoverSelectors) {
            m_discovery->setCommonSelectors({});
        } else if (!request.commonSelectors.isEmpty()) {
            m_discovery->setCommonSelectors(request.commonSelectors);
        }
        connect(m_discovery, &DkimSelectorDiscovery::finished, this, [this] {
            const DkimDiscoveryReport& r = m_discovery->report();
            m_item.dkim = r;
            m_item.queries += r.queries;
            m_item.findings += r.findings;
            done();
        });
        m_discovery->start(domain, request.selectors);
    }

private:
    DkimSelectorDiscovery* m_discovery = nullptr;
};

class DnsblAuditCheck : public BuiltInCheck
{
public:
    void start(DnsResolver* resolver, const AuditRequest& request, const QString& domain) override
    {
        m_check = new DnsblCheck(resolver, this);
        if (!request.dnsblLists.isEmpty()) {
            m_check->setLists(request.dnsblLists);
        }
        m_check->setDqsKey(request.dqsKey);
        connect(m_check, &DnsblCheck::finished, this, [this] {
            const DnsblReport& r = m_check->report();
            m_item.dnsbl = r;
            m_item.queries += r.queries;
            m_item.findings += r.findings;
            done();
        });
        m_check->start(request.ips, {domain});
    }

private:
    DnsblCheck* m_check = nullptr;
};

} // namespace

std::unique_ptr<AuditCheck> makeMxCheck()
{
    return std::make_unique<MxCheck>();
}
std::unique_ptr<AuditCheck> makePtrCheck(const QHostAddress& ip)
{
    return std::make_unique<PtrCheck>(ip);
}
std::unique_ptr<AuditCheck> makeHeloCheck(const QString& helo)
{
    return std::make_unique<HeloCheck>(helo);
}
std::unique_ptr<AuditCheck> makeSpfLintCheck()
{
    return std::make_unique<SpfLintCheck>();
}
std::unique_ptr<AuditCheck> makeSpfIpCheck(const QHostAddress& ip)
{
    return std::make_unique<SpfIpCheck>(ip);
}
std::unique_ptr<AuditCheck> makeDmarcCheck(const PublicSuffixList* psl)
{
    return std::make_unique<DmarcCheck>(psl);
}
std::unique_ptr<AuditCheck> makeDkimCheck()
{
    return std::make_unique<DkimCheck>();
}
std::unique_ptr<AuditCheck> makeDnsblCheck()
{
    return std::make_unique<DnsblAuditCheck>();
}

} // namespace todoku::audit
