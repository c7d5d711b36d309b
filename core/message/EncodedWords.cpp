// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/EncodedWords.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <optional>

namespace todoku::message {

namespace {

std::optional<QByteArray> decodeQ(const QString& text)
{
    QByteArray out;
    const QByteArray bytes = text.toLatin1();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '_') {
            out += ' ';
        } else if (c == '=') {
            if (i + 2 >= bytes.size()) {
                return std::nullopt;
            }
            bool ok = false;
            const int v = bytes.mid(i + 1, 2).toInt(&ok, 16);
            if (!ok) {
                return std::nullopt;
            }
            out += char(v);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<QString> decodeWord(const QString& charset, const QString& encoding, const QString& text)
{
    std::optional<QByteArray> bytes;
    if (encoding.compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
        const auto result =
            QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (result) {
            bytes = *result;
        }
    } else {
        bytes = decodeQ(text);
    }
    if (!bytes) {
        return std::nullopt;
    }
    // RFC 2231 §5: a language may follow the charset after '*'.
    const QString name = charset.section(u'*', 0, 0);
    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid()) {
        return std::nullopt;
    }
    QString decoded = decoder.decode(*bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return decoded;
}

} // namespace

QString decodeEncodedWords(const QString& value)
{
    static const QRegularExpression WORD(QStringLiteral(R"(=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=)"));
    if (!value.contains(QLatin1String("=?"))) {
        return value;
    }
    QString out;
    qsizetype pos = 0;
    bool previousWasEncoded = false;
    auto it = WORD.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = value.mid(pos, m.capturedStart() - pos);
        const auto decoded = decodeWord(m.captured(1), m.captured(2), m.captured(3));
        if (!decoded) {
            out += between + m.captured(0);
            previousWasEncoded = false;
        } else {
            if (!(previousWasEncoded && between.trimmed().isEmpty())) {
                out += between;
            }
            out += *decoded;
            previousWasEncoded = true;
        }
        pos = m.capturedEnd();
    }
    out += value.mid(pos);
    return out;
}

} // namespace todoku::message
