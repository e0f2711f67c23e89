// Who may use the admin API (/admin/...): whoever sends the admin key as
// `Authorization: Bearer <key>`. The key comes from the environment variable
// that admin.key_env names (default SWITCHYARD_ADMIN_KEY), read at load.
//
// Only a SHA-256 digest of the key is kept, and a presented key is compared
// by its digest with CRYPTO_memcmp: the time taken says nothing about how
// much of a guess was right, nor about the key's length. Neither key appears
// in any message.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::gateway {

class AdminAuth {
 public:
  explicit AdminAuth(const config::AdminConfig& cfg);

  // False when no admin key is set: every admin path then answers 503.
  bool enabled() const { return enabled_; }

  // nullopt when `req` carries the admin key. Otherwise the error to send
  // (the OpenAI error format, whatever the admin path): 503 admin_disabled
  // naming the variable to set when there is no admin key; 401
  // invalid_admin_key when the header is missing or the key is wrong.
  std::optional<core::Error> check(const http::Request& req) const;
  // The same, for the Authorization header's value ("" when absent).
  std::optional<core::Error> check_authorization(std::string_view authorization) const;

 private:
  bool enabled_ = false;
  std::string key_env_;
  std::array<unsigned char, 32> digest_{};
};

}  // namespace switchyard::gateway
