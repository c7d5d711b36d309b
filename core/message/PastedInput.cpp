// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/PastedInput.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include "core/message/AddressText.h"

namespace todoku {

namespace {

constexpr int SUMMARY_SEARCH_LINES = 80;

QString lineText(const QByteArray& line)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    return utf8.decode(line);
}

// Labels and links of Gmail's summary in English and Japanese. Matched as whole-line prefixes, never as
// exact sentences: Google rewords the page now and then.
bool isGmailChrome(const QString& line)
{
    static const QRegularExpression RE(
        QStringLiteral(
            R"(^\s*(Original Message|元のメッセージ|Download original|元のメッセージをダウンロード|Copy to clipboard|クリップボードにコピー)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return RE.match(line).hasMatch();
}

const QRegularExpression& summaryLabel()
{
    static const QRegularExpression RE(
        QStringLiteral(
            R"(^\s*(SPF|DKIM|DMARC|Message ID|メッセージ\s*ID|Created at|作成日(?:時)?|From|To|Subject|送信者|送信元|宛先|件名)\s*[:：]?\s*(?:\t|$|\s{2,}|\s(?=['‘’"]?[A-Z]))(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return RE;
}

const QRegularExpression& resultWord()
{
    static const QRegularExpression RE(
        QStringLiteral(R"(['‘’"]?\b(PASS|FAIL|SOFTFAIL|NEUTRAL|NONE|TEMPERROR|PERMERROR|BESTGUESSPASS)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return RE;
}

QString domainAfterMarker(const QString& text)
{
    static const QRegularExpression RE(
        QStringLiteral(R"((?:with domain|ドメイン\s*[:：])\s*([A-Za-z0-9._-]+\.[A-Za-z0-9-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = RE.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

/** Reads Gmail's table from the top of the paste; returns the line index just after it, or -1. */
int readGmailSummary(const QList<QByteArray>& lines, GmailSummary* summary)
{
    int authRows = 0;
    int lastSummaryLine = -1;
    const int limit = int(qMin<qsizetype>(lines.size(), SUMMARY_SEARCH_LINES));
    for (int i = 0; i < limit; ++i) {
        const QString text = lineText(lines.at(i));
        if (isGmailChrome(text)) {
            lastSummaryLine = i;
            continue;
        }
        const QRegularExpressionMatch m = summaryLabel().match(text);
        if (!m.hasMatch()) {
            if (authRows >= 2 && MailMessage::isFieldStart(lines.at(i))) {
                break; // the raw source begins
            }
            continue;
        }
        const QString label = m.captured(1);
        QString value = m.captured(2).trimmed();
        int valueLine = i;
        // Some browsers copy the label and the value onto separate lines.
        if (value.isEmpty() && i + 1 < lines.size()) {
            value = lineText(lines.at(i + 1)).trimmed();
            valueLine = i + 1;
        }
        const QString key = label.toUpper();
        if (key == QLatin1String("SPF") || key == QLatin1String("DKIM") || key == QLatin1String("DMARC")) {
            const QRegularExpressionMatch r = resultWord().match(value);
            if (!r.hasMatch()) {
                continue; // "DKIM-Signature:" and the like are header fields, not summary rows
            }
            ++authRows;
            const QString result = r.captured(1).toUpper();
            if (key == QLatin1String("SPF")) {
                summary->spfResult = result;
                summary->spfIp = message::firstAddressIn(value);
                summary->spfLine = i + 1;
            } else if (key == QLatin1String("DKIM")) {
                summary->dkimResult = result;
                summary->dkimDomain = domainAfterMarker(value);
                summary->dkimLine = i + 1;
            } else {
                summary->dmarcResult = result;
                summary->dmarcLine = i + 1;
            }
        } else if (authRows == 0 && MailMessage::isFieldStart(lines.at(i)) && lastSummaryLine < 0) {
            // "From: …" before any SPF row and without Gmail's title: an ordinary header block.
            return -1;
        }
        summary->rows.append(GmailSummaryRow{label, value, i + 1});
        lastSummaryLine = valueLine;
        i = valueLine;
    }
    if (authRows < 2) {
        return -1;
    }
    return lastSummaryLine + 1;
}

bool looksBinary(const QByteArray& input)
{
    const qsizetype sample = qMin<qsizetype>(input.size(), 64 * 1024);
    qsizetype control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(input.at(i));
        if (c == 0) {
            return true;
        }
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1b /* ISO-2022-JP escapes */) {
            ++control;
        }
    }
    return sample > 0 && control * 20 > sample; // more than 5 % control characters
}

bool looksLikeBounce(const PastedInput& in, const QByteArray& input)
{
    const MailMessage& m = in.message;
    if (const HeaderField* ct = m.field(QStringLiteral("Content-Type"))) {
        if (ct->value.contains(QLatin1String("multipart/report"), Qt::CaseInsensitive)
            && ct->value.contains(QLatin1String("delivery-status"), Qt::CaseInsensitive)) {
            return true;
        }
    }
    static const QRegularExpression MARKERS(
        QStringLiteral(
            R"(This is the mail system at host|This is the qmail-send program|Mail Delivery Subsystem|)"
            R"(Undelivered Mail Returned to Sender|Delivery Status Notification|Mail delivery failed|)"
            R"(Delivery has failed|Message not delivered|Address not found|Undeliverable:|failure notice|)"
            R"(Returned mail:|配信できませんでした|配送できませんでした|配信に失敗|送信できませんでした)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression REPLY(
        QStringLiteral(R"((?:^|\s)[45][0-9]{2}[ -][45]\.[0-9]{1,3}\.[0-9]{1,3}\b)"));
    const qsizetype sample = qMin<qsizetype>(input.size(), 256 * 1024);
    const QString head = QString::fromUtf8(input.left(sample));
    if (MARKERS.match(head).hasMatch()) {
        return true;
    }
    const bool fromDaemon = [&] {
        const HeaderField* from = m.field(QStringLiteral("From"));
        return from
               && (from->value.contains(QLatin1String("MAILER-DAEMON"), Qt::CaseInsensitive)
                   || from->value.contains(QLatin1String("postmaster@"), Qt::CaseInsensitive));
    }();
    return REPLY.match(head).hasMatch() && (fromDaemon || m.headers().size() < 2);
}

} // namespace

PastedInput PastedInput::read(const QByteArray& raw)
{
    PastedInput in;
    QByteArray input = raw;
    if (input.startsWith("\xEF\xBB\xBF")) {
        input.remove(0, 3);
        in.hadBom = true;
    }
    if (input.trimmed().isEmpty()) {
        in.problem = InputProblem::Empty;
        return in;
    }
    if (looksBinary(input)) {
        in.problem = InputProblem::Binary;
        return in;
    }
    // Gmail's table is at the top: only the head is split into lines, the message is passed on as one slice.
    constexpr int HEAD_LINES = 400;
    QList<QByteArray> lines = MailMessage::splitLines(input, HEAD_LINES);

    GmailSummary summary;
    const int after = readGmailSummary(lines, &summary);
    int start = 0;
    if (after >= 0) {
        in.gmail = summary;
        start = after;
        // Skip blank lines and any remaining page text until the first header field of the source.
        while (start < lines.size() && !MailMessage::isFieldStart(lines.at(start).trimmed())) {
            ++start;
            if (start == HEAD_LINES && lines.size() == HEAD_LINES) {
                lines = MailMessage::splitLines(input); // page text longer than the head: rare, read it all
            }
        }
    }
    in.messageFirstLine = start + 1;
    in.message = MailMessage::parse(input, in.messageFirstLine, MailMessage::lineOffset(input, start));

    if (in.gmail) {
        in.kind = InputKind::GmailOriginal;
    } else if (looksLikeBounce(in, input)) {
        in.kind = InputKind::Bounce;
    } else if (in.message.headers().isEmpty()) {
        in.problem = InputProblem::NoHeaderFields;
    } else if (in.message.body().trimmed().isEmpty()) {
        in.kind = InputKind::Headers;
    } else {
        in.kind = InputKind::Message;
    }
    return in;
}

QString PastedInput::kindName(InputKind kind)
{
    switch (kind) {
    case InputKind::GmailOriginal:
        return QStringLiteral("gmail-original");
    case InputKind::Message:
        return QStringLiteral("message");
    case InputKind::Headers:
        return QStringLiteral("headers");
    case InputKind::Bounce:
        return QStringLiteral("bounce");
    case InputKind::Unknown:
        return QStringLiteral("unknown");
    }
    Q_UNREACHABLE();
}

} // namespace todoku
