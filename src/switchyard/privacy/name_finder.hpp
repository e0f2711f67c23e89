// People, places and street addresses, without a language model: gazetteers
// (given names, countries, cities, street words) and the English dictionary
// tell which capitalised words are names, and a few rules about context
// ("my name is", "Dr.", "lives in", house numbers, postcodes) join them into
// spans. Limits are in docs/privacy.md.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "switchyard/privacy/common_words.hpp"
#include "switchyard/privacy/detector_config.hpp"
#include "switchyard/privacy/finding.hpp"
#include "switchyard/privacy/gazetteer.hpp"

namespace switchyard::privacy {

class NameFinder {
 public:
  explicit NameFinder(const DetectorConfig& config);
  // Appends PERSON, LOCATION and ADDRESS findings (possibly overlapping).
  // In prose written all in lower case, capitalisation says nothing and
  // every word may be a name; in `machine_text` (ids, enums, keys, JSON) a
  // lower-case word is taken for what it is there, not for a name.
  void find(std::string_view text, std::vector<Finding>& out, bool machine_text = false) const;
  // The word lists it reads (for the address layout pass).
  const Gazetteer& words() const { return words_; }
  // After the address pass: a person's name on the line over an address
  // found in `found` (the addressee), appended as PERSON (name_fields.cpp).
  void find_addressees(std::string_view text, std::vector<Finding>& found) const;
  // A person's name in a table's column headed "name", "customer", ...
  // (comma-, semicolon-, tab- or bar-separated), a chat's speaker and a
  // mail address's display name, appended as PERSON.
  void find_table_names(std::string_view text, std::vector<Finding>& found) const;
  // The other members of a list two people are in ("Greetings from Gala,
  // Boban and Novak!"), appended as PERSON.
  void find_listed_names(std::string_view text, std::vector<Finding>& found) const;
  // A JSON string under a key that names a person, in any case
  // (`{"customer_name": "john smith"}`, `"full_name":"JOHN SMITH"`), where
  // machine text's rule that a lower-case word is no name would miss it.
  void find_keyed_names(std::string_view text, std::vector<Finding>& found) const;

 private:
  // Raises a PERSON finding with no evidence of its own (out[from..]) to
  // the threshold when it is joined to one that has some.
  static void lift_coordinated(std::string_view text, std::vector<Finding>& out, std::size_t from);
  // A line of two to five capitalised words that may be a person's name
  // (not a firm's, a heading's or a place's); with `foreign_names`, another
  // language's common word may be a name ("Malia").
  bool addressee_line(std::string_view line, bool foreign_names) const;
  // How strongly the layout says a person is named: as a label does (a
  // column's heading, a mail address, a chat's time stamp), where another
  // language's common word may be a name ("Malia"); or only together with
  // the name finder's own reading of the words as a name (over an address,
  // a speaker's colon alone).
  // kNamePart: a column of a name's part ("first_name", "surname"), whose
  // cells are one word.
  enum class Evidence { kLabel, kLayoutAndReading, kNamePart };
  // The findings a layout pass reads and appends to, kept sorted by start
  // so that those over a span are found by binary search (a table of
  // 20,000 rows is 40,000 findings): name_fields.cpp.
  class Found;
  // Reports text[a, b) as PERSON (or raises the name finder's weaker
  // reading of it) when addressee_line() says it may be a name and nothing
  // but a place or a part of it was found there.
  bool vouch(std::string_view text, Found& found, std::size_t a, std::size_t b,
             std::string_view detector, Evidence evidence) const;
  // On the line text[ls, le): a chat's speaker ("[10:32] Diara Hommel:")
  // and a mail address's display name ("Diara Hommel <d@example.org>").
  void speaker(std::string_view text, Found& found, std::size_t ls, std::size_t le) const;
  void display_names(std::string_view text, Found& found, std::size_t ls, std::size_t le) const;
  // On the line text[ls, le): a list's item naming a person surname first
  // ("• Davis, Myrtis — approved", "2) Trivedi, Bhushan").
  void inverted_item(std::string_view text, Found& found, std::size_t ls, std::size_t le) const;
  // On the line text[ls, le): a person's name after a Zulu or Xhosa prefix
  // joined by a hyphen ("no-Thandi Dlamini", "ku-Sipho", "ngu-Mthunzi").
  void prefixed_names(std::string_view text, Found& found, std::size_t ls, std::size_t le) const;
  // name_attachments.cpp: a list of three or more one of whose members was
  // found for a person, the others single words no list knows for anything
  // but a given name (items[k], what was found over each).
  bool given_names_list(std::string_view text,
                        const std::vector<std::pair<std::size_t, std::size_t>>& items,
                        const std::vector<bool>& person_found,
                        const std::vector<bool>& other_found) const;
  // name_attachments.cpp: a name written on to a Zulu or Xhosa prefix
  // ("uSipho", "kuThandi"), after a French elision ("d'Ivan"), or a known
  // given name with an ending written on ("Annas bil", "Dilek'e",
  // "Alisherning"), appended as PERSON.
  void joined_names(std::string_view text, std::vector<Finding>& all) const;
  // name_attachments.cpp: a chat's @mention of a person ("@Laylo",
  // "@anton.pavlishin") and a CSV cell in quotes naming one surname first
  // (4218,"Xelîl, Hawar",Mêrdîn), appended as PERSON.
  void mentioned_names(std::string_view text, std::vector<Finding>& all) const;
  void quoted_inverted_names(std::string_view text, std::vector<Finding>& all) const;
  // name_attachments.cpp: the surname written first, before a comma, of a
  // person found by a known given name ("Smith, John (DOB …)", "The
  // patient, GONZALEZ, Maria, was admitted"), appended as PERSON: a known
  // surname or one of a surname's shape, in capitals or not.
  void surnames_before_comma(std::string_view text, std::vector<Finding>& all) const;
  // name_fields.cpp: the value of a form's field that names a name's part
  // ("Surname: O'Neill", "Last name: van der Berg", "Nachname: von
  // Weizsäcker", "Surname: Smith"), whole to the field's end, as PERSON:
  // capitalised words, particles between them, no digits, no English word
  // but one also written capitalised.
  void labelled_names(std::string_view text, std::vector<Finding>& all) const;
  // name_attachments.cpp: drops PERSON readings of a handle that opens with a
  // common word ("@team-kyiv") and of a role address's display name
  // ("Barilla <noreply@example.com>").
  void role_senders(std::string_view text, std::vector<Finding>& all) const;
  Gazetteer words_;
  // Common words of other languages (shared by every detector).
  std::shared_ptr<const CommonWords> common_;
  bool person_ = false, location_ = false, address_ = false;
};

}  // namespace switchyard::privacy
