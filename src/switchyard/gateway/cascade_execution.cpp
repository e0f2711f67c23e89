// The cascade (docs/cascade.md): the plan's `first` deployments answer, the
// answer is held back and judged by routing's verifier; a strong answer, or
// a weak one the request's data class may not take elsewhere, is sent; a
// weak one is served again by the `then` deployments the privacy filter left
// (none, for a class kept local: it never escalates). Both attempts go into
// the one ledger record; the verdict into x-switchyard-cascade.
//
// Streamed requests: `buffer` holds and judges the first answer like any
// other, then streams the chosen one (the held answer replayed through the
// stream relay, or the escalation's own stream); `stream_local` streams the
// first deployments' answer as it comes, unjudged, never escalated (the
// `then` deployments stay as fallbacks should the first ones fail before
// the first byte). Either way one answer reaches the stream.
#include "switchyard/gateway/attempt_errors.hpp"
#include "switchyard/gateway/buffered_answer.hpp"
#include "switchyard/gateway/execute_stage.hpp"
#include "switchyard/gateway/response_headers.hpp"
#include "switchyard/gateway/stream_relay.hpp"
#include "switchyard/routing/cascade_judge.hpp"
#include "switchyard/routing/cascade_verifier.hpp"

namespace switchyard::gateway {

namespace {

// The plan's permitted candidates, split into the cascade's first
// deployments and those a weak answer goes to (in the permitted order).
void split(const Exchange& ex, std::vector<const routing::Candidate*>& first,
           std::vector<const routing::Candidate*>& then) {
  for (const routing::Candidate* c : ex.permitted) {
    const auto index = static_cast<std::size_t>(c - ex.plan.candidates.data());
    (index < ex.plan.cascade_first ? first : then).push_back(c);
  }
}

bool has_extra(const core::ChatRequest& r, std::string_view key) {
  for (const auto& [k, v] : r.extra)
    if (k == key) return true;
  return false;
}

// The request as the first deployments get it: log-probabilities asked for
// (an OpenAI-compatible server then reports them; the in-process engine
// measures its confidence instead), unless the client asked itself; never
// streamed.
core::ChatRequest asking_logprobs(const core::ChatRequest& client) {
  core::ChatRequest r = client;
  r.stream = false;  // held and judged whole, streamed (buffer) once chosen
  r.include_usage = false;
  if (!has_extra(r, "logprobs")) r.extra.emplace_back("logprobs", "true");
  if (!has_extra(r, "top_logprobs")) r.extra.emplace_back("top_logprobs", "5");
  return r;
}

// The held answer as the client gets it: without the logprobs it did not ask for.
core::ChatResponse as_client_sees(core::ChatResponse answer, const core::ChatRequest& client) {
  if (!has_extra(client, "logprobs"))
    for (auto& choice : answer.choices) choice.logprobs_json.clear();
  answer.signals.reset();
  return answer;
}

std::optional<core::AnswerSignals> signals_of(const core::ChatResponse& answer) {
  if (answer.signals) return answer.signals;
  if (answer.choices.empty()) return std::nullopt;
  return routing::signals_from_logprobs(answer.choices.front().logprobs_json);
}

std::string joined(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + " " + b;
}

// The escalated request's record and outcome carry its first attempt.
void note_first_attempt(Exchange& ex, const Deployment* dep,
                        const std::optional<core::ChatResponse>& answer,
                        core::Clock::duration took) {
  ledger::RequestRecord& rec = ex.record;
  rec.cascade_first_deployment = dep ? dep->config->name : "";
  rec.cascade_first_duration_us =
      std::chrono::duration_cast<std::chrono::microseconds>(took).count();
  if (answer && answer->usage) {
    rec.cascade_first_prompt_tokens = answer->usage->input_tokens;
    rec.cascade_first_completion_tokens = answer->usage->output_tokens;
  }
  if (dep && answer && answer->usage)
    rec.cascade_first_cost_usd = dep->config->price.usd(*answer->usage);
  ex.outcome.first_prompt_tokens = rec.cascade_first_prompt_tokens;
  ex.outcome.first_completion_tokens = rec.cascade_first_completion_tokens;
  ex.outcome.first_cost_usd = rec.cascade_first_cost_usd;
}

void forget_first_attempt(Exchange& ex) {
  ledger::RequestRecord& rec = ex.record;
  rec.cascade_first_deployment.clear();
  rec.cascade_first_duration_us = 0;
  rec.cascade_first_prompt_tokens = 0;
  rec.cascade_first_completion_tokens = 0;
  rec.cascade_first_cost_usd = 0;
  ex.outcome.first_prompt_tokens = 0;
  ex.outcome.first_completion_tokens = 0;
  ex.outcome.first_cost_usd = 0;
}

void note_skipped(Exchange& ex, const std::string& why) {
  if (!ex.skipped.empty()) ex.skipped += "; ";
  ex.skipped += why;
}

std::string fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

bool has_tool_call(const core::ChatResponse& answer) {
  if (answer.choices.empty()) return false;
  for (const auto& b : answer.choices.front().message.content)
    if (b.is<core::ToolUseBlock>()) return true;
  return false;
}

}  // namespace

http::Task<routing::CascadeVerdict> ExecuteStage::judge(Exchange& ex,
                                                        const config::CascadeJudgeConfig& settings,
                                                        const core::ChatResponse& answer,
                                                        routing::CascadeVerdict verdict) {
  const Deployment* judge = nullptr;
  for (const auto& d : deployments_)
    if (d.config && d.config->name == settings.deployment) judge = &d;
  // Config allows only a local deployment; checked again here, fail closed:
  // the judge reads the request as the client sent it.
  std::string failed;
  std::optional<routing::JudgeScore> score;
  if (!judge || judge->config->side != config::Side::local) {
    failed = "judge '" + settings.deployment + "' is not a local deployment";
  } else if (!judge->unavailable.empty()) {
    failed = "judge unavailable";
  } else {
    const core::ChatRequest asked = routing::judge_request(settings, ex.chat(), answer);
    auto res = co_await judge->provider->chat(asked, judge->config->model, ex.ctx);
    if (!res)
      failed = "judge " + short_error(res.error());
    else if (!(score = routing::judge_score(*res)))
      failed = "judge gave no yes/no verdict";
  }
  const auto add_value = [&](const std::string& v) {
    verdict.values = verdict.values.empty() ? v : verdict.values + " " + v;
  };
  if (!failed.empty()) {
    add_value("judge_error=\"" + failed + "\"");
    if (settings.escalate_on_error) {
      verdict.weak = true;
      verdict.signal = "judge";
      verdict.detail = "judge_error=\"" + failed + "\"";
      verdict.values.clear();
    }
    co_return verdict;
  }
  if (score->p_yes < settings.threshold) {
    verdict.weak = true;
    verdict.signal = "judge";
    verdict.detail = "judge=" + fixed2(score->p_yes) + "<" + fixed2(settings.threshold);
  } else {
    add_value("judge=" + fixed2(score->p_yes));
  }
  co_return verdict;
}

void ExecuteStage::count_cascade(const std::string& rule, const char* verdict) {
  registry_
      .counter("switchyard_cascade_verdicts_total",
               "Cascade first answers by routing rule and what became of them (kept, escalated, "
               "kept_not_permitted, escalation_failed, first_failed, stream_local).",
               "rule=\"" + observe::label_value(rule) + "\",verdict=\"" + verdict + "\"")
      .inc();
}

http::Task<std::optional<core::Error>> ExecuteStage::hold_chat(Exchange& ex, const Deployment& dep,
                                                               HeldAnswer& held,
                                                               DeploymentMetrics& dm) {
  // The first answer is asked unredacted: it must come from a deployment
  // the text may reach as it is (config: first lists local ones only).
  if (ex.attempted.redacted)
    co_return unavailable_error("a cascade's first deployment must be local; '" + dep.config->name +
                                "' is not");
  auto res = co_await dep.provider->chat(*held.request, dep.config->model, ex.ctx);
  if (!res) co_return std::move(res.error());
  dm.ok->inc();
  held.answer = std::move(*res);
  co_return std::nullopt;
}

http::Task<void> ExecuteStage::cascade(Exchange& ex) {
  const config::CascadeConfig& settings = *ex.plan.cascade;
  const std::string& rule = ex.plan.rule;
  std::vector<const routing::Candidate*> first;
  std::vector<const routing::Candidate*> then;
  split(ex, first, then);
  core::ChatRequest& client = ex.chat();

  if (client.stream && settings.stream == config::CascadeStream::stream_local) {
    ex.attempted.cascade = "stream_local; not verified";
    count_cascade(rule, "stream_local");
    first.insert(first.end(), then.begin(), then.end());  // fallbacks before the first byte
    if (auto error = co_await try_candidates(ex, first)) co_await respond_.fail(ex, *error);
    co_return;
  }

  const core::ChatRequest asked = asking_logprobs(client);
  HeldAnswer held;
  held.request = &asked;
  const auto started = core::Clock::now();
  std::optional<core::Error> first_error = co_await try_candidates(ex, first, &held);
  const auto took = core::Clock::now() - started;
  const Deployment* first_dep = ex.attempted.deployment;  // the last one tried, if any
  // The privacy filter left in `then` only what the class may use: a class
  // kept local has no cloud deployment there, and so never escalates.
  const bool may_escalate = !then.empty();
  const std::string not_permitted =
      "escalation not permitted for " + ex.record.data_class + " data";

  std::string why;  // the signal that found the first answer weak, and the values
  if (held.answer) {
    routing::CascadeVerdict verdict =
        routing::verify_answer(settings.verify, client, *held.answer, signals_of(*held.answer));
    // The judge runs last, on an answer every other check kept, and only
    // when a weak verdict could change where the request is served.
    if (!verdict.weak && may_escalate && settings.verify.judge && !has_tool_call(*held.answer))
      verdict = co_await judge(ex, *settings.verify.judge, *held.answer, std::move(verdict));
    why = joined(verdict.detail, verdict.values);
    if (!verdict.weak || !may_escalate) {
      ex.attempted.cascade = !verdict.weak ? (why.empty() ? "kept" : "kept; " + why)
                                           : "kept; weak " + why + "; " + not_permitted;
      ex.record.cascade = ex.attempted.cascade;
      count_cascade(rule, verdict.weak ? "kept_not_permitted" : "kept");
      co_await send_held(ex, *first_dep, as_client_sees(std::move(*held.answer), client));
      co_return;
    }
    note_skipped(ex, first_dep->config->name + " weak (" + verdict.detail + ")");
  } else if (!may_escalate) {
    ex.attempted.cascade = "failed; error=" + short_error(*first_error) + "; " + not_permitted;
    ex.record.cascade = ex.attempted.cascade;
    count_cascade(rule, "first_failed");
    co_await respond_.fail(ex, *first_error);
    co_return;
  } else {
    why = "error=" + short_error(*first_error);
  }

  ex.attempted.cascade = "escalated; " + why;
  ex.record.cascade = ex.attempted.cascade;
  note_first_attempt(ex, first_dep, held.answer, took);
  std::optional<core::Error> error = co_await try_candidates(ex, then);
  if (!error) {
    count_cascade(rule, "escalated");
    co_return;
  }
  if (!held.answer) {
    count_cascade(rule, "first_failed");
    co_await respond_.fail(ex, *error);
    co_return;
  }
  // Nothing reached the client: the weak first answer beats no answer.
  forget_first_attempt(ex);
  count_cascade(rule, "escalation_failed");
  ex.attempted.redacted = false;
  ex.attempted.cascade = "kept; escalation failed: " + short_error(*error) + "; weak " + why;
  ex.record.cascade = ex.attempted.cascade;
  co_await send_held(ex, *first_dep, as_client_sees(std::move(*held.answer), client));
}

http::Task<void> ExecuteStage::send_held(Exchange& ex, const Deployment& dep,
                                         core::ChatResponse answer) {
  ex.attempted.deployment = &dep;
  const http::Headers headers = route_headers(ex.ctx.request_id, ex.attempted);
  if (ex.chat().stream) {
    // The held answer streamed through the relay, as the deployment's own
    // stream would have been.
    BufferedAnswer replay(dep.provider->name(), std::move(answer));
    Deployment as_streamed;
    as_streamed.config = dep.config;
    as_streamed.provider = &replay;
    DeploymentMetrics dm;
    dm.ok = &replay_ok_;
    dm.failed = &replay_failed_;
    dm.breaker = nullptr;
    co_await relay_chat_stream(ex, respond_, as_streamed, ex.chat(), headers, dm);
    co_return;
  }
  if (auto unstored = co_await respond_.record(ex, 200, answer.usage)) {
    co_await respond_.withhold(ex, *unstored);
    co_return;
  }
  co_await respond_.send(ex, headers, ex.dialect.encode_chat_response_for(answer, ex.chat()));
  respond_.observe_done(ex.ctx);
}

}  // namespace switchyard::gateway
