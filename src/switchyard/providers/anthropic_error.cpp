#include "switchyard/providers/anthropic_error.hpp"

#include <time.h>

#include <cctype>

#include "switchyard/api/anthropic/upstream_codec.hpp"
#include "switchyard/providers/upstream_error.hpp"

namespace switchyard::providers {
namespace {

constexpr std::string_view kPrefix = "anthropic-ratelimit-";
constexpr std::string_view kRemaining = "-remaining";
constexpr std::string_view kReset = "-reset";

std::string_view header(const ResponseHeaders& headers, std::string_view name) {
  for (const auto& [k, v] : headers)
    if (k == name) return v;
  return {};
}

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<std::chrono::system_clock::time_point> parse_rfc3339(std::string_view t) {
  // YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)
  if (t.size() < 20 || t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != 't') ||
      t[13] != ':' || t[16] != ':')
    return std::nullopt;
  for (auto [at, n] : {std::pair{0, 4}, {5, 2}, {8, 2}, {11, 2}, {14, 2}, {17, 2}})
    if (!digits(t.substr(at, n))) return std::nullopt;
  struct tm tm = {};
  tm.tm_year = number(t.substr(0, 4)) - 1900;
  tm.tm_mon = number(t.substr(5, 2)) - 1;
  tm.tm_mday = number(t.substr(8, 2));
  tm.tm_hour = number(t.substr(11, 2));
  tm.tm_min = number(t.substr(14, 2));
  tm.tm_sec = number(t.substr(17, 2));
  if (tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 || tm.tm_min > 59 ||
      tm.tm_sec > 60)
    return std::nullopt;
  std::size_t i = 19;
  std::chrono::milliseconds fraction{0};
  if (i < t.size() && t[i] == '.') {
    std::size_t j = ++i;
    while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
    if (j == i) return std::nullopt;
    int ms = 0;
    for (std::size_t k = i; k < i + 3; ++k) ms = ms * 10 + (k < j ? t[k] - '0' : 0);
    fraction = std::chrono::milliseconds(ms);
    i = j;
  }
  long offset = 0;
  const std::string_view zone = t.substr(i);
  if (zone == "Z" || zone == "z") {
    offset = 0;
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' &&
             digits(zone.substr(1, 2)) && digits(zone.substr(4, 2))) {
    offset = (number(zone.substr(1, 2)) * 60L + number(zone.substr(4, 2))) * 60L;
    if (zone[0] == '-') offset = -offset;
  } else {
    return std::nullopt;
  }
  const time_t at = timegm(&tm);
  if (at == static_cast<time_t>(-1)) return std::nullopt;
  return std::chrono::system_clock::from_time_t(at - offset) + fraction;
}

std::optional<std::chrono::milliseconds> anthropic_rate_limit_wait(
    const ResponseHeaders& headers, std::chrono::system_clock::time_point now) {
  std::optional<std::chrono::milliseconds> wait;
  for (const auto& [name, value] : headers) {
    if (!name.starts_with(kPrefix) || !name.ends_with(kRemaining)) continue;
    std::string_view v = value;
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    if (v != "0") continue;  // this limit is not the one exhausted
    std::string reset(name.substr(0, name.size() - kRemaining.size()));
    reset += kReset;
    const auto when = parse_rfc3339(header(headers, reset));
    if (!when) continue;
    auto ms = when <= now ? std::chrono::milliseconds(0)
                          : std::chrono::duration_cast<std::chrono::milliseconds>(*when - now);
    ms = std::min<std::chrono::milliseconds>(ms, std::chrono::hours(24));
    if (!wait || ms > *wait) wait = ms;
  }
  return wait;
}

core::Error anthropic_upstream_error(int status, std::string_view body,
                                     std::string_view retry_after, const ResponseHeaders& headers,
                                     std::string_view key) {
  core::Error e = api::anthropic::decode_upstream_error(status, body);
  scrub_secrets(e, key);
  if (status == 401 || status == 403) return rejected_credentials(status, e.message);
  const auto now = std::chrono::system_clock::now();
  e.retry_after = parse_retry_after(retry_after, now);
  if (!e.retry_after && status == 429) e.retry_after = anthropic_rate_limit_wait(headers, now);
  return e;
}

}  // namespace switchyard::providers
