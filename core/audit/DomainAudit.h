// SPDX-License-Identifier: GPL-3.0-or-later
// DomainAudit: runs every live check for a domain and its sending IPs at once, on one DNS session.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <vector>

#include "core/audit/AuditReport.h"

namespace todoku {

class DnsResolver;
class DnsSession;
class PublicSuffixList;

/**
 * One check of a domain audit, as DomainAudit runs it. Built-in checks (mx, ptr, helo, spf, dmarc, dkim,
 * dnsbl) and checks from other modules (MTA-STS, TLS-RPT, BIMI, the authoritative-server probe) all
 * implement this. The check lives on the audit's thread, asks DNS only through `resolver` (the audit's
 * session, so its queries land in the report's log), fills `item()` and emits finished() once, from the
 * event loop. Deleting it before it finishes must be safe (that is how cancel() works).
 */
class AuditCheck : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** Starts the check of `domain` (ASCII). Never emits finished() synchronously. */
    virtual void start(DnsResolver* resolver, const AuditRequest& request, const QString& domain) = 0;
    /**
     * The item, complete once finished() was emitted. DomainAudit sets check and subject (as given to
     * addCheck), state, status (the worst finding's severity) and timing; the check fills the rest.
     */
    virtual AuditItem item() const = 0;
    /**
     * The checks (report ids, e.g. "dmarc") whose items this one needs. DomainAudit starts it only once
     * every item of those checks is finished, and hands them to setPrerequisites() just before start();
     * until then its item stays Pending. Default: none, it starts at once. (No cycles: a check waiting on
     * itself never starts and ends at the audit's deadline.)
     */
    virtual QStringList prerequisites() const { return {}; }
    /** Before start(): the finished items of the checks prerequisites() named, in report order. */
    virtual void setPrerequisites(const QList<AuditItem>& items) { (void)items; }

signals:
    void finished();
};

/**
 * Runs a domain check: every item starts at once on one DnsSession (shared answers, one query log) over
 * the given resolver, and each reports through itemFinished() as soon as it is done; the Gmail checklist
 * is derived from the others last. A DNS failure or timeout in one item is that item's finding; it never
 * loses the rest. Lives on the thread that created it, never blocks. Emits finished() once.
 */
class DomainAudit : public QObject
{
    Q_OBJECT

public:
    /** `psl`: PublicSuffixList::system() if null. */
    explicit DomainAudit(DnsResolver* resolver,
                         const PublicSuffixList* psl = nullptr,
                         QObject* parent = nullptr);
    ~DomainAudit() override;

    /**
     * Adds a check from another module (MTA-STS, TLS-RPT, BIMI, authoritative servers …) before start():
     * it runs beside the built-in ones and its item goes before the Gmail checklist. The audit owns it.
     */
    void addCheck(const QString& check, const QString& subject, std::unique_ptr<AuditCheck> runner);
    /** Each item not finished after this many ms is marked TimedOut (0: no deadline; default 30 s). */
    void setItemTimeoutMs(int ms) { m_itemTimeoutMs = ms; }

    /** Starts the audit; an invalid domain gives a report with one error item (audit.invalid-domain). */
    void start(const AuditRequest& request);
    /** Stops every running item; those not done are marked Cancelled, finished() follows once. */
    void cancel();

    bool isFinished() const { return m_finished; }
    /** Valid during the run (finished items filled in) and complete after finished(). */
    const AuditReport& report() const { return m_report; }

signals:
    /** Before any check runs: the items that will come, in report order (all Pending). */
    void started();
    /** Item `index` of report().items is done (or timed out). */
    void itemFinished(int index);
    void finished();

private:
    struct Slot
    {
        QString check;
        QString subject;
        std::unique_ptr<AuditCheck> runner;
        int index = -1; ///< into m_report.items
        bool started = false;
    };

    void addSlot(const QString& check, const QString& subject, std::unique_ptr<AuditCheck> runner);
    void onCheckFinished(int slot);
    /** Starts every slot not yet started whose prerequisites are all finished. */
    void startReady();
    /** Ends every item still running with `state` (TimedOut or Cancelled). */
    void stopRunning(AuditItemState state);
    void finishIfDone();

    QPointer<DnsResolver> m_resolver;
    const PublicSuffixList* m_psl;
    DnsSession* m_session = nullptr;
    QTimer* m_deadline = nullptr;
    AuditReport m_report;
    std::vector<Slot> m_slots;
    std::vector<Slot> m_extra; ///< from addCheck(), run after the built-in ones
    QElapsedTimer m_clock;
    int m_itemTimeoutMs = 30000;
    int m_pending = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace todoku
