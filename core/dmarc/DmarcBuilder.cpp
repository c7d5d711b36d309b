// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dmarc/DmarcBuilder.h"

#include "core/dns/DnsName.h"

namespace todoku {

Result<QString> DmarcBuilder::setDomain(const QString& domain)
{
    auto ace = dns::toAce(domain);
    if (ace) {
        m_domain = ace.value();
    }
    return ace;
}

Result<QString> DmarcBuilder::toMailto(const QString& address) const
{
    QString text = address.trimmed();
    if (!text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        text = QString(u"mailto:" + text);
    }
    auto uri = dmarc::parseUri(text);
    if (!uri) {
        return uri.error();
    }
    // Commas and semicolons would break the tag list (RFC 7489 §6.4); they must be percent-encoded.
    text.replace(u',', QLatin1String("%2C"));
    text.replace(u';', QLatin1String("%3B"));
    return text;
}

Result<QString> DmarcBuilder::addAggregateReport(const QString& address)
{
    auto uri = toMailto(address);
    if (uri && !m_rua.contains(uri.value())) {
        m_rua.append(uri.value());
    }
    return uri;
}

Result<QString> DmarcBuilder::addFailureReport(const QString& address)
{
    auto uri = toMailto(address);
    if (uri && !m_ruf.contains(uri.value())) {
        m_ruf.append(uri.value());
    }
    return uri;
}

QString DmarcBuilder::build() const
{
    QStringList tags{QStringLiteral("v=DMARC1"), QString(u"p=" + dmarc::policyName(m_policy))};
    if (m_subdomainPolicy && *m_subdomainPolicy != m_policy) {
        tags.append(QString(u"sp=" + dmarc::policyName(*m_subdomainPolicy)));
    }
    if (m_dkimAlignment == DmarcAlignmentMode::Strict) {
        tags.append(QStringLiteral("adkim=s"));
    }
    if (m_spfAlignment == DmarcAlignmentMode::Strict) {
        tags.append(QStringLiteral("aspf=s"));
    }
    if (m_percent < 100) {
        tags.append(QString(u"pct=" + QString::number(m_percent)));
    }
    if (m_testing) {
        tags.append(QStringLiteral("t=y"));
    }
    if (!m_rua.isEmpty()) {
        tags.append(QString(u"rua=" + m_rua.join(u',')));
    }
    if (!m_ruf.isEmpty()) {
        tags.append(QString(u"ruf=" + m_ruf.join(u',')));
        tags.append(QStringLiteral("fo=1"));
    }
    return tags.join(QLatin1String("; "));
}

ProposedRecord DmarcBuilder::proposedRecord() const
{
    ProposedRecord r;
    r.name = QString(u"_dmarc." + m_domain + u'.');
    r.type = QStringLiteral("TXT");
    r.value = build();
    // A DMARC record rarely exceeds one character-string; split at 255 bytes if it does.
    const QByteArray bytes = r.value.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); i += 255) {
        r.strings.append(QString::fromUtf8(bytes.mid(i, 255)));
    }
    r.purpose = QStringLiteral("dmarc");
    return r;
}

QList<DmarcRolloutStep> DmarcBuilder::rolloutPlan() const
{
    struct Stage
    {
        DmarcPolicy policy;
        int percent;
        int days;
    };
    const Stage stages[] = {
        {DmarcPolicy::None, 100, 14},
        {DmarcPolicy::Quarantine, 25, 14},
        {DmarcPolicy::Quarantine, 100, 14},
        {DmarcPolicy::Reject, 100, 0},
    };
    QList<DmarcRolloutStep> steps;
    int index = 0;
    for (const Stage& stage : stages) {
        ++index;
        DmarcBuilder b = *this;
        b.setPolicy(stage.policy);
        b.setPercent(stage.percent);
        b.setTesting(false);
        if (b.m_subdomainPolicy && *b.m_subdomainPolicy > stage.policy) {
            b.m_subdomainPolicy = stage.policy;
        }
        DmarcRolloutStep step;
        step.policy = stage.policy;
        step.percent = stage.percent;
        step.record = b.build();
        step.proposed = b.proposedRecord();
        step.minimumDays = stage.days;
        switch (index) {
        case 1:
            step.title = tr("Step 1: monitor (p=none)");
            step.explanation =
                tr("Receivers deliver mail as before and send daily aggregate reports to the rua= address. "
                   "Read them for at least %n day(s): every service that sends as %1 must pass SPF or DKIM "
                   "aligned with the From domain before you go on.",
                   nullptr,
                   stage.days)
                    .arg(m_domain);
            if (m_rua.isEmpty()) {
                step.explanation += u' '
                                    + tr("Add an rua= address first: without reports this step tells you "
                                         "nothing.");
            }
            break;
        case 2:
            step.title = tr("Step 2: quarantine a quarter (p=quarantine; pct=25)");
            step.explanation =
                tr("Receivers that follow RFC 7489, Gmail among them, put a quarter of the failing mail in "
                   "spam and treat the rest as p=none. Receivers that follow RFC 9989 ignore pct= and "
                   "quarantine all failing mail. Watch the reports and user complaints for at least %n "
                   "day(s).",
                   nullptr,
                   stage.days);
            break;
        case 3:
            step.title = tr("Step 3: quarantine all (p=quarantine)");
            step.explanation =
                tr("All mail that fails DMARC goes to spam. Check for at least %n day(s) that no legitimate "
                   "source appears as failing in the reports.",
                   nullptr,
                   stage.days);
            break;
        default:
            step.title = tr("Step 4: reject (p=reject)");
            step.explanation = tr("Receivers refuse mail that fails DMARC during the SMTP session, so forged "
                                  "mail in the name of %1 never reaches the inbox. Keep reading the reports.")
                                   .arg(m_domain);
            break;
        }
        steps.append(step);
    }
    return steps;
}

} // namespace todoku
