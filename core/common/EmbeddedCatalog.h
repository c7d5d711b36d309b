// SPDX-License-Identifier: GPL-3.0-or-later
// EmbeddedCatalog: the shared parts of the JSON data catalogs compiled into the core (":/catalogs/…").
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace todoku::catalog {

/**
 * The bytes of ":/catalogs/<fileName>". The catalogs are compiled in (core/CMakeLists.txt), so a missing
 * one is a build error: it asserts in debug builds and yields an empty array otherwise.
 */
QByteArray readEmbedded(const QString& fileName);

/** The entry whose `id` member equals `id`. */
template <class T>
std::optional<T> findById(const QList<T>& entries, const QString& id)
{
    for (const T& e : entries) {
        if (e.id == id) {
            return e;
        }
    }
    return std::nullopt;
}

/** The `id` members in order. */
template <class T>
QStringList idsOf(const QList<T>& entries)
{
    QStringList out;
    for (const T& e : entries) {
        out.append(e.id);
    }
    return out;
}

} // namespace todoku::catalog
