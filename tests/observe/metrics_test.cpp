// The registry's exposition: counters, dollar counters, gauges and counters
// read at scrape time, histograms (merged tallies included), grouped by name.
#include "switchyard/observe/metrics.hpp"

#include <gtest/gtest.h>

#include <array>

namespace switchyard::observe {
namespace {

bool has_line(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos || text.starts_with(line + "\n");
}

TEST(MetricsTest, DollarCountersAddFractionsAndIgnoreNegatives) {
  Registry r;
  FloatCounter& c = r.float_counter("x_usd_total", "Dollars.", "team=\"a\"");
  c.add(0.25);
  c.add(0.5);
  c.add(-3);  // a refund is not a counter's business
  EXPECT_DOUBLE_EQ(c.value(), 0.75);
  EXPECT_EQ(&c, &r.float_counter("x_usd_total", "Dollars.", "team=\"a\""));
  const std::string text = r.render();
  EXPECT_TRUE(has_line(text, "# TYPE x_usd_total counter")) << text;
  EXPECT_TRUE(has_line(text, "x_usd_total{team=\"a\"} 0.75")) << text;
}

TEST(MetricsTest, ACounterReadAtScrapeTimeIsACounter) {
  Registry r;
  double tokens = 41;
  r.counter_reader("engine_tokens_total", "Tokens.", "provider=\"local\"",
                   [&tokens] { return tokens; });
  tokens = 42;
  const std::string text = r.render();
  EXPECT_TRUE(has_line(text, "# TYPE engine_tokens_total counter")) << text;
  EXPECT_TRUE(has_line(text, "engine_tokens_total{provider=\"local\"} 42")) << text;
  // Registered again (a reload): the new reader, one series.
  r.counter_reader("engine_tokens_total", "Tokens.", "provider=\"local\"", [] { return 7.0; });
  const std::string again = r.render();
  EXPECT_TRUE(has_line(again, "engine_tokens_total{provider=\"local\"} 7")) << again;
  EXPECT_EQ(again.find("} 42"), std::string::npos);
}

TEST(MetricsTest, MergedTalliesLandInTheirBuckets) {
  Registry r;
  Histogram& h = r.histogram("gap_seconds", "Gaps.", {0.001, 0.01}, "d=\"x\"");
  h.observe(std::chrono::microseconds(500));
  const std::array<std::uint32_t, 3> tally = {2, 0, 1};  // two under 1 ms, one past 10 ms
  h.merge(tally, std::chrono::milliseconds(21));
  EXPECT_EQ(h.count(), 4u);
  EXPECT_NEAR(h.sum_seconds(), 0.0215, 1e-9);
  const std::string text = r.render();
  EXPECT_TRUE(has_line(text, "gap_seconds_bucket{d=\"x\",le=\"0.001\"} 3")) << text;
  EXPECT_TRUE(has_line(text, "gap_seconds_bucket{d=\"x\",le=\"0.01\"} 3")) << text;
  EXPECT_TRUE(has_line(text, "gap_seconds_bucket{d=\"x\",le=\"+Inf\"} 4")) << text;
  EXPECT_TRUE(has_line(text, "gap_seconds_count{d=\"x\"} 4")) << text;
}

TEST(MetricsTest, SeriesOfOneNameAreGroupedUnderOneHeader) {
  Registry r;
  r.counter("a_total", "A.", "k=\"1\"").inc();
  r.counter("b_total", "B.").inc(2);
  r.counter("a_total", "A.", "k=\"2\"").inc(3);
  const std::string text = r.render();
  EXPECT_EQ(text,
            "# HELP a_total A.\n# TYPE a_total counter\na_total{k=\"1\"} 1\na_total{k=\"2\"} 3\n"
            "# HELP b_total B.\n# TYPE b_total counter\nb_total 2\n");
}

}  // namespace
}  // namespace switchyard::observe
