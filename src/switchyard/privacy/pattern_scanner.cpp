#include "switchyard/privacy/pattern_scanner.hpp"

#include <hs/hs.h>

#include <atomic>
#include <cstdint>
#include <stdexcept>

namespace switchyard::privacy {

namespace {

// One scratch per thread, grown to fit every database the thread scans with.
// hs_alloc_scratch is not free even when the scratch already fits, so it is
// called only when the thread switches to another database.
struct ThreadScratch {
  hs_scratch_t* scratch = nullptr;
  // Ids of the databases the scratch fits. It only ever grows, so it keeps
  // fitting every database it was fitted to.
  std::vector<std::uint64_t> fitted;
  ~ThreadScratch() { hs_free_scratch(scratch); }
};

hs_scratch_t* scratch_for(const hs_database_t* db, std::uint64_t id) {
  thread_local ThreadScratch local;
  for (std::uint64_t f : local.fitted)
    if (f == id) return local.scratch;
  if (hs_alloc_scratch(db, &local.scratch) != HS_SUCCESS)
    throw std::runtime_error("privacy: cannot allocate Hyperscan scratch space");
  if (local.fitted.size() >= 64) local.fitted.erase(local.fitted.begin());  // old detectors
  local.fitted.push_back(id);
  return local.scratch;
}

std::atomic<std::uint64_t> next_database_id{1};

struct MatchSink {
  std::vector<PatternMatch>* out;
  const std::vector<bool>* leftmost;
};

int on_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int,
             void* context) {
  auto* sink = static_cast<MatchSink*>(context);
  if (!(*sink->leftmost)[id]) from = to;
  sink->out->push_back({id, static_cast<std::size_t>(from), static_cast<std::size_t>(to)});
  return 0;  // keep scanning
}

}  // namespace

void PatternScanner::DatabaseDeleter::operator()(hs_database* db) const {
  hs_free_database(db);
}

core::Expected<PatternScanner> PatternScanner::compile(const std::vector<Pattern>& patterns) {
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (unsigned i = 0; i < patterns.size(); ++i) {
    expressions.push_back(patterns[i].expression.c_str());
    // Leftmost start of match gives spans, not just end offsets. The patterns
    // are ASCII (digits, Latin letters, punctuation); validators check word
    // boundaries themselves, treating non-ASCII bytes as letters.
    unsigned f = patterns[i].leftmost_start ? HS_FLAG_SOM_LEFTMOST : 0;
    if (patterns[i].caseless) f |= HS_FLAG_CASELESS;
    if (patterns[i].single_match) f |= HS_FLAG_SINGLEMATCH;
    flags.push_back(f);
    ids.push_back(i);
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(patterns.size()), HS_MODE_BLOCK, nullptr, &db,
                       &error) != HS_SUCCESS) {
    std::string message = "privacy: cannot compile pattern";
    if (error && error->expression >= 0)
      message += " '" + patterns[static_cast<std::size_t>(error->expression)].expression + "'";
    if (error) message += std::string(": ") + error->message;
    hs_free_compile_error(error);
    return core::Error::internal(std::move(message));
  }
  PatternScanner scanner(db);
  scanner.id_ = next_database_id++;
  for (const Pattern& p : patterns) scanner.leftmost_.push_back(p.leftmost_start);
  return scanner;
}

void PatternScanner::scan(std::string_view text, std::vector<PatternMatch>& out) const {
  if (text.empty()) return;
  hs_scratch_t* scratch = scratch_for(db_.get(), id_);
  MatchSink sink{&out, &leftmost_};
  hs_scan(db_.get(), text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, &sink);
}

bool PatternScanner::any(std::string_view text) const {
  if (text.empty()) return false;
  hs_scratch_t* scratch = scratch_for(db_.get(), id_);
  bool found = false;
  auto stop = [](unsigned int, unsigned long long, unsigned long long, unsigned int,
                 void* context) {
    *static_cast<bool*>(context) = true;
    return 1;  // stop scanning
  };
  hs_scan(db_.get(), text.data(), static_cast<unsigned>(text.size()), 0, scratch, stop, &found);
  return found;
}

}  // namespace switchyard::privacy
