// SPDX-License-Identifier: GPL-3.0-or-later
// DkimVerifier: verifies every DKIM-Signature of a message (RFC 6376 §6), the key fetched through DNS.
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include "core/diagnosis/Finding.h"
#include "core/dkim/DkimBodyDiagnosis.h"
#include "core/dkim/DkimSignature.h"
#include "core/dns/DnsRecord.h"
#include "core/message/MailMessage.h"

namespace todoku {

class DnsResolver;

/** The outcome for one signature, as receivers report it (RFC 8601 §2.7.1). */
struct DkimVerification
{
    enum class Result
    {
        Pass,
        Fail,
        Neutral,
        Policy,
        TempError,
        PermError,
    };
    Result result = Result::Neutral;
    /**
     * Why, as a stable code: "ok", "body-hash-mismatch", "signature-mismatch", "no-key", "dns-failure",
     * "key-revoked", "key-syntax", "key-mismatch", "syntax", "expired", "body-length-exceeds-body",
     * "strict-identity", "truncated-signature".
     */
    QString reason;
    QStringList reasonArgs;
    QString domain;
    QString selector;
    QString algorithm;
    int headerLine = 0; ///< line of the DKIM-Signature field in the input
    int keyBits = 0;    ///< from the key record, 0 if none was read
    DnsAnswer keyQuery; ///< the TXT lookup made (empty name if none)
    QList<Finding> findings;

    static QString resultName(Result result);
};

/** What canonicalize-and-hash found for one signature: the part that needs no DNS. */
struct DkimPrepared
{
    HeaderField field;
    std::optional<DkimSignature> signature; ///< empty if the field does not parse
    Error parseError;
    bool bodyHashMatches = false;
    qint64 canonicalBodyLength = 0;
    /** Only when the body hash fails: what re-hashing variants of the body showed. */
    std::optional<DkimBodyDiagnosis> bodyDiagnosis;
    QByteArray signedData; ///< the canonical header data the signature covers (RFC 6376 §3.7)
};

namespace dkim {

/**
 * Parses, canonicalizes and hashes every DKIM-Signature of `message`: a blocking pure function, so the
 * caller may run it on a worker thread for large messages (QtConcurrent), then hand the result to
 * DkimVerifier::start(). A body hash that fails is diagnosed (DkimBodyDiagnosis); `source` says whether
 * the text may have been altered by copying it out of a page.
 */
QList<DkimPrepared> prepare(const MailMessage& message, DkimBodySource source = DkimBodySource::File);

/**
 * Completes one verification from its prepared hashes and the key lookup's answer (pure; for tests and
 * for callers that fetched the key themselves). `now` is for x= and t=.
 */
DkimVerification evaluate(const DkimPrepared& prepared, const DnsAnswer& keyAnswer, const QDateTime& now);

/** The verification when no key lookup is needed (the signature does not parse). */
DkimVerification evaluateWithoutKey(const DkimPrepared& prepared);

/**
 * The data a signature's b= covers (RFC 6376 §3.7, §5.4.2): the h= fields of `message`, bottom-most
 * instance first, canonicalized, then `rawField` (the signature field itself) without its b= value and
 * final CRLF. Shared by DKIM-Signature and ARC-Message-Signature.
 */
QByteArray signedHeaderData(const MailMessage& message, const DkimSignature& sig, const QByteArray& rawField);

/** The owner name of a signature's key: selector._domainkey.domain (ASCII). */
QString keyOwner(const DkimSignature& signature);

} // namespace dkim

/**
 * Asynchronous verifier: one TXT lookup per signature through a DnsResolver (all in parallel), then one
 * finished(). Lives on the thread that created it, as the resolver does.
 */
class DkimVerifier : public QObject
{
    Q_OBJECT

public:
    explicit DkimVerifier(DnsResolver* resolver, QObject* parent = nullptr);

    /** Starts verifying `prepared` (from dkim::prepare); finished() follows, never synchronously. */
    void start(QList<DkimPrepared> prepared, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /** Convenience: prepare() on this thread, then start(). */
    void start(const MailMessage& message, const QDateTime& now = QDateTime::currentDateTimeUtc());

    /** One entry per DKIM-Signature, top to bottom; valid after finished(). */
    const QList<DkimVerification>& results() const { return m_results; }

signals:
    void finished();

private:
    void complete(int index, const DnsAnswer& answer);

    QPointer<DnsResolver> m_resolver;
    QList<DkimPrepared> m_prepared;
    QList<DkimVerification> m_results;
    QDateTime m_now;
    int m_pending = 0;
};

} // namespace todoku
