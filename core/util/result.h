#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace tagsmith {

// A failure crossing a layer boundary: a sentence a user can read.
struct Error {
    QString message;
};

// Value or human-readable error (g++ 12 has no std::expected).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    QString error() const { return ok() ? QString() : std::get<1>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

struct Done {};
using Status = Result<Done>;

inline Status success() { return Done{}; }

} // namespace tagsmith
