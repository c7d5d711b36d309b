// SPDX-License-Identifier: GPL-3.0-or-later
// ReceivedHeader: one Received: trace field (RFC 5321 §4.4) split into its clauses and facts.
#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QString>

namespace todoku {

/**
 * What one hop wrote. The clause texts (`from`, `by`, …) are kept as written, comments included, so a
 * timeline can show them; the facts below them (HELO name, reverse DNS, IP, TLS) are read out of the
 * usual Postfix, Sendmail, Exim, qmail, Exchange and Gmail shapes. Real fields are messy; parse() never
 * fails, it leaves what it cannot find empty.
 */
struct ReceivedHeader
{
    QString from; ///< "mail.example.jp (mail.example.jp [192.0.2.1])"
    QString by;
    QString via;
    QString with; ///< "ESMTPS", "Microsoft SMTP Server (version=TLS1_2, …)"
    QString id;
    QString forAddress;
    QString dateText;
    QDateTime date; ///< UTC; invalid if none was found

    QString helo;               ///< the name the client gave in HELO/EHLO, as the receiver recorded it
    QString reverseDns;         ///< the client's reverse DNS name as the receiver looked it up
    QHostAddress clientIp;      ///< the connecting client's address
    QString byHost;             ///< the receiving host's name (first word of `by`)
    bool tls = false;           ///< the hop used TLS (ESMTPS, version=TLS…, cipher=…)
    bool authenticated = false; ///< ESMTPA/ESMTPSA: the client logged in (a mail client submitting)

    static ReceivedHeader parse(const QString& value);
};

} // namespace todoku
