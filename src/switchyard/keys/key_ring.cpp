#include "switchyard/keys/key_ring.hpp"

namespace switchyard::keys {

const char* to_string(KeyCheck c) {
  switch (c) {
    case KeyCheck::ok:
      return "ok";
    case KeyCheck::malformed:
      return "malformed";
    case KeyCheck::unknown:
      return "unknown";
    case KeyCheck::revoked:
      return "revoked";
    case KeyCheck::expired:
      return "expired";
  }
  return "unknown";
}

core::Expected<std::unique_ptr<KeyRing>> KeyRing::load(std::shared_ptr<KeyStore> store) {
  std::unique_ptr<KeyRing> ring(new KeyRing(std::move(store)));
  if (auto e = ring->reload()) return *e;
  return ring;
}

std::optional<core::Error> KeyRing::reload() {
  // The version first: a change landing between the two reads is then
  // loaded again at the next refresh, never missed.
  auto version = store_->version();
  if (!version) return version.error();
  auto keys = store_->list();
  if (!keys) return keys.error();
  auto next = std::make_shared<Snapshot>();
  for (VirtualKey& k : *keys) {
    std::string id = k.id;
    next->emplace(std::move(id), std::make_shared<const VirtualKey>(std::move(k)));
  }
  snapshot_.store(std::move(next));
  version_.store(*version);
  return std::nullopt;
}

std::optional<core::Error> KeyRing::refresh() {
  auto version = store_->version();
  if (!version) return version.error();
  if (*version == version_.load()) return std::nullopt;
  return reload();
}

std::size_t KeyRing::size() const {
  const auto snap = snapshot_.load();
  return snap ? snap->size() : 0;
}

std::vector<std::shared_ptr<const VirtualKey>> KeyRing::keys() const {
  std::vector<std::shared_ptr<const VirtualKey>> out;
  if (const auto snap = snapshot_.load()) {
    out.reserve(snap->size());
    for (const auto& [id, key] : *snap) out.push_back(key);
  }
  return out;
}

Authentication KeyRing::authenticate(std::string_view presented, std::int64_t now_ms) const {
  const auto id = key_id_of(presented);
  if (!id) return {KeyCheck::malformed, nullptr};
  const auto snap = snapshot_.load();
  const auto it = snap ? snap->find(std::string(*id)) : Snapshot::const_iterator();
  if (!snap || it == snap->end()) return {KeyCheck::unknown, nullptr};
  const std::shared_ptr<const VirtualKey>& key = it->second;
  // The secret first: whether a key is revoked or expired is told only to
  // whoever holds it.
  if (!matches(*key, presented)) return {KeyCheck::unknown, nullptr};
  if (key->revoked()) return {KeyCheck::revoked, key};
  if (key->expired(now_ms)) return {KeyCheck::expired, key};
  return {KeyCheck::ok, key};
}

}  // namespace switchyard::keys
