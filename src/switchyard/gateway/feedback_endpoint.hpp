// POST /v1/feedback: a client's verdict on one of its answers, for the
// difficulty router to learn from (docs/routing.md, "Learning from the
// gateway's own outcomes").
//
//   {"request_id": "<x-request-id of the answer>", "score": 0..1 | true | false,
//    "comment": "optional text"}
//
// The caller is identified like any request (keys.required: a virtual key,
// else 401) and may rate only requests it made itself: the ledger record
// with that request id must carry the same caller. An unknown id and
// another caller's id are the same 404, so an id tells a stranger nothing.
// A body that is not that object is a 400 in the OpenAI error format naming
// the field. Accepted ratings go into the ledger database's feedback table
// (ledger/feedback_store.hpp), beside the hash chain, never into it; the
// answer is 200 {"status":"recorded","request_id":...}. The ledger lookup
// and the write run off the io thread (blocking_work.hpp), after the
// records already answered reach the database.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "switchyard/api/dialect.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/gateway/blocking_work.hpp"
#include "switchyard/gateway/runtime.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/keys/key_ring.hpp"
#include "switchyard/ledger/feedback_store.hpp"
#include "switchyard/ledger/ledger_writer.hpp"

namespace switchyard::gateway {

struct FeedbackBody {
  std::string request_id;
  double score = 0;  // true → 1, false → 0
  std::string comment;
};

inline constexpr std::size_t kMaxFeedbackIdBytes = 128;  // x-request-id's own limit
inline constexpr std::size_t kMaxFeedbackCommentBytes = 4096;

// The body, or a 400 whose param names the field at fault.
core::Expected<FeedbackBody> parse_feedback(std::string_view body);

// What the endpoint needs of the gateway; all outlive the request.
struct FeedbackServices {
  const keys::KeyRing* keys = nullptr;  // null: no key store
  ledger::FeedbackStore* store = nullptr;
  ledger::LedgerWriter* ledger = nullptr;
  BlockingWork* blocking = nullptr;
  const api::Dialect* dialect = nullptr;  // the OpenAI format
};

http::Task<void> serve_feedback(Runtime& rt, FeedbackServices services, http::Request& req,
                                http::ResponseWriter& out, core::RequestContext ctx);

}  // namespace switchyard::gateway
