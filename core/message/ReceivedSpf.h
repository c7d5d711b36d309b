// SPDX-License-Identifier: GPL-3.0-or-later
// ReceivedSpf: the Received-SPF field (RFC 7208 §9.1): result, comment and key=value pairs.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace todoku {

struct ReceivedSpf
{
    QString result;  ///< lower-case: pass, fail, softfail, neutral, none, temperror, permerror
    QString comment; ///< e.g. "google.com: domain of x@example.jp designates 192.0.2.1 as permitted sender"
    QList<QPair<QString, QString>>
        pairs; ///< client-ip, envelope-from, helo, identity, receiver, mechanism, …
    bool valid = false;

    QString value(const QString& key) const;
    /** One of the seven RFC 7208 §2.6 results, lower-case. */
    static bool isResultName(const QString& word);
    static ReceivedSpf parse(const QString& fieldValue);
};

} // namespace todoku
