// The privacy stage of the pipeline: find what a request carries, class it,
// and for cloud-bound requests whose class demands it, redact on the way out
// and restore on the way back (whole answers and streams alike).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/chat.hpp"
#include "switchyard/core/embedding.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/redaction_vault.hpp"

namespace switchyard::gateway {

privacy::PrivacyPolicy make_privacy_policy(const config::PrivacyConfig& cfg);
privacy::DetectorConfig make_detector_config(const config::PrivacyConfig& cfg);

// What the detector found in a request, text by text.
struct Inspection {
  privacy::Classification classification;
  // Findings of each text, in the order visit_texts walks them.
  std::vector<std::vector<privacy::Finding>> findings;
  bool found_any = false;
};

// Scans every text the request carries: message contents and text/refusal
// parts, tool call arguments, tool results, and unknown fields at any level
// (raw JSON), then classes it. A content part the gateway cannot read (input_audio, file,
// any type yet to come) makes the request of the highest class while scanning
// is on, like token-id embeddings input. `detector` null: privacy scanning is off.
Inspection inspect(const privacy::Detector* detector, const privacy::PrivacyPolicy& policy,
                   const core::ChatRequest& req, std::optional<privacy::DataClass> declared,
                   std::optional<privacy::DataClass> route_default);

// A copy of `req` with every finding replaced by its vault placeholder.
core::ChatRequest redact_request(const core::ChatRequest& req, const Inspection& inspection,
                                 privacy::RedactionVault& vault);

// The same for an embeddings request: every input text and unmodelled field.
// Token-id input cannot be read, so while scanning is on it makes the request
// of the highest class ("input given as token ids, which cannot be inspected"):
// it may go only where that class may, by default local deployments.
Inspection inspect(const privacy::Detector* detector, const privacy::PrivacyPolicy& policy,
                   const core::EmbeddingRequest& req, std::optional<privacy::DataClass> declared,
                   std::optional<privacy::DataClass> route_default);
core::EmbeddingRequest redact_request(const core::EmbeddingRequest& req,
                                      const Inspection& inspection, privacy::RedactionVault& vault);

// Puts the vault's values back into an answer (content, refusal, tool call arguments).
void restore_response(core::ChatResponse& resp, const privacy::RedactionVault& vault);

// Restores a streamed answer chunk by chunk. Text that could be the start of
// a placeholder split across chunks is held back; it is released with the
// choice's finish chunk, or by `flush` when the stream ends without one.
class ChunkRestorer {
 public:
  explicit ChunkRestorer(const privacy::RedactionVault& vault) : vault_(vault) {}
  void apply(core::ChatChunk& chunk);
  // A chunk carrying whatever is still held (nullopt when nothing is), shaped
  // after `last` (id, model, created).
  std::optional<core::ChatChunk> flush(const core::ChatChunk& last);

 private:
  privacy::StreamRestorer& content(int choice);
  privacy::StreamRestorer& arguments(int choice, int tool_call);

  const privacy::RedactionVault& vault_;
  std::map<int, privacy::StreamRestorer> content_;
  std::map<std::pair<int, int>, privacy::StreamRestorer> arguments_;
};

}  // namespace switchyard::gateway
