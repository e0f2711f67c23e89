// A virtual key: what a client presents instead of a provider's key, and the
// policy the gateway applies to every request made with it (docs/keys.md).
//
// The secret is "sk-sy-<id>-<64 hex digits>": the id (12 hex digits) is not
// secret and finds the key's row; the rest is 32 bytes from OpenSSL's
// RAND_bytes. It is shown once, at creation (or rotation), and stored only
// as a salted SHA-256 digest, so neither the database nor a backup of it
// gives the key back.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace switchyard::keys {

inline constexpr std::string_view kKeyPrefix = "sk-sy-";
inline constexpr std::size_t kKeyIdLength = 12;      // hex digits
inline constexpr std::size_t kSecretHexLength = 64;  // 32 random bytes
inline constexpr std::size_t kKeyLength = kKeyPrefix.size() + kKeyIdLength + 1 + kSecretHexLength;

using Digest = std::array<unsigned char, 32>;
using Salt = std::array<unsigned char, 16>;

// What a key allows; every limit 0 means "none".
struct KeyPolicy {
  std::string team;                 // whose key it is (the routing `team` fact)
  std::string name;                 // a label for people, e.g. "hr-chatbot"; may be ""
  std::vector<std::string> models;  // the model aliases it may use; empty: all
  // The highest data class the key's requests may send to a cloud
  // deployment; "": whatever the privacy policy allows.
  std::string max_cloud_class;
  // Every request is at least this class (an HR key: "confidential"); "": none.
  std::string default_class;
  std::int64_t rpm = 0;             // requests per minute
  std::int64_t tpm = 0;             // tokens (prompt + completion) per minute
  std::int64_t max_concurrent = 0;  // requests in flight at once
  std::int64_t expires_ms = 0;      // Unix ms after which it stops working; 0: never
  // Spend budgets in USD per UTC day and month (limits/budget_store.hpp); 0: none.
  double budget_day_usd = 0;
  double budget_month_usd = 0;
};

struct VirtualKey {
  std::string id;  // kKeyIdLength hex digits; names the key everywhere
  KeyPolicy policy;
  Salt salt{};
  Digest digest{};  // key_digest(salt, secret)
  std::int64_t created_ms = 0;
  std::int64_t rotated_ms = 0;  // when the secret was last replaced; 0: never
  std::int64_t revoked_ms = 0;  // 0: active

  bool revoked() const { return revoked_ms != 0; }
  bool expired(std::int64_t now_ms) const {
    return policy.expires_ms != 0 && now_ms >= policy.expires_ms;
  }
  bool allows_model(std::string_view alias) const;
};

// A newly made secret and what the store keeps of it.
struct NewSecret {
  std::string key;  // the whole "sk-sy-..." string, shown once
  Salt salt{};
  Digest digest{};
};

// A fresh key id (RAND_bytes). Throws std::runtime_error when the random
// source fails: a key is never made from weak randomness.
std::string new_key_id();
// A fresh secret for key `id`, with a fresh salt, and its digest.
NewSecret new_secret(std::string_view id);

// SHA-256 over a domain tag, the salt and the whole key.
Digest key_digest(const Salt& salt, std::string_view key);

// The id in a presented key, or nullopt when the text is not shaped like a
// virtual key (prefix, id, '-', 64 hex digits). Looks at the shape only.
std::optional<std::string_view> key_id_of(std::string_view key);
// Whether `key` looks like a virtual key at all (starts with kKeyPrefix).
inline bool looks_like_virtual_key(std::string_view key) {
  return key.starts_with(kKeyPrefix);
}

// True when `key` is the secret of `vk`: its digest compared in constant time.
bool matches(const VirtualKey& vk, std::string_view key);

// Hex of bytes, for storing salts and digests as text.
std::string to_hex(const unsigned char* data, std::size_t n);
// Fills `out[0..n)` from exactly 2 * n hex digits; false otherwise.
bool from_hex(std::string_view hex, unsigned char* out, std::size_t n);

}  // namespace switchyard::keys
