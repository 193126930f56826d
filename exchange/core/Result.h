#pragma once

#include "core/ExchangeError.h"

#include <utility>
#include <variant>

namespace autocoin {

/// A value or the ExchangeError that prevented it (std::expected is C++23).
template<typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor)
        : m_data(std::move(value))
    {}
    Result(ExchangeError error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ExchangeError &error() const { return std::get<ExchangeError>(m_data); }

private:
    std::variant<T, ExchangeError> m_data;
};

} // namespace autocoin
