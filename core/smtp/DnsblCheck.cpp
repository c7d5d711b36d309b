// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/DnsblCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/common/EmbeddedCatalog.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"

namespace todoku {

namespace {

DnsblList listFromJson(const QJsonObject& o)
{
    DnsblList l;
    l.id = o.value(u"id").toString();
    l.name = o.value(u"name").toString();
    l.zone = o.value(u"zone").toString();
    l.kind = o.value(u"kind").toString() == u"domain" ? DnsblList::Kind::Domain : DnsblList::Kind::Ip;
    l.ipv6 = o.value(u"ipv6").toBool(false);
    l.dqsZone = o.value(u"dqsZone").toString();
    l.removalUrl = o.value(u"removal").toString();
    for (const QJsonValue& v : o.value(u"codes").toArray()) {
        const QJsonObject c = v.toObject();
        l.codes.append(DnsblCode{c.value(u"address").toString(),
                                 c.value(u"meaning").toString() == u"unchecked"
                                     ? DnsblCode::Meaning::Unchecked
                                     : DnsblCode::Meaning::Listed,
                                 c.value(u"label").toString()});
    }
    return l;
}

} // namespace

DnsblCode DnsblList::codeFor(const QHostAddress& answer) const
{
    for (const DnsblCode& c : codes) {
        if (!c.address.isEmpty() && QHostAddress(c.address) == answer) {
            return c;
        }
    }
    // RFC 5782 §2.1: any A answer under 127/8 means listed; one outside it is a broken list or a
    // resolver that rewrites NXDOMAIN, which is no evidence either way.
    if (answer.isInSubnet(QHostAddress(QStringLiteral("127.0.0.0")), 8)) {
        return DnsblCode{answer.toString(), DnsblCode::Meaning::Listed, {}};
    }
    return DnsblCode{answer.toString(), DnsblCode::Meaning::Unchecked, QStringLiteral("not a 127/8 answer")};
}

QList<DnsblList> defaultDnsblLists()
{
    static const QList<DnsblList> lists = [] {
        QList<DnsblList> out;
        const QJsonObject root =
            QJsonDocument::fromJson(catalog::readEmbedded(QStringLiteral("dnsbl.json"))).object();
        for (const QJsonValue& v : root.value(u"lists").toArray()) {
            DnsblList l = listFromJson(v.toObject());
            if (!l.id.isEmpty() && !l.zone.isEmpty()) {
                out.append(l);
            }
        }
        return out;
    }();
    return lists;
}

QString DnsblCheck::queryName(const QHostAddress& ip, const QString& zone)
{
    // The PTR name without its in-addr.arpa / ip6.arpa suffix is the RFC 5782 §2.1 / §2.4 prefix.
    const QString reverse = dns::reverseName(ip);
    const int cut =
        reverse.lastIndexOf(ip.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1String(".ip6.arpa")
                                                                           : QLatin1String(".in-addr.arpa"));
    if (cut <= 0) {
        return {};
    }
    return reverse.left(cut) + u'.' + zone;
}

DnsblCheck::DnsblCheck(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_lists(defaultDnsblLists())
{}

DnsblCheck::~DnsblCheck() = default;

void DnsblCheck::start(const QList<QHostAddress>& ips, const QStringList& domains)
{
    m_report = DnsblReport{};
    struct Ask
    {
        int list;
        QString subject;
        QString name;
        bool unsupported;
    };
    QList<Ask> asks;
    for (int i = 0; i < m_lists.size(); ++i) {
        const DnsblList& list = m_lists[i];
        const QString zone =
            !m_dqsKey.isEmpty() && !list.dqsZone.isEmpty() ? m_dqsKey + u'.' + list.dqsZone : list.zone;
        if (list.kind == DnsblList::Kind::Ip) {
            for (const QHostAddress& ip : ips) {
                const bool v6 = ip.protocol() == QAbstractSocket::IPv6Protocol;
                asks.append(Ask{i, ip.toString(), queryName(ip, zone), v6 && !list.ipv6});
            }
        } else {
            for (const QString& d : domains) {
                asks.append(Ask{i, d, d + u'.' + zone, false});
            }
        }
    }
    for (const Ask& a : asks) {
        const DnsblList& list = m_lists[a.list];
        DnsblResult r;
        r.listId = list.id;
        r.listName = list.name;
        r.subject = a.subject;
        r.queryName = a.unsupported ? QString() : a.name;
        const int index = int(m_report.results.size());
        if (a.unsupported) {
            r.status = DnsblResult::Status::Unchecked;
            r.labels.append(QStringLiteral("no IPv6 list"));
            m_report.results.append(r);
            continue;
        }
        m_report.results.append(r);
        ++m_pending;
        m_resolver->ask(
            a.name, DnsRecordType::A, this, [this, index, listIndex = a.list](const DnsAnswer& answer) {
                m_report.queries.append(answer);
                DnsblResult& res = m_report.results[index];
                res.outcome = answer.outcome;
                bool listed = false;
                if (answer.outcome == DnsOutcome::NxDomain || answer.outcome == DnsOutcome::NoData) {
                    res.status = DnsblResult::Status::Clean;
                } else if (!answer.isAnswer()) {
                    res.status = DnsblResult::Status::Unchecked;
                } else {
                    res.status = DnsblResult::Status::Unchecked;
                    for (const QHostAddress& a : answer.addresses()) {
                        const DnsblCode code = m_lists[listIndex].codeFor(a);
                        res.codes.append(a.toString());
                        if (!code.label.isEmpty()) {
                            res.labels.append(code.label);
                        }
                        // One "listed" code outweighs an "unchecked" one beside it.
                        listed = listed || code.meaning == DnsblCode::Meaning::Listed;
                    }
                    if (listed) {
                        res.status = DnsblResult::Status::Listed;
                    }
                }
                if (listed) {
                    // The list's TXT record says why (RFC 5782 §2.1); it is evidence, not a condition.
                    ++m_pending;
                    m_resolver->ask(
                        res.queryName, DnsRecordType::TXT, this, [this, index](const DnsAnswer& txt) {
                            m_report.queries.append(txt);
                            QStringList texts;
                            for (const QByteArray& b : txt.texts()) {
                                texts.append(QString::fromUtf8(b));
                            }
                            m_report.results[index].txt = texts.join(u' ');
                            if (--m_pending == 0) {
                                finish();
                            }
                        });
                }
                if (--m_pending == 0) {
                    finish();
                }
            });
    }
    if (m_pending == 0) {
        QMetaObject::invokeMethod(this, &DnsblCheck::finish, Qt::QueuedConnection);
    }
}

void DnsblCheck::finish()
{
    int clean = 0;
    for (const DnsblResult& r : std::as_const(m_report.results)) {
        switch (r.status) {
        case DnsblResult::Status::Listed: {
            Finding f = Finding::make(QStringLiteral("dnsbl.listed"),
                                      Severity::Error,
                                      {r.subject,
                                       r.listName,
                                       r.codes.join(QStringLiteral(", ")),
                                       r.labels.join(QStringLiteral(", ")),
                                       r.txt});
            f.withEvidence(
                Evidence::dns(r.queryName, QStringLiteral("A"), r.codes.join(QStringLiteral(" "))));
            m_report.findings.append(f);
            break;
        }
        case DnsblResult::Status::Unchecked: {
            Finding f = Finding::make(
                QStringLiteral("dnsbl.unchecked"),
                Severity::Info,
                {r.subject,
                 r.listName,
                 r.codes.isEmpty() ? dns::outcomeName(r.outcome) : r.codes.join(QStringLiteral(", ")),
                 r.labels.join(QStringLiteral(", "))});
            if (!r.queryName.isEmpty()) {
                f.withEvidence(
                    Evidence::dns(r.queryName,
                                  QStringLiteral("A"),
                                  r.codes.isEmpty() ? dns::outcomeName(r.outcome) : r.codes.join(u' ')));
            }
            m_report.findings.append(f);
            break;
        }
        case DnsblResult::Status::Clean:
            ++clean;
            break;
        }
    }
    if (clean > 0) {
        // %1 how many (list, subject) pairs answered "not listed".
        m_report.findings.append(
            Finding::make(QStringLiteral("dnsbl.clean"), Severity::Ok, {QString::number(clean)}));
    }
    emit finished();
}

} // namespace todoku
