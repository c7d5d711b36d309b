// SPDX-License-Identifier: GPL-3.0-or-later
// Gmail's sender requirements (Google's sender guidelines; shared/reference/mail-auth-facts.md §3) judged
// from a domain audit's other items. Each requirement says pass, fail or unknown, and why.
#include "core/audit/AuditChecks_p.h"

namespace todoku::audit {

namespace {

using Status = GmailRequirement::Status;

bool hasFinding(const AuditItem* item, const QString& id)
{
    if (!item) {
        return false;
    }
    for (const Finding& f : item->findings) {
        if (f.id == id) {
            return true;
        }
    }
    return false;
}

QList<const AuditItem*> itemsOf(const AuditReport& r, const QString& check)
{
    QList<const AuditItem*> out;
    for (const AuditItem& i : r.items) {
        if (i.check == check) {
            out.append(&i);
        }
    }
    return out;
}

/** The SPF items for sending IPs (not the domain's lint item). */
QList<const AuditItem*> spfIpItems(const AuditReport& r)
{
    QList<const AuditItem*> out;
    for (const AuditItem* i : itemsOf(r, QStringLiteral("spf"))) {
        if (i->spf) {
            out.append(i);
        }
    }
    return out;
}

struct Builder
{
    AuditItem item;

    void add(const char* id, const char* audience, QStringList codes, Status status, QStringList args = {})
    {
        static const char* const SUFFIX[] = {".pass", ".fail", ".unknown"};
        const QString findingId = u"gmail." + QLatin1String(id) + QLatin1String(SUFFIX[int(status)]);
        item.gmail.append(
            GmailRequirement{QLatin1String(id), QLatin1String(audience), codes, status, findingId});
        const Severity severity = status == Status::Pass   ? Severity::Ok
                                  : status == Status::Fail ? Severity::Error
                                                           : Severity::Info;
        // Every gmail.* finding: %1 the reply codes, then its own arguments.
        args.prepend(codes.join(QStringLiteral(", ")));
        item.findings.append(Finding::make(findingId, severity, args));
    }
};

} // namespace

AuditItem gmailRequirements(const AuditReport& r)
{
    Builder b;
    b.item.check = QStringLiteral("gmail-requirements");
    b.item.subject = r.domain;
    const QString domain = r.domain;

    // SPF: does every given IP pass for MAIL FROM at the domain?
    const QList<const AuditItem*> spfItems = spfIpItems(r);
    const AuditItem* lint = nullptr;
    for (const AuditItem* i : itemsOf(r, QStringLiteral("spf"))) {
        if (i->spfLint) {
            lint = i;
        }
    }
    const bool spfPublished = lint && !lint->spfLint->record.isEmpty();
    Status spf = Status::Unknown;
    QStringList spfArgs{domain, QString()};
    if (!spfItems.isEmpty()) {
        spf = Status::Pass;
        for (const AuditItem* i : spfItems) {
            if (!i->spf || i->state != AuditItemState::Done) {
                spf = spf == Status::Fail ? spf : Status::Unknown;
                continue;
            }
            const SpfResultCode c = i->spf->result;
            if (c == SpfResultCode::TempError) {
                spf = spf == Status::Fail ? spf : Status::Unknown;
            } else if (c != SpfResultCode::Pass) {
                spf = Status::Fail;
                spfArgs[1] = i->subject + u' ' + spf::resultName(c);
            }
        }
    } else if (lint && lint->state == AuditItemState::Done && !spfPublished) {
        spf = Status::Fail; // no record at all: SPF cannot pass for any IP
    }

    // DKIM: a key of at least 1024 bits under the domain (Gmail rejects shorter ones).
    const AuditItem* dkimItem = r.item(QStringLiteral("dkim"));
    Status dkim = Status::Unknown;
    QStringList dkimArgs{domain, QString()};
    if (dkimItem && dkimItem->dkim && dkimItem->state == AuditItemState::Done) {
        QStringList good;
        QStringList weak;
        for (const DkimSelectorResult& s : dkimItem->dkim->selectors) {
            if (!s.found()) {
                continue;
            }
            bool usable = true;
            for (const Finding& f : s.findings) {
                if (f.severity == Severity::Error) {
                    usable = false;
                }
            }
            (usable ? good : weak).append(s.selector);
        }
        if (!good.isEmpty()) {
            dkim = Status::Pass;
            dkimArgs[1] = good.join(QStringLiteral(", "));
        } else if (!weak.isEmpty()) {
            dkim = Status::Fail;
            dkimArgs[1] = weak.join(QStringLiteral(", "));
        } else if (hasFinding(dkimItem, QStringLiteral("dkim.no-keys"))
                   || hasFinding(dkimItem, QStringLiteral("dkim.selector-missing"))) {
            dkim = Status::Fail;
        }
    }

    // All senders: SPF or DKIM (421 4.7.26 / 550 5.7.26 when neither passes).
    const Status either = (spf == Status::Pass || dkim == Status::Pass)   ? Status::Pass
                          : (spf == Status::Fail && dkim == Status::Fail) ? Status::Fail
                                                                          : Status::Unknown;
    b.add("spf-or-dkim", "all", {QStringLiteral("4.7.26"), QStringLiteral("5.7.26")}, either, {domain});

    // Reverse DNS of every sending IP, forward-confirmed (451 4.7.23 / 550 5.7.25).
    const QList<const AuditItem*> ptrs = itemsOf(r, QStringLiteral("ptr"));
    Status ptr = ptrs.isEmpty() ? Status::Unknown : Status::Pass;
    QStringList badIps;
    for (const AuditItem* i : ptrs) {
        if (!i->reverse || i->state != AuditItemState::Done) {
            ptr = ptr == Status::Fail ? ptr : Status::Unknown;
        } else if (i->reverse->isConfirmed()) {
            continue;
        } else if (dns::isDefinite(i->reverse->outcome)) {
            ptr = Status::Fail;
            badIps.append(i->subject);
        } else {
            ptr = ptr == Status::Fail ? ptr : Status::Unknown;
        }
    }
    b.add("ptr", "all", {QStringLiteral("4.7.23"), QStringLiteral("5.7.25")}, ptr, {badIps.join(u", ")});

    // TLS: a property of each SMTP session, visible in a sent message's Received: line, not in DNS.
    b.add("tls", "all", {QStringLiteral("4.7.29"), QStringLiteral("5.7.29")}, Status::Unknown);
    // Spam rate: only Google Postmaster Tools knows it.
    b.add("spam-rate", "all", {QStringLiteral("4.7.28"), QStringLiteral("5.7.28")}, Status::Unknown);
    // RFC 5322 format: a property of each message.
    b.add("rfc5322", "all", {QStringLiteral("5.7.1")}, Status::Unknown);

    // Bulk senders: SPF and DKIM each, DMARC, alignment, one-click unsubscribe.
    b.add("spf", "bulk", {QStringLiteral("4.7.27"), QStringLiteral("5.7.27")}, spf, spfArgs);
    b.add("dkim", "bulk", {QStringLiteral("4.7.30"), QStringLiteral("5.7.30")}, dkim, dkimArgs);

    const AuditItem* dmarcItem = r.item(QStringLiteral("dmarc"));
    Status dmarc = Status::Unknown;
    QStringList dmarcArgs{domain, QString()};
    if (dmarcItem && dmarcItem->dmarc && dmarcItem->state == AuditItemState::Done) {
        const DmarcPolicyAnswer& a = dmarcItem->dmarc->rfc7489;
        if (a.status == DmarcRecordStatus::Found) {
            dmarc = Status::Pass;
            dmarcArgs[1] = a.foundAt();
        } else if (a.status != DmarcRecordStatus::TempError) {
            dmarc = Status::Fail;
        }
    }
    b.add("dmarc", "bulk", {QStringLiteral("4.7.40"), QStringLiteral("5.7.40")}, dmarc, dmarcArgs);

    // Alignment: SPF checked for MAIL FROM at the domain and keys under the domain are aligned by
    // construction; whether real mail uses them (Return-Path, d=) only a sent message shows.
    const Status aligned = (spf == Status::Pass || dkim == Status::Pass) ? Status::Pass : Status::Unknown;
    b.add("alignment", "bulk", {QStringLiteral("4.7.32"), QStringLiteral("5.7.32")}, aligned, {domain});

    b.add("one-click-unsubscribe", "bulk", {}, Status::Unknown);
    return b.item;
}

} // namespace todoku::audit
