// Incremental SHA-256 (OpenSSL EVP), for checking a downloaded model against
// the digest its source publishes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace switchyard::models {

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void update(const void* data, std::size_t n);
  void update(std::string_view s) { update(s.data(), s.size()); }
  // Lower-case hex of everything passed to update(); the hasher then starts over.
  std::string hex_digest();

 private:
  evp_md_ctx_st* ctx_;
};

// True for 64 hex digits (either case).
bool is_sha256_hex(std::string_view s);

// Lower-cases `s`.
std::string lower_hex(std::string_view s);

}  // namespace switchyard::models
