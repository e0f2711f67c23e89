#include "switchyard/gateway/privacy_stage.hpp"

#include <algorithm>
#include <concepts>
#include <filesystem>
#include <string>
#include <string_view>
#include <type_traits>

#include "switchyard/gateway/request_texts.hpp"
#include "switchyard/privacy/entity_type.hpp"

namespace switchyard::gateway {
namespace {

// Feeds every text of a request to the inspector, in visit order.
class Inspecting {
 public:
  explicit Inspecting(privacy::TextInspector& inspector) : inspector_(inspector) {}
  void text(const std::string& s, privacy::TextForm form, const char* where) {
    inspector_.add(s, form, where);
  }
  void member(const std::string& key, const std::string& value, privacy::TextForm form,
              const char* where) {
    inspector_.add_member(key, value, form, where);
  }
  void members(const core::RawFields& fields, const char* where) {
    for (const auto& [key, raw_json] : fields)
      inspector_.add_member(key, raw_json, privacy::TextForm::json, where);
  }

 private:
  privacy::TextInspector& inspector_;
};

// Applies the inspection's edits to the texts of a copy, walking it the same
// way: the n-th text visited is the n-th text inspected.
class Redacting {
 public:
  Redacting(const std::vector<privacy::TextEdits>& edits, privacy::RedactionVault& vault)
      : edits_(edits), vault_(vault) {}
  void text(std::string& s, privacy::TextForm, const char*) { apply(s); }
  void member(std::string& key, std::string& value, privacy::TextForm, const char*) {
    apply(key);
    apply(value);
  }
  void members(core::RawFields& fields, const char*) {
    for (auto& [key, raw_json] : fields) {
      apply(key);
      apply(raw_json);
    }
  }

 private:
  void apply(std::string& s) {
    const std::size_t index = next_++;
    if (cursor_ == edits_.size() || edits_[cursor_].text != index) return;
    s = privacy::apply_edits(s, edits_[cursor_++].edits, vault_);
  }

  const std::vector<privacy::TextEdits>& edits_;
  privacy::RedactionVault& vault_;
  std::size_t next_ = 0, cursor_ = 0;
};

// The type of the first block in `blocks` the detector cannot read (a tool
// result's content searched too), with its index; empty when there is none.
std::string_view unreadable_block(std::span<const core::Block> blocks, std::size_t& at) {
  for (std::size_t j = 0; j < blocks.size(); ++j) {
    at = j;
    if (const auto* o = blocks[j].get<core::OpaqueBlock>()) return o->type;
    if (const auto* t = blocks[j].get<core::ThinkingBlock>(); t && t->redacted) {
      return "redacted_thinking";  // the provider's encrypted reasoning
    }
    if (const auto* r = blocks[j].get<core::ToolResultBlock>()) {
      std::string_view type = unreadable_block(r->content, at);
      if (!type.empty()) return type;
    }
  }
  return {};
}

// Why a request must be classed at the top when it carries a content part the
// detector cannot read (audio, a file, a type yet to come), or empty.
std::string unreadable_part_reason(const core::ChatRequest& req) {
  std::string why;
  core::for_each_message(req, [&](const core::Message& m, std::size_t i) {
    std::size_t j = 0;
    const std::string_view found = why.empty() ? unreadable_block(m.content, j) : "";
    if (found.empty()) return;
    // The type is the client's text and ends up in the ledger and in error
    // messages: keep it short and plain.
    std::string type;
    for (char c : found.substr(0, 40)) {
      const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                         (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
      type += plain ? c : '?';
    }
    why = "content part messages[" + std::to_string(i) + "].content[" + std::to_string(j) +
          "] of type '" + type + "', which cannot be inspected";
  });
  return why;
}

template <typename Request>
Inspection inspect_texts(const privacy::Detector* detector, const privacy::PrivacyPolicy& policy,
                         const Request& req, std::optional<privacy::DataClass> declared,
                         std::optional<privacy::DataClass> route_default) {
  Inspection out;
  privacy::TextsInspection seen;
  if (detector) {
    privacy::TextInspector inspector(*detector);
    Inspecting visitor(inspector);
    request_texts::visit(req, visitor);
    seen = inspector.finish();
  }
  out.found_any = !seen.findings.empty();
  out.edits = std::move(seen.edits);
  out.classification = privacy::classify(policy, declared, route_default, seen.findings);
  // Text that could not be read in full, or a value that cannot be replaced
  // in place: fail closed.
  constexpr auto kTop = privacy::DataClass::restricted;
  if (!seen.unreadable.empty() && out.classification.level < kTop) {
    out.classification.level = kTop;
    out.classification.reason = std::move(seen.unreadable);
  }
  return out;
}

template <typename Request>
Request redact_texts(const Request& req, const Inspection& inspection,
                     privacy::RedactionVault& vault) {
  Request copy = req;
  Redacting visitor(inspection.edits, vault);
  request_texts::visit(copy, visitor);
  return copy;
}

}  // namespace

privacy::PrivacyPolicy make_privacy_policy(const config::PrivacyConfig& cfg) {
  privacy::PrivacyPolicy p;
  for (std::size_t i = 0; i < privacy::kDataClassCount; ++i) p.names[i] = cfg.classes[i];
  if (auto base = p.parse(cfg.base_class)) p.base = *base;
  for (std::size_t i = 0; i < privacy::kDataClassCount; ++i)
    if (const auto& r = cfg.rules[i]) p.rules[i] = {r->local, r->cloud, r->redact_for_cloud};
  for (const auto& e : cfg.entities) {
    auto type = privacy::parse_entity_name(e.entity);
    if (!type || !e.data_class) continue;
    p.entity_class[privacy::index_of(*type)] =
        e.data_class->empty() ? std::nullopt : p.parse(*e.data_class);
  }
  return p;
}

privacy::DetectorConfig make_detector_config(const config::PrivacyConfig& cfg) {
  privacy::DetectorConfig d;
  if (!cfg.phone_regions.empty()) d.phone_regions = cfg.phone_regions;
  for (const auto& e : cfg.entities) {
    auto type = privacy::parse_entity_name(e.entity);
    if (!type) continue;
    if (e.enabled) d[*type].enabled = *e.enabled;
    if (e.threshold) d[*type].threshold = *e.threshold;
  }
  // Where a PERSON finding keeps the request off the cloud (its class may not
  // be served there), recall is the guarantee and a wrong finding only costs
  // a local answer: every name candidate counts, also those no evidence
  // vouches for. Where it only redacts, precision matters too (a redacted
  // non-name degrades the cloud's answer) and the default stands. A
  // threshold the policy gives wins either way.
  const auto explicit_threshold = [&](privacy::EntityType type) {
    for (const auto& e : cfg.entities)
      if (e.threshold && privacy::parse_entity_name(e.entity) == type) return true;
    return false;
  };
  const privacy::PrivacyPolicy policy = make_privacy_policy(cfg);
  constexpr auto kPerson = privacy::EntityType::person;
  if (auto c = policy.entity_class[privacy::index_of(kPerson)];
      c && !policy.rule(*c).cloud && !explicit_threshold(kPerson))
    d[kPerson].threshold = std::min(d[kPerson].threshold, privacy::kPersonCandidateScore);
  return d;
}

std::optional<std::string> missing_word_lists_warning(const privacy::DetectorConfig& d) {
  if (!d[privacy::EntityType::person].enabled) return std::nullopt;
  std::vector<std::string> missing;
  for (const auto* files : {&d.common_word_files, &d.capitalised_noun_files})
    for (const std::string& f : *files) {
      std::error_code error;
      if (!std::filesystem::is_regular_file(f, error)) missing.push_back(f);
    }
  if (missing.empty()) return std::nullopt;
  std::string w = "privacy: " + std::to_string(missing.size()) +
                  " word list(s) of other languages are missing, so capitalised common words of "
                  "those languages count as names more often (PERSON precision drops): ";
  for (std::size_t i = 0; i < missing.size() && i < 4; ++i) w += (i ? ", " : "") + missing[i];
  if (missing.size() > 4) w += ", …";
  w += "; install them with scripts/install-deps, or run scripts/common-words as the user the "
       "gateway runs as (or set SWITCHYARD_CACHE to a cache that has them)";
  return w;
}

Inspection inspect(const privacy::Detector* detector, const privacy::PrivacyPolicy& policy,
                   const core::ChatRequest& req, std::optional<privacy::DataClass> declared,
                   std::optional<privacy::DataClass> route_default) {
  Inspection out = inspect_texts(detector, policy, req, declared, route_default);
  // Audio, files and part types yet to come are content the detector cannot
  // read: fail closed, as for token-id embeddings input.
  constexpr auto kTop = privacy::DataClass::restricted;
  if (detector && out.classification.level < kTop) {
    if (std::string why = unreadable_part_reason(req); !why.empty()) {
      out.classification.level = kTop;
      out.classification.reason = std::move(why);
    }
  }
  return out;
}

core::ChatRequest redact_request(const core::ChatRequest& req, const Inspection& inspection,
                                 privacy::RedactionVault& vault) {
  return redact_texts(req, inspection, vault);
}

Inspection inspect(const privacy::Detector* detector, const privacy::PrivacyPolicy& policy,
                   const core::EmbeddingRequest& req, std::optional<privacy::DataClass> declared,
                   std::optional<privacy::DataClass> route_default) {
  Inspection out = inspect_texts(detector, policy, req, declared, route_default);
  // Token ids are text the detector cannot read: fail closed.
  constexpr auto kTop = privacy::DataClass::restricted;
  if (detector && req.token_input() && out.classification.level < kTop) {
    out.classification.level = kTop;
    out.classification.reason = "input given as token ids, which cannot be inspected";
  }
  return out;
}

core::EmbeddingRequest redact_request(const core::EmbeddingRequest& req,
                                      const Inspection& inspection,
                                      privacy::RedactionVault& vault) {
  return redact_texts(req, inspection, vault);
}

namespace {

template <typename Blocks>
void restore_blocks(Blocks& blocks, const privacy::RedactionVault& vault) {
  for (core::Block& b : blocks) {
    if (auto* t = b.get<core::TextBlock>()) {
      t->text = vault.restore(t->text);
    } else if (auto* r = b.get<core::RefusalBlock>()) {
      r->text = vault.restore(r->text);
    } else if (auto* call = b.get<core::ToolUseBlock>()) {
      call->arguments = vault.restore(call->arguments);
    } else if (auto* thinking = b.get<core::ThinkingBlock>(); thinking && !thinking->redacted) {
      thinking->text = vault.restore(thinking->text);
    } else if (auto* result = b.get<core::ToolResultBlock>()) {
      restore_blocks(result->content, vault);
    }
  }
}

}  // namespace

void restore_response(core::ChatResponse& resp, const privacy::RedactionVault& vault) {
  if (vault.empty()) return;
  for (auto& choice : resp.choices) restore_blocks(choice.message.content, vault);
}

}  // namespace switchyard::gateway
