// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/DkimCanonicalizer.h"

#include <cstring>

#include "core/dkim/DkimCrypto_p.h"

namespace todoku {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// Relaxed: every run of WSP becomes one SP, and WSP at the end of the line goes (RFC 6376 §3.4.4).
void compressWhitespace(QByteArray& s)
{
    qsizetype out = 0;
    bool inWsp = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        if (isWsp(c)) {
            inWsp = true;
            continue;
        }
        if (inWsp) {
            s[out++] = ' ';
        }
        inWsp = false;
        s[out++] = c;
    }
    if (inWsp) {
        s[out++] = ' ';
    }
    s.truncate(out);
}

} // namespace

// The first SP or HTAB in [s, end), or end; eight bytes at a time (a byte is WSP when its XOR with SP or
// HTAB is zero, which the classic has-zero-byte test finds), then byte by byte within the word.
const char* findWsp(const char* s, const char* end)
{
    constexpr quint64 ONES = 0x0101010101010101ULL;
    constexpr quint64 HIGHS = 0x8080808080808080ULL;
    for (; end - s >= 8; s += 8) {
        quint64 word;
        std::memcpy(&word, s, 8);
        const quint64 sp = word ^ (ONES * quint64(' '));
        const quint64 tab = word ^ (ONES * quint64('\t'));
        if ((((sp - ONES) & ~sp) | ((tab - ONES) & ~tab)) & HIGHS) {
            break;
        }
    }
    while (s < end && !isWsp(*s)) {
        ++s;
    }
    return s;
}

constexpr qsizetype BUFFER_SIZE = 64 * 1024;
// A span this long is hashed where it lies rather than copied into the buffer first.
constexpr qsizetype DIRECT_SPAN = 4 * 1024;
constexpr char CRLF[] = "\r\n";

struct DkimBodyHasher::Impl
{
    explicit Impl(dkim::crypto::Hash hash)
        : hasher(hash)
    {}
    void hash(const char* data, qsizetype size)
    {
        hasher.add(data, size);
        if (collect) {
            collect->append(data, size);
        }
    }
    dkim::crypto::Hasher hasher;
    QByteArray* collect = nullptr; ///< canonicalBody(): the canonical bytes, besides hashing
};

DkimBodyHasher::DkimBodyHasher(DkimCanonicalization canonicalization, const QString& hashName, qint64 limit)
    : m_canon(canonicalization)
    , m_limit(limit)
    , m_impl(
          std::make_unique<Impl>(hashName == u"sha1" ? dkim::crypto::Hash::Sha1 : dkim::crypto::Hash::Sha256))
{
    m_buffer.reserve(BUFFER_SIZE);
}

DkimBodyHasher::~DkimBodyHasher() = default;

// Between add() calls nothing points into the caller's data (add() flushes its span), so the state is the
// flags, the buffer (shared until either side writes) and the digest context.
DkimBodyHasher::DkimBodyHasher(const DkimBodyHasher& other, const Impl& impl)
    : m_canon(other.m_canon)
    , m_limit(other.m_limit)
    , m_length(other.m_length)
    , m_emptyLines(other.m_emptyLines)
    , m_anyLine(other.m_anyLine)
    , m_lineHasContent(other.m_lineHasContent)
    , m_pendingCr(other.m_pendingCr)
    , m_pendingWsp(other.m_pendingWsp)
    , m_buffer(other.m_buffer)
    , m_impl(std::make_unique<Impl>(impl))
{
    m_impl->collect = nullptr;
}

std::unique_ptr<DkimBodyHasher> DkimBodyHasher::snapshot() const
{
    Q_ASSERT(m_spanStart == nullptr && m_wspAt == nullptr);
    return std::unique_ptr<DkimBodyHasher>(new DkimBodyHasher(*this, *m_impl));
}

// A line is its bytes up to LF, without one CR right before the LF. A CR at the end of a chunk waits for
// the next byte to tell which it is.
void DkimBodyHasher::add(const char* data, qsizetype size)
{
    const char* p = data;
    const char* const end = data + size;
    if (m_pendingCr && p < end) {
        m_pendingCr = false;
        if (*p == '\n') {
            endLine(nullptr);
            ++p;
        } else if (m_canon == DkimCanonicalization::Relaxed) {
            relaxedContent("\r", 1);
        } else {
            content("\r", 1);
        }
    }
    if (m_canon == DkimCanonicalization::Relaxed) {
        addRelaxed(p, end);
    } else {
        addSimple(p, end);
    }
    flushSpan(); // the span points into `data`, which the caller may free
    m_wspAt = nullptr;
}

void DkimBodyHasher::addSimple(const char* p, const char* end)
{
    while (p < end) {
        const auto* lf = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* stop = lf ? lf : end;
        if (stop > p && stop[-1] == '\r') {
            --stop;
            m_pendingCr = !lf;
        }
        if (stop > p) {
            content(p, stop - p);
        }
        if (!lf) {
            return;
        }
        endLine(stop + 2 == lf + 1 ? stop : nullptr); // the input's own CRLF, if it has one
        p = lf + 1;
    }
}

// Relaxed (RFC 6376 §3.4.4): every run of WSP becomes one SP, and WSP at the end of a line goes.
void DkimBodyHasher::addRelaxed(const char* p, const char* end)
{
    while (p < end) {
        const auto* lf = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* stop = lf ? lf : end;
        if (stop > p && stop[-1] == '\r') {
            --stop;
            m_pendingCr = !lf;
        }
        for (const char* s = p; s < stop;) {
            const char* run = s;
            if (isWsp(*s)) {
                while (s < stop && isWsp(*s)) {
                    ++s;
                }
                // One SP stands for the run; the input's own if the run is exactly that.
                m_wspAt = !m_pendingWsp && s - run == 1 && *run == ' ' ? run : nullptr;
                m_pendingWsp = true;
                continue;
            }
            s = findWsp(s, stop);
            relaxedContent(run, s - run);
        }
        if (!lf) {
            return;
        }
        endLine(stop + 2 == lf + 1 ? stop : nullptr);
        p = lf + 1;
    }
}

void DkimBodyHasher::relaxedContent(const char* data, qsizetype size)
{
    if (m_pendingWsp) {
        if (!m_lineHasContent) {
            content(nullptr, 0); // the held-back empty lines go before this line's leading SP
        }
        output(m_wspAt ? m_wspAt : " ", 1);
        m_pendingWsp = false;
        m_wspAt = nullptr;
    }
    content(data, size);
}

void DkimBodyHasher::content(const char* data, qsizetype size)
{
    if (!m_lineHasContent) {
        // Empty lines are held back: at the end of the body they are dropped (§3.4.3, §3.4.4).
        for (; m_emptyLines > 0; --m_emptyLines) {
            output(CRLF, 2);
        }
        m_lineHasContent = true;
    }
    if (size > 0) {
        output(data, size);
    }
}

void DkimBodyHasher::endLine(const char* crlf)
{
    if (m_lineHasContent) {
        output(crlf ? crlf : CRLF, 2);
        m_anyLine = true;
    } else {
        ++m_emptyLines;
    }
    m_lineHasContent = false;
    m_pendingWsp = false;
    m_wspAt = nullptr;
}

// Canonical bytes, in order; up to the l= limit they are hashed.
void DkimBodyHasher::output(const char* data, qsizetype size)
{
    qsizetype take = size;
    if (m_limit >= 0) {
        take = qBound<qint64>(0, m_limit - m_length, size);
    }
    m_length += size;
    if (take == 0) {
        return;
    }
    if (data != m_spanEnd) {
        flushSpan();
        m_spanStart = data;
    }
    m_spanEnd = data + take;
}

void DkimBodyHasher::flushSpan()
{
    const qsizetype size = m_spanEnd - m_spanStart;
    if (size >= DIRECT_SPAN) {
        flushBuffer();
        m_impl->hash(m_spanStart, size);
    } else if (size > 0) {
        if (m_buffer.size() + size > BUFFER_SIZE) {
            flushBuffer();
        }
        m_buffer.append(m_spanStart, size);
    }
    m_spanStart = m_spanEnd = nullptr;
}

void DkimBodyHasher::flushBuffer()
{
    if (!m_buffer.isEmpty()) {
        m_impl->hash(m_buffer.constData(), m_buffer.size());
        m_buffer.resize(0); // keeps the capacity
    }
}

QByteArray DkimBodyHasher::finish()
{
    // A CR that ends the body is a line end without its LF; a last line without CRLF gets one.
    m_pendingCr = false;
    if (m_lineHasContent) {
        endLine(nullptr);
    }
    // Simple: an empty body is one CRLF (§3.4.3); relaxed: an empty body stays empty (§3.4.4).
    if (!m_anyLine && m_canon == DkimCanonicalization::Simple) {
        output(CRLF, 2);
    }
    flushSpan();
    flushBuffer();
    return m_impl->hasher.result();
}

namespace dkim {

QByteArray canonicalBody(const QByteArray& body, DkimCanonicalization canonicalization)
{
    QByteArray out;
    DkimBodyHasher hasher(canonicalization, QStringLiteral("sha256"));
    hasher.m_impl->collect = &out;
    hasher.add(body);
    hasher.finish();
    return out;
}

QByteArray canonicalHeader(const QByteArray& raw, DkimCanonicalization canonicalization)
{
    if (canonicalization == DkimCanonicalization::Simple) {
        return raw + "\r\n";
    }
    const qsizetype colon = raw.indexOf(':');
    QByteArray name = raw.left(colon < 0 ? raw.size() : colon).trimmed().toLower();
    QByteArray value = colon < 0 ? QByteArray() : raw.mid(colon + 1);
    value.replace("\r\n", "");
    value.replace('\n', "");
    value.replace('\r', "");
    compressWhitespace(value);
    return name + ':' + value.trimmed() + "\r\n";
}

} // namespace dkim
} // namespace todoku
