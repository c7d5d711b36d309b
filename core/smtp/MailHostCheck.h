// SPDX-License-Identifier: GPL-3.0-or-later
// MailHostCheck: a domain's MX hosts (RFC 5321 §5.1, RFC 7505) and a sending IP's reverse DNS with its
// forward confirmation (FCrDNS), the two DNS facts receivers judge a mail server by.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <functional>

#include "core/diagnosis/Finding.h"
#include "core/dns/DnsRecord.h"

namespace todoku {

class DnsQuery;
class DnsResolver;

/** One MX host and what its addresses are. */
struct MxHost
{
    QString name;
    quint16 preference = 0;
    DnsOutcome outcome = DnsOutcome::NxDomain; ///< of the A query (AAAA adds to addresses)
    QList<QHostAddress> addresses;
    bool isCname = false; ///< the exchange is an alias (RFC 2181 §10.3 forbids it)
};

struct MxReport
{
    QString domain;
    DnsOutcome outcome = DnsOutcome::NxDomain; ///< of the MX query
    bool nullMx = false;                       ///< RFC 7505 "0 .": the domain accepts no mail
    QList<MxHost> hosts;                       ///< by preference
    QList<DnsAnswer> queries;
    QList<Finding> findings; ///< mx.missing, mx.null, mx.cname, mx.unresolvable, mx.temperror, mx.ok
};

/** Reverse DNS of one address, and which of its names point back to it. */
struct ReverseDnsReport
{
    QHostAddress ip;
    QString reverseName;                       ///< e.g. 25.113.0.203.in-addr.arpa
    DnsOutcome outcome = DnsOutcome::NxDomain; ///< of the PTR query
    QStringList names;                         ///< PTR targets
    QStringList confirmedNames;                ///< names whose A/AAAA include the address
    QList<DnsAnswer> queries;
    QList<Finding> findings; ///< ptr.missing, ptr.not-confirmed, ptr.temperror, ptr.ok

    bool isConfirmed() const { return !confirmedNames.isEmpty(); }
};

/**
 * Checks MX for a domain, or PTR + FCrDNS for an address: the first query, then the addresses of every
 * name it returned, all at once. One check per object. Emits finished() once, from the event loop.
 */
class MailHostCheck : public QObject
{
    Q_OBJECT

public:
    explicit MailHostCheck(DnsResolver* resolver, QObject* parent = nullptr);
    ~MailHostCheck() override;

    void checkMx(const QString& domain);
    void checkReverse(const QHostAddress& ip);
    const MxReport& mx() const { return m_mx; }
    const ReverseDnsReport& reverse() const { return m_reverse; }

signals:
    void finished();

private:
    /** `then` runs with the answer once it arrives; the check is pending until every answer is in. */
    void ask(const QString& name, DnsRecordType type, std::function<void(const DnsAnswer&)> then);
    void finishMx();
    void finishReverse();

    QPointer<DnsResolver> m_resolver;
    MxReport m_mx;
    ReverseDnsReport m_reverse;
    bool m_isMx = true;
    int m_pending = 0;
};

} // namespace todoku
