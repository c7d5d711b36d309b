// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/MailHostCheck.h"

#include "core/dns/DnsName.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"

namespace todoku {

namespace {

// RFC 7208 §4.6.4 looks at no more than 10 names of a PTR answer; an FCrDNS check needs no more either.
constexpr int MAX_PTR_NAMES = 10;

QList<QHostAddress> addressesOf(const DnsAnswer& a)
{
    return a.isAnswer() ? a.addresses() : QList<QHostAddress>();
}

} // namespace

MailHostCheck::MailHostCheck(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

MailHostCheck::~MailHostCheck() = default;

void MailHostCheck::ask(const QString& name, DnsRecordType type, std::function<void(const DnsAnswer&)> then)
{
    ++m_pending;
    m_resolver->ask(name, type, this, [this, then = std::move(then)](const DnsAnswer& answer) {
        (m_isMx ? m_mx.queries : m_reverse.queries).append(answer);
        then(answer);
        if (--m_pending == 0) {
            m_isMx ? finishMx() : finishReverse();
            emit finished();
        }
    });
}

void MailHostCheck::checkMx(const QString& domain)
{
    m_isMx = true;
    m_mx = MxReport{};
    m_mx.domain = domain;
    ask(domain, DnsRecordType::MX, [this](const DnsAnswer& mx) {
        m_mx.outcome = mx.outcome;
        if (!mx.isAnswer()) {
            return;
        }
        QList<DnsRecord> records = mx.records;
        std::stable_sort(records.begin(), records.end(), [](const DnsRecord& a, const DnsRecord& b) {
            return a.preference < b.preference;
        });
        for (const DnsRecord& r : records) {
            const QString target = dns::withoutTrailingDot(r.target);
            if (target.isEmpty()) {
                m_mx.nullMx = records.size() == 1 && r.preference == 0;
                continue;
            }
            const int index = int(m_mx.hosts.size());
            m_mx.hosts.append(MxHost{target, r.preference, DnsOutcome::NxDomain, {}, false});
            ask(target, DnsRecordType::A, [this, index](const DnsAnswer& a) {
                MxHost& host = m_mx.hosts[index];
                host.outcome = a.outcome;
                host.isCname = host.isCname || !a.cnames.isEmpty();
                host.addresses += addressesOf(a);
            });
            ask(target, DnsRecordType::AAAA, [this, index](const DnsAnswer& a) {
                MxHost& host = m_mx.hosts[index];
                host.isCname = host.isCname || !a.cnames.isEmpty();
                host.addresses += addressesOf(a);
            });
        }
    });
}

void MailHostCheck::checkReverse(const QHostAddress& ip)
{
    m_isMx = false;
    m_reverse = ReverseDnsReport{};
    m_reverse.ip = ip;
    m_reverse.reverseName = dns::reverseName(ip);
    const DnsRecordType type =
        ip.protocol() == QAbstractSocket::IPv6Protocol ? DnsRecordType::AAAA : DnsRecordType::A;
    ask(m_reverse.reverseName, DnsRecordType::PTR, [this, type](const DnsAnswer& ptr) {
        m_reverse.outcome = ptr.outcome;
        if (!ptr.isAnswer()) {
            return;
        }
        for (const QString& target : ptr.targets()) {
            const QString name = dns::withoutTrailingDot(target);
            if (m_reverse.names.size() >= MAX_PTR_NAMES || m_reverse.names.contains(name)) {
                continue;
            }
            m_reverse.names.append(name);
            ask(name, type, [this, name](const DnsAnswer& a) {
                if (addressesOf(a).contains(m_reverse.ip)) {
                    m_reverse.confirmedNames.append(name);
                }
            });
        }
    });
}

void MailHostCheck::finishMx()
{
    MxReport& r = m_mx;
    if (r.outcome == DnsOutcome::NxDomain || r.outcome == DnsOutcome::NoData) {
        // RFC 5321 §5.1: without MX, senders fall back to the domain's own address, if it has one.
        r.findings.append(
            Finding::make(QStringLiteral("mx.missing"), Severity::Warning, {r.domain})
                .withEvidence(Evidence::dns(r.domain, QStringLiteral("MX"), dns::outcomeName(r.outcome))));
        return;
    }
    if (!dns::isDefinite(r.outcome)) {
        r.findings.append(Finding::make(
            QStringLiteral("mx.temperror"), Severity::Warning, {r.domain, dns::outcomeName(r.outcome)}));
        return;
    }
    if (r.nullMx) {
        r.findings.append(Finding::make(QStringLiteral("mx.null"), Severity::Info, {r.domain}));
        return;
    }
    QStringList hosts;
    for (const MxHost& h : std::as_const(r.hosts)) {
        hosts.append(QStringLiteral("%1 %2").arg(h.preference).arg(h.name));
        if (h.isCname) {
            r.findings.append(
                Finding::make(QStringLiteral("mx.cname"), Severity::Warning, {r.domain, h.name}));
        }
        if (h.addresses.isEmpty()) {
            r.findings.append(Finding::make(QStringLiteral("mx.unresolvable"),
                                            Severity::Error,
                                            {r.domain, h.name, dns::outcomeName(h.outcome)}));
        }
    }
    if (r.findings.isEmpty()) {
        r.findings.append(Finding::make(
            QStringLiteral("mx.ok"), Severity::Ok, {r.domain, hosts.join(QStringLiteral(", "))}));
    }
}

void MailHostCheck::finishReverse()
{
    ReverseDnsReport& r = m_reverse;
    const QString ip = r.ip.toString();
    if (r.outcome == DnsOutcome::NxDomain || r.outcome == DnsOutcome::NoData) {
        r.findings.append(Finding::make(QStringLiteral("ptr.missing"), Severity::Error, {ip, r.reverseName})
                              .withEvidence(Evidence::dns(
                                  r.reverseName, QStringLiteral("PTR"), dns::outcomeName(r.outcome))));
    } else if (!dns::isDefinite(r.outcome)) {
        r.findings.append(Finding::make(QStringLiteral("ptr.temperror"),
                                        Severity::Warning,
                                        {ip, r.reverseName, dns::outcomeName(r.outcome)}));
    } else if (!r.isConfirmed()) {
        r.findings.append(Finding::make(
            QStringLiteral("ptr.not-confirmed"), Severity::Error, {ip, r.names.join(QStringLiteral(", "))}));
    } else {
        r.findings.append(
            Finding::make(QStringLiteral("ptr.ok"), Severity::Ok, {ip, r.confirmedNames.first()}));
    }
}

} // namespace todoku
