// SPDX-License-Identifier: GPL-3.0-or-later
// DkimSelectorDiscovery: which DKIM keys a domain publishes, for selectors given and a list of common ones.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/diagnosis/Finding.h"
#include "core/dns/DnsRecord.h"

namespace todoku {

class DnsResolver;

/** What one selector's TXT query found. */
struct DkimSelectorResult
{
    QString selector;
    QString queryName; ///< <selector>._domainkey.<domain>
    DnsOutcome outcome = DnsOutcome::NxDomain;
    bool given = false;      ///< the user named it (else it came from the common list)
    QStringList records;     ///< TXT texts at the name
    QList<Finding> findings; ///< dkim::lintKeyRecord's findings for a found key
    bool found() const { return !records.isEmpty(); }
};

/** Everything discovery found. */
struct DkimDiscoveryReport
{
    QString domain;
    /** `_domainkey.<domain>`: NoData means it exists (an empty non-terminal: some key is below), NxDomain
     * means no key at all under it (RFC 8020), unless the server is not RFC 8020-conformant. */
    DnsOutcome domainKeyOutcome = DnsOutcome::NxDomain;
    QList<DkimSelectorResult> selectors; ///< given selectors first, then common ones that answered
    QList<DnsAnswer> queries;
    QList<Finding> findings; ///< dkim.key-* lint per key, dkim.none, dkim.selectors-found, dkim.temperror.dns
};

/** The common selectors shipped with Todoku (resources/catalogs/dkim-selectors.json), dated ones included. */
QStringList defaultDkimSelectors();

/**
 * Asks `_domainkey.<domain>` and the given selectors at once; then, only when no given selector has a key
 * and `_domainkey` is not NXDOMAIN (RFC 8020: nothing below it), the common selectors. Lints each key found
 * with dkim::lintKeyRecord. Emits finished() once, from the event loop.
 */
class DkimSelectorDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit DkimSelectorDiscovery(DnsResolver* resolver, QObject* parent = nullptr);
    ~DkimSelectorDiscovery() override;

    /** Default: defaultDkimSelectors(); an empty list asks only the given ones. */
    void setCommonSelectors(const QStringList& selectors) { m_common = selectors; }
    /** `domain` ASCII. */
    void start(const QString& domain, const QStringList& givenSelectors);
    const DkimDiscoveryReport& report() const { return m_report; }

signals:
    void finished();

private:
    void ask(const QString& selector, bool given);
    /** One answer in: when a round is complete, starts the common list or finishes. */
    void settle();
    /** Starts the common selectors' queries if the first round left it open; false if none were sent. */
    bool askCommon();
    void finish();

    QPointer<DnsResolver> m_resolver;
    QStringList m_common;
    DkimDiscoveryReport m_report;
    int m_pending = 0;
    bool m_commonAsked = false;
};

} // namespace todoku
