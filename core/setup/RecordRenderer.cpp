// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/RecordRenderer.h"

#include "core/dns/DnsName.h"

namespace todoku::setup {

using dns::withoutTrailingDot;

std::optional<QString> relativeOwner(const QString& ownerAce, const QString& zoneAce)
{
    if (!dns::isSubdomainOf(ownerAce, zoneAce)) {
        return std::nullopt;
    }
    const QString owner = withoutTrailingDot(ownerAce).toLower();
    const qsizetype zoneLength = withoutTrailingDot(zoneAce).size();
    return owner.size() == zoneLength ? QString() : owner.left(owner.size() - zoneLength - 1);
}

// Cuts fall between UTF-8 sequences so no character is split (our values are ASCII; the guard is for the
// unusual).
QStringList txtStrings(const ProposedRecord& record)
{
    if (!record.strings.isEmpty()) {
        return record.strings;
    }
    QStringList out;
    const QByteArray bytes = record.value.toUtf8();
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = qMin(start + 255, bytes.size());
        while (end < bytes.size() && end > start && (quint8(bytes.at(end)) & 0xC0) == 0x80) {
            --end;
        }
        out.append(QString::fromUtf8(bytes.mid(start, end - start)));
        start = end;
    }
    if (out.isEmpty()) {
        out.append(QString());
    }
    return out;
}

QString quotedStrings(const QStringList& strings)
{
    QStringList quoted;
    for (QString s : strings) {
        s.replace(u'\\', QStringLiteral("\\\\"));
        s.replace(u'"', QStringLiteral("\\\""));
        quoted.append(u'"' + s + u'"');
    }
    return quoted.join(u' ');
}

RenderedRecord
renderForPanel(const ProposedRecord& record, const RegistrarPreset& preset, const QString& zoneAce)
{
    RenderedRecord out;
    out.type = record.type;
    out.ttl = int(record.ttl);

    const std::optional<QString> relative = relativeOwner(record.name, zoneAce);
    out.outsideZone = !relative.has_value();
    if (preset.host == RegistrarPreset::HostStyle::Fqdn || out.outsideZone) {
        out.host = dns::absoluteName(record.name);
    } else if (relative->isEmpty()) {
        out.host = preset.apex;
    } else {
        out.host = *relative;
    }

    QString value = record.value;
    if (record.type == u"MX") {
        // "10 mail.example.jp.": panels have a separate priority field.
        const qsizetype space = value.indexOf(u' ');
        bool ok = false;
        const int preference = value.left(space).toInt(&ok);
        if (space > 0 && ok) {
            out.priority = preference;
            value = value.mid(space + 1);
        }
    }
    if ((record.type == u"MX" || record.type == u"CNAME") && !preset.cnameTrailingDot && value != u".") {
        value = withoutTrailingDot(value);
    }

    if (record.type == u"TXT") {
        const QStringList strings = txtStrings(record);
        if (preset.longTxt == RegistrarPreset::LongTxt::Split && strings.size() > 1) {
            out.strings = strings;
        }
        if (preset.txtQuotes == RegistrarPreset::TxtQuotes::EachString) {
            value = quotedStrings(strings);
        } else {
            value = strings.join(QString());
        }
        const int length = int(strings.join(QString()).toUtf8().size());
        if (preset.txtMaxLength > 0 && length > preset.txtMaxLength) {
            out.fits = false;
            out.notes.append(Finding::make(QStringLiteral("setup.panel.txt-too-long"),
                                           Severity::Error,
                                           {preset.name,
                                            QString::number(length),
                                            QString::number(preset.txtMaxLength),
                                            record.purpose}));
        }
        if (preset.longTxt == RegistrarPreset::LongTxt::OneValue && strings.size() > 1
            && preset.isUnverified(QStringLiteral("longTxt"))) {
            out.notes.append(Finding::make(QStringLiteral("setup.panel.long-txt-unverified"),
                                           Severity::Info,
                                           {preset.name, QString::number(length)}));
        }
    }
    out.value = value;

    if (preset.host == RegistrarPreset::HostStyle::ZoneSyntax && !out.outsideZone) {
        const QString name = out.host.isEmpty() ? preset.apex : out.host;
        const QString typed = out.priority >= 0 ? QString::number(out.priority) + u' ' + value : value;
        out.line = record.type.toLower() + u' ' + name + u' ' + typed;
    }
    if (out.outsideZone && record.setAt == u"ip-owner") {
        out.notes.append(Finding::make(QStringLiteral("setup.panel.set-by-ip-owner"),
                                       Severity::Info,
                                       {withoutTrailingDot(record.name), withoutTrailingDot(record.value)}));
    }
    // The catalog's panel notes are about CNAMEs (proxying, trailing dots): shown where they apply.
    for (const QString& note : record.type == u"CNAME" ? preset.notes : QStringList()) {
        out.notes.append(Finding::make(note, Severity::Info, {preset.name}));
    }
    return out;
}

} // namespace todoku::setup
