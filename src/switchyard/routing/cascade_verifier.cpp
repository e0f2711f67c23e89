#include "switchyard/routing/cascade_verifier.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "switchyard/routing/json_schema_check.hpp"

namespace switchyard::routing {

namespace {

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// ASCII lower case, and the typographic apostrophe (U+2019) as "'", so
// "I Don’t know" matches "i don't know".
std::string folded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
      continue;
    }
    const char c = text[i];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

CascadeVerdict weak(CascadeVerdict v, std::string signal, std::string detail) {
  v.weak = true;
  v.signal = std::move(signal);
  v.detail = std::move(detail);
  return v;
}

// The schema inside response_format.json_schema ({"name", "schema", ...}),
// as JSON text; "" when there is none.
std::string response_schema(const core::ResponseFormat& format) {
  if (format.type != core::ResponseFormat::Type::json_schema) return {};
  simdjson::dom::parser parser;
  simdjson::dom::element wrapper, schema;
  if (parser.parse(format.json_schema_json).get(wrapper)) return {};
  if (wrapper["schema"].get(schema)) return {};
  return simdjson::minify(schema);
}

const core::Tool* find_tool(const core::ChatRequest& request, std::string_view name) {
  for (const auto& t : request.tools)
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace

std::string describe_signals(const core::AnswerSignals& s) {
  std::string out =
      "mean_logprob=" + fixed(s.mean_logprob) + " min_logprob=" + fixed(s.min_logprob);
  if (s.entropy_known) out += " mean_entropy=" + fixed(s.mean_entropy);
  out += " tokens=" + std::to_string(s.tokens);
  return out;
}

CascadeVerdict verify_answer(const config::CascadeVerifyConfig& verify,
                             const core::ChatRequest& request, const core::ChatResponse& answer,
                             const std::optional<core::AnswerSignals>& signals) {
  CascadeVerdict v;
  if (signals && signals->tokens > 0) v.values = describe_signals(*signals);
  if (answer.choices.empty()) return weak(std::move(v), "empty", "empty=no choice");
  const core::Choice& choice = answer.choices.front();
  std::string text;
  std::vector<const core::ToolUseBlock*> calls;
  for (const auto& block : choice.message.content) {
    if (const auto* t = block.get<core::TextBlock>()) text += t->text;
    if (block.is<core::RefusalBlock>())
      return weak(std::move(v), "refusal", "refusal=the model refused");
    if (const auto* call = block.get<core::ToolUseBlock>()) calls.push_back(call);
  }
  const bool blank = std::all_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  });
  if (blank && calls.empty()) return weak(std::move(v), "empty", "empty=no text");

  if (verify.escalate_on_length && choice.finish_reason.kind == core::FinishKind::length)
    return weak(std::move(v), "length", "finish_reason=length");

  using Type = core::ResponseFormat::Type;
  const Type format = request.response_format.type;
  if (verify.json && calls.empty() &&
      (format == Type::json_object || format == Type::json_schema)) {
    const SchemaCheck check =
        check_json(text, response_schema(request.response_format), /*require_object=*/true);
    if (!check.conforms())
      return weak(
          std::move(v), "json",
          std::string(format == Type::json_schema && check.parsed ? "json_schema=" : "json=") +
              check.violation);
  }

  if (verify.tools) {
    for (const core::ToolUseBlock* call : calls) {
      const core::Tool* tool = find_tool(request, call->name);
      if (!tool)
        return weak(std::move(v), "tool_args",
                    "tool_args=calls '" + call->name.substr(0, 64) + "', which is not offered");
      const SchemaCheck check = check_json(call->arguments.empty() ? "{}" : call->arguments,
                                           tool->parameters_json, /*require_object=*/true);
      if (!check.conforms())
        return weak(std::move(v), "tool_args",
                    "tool_args=" + call->name.substr(0, 64) + ": " + check.violation);
    }
  }

  if (!verify.refusal_patterns.empty() && !text.empty()) {
    const std::string haystack = folded(text);
    for (const auto& pattern : verify.refusal_patterns) {
      const std::string needle = folded(pattern);
      if (!needle.empty() && haystack.find(needle) != std::string::npos)
        return weak(std::move(v), "refusal", "refusal=\"" + pattern.substr(0, 80) + "\"");
    }
  }

  if (signals && signals->tokens > 0) {
    const core::AnswerSignals& s = *signals;
    if (verify.min_token_logprob && s.min_logprob < *verify.min_token_logprob)
      return weak(std::move(v), "min_token_logprob",
                  "min_logprob=" + fixed(s.min_logprob) + "<" + fixed(*verify.min_token_logprob));
    if (verify.min_mean_logprob && s.mean_logprob < *verify.min_mean_logprob)
      return weak(std::move(v), "mean_logprob",
                  "mean_logprob=" + fixed(s.mean_logprob) + "<" + fixed(*verify.min_mean_logprob));
    if (verify.max_mean_entropy && s.entropy_known && s.mean_entropy > *verify.max_mean_entropy)
      return weak(std::move(v), "mean_entropy",
                  "mean_entropy=" + fixed(s.mean_entropy) + ">" + fixed(*verify.max_mean_entropy));
  }
  return v;
}

std::optional<core::AnswerSignals> signals_from_logprobs(std::string_view logprobs_json) {
  if (logprobs_json.empty()) return std::nullopt;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::dom::array content;
  if (parser.parse(logprobs_json.data(), logprobs_json.size()).get(root) ||
      root["content"].get(content))
    return std::nullopt;
  core::AnswerSignals s;
  double sum = 0;
  double sum_entropy = 0;
  std::int64_t with_entropy = 0;
  for (simdjson::dom::element token : content) {
    double logprob = 0;
    if (token["logprob"].get(logprob) || !std::isfinite(logprob)) continue;
    logprob = std::min(0.0, logprob);
    s.min_logprob = s.tokens == 0 ? logprob : std::min(s.min_logprob, logprob);
    sum += logprob;
    ++s.tokens;
    simdjson::dom::array top;
    if (token["top_logprobs"].get(top) || top.size() == 0) continue;
    double h = 0;
    double mass = 0;
    for (simdjson::dom::element alt : top) {
      double lp = 0;
      if (alt["logprob"].get(lp) || !std::isfinite(lp)) continue;
      const double p = std::exp(std::min(0.0, lp));
      h -= p * std::min(0.0, lp);
      mass += p;
    }
    if (mass < 1 && mass > 0) h -= (1 - mass) * std::log(1 - mass);
    sum_entropy += h;
    ++with_entropy;
  }
  if (s.tokens == 0) return std::nullopt;
  s.mean_logprob = sum / static_cast<double>(s.tokens);
  s.entropy_known = with_entropy == s.tokens;
  s.mean_entropy = with_entropy ? sum_entropy / static_cast<double>(with_entropy) : 0;
  return s;
}

}  // namespace switchyard::routing
