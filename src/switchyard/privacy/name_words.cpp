#include "switchyard/privacy/name_words.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "switchyard/privacy/gazetteer_eponyms.hpp"
#include "switchyard/privacy/gazetteer_world_names.hpp"
#include "switchyard/privacy/name_tokens.hpp"
#include "switchyard/privacy/transliteration.hpp"

namespace switchyard::privacy::words {

namespace {

// The code point that opens `w` (two to four UTF-8 bytes); 0 if malformed.
char32_t first_code_point(std::string_view w) {
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(w[i]); };
  const unsigned char c = b(0);
  if (c >= 0xC0 && c < 0xE0 && w.size() >= 2) return (c & 0x1Fu) << 6 | (b(1) & 0x3Fu);
  if (c >= 0xE0 && c < 0xF0 && w.size() >= 3)
    return (c & 0x0Fu) << 12 | (b(1) & 0x3Fu) << 6 | (b(2) & 0x3Fu);
  if (c >= 0xF0 && c < 0xF8 && w.size() >= 4)
    return (c & 0x07u) << 18 | (b(1) & 0x3Fu) << 12 | (b(2) & 0x3Fu) << 6 | (b(3) & 0x3Fu);
  return 0;
}

template <std::size_t N>
bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list)
    if (equals_lower(w, x)) return true;
  return false;
}

// `before` ends with one of `cues`. Its last byte rules out most of them
// without a call.
template <std::size_t N>
bool ends_with_any(std::string_view before, const std::string_view (&cues)[N]) {
  if (before.empty()) return false;
  const char b = before.back();
  const char last = b >= 'A' && b <= 'Z' ? static_cast<char>(b | 0x20) : b;
  for (std::string_view cue : cues)
    if (cue.back() == last && ends_with_cue(before, cue)) return true;
  return false;
}

// The same for long lists asked often: the cues sorted by their last byte
// once, and only those ending like `before` compared.
class CueIndex {
 public:
  template <std::size_t N>
  explicit CueIndex(const std::string_view (&cues)[N]) {
    for (std::string_view cue : cues) add(cue);
  }
  template <std::size_t N, std::size_t M>
  CueIndex(const std::string_view (&cues)[N], const std::string_view (&more)[M]) : CueIndex(cues) {
    for (std::string_view cue : more) add(cue);
  }
  template <std::size_t N, std::size_t M, std::size_t K>
  CueIndex(const std::string_view (&cues)[N], const std::string_view (&more)[M],
           const std::string_view (&most)[K])
      : CueIndex(cues, more) {
    for (std::string_view cue : most) add(cue);
  }
  // `w` ends with one of the strings, with two bytes or more before it.
  bool ends_word(std::string_view w) const {
    char b = w.back();
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b | 0x20);
    for (std::string_view e : by_last_[static_cast<unsigned char>(b)])
      if (w.size() > e.size() + 1 && equals_lower(w.substr(w.size() - e.size()), e)) return true;
    return false;
  }
  bool ends(std::string_view before) const {
    if (before.empty()) return false;
    const auto b = static_cast<unsigned char>(low(before.back()));
    for (std::string_view cue : one_byte_[b])
      if (ends_with_cue(before, cue)) return true;
    if (before.size() < 2) return false;
    // Asked of every capitalised word: most are ruled out by the byte
    // before the last, which no cue ending so has ("colleague" and
    // "...ue" against the cues ending in 'e').
    const auto second = static_cast<unsigned char>(low(before[before.size() - 2]));
    if (!(seconds_[b] >> (second & 63) & 1)) return false;
    // Then only the cues of the same last two bytes (a bucket may hold
    // others), their last four bytes compared at once and a call only for
    // a cue that ends so: many cues share their last two bytes ("r:").
    const std::uint32_t tail = tail_of(before);
    for (const Entry& e : buckets_[bucket(b, second)])
      if ((tail & e.mask) == e.tail && ends_with_cue(before, e.cue)) return true;
    return false;
  }

 private:
  struct Entry {
    std::uint32_t tail, mask;  // tail_of(cue), and which of its bytes count
    std::string_view cue;
  };
  static char low(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }
  static std::size_t bucket(unsigned char last, unsigned char second) {
    return (last * 31u + second) % 512;
  }
  // The last four bytes of `s` (fewer if shorter), lower case, the last one
  // lowest.
  static std::uint32_t tail_of(std::string_view s) {
    std::uint32_t t = 0;
    for (std::size_t j = 0; j < 4 && j < s.size(); ++j)
      t |= std::uint32_t{static_cast<unsigned char>(low(s[s.size() - 1 - j]))} << (8 * j);
    return t;
  }
  void add(std::string_view cue) {
    const auto b = static_cast<unsigned char>(cue.back());
    by_last_[b].push_back(cue);
    if (cue.size() < 2) {
      one_byte_[b].push_back(cue);
      return;
    }
    const auto second = static_cast<unsigned char>(low(cue[cue.size() - 2]));
    seconds_[b] |= std::uint64_t{1} << (second & 63);
    const std::uint32_t mask =
        cue.size() >= 4 ? 0xFFFFFFFFu : (std::uint32_t{1} << (8 * cue.size())) - 1;
    buckets_[bucket(b, second)].push_back({tail_of(cue), mask, cue});
  }
  std::array<std::vector<std::string_view>, 256> by_last_;
  // The cues of two bytes or more by their last two; those of one byte by
  // it. Per last byte: the bytes before it of its cues (modulo 64).
  std::array<std::vector<Entry>, 512> buckets_;
  std::array<std::vector<std::string_view>, 256> one_byte_;
  std::array<std::uint64_t, 256> seconds_{};
};

// `text` at `at` starts with `word` (lower case) in any ASCII case, and no
// letter follows it.
bool word_at(std::string_view text, std::size_t at, std::string_view word) {
  if (at + word.size() > text.size() || !equals_lower(text.substr(at, word.size()), word))
    return false;
  return at + word.size() == text.size() || !(cls(text[at + word.size()]) & kTokenByte);
}

// The token bytes from `at` on: word_at(text, at, w) for a word `w` of
// token bytes is equals_lower(token_at(text, at), w).
std::string_view token_at(std::string_view text, std::size_t at) {
  std::size_t e = at;
  while (e < text.size() && (cls(text[e]) & kTokenByte)) ++e;
  return text.substr(std::min(at, text.size()), e - std::min(at, text.size()));
}

// The word (token bytes, inner hyphens and apostrophes) at `at`.
std::string_view word_from(std::string_view text, std::size_t at) {
  std::size_t e = at;
  while (e < text.size() &&
         ((cls(text[e]) & kTokenByte) || continues_word(text.data(), e, text.size())))
    e += (cls(text[e]) & kTokenByte) ? 1 : 2;
  return text.substr(at, e - at);
}

// The word that ends at `end` (exclusive).
std::string_view word_before(std::string_view text, std::size_t end) {
  std::size_t s = end;
  while (s > 0 && ((cls(text[s - 1]) & kTokenByte) || text[s - 1] == '.')) --s;
  return text.substr(s, end - s);
}

}  // namespace

bool non_ascii_capital(std::string_view w) {
  const char32_t c = first_code_point(w);
  if (c == 0) return true;                                    // as before: any byte >= 0xC0
  if (c < 0x100) return c >= 0xC0 && c <= 0xDE && c != 0xD7;  // À..Þ, not ×
  if (c < 0x180) {                                            // Latin Extended-A
    if (c == 0x130) return true;                              // İ
    if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return false;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return c % 2 == 1;
    if (c == 0x178) return true;
    return c % 2 == 0;
  }
  if (c >= 0x180 && c < 0x200) {  // Latin Extended-B: "Ə", "Ɛ", "Ɔ" are capitals
    // Vietnamese "ơ", "ư" and pinyin "ǎ", "ǐ", "ǒ", "ǔ" are small letters.
    if (c == 0x1A1 || c == 0x1B0) return false;
    if (c >= 0x1CD && c <= 0x1DC) return c % 2 == 1;
    return true;
  }
  if (c >= 0x200 && c < 0x250) return c % 2 == 0;  // Ș, Ț and their small letters
  // IPA letters are small ones: Azerbaijani "ə", Twi and Ewe "ɛ", "ɔ".
  if (c >= 0x250 && c < 0x2B0) return false;
  if (c >= 0x370 && c < 0x400)  // Greek
    return c == 0x386 || (c >= 0x388 && c <= 0x38F) || (c >= 0x391 && c <= 0x3AB);
  if (c >= 0x400 && c < 0x530) {  // Cyrillic
    if (c < 0x430) return true;
    if (c < 0x460) return false;
    return c % 2 == 0;
  }
  if (c >= 0x530 && c < 0x590) return c >= 0x531 && c <= 0x556;  // Armenian capitals
  if (c >= 0x1E00 && c < 0x1F00) return c % 2 == 0;              // Vietnamese and others
  if (symbol_code_point(c)) return false;
  return true;  // scripts without case
}

bool symbol_code_point(char32_t c) {
  // Punctuation and symbols are no letters: dashes, quotes and bullets
  // (General Punctuation), currency signs, arrows, mathematical and
  // technical symbols, box drawing, dingbats, CJK punctuation, emoji (four
  // bytes: "Thanks 🙏" names no one). Han beyond U+20000 is a script.
  return (c >= 0x2000 && c < 0x2C00) || (c >= 0x3000 && c < 0x3040) ||
         (c >= 0xFE30 && c < 0xFE70) || (c >= 0xFF00 && c < 0xFF10) ||
         (c >= 0x1F000 && c < 0x20000);
}

bool symbol_start(std::string_view w) {
  return !w.empty() && static_cast<unsigned char>(w[0]) >= 0xE2 &&
         symbol_code_point(first_code_point(w));
}

bool is_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {
      "de", "des", "del", "della", "dalla", "di",  "da",  "do", "dos", "das", "du", "la",
      "le", "les", "van", "von",   "der",   "den", "het", "y",  "e",   "el",  "al", "am"};
  // Asked of every word of a name: most are ruled out by length and first letter.
  if (w.empty() || w.size() > 5) return false;
  if (const char c = w[0];
      c != 'd' && c != 'l' && c != 'v' && c != 'h' && c != 'y' && c != 'e' && c != 'a')
    return false;
  for (std::string_view p : kParticles)
    if (w == p) return true;
  return false;
}

bool name_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"de",  "del", "della", "di",  "da",  "dos",
                                                    "das", "du",  "van",   "von", "der", "den",
                                                    "ten", "ter", "bin",   "ibn"};
  for (std::string_view p : kParticles)
    if (w == p) return true;
  return false;
}

std::size_t name_suffix_end(std::string_view text, std::size_t end) {
  // Asked after every name: most are followed by no capital.
  if (end + 2 >= text.size() || (text[end] != ' ' && text[end] != ',')) return end;
  const char c = text[end] == ',' ? text[end + 2] : text[end + 1];
  if (c != 'M' && c != 'D' && c != 'P' && c != 'J' && c != 'S' && c != 'I' && c != 'E' &&
      c != 'C' && c != 'R')
    return end;
  static constexpr std::string_view kSuffixes[] = {
      " MD",   " DDS",  " DVM", " PhD", " Ph.D.", " Jr.",  " Jr",  " Sr.", " Sr",
      ", Jr.", ", Sr.", " II",  " III", " IV",    " Esq.", " Esq", " CPA", " RN"};
  for (std::string_view s : kSuffixes) {
    if (text.substr(end, s.size()) != s) continue;
    const std::size_t e = end + s.size();
    if (e < text.size() && (is_ascii_alpha(text[e]) || is_digit(text[e]) ||
                            static_cast<unsigned char>(text[e]) >= 0x80))
      continue;
    return e;
  }
  return end;
}

bool is_phrase_particle(std::string_view w, bool any_case) {
  if (any_case && w.size() >= 2 && w.size() <= 4 && w[0] >= 'A' && w[0] <= 'Z') {
    std::array<char, 4> low{};
    std::size_t n = 0;
    for (char c : w) low[n++ % 4] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return is_phrase_particle(std::string_view(low.data(), w.size()));
  }
  static constexpr std::string_view kMore[] = {"im", "an", "ob",  "en",  "em",   "z",  "ze", "na",
                                               "od", "au", "aux", "sur", "upon", "on", "of", "à"};
  if (is_particle(w)) return w != "y" && w != "e";
  for (std::string_view p : kMore)
    if (w == p) return true;
  return false;
}

bool military_post(std::string_view w) {
  return equals_lower(w, "apo") || equals_lower(w, "fpo") || equals_lower(w, "dpo");
}
bool military_area(std::string_view w) {
  return equals_lower(w, "aa") || equals_lower(w, "ae") || equals_lower(w, "ap");
}

bool sentence_start(std::string_view text, std::size_t at) {
  while (at > 0) {
    const char c = text[at - 1];
    if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '>' ||
        c == '*' || c == '#' || c == '(' || c == '[')
      return true;
    if (c != ' ' && c != '\t' && c != '\r' && c != '\'') return false;
    --at;
  }
  return true;
}

bool ends_with_cue(std::string_view text, std::string_view cue) {
  if (text.size() < cue.size()) return false;
  const char last = text.back();  // rules out most cues at once
  if ((last >= 'A' && last <= 'Z' ? static_cast<char>(last | 0x20) : last) != cue.back())
    return false;
  const std::size_t at = text.size() - cue.size();
  return equals_lower(text.substr(at), cue) && (at == 0 || !(cls(text[at - 1]) & kTokenByte));
}

std::string_view preceding(std::string_view text, std::size_t token_start) {
  std::size_t end = token_start;
  // A line break too: a signature's name is on the line after "Regards,".
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',' || text[end - 1] == '\n' ||
                     text[end - 1] == '\r'))
    --end;
  // 64 bytes: cues of scripts written in three-byte letters are long
  // ("პატივცემულო", 33 bytes; "საკონტაქტო პირი:", 46).
  const std::size_t from = end > 64 ? end - 64 : 0;
  return text.substr(from, end - from);
}

bool zip_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "zip",         "zip code",   "zipcode",     "postcode",       "postal code", "zip is",
      "zip code is", "zipcode is", "postcode is", "postal code is", "zip:",        "postcode:"};
  static const CueIndex kCuesIndex(kCues);
  return kCuesIndex.ends(before);
}

bool route_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "flights from",  "flight from",    "flying from",  "fly from",     "trains from",
      "train from",    "buses from",     "bus from",     "ferry from",   "ferries from",
      "drive from",    "trip from",      "journey from", "route from",   "travel from",
      "commute from",  "departing from", "departs from", "leaving from", "miles from",
      "km from",       "flights to",     "flight to",    "trains to",    "train to",
      "buses to",      "bus to",         "ferry to",     "trip to",      "journey to",
      "route to",      "drive to",       "ticket to",    "tickets to",   "arriving in",
      "arrives in",    "landed in",      "landing in",   "weather in",   "forecast for",
      "temperature in"};
  static const CueIndex kCuesIndex(kCues);
  return kCuesIndex.ends(before);
}

// Where someone works or "the company" in other languages: after them even
// given names joined make a firm's name (workplace_cue), and a firm's name
// is what comes (org_cue).
constexpr std::string_view kWorkplaceCues[] = {
    "la empresa",     "la compañía",  "la société", "l'entreprise", "l’entreprise",
    "die firma",      "der firma",    "la ditta",   "l'azienda",    "l’azienda",
    "het bedrijf",    "компания",     "компании",   "фирма",        "spółka",
    "a empresa",      "works at",     "working at", "worked at",    "works for",
    "travaille chez", "arbeitet bei", "trabaja en", "trabaja para", "lavora presso",
    "lucrează la",    "werkt bij",    "pracuje w",  "работает в"};

bool org_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "choosing",     "for choosing",   "shop at",        "shopping at",   "customer of",
      "customers of", "partnered with", "merged with",    "acquired by",   "subsidiary of",
      "quote from",   "invoice from",   "offer from",     "proposal from", "contract with",
      "our partner",  "our vendor",     "our supplier",   "signed with",   "a client of",
      "shares of",    "stock of",       "listed company", "acquisition of"};
  // (inst18 pass) A sponsor, a sender of goods or payments, a firm's staff:
  // "Sponsored by Cernei, Prepelita and Vlas", "Payment received from Opoku
  // and Kwarteng".
  static constexpr std::string_view kSenders[] = {
      "sponsored by",    "payment from",  "payment received from", "order from",
      "orders from",     "delivery from", "shipment from",         "supplied by",
      "manufactured by", "everyone at",   "the team at",           "staff at",
      "employees of",    "merger with",   "merger between"};
  // Asked for every name: the lists in one table, by last byte.
  static const CueIndex kIndex(kCues, kWorkplaceCues, kSenders);
  return kIndex.ends(before);
}

std::size_t initials_before(std::string_view text, std::size_t at) {
  std::size_t from = at;
  for (int n = 0; n < 2; ++n) {
    std::size_t e = from;
    const bool spaced = e >= 1 && text[e - 1] == ' ';
    if (spaced) --e;  // "J. Smith", not "J.Smith"
    if (e < 2 || text[e - 1] != '.') break;
    const char c = text[e - 2];
    // A capital of two bytes, Latin, Greek or Cyrillic, and a space after
    // its dot: "Ş. Bulak", "Α. Ζωγράφος", "К. Каськів" (not the letters of
    // "Α.Ε.", "Τ.Κ.").
    const bool wide = spaced && e >= 3 && (static_cast<unsigned char>(c) & 0xC0) == 0x80 &&
                      cased_capital(text.substr(e - 3, 2));
    if (!(c >= 'A' && c <= 'Z') && !wide) break;
    const std::size_t initial = wide ? e - 3 : e - 2;
    if (initial >= 1 && (cls(text[initial - 1]) & kTokenByte)) break;  // "Co. Smith", "St. Anna"
    from = initial;
  }
  return from;
}

bool person_frame(std::string_view text, std::size_t at, std::size_t end) {
  if (chat_or_honorific_frame(text, at, end)) return true;
  // "Morayo and I will be late".
  if (text.substr(end, 7) == " and I " || text.substr(end, 7) == " and I'") return true;
  // "Great job on the release, Adedoyin!": after ", ", at the sentence's
  // end (one more capitalised word may follow: "Thanks, Ana Ruiz.").
  if (at >= 2 && text[at - 1] == ' ' && text[at - 2] == ',') {
    std::size_t e = end;
    if (e + 1 < text.size() && text[e] == ' ' && text[e + 1] >= 'A' && text[e + 1] <= 'Z') {
      e = e + 1;
      while (e < text.size() && (cls(text[e]) & kTokenByte)) ++e;
    }
    const char c = e < text.size() ? text[e] : '\n';
    // ... of a sentence that thanks, praises or greets ("Thanks, …",
    // "Great job on the release, …", "Díky, …").
    static constexpr std::string_view kWords[] = {
        "thanks",          "thank you", "great job", "well done", "good job", "congrats",
        "congratulations", "hi",        "hello",     "hey",       "bye",      "see you",
        "good morning",    "welcome",   "sorry",     "merci",     "danke",    "grazie",
        "gracias",         "obrigad",   "díky",      "dekuji",    "děkuji",   "dziękuję",
        "teşekkür",        "bedankt",   "tack",      "kiitos",    "спасибо",  "дякую",
        "ευχαριστώ",       "bonjour",   "hallo",     "ciao",      "hola",     "salut"};
    // The same of Danish, Norwegian, Esperanto, Georgian, Zulu, Ukrainian,
    // Greek and Hindi or Nepali thanks in Latin letters, and the requests
    // of Indian English ("Tak for hjælpen, Mette.", "Madloba, Nino!",
    // "Please do the needful, Manik.").
    static constexpr std::string_view kMoreWords[] = {
        "tak for",    "mange tak", "tusind tak",  "takk",    "dankon",    "madloba",
        "ngiyabonga", "siyabonga", "efcharisto",  "diakuiu", "dhanyavad", "dhanyabad",
        "shukriya",   "cheers",    "the needful", "kindly"};
    auto thanks = [&] {
      std::size_t s = at - 2;
      while (s > 0 && at - s < 60 && text[s - 1] != '.' && text[s - 1] != '!' &&
             text[s - 1] != '?' && text[s - 1] != '\n')
        --s;
      const std::string_view sentence = text.substr(s, at - 2 - s);
      for (std::string_view k : kWords)
        for (std::size_t p = 0; p + k.size() <= sentence.size(); ++p)
          if (equals_lower(sentence.substr(p, k.size()), k) &&
              (p == 0 || !(cls(sentence[p - 1]) & kTokenByte)))
            return true;
      for (std::string_view k : kMoreWords)
        for (std::size_t p = 0; p + k.size() <= sentence.size(); ++p)
          if (equals_lower(sentence.substr(p, k.size()), k) &&
              (p == 0 || !(cls(sentence[p - 1]) & kTokenByte)))
            return true;
      return false;
    };
    if ((c == '!' || c == '.' || c == '?') &&
        (e + 1 >= text.size() || text[e + 1] == ' ' || text[e + 1] == '\n' || text[e + 1] == '!' ||
         text[e + 1] == '\r') &&
        thanks())
      return true;
  }
  // "Vittore, can I please speak to …", "Mimount, could you …": called at
  // a sentence's start, before a question or a request to the one called.
  if (end + 2 < text.size() && text[end] == ',' && text[end + 1] == ' ' &&
      sentence_start(text, at)) {
    static constexpr std::string_view kAsks[] = {
        "can you",   "can i",      "could you", "could i",  "would you", "will you",
        "do you",    "did you",    "are you",   "have you", "please",    "I need you",
        "thank you", "thanks for", "how are",   "where are"};
    const std::string_view rest = text.substr(end + 2, 12);
    for (std::string_view k : kAsks)
      if (rest.size() >= k.size() && equals_lower(rest.substr(0, k.size()), k) &&
          (rest.size() == k.size() || !(cls(rest[k.size()]) & kTokenByte)))
        return true;
  }
  // "Did Abebi reply to you?": a question's auxiliary opening the sentence,
  // then the word, then a verb in small letters.
  static constexpr std::string_view kAux[] = {"Did", "Does",  "Has",   "Have",   "Will",
                                              "Can", "Could", "Would", "Should", "Is"};
  if (at >= 3 && text[at - 1] == ' ' && end + 2 < text.size() && text[end] == ' ' &&
      text[end + 1] >= 'a' && text[end + 1] <= 'z') {
    const std::string_view b = word_before(text, at - 1);
    if (sentence_start(text, at - 1 - b.size()))
      for (std::string_view a : kAux)
        if (b == a) return true;
  }
  return false;
}

bool people_list_at(const Gazetteer& words, std::string_view text, std::size_t at) {
  std::size_t p = at, items = 0;
  for (;;) {
    // One item: two or three capitalised words.
    std::size_t n = 0;
    for (;;) {
      if (p >= text.size() ||
          !((text[p] >= 'A' && text[p] <= 'Z') || cased_capital(text.substr(p))))
        return false;
      std::size_t e = p;
      for (;;) {  // a double name's hyphen too: "Takyi-Ata"
        while (e < text.size() && (cls(text[e]) & kTokenByte)) ++e;
        if (e + 1 < text.size() && text[e] == '-' && text[e + 1] >= 'A' && text[e + 1] <= 'Z') {
          ++e;
          continue;
        }
        break;
      }
      const std::string_view w = text.substr(p, e - p);
      if (w.size() < 2 || !name_shaped(w, true) || acronym(w) ||
          (words.flags(w) & (kOrgSuffix | kTitle | kStreetWord | kUnitWord | kNotName)))
        return false;
      ++n;
      p = e;
      if (n < 3 && p + 1 < text.size() && text[p] == ' ' &&
          ((text[p + 1] >= 'A' && text[p + 1] <= 'Z') || cased_capital(text.substr(p + 1)))) {
        ++p;
        continue;
      }
      break;
    }
    if (n < 2) return false;
    ++items;
    if (text.substr(p, 2) == ", ") {
      p += 2;
      if (text.substr(p, 4) == "and ") p += 4;  // "A B, C D, and E F"
      continue;
    }
    if (text.substr(p, 5) == " and " || text.substr(p, 3) == " & ") {
      p += text[p + 1] == '&' ? 3 : 5;
      continue;
    }
    return items >= 3;
  }
}

bool job_title_line_after(const Gazetteer& words, std::string_view text, std::size_t end) {
  std::size_t p = end;
  if (p < text.size() && text[p] == '\r') ++p;
  if (p >= text.size() || text[p] != '\n') return false;
  ++p;
  const std::size_t nl = text.find('\n', p);
  const std::size_t e = nl == std::string_view::npos ? text.size() : nl;
  if (e - p < 4 || e - p > 64) return false;
  // Words of a title, in capitals first, the last one a job's word.
  std::string_view last;
  for (std::size_t q = p; q < e;) {
    std::size_t w = q;
    while (w < e && (cls(text[w]) & kTokenByte)) ++w;
    if (w == q) return false;
    const std::string_view word = text.substr(q, w - q);
    if (!capitalised(word) && !is_phrase_particle(word)) return false;
    last = word;
    q = w;
    while (q < e && (text[q] == ' ' || text[q] == '\r')) ++q;
  }
  return !last.empty() && (words.flags(last) & kNotName);
}

bool collective_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      // (English "everyone", "all", "team", "support" are kNotName, never
      // asked here.)
      "tutti", "todos", "todas", "tous", "toutes", "alle", "allen", "iedereen", "wszystkim",
      "wszyscy", "Всем", "всем", "Всім", "всім", "Всех", "всех", "Όλους", "όλους", "Բոլորին",
      "բոլորին", "ყველას", "hamıya", "herkese", "Administration", "Administración", "Administração",
      "Администрация", "Адміністрація", "Служба", "Ադմինիստրացիա", "ადმინისტრაცია", "Διοίκηση",
      "Εξυπηρέτηση", "Management", "Direction", "Verwaltung", "Redaktion",
      // a department's first word: "Ufficio Acquisti", "Serviciul Clienți",
      // "კლიენტთა მომსახურება", "Müştəri Xidməti"
      "Ufficio", "Servizio", "Reparto", "Departamento", "Departamentul", "Serviciul", "Abteilung",
      "Kundenservice", "Kundendienst", "Dział", "Oficina", "Büro", "კლიენტთა", "Հաճախորդների",
      "Müştəri", "Отдел"};
  // (A filter of the words' first bytes, ASCII case folded, and sizes
  // first: most words asked are of none.)
  static const std::array<std::uint64_t, 256> kShapes = [] {
    std::array<std::uint64_t, 256> bits{};
    for (std::string_view k : kWords)
      bits[static_cast<unsigned char>(k[0]) | (k[0] >= 'A' && k[0] <= 'Z' ? 0x20 : 0)] |=
          std::uint64_t{1} << std::min<std::size_t>(k.size(), 63);
    return bits;
  }();
  if (w.empty()) return false;
  const auto first = static_cast<unsigned char>(w[0] | (w[0] >= 'A' && w[0] <= 'Z' ? 0x20 : 0));
  if (!(kShapes[first] >> std::min<std::size_t>(w.size(), 63) & 1)) return false;
  for (std::string_view k : kWords)
    if (w.size() == k.size() && (w == k || equals_lower(w, k))) return true;
  return false;
}

bool workplace_cue(std::string_view before) {
  static const CueIndex kIndex(kWorkplaceCues);
  return kIndex.ends(before);
}

bool address_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "address:", "address is", "address", "addr:", "ship to:", "ship to", "ship it to",
      "deliver to", "deliver it to", "delivered to", "deliver to:", "send to", "send it to",
      "send them to", "mail to", "mail it to", "post it to", "forward to", "street:", "lives at",
      "live at", "living at", "located at", "resides at", "residing at", "reside at", "moved to",
      "we are at", "i am at", "i'm at", "office is at", "find us at", "visit us at", "deliver at",
      "delivery to", "delivery:", "delivery at", "return to", "return it to", "\"street\": \"",
      "\"street\":\"", "\"address\": \"", "\"address\":\"", "\"street1\": \"", "\"line1\": \"",
      "\"address_line1\": \"", "\"address1\": \"",
      // Other languages' labels and phrases.
      "adresse:", "adresse",
      "anschrift:", "straße:", "strasse:", "lieferadresse:", "rechnungsadresse:", "wohnhaft in",
      "dirección:", "direccion:", "domicilio:", "calle:", "indirizzo:", "via:", "endereço:",
      "endereco:", "morada:", "rua:", "adres:", "adresa:", "adress:", "adressi:", "osoite:", "cím:",
      "címe:", "ulica:", "adresas:", "naslov:", "manzil:", "alamat:", "địa chỉ:", "adresă:",
      "adresi:", "livrer à", "envoyer à"};
  // Asked at many words.
  static const CueIndex kIndex(kCues);
  return kIndex.ends(before);
}

bool postcode_before(std::string_view text, std::size_t at) {
  if (at < 5 || text[at - 1] != ' ') return false;
  std::size_t b = at - 1;
  int digits = 0, groups = 1;
  while (b > 0 && at - 1 - b <= 10) {
    const char c = text[b - 1];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == ' ' && groups == 1 && b >= 2 && text[b - 2] != ',' && text[b - 2] != ' ' &&
               text[b - 2] != '\n') {
      ++groups;  // "T90 33UU", "871 338"
    } else if (!((c >= 'A' && c <= 'Z') || c == '-')) {
      break;
    }
    --b;
  }
  if (digits < 3 || b == at - 1) return false;
  // The postcode opens its line, or the text, or follows a comma or an
  // opening bracket ("(80778 Čazma)").
  if (b == 0 || text[b - 1] == '\n' || text[b - 1] == '(') return true;
  if (text[b - 1] == ' ' && b >= 2 && text[b - 2] == ',') return true;
  // In prose, after a preposition of place: "deliveries to 76804 Durban",
  // "offices in 1010 Wien" (the loop above took the space before the
  // number for a postcode's inner one). A year there is no postcode ("in
  // 2019 Maria moved"), nor are numbers of other lengths.
  while (b < at - 1 && text[b] == ' ') ++b;
  if (b < 2 || text[b - 1] != ' ') return false;
  const std::string_view code = text.substr(b, at - 1 - b);
  if (code.size() < 4 || code.size() > 5 || !numeric(code)) return false;
  if (code.size() == 4 && (code.substr(0, 2) == "19" || code.substr(0, 2) == "20")) return false;
  static constexpr std::string_view kPrepositions[] = {"to", "in", "at", "near", "nach", "à"};
  return ends_with_any(text.substr(0, b - 1), kPrepositions);
}

namespace {

// Salutations, thanks and a person's form labels of other languages than
// English, and English ones the lists above lack, written as people write
// them (non-ASCII capitals in both cases: the cues are compared in ASCII
// lower case only). After one, a capitalised word is a name even where it
// is some language's common word ("Bonjour Constant", "Salom Rustam",
// "Interlocuteur : Augustine Noel", "Привет, Иванна!", "Բարև Նանե").
constexpr std::string_view kOtherAddressing[] = {
    // Salutations and thanks.
    "bonjour", "bonsoir", "salut", "coucou", "cher", "chère", "merci", "hola", "estimado",
    "estimada", "querido", "querida", "gracias", "olá", "prezado", "prezada", "obrigado",
    "obrigada", "ciao", "gentile", "egregio", "grazie", "hallo", "liebe", "lieber", "sehr geehrte",
    "sehr geehrter", "danke", "moin", "servus", "grüezi", "hoi", "beste", "bedankt", "bună ziua",
    "bună", "stimate", "stimată", "dragă", "mulțumesc", "la mulți ani", "cześć", "witaj",
    "szanowny", "szanowna", "dzień dobry", "dziękuję", "ahoj", "dobrý den", "vážený", "vážená",
    "halo", "hai", "selamat pagi", "selamat siang", "terima kasih", "yth.", "salom",
    "assalomu alaykum", "hurmatli", "rahmat", "salam", "hörmətli", "əziz", "Əziz", "təşəkkürlər",
    "merhaba", "sayın", "teşekkürler", "sevgili", "chào", "xin chào", "kính gửi", "cảm ơn",
    "saluton", "kara", "dankon", "привет", "Привет", "здравствуйте", "Здравствуйте", "уважаемый",
    "Уважаемый", "уважаемая", "Уважаемая", "дорогой", "Дорогой", "дорогая", "Дорогая", "спасибо",
    "Спасибо", "привіт", "Привіт", "шановний", "Шановний", "шановна", "Шановна", "дякую", "Дякую",
    "вітаю", "Вітаю", "дорогий", "Дорогий", "дорога", "Дорога", "мене звуть", "Мене звуть",
    "меня зовут", "Меня зовут", "пане", "Пане", "паном", "пану", "пані", "Пані", "господин",
    "Господин", "госпожа", "Госпожа", "господину", "госпоже", "здраво", "Здраво", "почитуван",
    "Почитуван", "почитувана", "Почитувана", "благодарам", "Благодарам", "здравей", "Здравей",
    "γεια σου", "Γεια σου", "αγαπητέ", "Αγαπητέ", "αγαπητή", "Αγαπητή", "ευχαριστώ", "Ευχαριστώ",
    "բարև", "Բարև", "բարեւ", "Բարեւ", "հարգելի", "Հարգելի", "գամარջობა", "გამარჯობა", "ძვირფასო",
    "პატივცემულო", "მადლობა", "happy birthday", "congratulations", "congrats", "good morning",
    "good afternoon", "joyeux anniversaire", "bon anniversaire", "feliz cumpleaños", "alles gute",
    "herzlichen glückwunsch", "thanks again", "many thanks",
    // Croatian.
    "bok", "pozdrav", "poštovani", "poštovana", "dragi", "draga", "hvala",
    // Danish, Swedish, Italian, Turkish, Esperanto and Swiss greetings and
    // thanks; Georgian, Zulu, Ukrainian and Greek ones in Latin letters (as
    // people write them in mail and chat); Indian and Nepali English
    // salutations.
    "hej", "hejsa", "hejsan", "kære", "kæreste", "kära", "käre", "bäste", "bästa", "goddag",
    "godmorgen", "god morgon", "tak", "tusind tak", "tack", "tack så mycket", "caro", "cara",
    "carissimo", "carissima", "gentilissimo", "gentilissima", "egregia", "buongiorno", "buonasera",
    "salve", "değerli", "selam", "selamlar", "estimata", "estimataj", "karega", "grüessech",
    "gamarjoba", "gamarjobat", "madloba", "gmadlobt", "dzvirfaso", "sawubona", "sanibona",
    "sanibonani", "ngiyabonga", "molo", "molweni", "pryvit", "shanovnyi", "shanovnyy", "shanovna",
    "vitaiu", "vitayu", "diakuiu", "dyakuyu", "agapite", "agapiti", "geia sou", "yia sou",
    "kalimera", "kalispera", "efcharisto", "respected", "namaste", "namaskar", "hiya",
    // Honorifics in small letters inside a sentence ("ho visto il signor
    // Celli", "j'ai vu madame Favre", "domnul Rusu"), of Italian, French,
    // Croatian, Romanian and Esperanto.
    "signor", "signora", "signorina", "dottor", "dottoressa", "avvocato", "monsieur", "madame",
    "gospodin", "gospođa", "gospođica", "domnul", "doamna", "domnișoara", "sinjoro", "sinjorino",
    // Italian titles abbreviated with their ending after the dot ("Sig.ra
    // Carta", "Dott.ssa Neri"), which the tokens split.
    "sig.ra", "sig.na", "dott.ssa", "prof.ssa",
    // Closings of a letter, the name on the next line.
    "cu stimă", "cu drag", "mit freundlichen grüßen", "grüßen", "hormat saya", "salam hormat",
    "hurmat bilan", "hörmətlə", "с уважением", "С уважением", "со почит", "Со почит", "з повагою",
    "З повагою", "s poštovanjem", "srdačan pozdrav", "trân trọng", "kore", "amike", "հարգանքով՝",
    "Հարգանքով՝", "հարգանքով", "Հարգանքով", "პატივისცემით", "bien à vous", "un saludo", "abrazos",
    "vriendelijke groet", "met vriendelijke groet", "distinti saluti", "cordiali saluti",
    "atenciosamente", "abraços", "z poważaniem", "s pozdravem", "üdvözlettel", "saygılarımla",
    "με εκτίμηση", "Με εκτίμηση",
    // A person's form labels and lists of people present.
    "interlocuteur :", "interlocuteur:", "interlocutrice :", "responsable:", "responsable :",
    "ansprechpartner:", "ansprechpartnerin:", "protokoll:", "kontaktulo:", "kontak:", "kontakt:",
    "persoană de contact:", "persoana de contact:", "contactpersoon:", "osoba kontaktowa:",
    "persona de contacto:", "contacto:", "contato:", "контакт:", "Контакт:", "контактное лицо:",
    "Контактное лицо:", "контактно лице:", "Контактно лице:", "ответственный:", "Ответственный:",
    "mas'ul shaxs:", "əlaqə şəxsi:", "Əlaqə şəxsi:", "người liên hệ:", "կոնտակտային անձ՝",
    "Կոնտակտային անձ՝", "საკონტაქტო პირი:", "present:", "présents :", "présents:", "presentes:",
    "prezenți:", "anwesend:", "asistentes:", "присутствовали:", "Присутствовали:", "присутни:",
    "Присутни:", "hadir:", "ishtirok etdi:", "iştirakçılar:", "İştirakçılar:", "ներկա էին՝",
    "Ներկա էին՝", "დამსწრენი:", "ĉeestis:", "Ĉeestis:", "presenti:", "prisutni:", "tham dự:",
    "apologies:", "absent:", "excusés :", "entschuldigt:",
    // A person's surname and given name as a form labels them in Italian,
    // French, Danish, Swedish, Turkish, Esperanto, Ukrainian, Russian and
    // Greek, and in Georgian, Zulu, Ukrainian and Greek written in Latin
    // letters ("Cognome: Rossi", "Förnamn: Olle", "Isibongo: Nhleko",
    // "Прізвище: Яловий").
    "cognome:", "nome:", "nom :", "nom:", "prénom :", "prénom:", "efternavn:", "fornavn:",
    "efternamn:", "förnamn:", "soyadı:", "adı:", "ad soyad:", "adı soyadı:", "familia nomo:",
    "persona nomo:", "gvari:", "sakheli:", "isibongo:", "igama:", "prizvyshche:", "imia:", "imya:",
    "familiya:", "eponymo:", "onoma:", "прізвище:", "Прізвище:", "ім’я:", "Ім’я:", "ім'я:", "Ім'я:",
    "фамилия:", "Фамилия:", "имя:", "Имя:", "επώνυμο:", "Επώνυμο:", "όνομα:", "Όνομα:",
    // Titles, "my name is" and a person's labels in Armenian, Georgian,
    // Azerbaijani, Romanian and French (the capital forms beyond ASCII
    // spelled out: only ASCII letters are compared without case).
    "պարոն", "Պարոն", "տիկին", "Տիկին", "իմ անունը", "Իմ անունը", "անուն, ազգանուն՝",
    "Անուն, ազգանուն՝", "դիմող՝", "Դիմող՝", "ბატონი", "ქალბატონი", "ჩემი სახელია",
    "სახელი, გვარი:", "განმცხადებელი:", "mənim adım", "cənab",
    "ad, soyad:", "müraciət edən:", "mă numesc",
    "nume, prenume:", "nume și prenume:", "solicitant:", "je m'appelle", "je m’appelle",
    "nom complet :", "nom complet:", "demandeur :", "demandeur:", "personne-ressource :",
    "personne-ressource:", "full name:", "contact person:",
    // Forms and letters of Nigeria, Ghana, South Africa, India and Nepal.
    "full names:", "other names:", "other name:", "first names:", "next of kin:", "account holder:",
    "emergency contact:", "guardian:", "parent/guardian:", "learner:", "father's name:",
    "mother's name:", "husband's name:", "spouse:", "beneficiary:", "nominee:", "referee:",
    "witness:", "s/o", "d/o", "w/o", "yours faithfully", "yours truly"};

const CueIndex& other_addressing() {
  static const CueIndex kIndex(kOtherAddressing);
  return kIndex;
}

}  // namespace

// `{"name": "` before a JSON string: its key ("name"), or empty.
std::string_view json_key_before(std::string_view before) {
  if (before.empty() || before.back() != '"') return {};
  std::size_t e = before.size() - 1;
  while (e > 0 && before[e - 1] == ' ') --e;
  if (e == 0 || before[e - 1] != ':') return {};
  --e;
  while (e > 0 && before[e - 1] == ' ') --e;
  if (e == 0 || before[e - 1] != '"') return {};
  const std::size_t end = e - 1;
  std::size_t s = end;
  while (s > 0 && before[s - 1] != '"' && end - s < 40) --s;
  if (s == 0 || before[s - 1] != '"') return {};
  return before.substr(s, end - s);
}

bool person_json_key(std::string_view before) {
  return person_key(json_key_before(before));
}

std::string_view spelled_as_name(std::string_view w, std::array<char, 40>& buf) {
  if (w.empty() || w.size() > buf.size() || !acronym(w)) return w;
  buf[0] = w[0];
  for (std::size_t c = 1; c < w.size(); ++c) buf[c] = static_cast<char>(w[c] | 0x20);
  return {buf.data(), w.size()};
}

std::string_view folded_key(std::string_view key, std::array<char, 40>& buf) {
  if (key.size() > buf.size()) return {};
  std::size_t n = 0;
  for (char c : key) {
    if (c == '_' || c == '-' || c == '.' || c == ' ') continue;
    buf[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
  }
  return {buf.data(), n};
}

// `key` folded (folded_key) is one of `keys`.
template <std::size_t N>
bool folded_key_in(std::string_view key, const std::string_view (&keys)[N]) {
  if (key.empty() || key.size() > 40) return false;
  std::array<char, 40> buf;
  const std::string_view k = folded_key(key, buf);
  for (std::string_view x : keys)
    if (k == x) return true;
  return false;
}

bool name_part_key(std::string_view key) {
  static constexpr std::string_view kKeys[] = {
      "firstname", "lastname",  "surname",  "givenname",  "familyname", "middlename", "forename",
      "first",     "last",      "nachname", "vorname",    "nom",        "prenom",     "prénom",
      "apellido",  "apellidos", "cognome",  "achternaam", "voornaam"};
  return folded_key_in(key, kKeys);
}

bool place_key(std::string_view key) {
  static constexpr std::string_view kKeys[] = {
      "city",       "town",         "hometown",    "homecity",   "village",   "municipality",
      "birthplace", "placeofbirth", "cityofbirth", "ort",        "wohnort",   "stadt",
      "ville",      "ciudad",       "città",       "citta",      "stad",      "woonplaats",
      "miasto",     "oraș",         "oras",        "localitate", "localidad", "località",
      "localite",   "localité"};
  return folded_key_in(key, kKeys);
}

bool person_key(std::string_view key) {
  // Keys whose value is a person: a name's parts, and roles only people
  // fill (not "company", "vendor", "merchant": firms fill those).
  static constexpr std::string_view kKeys[] = {"name",
                                               "fullname",
                                               "firstname",
                                               "lastname",
                                               "surname",
                                               "givenname",
                                               "familyname",
                                               "middlename",
                                               "displayname",
                                               "customer",
                                               "customername",
                                               "client",
                                               "clientname",
                                               "recipient",
                                               "recipientname",
                                               "consignee",
                                               "consigneename",
                                               "addressee",
                                               "contact",
                                               "contactname",
                                               "contactperson",
                                               "patient",
                                               "patientname",
                                               "sender",
                                               "sendername",
                                               "author",
                                               "owner",
                                               "ownername",
                                               "holder",
                                               "cardholder",
                                               "cardholdername",
                                               "accountholder",
                                               "employee",
                                               "employeename",
                                               "applicant",
                                               "insured",
                                               "policyholder",
                                               "guest",
                                               "guestname",
                                               "passenger",
                                               "passengername",
                                               "traveller",
                                               "traveler",
                                               "driver",
                                               "attendee",
                                               "member",
                                               "membername",
                                               "beneficiary",
                                               "payee",
                                               "tenant",
                                               "landlord",
                                               "student",
                                               "studentname",
                                               "teacher",
                                               "doctor",
                                               "physician",
                                               "nurse",
                                               "assignee",
                                               "reporter",
                                               "reviewer",
                                               "approver",
                                               "requester",
                                               "requestedby",
                                               "createdby",
                                               "signedby",
                                               "nextofkin",
                                               "emergencycontact",
                                               "spouse",
                                               "mother",
                                               "father",
                                               "parent",
                                               "guardian",
                                               "witness",
                                               "signatory",
                                               "representative",
                                               "person",
                                               "personname",
                                               "shiptoname",
                                               "billtoname",
                                               "buyer",
                                               "buyername",
                                               "username",
                                               "speaker",
                                               "host",
                                               "interviewer",
                                               "candidate"};
  return folded_key_in(key, kKeys);
}

bool person_cue(std::string_view before) {
  if (!before.empty() && before.back() == '"') return person_json_key(before);
  if (other_addressing().ends(before)) return true;
  static constexpr std::string_view kCues[] = {
      "name is", "name:", "i am", "i'm", "this is", "call me", "hi", "hello", "dear", "by",
      "starring", "thanks", "with", "to", "named", "meet", "ask", "from", "and", "contact", "tell",
      "speak to", "for", "add", "loop in", "ping", "remind", "invite", "called", "emailed", "thank",
      "introduce", "birthday", "congratulate",
      // "On behalf of" of French, Italian and Romanian; a booking's or an
      // account's name ("under the name", "au nom de", "a nome di", "na
      // ime", "pe numele").
      "de la part de", "da parte di", "din partea lui", "under the name", "in the name of",
      "au nom de", "a nome di", "na ime", "pe numele",
      // Form labels and signature lines ("Signed: …", "Best regards,\n…").
      "signed:", "signed", "regards", "sincerely", "cheers", "yours", "patient:", "applicant:",
      "attn:", "attendees:", "employee:", "customer:", "client:", "cc:", "from:", "to:",
      // Verbs of meeting, calling and speaking with someone in the lagging
      // locales' languages (recall19): Swedish, French, Italian,
      // Esperanto, Slovak, Yoruba, Kurmanji.
      "pratade med", "träffade", "ringde", "j'ai appelé", "j'ai croisé", "parlé avec",
      "ho chiamato", "ho incontrato", "ho parlato con", "renkontis", "telefonis al", "parolis kun",
      "volal som", "stretol", "stretla", "mo rí", "mo bá", "min bi"};
  static const CueIndex kIndex(kCues);
  return kIndex.ends(before);
}

bool addressing_word(std::string_view w) {
  return other_addressing().ends(w);
}

bool weak_person_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {"to", "from", "with", "for",
                                               "by", "and",  "add",  "this is"};
  static const CueIndex kCuesIndex(kCues);
  return kCuesIndex.ends(before);
}

bool location_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "in",     "from",  "to",    "at",       "visit",  "near",    "of",        "city",  "town",
      "where:", "city:", "town:", "country:", "state:", "region:", "location:", "place:"};
  static const CueIndex kCuesIndex(kCues);
  return kCuesIndex.ends(before);
}

bool at_place_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {"at", "on", "outside", "near", "opposite", "behind"};
  static const CueIndex kCuesIndex(kCues);
  return kCuesIndex.ends(before);
}

bool place_only_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "moved to", "move to", "moving to", "relocated to", "travel to", "traveled to",
      "travelled to", "flew to", "fly to", "lives in", "live in", "living in", "based in",
      "located in", "born in", "city:", "town:", "country:", "region:", "location:", "city of",
      "town of",
      // Where someone joins or comes from ("will join the call from Delnice").
      "the call from", "joining from", "join from", "dialing in from", "dialling in from",
      "calling in from", "connecting from", "arriving from", "flying in from", "based out of"};
  static const CueIndex kCuesIndex(kCues);
  return kCuesIndex.ends(before);
}

bool addressing_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "name is", "name:", "dear", "hi", "hello", "hey", "thanks", "thank you", "signed:", "signed",
      "signed by", "regards", "sincerely", "cheers", "yours", "patient:", "applicant:", "attn:",
      "employee:", "customer:", "client:", "attendees:", "contact:", "recipient:", "sender:",
      "cardholder:", "holder:", "insured:", "guest:", "passenger:",
      // A shipment's or an invoice's party.
      "consignee:", "addressee:", "bill to:", "sold to:", "attention:"};
  if (!before.empty() && before.back() == '"') return person_json_key(before);
  // One index of both lists, by last byte: asked of every capitalised word.
  static const CueIndex kIndex(kCues, kOtherAddressing);
  return kIndex.ends(before);
}

bool signature_closing(std::string_view text, std::size_t token_start) {
  std::size_t at = token_start;
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  if (at == 0 || text[at - 1] != '\n') return false;  // the name opens its line
  std::size_t end = at - 1;
  if (end > 0 && text[end - 1] == '\r') --end;
  while (end > 0 && (text[end - 1] == ',' || text[end - 1] == ' ' || text[end - 1] == '!' ||
                     text[end - 1] == '.'))
    --end;
  static constexpr std::string_view kClosings[] = {
      "regards",    "sincerely",   "cheers",       "yours",     "best",         "thanks",
      "thank you",  "wishes",      "respectfully", "cordially", "cordialement", "salutations",
      "saludos",    "atentamente", "grüße",        "gruß",      "groeten",      "hälsningar",
      "pozdrawiam", "saluti",      "cumprimentos", "mvh",       "hilsen",       "terveisin"};
  // Closings of other languages ("Cu stimă", "С уважением", "Hörmətlə"):
  // only those of kOtherAddressing that close a letter are asked here, by
  // the line before the name being one of them.
  static constexpr std::string_view kOtherClosings[] = {"cu stimă",
                                                        "cu drag",
                                                        "grüßen",
                                                        "hormat saya",
                                                        "salam hormat",
                                                        "hurmat bilan",
                                                        "hörmətlə",
                                                        "с уважением",
                                                        "С уважением",
                                                        "со почит",
                                                        "Со почит",
                                                        "з повагою",
                                                        "З повагою",
                                                        "s poštovanjem",
                                                        "srdačan pozdrav",
                                                        "trân trọng",
                                                        "kore",
                                                        "amike",
                                                        "հարգանքով՝",
                                                        "Հարգանքով՝",
                                                        "հարգանքով",
                                                        "Հարգանքով",
                                                        "პატივისცემით",
                                                        "bien à vous",
                                                        "un saludo",
                                                        "abrazos",
                                                        "vriendelijke groet",
                                                        "distinti saluti",
                                                        "cordiali saluti",
                                                        "atenciosamente",
                                                        "abraços",
                                                        "z poważaniem",
                                                        "s pozdravem",
                                                        "üdvözlettel",
                                                        "saygılarımla",
                                                        "με εκτίμηση",
                                                        "Με εκτίμηση",
                                                        "thanks again",
                                                        "many thanks"};
  // Closings of Danish, Swedish, Swiss, Italian, Turkish and Esperanto
  // letters, Georgian, Zulu, Ukrainian and Greek ones in Latin letters, and
  // Nepali English ones.
  static constexpr std::string_view kLocaleClosings[] = {
      "hilsner",      "allt gott",      "grüsse",       "un saluto", "a presto",
      "sevgiler",     "iyi çalışmalar", "kolay gelsin", "samideane", "ĝis baldaŭ",
      "pativiscemit", "madloba",        "ngiyabonga",   "siyabonga", "ozithobayo",
      "z povahoiu",   "z povagoyu",     "me ektimisi",  "filika",    "dhanyabad",
      "Φιλικά",       "φιλικά",         "Дякую",        "дякую",     "Ευχαριστώ"};
  static const CueIndex kIndex(kClosings, kOtherClosings, kLocaleClosings);
  return kIndex.ends(text.substr(0, end));
}

bool person_follow_cue(std::string_view text, std::size_t end) {
  std::size_t at = end;
  if (at < text.size() && text[at] == ',') ++at;
  if (at >= text.size() || text[at] != ' ') return false;
  ++at;
  static constexpr std::string_view kCues[] = {
      "mobile", "phone", "tel", "cell", "email", "e-mail", "was born", "is born", "(born",
      "will join", "paid", "said", "wrote", "asked", "says", "has joined", "called", "signed",
      "was admitted", "is our", "is my", "née", "geb.",
      // Azerbaijani and Turkish honorifics after a given name ("Leyla
      // xanım", "Əli bəy", "Ayşe Hanım", "Mehmet Bey").
      "xanım", "bəy", "müəllim", "hanım", "bey", "hanımefendi", "beyefendi",
      // Speech, and where a person lives, works or comes from.
      "explained", "pointed out", "points out", "added", "noted", "replied", "recalled", "recalls",
      "admitted", "insisted", "argued", "claimed", "lives", "lived", "works at", "worked at",
      "is from", "was from",
      // What only people do with a voice or a face.
      "shouted", "yelled", "screamed", "whispered", "smiled", "laughed", "nodded", "sighed",
      "shrugged", "winked", "frowned", "giggled",
      // Said and spoke with someone in Yoruba, Uzbek and Turkish, whose
      // pronouns before them are no capitalised word of a name's length
      // (recall19; not French "a dit", Italian "ha detto", Ukrainian
      // "сказав": "Il a dit", "Lei ha detto", "Він сказав").
      "sọ pé", "bilan gaplashdim", "bilan telefonda", "ile görüştüm", "ile konuştum"};
  // The cues by their first byte: only those opening like the text are
  // compared.
  static const auto kByFirst = [] {
    std::array<std::vector<std::string_view>, 256> by{};
    for (std::string_view cue : kCues) by[static_cast<unsigned char>(cue[0])].push_back(cue);
    return by;
  }();
  if (at >= text.size()) return false;
  const char c = text[at];
  const char first = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
  for (std::string_view cue : kByFirst[static_cast<unsigned char>(first)])
    if (word_at(text, at, cue)) return true;
  return false;
}

bool person_verb_after(std::string_view text, std::size_t end) {
  static constexpr std::string_view kVerbs[] = {
      " was ",       " is ",        " has ",       " had ",      " gave ",      " will ",
      " would ",     " can ",       " got ",       " took ",     " sent ",      " made ",
      " went ",      " came ",      " met ",       " won ",      " lost ",      " left ",
      " ha ",        " hat ",       " a ",         " approved ", " confirmed ", " reported ",
      " requested ", " booked ",    " joined ",    " resigned ", " retired ",   " agreed ",
      " accepted ",  " declined ",  " cancelled ", " visited ",  " arrived ",   " presented ",
      " shared ",    " submitted ", " est ",       " ist ",      " war ",       " é ",
      " è ",         " es ",        " fue "};
  for (std::string_view v : kVerbs)
    if (text.substr(end, v.size()) == v) return true;
  return false;
}

std::size_t street_type_before(const Gazetteer& words, std::string_view text, std::size_t at) {
  if (at < 3 || text[at - 1] != ' ') return at;
  std::string_view w = word_before(text, at - 1);
  const std::size_t start = at - 1 - w.size();
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 2 || capitalised(w) || w.find('.') != std::string_view::npos) return at;
  if (!(words.flags(w) & (kStreetWord | kCapitalisedStreetWord))) return at;
  return start;
}

bool street_type_word_before(const Gazetteer& words, std::string_view text, std::size_t at) {
  // Right before the space: "CC: Ernesto …" is a label, not a street.
  if (at < 3 || text[at - 1] != ' ' || !((cls(text[at - 2]) & kTokenByte) || text[at - 2] == '.'))
    return false;
  std::string_view w = word_before(text, at - 1);
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 2 || !capitalised(w)) return false;
  const std::uint16_t f = words.flags(w);
  if (!(f & (kStreetWord | kCapitalisedStreetWord)) || (f & (kCommonWord | kGivenName)))
    return false;
  // The type opens the phrase: in "Ernesto Partida Alonso" it is a surname.
  const std::size_t start = at - 1 - word_before(text, at - 1).size();
  if (start >= 2 && text[start - 1] == ' ') {
    const std::string_view p = word_before(text, start - 1);
    if (!p.empty() && capitalised(p)) return false;
  }
  return true;
}

std::size_t place_suffix_after(std::string_view text, std::size_t end) {
  // Portuguese towns named after someone ("Alice do Norte", "Valentina do
  // Descoberto", "Xavier de Nossa Senhora"); a person's "do Nascimento"
  // names no direction.
  static constexpr std::string_view kSuffixes[] = {
      " do Norte", " do Sul", " do Leste", " do Oeste", " do Descoberto", " de Nossa Senhora"};
  if (end + 7 > text.size() || text[end] != ' ' || text[end + 1] != 'd') return 0;
  for (std::string_view s : kSuffixes)
    if (text.substr(end, s.size()) == s &&
        (end + s.size() == text.size() || !(cls(text[end + s.size()]) & kTokenByte)))
      return end + s.size();
  return 0;
}

std::size_t phrase_start(const Gazetteer& words, std::string_view text, std::size_t at) {
  for (int k = 0; k < 5 && at >= 2 && text[at - 1] == ' '; ++k) {
    const std::string_view w = word_before(text, at - 1);
    if (w.empty() || w.back() == '.' || !(capitalised(w) || is_phrase_particle(w)) ||
        (w.size() <= 8 && (words.flags(w) & kArticle)))
      break;
    at -= 1 + w.size();
  }
  return at;
}

bool place_label(std::string_view before) {
  static constexpr std::string_view kLabels[] = {
      "city:",       "town:",        "country:",         "region:", "state:",   "location:",
      "place:",      "city",         "province:",        "county:", "village:", "\"city\": \"",
      "\"city\":\"", "\"town\": \"", "\"locality\": \"", "ort:",    "ville:",   "ciudad:",
      "città:",      "stadt:",       "cidade:",          "miasto:"};
  static const CueIndex kLabelsIndex(kLabels);
  return kLabelsIndex.ends(before);
}

std::size_t listed_firm_end(const Gazetteer& words, std::string_view text, std::size_t at) {
  if (at < 4 || text[at - 1] != ' ' || text[at - 2] != ',') return 0;
  // A join closes the list within the next two names (" and …", " et …",
  // " & …", ", Gros and …"), or no firm is made of it: most lists of names
  // are read no further.
  const std::size_t n = text.size();
  auto word_end = [&](std::size_t p) {
    while (p < n && (cls(text[p]) & (kTokenByte | kJoiner))) ++p;
    return p;
  };
  auto join_at = [&](std::size_t p) {  // a short join word between spaces
    if (p >= n || text[p] != ' ') return false;
    std::size_t q = p + 1;
    while (q < n && text[q] != ' ' && q - p <= 5) ++q;
    const std::size_t len = q - p - 1;
    return q < n && text[q] == ' ' && len >= 1 && len <= 4 && !capitalised(text.substr(p + 1));
  };
  if (std::size_t e = word_end(at); !join_at(e)) {
    if (e + 2 >= n || text[e] != ',' || text[e + 1] != ' ' || !join_at(word_end(e + 2))) return 0;
  }
  // Back over ", Word" pairs to the list's first word (at most three).
  std::size_t first = at, first_end = 0;
  for (int k = 0; k < 3; ++k) {
    if (first < 4 || text[first - 1] != ' ' || text[first - 2] != ',') break;
    const std::string_view w = word_before(text, first - 2);
    if (w.empty() || !capitalised(w) || is_digit(w[0])) break;
    first_end = first - 2;
    first = first_end - w.size();
  }
  if (first_end == 0) return 0;
  // The first name alone, not a full name's surname ("Akshata Nehru, …").
  if (first >= 2 && text[first - 1] == ' ') {
    const std::string_view w = word_before(text, first - 1);
    if (!w.empty() && capitalised(w) && !is_digit(w[0])) return 0;
  }
  const bool given = (words.flags(text.substr(first, first_end - first)) & kGivenName) != 0;
  return firm_name_end(words, text, first_end, given, true);
}

bool town_label_at(std::string_view text, std::size_t at, std::size_t end) {
  static constexpr std::string_view kWords[] = {"ville",  "city",  "town",   "ort",    "stadt",
                                                "ciudad", "città", "cidade", "miasto", "localité"};
  std::size_t e = end;
  while (e < text.size() && text[e] == ' ') ++e;
  const bool colon = (e < text.size() && text[e] == ':') || text.substr(e, 3) == "\xC2\xA0:" ||
                     text.substr(e, 4) == "\xE2\x80\xAF:";
  return colon && one_of(text.substr(at, end - at), kWords);
}

bool firm_join_before(const Gazetteer& words, std::string_view text, std::size_t at) {
  // A join is one to four bytes between spaces: most words have a longer
  // word before them, and are done with here.
  if (at < 4 || text[at - 1] != ' ') return false;
  std::size_t b = at - 1;
  while (b > 0 && at - 1 - b <= 4 && text[b - 1] != ' ') --b;
  if (b == 0 || text[b - 1] != ' ' || at - 1 - b > 4 || at - 1 == b) return false;
  // The word between the spaces, b to at - 1.
  static constexpr std::string_view kJoins[] = {
      "-", "&",  "\xE2\x80\x93", "und", "et", "og", "och", "e",  "y",   "i",
      "a", "en", "ve",           "és",  "și", "ja", "ir",  "un", "dan", "và"};
  const std::string_view join = text.substr(b, at - 1 - b);
  for (std::string_view j : kJoins) {
    if (b < 3 || !equals_lower(join, j)) continue;
    const std::string_view w = word_before(text, b - 1);
    if (w.empty() || w.back() == '.' || !capitalised(w) || is_digit(w[0])) return false;
    const std::uint16_t f = words.flags(w);
    if (f & (kGivenName | kTitle)) return false;
    // The word before is a single surname: nothing capitalised before it
    // but a sentence start or a comma.
    const std::size_t s = b - 1 - w.size();
    if (s >= 2 && text[s - 1] == ' ' && (cls(text[s - 2]) & kTokenByte) &&
        capitalised(word_before(text, s - 1)))
      return false;
    return true;
  }
  return false;
}

bool thing_noun_at(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != ' ') return false;
  static constexpr std::string_view kNouns[] = {
      "office",    "offices",      "report", "team",        "branch",    "store",
      "shop",      "headquarters", "hq",     "factory",     "plant",     "site",
      "campus",    "account",      "order",  "product",     "products",  "brand",
      "series",    "edition",      "range",  "collection",  "warehouse", "department",
      "division",  "project",      "app",    "platform",    "website",   "subscription",
      "package",   "bundle",       "model",  "board",       "committee", "contract",
      "invoice",   "deal",         "merger", "acquisition", "stock",     "shares",
      "group",     "company",      "line",   "plan",        "policy",    "program",
      "programme", "service",      "system", "tool",        "release",   "launch",
      "campaign",  "region",       "area",   "district",    "airport",   "station",
      "hotel",     "restaurant",   "market", "mall",        "centre",    "center",
      "building",  "tower",        "bank",   "fund",        "index"};
  return one_of(token_at(text, at + 1), kNouns) || word_at(text, at + 1, "is back");
}

namespace {

// The lead byte of a letter of Cyrillic, Greek or Armenian (U+0370..U+058F).
bool other_cased_lead(unsigned char c) {
  return c >= 0xCD && c <= 0xD6;
}

// The first byte of a letter of the Latin script: ASCII, or Latin-1 and
// Latin Extended (U+00C0..U+027F).
bool latin_lead(unsigned char c) {
  return c < 0x80 ? is_ascii_alpha(static_cast<char>(c)) : c >= 0xC3 && c <= 0xC9;
}

// The character ending before `at` (or starting at it) is a Latin letter.
bool latin_letter_before(std::string_view text, std::size_t at) {
  std::size_t k = at;
  while (k > 0 && (static_cast<unsigned char>(text[k - 1]) & 0xC0) == 0x80) --k;
  return k > 0 && latin_lead(static_cast<unsigned char>(text[k - 1]));
}
bool latin_letter_at(std::string_view text, std::size_t at) {
  return at < text.size() && latin_lead(static_cast<unsigned char>(text[at]));
}

}  // namespace

bool place_preposition(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "in",  "at",  "to",   "from",  "near",   "left",  "leaving", "visit",   "en", "à",    "au",
      "de",  "di",  "da",   "a",     "nach",   "aus",   "im",      "zu",      "em", "na",   "w",
      "v",   "do",  "z",    "iz",    "u",      "til",   "fra",     "i",       "ve", "dans", "para",
      "per", "bei", "vers", "desde", "hacia",  "nel",   "naar",    "uit",     "op", "ke",   "ze",
      "din", "la",  "până", "of",    "around", "leave", "into",    "towards", "on"};
  static const CueIndex kIndex(kCues);
  return kIndex.ends(before);
}

bool script_island(std::string_view text, std::size_t at, std::size_t end) {
  if (at >= end || !other_cased_lead(static_cast<unsigned char>(text[at]))) return false;
  for (std::size_t k = at; k < end; ++k)
    if (is_ascii_alpha(text[k])) return false;
  // The word before, on the same line, past a space and punctuation.
  std::size_t b = at;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == ',' || text[b - 1] == '(' ||
                   text[b - 1] == '"' || text[b - 1] == '\''))
    --b;
  if (!latin_letter_before(text, b)) return false;
  // The word after, or the sentence's end.
  std::size_t e = end;
  while (e < text.size() &&
         (text[e] == ' ' || text[e] == ',' || text[e] == ')' || text[e] == '"' || text[e] == '\''))
    ++e;
  return e >= text.size() || text[e] == '.' || text[e] == '!' || text[e] == '?' ||
         text[e] == '\n' || latin_letter_at(text, e);
}

bool speaker_at(std::string_view text, std::size_t at, std::size_t end) {
  if (end >= text.size() || text[end] != ':') return false;
  std::size_t b = at;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0 && text[b - 1] != '\n') return false;
  std::size_t a = end + 1;
  while (a < text.size() && text[a] == ' ') ++a;
  if (a >= text.size()) return false;
  // A quotation opens what follows (straight, curly, or escaped).
  return text[a] == '"' || text[a] == '\\' || text.substr(a, 3) == "\xE2\x80\x9C";
}

bool work_noun_at(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != ' ') return false;
  // What a person makes or gives and is named after: "the Takuda novel",
  // "a Brianna Kakuta concert", "the Rolc version".
  static constexpr std::string_view kNouns[] = {
      "novel",   "novels",    "book",       "books",         "album",       "albums",
      "concert", "concerts",  "film",       "films",         "movie",       "song",
      "songs",   "biography", "painting",   "paintings",     "portrait",    "symphony",
      "opera",   "lecture",   "interview",  "version",       "poem",        "poems",
      "memoir",  "sculpture", "exhibition", "retrospective", "documentary", "quote"};
  return one_of(token_at(text, at + 1), kNouns);
}

bool article_before(const Gazetteer& words, std::string_view text, std::size_t at) {
  static constexpr std::string_view kAdjectives[] = {
      "new",   "former", "next",  "latest", "current", "acting",  "interim",
      "old",   "first",  "best",  "neue",   "neuer",   "nouveau", "nouvelle",
      "nuevo", "nueva",  "nuovo", "nuova",  "nieuwe"};
  if (at < 2 || text[at - 1] != ' ') return false;
  std::string_view w = word_before(text, at - 1);
  if (w.empty() || w.back() == '.') return false;
  if (w.size() > 8) return false;
  if (words.flags(w) & kArticle) return true;
  const std::size_t w_start = at - 1 - w.size();
  if (w.size() < 3 || !one_of(w, kAdjectives) || w_start < 2 || text[w_start - 1] != ' ')
    return false;
  const std::string_view a = word_before(text, w_start - 1);
  return !a.empty() && a.size() <= 8 && (words.flags(a) & kArticle);
}

bool non_person_label(std::string_view text, std::size_t at) {
  // Labels are short: look back 48 bytes at most, so a long line costs no
  // more than a short one.
  std::size_t line = at;
  while (line > 0 && text[line - 1] != '\n' && at - line < 48) --line;
  if (line > 0 && text[line - 1] != '\n') return false;
  while (line < at && text[line] == ' ') ++line;
  static constexpr std::string_view kLabels[] = {
      "position:", "title:", "job title:", "role:", "occupation:", "department:", "company:",
      "employer:", "organisation:", "organization:", "product:", "item:", "job:", "team:",
      "subject:", "re:",
      // A shop's product labels.
      "new in store:", "new arrival:", "new arrivals:", "on sale:", "in stock:", "bestseller:"};
  for (std::string_view label : kLabels)
    if (line + label.size() <= at && equals_lower(text.substr(line, label.size()), label))
      return true;
  return false;
}

std::size_t legal_form_at(const Gazetteer& words, std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == ',') ++at;
  if (at >= text.size() || text[at] != ' ') return 0;
  ++at;
  // The form with its dots ("S.L.", "a.s.", "S.p.A.", "Sp."), read without them.
  std::array<char, 24> key{};
  std::size_t n = 0, e = at;
  bool dots = false;
  while (e < text.size() && ((cls(text[e]) & kTokenByte) || text[e] == '.' || text[e] == '/')) {
    if (text[e] != '.') {
      if (n == key.size()) return 0;
      key[n++] = text[e];
    } else {
      dots = true;
    }
    ++e;
  }
  if (n == 0) return 0;
  const std::string_view form(key.data(), n);
  const std::uint16_t f = words.flags(form);
  if (!(f & kOrgSuffix)) return 0;
  // "as", "ag", "group": the English word is no legal form in lower case,
  // nor is a short form ("sa", "ab") without its capital or its dots.
  const bool capital = capitalised(text.substr(at));
  if ((f & kCommonWord) && !capital && !dots) return 0;
  if (n <= 3 && !capital && !dots) return 0;
  return e;
}

bool legal_form_before(const Gazetteer& words, std::string_view text, std::size_t at) {
  if (at < 2 || text[at - 1] != ' ') return false;
  if (at >= 8) {  // Vietnamese "Công ty" ("company")
    const std::string_view b = text.substr(0, at - 1);
    // ... "cửa hàng" ("shop") and "trung tâm" ("centre") the same way.
    if (b.size() >= 7 && (ends_with_cue(b, "công ty") || ends_with_cue(b, "cÔng ty") ||
                          ends_with_cue(b, "cửa hàng") || ends_with_cue(b, "trung tâm")))
      return true;
  }
  const std::string_view w = word_before(text, at - 1);
  if (w.size() < 2 || w.back() == '.') return false;
  const std::uint16_t f = words.flags(w);
  if (!(f & kOrgSuffix)) return false;
  // "AS Balode", "SIA …", "UAB …", "PT …" in capitals; "Grupo Ortega".
  return acronym(w) || (capitalised(w) && !(f & kCommonWord));
}

bool firm_label(std::string_view before) {
  static constexpr std::string_view kLabels[] = {
      "customer",   "client",      "vendor",      "supplier",    "company",   "firm",
      "employer",   "account",     "partner",     "kunde",       "lieferant", "firma",
      "anbieter",   "cliente",     "proveedor",   "empresa",     "fornitore", "fornecedor",
      "société",    "fournisseur", "entreprise",  "leverancier", "bedrijf",   "klant",
      "leverantör", "företag",     "dostawca",    "klient",      "поставщик", "компания",
      "клиент",     "заказчик",    "организация", "Поставщик",   "Компания",  "Клиент",
      "Заказчик"};
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  static const CueIndex kLabelsIndex(kLabels);
  return kLabelsIndex.ends(before);
}

std::size_t foreign_joined_firm_end(const Gazetteer& words, std::string_view text,
                                    std::string_view before, std::size_t at) {
  // The join: a conjunction of another language than English ("a", "i" are
  // left out: English words too).
  static constexpr std::string_view kJoins[] = {" et ",  " und ", " y ",  " e ",  " og ",
                                                " och ", " en ",  " ve ", " și ", " ja "};
  // (Asked after every one-word name: the byte after the space rules out
  // most.)
  if (at + 3 >= text.size() || text[at] != ' ') return 0;
  const char c = text[at + 1];
  if (c != 'e' && c != 'u' && c != 'y' && c != 'o' && c != 'v' && c != 'j' &&
      static_cast<unsigned char>(c) != 0xC8)
    return 0;
  bool joined = false;
  for (std::string_view j : kJoins) joined = joined || text.substr(at, j.size()) == j;
  if (!joined) return 0;
  // English words a firm follows in a sentence ("She joined Martin et
  // Olivier", "Please contact Gerard et Louis").
  // (Not "with", "to", "from": "I spoke with Anna und Peter" are people.)
  static constexpr std::string_view kEnglish[] = {
      "joined", "hired",    "acquired", "bought",  "sued",     "contact",  "vendor",
      "client", "supplier", "customer", "work at", "works at", "worked at"};
  std::size_t e = before.size();
  while (e > 0 && (before[e - 1] == ' ' || before[e - 1] == ':')) --e;
  const std::string_view b = before.substr(0, e);
  bool english = false;
  for (std::string_view w : kEnglish) english = english || ends_with_cue(b, w);
  if (!english) return 0;
  return firm_name_end(words, text, at, false, true, /*any_join=*/true);
}

std::size_t firm_name_end(const Gazetteer& words, std::string_view text, std::size_t at,
                          bool first_is_given_name, bool first_is_one_word, bool any_join) {
  static constexpr std::string_view kForeignAnd[] = {
      "und", "et", "e",  "y",  "i",  "a",   "og", "och", "en", "ve", "és",
      "și",  "si", "ja", "ir", "un", "dan", "và", "и",   "і",  "та", "και"};
  bool firm_join = false, foreign = false, given = first_is_given_name, comma = false,
       joined_after_comma = false, english_and = false, two_words = false,
       joined_given = false;  // a given name among the joined names
  std::size_t pos = at, names = 0;
  int given_names = first_is_given_name ? 1 : 0;  // names that are also given names
  for (int k = 0; k < 4; ++k) {
    std::size_t p = pos;
    if (p + 1 < text.size() && text[p] == ',' && text[p + 1] == ' ') {
      // A comma after single surnames were joined ends the firm's name
      // when no other join follows the next word: that word is its town
      // or the sentence's ("Stepanyan - Hakobyan, Tbilisi"; not "Kallio -
      // Nieminen, Salo and Laine", nor a person's "Anna Kallio - Nurse,
      // Tampere").
      if ((firm_join || foreign) && first_is_one_word && !joined_given && !two_words) {
        const std::string_view next = word_from(text, p + 2);
        const std::size_t after = p + 2 + next.size();
        const std::string_view rest = text.substr(std::min(after, text.size()));
        // A town or a house number ("…, 16 Simonyan St"), not a date
        // ("Teej - Gorkha, 17.04.2023": a heading's place and day).
        bool number = !next.empty();
        for (char c : next) number = number && is_digit(c);
        const bool place = !next.empty() && capitalised(next) && !is_digit(next[0]);
        if ((place || (number && next.size() <= 5 && rest.starts_with(" "))) &&
            !rest.starts_with(", ") && !rest.starts_with(" and ") && !rest.starts_with(" - ") &&
            !rest.starts_with(" & "))
          break;
      }
      p += 2;
      comma = true;
      joined_after_comma = false;
    } else if (p + 1 < text.size() && text[p] == ' ') {
      ++p;
      std::size_t q = p;
      while (q < text.size() && text[q] != ' ') ++q;
      const std::string_view join = text.substr(p, q - p);
      if (q >= text.size() || join.size() > 4) break;
      if (join == "-" || join == "&" || join == "\xE2\x80\x93") {
        firm_join = true;
      } else if (one_of(join, kForeignAnd)) {
        foreign = true;
      } else if (equals_lower(join, "and")) {
        english_and = true;
      } else {
        break;
      }
      p = q + 1;
      joined_after_comma = true;
    } else {
      break;
    }
    std::string_view w = word_from(text, p);
    // A surname's particle: "van Niekerk, Dippenaar and van Buuren".
    if (!w.empty() && !capitalised(w) && is_particle(w) && p + w.size() + 1 < text.size() &&
        text[p + w.size()] == ' ') {
      p += w.size() + 1;
      w = word_from(text, p);
    }
    if (w.empty() || !capitalised(w) || is_digit(w[0])) break;
    const std::uint16_t f = words.flags(w);
    if ((f & kOrgSuffix) && !(f & kCommonWord)) return p + w.size();  // "e Hijos", "& Söhne"
    bool this_given = (f & kGivenName) != 0;
    if (f & kGivenName) given = joined_given = true;
    // A surname of two words ("Dueñas Deleón y Gaitán Ñañez").
    if (p + w.size() + 1 < text.size() && text[p + w.size()] == ' ') {
      const std::string_view w2 = word_from(text, p + w.size() + 1);
      if (!w2.empty() && capitalised(w2) && !is_digit(w2[0]) && name_shaped(w2, true) &&
          !(words.flags(w2) & (kCommonWord | kOrgSuffix))) {
        if (words.flags(w2) & kGivenName) given = joined_given = this_given = true;
        w = text.substr(p, w.size() + 1 + w2.size());
        two_words = true;
      }
    }
    if (f & kGivenName) given = true;
    given_names += this_given ? 1 : 0;
    ++names;
    pos = p + w.size();
  }
  // Commas alone make a list ("Wrocław, Mclaughlin Ltd."); a firm's
  // names end with a join ("Nytra, Herschmann und Holtfreter").
  if (comma && !joined_after_comma) return 0;
  if (const std::size_t e = legal_form_at(words, text, pos)) return e;
  if (names == 0) return 0;
  if (any_join) return pos;
  // "María Pérez y Gómez" is one person: a conjunction of another language
  // joins firms only between single surnames.
  // A single given name joined so to a surname is no one's name either
  // ("Gerard et Leclerc"; "Gerard et Marie" are two people).
  // Two single words so joined are a firm unless both are given names
  // ("Hubert et Vidal", "Roussel et Charles"; "Marie et Pierre" are two
  // people).
  if (firm_join || (foreign && first_is_one_word && names == 1 && !two_words &&
                    !(first_is_given_name && joined_given)))
    return pos;
  if (foreign && !joined_given && first_is_one_word) return pos;
  // Surnames alone, none a given name, joined by a conjunction of another
  // language when they have two words each ("Dueñas Deleón y Gaitán
  // Ñañez": people would be named with a given name), or listed with
  // commas and closed by "and" ("Koskinen, Heikkilä and Salminen").
  if (!given && foreign && two_words && !first_is_one_word) return pos;
  // Three or more surnames listed with commas and closed by "and", at most
  // one of them also a given name, are a firm wherever they stand
  // ("Nieminen, Hämäläinen and Miettinen announced …", "the Homenick, Grady
  // and McCullough deck"): people are listed by their given or full names.
  // Not where people are expected: after a label's colon ("founders:
  // Schulz, Strickland and Matthews"; a firm's label excepted), a title, a
  // greeting, "by" (authors) or "met". (A person's name and "from" say
  // where they work: "I'm Nina Kregar from Kovač, Gros and Černe".)
  if ((english_and || foreign) && comma && names >= 2 && first_is_one_word && given_names <= 1) {
    std::size_t b = at;
    while (b > 0 && (cls(text[b - 1]) & (kTokenByte | kJoiner))) --b;
    while (b > 0 && text[b - 1] == ' ') --b;
    if (const std::string_view p = word_before(text, b); !p.empty() && is_particle(p)) {
      b -= p.size();
      while (b > 0 && text[b - 1] == ' ') --b;
    }
    static constexpr std::string_view kPeopleCues[] = {
        "by",  "met", "meet", "dear", "hi",  "hello", "mr",   "mrs",   "ms",     "dr",
        "drs", "mr.", "mrs.", "ms.",  "dr.", "drs.",  "prof", "prof.", "authors"};
    // A greeting's "from" names people ("Greetings from Fyokla, Milen and
    // Emmanuil!"); an invoice's or a quote's names a firm.
    static constexpr std::string_view kGreetings[] = {
        "greetings", "love", "hugs", "regards", "wishes", "hello", "hi", "kisses", "postcard"};
    static const CueIndex kPeopleCuesIndex(kPeopleCues), kGreetingsIndex(kGreetings);
    const bool greeting_from = b >= 6 && text[b - 5] == ' ' &&
                               ends_with_cue(text.substr(0, b), "from") &&
                               kGreetingsIndex.ends(text.substr(0, b - 5));
    if (b > 0 && text[b - 1] == ':') {
      if (firm_label(text.substr(0, b - 1))) return pos;
    } else if (!greeting_from && !kPeopleCuesIndex.ends(text.substr(0, b))) {
      return pos;
    }
  }
  return 0;
}

}  // namespace switchyard::privacy::words

namespace switchyard::privacy::words {

namespace {

// `test` holds for the word's Latin spelling, read the Russian or the
// Ukrainian way (one reading for Greek, Armenian and Georgian).
template <class Test>
bool romanised_matches(std::string_view w, Test test) {
  if (!romanisable(w)) return false;
  thread_local std::string latin;
  for (Romanisation how : readings(w)) {
    const std::string_view l = romanise(w, how, latin);
    if (!l.empty() && l[0] >= 'a' && l[0] <= 'z' && test(l)) return true;
  }
  return false;
}

}  // namespace

bool surname_shaped(std::string_view w) {
  // Endings that make surnames in many languages and few other words:
  // Slavic patronymic and adjectival forms, Baltic, Nordic and Finnish
  // forms, Greek, Armenian, Georgian, Turkish, Persian, Romanian, Spanish
  // patronymics. Lower case; a word is compared ASCII case-insensitively.
  static constexpr std::string_view kEndings[] = {
      "ov",      "ova",     "ev",     "eva",     "ski",     "ska",   "sky",   "skyi",   "skiy",
      "skaya",   "cki",     "cka",    "dzki",    "wicz",    "vich",  "vych",  "ović",   "ovic",
      "ević",    "evic",    "enko",   "chuk",    "czuk",    "czyk",  "ová",   "ský",    "ská",
      "ák",      "ík",      "aitis",  "aitė",    "ienė",    "utė",   "ytė",   "auskas", "iūtė",
      "evičius", "avičius", "iņš",    "iņa",     "sson",    "son",   "sen",   "ssen",   "dottir",
      "dóttir",  "ström",   "strom",  "qvist",   "quist",   "lund",  "gren",  "holm",   "dahl",
      "nen",     "mann",    "meier",  "mayer",   "bauer",   "huber", "hofer", "inger",  "berger",
      "stra",    "sma",     "inga",   "ez",      "ini",     "etti",  "ucci",  "elli",   "escu",
      "eanu",    "opoulos", "poulos", "idis",    "iadis",   "akis",  "ákis",  "oglou",  "oğlu",
      "oglu",    "yan",     "shvili", "dze",     "zadeh",   "pour",  "nejad", "ić",     "ovski",
      "evski",   "ovska",   "evska",  "ishvili", "ashvili", "yuk",   "iuk"};
  if (w.size() < 4) return false;
  static const CueIndex kIndex(kEndings);  // (endings, not cues: the same lookup)
  if (kIndex.ends_word(w)) return true;
  // "Шевченко", "Παπαδόπουλος", "Պետրոսյան", "ბერიძე": by their Latin spelling.
  return romanised_matches(
      w, [](std::string_view latin) { return latin.size() >= 4 && kIndex.ends_word(latin); });
}

bool known_surname(std::string_view w) {
  // Surnames so common in their language that a capitalised word spelled
  // so names a person far more often than a thing; written as a name is
  // written (a capital first). East Asian, Vietnamese, South Asian, Nepali
  // and West African surnames: no ending tells them.
  static constexpr std::string_view kList =
      // Chinese (pinyin; not the syllables that are also words of Hong Kong's
      // street and place names: "Wong", "Lee", "Ho", "Lam")
      "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Hu Guo Lin Luo Gao Zheng Liang "
      "Xie Tang Cao Deng Feng Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Cheng Wei Su "
      "Ding Ren Yao Shen Zhong Cui Tan Fan Liao Shi Jin Jia Xia Fu Fang Zou Xiong Qin Qiu "
      "Hou Xue Duan "
      // Korean
      "Kim Park Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Yoo Hong Jeon "
      "Moon Bae Baek Heo "
      // Japanese
      "Sato Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
      "Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Ikeda Hashimoto "
      "Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Okada Goto Hasegawa Murakami Kondo "
      "Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Miura Fujiwara Okamoto Matsuda "
      "Nakagawa Takeda Morita Ueda Harada Shibata Sakai Kudo Yokoyama Miyazaki Uchida "
      // Vietnamese
      "Nguyễn Nguyen Trần Tran Lê Phạm Pham Hoàng Hoang Huỳnh Huynh Phan Vũ Võ Vo Đặng "
      "Dang Bùi Bui Đỗ Do Hồ Ngô Ngo Dương Duong Lý Đinh Dinh Trương Truong Lương Luong "
      // South Asian and Nepali
      "Sharma Singh Patel Gupta Kumar Shah Mehta Joshi Reddy Rao Nair Iyer Menon Pillai "
      "Bose Banerjee Chatterjee Mukherjee Ghosh Chowdhury Agarwal Jain Verma Mishra Pandey "
      "Tiwari Yadav Thakur Chauhan Malhotra Kapoor Khanna Bhatia Sethi Arora Chopra Desai "
      "Kulkarni Deshpande Patil Naidu Krishnan Subramaniam Hussain Qureshi Siddiqui "
      "Chaudhry Akhtar Rahman Islam Hossain Uddin Shrestha Thapa Gurung Tamang Limbu Magar "
      "Adhikari Bhattarai Karki Khadka Poudel Paudel Pokharel Koirala Dahal Sapkota Basnet "
      "Bhandari Maharjan Shakya Acharya Ghimire Neupane Regmi Aryal Dhakal Lamichhane "
      // West African
      "Diop Ndiaye Diallo Gueye Faye Diouf Sarr Mbaye Cissé Cisse Thiam Seck Niang Touré "
      "Toure Camara Traoré Traore Keita Coulibaly Konaté Diagne Dieng Ndour Sène Sané Badji "
      "Okafor Okonkwo Adeyemi Adebayo Okeke Eze Nwosu Obi Ogunleye Olawale Oyelaran "
      "Balogun Bello Abubakar Mensah Owusu Boateng Asante Appiah Osei Agyeman Ofori "
      // Arabic, Persian, Turkish
      "Hassan Hussein Abdullah Mahmoud Khalil Haddad Nasser Saleh Mansour Karimi Hosseini "
      "Ahmadi Rezaei Moradi Mohammadi Rahimi Jafari Yilmaz Yılmaz Kaya Demir Şahin Çelik "
      "Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç Kurt Özkan "
      "Şimşek "
      // Polish, Czech and Hungarian surnames that are also adjectives or nouns
      // of their language, which its dictionary lists (common_words.hpp):
      // their ending alone no longer vouches for them ("kowalski", "mazur",
      // "novák", "nagy")
      "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
      "Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk "
      "Kaczmarek Piotrowski Grabowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając "
      "Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski "
      "Walczak Górski Rutkowski Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Wróblewski "
      "Zalewski Jakubowski Zawadzki Sadowski Sokołowski Kucharski Kalinowski Mazurek Wysocki "
      "Czerwiński Zakrzewski Kołodziej Baranowski Laskowski Brzeziński Makowski Novák "
      "Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Král Fiala "
      "Zeman Kolář Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh "
      "Takács Juhász Mészáros Fekete";
  static const std::vector<std::string_view> kSorted = [] {
    std::vector<std::string_view> v;
    for (std::string_view list : {kList, lists::kCommonSurnames})
      for (std::string_view rest = list; !rest.empty();) {
        const std::size_t space = rest.find(' ');
        if (space != 0) v.push_back(rest.substr(0, space));
        rest.remove_prefix(space == std::string_view::npos ? rest.size() : space + 1);
      }
    std::sort(v.begin(), v.end());
    return v;
  }();
  // One hash look-up: asked of most capitalised words the finder reads.
  static const std::unordered_set<std::string_view> kSet(kSorted.begin(), kSorted.end());
  if (kSet.contains(w)) return true;
  // "Мельник", "Ковальчук": by their Latin spelling, capital first.
  return romanised_matches(w, [](std::string_view latin) {
    thread_local std::string name;
    name.assign(latin);
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return kSet.contains(std::string_view(name));
  });
}

}  // namespace switchyard::privacy::words

namespace switchyard::privacy::words {

bool person_role_cue(std::string_view before) {
  // Roles only people fill, as a form's label or a credit ("Reviewer:",
  // "written by"), and verbs of speech and of reaching someone ("said",
  // "according to", "call", "remind"). Not "by" alone, nor roles a firm
  // fills as often ("sponsored by", "partner:", "vendor:").
  static constexpr std::string_view kCues[] = {
      "interviewer:", "interviewee:", "candidate:", "author:", "authors:", "assignee:",
      "assigned to", "owner:", "manager:", "reviewer:", "reviewers:", "approver:", "approved by",
      "requester:", "requested by", "reporter:", "reported by", "speaker:", "speakers:", "host:",
      "guest:", "guests:", "witness:", "witnesses:", "driver:", "tenant:", "landlord:", "buyer:",
      "seller:", "student:", "teacher:", "tutor:", "doctor:", "physician:", "nurse:", "therapist:",
      "lawyer:", "attorney:", "member:", "members:", "participant:", "participants:", "organizer:",
      "organiser:", "chair:", "moderator:", "presenter:", "emergency contact:", "next of kin:",
      "spouse:", "father:", "mother:", "parent:", "guardian:", "beneficiary:", "payee:",
      "account holder:", "full name:", "first name:", "last name:", "surname:", "given name:",
      "user:", "founder:", "founders:", "co-founders:", "prepared by", "written by", "created by",
      "edited by", "reviewed by", "submitted by", "interviewed by", "photo by", "photos by",
      "directed by", "composed by", "translated by", "illustrated by", "said", "says", "asked",
      "replied", "told", "according to", "call", "remind", "invite", "ping", "email", "cc", "bcc",
      "met", "meet with", "thank", "introduce", "congratulate", "married", "hired", "calls me",
      "called me", "named him", "named her", "assistant to", "on behalf of", "@", "spoke with",
      "spoke to", "spoken to", "talked to", "talked with", "talking to", "hi, this is",
      "hello, this is", "hey, this is",
      // What a person sends ("The report from Tea Calabria is attached",
      // "Der Bericht von …", "Le rapport de …").
      "report from", "message from", "email from", "e-mail from", "note from", "letter from",
      "feedback from", "reply from", "answer from", "bericht von", "nachricht von", "rapport de",
      "message de", "courriel de", "informe de", "mensaje de", "relazione di", "messaggio di",
      "shouted at", "yelled at", "screamed at", "smiled at", "winked at", "waved at", "glared at",
      "whispered to", "kissed", "hugged",
      // Kinship and roles written before a name ("my colleague Ana",
      // "Producer Sandy Lahtela", "commenter Natasha Bergamaschi").
      "friend", "colleague", "coworker", "co-worker", "boss", "wife", "husband", "son", "daughter",
      "brother", "sister", "mother", "father", "mum", "mom", "dad", "uncle", "aunt", "cousin",
      "nephew", "niece", "grandma", "grandpa", "grandmother", "grandfather", "neighbour",
      "neighbor", "fiancé", "fiancée", "girlfriend", "boyfriend", "producer", "director", "singer",
      "actor", "actress", "writer", "novelist", "poet", "painter", "composer", "drummer",
      "guitarist", "bassist", "rapper", "commenter", "columnist", "journalist", "reporter",
      "professor", "coach", "senator", "president", "minister", "governor", "mayor", "judge",
      "detective", "inspector", "officer", "captain", "sergeant", "lieutenant", "colonel",
      "general", "chairman", "chairwoman", "founder", "co-founder", "ceo", "cto", "cfo", "chef",
      "nurse", "doctor", "lawyer", "teacher", "student", "intern", "manager", "editor", "author",
      "artist", "architect", "engineer"};
  static const CueIndex kIndex(kCues);
  return kIndex.ends(before);
}

}  // namespace switchyard::privacy::words

namespace switchyard::privacy::words {

bool inflected_given_name(const Gazetteer& words, std::string_view w) {
  // Cyrillic only: two bytes a letter, D0 or D1 first.
  if (w.size() < 6 ||
      (static_cast<unsigned char>(w[0]) != 0xD0 && static_cast<unsigned char>(w[0]) != 0xD1))
    return false;
  // Case endings of Russian and Ukrainian names, and the nominative
  // endings that replace them: "Жанной" → "Жанна", "Ивану" → "Иван".
  struct Ending {
    std::string_view oblique, nominative;
  };
  static constexpr Ending kEndings[] = {
      {"ой", "а"},
      {"ей", "я"},
      {"ою", "а"},
      {"ы", "а"},
      {"и", "я"},
      {"е", "а"},
      {"у", "а"},
      {"ю", "я"},
      {"ом", ""},
      {"ем", ""},
      {"а", ""},
      {"у", ""},
      {"е", ""},
      {"ові", ""},
      {"ем", "ь"},
      {"я", "ь"},
      {"ю", "ь"},
      // Ukrainian: "Олено", "Ярино" (called), "Олені" (to), "Марії",
      // "Марією", "Андрія", "Андрієві", "Андрієм", "Ігореві".
      {"о", "а"},
      {"і", "а"},
      {"ї", "я"},
      {"єю", "я"},
      {"я", "й"},
      {"ю", "й"},
      {"єві", "й"},
      {"єм", "й"},
      {"еві", ""}};
  thread_local std::string stem;
  for (const Ending& e : kEndings) {
    if (w.size() <= e.oblique.size() + 2 || !w.ends_with(e.oblique)) continue;
    stem.assign(w.substr(0, w.size() - e.oblique.size()));
    stem += e.nominative;
    if (words.flags(stem) & kGivenName) return true;
    // The list spells names in Latin letters ("Taras" for "Тарас").
    thread_local std::string latin;
    for (Romanisation how : readings(stem))
      if (const std::string_view l = romanise(stem, how, latin);
          !l.empty() && (words.flags(l) & kGivenName))
        return true;
  }
  return false;
}

bool latin_inflected_given_name(const Gazetteer& words, std::string_view w) {
  if (w.size() < 5 || w.size() > 24 || w[0] < 'A' || w[0] > 'Z') return false;
  struct Ending {
    std::string_view oblique, nominative;
  };
  static constexpr Ending kEndings[] = {
      // The Croatian instrumental: "Irmom", "Tvrtkom", "Ivanom", "Matejem".
      // (Not the dative's and accusative's "-u": "Bambu", "Menu".)
      {"om", "a"},
      {"om", "o"},
      {"om", ""},
      {"em", ""},
      // Romanian genitive-dative of a woman's name: "Cristinei", "Mariei".
      {"iei", "ia"},
      {"ei", "a"},
      // Esperanto: the accusative "Georgon", "Elizabeton", and the
      // nominative "-o" for "-a" ("Magdaleno", "Brigito"; not "-o" added
      // to any name: "Serafino", "Centro").
      {"on", "o"},
      {"on", "a"},
      {"on", ""},
      {"o", "a"}};
  thread_local std::string stem;
  for (const Ending& e : kEndings) {
    if (w.size() < e.oblique.size() + 3 || !w.ends_with(e.oblique)) continue;
    stem.assign(w.substr(0, w.size() - e.oblique.size()));
    stem += e.nominative;
    const auto f = words.flags(stem);
    if ((f & kGivenName) && !(f & (kCommonWord | kPlace))) return true;
  }
  return false;
}

}  // namespace switchyard::privacy::words

namespace switchyard::privacy::words {

bool thing_cue(std::string_view before) {
  // Verbs and credits that take a product, a vehicle, a dish, a work or a
  // firm, seldom a person: "bought a", "drove the", "sponsored by".
  static constexpr std::string_view kCues[] = {"bought",
                                               "buy",
                                               "buying",
                                               "ordered",
                                               "order",
                                               "install",
                                               "installed",
                                               "installing",
                                               "download",
                                               "downloaded",
                                               "upgrade to",
                                               "upgraded to",
                                               "subscribe to",
                                               "subscribed to",
                                               "drove",
                                               "drive",
                                               "driving",
                                               "flew",
                                               "fly",
                                               "flying",
                                               "booked",
                                               "try",
                                               "tried",
                                               "review:",
                                               "sponsored by",
                                               "powered by",
                                               "presented by",
                                               "brought to you by",
                                               "made by",
                                               "built by",
                                               "developed by",
                                               "published by",
                                               "released by",
                                               "distributed by",
                                               "manufactured by",
                                               "owned by",
                                               "operated by",
                                               "listen to",
                                               "listening to",
                                               "watch",
                                               "watched",
                                               "watching",
                                               "stream",
                                               "streaming",
                                               "cooking",
                                               "cooked",
                                               "ate",
                                               "eat",
                                               "eating",
                                               "served",
                                               "recipe for",
                                               "playing",
                                               "play",
                                               "bought a",
                                               "bought the",
                                               "ordered a",
                                               "ordered the",
                                               "drove a",
                                               "drove the",
                                               "drive a",
                                               "drive the",
                                               "try the",
                                               "try a",
                                               "flew with",
                                               "booked a",
                                               "booked the",
                                               "a new",
                                               "the new",
                                               "our new",
                                               "new:",
                                               "neu:",
                                               "nouveau:",
                                               "nuevo:",
                                               "nuovo:",
                                               "sale:",
                                               "offer:",
                                               "deal:",
                                               "rented",
                                               "rented a",
                                               "rent a",
                                               "leased",
                                               "welcome to",
                                               "reading",
                                               "toured",
                                               "visited"};
  static const CueIndex kIndex(kCues);
  return kIndex.ends(before);
}

bool model_after(std::string_view text, std::size_t end) {
  // A model's number or code right after the name: "Bravia X90", "Passat
  // B8", "Galaxy S24", "Model 3".
  if (end + 1 >= text.size() || text[end] != ' ') return false;
  std::size_t e = end + 1;
  bool digit = false, letter = false;
  while (e < text.size() && (cls(text[e]) & kTokenByte)) {
    digit = digit || is_digit(text[e]);
    letter = letter || is_ascii_alpha(text[e]);
    ++e;
  }
  return digit && (letter || e - end - 1 <= 3);
}

}  // namespace switchyard::privacy::words

namespace switchyard::privacy::words {

std::size_t facility_after(std::string_view text, std::size_t end) {
  static constexpr std::string_view kNouns[] = {
      "airport", "station", "hotel", "museum", "university", "college", "hospital", "clinic",
      "school", "academy", "library", "stadium", "arena", "square", "bridge", "tower", "centre",
      "center", "mall", "line", "day", "church", "cathedral", "palace", "castle", "theatre",
      "theater", "gallery", "institute", "foundation", "prize", "award", "trophy", "cup",
      "festival", "hall", "airlines", "airways", "motors", "foods", "pharma", "labs", "studios",
      "records", "press", "media", "capital", "ventures", "technologies", "systems", "solutions",
      "consulting", "bank", "lake", "river", "mountains", "island", "islands", "bay", "beach",
      "valley", "memorial", "monument", "cinema", "restaurant", "café", "cafe", "bakery", "brewery",
      "winery", "market", "plan", "room", "team", "crew", "squad",
      // Place types no surname is (faker's and the US postal service's
      // street types; those of kStreetWords make a street instead):
      // "Haylie Circle", "Rosendo Spur", "Esther Landing".
      "circle", "spur", "landing", "lock", "locks", "heights", "pike", "loop", "crossing",
      "junction", "estates", "gardens", "meadows", "knoll", "knolls", "trail", "vista", "manor",
      "tunnel", "crossroad", "extension", "extensions", "hollow", "inlet", "oval", "plains",
      "prairie", "rapids", "shoals", "shores", "summit", "villages", "commons", "corners", "cove",
      "coves", "creek", "crest", "forks", "harbor", "harbors", "harbour", "isle", "lakes", "lodge",
      "mountain", "orchard", "points", "springs", "stream", "haven", "groves", "greens", "centers",
      "view", "views", "falls", "pines", "ridges", "valleys", "ports"};
  // Asked after every name: the nouns grouped by their first letter and
  // length once, and only those of the word's compared.
  static const auto kByStart = [] {
    std::array<std::vector<std::string_view>, 32> t;
    for (std::string_view n : kNouns) t[(n[0] & 0x1F)].push_back(n);
    return t;
  }();
  auto noun = [](std::string_view w) {
    for (std::string_view n : kByStart[w[0] & 0x1F])
      if (n.size() == w.size() && equals_lower(w, n)) return true;
    return false;
  };
  // Over particles and capitalised words between ("Charles de Gaulle
  // Airport"): at most three words; past a generation's dot ("Martin
  // Luther King Jr. Day").
  std::size_t at = end;
  if (at >= 2 && at + 1 < text.size() && text[at] == '.' &&
      (text.substr(at - 2, 2) == "Jr" || text.substr(at - 2, 2) == "Sr"))
    ++at;
  for (int words = 0; words < 4; ++words) {
    if (at + 1 >= text.size() || text[at] != ' ') return 0;
    const std::string_view w = word_from(text, at + 1);
    if (w.empty()) return 0;
    if (w[0] >= 'A' && w[0] <= 'Z' && noun(w)) return at + 1 + w.size();
    if (!(capitalised(w) || is_particle(w)) || is_digit(w[0])) return 0;
    at += 1 + w.size();
  }
  return 0;
}

}  // namespace switchyard::privacy::words

namespace switchyard::privacy::words {

namespace {

// `w` in small letters: ASCII, Latin-1, Latin Extended-A (its pairs),
// Romanian Ș and Ț, Azerbaijani Ə and Cyrillic; other bytes as they are.
// Enough to compare a word with the nouns below in either case.
std::string_view lower_word(std::string_view w) {
  // (Into a buffer of the thread's, no longer than the word: folding keeps
  // its length.)
  thread_local std::array<char, 128> buffer;
  thread_local std::string longer;
  char* out = buffer.data();
  if (w.size() > buffer.size()) {
    longer.resize(w.size());
    out = longer.data();
  }
  std::size_t n = 0;
  for (std::size_t k = 0; k < w.size();) {
    const auto c = static_cast<unsigned char>(w[k]);
    if (c < 0x80) {
      out[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : static_cast<char>(c);
      ++k;
      continue;
    }
    if (c >= 0xC0 && c < 0xE0 && k + 1 < w.size()) {
      char32_t cp = (c & 0x1Fu) << 6 | (static_cast<unsigned char>(w[k + 1]) & 0x3Fu);
      if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x410 && cp <= 0x42F))
        cp += 0x20;
      else if (cp >= 0x400 && cp <= 0x40F)
        cp += 0x50;
      else if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177) || cp == 0x218 ||
                cp == 0x21A) &&
               cp % 2 == 0)
        cp += 1;
      else if (cp == 0x18F)
        cp = 0x259;
      out[n++] = static_cast<char>(0xC0 | (cp >> 6));
      out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
      k += 2;
      continue;
    }
    out[n++] = static_cast<char>(c);
    ++k;
  }
  return {out, n};
}

// Words of a list by their first byte, so a lookup compares only a few.
class FirstByteIndex {
 public:
  template <std::size_t N>
  explicit FirstByteIndex(const std::string_view (&words)[N]) {
    for (std::string_view w : words) by_first_[static_cast<unsigned char>(w[0])].push_back(w);
  }
  bool equals_any(std::string_view low) const {
    for (std::string_view w : by_first_[static_cast<unsigned char>(low[0])])
      if (low == w) return true;
    return false;
  }
  // `low` starts with one of the words.
  bool starts_any(std::string_view low) const {
    for (std::string_view w : by_first_[static_cast<unsigned char>(low[0])])
      if (low.starts_with(w)) return true;
    return false;
  }

 private:
  std::array<std::vector<std::string_view>, 256> by_first_;
};

// Nouns that open the name of a place, a building or an institution named
// after someone, in languages that put the noun first: "Liceul Teoretic
// Mihai Eminescu", "la escuela Benito Juárez", "Avenue Charles de Gaulle",
// "place Guillaume II", "Jalan Jenderal Sudirman", "Bệnh viện Bạch Mai",
// "метро Маяковская", "Училиштето Гоце Делчев". Words of English that stand
// before a name as often as anything else ("station", "square", "park",
// "most") are left out.
constexpr std::string_view kNounsBefore[] = {
    // French
    // A team named after a town or a person ("Team Pretoria", "l'équipe de
    // Strmilov").
    "team", "équipe", "lycée", "collège", "école", "hôpital", "université", "aéroport", "gare",
    "parc", "place", "pont", "rue", "avenue", "boulevard", "bd", "bd.", "musée", "théâtre", "stade",
    "bibliothèque", "institut", "salle", "quai", "allée", "impasse", "rond-point", "clinique",
    "cité", "métro",
    // Spanish, Portuguese, Italian
    "escuela", "colegio", "hospital", "universidad", "instituto", "aeropuerto", "estación",
    "parque", "plaza", "avenida", "av.", "calle", "museo", "teatro", "estadio", "biblioteca",
    "liceo", "preparatoria", "secundaria", "primaria", "calzada", "paseo", "glorieta", "puente",
    "clínica", "sanatorio", "escola", "colégio", "universidade", "aeroporto", "estação", "praça",
    "rua", "ponte", "museu", "estádio", "travessa", "scuola", "ospedale", "università", "stazione",
    "parco", "piazza", "viale", "stadio", "istituto",
    // Romanian
    "liceul", "colegiul", "școala", "scoala", "universitatea", "spitalul", "aeroportul", "gara",
    "parcul", "piața", "piata", "strada", "str.", "bulevardul", "aleea", "calea", "teatrul",
    "muzeul", "stadionul", "institutul", "policlinica", "clinica", "grădinița",
    // German
    "schule", "gymnasium", "realschule", "grundschule", "klinikum", "krankenhaus", "universität",
    "flughafen", "bahnhof", "platz", "brücke", "stadion",
    // Polish, Czech, Slovak, South Slavic in Latin letters
    "ulica", "ul.", "aleja", "al.", "plac", "szkoła", "szpital", "uniwersytet", "lotnisko",
    "dworzec", "náměstí", "nám.", "nemocnice", "škola", "gimnazija", "bolnica", "trg",
    // Indonesian
    "jalan", "jl.", "jln.", "gedung", "bandara", "rs", "rsud", "rsup", "universitas", "sekolah",
    "sma", "smp", "smk", "stasiun", "lapangan", "taman", "masjid", "gg.", "pelabuhan",
    // Vietnamese
    "đường", "phố", "chợ", "thpt", "thcs",
    // A town's or district's word before its name: Romanian and Moldovan
    // ("Municipiul", "Raionul", "Comuna"), Armenian quarters ("Հյուսիսային"
    // northern, "Հարավային" southern, "Արևմտյան" western, "Արևելյան"
    // eastern) and Georgian "ახალი" ("new").
    "municipiu", "municipiul", "raion", "raionul", "comuna", "satul", "orașul", "județul",
    "sectorul", "հյուսիսային", "Հյուսիսային", "հարավային", "Հարավային", "արևմտյան", "Արևմտյան",
    "արևելյան", "Արևելյան", "ახალი",
    // English, where the noun opens the name
    "mount", "mt.", "lake", "fort", "lycee",
    // Storms, operations and ships are named after people too ("Hurricane
    // Katrina", "HMS Victoria").
    "hurricane", "typhoon", "cyclone", "storm", "operation", "hms", "rms", "uss", "mv",
    // ... and projects and festivals, capitalised with their name ("Project
    // Aysel", "Festival Ama")
    "project", "festival",
    // Things a Romanian or French name is given to, the noun first
    // ("Festivalul Ioana", "Aplicația Ana", "L'application Gabriel";
    // not "Furtuna" and "Nava", surnames as well)
    "premiul", "festivalul", "cupa", "cupei", "metoda", "sindromul", "teorema", "legea", "ciclonul",
    "uraganul", "proiectul", "operațiunea", "operatiunea", "aplicația", "aplicatia", "salonul",
    "hotelul", "modelul", "magazinul", "cafeneaua", "restaurantul", "câinele", "cățelul", "pisica",
    "motanul", "application", "opération", "hôtel", "navire"};
// The same, of two words: "Bệnh viện Bạch Mai", "Sân bay Tân Sơn Nhất".
constexpr std::string_view kTwoNounsBefore[] = {
    "bệnh viện", "sân bay", "công viên", "quảng trường", "nhà hát",
    "bảo tàng",  "đại học", "tiểu học",  "rumah sakit",  "hava limanı"};
// The stems of such nouns in Cyrillic, any case ending after them
// ("Аеродромот", "Училиштето", "школы"), and "имени" ("named after").
constexpr std::string_view kCyrillicStemsBefore[] = {
    "школ",    "гимнази",  "лицей",    "лицеј",    "университет", "универзитет", "больниц",
    "болниц",  "клиник",   "аэропорт", "аеродром", "аэродром",    "вокзал",      "станци",
    "метро",   "парк",     "площад",   "проспект", "улиц",        "ул.",         "бульвар",
    "булевар", "набережн", "наб.",     "пр.",      "пр-т",        "переул",      "пер.",
    "музе",    "театр",    "стадион",  "институт", "училишт",     "библиотек",   "сквер",
    "имени",   "им.",      "алле",     "шоссе",    "шосе",        "вулиц",       "вул.",
    "майдан",  "лікарн"};
// Stems of nouns that close such a name, in languages that put the noun
// last (Azerbaijani, Uzbek, Turkish, Armenian, Georgian), with any ending
// after them: "Amir Temur xiyoboni", "Alisher Navoiy nomidagi", "Füzuli
// Meydanı", "Heydər Əliyev Mərkəzində", "Կոմիտասի անվան", "რუსთაველის
// თეატრში".
constexpr std::string_view kStemsAfter[] = {
    "küçə", "sahə", "şosse", "prospekt", "meydan", "mərkəz", "muzey", "xiyaban", "məktəb",
    "universitet", "teatr", "adına", "adina", "stadion", "xəstəxana", "ko'cha", "koʻcha", "xiyobon",
    "maydon", "maktab", "nomidagi", "kasalxona", "shifoxona", "aeroport", "caddesi", "sokağ",
    "parkı", "camii", "havaliman", "üniversites", "lises", "hastanes", "mahalles", "bulvar",
    "անվան", "փողոց", "պողոտա", "հրապարակ", "դպրոց", "համալսարան", "հիվանդանոց", "թատր", "այգի",
    "სახელობის", "ქუჩ", "გამზირ", "მოედან", "თეატრ", "სკოლ", "უნივერსიტეტ", "საავადმყოფო", "პარკ",
    "ხეივან",
    // Azerbaijani town, district and village in their cases ("Gəncə
    // şəhərində", "Lerik rayonu", "Xınalıq kəndi").
    "şəhər", "rayon", "kənd"};
// German compounds ending in such a noun ("Besprechungsraum Goethe",
// "Albert-Schweitzer-Schule").
constexpr std::string_view kGermanEndings[] = {
    "raum", "saal", "schule", "gymnasium", "halle", "klinik", "klinikum", "zentrum", "straße"};

}  // namespace

bool named_place_noun(std::string_view w) {
  if (w.size() < 2) return false;
  // With the French article elided onto it: "L'hôpital", "l’école".
  if (w.size() > 3 && (w[0] == 'L' || w[0] == 'l') && w[1] == '\'')
    return named_place_noun(w.substr(2));
  if (w.size() > 5 && (w[0] == 'L' || w[0] == 'l') && w.substr(1, 3) == "’")
    return named_place_noun(w.substr(4));
  static const FirstByteIndex kBefore(kNounsBefore);
  const std::string_view low = lower_word(w);
  if (kBefore.equals_any(low)) return true;
  const auto lead = static_cast<unsigned char>(low[0]);
  if (lead == 0xD0 || lead == 0xD1) {
    // The stem and a case ending or an article, no more: "Паркер" and
    // "Школьников" are surnames.
    static constexpr std::string_view kEndings[] = {
        "",    "а",   "у",   "е",  "ом", "ы",   "и",  "ой", "ей", "от",  "та", "то",
        "ето", "ата", "ите", "ям", "ах", "ами", "ую", "ая", "ое", "ого", "ому"};
    for (std::string_view stem : kCyrillicStemsBefore) {
      if (!low.starts_with(stem)) continue;
      const std::string_view rest = low.substr(stem.size());
      for (std::string_view e : kEndings)
        if (rest == e) return true;
    }
    return false;
  }
  if (w.size() > 6 && w[0] >= 'A' && w[0] <= 'Z')
    for (std::string_view e : kGermanEndings)
      if (low.size() > e.size() + 3 && low.ends_with(e)) return true;
  return false;
}

bool named_place_nouns(std::string_view first, std::string_view second) {
  if (first.empty() || second.empty()) return false;
  // Folding keeps a word's length: only a pair as long as one of the list
  // can be one (most pairs are ruled out before any folding).
  static constexpr std::uint64_t kLengths = [] {
    std::uint64_t bits = 0;
    for (std::string_view n : kTwoNounsBefore) bits |= std::uint64_t{1} << (n.size() % 64);
    return bits;
  }();
  const std::size_t length = first.size() + 1 + second.size();
  if (length >= 64 || !(kLengths >> length & 1)) return false;
  thread_local std::string low;
  low.assign(lower_word(first));
  low.push_back(' ');
  low.append(lower_word(second));
  for (std::string_view n : kTwoNounsBefore)
    if (low == n) return true;
  return false;
}

bool named_place_noun_after(std::string_view w) {
  if (w.size() < 2) return false;
  // Abbreviations, whole: Azerbaijani "sh." (şossesi), "küç.", "pr.";
  // Georgian "ქ." (street), "გამზ." (avenue), "ჩიხი" (lane).
  static constexpr std::string_view kAbbreviations[] = {"sh.",  "küç.",  "pr.",  "ქ",     "ქ.",
                                                        "გამზ", "გამზ.", "ჩიხი", "შესახ", "შეს."};
  const std::string_view low = lower_word(w);
  for (std::string_view a : kAbbreviations)
    if (low == a) return true;
  if (w.size() < 4) return false;
  static const FirstByteIndex kAfter(kStemsAfter);
  return kAfter.starts_any(low);
}

}  // namespace switchyard::privacy::words

namespace switchyard::privacy::words {

bool title_case_line(std::string_view text, std::size_t at) {
  // The line holding `at`, if it is no longer than a heading.
  std::size_t b = at;
  while (b > 0 && text[b - 1] != '\n' && at - b < 160) --b;
  if (b > 0 && text[b - 1] != '\n') return false;
  std::size_t e = at;
  while (e < text.size() && text[e] != '\n' && e - b < 160) ++e;
  if (e < text.size() && text[e] != '\n') return false;
  int caps = 0;
  for (std::size_t k = b; k < e;) {
    if (!(cls(text[k]) & kTokenByte)) {
      // A heading has no sentence's punctuation; a list of people has
      // ("Present: Ana Ruiz, Liza Predovic.", "CC: A; B").
      // Nor the columns of a signature ("Ana Ruiz | Designer", "Ana Ruiz -
      // Designer", "–", "·").
      if (text[k] == ',' || text[k] == ';' || text[k] == '.' || text[k] == '"' || text[k] == '|' ||
          text[k] == '-' || text[k] == '@' || static_cast<unsigned char>(text[k]) >= 0xC0)
        return false;
      ++k;
      continue;
    }
    const std::size_t s = k;
    while (k < e && ((cls(text[k]) & kTokenByte) || continues_word(text.data(), k, e)))
      k += (cls(text[k]) & kTokenByte) ? 1 : 2;
    const std::string_view w = text.substr(s, k - s);
    if (is_digit(w[0])) continue;
    // Scripts without case say nothing (Georgian: every word "capitalised").
    if (static_cast<unsigned char>(w[0]) >= 0x80 && !cased_capital(w) && capitalised(w))
      return false;
    if (capitalised(w)) {
      ++caps;
      continue;
    }
    // Short words and particles stay small in a heading ("of", "and",
    // "de la", "kaj", "và").
    if (w.size() <= 3 || is_particle(w)) continue;
    return false;
  }
  return caps >= 4;
}

bool chat_or_honorific_frame(std::string_view text, std::size_t at, std::size_t end) {
  const auto letter = [&](std::size_t p) { return p < text.size() && (cls(text[p]) & kTokenByte); };
  // A word after the name, then no more letters: "Kaur ji will call",
  // "Ramesh-ji,", "Sita didi is coming".
  const auto word_after = [&](std::size_t p, std::string_view w) {
    return p + w.size() <= text.size() && equals_lower(text.substr(p, w.size()), w) &&
           !letter(p + w.size());
  };
  // (The first letter of the word after rules out most words at once.)
  const char next = end + 1 < text.size() ? static_cast<char>(text[end + 1] | 0x20) : 0;
  if (end < text.size() && (text[end] == ' ' || text[end] == '-') &&
      (next == 'j' || next == 'd' || next == 'b' || next == 'g' || next == 's')) {
    // Honorifics of India and Nepal written after the name.
    static constexpr std::string_view kAfter[] = {"ji",      "didi", "dai",   "bhai",  "bhaiya",
                                                  "bhaiyya", "garu", "sahab", "saheb", "bhabhi"};
    for (std::string_view w : kAfter)
      if (word_after(end + 1, w)) return true;
  }
  if (end < text.size() && text[end] == ' ' &&
      (next == 'i' || next == 'j' || next == 'l' || next == 'w' || next == 'r')) {
    // A chat's notices: "Toluwani is typing...", "Ama joined the group",
    // "Lars left the channel", "Nino reacted with 👍".
    static constexpr std::string_view kNotices[] = {
        "is typing",     "joined the group",   "joined the chat",  "left the group",
        "left the chat", "joined the meeting", "left the meeting", "was added",
        "was removed",   "joined the channel", "left the channel", "joined the call",
        "left the call", "reacted with",       "reacted to"};
    for (std::string_view w : kNotices)
      if (word_after(end + 1, w)) return true;
  }
  // A numbered person's label opening the line: "Referee 1: Tomiloba
  // Akintade", "Passenger 2: …", "Guest 3: …".
  if (at >= 4 && text[at - 2] == ':' && text[at - 1] == ' ' && is_digit(text[at - 3])) {
    std::size_t s = at;
    while (s > 0 && text[s - 1] != '\n' && at - s < 24) --s;
    if (s == 0 || text[s - 1] == '\n') {
      std::string_view head = text.substr(s, at - s);
      if (head.ends_with(": ")) {
        head.remove_suffix(2);
        std::size_t digits = 0;
        while (digits < head.size() && digits < 3 && is_digit(head[head.size() - 1 - digits]))
          ++digits;
        if (digits > 0 && digits < 3 && head.size() > digits + 1 &&
            head[head.size() - 1 - digits] == ' ') {
          head.remove_suffix(digits + 1);
          static constexpr std::string_view kNumbered[] = {
              "referee",  "guarantor", "witness",   "passenger", "guest",    "traveller",
              "traveler", "adult",     "child",     "parent",    "guardian", "applicant",
              "occupant", "tenant",    "signatory", "director",  "attendee", "member"};
          for (std::string_view w : kNumbered)
            if (head.size() == w.size() && equals_lower(head, w)) return true;
        }
      }
    }
  }
  // A chat line's speaker, after its time: "[07:04] Deeptiman: ok",
  // "13:22 - Ganak Khan: Good morning", "12/03/2024, 10:15 - Ada: …".
  if (!(at >= 2 && text[at - 1] == ' ' && (text[at - 2] == ']' || text[at - 2] == '-')))
    return false;
  std::size_t line = at;
  while (line > 0 && text[line - 1] != '\n' && at - line < 40) --line;
  if (line > 0 && text[line - 1] != '\n') return false;
  const std::string_view head = text.substr(line, at - line);
  if (head.size() < 6) return false;
  const bool closed = head.substr(head.size() - 2) == "] " ||
                      (head.size() >= 8 && head.substr(head.size() - 3) == " - ");
  if (!closed) return false;
  bool colon = false;
  for (std::size_t k = 0; k < head.size(); ++k) {
    const char c = head[k];
    if (c == ':' && k > 0 && is_digit(head[k - 1]) && k + 1 < head.size() && is_digit(head[k + 1]))
      colon = true;
    else if (!(is_digit(c) || c == ':' || c == '/' || c == '.' || c == ',' || c == ' ' ||
               c == '[' || c == ']' || c == '-' || c == 'A' || c == 'P' || c == 'M' || c == 'a' ||
               c == 'p' || c == 'm'))
      return false;
  }
  if (!colon) return false;
  // The name, up to two more capitalised words, then ": ".
  std::size_t e = end;
  for (int more = 0; more < 2 && e + 1 < text.size() && text[e] == ' ' && text[e + 1] >= 'A' &&
                     text[e + 1] <= 'Z';
       ++more) {
    e += 1;
    while (letter(e)) ++e;
  }
  return e + 1 < text.size() && text[e] == ':' && text[e + 1] == ' ';
}

}  // namespace switchyard::privacy::words

namespace switchyard::privacy::words {

namespace {

bool lower_equal(std::string_view a, std::string_view lower) {
  return a.size() == lower.size() && equals_lower(a, lower);
}

// A word boundary at `at` of `text` (its start, its end, or no letter there).
bool boundary(std::string_view text, std::size_t at) {
  return at == 0 || at >= text.size() || !(cls(text[at - 1]) & kTokenByte) ||
         !(cls(text[at]) & kTokenByte);
}

// One of a list's items covers the phrase [start, end): begins at its start
// or ends at its end ("Romeo" of "Romeo and Juliet", "Handlung von David
// Copperfield"). Asked of every person found: the items grouped by their
// first and their last byte once, and only those of the phrase's compared.
class ListIndex {
 public:
  template <std::size_t N>
  explicit ListIndex(const std::string_view (&items)[N]) {
    for (std::string_view l : items) {
      by_first_[static_cast<unsigned char>(l.front())].push_back(l);
      if (l.size() < 2) {
        short_.push_back(l);
        continue;
      }
      first_two_[key(l[0], l[1])].push_back(l);
      last_two_[key(l[l.size() - 2], l.back())].push_back(l);
    }
  }
  bool over(std::string_view text, std::size_t start, std::size_t end) const {
    const std::size_t n = end - start;
    auto starts = [&](std::string_view l) {
      return start + l.size() <= text.size() && l.size() >= n &&
             (l.size() < 3 || lower_byte(text[start + 2]) == static_cast<unsigned char>(l[2])) &&
             equals_lower(text.substr(start, l.size()), l) &&
             (start + l.size() == text.size() || !(cls(text[start + l.size()]) & kTokenByte)) &&
             boundary(text, start);
    };
    auto ends = [&](std::string_view l) {
      if (l.size() > end || (l.size() >= 3 && lower_byte(text[end - 3]) !=
                                                  static_cast<unsigned char>(l[l.size() - 3])))
        return false;
      const std::size_t at = end - l.size();
      if (!equals_lower(text.substr(at, l.size()), l)) return false;
      if (l.size() >= n && (at == 0 || !(cls(text[at - 1]) & kTokenByte))) return true;
      return l.size() < n && text[at - 1] == ' ';
    };
    // (The items of the phrase's first two bytes, and of its last two.)
    if (start + 1 < text.size())
      for (std::string_view l : first_two_[key(text[start], text[start + 1])])
        if (starts(l)) return true;
    if (end >= 2)
      for (std::string_view l : last_two_[key(text[end - 2], text[end - 1])])
        if (ends(l)) return true;
    for (std::string_view l : short_)
      if (starts(l) || ends(l)) return true;
    return false;
  }
  bool is(std::string_view w) const {
    if (w.empty()) return false;
    for (std::string_view l : by_first_[lower_byte(w.front())])
      if (lower_equal(w, l)) return true;
    return false;
  }

 private:
  static unsigned char lower_byte(char c) {
    return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  static std::size_t key(char a, char b) { return (lower_byte(a) * 37u + lower_byte(b)) & 1023u; }
  std::array<std::vector<std::string_view>, 256> by_first_;
  std::array<std::vector<std::string_view>, 1024> first_two_, last_two_;
  std::vector<std::string_view> short_;
};

// The word after `at` over one space (and a possessive), lower case
// compared against `heads` (only those of its first byte).
std::size_t head_after(std::string_view text, std::size_t at, const ListIndex& heads) {
  if (at < text.size() && text[at] != ' ')
    for (std::string_view s :
         {std::string_view("'s"), std::string_view("’s"), std::string_view("'")})
      if (text.substr(at, s.size()) == s) {
        at += s.size();
        break;
      }
  if (at + 1 >= text.size() || text[at] != ' ') return 0;
  std::size_t e = at + 1;
  while (e < text.size() && (cls(text[e]) & kTokenByte) && text[e] != '\'') ++e;
  return heads.is(text.substr(at + 1, e - at - 1)) ? e : 0;
}

bool possessive_at(std::string_view text, std::size_t start, std::size_t end) {
  const std::string_view span = text.substr(start, end - start);
  if (span.ends_with("'s") || span.ends_with("’s")) return true;
  return text.substr(end, 2) == "'s" || text.substr(end, 4) == "’s";
}

}  // namespace

namespace {

// The words named_thing reads (see there).
constexpr std::string_view kEponymHeads[] = {
    "prize",     "prizes",     "award",      "awards",       "medal",     "disease",    "syndrome",
    "lymphoma",  "sarcoma",    "palsy",      "law",          "laws",      "theorem",    "theorems",
    "lemma",     "conjecture", "hypothesis", "effect",       "principle", "paradox",    "equation",
    "equations", "constant",   "scale",      "sequence",     "series",    "number",     "numbers",
    "comet",     "boson",      "telescope",  "distribution", "transform", "inequality", "formula",
    "algorithm", "doctrine",   "razor",      "curve",        "reflex",    "test",       "criterion",
    "diagram",   "cycle",      "prinzip",    "gesetz",       "effekt",    "krankheit",  "syndrom"};
// Methods and measures named after someone ("the Kjeldahl method", "the
// Gini index"): after a surname alone, or after an article ("Schedule Anna
// Smith procedure for Monday" is a person's).
constexpr std::string_view kMethodHeads[] = {
    "method",    "methods",   "technique", "model", "index",  "coefficient", "protocol",
    "procedure", "manoeuvre", "maneuver",  "ratio", "matrix", "integral"};
constexpr std::string_view kNotAfterLaw[] = {"firm",   "office",  "school",   "practice",
                                             "degree", "student", "students", "clerk"};
constexpr std::string_view kSoftwareHeads[] = {
    "server",       "servers",   "cluster",  "clusters",   "logs",      "log",        "upgrade",
    "instance",     "plugin",    "plugins",  "pipeline",   "dashboard", "deployment", "container",
    "package",      "library",   "notebook", "notebooks",  "runtime",   "kernel",     "broker",
    "config",       "job",       "jobs",     "api",        "sdk",       "cli",        "install",
    "installation", "migration", "repo",     "repository", "stack",     "node",       "nodes",
    "topic",        "app",       "apps",     "bot",        "chatbot",   "website",    "platform"};
constexpr std::string_view kHeadsBefore[] = {
    "hurricane", "cyclone", "typhoon", "storm", "tropical storm", "orkan", "sturmtief", "tempête",
    "huracán", "uragano", "furacão", "orkaan", "huragan", "ouragan", "tifone", "tifón",
    "maladie de", "loi de", "théorème de", "syndrome de", "prix", "premio", "prémio",
    "enfermedad de", "ley de", "teorema de", "teorema di", "legge di", "malattia di", "morbus",
    "síndrome de", "sindrome di", "ziekte van", "wet van", "choroba", "prawo", "twierdzenie",
    "effet", "efecto", "effetto", "efeito", "nobelpreis", "doença de", "lei de", "satz von",
    "gesetz von",
    // ships: "HMS Victory", "the USS Enterprise", "aboard the Queen Mary"
    "hms", "uss", "rms", "mv", "aboard the", "on board the", "the ship", "the yacht", "the vessel",
    "the cruise ship",
    // Romanian and French put the thing's noun before the name it bears:
    // "Premiul Eminescu", "Furtuna Daria", "Aplicația Ana", "la méthode
    // Dubois", "l'hôtel Marie", "mon chien Max".
    "premiul", "bursa", "festivalul", "cupa", "cupei", "metoda", "sindromul", "teorema lui",
    "legea lui", "furtuna", "ciclonul", "uraganul", "proiectul", "operațiunea", "operatiunea",
    "nava", "aplicația", "aplicatia", "salonul", "hotelul", "modelul", "magazinul", "cafeneaua",
    "restaurantul", "câinele", "cățelul", "pisica", "motanul", "le festival", "la coupe",
    "la méthode", "l'opération", "l’opération", "l'application", "l’application", "l'hôtel",
    "l’hôtel", "le magasin", "le restaurant", "le modèle", "le projet", "le salon", "la bourse",
    "le navire", "le bateau", "mon chien", "ma chienne", "mon chat", "ma chatte", "l'ouragan",
    "l’ouragan", "la tempête", "le prix", "la journée"};
// Stems of Azerbaijani nouns of things a name is given to, after the name
// with any ending ("Əliyev mükafatı", "Aysel kafesi", "Nigar tətbiqi"): a
// name with no genitive ending before them names the thing.
constexpr std::string_view kAzerbaijaniThingStems[] = {
    "mükafat",  "kubok",  "metod", "sindrom",  "teorem", "qanun", "əməliyyat",
    "tətbiq",   "mağaza", "kafe",  "restoran", "otel",   "salon", "layihə",
    "festival", "gəmi",   "model", "təqaüd",   "qasırğa"};
constexpr std::string_view kFrames[] = {
    // en
    "reading", "read", "reread", "re-read", "plot of", "summary of", "summarise", "summarize",
    "a review of", "short review of", "a critique of", "adaptation of", "adaptations of",
    "sequel to", "prequel to", "remake of", "chapter of", "chapters of", "bedtime story about",
    "bedtime story", "fairy tale about", "fairy tale", "fairytale", "dressed up as", "dressed as",
    "costume of", "install", "installing", "installed", "reinstall", "uninstall", "deploy",
    "deploying", "deployed", "upgrade", "upgrading", "upgraded", "version of", "versions of",
    "written in", "migrated from", "migrated us from", "migrate from", "migrating from",
    "switched from", "moved from", "moved us from", "the firm", "fashion house",
    "the fashion house", "shares of", "stock of", "internship at", "season tickets for",
    // a work or a character by its kind: "the film Erin Brockovich", "the
    // character Lara Croft", "der Roman Effi Briest"
    "the song", "the album", "the novel", "the film", "the movie", "the opera", "the painting",
    "the book", "the poem", "the musical", "the ballet", "the play", "the sitcom", "the character",
    "the protagonist", "fictional character", "cartoon character", "der roman", "der film",
    "das buch", "die oper", "le roman", "le film", "l'opéra", "l’opéra", "la novela", "la película",
    "la ópera", "il romanzo", "il film", "l'opera", "l’opera", "o romance", "o filme", "de roman",
    "de film", "powieść", "film", "season ticket for", "dauerkarte für",
    // de
    "liest", "lese", "liest gerade", "lese gerade", "gelesen", "handlung von",
    "gutenachtgeschichte über", "geschichte über", "märchen über", "märchen von", "verfilmung von",
    "fortsetzung von", "verkleidet als", "installiere", "installieren", "die firma", "das modehaus",
    // fr
    "lit", "lis", "lire", "critique de", "intrigue de", "l'intrigue de", "l’intrigue de",
    "résumé de", "histoire sur", "conte sur", "adaptation de", "suite de", "déguisé en",
    "déguisée en", "installer", "l'entreprise", "l’entreprise", "la société",
    "la maison de couture",
    // es
    "leyendo", "leer", "leí", "reseña de", "trama de", "resumen de", "cuento sobre", "cuento de",
    "adaptación de", "secuela de", "disfrazado de", "disfrazada de", "instalo", "instalar",
    "instalé", "la empresa",
    // it
    "leggendo", "leggere", "recensione di", "trama di", "fiaba su", "favola su", "installato",
    "installare", "installo", "l'azienda", "l’azienda",
    // pt
    "a ler", "lendo", "resenha de", "enredo de", "história sobre", "conto sobre", "instalou o",
    "instalo o", "instalar o", "instalou", "a empresa",
    // nl
    "leest", "lees", "lezen", "recensie van", "verhaaltje over", "sprookje over", "installeer",
    "installeer ik", "installeren", "het bedrijf",
    // pl
    "czyta", "czytam", "czytać", "recenzję", "fabuła", "bajkę o", "bajka o", "zainstalować",
    "zainstalowałem", "zainstalowała"};
constexpr std::string_view kFromFrames[] = {"migrated from",  "migrated us from", "migrate from",
                                            "migrating from", "switched from",    "moved from",
                                            "moved us from",  "switch from",      "move from"};
constexpr std::string_view kAnd[] = {"and", "or", "und", "oder", "et", "ou",  "y",
                                     "o",   "e",  "en",  "of",   "i",  "lub", "oraz"};
constexpr std::string_view kTo[] = {"to", "into", "auf", "naar", "na", "vers", "a"};
constexpr std::string_view kFirmFrames[] = {
    "works for",  "work for",  "working for", "works at",  "work at",   "working at",
    "worked for", "worked at", "job at",      "job with",  "the brand", "brand",
    "label",      "shares in", "stock in",    "invest in", "store",     "boutique",
    "wears",      "wearing",   "wore",        "a",         "an",        "new"};
// Nouns after a founder's firm that say it is the firm's or its goods: "a
// Louis Vuitton bag", "the Hugo Boss collection".
constexpr std::string_view kFirmHeads[] = {
    "bag",    "bags",   "handbag", "collection", "store",  "stores",   "boutique", "perfume",
    "suit",   "suits",  "dress",   "shoes",      "watch",  "jacket",   "coat",     "sunglasses",
    "outlet", "shares", "stock",   "campaign",   "show",   "products", "brand",    "logo",
    "jeans",  "shirt",  "scarf",   "belt",       "wallet", "fragrance"};
constexpr std::string_view kSoftFrames[] = {
    "using",   "written in", "coded in",   "code in",   "program in", "built with",
    "runs on", "running on", "powered by", "switch to", "migrate to", "migrated to"};
constexpr std::string_view kTeamHeads[] = {"game",  "games",   "match",  "matches", "fans",
                                           "fan",   "shirt",   "jersey", "season",  "roster",
                                           "coach", "tickets", "ticket", "lineup",  "victory"};
constexpr std::string_view kTeamBefore[] = {
    "beat the",   "defeated the", "lost to the", "drew with the", "against the",     "play the",
    "played the", "playing the",  "fan of the",  "fans of the",   "supporter of the"};
constexpr std::string_view kTeamAfter[] = {" beat ", " defeated ", " lost to ", " drew with ",
                                           " won against "};
constexpr std::string_view kArticles[] = {"le", "la", "il", "el", "lo"};
constexpr std::string_view kMatch[] = {" a battu ",  " a perdu ",  " a gagné ", " ha battuto ",
                                       " ha vinto ", " ha perso ", " ganó ",    " perdió ",
                                       " venció ",   " derrotó "};
constexpr std::string_view kSoftWork[] = {
    "app",     "apps",     "application", "project",     "projects",   "site",      "website",
    "model",   "models",   "script",      "scripts",     "code",       "setup",     "version",
    "docs",    "tutorial", "course",      "developer",   "developers", "community", "module",
    "modules", "template", "templates",   "theme",       "themes",     "extension", "skill",
    "skills",  "settings", "account",     "integration", "connector",  "workflow",  "ui"};
constexpr std::string_view kAssistants[] = {"alexa", "siri", "cortana", "bixby"};
constexpr std::string_view kCommands[] = {
    " to play", " to set a timer", " to set an alarm", " to turn", " to remind", " to call",
    " to dim",  ", play",          ", set a",          ", turn",   ", what",     ", remind",
    " to add",  ", add",           " to switch",       ", switch", " play "};

}  // namespace

// The last word of `before` ends one of named_thing's cues read off the text
// before a phrase: nothing read there can then match, and most people found
// are asked no more (a hash of the lower-case word, once a finding).
// CueIndex::ends out of line for named_thing's many calls, once: its
// inlining into the name finder's hot cues is left as it was.
[[gnu::noinline]] bool cue_ends(const CueIndex& index, std::string_view before) {
  return index.ends(before);
}

bool cue_word(std::string_view before) {
  static const std::vector<std::string> kWords = [] {
    std::vector<std::string> w;
    auto add = [&w](std::string_view cue) {
      const std::size_t sp = cue.rfind(' ');
      w.emplace_back(sp == std::string_view::npos ? cue : cue.substr(sp + 1));
    };
    for (std::string_view c : kHeadsBefore) add(c);
    for (std::string_view c : kFrames) add(c);
    for (std::string_view c : kFromFrames) add(c);
    for (std::string_view c : kAnd) add(c);
    for (std::string_view c : kTo) add(c);
    for (std::string_view c : kFirmFrames) add(c);
    for (std::string_view c : kSoftFrames) add(c);
    for (std::string_view c : kTeamBefore) add(c);
    for (std::string_view c : kArticles) add(c);
    for (std::string_view c :
         {"the", "our", "my", "your", "their", "play", "of", "from", "ask", "hey", "ok"})
      add(c);
    std::sort(w.begin(), w.end());
    w.erase(std::unique(w.begin(), w.end()), w.end());
    return w;
  }();
  // Asked of every PERSON finding: one hash look-up of the word, lower-cased
  // on the stack.
  static const std::unordered_set<std::string_view> kSet(kWords.begin(), kWords.end());
  if (before.empty()) return false;
  auto listed = [](std::string_view word) {
    if (word.empty() || word.size() > 32) return false;
    char low[32];
    for (std::size_t i = 0; i < word.size(); ++i)
      low[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] | 0x20) : word[i];
    return kSet.contains(std::string_view(low, word.size()));
  };
  const std::size_t sp = before.rfind(' ');
  const std::string_view by_space = sp == std::string_view::npos ? before : before.substr(sp + 1);
  std::size_t t = before.size();
  while (t > 0 && (cls(before[t - 1]) & kTokenByte)) --t;
  const std::string_view by_token = before.substr(t);
  return listed(by_space) || (by_token.size() != by_space.size() && listed(by_token));
}

bool named_landmark(std::string_view text, std::size_t start, std::size_t end) {
  if (start >= end || end > text.size()) return false;
  static const ListIndex kLandmarks(lists::kLandmarkNames);
  return kLandmarks.over(text, start, end);
}

bool time_zone_city(std::string_view text, std::size_t start) {
  // Only a name glued to a zone's slash or underscore is asked.
  if (start == 0 || (text[start - 1] != '/' && text[start - 1] != '_')) return false;
  std::size_t b = start;
  while (b > 0 && (is_ascii_alpha(text[b - 1]) || text[b - 1] == '_' || text[b - 1] == '/' ||
                   text[b - 1] == '-'))
    --b;
  static constexpr std::string_view kAreas[] = {
      "Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/",
      "Europe/", "Indian/",  "Pacific/",    "Etc/",    "US/",   "Canada/"};
  const std::string_view id = text.substr(b, start - b);
  for (std::string_view area : kAreas)
    if (id.starts_with(area)) return true;
  return false;
}

bool vehicle_name(std::string_view text, std::size_t start, std::size_t end) {
  const std::string_view span = text.substr(start, end - start);
  const std::size_t sp = span.find(' ');
  const std::string_view first = span.substr(0, sp);
  // Asked of every PERSON finding: a key of the first word's first two
  // bytes and its length rules out all but a maker's (a bit set of the
  // makers' keys, below).
  auto key = [](std::string_view w) {
    return (static_cast<unsigned char>(w[0]) * 31u + static_cast<unsigned char>(w[1]) * 7u +
            static_cast<unsigned>(w.size())) &
           4095u;
  };
  static const std::bitset<4096> kKeys = [&key] {
    std::bitset<4096> t;
    for (std::string_view m :
         {"Rolls",       "Rolls-Royce", "Aston",    "Mercedes",   "Mercedes-Benz", "Land",
          "Alfa",        "Tesla",       "Skoda",    "Škoda",      "Peugeot",       "Subaru",
          "Chrysler",    "Nissan",      "Citroën",  "Citroen",    "Chevrolet",     "Hyundai",
          "Kia",         "Mazda",       "Volvo",    "Volkswagen", "Audi",          "BMW",
          "Fiat",        "Renault",     "Opel",     "Vauxhall",   "Lexus",         "Acura",
          "Infiniti",    "Jeep",        "Cadillac", "Buick",      "Mitsubishi",    "Dacia",
          "Lada",        "Polestar",    "Rivian",   "BYD",        "Geely",         "Mahindra",
          "Lamborghini", "Bugatti",     "Maserati", "Seat",       "Cupra",         "Ferrari",
          "Ford",        "Porsche",     "Bentley",  "Dodge",      "Honda",         "Toyota",
          "Suzuki",      "Jaguar"})
      t.set(key(m));
    return t;
  }();
  if (first.size() < 3 || !kKeys.test(key(first))) return false;
  // Makers of two words, with their model or without: "Rolls Royce Altima",
  // "Aston Martin", "Mercedes-Benz".
  static constexpr std::string_view kPairs[] = {"Rolls Royce",   "Rolls-Royce",   "Aston Martin",
                                                "Mercedes Benz", "Mercedes-Benz", "Land Rover",
                                                "Alfa Romeo"};
  for (std::string_view pair : kPairs)
    if (span.starts_with(pair) && (span.size() == pair.size() || span[pair.size()] == ' '))
      return true;
  // Makers no one is named after, before their model: "Subaru LeBaron",
  // "Peugeot V90", "Škoda Octavia".
  static constexpr std::string_view kMakers[] = {
      "Tesla",       "Skoda",   "Škoda",     "Peugeot", "Subaru",   "Chrysler", "Nissan",
      "Citroën",     "Citroen", "Chevrolet", "Hyundai", "Kia",      "Mazda",    "Volvo",
      "Volkswagen",  "Audi",    "BMW",       "Fiat",    "Renault",  "Opel",     "Vauxhall",
      "Lexus",       "Acura",   "Infiniti",  "Jeep",    "Cadillac", "Buick",    "Mitsubishi",
      "Dacia",       "Lada",    "Polestar",  "Rivian",  "BYD",      "Geely",    "Mahindra",
      "Lamborghini", "Bugatti", "Maserati",  "Seat",    "Cupra"};
  // Makers that are also surnames, only before a model with a digit:
  // "Ferrari 458", "Ford F-150", "Porsche 911" (not "Ferrari Marco").
  static constexpr std::string_view kSurnameMakers[] = {
      "Ferrari", "Ford", "Porsche", "Bentley", "Dodge", "Honda", "Toyota", "Suzuki", "Jaguar"};
  std::string_view model;
  if (sp != std::string_view::npos) {
    model = span.substr(sp + 1);
  } else {
    std::size_t m = end;
    if (m + 1 < text.size() && text[m] == ' ') {
      std::size_t e = m + 1;
      while (e < text.size() && (is_ascii_alpha(text[e]) || is_digit(text[e]) || text[e] == '-'))
        ++e;
      model = text.substr(m + 1, e - m - 1);
    }
  }
  if (model.empty()) return false;
  bool digit = false;
  for (char c : model) digit = digit || is_digit(c);
  for (std::string_view m : kMakers)
    if (first == m && (sp != std::string_view::npos || digit)) return true;
  if (digit)
    for (std::string_view m : kSurnameMakers)
      if (first == m) return true;
  return false;
}

bool named_thing(const Gazetteer& words, std::string_view text, std::size_t start,
                 std::size_t end) {
  if (start >= end || end > text.size()) return false;
  static const ListIndex kFiction(lists::kFictionNames), kFirms(lists::kFounderFirms),
      kSoft(lists::kSoftwareNames), kEponymIndex(kEponymHeads), kNotAfterLawIndex(kNotAfterLaw),
      kSoftwareIndex(kSoftwareHeads), kTeamIndex(kTeamHeads), kSoftWorkIndex(kSoftWork),
      kMethodIndex(kMethodHeads);
  // Nouns of a kind of thing named after someone, after the name:
  // "Parkinson's disease", "Newton's laws", "the Doppler effect", "the
  // Nobel Prize", "the Kelvin scale", "Halley's comet".
  // After "law": the firm's or school's, a person's ("Anna Favre's law firm").
  if (const std::size_t e = head_after(text, end, kEponymIndex)) {
    const std::size_t law = e;
    if (!(text.substr(law - 3, 3) == "law" || text.substr(law - 3, 3) == "Law") ||
        !head_after(text, law, kNotAfterLawIndex))
      return true;
  }
  if (head_after(text, end, kMethodIndex)) {
    const std::string_view span = text.substr(start, end - start);
    const std::string_view b = preceding(text, start);
    if (span.find(' ') == std::string_view::npos || ends_with_cue(b, "the") ||
        ends_with_cue(b, "a") || ends_with_cue(b, "an"))
      return true;
  }
  // Azerbaijani nouns after the name, with their endings ("Əliyev
  // mükafatı", "Aysel kafesi").
  if (end + 4 < text.size() && text[end] == ' ') {
    std::size_t e = end + 1;
    while (e < text.size() && (cls(text[e]) & kTokenByte)) ++e;
    const std::string_view w = text.substr(end + 1, e - end - 1);
    static const FirstByteIndex kStems(kAzerbaijaniThingStems);
    if (w.size() >= 5 && static_cast<unsigned char>(w[0]) >= 'a' && kStems.starts_any(w) &&
        !kStems.equals_any(w))
      return true;
  }
  // Nouns of software after the name: "our Cassandra server", "the Jenkins
  // logs", "the Pascal upgrade".
  const std::string_view before = preceding(text, start);
  const bool cued = cue_word(before);
  if (cued && !possessive_at(text, start, end) && head_after(text, end, kSoftwareIndex) &&
      (ends_with_cue(before, "the") || ends_with_cue(before, "our") ||
       ends_with_cue(before, "my") || ends_with_cue(before, "your") ||
       ends_with_cue(before, "their")))
    return true;
  // Nouns before the name: a storm ("Hurricane Katrina", "Orkan Kyrill"), a
  // prize, a law, an ailment in languages that put them first ("maladie de
  // Parkinson", "premio Nobel", "Morbus Crohn", "choroba Parkinsona").
  static const CueIndex kBefore(kHeadsBefore);
  if (cued && start > 0 && text[start - 1] == ' ' && cue_ends(kBefore, text.substr(0, start - 1)))
    return true;
  // The closed lists: figures of fiction and legend, works named like
  // people (gazetteer_eponyms.hpp).
  if (kFiction.over(text, start, end)) return true;
  // Frames that take a work, a character, software or a firm.
  // Works: "reading Oliver Twist", "the plot of Anna Karenina", "a review of
  // Emma", "sequel to Matilda" and their translations. Characters: "a
  // bedtime story about", "in the fairy tale", "dressed up as". Software:
  // "install Julia", "upgrade Jenkins", "deploy Hugo". Firms: "the firm",
  // "the fashion house", "shares of".
  static const CueIndex kFrameIndex(kFrames);
  // Frames that open a pair ("from Kafka to Julia").
  static const CueIndex kFromIndex(kFromFrames);
  if (possessive_at(text, start, end)) return false;
  if (cued && cue_ends(kFrameIndex, before)) return true;
  // A request to a speaker opening the sentence: "Play Jolene on the
  // kitchen speaker."
  if (cued && ends_with_cue(before, "play") && before.size() >= 4 &&
      sentence_start(text,
                     static_cast<std::size_t>(before.data() - text.data()) + before.size() - 4) &&
      text[before.data() - text.data() + before.size() - 4] == 'P')
    return true;
  // A person's review of a work: "Anna Favre's review of Emma" (not "the
  // annual review of Anna Favre").
  if (cued && ends_with_cue(before, "review of")) {
    const std::string_view r = before.substr(0, before.size() - 9);
    if (r.ends_with("'s ") || r.ends_with("’s ") || r.ends_with("s' ")) return true;
  }
  // A frame opening the phrase itself: "die Handlung von Layla",
  // "L’azienda Merck".
  // (A lower-case word or an elided article in it: a name's own word
  // "Anna Lees" is no frame.)
  {
    bool lower = text.substr(start, 2) == "L'" || text.substr(start, 4) == "L’";
    for (std::size_t k = start + 1; k < end; ++k) {
      if (text[k] != ' ') continue;
      if (lower && cue_ends(kFrameIndex, text.substr(start, k - start))) return true;
      lower = lower || (k + 1 < end && text[k + 1] >= 'a' && text[k + 1] <= 'z');
      if (lower && cue_ends(kFrameIndex, text.substr(start, k - start))) return true;
    }
  }
  // One word of the software list ("from Kafka to Julia"), and a verb of
  // moving a system before ("migrated the build from").
  auto soft = [](std::string_view w) { return kSoft.is(w); };
  const bool soft_span = kSoft.is(text.substr(start, end - start));
  auto migration = [](std::string_view cue) {
    for (std::string_view v : {"migrat", "Migrat", "switch", "Switch", "moved", "Moved", "port"})
      if (cue.find(v) != std::string_view::npos) return true;
    return false;
  };  // The system moved from: "moved the pipeline from Kafka to Grafana".
  if (cued && ends_with_cue(before, "from") && migration(before)) {
    if (soft_span) return true;
    if (text.substr(end, 4) == " to ") {
      std::size_t e = end + 4;
      while (e < text.size() && (cls(text[e]) & kTokenByte)) ++e;
      if (soft(text.substr(end + 4, e - end - 4))) return true;
    }
  }

  // Over one coordinated phrase: "dressed up as Robin Hood and Snow White",
  // "from Kafka to Julia".
  if (cued) {
    std::string_view b = before;
    bool pair = false, to = false;
    for (std::string_view c : kAnd)
      if (ends_with_cue(b, c)) {
        b.remove_suffix(c.size());
        pair = true;
        break;
      }
    if (!pair)
      for (std::string_view c : kTo)
        if (ends_with_cue(b, c)) {
          b.remove_suffix(c.size());
          pair = to = true;
          break;
        }
    if (pair && !b.empty() && b.back() == ' ') {
      // back over up to four capitalised words
      std::size_t p = b.size();
      int words = 0;
      while (words < 4 && p > 0 && b[p - 1] == ' ') {
        std::size_t w = p - 1;
        while (w > 0 && b[w - 1] != ' ') --w;
        const std::string_view word = b.substr(w, p - 1 - w);
        if (word.empty() || !(cls(word[0]) & kUpper)) break;
        p = w;
        ++words;
      }
      if (words > 0) {
        const std::size_t abs = static_cast<std::size_t>(b.data() - text.data()) + p;
        const std::string_view cue = preceding(text, abs);
        if (to ? cue_ends(kFromIndex, cue) || (ends_with_cue(cue, "from") && migration(cue) &&
                                               (soft(b.substr(p, b.size() - 1 - p)) || soft_span))
               : cue_ends(kFrameIndex, cue))
          return true;
      }
    }
  }
  // Founders' firms in a frame that says firm.
  static const CueIndex kFirmIndex(kFirmFrames);
  static const ListIndex kFirmHeadIndex(kFirmHeads);
  if (((cued && cue_ends(kFirmIndex, before)) ||
       (end + 1 < text.size() && text[end] == ' ' && text[end + 1] >= 'a' && text[end + 1] <= 'z' &&
        head_after(text, end, kFirmHeadIndex))) &&
      kFirms.over(text, start, end))
    return true;
  // Software named like a person in a frame that says software: "written in
  // Julia", "using Django", "Hugo 0.120".
  static const CueIndex kSoftIndex(kSoftFrames);
  // A team after "the" in English: "the Boston Celtics game", "The Chicago
  // Bulls beat …", "beat the Dallas Cowboys" (two words or more).
  {
    bool two_words = false;
    for (std::size_t k = start; k < end; ++k) two_words = two_words || text[k] == ' ';
    if (cued && two_words && ends_with_cue(before, "the")) {
      if (head_after(text, end, kTeamIndex)) return true;
      for (std::string_view m : kTeamAfter)
        if (text.substr(end, m.size()) == m) return true;
    }
    if (cued && two_words && ends_with_any(before, kTeamBefore)) return true;
  }
  // A team in a match, with the article French, Italian and Spanish give a
  // club and not a person: "Le Celtic Glasgow a battu …", "La Wisła
  // Kraków ha battuto il …".
  {
    bool article = false;
    for (std::string_view a : kArticles) {
      const bool opens = end - start > a.size() + 1 && text[start + a.size()] == ' ' &&
                         equals_lower(text.substr(start, a.size()), a);
      article = article || opens || (before.size() == a.size() && ends_with_cue(before, a));
    }
    bool two_words = false;
    for (std::size_t k = start; k < end; ++k) two_words = two_words || text[k] == ' ';
    if (article && two_words)
      for (std::string_view m : kMatch)
        if (text.substr(end, m.size()) == m) return true;
  }
  // Software of the list that is no given name, spoken to: "Ask Gemini
  // to play some jazz", "Hey Grafana," (a given name or a surname stays a
  // person: "Ask Julia to set a timer", "Ask Jenkins to send it").
  if (soft_span && !words.is_given_name(text.substr(start, end - start)) &&
      !known_surname(text.substr(start, end - start)) && cued &&
      (ends_with_cue(before, "ask") || ends_with_cue(before, "hey") || ends_with_cue(before, "ok")))
    return true;
  if (soft_span && (model_after(text, end) || (cued && cue_ends(kSoftIndex, before)))) return true;
  // Software of the list before a noun of software work: "a Django app",
  // "my Julia code", "the Jupyter docs".
  if (soft_span && head_after(text, end, kSoftWorkIndex) && !possessive_at(text, start, end))
    return true;
  // A voice assistant given a device's command: "Ask Alexa to set a
  // timer", "Hey Siri, play …" (a given name of no assistant stays a
  // person where the frame does not decide: "Ask Julia to set a timer").
  bool assistant = false;
  for (std::string_view a : kAssistants)
    assistant = assistant || lower_equal(text.substr(start, end - start), a);
  if (assistant)
    for (std::string_view c : kCommands)
      if (text.size() >= end + c.size() && equals_lower(text.substr(end, c.size()), c)) return true;
  return false;
}

}  // namespace switchyard::privacy::words
