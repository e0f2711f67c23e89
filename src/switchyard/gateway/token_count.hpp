// POST /v1/messages/count_tokens: how many input tokens a request's prompt
// takes, without running it. The caller is identified and authorized like
// any request (its key may use the model); nothing is sent anywhere and no
// ledger record is written (no model ran, nothing was spent).
//
// The count: the first deployment of the model served by the in-process
// engine counts with that model's own chat template and tokenizer (exactly
// the input tokens a request would be charged); a model with none is
// estimated as the gateway estimates prompts elsewhere (text bytes / 4,
// rounded up: stream_relay.hpp's estimated_usage), since a cloud
// provider's tokenizer is not in this process.
#pragma once

#include <cstdint>

#include "switchyard/api/dialect.hpp"
#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/gateway/runtime.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/keys/key_ring.hpp"

namespace switchyard::gateway {

struct TokenCount {
  std::int64_t input_tokens = 0;
  bool exact = false;  // counted by a local model's tokenizer
};

// The count for `req` under `rt` (its model must be one of rt's aliases:
// else a 404 model_not_found).
core::Expected<TokenCount> count_prompt_tokens(const Runtime& rt, const core::ChatRequest& req);

// The whole endpoint: identify (`keys` may be null), decode with
// `decode` (the dialect's count_tokens body), authorize, count, answer
// with `encode` or the dialect's error.
using CountDecoder = core::Expected<core::ChatRequest> (*)(std::string_view body);
using CountEncoder = std::string (*)(std::int64_t input_tokens);
http::Task<void> serve_token_count(Runtime& rt, const keys::KeyRing* keys,
                                   const api::Dialect& dialect, CountDecoder decode,
                                   CountEncoder encode, http::Request& req,
                                   http::ResponseWriter& out, core::RequestContext ctx);

}  // namespace switchyard::gateway
