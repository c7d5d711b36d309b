// SPDX-License-Identifier: GPL-3.0-or-later
// DmarcRecord parsing and linting: RFC 7489 §6.3/§6.4 grammar, RFC 9989 tags (np, psd, t).
#include "core/dmarc/DmarcRecord.h"

#include <QUrl>

#include "core/dns/DnsName.h"

namespace todoku::dmarc {

namespace {

bool isWsp(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isTagName(const QString& name)
{
    if (name.isEmpty() || !(name.at(0).isLetter() && name.at(0).unicode() < 128)) {
        return false;
    }
    for (QChar c : name) {
        if (c.unicode() >= 128 || !(c.isLetterOrNumber() || c == u'_')) {
            return false;
        }
    }
    return true;
}

struct RawTag
{
    QString name;
    QString value;
    int namePosition = 0;
    int valuePosition = 0;
};

Error syntax(SyntaxDetail detail, const QString& text, int position)
{
    return Error::syntax(detail, position, {}, {text});
}

/** Splits "a=b; c = d;" into tags, keeping the offsets of names and values. */
Result<QList<RawTag>> splitTags(const QString& text)
{
    QList<RawTag> tags;
    int start = 0;
    while (start <= text.size()) {
        int end = text.indexOf(u';', start);
        if (end < 0) {
            end = int(text.size());
        }
        int a = start;
        int b = end;
        while (a < b && isWsp(text.at(a))) {
            ++a;
        }
        while (b > a && isWsp(text.at(b - 1))) {
            --b;
        }
        if (a < b) {
            const int eq = text.indexOf(u'=', a);
            if (eq < 0 || eq >= b) {
                return syntax(SyntaxDetail::DmarcTagValue, text.mid(a, b - a), a);
            }
            int nameEnd = eq;
            while (nameEnd > a && isWsp(text.at(nameEnd - 1))) {
                --nameEnd;
            }
            int valueStart = eq + 1;
            while (valueStart < b && isWsp(text.at(valueStart))) {
                ++valueStart;
            }
            RawTag tag{text.mid(a, nameEnd - a), text.mid(valueStart, b - valueStart), a, valueStart};
            if (!isTagName(tag.name)) {
                return syntax(SyntaxDetail::DmarcTagName, tag.name, a);
            }
            tags.append(tag);
        } else if (end == int(text.size()) && tags.isEmpty()) {
            return syntax(SyntaxDetail::DmarcNoVersion, text, 0);
        }
        start = end + 1;
    }
    return tags;
}

std::optional<DmarcAlignmentMode> parseAlignment(const QString& value)
{
    if (value.compare(QLatin1String("r"), Qt::CaseInsensitive) == 0) {
        return DmarcAlignmentMode::Relaxed;
    }
    if (value.compare(QLatin1String("s"), Qt::CaseInsensitive) == 0) {
        return DmarcAlignmentMode::Strict;
    }
    return std::nullopt;
}

/** Parses a comma-separated URI list; invalid entries are reported, valid ones kept. */
QList<DmarcUri> parseUriList(const RawTag& tag, QList<DmarcRecordProblem>& problems)
{
    QList<DmarcUri> uris;
    int offset = 0;
    for (const QString& part : tag.value.split(u',')) {
        const QString trimmed = part.trimmed();
        const int position =
            tag.valuePosition + offset + int(part.indexOf(trimmed.isEmpty() ? part : trimmed));
        offset += int(part.size()) + 1;
        auto uri = parseUri(trimmed);
        if (uri) {
            uris.append(uri.value());
        } else {
            problems.append({tag.name, trimmed, position});
        }
    }
    return uris;
}

} // namespace

QString policyName(DmarcPolicy policy)
{
    switch (policy) {
    case DmarcPolicy::None:
        return QStringLiteral("none");
    case DmarcPolicy::Quarantine:
        return QStringLiteral("quarantine");
    case DmarcPolicy::Reject:
        return QStringLiteral("reject");
    }
    Q_UNREACHABLE();
}

std::optional<DmarcPolicy> parsePolicy(const QString& text)
{
    const QString v = text.toLower();
    if (v == QLatin1String("none")) {
        return DmarcPolicy::None;
    }
    if (v == QLatin1String("quarantine")) {
        return DmarcPolicy::Quarantine;
    }
    if (v == QLatin1String("reject")) {
        return DmarcPolicy::Reject;
    }
    return std::nullopt;
}

bool isDmarcRecord(const QString& text)
{
    int i = 0;
    const int n = int(text.size());
    while (i < n && isWsp(text.at(i))) {
        ++i;
    }
    if (i >= n || text.at(i) != u'v') {
        return false;
    }
    ++i;
    while (i < n && isWsp(text.at(i))) {
        ++i;
    }
    if (i >= n || text.at(i) != u'=') {
        return false;
    }
    ++i;
    while (i < n && isWsp(text.at(i))) {
        ++i;
    }
    if (QStringView(text).mid(i, 6) != QLatin1String("DMARC1")) {
        return false;
    }
    i += 6;
    // "v=DMARC1 p=none" (a missing ';') is still meant as DMARC; parseRecord reports the error.
    return i == n || text.at(i) == u';' || isWsp(text.at(i));
}

Result<DmarcUri> parseUri(const QString& text)
{
    DmarcUri uri;
    uri.text = text;
    uri.uri = text;
    const int bang = int(text.lastIndexOf(u'!'));
    if (bang >= 0) {
        QString size = text.mid(bang + 1);
        uri.uri = text.left(bang);
        quint64 unit = 1;
        if (!size.isEmpty()) {
            const QChar last = size.back().toLower();
            const QString units = QStringLiteral("kmgt");
            if (const auto u = units.indexOf(last); u >= 0) {
                unit = quint64(1) << (10 * (u + 1));
                size.chop(1);
            }
        }
        bool ok = false;
        const quint64 number = size.toULongLong(&ok);
        if (!ok || size.isEmpty() || !size.at(0).isDigit()) {
            return syntax(SyntaxDetail::DmarcSize, text, bang);
        }
        uri.maxBytes = number * unit;
    }
    const int colon = int(uri.uri.indexOf(u':'));
    if (colon <= 0) {
        return syntax(SyntaxDetail::DmarcUri, text, 0);
    }
    uri.scheme = uri.uri.left(colon).toLower();
    if (uri.scheme == QLatin1String("mailto")) {
        QString address = QUrl::fromPercentEncoding(uri.uri.mid(colon + 1).toUtf8());
        if (const auto q = address.indexOf(u'?'); q >= 0) {
            address.truncate(q);
        }
        const int at = int(address.lastIndexOf(u'@'));
        if (at <= 0 || at == address.size() - 1) {
            return syntax(SyntaxDetail::DmarcMailto, text, colon + 1);
        }
        const auto domain = dns::toAce(address.mid(at + 1));
        if (!domain) {
            return syntax(SyntaxDetail::DmarcMailto, text, colon + 1 + at + 1);
        }
        uri.address = address;
        uri.domain = domain.value();
    } else if (!QUrl(uri.uri, QUrl::StrictMode).isValid()) {
        return syntax(SyntaxDetail::DmarcUri, text, 0);
    }
    return uri;
}

Result<DmarcRecord> parseRecord(const QString& text)
{
    auto split = splitTags(text);
    if (!split) {
        return split.error();
    }
    const QList<RawTag>& tags = split.value();
    if (tags.isEmpty() || tags.first().name != QLatin1String("v")) {
        return syntax(SyntaxDetail::DmarcNoVersion, text, tags.isEmpty() ? 0 : tags.first().namePosition);
    }
    if (tags.first().value.startsWith(QLatin1String("DMARC1")) && tags.first().value.size() > 6
        && isWsp(tags.first().value.at(6))) {
        return syntax(
            SyntaxDetail::DmarcVersionSeparator, tags.first().value, tags.first().valuePosition + 6);
    }
    if (tags.first().value != QLatin1String("DMARC1")) {
        return syntax(SyntaxDetail::DmarcNoVersion, tags.first().value, tags.first().valuePosition);
    }
    DmarcRecord r;
    r.text = text;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const RawTag& tag = tags.at(i);
        const QString name = tag.name.toLower();
        if (r.tagOrder.contains(name)) {
            r.duplicateTags.append(name);
            continue;
        }
        r.tagOrder.append(name);
        auto problem = [&] {
            r.problems.append({name, tag.value, tag.valuePosition});
        };
        if (i == 0) {
            continue; // v, checked above
        }
        if (name == QLatin1String("v")) {
            problem();
        } else if (name == QLatin1String("p") || name == QLatin1String("sp") || name == QLatin1String("np")) {
            const auto p = parsePolicy(tag.value);
            if (!p) {
                problem();
            } else if (name == QLatin1String("p")) {
                r.policy = p;
            } else if (name == QLatin1String("sp")) {
                r.subdomainPolicy = p;
            } else {
                r.nonexistentPolicy = p;
            }
        } else if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
            const auto mode = parseAlignment(tag.value);
            if (!mode) {
                problem();
            } else if (name == QLatin1String("adkim")) {
                r.dkimAlignment = *mode;
            } else {
                r.spfAlignment = *mode;
            }
        } else if (name == QLatin1String("rua")) {
            r.aggregateReports = parseUriList(tag, r.problems);
        } else if (name == QLatin1String("ruf")) {
            r.failureReports = parseUriList(tag, r.problems);
        } else if (name == QLatin1String("fo")) {
            QStringList options;
            bool ok = true;
            for (const QString& o : tag.value.split(u':')) {
                const QString t = o.trimmed().toLower();
                if (t != QLatin1String("0") && t != QLatin1String("1") && t != QLatin1String("d")
                    && t != QLatin1String("s")) {
                    ok = false;
                    break;
                }
                options.append(t);
            }
            if (ok) {
                r.failureOptions = options;
            } else {
                problem();
            }
        } else if (name == QLatin1String("psd")) {
            const QString v = tag.value.toLower();
            if (v == QLatin1String("y")) {
                r.publicSuffixDomain = true;
            } else if (v == QLatin1String("n")) {
                r.publicSuffixDomain = false;
            } else if (v != QLatin1String("u")) {
                problem();
            }
        } else if (name == QLatin1String("t")) {
            const QString v = tag.value.toLower();
            if (v == QLatin1String("y")) {
                r.testing = true;
            } else if (v != QLatin1String("n")) {
                problem();
            }
        } else if (name == QLatin1String("pct")) {
            r.removedTags.append(name);
            bool ok = false;
            const int pct = tag.value.toInt(&ok);
            if (ok && pct >= 0 && pct <= 100 && !tag.value.startsWith(u'+')) {
                r.percent = pct;
            } else {
                problem();
            }
        } else if (name == QLatin1String("rf")) {
            r.removedTags.append(name);
            if (tag.value.isEmpty()) {
                problem();
            } else {
                r.reportFormat = tag.value;
            }
        } else if (name == QLatin1String("ri")) {
            r.removedTags.append(name);
            bool ok = false;
            const quint32 ri = tag.value.toUInt(&ok);
            if (ok && !tag.value.startsWith(u'+')) {
                r.reportInterval = ri;
            } else {
                problem();
            }
        } else {
            r.unknownTags.append(name);
        }
    }
    return r;
}

QList<Finding> lintRecord(const DmarcRecord& record)
{
    QList<Finding> findings;
    const Evidence quoted = Evidence::quote(record.text);
    for (const DmarcRecordProblem& p : record.problems) {
        findings.append(Finding::make(QStringLiteral("dmarc.syntax"),
                                      Severity::Warning,
                                      {p.tag, p.value, QString::number(p.position + 1)})
                            .withEvidence(quoted));
    }
    for (const QString& tag : record.duplicateTags) {
        findings.append(Finding::make(QStringLiteral("dmarc.duplicate-tag"), Severity::Warning, {tag})
                            .withEvidence(quoted));
    }
    if (!record.policy) {
        findings.append(Finding::make(QStringLiteral("dmarc.no-policy-tag"),
                                      record.isUsable() ? Severity::Warning : Severity::Error)
                            .withEvidence(quoted));
    } else if (*record.policy == DmarcPolicy::None) {
        findings.append(
            Finding::make(QStringLiteral("dmarc.policy-none"), Severity::Info).withEvidence(quoted));
    }
    if (record.policy && *record.policy != DmarcPolicy::None && record.subdomainPolicy
        && *record.subdomainPolicy < *record.policy) {
        findings.append(Finding::make(QStringLiteral("dmarc.sp-weaker"),
                                      Severity::Info,
                                      {policyName(*record.subdomainPolicy), policyName(*record.policy)})
                            .withEvidence(quoted));
    }
    if (record.aggregateReports.isEmpty()) {
        findings.append(
            Finding::make(QStringLiteral("dmarc.no-rua"), Severity::Warning).withEvidence(quoted));
    }
    for (const QString& tag : record.removedTags) {
        findings.append(
            Finding::make(QStringLiteral("dmarc.removed-tag"), Severity::Info, {tag}).withEvidence(quoted));
    }
    if (record.percent < 100) {
        findings.append(Finding::make(QStringLiteral("dmarc.pct-partial"),
                                      Severity::Warning,
                                      {QString::number(record.percent)})
                            .withEvidence(quoted));
    }
    if (record.testing) {
        findings.append(Finding::make(QStringLiteral("dmarc.testing"), Severity::Info).withEvidence(quoted));
    }
    for (const QString& tag : record.unknownTags) {
        findings.append(
            Finding::make(QStringLiteral("dmarc.unknown-tag"), Severity::Info, {tag}).withEvidence(quoted));
    }
    return findings;
}

} // namespace todoku::dmarc
