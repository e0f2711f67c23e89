#include "switchyard/routing/rule.hpp"

#include <algorithm>
#include <charconv>

namespace switchyard::routing {
namespace {

std::string number(double v) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

std::string list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

}  // namespace

const char* to_string(Fact f) {
  switch (f) {
    case Fact::model:
      return "model";
    case Fact::team:
      return "team";
    case Fact::data_class:
      return "data_class";
    case Fact::entities:
      return "entities";
    case Fact::task:
      return "task";
    case Fact::response_format:
      return "response_format";
    case Fact::prompt_tokens:
      return "prompt_tokens";
    case Fact::local_queue_depth:
      return "local_load.queue_depth";
    case Fact::local_p95_ms:
      return "local_load.p95_ms";
    case Fact::difficulty:
      return "difficulty";
    case Fact::tools:
      return "tools";
    case Fact::images:
      return "images";
    case Fact::attachments:
      return "attachments";
    case Fact::stream:
      return "stream";
    case Fact::budget:
      return "budget";
  }
  return "?";
}

bool Condition::holds(const Facts& f) const {
  switch (fact) {
    case Fact::model:
      return std::find(ids.begin(), ids.end(), f.model_id) != ids.end();
    case Fact::team:
      return std::find(names.begin(), names.end(), f.team) != names.end();
    case Fact::task:
      return std::find(names.begin(), names.end(), f.task) != names.end();
    case Fact::data_class:
      return (mask >> privacy::PrivacyPolicy::index(f.data_class)) & 1u;
    case Fact::response_format:
      return (mask >> static_cast<unsigned>(f.response_format)) & 1u;
    case Fact::entities:
      return (entities & f.entities).any();
    case Fact::prompt_tokens:
      return range.contains(static_cast<double>(f.prompt_tokens));
    case Fact::local_queue_depth:
      return range.contains(static_cast<double>(f.local_load.queue_depth));
    case Fact::local_p95_ms:
      return range.contains(static_cast<double>(f.local_load.p95_ms));
    case Fact::difficulty:
      return f.difficulty && range.contains(*f.difficulty);
    case Fact::tools:
      return f.tools == flag;
    case Fact::images:
      return f.images == flag;
    case Fact::attachments:
      return f.attachments == flag;
    case Fact::stream:
      return f.stream == flag;
    case Fact::budget:
      return range.contains(f.budget);
  }
  return false;
}

std::string Condition::wanted() const {
  switch (fact) {
    case Fact::model:
    case Fact::team:
    case Fact::task:
    case Fact::data_class:
    case Fact::response_format:
      return names.size() == 1 ? names[0] : std::string("one of ").append(list(names));
    case Fact::entities:
      return std::string("any of ").append(list(names));
    case Fact::prompt_tokens:
    case Fact::local_queue_depth:
    case Fact::local_p95_ms:
    case Fact::difficulty:
    case Fact::budget: {
      std::string out;
      if (range.over) out.append("over ").append(number(*range.over));
      if (range.under)
        out.append(out.empty() ? "under " : " and under ").append(number(*range.under));
      return out;
    }
    case Fact::tools:
    case Fact::images:
    case Fact::attachments:
    case Fact::stream:
      return flag ? "true" : "false";
  }
  return {};
}

std::string fact_value(Fact fact, const Facts& f, const ClassNames& classes) {
  switch (fact) {
    case Fact::model:
      return std::string(f.model);
    case Fact::team:
      return f.team.empty() ? "(none)" : std::string(f.team);
    case Fact::task:
      return f.task.empty() ? "(none)" : std::string(f.task);
    case Fact::data_class:
      return classes[privacy::PrivacyPolicy::index(f.data_class)];
    case Fact::response_format:
      return to_string(f.response_format);
    case Fact::entities: {
      std::string out;
      for (std::size_t i = 0; i < privacy::kEntityTypeCount; ++i)
        if (f.entities.test(i)) {
          if (!out.empty()) out += ',';
          out += privacy::entity_name(static_cast<privacy::EntityType>(i));
        }
      return out.empty() ? "(none)" : out;
    }
    case Fact::prompt_tokens:
      return std::to_string(f.prompt_tokens);
    case Fact::local_queue_depth:
      return std::to_string(f.local_load.queue_depth);
    case Fact::local_p95_ms:
      return std::to_string(f.local_load.p95_ms);
    case Fact::difficulty:
      return f.difficulty ? number(*f.difficulty) : "(unset)";
    case Fact::tools:
      return f.tools ? "true" : "false";
    case Fact::images:
      return f.images ? "true" : "false";
    case Fact::attachments:
      return f.attachments ? "true" : "false";
    case Fact::stream:
      return f.stream ? "true" : "false";
    case Fact::budget:
      return number(f.budget);
  }
  return {};
}

std::string Rule::matched_on(const Facts& f, const ClassNames& classes) const {
  if (when.empty()) return "every request";
  std::string out;
  for (const Condition& c : when) {
    if (!out.empty()) out += "; ";
    out += to_string(c.fact);
    out += '=';
    out += fact_value(c.fact, f, classes);
    if (is_ranged(c.fact)) {
      out += ' ';
      out += c.wanted();
    }
  }
  return out;
}

}  // namespace switchyard::routing
