// SPDX-License-Identifier: GPL-3.0-or-later
// PtrRequestLetter: the short request, in Japanese or English, asking an IP's owner to set its PTR record.
#pragma once

#include <QHostAddress>
#include <QString>

namespace todoku {

/**
 * Reverse DNS is set by whoever owns the address, so the user has to ask. The letter names the address,
 * its reverse name (in-addr.arpa / ip6.arpa) and the value, in the language the owner reads — chosen
 * explicitly, independent of the UI language, through Todoku's own catalog for that language.
 */
class PtrRequestLetter
{
public:
    struct Letter
    {
        QString subject;
        QString body;
    };

    /** `language` is "ja" or "en"; `hostName` is the PTR value (the mail host's name, ASCII or Unicode). */
    static Letter compose(const QHostAddress& address, const QString& hostName, const QString& language);
};

} // namespace todoku
