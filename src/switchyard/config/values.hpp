// Parsers for the value formats the configuration accepts. They work on plain
// text (no YAML) so each format can be tested on its own; an error says what the
// text should look like, without file or line, and never repeats a value that
// might be a secret.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/core/error.hpp"

namespace switchyard::config {

struct ListenAddress {
  std::string host;  // an IP literal, IPv6 without brackets
  std::uint16_t port = 0;
};

// "127.0.0.1:8080", "0.0.0.0:80", "[::1]:8080". Port 0 asks the OS for a free
// one (used by tests). The host must be an IP address because the server binds
// it directly, without a resolver.
core::Expected<ListenAddress> parse_listen(std::string_view text);

// "1048576", "512KiB", "8 MiB", "1GiB", "64KB" (KB/MB/GB are powers of 1000).
core::Expected<std::size_t> parse_byte_size(std::string_view text);

// An http:// or https:// URL with a host, optional port and path; returns it
// with trailing slashes removed so "<base_url>/chat/completions" is well formed.
core::Expected<std::string> normalize_base_url(std::string_view text);

// Decimal integer or number, the whole text, nothing else ("1e3" is a number,
// not an integer; "nan" and "inf" are neither).
std::optional<long long> parse_integer(std::string_view text);
std::optional<double> parse_number(std::string_view text);

// Provider names appear in deployment names, metrics labels and logs, so they
// are kept to [a-z0-9_.-].
bool is_provider_name(std::string_view text);

// POSIX-style environment variable name: [A-Za-z_][A-Za-z0-9_]*.
bool is_env_var_name(std::string_view text);

}  // namespace switchyard::config
