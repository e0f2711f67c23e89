// A routing rule's `cascade:` action (docs/cascade.md): serve the request
// from `first` (local deployments), judge the answer, and when it is weak and
// the request's data class permits, serve it again from `then`.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace switchyard::config {

// An optional judge (`verify: {judge: ...}`): a local model asked whether the
// first answer is correct and complete, run only on answers every other
// check found strong and only when the request could escalate.
struct CascadeJudgeConfig {
  std::string deployment;  // a local deployment (the judge reads the unredacted text)
  double threshold = 0.5;  // weak when the judge's P(yes) is below
  // The judge's instructions; {question} and {answer} are replaced by the
  // request's last user message and the first answer's text.
  std::string prompt = default_prompt();
  bool escalate_on_error = false;  // on_error: keep (default) | escalate

  static std::string default_prompt() {
    return "You check answers. Read the question and the answer below. Reply yes if the "
           "answer is correct and complete, no if it is wrong, incomplete or evasive.\n\n"
           "Question:\n{question}\n\nAnswer:\n{answer}\n\n"
           "Is the answer correct and complete? Reply with JSON: {\"verdict\": \"yes\"} or "
           "{\"verdict\": \"no\"}.";
  }
};

// What makes a first answer weak. Unset thresholds are not checked.
struct CascadeVerifyConfig {
  // Confidence of the answer's tokens (nats; the in-process engine measures
  // them, an OpenAI-compatible server reports them as `logprobs`).
  std::optional<double> min_mean_logprob;   // weak below
  std::optional<double> max_mean_entropy;   // weak above
  std::optional<double> min_token_logprob;  // weak when any token is below
  bool escalate_on_length = true;           // on_length: escalate | keep
  // Case-insensitive substrings of the answer ("I don't know"); the
  // defaults unless the rule lists its own ([] turns the check off).
  std::vector<std::string> refusal_patterns = default_refusal_patterns();
  bool json = true;   // a response_format answer must be JSON (and match its schema)
  bool tools = true;  // tool calls must name an offered tool, with arguments matching its schema
  std::optional<CascadeJudgeConfig> judge;

  static std::vector<std::string> default_refusal_patterns() {
    return {"i don't know",
            "i do not know",
            "i'm not sure",
            "i am not sure",
            "i cannot answer",
            "i can't answer",
            "i cannot help with",
            "i can't help with",
            "i'm unable to",
            "i am unable to",
            "i don't have enough information",
            "i do not have enough information",
            "as an ai language model"};
  }
};

enum class CascadeStream { buffer, stream_local };
const char* to_string(CascadeStream s);

struct CascadeConfig {
  std::vector<std::string> first;  // local deployment names, tried in order
  std::vector<std::string> then;   // where a weak answer is served again, in order
  CascadeVerifyConfig verify;
  // A streamed request: buffer (verify the first answer, then stream the
  // chosen one) or stream_local (stream the first answer, never escalate).
  CascadeStream stream = CascadeStream::buffer;
  int line = 0;
};

}  // namespace switchyard::config
