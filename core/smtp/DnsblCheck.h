// SPDX-License-Identifier: GPL-3.0-or-later
// DnsblCheck: is a sending IP (or a domain) on a DNS blocklist? The lists and their return codes are data
// (resources/catalogs/dnsbl.json); Spamhaus's "could not check" codes are never read as "listed".
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/diagnosis/Finding.h"
#include "core/dns/DnsRecord.h"

namespace todoku {

class DnsResolver;

/** What one return code of a list means. */
struct DnsblCode
{
    enum class Meaning
    {
        Listed,    ///< the address (or domain) is on the list
        Unchecked, ///< the list refused to answer: public resolver, rate limit, bad key (never "listed")
    };
    QString address; ///< e.g. "127.0.0.2"; empty for the catch-all entry
    Meaning meaning = Meaning::Listed;
    QString label; ///< the list's own name for it, e.g. "SBL", "XBL", "PBL" (untranslated)
};

/** One blocklist as data (resources/catalogs/dnsbl.json). */
struct DnsblList
{
    enum class Kind
    {
        Ip,     ///< reversed IPv4 octets / IPv6 nibbles under the zone
        Domain, ///< the domain name itself under the zone (Spamhaus DBL, …)
    };
    QString id;   ///< "spamhaus-zen", "barracuda", "spamcop", "spamhaus-dbl", …
    QString name; ///< "Spamhaus ZEN" (a proper name, untranslated)
    QString zone; ///< "zen.spamhaus.org"
    Kind kind = Kind::Ip;
    bool ipv6 = false; ///< the list answers IPv6 nibble queries
    /** Spamhaus Data Query Service: with a key the zone becomes "<key>.<dqsZone>" (e.g. zen.dq.spamhaus.net).
     */
    QString dqsZone;
    QString removalUrl; ///< where a listed sender asks for removal
    QList<DnsblCode> codes;
    /** The code's meaning; an address the table does not know counts as listed (RFC 5782 §2.1). */
    DnsblCode codeFor(const QHostAddress& answer) const;
};

/** The lists shipped with Todoku (resources/catalogs/dnsbl.json), in file order. */
QList<DnsblList> defaultDnsblLists();

/** What one list said about one address or domain. */
struct DnsblResult
{
    enum class Status
    {
        Clean,     ///< NXDOMAIN: not listed
        Listed,    ///< an A answer with a "listed" code
        Unchecked, ///< a "could not check" code, a failure (SERVFAIL, timeout) or no IPv6 support
    };
    QString listId;
    QString listName;
    QString subject;   ///< the IP or domain checked
    QString queryName; ///< e.g. "2.0.0.127.zen.spamhaus.org"
    DnsOutcome outcome = DnsOutcome::NxDomain;
    Status status = Status::Clean;
    QStringList codes;  ///< the A answers, e.g. "127.0.0.2"
    QStringList labels; ///< their meanings from the table, e.g. "SBL"
    QString txt;        ///< the list's TXT explanation, if it gave one
};

/** Everything one DnsblCheck found. */
struct DnsblReport
{
    QList<DnsblResult> results;
    QList<DnsAnswer> queries;
    QList<Finding> findings; ///< dnsbl.listed, dnsbl.unchecked, dnsbl.clean
};

/**
 * Asks every list about every IP (reversed IPv4 octets, RFC 5782 §2.1; IPv6 nibbles, §2.4, on lists that
 * support IPv6) and every domain (domain lists), all at once; a listed answer also fetches the TXT reason.
 * One check per object. Emits finished() once, from the event loop.
 */
class DnsblCheck : public QObject
{
    Q_OBJECT

public:
    explicit DnsblCheck(DnsResolver* resolver, QObject* parent = nullptr);
    ~DnsblCheck() override;

    /** Default: defaultDnsblLists(). Tests point a list at the fixture's zone. */
    void setLists(const QList<DnsblList>& lists) { m_lists = lists; }
    /** Spamhaus DQS key: lists with a dqsZone are queried under "<key>.<dqsZone>" instead. */
    void setDqsKey(const QString& key) { m_dqsKey = key; }
    void start(const QList<QHostAddress>& ips, const QStringList& domains);
    const DnsblReport& report() const { return m_report; }

    /** The name to query: "2.0.0.127.zen.spamhaus.org", the nibble form for IPv6; empty if not applicable. */
    static QString queryName(const QHostAddress& ip, const QString& zone);

signals:
    void finished();

private:
    void finish();

    QPointer<DnsResolver> m_resolver;
    QList<DnsblList> m_lists;
    QString m_dqsKey;
    DnsblReport m_report;
    int m_pending = 0;
};

} // namespace todoku
