// SPDX-License-Identifier: GPL-3.0-or-later
// Shared splitting of "v=X; name=value; …" TXT records (TLS-RPT, BIMI, MTA-STS); private to core/smtp.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/dns/DnsRecord.h"

namespace todoku::tagtext {

inline bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

inline QByteArray trimmedWsp(const QByteArray& text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isWsp(text.at(begin))) {
        ++begin;
    }
    while (end > begin && isWsp(text.at(end - 1))) {
        --end;
    }
    return text.mid(begin, end - begin);
}

/** The text begins with the version tag, followed by optional WSP and ";", or nothing. */
inline bool startsWithVersion(const QByteArray& text, const char* version)
{
    if (!text.startsWith(version)) {
        return false;
    }
    const QByteArray rest = trimmedWsp(text.mid(qstrlen(version)));
    return rest.isEmpty() || rest.startsWith(';');
}

/** A field or extension name: (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / "."), as RFC 8460/8461. */
inline bool isExtensionName(const QByteArray& name)
{
    if (name.isEmpty() || name.size() > 32) {
        return false;
    }
    for (qsizetype k = 0; k < name.size(); ++k) {
        const char c = name.at(k);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && (k == 0 || (c != '_' && c != '-' && c != '.'))) {
            return false;
        }
    }
    return true;
}

/** The texts of a TXT answer that `isRecord` keeps (its version filter); the RFCs discard all others. */
inline QStringList recordsIn(const DnsAnswer& answer, bool (*isRecord)(const QByteArray&))
{
    QStringList out;
    if (answer.isAnswer()) {
        for (const QByteArray& text : answer.texts()) {
            if (isRecord(text)) {
                out.append(QString::fromUtf8(text));
            }
        }
    }
    return out;
}

struct Field
{
    QByteArray name;
    QByteArray value; ///< trimmed of WSP
    QByteArray raw;   ///< the field as written, trimmed
};

struct Fields
{
    QList<Field> fields;
    QString fault; ///< empty when the text splits cleanly
};

/**
 * Splits "VERSION *WSP ; *WSP name=value … [;]" into fields. Faults: a text not starting with the version,
 * an empty field other than the trailing one, a field without "=", a name that is not
 * (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".").
 */
inline Fields split(const QByteArray& text, const char* version)
{
    Fields out;
    const qsizetype vlen = qstrlen(version);
    if (!startsWithVersion(text, version)) {
        out.fault = QString::fromUtf8(text.left(vlen + 4));
        return out;
    }
    const QList<QByteArray> parts = text.mid(vlen).split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray raw = trimmedWsp(parts.at(i));
        if (raw.isEmpty()) {
            if (i == parts.size() - 1) {
                break;
            }
            out.fault = QStringLiteral(";");
            return out;
        }
        const qsizetype eq = raw.indexOf('=');
        const QByteArray name = eq < 0 ? raw : trimmedWsp(raw.left(eq));
        if (eq <= 0 || !isExtensionName(name)) {
            out.fault = QString::fromUtf8(raw);
            return out;
        }
        out.fields.append(Field{name, trimmedWsp(raw.mid(eq + 1)), raw});
    }
    return out;
}

/** An extension value: printable ASCII without "=", ";" and space (as RFC 8460/8461 allow). */
inline bool isExtension(const QByteArray& name, const QByteArray& value)
{
    if (name.isEmpty() || value.isEmpty()) {
        return false;
    }
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7E || c == '=' || c == ';') {
            return false;
        }
    }
    return true;
}

} // namespace todoku::tagtext
