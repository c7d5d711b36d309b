// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/DkimBodyDiagnosis.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <algorithm>
#include <cstring>

#include "core/dkim/DkimCanonicalizer.h"
#include "core/message/PastedInput.h"

using namespace Qt::StringLiterals;

namespace todoku {

namespace {

// Text added at the end is looked for at the line boundaries of the last lines only: footers and
// disclaimers are short, and each candidate costs a hash finish (not a pass over the body).
constexpr int APPENDED_LINES = 200;
// Variants are built and hashed in chunks of this size, so a 25 MB body costs no copy of itself.
constexpr qsizetype CHUNK = 64 * 1024;
constexpr int TAB_STOP = 8;

// Calls `f` with every line of `body`, its LF included (the last line may have none).
template <typename F>
void forEachLine(QByteArrayView body, F f)
{
    const char* p = body.data();
    const char* const end = p + body.size();
    while (p < end) {
        const auto* lf = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* next = lf ? lf + 1 : end;
        f(QByteArrayView(p, next - p));
        p = next;
    }
}

/** One variant of the body, hashed as the signature says, built line by line by `edit` into a chunk. */
template <typename Edit>
bool variantMatches(QByteArrayView body, const DkimSignature& sig, Edit edit)
{
    DkimBodyHasher hasher(sig.bodyCanonicalization, sig.hashName(), sig.bodyLength);
    QByteArray chunk;
    chunk.reserve(CHUNK + 1024);
    forEachLine(body, [&](QByteArrayView line) {
        edit(line, chunk);
        if (chunk.size() >= CHUNK) {
            hasher.add(chunk);
            chunk.resize(0); // keeps the capacity
        }
    });
    hasher.add(chunk);
    return hasher.finish() == sig.bodyHash;
}

void replaceAll(QByteArrayView line, QByteArrayView from, QByteArrayView to, QByteArray& out)
{
    qsizetype at = 0;
    for (qsizetype hit = line.indexOf(from); hit >= 0; hit = line.indexOf(from, at)) {
        out.append(line.sliced(at, hit - at));
        out.append(to);
        at = hit + from.size();
    }
    out.append(line.sliced(at));
}

// Browsers copy &nbsp; (and some copy runs of spaces) as U+00A0.
void undoNbsp(QByteArrayView line, QByteArray& out)
{
    replaceAll(line, "\xC2\xA0", " ", out);
}

// A tab that a copy expanded became the spaces up to the next tab stop, so only runs that end at a tab
// stop can be one: those (of at least `minRun` spaces) become tabs again, as `unexpand -a` does. Columns
// count characters (UTF-8 lead bytes); wide characters, which pages draw two columns wide, make the guess
// wrong for lines that hold them.
void undoTabs(QByteArrayView line, int minRun, QByteArray& out)
{
    qsizetype col = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        const char c = line.at(i);
        if (c != ' ') {
            out.append(c);
            col = c == '\t' ? (col / TAB_STOP + 1) * TAB_STOP : col + ((quint8(c) & 0xC0) != 0x80);
            ++i;
            continue;
        }
        qsizetype run = 0;
        while (i + run < line.size() && line.at(i + run) == ' ') {
            ++run;
        }
        const qsizetype stop = (col + run) / TAB_STOP * TAB_STOP; // the last tab stop the run reaches
        if (stop > col && stop - col >= minRun) {
            out.append(QByteArray(stop / TAB_STOP - col / TAB_STOP, '\t'));
            out.append(QByteArray(col + run - stop, ' '));
        } else {
            out.append(QByteArray(run, ' '));
        }
        col += run;
        i += run;
    }
}

// A CRLF file converted to CRLF once more ends its lines in CR CR LF; the hasher takes the first CR as
// content.
void undoDoubledCr(QByteArrayView line, QByteArray& out)
{
    if (line.endsWith("\r\r\n")) {
        out.append(line.chopped(2));
        out.append('\n');
    } else {
        out.append(line);
    }
}

// ISO-2022-JP switches character sets with ESC sequences; a page shows ESC as nothing and a copy drops it,
// leaving "$B" and "(B" in the text.
void undoDroppedEscapes(QByteArrayView line, QByteArray& out)
{
    static constexpr const char* SEQUENCES[] = {"$B", "$@", "(B", "(J"};
    qsizetype at = 0;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        for (const char* s : SEQUENCES) {
            if (line.at(i) == s[0] && line.at(i + 1) == s[1]) {
                out.append(line.sliced(at, i - at));
                out.append('\x1b');
                at = i;
                ++i;
                break;
            }
        }
    }
    out.append(line.sliced(at));
}

/**
 * The last boundary (byte offset just after an LF) among the last APPENDED_LINES lines at which the body,
 * cut there, matches bh=; -1 if none does. The body is fed once; each boundary is a snapshot finished on
 * its own. The last matching boundary is taken: empty lines between it and the added text hash alike.
 */
qsizetype matchingPrefix(QByteArrayView body, const DkimSignature& sig)
{
    qsizetype tail = 0;
    int lines = 0;
    for (qsizetype i = body.size() - 2; i >= 0; --i) { // an LF that ends the body starts no line
        if (body.at(i) == '\n' && ++lines == APPENDED_LINES) {
            tail = i + 1;
            break;
        }
    }
    DkimBodyHasher hasher(sig.bodyCanonicalization, sig.hashName(), sig.bodyLength);
    hasher.add(body.data(), tail);
    qsizetype match = -1;
    qsizetype at = tail;
    const auto check = [&] {
        if (at < body.size() && hasher.snapshot()->finish() == sig.bodyHash) {
            match = at;
        }
    };
    check();
    forEachLine(body.sliced(tail), [&](QByteArrayView line) {
        hasher.add(line.data(), line.size());
        at += line.size();
        if (line.endsWith('\n')) {
            check();
        }
    });
    return match;
}

bool hasContent(QByteArrayView line)
{
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return !line.isEmpty();
}

/** The added block after `cut`: its first and last non-empty lines. */
void describeAppended(QByteArrayView body, qsizetype cut, int firstLine, DkimBodyDiagnosis& d)
{
    int line = firstLine + int(std::count(body.begin(), body.begin() + cut, '\n'));
    forEachLine(body.sliced(cut), [&](QByteArrayView text) {
        if (hasContent(text)) {
            if (d.appendedFirstLine == 0) {
                d.appendedFirstLine = line;
                d.appendedText = text.first(qMin<qsizetype>(text.size(), 200)).toByteArray().trimmed();
            }
            d.appendedLastLine = line;
        }
        ++line;
    });
}

bool hasNonAscii(QByteArrayView body)
{
    return std::any_of(body.begin(), body.end(), [](char c) { return quint8(c) >= 0x80; });
}

} // namespace

DkimBodySource DkimBodyDiagnosis::sourceOf(const PastedInput& input)
{
    return input.kind == InputKind::GmailOriginal ? DkimBodySource::PagePaste : DkimBodySource::File;
}

DkimBodyDiagnosis DkimBodyDiagnosis::run(
    QByteArrayView body, const DkimSignature& sig, DkimBodySource source, int firstLine, int removedIndent)
{
    DkimBodyDiagnosis d;
    // An indent on every line means the text went through a copy (MailMessage already took it off).
    d.pasted = source == DkimBodySource::PagePaste || removedIndent > 0;
    const bool relaxed = sig.bodyCanonicalization == DkimCanonicalization::Relaxed;

    // What the canonicalization makes invisible cannot be why the hash differs (RFC 6376 §3.4.3, §3.4.4):
    // both add a missing final CRLF and drop empty lines at the end, and the hasher reads LF as CRLF;
    // relaxed also turns every run of spaces and tabs into one space and drops it at line ends, so tabs
    // turned into spaces and trailing spaces stripped are no cause either. For simple those two are
    // causes, but stripped spaces cannot be put back (where were they?), nor can wrapped long lines be
    // told from real short ones: they stay untested.
    d.excluded = QStringList{u"final-newline"_s, u"trailing-empty-lines"_s, u"line-ends"_s};
    if (relaxed) {
        d.excluded += QStringList{u"tabs"_s, u"trailing-whitespace"_s};
    }

    const auto tryVariant = [&](const QString& code, Cause cause, auto edit) {
        d.tried.append(code);
        if (variantMatches(body, sig, edit)) {
            d.cause = cause;
            d.variant = code;
            return true;
        }
        return false;
    };

    // Appended text: with l= the signer already excluded whatever follows, so it cannot break the hash.
    if (sig.bodyLength < 0) {
        d.tried.append(u"appended"_s);
        const qsizetype cut = matchingPrefix(body, sig);
        if (cut >= 0) {
            d.cause = Cause::Appended;
            describeAppended(body, cut, firstLine, d);
            return d;
        }
    }
    if (body.contains("\xC2\xA0") && tryVariant(u"nbsp"_s, Cause::CopyDamage, undoNbsp)) {
        return d;
    }
    if (!relaxed && body.contains("  ")
        && tryVariant(u"tabs"_s, Cause::CopyDamage, [](QByteArrayView line, QByteArray& out) {
               undoTabs(line, 2, out);
           })) {
        return d;
    }
    if (!relaxed && body.contains(' ')
        && tryVariant(u"tabs-single"_s, Cause::CopyDamage, [](QByteArrayView line, QByteArray& out) {
               undoTabs(line, 1, out);
           })) {
        return d;
    }
    if (body.contains("\r\r\n") && tryVariant(u"cr-before-crlf"_s, Cause::CopyDamage, undoDoubledCr)) {
        return d;
    }
    if (!body.contains('\x1b') && body.contains("$B")
        && tryVariant(u"iso-2022-jp-escapes"_s, Cause::CopyDamage, undoDroppedEscapes)) {
        return d;
    }
    // A UTF-8 body may have been signed in a Japanese legacy charset and converted on the way (or by the
    // page a copy came from). Converting it back is exact for text those charsets can hold.
    if (hasNonAscii(body) && QUtf8StringView(body).isValidUtf8()) {
        for (const char* charset : {"ISO-2022-JP", "Shift_JIS", "EUC-JP"}) {
            QStringEncoder encoder(charset);
            if (!encoder.isValid()) {
                continue; // Qt built without ICU: only UTF and Latin-1 codecs
            }
            const bool matched = tryVariant(
                QString::fromLatin1(charset), Cause::Reencoded, [&](QByteArrayView line, QByteArray& out) {
                    out.append(encoder.encode(QString::fromUtf8(line)));
                });
            if (matched) {
                return d;
            }
        }
    }
    return d;
}

} // namespace todoku
