// SPDX-License-Identifier: GPL-3.0-or-later
// MessageDiagnosis: what a pasted message or bounce says about delivery — verdict, findings with evidence,
// the receiver's authentication results, DKIM signatures and the hop timeline.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <optional>

#include "core/diagnosis/Finding.h"
#include "core/message/AuthenticationResults.h"
#include "core/message/PastedInput.h"

namespace todoku {

/** Where the message most likely ended up (DESIGN.md `verdict.placement`). */
enum class Placement
{
    Inbox,
    Spam,
    Rejected,
    Unknown
};

/** One Authentication-Results or ARC-Authentication-Results field as read, with its trust. */
struct AuthResultsField
{
    QString header; ///< "Authentication-Results" or "ARC-Authentication-Results"
    int line = 0;
    AuthenticationResults parsed;
    /** Added by the final receiver (the topmost field, mx.google.com for Gmail): the verdict rests on it.
     * Fields further down were written by servers the user does not control: claims, shown only. */
    bool trusted = false;
};

/** A DKIM-Signature as written (tags only); `verification` stays "not-checked" until a verifier runs. */
struct DkimSignatureSummary
{
    QString domain;    ///< d=
    QString selector;  ///< s=
    QString algorithm; ///< a=
    QString verification = QStringLiteral("not-checked");
    QString reason;
    bool truncated = false; ///< b= or bh= missing or shorter than any real signature
    int line = 0;
};

/** One Received field, in delivery order (the sender's first hop first). */
struct MessageHop
{
    QString from; ///< the from clause as written
    QString helo;
    QString reverseDns;
    QString ip;
    QString by;
    QString with;
    bool tls = false;
    bool authenticated = false;
    QDateTime date;
    /** Seconds since the previous hop; nullopt for the first hop, a missing date, or clock skew. */
    std::optional<qint64> delaySeconds;
    /** Set instead of a delay when this hop's clock is earlier than the previous one's (never negative). */
    std::optional<qint64> skewSeconds;
    int line = 0;
};

/**
 * Results of live re-checks, filled in by whoever ran them (SPF evaluation now, DKIM verification now).
 * Optional: without them the diagnosis is what the pasted text alone says (`--offline`).
 */
struct MessageRechecks
{
    /** Verification result per signature, in the order of dkimSignatures; empty: not checked. */
    QList<QString> dkimVerification;
    /** Findings the live checks produced (e.g. spf.* from a new evaluation), appended as they are. */
    QList<Finding> findings;
};

/** The analysis of one paste, as a value. Texts are rendered later through FindingCatalog. */
struct MessageDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(MessageDiagnosis)

public:
    InputKind inputKind = InputKind::Unknown;
    Placement placement = Placement::Unknown;
    bool deferred = false;   ///< a bounce with only temporary (4xx) replies
    QStringList reasons;     ///< ids of the 2–3 findings that decided the placement
    QList<Finding> findings; ///< worst first
    QList<AuthResultsField> authenticationResults;
    QList<DkimSignatureSummary> dkimSignatures;
    QList<MessageHop> hops;
    /** What the trusted receiver recorded for SPF, so a live re-check can ask the same question now. */
    struct RecordedSpf
    {
        QString result; ///< empty: no SPF result was recorded
        QString mailFrom;
        QString helo;
        QHostAddress clientIp;
    } recordedSpf;
    /** What the trusted receiver recorded for DMARC, so a live re-check can fetch the policy now. */
    struct RecordedDmarc
    {
        QString result;     ///< empty: no DMARC result was recorded
        QString fromDomain; ///< header.from (or the From field's domain)
        QString policy;     ///< the p= the receiver wrote in its comment, lower-case; empty if none
    } recordedDmarc;

    /** Reads everything the paste shows; never fails (unusable input gives an input.* finding). */
    static MessageDiagnosis analyze(const QByteArray& input, const MessageRechecks& rechecks = {});
    /** The same for an input already read; `raw` is what PastedInput::read was given (for bounces). */
    static MessageDiagnosis
    analyze(const PastedInput& input, const QByteArray& raw, const MessageRechecks& rechecks = {});
    /** "inbox", "spam", "rejected", "unknown". */
    static QString placementName(Placement placement);
    /** One translated sentence for the verdict banner. */
    QString summary() const;
};

} // namespace todoku
