// SPDX-License-Identifier: GPL-3.0-or-later
// MessageRecheck: the live half of the analysis — what DNS says now about a message Gmail judged then.
#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

#include "core/diagnosis/MessageDiagnosis.h"
#include "core/dkim/DkimVerifier.h"
#include "core/dmarc/DmarcDiscovery.h"

namespace todoku {

class DnsSession;
class SpfEvaluator;

/**
 * Re-asks, now, the questions the receiver answered when the message arrived: SPF evaluated for the client
 * IP and envelope sender it recorded, and every DKIM signature verified with the key DNS publishes now.
 * Both run at once over one DnsSession, so each name is asked once. Asynchronous (the resolver's thread);
 * the CLI waits for finished() in its own loop, the GUI does not wait at all.
 */
class MessageRecheck : public QObject
{
    Q_OBJECT

public:
    explicit MessageRecheck(DnsResolver* resolver, QObject* parent = nullptr);
    ~MessageRecheck() override;

    /**
     * Starts the checks `offline` calls for; `prepared` is dkim::prepare() of the same message (done by the
     * caller, on a worker thread for large messages). finished() follows, never synchronously, even when
     * nothing needed checking.
     */
    void start(const MessageDiagnosis& offline, QList<DkimPrepared> prepared);

    /** Valid after finished(). */
    const MessageRechecks& rechecks() const { return m_rechecks; }
    /** Every DNS query the checks made, for the trace view. */
    const DnsSession& session() const { return *m_session; }

signals:
    void finished();

private:
    void partDone();
    void collect();
    void compareDkim(const DkimVerification& v);
    void compareDmarc();

    std::unique_ptr<DnsSession> m_session;
    std::unique_ptr<SpfEvaluator> m_evaluator;
    std::unique_ptr<DkimVerifier> m_verifier;
    std::unique_ptr<DmarcDiscovery> m_dmarc;
    /** A dkim= statement of the trusted receiver: which signature it judged, and how. */
    struct RecordedDkim
    {
        QString domain;   ///< header.d, or the domain of header.i
        QString selector; ///< header.s; empty when the receiver did not write it
        QString result;
    };

    MessageDiagnosis::RecordedSpf m_recorded;
    MessageDiagnosis::RecordedDmarc m_recordedDmarc;
    QList<RecordedDkim> m_recordedDkim;
    MessageRechecks m_rechecks;
    bool m_spfStarted = false;
    bool m_dkimStarted = false;
    bool m_dmarcStarted = false;
    int m_pending = 0;
};

} // namespace todoku
