// SPDX-License-Identifier: GPL-3.0-or-later
// BounceCatalog: the SMTP replies Todoku recognises (resources/catalogs/bounce-codes.json) and the
// bounce.* findings they produce.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/diagnosis/Finding.h"
#include "core/message/SmtpReply.h"

namespace todoku {

/** One row of the catalog: which replies it recognises and under which finding id. */
struct BounceCode
{
    QString id;                 ///< finding id, e.g. "bounce.gmail.5.7.26.dmarc"
    QString provider;           ///< "gmail", "outlook", "yahoo", "docomo", "au", "softbank"
    QStringList statuses;       ///< enhanced status codes ("5.7.26"); empty: match on `replies`
    QStringList replies;        ///< reply codes ("550"), used when the row has no status codes
    QList<QStringList> phrases; ///< every group needs one of its phrases in the reply
    bool temporary = false;
    QString source;         ///< the reference's source key, e.g. "G-ERR"
    QStringList unverified; ///< details the reference marks UNVERIFIED
};

/**
 * Matches replies against the catalog on code AND key phrase (never on the code alone: Google's own table
 * prints some codes inconsistently, and 5.7.1 covers a dozen different reasons).
 */
class BounceCatalog
{
public:
    /** The catalog compiled into the program. */
    static const BounceCatalog& builtIn();
    /** Reads the JSON format of bounce-codes.json; rows without id or codes are skipped. */
    static BounceCatalog fromJson(const QByteArray& json);

    const QList<BounceCode>& codes() const { return m_codes; }
    /** The first row that recognises `reply`, or nullptr. */
    const BounceCode* match(const SmtpReply& reply) const;

    /**
     * One finding per recognised reply (a reply quoted twice yields one finding with two evidence lines),
     * bounce.unrecognized for a permanent or temporary reply the catalog does not know. Arguments: %1 the
     * codes ("550 5.7.26"), %2 the reply text.
     */
    QList<Finding> findings(const QList<SmtpReply>& replies) const;

private:
    QList<BounceCode> m_codes;
};

} // namespace todoku
