#include "switchyard/privacy/evaluation.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace switchyard::privacy {

std::size_t byte_offset_of_code_point(std::string_view utf8, std::size_t index) {
  std::size_t i = 0;
  for (std::size_t seen = 0; i < utf8.size() && seen < index; ++seen) {
    ++i;
    while (i < utf8.size() && (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

double EntityScore::f2() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 5 * p * r / (4 * p + r) : 0;
}

std::string scored_entity_name(std::string_view label) {
  auto type = parse_entity_name(label);
  if (!type) return std::string(label);
  if (*type == EntityType::url) type = EntityType::domain_name;
  return std::string(entity_name(*type));
}

namespace {

struct Span {
  std::string entity;
  std::size_t start, end;
};

// A report being added up, with the types its records label (only those
// are scored).
struct Tally {
  EvaluationReport report;
  std::set<std::string> labelled_types;
};

// A letter or a digit: what a leak is made of (not the spaces and
// punctuation between a name's words).
bool meaningful(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

void add_record(Tally& tally, std::size_t index, std::string_view text,
                const std::vector<Span>& gold, const std::vector<Span>& predicted) {
  EvaluationReport& report = tally.report;
  ++report.records;
  auto overlaps = [](const Span& a, const Span& b) {
    return a.entity == b.entity && a.start < b.end && b.start < a.end;
  };
  for (const Span& g : gold) {
    tally.labelled_types.insert(g.entity);
    EntityScore& e = report.entities[g.entity];
    ++e.labelled;
    bool found = false;
    for (const Span& p : predicted) found = found || overlaps(g, p);
    std::size_t chars = 0, masked = 0;
    for (std::size_t b = g.start; b < g.end && b < text.size(); ++b) {
      if (!meaningful(static_cast<unsigned char>(text[b]))) continue;
      ++chars;
      for (const Span& p : predicted)
        if (p.start <= b && b < p.end) {
          ++masked;
          break;
        }
    }
    e.labelled_chars += chars;
    e.masked_chars += masked;
    if (found) {
      ++e.found;
      if (masked < chars) report.mistakes.push_back({index, g.entity, false, g.start, g.end, true});
    } else {
      report.mistakes.push_back({index, g.entity, true, g.start, g.end});
    }
  }
  for (const Span& p : predicted) {
    EntityScore& e = report.entities[p.entity];
    ++e.reported;
    bool correct = false;
    for (const Span& g : gold) correct = correct || overlaps(g, p);
    if (correct) {
      ++e.correct;
      continue;
    }
    report.mistakes.push_back({index, p.entity, false, p.start, p.end});
    // The label it overlaps instead, the one covering most of it.
    const Span* instead = nullptr;
    std::size_t most = 0;
    for (const Span& g : gold) {
      const std::size_t from = std::max(g.start, p.start), to = std::min(g.end, p.end);
      if (from < to && to - from > most) {
        most = to - from;
        instead = &g;
      }
    }
    ++report.wrong[p.entity][instead ? instead->entity : std::string()];
  }
}

EvaluationReport finish(Tally& tally) {
  EvaluationReport& report = tally.report;
  for (auto& [name, e] : report.entities) {
    e.scored = parse_entity_name(name).has_value() && tally.labelled_types.count(name) > 0;
    if (!e.scored) continue;
    report.total.labelled += e.labelled;
    report.total.found += e.found;
    report.total.reported += e.reported;
    report.total.correct += e.correct;
    report.total.labelled_chars += e.labelled_chars;
    report.total.masked_chars += e.masked_chars;
  }
  return std::move(report);
}

GroupedEvaluation evaluate_all(const Detector& detector, const std::vector<LabelledText>& data,
                               const std::function<std::string(const LabelledText&)>* group_of) {
  Tally total;
  std::map<std::string, Tally> groups;
  std::vector<Span> gold, predicted;
  for (std::size_t index = 0; index < data.size(); ++index) {
    const LabelledText& record = data[index];
    gold.clear();
    predicted.clear();
    for (const LabelledSpan& s : record.spans)
      gold.push_back({scored_entity_name(s.entity), s.start, s.end});
    for (const Finding& f : detector.scan(record.text))
      predicted.push_back({scored_entity_name(entity_name(f.type)), f.start, f.end});
    add_record(total, index, record.text, gold, predicted);
    if (group_of) add_record(groups[(*group_of)(record)], index, record.text, gold, predicted);
  }
  GroupedEvaluation out;
  out.total = finish(total);
  for (auto& [key, tally] : groups) out.groups.emplace(key, finish(tally));
  return out;
}

}  // namespace

EvaluationReport evaluate(const Detector& detector, const std::vector<LabelledText>& data) {
  return evaluate_all(detector, data, nullptr).total;
}

GroupedEvaluation evaluate_grouped(
    const Detector& detector, const std::vector<LabelledText>& data,
    const std::function<std::string(const LabelledText&)>& group_of) {
  return evaluate_all(detector, data, &group_of);
}

}  // namespace switchyard::privacy
