#include "switchyard/cli/pii_command.hpp"

#include <simdjson.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/evaluation.hpp"

namespace switchyard::cli {

namespace {

// Printable on one line: control characters escaped.
std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string fixed(double v, int digits = 3) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

int scan_stdin(bool machine) {
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  privacy::Detector detector;
  const auto kind =
      machine ? privacy::Detector::TextKind::machine : privacy::Detector::TextKind::prose;
  for (const privacy::Finding& f : detector.scan(text, kind)) {
    std::cout << privacy::entity_name(f.type) << '\t' << f.start << '\t' << f.end << '\t'
              << fixed(f.score, 2) << '\t' << f.detector << '\t' << one_line(f.text_in(text))
              << '\n';
  }
  return 0;
}

// Reads a presidio-research JSON file; character offsets become byte offsets.
bool load_labelled(const std::string& path, std::vector<privacy::LabelledText>& out,
                   std::string& error) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto err = parser.load(path).get(root)) {
    error = std::string("cannot read ") + path + ": " + simdjson::error_message(err);
    return false;
  }
  simdjson::dom::array records;
  if (root.get_array().get(records)) {
    error = path + ": expected a JSON array of records";
    return false;
  }
  std::size_t index = 0;
  for (simdjson::dom::element record : records) {
    privacy::LabelledText lt;
    std::string_view text;
    simdjson::dom::array spans;
    if (record["full_text"].get_string().get(text) || record["spans"].get_array().get(spans)) {
      error = path + ": record " + std::to_string(index) + " lacks full_text or spans";
      return false;
    }
    lt.text = std::string(text);
    std::string_view locale;
    if (!record["locale"].get_string().get(locale)) lt.locale = std::string(locale);
    for (simdjson::dom::element span : spans) {
      std::string_view entity;
      int64_t start = 0, end = 0;
      if (span["entity_type"].get_string().get(entity) ||
          span["start_position"].get_int64().get(start) ||
          span["end_position"].get_int64().get(end) || start < 0 || end < start) {
        error = path + ": record " + std::to_string(index) + " has a malformed span";
        return false;
      }
      lt.spans.push_back({std::string(entity),
                          privacy::byte_offset_of_code_point(lt.text, std::size_t(start)),
                          privacy::byte_offset_of_code_point(lt.text, std::size_t(end))});
    }
    out.push_back(std::move(lt));
    ++index;
  }
  return true;
}

void print_table(const privacy::EvaluationReport& r) {
  std::printf("%-22s %8s %8s %9s %7s %7s %7s\n", "entity", "labelled", "reported", "precision",
              "recall", "F2", "masked");
  auto row = [](const std::string& name, const privacy::EntityScore& e) {
    std::printf("%-22s %8zu %8zu %9s %7s %7s %7s%s\n", name.c_str(), e.labelled, e.reported,
                fixed(e.precision()).c_str(), fixed(e.recall()).c_str(), fixed(e.f2()).c_str(),
                fixed(e.masked()).c_str(), e.scored ? "" : "  (not scored)");
  };
  for (const auto& [name, e] : r.entities) row(name, e);
  row("TOTAL", r.total);
  std::printf("%zu records\n", r.records);
}

void print_json(const privacy::EvaluationReport& r) {
  auto object = [](const privacy::EntityScore& e) {
    std::ostringstream o;
    o << "{\"labelled\":" << e.labelled << ",\"found\":" << e.found
      << ",\"reported\":" << e.reported << ",\"correct\":" << e.correct
      << ",\"precision\":" << fixed(e.precision(), 4) << ",\"recall\":" << fixed(e.recall(), 4)
      << ",\"f2\":" << fixed(e.f2(), 4) << ",\"masked\":" << fixed(e.masked(), 4)
      << ",\"scored\":" << (e.scored ? "true" : "false") << "}";
    return o.str();
  };
  std::cout << "{\"records\":" << r.records << ",\"entities\":{";
  bool first = true;
  for (const auto& [name, e] : r.entities) {
    std::cout << (first ? "" : ",") << "\"" << name << "\":" << object(e);
    first = false;
  }
  std::cout << "},\"total\":" << object(r.total) << "}\n";
}

// One line per mistake, for finding out what to improve.
void print_mistakes(const privacy::EvaluationReport& r,
                    const std::vector<privacy::LabelledText>& data) {
  for (const auto& m : r.mistakes) {
    const std::string& text = data[m.record].text;
    const std::size_t from = m.start > 40 ? m.start - 40 : 0;
    std::cout << (m.partial  ? "PARTIAL "
                  : m.missed ? "MISSED "
                             : "WRONG  ")
              << m.entity << " #" << m.record << " " << one_line(text.substr(from, m.start - from))
              << "[[" << one_line(text.substr(m.start, m.end - m.start)) << "]]"
              << one_line(text.substr(m.end, 30)) << "\n";
  }
}

// Each type's wrong findings by the label they overlap instead ("none":
// they overlap no label), one line per pair: counts, no text.
void print_wrong(const privacy::EvaluationReport& r, const std::string& locale = {}) {
  if (locale.empty()) std::printf("%-16s %-22s %8s\n", "finding", "overlaps instead", "wrong");
  for (const auto& [finding, by_label] : r.wrong) {
    const auto scored = r.entities.find(finding);
    if (scored == r.entities.end() || !scored->second.scored) continue;
    for (const auto& [label, count] : by_label)
      std::printf("%s%s%-16s %-22s %8zu\n", locale.c_str(), locale.empty() ? "" : " ",
                  finding.c_str(), label.empty() ? "none" : label.c_str(), count);
  }
}

// The scored entities' figures for each locale's records (records without a
// locale field are grouped under "-"), one line per locale and entity.
void print_by_locale(const std::map<std::string, privacy::EvaluationReport>& groups) {
  std::printf("%-14s %-16s %8s %8s %9s %7s %7s\n", "locale", "entity", "labelled", "reported",
              "precision", "recall", "masked");
  for (const auto& [locale, r] : groups) {
    for (const auto& [name, e] : r.entities) {
      if (!e.scored) continue;
      std::printf("%-14s %-16s %8zu %8zu %9s %7s %7s\n", locale.c_str(), name.c_str(), e.labelled,
                  e.reported, e.reported ? fixed(e.precision()).c_str() : "-",
                  e.labelled ? fixed(e.recall()).c_str() : "-",
                  e.labelled ? fixed(e.masked()).c_str() : "-");
    }
  }
}

// "ENTITY=SCORE" settings of --threshold into the detector's config (as a
// privacy policy's `entities: {ENTITY: {threshold: SCORE}}` would set them).
bool apply_thresholds(const std::vector<std::string>& settings, privacy::DetectorConfig& config,
                      std::string& error) {
  for (const std::string& s : settings) {
    const auto eq = s.find('=');
    const auto type = privacy::parse_entity_name(s.substr(0, eq == std::string::npos ? 0 : eq));
    if (!type) {
      error = "--threshold '" + s + "': expected ENTITY=SCORE with a known entity (PERSON=0.6)";
      return false;
    }
    const std::string value = s.substr(eq + 1);
    char* end = nullptr;
    const double score = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0' || !(score >= 0.0 && score <= 1.0)) {
      error = "--threshold '" + s + "': the score must be a number from 0 to 1";
      return false;
    }
    config[*type].threshold = score;
  }
  return true;
}

int evaluate_file(const std::string& path, bool json, bool mistakes, bool by_locale, bool wrong,
                  const std::vector<std::string>& thresholds) {
  std::vector<privacy::LabelledText> data;
  std::string error;
  privacy::DetectorConfig config;
  if (!apply_thresholds(thresholds, config, error) || !load_labelled(path, data, error)) {
    std::cerr << "switchyard pii eval: " << error << "\n";
    return 1;
  }
  privacy::Detector detector(config);
  // With --by-locale one scan per record gives both the totals and each
  // locale's figures.
  privacy::GroupedEvaluation evaluation;
  if (by_locale) {
    evaluation = privacy::evaluate_grouped(detector, data, [](const privacy::LabelledText& r) {
      return r.locale.empty() ? std::string("-") : r.locale;
    });
  } else {
    evaluation.total = privacy::evaluate(detector, data);
  }
  const privacy::EvaluationReport& report = evaluation.total;
  if (mistakes) print_mistakes(report, data);
  if (by_locale) print_by_locale(evaluation.groups);
  if (wrong) {
    print_wrong(report);
    // With --by-locale, each locale's too, its lines led by the locale.
    for (const auto& [locale, group] : evaluation.groups) print_wrong(group, locale);
  }
  if (json) {
    print_json(report);
  } else {
    print_table(report);
  }
  return 0;
}

void exit_with(int code) {
  if (code != 0) throw CLI::RuntimeError(code);
}

}  // namespace

void add_pii_commands(CLI::App& app) {
  auto* pii = app.add_subcommand("pii", "Find personal and secret data in text");
  pii->require_subcommand(1);

  auto* scan = pii->add_subcommand("scan",
                                   "Print the findings in the text on standard input, one a line: "
                                   "type, start, end (byte offsets), score, detector, text");
  auto machine = std::make_shared<bool>(false);
  scan->add_flag("--machine", *machine,
                 "Read the text as machine text (JSON, ids, keys), as the gateway reads tool "
                 "arguments and structured fields: a lower-case word is no name, a bare digit run "
                 "no phone");
  scan->callback([machine] { exit_with(scan_stdin(*machine)); });

  auto path = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto mistakes = std::make_shared<bool>(false);
  auto by_locale = std::make_shared<bool>(false);
  auto wrong = std::make_shared<bool>(false);
  auto* eval = pii->add_subcommand(
      "eval", "Score the detector on a presidio-research JSON file (precision, recall, F2)");
  eval->add_option("file", *path, "JSON array of {full_text, spans}")->required();
  eval->add_flag("--json", *json, "Print the scores as JSON");
  eval->add_flag("--mistakes", *mistakes,
                 "Also print each missed label and each wrong finding, with its context");
  eval->add_flag("--by-locale", *by_locale,
                 "Also print each entity's figures for the records of each locale (the records' "
                 "`locale` field)");
  eval->add_flag("--wrong", *wrong,
                 "Also count each entity's wrong findings by the label they overlap instead "
                 "(PERSON findings on LOCATION labels, on none, ...): figures, no text");
  auto thresholds = std::make_shared<std::vector<std::string>>();
  eval->add_option("--threshold", *thresholds,
                   "ENTITY=SCORE: report the entity's findings from this score up (default 0.5; "
                   "repeatable), to see what a policy's threshold would do");
  eval->callback([path, json, mistakes, by_locale, wrong, thresholds] {
    exit_with(evaluate_file(*path, *json, *mistakes, *by_locale, *wrong, *thresholds));
  });
}

}  // namespace switchyard::cli
