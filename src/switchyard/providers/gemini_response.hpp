// Gemini's answers (a GenerateContentResponse, whole or as the chunks of
// streamGenerateContent?alt=sse) read into the canonical types:
//
//   candidates[]          → choices (index: the candidate's, 0 when omitted)
//   content.parts[].text  → text (adjacent parts joined); thought: true → thinking
//   functionCall          → a tool-use block: name, args as JSON text; Gemini
//                           gives calls no id (or only sometimes), so each gets
//                           one made from the answer's responseId (the
//                           request's id when there is none), the candidate
//                           and the call's place: the same answer always gets
//                           the same ids, and ids differ between answers
//   finishReason          → STOP stop (tool_use when the candidate calls
//                           functions), MAX_TOKENS length; SAFETY, RECITATION,
//                           BLOCKLIST, PROHIBITED_CONTENT, SPII, IMAGE_SAFETY
//                           content_filter; any other word other. The word
//                           is kept, tagged Dialect::gemini.
//   promptFeedback.blockReason (no candidates) → one choice with no content
//                           and finish content_filter (the word: the reason)
//   usageMetadata         → usage: input promptTokenCount (+
//                           toolUsePromptTokenCount), output
//                           candidatesTokenCount + thoughtsTokenCount, total
//                           totalTokenCount, cache_read
//                           cachedContentTokenCount, reasoning
//                           thoughtsTokenCount
//   modelVersion, responseId → model, id
//
// Parts of other kinds (executable code, inline data the model made) are not
// carried.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/core/stream.hpp"
#include "switchyard/core/stream_builder.hpp"

namespace switchyard::providers {

// What names an answer when Gemini does not: the model asked for and an id
// (the request's) for the answer and its calls.
struct GeminiAnswerNames {
  std::string model;
  std::string fallback_id;
};

core::Expected<core::ChatResponse> decode_gemini_response(std::string_view body,
                                                          const GeminiAnswerNames& names);

// The id of the `ordinal`-th call (from 0) of candidate `candidate` of the
// answer `response_id`: "call_" and 24 hex digits.
std::string gemini_call_id(std::string_view response_id, int candidate, int ordinal);

core::FinishReason gemini_finish_reason(std::string_view word, bool called_functions);

// The events of a streamed answer, chunk by chunk (one per SSE event).
class GeminiStreamReader {
 public:
  explicit GeminiStreamReader(GeminiAnswerNames names) : names_(std::move(names)) {}

  // Appends the events `data` (one chunk's JSON) carries to `out`.
  core::Expected<bool> read(std::string_view data, core::StreamFrame& out);
  // The stream's body has ended: the usage of the last chunk that reported
  // one goes to `out`. False when some started candidate never finished
  // (or none started): the stream was cut short.
  bool end(core::StreamFrame& out);

 private:
  struct Candidate {
    int index = 0;
    int calls = 0;
    bool finished = false;
  };
  Candidate& candidate(core::StreamFrame& out, int index, std::string_view response_id,
                       std::string_view model);

  GeminiAnswerNames names_;
  core::StreamBuilder builder_;
  std::vector<Candidate> candidates_;
  std::string response_id_;
  bool have_usage_ = false;
  core::Usage usage_;
};

}  // namespace switchyard::providers
