// replay_text and replay_json: what the candidate policy would change, the
// classes newly reaching the cloud first, then those the privacy filter
// keeps off it, then the rest; the split and cost three ways; and the facts
// older records lack.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

#include "switchyard/plan/replay.hpp"
#include "switchyard/plan/report_format.hpp"

namespace switchyard::plan {
namespace {

std::string part(const std::string& v) {
  return v.empty() ? "(none)" : v;
}

std::string class_label(const ClassKey& k) {
  return k.data_class + " · task=" + part(k.task) + " · model=" + part(k.model);
}

std::string where(Outcome o, const std::string& rule, const std::string& deployment) {
  std::string out = rule.empty() ? std::string("no rule") : "rule '" + rule + "'";
  out += " → ";
  out += deployment.empty() ? std::string(to_string(o)) : deployment + " (" + to_string(o) + ")";
  return out;
}

void change_lines(std::string& out, const std::string& title, const std::vector<Change>& list) {
  std::int64_t n = 0;
  for (const Change& c : list) n += c.requests;
  out += title + " (" + thousands(n) + " request" + (n == 1 ? "" : "s") + "):\n";
  if (list.empty()) out += "  none\n";
  for (const Change& c : list) {
    out += "  " + class_label(c.key) + ": " + thousands(c.requests) + " requests, " +
           to_string(c.from) + " → " + to_string(c.to) + "\n";
    out += "      now:       " + where(c.from, c.from_rule, c.from_deployment) + ", " +
           money(c.current_usd) + "\n";
    out += "      candidate: " + where(c.to, c.to_rule, c.to_deployment) + ", " +
           money(c.candidate_usd) + "\n";
    if (c.aimed_at_cloud)
      out += "      privacy:   the candidate's plan leads with " + c.filtered +
             " (cloud), not permitted for " + c.key.data_class + " data: dropped\n";
  }
  out += "\n";
}

std::string row(const std::string& name, const std::string& a, const std::string& b,
                const std::string& c) {
  auto pad = [](std::string s, std::size_t w) {
    // Pads by characters, not bytes (the labels are ASCII).
    if (s.size() < w) s.append(w - s.size(), ' ');
    return s;
  };
  return "  " + pad(name, 18) + pad(a, 14) + pad(b, 18) + c + "\n";
}

}  // namespace

std::string replay_text(const ReplayReport& r) {
  std::string out = "switchyard replay: " + thousands(r.records) + " routed records from " +
                    utc(r.since_ms) + " to " + utc(r.now_ms) + ", no model called";
  if (r.skipped > 0) out += " (" + thousands(r.skipped) + " refused before routing, not replayed)";
  out += "\n\n";
  change_lines(out, "Newly reaching the cloud", r.newly_cloud);
  change_lines(out,
               "Kept off the cloud by the privacy filter (the candidate's rules aim them there)",
               r.privacy_filtered);
  change_lines(out, "Leaving the cloud", r.leaving_cloud);
  change_lines(out, "Other changes", r.other_changes);

  out += "Split and cost" + std::string(" (window of ") + decimal(r.window_days, 1) +
         " days; a month is " + decimal(r.monthly_factor, 2) + " times that):\n";
  out += row("", "recorded", "current policy", "candidate");
  auto count_row = [&](const char* name, std::int64_t Split::*m) {
    out += row(name, thousands(r.recorded.*m), thousands(r.current.*m), thousands(r.candidate.*m));
  };
  count_row("local", &Split::local);
  count_row("cloud", &Split::cloud);
  count_row("refused", &Split::refused);
  out += row("cost (window)", money(r.recorded.cost_usd), money(r.current.cost_usd),
             money(r.candidate.cost_usd));
  out += row("cost per month", money(r.recorded.cost_usd * r.monthly_factor),
             money(r.current.cost_usd * r.monthly_factor),
             money(r.candidate.cost_usd * r.monthly_factor));
  out +=
      "  (\"recorded\" is what happened, fallbacks and spill included; the policies are "
      "replayed on the same facts, the recorded tokens at the serving deployment's price)\n";
  if (r.cascades > 0)
    out += "cascades: " + thousands(r.cascades) + " in the window, " + percent(r.escalation_rate) +
           " escalated: a replayed cascade's `then` is counted at that rate\n";
  out += "privacy: " + thousands(r.local_only_to_cloud) +
         " requests of a class kept off the cloud would reach it under the candidate (the "
         "filter runs on every replayed decision)\n";
  if (r.unavailable.empty()) {
    out += "facts: every record carries every fact\n";
  } else {
    out += "facts unavailable (older records, or not measured when served):\n";
    for (const auto& [name, n] : r.unavailable) {
      const bool read = std::find(r.candidate_reads.begin(), r.candidate_reads.end(), name) !=
                        r.candidate_reads.end();
      out += "  " + name + ": " + thousands(n) + " records" +
             (read ? " (the candidate's rules read it: those decisions used its default)" : "") +
             "\n";
    }
    out +=
        "  defaults: task \"\", flags false, response_format none, budget 0, load 0, no "
        "difficulty (a difficulty condition does not hold), prompt_tokens from the answer's "
        "usage\n";
  }
  return out;
}

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void str(Writer& w, const std::string& s) {
  w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
}

void split(Writer& w, const char* name, const Split& s) {
  w.Key(name);
  w.StartObject();
  w.Key("local");
  w.Int64(s.local);
  w.Key("cloud");
  w.Int64(s.cloud);
  w.Key("refused");
  w.Int64(s.refused);
  w.Key("cost_usd");
  w.Double(s.cost_usd);
  w.EndObject();
}

void changes(Writer& w, const char* name, const std::vector<Change>& list) {
  w.Key(name);
  w.StartArray();
  for (const Change& c : list) {
    w.StartObject();
    w.Key("data_class");
    str(w, c.key.data_class);
    w.Key("task");
    str(w, c.key.task);
    w.Key("model");
    str(w, c.key.model);
    w.Key("requests");
    w.Int64(c.requests);
    w.Key("from");
    str(w, to_string(c.from));
    w.Key("to");
    str(w, to_string(c.to));
    w.Key("from_rule");
    str(w, c.from_rule);
    w.Key("to_rule");
    str(w, c.to_rule);
    w.Key("from_deployment");
    str(w, c.from_deployment);
    w.Key("to_deployment");
    str(w, c.to_deployment);
    w.Key("privacy_dropped");
    str(w, c.aimed_at_cloud ? c.filtered : "");
    w.Key("current_usd");
    w.Double(c.current_usd);
    w.Key("candidate_usd");
    w.Double(c.candidate_usd);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string replay_json(const ReplayReport& r) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("object");
  w.String("replay");
  w.Key("since");
  str(w, utc(r.since_ms));
  w.Key("until");
  str(w, utc(r.now_ms));
  w.Key("records");
  w.Int64(r.records);
  w.Key("skipped");
  w.Int64(r.skipped);
  w.Key("window_days");
  w.Double(r.window_days);
  w.Key("monthly_factor");
  w.Double(r.monthly_factor);
  changes(w, "newly_cloud", r.newly_cloud);
  changes(w, "privacy_filtered", r.privacy_filtered);
  changes(w, "leaving_cloud", r.leaving_cloud);
  changes(w, "other_changes", r.other_changes);
  split(w, "recorded", r.recorded);
  split(w, "current", r.current);
  split(w, "candidate", r.candidate);
  w.Key("cascades");
  w.Int64(r.cascades);
  w.Key("escalation_rate");
  w.Double(r.escalation_rate);
  w.Key("local_only_to_cloud");
  w.Int64(r.local_only_to_cloud);
  w.Key("unavailable_facts");
  w.StartObject();
  for (const auto& [name, n] : r.unavailable) {
    str(w, name);
    w.Int64(n);
  }
  w.EndObject();
  w.Key("candidate_reads");
  w.StartArray();
  for (const auto& f : r.candidate_reads) str(w, f);
  w.EndArray();
  w.EndObject();
  return buf.GetString();
}

}  // namespace switchyard::plan
