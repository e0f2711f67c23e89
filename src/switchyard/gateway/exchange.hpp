// One request on its way through the gateway: everything the stages learn
// about it, in one object on the request's coroutine frame. Each stage reads
// what the stages before it wrote and adds its own part; nothing here
// outlives the request (the redaction vault above all: its values are never
// logged and die with the request).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "switchyard/api/dialect.hpp"
#include "switchyard/core/chat.hpp"
#include "switchyard/core/embedding.hpp"
#include "switchyard/core/request_context.hpp"
#include "switchyard/gateway/deployment.hpp"
#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/keys/virtual_key.hpp"
#include "switchyard/ledger/record.hpp"
#include "switchyard/limits/admission.hpp"
#include "switchyard/limits/budget_store.hpp"
#include "switchyard/observe/stream_timing.hpp"
#include "switchyard/observe/trace.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/privacy/redaction_vault.hpp"
#include "switchyard/routing/facts.hpp"
#include "switchyard/routing/plan.hpp"

namespace switchyard::gateway {

// What a route serves; it picks the execute step (and the decoder).
enum class Endpoint { chat, embeddings };

// Where the request went, or why it went nowhere: the x-switchyard-* response
// headers and the ledger record's deployment and side.
struct Attempted {
  const Deployment* deployment = nullptr;  // the last one tried; null: none
  std::string reason;                      // x-switchyard-route-reason
  std::string data_class;                  // x-switchyard-data-class; "": not shown
  bool redacted = false;                   // the text went out redacted
  // x-switchyard-explain: 1 asked for the routing explanation: the facts,
  // each rule's verdict and the plan (x-switchyard-route-explain); "": not asked.
  std::string explanation;
  // A cascade's verdict (x-switchyard-cascade): "kept; ...", "escalated;
  // <signal>=<value> ..."; "" when no cascade ran.
  std::string cascade;
};

// How the request ended, as its ledger record says: what stages settle
// against (a budget charges what was used, refunds what was not).
class Stage;
struct Outcome {
  int status = 0;                     // what the client got; 499 when it closed a stream
  const Stage* refused_by = nullptr;  // the stage whose admit refused the request, if one did
  const Deployment* deployment = nullptr;
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  double cost_usd = 0;
  // A cascade that escalated: its first (local) attempt, on top of the
  // answer served above (the ledger record's cascade_first_* fields).
  std::int64_t first_prompt_tokens = 0;
  std::int64_t first_completion_tokens = 0;
  double first_cost_usd = 0;
};

// Settles the stages that admitted an exchange (the pipeline).
struct Exchange;
class Settler {
 public:
  virtual void settle(Exchange& ex) const = 0;

 protected:
  ~Settler() = default;
};

struct Exchange {
  Exchange(const http::Request& h, http::ResponseWriter& o, core::RequestContext c,
           const api::Dialect& d, Endpoint e)
      : http(h), out(o), ctx(std::move(c)), dialect(d), endpoint(e) {}
  Exchange(const Exchange&) = delete;
  Exchange& operator=(const Exchange&) = delete;

  const http::Request& http;  // the client's request: body and headers
  http::ResponseWriter& out;
  core::RequestContext ctx;  // id, deadline, waits; identify: caller
  const api::Dialect& dialect;
  const Endpoint endpoint;

  // identify: the caller's virtual key (null: none, in open mode) and its
  // team ("" when unknown), a routing fact.
  std::shared_ptr<const keys::VirtualKey> key;
  std::string team;

  // decode: the canonical request (ChatRequest for chat, EmbeddingRequest for
  // embeddings).
  std::variant<std::monostate, core::ChatRequest, core::EmbeddingRequest> request;
  // classify: what the request carries and the rule its class sets.
  Inspection seen;
  privacy::ClassRule rule;
  // route: the facts the rules saw, the plan and the candidates the class
  // may use (by the router's deployment index). `skipped` says why the
  // others are not the answer: not permitted (route), then unavailable,
  // circuit open or failed (execute); it ends in the route-reason header.
  routing::Facts facts;
  routing::Plan plan;
  std::vector<const routing::Candidate*> permitted;
  std::string skipped;
  // route: every permitted candidate is over its load limits; the pipeline
  // waits for one before execute (load_spill.hpp).
  bool held_for_load = false;
  // reserve: the request's hold on its key's rate limits and the estimated
  // cost held against its budgets (one admission), settled in settle to the
  // recorded tokens and cost, cancelled when it was refused later (or,
  // failing both, settled to the estimate when the Exchange dies).
  std::optional<limits::Hold> hold;
  // execute: where the attempts went; the vault and the redacted copy of the
  // request for cloud deployments (made at the first one that needs it).
  Attempted attempted;
  privacy::RedactionVault vault;
  std::variant<std::monostate, core::ChatRequest, core::EmbeddingRequest> redacted;
  // respond: the ledger record (written into by every stage, moved into the
  // ledger once), then the outcome it recorded.
  ledger::RequestRecord record;
  Outcome outcome;
  // observe: when a streamed answer's tokens arrived (execute), and the
  // request's stages and attempts as a trace (null unless tracing is on).
  observe::StreamTiming stream_timing;
  std::unique_ptr<observe::RequestTrace> trace;
  // The stages settle once, as soon as the outcome is recorded and before
  // the answer's last bytes leave: a client that sends its next request on
  // reading this answer finds its concurrency slot free and its tokens
  // charged. The pipeline settles whatever did not get that far.
  const Settler* settler = nullptr;
  std::size_t admitted = 0;  // admit stages that ran, the refusing one included
  bool settled = false;
  void settle() {
    if (settled || !settler) return;
    settled = true;
    settler->settle(*this);
  }

  core::ChatRequest& chat() { return std::get<core::ChatRequest>(request); }
  core::EmbeddingRequest& embedding() { return std::get<core::EmbeddingRequest>(request); }
  // The model alias the client asked for; "" before decode.
  const std::string& model() const {
    static const std::string none;
    if (auto* c = std::get_if<core::ChatRequest>(&request)) return c->model;
    if (auto* e = std::get_if<core::EmbeddingRequest>(&request)) return e->model;
    return none;
  }
};

}  // namespace switchyard::gateway
