// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as mail headers really write them: RFC 5322, obsolete zones, fractional seconds, ISO forms.
#pragma once

#include <QDateTime>
#include <QString>

namespace todoku::message {

/**
 * Parses a date from a Date: or Received: header. Accepts RFC 5322 §3.3 with or without the day name,
 * two-digit years, seconds with a fraction ("02:54:16.987"), obsolete zone names (GMT, UT, EST, …, and
 * "+0000 (UTC)"), and the ISO-like "2018-04-22 02:54:17.028704749 +0000 UTC" some MTAs write. Returns an
 * invalid QDateTime when no date is found. The result is in UTC.
 */
QDateTime parseMailDate(const QString& text);

} // namespace todoku::message
