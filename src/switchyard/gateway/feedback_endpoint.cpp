#include "switchyard/gateway/feedback_endpoint.hpp"

#include <simdjson.h>

#include <chrono>
#include <cmath>
#include <functional>

#include "switchyard/gateway/identify_stage.hpp"
#include "switchyard/gateway/pipeline.hpp"
#include "switchyard/gateway/response_headers.hpp"

namespace switchyard::gateway {
namespace {

constexpr const char* kShape =
    " The body is {\"request_id\": \"<the x-request-id of the answer>\", \"score\": 0..1 or "
    "true/false, \"comment\": \"optional text\"}.";

core::Error bad(const std::string& message, const std::string& field) {
  return core::Error::invalid(message + kShape, field, "invalid_feedback");
}

// printable ASCII, as x-request-id carries it
bool printable(std::string_view s) {
  for (char c : s)
    if (c <= 0x20 || c >= 0x7f) return false;
  return true;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Identify, then the body (built outside the coroutine: g++ 12 and braced
// lists in coroutine bodies).
std::optional<core::Error> admit(const keys::KeyRing* keys, bool required, Exchange& ex,
                                 FeedbackBody& body) {
  const IdentifyStage identify(keys, required);
  if (auto refused = identify.admit(ex)) return refused;
  auto parsed = parse_feedback(ex.http.body());
  if (!parsed) return std::move(parsed.error());
  body = std::move(*parsed);
  return std::nullopt;
}

// The lookup and the write, off the io thread: the answer's status and body.
void record(const FeedbackServices& s, const FeedbackBody& body, const std::string& caller,
            std::optional<core::Error>& error) {
  // The rated request may have been answered a moment ago: its record
  // reaches the database first.
  s.ledger->flush();
  auto found = s.store->has_request(body.request_id, caller);
  if (!found) {
    error = std::move(found.error());
    return;
  }
  if (!*found) {
    error = core::Error::not_found(
        "No request with id '" + body.request_id +
            "' was answered for this caller; rate the x-request-id of one of your own answers.",
        "request_not_found");
    return;
  }
  ledger::Feedback f;
  f.time_ms = now_ms();
  f.request_id = body.request_id;
  f.caller = caller;
  f.score = body.score;
  f.comment = body.comment;
  error = s.store->add(f);
}

}  // namespace

core::Expected<FeedbackBody> parse_feedback(std::string_view text) {
  simdjson::dom::parser parser;
  simdjson::dom::object obj;
  if (parser.parse(text.data(), text.size()).get(obj))
    return bad("The body must be a JSON object.", "");
  FeedbackBody out;
  bool has_id = false, has_score = false;
  for (auto [k, v] : obj) {
    const std::string_view name(k);
    if (name == "request_id") {
      std::string_view id;
      if (v.get(id) || id.empty() || id.size() > kMaxFeedbackIdBytes || !printable(id))
        return bad("'request_id' must be a request id: printable ASCII, 1 to " +
                       std::to_string(kMaxFeedbackIdBytes) + " bytes.",
                   "request_id");
      out.request_id = std::string(id);
      has_id = true;
    } else if (name == "score") {
      bool flag = false;
      double number = 0;
      if (!v.get(flag)) {
        out.score = flag ? 1.0 : 0.0;
      } else if (!v.get(number) && std::isfinite(number) && number >= 0 && number <= 1) {
        out.score = number;
      } else {
        return bad("'score' must be a number from 0 (bad) to 1 (good), or true / false.", "score");
      }
      has_score = true;
    } else if (name == "comment") {
      if (v.is_null()) continue;
      std::string_view comment;
      if (v.get(comment) || comment.size() > kMaxFeedbackCommentBytes)
        return bad("'comment' must be a string of at most " +
                       std::to_string(kMaxFeedbackCommentBytes) + " bytes.",
                   "comment");
      out.comment = std::string(comment);
    } else {
      return bad("Unknown field '" + header_safe(name, 64) + "'.",
                 std::string(header_safe(name, 64)));
    }
  }
  if (!has_id) return bad("'request_id' is required.", "request_id");
  if (!has_score) return bad("'score' is required.", "score");
  return out;
}

http::Task<void> serve_feedback(Runtime& rt, FeedbackServices services, http::Request& req,
                                http::ResponseWriter& out, core::RequestContext ctx) {
  const api::Dialect& dialect = *services.dialect;
  Exchange ex(req, out, std::move(ctx), dialect, Endpoint::chat);
  ex.record.time_ms = now_ms();
  FeedbackBody body;
  std::optional<core::Error> error = admit(services.keys, rt.cfg.keys.required, ex, body);
  if (!error) {
    const std::string caller = ex.record.caller;
    std::function<void()> job = [&services, &body, &caller, &error] {
      record(services, body, caller, error);
    };
    // Named, not a temporary of the co_await (g++ 12 destroys those twice).
    http::Task<void> done = services.blocking->run(std::move(job));
    co_await std::move(done);
  }
  RespondStage& respond = rt.pipeline->respond();
  const unsigned status = error ? static_cast<unsigned>(error->status) : 200;
  respond.count_status(status);
  std::string answer =
      error ? dialect.encode_error(respond.scrubbed(*error))
            : "{\"status\":\"recorded\",\"request_id\":" + json_string(body.request_id) + "}";
  co_await out.send(status, dialect.content_type(), std::move(answer),
                    id_headers(ex.ctx.request_id));
}

}  // namespace switchyard::gateway
