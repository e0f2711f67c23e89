#include "switchyard/cli/router_command.hpp"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "switchyard/cli/ledger_outcomes.hpp"
#include "switchyard/routing/difficulty_evaluation.hpp"
#include "switchyard/routing/difficulty_model.hpp"
#include "switchyard/routing/difficulty_outcomes.hpp"
#include "switchyard/routing/difficulty_training.hpp"
#include "switchyard/routing/difficulty_validation.hpp"

namespace switchyard::cli {

namespace {

using namespace switchyard::routing;

std::string fixed(double v, int digits = 3) {
  if (std::isnan(v)) return "n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string json_number(double v, int digits = 4) {
  return std::isnan(v) ? "null" : fixed(v, digits);
}

std::string json_share(const std::optional<double>& v) {
  return v ? fixed(*v, 4) : "null";
}

std::string percent(const std::optional<double>& v) {
  return v ? fixed(*v * 100, 1) + " %" : "never";
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

int fail(const std::string& what) {
  std::cerr << "switchyard router: " << what << "\n";
  return 1;
}

bool load_data(const RouterCommand& cmd, const DifficultyModel* model, OutcomeSet& out) {
  OutcomeColumns columns;
  columns.weak = cmd.weak;
  columns.strong = cmd.strong;
  // Measure a model on the columns it was trained on, unless told otherwise.
  if (model && columns.weak.empty() && columns.strong.empty()) {
    columns.weak = model->weak_model;
    columns.strong = model->strong_model;
  }
  OutcomeLoad loaded = load_outcomes(cmd.data_dir, columns);
  if (!loaded.ok()) {
    fail(loaded.error);
    return false;
  }
  out = std::move(loaded.set);
  return true;
}

// The outcome rows of --data, --ledger or both (at least one is given; the
// ledger's summary goes to stderr when the figures go out as JSON). `use`:
// what the rows are for, in the error when there are none.
bool load_outcome_data(const RouterCommand& cmd, const DifficultyModel* model,
                       const std::string& use, OutcomeSet& data) {
  if (cmd.data_dir.empty() && cmd.ledger.empty()) {
    fail("give outcome data to " + use +
         ": --data DIR (CSV files), --ledger DB (the gateway's own outcomes), or both");
    return false;
  }
  if (!cmd.data_dir.empty() && !load_data(cmd, model, data)) return false;
  if (!cmd.ledger.empty()) {
    auto from = read_ledger_outcomes(cmd.ledger);
    if (!from) {
      fail(from.error().message);
      return false;
    }
    std::ostream& out = cmd.json ? std::cerr : std::cout;
    out << "ledger: " << from->records << " records, " << from->featured << " with prompt features";
    if (from->other_features > 0)
      out << " (" << from->other_features << " more of another build's features, skipped)";
    out << ", " << from->ratings << " ratings; " << from->set.rows.size() << " outcomes ("
        << from->by_cascade << " by cascade verdict, " << from->by_feedback << " by feedback)\n";
    if (from->set.rows.empty() && data.rows.empty()) {
      fail("the ledger has no outcome to " + use +
           ": turn on routing.record_prompt_features, then outcomes come from cascade verdicts "
           "and POST /v1/feedback ratings of local answers");
      return false;
    }
    merge_outcomes(data, from->set);
  }
  if (data.rows.empty()) {
    fail("no outcome rows to " + use);
    return false;
  }
  return true;
}

std::vector<double> difficulties(const DifficultyModel& model, const OutcomeSet& data) {
  std::vector<double> d;
  d.reserve(data.rows.size());
  for (const Outcome& r : data.rows) d.push_back(1.0 - model.weak_success(outcome_features(r)));
  return d;
}

std::vector<double> report_shares() {
  std::vector<double> s;
  for (int p = 0; p <= 100; p += 10) s.push_back(p / 100.0);
  return s;
}

void print_evaluation(const RouterEvaluation& e, const OutcomeSet& data) {
  std::cout << e.prompts << " prompts; weak " << data.weak_model << " " << fixed(e.weak_accuracy)
            << ", strong " << data.strong_model << " " << fixed(e.strong_accuracy) << "\n";
  std::cout << "strong share  accuracy  gap recovered\n";
  const double gap = e.strong_accuracy - e.weak_accuracy;
  for (double s : report_shares()) {
    const double a = e.accuracy_at(s);
    std::printf("%11.0f %%  %8s  %13s\n", s * 100, fixed(a).c_str(),
                gap != 0 ? fixed((a - e.weak_accuracy) / gap).c_str() : "n/a");
  }
  std::cout << "APGR " << fixed(e.apgr) << " (weak alone 0, strong alone 1, random 0.5)\n";
  std::cout << "50 % of the gap at " << percent(e.share_for_half_gap) << " strong calls, 80 % at "
            << percent(e.share_for_80_gap) << "\n";
}

std::string evaluation_json(const RouterEvaluation& e) {
  std::ostringstream o;
  o << "{\"prompts\":" << e.prompts << ",\"weak_accuracy\":" << json_number(e.weak_accuracy)
    << ",\"strong_accuracy\":" << json_number(e.strong_accuracy)
    << ",\"apgr\":" << json_number(e.apgr)
    << ",\"strong_share_for_50pct_gap\":" << json_share(e.share_for_half_gap)
    << ",\"strong_share_for_80pct_gap\":" << json_share(e.share_for_80_gap) << ",\"curve\":[";
  bool first = true;
  for (double s : report_shares()) {
    o << (first ? "" : ",") << "{\"strong_share\":" << fixed(s, 2)
      << ",\"accuracy\":" << json_number(e.accuracy_at(s)) << "}";
    first = false;
  }
  o << "]}";
  return o.str();
}

bool train_options(const RouterCommand& cmd, TrainOptions& opts) {
  if (cmd.label != "weak_enough" && cmd.label != "weak_correct") {
    fail("--label must be weak_enough or weak_correct (got '" + cmd.label + "')");
    return false;
  }
  if (!(cmd.l2 >= 0) || !std::isfinite(cmd.l2)) {
    fail("--l2 must be a number >= 0");
    return false;
  }
  opts.label = cmd.label;
  opts.l2 = cmd.l2;
  opts.balance_subjects = cmd.balance;
  opts.gain_map = !cmd.no_gain_map;
  std::stringstream names(cmd.features);
  for (std::string name; std::getline(names, name, ',');) {
    if (name.empty()) continue;
    if (!feature_index(name)) {
      fail("--features: unknown feature '" + name + "'");
      return false;
    }
    opts.features.push_back(name);
  }
  return true;
}

int run_train(const RouterCommand& cmd) {
  TrainOptions opts;
  if (!train_options(cmd, opts)) return 2;
  OutcomeSet data;
  if (!load_outcome_data(cmd, nullptr, "learn from", data)) return 1;
  const DifficultyModel model = train_difficulty_model(data, {}, opts);
  if (const std::string err = save_difficulty_model(model, cmd.out_path); !err.empty())
    return fail(err);
  const RouterEvaluation e = evaluate_router(difficulties(model, data), data.rows);
  std::cout << "trained on " << data.rows.size() << " prompts of " << data.subjects.size()
            << " subjects (weak: " << data.weak_model << ", strong: " << data.strong_model
            << "); wrote " << cmd.out_path << "\n";
  std::cout << "on its own training data (optimistic; `router validate` holds subjects out): "
               "APGR "
            << fixed(e.apgr) << "\n";
  return 0;
}

int run_eval(const RouterCommand& cmd) {
  const DifficultyModelLoad loaded = load_difficulty_model(cmd.model_path);
  if (!loaded.ok()) return fail(loaded.error);
  OutcomeSet data;
  if (!load_outcome_data(cmd, &*loaded.model, "measure the model on", data)) return 1;
  const RouterEvaluation e = evaluate_router(difficulties(*loaded.model, data), data.rows);
  if (cmd.json) {
    std::cout << evaluation_json(e) << "\n";
  } else {
    print_evaluation(e, data);
  }
  return 0;
}

int run_calibrate(const RouterCommand& cmd) {
  if (!(cmd.strong_share >= 0 && cmd.strong_share <= 1))
    return fail("--strong-share is a fraction between 0 and 1 (e.g. 0.3 for 30 %)");
  DifficultyModelLoad loaded = load_difficulty_model(cmd.model_path);
  if (!loaded.ok()) return fail(loaded.error);
  DifficultyModel& model = *loaded.model;
  OutcomeSet data;
  if (!load_outcome_data(cmd, &model, "calibrate on", data)) return 1;
  const std::vector<double> d = difficulties(model, data);
  const Calibration c = calibrate_threshold(d, data.rows, cmd.strong_share);
  if (cmd.json) {
    std::cout << "{\"threshold\":" << fixed(c.threshold, 6)
              << ",\"strong_share\":" << fixed(c.strong_share, 4)
              << ",\"accuracy\":" << fixed(c.accuracy, 4) << "}\n";
  } else {
    std::cout << "threshold " << fixed(c.threshold, 6)
              << ": a difficulty over it calls the strong model; on this data that is "
              << fixed(c.strong_share * 100, 1) << " % of prompts, accuracy " << fixed(c.accuracy)
              << "\n";
  }
  if (cmd.write) {
    model.threshold = DifficultyThreshold{c.threshold, c.strong_share};
    if (const std::string err = save_difficulty_model(model, cmd.model_path); !err.empty())
      return fail(err);
    if (!cmd.json) std::cout << "wrote the threshold into " << cmd.model_path << "\n";
  }
  return 0;
}

int run_validate(const RouterCommand& cmd) {
  TrainOptions opts;
  if (!train_options(cmd, opts)) return 2;
  OutcomeSet data;
  if (!load_data(cmd, nullptr, data)) return 1;
  if (data.subjects.size() < 2) return fail("validation by subject needs at least two subjects");
  if (cmd.folds < 2 || static_cast<std::size_t>(cmd.folds) > data.subjects.size())
    return fail("--folds must be between 2 and the number of subjects (" +
                std::to_string(data.subjects.size()) + ")");
  const SubjectValidation v = validate_by_subject(data, cmd.folds, opts);
  if (cmd.json) {
    std::cout << "{\"folds\":[";
    for (std::size_t i = 0; i < v.folds.size(); ++i) {
      std::cout << (i ? "," : "") << "{\"subjects\":[";
      for (std::size_t s = 0; s < v.folds[i].subjects.size(); ++s)
        std::cout << (s ? "," : "") << json_string(v.folds[i].subjects[s]);
      std::cout << "],\"evaluation\":" << evaluation_json(v.folds[i].evaluation) << "}";
    }
    std::cout << "],\"mean_fold_apgr\":" << json_number(v.mean_fold_apgr)
              << ",\"pooled\":" << evaluation_json(v.pooled) << "}\n";
    return 0;
  }
  std::cout << "validation by subject: " << v.folds.size() << " folds over " << data.subjects.size()
            << " subjects; each fold scored by a model trained on the "
            << "others\n";
  for (std::size_t i = 0; i < v.folds.size(); ++i) {
    const auto& f = v.folds[i];
    std::cout << "fold " << i + 1 << ": APGR " << fixed(f.evaluation.apgr) << ", 50 % at "
              << percent(f.evaluation.share_for_half_gap) << ", 80 % at "
              << percent(f.evaluation.share_for_80_gap) << " (" << f.evaluation.prompts
              << " prompts:";
    for (const auto& s : f.subjects) std::cout << " " << s;
    std::cout << ")\n";
  }
  std::cout << "mean fold APGR " << fixed(v.mean_fold_apgr) << " (min " << fixed(v.min_fold_apgr)
            << ", max " << fixed(v.max_fold_apgr) << ")\n";
  std::cout << "all held-out rows pooled:\n";
  print_evaluation(v.pooled, data);
  return 0;
}

void data_options(CLI::App* sub, RouterCommand& cmd, bool required = true) {
  auto* data = sub->add_option("--data", cmd.data_dir,
                               "Directory of outcome CSV files (or one file): a `prompt` column "
                               "and one True/False column per model");
  if (required) data->required();
  sub->add_option("--weak", cmd.weak,
                  "Column of the weak (local) model (default: the model file's, else the column "
                  "with fewer good answers)");
  sub->add_option("--strong", cmd.strong, "Column of the strong (cloud) model");
}

void ledger_option(CLI::App* sub, RouterCommand& cmd, const std::string& use) {
  sub->add_option("--ledger", cmd.ledger,
                  "The gateway's own outcomes to " + use +
                      " (with --data, both): its ledger database file, or a postgres:// URL "
                      "(records with routing.record_prompt_features; cascade verdicts and POST "
                      "/v1/feedback ratings)");
}

void learning_options(CLI::App* sub, RouterCommand& cmd) {
  sub->add_option("--label", cmd.label,
                  "What the model learns: weak_correct (the weak answer is right; default) or "
                  "weak_enough (right, or the strong one is wrong too)");
  sub->add_option("--l2", cmd.l2, "L2 penalty on the weights (default 1000)");
  sub->add_flag("--no-gain-map", cmd.no_gain_map,
                "Score P(weak wrong) alone, without the second stage that maps it to P(strong "
                "right, weak wrong)");
  sub->add_flag("--balance-subjects", cmd.balance,
                "Weigh every subject (file) the same instead of every row");
  sub->add_option("--features", cmd.features,
                  "Comma-separated feature names to use (default: all; see the model file)");
}

}  // namespace

void add_router_commands(CLI::App& app, RouterCommand& cmd) {
  auto* router = app.add_subcommand("router", "The difficulty router: train, measure, calibrate");
  router->require_subcommand(1);

  cmd.train = router->add_subcommand("train", "Learn a difficulty model from outcome data");
  data_options(cmd.train, cmd, /*required=*/false);
  ledger_option(cmd.train, cmd, "learn from");
  learning_options(cmd.train, cmd);
  cmd.train->add_option("--out", cmd.out_path, "Model file to write")->required();

  cmd.eval = router->add_subcommand(
      "eval",
      "Accuracy for strong-call shares 0..100 %, APGR, the shares recovering 50 % and "
      "80 % of the gap");
  data_options(cmd.eval, cmd, /*required=*/false);
  ledger_option(cmd.eval, cmd, "measure on");
  cmd.eval->add_option("--model", cmd.model_path, "Model file")->required();
  cmd.eval->add_flag("--json", cmd.json, "Print the figures as JSON");

  cmd.calibrate = router->add_subcommand(
      "calibrate",
      "The difficulty threshold that sends a given share of calls to the strong model");
  data_options(cmd.calibrate, cmd, /*required=*/false);
  ledger_option(cmd.calibrate, cmd, "calibrate on");
  cmd.calibrate->add_option("--model", cmd.model_path, "Model file")->required();
  cmd.calibrate
      ->add_option("--strong-share", cmd.strong_share,
                   "Target share of strong calls, 0..1 (e.g. 0.3)")
      ->required();
  cmd.calibrate->add_flag("--write", cmd.write, "Store the threshold in the model file");
  cmd.calibrate->add_flag("--json", cmd.json, "Print the result as JSON");

  cmd.validate = router->add_subcommand(
      "validate",
      "Train and measure by subject: k folds of whole subjects (files), each scored "
      "by a model trained on the others");
  data_options(cmd.validate, cmd);
  learning_options(cmd.validate, cmd);
  cmd.validate->add_option("--folds", cmd.folds, "Number of folds (default 5)");
  cmd.validate->add_flag("--json", cmd.json, "Print the figures as JSON");
}

int run_router_command(const RouterCommand& cmd) {
  if (cmd.train && *cmd.train) return run_train(cmd);
  if (cmd.eval && *cmd.eval) return run_eval(cmd);
  if (cmd.calibrate && *cmd.calibrate) return run_calibrate(cmd);
  if (cmd.validate && *cmd.validate) return run_validate(cmd);
  return -1;
}

}  // namespace switchyard::cli
