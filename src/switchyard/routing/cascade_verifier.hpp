// The cascade's judge: is a first (local) answer good enough to return, or
// weak, so that the request is served again by a stronger model? Pure: it
// reads the request, the answer and the answer's confidence signals, and
// says which signal decided and the values it measured (for the
// x-switchyard-cascade header and the ledger).
//
// Signals, checked in this order; the first that finds the answer weak
// decides (docs/cascade.md):
//   empty        no text and no tool call
//   length       finish_reason length (the answer was cut off), unless on_length: keep
//   json         response_format json_object/json_schema: the text is not a
//                JSON object, or does not match the schema (json_schema_check.hpp)
//   tool_args    a tool call naming no offered tool, or arguments that are not
//                a JSON object matching the tool's parameters schema
//   refusal      the text contains a refusal pattern (case-insensitive)
//   min_token_logprob / mean_logprob / mean_entropy
//                the confidence thresholds, when the answer carries signals
//                (core::AnswerSignals: the in-process engine's, or computed
//                from an OpenAI-compatible server's logprobs)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "switchyard/config/cascade_config.hpp"
#include "switchyard/core/answer_signals.hpp"
#include "switchyard/core/chat.hpp"

namespace switchyard::routing {

struct CascadeVerdict {
  bool weak = false;
  // The signal that found the answer weak ("" when strong), and what it saw:
  // `mean_logprob=-2.31<-1.5`, `refusal="i don't know"`, `json=$.age: expected integer`.
  std::string signal;
  std::string detail;
  // The confidence values measured (`mean_logprob=-0.41 min_logprob=-3.20
  // mean_entropy=0.83 tokens=12`); "" when the answer carried none.
  std::string values;
};

// Judges `answer` (its first choice) to `request` under `verify`.
// `signals`: the answer's confidence, when known.
CascadeVerdict verify_answer(const config::CascadeVerifyConfig& verify,
                             const core::ChatRequest& request, const core::ChatResponse& answer,
                             const std::optional<core::AnswerSignals>& signals);

// Confidence signals from an OpenAI `logprobs` object ({"content": [{"token",
// "logprob", "top_logprobs": [...]}, ...]}): the mean and least logprob of
// the content tokens and, when top_logprobs are given, the mean entropy over
// them (the rest of the distribution's mass taken as one more outcome, so it
// is a lower bound). nullopt when the text holds no usable token.
std::optional<core::AnswerSignals> signals_from_logprobs(std::string_view logprobs_json);

// "mean_logprob=-0.41 min_logprob=-3.20 mean_entropy=0.83 tokens=12".
std::string describe_signals(const core::AnswerSignals& s);

}  // namespace switchyard::routing
