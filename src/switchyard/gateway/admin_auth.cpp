#include "switchyard/gateway/admin_auth.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <stdexcept>

namespace switchyard::gateway {
namespace {

std::array<unsigned char, 32> sha256(std::string_view s) {
  std::array<unsigned char, 32> d{};
  unsigned int n = 0;
  if (EVP_Digest(s.data(), s.size(), d.data(), &n, EVP_sha256(), nullptr) != 1 || n != d.size())
    throw std::runtime_error("SHA-256 failed");
  return d;
}

core::Error unauthorized(std::string message) {
  return {core::ErrorKind::authentication, 401, std::move(message), {}, "invalid_admin_key", false};
}

}  // namespace

AdminAuth::AdminAuth(const config::AdminConfig& cfg)
    : enabled_(!cfg.key.empty()), key_env_(cfg.key_env) {
  if (enabled_) digest_ = sha256(cfg.key);
}

std::optional<core::Error> AdminAuth::check(const http::Request& req) const {
  const auto it = req.find(http::bhttp::field::authorization);
  return check_authorization(it == req.end() ? std::string_view() : it->value());
}

std::optional<core::Error> AdminAuth::check_authorization(std::string_view authorization) const {
  if (!enabled_)
    return core::Error{core::ErrorKind::unavailable,
                       503,
                       "The admin API is off: no admin key is set. Set the environment variable " +
                           key_env_ +
                           " to a secret (e.g. `openssl rand -hex 32`) and restart the gateway, "
                           "then send it as 'Authorization: Bearer <admin key>'.",
                       {},
                       "admin_disabled",
                       false};
  if (authorization.empty())
    return unauthorized(
        "The admin API needs the admin key: send 'Authorization: Bearer <admin key>' with the "
        "value of the environment variable " +
        key_env_ + ".");
  constexpr std::string_view kScheme = "bearer ";
  bool bearer = authorization.size() > kScheme.size();
  for (std::size_t i = 0; bearer && i < kScheme.size(); ++i)
    bearer = (authorization[i] | 0x20) == kScheme[i];
  if (!bearer)
    return unauthorized(
        "The Authorization header must be 'Bearer <admin key>' (the value of the environment "
        "variable " +
        key_env_ + ").");
  std::string_view key = authorization.substr(kScheme.size());
  while (!key.empty() && key.front() == ' ') key.remove_prefix(1);
  while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
  const auto presented = sha256(key);
  if (CRYPTO_memcmp(presented.data(), digest_.data(), digest_.size()) != 0)
    return unauthorized("The admin key is wrong: send the value of the environment variable " +
                        key_env_ + " as 'Authorization: Bearer <admin key>'.");
  return std::nullopt;
}

}  // namespace switchyard::gateway
