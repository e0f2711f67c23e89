// PII scan speed on chat-like text: throughput on a long conversation and
// the per-prompt latency distribution for a typical 4 KB prompt.
#include <benchmark/benchmark.h>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/privacy/address_scripts.hpp"
#include "switchyard/privacy/common_words.hpp"
#include "switchyard/privacy/detector.hpp"

namespace {

using switchyard::privacy::Detector;

// Ordinary assistant traffic with a little PII sprinkled in, the way real
// prompts carry it: mostly prose and code, now and then a name, a number.
std::string chat_text(std::size_t bytes) {
  static const char* kTurns[] = {
      "Can you help me refactor this function so it handles empty input? It currently "
      "crashes when the list is empty and I am not sure where the bounds check belongs. ",
      "Sure. The loop reads items[0] before checking the size; move the check to the top "
      "and return early. Here is a version that also avoids the extra copy of the vector. ",
      "Thanks! Also, please draft a short reply to the customer: their order arrived late "
      "and they want a refund. Keep it friendly and mention the new shipping policy. ",
      "Dear customer, we are sorry your order arrived late. We have issued a refund to "
      "your original payment method; it should appear within five business days. ",
      "My colleague Sarah Miller said you can reach her at sarah.miller@example.com or "
      "call +1 415 555 0132 if the invoice still shows the wrong amount. ",
      "Summarise the meeting notes: the team agreed to ship the beta on Friday, move the "
      "database migration to next sprint, and review the on-call rotation in March. ",
      "The server at 10.20.30.40 keeps timing out; logs show the connection pool is "
      "exhausted after the deploy. Could the new retry loop be the cause? ",
      "Write a haiku about autumn leaves falling on a quiet river at dusk, with a gentle "
      "tone and no rhyme, and then explain the imagery in two sentences. ",
  };
  std::string out;
  for (std::size_t i = 0; out.size() < bytes; ++i) out += kTurns[i % std::size(kTurns)];
  out.resize(bytes);
  return out;
}

const Detector& detector() {
  static const Detector d;
  return d;
}

// A detector's construction once the shared tables are read (the other
// languages' common words are read once per process, not per detector).
void BM_DetectorConstruction(benchmark::State& state) {
  benchmark::DoNotOptimize(detector());  // the shared tables, read
  for (auto _ : state) {
    const Detector d;
    benchmark::DoNotOptimize(&d);
  }
}
BENCHMARK(BM_DetectorConstruction)->Unit(benchmark::kMillisecond);

// What the first detector of a process pays for other languages' common
// words: reading the default lists (those installed) into a table.
void BM_CommonWordsRead(benchmark::State& state) {
  const auto lower = switchyard::privacy::default_common_word_files();
  const auto nouns = switchyard::privacy::default_capitalised_noun_files();
  std::size_t words = 0, bytes = 0;
  for (auto _ : state) {
    const auto table = switchyard::privacy::CommonWords::read(lower, nouns);
    words = table->size();
    bytes = table->bytes();
  }
  state.counters["words"] = static_cast<double>(words);
  state.counters["table_MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_CommonWordsRead)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ScanThroughput(benchmark::State& state) {
  const std::string text = chat_text(static_cast<std::size_t>(state.range(0)));
  const Detector& d = detector();
  for (auto _ : state) benchmark::DoNotOptimize(d.scan(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ScanThroughput)->Arg(64 << 10)->Arg(1 << 20);

// Worst cases of the name finder's shapes, as throughput at two sizes: a
// text that is one long list of names, known given names and names no list
// knows in turn ("Anna, Qwertyk, Anna, …"), whose members lend each other
// evidence; and capitalised words without end. Equal MB/s at 64 KB and 1 MB
// says the cost grows with the text, not with its square (a quadratic walk
// of the list once took 7 s for 480 KB).
void BM_ScanNameShapes(benchmark::State& state) {
  static const char* kUnits[] = {"Anna, Qwertyk, ", "Anna Qwertyk Brown Smith "};
  const std::string unit = kUnits[state.range(0)];
  std::string text;
  while (text.size() < static_cast<std::size_t>(state.range(1))) text += unit;
  text += "and Bob.";
  const Detector& d = detector();
  for (auto _ : state) benchmark::DoNotOptimize(d.scan(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ScanNameShapes)->ArgsProduct({{0, 1}, {64 << 10, 1 << 20}});

// Worst cases of the layout passes (name_fields.cpp), which read and add to
// every finding of the text: a CSV table whose column "name" holds people
// (Arg 0), lists two people are in (1), a chat's speakers (2), mail
// addresses' display names (3) and addressees over street addresses (4),
// each repeated to 64 KB and 1 MB. Equal MB/s at both sizes says the cost
// grows with the text, not with its square (a walk over every finding per
// span once took 57 s for a 4 MB text of lists, 3.3 s for a table of
// 40,000 rows).
void BM_ScanLayoutShapes(benchmark::State& state) {
  static const char* kUnits[][2] = {
      {"name,email,city\n", "Anna Favre,a.favre@example.org,Linz\n"},
      {"", "Greetings from Lars Freisen, Gala and Malia Hommel! "},
      {"", "[10:32] Diara Hommel: can you send the report again?\n"},
      {"", "Diara Hommel <d.hommel@example.org>, "},
      {"", "Malia Favre\nHauptstraße 12, 8010 Graz\n\n"},
  };
  const auto& [head, unit] = kUnits[state.range(0)];
  std::string text = head;
  while (text.size() < static_cast<std::size_t>(state.range(1))) text += unit;
  const Detector& d = detector();
  for (auto _ : state) benchmark::DoNotOptimize(d.scan(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ScanLayoutShapes)->ArgsProduct({{0, 1, 2, 3, 4}, {64 << 10, 1 << 20}});

// The cost of the phone regions: a short message with three national
// numbers and no context word (so each goes to libphonenumber), scanned by
// a detector with the default regions (Arg 0) and with every region
// libphonenumber knows (Arg 1). A national number is tried region by region
// until one takes it; a number no region takes costs every region.
void BM_ScanPhonesWithoutContext(benchmark::State& state) {
  static const Detector all_regions = [] {
    switchyard::privacy::DetectorConfig config;
    std::set<std::string> regions;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    config.phone_regions.assign(regions.begin(), regions.end());
    return Detector(config);
  }();
  const Detector& d = state.range(0) == 0 ? detector() : all_regions;
  const std::string text =
      "The letter lists 020 7946 0958 for London, 0151 23456789 for the Hamburg desk and "
      "47 11 08 15 as the old one, which nobody answers any more.";
  for (auto _ : state) benchmark::DoNotOptimize(d.scan(text));
  state.SetLabel(state.range(0) == 0 ? "default regions" : "all regions");
}
BENCHMARK(BM_ScanPhonesWithoutContext)->Arg(0)->Arg(1);

// A text made of address-like lines only (streets of several scripts with
// their types and units, typeless streets before postcode lines, numbers
// beside words that are no address): every line is a candidate for the
// address layout pass, which must stay linear. Arg: bytes (1 MB).
void BM_ScanAddressLines(benchmark::State& state) {
  static const char* kLines[] = {
      "Ленина ул., 5 кв. 12\n",
      "Pen-Y-Wern 69\nNP4 5WW Pentridwr\n",
      "Οδός Αιόλου 14, 105 51 Αθήνα\n",
      "ჭავჭავაძის გამზირი 37, თბილისი 0179\n",
      "Heybət Heybətov pr., 207 m. 665\n",
      "4520 boul. des Laurentides, Laval QC H7K 2J3\n",
      "Order 12345, 67890 Items shipped, chapter 5, version 2.3.1\n",
      "Apollo 11 landed in 1969; 3 of 4 crew came back\n",
  };
  std::string text;
  for (std::size_t i = 0; text.size() < static_cast<std::size_t>(state.range(0)); ++i)
    text += kLines[i % std::size(kLines)];
  const Detector& d = detector();
  for (auto _ : state) benchmark::DoNotOptimize(d.scan(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ScanAddressLines)->Arg(64 << 10)->Arg(1 << 20);

const char* const kScriptLines[] = {
    "住所は東京都千代田区丸の内1-1-1 丸の内ビル5F、電話03-1234-5678。\n",
    "大阪府大阪市北区梅田3丁目1番1号、2024年5月1日に1,200円、第3章。\n",
    "上海市浦东新区世纪大道100号5楼501室，订单号202405011234，价格￥1,200元。\n",
    "서울특별시 강남구 테헤란로 123, 101동 202호 학교로 3시에 갔다\n",
    "רח' הרצל 15, תל אביב פרק 3, עמוד 5\n",
    "خیابان ولیعصر، کوچه ۱۲، پلاک ۳۴ — ١٤٤٥ هـ\n",
    "123/45 ถนนสุขุมวิท ซอย 11 แขวงคลองเตย 5 ม.ค. 2567\n",
};

// Addresses in scripts without spaces or Latin digits (address_scripts.cpp)
// and their near-misses — dates, prices, chapters, phones, room numbers —
// line after line, with no space between many of them: the pass over code
// points must stay linear. Arg: bytes (1 MB).
void BM_ScanScriptAddresses(benchmark::State& state) {
  std::string text;
  for (std::size_t i = 0; text.size() < static_cast<std::size_t>(state.range(0)); ++i)
    text += kScriptLines[i % std::size(kScriptLines)];
  const Detector& d = detector();
  for (auto _ : state) benchmark::DoNotOptimize(d.scan(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ScanScriptAddresses)->Arg(64 << 10)->Arg(1 << 20);

// The same text through the scripts' address pass alone.
void BM_FindScriptAddresses(benchmark::State& state) {
  std::string text;
  for (std::size_t i = 0; text.size() < static_cast<std::size_t>(state.range(0)); ++i)
    text += kScriptLines[i % std::size(kScriptLines)];
  std::vector<switchyard::privacy::Finding> out;
  for (auto _ : state) {
    out.clear();
    switchyard::privacy::find_script_addresses(text, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_FindScriptAddresses)->Arg(64 << 10)->Arg(1 << 20);

// Latency of one 4 KB prompt; reports the fastest, p50, p90, p95 and p99 of
// individual scans. The same text is scanned every time (nothing is cached
// across scans, but the word lists it touches stay in the CPU caches). On a
// VM whose 1 kHz timer tick costs ~40 µs, the share of scans the tick lands
// in grows with the scan's length: p99 stays near p50 only while a scan
// takes well under 10 µs.
void BM_Scan4KPrompt(benchmark::State& state) {
  const std::string text = chat_text(4096);
  const Detector& d = detector();
  std::vector<double> micros;
  micros.reserve(1 << 16);
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(d.scan(text));
    const auto t1 = std::chrono::steady_clock::now();
    micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
  }
  std::sort(micros.begin(), micros.end());
  auto at = [&micros](double q) {
    return micros[std::min(micros.size() - 1, static_cast<std::size_t>(q * micros.size()))];
  };
  state.counters["min_us"] = micros.empty() ? 0 : micros.front();
  state.counters["p50_us"] = at(0.50);
  state.counters["p90_us"] = at(0.90);
  state.counters["p95_us"] = at(0.95);
  state.counters["p99_us"] = at(0.99);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * 4096);
}
BENCHMARK(BM_Scan4KPrompt);

// The privacy stage on a whole request, as the gateway runs it: every
// string of the request scanned, prose also across message boundaries.
// Arg 0: a support-bot conversation of plain text messages (the proxy
// benchmark's request, about 1.4 KB: a system prompt and five turns), the
// common case. Arg 1: the same with three tools (JSON schemas with
// descriptions and enums), metadata, `user` and an unmodelled field.
const std::string& chat_request_body(bool with_tools) {
  static const std::string plain =
      R"({"model":"gpt-4o-mini","messages":[)"
      R"({"role":"system","content":"You are Harbor, the support assistant of Northwind Outfitters, an online shop for hiking and camping gear. Only use facts from the conversation and the order data you are given; if something is unknown, say so and offer to open a ticket. Orders ship from Rotterdam within two working days; returns are free within 30 days if the item is unused."},)"
      R"({"role":"user","content":"Hi! I ordered a tent last week (order NW-48213) and it still hasn't arrived. Can you check where it is?"},)"
      R"({"role":"assistant","content":"Of course. Order NW-48213, a Trailhead 2P tent, left our Rotterdam warehouse on Tuesday with DHL, tracking number JD014600003828. The carrier's last scan shows it at the Utrecht depot yesterday evening, so delivery is expected tomorrow before 18:00."},)"
      R"({"role":"user","content":"Great, thanks. If it turns out too small for two people plus backpacks, can I swap it for the 3-person version, and what would the price difference be?"},)"
      R"({"role":"assistant","content":"Yes, an exchange works as long as the tent is unused. The Trailhead 3P costs 289 EUR against 239 EUR for the 2P, so you would pay the 50 EUR difference; we send a prepaid return label by email."},)"
      R"({"role":"user","content":"Perfect. Please go ahead and prepare the exchange, and tell me what I need to do with the old tent."}])";
  static const std::string tools =
      R"(,"tools":[)"
      R"({"type":"function","function":{"name":"get_order_status","description":"Look up the shipping status of an order by its order number.","parameters":{"type":"object","properties":{"order_id":{"type":"string","description":"The order number, e.g. NW-48213"},"include_history":{"type":"boolean"}},"required":["order_id"]}}},)"
      R"({"type":"function","function":{"name":"create_exchange","description":"Open an exchange for an unused item and email a prepaid return label.","parameters":{"type":"object","properties":{"order_id":{"type":"string"},"sku":{"type":"string","description":"SKU of the replacement item"},"reason":{"type":"string","enum":["too_small","too_large","defective","other"]}},"required":["order_id","sku","reason"]}}},)"
      R"({"type":"function","function":{"name":"open_ticket","description":"Open a support ticket for a human agent.","parameters":{"type":"object","properties":{"priority":{"type":"string","enum":["low","normal","high"]},"summary":{"type":"string","maxLength":200}},"required":["summary"]}}}],)"
      R"("tool_choice":"auto","metadata":{"session":"sess_7f3a9c2e","channel":"web","locale":"en-GB"},)"
      R"("user":"cust_01HZX3K8Q2","x_trace":{"span":"4bf92f3577b34da6","sampled":true})";
  static const std::string bodies[2] = {plain + "}", plain + tools + "}"};
  return bodies[with_tools ? 1 : 0];
}

void BM_ScanChatRequest(benchmark::State& state) {
  auto req = switchyard::api::openai::decode_chat_request(chat_request_body(state.range(0) != 0));
  if (!req) {
    state.SkipWithError("the benchmark's request does not decode");
    return;
  }
  const Detector& d = detector();
  const switchyard::privacy::PrivacyPolicy policy;
  for (auto _ : state)
    benchmark::DoNotOptimize(
        switchyard::gateway::inspect(&d, policy, *req, std::nullopt, std::nullopt));
}
BENCHMARK(BM_ScanChatRequest)->Arg(0)->Arg(1);

}  // namespace
