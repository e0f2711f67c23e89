#include "switchyard/providers/gemini_response.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "switchyard/api/openai/json_input.hpp"

namespace switchyard::providers {
namespace {

namespace dom = simdjson::dom;

// One GenerateContentResponse, read once for both the whole answer and a
// chunk of a stream.
struct Part {
  enum class Kind { text, thought, call, other };
  Kind kind = Kind::other;
  std::string text;       // text, thought
  std::string name;       // call
  std::string arguments;  // call: JSON text
  std::string id;         // call: the id Gemini gave it, if any
};

struct Candidate {
  int index = 0;
  std::vector<Part> parts;
  std::string finish;  // finishReason; empty: not finished (a stream chunk)
};

struct Answer {
  std::vector<Candidate> candidates;
  std::string block_reason;  // promptFeedback.blockReason
  std::string response_id;
  std::string model_version;
  bool has_usage = false;
  core::Usage usage;
};

core::Error invalid(std::string message) {
  return core::Error::invalid(std::move(message));
}

std::string_view str_field(dom::object o, std::string_view key) {
  std::string_view s;
  if (o[key].get_string().get(s)) return {};
  return s;
}

std::int64_t int_field(dom::object o, std::string_view key) {
  dom::element e;
  if (o[key].get(e)) return 0;
  std::int64_t v = 0;
  if (!e.get_int64().get(v)) return v;
  double d = 0;
  if (!e.get_double().get(d) && d >= 0 && d < 9e18) return static_cast<std::int64_t>(d);
  // proto3 JSON writes 64-bit integers as strings.
  std::string_view s;
  if (!e.get_string().get(s)) {
    std::int64_t n = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return 0;
      if (n > 100'000'000'000'000'000LL) return n;  // more tokens than any answer has
      n = n * 10 + (c - '0');
    }
    return n;
  }
  return 0;
}

core::Usage usage_of(dom::object u) {
  core::Usage out;
  const std::int64_t thoughts = int_field(u, "thoughtsTokenCount");
  out.input_tokens = int_field(u, "promptTokenCount") + int_field(u, "toolUsePromptTokenCount");
  out.output_tokens = int_field(u, "candidatesTokenCount") + thoughts;
  out.total_tokens = int_field(u, "totalTokenCount");
  if (out.total_tokens == 0) out.total_tokens = out.input_tokens + out.output_tokens;
  out.cache_read_tokens = int_field(u, "cachedContentTokenCount");
  out.reasoning_tokens = thoughts;
  return out;
}

core::Expected<Part> part_of(dom::element e) {
  dom::object p;
  if (e.get_object().get(p)) return invalid("a part is not an object");
  Part out;
  dom::element call;
  if (!p["functionCall"].get(call)) {
    dom::object c;
    if (call.get_object().get(c)) return invalid("functionCall is not an object");
    out.kind = Part::Kind::call;
    out.name = str_field(c, "name");
    out.id = str_field(c, "id");
    if (out.name.empty()) return invalid("a functionCall has no name");
    dom::element args;
    out.arguments = c["args"].get(args) || args.is_null() ? "{}" : simdjson::to_string(args);
    return out;
  }
  dom::element text;
  if (!p["text"].get(text)) {
    std::string_view t;
    if (text.get_string().get(t)) return invalid("a part's text is not a string");
    bool thought = false;
    dom::element th;
    if (!p["thought"].get(th) && th.get_bool().get(thought)) thought = false;
    out.kind = thought ? Part::Kind::thought : Part::Kind::text;
    out.text = t;
  }
  return out;
}

core::Expected<Candidate> candidate_of(dom::element e) {
  dom::object c;
  if (e.get_object().get(c)) return invalid("a candidate is not an object");
  Candidate out;
  // proto3 JSON leaves a 0 out: a candidate without an index is the first.
  out.index = static_cast<int>(std::clamp<std::int64_t>(int_field(c, "index"), 0, 1 << 16));
  out.finish = str_field(c, "finishReason");
  dom::object content;
  dom::array parts;
  if (!c["content"].get_object().get(content) && !content["parts"].get_array().get(parts)) {
    for (dom::element p : parts) {
      auto part = part_of(p);
      if (!part) return part.error();
      out.parts.push_back(std::move(*part));
    }
  }
  return out;
}

core::Expected<Answer> answer_of(std::string_view body) {
  api::openai::json::Parse parse;
  dom::element root;
  dom::object o;
  if (parse.run(body, root) || root.get_object().get(o)) return invalid("not a JSON object");
  Answer a;
  a.response_id = str_field(o, "responseId");
  a.model_version = str_field(o, "modelVersion");
  dom::array candidates;
  if (!o["candidates"].get_array().get(candidates)) {
    for (dom::element e : candidates) {
      auto c = candidate_of(e);
      if (!c) return c.error();
      a.candidates.push_back(std::move(*c));
    }
  }
  dom::object feedback;
  if (!o["promptFeedback"].get_object().get(feedback))
    a.block_reason = str_field(feedback, "blockReason");
  dom::object usage;
  if (!o["usageMetadata"].get_object().get(usage)) {
    a.has_usage = true;
    a.usage = usage_of(usage);
  }
  return a;
}

std::uint64_t fnv1a(std::uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

core::FinishReason blocked(std::string_view reason) {
  core::FinishReason r;
  r.kind = core::FinishKind::content_filter;
  r.raw = reason;
  r.dialect = core::Dialect::gemini;
  return r;
}

std::int64_t now_seconds() {
  return static_cast<std::int64_t>(std::time(nullptr));
}

}  // namespace

std::string gemini_call_id(std::string_view response_id, int candidate, int ordinal) {
  const std::string where = std::to_string(candidate) + "/" + std::to_string(ordinal);
  std::uint64_t a = fnv1a(0xcbf29ce484222325ULL, response_id);
  a = fnv1a(a, "#");
  a = fnv1a(a, where);
  const std::uint64_t b = fnv1a(a ^ 0x9e3779b97f4a7c15ULL, where);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx%08llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b & 0xffffffffULL));
  return "call_" + std::string(buf);
}

core::FinishReason gemini_finish_reason(std::string_view word, bool called_functions) {
  core::FinishReason r;
  r.raw = word;
  r.dialect = core::Dialect::gemini;
  if (word == "STOP") {
    r.kind = called_functions ? core::FinishKind::tool_use : core::FinishKind::stop;
  } else if (word == "MAX_TOKENS") {
    r.kind = core::FinishKind::length;
  } else if (word == "SAFETY" || word == "RECITATION" || word == "BLOCKLIST" ||
             word == "PROHIBITED_CONTENT" || word == "SPII" || word == "IMAGE_SAFETY") {
    r.kind = core::FinishKind::content_filter;
  } else {
    r.kind = core::FinishKind::other;
  }
  return r;
}

core::Expected<core::ChatResponse> decode_gemini_response(std::string_view body,
                                                          const GeminiAnswerNames& names) {
  auto answer = answer_of(body);
  if (!answer) return answer.error();
  Answer& a = *answer;
  if (a.candidates.empty() && a.block_reason.empty())
    return invalid("the answer has neither candidates nor a promptFeedback.blockReason");
  core::ChatResponse r;
  r.dialect = core::Dialect::gemini;
  r.id = a.response_id.empty() ? names.fallback_id : a.response_id;
  r.model = a.model_version.empty() ? names.model : a.model_version;
  r.created = now_seconds();
  if (a.has_usage) r.usage = a.usage;
  if (a.candidates.empty()) {
    core::Choice& c = r.choices.emplace_back();
    c.message.role = core::Role::assistant;
    c.message.form = core::ContentForm::absent;
    c.finish_reason = blocked(a.block_reason);
    return r;
  }
  const std::string_view id_seed = a.response_id.empty() ? names.fallback_id : a.response_id;
  for (Candidate& cand : a.candidates) {
    core::Choice& c = r.choices.emplace_back();
    c.index = cand.index;
    c.message.role = core::Role::assistant;
    int calls = 0;
    bool text = false;
    for (Part& p : cand.parts) {
      switch (p.kind) {
        case Part::Kind::text: {
          text = true;
          core::TextBlock* last =
              c.message.content.empty() ? nullptr : c.message.content.back().get<core::TextBlock>();
          if (last) {
            last->text += p.text;
          } else {
            c.message.content.emplace_back().value.emplace<core::TextBlock>().text =
                std::move(p.text);
          }
          break;
        }
        case Part::Kind::thought:
          c.message.content.emplace_back().value.emplace<core::ThinkingBlock>().text =
              std::move(p.text);
          break;
        case Part::Kind::call: {
          auto& u = c.message.content.emplace_back().value.emplace<core::ToolUseBlock>();
          u.id = p.id.empty() ? gemini_call_id(id_seed, cand.index, calls) : std::move(p.id);
          ++calls;
          u.name = std::move(p.name);
          u.arguments = std::move(p.arguments);
          break;
        }
        case Part::Kind::other:
          break;
      }
    }
    c.message.form = text || calls == 0 ? core::ContentForm::string : core::ContentForm::absent;
    if (cand.finish.empty()) cand.finish = "STOP";
    c.finish_reason = gemini_finish_reason(cand.finish, calls > 0);
  }
  return r;
}

GeminiStreamReader::Candidate& GeminiStreamReader::candidate(core::StreamFrame& out, int index,
                                                             std::string_view response_id,
                                                             std::string_view model) {
  for (Candidate& c : candidates_)
    if (c.index == index) return c;
  core::MessageStart m;
  m.id = response_id.empty() ? names_.fallback_id : std::string(response_id);
  m.model = model.empty() ? names_.model : std::string(model);
  m.created = now_seconds();
  m.role = core::Role::assistant;
  builder_.start(out, index, std::move(m));
  Candidate& c = candidates_.emplace_back();
  c.index = index;
  return c;
}

core::Expected<bool> GeminiStreamReader::read(std::string_view data, core::StreamFrame& out) {
  auto answer = answer_of(data);
  if (!answer) return answer.error();
  Answer& a = *answer;
  out.dialect = core::Dialect::gemini;
  if (response_id_.empty()) response_id_ = a.response_id;
  const std::string_view id_seed = response_id_.empty() ? names_.fallback_id : response_id_;
  if (a.has_usage) {
    have_usage_ = true;
    usage_ = a.usage;
  }
  if (a.candidates.empty() && !a.block_reason.empty()) {
    Candidate& c = candidate(out, 0, a.response_id, a.model_version);
    if (!c.finished) {
      c.finished = true;
      builder_.finish(out, 0, blocked(a.block_reason));
    }
    return true;
  }
  for (auto& cand : a.candidates) {
    Candidate& c = candidate(out, cand.index, a.response_id, a.model_version);
    if (c.finished) continue;  // nothing follows a candidate's finish
    for (Part& p : cand.parts) {
      switch (p.kind) {
        case Part::Kind::text:
          builder_.text(out, c.index, std::move(p.text));
          break;
        case Part::Kind::thought:
          builder_.thinking(out, c.index, std::move(p.text));
          break;
        case Part::Kind::call: {
          std::string id = p.id.empty() ? gemini_call_id(id_seed, c.index, c.calls) : p.id;
          builder_.tool_call(out, c.index, c.calls, std::move(id), std::move(p.name),
                             std::move(p.arguments));
          ++c.calls;
          break;
        }
        case Part::Kind::other:
          break;
      }
    }
    if (!cand.finish.empty()) {
      c.finished = true;
      builder_.finish(out, c.index, gemini_finish_reason(cand.finish, c.calls > 0));
    }
  }
  return true;
}

bool GeminiStreamReader::end(core::StreamFrame& out) {
  out.dialect = core::Dialect::gemini;
  const bool complete =
      !candidates_.empty() && std::all_of(candidates_.begin(), candidates_.end(),
                                          [](const Candidate& c) { return c.finished; });
  if (complete && have_usage_) builder_.usage(out, usage_);
  return complete;
}

}  // namespace switchyard::providers
