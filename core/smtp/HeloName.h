// SPDX-License-Identifier: GPL-3.0-or-later
// HELO/EHLO names and reverse DNS names: the offline rules the analyzer and the domain check share.
#pragma once

#include <QHostAddress>
#include <QString>

namespace todoku::smtp {

/** What is wrong with a HELO/EHLO name on its face (RFC 5321 §4.1.1.1: a FQDN, or an address literal). */
enum class HeloProblem
{
    None,
    Empty,     ///< no name at all
    Localhost, ///< "localhost", "localhost.localdomain"
    IpLiteral, ///< "[192.0.2.1]" or a bare address: allowed by RFC 5321 but distrusted by receivers
    NotFqdn,   ///< a bare computer name ("DESKTOP-7QK2M1B") or a private suffix (.local, .lan, …)
};

/** Classifies `name` as the receiver recorded it (a trailing dot is ignored). Pure, no DNS. */
HeloProblem checkHeloName(const QString& name);

/** The finding id DESIGN.md gives the problem ("helo.not-fqdn", …); empty for None. */
QString heloFindingId(HeloProblem problem);

/**
 * True if `name` looks like an ISP's or cloud's automatic reverse DNS name for `ip` rather than a mail
 * server's own: the address's numbers in the first labels ("203-0-113-5.example.net",
 * "ec2-203-0-113-5.…", "p1234-ipbf…"), or words such as dynamic, dhcp, ppp, pool, dsl, cable. Receivers
 * score such senders as home connections.
 */
bool isGenericReverseName(const QString& name, const QHostAddress& ip = {});

} // namespace todoku::smtp
