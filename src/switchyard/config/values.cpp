#include "switchyard/config/values.hpp"

#include <arpa/inet.h>

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

namespace switchyard::config {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

core::Error invalid(std::string message) {
  return core::Error::invalid(std::move(message));
}

// Port text → number; empty optional when it is not 0..65535.
std::optional<std::uint16_t> parse_port(std::string_view text) {
  if (!all_digits(text) || text.size() > 5) return std::nullopt;
  unsigned value = 0;
  for (char c : text) value = value * 10 + static_cast<unsigned>(c - '0');
  if (value > 65535) return std::nullopt;
  return static_cast<std::uint16_t>(value);
}

bool is_ipv4(const std::string& host) {
  in_addr addr{};
  return inet_pton(AF_INET, host.c_str(), &addr) == 1;
}

bool is_ipv6(const std::string& host) {
  in6_addr addr{};
  return inet_pton(AF_INET6, host.c_str(), &addr) == 1;
}

constexpr std::string_view kListenExample = "e.g. 127.0.0.1:8080, 0.0.0.0:8080 or [::1]:8080";

}  // namespace

core::Expected<ListenAddress> parse_listen(std::string_view text) {
  text = trim(text);
  ListenAddress out;
  std::string_view port_text;
  if (text.starts_with('[')) {
    const auto close = text.find(']');
    if (close == std::string_view::npos)
      return invalid("has an unclosed '['; write HOST:PORT, " + std::string(kListenExample));
    out.host = std::string(text.substr(1, close - 1));
    if (close + 1 >= text.size() || text[close + 1] != ':')
      return invalid("needs a port after ']', e.g. [::1]:8080");
    port_text = text.substr(close + 2);
    if (!is_ipv6(out.host))
      return invalid("has '[" + out.host + "]', which is not an IPv6 address; " +
                     std::string(kListenExample));
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos)
      return invalid("needs a port: write HOST:PORT, " + std::string(kListenExample));
    out.host = std::string(text.substr(0, colon));
    port_text = text.substr(colon + 1);
    if (out.host.find(':') != std::string::npos)
      return invalid("has an IPv6 address without brackets; write it as [" + out.host +
                     "]:PORT, e.g. [::1]:8080");
    if (out.host.empty()) return invalid("has no host; " + std::string(kListenExample));
    if (out.host == "localhost")
      return invalid("must name an IP address, not 'localhost'; write 127.0.0.1:" +
                     std::string(port_text));
    if (!is_ipv4(out.host))
      return invalid("has host '" + out.host + "', which is not an IP address; " +
                     std::string(kListenExample));
  }
  const auto port = parse_port(port_text);
  if (!port) return invalid("needs a port from 0 to 65535 after the last ':'");
  out.port = *port;
  return out;
}

core::Expected<std::size_t> parse_byte_size(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::size_t>, 8> kUnits{{
      {"", 1},
      {"b", 1},
      {"kb", 1000},
      {"mb", 1000 * 1000},
      {"gb", 1000 * 1000 * 1000},
      {"kib", std::size_t{1} << 10},
      {"mib", std::size_t{1} << 20},
      {"gib", std::size_t{1} << 30},
  }};
  constexpr std::string_view kExpected = "a size such as 1048576, 512KiB, 8MiB or 1GiB";

  text = trim(text);
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0) return invalid("must be " + std::string(kExpected));
  const std::string unit = lower(trim(text.substr(digits)));

  std::optional<std::size_t> multiplier;
  for (const auto& [name, factor] : kUnits)
    if (unit == name) multiplier = factor;
  if (!multiplier)
    return invalid("has unknown unit '" + unit +
                   "'; use B, KiB, MiB, GiB (powers of 1024) or KB, MB, GB (powers of 1000)");

  std::size_t count = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + digits, count);
  if (ec != std::errc() || end != text.data() + digits ||
      count > std::numeric_limits<std::size_t>::max() / *multiplier)
    return invalid("is too large");
  return count * *multiplier;
}

core::Expected<std::string> normalize_base_url(std::string_view text) {
  std::string_view rest = text;
  if (rest.starts_with("https://")) {
    rest.remove_prefix(8);
  } else if (rest.starts_with("http://")) {
    rest.remove_prefix(7);
  } else {
    return invalid("must start with http:// or https://, e.g. https://api.openai.com/v1");
  }
  for (char c : text)
    if (std::isspace(static_cast<unsigned char>(c)) || std::iscntrl(static_cast<unsigned char>(c)))
      return invalid("must not contain spaces or control characters");
  if (text.find_first_of("?#") != std::string_view::npos)
    return invalid("must not have a query (?) or fragment (#); give the API's base path only");

  const std::string_view authority = rest.substr(0, rest.find('/'));
  if (authority.find('@') != std::string_view::npos)
    return invalid(
        "must not carry credentials (user:password@); put the key in an environment variable "
        "and name it with api_key_env");
  std::string_view host = authority, port;
  bool has_port = false;
  if (authority.starts_with('[')) {  // [v6]:port
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return invalid("has an unclosed '[' in its host");
    host = authority.substr(1, close - 1);
    if (close + 1 < authority.size()) {
      if (authority[close + 1] != ':') return invalid("has unexpected text after ']'");
      port = authority.substr(close + 2);
      has_port = true;
    }
  } else if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
    has_port = true;
  }
  if (host.empty()) return invalid("has no host, e.g. https://api.openai.com/v1");
  if (has_port) {
    const auto number = parse_port(port);
    if (!number || *number == 0) return invalid("has a port that is not a number from 1 to 65535");
  }

  std::string out(text);
  while (out.back() == '/') out.pop_back();
  return out;
}

std::optional<long long> parse_integer(std::string_view text) {
  if (text.starts_with('+')) text.remove_prefix(1);
  long long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<double> parse_number(std::string_view text) {
  if (text.starts_with('+')) text.remove_prefix(1);
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() ||
      !std::isfinite(value))
    return std::nullopt;
  return value;
}

bool is_provider_name(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool is_env_var_name(std::string_view text) {
  if (text.empty() || (text[0] >= '0' && text[0] <= '9')) return false;
  for (char c : text)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

}  // namespace switchyard::config
