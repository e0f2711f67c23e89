// `switchyard router train --ledger`: the built binary learns from a fixture
// ledger written here — records carrying their prompts' features (never
// the text), cascade verdicts and client ratings — alone and together with
// CSV outcomes, and writes a model the router loads and that ranks the
// prompts the local model failed as the harder ones.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "support/json_compare.hpp"
#include "support/run_switchyard.hpp"
#include "switchyard/ledger/feedback_store.hpp"
#include "switchyard/ledger/sqlite_store.hpp"
#include "switchyard/routing/difficulty_features.hpp"
#include "switchyard/routing/difficulty_model.hpp"

namespace switchyard::testing {
namespace {

namespace fs = std::filesystem;

CommandRun run(const std::string& args) {
  return run_switchyard(args);
}

std::string math_prompt(int i) {
  return "Compute " + std::to_string(1234 + 7 * i) + " * " + std::to_string(89 + i) + " = ?\nA. " +
         std::to_string(5 * i) + "\nB. " + std::to_string(6 * i);
}
std::string prose_prompt(int i) {
  return "Which, in the story, is the kind neighbour of the " +
         std::string(i % 2 ? "tailor" : "miller") + "?\nA. the baker\nB. the smith";
}

class RouterLedgerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("router-ledger-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "data");
    write_ledger();
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  static ledger::RequestRecord record(const std::string& id, const std::string& prompt) {
    ledger::RequestRecord r;
    r.time_ms = 1'760'000'000'000;
    r.request_id = id;
    r.caller = "key:00000000000000aa";
    r.model = "auto";
    r.data_class = "internal";
    r.status = 200;
    r.side = "local";
    r.deployment = "local-llm";
    r.prompt_features = routing::encode_feature_vector(routing::prompt_features(prompt));
    return r;
  }

  // Math the local model gets wrong, prose it gets right: by the cascade's
  // verdict for the first ten of each, by clients' ratings for the rest.
  void write_ledger() {
    std::vector<ledger::RequestRecord> batch;
    for (int i = 0; i < 10; ++i) {
      auto hard = record("cascade-math-" + std::to_string(i), math_prompt(i));
      hard.cascade = "escalated; min_logprob=-3.2";
      hard.side = "cloud";
      hard.deployment = "cloud";
      batch.push_back(hard);
      auto easy = record("cascade-prose-" + std::to_string(i), prose_prompt(i));
      easy.cascade = i == 0 ? "kept" : "kept; mean_logprob=-0.2";
      batch.push_back(easy);
    }
    for (int i = 10; i < 16; ++i) {
      batch.push_back(record("rated-math-" + std::to_string(i), math_prompt(i)));
      batch.push_back(record("rated-prose-" + std::to_string(i), prose_prompt(i)));
    }
    // A weak answer kept only because the data could not escalate: weak.
    auto kept_weak = record("kept-weak", math_prompt(20));
    kept_weak.cascade = "kept; weak min_logprob=-4; escalation not permitted for restricted data";
    batch.push_back(kept_weak);
    // The cascade kept it, the client says it was bad: the rating wins.
    auto overruled = record("overruled", math_prompt(21));
    overruled.cascade = "kept";
    batch.push_back(overruled);
    // No evidence: unrated, unverified stream, features off, another build's features.
    batch.push_back(record("unrated", prose_prompt(30)));
    auto streamed = record("streamed", prose_prompt(31));
    streamed.cascade = "stream_local; not verified";
    batch.push_back(streamed);
    auto plain = record("no-features", math_prompt(32));
    plain.prompt_features.clear();
    plain.cascade = "escalated; error=timeout";
    batch.push_back(plain);
    auto other = record("other-build", math_prompt(33));
    other.prompt_features = "f2:1,2,3";
    other.cascade = "escalated; error=timeout";
    batch.push_back(other);

    auto store = ledger::SqliteStore::open({path("ledger.db")});
    ASSERT_TRUE(store.ok()) << store.error().message;
    ASSERT_FALSE((*store)->append(batch));
    auto feedback = ledger::SqliteFeedbackStore::open(path("ledger.db"));
    ASSERT_TRUE(feedback.ok()) << feedback.error().message;
    auto rate = [&](const std::string& id, double score) {
      ASSERT_FALSE((*feedback)->add({1'760'000'100'000, id, "key:00000000000000aa", score, ""}));
    };
    for (int i = 10; i < 16; ++i) {
      rate("rated-math-" + std::to_string(i), 0.9);  // changed its mind below: the latest counts
      rate("rated-math-" + std::to_string(i), 0.0);
      rate("rated-prose-" + std::to_string(i), 1.0);
    }
    rate("overruled", 0.1);
    rate("rated-prose-10", 1.0);
    // Another caller's rating of the same id is not this request's.
    ASSERT_FALSE(
        (*feedback)->add({1'760'000'100'000, "unrated", "key:00000000000000bb", 0.0, "not mine"}));
  }

  fs::path dir_;
};

TEST_F(RouterLedgerTest, TrainsFromTheLedgerAModelTheRouterLoads) {
  const CommandRun train =
      run("router train --l2 1 --ledger " + path("ledger.db") + " --out " + path("model.txt"));
  ASSERT_EQ(train.exit_code, 0) << train.out;
  // 38 records; 36 with features this build reads; 34 labelled: 20 + 1 by
  // the cascade, 12 + 1 by ratings.
  EXPECT_NE(train.out.find("ledger: 38 records, 36 with prompt features (1 more of another "
                           "build's features, skipped), 21 ratings; 34 outcomes (21 by cascade "
                           "verdict, 13 by feedback)"),
            std::string::npos)
      << train.out;
  EXPECT_NE(train.out.find("trained on 34 prompts of 1 subjects (weak: local, strong: cloud)"),
            std::string::npos)
      << train.out;

  const routing::DifficultyModelLoad loaded = routing::load_difficulty_model(path("model.txt"));
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  const routing::DifficultyModel& model = *loaded.model;
  EXPECT_EQ(model.weak_model, "local");
  EXPECT_EQ(model.strong_model, "cloud");
  for (int i = 40; i < 44; ++i)
    EXPECT_GT(model.difficulty(math_prompt(i)), model.difficulty(prose_prompt(i)) + 0.1)
        << math_prompt(i);
}

TEST_F(RouterLedgerTest, CombinesWithCsvOutcomes) {
  for (const char* subject : {"alpha", "beta"}) {
    std::ofstream csv(dir_ / "data" / (std::string(subject) + ".csv"));
    csv << "prompt,small,large\n";
    for (int i = 0; i < 5; ++i)
      csv << "\"" << math_prompt(50 + i) << "\",False,True\n\"" << prose_prompt(50 + i)
          << "\",True,True\n";
  }
  const CommandRun train = run("router train --data " + path("data") + " --ledger " +
                               path("ledger.db") + " --out " + path("model.txt"));
  ASSERT_EQ(train.exit_code, 0) << train.out;
  EXPECT_NE(train.out.find("trained on 54 prompts of 3 subjects (weak: small, strong: large)"),
            std::string::npos)
      << train.out;
  const routing::DifficultyModelLoad loaded = routing::load_difficulty_model(path("model.txt"));
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  EXPECT_GT(loaded.model->difficulty(math_prompt(60)), loaded.model->difficulty(prose_prompt(60)));
}

TEST_F(RouterLedgerTest, EvalAndCalibrateMeasureOnTheLedger) {
  const CommandRun train =
      run("router train --l2 1 --ledger " + path("ledger.db") + " --out " + path("model.txt"));
  ASSERT_EQ(train.exit_code, 0) << train.out;
  // The ledger's 34 outcomes: math prompts were the local model's failures,
  // prose its successes, so a model trained on them separates them.
  CommandRun eval =
      run("router eval --json --model " + path("model.txt") + " --ledger " + path("ledger.db"));
  ASSERT_EQ(eval.exit_code, 0) << eval.out;
  const std::size_t json_at = eval.out.find("{\"prompts\":34,");
  ASSERT_NE(json_at, std::string::npos) << eval.out;
  const Parsed e(eval.out.substr(json_at, eval.out.find('\n', json_at) - json_at));
  const double apgr = e["/apgr"].get_double().value();
  EXPECT_GT(apgr, 0.6) << eval.out;
  // The same model on the same rows: the figure train printed.
  const std::size_t at = train.out.find("APGR ");
  ASSERT_NE(at, std::string::npos) << train.out;
  const std::string trained = train.out.substr(at, 10);  // "APGR 0.735"
  EXPECT_NEAR(apgr, std::stod(trained.substr(5)), 0.0006) << trained;

  eval = run("router eval --model " + path("model.txt") + " --ledger " + path("ledger.db"));
  ASSERT_EQ(eval.exit_code, 0) << eval.out;
  EXPECT_NE(eval.out.find("ledger: 38 records"), std::string::npos) << eval.out;
  EXPECT_NE(eval.out.find("34 prompts; weak local"), std::string::npos) << eval.out;
  EXPECT_NE(eval.out.find(trained + " (weak alone 0"), std::string::npos) << eval.out;

  const CommandRun cal = run("router calibrate --model " + path("model.txt") + " --ledger " +
                             path("ledger.db") + " --strong-share 0.5 --write");
  ASSERT_EQ(cal.exit_code, 0) << cal.out;
  EXPECT_NE(cal.out.find("wrote the threshold into"), std::string::npos) << cal.out;
  const routing::DifficultyModelLoad loaded = routing::load_difficulty_model(path("model.txt"));
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  ASSERT_TRUE(loaded.model->threshold);
  EXPECT_NEAR(loaded.model->threshold->strong_share, 0.5, 0.1);

  CommandRun r = run("router eval --model " + path("model.txt"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("give outcome data to measure the model on: --data DIR"), std::string::npos)
      << r.out;
}

TEST_F(RouterLedgerTest, MistakesAreExplained) {
  CommandRun r = run("router train --out " + path("m.txt"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("--data DIR (CSV files), --ledger DB"), std::string::npos) << r.out;

  r = run("router train --ledger " + path("missing.db") + " --out " + path("m.txt"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("no ledger database at"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(path("missing.db"))) << "not created by reading it";

  // A ledger whose records kept no features has nothing to teach.
  {
    auto store = ledger::SqliteStore::open({path("bare.db")});
    ASSERT_TRUE(store.ok());
    std::vector<ledger::RequestRecord> batch{record("x", "hello")};
    batch[0].prompt_features.clear();
    batch[0].cascade = "kept";
    ASSERT_FALSE((*store)->append(batch));
  }
  r = run("router train --ledger " + path("bare.db") + " --out " + path("m.txt"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("turn on routing.record_prompt_features"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(path("m.txt")));
}

}  // namespace
}  // namespace switchyard::testing
