// Storage for the header fields of the message being parsed on a connection.
//
// Beast's basic_fields allocates every field (and the request target) as a
// node of its own: ~10 mallocs per message on each of the server's request
// parser and the client's response parser. A connection parses one message at
// a time, so its fields come from one buffer, bump-allocated; frees of arena
// memory are no-ops, and when the last live field is freed (the message is
// gone) the buffer starts over. Headers beyond the buffer go to the heap.
#pragma once

#include <cstddef>
#include <functional>
#include <new>

namespace switchyard::http {

class FieldArena {
 public:
  FieldArena() = default;
  FieldArena(const FieldArena&) = delete;
  FieldArena& operator=(const FieldArena&) = delete;

  void* allocate(std::size_t bytes) {
    bytes = (bytes + kAlign - 1) & ~(kAlign - 1);
    if (bytes <= sizeof buf_ - used_) {
      void* p = buf_ + used_;
      used_ += bytes;
      ++live_;
      return p;
    }
    return ::operator new(bytes);
  }
  void deallocate(void* p) {
    if (owns(p)) {
      if (--live_ == 0) used_ = 0;
    } else {
      ::operator delete(p);
    }
  }
  std::size_t used() const { return used_; }

 private:
  static constexpr std::size_t kAlign = alignof(std::max_align_t);
  bool owns(const void* p) const {
    // std::less: a total order, also for pointers into different objects.
    return !std::less<const void*>()(p, buf_) && std::less<const void*>()(p, buf_ + sizeof buf_);
  }
  // Enough for a typical request or upstream response head (fields are
  // stored with their name, value and ~40 bytes of node each).
  alignas(kAlign) std::byte buf_[2048];
  std::size_t used_ = 0;
  std::size_t live_ = 0;
};

// Allocator over a FieldArena; without one (default-constructed) it is the
// plain heap, so messages can still be made anywhere.
template <typename T>
class ArenaAllocator {
 public:
  using value_type = T;

  ArenaAllocator() noexcept = default;
  explicit ArenaAllocator(FieldArena* arena) noexcept : arena_(arena) {}
  template <typename U>
  ArenaAllocator(const ArenaAllocator<U>& other) noexcept : arena_(other.arena()) {}

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    return static_cast<T*>(arena_ ? arena_->allocate(bytes) : ::operator new(bytes));
  }
  void deallocate(T* p, std::size_t) noexcept {
    if (arena_)
      arena_->deallocate(p);
    else
      ::operator delete(p);
  }
  FieldArena* arena() const noexcept { return arena_; }
  // A copy of a message may outlive the connection: it goes to the heap.
  ArenaAllocator select_on_container_copy_construction() const noexcept { return {}; }

  template <typename U>
  bool operator==(const ArenaAllocator<U>& o) const noexcept {
    return arena_ == o.arena();
  }

 private:
  FieldArena* arena_ = nullptr;
};

}  // namespace switchyard::http
