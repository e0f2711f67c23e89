#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include "fakes/fake_anthropic_upstream.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <atomic>
#include <charconv>
#include <deque>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "fakes/fake_anthropic_answer.hpp"
#include "fakes/fake_anthropic_request.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::testing {

namespace {

using http::Request;
using http::ResponseWriter;
using http::Task;
using JsonOut = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr std::string_view kJson = "application/json";
constexpr std::string_view kEventStream = "text/event-stream; charset=utf-8";

void put(JsonOut& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

std::string done(rapidjson::StringBuffer& sb) {
  return std::string(sb.GetString(), sb.GetSize());
}

std::optional<std::int64_t> leading_number(std::string_view s) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p == s.data()) return std::nullopt;
  return v;
}

// ---- Anthropic's error objects ----

std::string_view error_type(unsigned status) {
  switch (status) {
    case 400:
      return "invalid_request_error";
    case 401:
      return "authentication_error";
    case 402:
      return "billing_error";
    case 403:
      return "permission_error";
    case 404:
      return "not_found_error";
    case 413:
      return "request_too_large";
    case 429:
      return "rate_limit_error";
    case 529:
      return "overloaded_error";
    default:
      return status >= 500 ? "api_error" : "invalid_request_error";
  }
}

std::string anthropic_error(unsigned status, std::string_view message) {
  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.StartObject();
  w.Key("type");
  w.String("error");
  w.Key("error");
  w.StartObject();
  w.Key("type");
  put(w, error_type(status));
  w.Key("message");
  put(w, message);
  w.EndObject();
  w.Key("request_id");
  w.String("req_fake_0123456789");
  w.EndObject();
  return done(sb);
}

std::string message_for(unsigned status, std::string_view model) {
  switch (status) {
    case 404:
      return "model: " + std::string(model);
    case 413:
      return "Request exceeds the maximum allowed number of bytes.";
    case 429:
      return "This request would exceed the rate limit for your organization of 50 requests per "
             "minute.";
    case 500:
      return "Internal server error";
    case 529:
      return "Overloaded";
    default:
      return "Simulated error " + std::to_string(status) + " for model " + std::string(model);
  }
}

// The rate-limit headers of a 429: the requests limit is the one exhausted.
http::Headers rate_limit_headers(bool retry_after) {
  http::Headers h;
  if (retry_after) h.emplace_back("retry-after", "0");
  h.emplace_back("anthropic-ratelimit-requests-limit", "50");
  h.emplace_back("anthropic-ratelimit-requests-remaining", "0");
  h.emplace_back("anthropic-ratelimit-requests-reset", "2020-01-01T00:00:00Z");
  h.emplace_back("anthropic-ratelimit-tokens-limit", "40000");
  h.emplace_back("anthropic-ratelimit-tokens-remaining", "39000");
  h.emplace_back("anthropic-ratelimit-tokens-reset", "2020-01-01T00:00:00Z");
  return h;
}

AnthropicRecordedRequest recorded(std::string_view target, std::string key, std::string version,
                                  std::string beta, std::string body) {
  AnthropicRecordedRequest r;
  r.method = "POST";
  r.path = target;
  r.api_key = std::move(key);
  r.anthropic_version = std::move(version);
  r.anthropic_beta = std::move(beta);
  r.body = std::move(body);
  return r;
}

}  // namespace

using anthropic::Answer;
using anthropic::block_start;
using anthropic::block_stop;
using anthropic::deltas_of;
using anthropic::make_answer;
using anthropic::message_delta;
using anthropic::message_json;
using anthropic::sse;

struct FakeAnthropicUpstream::State {
  std::atomic<std::uint64_t> next_id{1};
  mutable std::mutex mu;
  std::deque<AnthropicRecordedRequest> records;
  std::unordered_map<std::string, std::int64_t> flaky_seen;

  void record(AnthropicRecordedRequest r) {
    std::lock_guard lock(mu);
    records.push_back(std::move(r));
    if (records.size() > 10'000) records.pop_front();
  }
  // Whether this request for a flaky-<n>-<key> model is one of its first n.
  bool flaky_fails(const std::string& model) {
    const auto n = leading_number(std::string_view(model).substr(6));
    std::lock_guard lock(mu);
    return n && flaky_seen[model]++ < *n;
  }

  Task<void> handle(Request& req, ResponseWriter& out);
  Task<void> messages(Request& req, ResponseWriter& out);
  Task<void> stream(const Answer& a, const std::string& model, std::string id, ResponseWriter& out);
  Task<void> control(Request& req, std::string_view path, ResponseWriter& out);
};

Task<void> FakeAnthropicUpstream::State::control(Request& req, std::string_view path,
                                                 ResponseWriter& out) {
  if (path == "/_fake/requests" && req.method() == http::bhttp::verb::get) {
    std::deque<AnthropicRecordedRequest> snapshot;
    {
      std::lock_guard lock(mu);
      snapshot = records;
    }
    rapidjson::StringBuffer sb;
    JsonOut w(sb);
    w.StartArray();
    for (const auto& r : snapshot) {
      w.StartObject();
      w.Key("method");
      put(w, r.method);
      w.Key("path");
      put(w, r.path);
      w.Key("api_key");
      put(w, r.api_key);
      w.Key("anthropic_version");
      put(w, r.anthropic_version);
      w.Key("anthropic_beta");
      put(w, r.anthropic_beta);
      w.Key("body");
      put(w, r.body);
      w.EndObject();
    }
    w.EndArray();
    co_await out.send(200, kJson, done(sb));
    co_return;
  }
  if (path == "/_fake/reset" && req.method() == http::bhttp::verb::post) {
    {
      std::lock_guard lock(mu);
      records.clear();
      flaky_seen.clear();
    }
    co_await out.send(200, kJson, R"({"reset":true})");
    co_return;
  }
  co_await out.send(404, kJson, anthropic_error(404, "Unknown fake control endpoint"));
}

Task<void> FakeAnthropicUpstream::State::handle(Request& req, ResponseWriter& out) {
  const std::string_view target = req.target();
  const std::string_view path = target.substr(0, target.find('?'));
  if (path.starts_with("/_fake/")) {
    co_await control(req, path, out);
    co_return;
  }
  if (path != "/v1/messages") {
    co_await out.send(404, kJson, anthropic_error(404, "Not Found"));
    co_return;
  }
  if (req.method() != http::bhttp::verb::post) {
    co_await out.send(405, kJson, anthropic_error(405, "Method Not Allowed"));
    co_return;
  }
  co_await messages(req, out);
}

Task<void> FakeAnthropicUpstream::State::messages(Request& req, ResponseWriter& out) {
  // x-api-key, or (as the SDKs since API version 2026-10-21 send it)
  // Authorization: Bearer; x-api-key when both come.
  std::string key(req["x-api-key"]);
  const std::string_view authorization = req[http::bhttp::field::authorization];
  if (key.empty() && authorization.starts_with("Bearer ")) key = authorization.substr(7);
  const std::string version(req["anthropic-version"]);
  const anthropic::Checked checked = anthropic::check_request(req.body(), version);
  record(recorded(req.target(), key, version, std::string(req["anthropic-beta"]),
                  std::move(req.body())));

  if (key.empty()) {
    co_await out.send(401, kJson, anthropic_error(401, "x-api-key header is required"));
    co_return;
  }
  if (key == "fail-auth") {
    co_await out.send(401, kJson, anthropic_error(401, "invalid x-api-key"));
    co_return;
  }
  if (version.empty()) {
    co_await out.send(400, kJson, anthropic_error(400, "anthropic-version: header is required"));
    co_return;
  }
  if (version != anthropic::kVersion2023 && version != anthropic::kVersion2026) {
    co_await out.send(400, kJson,
                      anthropic_error(400, "anthropic-version: invalid version '" + version +
                                               "'; use 2023-06-01 or 2026-10-21"));
    co_return;
  }
  if (!checked.request) {
    co_await out.send(400, kJson, anthropic_error(400, checked.error));
    co_return;
  }
  const anthropic::Request& r = *checked.request;
  const std::string& model = r.model;
  if (model.starts_with("error-") || model.starts_with("quote-key-")) {
    const std::string_view rest = std::string_view(model).substr(model.find('-', 6) + 1);
    const auto status =
        leading_number(model.starts_with("error-") ? std::string_view(model).substr(6) : rest);
    if (status && *status >= 400 && *status < 600) {
      const auto s = static_cast<unsigned>(*status);
      const std::string message = model.starts_with("quote-key-") && key.size() >= 8
                                      ? "invalid x-api-key: " + key + " (" + key.substr(0, 3) +
                                            "****" + key.substr(key.size() - 4) + ")"
                                      : message_for(s, model);
      // Named, not a temporary in the co_await: g++ 12 mishandles those.
      const http::Headers headers = s == 429 ? rate_limit_headers(true) : http::Headers();
      co_await out.send(s, kJson, anthropic_error(s, message), headers);
      co_return;
    }
  }
  if (model == "ratelimit-429") {
    const http::Headers headers = rate_limit_headers(false);
    co_await out.send(429, kJson, anthropic_error(429, message_for(429, model)), headers);
    co_return;
  }
  if (model.starts_with("flaky-") && flaky_fails(model)) {
    co_await out.send(529, kJson, anthropic_error(529, "Overloaded"));
    co_return;
  }
  if (model == "garbage") {
    co_await out.send(200, kJson, "this is {not JSON");
    co_return;
  }
  if (model == "disconnect-mid-stream" && !r.stream) {
    out.abort();
    co_return;
  }
  const std::uint64_t seq = next_id.fetch_add(1);
  const Answer a = make_answer(r, model, seq);
  std::string id = "msg_fake" + std::to_string(seq);
  if (r.stream) {
    co_await stream(a, model, std::move(id), out);
    co_return;
  }
  co_await out.send(200, kJson, message_json(a, model, id, true));
}

Task<void> FakeAnthropicUpstream::State::stream(const Answer& a, const std::string& model,
                                                std::string id, ResponseWriter& out) {
  if (!co_await out.begin_stream(200, kEventStream)) co_return;
  std::string start = R"({"type":"message_start","message":)";
  start += message_json(a, model, id, false);
  start += "}";
  if (!co_await out.write(sse("message_start", start))) co_return;
  if (!co_await out.write(sse("ping", R"({"type": "ping"})"))) co_return;
  if (model.starts_with("overloaded-at-start")) {
    co_await out.write(sse("error", R"({"type":"error","error":{"type":"overloaded_error",)"
                                    R"("message":"Overloaded"}})"));
    co_await out.end_stream();
    co_return;
  }
  int sent = 0;
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    const int index = static_cast<int>(i);
    if (!co_await out.write(block_start(index, a.blocks[i]))) co_return;
    for (const std::string& d : deltas_of(index, a.blocks[i])) {
      if (!co_await out.write(d)) co_return;
      ++sent;
      if (model == "disconnect-mid-stream" && sent == 2)
        co_return;  // no end: the connection closes
      if (model == "stream-error") {
        co_await out.write(sse("error", R"({"type":"error","error":{"type":"overloaded_error",)"
                                        R"("message":"Overloaded"}})"));
        co_await out.end_stream();
        co_return;
      }
    }
    if (!co_await out.write(block_stop(index))) co_return;
  }
  if (!co_await out.write(message_delta(a))) co_return;
  if (model != "no-stop" && !co_await out.write(sse("message_stop", R"({"type":"message_stop"})")))
    co_return;
  co_await out.end_stream();
}

FakeAnthropicUpstream::FakeAnthropicUpstream(std::string host, std::uint16_t port)
    : host_(host), state_(std::make_unique<State>()) {
  http::ServerOptions opts;
  opts.host = std::move(host);
  opts.port = port;
  opts.threads = 1;
  opts.error_body = [](unsigned status, std::string_view message, std::string_view) {
    return anthropic_error(status, message);
  };
  State* s = state_.get();
  server_ = std::make_unique<http::Server>(
      std::move(opts), [s](Request& req, ResponseWriter& out) { return s->handle(req, out); });
}

FakeAnthropicUpstream::~FakeAnthropicUpstream() {
  shutdown();
}

void FakeAnthropicUpstream::start() {
  server_->start();
}

std::uint16_t FakeAnthropicUpstream::port() const {
  return server_->port();
}

std::string FakeAnthropicUpstream::base_url() const {
  return "http://" + host_ + ":" + std::to_string(port());
}

void FakeAnthropicUpstream::shutdown() {
  if (server_) server_->shutdown(std::chrono::milliseconds(500));
}

std::vector<AnthropicRecordedRequest> FakeAnthropicUpstream::requests() const {
  std::lock_guard lock(state_->mu);
  return {state_->records.begin(), state_->records.end()};
}

void FakeAnthropicUpstream::reset() {
  std::lock_guard lock(state_->mu);
  state_->records.clear();
  state_->flaky_seen.clear();
}

}  // namespace switchyard::testing
