// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/EmbeddedCatalog.h"

#include <QFile>

namespace todoku::catalog {

QByteArray readEmbedded(const QString& fileName)
{
    QFile file(QStringLiteral(":/catalogs/") + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_ASSERT_X(false, "catalog::readEmbedded", "a data catalog is not embedded in the core");
        return {};
    }
    return file.readAll();
}

} // namespace todoku::catalog
