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
 * CRLF, as pasted messages have them). Memory is bounded by the longest line. Not thread-affine: one
 * instance may run on a worker thread.
 */
class DkimBodyHasher
{
public:
    /** `hashName` "sha256" or "sha1"; `limit` the l= value or -1 for the whole body. */
    DkimBodyHasher(DkimCanonicalization canonicalization, const QString& hashName, qint64 limit = -1);
    ~DkimBodyHasher();
    DkimBodyHasher(const DkimBodyHasher&) = delete;
    DkimBodyHasher& operator=(const DkimBodyHasher&) = delete;

    void add(const char* data, qsizetype size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    /** Ends the body and returns the hash. Call once. */
    QByteArray finish();
    /** Length of the whole canonical body (not cut at l=); valid after finish(). */
    qint64 canonicalLength() const { return m_length; }

private:
    friend QByteArray dkim::canonicalBody(const QByteArray&, DkimCanonicalization);
    void line(QByteArray& content);
    void output(const char* data, qsizetype size);

    DkimCanonicalization m_canon;
    qint64 m_limit;
    qint64 m_length = 0;
    qint64 m_emptyLines = 0;
    bool m_anyLine = false;
    QByteArray m_line;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

namespace dkim {

/** The whole body, canonicalized (for tests and small bodies). */
QByteArray canonicalBody(const QByteArray& body, DkimCanonicalization canonicalization);

/** One header field canonicalized, with the final CRLF (RFC 6376 §3.4.1, §3.4.2). `raw` is "Name: value". */
QByteArray canonicalHeader(const QByteArray& raw, DkimCanonicalization canonicalization);

} // namespace dkim
} // namespace todoku
