#include "switchyard/privacy/gazetteer.hpp"

#include <algorithm>
#include <fstream>

#include "switchyard/privacy/gazetteer_lists.hpp"

namespace switchyard::privacy {

namespace {

template <std::size_t N>
bool listed(const std::string_view (&list)[N], std::string_view lower) {
  return std::find(std::begin(list), std::end(list), lower) != std::end(list);
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

Gazetteer::Gazetteer(const std::vector<std::string>& dictionary_files) {
  std::vector<std::string> capitalised;
  for (const std::string& path : dictionary_files) {
    std::ifstream in(path);
    std::string word;
    while (std::getline(in, word)) {
      if (word.empty() || word.find('\'') != std::string::npos) continue;
      if (word[0] >= 'A' && word[0] <= 'Z') {
        capitalised.push_back(lower_ascii(word));
      } else {
        common_.insert(word);
      }
    }
  }
  for (std::string& w : capitalised)
    if (!common_.count(w)) proper_.insert(std::move(w));
}

bool Gazetteer::is_given_name(std::string_view word) const {
  return listed(lists::kGivenNames, lower_ascii(word));
}

bool Gazetteer::is_place(std::string_view phrase) const {
  const std::string low = lower_ascii(phrase);
  return listed(lists::kCountries, low) || listed(lists::kPlacePhrases, low) ||
         listed(lists::kRegions, low) || listed(lists::kCities, low);
}

bool Gazetteer::is_street_word(std::string_view word) const {
  std::string low = lower_ascii(word);
  if (!low.empty() && low.back() == '.') low.pop_back();
  return listed(lists::kStreetWords, low);
}

bool Gazetteer::has_street_ending(std::string_view word) const {
  const std::string low = lower_ascii(word);
  for (std::string_view tail : lists::kStreetEndings)
    if (ends_with(low, tail)) return true;
  return false;
}

bool Gazetteer::is_unit_word(std::string_view word) const {
  const std::string low = lower_ascii(word);
  return low == "apt" || low == "suite" || low == "unit" || low == "box" || low == "psc" ||
         low == "flat" || low == "floor";
}

bool Gazetteer::is_title(std::string_view word) const {
  const std::string low = lower_ascii(word);
  return low == "mr" || low == "mrs" || low == "ms" || low == "miss" || low == "dr" ||
         low == "prof" || low == "sir" || low == "madam" || low == "mx";
}

bool Gazetteer::is_common_word(std::string_view word) const {
  return common_.count(lower_ascii(word)) > 0;
}

bool Gazetteer::is_proper_noun(std::string_view word) const {
  return proper_.count(lower_ascii(word)) > 0;
}

}  // namespace switchyard::privacy
