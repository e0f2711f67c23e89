// The process's file-descriptor limit (RLIMIT_NOFILE), which bounds how many
// connections the gateway can hold: every client connection, upstream
// connection and open file is one descriptor.
//
// Many systems start processes with a soft limit of 1,024 under a much larger
// hard limit; a gateway left at 1,024 ran out with a thousand idle clients and
// then every new request hung in the listen queue. `serve` raises the soft
// limit to the hard one at start and logs it.
#pragma once

#include <cstdint>

namespace switchyard::http {

struct FdLimit {
  std::uint64_t before = 0;  // the soft limit the process started with
  std::uint64_t soft = 0;    // the soft limit now
  std::uint64_t hard = 0;
};

// Raises the soft limit to the hard limit (when the hard one is "unlimited",
// to the kernel's nr_open). Returns the limits before and after; on failure
// `soft` is still the old limit.
FdLimit raise_fd_limit();

// The soft limit now.
std::uint64_t current_fd_limit();

}  // namespace switchyard::http
