#include "switchyard/providers/upstream_error.hpp"

#include <time.h>

#include <algorithm>
#include <cctype>

#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::providers {

namespace {

constexpr std::string_view kRedacted = "[redacted]";
// Below this a key is too short to tell from ordinary words.
constexpr std::size_t kMinKey = 8;
// Fewest visible characters of a masked key that identify it as ours.
constexpr std::size_t kMinVisible = 3;

bool token_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) != 0 || c == '-' || c == '_' || c == '*';
}

// Dots belong to a token only inside it ("sk-ab...yz"), not at a sentence end.
bool inner_dots(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && s[j] == '.') ++j;
  return j > i && j < s.size() && token_char(s[j]);
}

// [begin, end) of the token around position i.
std::pair<std::size_t, std::size_t> token_around(std::string_view s, std::size_t i) {
  std::size_t b = i;
  while (b > 0 && (token_char(s[b - 1]) || s[b - 1] == '.')) --b;
  while (b < i && s[b] == '.') ++b;  // leading dots are punctuation
  std::size_t e = i;
  while (e < s.size() && (token_char(s[e]) || inner_dots(s, e))) ++e;
  return {b, e};
}

bool iequals_at(std::string_view s, std::size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != word[k]) return false;
  return true;
}

// Replaces [b, e) of `s` and returns where scanning resumes.
std::size_t replace_span(std::string& s, std::size_t b, std::size_t e) {
  s.replace(b, e - b, kRedacted);
  return b + kRedacted.size();
}

void scrub_whole_key(std::string& s, std::string_view key) {
  for (std::size_t at = s.find(key); at != std::string::npos; at = s.find(key, at))
    at = replace_span(s, at, at + key.size());
}

// A run of '*' (or of 3+ dots) with what surrounds it in its token: ours when
// the visible ends are a prefix and a suffix of the key.
void scrub_masked_key(std::string& s, std::string_view key) {
  for (std::size_t i = 0; i < s.size();) {
    const char mask = s[i];
    if (mask != '*' && mask != '.') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && s[j] == mask) ++j;
    if (mask == '.' && j - i < 3) {
      i = j;
      continue;
    }
    std::size_t b = i;
    while (b > 0 && token_char(s[b - 1]) && s[b - 1] != '*') --b;
    std::size_t e = j;
    while (e < s.size() && token_char(s[e]) && s[e] != '*') ++e;
    const std::string_view prefix(s.data() + b, i - b);
    const std::string_view suffix(s.data() + j, e - j);
    if (prefix.size() + suffix.size() >= kMinVisible && key.starts_with(prefix) &&
        key.ends_with(suffix)) {
      auto [tb, te] = token_around(s, i);
      i = replace_span(s, std::min(tb, b), std::max(te, e));
    } else {
      i = j;
    }
  }
}

// Tokens shaped like somebody's credential.
void scrub_shapes(std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool starts_token = i == 0 || !token_char(s[i - 1]);
    if (!starts_token) continue;
    if (iequals_at(s, i, "sk-")) {
      auto [b, e] = token_around(s, i);
      if (e - b >= kMinKey) i = replace_span(s, b, e) - 1;
      continue;
    }
    if (iequals_at(s, i, "bearer") && i + 6 < s.size() && (s[i + 6] == ' ' || s[i + 6] == '\t')) {
      std::size_t t = i + 6;
      while (t < s.size() && (s[t] == ' ' || s[t] == '\t')) ++t;
      std::size_t e = t;
      // A credential runs to the next space or quote, whatever it holds.
      while (e < s.size() && !std::isspace(static_cast<unsigned char>(s[e])) && s[e] != '"' &&
             s[e] != '\'' && s[e] != ',')
        ++e;
      if (e > t && s.compare(t, kRedacted.size(), kRedacted) != 0) i = replace_span(s, t, e) - 1;
    }
  }
}

}  // namespace

std::string scrub_secrets(std::string_view text, std::string_view key) {
  std::string s(text);
  if (key.size() >= kMinKey) {
    scrub_whole_key(s, key);
    scrub_masked_key(s, key);
  }
  scrub_shapes(s);
  return s;
}

void scrub_secrets(core::Error& e, std::string_view key) {
  e.message = scrub_secrets(e.message, key);
  e.param = scrub_secrets(e.param, key);
  e.code = scrub_secrets(e.code, key);
}

std::optional<std::chrono::milliseconds> parse_retry_after(
    std::string_view value, std::chrono::system_clock::time_point now) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
    // A day is longer than any request deadline; the cap keeps the
    // arithmetic far from overflow.
    constexpr long long kCap = 86'400;
    long long seconds = 0;
    for (char c : value) {
      seconds = seconds * 10 + (c - '0');
      if (seconds > kCap) {
        seconds = kCap;
        break;
      }
    }
    return std::chrono::seconds(seconds);
  }
  // IMF-fixdate, the form RFC 9110 requires senders to use:
  // "Sun, 06 Nov 1994 08:49:37 GMT".
  const std::string text(value);
  struct tm tm = {};
  const char* end = strptime(text.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (!end || *end != '\0') return std::nullopt;
  const time_t at = timegm(&tm);
  if (at == static_cast<time_t>(-1)) return std::nullopt;
  const auto when = std::chrono::system_clock::from_time_t(at);
  if (when <= now) return std::chrono::milliseconds(0);
  return std::chrono::duration_cast<std::chrono::milliseconds>(when - now);
}

core::Error upstream_error(int status, std::string_view body, std::string_view retry_after,
                           std::string_view key) {
  core::Error e = api::openai::decode_upstream_error(status, body);
  scrub_secrets(e, key);
  e.retry_after = parse_retry_after(retry_after, std::chrono::system_clock::now());
  // The key at fault is the gateway's, not the client's: a client told
  // "401 invalid_api_key" would check the wrong key.
  if (status == 401 || status == 403) e = rejected_credentials(status, e.message);
  return e;
}

core::Error rejected_credentials(int status, std::string_view upstream_message) {
  std::string upstream_said = "HTTP " + std::to_string(status);
  if (!upstream_message.empty()) {
    upstream_said += ": ";
    upstream_said += upstream_message;
  }
  return core::Error{core::ErrorKind::upstream,
                     502,
                     "the upstream rejected the credentials the gateway sent for this deployment "
                     "(" +
                         upstream_said +
                         "); the gateway's provider key needs fixing, not the client's key",
                     {},
                     std::string(kUpstreamAuthenticationFailed),
                     false};
}

}  // namespace switchyard::providers
