// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/MappedFile.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace todoku {

MappedFile::MappedFile(const QString& path)
    : m_file(path)
{
    m_open = m_file.open(QIODevice::ReadOnly);
    if (!m_open) {
        return;
    }
    uchar* mapped = m_file.size() > 0 ? m_file.map(0, m_file.size()) : nullptr;
    if (!mapped) {
        m_bytes = m_file.readAll();
        return;
    }
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_READ)
    // Best effort: an older kernel says EINVAL and the pages fault in as they are read.
    const auto page = quintptr(4096);
    auto* start = reinterpret_cast<uchar*>(quintptr(mapped) & ~(page - 1));
    madvise(start, size_t(mapped + m_file.size() - start), MADV_POPULATE_READ);
#endif
    m_bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), m_file.size());
}

} // namespace todoku
