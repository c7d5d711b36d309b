// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/RecordSetGenerator.h"

#include <QHostAddress>

#include "core/dmarc/DmarcBuilder.h"
#include "core/dns/DnsName.h"
#include "core/spf/SpfBuilder.h"
#include "core/spf/SpfRecord.h"

using namespace Qt::StringLiterals;

namespace todoku {

namespace {

QList<QHostAddress> usableAddresses(const SetupPlan& plan)
{
    QList<QHostAddress> out;
    for (const QString& typed : plan.ipAddresses) {
        const QHostAddress a(typed.trimmed());
        if (!a.isNull() && !SetupPlanValidator::isNonPublic(a) && !out.contains(a)) {
            out.append(a);
        }
    }
    return out;
}

void addMx(RecordSet& set, const SetupPlan& plan, const QString& mailHost)
{
    switch (plan.receiving) {
    case SetupPlan::Receiving::MailHost:
        if (!mailHost.isEmpty()) {
            set.records.append(ProposedRecord::make(
                dns::absoluteName(set.domain), u"MX"_s, u"10 "_s + dns::absoluteName(mailHost), u"mx"_s));
        }
        break;
    case SetupPlan::Receiving::NullMx:
        // RFC 7505: a domain that receives no mail says so, and senders stop retrying at once.
        set.records.append(ProposedRecord::make(dns::absoluteName(set.domain), u"MX"_s, u"0 ."_s, u"mx"_s));
        break;
    case SetupPlan::Receiving::Unchanged:
        break;
    }
}

/** The catalog service whose SPF include is `domain`, if one is (so its known cost counts, not a guess). */
std::optional<QString> providerForInclude(const SpfProviderCatalog& catalog, const QString& domain)
{
    for (const SpfProvider& p : catalog.providers()) {
        if (p.atApex && p.includes.contains(domain, Qt::CaseInsensitive)) {
            return p.id;
        }
    }
    return std::nullopt;
}

/**
 * Feeds the terms of the SPF records the domain already publishes into the builder, so the one record
 * proposed still allows every sender the old one did (RFC 7208 §3.2: one SPF record per name). `all` is
 * the plan's; redirect= becomes an include, since the new record ends in its own `all`. Returns the terms
 * taken over, for the explanation.
 */
QStringList mergeExistingSpf(SpfBuilder& spf,
                             const SetupPlan& plan,
                             const QList<QHostAddress>& addresses,
                             const SpfProviderCatalog& catalog,
                             QList<Finding>& findings)
{
    QStringList kept;
    QStringList own;
    for (const QHostAddress& a : addresses) {
        own.append(a.toString().toLower());
    }
    for (const QString& text : plan.existing.spf) {
        const Result<SpfRecord> parsed = SpfRecord::parse(text.simplified());
        if (!parsed) {
            findings.append(Finding::make(u"setup.merge.spf-unreadable"_s, Severity::Warning, {text}));
            continue;
        }
        for (const SpfMechanism& m : parsed->mechanisms) {
            const bool pass = m.qualifier == SpfQualifier::Pass;
            if (m.kind == SpfMechanismKind::All) {
                continue;
            }
            if (pass && (m.kind == SpfMechanismKind::Ip4 || m.kind == SpfMechanismKind::Ip6)) {
                const bool v6 = m.kind == SpfMechanismKind::Ip6;
                const int prefix = m.prefixLength(v6);
                if (prefix == (v6 ? 128 : 32) && own.contains(m.network.toString().toLower())) {
                    continue; // the plan's own server again
                }
                spf.addNetwork(m.network.toString() + u'/' + QString::number(prefix));
            } else if (pass && m.kind == SpfMechanismKind::A && m.domainSpec.isEmpty() && m.cidr4 < 0
                       && m.cidr6 < 0) {
                spf.setUseA(true);
            } else if (pass && m.kind == SpfMechanismKind::Mx && m.domainSpec.isEmpty() && m.cidr4 < 0
                       && m.cidr6 < 0) {
                spf.setUseMx(true);
            } else if (const std::optional<QString> id =
                           pass && m.kind == SpfMechanismKind::Include && !m.hasMacro()
                               ? providerForInclude(catalog, m.domainSpec)
                               : std::nullopt) {
                if (plan.providers.contains(*id)) {
                    continue; // the plan already has this service
                }
                spf.addProvider(*id);
            } else {
                spf.addExistingTerm(m.text, m.queriesDns() ? 1 : 0);
            }
            if (!kept.contains(m.text, Qt::CaseInsensitive)) {
                kept.append(m.text);
            }
        }
        if (parsed->redirect) {
            const QString include = u"include:"_s + *parsed->redirect;
            spf.addExistingTerm(include, 1);
            kept.append(include);
            findings.append(
                Finding::make(u"setup.merge.spf-redirect"_s, Severity::Info, {*parsed->redirect}));
        }
    }
    return kept;
}

void addSpf(RecordSet& set, const SetupPlan& plan, const QList<QHostAddress>& addresses)
{
    const SpfProviderCatalog catalog = SpfProviderCatalog::builtIn();
    SpfBuilder spf(catalog);
    spf.setDomain(set.domain);
    for (const QHostAddress& a : addresses) {
        spf.addNetwork(a.toString());
    }
    for (const QString& id : plan.providers) {
        spf.addProvider(id.trimmed());
    }
    spf.setUseA(plan.spfA);
    spf.setUseMx(plan.spfMx);
    spf.setSoftFail(!plan.strictSpf);
    QList<Finding> merged;
    const QStringList kept = mergeExistingSpf(spf, plan, addresses, catalog, merged);
    const SpfBuildResult built = spf.build();
    set.findings.append(built.findings);
    if (!plan.existing.spf.isEmpty()) {
        const QString old = plan.existing.spf.join(u" | "_s);
        // The explanation: what was kept, and that the old record is replaced (never a second one).
        set.findings.append(
            kept.isEmpty()
                ? Finding::make(u"setup.merge.spf-nothing-kept"_s, Severity::Info, {old, built.record})
                : Finding::make(u"setup.merge.spf"_s, Severity::Info, {old, kept.join(u' '), built.record}));
        if (plan.existing.spf.size() > 1) {
            set.findings.append(Finding::make(u"setup.merge.spf-several"_s,
                                              Severity::Warning,
                                              {set.domain, QString::number(plan.existing.spf.size())}));
        }
        set.findings.append(merged);
    }
    // A record that receivers would reject (permerror) is worse than none: the findings say what to change.
    if (built.canPublish()) {
        set.records.append(built.proposed);
    }
}

void addMailHost(RecordSet& set, const QString& mailHost, const QList<QHostAddress>& addresses)
{
    if (mailHost.isEmpty() || addresses.isEmpty()) {
        return;
    }
    // The mail host's address records make the PTR forward-confirmed; outside the domain they are not ours.
    if (dns::isSubdomainOf(mailHost, set.domain)) {
        for (const QHostAddress& a : addresses) {
            const bool v4 = a.protocol() == QAbstractSocket::IPv4Protocol;
            set.records.append(ProposedRecord::make(
                dns::absoluteName(mailHost), v4 ? u"A"_s : u"AAAA"_s, a.toString(), u"mail-host"_s));
        }
    }
    for (const QHostAddress& a : addresses) {
        ProposedRecord ptr = ProposedRecord::make(
            dns::absoluteName(dns::reverseName(a)), u"PTR"_s, dns::absoluteName(mailHost), u"ptr"_s);
        ptr.setAt = u"ip-owner"_s;
        set.records.append(ptr);
    }
}

void addDkim(RecordSet& set, const SetupPlan& plan, const ProposedRecord* generated)
{
    switch (plan.dkimMode) {
    case SetupPlan::DkimMode::Generate:
        if (generated) {
            set.records.append(*generated);
        } else {
            set.findings.append(
                Finding::make(u"setup.dkim.key-pending"_s, Severity::Info, {plan.selector, set.domain}));
        }
        break;
    case SetupPlan::DkimMode::ProviderValues:
        for (ProposedRecord r : plan.providerDkimRecords) {
            const Result<QString> name = dns::toAce(r.name);
            if (!name) {
                continue;
            }
            // Providers print "s1._domainkey" or the full name; both mean a name in this domain.
            r.name = dns::isSubdomainOf(*name, set.domain) ? dns::absoluteName(*name)
                                                           : dns::absoluteName(*name + u'.' + set.domain);
            r.purpose = u"dkim"_s;
            set.records.append(r);
        }
        break;
    case SetupPlan::DkimMode::None:
        set.findings.append(Finding::make(u"setup.dkim.none"_s, Severity::Warning, {set.domain}));
        break;
    }
}

void addDmarc(RecordSet& set, const SetupPlan& plan)
{
    DmarcBuilder dmarc;
    if (!dmarc.setDomain(set.domain)) {
        return;
    }
    dmarc.setPolicy(plan.dmarcPolicy);
    if (!plan.reportAddress.isEmpty()) {
        dmarc.addAggregateReport(plan.reportAddress);
    }
    // The report addresses of the DMARC record in use are kept: whoever reads those reports keeps them.
    QStringList kept;
    std::optional<DmarcPolicy> oldPolicy;
    for (const QString& text : plan.existing.dmarc) {
        const Result<DmarcRecord> old = todoku::dmarc::parseRecord(text);
        if (!old) {
            continue;
        }
        if (old->policy && !oldPolicy) {
            oldPolicy = old->policy;
        }
        for (const DmarcUri& uri : old->aggregateReports) {
            if (uri.scheme == u"mailto" && dmarc.addAggregateReport(uri.address)) {
                kept.append(u"rua:"_s + uri.address);
            }
        }
        for (const DmarcUri& uri : old->failureReports) {
            if (uri.scheme == u"mailto" && dmarc.addFailureReport(uri.address)) {
                kept.append(u"ruf:"_s + uri.address);
            }
        }
    }
    const ProposedRecord record = dmarc.proposedRecord();
    if (plan.reportAddress.isEmpty() && !record.value.contains(u"rua="_s)) {
        set.findings.append(Finding::make(u"dmarc.no-rua"_s, Severity::Warning, {set.domain}));
    }
    if (!plan.existing.dmarc.isEmpty()) {
        kept.removeDuplicates();
        set.findings.append(Finding::make(u"setup.merge.dmarc"_s,
                                          Severity::Info,
                                          {plan.existing.dmarc.join(u" | "_s),
                                           kept.isEmpty() ? u"-"_s : kept.join(u", "_s),
                                           record.value}));
        if (oldPolicy && int(*oldPolicy) > int(plan.dmarcPolicy)) {
            set.findings.append(Finding::make(
                u"setup.merge.dmarc-weaker"_s,
                Severity::Warning,
                {todoku::dmarc::policyName(*oldPolicy), todoku::dmarc::policyName(plan.dmarcPolicy)}));
        }
    }
    set.records.append(record);
}

} // namespace

RecordSet RecordSetGenerator::generate(const SetupPlan& plan, const ProposedRecord* dkimRecord)
{
    RecordSet set;
    const Result<QString> domain = dns::toAce(plan.domain.trimmed());
    if (!domain) {
        return set;
    }
    set.domain = *domain;
    set.unicodeDomain = dns::toUnicode(*domain);
    const Result<QString> host = dns::toAce(plan.mailHost.trimmed());
    const QString mailHost = host && !plan.mailHost.trimmed().isEmpty() ? *host : QString();
    const QList<QHostAddress> addresses = usableAddresses(plan);

    addMx(set, plan, mailHost);
    addSpf(set, plan, addresses);
    addMailHost(set, mailHost, addresses);
    addDkim(set, plan, dkimRecord);
    addDmarc(set, plan);
    for (ProposedRecord& r : set.records) {
        r.ttl = plan.ttl;
    }
    return set;
}

} // namespace todoku
