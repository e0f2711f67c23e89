#include "switchyard/plan/recorded_facts.hpp"

#include <charconv>
#include <cstdio>

namespace switchyard::plan {
namespace {

void word(std::string& out, const char* name, std::string_view value) {
  out += ' ';
  out += name;
  out += '=';
  out += value;
}
void word(std::string& out, const char* name, std::int64_t value) {
  word(out, name, std::string_view(std::to_string(value)));
}
void word(std::string& out, const char* name, bool value) {
  word(out, name, std::string_view(value ? "1" : "0"));
}
void word(std::string& out, const char* name, double value) {
  char buf[32];
  const int n = std::snprintf(buf, sizeof buf, "%.6g", value);
  word(out, name, std::string_view(buf, static_cast<std::size_t>(n)));
}

template <typename T>
std::optional<T> number(std::string_view text) {
  T v{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}

std::optional<bool> flag(std::string_view text) {
  if (text == "1") return true;
  if (text == "0") return false;
  return std::nullopt;
}

}  // namespace

std::string encode_route_facts(const routing::Facts& f, const RouteFactsContext& ctx) {
  std::string out = "v1";
  word(out, "prompt_tokens", f.prompt_tokens);
  word(out, "tools", f.tools);
  word(out, "images", f.images);
  word(out, "attachments", f.attachments);
  word(out, "response_format", std::string_view(routing::to_string(f.response_format)));
  word(out, "stream", f.stream);
  word(out, "budget", f.budget);
  if (f.difficulty) word(out, "difficulty", *f.difficulty);
  if (ctx.load_measured) {
    word(out, "queue_depth", f.local_load.queue_depth);
    word(out, "p95_ms", f.local_load.p95_ms);
  }
  word(out, "key_cloud", ctx.key_allows_cloud);
  return out;
}

RecordedFacts decode_route_facts(std::string_view text) {
  RecordedFacts r;
  if (!text.starts_with("v1")) return r;
  while (!text.empty()) {
    const auto space = text.find(' ');
    const std::string_view item = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
    const auto eq = item.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view name = item.substr(0, eq);
    const std::string_view value = item.substr(eq + 1);
    if (name == "prompt_tokens")
      r.prompt_tokens = number<std::int64_t>(value);
    else if (name == "tools")
      r.tools = flag(value);
    else if (name == "images")
      r.images = flag(value);
    else if (name == "attachments")
      r.attachments = flag(value);
    else if (name == "response_format")
      r.response_format = routing::parse_response_format(value);
    else if (name == "stream")
      r.stream = flag(value);
    else if (name == "budget")
      r.budget = number<double>(value);
    else if (name == "difficulty")
      r.difficulty = number<double>(value);
    else if (name == "queue_depth")
      r.queue_depth = number<std::int64_t>(value);
    else if (name == "p95_ms")
      r.p95_ms = number<std::int64_t>(value);
    else if (name == "key_cloud")
      r.key_allows_cloud = flag(value);
  }
  return r;
}

}  // namespace switchyard::plan
