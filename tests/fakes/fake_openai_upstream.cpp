#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include "fakes/fake_azure_routes.hpp"
#include "fakes/fake_openai_upstream.hpp"
#include "fakes/fake_paced_stream.hpp"
#include "fakes/fault_modes.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <concepts>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <deque>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/embeddings_codec.hpp"
#include "switchyard/api/openai/models_codec.hpp"
#include "switchyard/core/chat.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/http/sse.hpp"

namespace switchyard::testing {

namespace {

namespace net = http::net;
using http::Request;
using http::ResponseWriter;
using http::Task;

constexpr std::string_view kJson = "application/json";
// What api.openai.com sends; clients must accept parameters after the media type.
constexpr std::string_view kEventStream = "text/event-stream; charset=utf-8";
constexpr std::size_t kMaxEchoBytes = 200;
// The one key the fake rejects, so tests can provoke an upstream auth failure.
constexpr std::string_view kFailAuth = "Bearer fail-auth";

// ---- small text helpers ----

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Start offsets of whitespace-separated words. Word counts stand in for tokens
// so tests can predict usage exactly without a tokenizer.
std::vector<std::size_t> word_starts(std::string_view s) {
  std::vector<std::size_t> starts;
  bool in_word = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool space = is_space(s[i]);
    if (!space && !in_word) starts.push_back(i);
    in_word = !space;
  }
  return starts;
}

std::int64_t count_words(std::string_view s) {
  std::int64_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = is_space(c);
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Cuts at most `max` bytes without splitting a UTF-8 sequence, so the echoed
// text stays valid JSON string content.
std::string_view utf8_prefix(std::string_view s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

// Parses the decimal number at the start of `s`; nullopt if there is none.
std::optional<std::int64_t> leading_number(std::string_view s) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p == s.data()) return std::nullopt;
  return v;
}

// The <secs> of a model named error-<status>-retry-<secs>.
std::optional<std::int64_t> retry_after_of(std::string_view model) {
  const auto at = model.find("-retry-");
  if (at == std::string_view::npos) return std::nullopt;
  return leading_number(model.substr(at + 7));
}

void write_string(rapidjson::Writer<rapidjson::StringBuffer>& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// ---- OpenAI error objects ----

struct ErrorShape {
  std::string_view type;
  std::string_view code;  // "" → null
  std::string message;
};

// Types and codes as api.openai.com returns them for each status (an invalid
// key is an invalid_request_error with code invalid_api_key; a rate limit has
// type "requests" and code rate_limit_exceeded), so the gateway's upstream
// error decoding is exercised against the real shapes, not its own encoder's.
ErrorShape error_for_status(unsigned status, std::string_view model) {
  const std::string m(model);
  switch (status) {
    case 400:
      return {"invalid_request_error", "", "Simulated bad request for model '" + m + "'."};
    case 401:
      return {"invalid_request_error", "invalid_api_key",
              "Incorrect API key provided. You can find your API key at "
              "https://platform.openai.com/account/api-keys."};
    case 403:
      return {"request_forbidden", "unsupported_country_region_territory",
              "Country, region, or territory not supported"};
    case 404:
      return {"invalid_request_error", "model_not_found",
              "The model `" + m + "` does not exist or you do not have access to it."};
    case 429:
      return {"requests", "rate_limit_exceeded",
              "Rate limit reached for " + m +
                  " on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in "
                  "0s."};
    case 500:
      return {"server_error", "",
              "The server had an error while processing your request. Sorry about that!"};
    case 503:
      return {"server_error", "", "The server is overloaded or not ready yet."};
    default:
      if (status >= 500)
        return {"server_error", "", "Simulated server error " + std::to_string(status) + "."};
      return {"invalid_request_error", "",
              "Simulated error " + std::to_string(status) + " for model '" + m + "'."};
  }
}

std::string error_body(std::string_view message, std::string_view type, std::string_view param,
                       std::string_view code) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("error");
  w.StartObject();
  w.Key("message");
  write_string(w, message);
  w.Key("type");
  write_string(w, type);
  w.Key("param");
  if (param.empty()) {
    w.Null();
  } else {
    write_string(w, param);
  }
  w.Key("code");
  if (code.empty()) {
    w.Null();
  } else {
    write_string(w, code);
  }
  w.EndObject();
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize());
}

// `retry_after`: the Retry-After header's seconds (error-<status>-retry-<secs>).
Task<void> send_error(ResponseWriter& out, unsigned status, std::string_view model,
                      std::optional<std::int64_t> retry_after = std::nullopt) {
  const ErrorShape e = error_for_status(status, model);
  http::Headers headers;
  // Zero so clients that honour it (the gateway, the openai SDKs) retry at once
  // and tests stay fast.
  if (retry_after) {
    headers.emplace_back("retry-after", std::to_string(*retry_after));
  } else if (status == 429) {
    headers.emplace_back("retry-after", "0");
  }
  co_await out.send(status, kJson, error_body(e.message, e.type, "", e.code), headers);
}

// Modes for the gateway's upstream-error handling (section 5 of issue 9).
// quote-key-<status>: an error that quotes the key it was sent, masked the
// way api.openai.com masks it and whole, as a careless upstream might.
// retry-after-<status>-<s> / retry-after-<status>-date-<s>: that status with
// `retry-after` in delay-seconds or as an HTTP-date <s> seconds ahead.
std::string quoted_key_message(std::string_view auth) {
  std::string_view key = auth.starts_with("Bearer ") ? auth.substr(7) : auth;
  std::string masked(key);
  if (key.size() > 10)
    masked = std::string(key.substr(0, 6)) + std::string(key.size() - 10, '*') +
             std::string(key.substr(key.size() - 4));
  return "Incorrect API key provided: " + masked + ". You sent the key " + std::string(key) +
         " in the header Authorization: " + std::string(auth) + ".";
}

Task<bool> send_key_or_retry_error(ResponseWriter& out, std::string_view model,
                                   std::string_view auth) {
  std::string_view rest;
  const bool quote = model.starts_with("quote-key-");
  if (quote) rest = model.substr(10);
  if (model.starts_with("retry-after-")) rest = model.substr(12);
  auto status = leading_number(rest);
  if (rest.empty() || !status || *status < 400 || *status > 599) co_return false;
  ErrorShape e = error_for_status(static_cast<unsigned>(*status), model);
  http::Headers headers;
  if (quote) {
    e.message = quoted_key_message(auth);
  } else {
    rest.remove_prefix(std::min(rest.size(), rest.find('-') + 1));
    const bool date = rest.starts_with("date-");
    if (date) rest.remove_prefix(5);
    const std::int64_t seconds = leading_number(rest).value_or(0);
    std::string value = std::to_string(seconds);
    if (date) {
      const std::time_t at = std::time(nullptr) + seconds;
      std::tm tm{};
      gmtime_r(&at, &tm);
      char buf[64];
      std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
      value = buf;
    }
    headers.emplace_back("retry-after", value);
  }
  co_await out.send(static_cast<unsigned>(*status), kJson,
                    error_body(e.message, e.type, "", e.code), headers);
  co_return true;
}

// Closing without a response needs ResponseWriter::abort(). Detected rather
// than required so the fake builds against a server without it; then the
// nearest the public API allows is a 200 header followed by the cut.
template <typename W>
Task<void> drop_connection(W& out) {
  if constexpr (requires {
                  { out.abort() } -> std::same_as<void>;
                }) {
    out.abort();
  } else if constexpr (requires { out.abort(); }) {
    co_await out.abort();
  } else {
    co_await out.begin_stream(200, kJson);
  }
}

// Built outside the coroutine: g++ 12 rejects a braced list of string
// literals inside a coroutine body ("array used as initializer").
std::string model_list() {
  return api::openai::encode_model_list({{"gpt-4o-mini", "openai"},
                                         {"gpt-4o", "openai"},
                                         {"gpt-4.1-mini", "openai"},
                                         {"o3-mini", "openai"},
                                         {"echo", "switchyard-fake"}});
}

// ---- the answer a model gives ----

struct Answer {
  std::string content;  // text answer
  bool tool_call = false;
  // The calls' function names (one, or two for parallel-calls), all with the
  // same arguments (JSON text); ids call_fake_1, call_fake_2.
  std::vector<std::string> tool_names;
  std::string arguments;
  core::FinishReason finish_reason;
  core::Usage usage;
};

std::string last_user_text(const core::ChatRequest& req) {
  for (auto it = req.messages.rbegin(); it != req.messages.rend(); ++it) {
    if (it->role != core::Role::user) continue;
    return std::string(utf8_prefix(it->text(), kMaxEchoBytes));
  }
  return {};
}

Answer make_answer(const core::ChatRequest& req) {
  Answer a;
  std::int64_t prompt = 0;
  core::for_each_message(
      req, [&](const core::Message& m, std::size_t) { prompt += 3 + count_words(m.text()); });
  const std::string echo = last_user_text(req);

  const auto mode = req.tool_choice.mode;
  const bool parallel =
      req.model == "parallel-calls" && !req.tools.empty() && mode != core::ToolChoice::Mode::none;
  if (parallel || (!req.tools.empty() && (mode == core::ToolChoice::Mode::required ||
                                          mode == core::ToolChoice::Mode::function))) {
    a.tool_call = true;
    a.tool_names.push_back(mode == core::ToolChoice::Mode::function ? req.tool_choice.function_name
                                                                    : req.tools.front().name);
    if (parallel)
      a.tool_names.push_back(req.tools.size() > 1 ? req.tools[1].name : a.tool_names[0]);
    rapidjson::StringBuffer sb;
    rapidjson::Writer<rapidjson::StringBuffer> w(sb);
    w.StartObject();
    w.Key("echo");
    write_string(w, echo);
    w.EndObject();
    a.arguments.assign(sb.GetString(), sb.GetSize());
    a.finish_reason = {core::FinishKind::tool_use, "tool_calls"};
    a.usage.output_tokens =
        count_words(a.arguments) * static_cast<std::int64_t>(a.tool_names.size());
  } else {
    a.content = req.model.starts_with("says-") ? req.model.substr(5) : "echo: " + echo;
    const auto starts = word_starts(a.content);
    auto words = static_cast<std::int64_t>(starts.size());
    a.finish_reason = {core::FinishKind::stop, "stop"};
    if (auto limit = req.output_token_limit(); limit && *limit < words) {
      // Keep the first `limit` words (and the whitespace between them).
      const std::int64_t keep = std::max<std::int64_t>(*limit, 0);
      std::size_t end = keep == 0 ? 0 : starts[keep - 1];
      while (keep > 0 && end < a.content.size() && !is_space(a.content[end])) ++end;
      a.content.resize(end);
      words = keep;
      a.finish_reason = {core::FinishKind::length, "length"};
    }
    a.usage.output_tokens = words;
  }
  a.usage.input_tokens = prompt;
  // cached-<n>-reasoning-<m>: n prompt tokens read from the cache (at most
  // the prompt), m reasoning tokens on top of the answer's words.
  unsigned long long cached = 0, reasoning = 0;
  if (std::sscanf(req.model.c_str(), "cached-%llu-reasoning-%llu", &cached, &reasoning) == 2) {
    a.usage.cache_read_tokens = std::min<std::int64_t>(static_cast<std::int64_t>(cached), prompt);
    a.usage.reasoning_tokens = static_cast<std::int64_t>(reasoning);
    a.usage.output_tokens += a.usage.reasoning_tokens;
  }
  a.usage.total_tokens = prompt + a.usage.output_tokens;
  return a;
}

// Pieces a streamed text arrives in: each word with the whitespace after it,
// so the pieces concatenate to exactly the non-streamed content.
std::vector<std::string_view> word_pieces(std::string_view s) {
  std::vector<std::string_view> pieces;
  const auto starts = word_starts(s);
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t begin = i == 0 ? 0 : starts[i];
    const std::size_t end = i + 1 < starts.size() ? starts[i + 1] : s.size();
    pieces.push_back(s.substr(begin, end - begin));
  }
  return pieces;
}

// Tool arguments stream in short fragments, as OpenAI sends them, cut only at
// UTF-8 boundaries so every fragment is a valid JSON string on its own.
std::vector<std::string_view> argument_fragments(std::string_view s) {
  constexpr std::size_t kFragment = 8;
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t end = std::min(s.size(), pos + kFragment);
    while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
    out.push_back(s.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

// ---- what an answer carries besides its text ----

// An unmodelled member of the request as sent ("" when absent).
std::string_view request_extra(const core::ChatRequest& req, std::string_view key) {
  for (const auto& [k, v] : req.extra)
    if (k == key) return v;
  return {};
}

// OpenAI's `logprobs` object for `pieces` (one token each) when the request
// has "logprobs": true, else "" (null). Log probabilities are spelled as
// OpenAI spells small ones (-1.25e-05), so tests see numbers pass as written.
std::string logprobs_json(const core::ChatRequest& req,
                          const std::vector<std::string_view>& pieces) {
  if (request_extra(req, "logprobs") != "true") return {};
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("content");
  w.StartArray();
  for (std::string_view p : pieces) {
    w.StartObject();
    w.Key("token");
    write_string(w, p);
    w.Key("logprob");
    w.RawValue("-1.25e-05", 9, rapidjson::kNumberType);
    w.Key("bytes");
    w.StartArray();
    for (unsigned char c : p) w.Uint(c);
    w.EndArray();
    w.Key("top_logprobs");
    w.StartArray();
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("refusal");
  w.Null();
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize());
}

// OpenAI names the tier that served a request in every answer and chunk; the
// fake echoes the one asked for.
void add_service_tier(const core::ChatRequest& req, core::RawFields& extra) {
  if (auto tier = request_extra(req, "service_tier"); !tier.empty())
    extra.emplace_back("service_tier", std::string(tier));
}

// ---- embeddings ----

// Vectors the fake "model" gives: a deterministic function of the input (the
// text's bytes, or the token ids), so the same input always gets the same
// vector and different inputs different ones; unit length, as OpenAI's are.
std::vector<double> fake_vector(std::string_view input, std::size_t dims) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : input) {
    h ^= c;
    h *= 1099511628211ull;
  }
  std::vector<double> v(dims);
  double norm = 0;
  for (auto& x : v) {
    h += 0x9e3779b97f4a7c15ull;  // splitmix64
    std::uint64_t z = h;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    x = static_cast<double>(z >> 11) * 0x1.0p-53 * 2.0 - 1.0;
    norm += x * x;
  }
  norm = std::sqrt(norm);
  for (auto& x : v) x /= norm;
  return v;
}

// What OpenAI sends for encoding_format "base64": the little-endian float32
// bytes, standard base64 with padding. Written here independently of the
// gateway's codec, so the gateway's decoding is checked against it.
std::string base64_float32(const std::vector<double>& v) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  for (double d : v) {
    const auto f = static_cast<float>(d);
    std::uint32_t u;
    std::memcpy(&u, &f, 4);
    for (int i = 0; i < 4; ++i) bytes += static_cast<char>((u >> (8 * i)) & 0xff);
  }
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
    std::uint32_t chunk = 0;
    for (std::size_t j = 0; j < 3; ++j)
      chunk = (chunk << 8) | (j < n ? static_cast<unsigned char>(bytes[i + j]) : 0u);
    for (std::size_t j = 0; j < 4; ++j)
      out += j <= n ? kAlphabet[(chunk >> (18 - 6 * j)) & 63] : '=';
  }
  return out;
}

std::string embedding_answer(const core::EmbeddingRequest& r) {
  constexpr std::size_t kDefaultDims = 8;
  const std::size_t dims =
      r.dimensions ? static_cast<std::size_t>(std::min<std::int64_t>(*r.dimensions, 4096))
                   : kDefaultDims;
  const bool base64 = r.encoding_format == core::EmbeddingEncoding::base64;
  std::vector<std::string> inputs;  // each input as bytes
  std::int64_t tokens = 0;
  if (r.token_input()) {
    for (const auto& ids : r.tokens) {
      std::string key = "tokens:";
      for (auto id : ids) key += std::to_string(id) + ",";
      inputs.push_back(std::move(key));
      tokens += static_cast<std::int64_t>(ids.size());
    }
  } else {
    for (const auto& t : r.texts) {
      inputs.push_back(t);
      tokens += std::max<std::int64_t>(1, count_words(t));
    }
  }
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("object");
  w.String("list");
  w.Key("data");
  w.StartArray();
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const auto v = fake_vector(inputs[i], dims);
    w.StartObject();
    w.Key("object");
    w.String("embedding");
    w.Key("index");
    w.Uint64(i);
    w.Key("embedding");
    if (base64) {
      write_string(w, base64_float32(v));
    } else {
      w.StartArray();
      for (double x : v) w.Double(static_cast<float>(x));
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("model");
  write_string(w, r.model);
  w.Key("usage");
  w.StartObject();
  w.Key("prompt_tokens");
  w.Int64(tokens);
  w.Key("total_tokens");
  w.Int64(tokens);
  w.EndObject();
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize());
}

}  // namespace

// ---- shared state ----

struct FakeOpenAIUpstream::State {
  std::atomic<std::uint64_t> next_id{1};
  std::atomic<unsigned> health_status{200};
  std::atomic<std::size_t> health_checks{0};
  std::atomic<bool> stopping{false};  // fault modes holding a connection let go

  mutable std::mutex record_mu;
  std::deque<RecordedRequest> records;

  std::mutex flaky_mu;
  std::unordered_map<std::string, std::int64_t> flaky_seen;

  void record(RecordedRequest r) {
    RecordedRequest dropped;  // destroyed outside the lock
    std::lock_guard lock(record_mu);
    records.push_back(std::move(r));
    if (records.size() > kMaxRecorded) {
      dropped = std::move(records.front());
      records.pop_front();
    }
  }

  void reset() {
    std::deque<RecordedRequest> old;
    {
      std::lock_guard lock(record_mu);
      old.swap(records);
    }
    std::lock_guard lock(flaky_mu);
    flaky_seen.clear();
  }

  // True while the model string has been seen fewer than `n` times (counting this one).
  bool flaky_should_fail(const std::string& model, std::int64_t n) {
    std::lock_guard lock(flaky_mu);
    return flaky_seen[model]++ < n;
  }

  Task<void> handle(Request& req, ResponseWriter& out);
  Task<void> chat(Request& req, ResponseWriter& out);
  Task<void> embeddings(Request& req, ResponseWriter& out);
  Task<void> control(Request& req, std::string_view path, ResponseWriter& out);
  Task<void> stream(const core::ChatRequest& req, const Answer& a, std::string id,
                    std::chrono::milliseconds gap, int cut_after_pieces, ResponseWriter& out);
};

Task<void> FakeOpenAIUpstream::State::handle(Request& req, ResponseWriter& out) {
  const std::string_view target = req.target();
  const std::string_view path = target.substr(0, target.find('?'));
  const auto method = req.method();

  if (path.starts_with("/_fake/")) {
    co_await control(req, path, out);
    co_return;
  }
  if (path == "/v1/chat/completions") {
    if (method != http::bhttp::verb::post) {
      co_await out.send(405, kJson,
                        error_body("Invalid method for URL (" + std::string(req.method_string()) +
                                       " " + std::string(path) + ")",
                                   "invalid_request_error", "", ""));
      co_return;
    }
    co_await chat(req, out);
    co_return;
  }
  if (path == "/v1/embeddings" && method == http::bhttp::verb::post) {
    co_await embeddings(req, out);
    co_return;
  }
  // Azure OpenAI's addressing (fake_azure_routes.hpp), answered as above
  // once what Azure checks first has passed.
  if (is_azure_target(target) && method == http::bhttp::verb::post) {
    const AzureRoute route = azure_route(target, req["api-key"]);
    if (route.status != 0) {
      record({"POST", std::string(target), std::string(req[http::bhttp::field::authorization]),
              std::move(req.body()), std::string(req["api-key"])});
      co_await out.send(route.status, kJson, route.error_body);
    } else if (route.operation == "embeddings") {
      co_await embeddings(req, out);
    } else {
      co_await chat(req, out);
    }
    co_return;
  }
  // Whatever else was sent with a body still "reached the cloud".
  if (method == http::bhttp::verb::post) {
    const auto auth = req[http::bhttp::field::authorization];
    record({std::string(req.method_string()), std::string(target), std::string(auth),
            std::move(req.body())});
  }
  if (path == "/health" && method == http::bhttp::verb::get) {
    // llama-server's answers: ready, or still loading the model.
    health_checks.fetch_add(1, std::memory_order_relaxed);
    const unsigned status = health_status.load(std::memory_order_relaxed);
    co_await out.send(status, kJson,
                      status == 200 ? R"({"status":"ok"})"
                                    : R"({"error":{"code":503,"message":"Loading model",)"
                                      R"("type":"unavailable_error"}})");
    co_return;
  }
  if (path == "/v1/models" && method == http::bhttp::verb::get) {
    if (req[http::bhttp::field::authorization] == kFailAuth) {
      co_await send_error(out, 401, "");
      co_return;
    }
    co_await out.send(200, kJson, model_list());
    co_return;
  }
  co_await out.send(
      404, kJson,
      error_body("Invalid URL (" + std::string(req.method_string()) + " " + std::string(path) + ")",
                 "invalid_request_error", "", ""));
}

Task<void> FakeOpenAIUpstream::State::control(Request& req, std::string_view path,
                                              ResponseWriter& out) {
  const auto method = req.method();
  if (path == "/_fake/requests" && method == http::bhttp::verb::get) {
    std::deque<RecordedRequest> snapshot;
    {
      std::lock_guard lock(record_mu);
      snapshot = records;
    }
    rapidjson::StringBuffer sb;
    rapidjson::Writer<rapidjson::StringBuffer> w(sb);
    w.StartArray();
    for (const auto& r : snapshot) {
      w.StartObject();
      w.Key("method");
      write_string(w, r.method);
      w.Key("path");
      write_string(w, r.path);
      w.Key("authorization");
      write_string(w, r.authorization);
      w.Key("body");
      write_string(w, r.body);
      w.Key("api_key");
      write_string(w, r.api_key);
      w.EndObject();
    }
    w.EndArray();
    co_await out.send(200, kJson, std::string(sb.GetString(), sb.GetSize()));
    co_return;
  }
  if (path == "/_fake/reset" && method == http::bhttp::verb::post) {
    reset();
    co_await out.send(200, kJson, R"({"reset":true})");
    co_return;
  }
  co_await out.send(
      404, kJson,
      error_body("Unknown fake control endpoint (" + std::string(req.method_string()) + " " +
                     std::string(path) + "); use GET /_fake/requests or POST /_fake/reset",
                 "invalid_request_error", "", ""));
}

Task<void> FakeOpenAIUpstream::State::chat(Request& req, ResponseWriter& out) {
  const std::string_view auth = req[http::bhttp::field::authorization];
  auto decoded = api::openai::decode_chat_request(req.body());
  // Recorded before any behaviour is applied: privacy tests assert on what
  // arrived, whether or not it was answered. The body is moved, not copied,
  // because the decoded request owns its own strings.
  record({"POST", std::string(req.target()), std::string(auth), std::move(req.body()),
          std::string(req["api-key"]), std::string(req["anthropic-beta"])});

  if (auth == kFailAuth) {
    co_await send_error(out, 401, "");
    co_return;
  }
  if (!decoded) {
    const core::Error& e = decoded.error();
    co_await out.send(400, kJson, error_body(e.message, "invalid_request_error", e.param, e.code));
    co_return;
  }
  const core::ChatRequest& r = *decoded;
  const std::string_view model = r.model;
  // The streaming load benchmark's upstream (fake_paced_stream.hpp).
  if (auto pace = parse_paced_model(model); pace && r.stream) {
    co_await stream_paced(
        r, "chatcmpl-fake-" + std::to_string(next_id.fetch_add(1, std::memory_order_relaxed)),
        *pace, out);
    co_return;
  }
  if (co_await serve_fault(r, stopping, out)) co_return;  // fault_modes.hpp

  std::chrono::milliseconds gap{0};
  int cut_after_pieces = -1;
  if (model == "garbage") {
    co_await out.send(200, kJson, "this is {not JSON");
    co_return;
  }
  if (co_await send_key_or_retry_error(out, model, auth)) co_return;
  if (model.starts_with("error-")) {
    if (auto status = leading_number(model.substr(6)); status && *status >= 400 && *status < 600) {
      co_await send_error(out, static_cast<unsigned>(*status), model, retry_after_of(model));
      co_return;
    }
  } else if (model.starts_with("flaky-")) {
    if (auto n = leading_number(model.substr(6)); n && flaky_should_fail(r.model, *n)) {
      co_await send_error(out, 500, model);
      co_return;
    }
  } else if (model.starts_with("slow-")) {
    if (auto ms = leading_number(model.substr(5)); ms && *ms > 0) {
      net::steady_timer timer(co_await net::this_coro::executor, std::chrono::milliseconds(*ms));
      boost::system::error_code ec;
      co_await timer.async_wait(http::use_ec(ec));
      gap = std::chrono::milliseconds(*ms / 10);
    }
  } else if (model == "disconnect-mid-stream" || model == "reset-mid-stream") {
    if (!r.stream) {
      co_await drop_connection(out);
      co_return;
    }
    cut_after_pieces = 2;
  }

  const Answer a = make_answer(r);
  std::string id =
      "chatcmpl-fake-" + std::to_string(next_id.fetch_add(1, std::memory_order_relaxed));
  if (r.stream) {
    co_await stream(r, a, std::move(id), gap, cut_after_pieces, out);
    co_return;
  }

  core::ChatResponse resp;
  resp.id = std::move(id);
  resp.model = r.model;
  resp.created = static_cast<std::int64_t>(std::time(nullptr));
  resp.system_fingerprint = "fp_fake";
  core::Choice& c = resp.choices.emplace_back();
  c.index = 0;
  c.message.role = core::Role::assistant;
  if (a.tool_call) {
    c.message.form = core::ContentForm::absent;
    for (std::size_t i = 0; i < a.tool_names.size(); ++i) {
      auto& call = c.message.content.emplace_back().value.emplace<core::ToolUseBlock>();
      call.id = "call_fake_" + std::to_string(i + 1);
      call.name = a.tool_names[i];
      call.arguments = a.arguments;
    }
  } else {
    c.message = core::text_message(core::Role::assistant, a.content);
  }
  c.finish_reason = a.finish_reason;
  resp.usage = a.usage;
  if (!a.tool_call) c.logprobs_json = logprobs_json(r, word_pieces(a.content));
  add_service_tier(r, resp.extra);
  co_await out.send(200, kJson, api::openai::encode_chat_response(resp));
}

Task<void> FakeOpenAIUpstream::State::embeddings(Request& req, ResponseWriter& out) {
  const std::string_view auth = req[http::bhttp::field::authorization];
  auto decoded = api::openai::decode_embedding_request(req.body());
  // Recorded before any behaviour, as for chat: privacy tests assert on what arrived.
  record({"POST", std::string(req.target()), std::string(auth), std::move(req.body()),
          std::string(req["api-key"])});
  if (auth == kFailAuth) {
    co_await send_error(out, 401, "");
    co_return;
  }
  if (!decoded) {
    const core::Error& e = decoded.error();
    co_await out.send(400, kJson, error_body(e.message, "invalid_request_error", e.param, e.code));
    co_return;
  }
  const core::EmbeddingRequest& r = *decoded;
  const std::string_view model = r.model;
  if (model == "garbage") {
    co_await out.send(200, kJson, "this is {not JSON");
    co_return;
  }
  if (model.starts_with("error-")) {
    if (auto status = leading_number(model.substr(6)); status && *status >= 400 && *status < 600) {
      co_await send_error(out, static_cast<unsigned>(*status), model);
      co_return;
    }
  } else if (model.starts_with("flaky-")) {
    if (auto n = leading_number(model.substr(6)); n && flaky_should_fail(r.model, *n)) {
      co_await send_error(out, 500, model);
      co_return;
    }
  } else if (model.starts_with("slow-")) {
    if (auto ms = leading_number(model.substr(5)); ms && *ms > 0) {
      net::steady_timer timer(co_await net::this_coro::executor, std::chrono::milliseconds(*ms));
      boost::system::error_code ec;
      co_await timer.async_wait(http::use_ec(ec));
    }
  }
  co_await out.send(200, kJson, embedding_answer(r));
}

Task<void> FakeOpenAIUpstream::State::stream(const core::ChatRequest& req, const Answer& a,
                                             std::string id, std::chrono::milliseconds gap,
                                             int cut_after_pieces, ResponseWriter& out) {
  if (!co_await out.begin_stream(200, kEventStream)) co_return;

  api::openai::ChatChunk chunk;
  chunk.id = std::move(id);
  chunk.model = req.model;
  chunk.created = static_cast<std::int64_t>(std::time(nullptr));
  chunk.system_fingerprint = "fp_fake";
  add_service_tier(req, chunk.extra);

  std::string json;
  std::string event;
  bool first = true;
  // One write per event, as a real upstream flushes per token: the gateway's
  // SSE reader must cope with events arriving in separate reads.
  auto emit = [&]() -> Task<bool> {
    if (!first && gap.count() > 0) {
      net::steady_timer timer(co_await net::this_coro::executor, gap);
      boost::system::error_code ec;
      co_await timer.async_wait(http::use_ec(ec));
    }
    first = false;
    json.clear();
    event.clear();
    api::openai::encode_chat_chunk(chunk, json);
    // With include_usage OpenAI sends "usage":null on every chunk before the
    // usage chunk; add it if the encoder leaves an absent usage out.
    if (req.include_usage && !chunk.usage && json.ends_with('}') &&
        json.find("\"usage\":") == std::string::npos) {
      json.insert(json.size() - 1, ",\"usage\":null");
    }
    http::append_sse_event(event, json);
    co_return co_await out.write(event);
  };

  api::openai::ChoiceDelta& d = chunk.choices.emplace_back();
  d.index = 0;
  d.role = core::Role::assistant;
  if (a.tool_call) {
    d.tool_calls.push_back({0, "call_fake_1", a.tool_names.front(), ""});
  } else {
    d.content = "";
  }
  if (!co_await emit()) co_return;

  d.role.reset();
  if (a.tool_call) {
    for (std::size_t i = 0; i < a.tool_names.size(); ++i) {
      const int index = static_cast<int>(i);
      if (i > 0) {  // the next call's head: its index, id and name
        d.tool_calls.front() = {index, "call_fake_" + std::to_string(i + 1), a.tool_names[i], ""};
        if (!co_await emit()) co_return;
      }
      for (std::string_view frag : argument_fragments(a.arguments)) {
        d.tool_calls.front() = {index, "", "", std::string(frag)};
        if (!co_await emit()) co_return;
      }
    }
    d.tool_calls.clear();
  } else {
    int sent = 0;
    for (std::string_view piece : word_pieces(a.content)) {
      if (sent == cut_after_pieces) break;
      d.content = std::string(piece);
      d.logprobs_json = logprobs_json(req, std::vector<std::string_view>(1, piece));
      if (!co_await emit()) co_return;
      ++sent;
    }
    // Leaving without end_stream makes the server close the connection with
    // no terminating chunk: the client sees a stream cut mid-answer. In
    // reset-mid-stream the peer instead sees a TCP RST, as from a crash.
    if (cut_after_pieces >= 0) {
      if (req.model == "reset-mid-stream") out.abort();
      co_return;
    }
  }

  d.content.reset();
  d.logprobs_json.clear();
  d.finish_reason = a.finish_reason;
  if (!co_await emit()) co_return;

  if (req.include_usage) {
    chunk.choices.clear();
    chunk.usage = a.usage;
    if (!co_await emit()) co_return;
  }

  event.clear();
  http::append_sse_event(event, "[DONE]");
  if (!co_await out.write(event)) co_return;
  co_await out.end_stream();
}

// ---- FakeOpenAIUpstream ----

FakeOpenAIUpstream::FakeOpenAIUpstream(std::string host, std::uint16_t port, unsigned threads)
    : host_(host), state_(std::make_unique<State>()) {
  http::ServerOptions opts;
  opts.host = std::move(host);
  opts.port = port;
  opts.threads = threads == 0 ? 1 : threads;
  // Errors the server itself produces (oversized body, malformed HTTP) also
  // come out as OpenAI error objects.
  opts.error_body = [](unsigned status, std::string_view message, std::string_view) {
    return error_body(message, status >= 500 ? "server_error" : "invalid_request_error", "", "");
  };
  State* s = state_.get();
  server_ = std::make_unique<http::Server>(
      std::move(opts), [s](Request& req, ResponseWriter& out) { return s->handle(req, out); });
}

FakeOpenAIUpstream::~FakeOpenAIUpstream() {
  shutdown();
}

void FakeOpenAIUpstream::start() {
  server_->start();
}

std::uint16_t FakeOpenAIUpstream::port() const {
  return server_->port();
}

std::string FakeOpenAIUpstream::base_url() const {
  const bool v6 = host_.find(':') != std::string::npos;
  return "http://" + (v6 ? "[" + host_ + "]" : host_) + ":" + std::to_string(port());
}

void FakeOpenAIUpstream::shutdown() {
  // In-flight slow answers get a moment to finish; a fake need not wait longer.
  state_->stopping = true;
  if (server_) server_->shutdown(std::chrono::milliseconds(500));
}

std::vector<RecordedRequest> FakeOpenAIUpstream::requests() const {
  std::lock_guard lock(state_->record_mu);
  return {state_->records.begin(), state_->records.end()};
}

std::size_t FakeOpenAIUpstream::request_count() const {
  std::lock_guard lock(state_->record_mu);
  return state_->records.size();
}

void FakeOpenAIUpstream::reset() {
  state_->reset();
}

void FakeOpenAIUpstream::set_health(unsigned status) {
  state_->health_status.store(status, std::memory_order_relaxed);
}

std::size_t FakeOpenAIUpstream::health_checks() const {
  return state_->health_checks.load(std::memory_order_relaxed);
}

}  // namespace switchyard::testing
