#include "switchyard/providers/llama.hpp"

#include "switchyard/http/asio.hpp"

#include <simdjson.h>
#include <algorithm>
#include <atomic>
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <random>

#include "switchyard/local/json_grammar.hpp"
#include "switchyard/local/tool_grammar.hpp"
#include "switchyard/local/tool_output.hpp"

namespace switchyard::providers {

namespace net = http::net;
using local::GenerationEvent;

namespace {

// Events of one request, handed from the engine thread to the request's
// coroutine. `wake` is set while the coroutine waits for the next event.
struct Inbox {
  std::mutex mutex;
  std::deque<GenerationEvent> events;
  std::function<void()> wake;
  std::atomic<bool> timed_out{false};
};

// Completes (on the awaiting coroutine's executor) once the inbox holds an event.
template <typename Token>
auto async_next_event(std::shared_ptr<Inbox> inbox, Token&& token) {
  return net::async_initiate<Token, void()>(
      [](auto handler, std::shared_ptr<Inbox> in) {
        auto ex = net::get_associated_executor(handler);
        // std::function must be copyable; the handler is move-only.
        auto shared = std::make_shared<decltype(handler)>(std::move(handler));
        std::function<void()> wake = [shared, ex] {
          net::post(ex, [shared]() mutable { (*shared)(); });
        };
        std::unique_lock lock(in->mutex);
        if (in->events.empty()) {
          in->wake = std::move(wake);
          return;
        }
        lock.unlock();
        wake();
      },
      token, std::move(inbox));
}

local::GenerationCallback deliver_to(std::shared_ptr<Inbox> inbox) {
  return [inbox](GenerationEvent&& e) {
    std::function<void()> wake;
    {
      std::lock_guard lock(inbox->mutex);
      inbox->events.push_back(std::move(e));
      wake = std::exchange(inbox->wake, nullptr);
    }
    if (wake) wake();
  };
}

// A submitted request: its events and the means to stop it.
struct Run {
  std::shared_ptr<Inbox> inbox;
  local::GenerationHandle handle;
};

core::Expected<Run> submit(local::Engine& engine, const core::ChatRequest& req) {
  auto gen = to_generation_request(req);
  if (!gen) return gen.error();
  auto inbox = std::make_shared<Inbox>();
  auto handle = engine.submit(std::move(*gen), deliver_to(inbox));
  if (!handle) return handle.error();
  return Run{std::move(inbox), *handle};
}

// Waits for the next events; the wait counts as upstream time.
http::Task<std::deque<GenerationEvent>> next_events(const Run& run, core::RequestContext& ctx) {
  {
    core::UpstreamWaitTimer wait(ctx);
    co_await async_next_event(run.inbox, net::use_awaitable);
  }
  std::deque<GenerationEvent> out;
  std::lock_guard lock(run.inbox->mutex);
  out.swap(run.inbox->events);
  co_return out;
}

// Cancels the request when the attempt's deadline passes.
void arm_watchdog(net::steady_timer& timer, core::Clock::time_point deadline, const Run& run) {
  timer.expires_at(deadline);
  timer.async_wait([inbox = run.inbox, handle = run.handle](const boost::system::error_code& ec) {
    if (ec) return;
    inbox->timed_out = true;
    handle.cancel();
  });
}

core::Error timeout_error() {
  return {core::ErrorKind::timeout,
          504,
          "the local model did not finish within the request's time limit",
          {},
          "timeout",
          false};
}

core::Error ended_error(const Run& run) {
  if (run.inbox->timed_out) return timeout_error();
  return core::Error::internal("the local model's request was cancelled");
}

std::string random_id(std::string id) {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  static constexpr char alphabet[] =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  for (int i = 0; i < 24; ++i) id += alphabet[rng() % (sizeof(alphabet) - 1)];
  return id;
}

std::string new_completion_id() {
  return random_id("chatcmpl-");
}

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string model_name(const core::ChatRequest& req, std::string_view upstream_model) {
  return upstream_model.empty() ? req.model : std::string(upstream_model);
}

core::Usage full_usage(core::Usage u) {
  u.total_tokens = u.input_tokens + u.output_tokens;
  return u;
}

// Reads the output of a request with tools (null: none, the text is the content).
std::unique_ptr<local::ToolOutput> tool_output(const core::ChatRequest& req) {
  auto tools = callable_tools(req);
  if (!tools || tools->empty()) return nullptr;
  std::vector<std::string> names;
  for (const auto& t : *tools) names.push_back(t.name);
  return std::make_unique<local::ToolOutput>(std::move(names));
}

core::ChatResponse make_response(std::string model, std::string text,
                                 const local::Finished& finished, local::ToolOutput* tools) {
  core::ChatResponse r;
  r.id = new_completion_id();
  r.model = std::move(model);
  r.created = unix_now();
  core::Choice choice;
  choice.message.role = core::Role::assistant;
  if (tools) {
    tools->fill(text, choice.message);
    choice.finish_reason = tools->finish_reason(finished.reason);
  } else {
    choice.message.content.emplace_back().value.emplace<core::TextBlock>().text = std::move(text);
    choice.finish_reason = local::to_core(finished.reason);
  }
  r.choices.push_back(std::move(choice));
  r.usage = full_usage(finished.usage);
  r.signals = finished.signals;
  return r;
}

// A stream's first event: the message starts (the assistant's, one choice).
core::MessageStart message_start(std::string model) {
  core::MessageStart m;
  m.id = new_completion_id();
  m.model = std::move(model);
  m.created = unix_now();
  m.role = core::Role::assistant;
  return m;
}

// A number among the unmodelled request fields (llama-server's names).
std::optional<double> extra_number(const core::ChatRequest& req, std::string_view key) {
  for (const auto& [k, raw] : req.extra) {
    if (k != key) continue;
    char* end = nullptr;
    const double v = std::strtod(raw.c_str(), &end);
    if (end != raw.c_str() && *end == '\0') return v;
  }
  return std::nullopt;
}

// The JSON schema response_format asks for ("" for text), and its grammar.
core::Expected<std::string> answer_schema(const core::ResponseFormat& format) {
  using Type = core::ResponseFormat::Type;
  if (format.type == Type::json_object) return std::string(R"({"type":"object"})");
  if (format.type != Type::json_schema) return std::string();
  // The schema's own text (On-Demand's raw_json), which the grammar
  // converter parses in turn; nothing is re-rendered.
  const simdjson::padded_string wrapper(format.json_schema_json);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  simdjson::ondemand::object object;
  simdjson::ondemand::value schema;
  if (parser.iterate(wrapper).get(doc))
    return core::Error::invalid("response_format.json_schema is not valid JSON", "response_format");
  const auto ec = doc.get_object().get(object) ? simdjson::NO_SUCH_FIELD
                                               : object.find_field_unordered("schema").get(schema);
  if (ec == simdjson::NO_SUCH_FIELD || ec == simdjson::INCORRECT_TYPE)
    return core::Error::invalid("response_format.json_schema needs a 'schema' for the local model",
                                "response_format");
  std::string_view text;
  simdjson::ondemand::json_type type;
  simdjson::ondemand::object schema_object;
  simdjson::ondemand::array schema_array;
  auto read = ec ? ec : schema.type().get(type);
  if (!read && type == simdjson::ondemand::json_type::object) {
    read = schema.get_object().get(schema_object);
    if (!read) read = schema_object.raw_json().get(text);
  } else if (!read && type == simdjson::ondemand::json_type::array) {
    read = schema.get_array().get(schema_array);
    if (!read) read = schema_array.raw_json().get(text);
  } else if (!read) {
    text = schema.raw_json_token();  // a scalar; the token ends at the next structural character
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' ||
                             text.back() == '\t'))
      text.remove_suffix(1);
  }
  if (read)
    return core::Error::invalid("response_format.json_schema is not valid JSON", "response_format");
  return std::string(text);
}

core::Expected<std::string> grammar_for(const core::ResponseFormat& format,
                                        const std::string& schema) {
  if (format.type == core::ResponseFormat::Type::json_object) return local::json_object_grammar();
  if (schema.empty()) return std::string();
  auto grammar = local::json_schema_to_grammar(schema);
  if (!grammar) {
    core::Error e = grammar.error();
    e.param = "response_format";
    return e;
  }
  return grammar;
}

// ---- embeddings ----

using EmbeddingResult = core::Expected<std::vector<std::vector<float>>>;

// Submits token inputs to the engine (setting `handle`, which cancels them)
// and completes on the awaiting coroutine's executor with the vectors.
template <typename Token>
auto async_embed(local::Engine& engine, std::vector<std::vector<std::int32_t>> inputs,
                 local::GenerationHandle& handle, Token&& token) {
  return net::async_initiate<Token, void(std::optional<EmbeddingResult>)>(
      [&engine, &handle](auto handler, std::vector<std::vector<std::int32_t>> in) {
        auto ex = net::get_associated_executor(handler);
        // std::function must be copyable; the handler is move-only.
        auto shared = std::make_shared<decltype(handler)>(std::move(handler));
        handle = engine.submit_token_embeddings(std::move(in), [shared, ex](EmbeddingResult&& r) {
          net::post(ex, [shared, result = std::optional<EmbeddingResult>(std::move(r))]() mutable {
            (*shared)(std::move(result));
          });
        });
      },
      token, std::move(inputs));
}

std::string indexed_input(std::size_t i) {
  std::string p = "input[";
  p += std::to_string(i);
  p += ']';
  return p;
}

// The request's inputs as the engine's tokens, checked against the model's
// vocabulary and embedding context; `tokens` counts them all (the usage).
core::Expected<std::vector<std::vector<std::int32_t>>> embedding_inputs(
    const local::Engine& engine, const core::EmbeddingRequest& req, std::int64_t& tokens) {
  const local::ModelInfo& info = engine.info();
  std::vector<std::vector<std::int32_t>> out;
  out.reserve(req.input_count());
  if (req.token_input()) {
    for (const auto& ids : req.tokens) {
      auto& v = out.emplace_back();
      v.reserve(ids.size());
      for (std::int64_t id : ids) {
        if (id < 0 || id >= info.n_vocab) {
          return core::Error::invalid(
              indexed_input(out.size() - 1) + " holds token id " + std::to_string(id) +
                  ", but this model's vocabulary has " + std::to_string(info.n_vocab) +
                  " tokens; token ids must come from the model's own tokenizer",
              indexed_input(out.size() - 1), "invalid_token");
        }
        v.push_back(static_cast<std::int32_t>(id));
      }
    }
  } else {
    for (const auto& text : req.texts) out.push_back(engine.embedding_tokens(text));
  }
  tokens = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto n = static_cast<std::int64_t>(out[i].size());
    if (n == 0 || n > info.n_ctx_embedding) {
      return core::Error::invalid(
          indexed_input(i) + " is " + std::to_string(n) + " tokens, but this model embeds 1 to " +
              std::to_string(info.n_ctx_embedding) +
              " tokens per input (the provider's context_size); shorten or split it",
          indexed_input(i), "context_length_exceeded");
    }
    tokens += n;
  }
  return out;
}

}  // namespace

namespace {

// The type of the first block in `blocks` the template cannot take as text
// (a tool result's content searched too), with its index; empty when none.
// Tool calls are text to it (tool_prompt.hpp); thinking is left out.
std::string_view non_text_block(std::span<const core::Block> blocks, std::size_t& at) {
  for (std::size_t j = 0; j < blocks.size(); ++j) {
    at = j;
    const core::Block& b = blocks[j];
    if (b.is<core::ImageBlock>()) return "image_url";
    if (const auto* o = b.get<core::OpaqueBlock>()) return o->type;
    if (const auto* r = b.get<core::ToolResultBlock>()) {
      std::string_view type = non_text_block(r->content, at);
      if (!type.empty()) return type;
    }
  }
  return {};
}

}  // namespace

core::Expected<local::GenerationRequest> to_generation_request(const core::ChatRequest& req) {
  // The chat template sees text only: answering as if an image, audio or file
  // had been read would be wrong, so such a part is refused, not dropped.
  std::optional<core::Error> refused;
  core::for_each_message(req, [&](const core::Message& m, std::size_t i) {
    std::size_t j = 0;
    const std::string_view type = refused ? "" : non_text_block(m.content, j);
    if (type.empty()) return;
    std::string param = "messages[" + std::to_string(i) + "].content[" + std::to_string(j) + "]";
    refused = core::Error::invalid(
        "'" + param + "' is a content part of type '" + std::string(type.substr(0, 40)) +
            "', but the local model takes only text: send content as a string or as parts of "
            "type 'text'.",
        param, "unsupported_content_type");
  });
  if (refused) return *refused;
  if (req.n && *req.n != 1)
    return core::Error::invalid("the local model answers with one choice; n must be 1", "n");
  auto tools = callable_tools(req);
  if (!tools) return tools.error();
  local::GenerationRequest g;
  g.messages = core::messages_in_order(req);
  auto& s = g.sampling;
  if (req.temperature) s.temperature = static_cast<float>(*req.temperature);
  if (req.top_p) s.top_p = static_cast<float>(*req.top_p);
  if (req.frequency_penalty) s.frequency_penalty = static_cast<float>(*req.frequency_penalty);
  if (req.presence_penalty) s.presence_penalty = static_cast<float>(*req.presence_penalty);
  if (req.seed) s.seed = static_cast<std::uint32_t>(*req.seed);
  // req.reasoning (effort, budget) is ignored: the engine streams whatever
  // the model writes, reasoning included, as text, and has no switch or
  // budget for it (docs/local-inference.md, "The engine").
  if (auto v = extra_number(req, "top_k")) s.top_k = static_cast<int>(*v);
  if (auto v = extra_number(req, "min_p")) s.min_p = static_cast<float>(*v);
  if (auto v = extra_number(req, "repetition_penalty"))
    s.repetition_penalty = static_cast<float>(*v);
  if (auto v = extra_number(req, "repeat_penalty")) s.repetition_penalty = static_cast<float>(*v);
  if (auto limit = req.output_token_limit())
    g.max_tokens = static_cast<int>(std::clamp<std::int64_t>(*limit, INT_MIN, INT_MAX));
  g.stop = req.stop;
  // Asked for log-probabilities (a cascade's first attempt asks): the engine
  // measures its confidence in the answer, which ChatResponse::signals
  // carries to the verifier. (No `logprobs` object is written.)
  for (const auto& [k, raw] : req.extra)
    if (k == "logprobs") g.measure_confidence = raw == "true";
  auto schema = answer_schema(req.response_format);
  if (!schema) return schema.error();
  if (tools->empty()) {
    auto grammar = grammar_for(req.response_format, *schema);
    if (!grammar) return grammar.error();
    g.grammar = std::move(*grammar);
    return g;
  }
  // All offered tools are described; the grammar lets only the callable
  // ones be called (one, for a named tool_choice).
  using Mode = core::ToolChoice::Mode;
  const bool may_answer =
      req.tool_choice.mode == Mode::unset || req.tool_choice.mode == Mode::auto_;
  auto tg =
      local::tool_call_grammar(*tools, may_answer, req.parallel_tool_calls.value_or(true), *schema);
  g.tools = req.tools;
  g.grammar = std::move(tg.grammar);
  g.grammar_trigger = std::move(tg.trigger);
  return g;
}

core::Expected<std::vector<core::Tool>> callable_tools(const core::ChatRequest& req) {
  using Mode = core::ToolChoice::Mode;
  const Mode mode = req.tool_choice.mode;
  if (mode == Mode::none) return std::vector<core::Tool>();
  if (req.tools.empty()) {
    if (mode == Mode::required || mode == Mode::function)
      return core::Error::invalid("tool_choice asks for a tool call, but no tools are given",
                                  "tool_choice");
    return std::vector<core::Tool>();
  }
  if (mode != Mode::function) return req.tools;
  for (const auto& t : req.tools) {
    if (t.name == req.tool_choice.function_name) return std::vector<core::Tool>{t};
  }
  return core::Error::invalid("tool_choice names the function '" +
                                  req.tool_choice.function_name.substr(0, 64) +
                                  "', which is not among the request's tools",
                              "tool_choice");
}

core::Expected<std::unique_ptr<LlamaProvider>> LlamaProvider::open(LlamaOptions options) {
  auto engine = local::Engine::open(options.engine);
  if (!engine) return engine.error();
  return std::unique_ptr<LlamaProvider>(new LlamaProvider(std::move(options), std::move(*engine)));
}

LlamaProvider::LlamaProvider(LlamaOptions options, std::unique_ptr<local::Engine> engine)
    : options_(std::move(options)), engine_(std::move(engine)) {}

core::Expected<std::int64_t> LlamaProvider::prompt_tokens(const core::ChatRequest& req) const {
  auto g = to_generation_request(req);
  if (!g) return g.error();
  return engine_->prompt_tokens(*g);
}

int LlamaProvider::queue_depth() const {
  const local::EngineStats s = engine_->stats();  // a short lock the engine takes once a step
  return s.active_slots + s.queued_requests;
}

http::Task<core::Expected<core::ChatResponse>> LlamaProvider::chat(const core::ChatRequest& req,
                                                                   std::string_view upstream_model,
                                                                   core::RequestContext& ctx) {
  auto run = submit(*engine_, req);
  if (!run) co_return run.error();
  auto tools = tool_output(req);
  net::steady_timer watchdog(co_await net::this_coro::executor);
  arm_watchdog(watchdog, std::min(ctx.deadline, core::Clock::now() + options_.timeout), *run);
  std::string text;
  for (;;) {
    auto events = co_await next_events(*run, ctx);
    for (auto& e : events) {
      if (auto* piece = std::get_if<local::TextPiece>(&e)) {
        text += piece->text;
      } else if (auto* finished = std::get_if<local::Finished>(&e)) {
        if (finished->reason == local::FinishReason::cancelled) co_return ended_error(*run);
        co_return make_response(model_name(req, upstream_model), std::move(text), *finished,
                                tools.get());
      } else {
        co_return std::get<core::Error>(std::move(e));
      }
    }
  }
}

http::Task<StreamOutcome> LlamaProvider::chat_stream(const core::ChatRequest& req,
                                                     std::string_view upstream_model,
                                                     core::RequestContext& ctx, FrameSink& sink) {
  StreamOutcome outcome;
  auto run = submit(*engine_, req);
  if (!run) {
    outcome.error = run.error();
    co_return outcome;
  }
  net::steady_timer watchdog(co_await net::this_coro::executor);
  arm_watchdog(watchdog, std::min(ctx.deadline, core::Clock::now() + options_.timeout), *run);
  core::MessageStart start = message_start(model_name(req, upstream_model));
  core::StreamBuilder builder;
  auto tools = tool_output(req);
  std::vector<core::StreamFrame> frames;  // one per piece of text or part of a tool call
  for (;;) {
    auto events = co_await next_events(*run, ctx);
    for (auto& e : events) {
      frames.clear();
      bool finished_now = false;
      if (auto* piece = std::get_if<local::TextPiece>(&e)) {
        if (tools)
          tools->stream(&piece->text, builder, frames);
        else
          builder.text(frames.emplace_back(), 0, std::move(piece->text));
      } else if (auto* finished = std::get_if<local::Finished>(&e)) {
        if (finished->reason == local::FinishReason::cancelled) {
          outcome.error = ended_error(*run);
          co_return outcome;
        }
        if (tools) tools->stream(nullptr, builder, frames);
        core::FinishReason reason =
            tools ? tools->finish_reason(finished->reason) : local::to_core(finished->reason);
        builder.finish(frames.emplace_back(), 0, std::move(reason));
        builder.usage(frames.emplace_back(), full_usage(finished->usage));
        finished_now = true;
      } else {
        outcome.error = std::get<core::Error>(std::move(e));
        co_return outcome;
      }
      if (!outcome.started && !frames.empty()) {
        // The message starts with the first frame.
        core::StreamFrame head;
        builder.start(head, 0, std::move(start));
        auto& first = frames.front().events;
        first.insert(first.begin(), std::move(head.events.front()));
      }
      for (auto& frame : frames) {
        outcome.started = true;
        if (!co_await sink(frame)) {
          if (!finished_now) run->handle.cancel();
          outcome.consumer_gone = true;
          co_return outcome;
        }
      }
      if (finished_now) co_return outcome;
    }
  }
}

http::Task<core::Expected<core::EmbeddingResponse>> LlamaProvider::embeddings(
    const core::EmbeddingRequest& req, std::string_view upstream_model, core::RequestContext& ctx) {
  const local::ModelInfo& info = engine_->info();
  if (info.n_ctx_embedding == 0) {
    std::string m = "provider '";
    m += options_.name;
    m += "' was started without embeddings; add 'embeddings: true' to it in the configuration "
         "to serve /v1/embeddings from this model";
    co_return embeddings_not_supported(std::move(m));
  }
  if (req.dimensions && *req.dimensions != info.n_embd) {
    std::string m = "this model's embeddings have ";
    m += std::to_string(info.n_embd);
    m += " dimensions and cannot be shortened; leave 'dimensions' out or set it to ";
    m += std::to_string(info.n_embd);
    co_return core::Error::invalid(std::move(m), "dimensions", "unsupported_dimensions");
  }
  std::int64_t tokens = 0;
  auto inputs = embedding_inputs(*engine_, req, tokens);
  if (!inputs) co_return inputs.error();

  // Past the attempt's deadline the job stops before its next input.
  auto handle = std::make_shared<local::GenerationHandle>();
  auto timed_out = std::make_shared<bool>(false);
  net::steady_timer watchdog(co_await net::this_coro::executor);
  watchdog.expires_at(std::min(ctx.deadline, core::Clock::now() + options_.timeout));
  watchdog.async_wait([handle, timed_out](const boost::system::error_code& ec) {
    if (ec) return;
    *timed_out = true;
    handle->cancel();
  });
  std::optional<EmbeddingResult> result;
  {
    core::UpstreamWaitTimer wait(ctx);
    result = co_await async_embed(*engine_, std::move(*inputs), *handle, net::use_awaitable);
  }
  if (!*result) co_return *timed_out ? timeout_error() : result->error();
  core::EmbeddingResponse resp;
  resp.model = upstream_model.empty() ? req.model : std::string(upstream_model);
  resp.data = std::move(**result);
  resp.usage.input_tokens = tokens;
  resp.usage.total_tokens = tokens;
  co_return resp;
}

}  // namespace switchyard::providers
