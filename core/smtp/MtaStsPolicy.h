// SPDX-License-Identifier: GPL-3.0-or-later
// MTA-STS (RFC 8461) text formats: the _mta-sts TXT record, the policy file and MX pattern matching.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace todoku {

/** The `_mta-sts.<domain>` TXT record (RFC 8461 §3.1), e.g. `v=STSv1; id=20261203T070000;`. */
struct MtaStsRecord
{
    QString id;             ///< sts-id: 1 to 32 letters and digits; changes whenever the policy does
    QStringList extensions; ///< other fields as "name=value", ignored by senders
    QString fault;          ///< empty when valid; else the part of the text that breaks the syntax
    bool isValid() const { return fault.isEmpty(); }
};

enum class MtaStsMode
{
    Enforce, ///< senders refuse MX hosts without valid TLS
    Testing, ///< senders deliver anyway and report failures (TLS-RPT)
    None,    ///< the policy is withdrawn
};

/** A parsed policy file (RFC 8461 §3.2). */
struct MtaStsPolicy
{
    std::optional<QString> version; ///< "STSv1"
    std::optional<MtaStsMode> mode;
    std::optional<qint64> maxAge; ///< seconds, 0…31557600
    QStringList mx;               ///< patterns, lower case, no trailing dot: "mx1.example.jp", "*.example.jp"
    QString fault;                ///< empty when valid; else the line or field that is wrong
    int faultLine = 0;            ///< 1-based line of the fault, 0 for a missing field

    bool isValid() const { return fault.isEmpty(); }
};

namespace mtasts {

/** RFC 8461 §3.2: the largest max_age (about one year). */
constexpr qint64 MAX_MAX_AGE = 31557600;

/** True if the text begins with the sts-version "v=STSv1" (the §3.1 filter applied to every TXT record). */
bool isStsRecord(const QByteArray& text);
/** Parses one record by the §3.1 ABNF. Unknown fields are kept as extensions. */
MtaStsRecord parseRecord(const QByteArray& text);
/**
 * Parses a policy body by the §3.2 ABNF: "key: value" lines ended by LF or CRLF. The first of a repeated
 * version, mode or max_age field counts; unknown keys are ignored; version, mode and max_age are required,
 * and mx too unless the mode is none.
 */
MtaStsPolicy parsePolicy(const QByteArray& body);
/** "enforce", "testing", "none". */
QString modeName(MtaStsMode mode);
/**
 * RFC 8461 §4.1: does the MX host name match the pattern? Case-insensitive, trailing dots ignored; a
 * pattern "*.example.jp" matches exactly one extra left-most label ("mx.example.jp", not "example.jp" nor
 * "a.b.example.jp").
 */
bool mxMatches(const QString& pattern, const QString& host);
/** The first pattern matching the host, or nothing. */
std::optional<QString> matchingPattern(const QStringList& patterns, const QString& host);

} // namespace mtasts
} // namespace todoku
