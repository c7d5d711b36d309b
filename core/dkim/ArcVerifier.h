// SPDX-License-Identifier: GPL-3.0-or-later
// ArcVerifier: validates the ARC chain of a message (RFC 8617 §5.2), reusing the DKIM verifier's parts.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "core/diagnosis/Finding.h"
#include "core/dkim/DkimVerifier.h"

namespace todoku {

class DnsResolver;

/** One ARC set (instance i): its three fields and what was verified of them. */
struct ArcSetResult
{
    int instance = 0;
    QString cv;           ///< the seal's cv= ("none", "pass", "fail"), lower case
    QString sealDomain;   ///< the seal's d=
    QString sealSelector; ///< the seal's s=
    int sealLine = 0;     ///< line of the ARC-Seal field in the input
    /** The seal's verification ("pass"/"fail"/"temperror"/"permerror"), empty if not checked. */
    QString seal;
    QString sealReason; ///< DkimVerification reason code of the seal
    /** The message signature's verification; only the newest set's is checked (§5.2 step 5). */
    QString messageSignature;
    QString messageSignatureReason;
};

/** The outcome of ARC chain validation (RFC 8617 §5.2), with the evidence and the DNS queries made. */
struct ArcValidation
{
    enum class Chain
    {
        None, ///< no ARC set at all
        Pass,
        Fail,
    };
    Chain chain = Chain::None;
    int instances = 0; ///< the highest instance found (0 without ARC)
    int brokenAt = 0;  ///< the instance where the chain broke; 0 if it did not or no instance applies
    /**
     * Why, as a stable code: "ok", "none", "structure" (instances missing, duplicated or over 50; a field
     * that does not parse), "cv-fail" (a sealer already said fail), "cv-invalid" (cv= not none at i=1 or not
     * pass later), "message-signature" (the newest ARC-Message-Signature does not verify), "seal" (an
     * ARC-Seal does not verify), "dns" (a key lookup failed temporarily).
     */
    QString reason = QStringLiteral("none");
    QString detail;           ///< the DKIM reason code or the parse error behind `reason`, untranslated
    QList<ArcSetResult> sets; ///< by instance, ascending (as far as the structure could be read)
    QList<DnsAnswer> queries; ///< every key lookup made
    QList<Finding> findings;

    static QString chainName(Chain chain);
};

/** What can be computed without DNS: the parsed sets and the prepared hashes to verify. */
struct ArcPrepared
{
    ArcValidation partial; ///< final already (chain None or a structural Fail) when `needsKeys` is false
    bool needsKeys = false;
    DkimPrepared messageSignature; ///< the newest AMS, ready for dkim::evaluate()
    QList<DkimPrepared> seals;     ///< one per instance, ascending; signedData per §5.1.1
};

namespace arc {

/** Parses the ARC sets of `message` and hashes what their signatures cover. Pure and blocking. */
ArcPrepared prepare(const MailMessage& message);

/**
 * Completes validation from the key lookups' answers: `messageKey` for the newest AMS, `sealKeys` one per
 * seal, ascending. Pure.
 */
ArcValidation evaluate(const ArcPrepared& prepared,
                       const DnsAnswer& messageKey,
                       const QList<DnsAnswer>& sealKeys,
                       const QDateTime& now);

} // namespace arc

/**
 * Asynchronous ARC validator: the key lookups through a DnsResolver, all in parallel, then one finished()
 * (never synchronously). Lives on the thread that created it, as the resolver does.
 */
class ArcVerifier : public QObject
{
    Q_OBJECT

public:
    explicit ArcVerifier(DnsResolver* resolver, QObject* parent = nullptr);

    void start(ArcPrepared prepared, const QDateTime& now = QDateTime::currentDateTimeUtc());
    void start(const MailMessage& message, const QDateTime& now = QDateTime::currentDateTimeUtc());

    /** Valid after finished(). */
    const ArcValidation& result() const { return m_result; }

signals:
    void finished();

private:
    void lookup(int index, const QString& owner);
    void complete();

    QPointer<DnsResolver> m_resolver;
    ArcPrepared m_prepared;
    QList<DnsAnswer> m_answers; ///< [0] the AMS key, then one per seal
    ArcValidation m_result;
    QDateTime m_now;
    int m_pending = 0;
};

} // namespace todoku
