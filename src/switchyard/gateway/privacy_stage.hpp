// The privacy stage of the pipeline: find what a request carries, class it,
// and for cloud-bound requests whose class demands it, redact on the way out
// and restore on the way back (whole answers and streams alike).
#pragma once

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
#include "switchyard/privacy/text_inspector.hpp"

namespace switchyard::gateway {

privacy::PrivacyPolicy make_privacy_policy(const config::PrivacyConfig& cfg);
privacy::DetectorConfig make_detector_config(const config::PrivacyConfig& cfg);

// The start-up warning when word lists the detector would read are missing
// (Debian's word lists not installed, or scripts/common-words not run as the
// user the gateway runs as): capitalised common words of those languages are
// then taken for names more often. Names the missing files; empty if none.
std::optional<std::string> missing_word_lists_warning(const privacy::DetectorConfig& d);

// What the detector found in a request, and how to redact it.
struct Inspection {
  privacy::Classification classification;
  // What to replace in each text of the request (texts numbered in the order
  // visit_texts walks them) when it goes out redacted.
  std::vector<privacy::TextEdits> edits;
  bool found_any = false;
};

// Scans every string the request carries, wherever it is (docs/privacy.md,
// "What is scanned"): message contents and parts, names, ids, tool calls and
// their arguments, tools and their schemas, tool_choice, response_format,
// stop, user, metadata keys and values, and unmodelled fields at any level
// with their keys, each after its JSON escapes are undone at every level of
// JSON nested in strings; prose also across message and part boundaries.
// Only a short allow-list is not scanned (model, numbers, booleans, fixed
// vocabularies). Then classes the request. A content part the gateway
// cannot read (input_audio, file, any type yet to come), a text escaped too
// deeply to read, or a value that cannot be redacted in place makes the
// request of the highest class while scanning is on, like token-id
// embeddings input. `detector` null: privacy scanning is off.
Inspection inspect(const privacy::Detector* detector, const privacy::PrivacyPolicy& policy,
                   const core::ChatRequest& req, std::optional<privacy::DataClass> declared,
                   std::optional<privacy::DataClass> route_default);

// A copy of `req` with every finding replaced by its vault placeholder, in
// place: inside raw JSON the string's escapes and every other byte stay as
// written; a number found to be a value becomes its placeholder, quoted.
core::ChatRequest redact_request(const core::ChatRequest& req, const Inspection& inspection,
                                 privacy::RedactionVault& vault);

// The same for an embeddings request: every input text (read as prose, in
// order), `user` and every unmodelled field.
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

}  // namespace switchyard::gateway
