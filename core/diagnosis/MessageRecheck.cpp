// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/MessageRecheck.h"

#include <QTimer>
#include <algorithm>

#include "core/dmarc/PublicSuffixList.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsSession.h"
#include "core/spf/SpfEvaluator.h"

namespace todoku {

MessageRecheck::MessageRecheck(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_session(std::make_unique<DnsSession>(resolver))
    , m_evaluator(std::make_unique<SpfEvaluator>(m_session.get()))
    , m_verifier(std::make_unique<DkimVerifier>(m_session.get()))
    , m_dmarc(std::make_unique<DmarcDiscovery>(m_session.get(), &PublicSuffixList::system()))
{
    connect(m_evaluator.get(), &SpfEvaluator::finished, this, &MessageRecheck::partDone);
    connect(m_verifier.get(), &DkimVerifier::finished, this, &MessageRecheck::partDone);
    connect(m_dmarc.get(), &DmarcDiscovery::finished, this, &MessageRecheck::partDone);
}

MessageRecheck::~MessageRecheck() = default;

void MessageRecheck::start(const MessageDiagnosis& offline, QList<DkimPrepared> prepared)
{
    m_recorded = offline.recordedSpf;
    m_recordedDkim.clear();
    for (const AuthResultsField& field : offline.authenticationResults) {
        if (!field.trusted) {
            continue;
        }
        for (const AuthResult& r : field.parsed.results) {
            if (r.method != u"dkim") {
                continue;
            }
            QString domain = r.property(QStringLiteral("header.d"));
            if (domain.isEmpty()) {
                domain = r.property(QStringLiteral("header.i")).section(u'@', -1);
            }
            m_recordedDkim.append({domain.toLower(), r.property(QStringLiteral("header.s")), r.result});
        }
    }
    m_rechecks = {};
    // 0.0.0.0 is what some receivers record when they never saw the client: nothing to evaluate.
    m_spfStarted = !m_recorded.result.isEmpty() && !m_recorded.clientIp.isNull()
                   && !(m_recorded.clientIp.protocol() == QAbstractSocket::IPv4Protocol
                        && m_recorded.clientIp.toIPv4Address() == 0);
    m_dkimStarted = !prepared.isEmpty();
    m_recordedDmarc = offline.recordedDmarc;
    const Result<QString> ace = dns::toAce(m_recordedDmarc.fromDomain);
    const QString dmarcDomain = ace.isOk() ? ace.value() : QString();
    m_dmarcStarted = !m_recordedDmarc.result.isEmpty() && !dmarcDomain.isEmpty();
    m_pending = int(m_spfStarted) + int(m_dkimStarted) + int(m_dmarcStarted);
    if (m_spfStarted) {
        m_evaluator->start(
            SpfRequest::forMailFrom(m_recorded.clientIp, m_recorded.mailFrom, m_recorded.helo));
    }
    if (m_dkimStarted) {
        m_verifier->start(std::move(prepared));
    }
    if (m_dmarcStarted) {
        m_dmarc->start(dmarcDomain);
    }
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &MessageRecheck::finished);
    }
}

void MessageRecheck::partDone()
{
    if (--m_pending == 0) {
        collect();
        emit finished();
    }
}

void MessageRecheck::collect()
{
    if (m_spfStarted) {
        const SpfResult& r = m_evaluator->result();
        const QString now = spf::resultName(r.result);
        const bool same = now.compare(m_recorded.result, Qt::CaseInsensitive) == 0;
        m_rechecks.findings.append(
            Finding::make(same ? QStringLiteral("spf.live-same") : QStringLiteral("spf.live-differs"),
                          same ? Severity::Info : Severity::Warning,
                          {r.request.domain, m_recorded.clientIp.toString(), m_recorded.result, now}));
        // What the evaluation found wrong with the record itself (lookups, syntax, …), beyond the result.
        m_rechecks.findings += r.findings.mid(1);
    }
    if (m_dkimStarted) {
        for (const DkimVerification& v : m_verifier->results()) {
            m_rechecks.dkimVerification.append(DkimVerification::resultName(v.result));
            compareDkim(v);
        }
    }
    if (m_dmarcStarted) {
        compareDmarc();
    }
}

void MessageRecheck::compareDmarc()
{
    const DmarcDiscoveryResult& found = m_dmarc->result();
    const DmarcPolicyAnswer& answer = found.rfc7489;
    const std::optional<DmarcPolicy> policy = found.requestedPolicy();
    const QString now = policy ? dmarc::policyName(*policy) : QString();
    const QString& domain = m_recordedDmarc.fromDomain;
    const bool recordedNone = m_recordedDmarc.result == u"none";
    if (answer.status == DmarcRecordStatus::TempError) {
        return; // no answer now says nothing about then
    }
    if (recordedNone && !now.isEmpty()) {
        m_rechecks.findings.append(Finding::make(
            QStringLiteral("dmarc.live-published"), Severity::Info, {domain, now, answer.foundAt()}));
    } else if (!recordedNone && now.isEmpty()) {
        m_rechecks.findings.append(
            Finding::make(QStringLiteral("dmarc.live-gone"), Severity::Warning, {domain}));
    } else if (!now.isEmpty() && !m_recordedDmarc.policy.isEmpty()) {
        const bool same = now == m_recordedDmarc.policy;
        m_rechecks.findings.append(
            Finding::make(same ? QStringLiteral("dmarc.live-same") : QStringLiteral("dmarc.live-differs"),
                          Severity::Info,
                          {domain, m_recordedDmarc.policy, now, answer.foundAt()}));
    }
}

void MessageRecheck::compareDkim(const DkimVerification& v)
{
    // The receiver's statement for this signature: same d=, and the same s= where it wrote one.
    const auto recorded =
        std::find_if(m_recordedDkim.cbegin(), m_recordedDkim.cend(), [&](const RecordedDkim& r) {
            return r.domain == v.domain.toLower() && (r.selector.isEmpty() || r.selector == v.selector);
        });
    if (recorded == m_recordedDkim.cend()) {
        // No receiver's statement to compare with: the verification itself is all there is to say.
        if (v.result != DkimVerification::Result::Pass) {
            m_rechecks.findings += v.findings;
        }
        return;
    }
    const QString now = DkimVerification::resultName(v.result);
    const QStringList args{v.domain, v.selector, recorded->result, now};
    if (now == recorded->result) {
        m_rechecks.findings.append(Finding::make(QStringLiteral("dkim.live-same"), Severity::Info, args));
    } else if (recorded->result == u"temperror" && v.result == DkimVerification::Result::Pass) {
        // The key resolves now and the signature verifies: the failure then was DNS, not the message.
        m_rechecks.findings.append(
            Finding::make(QStringLiteral("dkim.live-recovered"), Severity::Info, args));
    } else {
        m_rechecks.findings.append(
            Finding::make(QStringLiteral("dkim.live-differs"), Severity::Warning, args));
    }
    if (v.result != DkimVerification::Result::Pass) {
        // Why it fails now, in the verifier's own findings (the offline ones say only what was recorded).
        m_rechecks.findings += v.findings;
    }
}

} // namespace todoku
