#include "switchyard/ledger/record.hpp"

#include <openssl/evp.h>

#include <charconv>
#include <cstdio>
#include <stdexcept>

namespace switchyard::ledger {
namespace {

class Sha256 {
 public:
  Sha256() : ctx_(EVP_MD_CTX_new()) {
    if (!ctx_ || EVP_DigestInit_ex(ctx_, EVP_sha256(), nullptr) != 1)
      throw std::runtime_error("SHA-256 is not available from OpenSSL");
  }
  ~Sha256() { EVP_MD_CTX_free(ctx_); }
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  // Length-prefixed, so ("ab","c") and ("a","bc") hash differently.
  void field(std::string_view s) {
    const std::string len = std::to_string(s.size()) + ":";
    EVP_DigestUpdate(ctx_, len.data(), len.size());
    EVP_DigestUpdate(ctx_, s.data(), s.size());
  }
  void field(std::int64_t v) { field(std::string_view(std::to_string(v))); }
  void field(double v) {
    // Printed with full precision so the text round-trips through the store.
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%.17g", v);
    field(std::string_view(buf, static_cast<std::size_t>(n)));
  }

  std::string hex() {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_DigestFinal_ex(ctx_, md, &n);
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(2 * n, '0');
    for (unsigned int i = 0; i < n; ++i) {
      out[2 * i] = digits[md[i] >> 4];
      out[2 * i + 1] = digits[md[i] & 15];
    }
    return out;
  }

 private:
  EVP_MD_CTX* ctx_;
};

// Each field as text: the record's hash has read its fields this way since
// the first ledger, so it may never change for a field already listed.
struct HashField {
  Sha256& h;
  void operator()(std::string_view, const std::string& v) { h.field(std::string_view(v)); }
  void operator()(std::string_view, std::int64_t v) { h.field(v); }
  void operator()(std::string_view, int v) { h.field(static_cast<std::int64_t>(v)); }
  void operator()(std::string_view, bool v) { h.field(static_cast<std::int64_t>(v)); }
  void operator()(std::string_view, double v) { h.field(v); }
  void operator()(std::string_view, const EntityCounts& v) {
    h.field(std::string_view(encode_entities(v)));
  }
  // A field of another type: say above how it is hashed.
  template <typename T>
  void operator()(std::string_view, const T&) = delete;
};

}  // namespace

std::string caller_fingerprint(std::string_view key) {
  if (key.empty()) return {};
  Sha256 h;
  h.field(std::string_view("switchyard-caller-v1"));
  h.field(key);
  std::string hex = h.hex();
  hex.resize(16);
  return "key:" + hex;
}

std::string chain_hash(const RequestRecord& r) {
  Sha256 h;
  h.field(std::string_view("switchyard-ledger-v1"));
  h.field(std::string_view(r.prev_hash));
  h.field(r.seq);
  for_each_field([&](const auto& field) {
    const auto& value = r.*field.member;
    if (field.appended) {
      // Unset, it is not hashed at all: records from before it keep their
      // hash. Set, its name goes first, so it cannot pass for another field.
      if (value == std::remove_cvref_t<decltype(value)>{}) return;
      h.field(field.name);
    }
    HashField{h}(field.name, value);
  });
  return h.hex();
}

std::string encode_entities(const EntityCounts& entities) {
  std::string out;
  for (const auto& [type, count] : entities) {
    if (!out.empty()) out += ',';
    out += type;
    out += '=';
    out += std::to_string(count);
  }
  return out;
}

EntityCounts decode_entities(std::string_view text) {
  EntityCounts out;
  while (!text.empty()) {
    const auto comma = text.find(',');
    const std::string_view item = text.substr(0, comma);
    const auto eq = item.find('=');
    if (eq != std::string_view::npos) {
      int count = 0;
      std::from_chars(item.data() + eq + 1, item.data() + item.size(), count);
      out.emplace_back(std::string(item.substr(0, eq)), count);
    }
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

}  // namespace switchyard::ledger
