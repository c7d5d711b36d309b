// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/MtaStsPolicy.h"

#include "core/dns/DnsName.h"
#include "core/smtp/TagText_p.h"

namespace todoku::mtasts {

namespace {

using tagtext::isExtensionName;
using tagtext::trimmedWsp;

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// A host name as RFC 5321's Domain: dot-separated labels of letters, digits and inner hyphens.
bool isDomain(const QByteArray& name)
{
    if (name.isEmpty() || name.size() > 253) {
        return false;
    }
    for (const QByteArray& label : name.split('.')) {
        if (label.isEmpty() || label.size() > 63 || !isAlnum(label.front()) || !isAlnum(label.back())) {
            return false;
        }
        for (const char c : label) {
            if (!isAlnum(c) && c != '-') {
                return false;
            }
        }
    }
    return true;
}

QString lowerNoDot(const QString& name)
{
    return dns::withoutTrailingDot(name).toLower();
}

} // namespace

bool isStsRecord(const QByteArray& text)
{
    // The version must be followed by the field delimiter (or end the text, which §3.1 then rejects).
    return tagtext::startsWithVersion(text, "v=STSv1");
}

MtaStsRecord parseRecord(const QByteArray& text)
{
    MtaStsRecord r;
    if (!text.startsWith("v=STSv1")) {
        r.fault = QString::fromLatin1(text.left(16));
        return r;
    }
    // sts-version 1*(sts-field-delim sts-field) [sts-field-delim]: split on ";" and trim WSP; only the last
    // piece may be empty (the optional trailing delimiter).
    const QList<QByteArray> parts = text.mid(7).split(';');
    if (!trimmedWsp(parts.first()).isEmpty()) {
        r.fault = QString::fromLatin1(parts.first());
        return r;
    }
    bool haveId = false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray field = trimmedWsp(parts.at(i));
        if (field.isEmpty()) {
            if (i == parts.size() - 1) {
                break;
            }
            r.fault = QStringLiteral(";");
            return r;
        }
        const qsizetype eq = field.indexOf('=');
        const QByteArray name = eq < 0 ? field : field.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : field.mid(eq + 1);
        if (name == "id") {
            bool ok = !value.isEmpty() && value.size() <= 32;
            for (const char c : value) {
                ok = ok && isAlnum(c);
            }
            if (!ok) {
                r.fault = QString::fromLatin1(field);
                return r;
            }
            if (!haveId) {
                r.id = QString::fromLatin1(value);
                haveId = true;
            }
        } else if (eq > 0 && isExtensionName(name) && tagtext::isExtension(name, value)) {
            r.extensions.append(QString::fromLatin1(field));
        } else {
            r.fault = QString::fromLatin1(field);
            return r;
        }
    }
    if (!haveId) {
        r.fault = QStringLiteral("id=");
    }
    return r;
}

MtaStsPolicy parsePolicy(const QByteArray& body)
{
    MtaStsPolicy p;
    auto fail = [&p](const QString& fault, int line) {
        if (p.fault.isEmpty()) {
            p.fault = fault;
            p.faultLine = line;
        }
    };
    QList<QByteArray> lines = body.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast(); // the optional final sts-policy-term
    }
    for (qsizetype i = 0; i < lines.size() && p.isValid(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const int lineNo = int(i) + 1;
        const qsizetype colon = line.indexOf(':');
        const QByteArray key = colon < 0 ? line : line.left(colon);
        const QByteArray value = colon < 0 ? QByteArray() : trimmedWsp(line.mid(colon + 1));
        const QString quoted = QString::fromUtf8(line.left(200));
        if (colon < 0 || !isExtensionName(key)) {
            fail(quoted, lineNo);
        } else if (key == "version") {
            if (value != "STSv1") {
                fail(quoted, lineNo);
            } else if (!p.version) {
                p.version = QString::fromLatin1(value);
            }
        } else if (key == "mode") {
            std::optional<MtaStsMode> mode;
            if (value == "enforce") {
                mode = MtaStsMode::Enforce;
            } else if (value == "testing") {
                mode = MtaStsMode::Testing;
            } else if (value == "none") {
                mode = MtaStsMode::None;
            }
            if (!mode) {
                fail(quoted, lineNo);
            } else if (!p.mode) {
                p.mode = mode;
            }
        } else if (key == "max_age") {
            bool digits = !value.isEmpty() && value.size() <= 10;
            for (const char c : value) {
                digits = digits && c >= '0' && c <= '9';
            }
            const qint64 seconds = digits ? value.toLongLong() : -1;
            if (!digits || seconds > MAX_MAX_AGE) {
                fail(quoted, lineNo);
            } else if (!p.maxAge) {
                p.maxAge = seconds;
            }
        } else if (key == "mx") {
            const QByteArray host = value.startsWith("*.") ? value.mid(2) : value;
            if (!isDomain(host)) {
                fail(quoted, lineNo);
            } else {
                p.mx.append(lowerNoDot(QString::fromLatin1(value)));
            }
        } else {
            // sts-policy-extension: senders ignore fields they do not know.
            bool printable = true;
            for (const char c : value) {
                printable = printable && static_cast<unsigned char>(c) >= 0x20 && c != 0x7F;
            }
            if (!printable) {
                fail(quoted, lineNo);
            }
        }
    }
    if (!p.isValid()) {
        return p;
    }
    if (!p.version) {
        fail(QStringLiteral("version"), 0);
    } else if (!p.mode) {
        fail(QStringLiteral("mode"), 0);
    } else if (!p.maxAge) {
        fail(QStringLiteral("max_age"), 0);
    } else if (p.mx.isEmpty() && *p.mode != MtaStsMode::None) {
        fail(QStringLiteral("mx"), 0);
    }
    return p;
}

QString modeName(MtaStsMode mode)
{
    switch (mode) {
    case MtaStsMode::Enforce:
        return QStringLiteral("enforce");
    case MtaStsMode::Testing:
        return QStringLiteral("testing");
    case MtaStsMode::None:
        return QStringLiteral("none");
    }
    Q_UNREACHABLE();
}

bool mxMatches(const QString& pattern, const QString& host)
{
    const QString p = lowerNoDot(pattern);
    const QString h = lowerNoDot(host);
    if (p.startsWith(QLatin1String("*."))) {
        const qsizetype dot = h.indexOf(u'.');
        return dot > 0 && QStringView(h).mid(dot + 1) == QStringView(p).mid(2);
    }
    return !p.isEmpty() && p == h;
}

std::optional<QString> matchingPattern(const QStringList& patterns, const QString& host)
{
    for (const QString& p : patterns) {
        if (mxMatches(p, host)) {
            return p;
        }
    }
    return std::nullopt;
}

} // namespace todoku::mtasts
