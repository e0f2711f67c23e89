#pragma once
// core::InlineVector: the list type of the canonical model (content.hpp,
// chat.hpp).

#include <algorithm>
#include <cstddef>
#include <new>
#include <span>
#include <stdexcept>
#include <utility>

namespace switchyard::core {

// A vector that keeps its first element inline, so the common case of one
// element (a message's one text block, a request's one system prompt) costs
// no allocation of its own: a copy of a request allocates no more for the
// list than std::vector would for nothing. Contiguous like std::vector
// (iterators are pointers); the operations the model uses, no more.
template <typename T>
class InlineVector {
 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;
  using size_type = std::size_t;

  InlineVector() noexcept {}  // user-provided: a const request can be default-made
  ~InlineVector() {
    clear();
    release();
  }
  InlineVector(const InlineVector& o) {
    reserve(o.size_);
    for (const T& b : o) emplace_back(b);
  }
  InlineVector(InlineVector&& o) noexcept { take(o); }
  InlineVector& operator=(const InlineVector& o) {
    if (this != &o) {
      clear();
      reserve(o.size_);
      for (const T& b : o) emplace_back(b);
    }
    return *this;
  }
  InlineVector& operator=(InlineVector&& o) noexcept {
    if (this != &o) {
      clear();
      release();
      take(o);
    }
    return *this;
  }

  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }
  T& at(std::size_t i) {
    return i < size_ ? data_[i] : (throw std::out_of_range("InlineVector::at"), data_[0]);
  }
  const T& at(std::size_t i) const {
    return i < size_ ? data_[i] : (throw std::out_of_range("InlineVector::at"), data_[0]);
  }
  T& front() { return data_[0]; }
  const T& front() const { return data_[0]; }
  T& back() { return data_[size_ - 1]; }
  const T& back() const { return data_[size_ - 1]; }
  operator std::span<const T>() const { return {data_, size_}; }

  template <typename... Args>
  T& emplace_back(Args&&... args) {
    if (size_ == capacity_) grow(capacity_ * 2);
    T* b = new (data_ + size_) T(std::forward<Args>(args)...);
    ++size_;
    return *b;
  }
  void push_back(const T& b) { emplace_back(b); }
  void push_back(T&& b) { emplace_back(std::move(b)); }
  T* insert(const T* at, T&& b) {
    const auto i = static_cast<std::size_t>(at - data_);
    emplace_back(std::move(b));
    std::rotate(data_ + i, data_ + size_ - 1, data_ + size_);
    return data_ + i;
  }
  // Removes [first, last).
  T* erase(const T* first, const T* last) {
    const auto i = static_cast<std::size_t>(first - data_);
    const auto n = static_cast<std::size_t>(last - first);
    std::move(data_ + i + n, data_ + size_, data_ + i);
    for (std::size_t k = 0; k < n; ++k) pop_back();
    return data_ + i;
  }
  void pop_back() { data_[--size_].~T(); }
  void clear() {
    while (size_ > 0) pop_back();
  }
  void reserve(std::size_t n) {
    if (n > capacity_) grow(n);
  }
  void resize(std::size_t n) {
    while (size_ > n) pop_back();
    reserve(n);
    while (size_ < n) emplace_back();
  }

 private:
  T* inline_element() { return std::launder(reinterpret_cast<T*>(inline_)); }
  void grow(std::size_t n) {
    auto* p = static_cast<T*>(::operator new (n * sizeof(T), std::align_val_t{alignof(T)}));
    for (std::size_t i = 0; i < size_; ++i) {
      new (p + i) T(std::move(data_[i]));
      data_[i].~T();
    }
    release();
    data_ = p;
    capacity_ = n;
  }
  void release() {
    if (data_ != inline_element()) {
      ::operator delete (data_, std::align_val_t{alignof(T)});
      data_ = inline_element();
      capacity_ = 1;
    }
  }
  void take(InlineVector& o) {
    if (o.data_ == o.inline_element()) {
      if (o.size_ == 1) {
        new (data_) T(std::move(o.data_[0]));
        size_ = 1;
        o.clear();
      }
      return;
    }
    data_ = o.data_;
    size_ = o.size_;
    capacity_ = o.capacity_;
    o.data_ = o.inline_element();
    o.size_ = 0;
    o.capacity_ = 1;
  }

  alignas(T) unsigned char inline_[sizeof(T)];
  T* data_ = inline_element();
  std::size_t size_ = 0;
  std::size_t capacity_ = 1;
};

}  // namespace switchyard::core
