// The privacy guarantee under attack: thousands of requests carrying
// restricted and confidential values in every position a request has (every
// modelled field, unknown fields at several depths, keys), in every encoding
// (plain, \u escapes, JSON inside a string, cut across messages and parts),
// streaming and not, while the cloud deployments fail, cut streams, answer
// garbage and fall back to other cloud deployments and to local ones. The
// cloud fake records every body it receives: no restricted value may appear
// there in any spelling, and no confidential value unredacted.
//
// A fixed seed runs in `make test`; a longer run (docs/reliability.md):
//   SWITCHYARD_PRIVACY_FUZZ_SEED=7 SWITCHYARD_PRIVACY_FUZZ_ITERATIONS=100000
//   build/tests/gateway_tests --gtest_filter='PrivacyFuzz*'
#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <cstdlib>
#include <mutex>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "fakes/fake_openai_upstream.hpp"
#include "gateway/privacy_positions.hpp"
#include "gateway/privacy_values.hpp"
#include "privacy/detector_checks.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::gateway {
namespace {

using testing::alnum_only;
using testing::encode_value;
using testing::Encoding;
using testing::FakeOpenAIUpstream;
using testing::leaked;

std::uint64_t env_number(const char* name, std::uint64_t fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::strtoull(v, nullptr, 10) : fallback;
}

const char* fake_env(const char* name) {
  return std::string_view(name) == "CLOUD_KEY" ? "sk-cloud-secret" : nullptr;
}

const privacy::Detector& detector() {
  static const privacy::Detector d;
  return d;
}

using Rng = std::mt19937_64;

std::string digits(Rng& rng, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += static_cast<char>('0' + rng() % 10);
  return s;
}

// Values the detector finds on their own, each one new.
std::string make_ssn(Rng& rng) {
  int area;
  do area = static_cast<int>(1 + rng() % 899);
  while (area == 666);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%03d-%02d-%04d", area, static_cast<int>(1 + rng() % 99),
                static_cast<int>(1 + rng() % 9999));
  return buf;
}

std::string make_card(Rng& rng) {
  std::string d = (rng() % 2 ? "4" : "5" + std::to_string(1 + rng() % 5)) + "";
  d += digits(rng, 15 - static_cast<int>(d.size()));
  int sum = 0;  // Luhn check digit
  for (std::size_t i = 0; i < d.size(); ++i) {
    int v = d[d.size() - 1 - i] - '0';
    if (i % 2 == 0) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  d += static_cast<char>('0' + (10 - sum % 10) % 10);
  switch (rng() % 3) {
    case 0:
      return d;
    case 1:
      return d.substr(0, 4) + " " + d.substr(4, 4) + " " + d.substr(8, 4) + " " + d.substr(12);
    default:
      return d.substr(0, 4) + "-" + d.substr(4, 4) + "-" + d.substr(8, 4) + "-" + d.substr(12);
  }
}

std::string make_iban(Rng& rng) {
  const std::string bban = digits(rng, 18);
  // Check digits: 98 - (BBAN + "DE00" as digits) mod 97, "D"=13, "E"=14.
  const std::string n = bban + "131400";
  int mod = 0;
  for (char c : n) mod = (mod * 10 + (c - '0')) % 97;
  char check[8];
  std::snprintf(check, sizeof check, "%02d", 98 - mod);
  const std::string iban = std::string("DE") + check + bban;
  if (rng() % 2) return iban;
  std::string grouped;
  for (std::size_t i = 0; i < iban.size(); i += 4) grouped += (i ? " " : "") + iban.substr(i, 4);
  return grouped;
}

std::string make_secret(Rng& rng) {
  static const char kUpper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static const char kAlnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  std::string s = rng() % 2 ? "AKIA" : "ghp_";
  const bool aws = s[0] == 'A';
  for (int i = 0; i < (aws ? 16 : 36); ++i) s += aws ? kUpper[rng() % 32] : kAlnum[rng() % 62];
  return s;
}

std::string make_email(Rng& rng, std::uint64_t i) {
  static const char* kNames[] = {"jane.doe", "a.kowalski", "li.wei", "m.garcia", "o.smith"};
  return std::string(kNames[rng() % 5]) + std::to_string(i) + "@example.org";
}

enum class Kind { ssn, card, iban, secret, email, none };

// A value of `kind` the detector finds on its own, so a leak is the
// gateway's fault and not the detector's recall.
std::string make_value(Kind kind, Rng& rng, std::uint64_t i) {
  const auto expected = kind == Kind::ssn     ? privacy::EntityType::us_ssn
                        : kind == Kind::card  ? privacy::EntityType::credit_card
                        : kind == Kind::iban  ? privacy::EntityType::iban_code
                        : kind == Kind::email ? privacy::EntityType::email_address
                                              : privacy::EntityType::secret;
  for (;;) {
    std::string v = kind == Kind::ssn     ? make_ssn(rng)
                    : kind == Kind::card  ? make_card(rng)
                    : kind == Kind::iban  ? make_iban(rng)
                    : kind == Kind::email ? make_email(rng, i)
                                          : make_secret(rng);
    const auto found = detector().scan(v);
    if (found.size() == 1 && found[0].type == expected && found[0].start == 0 &&
        found[0].end == v.size())
      return v;
  }
}

// A random key with random case: unknown fields are named anything.
std::string random_key(Rng& rng) {
  static const char* kKeys[] = {"note", "ctx", "payload", "Data", "X-Extra", "TRACE", "meta"};
  std::string k = kKeys[rng() % 7];
  for (char& c : k)
    if (rng() % 3 == 0 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return k;
}

struct Built {
  std::string body;
  bool embeddings = false;
  // An e-mail address respelled: its local part as written.
  std::string written_local;
};

// `value` as prose puts it, half the time: between Unicode quotes or
// brackets, after a no-break space, a dash or a full-width colon, or
// against Japanese or Korean text (which put no space before a value).
std::string enclosed(Rng& rng, const std::string& value) {
  static const std::pair<const char*, const char*> kEnclosures[] = {
      {"“", "”"},         {"«", "»"},          {"„", "“"},  {"「", "」"},
      {"（", "）"},       {"\u00a0", " "},     {"— ", "."}, {"：", "。"},
      {"番号は", "です"}, {"번호:", "입니다"}, {"• ", ";"}};
  if (rng() % 2) return value;
  const auto& [open, close] = kEnclosures[rng() % std::size(kEnclosures)];
  return open + value + close;
}

// `value` with some of its letters (each one half the time, at least one
// where there is any) written in Cyrillic or Greek letters that look the
// same ("АKIA…" with a Cyrillic А, "DΕ89…" with a Greek Epsilon), and its
// zeros as a Cyrillic or Greek capital O.
std::string with_homoglyphs(Rng& rng, const std::string& value) {
  static const std::unordered_map<char, std::vector<const char*>> kLookAlikes = {
      {'A', {"\u0410", "\u0391"}}, {'a', {"\u0430"}},           {'B', {"\u0412", "\u0392"}},
      {'C', {"\u0421"}},           {'c', {"\u0441"}},           {'E', {"\u0415", "\u0395"}},
      {'e', {"\u0435"}},           {'H', {"\u041d", "\u0397"}}, {'I', {"\u0406", "\u0399"}},
      {'i', {"\u0456"}},           {'J', {"\u0408"}},           {'j', {"\u0458"}},
      {'K', {"\u041a", "\u039a"}}, {'M', {"\u041c", "\u039c"}}, {'N', {"\u039d"}},
      {'O', {"\u041e", "\u039f"}}, {'o', {"\u043e", "\u03bf"}}, {'P', {"\u0420", "\u03a1"}},
      {'p', {"\u0440"}},           {'S', {"\u0405"}},           {'s', {"\u0455"}},
      {'T', {"\u0422", "\u03a4"}}, {'X', {"\u0425", "\u03a7"}}, {'x', {"\u0445"}},
      {'y', {"\u0443"}},           {'Z', {"\u0396"}},           {'0', {"\u041e", "\u039f"}}};
  std::vector<std::size_t> replaceable;
  for (std::size_t k = 0; k < value.size(); ++k)
    if (kLookAlikes.count(value[k])) replaceable.push_back(k);
  if (replaceable.empty()) return value;
  const std::size_t always = replaceable[rng() % replaceable.size()];
  std::string out;
  for (std::size_t k = 0; k < value.size(); ++k) {
    const auto it = kLookAlikes.find(value[k]);
    if (it == kLookAlikes.end() || (k != always && rng() % 2)) {
      out += value[k];
      continue;
    }
    out += it->second[rng() % it->second.size()];
  }
  return out;
}

// `value` with part of it inside an HTML element ("536<b>-22</b>-1234",
// "john<span class='x'>.doe</span>@example.com"), as a page or a rich-text
// editor's HTML carries it; or, one time in four, whole in an inline
// element's attribute ('<span data-value="…">', "<span title='…'>"), which the
// fold that joins split values drops.
std::string with_markup(Rng& rng, const std::string& value) {
  if (rng() % 4 == 0) {
    static const std::array<std::pair<const char*, const char*>, 3> kAttributes = {
        {{"<span data-value=\"", "\">value</span>"},
         {"<span title='", "'>on file</span>"},
         {"<a href=\"https://example.com/?q=", "\">link</a>"}}};
    const auto& [open, close] = kAttributes[rng() % kAttributes.size()];
    return std::string(open) + value + close;
  }
  static const std::array<std::pair<const char*, const char*>, 6> kElements = {
      {{"<b>", "</b>"},
       {"<i>", "</i>"},
       {"<span>", "</span>"},
       {"<span class='x'>", "</span>"},
       {"<strong>", "</strong>"},
       {"<font color='red'>", "</font>"}}};
  const auto& [open, close] = kElements[rng() % kElements.size()];
  const std::size_t from = 1 + rng() % (value.size() - 2);
  const std::size_t to = from + 1 + rng() % (value.size() - from - 1);
  return value.substr(0, from) + open + value.substr(from, to - from) + close + value.substr(to);
}

// `value` spelled so that it reads the same but is no longer its ASCII
// bytes, six times in eight: in full-width forms (as a Japanese or Chinese
// keyboard types it), with a zero-width space or a soft hyphen inside, with
// Unicode hyphens and no-break spaces for its separators, in the digits of
// another script (as an Arabic, Persian, Hindi or Thai keyboard types them),
// percent-encoded (as a link carries it), as HTML character references,
// with Cyrillic and Greek look-alikes for some of its letters (homoglyphs),
// or split by HTML tags.
std::string respelled(Rng& rng, const std::string& value) {
  std::string out;
  switch (rng() % 10) {
    case 0:  // full-width: U+FF01..U+FF5E for '!'..'~'
      for (char c : value)
        out += c <= ' ' || c > '~' ? std::string(1, c)
                                   : privacy::checks::utf8_of(static_cast<char32_t>(c) + 0xFEE0);
      return out;
    case 1:  // a zero-width space, or a soft hyphen, after its third byte
      return value.substr(0, 3) + (rng() % 2 ? "\u200b" : "\u00ad") + value.substr(3);
    case 2:  // Unicode hyphens and no-break spaces for its separators
      for (char c : value) out += c == '-' ? "\u2010" : c == ' ' ? "\u00a0" : std::string(1, c);
      return out;
    case 3: {  // the digits of another script: Arabic-Indic, Persian, Devanagari or Thai
      const char32_t zero = std::array<char32_t, 4>{0x0660, 0x06F0, 0x0966, 0x0E50}[rng() % 4];
      for (char c : value) {
        if (c < '0' || c > '9') {
          out += c;
          continue;
        }
        out += privacy::checks::utf8_of(zero + static_cast<char32_t>(c - '0'));
      }
      return out;
    }
    case 4:  // percent-encoded as a link carries it: all but letters and digits
      for (char c : value) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          out += c;
          continue;
        }
        static constexpr char kHex[] = "0123456789ABCDEF";
        out += '%';
        out += kHex[static_cast<unsigned char>(c) >> 4];
        out += kHex[static_cast<unsigned char>(c) & 15];
      }
      return out;
    case 5:  // HTML character references for all but letters and digits
      for (char c : value) {
        const bool alnum =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        out += alnum ? std::string(1, c) : "&#" + std::to_string(static_cast<int>(c)) + ";";
      }
      return out;
    case 6:
      return with_homoglyphs(rng, value);
    case 7:
      return with_markup(rng, value);
    default:
      return value;
  }
}

// An e-mail address as people write it to hide it from harvesters, split by
// markup or with look-alike letters, half the time; and the spelling of its
// local part (what must not reach the cloud).
std::pair<std::string, std::string> respelled_email(Rng& rng, const std::string& value) {
  const std::size_t at = value.find('@');
  const std::string local = value.substr(0, at), domain = value.substr(at + 1);
  // [at] and [dot], (at) and (dot), {at} and {dot}, the words, [.] after "@"
  static const std::array<std::pair<const char*, const char*>, 8> kMarks = {{{" [at] ", " [dot] "},
                                                                             {"[at]", "[dot]"},
                                                                             {" (at) ", " (dot) "},
                                                                             {"(at)", "(dot)"},
                                                                             {" {at} ", " {dot} "},
                                                                             {" at ", " dot "},
                                                                             {" AT ", " DOT "},
                                                                             {"@", "[.]"}}};
  switch (rng() % 6) {
    case 0:
    case 1:
    case 2: {
      const auto& [at_mark, dot_mark] = kMarks[rng() % kMarks.size()];
      std::string d;
      for (char c : domain) d += c == '.' ? std::string(dot_mark) : std::string(1, c);
      return {local + at_mark + d, local};
    }
    case 3: {
      const std::string s = with_homoglyphs(rng, value);
      return {s, s.substr(0, s.find('@'))};
    }
    case 4: {
      const std::string s = with_markup(rng, value);
      return {s, s.substr(0, s.find('@'))};
    }
    default:
      return {value, local};
  }
}

// One request carrying `value` (empty: nothing to find) somewhere; a
// restricted value (`respell`) and an e-mail address (`email`) also in
// other spellings.
Built build_request(Rng& rng, const std::string& alias, const std::string& marker,
                    const std::string& value, bool stream, bool respell, bool email) {
  const std::vector<Encoding> encodings = {Encoding::plain, Encoding::unicode,
                                           Encoding::some_unicode, Encoding::json_in_string};
  const Encoding enc = encodings[rng() % encodings.size()];
  const std::string intro = R"({"role":"system","content":"request )" + marker + R"( "},)";
  Built out;
  // Enclosed only where its bytes are written as they are (the escaping
  // encodings escape byte by byte, which would spell other letters).
  auto shown = [&] {
    if (enc != Encoding::plain && enc != Encoding::some_unicode) return value;
    if (email) {
      auto [written, local] = respelled_email(rng, value);
      out.written_local = std::move(local);
      return enclosed(rng, written);
    }
    return enclosed(rng, respell ? respelled(rng, value) : value);
  };
  const int shape = static_cast<int>(rng() % 10);
  if (value.empty()) {
    out.body = R"({"model":")" + alias + R"(","messages":[)" + intro +
               R"({"role":"user","content":"What is the capital of France?"}]})";
  } else if (shape == 0) {
    // Cut across two messages or two parts, each half encoded on its own.
    const std::size_t cut = 1 + rng() % (value.size() - 1);
    const Encoding half = rng() % 2 ? Encoding::plain : Encoding::unicode;
    const std::string a = "my number is " + value.substr(0, cut);
    const std::string b = value.substr(cut) + " thanks";
    const std::string ea = "\"" + encode_value(a, half, false) + "\"";
    const std::string eb = "\"" + encode_value(b, half, false) + "\"";
    if (rng() % 2) {
      out.body = R"({"model":")" + alias + R"(","messages":[)" + intro +
                 R"({"role":"user","content":)" + ea + R"(},{"role":"user","content":)" + eb +
                 "}]}";
    } else {
      out.body = R"({"model":")" + alias + R"(","messages":[)" + intro +
                 R"({"role":"user","content":[{"type":"text","text":)" + ea +
                 R"(},{"type":"text","text":)" + eb + "}]}]}";
    }
  } else if (shape == 1) {
    // An unknown field 1 to 6 levels deep, keys in any case.
    std::string v = "\"" + encode_value(shown(), enc, false) + "\"";
    const int depth = static_cast<int>(1 + rng() % 6);
    for (int d = 0; d < depth; ++d)
      v = rng() % 3 ? "{\"" + random_key(rng) + "\":" + v + "}" : "[1," + v + ",null]";
    out.body = R"({"model":")" + alias + R"(","messages":[)" + intro +
               R"({"role":"user","content":"hello"}],")" + random_key(rng) + "_x\":" + v + "}";
  } else if (shape == 2) {
    // Embeddings: an input, `user`, or an unknown field.
    out.embeddings = true;
    const std::string v = "\"" + encode_value(shown(), enc, false) + "\"";
    const int where = static_cast<int>(rng() % 3);
    out.body = R"({"model":")" + alias + R"(","input":["request )" + marker + "\"" +
               (where == 0 ? "," + v : "") + "]" + (where == 1 ? ",\"user\":" + v : "") +
               (where == 2 ? ",\"x\":{\"y\":[" + v + "]}" : "") + "}";
    return out;
  } else {
    const auto& positions = testing::chat_positions();
    const testing::Position& p = positions[rng() % positions.size()];
    const bool nested = std::string_view(p.name).find("arguments") != std::string_view::npos;
    out.body = testing::fill(p.body, encode_value(shown(), enc, nested));
    out.body.replace(out.body.find(R"("model":"m")"), 11, R"("model":")" + alias + "\"");
    out.body.insert(out.body.find(R"("messages":[)") + 12, intro);
  }
  if (stream && out.body.find(R"("stream":true)") == std::string::npos)
    out.body.insert(out.body.size() - 1, R"(,"stream":true)");
  return out;
}

// Deployments whose cloud side fails in every way the fake knows, and falls
// back to another cloud deployment and to a local one.
const char* kModels =
    "  - alias: cloud-first\n    deployments:\n"
    "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: c-ok }\n"
    "      - { provider: local, model: gpt-4o-mini, side: local, name: l-ok }\n"
    "  - alias: cloud-chain\n    deployments:\n"
    "      - { provider: cloud, model: error-500, side: cloud, name: c-500 }\n"
    "      - { provider: cloud-b, model: flaky-400-chain, side: cloud, name: cb-flaky }\n"
    "      - { provider: local, model: gpt-4o-mini, side: local, name: l-ok2 }\n"
    "  - alias: cloud-cut\n    deployments:\n"
    "      - { provider: cloud, model: disconnect-mid-stream, side: cloud, name: c-cut }\n"
    "      - { provider: cloud-b, model: garbage, side: cloud, name: cb-garbage }\n"
    "      - { provider: local, model: gpt-4o-mini, side: local, name: l-ok3 }\n"
    "  - alias: cloud-429\n    deployments:\n"
    "      - { provider: cloud, model: error-429, side: cloud, name: c-429 }\n"
    "      - { provider: cloud-b, model: gpt-4o-mini, side: cloud, name: cb-ok }\n"
    "      - { provider: local, model: gpt-4o-mini, side: local, name: l-ok4 }\n"
    "  - alias: cloud-only\n    deployments:\n"
    "      - { provider: cloud, model: flaky-300-only, side: cloud, name: c-flaky }\n"
    "  - alias: local-failing\n    deployments:\n"
    "      - { provider: local, model: error-503, side: local, name: l-503 }\n"
    "      - { provider: cloud, model: gpt-4o-mini, side: cloud, name: c-ok5 }\n"
    "  - alias: local-cut\n    deployments:\n"
    "      - { provider: local, model: disconnect-mid-stream, side: local, name: l-cut }\n"
    "      - { provider: cloud-b, model: gpt-4o-mini, side: cloud, name: cb-ok6 }\n";

TEST(PrivacyFuzz, NoRestrictedValueReachesTheCloudInAnySpelling) {
  const std::uint64_t seed = env_number("SWITCHYARD_PRIVACY_FUZZ_SEED", 20261203);
  const std::uint64_t iterations = env_number("SWITCHYARD_PRIVACY_FUZZ_ITERATIONS", 3000);
  FakeOpenAIUpstream local, cloud;
  local.start();
  cloud.start();
  testing::TempLedger ledger("switchyard-privacy-fuzz");
  const std::string yaml =
      testing::loopback_server_yaml(2) +
      "providers:\n"
      "  - { name: local, kind: openai_compatible, base_url: '" +
      local.base_url() + "/v1', timeout_ms: 3000 }\n" +
      "  - { name: cloud, kind: openai_compatible, base_url: '" + cloud.base_url() +
      "/v1', api_key_env: CLOUD_KEY, timeout_ms: 3000 }\n" +
      "  - { name: cloud-b, kind: openai_compatible, base_url: '" + cloud.base_url() +
      "/v1', api_key_env: CLOUD_KEY, timeout_ms: 3000 }\n" + "models:\n" + kModels +
      "routing:\n  retry: { max_attempts: 2, initial_backoff_ms: 1, max_backoff_ms: 2 }\n" +
      ledger.yaml();
  testing::LoopbackGateway gateway;
  ASSERT_NO_FATAL_FAILURE(gateway.start(yaml, fake_env, "fuzz.yaml"));

  const std::vector<std::string> aliases = {"cloud-first", "cloud-chain", "cloud-cut",
                                            "cloud-429",   "cloud-only",  "local-failing",
                                            "local-cut"};
  struct Sent {
    std::string marker, value, written_local;
    Kind kind;
  };
  std::vector<Sent> sent(iterations);
  std::mutex problems_mutex;
  std::string problems;
  std::atomic<int> problem_count{0};
  auto problem = [&](const std::string& what) {
    std::lock_guard<std::mutex> lock(problems_mutex);
    if (problem_count++ < 20) problems += what + "\n";
  };

  // Every restricted value, separators dropped, by length: a body is
  // searched for all of them, not only its own request's.
  std::vector<std::string> stripped;
  stripped.reserve(iterations);  // views into it stay valid
  std::unordered_set<std::string_view> restricted_values;
  std::unordered_set<std::size_t> lengths;
  std::unordered_map<std::string, const Sent*> by_marker;
  std::size_t restricted_reached = 0, confidential_leaked = 0, cloud_bodies = 0;

  // Checks what reached the cloud so far, and clears it (the fake keeps
  // only the last 10,000 requests; clearing also resets the flaky counters,
  // so those faults come back).
  auto check_cloud = [&] {
    const auto bodies = cloud.requests();
    cloud.reset();
    cloud_bodies += bodies.size();
    for (const auto& rec : bodies) {
      const std::string& body = rec.body;
      // The body's own request.
      const std::size_t m = body.find("request mk");
      if (m != std::string::npos) {
        const std::size_t end = body.find('q', m + 10);
        auto it = by_marker.find(body.substr(m + 8, end - (m + 8) + 1));
        if (it != by_marker.end()) {
          const Sent& s = *it->second;
          if (s.kind != Kind::email && s.kind != Kind::none) {
            ++restricted_reached;
            problem("a restricted request reached the cloud: " + body);
          } else if (s.kind == Kind::email &&
                     (leaked(body, s.value) || leaked(body, s.value.substr(0, s.value.find('@'))) ||
                      (!s.written_local.empty() && leaked(body, s.written_local)))) {
            ++confidential_leaked;
            problem("a confidential value reached the cloud unredacted: " + body);
          }
        }
      }
      // Every restricted value, in every spelling: as sent, with escapes
      // undone at every level, with separators dropped.
      const privacy::UnescapedText decoded(body, 32);
      for (const std::string& text : {alnum_only(body), alnum_only(decoded.text())}) {
        for (std::size_t len : lengths) {
          for (std::size_t at = 0; at + len <= text.size(); ++at) {
            if (restricted_values.count(std::string_view(text).substr(at, len))) {
              ++restricted_reached;
              problem("restricted value " + text.substr(at, len) + " in a cloud body: " + body);
            }
          }
        }
      }
    }
  };

  constexpr std::uint64_t kBatch = 2000;
  for (std::uint64_t from = 0; from < iterations; from += kBatch) {
    const std::uint64_t to = std::min(iterations, from + kBatch);
    std::atomic<std::uint64_t> next{from};
    auto worker = [&] {
      for (std::uint64_t i; (i = next.fetch_add(1)) < to;) {
        Rng rng(seed * 1000003 + i);  // each request the same whatever the threads do
        const int roll = static_cast<int>(rng() % 20);
        const Kind kind = roll < 3    ? Kind::ssn
                          : roll < 6  ? Kind::card
                          : roll < 8  ? Kind::iban
                          : roll < 11 ? Kind::secret
                          : roll < 17 ? Kind::email
                                      : Kind::none;
        Sent& s = sent[i];
        s.kind = kind;
        s.marker = "mk" + std::to_string(i) + "q";
        if (kind != Kind::none) s.value = make_value(kind, rng, i);
        const std::string& alias = aliases[rng() % aliases.size()];
        const bool stream = rng() % 2 == 0;
        const Built b =
            build_request(rng, alias, s.marker, s.value, stream,
                          kind != Kind::email && kind != Kind::none, kind == Kind::email);
        s.written_local = b.written_local;
        auto r = gateway.post(b.embeddings ? "/v1/embeddings" : "/v1/chat/completions", b.body);
        const bool restricted = kind != Kind::email && kind != Kind::none;
        if (r.status == 400) problem("400 for a valid request: " + r.body + "\n  " + b.body);
        if (restricted && r.status == 200 && r.header("x-switchyard-side") != "local")
          problem("restricted served by " + r.header("x-switchyard-side") + ": " + b.body);
        if (restricted && r.header("x-switchyard-data-class") != "restricted")
          problem("restricted classed '" + r.header("x-switchyard-data-class") + "': " + b.body);
      }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) threads.emplace_back(worker);
    for (auto& t : threads) t.join();
    for (std::uint64_t i = from; i < to; ++i) {
      const Sent& s = sent[i];
      by_marker.emplace(s.marker, &s);
      if (s.kind == Kind::email || s.kind == Kind::none) continue;
      stripped.push_back(alnum_only(s.value));
      restricted_values.insert(stripped.back());
      lengths.insert(stripped.back().size());
    }
    check_cloud();
  }
  gateway.stop();
  EXPECT_GT(cloud_bodies, iterations / 10) << "the cloud should have served the other traffic";
  EXPECT_EQ(restricted_reached, 0u);
  EXPECT_EQ(confidential_leaked, 0u);
  EXPECT_EQ(problem_count.load(), 0) << problems;
  std::printf("privacy fuzz: seed %llu, %llu requests, %zu bodies reached the cloud\n",
              static_cast<unsigned long long>(seed), static_cast<unsigned long long>(iterations),
              cloud_bodies);
  local.shutdown();
  cloud.shutdown();
}

}  // namespace
}  // namespace switchyard::gateway
