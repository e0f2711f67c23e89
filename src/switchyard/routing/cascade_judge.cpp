#include "switchyard/routing/cascade_judge.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cmath>

namespace switchyard::routing {

namespace {

constexpr std::string_view kVerdictSchema =
    R"({"name":"verdict","strict":true,"schema":{"type":"object","properties":)"
    R"({"verdict":{"type":"string","enum":["yes","no"]}},"required":["verdict"],)"
    R"("additionalProperties":false}})";

std::string last_user_text(const core::ChatRequest& r) {
  for (auto it = r.messages.rbegin(); it != r.messages.rend(); ++it)
    if (it->role == core::Role::user) return it->text();
  return {};
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// "yes" or "no" when `token` is that word, whatever the case and the quotes,
// spaces and punctuation around it ("\"yes", " No", "yes\""); else "".
std::string_view verdict_word(std::string_view token) {
  std::size_t b = 0;
  while (b < token.size() && !is_letter(token[b])) ++b;
  std::size_t e = b;
  while (e < token.size() && is_letter(token[e])) ++e;
  for (std::size_t i = e; i < token.size(); ++i)
    if (is_letter(token[i])) return {};  // two words
  std::string w;
  for (std::size_t i = b; i < e; ++i) w += lower(token[i]);
  if (w == "yes") return "yes";
  if (w == "no") return "no";
  return {};
}

// The verdict the text states: {"verdict": "yes"} (a JSON answer without
// that member states none), or a plain answer whose first yes/no word
// decides ("No, it is wrong").
std::optional<bool> text_verdict(std::string_view text) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  std::string_view v;
  if (!parser.parse(text.data(), text.size()).get(root)) {
    // JSON: only its verdict member counts.
    if (root["verdict"].get(v)) return std::nullopt;
    const std::string_view w = verdict_word(v);
    if (w.empty()) return std::nullopt;
    return w == "yes";
  }
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_letter(text[i])) ++i;
    std::size_t e = i;
    while (e < text.size() && is_letter(text[e])) ++e;
    const std::string_view w = verdict_word(text.substr(i, e - i));
    if (!w.empty()) return w == "yes";
    i = e;
  }
  return std::nullopt;
}

// P(yes) from the verdict token's log-probabilities: the first content token
// that is a yes or a no, and the alternatives listed beside it.
std::optional<double> logprob_score(std::string_view logprobs_json) {
  if (logprobs_json.empty()) return std::nullopt;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::dom::array content;
  if (parser.parse(logprobs_json.data(), logprobs_json.size()).get(root) ||
      root["content"].get(content))
    return std::nullopt;
  for (simdjson::dom::element token : content) {
    std::string_view text;
    double logprob = 0;
    if (token["token"].get(text) || token["logprob"].get(logprob) || !std::isfinite(logprob))
      continue;
    const std::string_view chosen = verdict_word(text);
    if (chosen.empty()) continue;
    const double p = std::exp(std::min(0.0, logprob));
    double yes = chosen == "yes" ? p : 0;
    double no = chosen == "no" ? p : 0;
    bool listed_other = false;
    simdjson::dom::array top;
    if (!token["top_logprobs"].get(top)) {
      for (simdjson::dom::element alt : top) {
        std::string_view alt_text;
        double lp = 0;
        if (alt["token"].get(alt_text) || alt["logprob"].get(lp) || !std::isfinite(lp)) continue;
        if (alt_text == text) continue;  // the chosen token, counted
        const std::string_view w = verdict_word(alt_text);
        if (w.empty()) continue;
        const double q = std::exp(std::min(0.0, lp));
        (w == "yes" ? yes : no) += q;
        if (w != chosen) listed_other = true;
      }
    }
    if (listed_other && yes + no > 0) return yes / (yes + no);
    // Only the chosen side known: the rest of the mass counts against it.
    return chosen == "yes" ? p : 1 - p;
  }
  return std::nullopt;
}

}  // namespace

core::ChatRequest judge_request(const config::CascadeJudgeConfig& judge,
                                const core::ChatRequest& client, const core::ChatResponse& answer) {
  const std::string question = last_user_text(client);
  const std::string answered = answer.choices.empty() ? "" : answer.choices.front().message.text();
  std::string prompt;
  prompt.reserve(judge.prompt.size() + question.size() + answered.size());
  bool question_done = false;
  bool answer_done = false;
  for (std::size_t i = 0; i < judge.prompt.size();) {
    const std::string_view rest = std::string_view(judge.prompt).substr(i);
    if (!question_done && rest.starts_with("{question}")) {
      prompt += question;
      question_done = true;
      i += 10;
    } else if (!answer_done && rest.starts_with("{answer}")) {
      prompt += answered;
      answer_done = true;
      i += 8;
    } else {
      prompt += judge.prompt[i++];
    }
  }
  core::ChatRequest r;
  r.dialect = core::Dialect::openai;
  r.messages.push_back(core::text_message(core::Role::user, std::move(prompt)));
  r.temperature = 0;
  r.max_tokens = 16;
  r.response_format.type = core::ResponseFormat::Type::json_schema;
  r.response_format.json_schema_json = kVerdictSchema;
  r.extra.emplace_back("logprobs", "true");
  r.extra.emplace_back("top_logprobs", "5");
  return r;
}

std::optional<JudgeScore> judge_score(const core::ChatResponse& judged) {
  if (judged.choices.empty()) return std::nullopt;
  const core::Choice& c = judged.choices.front();
  const std::optional<bool> verdict = text_verdict(c.message.text());
  if (!verdict) return std::nullopt;
  if (auto p = logprob_score(c.logprobs_json)) return JudgeScore{*p, true};
  return JudgeScore{*verdict ? 1.0 : 0.0, false};
}

}  // namespace switchyard::routing
