// SPDX-License-Identifier: GPL-3.0-or-later
// MappedFile: a file's bytes, memory-mapped read-only, for messages of tens of MB.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace todoku {

/**
 * Opens `path` and maps it whole. The pages are populated in one call where the kernel can
 * (MADV_POPULATE_READ): touching a fresh 25 MB mapping page by page costs thousands of minor faults, more
 * than hashing it. Files that cannot be mapped (pipes, empty files) are read instead. bytes() refers to
 * the mapping, so it and everything that shares its data must be gone before this object is.
 */
class MappedFile
{
public:
    explicit MappedFile(const QString& path);
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_file.errorString(); }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QFile m_file;
    QByteArray m_bytes;
    bool m_open = false;
};

} // namespace todoku
