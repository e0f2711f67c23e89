#include "allocation_counter.hpp"

#include <cstdlib>
#include <new>

namespace {

std::size_t g_allocations = 0;  // benchmarks run on one thread

}  // namespace

namespace switchyard::bench {

std::size_t allocations() {
  return g_allocations;
}

}  // namespace switchyard::bench

// Out of line: inlined into a static initializer, g++ 12 pairs the malloc
// here with the free below and reports a mismatched new/delete.
[[gnu::noinline]] void* operator new(std::size_t n) {
  ++g_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
[[gnu::noinline]] void operator delete(void* p) noexcept {
  std::free(p);
}
[[gnu::noinline]] void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
