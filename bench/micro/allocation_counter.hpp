// Heap allocations made by this benchmark binary: operator new is replaced
// once, in allocation_counter.cpp, and counts every call. Benchmarks that
// report allocations per operation read the count before and after.
#pragma once

#include <cstddef>

namespace switchyard::bench {

// Calls to operator new so far (benchmarks run on one thread).
std::size_t allocations();

}  // namespace switchyard::bench
