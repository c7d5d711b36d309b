// SPDX-License-Identifier: GPL-3.0-or-later
// AuditReport: the value types of a domain check (DomainAudit) — the request, one item per check with its
// findings and evidence, Gmail's sender requirements as a checklist, and every DNS query made.
#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/common/HeapOptional.h"
#include "core/diagnosis/Finding.h"
#include "core/dkim/DkimSelectorDiscovery.h"
#include "core/dmarc/DmarcDiscovery.h"
#include "core/dns/DnsSession.h"
#include "core/smtp/DnsblCheck.h"
#include "core/smtp/MailHostCheck.h"
#include "core/spf/SpfLinter.h"
#include "core/spf/SpfResult.h"

namespace todoku {

/** What to check. Names may be Unicode (converted to ASCII by DomainAudit). */
struct AuditRequest
{
    QString domain;
    QList<QHostAddress> ips;       ///< sending IPs, IPv4 and IPv6; each gets ptr, spf and dnsbl items
    QStringList selectors;         ///< DKIM selectors the user knows
    QString helo;                  ///< the HELO/EHLO name the mail server uses; empty: no helo item
    bool discoverSelectors = true; ///< also ask the common selectors (resources/catalogs/dkim-selectors.json)
    QString dqsKey;                ///< Spamhaus DQS key; empty: the public mirrors
    QList<DnsblList> dnsblLists;   ///< empty: defaultDnsblLists()
    QStringList commonSelectors;   ///< empty: defaultDkimSelectors()
};

/** Where an item is in its run. */
enum class AuditItemState
{
    Pending,
    Running,
    Done,
    Cancelled, ///< cancel() came before it finished; findings may be partial
    TimedOut,  ///< the item's deadline passed; the rest of the report is unaffected
};

/** One of Gmail's sender requirements (reference: Google's sender guidelines, 2024–2026). */
struct GmailRequirement
{
    enum class Status
    {
        Pass,
        Fail,
        Unknown, ///< not checkable from outside, or its inputs were not given (no IP) or failed (timeout)
    };
    /**
     * "spf-or-dkim", "spf-and-dkim", "dkim-key-size", "dmarc", "alignment", "ptr", "tls", "spam-rate",
     * "one-click-unsubscribe", "rfc5322".
     */
    QString id;
    QString audience;       ///< "all" (every sender) or "bulk" (about 5,000 a day or more to Gmail)
    QStringList replyCodes; ///< what Gmail answers when it fails, e.g. {"4.7.23", "5.7.25"}
    Status status = Status::Unknown;
    QString findingId; ///< the gmail.* finding that says why (in the item's findings)
};

/**
 * One check's result. `check` is the DESIGN.md id: "mx", "ptr", "helo", "spf", "dkim", "dmarc", "dnsbl",
 * "gmail-requirements" (and, plugged in by other modules, "mta-sts", "tls-rpt", "bimi", "authns").
 * Per-IP checks (ptr, spf, dnsbl) and per-host ones have one item each, told apart by `subject`. The
 * optional members hold the evidence of the check that made the item; the rest stay empty.
 */
struct AuditItem
{
    QString check;
    QString subject; ///< the domain, IP, HELO name or selector the item is about
    AuditItemState state = AuditItemState::Pending;
    Severity status = Severity::Info; ///< the worst finding's severity once done
    QList<Finding> findings;
    QList<DnsAnswer> queries; ///< the answers this item's checks received
    qint64 elapsedMs = 0;

    HeapOptional<MxReport> mx;                ///< mx
    QList<ReverseDnsReport> mxHostReverse;    ///< mx: reverse DNS of each MX host address
    HeapOptional<ReverseDnsReport> reverse;   ///< ptr
    HeapOptional<SpfResult> spf;              ///< spf (for the IP), helo (the HELO identity's SPF)
    HeapOptional<SpfLintReport> spfLint;      ///< spf: the domain's record lint (in the first spf item)
    HeapOptional<DmarcDiscoveryResult> dmarc; ///< dmarc
    HeapOptional<DkimDiscoveryReport> dkim;   ///< dkim
    HeapOptional<DnsblReport> dnsbl;          ///< dnsbl
    QList<GmailRequirement> gmail;            ///< gmail-requirements
    /** Items from checks plugged in from other modules may carry their evidence as JSON. */
    QJsonObject extra;

    bool isFinished() const { return state != AuditItemState::Pending && state != AuditItemState::Running; }
};

/** A whole domain check. */
struct AuditReport
{
    AuditRequest request;
    QString domain; ///< ASCII form
    QList<AuditItem>
        items; ///< in a fixed order: mx, ptr per IP, helo, spf per IP, dmarc, dkim, dnsbl, …, gmail
    QList<DnsQueryLogEntry> queryLog; ///< every query asked, cache hits included, in order
    int upstreamQueries = 0;          ///< queries actually sent
    bool cancelled = false;

    /** The first item with that check (and subject, if given); nullptr if none. */
    const AuditItem* item(const QString& check, const QString& subject = {}) const;
    /** The worst status over all finished items. */
    Severity worst() const;
    /** Every finding of every item, in item order. */
    QList<Finding> allFindings() const;
};

namespace audit {

/** "pending", "running", "done", "cancelled", "timed-out". */
QString stateName(AuditItemState state);
/** "pass", "fail", "unknown". */
QString requirementStatusName(GmailRequirement::Status status);
/** Severity::Ok → "ok" etc., the DESIGN.md spelling of an item's status. */
QString statusName(Severity status);
/** The worst severity of `findings` (Info if none). */
Severity worstOf(const QList<Finding>& findings);
/**
 * DESIGN.md `check` JSON: {"domain", "items": [{"check", "subject", "status", "state", "findings"}],
 * "queries": N} plus "requirements" in the gmail-requirements item and "queryLog".
 */
QJsonObject toJson(const AuditReport& report);

} // namespace audit

} // namespace todoku
