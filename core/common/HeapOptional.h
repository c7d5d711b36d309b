// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <utility>

namespace todoku {

/**
 * std::optional's interface with the value kept on the heap. For value types with several optional
 * members of which one is set at a time (an audit item holds the evidence of one check): std::optional
 * would reserve room for every member inline, and such a struct was ~2.8 KB empty. Copies are deep, as
 * an optional's are; moves hand over the pointer.
 */
template <typename T>
class HeapOptional
{
public:
    HeapOptional() = default;
    HeapOptional(const HeapOptional& other)
        : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr)
    {}
    HeapOptional(HeapOptional&&) noexcept = default;
    ~HeapOptional() = default;

    HeapOptional& operator=(const HeapOptional& other)
    {
        if (this != &other) {
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        }
        return *this;
    }
    HeapOptional& operator=(HeapOptional&&) noexcept = default;
    HeapOptional& operator=(const T& value)
    {
        emplace(value);
        return *this;
    }
    HeapOptional& operator=(T&& value)
    {
        emplace(std::move(value));
        return *this;
    }

    template <typename... Args>
    T& emplace(Args&&... args)
    {
        m_value = std::make_unique<T>(std::forward<Args>(args)...);
        return *m_value;
    }

    bool has_value() const { return bool(m_value); }
    explicit operator bool() const { return bool(m_value); }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return m_value.get(); }
    const T* operator->() const { return m_value.get(); }

private:
    std::unique_ptr<T> m_value;
};

} // namespace todoku
