// SPDX-License-Identifier: GPL-3.0-or-later
// AuthenticationResults: RFC 8601 Authentication-Results / ARC-Authentication-Results, parsed leniently.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace todoku {

/** One "method=result" statement with its reason, properties and comments. */
struct AuthResult
{
    QString method;                            ///< lower-case, e.g. "spf", "dkim", "dmarc", "arc"
    QString methodVersion;                     ///< "1" in "dkim/1=pass"; usually empty
    QString result;                            ///< lower-case, e.g. "pass", "softfail", "temperror"
    QString reason;                            ///< reason="…"
    QList<QPair<QString, QString>> properties; ///< ("smtp.mailfrom", "example.jp"); keys lower-case
    QStringList comments; ///< comments in the statement, e.g. "google.com: domain of … designates …"

    /** The value of `ptype.property` (case-insensitive key), or a null string. */
    QString property(const QString& key) const;
};

/**
 * A parsed Authentication-Results field. Parsing is lenient because the point is to read what receivers
 * wrote: a field without authserv-id (Microsoft), properties without ptype (FastMail), junk between
 * statements are read around and flagged with isConformant() == false instead of being rejected.
 */
struct AuthenticationResults
{
    QString authservId;
    QString version;
    int arcInstance = 0; ///< ARC-Authentication-Results: the i= value
    QList<AuthResult> results;
    bool conformant = true;
    QString problem; ///< developer detail of the first deviation from RFC 8601
    int problemPosition = -1;

    /** Results for one method, in order. */
    QList<AuthResult> resultsFor(const QString& method) const;

    /**
     * Parses a field body (the text after "Authentication-Results:"), unfolded. Fails only when nothing
     * usable is there: an empty value or a missing authserv-id before ';'.
     */
    static Result<AuthenticationResults> parse(const QString& value);
    /** ARC-Authentication-Results (RFC 8617 §4.1.1): "i=N;" then an Authentication-Results body. */
    static Result<AuthenticationResults> parseArc(const QString& value);
};

} // namespace todoku
