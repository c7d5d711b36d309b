// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/DomainAudit.h"

#include <utility>

#include "core/audit/AuditChecks_p.h"
#include "core/dmarc/PublicSuffixList.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsResolver.h"
#include "core/dns/DnsSession.h"

namespace todoku {

DomainAudit::DomainAudit(DnsResolver* resolver, const PublicSuffixList* psl, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_psl(psl ? psl : &PublicSuffixList::system())
{}

DomainAudit::~DomainAudit()
{
    // The checks hold queries on the session: end them first.
    m_slots.clear();
    m_extra.clear();
}

void DomainAudit::addCheck(const QString& check, const QString& subject, std::unique_ptr<AuditCheck> runner)
{
    Q_ASSERT(!m_started);
    m_extra.push_back(Slot{check, subject, std::move(runner), -1, false});
}

void DomainAudit::addSlot(const QString& check, const QString& subject, std::unique_ptr<AuditCheck> runner)
{
    // Built in place: an AuditItem is ~2.8 KB of empty evidence, and copies of it were a visible cost.
    AuditItem& item = m_report.items.emplaceBack();
    item.check = check;
    item.subject = subject;
    m_slots.push_back(Slot{check, subject, std::move(runner), int(m_report.items.size()) - 1, false});
}

void DomainAudit::start(const AuditRequest& request)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_clock.start();
    m_report = AuditReport{};
    m_report.request = request;
    const auto ace = dns::toAce(request.domain.trimmed());
    if (!ace || !ace->contains(u'.')) {
        AuditItem item;
        item.check = QStringLiteral("domain");
        item.subject = request.domain;
        item.state = AuditItemState::Done;
        item.status = Severity::Error;
        item.findings.append(
            Finding::make(QStringLiteral("audit.invalid-domain"), Severity::Error, {request.domain}));
        m_report.items.append(item);
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit started();
                emit itemFinished(0);
                m_finished = true;
                emit finished();
            },
            Qt::QueuedConnection);
        return;
    }
    m_report.domain = *ace;
    m_session = new DnsSession(m_resolver, this);
    connect(m_session, &DnsSession::queryLogged, this, [this](const DnsQueryLogEntry& e) {
        m_report.queryLog.append(e);
    });

    // The report's order: what the domain publishes, then each sending IP's facts, then the derived list.
    const QString& d = m_report.domain;
    // mx, helo, the domain's spf, dmarc, dkim, dnsbl and gmail, plus ptr and spf per IP and the extras.
    m_report.items.reserve(7 + 2 * request.ips.size() + qsizetype(m_extra.size()));
    m_slots.reserve(size_t(m_report.items.capacity()));
    addSlot(QStringLiteral("mx"), d, audit::makeMxCheck());
    for (const QHostAddress& ip : request.ips) {
        addSlot(QStringLiteral("ptr"), ip.toString(), audit::makePtrCheck(ip));
    }
    if (!request.helo.trimmed().isEmpty()) {
        addSlot(QStringLiteral("helo"), request.helo.trimmed(), audit::makeHeloCheck(request.helo.trimmed()));
    }
    addSlot(QStringLiteral("spf"), d, audit::makeSpfLintCheck());
    for (const QHostAddress& ip : request.ips) {
        addSlot(QStringLiteral("spf"), ip.toString(), audit::makeSpfIpCheck(ip));
    }
    addSlot(QStringLiteral("dmarc"), d, audit::makeDmarcCheck(m_psl));
    addSlot(QStringLiteral("dkim"), d, audit::makeDkimCheck());
    addSlot(QStringLiteral("dnsbl"), d, audit::makeDnsblCheck());
    // Checks from other modules (MTA-STS, TLS-RPT, BIMI, authoritative servers) go here, via addCheck().
    for (Slot& extra : m_extra) {
        addSlot(extra.check, extra.subject, std::move(extra.runner));
    }
    m_extra.clear();
    // The Gmail checklist is derived from the items above once they are all in.
    AuditItem& gmail = m_report.items.emplaceBack();
    gmail.check = QStringLiteral("gmail-requirements");
    gmail.subject = d;

    emit started();
    m_pending = int(m_slots.size());
    for (int i = 0; i < int(m_slots.size()); ++i) {
        connect(
            m_slots[size_t(i)].runner.get(), &AuditCheck::finished, this, [this, i] { onCheckFinished(i); });
    }
    startReady();
    if (m_itemTimeoutMs > 0) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] { stopRunning(AuditItemState::TimedOut); });
        m_deadline->start(m_itemTimeoutMs);
    }
}

void DomainAudit::startReady()
{
    for (Slot& s : m_slots) {
        if (s.started || !s.runner) {
            continue;
        }
        const QStringList needs = s.runner->prerequisites();
        QList<AuditItem> items;
        bool ready = true;
        for (const AuditItem& item : std::as_const(m_report.items)) {
            if (needs.contains(item.check)) {
                ready = ready && item.isFinished();
                items.append(item);
            }
        }
        if (!ready) {
            continue;
        }
        s.started = true;
        m_report.items[s.index].state = AuditItemState::Running;
        s.runner->setPrerequisites(items);
        s.runner->start(m_session, m_report.request, m_report.domain);
    }
}

void DomainAudit::onCheckFinished(int slot)
{
    Slot& s = m_slots[size_t(slot)];
    if (!s.runner) {
        return;
    }
    AuditItem item = s.runner->item();
    item.check = s.check;
    item.subject = s.subject;
    item.state = AuditItemState::Done;
    item.status = audit::worstOf(item.findings);
    item.elapsedMs = m_clock.elapsed();
    m_report.items[s.index] = std::move(item);
    // Deleted later: finished() may be emitted from inside the runner's own slot.
    s.runner.release()->deleteLater();
    --m_pending;
    emit itemFinished(s.index);
    // Checks that waited for this item may start now (unless a slot connected to itemFinished cancelled).
    if (!m_finished) {
        startReady();
    }
    finishIfDone();
}

void DomainAudit::stopRunning(AuditItemState state)
{
    for (Slot& s : m_slots) {
        if (!s.runner) {
            continue;
        }
        // Whatever the check has so far is kept: a timeout in one lookup must not lose the others.
        AuditItem item = s.runner->item();
        item.check = s.check;
        item.subject = s.subject;
        item.state = state;
        if (state == AuditItemState::TimedOut) {
            // %1 the check, %2 its subject, %3 the deadline in seconds.
            item.findings.append(
                Finding::make(QStringLiteral("audit.timeout"),
                              Severity::Warning,
                              {s.check, s.subject, QString::number(m_itemTimeoutMs / 1000)}));
        }
        item.status = audit::worstOf(item.findings);
        item.elapsedMs = m_clock.elapsed();
        m_report.items[s.index] = std::move(item);
        s.runner->disconnect(this);
        s.runner.release()->deleteLater();
        --m_pending;
        emit itemFinished(s.index);
    }
    finishIfDone();
}

void DomainAudit::cancel()
{
    if (!m_started || m_finished) {
        return;
    }
    m_report.cancelled = true;
    stopRunning(AuditItemState::Cancelled);
}

void DomainAudit::finishIfDone()
{
    if (m_pending > 0 || m_finished) {
        return;
    }
    m_finished = true;
    if (m_deadline) {
        m_deadline->stop();
    }
    const int gmail = int(m_report.items.size()) - 1;
    AuditItem g = audit::gmailRequirements(m_report);
    g.state = m_report.cancelled ? AuditItemState::Cancelled : AuditItemState::Done;
    g.status = audit::worstOf(g.findings);
    g.elapsedMs = m_clock.elapsed();
    m_report.items[gmail] = std::move(g);
    m_report.upstreamQueries = m_session ? m_session->upstreamQueries() : 0;
    emit itemFinished(gmail);
    emit finished();
}

} // namespace todoku
