#pragma once
// A value or an error, for code paths that refuse rather than throw (core/ uses no
// exceptions for rule rejections or bad input). std::expected arrives with C++23.
#include <cassert>
#include <utility>
#include <variant>

namespace lagerhuis::core {

template <class E>
struct Failure {
    E error;
};
template <class E>
Failure(E) -> Failure<E>;

template <class T, class E>
class [[nodiscard]] Result {
public:
    Result(T value) : data_(std::in_place_index<0>, std::move(value)) {}
    Result(Failure<E> failure) : data_(std::in_place_index<1>, std::move(failure.error)) {}

    bool ok() const { return data_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { assert(ok()); return std::get<0>(data_); }
    const T& value() const& { assert(ok()); return std::get<0>(data_); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(data_)); }
    const E& error() const { assert(!ok()); return std::get<1>(data_); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, E> data_;
};

}  // namespace lagerhuis::core
