// The cascade's optional judge (docs/cascade.md, `verify: {judge: ...}`): a
// local model is shown the request's question and the first answer and asked
// for a yes/no verdict on whether the answer is correct and complete. Pure:
// this file builds the judge's request and reads its answer; the execute
// stage (gateway/cascade_execution.cpp) calls the judge's deployment.
//
// The request asks for {"verdict": "yes"|"no"} under a JSON schema (the
// in-process engine then samples nothing else; an OpenAI-compatible local
// server does the same with response_format json_schema), at temperature 0,
// with log-probabilities. The score is P(yes): from the verdict token's
// log-probabilities when the server reports them (normalised over the yes and
// no alternatives it lists), else 1 for yes and 0 for no.
#pragma once

#include <optional>
#include <string>

#include "switchyard/config/cascade_config.hpp"
#include "switchyard/core/chat.hpp"

namespace switchyard::routing {

// The judge's request for `answer` (its first choice's text) to `client`
// (its last user message): one user message, `judge.prompt` with
// {question} and {answer} filled in once each (text inside them is not
// scanned for more slots).
core::ChatRequest judge_request(const config::CascadeJudgeConfig& judge,
                                const core::ChatRequest& client, const core::ChatResponse& answer);

struct JudgeScore {
  double p_yes = 0;            // 0..1
  bool from_logprobs = false;  // false: the verdict's text alone (1 or 0)
};

// The judge's verdict: nullopt when its answer holds neither a yes nor a no
// verdict (the rule's on_error decides then).
std::optional<JudgeScore> judge_score(const core::ChatResponse& judged);

}  // namespace switchyard::routing
