#include "switchyard/routing/difficulty_lexicon.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace switchyard::routing {

namespace {

// The lexicons, one per discipline, in Discipline's order: entries separated
// by spaces (see the header for how an entry matches).
constexpr std::string_view kFormal =
    "algebr arithmet axiom binomial biject calculus cardinali coeffic combinator commutat "
    "congruen conjugat converg coordinat corollar cosine cubic deriva determinant diagonal "
    "differentia dimension divisib divisor eigen ellips ellipt equation exponent factorial "
    "factoriz fraction geometr gradient homomorph hypotenuse hyperbol inequalit infinite "
    "infinity integer integral integrat interval isomorph lemma linear logarithm matrix "
    "matrices modulo modulus monoton multiplica numerator denominator orthogon parabol "
    "permutat polynom polygon quadrat quotient radian radius rational rectang scalar sine "
    "tangent theorem topolog triang trigonomet vector subgroup abelian cyclic injectiv "
    "surjectiv kernel subspace bases basis dot reals prime primes proof prove proves "
    "lattice vertex vertices graph graphs circle sphere cylinder perimeter area volume "
    "angle angles degree parallelogram trapezo square root roots sum sums product odd digit "
    "digits decimal percent percentage average median mode variance deviation regression "
    "correlat probabil sample sampling estimator confidence hypothes significan distribut "
    "binomial poisson normal random variable variables expectation expected independent "
    "frequenc histogram quartile outlier chi anova logic logical predicate proposition "
    "propositional syllogi tautolog premise premises quantifier disjunct conjunct "
    "conditional biconditional negation valid validity sound entail satisfiab truth "
    "contradict inference deductive inductive formula formulas symbol symbols subset union "
    "intersect element elements function functions map mapping domain range";
constexpr std::string_view kPhysical =
    "physic chemi atom atoms atomic molecul electron proton neutron nucleus nuclei nuclear "
    "isotop photon quantum wavelength frequen velocit accelerat momentum inertia friction "
    "gravit mass force forces energ kinetic potential thermodynam entropy enthalp "
    "temperatur heat pressure volume gas gases liquid solid vapor vapour boiling melting "
    "freezing condens evaporat oxid reduct redox acid acids base bases alkali ph buffer "
    "titrat molar molarity mole moles solution solvent solute concentrat equilibri catalys "
    "reaction reactions reactant covalent ionic ion ions bond bonds orbital valence "
    "electroneg periodic halogen noble metal metals alloy crystal lattice polymer organic "
    "inorganic hydrocarbon alkane alkene alkyne benzene aromatic carbon hydrogen oxygen "
    "nitrogen sodium chlorine helium carbonyl hydroxyl ester amine isomer spectr "
    "spectroscop absorb emission radiat radioact decay half circuit current voltage resist "
    "resistor capacitor capacit induct magnet magnetic electric electrostat charge charges "
    "coulomb field fields wave waves optic optics lens lenses mirror refract reflect "
    "diffract interferen polariz laser light relativ planet planets planetary star stars "
    "stellar galaxy galaxies galact solar sun moon lunar orbit orbits orbital comet "
    "asteroid meteor telescop cosmic cosmolog universe nebula supernova eclipse jupiter "
    "saturn mars venus mercury neptune uranus pluto earth asteroid geolog mineral rock "
    "rocks sediment tecton volcan earthquake seismic magma erosion atmospher climate ocean "
    "weather joule joules newton newtons watt watts kelvin celsius hertz ohm ohms volt "
    "volts pascal";
constexpr std::string_view kLife =
    "biolog cell cells cellular organism species evolut natural selection darwin gene genes "
    "genetic genom chromosom dna rna mrna allele alleles mutat heredit dominant recessive "
    "phenotyp genotyp protein proteins enzyme amino peptide lipid carbohydr glucose metabol "
    "mitochond ribosom nucleotid membrane photosynth respirat ecolog ecosystem populat "
    "predator prey habitat bacteri virus viral infect immun antibod antigen vaccin pathogen "
    "patholog disease diseases patient patients clinical diagnos symptom syndrome therapy "
    "therapeut treatment treat= drug drugs dose medica medicin pharmac surgery surgical "
    "hospital nurse nursing physician doctor blood heart cardiac cardiovas artery arteries "
    "vein veins pulmon lung lungs renal kidney kidneys liver hepat gastro intestin stomach "
    "muscle muscles skelet bone bones nerve nerves neuron neurons neural brain cortex "
    "spinal hormone hormones endocrin insulin diabet cancer tumor tumour oncolog chronic "
    "acute inflamm fever pain pregnan fetal fetus birth infant aging elderly dementia "
    "alzheimer nutrition nutrient nutrients vitamin vitamins mineral diet dietary calori "
    "fiber fibre obesity protein fatty cholesterol anatomy tissue tissues organ organs "
    "plasma serum anemia sodium potassium calcium iron zinc reproduct sperm ovar uterus "
    "embryo hiv aids malaria tubercul";
constexpr std::string_view kLaw =
    "law laws legal legisl statut constitution constitutional court courts judge judges "
    "judicial jury trial plaintiff defendant prosecut attorney lawyer counsel litig lawsuit "
    "sue sued contract contracts tort torts negligen liabil liable damages breach property "
    "estate tenant landlord lease deed mortgage easement covenant trust trustee heir crime "
    "crimes criminal felony misdemean murder homicide manslaughter theft robbery burglar "
    "larceny fraud assault battery arrest warrant search seizure evidence hearsay testimony "
    "witness verdict convict sentence appeal appell supreme amendment statute ordinance "
    "congress senate senator president presidential executive legislat parliament govern "
    "government federal state= states sovereign sovereignty treaty treaties convention "
    "diplomac diplomat foreign policy policies nation nations international united alliance "
    "nato war wars military security nuclear sanction sanctions terror terrorism terrorist "
    "insurg conflict peace humanitarian rights human refugee asylum territor border "
    "jurisdic tribunal arbitrat customary prohibit obligation obligations violat election "
    "elections vote voting voter democra republic authoritar regime cold";
constexpr std::string_view kEconomics =
    "econom market markets price prices pricing demand supply elastic inflation deflat "
    "unemploy employ gdp gnp monetary fiscal interest rate rates bank banks banking money "
    "currency exchange tariff trade export import deficit surplus budget tax taxes taxation "
    "subsid monopol oligopol competit firm firms profit profits revenue revenues cost costs "
    "marginal utility consumer consumers producer equilib output input wage wages labor "
    "labour capital invest investment investor stock stocks bond bonds dividend share "
    "shares shareholder stakehold corporat company companies business businesses manage "
    "management manager managers leadership employee employees organizat strateg marketing "
    "brand customer customers sales retail product products accounting account accounts "
    "asset assets liabilit equity audit ledger depreciat amortiz inventor loan loans debt "
    "credit income expense expenses financ portfolio recession growth";
constexpr std::string_view kHumanities =
    "history histor histori ancient medieval century centuries empire emperor dynasty king "
    "kings queen kingdom reign colonial colony colonies revolution revolt civiliz "
    "archaeolog prehistor neolithic paleolithic bronze iron stone hominid hominin fossil "
    "settlement tribe tribes culture cultural religion religious relig god gods goddess "
    "deity divine sacred holy worship ritual rituals temple church mosque synagogue "
    "christian christianity jesus christ bible biblical gospel catholic protestant islam "
    "islamic muslim quran prophet muhammad judaism jewish torah hindu hinduism buddh buddha "
    "sikh confuci taoism dao shinto monk monks priest pope saint spiritual philosoph ethic "
    "ethics ethical moral morality virtue virtues kant kantian utilitar aristot plato "
    "socrat descartes hume locke rawls mill nietzsche hegel marx metaphys epistem ontolog "
    "exist existential duty duties justice evil soul freedom argument arguments fallac "
    "rhetor literat poem poetry novel author art artist painting music renaissance "
    "enlighten reform reformation slavery slave slaves civil abolition puritan pilgrim "
    "frontier pioneer";
constexpr std::string_view kSocial =
    "psychol psychiat behavio cognit cognition emotion emotional motivat personal "
    "personality perception percept memory memories learning conditioning reinforce "
    "stimulus stimuli response responses attitude attitudes belief beliefs social society "
    "societal sociolog conformity obedience prejudice stereotyp discriminat attribut esteem "
    "identity development developmental adolesc child children childhood parent parents "
    "parenting family families attachment intellig iq disorder disorders anxiety depress "
    "schizo bipolar autism adhd counsel counseling therapist client clients psychother "
    "freud freudian piaget erikson skinner pavlov maslow experiment experiments participant "
    "participants survey surveys questionnaire researcher validity reliabil trait traits "
    "neurotic extravers introver gender sexual sexuality culture norms deviance inequalit "
    "class race ethnic ethnicity migration urban rural demograph geograph population region "
    "regions";
constexpr std::string_view kComputing =
    "comput computer computers software hardware program programs programming programmer "
    "code coding algorithm algorithms data database databases network networks internet "
    "protocol protocols server client bit bits byte bytes binary hexadecimal memory cache "
    "processor cpu register registers instruction compiler interpreter python java array "
    "arrays list lists string strings loop loops recursion recursive pointer stack queue "
    "tree trees hash sorting sort search encrypt decrypt cipher cryptograph password secur "
    "malware virus attack operating kernel thread threads process processes runtime "
    "complexity boolean integer variable variables function functions method methods class "
    "object= objects inheritance engineer engineering electrical electronic electronics "
    "transistor diode amplifier signal signals digital analog circuit circuits voltage "
    "current resistor capacitor inductor motor generator transformer frequency modulation "
    "filter sensor antenna power";

constexpr std::array<std::string_view, kDisciplineCount> kLexicons = {
    kFormal, kPhysical, kLife, kLaw, kEconomics, kHumanities, kSocial, kComputing,
};

// Stems are matched from this many letters on; shorter entries are words.
constexpr std::size_t kMinStem = 5;
// Longer words are not looked up (no entry is this long).
constexpr std::size_t kMaxWord = 24;

std::uint64_t fnv_step(std::uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
}
constexpr std::uint64_t kFnvBasis = 14695981039346656037ull;

// An open-addressing table from lower-case strings to the disciplines that
// have them as a whole word and as a stem. A word is looked up letter by
// letter: the hash grows with each letter, so each prefix of 5+ letters
// costs one probe, and the whole word one more.
class LexiconTable {
 public:
  LexiconTable() {
    std::size_t entries = 0;
    for (std::string_view lex : kLexicons) entries += 3 * (lex.size() / 4 + 1);
    std::size_t size = 1;
    while (size < 2 * entries) size <<= 1;
    slots_.resize(size);
    for (std::size_t d = 0; d < kDisciplineCount; ++d) {
      std::string_view lex = kLexicons[d];
      while (!lex.empty()) {
        const std::size_t space = lex.find(' ');
        std::string_view entry = lex.substr(0, space);
        lex.remove_prefix(space == std::string_view::npos ? lex.size() : space + 1);
        if (entry.empty()) continue;
        const bool exact = entry.back() == '=' || entry.size() < kMinStem;
        if (entry.back() == '=') entry.remove_suffix(1);
        const unsigned bit = 1u << d;
        if (exact) {
          const std::string word(entry);
          insert(word).word |= bit;
          insert(word + "s").word |= bit;
          insert(word + "es").word |= bit;
        } else {
          insert(std::string(entry)).stem |= bit;
        }
      }
    }
  }

  unsigned mask(std::string_view word) const {
    if (word.empty() || word.size() > kMaxWord) return 0;
    char lower[kMaxWord];
    std::uint64_t h = kFnvBasis;
    unsigned m = 0;
    for (std::size_t n = 0; n < word.size(); ++n) {
      const char c = word[n] >= 'A' && word[n] <= 'Z' ? static_cast<char>(word[n] | 0x20) : word[n];
      lower[n] = c;
      h = fnv_step(h, c);
      const std::size_t len = n + 1;
      if (len < kMinStem && len < word.size()) continue;
      if (const Slot* s = find(h, std::string_view(lower, len))) {
        m |= s->stem;
        if (len == word.size()) m |= s->word;
      }
    }
    return m;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::string key;  // empty: a free slot
    unsigned word = 0, stem = 0;
  };

  static std::uint64_t hash_of(std::string_view s) {
    std::uint64_t h = kFnvBasis;
    for (char c : s) h = fnv_step(h, c);
    return h;
  }

  Slot& insert(const std::string& key) {
    const std::uint64_t h = hash_of(key);
    std::size_t i = h & (slots_.size() - 1);
    while (!slots_[i].key.empty() && slots_[i].key != key) i = (i + 1) & (slots_.size() - 1);
    Slot& s = slots_[i];
    if (s.key.empty()) {
      s.key = key;
      s.hash = h;
    }
    return s;
  }

  const Slot* find(std::uint64_t h, std::string_view key) const {
    std::size_t i = h & (slots_.size() - 1);
    while (!slots_[i].key.empty()) {
      if (slots_[i].hash == h && slots_[i].key == key) return &slots_[i];
      i = (i + 1) & (slots_.size() - 1);
    }
    return nullptr;
  }

  std::vector<Slot> slots_;
};

const LexiconTable& lexicon_table() {
  static const LexiconTable table;
  return table;
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

unsigned discipline_mask(std::string_view word) {
  return lexicon_table().mask(word);
}

std::size_t count_discipline_words(std::string_view text, DisciplineHits& hits) {
  const LexiconTable& table = lexicon_table();
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && is_letter(text[j])) ++j;
    ++words;
    const unsigned m = table.mask(text.substr(i, j - i));
    for (std::size_t d = 0; m >> d; ++d) hits[d] += (m >> d) & 1u;
    i = j;
  }
  return words;
}

}  // namespace switchyard::routing
