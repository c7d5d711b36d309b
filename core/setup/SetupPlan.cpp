// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/SetupPlan.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "core/dns/DnsName.h"

namespace todoku {

namespace {

QString receivingName(SetupPlan::Receiving r)
{
    switch (r) {
    case SetupPlan::Receiving::MailHost:
        return QStringLiteral("mail-host");
    case SetupPlan::Receiving::NullMx:
        return QStringLiteral("null-mx");
    case SetupPlan::Receiving::Unchanged:
        return QStringLiteral("unchanged");
    }
    Q_UNREACHABLE();
}

QString dkimModeName(SetupPlan::DkimMode m)
{
    switch (m) {
    case SetupPlan::DkimMode::Generate:
        return QStringLiteral("generate");
    case SetupPlan::DkimMode::ProviderValues:
        return QStringLiteral("provider");
    case SetupPlan::DkimMode::None:
        return QStringLiteral("none");
    }
    Q_UNREACHABLE();
}

QStringList toStringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray()) {
        out.append(e.toString());
    }
    return out;
}

Finding inputFinding(const char* id, Severity severity, QStringList args)
{
    return Finding::make(QLatin1String(id), severity, std::move(args));
}

} // namespace

QJsonObject SetupPlan::toJson() const
{
    QJsonArray dkimRecords;
    for (const ProposedRecord& r : providerDkimRecords) {
        dkimRecords.append(QJsonObject{{QStringLiteral("name"), r.name},
                                       {QStringLiteral("type"), r.type},
                                       {QStringLiteral("value"), r.value}});
    }
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("ipAddresses"), QJsonArray::fromStringList(ipAddresses)},
        {QStringLiteral("providers"), QJsonArray::fromStringList(providers)},
        {QStringLiteral("mailHost"), mailHost},
        {QStringLiteral("receiving"), receivingName(receiving)},
        {QStringLiteral("dkimMode"), dkimModeName(dkimMode)},
        {QStringLiteral("selector"), selector},
        {QStringLiteral("keyType"), keyType},
        {QStringLiteral("providerDkimRecords"), dkimRecords},
        {QStringLiteral("dmarcPolicy"), dmarc::policyName(dmarcPolicy)},
        {QStringLiteral("reportAddress"), reportAddress},
        {QStringLiteral("strictSpf"), strictSpf},
        {QStringLiteral("spfA"), spfA},
        {QStringLiteral("spfMx"), spfMx},
        {QStringLiteral("ttl"), qint64(ttl)},
        {QStringLiteral("registrar"), registrar},
        {QStringLiteral("existingSpf"), QJsonArray::fromStringList(existing.spf)},
        {QStringLiteral("existingDmarc"), QJsonArray::fromStringList(existing.dmarc)},
    };
}

SetupPlan SetupPlan::fromJson(const QJsonObject& o)
{
    SetupPlan p;
    p.domain = o.value(u"domain").toString();
    p.ipAddresses = toStringList(o.value(u"ipAddresses"));
    p.providers = toStringList(o.value(u"providers"));
    p.mailHost = o.value(u"mailHost").toString();
    const QString receiving = o.value(u"receiving").toString();
    p.receiving = receiving == u"null-mx"     ? Receiving::NullMx
                  : receiving == u"unchanged" ? Receiving::Unchanged
                                              : Receiving::MailHost;
    const QString mode = o.value(u"dkimMode").toString();
    p.dkimMode = mode == u"provider" ? DkimMode::ProviderValues
                 : mode == u"none"   ? DkimMode::None
                                     : DkimMode::Generate;
    p.selector = o.value(u"selector").toString();
    p.keyType = o.value(u"keyType").toString(QStringLiteral("rsa2048"));
    for (const QJsonValue& v : o.value(u"providerDkimRecords").toArray()) {
        const QJsonObject r = v.toObject();
        p.providerDkimRecords.append(ProposedRecord::make(r.value(u"name").toString(),
                                                          r.value(u"type").toString(),
                                                          r.value(u"value").toString(),
                                                          QStringLiteral("dkim")));
    }
    p.dmarcPolicy = dmarc::parsePolicy(o.value(u"dmarcPolicy").toString()).value_or(DmarcPolicy::None);
    p.reportAddress = o.value(u"reportAddress").toString();
    p.strictSpf = o.value(u"strictSpf").toBool(true);
    p.spfA = o.value(u"spfA").toBool(false);
    p.spfMx = o.value(u"spfMx").toBool(false);
    p.ttl = quint32(o.value(u"ttl").toInteger(3600));
    p.registrar = o.value(u"registrar").toString(QStringLiteral("generic"));
    p.existing.spf = toStringList(o.value(u"existingSpf"));
    p.existing.dmarc = toStringList(o.value(u"existingDmarc"));
    return p;
}

bool SetupPlanValidator::isNonPublic(const QHostAddress& address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isMulticast() || address.isBroadcast()
        || address.isNull() || address.isUniqueLocalUnicast() || address.isSiteLocal()) {
        return true;
    }
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (!isV4) {
        return address == QHostAddress(QHostAddress::AnyIPv6);
    }
    const QHostAddress a(v4);
    // RFC 1918 private networks, RFC 6598 carrier-grade NAT, "this network", and link-local.
    static const QList<QPair<QHostAddress, int>> ranges = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
    };
    for (const auto& range : ranges) {
        if (a.isInSubnet(range)) {
            return true;
        }
    }
    return false;
}

bool SetupPlanValidator::isValidSelector(const QString& selector)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}"
        "[A-Za-z0-9_])?)*$"));
    return re.match(selector).hasMatch();
}

bool SetupPlanValidator::canGenerate(const QList<Finding>& findings)
{
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error) {
            return false;
        }
    }
    return true;
}

QList<Finding> SetupPlanValidator::validateField(const SetupPlan& plan, const QString& field)
{
    QList<Finding> out;
    for (const Finding& f : validate(plan)) {
        if (!f.args.isEmpty() && f.args.first() == field) {
            out.append(f);
        }
    }
    return out;
}

QList<Finding> SetupPlanValidator::validate(const SetupPlan& plan)
{
    QList<Finding> out;
    const QString domainField = QStringLiteral("domain");
    const Result<QString> domain = dns::toAce(plan.domain.trimmed());
    if (plan.domain.trimmed().isEmpty()) {
        out.append(inputFinding("setup.input.domain-missing", Severity::Error, {domainField}));
    } else if (!domain || !domain->contains(u'.')) {
        out.append(inputFinding("setup.input.domain-invalid", Severity::Error, {domainField, plan.domain}));
    }

    const QString ipField = QStringLiteral("ipAddresses");
    for (const QString& typed : plan.ipAddresses) {
        const QHostAddress address(typed.trimmed());
        if (address.isNull()) {
            out.append(inputFinding("setup.input.ip-invalid", Severity::Error, {ipField, typed}));
        } else if (isNonPublic(address)) {
            out.append(inputFinding("setup.input.ip-private", Severity::Error, {ipField, typed}));
        }
    }
    if (plan.ipAddresses.isEmpty() && plan.providers.isEmpty() && !plan.spfA && !plan.spfMx) {
        out.append(inputFinding("setup.input.no-sender", Severity::Error, {ipField}));
    }

    const QString hostField = QStringLiteral("mailHost");
    const bool needsHost = plan.receiving == SetupPlan::Receiving::MailHost || !plan.ipAddresses.isEmpty();
    if (plan.mailHost.trimmed().isEmpty()) {
        if (needsHost) {
            out.append(inputFinding("setup.input.mail-host-missing", Severity::Error, {hostField}));
        }
    } else {
        const Result<QString> host = dns::toAce(plan.mailHost.trimmed());
        if (!host || !host->contains(u'.')
            || QHostAddress(plan.mailHost.trimmed()).protocol()
                   != QAbstractSocket::UnknownNetworkLayerProtocol) {
            out.append(
                inputFinding("setup.input.mail-host-invalid", Severity::Error, {hostField, plan.mailHost}));
        } else if (domain && !dns::isSubdomainOf(*host, *domain)) {
            // Legitimate (a provider's host), but PTR and HELO then need a name the user cannot set here.
            out.append(inputFinding(
                "setup.input.mail-host-outside", Severity::Warning, {hostField, *host, *domain}));
        }
    }

    const QString selectorField = QStringLiteral("selector");
    if (plan.dkimMode == SetupPlan::DkimMode::Generate) {
        if (plan.selector.isEmpty()) {
            out.append(inputFinding("setup.input.selector-missing", Severity::Error, {selectorField}));
        } else if (!isValidSelector(plan.selector)) {
            out.append(inputFinding(
                "setup.input.selector-invalid", Severity::Error, {selectorField, plan.selector}));
        }
    }

    const QString reportField = QStringLiteral("reportAddress");
    if (!plan.reportAddress.isEmpty()) {
        static const QRegularExpression mailbox(
            QStringLiteral("^(mailto:)?[^@\\s,;!]+@[^@\\s,;!]+\\.[^@\\s,;!]+$"));
        if (!mailbox.match(plan.reportAddress.trimmed()).hasMatch()) {
            out.append(inputFinding(
                "setup.input.report-address-invalid", Severity::Error, {reportField, plan.reportAddress}));
        }
    }
    return out;
}

} // namespace todoku
