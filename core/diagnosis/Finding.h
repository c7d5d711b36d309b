// SPDX-License-Identifier: GPL-3.0-or-later
// Finding: one fact a check established (id + arguments), with its evidence. Text comes at display time.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace todoku {

/** How much a finding matters. Ordered: a higher value is worse. */
enum class Severity
{
    Ok,
    Info,
    Warning,
    Error,
};

/**
 * Where a finding comes from: a line of the pasted input (1-based line number in the input as pasted), a DNS
 * answer, or a plain quoted text (a record as typed).
 */
struct Evidence
{
    enum class Kind
    {
        Header,
        Dns,
        Text
    };
    Kind kind = Kind::Text;
    QString header; ///< Header: the field name, e.g. "Authentication-Results"
    int line = 0;   ///< Header: 1-based line in the input
    QString name;   ///< Dns: owner name asked
    QString type;   ///< Dns: record type asked, e.g. "TXT"
    QString text;   ///< the line, record or answer quoted

    static Evidence headerLine(const QString& header, int line, const QString& text)
    {
        return Evidence{Kind::Header, header, line, {}, {}, text};
    }
    static Evidence dns(const QString& name, const QString& type, const QString& text)
    {
        return Evidence{Kind::Dns, {}, 0, name, type, text};
    }
    static Evidence quote(const QString& text) { return Evidence{Kind::Text, {}, 0, {}, {}, text}; }

    friend bool operator==(const Evidence&, const Evidence&) = default;
};

/** A DNS record to publish, in the shape the setup generator uses (DESIGN.md `generate`). */
struct ProposedRecord
{
    QString name; ///< owner, ASCII, with trailing dot: "example.jp."
    QString type; ///< "TXT", "MX", …
    quint32 ttl = 3600;
    QString value;       ///< the value as one string
    QStringList strings; ///< TXT: the value split into character-strings of at most 255 bytes
    QString purpose;     ///< "spf" | "dkim" | "dmarc" | "mx" | "ptr" | …
    QString setAt = QStringLiteral("dns"); ///< "dns" (the domain's DNS host) or "ip-owner" (PTR)

    static ProposedRecord make(QString name, QString type, QString value, QString purpose)
    {
        ProposedRecord r;
        r.name = std::move(name);
        r.type = std::move(type);
        r.value = std::move(value);
        r.purpose = std::move(purpose);
        return r;
    }

    friend bool operator==(const ProposedRecord&, const ProposedRecord&) = default;
};

/**
 * A finding as the core emits it: a stable dotted id (DESIGN.md's vocabulary, e.g. "spf.softfail"), a
 * severity, and positional arguments for its texts. FindingCatalog renders title, detail and fix in the
 * current language; the JSON output carries the id and arguments unchanged.
 */
struct Finding
{
    QString id;
    Severity severity = Severity::Info;
    QStringList args;
    QList<Evidence> evidence;
    QList<ProposedRecord> records;

    static Finding make(const QString& id, Severity severity, QStringList args = {})
    {
        Finding f;
        f.id = id;
        f.severity = severity;
        f.args = std::move(args);
        return f;
    }
    Finding& withEvidence(Evidence e)
    {
        evidence.append(std::move(e));
        return *this;
    }
    Finding& withRecord(ProposedRecord r)
    {
        records.append(std::move(r));
        return *this;
    }
};

/** Rendered texts of a finding. */
struct FindingText
{
    QString title;
    QString detail;
    QString fix;
};

} // namespace todoku
