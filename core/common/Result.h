// SPDX-License-Identifier: GPL-3.0-or-later
// Result<T>: a value or an Error, returned by parsers and validators instead of throwing.
#pragma once

#include <utility>
#include <variant>

#include "core/common/Error.h"

namespace todoku {

/**
 * Holds either a value of type T or an Error. Until std::expected (C++23) is available this is the
 * project's error channel: the core throws no exceptions across its public API.
 */
template <typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool isOk() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return isOk(); }

    const T& value() const { return std::get<T>(m_data); }
    T& value() { return std::get<T>(m_data); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

    T valueOr(T fallback) const { return isOk() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

} // namespace todoku
