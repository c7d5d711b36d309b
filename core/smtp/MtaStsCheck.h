// SPDX-License-Identifier: GPL-3.0-or-later
// MtaStsCheck: a domain's MTA-STS (RFC 8461) as a sender sees it: the _mta-sts record, the policy fetched
// over HTTPS, and whether every MX host is covered by the policy.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/diagnosis/Finding.h"
#include "core/dns/DnsRecord.h"
#include "core/smtp/MtaStsPolicy.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace todoku {

class DnsResolver;

/** How the HTTPS GET of the policy ended (RFC 8461 §3.3). */
struct MtaStsFetch
{
    enum class Outcome
    {
        NotAttempted, ///< no usable record, so senders never fetch
        Ok,           ///< 200, text/plain, within the size limit
        HttpStatus,   ///< any status but 200 (3xx included: redirects are never followed)
        ContentType,  ///< not text/plain
        TooLarge,     ///< more than maxPolicyBytes
        Tls,          ///< the TLS handshake or certificate check failed
        Network,      ///< connection refused, name not found, timeout, …
    };
    Outcome outcome = Outcome::NotAttempted;
    QString url;         ///< https://mta-sts.<domain>/.well-known/mta-sts.txt
    QString connectedTo; ///< "127.0.0.1:4443" when a host override was used
    int httpStatus = 0;
    QString location;    ///< Location of a 3xx, as sent
    QString contentType; ///< the Content-Type header as sent
    qint64 bytes = 0;    ///< body bytes read (stops just past the limit)
    /** For Tls and Network: a stable code (tls-untrusted, tls-hostname, tls-expired, tls-handshake,
     * timeout, connection-refused, host-not-found, network) for the text catalog. */
    QString errorCode;
    QString errorDetail; ///< Qt's own message, for logs and --json only
    int elapsedMs = 0;
    QByteArray body; ///< when Ok
};

/** Everything MtaStsCheck learned. */
struct MtaStsReport
{
    QString domain;                                  ///< ASCII form
    DnsOutcome recordOutcome = DnsOutcome::NxDomain; ///< of the _mta-sts TXT query
    QStringList stsRecords;                          ///< TXT texts beginning with v=STSv1
    MtaStsRecord record;                             ///< the one record, parsed
    MtaStsFetch fetch;
    std::optional<MtaStsPolicy> policy; ///< when fetched (parsed even if invalid)
    QStringList mxHosts;                ///< the domain's MX hosts, by preference
    DnsOutcome mxOutcome = DnsOutcome::Answer;
    QStringList uncoveredMx; ///< MX hosts no policy pattern matches
    QList<DnsAnswer> queries;
    /** mta-sts.none, .record-temperror, .multiple-records, .record-syntax, .policy-unreachable, .policy-tls,
     * .policy-http-status, .policy-redirect, .policy-content-type, .policy-too-large, .policy-syntax,
     * .mx-not-covered, .mx-unknown, .testing-mode, .mode-none, .max-age-short, .ok */
    QList<Finding> findings;

    /** True when senders would apply the policy: one valid record and a valid policy fetched. */
    bool isActive() const { return policy && policy->isValid(); }
};

/**
 * Checks MTA-STS for one domain. One check per object; emits finished() once, from the event loop.
 * DNS goes through the given resolver; the policy is fetched with QNetworkAccessManager on this object's
 * thread, never following redirects, without cache, with a timeout and a size limit. Production code
 * leaves the TLS configuration and host overrides alone (system CAs, normal name resolution); tests
 * inject a CA and point the policy host at a loopback server.
 */
class MtaStsCheck : public QObject
{
    Q_OBJECT

public:
    explicit MtaStsCheck(DnsResolver* resolver, QObject* parent = nullptr);
    ~MtaStsCheck() override;

    /** TLS settings for the policy fetch; default: QSslConfiguration::defaultConfiguration(). */
    void setSslConfiguration(const QSslConfiguration& configuration);
    /** Adds CA certificates (PEM) trusted besides the configuration's own. */
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    /** Connects to address:port instead of resolving `host`; TLS still verifies the certificate for `host`
     * and the request keeps `Host: host`. For tests. */
    void setHostOverride(const QString& host, const QHostAddress& address, quint16 port);
    /** Whole-transfer timeout of the policy fetch in ms (default 15000). */
    void setFetchTimeout(int ms) { m_timeoutMs = ms; }
    /** Body size limit in bytes (default 64 KiB, RFC 8461 §3.3's suggestion). */
    void setMaxPolicyBytes(qint64 bytes) { m_maxBytes = bytes; }

    /** Looks up the record and the MX hosts, then fetches the policy. `domain`: ASCII, no trailing dot. */
    void check(const QString& domain);
    /** The same with MX hosts already known (e.g. from MailHostCheck), so no MX query is made. */
    void check(const QString& domain, const QStringList& mxHosts);

    const MtaStsReport& report() const { return m_report; }

signals:
    void finished();

private:
    void start(const QString& domain, const std::optional<QStringList>& mxHosts);
    void onRecord(const DnsAnswer& answer);
    void fetchPolicy();
    void onReplyFinished();
    void doneOne();
    void finish();

    QPointer<DnsResolver> m_resolver;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QSslConfiguration m_ssl;
    struct Override
    {
        QHostAddress address;
        quint16 port = 0;
    };
    QHash<QString, Override> m_overrides;
    int m_timeoutMs = 15000;
    qint64 m_maxBytes = 64 * 1024;
    qint64 m_started = 0;
    int m_pending = 0;
    MtaStsReport m_report;
};

} // namespace todoku
