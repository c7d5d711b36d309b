// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/MtaStsCheck.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUrl>

#include "core/dns/DnsName.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"
#include "core/smtp/TagText_p.h"

namespace todoku {

namespace {

// Below a day, a policy that a sender cached expires before an attacker who strips STARTTLS gives up;
// RFC 8461 §3.2 expects "weeks or greater".
constexpr qint64 ONE_DAY = 86400;
constexpr qint64 ONE_WEEK = 7 * ONE_DAY;

QString tlsErrorCode(QSslError::SslError error)
{
    switch (error) {
    case QSslError::HostNameMismatch:
        return QStringLiteral("tls-hostname");
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return QStringLiteral("tls-expired");
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return QStringLiteral("tls-untrusted");
    default:
        return QStringLiteral("tls-handshake");
    }
}

QString networkErrorCode(QNetworkReply::NetworkError error, bool timedOut)
{
    if (timedOut) {
        return QStringLiteral("timeout");
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection-refused");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host-not-found");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("timeout");
    default:
        return QStringLiteral("network");
    }
}

} // namespace

MtaStsCheck::MtaStsCheck(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{}

MtaStsCheck::~MtaStsCheck() = default;

void MtaStsCheck::setSslConfiguration(const QSslConfiguration& configuration)
{
    m_ssl = configuration;
}

void MtaStsCheck::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_ssl.addCaCertificates(certificates);
}

void MtaStsCheck::setHostOverride(const QString& host, const QHostAddress& address, quint16 port)
{
    m_overrides.insert(host.toLower(), Override{address, port});
}

void MtaStsCheck::check(const QString& domain)
{
    start(domain, std::nullopt);
}

void MtaStsCheck::check(const QString& domain, const QStringList& mxHosts)
{
    start(domain, mxHosts);
}

void MtaStsCheck::start(const QString& domain, const std::optional<QStringList>& mxHosts)
{
    m_report = MtaStsReport{};
    m_report.domain = dns::withoutTrailingDot(domain).toLower();
    m_started = QDateTime::currentMSecsSinceEpoch();
    m_pending = 1;
    const QString recordName = QStringLiteral("_mta-sts.") + m_report.domain;
    m_resolver->ask(recordName, DnsRecordType::TXT, this, [this](const DnsAnswer& answer) {
        m_report.queries.append(answer);
        onRecord(answer);
        doneOne();
    });
    if (mxHosts) {
        m_report.mxHosts = *mxHosts;
        return;
    }
    ++m_pending;
    m_resolver->ask(m_report.domain, DnsRecordType::MX, this, [this](const DnsAnswer& answer) {
        m_report.queries.append(answer);
        m_report.mxOutcome = answer.outcome;
        if (answer.isAnswer()) {
            for (const QString& target : answer.targets()) {
                const QString host = dns::withoutTrailingDot(target);
                if (!host.isEmpty()) { // "0 ." is a null MX (RFC 7505): nothing to cover
                    m_report.mxHosts.append(host);
                }
            }
        }
        doneOne();
    });
}

void MtaStsCheck::onRecord(const DnsAnswer& answer)
{
    m_report.recordOutcome = answer.outcome;
    // RFC 8461 §3.1: records not beginning with v=STSv1 are discarded; exactly one must remain.
    m_report.stsRecords = tagtext::recordsIn(answer, mtasts::isStsRecord);
    if (m_report.stsRecords.size() != 1) {
        return;
    }
    m_report.record = mtasts::parseRecord(m_report.stsRecords.first().toUtf8());
    if (m_report.record.isValid()) {
        fetchPolicy();
    }
}

void MtaStsCheck::fetchPolicy()
{
    const QString host = QStringLiteral("mta-sts.") + m_report.domain;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/.well-known/mta-sts.txt"));
    m_report.fetch.url = url.toString();

    QUrl target = url;
    const auto over = m_overrides.constFind(host);
    if (over != m_overrides.constEnd()) {
        target.setHost(over->address.toString());
        target.setPort(over->port);
        m_report.fetch.connectedTo =
            over->address.protocol() == QAbstractSocket::IPv6Protocol
                ? QStringLiteral("[%1]:%2").arg(over->address.toString()).arg(over->port)
                : QStringLiteral("%1:%2").arg(over->address.toString()).arg(over->port);
    }
    QNetworkRequest request(target);
    // §3.3: 3xx redirects MUST NOT be followed and HTTP caching MUST NOT be used.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_timeoutMs);
    request.setSslConfiguration(m_ssl);
    // The certificate must be valid for the policy host whatever address we connect to (§3.3).
    request.setPeerVerifyName(host);
    request.setRawHeader("Host", host.toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Todoku MTA-STS check"));

    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    ++m_pending;
    m_report.fetch.outcome = MtaStsFetch::Outcome::Network;
    m_reply = m_network->get(request);
    const qint64 fetchStart = QDateTime::currentMSecsSinceEpoch();
    m_reply->setProperty("todokuStart", fetchStart);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        if (!errors.isEmpty() && m_report.fetch.errorCode.isEmpty()) {
            m_report.fetch.errorCode = tlsErrorCode(errors.first().error());
            m_report.fetch.errorDetail = errors.first().errorString();
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        const QByteArray chunk = m_reply->read(m_maxBytes + 1 - m_report.fetch.body.size());
        m_report.fetch.body += chunk;
        m_report.fetch.bytes = m_report.fetch.body.size();
        if (m_report.fetch.bytes > m_maxBytes) {
            // Stop reading: a sender would refuse the policy, and the rest could be anything.
            m_report.fetch.outcome = MtaStsFetch::Outcome::TooLarge;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &MtaStsCheck::onReplyFinished);
}

void MtaStsCheck::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    MtaStsFetch& f = m_report.fetch;
    f.elapsedMs = int(QDateTime::currentMSecsSinceEpoch() - reply->property("todokuStart").toLongLong());
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    f.httpStatus = status.isValid() ? status.toInt() : 0;
    f.contentType = QString::fromLatin1(reply->rawHeader("Content-Type"));
    f.location = QString::fromLatin1(reply->rawHeader("Location"));
    if (f.outcome != MtaStsFetch::Outcome::TooLarge) {
        if (f.httpStatus == 0) {
            const bool tls =
                reply->error() == QNetworkReply::SslHandshakeFailedError || !f.errorCode.isEmpty();
            f.outcome = tls ? MtaStsFetch::Outcome::Tls : MtaStsFetch::Outcome::Network;
            if (tls && f.errorCode.isEmpty()) {
                f.errorCode = QStringLiteral("tls-handshake");
            }
            if (!tls) {
                const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                                      && f.elapsedMs >= m_timeoutMs - 50;
                f.errorCode = networkErrorCode(reply->error(), timedOut);
            }
            if (f.errorDetail.isEmpty()) {
                f.errorDetail = reply->errorString();
            }
        } else if (f.httpStatus != 200) {
            f.outcome = MtaStsFetch::Outcome::HttpStatus;
        } else {
            f.body += reply->readAll();
            f.bytes = f.body.size();
            const QString mediaType = f.contentType.section(u';', 0, 0).trimmed().toLower();
            if (f.bytes > m_maxBytes) {
                f.outcome = MtaStsFetch::Outcome::TooLarge;
            } else if (mediaType != QLatin1String("text/plain")) {
                f.outcome = MtaStsFetch::Outcome::ContentType;
            } else {
                f.outcome = MtaStsFetch::Outcome::Ok;
                m_report.policy = mtasts::parsePolicy(f.body);
            }
        }
    }
    if (f.outcome != MtaStsFetch::Outcome::Ok) {
        f.body.clear();
    }
    doneOne();
}

void MtaStsCheck::doneOne()
{
    if (--m_pending == 0) {
        finish();
        emit finished();
    }
}

void MtaStsCheck::finish()
{
    MtaStsReport& r = m_report;
    const QString d = r.domain;
    const QString recordName = QStringLiteral("_mta-sts.") + d;
    const auto add = [&r](const QString& id, Severity severity, QStringList args) -> Finding& {
        r.findings.append(Finding::make(QStringLiteral("mta-sts.") + id, severity, std::move(args)));
        return r.findings.last();
    };

    if (!dns::isDefinite(r.recordOutcome)) {
        add(QStringLiteral("record-temperror"), Severity::Warning, {d, dns::outcomeName(r.recordOutcome)});
        return;
    }
    if (r.stsRecords.isEmpty()) {
        add(QStringLiteral("none"), Severity::Info, {d})
            .withEvidence(
                Evidence::dns(recordName, QStringLiteral("TXT"), dns::outcomeName(r.recordOutcome)));
        return;
    }
    if (r.stsRecords.size() > 1) {
        Finding& f = add(
            QStringLiteral("multiple-records"), Severity::Error, {d, QString::number(r.stsRecords.size())});
        for (const QString& text : std::as_const(r.stsRecords)) {
            f.withEvidence(Evidence::dns(recordName, QStringLiteral("TXT"), text));
        }
        return;
    }
    if (!r.record.isValid()) {
        add(QStringLiteral("record-syntax"), Severity::Error, {d, r.stsRecords.first(), r.record.fault})
            .withEvidence(Evidence::dns(recordName, QStringLiteral("TXT"), r.stsRecords.first()));
        return;
    }

    const MtaStsFetch& f = r.fetch;
    const Evidence fetched = Evidence::quote(
        f.httpStatus ? QStringLiteral("GET %1 → %2 %3").arg(f.url).arg(f.httpStatus).arg(f.contentType)
                     : QStringLiteral("GET %1 → %2").arg(f.url, f.errorCode));
    switch (f.outcome) {
    case MtaStsFetch::Outcome::NotAttempted:
    case MtaStsFetch::Outcome::Ok:
        break;
    case MtaStsFetch::Outcome::Tls:
        add(QStringLiteral("policy-tls"), Severity::Error, {d, f.url, f.errorCode}).withEvidence(fetched);
        return;
    case MtaStsFetch::Outcome::Network:
        add(QStringLiteral("policy-unreachable"), Severity::Error, {d, f.url, f.errorCode})
            .withEvidence(fetched);
        return;
    case MtaStsFetch::Outcome::HttpStatus:
        if (f.httpStatus >= 300 && f.httpStatus < 400) {
            add(QStringLiteral("policy-redirect"),
                Severity::Error,
                {d, f.url, QString::number(f.httpStatus), f.location})
                .withEvidence(fetched);
        } else {
            add(QStringLiteral("policy-http-status"),
                Severity::Error,
                {d, f.url, QString::number(f.httpStatus)})
                .withEvidence(fetched);
        }
        return;
    case MtaStsFetch::Outcome::ContentType:
        add(QStringLiteral("policy-content-type"),
            Severity::Error,
            {d, f.url, f.contentType.isEmpty() ? QStringLiteral("-") : f.contentType})
            .withEvidence(fetched);
        return;
    case MtaStsFetch::Outcome::TooLarge:
        add(QStringLiteral("policy-too-large"),
            Severity::Error,
            {d, f.url, QString::number(m_maxBytes / 1024)})
            .withEvidence(fetched);
        return;
    }
    if (!r.policy) {
        return;
    }
    const MtaStsPolicy& p = *r.policy;
    if (!p.isValid()) {
        add(QStringLiteral("policy-syntax"),
            Severity::Error,
            {d, f.url, p.fault, QString::number(p.faultLine)})
            .withEvidence(p.faultLine > 0 ? Evidence::quote(p.fault) : fetched);
        return;
    }
    const MtaStsMode mode = *p.mode;
    if (mode == MtaStsMode::None) {
        add(QStringLiteral("mode-none"), Severity::Info, {d});
        return;
    }
    if (mode == MtaStsMode::Testing) {
        add(QStringLiteral("testing-mode"), Severity::Info, {d});
    }
    if (*p.maxAge < ONE_WEEK) {
        add(QStringLiteral("max-age-short"),
            *p.maxAge < ONE_DAY ? Severity::Warning : Severity::Info,
            {d, QString::number(*p.maxAge)});
    }
    if (r.mxHosts.isEmpty() && !dns::isDefinite(r.mxOutcome)) {
        add(QStringLiteral("mx-unknown"), Severity::Info, {d, dns::outcomeName(r.mxOutcome)});
    }
    const QString patterns = p.mx.join(QStringLiteral(", "));
    for (const QString& host : std::as_const(r.mxHosts)) {
        if (!mtasts::matchingPattern(p.mx, host)) {
            r.uncoveredMx.append(host);
            add(QStringLiteral("mx-not-covered"),
                mode == MtaStsMode::Enforce ? Severity::Error : Severity::Warning,
                {d, host, patterns});
        }
    }
    bool problems = false;
    for (const Finding& finding : std::as_const(r.findings)) {
        problems = problems || finding.severity >= Severity::Warning;
    }
    if (!problems) {
        add(QStringLiteral("ok"),
            Severity::Ok,
            {d, mtasts::modeName(mode), r.record.id, QString::number(*p.maxAge)});
    }
}

} // namespace todoku
