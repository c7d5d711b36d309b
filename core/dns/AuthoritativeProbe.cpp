// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dns/AuthoritativeProbe.h"

#include <QMap>
#include <QSet>
#include <algorithm>

#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"

namespace todoku {

namespace {

QString serverLabel(const AuthoritativeServerResult& s)
{
    return QStringLiteral("%1 (%2)").arg(s.host, s.server.address.toString());
}

} // namespace

const DnsAnswer& AuthoritativeServerResult::best() const
{
    return dns::isDefinite(tcp.outcome) || !dns::isDefinite(udp.outcome) ? tcp : udp;
}

QString AuthoritativeServerResult::summary() const
{
    const DnsAnswer& a = best();
    if (!a.isAnswer()) {
        return dns::outcomeName(a.outcome);
    }
    QStringList values;
    for (const DnsRecord& r : a.records) {
        values.append(r.presentation());
    }
    values.sort();
    return values.join(QStringLiteral(" | "));
}

bool AuthoritativeReport::serversAgree() const
{
    QSet<QString> seen;
    for (const AuthoritativeServerResult& s : servers) {
        if (!s.lame && dns::isDefinite(s.best().outcome)) {
            seen.insert(s.summary());
        }
    }
    return seen.size() <= 1;
}

AuthoritativeProbe::AuthoritativeProbe(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

AuthoritativeProbe::~AuthoritativeProbe() = default;

void AuthoritativeProbe::probe(const QString& aceName, DnsRecordType type)
{
    m_report = {};
    m_report.name = aceName;
    m_report.type = type;
    m_finished = false;
    findZone(aceName);
}

void AuthoritativeProbe::ask(const QString& name,
                             DnsRecordType type,
                             const DnsQueryOptions& options,
                             std::function<void(const DnsAnswer&)> then)
{
    ++m_pending;
    m_resolver->ask(
        name,
        type,
        this,
        [this, then = std::move(then)](const DnsAnswer& answer) {
            m_report.queries.append(answer);
            then(answer);
            --m_pending;
            done();
        },
        options);
}

void AuthoritativeProbe::done()
{
    // Stages chain by starting their next queries inside `then`, so zero pending means the probe is over.
    if (m_pending == 0 && !m_finished) {
        finish();
    }
}

void AuthoritativeProbe::findZone(const QString& candidate)
{
    // The zone cut is the closest enclosing name that owns an NS set (RFC 1034 §4.2); an NS query to a
    // recursive resolver answers NODATA or NXDOMAIN below it, so walk up one label at a time.
    ask(candidate, DnsRecordType::NS, {}, [this, candidate](const DnsAnswer& a) {
        if (a.isAnswer()) {
            m_report.zone = candidate;
            // Servers rotate the order of an RRset (BIND's rrset-order); sort it so reports are stable.
            m_report.nameServers = a.targets();
            m_report.nameServers.sort(Qt::CaseInsensitive);
            resolveServers();
            return;
        }
        const int dot = candidate.indexOf(u'.');
        if (dns::isDefinite(a.outcome) && dot > 0) {
            findZone(candidate.mid(dot + 1));
            return;
        }
        m_report.findings.append(
            Finding::make(QStringLiteral("dns.no-nameservers"),
                          Severity::Error,
                          {m_report.name, dns::outcomeName(a.outcome)})
                .withEvidence(Evidence::dns(candidate, QStringLiteral("NS"), dns::outcomeName(a.outcome))));
    });
}

void AuthoritativeProbe::resolveServers()
{
    for (const QString& host : std::as_const(m_report.nameServers)) {
        for (const DnsRecordType t : {DnsRecordType::A, DnsRecordType::AAAA}) {
            ask(host, t, {}, [this, host](const DnsAnswer& a) {
                for (const QHostAddress& address : a.addresses()) {
                    AuthoritativeServerResult s;
                    s.host = host;
                    s.server = DnsServer{address, m_port};
                    s.asked = s.server;
                    for (const auto& [from, to] : m_map) {
                        if (from == address) {
                            s.asked = to;
                        }
                    }
                    m_report.servers.append(s);
                }
                // Once the last address query is in, ask every server; the counter still holds this one.
                if (m_pending == 1) {
                    askServers();
                }
            });
        }
    }
}

void AuthoritativeProbe::askServers()
{
    // Address answers arrive in any order; report the servers in NS order, IPv4 before IPv6.
    std::stable_sort(m_report.servers.begin(),
                     m_report.servers.end(),
                     [this](const AuthoritativeServerResult& a, const AuthoritativeServerResult& b) {
                         const qsizetype ia = m_report.nameServers.indexOf(a.host);
                         const qsizetype ib = m_report.nameServers.indexOf(b.host);
                         if (ia != ib) {
                             return ia < ib;
                         }
                         return a.server.address.protocol() < b.server.address.protocol();
                     });
    for (int i = 0; i < m_report.servers.size(); ++i) {
        for (const DnsTransport transport : {DnsTransport::UdpOnly, DnsTransport::TcpOnly}) {
            DnsQueryOptions options;
            options.servers = {m_report.servers.at(i).asked};
            options.transport = transport;
            ask(m_report.name, m_report.type, options, [this, i, transport](const DnsAnswer& a) {
                AuthoritativeServerResult& s = m_report.servers[i];
                (transport == DnsTransport::UdpOnly ? s.udp : s.tcp) = a;
            });
        }
    }
}

void AuthoritativeProbe::finish()
{
    m_finished = true;
    AuthoritativeReport& r = m_report;
    const QString type = dns::typeName(r.type);
    QSet<QString> unresolvable(r.nameServers.cbegin(), r.nameServers.cend());
    for (AuthoritativeServerResult& s : r.servers) {
        unresolvable.remove(s.host);
        const QString label = serverLabel(s);
        const auto evidence = [&](const DnsAnswer& a, const QString& how) {
            return Evidence::dns(
                r.name, type, QStringLiteral("%1 %2: %3").arg(label, how, dns::outcomeName(a.outcome)));
        };
        s.truncatedNoTcp =
            s.udp.truncated && !dns::isDefinite(s.tcp.outcome) && s.tcp.outcome != DnsOutcome::ServFail;
        s.lame = s.best().outcome == DnsOutcome::Refused
                 || (dns::isDefinite(s.best().outcome) && !s.best().authoritative);
        if (s.truncatedNoTcp) {
            r.findings.append(Finding::make(QStringLiteral("dns.truncated-no-tcp"),
                                            Severity::Error,
                                            {s.host, s.server.address.toString(), r.name, type})
                                  .withEvidence(evidence(s.tcp, QStringLiteral("TCP"))));
        }
        if (s.lame) {
            r.findings.append(Finding::make(QStringLiteral("dns.lame"),
                                            Severity::Error,
                                            {s.host, s.server.address.toString(), r.zone})
                                  .withEvidence(evidence(s.best(), QString())));
            continue;
        }
        // One finding per server and kind, whichever transport showed it first.
        QSet<int> seen;
        const auto report = [&](const DnsAnswer& answer, const QString& how) {
            QString id;
            switch (answer.outcome) {
            case DnsOutcome::Timeout:
                id = QStringLiteral("dns.server-timeout");
                break;
            case DnsOutcome::ServFail:
                id = QStringLiteral("dns.server-servfail");
                break;
            case DnsOutcome::NetworkError:
            case DnsOutcome::Malformed:
                id = QStringLiteral("dns.server-unreachable");
                break;
            default:
                return;
            }
            if (seen.contains(int(answer.outcome))) {
                return;
            }
            seen.insert(int(answer.outcome));
            r.findings.append(
                Finding::make(id, Severity::Error, {s.host, s.server.address.toString(), r.name, type, how})
                    .withEvidence(evidence(answer, how)));
        };
        report(s.udp, QStringLiteral("UDP"));
        report(s.tcp, QStringLiteral("TCP"));
    }
    for (const QString& host : std::as_const(r.nameServers)) {
        if (unresolvable.contains(host)) {
            r.findings.append(
                Finding::make(QStringLiteral("dns.ns-unresolvable"), Severity::Error, {host, r.zone}));
        }
    }
    if (r.zone.isEmpty()) {
        emit finished();
        return;
    }
    // Group the servers by what they say: two or more different definite answers is the classic cause of a
    // result that changes from one query to the next.
    QMap<QString, QStringList> byAnswer;
    for (const AuthoritativeServerResult& s : std::as_const(r.servers)) {
        if (!s.lame && dns::isDefinite(s.best().outcome)) {
            byAnswer[s.summary()].append(serverLabel(s));
        }
    }
    if (byAnswer.size() > 1) {
        Finding f = Finding::make(QStringLiteral("dns.servers-disagree"),
                                  Severity::Error,
                                  {r.name, type, QString::number(byAnswer.size())});
        for (auto it = byAnswer.cbegin(); it != byAnswer.cend(); ++it) {
            f.withEvidence(Evidence::dns(
                r.name, type, QStringLiteral("%1: %2").arg(it.value().join(QStringLiteral(", ")), it.key())));
        }
        r.findings.append(f);
    } else if (byAnswer.size() == 1 && r.findings.isEmpty()) {
        r.findings.append(Finding::make(QStringLiteral("dns.servers-agree"),
                                        Severity::Ok,
                                        {r.name, type, QString::number(r.servers.size())})
                              .withEvidence(Evidence::dns(r.name, type, byAnswer.firstKey())));
    }
    emit finished();
}

} // namespace todoku
