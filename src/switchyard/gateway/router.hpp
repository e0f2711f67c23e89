// Routing, first form: a model alias resolves to its deployments in the
// configured order, each with the reason it is in the plan. Later issues add
// privacy filtering, difficulty scoring, budgets and load to plan building;
// the Plan shape (ordered candidates with reasons) is what they extend.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/providers/provider.hpp"

namespace switchyard::gateway {

struct Deployment {
  const config::DeploymentConfig* config = nullptr;
  providers::Provider* provider = nullptr;
  // Non-empty when the deployment cannot be used (e.g. its provider's API key
  // variable is unset); the plan keeps it so the reason reaches the client.
  std::string unavailable;
};

struct Candidate {
  const Deployment* deployment = nullptr;
  std::string reason;
};

struct Plan {
  std::string alias;
  std::vector<Candidate> candidates;
};

class Router {
 public:
  // `deployments` maps deployment name → Deployment; it must outlive the router.
  Router(const config::Config& cfg, const std::unordered_map<std::string, Deployment>& deployments);
  core::Expected<Plan> plan(const core::ChatRequest& req) const { return plan(req.model); }
  // The plan for a model alias, whatever the endpoint (chat, embeddings).
  core::Expected<Plan> plan(const std::string& alias) const;
  const std::vector<std::string>& aliases() const { return aliases_; }

 private:
  std::unordered_map<std::string, std::vector<const Deployment*>> by_alias_;
  std::vector<std::string> aliases_;
};

}  // namespace switchyard::gateway
