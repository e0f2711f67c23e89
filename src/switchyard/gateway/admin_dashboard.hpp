// The web dashboard (docs/observability.md, "Dashboard"): GET /ui serves
// the page and its files, compiled into the binary (admin/ui_assets.hpp),
// without the admin key — they carry no data. The page asks for the key,
// keeps it in the tab's sessionStorage and sends it as
// `Authorization: Bearer` on its reads of the admin API:
//
//   GET /admin/dashboard?since=1h&buckets=60   admin/dashboard_summary.hpp
//   GET /admin/requests?limit=50               admin/request_tail.hpp
//
// Both read the ledger on a thread of their own (as /admin/report), after
// the records already answered are in it; the dashboard adds the
// in-process engines' load, read from the providers on the io thread.
// The key never travels in a URL: URLs end up in logs and history.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "switchyard/admin/dashboard_summary.hpp"
#include "switchyard/admin/request_tail.hpp"
#include "switchyard/gateway/admin_keys.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/providers/provider_registry.hpp"

namespace switchyard::gateway {

// The in-process engines' load now, by provider (none without llama.cpp).
std::vector<admin::EngineLoad> engine_loads(const providers::ProviderSet& providers);

// The headers of a /ui file: x-request-id, and a content security policy
// that lets the page load and connect to nothing but this gateway (no
// inline script), never be framed, and send no Referer.
http::Headers ui_headers(const std::string& request_id);

// What a dashboard read asks: /admin/dashboard's query or /admin/requests'.
using AdminRead = std::variant<admin::DashboardQuery, admin::TailQuery>;
// `path` is /admin/dashboard or /admin/requests, `query` the target's part
// after '?'; a 400 error naming the parameter on a mistake.
core::Expected<AdminRead> parse_admin_read(std::string_view path, std::string_view query);

// The read over `store` as of `now_ms`: 200 with JSON, or 500 with the
// store's error in the OpenAI format.
AdminAnswer admin_read_answer(const AdminRead& read, ledger::RecordStore& store,
                              std::int64_t now_ms, const std::vector<admin::EngineLoad>& engines);

}  // namespace switchyard::gateway
