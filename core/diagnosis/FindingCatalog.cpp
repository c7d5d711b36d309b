// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/FindingCatalog.h"

#include <QJsonArray>

#include "core/audit/AuditFindingText.h"
#include "core/diagnosis/BounceFindingText.h"
#include "core/diagnosis/MessageFindingText.h"
#include "core/dkim/ArcFindingText.h"
#include "core/dkim/DkimFindingText.h"
#include "core/dmarc/DmarcFindingText.h"
#include "core/dns/DnsFindingText.h"
#include "core/setup/SetupFindingText.h"
#include "core/smtp/DnsblFindingText.h"
#include "core/smtp/MailHostFindingText.h"
#include "core/smtp/MtaStsFindingText.h"
#include "core/smtp/SmtpFindingText.h"
#include "core/spf/SpfBuilderFindingText.h"
#include "core/spf/SpfFindingText.h"

namespace todoku {

namespace {

// Modules register their text tables here, one line per module, keyed by the id's first segment.
struct ModuleTexts
{
    const char* prefix;
    FindingCatalog::TextFunction function;
};

constexpr ModuleTexts MODULES[] = {
    {"bounce", &bounce::findingText},
    // The analyzer's dkim texts first: they read for both a header result and a live verification, since
    // both give %1 d= and %2 s= (the DKIM module's table has the ids only the verifier and keygen make).
    {"dkim", &diagnosis::messageFindingText},
    {"dkim", &dkim::findingText},
    {"dmarc", &dmarc::findingText},
    {"dns", &dns::findingText},
    {"dmarc", &diagnosis::messageFindingText},
    {"arc", &diagnosis::messageFindingText},
    {"arc", &arc::findingText},
    {"forwarding", &diagnosis::messageFindingText},
    {"list", &diagnosis::messageFindingText},
    {"bulk", &diagnosis::messageFindingText},
    {"message", &diagnosis::messageFindingText},
    {"input", &diagnosis::messageFindingText},
    {"helo", &smtp::findingText},
    {"ptr", &smtp::findingText},
    {"setup", &setup::findingText},
    {"spf", &spf::findingText},
    {"mx", &smtp::mailHostFindingText},
    {"ptr", &smtp::mailHostFindingText},
    {"mta-sts", &smtp::mtaStsFindingText},
    {"tls-rpt", &smtp::mtaStsFindingText},
    {"bimi", &smtp::mtaStsFindingText},
    {"spf", &spf::builderFindingText},
    {"spf", &diagnosis::messageFindingText}, // spf.reason.*, spf.best-guess, spf.ip-zero, …
    {"dnsbl", &smtp::dnsblFindingText},
    {"gmail", &audit::findingText},
    {"audit", &audit::findingText},
    {"helo", &audit::findingText},
    {"mx", &audit::findingText},
    {"dkim", &audit::findingText},
    {"dmarc", &audit::findingText},
    {"spf", &audit::findingText},
};

} // namespace

FindingText FindingCatalog::text(const Finding& finding)
{
    const QString prefix = finding.id.section(u'.', 0, 0);
    for (const ModuleTexts& module : MODULES) {
        if (module.function && prefix == QLatin1String(module.prefix)) {
            if (auto t = module.function(finding.id, finding.args)) {
                return *t;
            }
        }
    }
    return FindingText{finding.id, finding.args.join(QStringLiteral(", ")), {}};
}

QString FindingCatalog::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    Q_UNREACHABLE();
}

QString FindingCatalog::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return tr("OK");
    case Severity::Info:
        return tr("Info");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Error:
        return tr("Error");
    }
    Q_UNREACHABLE();
}

QJsonObject FindingCatalog::toJson(const ProposedRecord& record)
{
    QJsonObject o{
        {QStringLiteral("name"), record.name},
        {QStringLiteral("type"), record.type},
        {QStringLiteral("ttl"), qint64(record.ttl)},
        {QStringLiteral("value"), record.value},
        {QStringLiteral("purpose"), record.purpose},
        {QStringLiteral("setAt"), record.setAt},
    };
    if (!record.strings.isEmpty()) {
        o.insert(QStringLiteral("strings"), QJsonArray::fromStringList(record.strings));
    }
    return o;
}

QJsonObject FindingCatalog::toJson(const Finding& finding)
{
    const FindingText t = text(finding);
    QJsonArray evidence;
    for (const Evidence& e : finding.evidence) {
        switch (e.kind) {
        case Evidence::Kind::Header:
            evidence.append(QJsonObject{{QStringLiteral("header"), e.header},
                                        {QStringLiteral("line"), e.line},
                                        {QStringLiteral("text"), e.text}});
            break;
        case Evidence::Kind::Dns:
            evidence.append(QJsonObject{{QStringLiteral("dns"), e.name},
                                        {QStringLiteral("name"), e.name},
                                        {QStringLiteral("type"), e.type},
                                        {QStringLiteral("text"), e.text}});
            break;
        case Evidence::Kind::Text:
            evidence.append(QJsonObject{{QStringLiteral("text"), e.text}});
            break;
        }
    }
    QJsonObject o{
        {QStringLiteral("id"), finding.id},
        {QStringLiteral("severity"), severityName(finding.severity)},
        {QStringLiteral("args"), QJsonArray::fromStringList(finding.args)},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("detail"), t.detail},
        {QStringLiteral("fix"), t.fix},
        {QStringLiteral("evidence"), evidence},
    };
    if (!finding.records.isEmpty()) {
        QJsonArray records;
        for (const ProposedRecord& r : finding.records) {
            records.append(toJson(r));
        }
        o.insert(QStringLiteral("records"), records);
    }
    return o;
}

QJsonArray FindingCatalog::toJson(const QList<Finding>& findings)
{
    QJsonArray a;
    for (const Finding& f : findings) {
        a.append(toJson(f));
    }
    return a;
}

} // namespace todoku
