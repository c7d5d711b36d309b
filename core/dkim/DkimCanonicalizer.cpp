// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/DkimCanonicalizer.h"

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

struct DkimBodyHasher::Impl
{
    explicit Impl(dkim::crypto::Hash hash)
        : hasher(hash)
    {}
    dkim::crypto::Hasher hasher;
    QByteArray* collect = nullptr; ///< canonicalBody(): the canonical bytes, besides hashing
};

DkimBodyHasher::DkimBodyHasher(DkimCanonicalization canonicalization, const QString& hashName, qint64 limit)
    : m_canon(canonicalization)
    , m_limit(limit)
    , m_impl(
          std::make_unique<Impl>(hashName == u"sha1" ? dkim::crypto::Hash::Sha1 : dkim::crypto::Hash::Sha256))
{}

DkimBodyHasher::~DkimBodyHasher() = default;

void DkimBodyHasher::add(const char* data, qsizetype size)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n') {
            m_line.append(data + start, i - start);
            if (m_line.endsWith('\r')) {
                m_line.chop(1);
            }
            line(m_line);
            m_line.clear();
            start = i + 1;
        }
    }
    m_line.append(data + start, size - start);
}

void DkimBodyHasher::line(QByteArray& content)
{
    if (m_canon == DkimCanonicalization::Relaxed) {
        compressWhitespace(content);
        if (content.endsWith(' ')) {
            content.chop(1);
        }
    }
    if (content.isEmpty()) {
        // Empty lines are held back: at the end of the body they are dropped (§3.4.3, §3.4.4).
        ++m_emptyLines;
        return;
    }
    for (; m_emptyLines > 0; --m_emptyLines) {
        output("\r\n", 2);
    }
    output(content.constData(), content.size());
    output("\r\n", 2);
    m_anyLine = true;
}

void DkimBodyHasher::output(const char* data, qsizetype size)
{
    qsizetype take = size;
    if (m_limit >= 0) {
        take = qBound<qint64>(0, m_limit - m_length, size);
    }
    m_impl->hasher.add(data, take);
    if (m_impl->collect) {
        m_impl->collect->append(data, take);
    }
    m_length += size;
}

QByteArray DkimBodyHasher::finish()
{
    if (!m_line.isEmpty()) {
        if (m_line.endsWith('\r')) {
            m_line.chop(1);
        }
        line(m_line); // a last line without CRLF gets one
        m_line.clear();
    }
    // Simple: an empty body is one CRLF (§3.4.3); relaxed: an empty body stays empty (§3.4.4).
    if (!m_anyLine && m_canon == DkimCanonicalization::Simple) {
        output("\r\n", 2);
    }
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
