// Reads back what a gateway under test committed to its ledger database:
// every record in order, optionally with the hash chain checked. A ledger
// that cannot be opened or scanned fails the test.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "switchyard/ledger/audit_report.hpp"
#include "switchyard/ledger/sqlite_store.hpp"

namespace switchyard::testing {

enum class ChainCheck { skip, expect_intact };

inline std::vector<ledger::RequestRecord> read_ledger(const std::string& path,
                                                      ChainCheck chain = ChainCheck::skip) {
  std::vector<ledger::RequestRecord> out;
  auto store = ledger::SqliteStore::open({path});
  EXPECT_TRUE(store.ok()) << "cannot open the ledger " << path;
  if (!store.ok()) return out;
  const auto failed = (*store)->scan(0, [&](const ledger::RequestRecord& r) {
    out.push_back(r);
    return true;
  });
  EXPECT_FALSE(failed) << "cannot scan the ledger " << path << ": " << failed->message;
  if (chain == ChainCheck::expect_intact) {
    auto verdict = ledger::verify_chain(**store);
    EXPECT_TRUE(verdict.ok() && verdict->intact) << "the hash chain of " << path << " is broken";
  }
  return out;
}

}  // namespace switchyard::testing
