// Anthropic's anthropic-beta request header: a comma-separated list of beta
// feature names ("interleaved-thinking-2025-05-14, context-1m-2025-08-07"),
// read from an Anthropic client's request and sent on to an Anthropic
// upstream as it named them (never to another kind of upstream).
// anthropic-version is accepted and not read: each Anthropic upstream is
// spoken to in the version its provider is configured with.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"

namespace switchyard::api::anthropic {

// Adds the names in `value` (every field of the header, joined with ", ")
// to `names`, each once, in order. A name other than letters, digits, '-',
// '_' and '.', longer than 128 characters, or more than 32 names in all is
// the client's error (400), and nothing is added after it.
std::optional<core::Error> read_beta_header(std::string_view value,
                                            std::vector<std::string>& names);

// The names as one header value: "a,b".
std::string beta_header_value(const std::vector<std::string>& names);

}  // namespace switchyard::api::anthropic
