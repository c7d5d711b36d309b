// SPDX-License-Identifier: GPL-3.0-or-later
// DkimCanonicalizer: header and body canonicalization (RFC 6376 §3.4) with the hashes DKIM needs.
#pragma once

#include <QByteArray>
#include <memory>

#include "core/dkim/DkimSignature.h"

namespace todoku {

class DkimBodyHasher;
namespace dkim {
QByteArray canonicalBody(const QByteArray& body, DkimCanonicalization canonicalization);
}

/**
 * Canonicalizes and hashes a message body fed in chunks of any size: the result depends only on the
 * concatenated bytes, never on where the chunks were cut. Line ends may be CRLF or bare LF (treated as
 * CRLF, as pasted messages have them). Memory is bounded (a fixed buffer, whatever the line lengths); the
 * input is scanned in place, never copied line by line. Not thread-affine: one instance may run on a
 * worker thread.
 */
class DkimBodyHasher
{
    struct Impl;

public:
    /** `hashName` "sha256" or "sha1"; `limit` the l= value or -1 for the whole body. */
    DkimBodyHasher(DkimCanonicalization canonicalization, const QString& hashName, qint64 limit = -1);
    ~DkimBodyHasher();
    DkimBodyHasher(const DkimBodyHasher&) = delete;
    DkimBodyHasher& operator=(const DkimBodyHasher&) = delete;

    void add(const char* data, qsizetype size);
    void add(QByteArrayView data) { add(data.constData(), data.size()); }
    /**
     * A copy of the state after the bytes added so far, to finish on its own: the hash of a prefix of the
     * body without feeding that prefix twice (the body-hash diagnosis tries many prefixes).
     */
    std::unique_ptr<DkimBodyHasher> snapshot() const;
    /** Ends the body and returns the hash. Call once. */
    QByteArray finish();
    /** Length of the whole canonical body (not cut at l=); valid after finish(). */
    qint64 canonicalLength() const { return m_length; }

private:
    DkimBodyHasher(const DkimBodyHasher& other, const Impl& impl);
    friend QByteArray dkim::canonicalBody(const QByteArray&, DkimCanonicalization);
    void addSimple(const char* data, const char* end);
    void addRelaxed(const char* data, const char* end);
    void relaxedContent(const char* data, qsizetype size);
    void content(const char* data, qsizetype size);
    void endLine(const char* crlf);
    void output(const char* data, qsizetype size);
    void flushSpan();
    void flushBuffer();

    DkimCanonicalization m_canon;
    qint64 m_limit;
    qint64 m_length = 0;
    qint64 m_emptyLines = 0; ///< empty lines held back: dropped if only empty lines follow
    bool m_anyLine = false;
    bool m_lineHasContent = false; ///< the current line has output bytes (it is not empty)
    bool m_pendingCr = false;      ///< a CR ended the last chunk: a line end if LF comes next, else content
    bool m_pendingWsp = false;     ///< relaxed: a WSP run in the current line, not output yet
    const char* m_wspAt = nullptr; ///< relaxed: that run if it is one SP in the current chunk
    // Canonical bytes that lie contiguously in the current input chunk are hashed from there; the
    // rest gathers in m_buffer. Neither grows with the message.
    const char* m_spanStart = nullptr;
    const char* m_spanEnd = nullptr;
    QByteArray m_buffer;
    std::unique_ptr<Impl> m_impl;
};

namespace dkim {

/** The whole body, canonicalized (for tests and small bodies). */
QByteArray canonicalBody(const QByteArray& body, DkimCanonicalization canonicalization);

/** One header field canonicalized, with the final CRLF (RFC 6376 §3.4.1, §3.4.2). `raw` is "Name: value". */
QByteArray canonicalHeader(const QByteArray& raw, DkimCanonicalization canonicalization);

} // namespace dkim
} // namespace todoku
