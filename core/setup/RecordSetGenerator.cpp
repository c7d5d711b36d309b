// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/RecordSetGenerator.h"

#include <QHostAddress>

#include "core/dmarc/DmarcBuilder.h"
#include "core/dns/DnsName.h"
#include "core/spf/SpfBuilder.h"

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

void addSpf(RecordSet& set, const SetupPlan& plan, const QList<QHostAddress>& addresses)
{
    SpfBuilder spf;
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
    const SpfBuildResult built = spf.build();
    set.findings.append(built.findings);
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
    } else {
        set.findings.append(Finding::make(u"dmarc.no-rua"_s, Severity::Warning, {set.domain}));
    }
    set.records.append(dmarc.proposedRecord());
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
