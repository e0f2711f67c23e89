#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include "fakes/fake_gemini_upstream.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <atomic>
#include <charconv>
#include <deque>
#include <mutex>
#include <optional>
#include <string_view>
#include <utility>

#include "fakes/fake_gemini_request.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::testing {

namespace {

using http::Request;
using http::ResponseWriter;
using http::Task;
using JsonOut = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr std::string_view kJson = "application/json; charset=UTF-8";
constexpr std::string_view kEventStream = "text/event-stream";

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

std::int64_t count_words(std::string_view s) {
  std::int64_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// ---- Google's error objects ----

std::string_view status_word(unsigned status) {
  switch (status) {
    case 400:
      return "INVALID_ARGUMENT";
    case 403:
      return "PERMISSION_DENIED";
    case 404:
      return "NOT_FOUND";
    case 429:
      return "RESOURCE_EXHAUSTED";
    case 500:
      return "INTERNAL";
    case 503:
      return "UNAVAILABLE";
    case 504:
      return "DEADLINE_EXCEEDED";
    default:
      return status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
  }
}

// `detail`: a whole details[] entry as JSON, or "".
std::string google_error(unsigned status, std::string_view message, std::string_view detail = {}) {
  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.StartObject();
  w.Key("error");
  w.StartObject();
  w.Key("code");
  w.Uint(status);
  w.Key("message");
  put(w, message);
  w.Key("status");
  put(w, status_word(status));
  if (!detail.empty()) {
    w.Key("details");
    w.StartArray();
    w.RawValue(detail.data(), detail.size(), rapidjson::kObjectType);
    w.EndArray();
  }
  w.EndObject();
  w.EndObject();
  return done(sb);
}

std::string error_for(unsigned status, std::string_view model) {
  const std::string m(model);
  switch (status) {
    case 429:
      return google_error(
          429, "Resource has been exhausted (e.g. check quota).",
          R"({"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"0s"})");
    case 503:
      return google_error(503, "The model is overloaded. Please try again later.");
    case 500:
      return google_error(500,
                          "An internal error has occurred. Please retry or report in "
                          "https://developers.generativeai.google/guide/troubleshooting");
    case 404:
      return google_error(404, "models/" + m +
                                   " is not found for API version v1beta, or is not supported "
                                   "for generateContent.");
    default:
      return google_error(status, "Simulated error " + std::to_string(status) + " for model " + m);
  }
}

// ---- answers ----

struct Call {
  std::string name;
  std::string text;  // its {"text": ...} argument
};

struct Candidate {
  std::string thought;
  std::string text;
  std::vector<Call> calls;
  std::string finish = "STOP";
  bool safety_ratings = false;
};

struct Answer {
  std::vector<Candidate> candidates;
  bool blocked = false;  // promptFeedback.blockReason, no candidates
  std::int64_t prompt = 0, output = 0, thoughts = 0, cached = 0;
};

std::string echo_text(const gemini::Request& r) {
  if (!r.last_results.empty()) {
    std::string s = "results:";
    for (const auto& fr : r.last_results) s += " " + fr.name + "=" + fr.response_json + ";";
    return s;
  }
  std::string s = "echo: " + r.last_user_text;
  for (const auto& i : r.images)
    s += " [image " + i.mime_type + " " + std::to_string(i.bytes) + " bytes]";
  return s;
}

std::string json_echo(std::string_view text) {
  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.StartObject();
  w.Key("echo");
  put(w, text);
  w.EndObject();
  return done(sb);
}

Answer make_answer(const gemini::Request& r, std::string_view model) {
  Answer a;
  a.prompt = r.prompt_words;
  if (model == "block-prompt") {
    a.blocked = true;
    return a;
  }
  const bool call = !r.functions.empty() && r.last_results.empty() && r.mode != "NONE" &&
                    (r.mode == "ANY" || model == "call-tools" || model == "parallel-calls");
  for (int i = 0; i < r.candidates; ++i) {
    Candidate c;
    if (model == "safety") {
      c.finish = "SAFETY";
      c.safety_ratings = true;
    } else if (call) {
      const std::string first = r.allowed.empty() ? r.functions.front() : r.allowed.front();
      c.calls.push_back({first, r.last_user_text});
      if (model == "parallel-calls")
        c.calls.push_back({r.functions.size() > 1 ? r.functions[1] : first, r.last_user_text});
    } else {
      c.text = r.json ? json_echo(r.last_user_text) : echo_text(r);
      if (model == "max-tokens") {
        c.text = c.text.substr(0, c.text.find(' '));
        c.finish = "MAX_TOKENS";
      }
      if (model == "thinking") {
        c.thought = "Let me think about that.";
        a.thoughts = 7;
        a.cached = 3;
      }
    }
    a.output += count_words(c.text) + static_cast<std::int64_t>(c.calls.size()) * 3;
    a.candidates.push_back(std::move(c));
  }
  return a;
}

// One GenerateContentResponse: the whole answer, or a chunk of one.
// `text`: the text of this piece (the whole text when not streamed).
struct Piece {
  const Candidate* candidate = nullptr;
  int index = 0;
  std::string_view thought, text;
  bool calls = false, finish = false;
};

void write_usage(JsonOut& w, const Answer& a, bool final) {
  w.Key("usageMetadata");
  w.StartObject();
  w.Key("promptTokenCount");
  w.Int64(a.prompt);
  if (final) {
    if (!a.blocked) {
      w.Key("candidatesTokenCount");
      w.Int64(a.output);
    }
    if (a.cached > 0) {
      w.Key("cachedContentTokenCount");
      w.Int64(a.cached);
    }
    if (a.thoughts > 0) {
      w.Key("thoughtsTokenCount");
      w.Int64(a.thoughts);
    }
  }
  w.Key("totalTokenCount");
  w.Int64(final ? a.prompt + a.output + a.thoughts : a.prompt);
  w.EndObject();
}

void write_candidate(JsonOut& w, const Piece& p) {
  w.StartObject();
  const Candidate& c = *p.candidate;
  const bool any = !p.thought.empty() || !p.text.empty() || (p.calls && !c.calls.empty());
  if (any) {
    w.Key("content");
    w.StartObject();
    w.Key("parts");
    w.StartArray();
    if (!p.thought.empty()) {
      w.StartObject();
      w.Key("text");
      put(w, p.thought);
      w.Key("thought");
      w.Bool(true);
      w.EndObject();
    }
    if (!p.text.empty()) {
      w.StartObject();
      w.Key("text");
      put(w, p.text);
      w.EndObject();
    }
    if (p.calls) {
      for (const Call& call : c.calls) {
        w.StartObject();
        w.Key("functionCall");
        w.StartObject();
        w.Key("name");
        put(w, call.name);
        w.Key("args");
        w.StartObject();
        w.Key("text");
        put(w, call.text);
        w.EndObject();
        w.EndObject();
        w.EndObject();
      }
    }
    w.EndArray();
    w.Key("role");
    w.String("model");
    w.EndObject();
  }
  if (p.finish) {
    w.Key("finishReason");
    put(w, c.finish);
  }
  if (c.safety_ratings && p.finish) {
    w.Key("safetyRatings");
    w.StartArray();
    w.StartObject();
    w.Key("category");
    w.String("HARM_CATEGORY_DANGEROUS_CONTENT");
    w.Key("probability");
    w.String("HIGH");
    w.Key("blocked");
    w.Bool(true);
    w.EndObject();
    w.EndArray();
  }
  // proto3 JSON leaves the first candidate's index (0) out.
  if (p.index != 0) {
    w.Key("index");
    w.Int(p.index);
  }
  w.EndObject();
}

// Built outside the coroutines: g++ 12 miscompiles braced lists in their bodies.
std::vector<Piece> one_piece(const Candidate& c, int index, std::string_view thought,
                             std::string_view text, bool calls, bool finish) {
  std::vector<Piece> v(1);
  v[0].candidate = &c;
  v[0].index = index;
  v[0].thought = thought;
  v[0].text = text;
  v[0].calls = calls;
  v[0].finish = finish;
  return v;
}

std::vector<Piece> whole_answer(const Answer& a) {
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i < a.candidates.size(); ++i) {
    const Candidate& c = a.candidates[i];
    auto p = one_piece(c, static_cast<int>(i), c.thought, c.text, true, true);
    pieces.push_back(p[0]);
  }
  return pieces;
}

GeminiRecordedRequest recorded(std::string_view target, std::string key, std::string body) {
  GeminiRecordedRequest r;
  r.method = "POST";
  r.path = target;
  r.api_key = std::move(key);
  r.body = std::move(body);
  return r;
}

std::string response_json(const Answer& a, const std::vector<Piece>& pieces, bool final,
                          std::string_view model, std::string_view id) {
  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.StartObject();
  if (a.blocked) {
    w.Key("promptFeedback");
    w.StartObject();
    w.Key("blockReason");
    w.String("SAFETY");
    w.Key("safetyRatings");
    w.StartArray();
    w.EndArray();
    w.EndObject();
  } else {
    w.Key("candidates");
    w.StartArray();
    for (const Piece& p : pieces) write_candidate(w, p);
    w.EndArray();
  }
  write_usage(w, a, final);
  w.Key("modelVersion");
  put(w, model);
  w.Key("responseId");
  put(w, id);
  w.EndObject();
  return done(sb);
}

// The model's name from a target "/v1beta/models/{model}:{method}[?query]".
bool split_target(std::string_view target, std::string& model, std::string& method,
                  std::string& query) {
  const auto q = target.find('?');
  query = q == std::string_view::npos ? "" : std::string(target.substr(q + 1));
  std::string_view path = target.substr(0, q);
  const auto at = path.find("/models/");
  if (at == std::string_view::npos) return false;
  path.remove_prefix(at + 8);
  const auto colon = path.rfind(':');
  if (colon == std::string_view::npos) return false;
  model = path.substr(0, colon);
  method = path.substr(colon + 1);
  return !model.empty();
}

std::string key_param(std::string_view query) {
  const auto at = query.find("key=");
  if (at == std::string_view::npos || (at > 0 && query[at - 1] != '&')) return {};
  const std::string_view rest = query.substr(at + 4);
  return std::string(rest.substr(0, rest.find('&')));
}

}  // namespace

struct FakeGeminiUpstream::State {
  std::atomic<std::uint64_t> next_id{1};
  mutable std::mutex mu;
  std::deque<GeminiRecordedRequest> records;

  void record(GeminiRecordedRequest r) {
    std::lock_guard lock(mu);
    records.push_back(std::move(r));
    if (records.size() > 10'000) records.pop_front();
  }

  Task<void> handle(Request& req, ResponseWriter& out);
  Task<void> generate(Request& req, const std::string& model, bool stream, ResponseWriter& out);
  Task<void> stream(const Answer& a, std::string_view model, std::string id, ResponseWriter& out);
  Task<void> control(Request& req, std::string_view path, ResponseWriter& out);
};

Task<void> FakeGeminiUpstream::State::control(Request& req, std::string_view path,
                                              ResponseWriter& out) {
  if (path == "/_fake/requests" && req.method() == http::bhttp::verb::get) {
    std::deque<GeminiRecordedRequest> snapshot;
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
    }
    co_await out.send(200, kJson, R"({"reset":true})");
    co_return;
  }
  co_await out.send(404, kJson, google_error(404, "Unknown fake control endpoint"));
}

Task<void> FakeGeminiUpstream::State::handle(Request& req, ResponseWriter& out) {
  const std::string_view target = req.target();
  const std::string_view path = target.substr(0, target.find('?'));
  if (path.starts_with("/_fake/")) {
    co_await control(req, path, out);
    co_return;
  }
  std::string model, method, query;
  if (!split_target(target, model, method, query) ||
      (method != "generateContent" && method != "streamGenerateContent")) {
    co_await out.send(404, "text/html; charset=UTF-8",
                      "<!DOCTYPE html><title>Error 404 (Not Found)!!1</title>");
    co_return;
  }
  if (req.method() != http::bhttp::verb::post) {
    co_await out.send(405, kJson, google_error(405, "Method Not Allowed"));
    co_return;
  }
  co_await generate(req, model, method == "streamGenerateContent", out);
}

Task<void> FakeGeminiUpstream::State::generate(Request& req, const std::string& model,
                                               bool streamed, ResponseWriter& out) {
  const std::string_view target = req.target();
  const auto mark = target.find('?');
  const std::string query(mark == std::string_view::npos ? "" : target.substr(mark + 1));
  std::string key(req["x-goog-api-key"]);
  if (key.empty()) key = key_param(query);
  const gemini::Checked checked = gemini::check_request(req.body());
  record(recorded(target, key, std::move(req.body())));

  if (key.empty()) {
    co_await out.send(403, kJson,
                      google_error(403,
                                   "Method doesn't allow unregistered callers (callers without "
                                   "established identity). Please use API Key or other form of API "
                                   "consumer identity to call this API."));
    co_return;
  }
  if (key == "fail-auth") {
    co_await out.send(400, kJson,
                      google_error(400, "API key not valid. Please pass a valid API key.",
                                   R"({"@type":"type.googleapis.com/google.rpc.ErrorInfo",)"
                                   R"("reason":"API_KEY_INVALID","domain":"googleapis.com"})"));
    co_return;
  }
  if (model.starts_with("error-")) {
    if (auto status = leading_number(std::string_view(model).substr(6));
        status && *status >= 400 && *status < 600) {
      co_await out.send(static_cast<unsigned>(*status), kJson,
                        error_for(static_cast<unsigned>(*status), model));
      co_return;
    }
  }
  if (!checked.request) {
    co_await out.send(400, kJson, google_error(400, checked.error));
    co_return;
  }
  if (model == "garbage") {
    co_await out.send(200, kJson, "this is {not JSON");
    co_return;
  }
  if (model == "disconnect-mid-stream" && !streamed) {
    out.abort();
    co_return;
  }
  const Answer a = make_answer(*checked.request, model);
  std::string id = "fake-gemini-" + std::to_string(next_id.fetch_add(1));
  if (streamed) {
    if (query.find("alt=sse") == std::string::npos) {
      co_await out.send(400, kJson,
                        google_error(400,
                                     "the fake streams only with alt=sse, as the gateway "
                                     "asks"));
      co_return;
    }
    co_await stream(a, model, std::move(id), out);
    co_return;
  }
  co_await out.send(200, kJson, response_json(a, whole_answer(a), true, model, id));
}

Task<void> FakeGeminiUpstream::State::stream(const Answer& a, std::string_view model,
                                             std::string id, ResponseWriter& out) {
  if (!co_await out.begin_stream(200, kEventStream)) co_return;
  int sent = 0;
  auto emit = [&](const std::vector<Piece>& pieces, bool final) -> Task<bool> {
    std::string event = "data: " + response_json(a, pieces, final, model, id) + "\r\n\r\n";
    ++sent;
    co_return co_await out.write(event);
  };
  const bool cut = model == "disconnect-mid-stream";
  const bool unfinished = model == "no-finish";
  if (a.blocked) {
    if (!co_await emit(std::vector<Piece>(), true)) co_return;
    co_await out.end_stream();
    co_return;
  }
  // Per candidate: its thought, then its text word by word, then its calls
  // and finish in the last chunk.
  for (std::size_t i = 0; i < a.candidates.size(); ++i) {
    const Candidate& c = a.candidates[i];
    const int index = static_cast<int>(i);
    if (!c.thought.empty()) {
      if (!co_await emit(one_piece(c, index, c.thought, "", false, false), false)) co_return;
    }
    std::string_view rest = c.text;
    while (!rest.empty()) {
      std::size_t end = rest.find(' ');
      end = end == std::string_view::npos ? rest.size() : end + 1;
      if (!co_await emit(one_piece(c, index, "", rest.substr(0, end), false, false), false))
        co_return;
      rest.remove_prefix(end);
      if (cut && sent == 2) co_return;  // no end: the connection closes mid-answer
      if (model == "stream-error") {
        co_await out.write(
            "data: " + google_error(500, "An internal error has occurred mid-stream.") +
            "\r\n\r\n");
        co_await out.end_stream();
        co_return;
      }
    }
    if (!unfinished &&
        !co_await emit(one_piece(c, index, "", "", true, true), i + 1 == a.candidates.size()))
      co_return;
  }
  co_await out.end_stream();
}

FakeGeminiUpstream::FakeGeminiUpstream(std::string host, std::uint16_t port)
    : host_(host), state_(std::make_unique<State>()) {
  http::ServerOptions opts;
  opts.host = std::move(host);
  opts.port = port;
  opts.threads = 1;
  opts.error_body = [](unsigned status, std::string_view message, std::string_view) {
    return google_error(status, message);
  };
  State* s = state_.get();
  server_ = std::make_unique<http::Server>(
      std::move(opts), [s](Request& req, ResponseWriter& out) { return s->handle(req, out); });
}

FakeGeminiUpstream::~FakeGeminiUpstream() {
  shutdown();
}

void FakeGeminiUpstream::start() {
  server_->start();
}

std::uint16_t FakeGeminiUpstream::port() const {
  return server_->port();
}

std::string FakeGeminiUpstream::base_url() const {
  return "http://" + host_ + ":" + std::to_string(port());
}

void FakeGeminiUpstream::shutdown() {
  if (server_) server_->shutdown(std::chrono::milliseconds(500));
}

std::vector<GeminiRecordedRequest> FakeGeminiUpstream::requests() const {
  std::lock_guard lock(state_->mu);
  return {state_->records.begin(), state_->records.end()};
}

void FakeGeminiUpstream::reset() {
  std::lock_guard lock(state_->mu);
  state_->records.clear();
}

}  // namespace switchyard::testing
