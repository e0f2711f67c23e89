#include "switchyard/gateway/admin_dashboard.hpp"

#include <chrono>

#include "switchyard/admin/query_params.hpp"
#include "switchyard/admin/ui_assets.hpp"
#include "switchyard/api/openai/dialect.hpp"
#include "switchyard/gateway/gateway.hpp"
#include "switchyard/gateway/response_headers.hpp"
#include "switchyard/gateway/stores.hpp"

#ifdef SWITCHYARD_HAVE_LLAMA
#include "switchyard/providers/llama.hpp"
#endif

namespace switchyard::gateway {

std::vector<admin::EngineLoad> engine_loads(const providers::ProviderSet& providers) {
  std::vector<admin::EngineLoad> loads;
#ifdef SWITCHYARD_HAVE_LLAMA
  for (const auto& p : providers.providers) {
    auto llama = std::dynamic_pointer_cast<providers::LlamaProvider>(p);
    if (!llama) continue;
    const local::EngineStats s = llama->engine().stats();
    admin::EngineLoad load;
    load.provider = llama->name();
    load.queued_requests = s.queued_requests;
    load.active_sequences = s.active_slots;
    load.decoded_tokens = s.batched_tokens;
    load.decode_steps = s.steps;
    loads.push_back(std::move(load));
  }
#else
  (void)providers;
#endif
  return loads;
}

http::Headers ui_headers(const std::string& request_id) {
  http::Headers h = id_headers(request_id);
  h.emplace_back("content-security-policy",
                 "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  h.emplace_back("x-content-type-options", "nosniff");
  h.emplace_back("referrer-policy", "no-referrer");
  h.emplace_back("cache-control", "no-cache");
  return h;
}

core::Expected<AdminRead> parse_admin_read(std::string_view path, std::string_view query) {
  if (path == "/admin/requests") {
    auto q = admin::parse_tail_query(query);
    if (!q) return q.error();
    return AdminRead(*q);
  }
  auto q = admin::parse_dashboard_query(query);
  if (!q) return q.error();
  return AdminRead(*q);
}

AdminAnswer admin_read_answer(const AdminRead& read, ledger::RecordStore& store,
                              std::int64_t now_ms, const std::vector<admin::EngineLoad>& engines) {
  const api::openai::OpenAIDialect openai;
  core::Expected<std::string> json =
      std::holds_alternative<admin::TailQuery>(read)
          ? admin::request_tail_json(store, std::get<admin::TailQuery>(read), now_ms)
          : admin::dashboard_json(store, std::get<admin::DashboardQuery>(read), now_ms, engines);
  if (!json) return {500, openai.encode_error(json.error())};
  return {200, std::move(*json)};
}

// GET /ui, /ui/<file>.
http::Task<void> Gateway::serve_ui(Runtime& rt, std::string_view path, http::ResponseWriter& out,
                                   const core::RequestContext& ctx) {
  std::string_view name = path.substr(std::string_view("/ui").size());
  if (!name.empty()) name.remove_prefix(1);  // the '/'
  const admin::UiAsset* asset = admin::find_ui_asset(name);
  if (!asset) {
    core::Error e = core::Error::not_found(
        "Unknown dashboard file '" + header_safe(path) + "'; the dashboard is at /ui.",
        "unknown_url");
    co_return co_await not_found(rt, openai_, e, out, ctx);
  }
  rt.pipeline->respond().count_status(200);
  co_await out.send(200, asset->content_type, std::string(asset->body), ui_headers(ctx.request_id));
}

// GET /admin/dashboard, /admin/requests (the admin key already checked).
http::Task<void> Gateway::admin_read(Runtime& rt, const http::Request& req, std::string_view path,
                                     http::ResponseWriter& out, const core::RequestContext& ctx) {
  auto read = parse_admin_read(path, admin::query_of(req.target()));
  if (!read) {
    rt.pipeline->respond().count_status(400);
    co_await out.send(400, openai_.content_type(), openai_.encode_error(read.error()),
                      id_headers(ctx.request_id));
    co_return;
  }
  std::vector<admin::EngineLoad> engines = engine_loads(rt.providers);
  // Reading the ledger may take a while: never on this io thread (as
  // admin_report). The records already answered go in first.
  // The frame outlives the job: it resumes only after the job has ended.
  AdminAnswer answer;
  std::function<void()> job = [this, &answer, r = *read, engines = std::move(engines)] {
    ledger_->flush();
    auto store = open_record_store(cfg_.ledger, /*truncate_checkpoints=*/false);
    if (!store) {
      answer = {500, openai_.encode_error(store.error())};
    } else {
      const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
      answer = admin_read_answer(r, **store, now, engines);
    }
  };
  // Named, not a temporary of the co_await (g++ 12 destroys those twice).
  http::Task<void> done = blocking_.run(std::move(job));
  co_await std::move(done);
  rt.pipeline->respond().count_status(answer.status);
  http::Headers headers = id_headers(ctx.request_id);
  headers.emplace_back("cache-control", "no-store");
  co_await out.send(answer.status, openai_.content_type(), std::move(answer.body),
                    std::move(headers));
}

}  // namespace switchyard::gateway
