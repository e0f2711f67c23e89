#include "switchyard/keys/virtual_key.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <stdexcept>

namespace switchyard::keys {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void random_bytes(unsigned char* out, std::size_t n) {
  if (RAND_bytes(out, static_cast<int>(n)) != 1)
    throw std::runtime_error("the system's random source failed; no key was made");
}

bool is_lower_hex(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool VirtualKey::allows_model(std::string_view alias) const {
  return policy.models.empty() ||
         std::find(policy.models.begin(), policy.models.end(), alias) != policy.models.end();
}

std::string to_hex(const unsigned char* data, std::size_t n) {
  std::string out;
  out.reserve(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    out += kHex[data[i] >> 4];
    out += kHex[data[i] & 15];
  }
  return out;
}

bool from_hex(std::string_view hex, unsigned char* out, std::size_t n) {
  if (hex.size() != 2 * n) return false;
  for (std::size_t i = 0; i < n; ++i) {
    const int hi = hex_value(hex[2 * i]);
    const int lo = hex_value(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = static_cast<unsigned char>(hi << 4 | lo);
  }
  return true;
}

std::string new_key_id() {
  unsigned char bytes[kKeyIdLength / 2];
  random_bytes(bytes, sizeof bytes);
  return to_hex(bytes, sizeof bytes);
}

NewSecret new_secret(std::string_view id) {
  unsigned char secret[kSecretHexLength / 2];
  random_bytes(secret, sizeof secret);
  NewSecret s;
  s.key.reserve(kKeyLength);
  s.key.append(kKeyPrefix).append(id).append("-").append(to_hex(secret, sizeof secret));
  OPENSSL_cleanse(secret, sizeof secret);
  random_bytes(s.salt.data(), s.salt.size());
  s.digest = key_digest(s.salt, s.key);
  return s;
}

Digest key_digest(const Salt& salt, std::string_view key) {
  static constexpr std::string_view kTag = "switchyard-virtual-key-v1";
  Digest d{};
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  unsigned int n = 0;
  const bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1 &&
                  EVP_DigestUpdate(ctx, kTag.data(), kTag.size()) == 1 &&
                  EVP_DigestUpdate(ctx, salt.data(), salt.size()) == 1 &&
                  EVP_DigestUpdate(ctx, key.data(), key.size()) == 1 &&
                  EVP_DigestFinal_ex(ctx, d.data(), &n) == 1 && n == d.size();
  EVP_MD_CTX_free(ctx);
  if (!ok) throw std::runtime_error("SHA-256 failed");
  return d;
}

std::optional<std::string_view> key_id_of(std::string_view key) {
  if (key.size() != kKeyLength || !key.starts_with(kKeyPrefix)) return std::nullopt;
  const std::string_view id = key.substr(kKeyPrefix.size(), kKeyIdLength);
  const std::string_view rest = key.substr(kKeyPrefix.size() + kKeyIdLength);
  if (rest.front() != '-' || !is_lower_hex(id) || !is_lower_hex(rest.substr(1)))
    return std::nullopt;
  return id;
}

bool matches(const VirtualKey& vk, std::string_view key) {
  const Digest d = key_digest(vk.salt, key);
  return CRYPTO_memcmp(d.data(), vk.digest.data(), d.size()) == 0;
}

}  // namespace switchyard::keys
