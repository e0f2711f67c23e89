// Compiled-in gazetteers. Written for this project from general knowledge
// (common given names across the languages Switchyard's users write in,
// sovereign states, large regions and cities, street words); they are a
// floor, not a census: the system dictionary extends them at start-up.
#pragma once

#include <string_view>

namespace switchyard::privacy::lists {

constexpr std::string_view kGivenNames[] = {
    "aaron",     "abigail",     "adam",      "adrian",    "agnes",     "ahmed",     "aisha",
    "alan",      "albert",      "alberto",   "alejandro", "alex",      "alexander", "alexandra",
    "alfred",    "ali",         "alice",     "alicia",    "amanda",    "amber",     "amelia",
    "amy",       "ana",         "andrea",    "andreas",   "andrew",    "andré",     "andrzej",
    "angela",    "angelo",      "anita",     "ann",       "anna",      "anne",      "annette",
    "anthony",   "antonio",     "arthur",    "ashley",    "barbara",   "ben",       "benjamin",
    "bernard",   "beth",        "betty",     "bill",      "bob",       "bogdan",    "bożena",
    "brandon",   "brenda",      "brian",     "brittany",  "bruce",     "bruno",     "carl",
    "carla",     "carlos",      "carmen",    "carol",     "caroline",  "catherine", "charles",
    "charlie",   "charlotte",   "chen",      "cheryl",    "chris",     "christian", "christina",
    "christine", "christopher", "claire",    "clara",     "claudia",   "cynthia",   "daniel",
    "danielle",  "darin",       "david",     "deborah",   "debra",     "denise",    "dennis",
    "diana",     "diane",       "dmitri",    "donald",    "donna",     "dorothy",   "douglas",
    "duncan",    "dylan",       "edward",    "elena",     "elizabeth", "ella",      "emily",
    "emma",      "eric",        "erica",     "erik",      "ethan",     "eva",       "evelyn",
    "fatima",    "felix",       "fernando",  "frank",     "françois",  "frederik",  "gabriel",
    "gary",      "george",      "gerald",    "giorgio",   "giovanni",  "giulia",    "grace",
    "greg",      "gregory",     "hannah",    "hans",      "harold",    "harry",     "heather",
    "helen",     "henry",       "hugo",      "ian",       "igor",      "ines",      "irene",
    "isabel",    "isabella",    "ivan",      "jack",      "jacob",     "james",     "jan",
    "jane",      "janet",       "jasmin",    "jason",     "jean",      "jeffrey",   "jennifer",
    "jeremy",    "jerry",       "jessica",   "jesus",     "joan",      "joe",       "johan",
    "johannes",  "john",        "jonathan",  "jorge",     "jose",      "josé",      "joseph",
    "joshua",    "juan",        "judith",    "judy",      "julia",     "julie",     "julian",
    "justin",    "karen",       "karl",      "kate",      "katherine", "kathryn",   "kathleen",
    "keith",     "kelli",       "kelly",     "kenneth",   "kent",      "kevin",     "kim",
    "kimberly",  "kristoffer",  "lars",      "laura",     "lauren",    "lawrence",  "lea",
    "lee",       "leena",       "leon",      "linda",     "lisa",      "liam",      "lucas",
    "lucia",     "luis",        "luca",      "lukas",     "magnus",    "manuel",    "marco",
    "margaret",  "maria",       "marie",     "mario",     "mark",      "marta",     "martin",
    "mary",      "matteo",      "matthew",   "maureen",   "megan",     "melissa",   "mia",
    "michael",   "michelle",    "miguel",    "mikael",    "mohammed",  "monika",    "nancy",
    "natalia",   "nathan",      "nicholas",  "nicole",    "nikolai",   "noah",      "nora",
    "oliver",    "olivia",      "olga",      "omar",      "oscar",     "pablo",     "pamela",
    "patricia",  "patrick",     "paul",      "paula",     "pedro",     "peter",     "petra",
    "philip",    "phillip",     "pierre",    "rachel",    "rafael",    "ralph",     "rasmus",
    "raymond",   "rebecca",     "reginald",  "richard",   "rita",      "robert",    "roberto",
    "roger",     "ronald",      "rose",      "roy",       "russell",   "ryan",      "sabine",
    "samantha",  "samuel",      "sandra",    "sara",      "sarah",     "scott",     "sean",
    "sebastian", "sergei",      "sharon",    "shirley",   "simon",     "sofia",     "sophia",
    "sophie",    "stefan",      "stephanie", "stephen",   "steven",    "susan",     "svetlana",
    "tamara",    "tanja",       "teresa",    "thomas",    "timothy",   "tina",      "todd",
    "tom",       "tomás",       "tyler",     "valentina", "vanessa",   "victor",    "victoria",
    "vincent",   "virginia",    "walter",    "wei",       "william",   "willem",    "wojciech",
    "yuki",      "yusuf",       "zoe",
};

constexpr std::string_view kCountries[] = {
    "afghanistan",   "albania",    "algeria",    "andorra",    "angola",       "antigua",
    "argentina",     "armenia",    "australia",  "austria",    "azerbaijan",   "bahamas",
    "bahrain",       "bangladesh", "barbados",   "belarus",    "belgium",      "belize",
    "benin",         "bhutan",     "bolivia",    "bosnia",     "botswana",     "brazil",
    "brunei",        "bulgaria",   "burkina",    "burundi",    "cambodia",     "cameroon",
    "canada",        "chad",       "chile",      "china",      "colombia",     "comoros",
    "congo",         "croatia",    "cuba",       "cyprus",     "czechia",      "denmark",
    "djibouti",      "dominica",   "ecuador",    "egypt",      "eritrea",      "estonia",
    "eswatini",      "ethiopia",   "fiji",       "finland",    "france",       "gabon",
    "gambia",        "georgia",    "germany",    "ghana",      "greece",       "greenland",
    "grenada",       "guatemala",  "guinea",     "guyana",     "haiti",        "honduras",
    "hungary",       "iceland",    "india",      "indonesia",  "iran",         "iraq",
    "ireland",       "israel",     "italy",      "jamaica",    "japan",        "jordan",
    "kazakhstan",    "kenya",      "kiribati",   "kosovo",     "kuwait",       "kyrgyzstan",
    "laos",          "latvia",     "lebanon",    "lesotho",    "liberia",      "libya",
    "liechtenstein", "lithuania",  "luxembourg", "madagascar", "malawi",       "malaysia",
    "maldives",      "mali",       "malta",      "mauritania", "mauritius",    "mexico",
    "micronesia",    "moldova",    "monaco",     "mongolia",   "montenegro",   "morocco",
    "mozambique",    "myanmar",    "namibia",    "nauru",      "nepal",        "netherlands",
    "nicaragua",     "niger",      "nigeria",    "norway",     "oman",         "pakistan",
    "palau",         "palestine",  "panama",     "paraguay",   "peru",         "philippines",
    "poland",        "portugal",   "qatar",      "romania",    "russia",       "rwanda",
    "samoa",         "senegal",    "serbia",     "seychelles", "singapore",    "slovakia",
    "slovenia",      "somalia",    "spain",      "sudan",      "suriname",     "sweden",
    "switzerland",   "syria",      "taiwan",     "tajikistan", "tanzania",     "thailand",
    "togo",          "tonga",      "tunisia",    "turkey",     "turkmenistan", "tuvalu",
    "uganda",        "ukraine",    "uruguay",    "uzbekistan", "vanuatu",      "venezuela",
    "vietnam",       "yemen",      "zambia",     "zimbabwe",
};

constexpr std::string_view kPlacePhrases[] = {
    "united states",        "united kingdom",   "south africa",      "south korea",
    "north korea",          "new zealand",      "saudi arabia",      "sri lanka",
    "costa rica",           "el salvador",      "puerto rico",       "czech republic",
    "dominican republic",   "east timor",       "ivory coast",       "sierra leone",
    "san marino",           "saint lucia",      "cape verde",        "papua new guinea",
    "solomon islands",      "marshall islands", "equatorial guinea", "burkina faso",
    "united arab emirates", "vatican city",     "hong kong",         "new york",
    "los angeles",          "san francisco",    "são paulo",         "rio de janeiro",
    "buenos aires",         "mexico city",      "new delhi",         "kingdom of the netherlands",
};

constexpr std::string_view kRegions[] = {
    "alabama",      "alaska",        "arizona",  "arkansas",  "california",  "colorado",
    "connecticut",  "delaware",      "florida",  "hawaii",    "idaho",       "illinois",
    "indiana",      "iowa",          "kansas",   "kentucky",  "louisiana",   "maine",
    "maryland",     "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
    "montana",      "nebraska",      "nevada",   "ohio",      "oklahoma",    "oregon",
    "pennsylvania", "tennessee",     "texas",    "utah",      "vermont",     "virginia",
    "washington",   "wisconsin",     "wyoming",  "bavaria",   "ontario",     "quebec",
    "england",      "scotland",      "wales",    "europe",    "asia",        "africa",
};

constexpr std::string_view kCities[] = {
    "amsterdam", "athens",       "atlanta",    "auckland",  "baltimore",   "bangkok",
    "barcelona", "beijing",      "berlin",     "bern",      "bogotá",      "bordeaux",
    "boston",    "brisbane",     "bristol",    "brussels",  "budapest",    "cairo",
    "calgary",   "chicago",      "copenhagen", "dallas",    "delhi",       "denver",
    "detroit",   "dhaka",        "dresden",    "dubai",     "dublin",      "edinburgh",
    "edmonton",  "florence",     "frankfurt",  "geneva",    "glasgow",     "gothenburg",
    "hamburg",   "hanover",      "helsinki",   "houston",   "istanbul",    "jakarta",
    "jerusalem", "johannesburg", "karachi",    "kiev",      "kyiv",        "kiel",
    "krakow",    "lagos",        "leeds",      "leipzig",   "lima",        "lisbon",
    "liverpool", "london",       "lyon",       "madrid",    "manchester",  "manila",
    "marseille", "melbourne",    "miami",      "milan",     "minneapolis", "montreal",
    "moscow",    "mumbai",       "munich",     "nairobi",   "naples",      "nice",
    "osaka",     "oslo",         "ottawa",     "paris",     "perth",       "philadelphia",
    "phoenix",   "porto",        "prague",     "reykjavik", "riga",        "rome",
    "rotterdam", "santiago",     "seattle",    "seoul",     "shanghai",    "singapore",
    "sofia",     "stockholm",    "stuttgart",  "sydney",    "taipei",      "tallinn",
    "tehran",    "tokyo",        "toronto",    "toulouse",  "turin",       "valencia",
    "vancouver", "venice",       "vienna",     "vilnius",   "warsaw",      "wellington",
    "winnipeg",  "zagreb",       "zurich",
};

constexpr std::string_view kStreetWords[] = {
    "street", "st",        "road", "rd",      "avenue",   "ave",     "lane",    "ln",    "drive",
    "dr",     "boulevard", "blvd", "court",   "ct",       "place",   "pl",      "way",   "parkway",
    "pkwy",   "square",    "sq",   "terrace", "crescent", "close",   "highway", "hwy",   "alley",
    "row",    "rue",       "via",  "strasse", "straße",   "gasse",   "weg",     "vej",   "laan",
    "straat", "utca",      "út",   "ul",      "calle",    "avenida", "rua",     "plaza", "plein",
    "ring",   "allee",     "gade", "gatan",   "vägen",    "veien",
};

constexpr std::string_view kStreetEndings[] = {
    "strasse", "straße", "gasse", "weg",   "vej",   "laan", "straat", "veien",
    "gatan",   "vägen",  "gade",  "allee", "plein", "utca", "väg",
};

constexpr std::string_view kUnitWords[] = {"apt", "apartment", "suite", "ste", "unit", "box",
                                           "psc", "flat",      "floor", "fl",  "room", "bldg"};

constexpr std::string_view kTitles[] = {"mr",    "mrs", "ms",   "miss", "dr",   "prof", "sir",
                                        "madam", "mx",  "lady", "lord", "dame", "rev",  "capt",
                                        "sgt",   "col", "gen",  "mme",  "mlle", "herr", "frau"};

// US states and Canadian provinces, as written after a city.
constexpr std::string_view kRegionCodes[] = {
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
    "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj",
    "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt",
    "va", "wa", "wv", "wi", "wy", "dc", "on", "qc", "bc", "ab", "mb", "sk", "ns", "nb", "nl"};

// Nationalities and other capitalised words that name no person.
constexpr std::string_view kNotNames[] = {
    "american",  "british",   "english",    "french",  "german",   "spanish",  "italian",
    "chinese",   "japanese",  "european",   "african", "asian",    "canadian", "mexican",
    "indian",    "russian",   "australian", "irish",   "scottish", "dutch",    "swedish",
    "korean",    "brazilian", "polish",     "greek",   "turkish",  "arabic",   "danish",
    "norwegian", "finnish",   "portuguese", "swiss",   "belgian",  "austrian", "ukrainian",
    "internet",  "covid",     "ok",         "okay",    "ceo",      "cto",      "cfo"};

// Words that end a company name: "Mclaughlin Ltd" is no person.
constexpr std::string_view kOrgSuffixes[] = {"ltd", "inc", "llc", "gmbh", "corp", "plc",
                                             "llp", "ag",  "sa",  "srl",  "bv",   "nv",
                                             "oy",  "ab",  "as",  "kg",   "sarl", "pty"};

}  // namespace switchyard::privacy::lists
