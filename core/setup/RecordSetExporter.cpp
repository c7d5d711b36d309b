// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/RecordSetExporter.h"

#include <QJsonArray>

#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/DnsName.h"
#include "core/setup/RecordRenderer.h"

using namespace Qt::StringLiterals;

namespace todoku {

namespace {

QString zoneRdata(const ProposedRecord& r)
{
    if (r.type == u"TXT") {
        return setup::quotedStrings(setup::txtStrings(r));
    }
    return r.value;
}

QString csvField(const QString& field)
{
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')) {
        QString quoted = field;
        quoted.replace(u'"', QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    }
    return field;
}

} // namespace

QString RecordSetExporter::zoneLine(const ProposedRecord& r)
{
    return dns::absoluteName(r.name) + u' ' + QString::number(r.ttl) + QStringLiteral(" IN ") + r.type + u' '
           + zoneRdata(r);
}

QString RecordSetExporter::zoneFragment(const RecordSet& set)
{
    QString out;
    //: A comment line at the top of an exported zone file.
    out +=
        u"; "_s + tr("Records for %1, made by Todoku. Place them in the zone of %1.").arg(set.domain) + u'\n';
    QStringList elsewhere;
    for (const ProposedRecord& r : set.records) {
        const QString line = zoneLine(r);
        if (r.setAt != u"dns") {
            elsewhere.append(line);
            continue;
        }
        out += line + u'\n';
    }
    if (!elsewhere.isEmpty()) {
        // PTR records live in the reverse zone of whoever owns the address, never in this zone.
        out += u"; "_s + tr("Set by the owner of the IP address, not in this zone:") + u'\n';
        for (const QString& line : elsewhere) {
            out += QStringLiteral("; ") + line + u'\n';
        }
    }
    return out;
}

QString RecordSetExporter::csv(const RecordSet& set)
{
    QString out = QStringLiteral("name,type,ttl,value,purpose,setAt\r\n");
    for (const ProposedRecord& r : set.records) {
        out += QStringList{csvField(dns::absoluteName(r.name)),
                           csvField(r.type),
                           QString::number(r.ttl),
                           csvField(r.value),
                           csvField(r.purpose),
                           csvField(r.setAt)}
                   .join(u',')
               + QStringLiteral("\r\n");
    }
    return out;
}

QJsonObject RecordSetExporter::json(const RecordSet& set)
{
    QJsonArray records;
    for (const ProposedRecord& r : set.records) {
        ProposedRecord withStrings = r;
        if (r.type == u"TXT") {
            withStrings.strings = setup::txtStrings(r);
        }
        withStrings.name = dns::absoluteName(r.name);
        records.append(FindingCatalog::toJson(withStrings));
    }
    QJsonObject o{{QStringLiteral("domain"), set.domain},
                  {QStringLiteral("records"), records},
                  {QStringLiteral("findings"), FindingCatalog::toJson(set.findings)}};
    if (!set.privateKeyFile.isEmpty()) {
        o.insert(QStringLiteral("privateKeyFile"), set.privateKeyFile);
    }
    return o;
}

QString RecordSetExporter::purposeLabel(const QString& purpose)
{
    if (purpose == u"spf") {
        return tr("SPF: the servers allowed to send");
    }
    if (purpose == u"dkim") {
        return tr("DKIM public key");
    }
    if (purpose == u"dmarc") {
        return tr("DMARC policy");
    }
    if (purpose == u"mx") {
        return tr("MX: where mail for the domain is delivered");
    }
    if (purpose == u"ptr") {
        return tr("Reverse DNS (PTR) of the sending IP");
    }
    if (purpose == u"mail-host") {
        return tr("Address of the mail server");
    }
    return purpose;
}

QString RecordSetExporter::panelText(const RecordSet& set, const RegistrarPreset& preset)
{
    QString out;
    out += tr("Records for %1 in %2")
               .arg(set.unicodeDomain.isEmpty() ? set.domain : set.unicodeDomain, preset.displayName())
           + u'\n';
    int n = 0;
    for (const ProposedRecord& r : set.records) {
        const RenderedRecord rr = setup::renderForPanel(r, preset, set.domain);
        out += u'\n' + tr("%1. %2 (%3)").arg(++n).arg(purposeLabel(r.purpose), r.type) + u'\n';
        if (!rr.line.isEmpty()) {
            out += QStringLiteral("   ") + tr("Line: %1").arg(rr.line) + u'\n';
        } else {
            //: The host (name) field of a DNS panel; shown as (empty) when it must be left blank.
            out += QStringLiteral("   ")
                   + tr("Host: %1").arg(rr.host.isEmpty() ? tr("(leave empty)") : rr.host) + u'\n';
            out += QStringLiteral("   ") + tr("Type: %1").arg(rr.type) + u'\n';
            if (rr.priority >= 0) {
                out += QStringLiteral("   ") + tr("Priority: %1").arg(rr.priority) + u'\n';
            }
            if (!rr.strings.isEmpty()) {
                for (int i = 0; i < rr.strings.size(); ++i) {
                    out += QStringLiteral("   ") + tr("Value, part %1: %2").arg(i + 1).arg(rr.strings.at(i))
                           + u'\n';
                }
            } else {
                out += QStringLiteral("   ") + tr("Value: %1").arg(rr.value) + u'\n';
            }
            out += QStringLiteral("   ") + tr("TTL: %1").arg(rr.ttl) + u'\n';
        }
        for (const Finding& note : rr.notes) {
            out += QStringLiteral("   ! ") + FindingCatalog::text(note).title + u'\n';
        }
    }
    return out;
}

} // namespace todoku
