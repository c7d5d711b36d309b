// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/MailDate.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace todoku::message {

namespace {

int monthNumber(const QString& name)
{
    static const QStringList MONTHS = {QStringLiteral("jan"),
                                       QStringLiteral("feb"),
                                       QStringLiteral("mar"),
                                       QStringLiteral("apr"),
                                       QStringLiteral("may"),
                                       QStringLiteral("jun"),
                                       QStringLiteral("jul"),
                                       QStringLiteral("aug"),
                                       QStringLiteral("sep"),
                                       QStringLiteral("oct"),
                                       QStringLiteral("nov"),
                                       QStringLiteral("dec")};
    return int(MONTHS.indexOf(name.left(3).toLower())) + 1;
}

// RFC 5322 §4.3 obsolete zones; military single letters are treated as unknown (-0000), as §4.3 advises.
int zoneOffsetSeconds(const QString& zone, bool* known)
{
    *known = true;
    if (zone.isEmpty()) {
        *known = false;
        return 0;
    }
    if (zone.at(0) == u'+' || zone.at(0) == u'-') {
        const int hh = zone.mid(1, 2).toInt();
        const int mm = zone.mid(3, 2).toInt();
        const int sign = zone.at(0) == u'-' ? -1 : 1;
        return sign * (hh * 3600 + mm * 60);
    }
    const QString z = zone.toUpper();
    if (z == QLatin1String("GMT") || z == QLatin1String("UT") || z == QLatin1String("UTC")
        || z == QLatin1String("Z")) {
        return 0;
    }
    const struct
    {
        const char* name;
        int hours;
    } zones[] = {{"EST", -5},
                 {"EDT", -4},
                 {"CST", -6},
                 {"CDT", -5},
                 {"MST", -7},
                 {"MDT", -6},
                 {"PST", -8},
                 {"PDT", -7},
                 {"JST", 9}};
    for (const auto& entry : zones) {
        if (z == QLatin1String(entry.name)) {
            return entry.hours * 3600;
        }
    }
    *known = false;
    return 0;
}

QDateTime build(int year, int month, int day, int h, int m, int s, int ms, const QString& zone)
{
    if (year < 50) {
        year += 2000; // RFC 5322 §4.3
    } else if (year < 1000) {
        year += 1900;
    }
    const QDate date(year, month, day);
    const QTime time(h, m, s, ms);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    bool known = false;
    const int offset = zoneOffsetSeconds(zone, &known);
    QDateTime dt(date, time, QTimeZone(offset));
    return dt.toUTC();
}

int millis(const QString& fraction)
{
    if (fraction.isEmpty()) {
        return 0;
    }
    return QString(fraction + QStringLiteral("00")).left(3).toInt();
}

} // namespace

QDateTime parseMailDate(const QString& text)
{
    static const QRegularExpression RFC(QStringLiteral(
        R"((\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:\s+([+-]\d{4}|[A-Za-z]{1,5}))?)?)"));
    static const QRegularExpression ISO(QStringLiteral(
        R"((\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?)"));
    QRegularExpressionMatch m = RFC.match(text);
    if (m.hasMatch()) {
        const int month = monthNumber(m.captured(2));
        if (month > 0) {
            return build(m.captured(3).toInt(),
                         month,
                         m.captured(1).toInt(),
                         m.captured(4).toInt(),
                         m.captured(5).toInt(),
                         m.captured(6).toInt(),
                         millis(m.captured(7)),
                         m.captured(8));
        }
    }
    m = ISO.match(text);
    if (m.hasMatch()) {
        QString zone = m.captured(8);
        zone.remove(u':');
        return build(m.captured(1).toInt(),
                     m.captured(2).toInt(),
                     m.captured(3).toInt(),
                     m.captured(4).toInt(),
                     m.captured(5).toInt(),
                     m.captured(6).toInt(),
                     millis(m.captured(7)),
                     zone);
    }
    return {};
}

} // namespace todoku::message
