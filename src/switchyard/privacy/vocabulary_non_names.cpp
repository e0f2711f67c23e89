// PERSON findings that are words of a closed vocabulary naming no person
// (words::vocabulary_non_person): months and weekdays, street and
// settlement nouns, shop departments, product adjectives and materials,
// the heads, areas and qualifiers of job titles and the words of lorem
// ipsum, in French, Romanian, Spanish, Portuguese, Dutch, Polish, Italian,
// German and English, and the regions of Canada (in French), Luxembourg,
// Ghana, Moldova, Mexico, Brazil, the Netherlands and Poland. The classes
// are those a generator of test data (faker) and a shop, a form or a
// greeting use; the words of each class that are also given names or
// common surnames ("Avril", "Domingo", "Julio", "Mesa", "Steel", "Hidalgo")
// are left out, and a word the gazetteer knows as a given name is a
// person's still. Only the words of a PERSON finding are read: one lookup
// in one table per word, and one more for a whole phrase only where its
// first word may open a listed place or the finding is one to three words
// long (the gazetteer's places).
#include "switchyard/privacy/vocabulary_non_names.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "switchyard/privacy/gazetteer.hpp"
#include "switchyard/privacy/letter_words.hpp"
#include "switchyard/privacy/small_letters.hpp"

namespace switchyard::privacy::words {

namespace {

enum : std::uint16_t {
  kCalendar = 1 << 0,      // a month or a weekday
  kStreetNoun = 1 << 1,    // "Rua", "Aleea", "Calle", "straat"
  kSettlement = 1 << 2,    // opens a settlement's or a region's name: "Raionul", "Ciudad"
  kDepartment = 1 << 3,    // a shop's department: "Enfants", "Juguetes", "Mercearia"
  kProductWord = 1 << 4,   // a product's adjective or material: "Ergonómico", "Caucho"
  kProductNoun = 1 << 5,   // a product alone: "Queso", "Chaise", "Fiets"
  kJobHead = 1 << 6,       // a job title's head or area: "Gerente", "Operações"
  kJobQualifier = 1 << 7,  // a job title's qualifier: "Regional", "Líder", "Futuro"
  kLorem = 1 << 8,         // a word of lorem ipsum
  kRegion = 1 << 9,        // a region or a town of the listed countries
  kRegionHead = 1 << 10,   // the first word of a region of several words
  kPlaceKey = 1 << 11,     // a form's key or a column of a place: "Ville", "Miejscowość"
  kThingKey = 1 << 12,     // of a firm, a product, a job, a date: "Société", "Puesto"
  kLeadWord = 1 << 13,     // a greeting or a preposition before a name: "Merci", "Chez"
  kFirmWord = 1 << 14,     // a firm's legal form or trade: "Associados", "Hermanos", "Editora"
  kParisStreet = 1 << 15,  // a Paris street's name after its noun: "de l'abbaye", "vaneau"
};

constexpr std::string_view kCalendarWords[] = {
    // French (not "avril", "mai": given names)
    "janvier", "février", "fevrier", "mars", "juin", "juillet", "août", "aout", "septembre",
    "octobre", "novembre", "décembre", "decembre", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche",
    // Spanish (not "abril", "mayo", "julio", "domingo")
    "enero", "febrero", "marzo", "junio", "septiembre", "setiembre", "octubre", "noviembre",
    "diciembre", "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado",
    "sabado",
    // Portuguese (not "abril", "maio", "domingo")
    "janeiro", "fevereiro", "março", "junho", "julho", "setembro", "outubro", "dezembro", "segunda",
    "terça", "terca", "sexta", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
    "sexta-feira",
    // Romanian (not "mai", "august")
    "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie",
    "noiembrie", "decembrie", "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "sambata",
    "duminică", "duminica",
    // Dutch (not "april", "mei", "augustus")
    "januari", "februari", "maart", "juni", "oktober", "maandag", "dinsdag", "woensdag",
    "donderdag", "vrijdag", "zaterdag", "zondag",
    // Polish (not "maj", "maja", nor the months and days that are Polish
    // surnames: "Marzec", "Kwiecień", "Grudzień", "Piątek", "Niedziela";
    // Portuguese and Romanian not without their diacritics where that is a
    // given name: "Marco", "Marti")
    "styczeń", "luty", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad",
    "stycznia", "lutego", "marca", "kwietnia", "czerwca", "lipca", "sierpnia", "września",
    "października", "listopada", "grudnia", "poniedziałek", "wtorek", "środa", "czwartek",
    "sobota",  // Italian (not "domenica")
    "gennaio", "febbraio", "aprile", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    "lunedì", "martedì", "mercoledì", "giovedì",
    "venerdì",  // German (not "august", nor the surnames "Montag", "Freitag", "Sonntag")
    "februar", "märz", "dezember", "dienstag", "mittwoch", "donnerstag", "samstag",
    // English (not "april", "may", "june", "july", "august", "march")
    "january", "february", "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::string_view kStreetNouns[] = {
    "rue",      "avenue",   "boulevard", "allée",     "allee",     "voie",       "quai",
    "passage",  "impasse",  "chemin",    "ruelle",    "calle",     "avenida",    "av.",
    "blvd.",    "bulevar",  "calzada",   "calz.",     "carretera", "carr.",      "camino",
    "privada",  "priv.",    "cerrada",   "cda.",      "andador",   "retorno",    "prolongación",
    "prol.",    "circuito", "paseo",     "viaducto",  "glorieta",  "callejón",   "rua",
    "travessa", "alameda",  "marginal",  "rodovia",   "praça",     "viela",      "ladeira",
    "praceta",  "azinhaga", "caminho",   "calçada",   "aleea",     "bulevardul", "str-la",
    "str.",     "strada",   "intrarea",  "calea",     "șoseaua",   "piața",      "stradela",
    "ulica",    "ul.",      "aleja",     "al.",       "droga",     "ogród",      "osiedle",
    "os.",      "plac",     "rondo",     "rynek",     "skwer",     "szosa",      "bulw.",
    "wyb.",     "straat",   "laan",      "plantsoen", "gracht",    "dijk",       "plein",
    "singel",   "steeg",    "street",    "road"};

constexpr std::string_view kSettlements[] = {
    "raionul", "raion",    "municipiul", "municipiu", "orașul",      "oraşul",    "satul",
    "comuna",  "județul",  "judetul",    "valea",     "ciudad",      "municipio", "colonia",
    "cidade",  "gmina",    "powiat",     "miasto",    "województwo", "ville",     "canton",
    "comté",   "gemeente", "provincie",  "provincia", "regiunea"};

constexpr std::string_view kDepartments[] = {
    // French
    "automobile", "beauté", "bijoux", "bébé", "chaussures", "électronique", "electronique",
    "enfants", "films", "industrie", "jeux", "jouets", "livres", "musique", "ordinateurs", "outils",
    "santé", "sports", "vêtements", "épicerie",
    // Spanish
    "automoción", "belleza", "deportes", "electrónica", "herramientas", "hogar", "jardín",
    "joyería", "juegos", "juguetes", "libros", "música", "ordenadores", "películas", "ropa",
    "salud", "ultramarinos", "zapatos", "bebes", "bricolaje", "decoración", "informática",
    "juguetería", "librería", "marroquinería", "mascotas", "papelería", "parafarmacia",
    "videojuegos",
    // Portuguese
    "automotivo", "bebê", "beleza", "brinquedos", "computadores", "crianças", "eletrônicos",
    "esportes", "ferramentas", "filmes", "jogos", "jóias", "livros", "mercearia", "roupas",
    "sapatos", "saúde", "automóveis", "desporto",
    // Dutch
    "boeken", "elektronica", "gereedschap", "gezondheid", "industrieel", "kinderen", "kleding",
    "kruiden", "muziek", "schoenen", "sieraden", "speelgoed", "spelletjes", "verzorging",
    // English
    "automotive", "beauty", "books", "clothing", "computers", "electronics", "games", "grocery",
    "jewelry", "kids", "movies", "outdoors", "shoes", "toys"};

constexpr std::string_view kProductWords[] = {
    // French
    "artisanal", "ergonomique", "générique", "génial", "incroyable", "licencié", "luxueux",
    "magnifique", "pratique", "raffiné", "recyclé", "rustique", "savoureux", "élégant",
    "fantastique", "acier", "béton", "caoutchouc", "congelé", "plastique",
    // Spanish
    "ergonómico", "fantástico", "genérica", "genérico", "increíble", "pequeño", "práctica",
    "práctico", "refinado", "rústico", "sabrosa", "sabroso", "sorprendente", "acero", "caucho",
    "granito", "hormigón", "hormigon", "ladrillo", "plástico",
    // Portuguese
    "ergonômico", "gostoso", "impressionante", "incrível", "licenciado", "lustroso", "pequeno",
    "prático", "saboroso", "algodão", "borracha", "congelado", "macio", "betão",
    // Dutch
    "ambachtelijke", "artistieke", "ergonomische", "fantastische", "geschikte", "geweldige",
    "handgemaakte", "handige", "intelligente", "merkloze", "ongelofelijke", "populaire",
    "prachtige", "praktische", "rustieke", "smakelijke", "uitgekiende", "verantwoorde",
    "verbazingwekkende", "verfijnde", "zeldzame", "betonnen", "bevroren", "bronzen", "glazen",
    "granieten", "houten", "ijzeren", "kartonnen", "katoenen", "metalen", "rubberen", "stalen",
    "wollen",
    // English
    "ergonomic", "handcrafted", "handmade", "unbranded", "gorgeous", "luxurious", "bespoke",
    "recycled", "licensed", "rustic", "sleek", "tasty", "aluminum", "bamboo", "ceramic", "concrete",
    "granite", "rubber", "plastic", "wooden"};

constexpr std::string_view kProductNouns[] = {
    "chaise",    "chapeau",     "chemise",    "clavier",      "frites",      "fromage",
    "gants",     "ordinateur",  "pantalon",   "poisson",      "poulet",      "saucisses",
    "savon",     "serviettes",  "souris",     "voiture",      "camisa",      "computadora",
    "embutidos", "ensalada",    "guantes",    "jabón",        "pantalones",  "pelota",
    "pescado",   "pollo",       "queso",      "ratón",        "sombrero",    "teclado",
    "toallas",   "tocino",      "bicicleta",  "cadeira",      "calças",      "camiseta",
    "chapéu",    "computador",  "frango",     "luvas",        "peixe",       "queijo",
    "sabonete",  "salgadinhos", "salsicha",   "toalhas",      "bijzettafel", "boekenkast",
    "broek",     "fiets",       "handdoeken", "handschoenen", "hangmat",     "kaasschaaf",
    "leunstoel", "stoel",       "tafel",      "tonijn",       "worstjes"};

constexpr std::string_view kJobHeads[] = {
    // Spanish
    "supervisor", "asociado", "ejecutivo", "gerente", "ingeniero", "especialista", "director",
    "coordinador", "administrador", "arquitecto", "analista", "diseñador", "planificador",
    "técnico", "funcionario", "desarrollador", "productor", "consultor", "asistente", "facilitador",
    "agente", "representante", "estratega", "soluciones", "programa", "seguridad", "investigación",
    "normas", "implementación", "integración", "funcionalidad", "respuesta", "paradigma",
    "tácticas", "identidad", "mercados", "división", "aplicaciones", "optimización", "operaciones",
    "infraestructura", "comunicaciones", "calidad", "mobilidad", "cuentas", "datos",
    "configuración", "contabilidad", "interacciones", "factores", "usabilidad", "métricas",
    // Portuguese
    "associado", "executivo", "engenheiro", "diretor", "coordenador", "arquiteto", "planejador",
    "orquestrador", "desenvolvedor", "produtor", "assistente", "estrategista", "soluções",
    "segurança", "diretivas", "implementação", "funcionalidade", "táticas", "identidade", "divisão",
    "aplicações", "otimização", "operações", "comunicações", "qualidade", "mobilidade", "contas",
    "dados", "interações", "fatores", "usabilidade",
    // French
    "superviseur", "executif", "exécutif", "ingenieur", "ingénieur", "specialiste", "spécialiste",
    "directeur", "coordinateur", "administrateur", "architecte", "analyste", "technicien",
    "developpeur", "développeur", "producteur", "stagiaire",
    // English
    "associate", "executive", "manager", "engineer", "specialist", "coordinator", "administrator",
    "architect", "analyst", "designer", "planner", "technician", "developer", "producer",
    "consultant", "assistant", "facilitator", "representative", "strategist", "orchestrator",
    "liaison", "solutions", "implementation", "integration", "functionality", "paradigm", "tactics",
    "markets", "applications", "optimization", "operations", "infrastructure", "intranet",
    "communications", "branding", "assurance", "mobility", "accounts", "configuration",
    "accountability", "interactions", "usability", "metrics"};

constexpr std::string_view kJobQualifiers[] = {
    "jefe",       "corporativo", "dinánmico",     "dinámico", "dinâmico", "producto",   "produto",
    "nacional",   "regional",    "distrito",      "central",  "global",   "cliente",    "inversor",
    "investidor", "heredado",    "legado",        "interno",  "humano",   "subgerente", "líder",
    "chefe",      "futuro",      "directo",       "direto",   "avançar",  "adelante",   "senior",
    "principal",  "national",    "international", "interne",  "humain",   "futur",      "mondial",
    "corporate",  "dynamic",     "district",      "internal", "legacy",   "investor",   "customer",
    "forward",    "human",       "lead",          "chief",    "direct",   "future"};

constexpr std::string_view kLoremWords[] = {
    "alias",       "consequatur",    "aut",          "perferendis",   "sit",
    "voluptatem",  "accusantium",    "doloremque",   "aperiam",       "eaque",
    "ipsa",        "quae",           "illo",         "inventore",     "veritatis",
    "quasi",       "architecto",     "beatae",       "vitae",         "dicta",
    "sunt",        "explicabo",      "aspernatur",   "odit",          "fugit",
    "quia",        "consequuntur",   "magni",        "eos",           "qui",
    "ratione",     "sequi",          "nesciunt",     "neque",         "dolorem",
    "ipsum",       "dolor",          "amet",         "consectetur",   "adipisci",
    "velit",       "numquam",        "eius",         "modi",          "tempora",
    "incidunt",    "labore",         "dolore",       "magnam",        "aliquam",
    "quaerat",     "enim",           "minima",       "veniam",        "quis",
    "nostrum",     "exercitationem", "ullam",        "corporis",      "ipsam",
    "voluptas",    "suscipit",       "laboriosam",   "nisi",          "aliquid",
    "commodi",     "autem",          "iure",         "reprehenderit", "voluptate",
    "quam",        "nihil",          "molestiae",    "iusto",         "odio",
    "dignissimos", "ducimus",        "blanditiis",   "praesentium",   "laudantium",
    "totam",       "voluptatum",     "deleniti",     "atque",         "corrupti",
    "quos",        "quas",           "molestias",    "excepturi",     "sint",
    "occaecati",   "cupiditate",     "provident",    "perspiciatis",  "unde",
    "omnis",       "iste",           "natus",        "similique",     "culpa",
    "officia",     "deserunt",       "mollitia",     "animi",         "laborum",
    "dolorum",     "harum",          "quidem",       "rerum",         "facilis",
    "expedita",    "distinctio",     "tempore",      "soluta",        "nobis",
    "eligendi",    "optio",          "cumque",       "impedit",       "porro",
    "quisquam",    "quod",           "placeat",      "facere",        "possimus",
    "assumenda",   "repellendus",    "temporibus",   "quibusdam",     "illum",
    "fugiat",      "nulla",          "pariatur",     "accusamus",     "officiis",
    "debitis",     "necessitatibus", "saepe",        "eveniet",       "voluptates",
    "repudiandae", "recusandae",     "itaque",       "earum",         "tenetur",
    "delectus",    "reiciendis",     "voluptatibus", "maiores",       "doloribus",
    "asperiores",  "repellat"};

// Regions and a few towns, written as the word lists of those countries
// write them (with and without their diacritics).
// Keys of a form and columns of a table whose value is a place ("Ville :
// Dudelange") or a firm, a product, a job, a department, a colour, a title
// or a date ("Société : Dumas et Masson", "Puesto: Gerente Regional",
// "Mois : Mai"), in French, Romanian, Spanish, Portuguese, Dutch, Polish
// and English (the English places beside those of regional_non_names.cpp).
constexpr std::string_view kPlaceKeys[] = {
    "ville",     "province", "pays",       "région",     "region",      "localité",    "commune",
    "canton",    "strada",   "localitate", "raion",      "oraș",        "orașul",      "țara",
    "județ",     "judet",    "calle",      "ciudad",     "estado",      "país",        "pais",
    "municipio", "colonia",  "rua",        "cidade",     "bairro",      "straat",      "plaats",
    "provincie", "land",     "gemeente",   "woonplaats", "miejscowość", "województwo", "kraj",
    "miasto",    "gmina",    "country",    "state",      "county",      "province",    "rue"};
constexpr std::string_view kThingKeys[] = {
    "société",   "entreprise",  "employeur",   "fournisseur", "poste",         "fonction",
    "produit",   "rayon",       "département", "couleur",     "mois",          "jour",
    "titre",     "véhicule",    "plat",        "devise",      "mot-clé",       "firma",
    "furnizor",  "funcția",     "funcția",     "produs",      "departament",   "culoare",
    "ziua",      "titlu",       "vehicul",     "piesă",       "cuvânt-cheie",  "empresa",
    "proveedor", "compañía",    "puesto",      "cargo",       "producto",      "departamento",
    "color",     "mes",         "día",         "título",      "vehículo",      "platillo",
    "canción",   "lema",        "fornecedor",  "empregador",  "setor",         "produto",
    "cor",       "mês",         "veículo",     "música",      "palavra-chave", "bedrijf",
    "werkgever", "leverancier", "functie",     "afdeling",    "kleur",         "maand",
    "titel",     "voertuig",    "gerecht",     "nummer",      "trefwoord",     "pracodawca",
    "dostawca",  "stanowisko",  "produkt",     "dział",       "kolor",         "miesiąc",
    "dzień",     "tytuł",       "pojazd",      "danie",       "utwór",         "hasło",
    "supplier",  "company",     "firm",        "employer",    "organisation",  "organization",
    "vendor",    "position",    "job",         "product",     "department",    "colour",
    "month",     "weekday",     "day",         "vehicle",     "dish",          "track",
    "keyword",   "slogan",      "publisher",   "airline",     "brand",         "manufacturer"};

// The names of Paris streets that follow their noun ("rue de l'Abbaye",
// "boulevard Vaneau"), as French texts and test data name streets after a
// given name or a surname without the noun ("Vidal de l'Abbaye", "Prevost
// Dauphine"); not those that are surnames too ("Joubert", "Charlemagne").
constexpr std::string_view kParisStreets[] = {"de l'abbaye",
                                              "adolphe mille",
                                              "d'alésia",
                                              "d'argenteuil",
                                              "d'assas",
                                              "du bac",
                                              "de paris",
                                              "la boétie",
                                              "bonaparte",
                                              "de la bûcherie",
                                              "de caumartin",
                                              "du chat-qui-pêche",
                                              "de la chaussée-d'antin",
                                              "du dahomey",
                                              "dauphine",
                                              "delesseux",
                                              "du faubourg saint-honoré",
                                              "du faubourg-saint-denis",
                                              "de la ferronnerie",
                                              "des francs-bourgeois",
                                              "des grands augustins",
                                              "de la harpe",
                                              "du havre",
                                              "de la huchette",
                                              "laffitte",
                                              "lepic",
                                              "des lombards",
                                              "marcadet",
                                              "molière",
                                              "monsieur-le-prince",
                                              "de montmorency",
                                              "montorgueil",
                                              "mouffetard",
                                              "de nesle",
                                              "oberkampf",
                                              "de l'odéon",
                                              "d'orsel",
                                              "de la paix",
                                              "des panoramas",
                                              "pastourelle",
                                              "pierre charron",
                                              "de la pompe",
                                              "de presbourg",
                                              "de provence",
                                              "de richelieu",
                                              "de rivoli",
                                              "des rosiers",
                                              "royale",
                                              "d'abbeville",
                                              "saint-honoré",
                                              "saint-bernard",
                                              "saint-denis",
                                              "saint-dominique",
                                              "saint-jacques",
                                              "saint-séverin",
                                              "des saussaies",
                                              "de seine",
                                              "de solférino",
                                              "du sommerard",
                                              "de tilsitt",
                                              "vaneau",
                                              "de vaugirard",
                                              "de la victoire",
                                              "zadkine"};

// Legal forms and trade words of firms named after their owners ("Reis e
// Associados", "Pérez Hermanos", "Dumas et Fils", "Packt Publishing"): a
// phrase holding one is a firm's name, no person's.
constexpr std::string_view kFirmWords[] = {
    "associados",  "asociados", "associés", "hermanos",   "hijos",     "filhos",
    "frères",      "freres",    "zonen",    "synowie",    "ltda",      "ltda.",
    "eireli",      "sarl",      "sasu",     "eurl",       "srl",       "s.r.l.",
    "publishing",  "editora",   "éditions", "editions",   "editorial", "uitgeverij",
    "wydawnictwo", "impex",     "comércio", "combinatie", "bedrijf"};

// Greetings, thanks, salutations, e-mail prefixes and prepositions a name
// follows, capitalised at a sentence's start and read as part of the name
// ("Merci Marie", "Chez Marie Dubois", "Dziękuję Anna Nowak", "Akwaaba Ama
// Owusu", "Fw Kofi Mensah"). Not the particles that open surnames ("De",
// "Da", "Do", "La", "Van", "Del", "Dos").
constexpr std::string_view kLeadWords[] = {
    "merci",   "mulțumesc", "multumesc", "mersi",    "obrigado", "obrigada", "gracias",  "bedankt",
    "dank",    "dziękuję",  "dziekuje",  "dzięki",   "dzieki",   "cześć",    "czesc",    "hej",
    "witaj",   "salut",     "bonjour",   "bonsoir",  "coucou",   "hola",     "oi",       "olá",
    "hoi",     "hallo",     "hello",     "hi",       "hey",      "thanks",   "medaase",  "akwaaba",
    "ciao",    "salutare",  "servus",    "dear",     "cher",     "chère",    "querido",  "querida",
    "prezado", "prezada",   "estimado",  "estimada", "beste",    "szanowny", "szanowna", "stimate",
    "stimată", "dragă",     "chez",      "avec",     "pour",     "com",      "para",     "met",
    "bij",     "voor",      "cu",        "pentru",   "na",       "z",        "dla",      "with",
    "re",      "fw",        "fwd",       "bcc",      "cc"};

constexpr std::string_view kRegions[] = {
    // Canada in French
    "alberta", "colombie-britannique", "manitoba", "nouveau-brunswick", "terre-neuve-et-labrador",
    "nouvelle-écosse", "nunavut", "ontario", "québec", "quebec", "saskatchewan", "yukon",
    "île-du-prince-édouard", "territoires du nord-ouest",
    // Luxembourg: cantons and towns
    "capellen", "clervaux", "diekirch", "echternach", "esch-sur-alzette", "grevenmacher",
    "luxembourg", "mersch", "redange", "remich", "vianden", "wiltz", "differdange", "dudelange",
    "ettelbruck", "rumelange",
    // Ghana
    "ashanti", "brong ahafo", "bono east", "ahafo", "greater accra", "volta", "upper east",
    "upper west", "western north",
    // Moldova: districts
    "anenii noi", "basarabeasca", "briceni", "cahul", "calarasi", "călărași", "causeni", "căușeni",
    "chisinau", "chișinău", "cimislia", "cimișlia", "criuleni", "donduseni", "dondușeni", "drochia",
    "dubasari", "dubăsari", "edinet", "edineț", "falesti", "fălești", "floresti", "florești",
    "glodeni", "hincesti", "hîncești", "ialoveni", "leova", "nisporeni", "ocnita", "ocnița",
    "orhei", "rezina", "riscani", "rîșcani", "singerei", "sîngerei", "soldanesti", "șoldănești",
    "soroca", "stefan-voda", "ștefan-vodă", "straseni", "strășeni", "taraclia", "telenesti",
    "telenești", "ungheni", "comrat", "bălți", "balti",
    // Mexico (not "guerrero", "hidalgo": surnames)
    "aguascalientes", "baja california", "campeche", "chiapas", "chihuahua", "coahuila", "colima",
    "durango", "guanajuato", "jalisco", "michoacán", "michoacan", "morelos", "nayarit",
    "nuevo león", "nuevo leon", "oaxaca", "puebla", "querétaro", "queretaro", "quintana roo",
    "san luis potosí", "sinaloa", "sonora", "tabasco", "tamaulipas", "tlaxcala", "veracruz",
    "yucatán", "yucatan", "zacatecas", "estado de méxico",
    // Brazil
    "alagoas", "amapá", "amazonas", "ceará", "distrito federal", "espírito santo", "goiás",
    "maranhão", "mato grosso", "minas gerais", "pará", "paraíba", "paraná", "pernambuco", "piauí",
    "rio grande do norte", "rio grande do sul", "rondônia", "roraima", "santa catarina", "sergipe",
    "tocantins",
    // Towns of Ghana and Moldova (not those that are also given names or
    // surnames: "Boadi", "Tutu", "Issa", "Madina", "Bender"; nor English
    // words: "Airport", "Summer", "Ridge")
    "goaso", "hwidiem", "kenyasi", "kukuom", "abrepo junction", "abuakwa", "adum", "afrancho",
    "agogo", "agona", "ahodwo", "akumadan", "amakom", "aputuogya", "asafo", "ash-town",
    "asokore mampong", "asokwa", "asuofia", "atonsu", "ayeduasi", "ayigya", "bantama", "barekese",
    "bekwai", "bomso", "breman", "buoho", "buokrom estate", "daban", "dakwadwom", "deduako",
    "denyame", "effiduase", "ejisu", "ejura", "emina", "esreso", "fawode", "gyinyasi",
    "jachie pramso", "kaasi", "kodie", "komfo anokye", "konongo", "kotei", "krofrom", "kumasi",
    "maakro", "mampong", "mankranso", "manso nkwanta", "nkawie", "nyinahin", "obuasi", "oforikrom",
    "pankrono", "santasi", "sokoban", "suame", "tafo", "takwa-maakro", "tanoso", "tepa", "brekum",
    "dormaa ahenkro", "new drobo", "nsawkaw", "sampa", "sunyani", "atebubu", "buipe", "jema",
    "kintampo", "nkoranza", "prang", "techiman", "wenchi", "yeji", "agona swedru", "amanfrom",
    "anomabu", "apam", "bawjiase", "breman asikuma", "budumburam", "cape coast", "domeabra",
    "elmina", "foso", "kasoa ofaakor", "kasoa zongo", "mankessim", "nyakrom", "nyananor",
    "nyanyano", "oduponkpehe", "opeikuma", "saltpond", "winneba", "abetifi", "abompe", "aburi",
    "adeiso", "adjeiikrom", "adukrom", "ahwerease", "akim oda", "akim swedru", "akosombo",
    "akropong", "akwatia", "akyem hemang", "amanokrom", "apirede", "asamankese", "asesewa",
    "atimpoku", "ayiensu", "begoro", "bepoase", "bisibom", "bososo", "brekusu", "coaltar", "dawu",
    "dedesoworako", "donkorkrom", "dwenase", "gyankama", "juaso", "kibi", "kitase", "koforidua",
    "kwabeng", "mamfe", "mpraeso", "new abirem", "nkawkaw", "nsawam", "nsutam", "obooho",
    "obosomase", "odumase krobo", "ofoase", "osino", "peduase", "saaman", "somanya", "suhum",
    "abelemkpe", "ablekuma", "abokobi", "abossey okai", "achimota", "adabraka", "adenta", "afienya",
    "agbogba", "amasaman", "ashiaman", "ashongman", "bortianor", "cantonment", "dansoman",
    "darkuman", "dawhenya", "dodowa", "dzorwulu", "gbawe", "haatso", "kaneshie", "kasoa",
    "kissieman", "kokrobite", "korle bu", "kpone", "kwabenya", "kwashieman", "labadi", "labone",
    "lapaz", "lartebiokorshie", "lashibi", "legon", "makola", "nima", "nungua", "oblogo mallam",
    "odoponkpehe", "odorkor", "osu", "oyarifa", "patang", "prampram", "sakumono", "sowutuom",
    "taifa", "tema", "tesano", "teshie", "tetegu", "tieman", "tudu", "weija", "westhills",
    "chinderi", "jasikan", "kadjebi", "kete krachi", "kpassa", "nkonya", "bole", "damango",
    "salaga", "sawla", "tolon", "bawku", "bolgatanga", "navrongo", "paga", "tongo", "funsi",
    "gwollu", "jirapa", "kaleo", "lambussie", "lawra", "nadowli", "nandom", "tumu", "wechiau",
    "adaklu waya", "adidome", "aflao", "akatsi", "hohoe", "keta", "kpando", "kpetoe", "kpeve",
    "sogakope", "abase", "aboso", "adiawoso", "adiembra", "adwowa", "agona nkwanta", "agufo",
    "ahonozo", "akatachi", "alabokazo", "anaji", "apowa", "apremodo", "asankragua", "awukyere",
    "axim", "beahu", "bogoso", "busua", "daboase", "dadwen", "diabene", "dixcove", "effiakuma",
    "eikwe", "elubo", "essiama", "essikado", "essipong", "ewusiejo", "fijai", "funko",
    "half assini", "hotopo", "inchaban", "kejabil", "kojokrom", "kwawkrom", "kweikuma", "manso",
    "miemia", "mpintsin", "new akwidaa", "new amanfu", "new takoradi", "ngyiresia", "nkroful",
    "nsein", "ntankoful", "nzulezo", "old akwidaa", "prestea", "samreboi", "sekondi", "shama",
    "takoradi", "tarkwa", "akontombra", "bibiani", "dadieso", "enchi", "juaboso", "sewhi anhwiaso",
    "anenii noi", "basarabeasca", "briceni", "bălți", "cahul", "ceadîr-lunga", "chișinău",
    "cimișlia", "cocieri", "codru", "comrat", "criuleni", "călărași", "căușeni", "dnestrovsc",
    "dondușeni", "drochia", "dubăsari", "dumbrava", "edineț", "florești", "fălești", "glodeni",
    "grigoriopol", "hîncești", "ialoveni", "iargara", "leova", "nisporeni", "ocnița", "orhei",
    "otaci", "rezina", "rîbnița", "sadaclia", "sadaclia mică", "sadaclia nouă", "saharna",
    "saharna nouă", "saharna veche", "salcia", "seliște", "sipoteni", "sipoteni noui",
    "slobozia mare", "soroca", "strășeni", "stăuceni", "susleni", "suvorovca", "sîngerei",
    "talmaza", "taraclia", "taraclia de salcie", "telenesti", "tigheci", "tiraspol", "tocuz",
    "tocuzeni", "tomai", "trebisăuți", "tvardița", "tătărășeni", "ungheni", "vadul lui isac",
    "vadul lui voda", "vaduleni", "valea coloniței", "valea perjei", "varnița", "varvareuca",
    "vatra", "verdești", "veverița", "volintiri", "vulcănești", "zagarancea", "zaicana", "zaim",
    "zamciogi", "zgurița", "zgărdești", "zirnesti", "zolonceni", "zârnești", "zîrnești",
    "zăbriceni", "zăicani", "zăluceni", "zăticeni", "șofrîncani",
    // The Netherlands
    "drenthe", "flevoland", "friesland", "gelderland", "groningen", "limburg", "noord-brabant",
    "noord-holland", "overijssel", "utrecht", "zeeland", "zuid-holland",
    // Poland
    "dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie",
    "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie",
    "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie",
    // Wales: counties in Welsh ("Sir" is "county", no knight) and in English
    "sir benfro", "sir fynwy", "sir ddinbych", "sir gaerfyrddin", "sir y fflint", "sir gâr",
    "sir conwy", "sir fôn", "sir ceredigion", "sir powys", "sir gwynedd", "sir abertawe",
    "bro morgannwg", "blaenau gwent", "merthyr tydfil", "dumfries and galloway",
    // North Macedonia: municipalities whose names read as a person's,
    // romanised both ways ("Демир Хисар", "Ѓорче Петров")
    "demir kapija", "demir hisar", "demir khisar", "kriva palanka", "kisela voda", "gjorče petrov",
    "gjorche petrov", "gjorce petrov", "šuto orizari", "shuto orizari", "suto orizari",
    "makedonska kamenica", "makedonska kamenitsa", "makedonski brod", "novo selo",
    "staro nagoričane", "staro nagorichane", "čaška", "chashka",
    // Greece: a town read as a given name ("Athina" and "Larisa" are given
    // names as often)
    "katerini",
    // Moldova and Ghana: towns of two words read as a person's
    "ștefan vodă", "stefan voda", "cantemir", "kwame danso", "banda ahenkro", "accra newtown",
    "michel camp"};

// Countries as French, Spanish, Portuguese, Dutch and Polish write them
// (not those that are given names or surnames too: "Dominique", "Salvador",
// "Georgia", "Chad", "Jordan", "Kuba", "Dania", "Montenegro").
constexpr std::string_view kCountries[] = {
    "afghanistan", "albanie", "algérie", "andorre", "angola", "antigua-et-barbuda", "argentine",
    "arménie", "australie", "autriche", "azerbaïdjan", "bahamas", "bahreïn", "bangladesh",
    "barbade", "biélorussie", "belgique", "belize", "bénin", "bhoutan", "bolivie",
    "bosnie-herzégovine", "botswana", "brésil", "brunei", "bulgarie", "burkina faso", "burundi",
    "cambodge", "cameroun", "canada", "cap-vert", "république centrafricaine", "tchad", "chili",
    "chine", "colombie", "comores", "costa rica", "côte d’ivoire", "croatie", "cuba", "chypre",
    "république tchèque", "république démocratique du congo", "danemark", "djibouti",
    "république dominicaine", "timor oriental", "équateur", "égypte", "guinée équatoriale",
    "érythrée", "estonie", "eswatini", "éthiopie", "fidji", "finlande", "gabon", "gambie",
    "géorgie", "allemagne", "ghana", "grèce", "grenade", "guatemala", "guinée", "guinée-bissau",
    "guyane", "haïti", "honduras", "hongrie", "islande", "inde", "indonésie", "iran", "irak",
    "irlande", "italie", "jamaïque", "japon", "kazakhstan", "kiribati", "koweït", "kirghizistan",
    "laos", "lettonie", "liban", "lesotho", "liberia", "libye", "liechtenstein", "lituanie",
    "luxembourg", "madagascar", "malawi", "malaisie", "maldives", "mali", "îles marshall",
    "mauritanie", "mexique", "micronésie", "moldavie", "mongolie", "monténégro", "maroc",
    "mozambique", "birmanie", "namibie", "nauru", "népal", "pays-bas", "nouvelle-zélande",
    "nicaragua", "niger", "nigeria", "corée du nord", "norvège", "pakistan", "palau", "panama",
    "papouasie-nouvelle-guinée", "paraguay", "pérou", "philippines", "pologne", "portugal", "qatar",
    "république du congo", "macédoine", "roumanie", "russie", "rwanda",
    "saint-christophe-et-niévès", "sainte-lucie", "saint-vincent-et-les-grenadines", "samoa",
    "saint-marin", "são tomé-et-principe", "arabie saoudite", "sénégal", "serbie", "seychelles",
    "sierra leone", "singapour", "slovaquie", "slovénie", "îles salomon", "somalie",
    "afrique du sud", "corée du sud", "soudan du sud", "espagne", "sri lanka", "soudan", "suriname",
    "suède", "suisse", "syrie", "tadjikistan", "tanzanie", "thaïlande", "togo", "tonga",
    "trinité-et-tobago", "tunisie", "turquie", "turkménistan", "tuvalu", "ouganda", "ukraine",
    "émirats arabes unis", "royaume-uni", "états-unis", "uruguay", "ouzbékistan", "vanuatu",
    "venezuela", "viêt nam", "yémen", "zambie", "zimbabwe", "afganistán", "albania", "andorra",
    "armenia", "aruba", "australia", "austria", "azerbayán", "barein", "barbados", "bielorusia",
    "bélgica", "belice", "bermuda", "bután", "bolivia", "bosnia herzegovina", "brasil", "bulgaria",
    "camboya", "camerún", "cabo verde", "islas caimán", "chile", "china", "isla de navidad",
    "colombia", "comodos", "congo", "costa de marfil", "croacia", "chipre", "república checa",
    "dinamarca", "dominica", "república dominicana", "ecuador", "egipto", "el salvador",
    "guinea ecuatorial", "eritrea", "estonia", "etiopía", "islas faro", "fiji", "finlandia",
    "gabón", "gambia", "alemania", "grecia", "groenlandia", "granada", "guam", "guinea",
    "guinea-bisau", "guayana", "haiti", "hong kong", "hungria", "islandia", "india", "indonesia",
    "irlanda", "jamaica", "japón", "jordania", "kazajistan", "kenia", "corea", "kuwait", "letonia",
    "líbano", "lituania", "luxemburgo", "macao", "macedonia", "malasia", "maldivas", "malta",
    "martinica", "mauritania", "méjico", "micronesia", "moldavia", "mónaco", "mongolia",
    "montserrat", "marruecos", "namibia", "nepal", "países bajos", "nueva zelanda", "noruega",
    "omán", "panamá", "papúa nueva guinea", "perú", "filipinas", "poland", "puerto rico", "rusia",
    "ruanda", "san marino", "santo tomé y principe", "arabia saudí", "senegal", "serbia",
    "sierra leona", "singapur", "eslovaquia", "eslovenia", "somalia", "españa", "sudán", "suecia",
    "suiza", "taiwan", "tajikistan", "tanzania", "tailandia", "timor-leste", "trinidad y tobago",
    "tunez", "turquia", "uganda", "ucrania", "emiratos árabes unidos", "reino unido",
    "estados unidos de américa", "uzbekistan", "vietnam", "yemen", "zambia", "afeganistão",
    "albânia", "algéria", "anguila", "antigua and barbada", "armênia", "austrália", "áustria",
    "azerbaijão", "barém", "benin", "butão", "bolívia", "bôsnia", "botsuana", "ilha bouvet",
    "arquipélago de chagos", "ilhas virgens", "bulgária", "camboja", "camarões", "canadá",
    "ilhas caiman", "república da áfrica central", "chade", "ilha do natal", "ilhas cocos",
    "colômbia", "ilhas cook", "costa do marfim", "croácia", "república tcheca", "jibuti", "equador",
    "egito", "guiné equatorial", "eritreia", "estônia", "etiópia", "ilhas faroe", "malvinas",
    "finlândia", "frança", "guiné francesa", "polinésia francesa", "gabão", "gâmbia", "alemanha",
    "gana", "gibraltar", "grécia", "groelândia", "guernesey", "guiné", "guiné-bissau", "guiana",
    "ilhas heard e mcdonald", "vaticano", "islândia", "índia", "indonésia", "irã", "iraque",
    "ilha de man", "itália", "japão", "jersey", "jordânia", "cazaquistão", "quênia", "quiribati",
    "coreia do norte", "coreia do sul", "quirguistão", "latvia", "lesoto", "libéria", "líbia",
    "lituânia", "macedônia", "malásia", "ilhas marshall", "mauritânia", "maurícia", "maiote",
    "méxico", "micronésia", "moldávia", "mônaco", "mongólia", "marrocos", "moçambique", "myanmar",
    "antilhas holandesas", "países baixos", "nova caledonia", "nova zelândia", "nicarágua",
    "nigéria", "niue", "ilha norfolk", "marianas setentrionais", "omã", "paquistão",
    "território da palestina", "papua-nova guiné", "paraguai", "peru", "polônia", "porto rico",
    "romênia", "rússia", "são bartolomeu", "santa helena", "santa lúcia", "são martinho",
    "são pedro e miquelão", "são vicente e granadinas", "sao tomé e príncipe", "arábia saudita",
    "sérvia", "seicheles", "serra leoa", "singapura", "eslováquia", "eslovênia", "ilhas salomão",
    "somália", "áfrica do sul", "ilhas geórgia do sul e sandwich do sul", "espanha", "sudão",
    "ilhas svalbard & jan mayen", "suazilândia", "suécia", "suíça", "síria", "tajiquistão",
    "tanzânia", "tailândia", "toquelau", "trinidad e tobago", "tunísia", "turcomenistão",
    "turcas e caicos", "ucrânia", "emirados árabes unidos", "estados unidos da américa",
    "estados unidos das ilhas virgens", "uruguai", "uzbequistão", "vietnã", "wallis e futuna",
    "iêmen", "zâmbia", "zimbábue", "akrotiri", "albanië", "algerije", "amerikaanse maagdeneilanden",
    "amerikaans-samoa", "anguilla", "antarctica", "antigua en barbuda", "argentinië", "armenië",
    "ashmore and cartier islands", "atlantic ocean", "australië", "azerbeidzjan", "bahama's",
    "bahrein", "belarus", "belgië", "bhutan", "bolivië", "bosnië-herzegovina", "bouvet island",
    "brazilië", "british indian ocean territory", "britse maagdeneilanden", "bulgarije", "cambodja",
    "caymaneilanden", "centraal-afrikaanse republiek", "christmas island", "clipperton island",
    "cocos (keeling) islands", "comoren (unie)", "congo (democratische republiek)",
    "congo (volksrepubliek)", "coral sea islands", "cyprus", "denemarken", "dhekelia",
    "dominicaanse republiek", "duitsland", "egypte", "equatoriaal-guinea", "estland", "ethiopië",
    "european union", "falkland", "faroe islands", "filipijnen", "finland", "frankrijk",
    "frans-polynesië", "gaza strip", "georgië", "grenada", "griekenland", "groenland", "guernsey",
    "guinee-bissau", "guyana", "heard island and mcdonald islands", "vaticaanstad", "hongarije",
    "hongkong", "ierland", "ijsland", "indonesië", "isle of man", "italië", "ivoorkust",
    "jan mayen", "japan", "jemen", "jordanië", "kaapverdië", "kameroen", "kazachstan", "kirgizstan",
    "koeweit", "kroatië", "letland", "libanon", "libië", "litouwen", "luxemburg", "macedonië",
    "madagaskar", "maldiven", "maleisië", "marokko", "marshall islands", "mauritanië", "mauritius",
    "mayotte", "mexico", "micronesië", "moldavië", "mongolië", "namibië", "navassa island",
    "nederland", "st. maarten", "curacao", "ngwane", "nieuw-caledonië", "nieuw-zeeland",
    "noordelijke marianen", "noord-korea", "noorwegen", "norfolk island", "oekraïne", "oezbekistan",
    "oostenrijk", "papoea-nieuw-guinea", "paracel islands", "pitcairn", "polen", "roemenië",
    "rusland", "saint helena", "saint lucia", "saint vincent en de grenadines",
    "saint-pierre en miquelon", "são tomé en principe", "saudi-arabië", "servië", "seychellen",
    "singapore", "sint-kitts en nevis", "slovenië", "slowakije", "soedan", "somalië",
    "southern ocean", "spanje", "spratly islands", "svalbard", "syrië", "tadzjikistan", "thailand",
    "timor leste", "tokelau", "trinidad en tobago", "tsjaad", "tsjechië", "tunesië", "turkije",
    "turkmenistan", "turks-en caicoseilanden", "verenigd koninkrijk",
    "verenigde arabische emiraten", "verenigde staten van amerika", "wake island",
    "wallis en futuna", "wereld", "west bank", "westelijke sahara", "zuid-afrika", "zuid-korea",
    "zweden", "zwitserland", "afganistan", "algieria", "andora", "antigua i barbuda",
    "arabia saudyjska", "argentyna", "azerbejdżan", "bahamy", "bahrajn", "bangladesz", "belgia",
    "białoruś", "birma", "boliwia", "bośnia i hercegowina", "brazylia", "bułgaria", "chiny",
    "chorwacja", "cypr", "czad", "czarnogóra", "czechy", "demokratyczna republika konga",
    "dominikana", "dżibuti", "egipt", "ekwador", "erytrea", "etiopia", "fidżi", "filipiny",
    "francja", "grecja", "gruzja", "gujana", "gwatemala", "gwinea", "gwinea bissau",
    "gwinea równikowa", "hiszpania", "holandia", "indie", "indonezja", "irlandia", "izrael",
    "jamajka", "japonia", "kambodża", "kamerun", "kanada", "katar", "kirgistan", "kolumbia",
    "komory", "kongo", "korea południowa", "korea północna", "kostaryka", "kuwejt", "libia",
    "litwa", "luksemburg", "łotwa", "macedonia północna", "malediwy", "malezja", "maroko",
    "mauretania", "meksyk", "mikronezja", "mołdawia", "monako", "mozambik", "niemcy", "nikaragua",
    "norwegia", "nowa zelandia", "papua-nowa gwinea", "paragwaj", "polska", "portugalia",
    "republika południowej afryki", "republika środkowoafrykańska", "republika zielonego przylądka",
    "rosja", "rumunia", "saint kitts i nevis", "saint vincent i grenadyny", "salwador", "seszele",
    "słowacja", "słowenia", "stany zjednoczone", "sudan", "sudan południowy", "surinam", "syria",
    "szwajcaria", "szwecja", "tadżykistan", "tajlandia", "timor wschodni", "trynidad i tobago",
    "tunezja", "turcja", "ukraina", "urugwaj", "watykan", "wenezuela", "węgry", "wielka brytania",
    "wietnam", "włochy", "wybrzeże kości słoniowej", "wyspy marshalla", "wyspy salomona",
    "wyspy świętego tomasza i książęca", "zjednoczone emiraty arabskie",
    // Countries and territories as Georgian and
    // Armenian write them, romanised, and as
    // Azerbaijani and English do, whose words read
    // as a person's ("Amerikis Sheertebuli Shtatebi",
    // "Böyük Britaniya", "Trinidad and Tobago"); not
    // those that are given names too ("Salvador",
    // "Dominika", "Solomon", "Montserrat").
    "aghdgomis kundzuli", "aghm. timori", "aghmosavleti aprika", "aghmosavleti timori",
    "amaghleba da tristani-da-kunia", "amerika samoası", "amerikis sheertebuli shtatebi",
    "amerikis virjiniis kundzulebi", "amerikyan virjinyan", "arabetis saemiroebi",
    "arabta gaertianebuli saamiroebi", "arabuli kveqnebis ligis", "artsakhi hanrapetutyun",
    "bahamis kundzulebi", "bermudis kundzulebi", "bonaire", "bosnia da hertsegovina",
    "britanakan virjinyan kghziner", "britanetis indoetis okeanis teritoria",
    "britanetis virjiniis kundzulebi", "britanetis virjinis kundzulebi", "böyük britaniya",
    "chechnetis respublika ichkeria", "chrd. korea", "chrdiloet amerikis",
    "chrdiloet marianas kundzulebi", "chrdiloeti aprika", "chrdiloeti korea",
    "chrdiloeti marianas kundzulebi", "cənubi koreya", "da tobago", "damokidebuli ter",
    "damokidebuli teritoria", "dasavleti aprika", "dasavleti sahara", "didi britaneti",
    "dominikan respublikası", "dominikyan hanrapetutyun", "ekvatorial qvineya", "ekvatoruli gvinea",
    "eparses kundzuli", "eshmoris da karties kundzulebi", "espanetis suverenuli teritoriebi",
    "evropis kveqnebi", "fareryan", "folklendyan", "fransa polineziyası", "fransiakan polinezia",
    "fələstin dövləti", "gaertianebuli samepo", "ghazis sektori", "haravafrikyan hanrapetutyun",
    "hasarakatsayin gvinea", "herdi da makdonaldis kundzulebi", "ian maieni",
    "is virjinis kundzulebi", "kabo verde", "kaimanis kundzulebi", "kanaris kundzulebi",
    "karibis zghvis", "kaymanyan", "kentronaafrikyan hanrapetutyun", "kingmenis ripi",
    "kitsi da nevisi", "kokosis kundzulebi", "komoris kundzulebi", "kongoyi hanrapetutyun",
    "konqo respublikası", "kosta rika", "kukis kundzulebi", "libyan arab jamahiriya",
    "likhtenshtaini", "maldivis kundzulebi", "marjnis zghvis kundzulebi", "marshalis kundzulebi",
    "marshalyan", "mikelon", "mikroneziis pederatsiuli shtatebi", "mimdebare kundzulebi",
    "natsilobriv aprikashi", "niderland antil", "niderlandis antilebi", "niderlandyan antilner",
    "norpolkis kundzuli", "pareris kundzulebi", "pieri da mikeloni", "pitkernis kundzulebi",
    "polklendis kundzulebi", "qərbi sahara", "sadavo teritoriebi", "samkh. korea",
    "samkhret amerikashia", "samkhret amerikis", "samkhreti aprika",
    "samkhreti georgia da samkhret", "samkhreti georgia da samkhret sendvichis kundzulebi",
    "samkhreti sudani", "saprangetis gviana", "saprangetis polinezia", "saudis arabeti",
    "saudyan arabia", "seishelis kundzulebi", "sendvichis kundzulebi", "shobis kundzuli",
    "shri lanka", "siera leone", "soghomonyan kghziner", "solomonis kundzulebi",
    "surb bardughimeosi", "surb heghinei", "suverenuli sakhelmtsipoebi", "syrian arab",
    "səudiyyə ərəbistanı", "terksisa da kaikosis kundzulebi", "tobago", "transkontinenturi kveqana",
    "trinidad tobago", "trinidadi da tobago", "tsentraluri aprika", "tsminda elene",
    "tsminda elenes kundzuli", "uolisi da putuna", "vinsenti da grenadinebi", "çin respublikası",
    "şimali marian", "şərqi timor"};

// A word's shape: its length, its first two bytes and its last with the
// bit of ASCII case cleared (of a Latin-1 capital's second byte too: "É" as
// "é"; a letter of Latin Extended-A first by its first byte alone), in
// 16384 bits. Most names have a shape no listed word has and are never
// folded or hashed.
std::size_t shape_bit(std::string_view w) {
  const auto b0 = static_cast<unsigned char>(w[0]);
  unsigned b1 = w.size() > 1 ? static_cast<unsigned char>(w[1]) | 0x20u : 0u;
  if (b0 >= 0xC4) b1 = 0;
  const unsigned first = b0 | 0x20u;
  const unsigned last = static_cast<unsigned char>(w.back()) | 0x20u;
  return (((first * 131u + b1) * 37u + last) * 41u +
          static_cast<unsigned>(std::min<std::size_t>(w.size(), 40))) &
         16383u;
}

// A second shape: the first byte, the last two and the length, in another
// 16384 bits; a word is read only if both its shapes are listed.
std::size_t shape_bit2(std::string_view w) {
  const unsigned first = static_cast<unsigned char>(w[0]) | 0x20u;
  const unsigned last = static_cast<unsigned char>(w.back()) | 0x20u;
  const unsigned before_last =
      w.size() > 2 ? static_cast<unsigned char>(w[w.size() - 2]) | 0x20u : 0u;
  return (((before_last * 53u + last) * 97u + first) * 29u +
          static_cast<unsigned>(std::min<std::size_t>(w.size(), 40)) * 7919u) &
         16383u;
}

std::uint32_t fnv1a(std::string_view w) {
  std::uint32_t h = 2166136261u;
  for (const char c : w) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

// Every listed word in small letters, in one open-addressing table (a
// third full) with the flags of its classes.
struct Lists {
  static constexpr std::size_t kSlots = 8192;
  struct Slot {
    std::string_view key;
    std::uint16_t flags = 0;
  };
  std::array<Slot, kSlots> slots{};
  std::array<std::uint64_t, 256> shapes{};
  std::array<std::uint64_t, 256> shapes2{};

  void add(std::string_view w, std::uint16_t flag) {
    std::size_t at = fnv1a(w) & (kSlots - 1);
    while (!slots[at].key.empty() && slots[at].key != w) at = (at + 1) & (kSlots - 1);
    slots[at].key = w;
    slots[at].flags |= flag;
    const std::size_t bit = shape_bit(w);
    shapes[bit / 64] |= std::uint64_t{1} << (bit % 64);
    const std::size_t bit2 = shape_bit2(w);
    shapes2[bit2 / 64] |= std::uint64_t{1} << (bit2 % 64);
  }
  std::uint16_t find(std::string_view w) const {
    for (std::size_t at = fnv1a(w) & (kSlots - 1); !slots[at].key.empty();
         at = (at + 1) & (kSlots - 1))
      if (slots[at].key == w) return slots[at].flags;
    return 0;
  }
  bool may_be_listed(std::string_view w) const {
    const std::size_t bit = shape_bit(w);
    if (!(shapes[bit / 64] >> (bit % 64) & 1)) return false;
    const std::size_t bit2 = shape_bit2(w);
    return shapes2[bit2 / 64] >> (bit2 % 64) & 1;
  }
};

Lists build_lists() {
  Lists out;
  auto add = [&out](const auto& list, std::uint16_t flag) {
    for (std::string_view w : list) out.add(w, flag);
  };
  add(kCalendarWords, kCalendar);
  add(kStreetNouns, kStreetNoun);
  add(kSettlements, kSettlement);
  add(kDepartments, kDepartment);
  add(kProductWords, kProductWord);
  add(kProductNouns, kProductNoun);
  add(kJobHeads, kJobHead);
  add(kJobQualifiers, kJobQualifier);
  add(kLoremWords, kLorem);
  add(kPlaceKeys, kPlaceKey);
  add(kThingKeys, kThingKey);
  add(kLeadWords, kLeadWord);
  add(kFirmWords, kFirmWord);
  add(kParisStreets, kParisStreet);
  auto add_places = [&out](const auto& list) {
    for (std::string_view w : list) {
      out.add(w, kRegion);
      const std::size_t space = w.find(' ');
      if (space != std::string_view::npos) out.add(w.substr(0, space), kRegionHead);
    }
  };
  add_places(kRegions);
  add_places(kCountries);
  return out;
}

// Built on the first scan that asks (a process that never scans never
// builds them).
const Lists& lists() {
  static const Lists l = build_lists();
  return l;
}

std::uint16_t flags_of(std::string_view lowered) {
  return lowered.empty() ? 0 : lists().find(lowered);
}

// The flags of a word as written: its shape first, then one lookup.
std::uint16_t flags_as_written(std::string_view w, std::array<char, 48>& buf) {
  return lists().may_be_listed(w) ? flags_of(small_letters(w, buf)) : 0;
}

bool space_at(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A house number by the finding: "456 Guillot Saint-Denis", "Boame St, 12".
bool number_near(std::string_view text, std::size_t start, std::size_t end) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t b = start;
  while (b > 0 && text[b - 1] == ' ') --b;
  if (b > 0 && digit(text[b - 1])) return true;
  std::size_t a = end;
  if (a < text.size() && text[a] == ',') ++a;
  while (a < text.size() && text[a] == ' ') ++a;
  return a < text.size() && digit(text[a]);
}

// A title of a person, its full stop or none: "Dr.", "Sr", "Herr".
bool title_word(const Gazetteer& names, std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return !w.empty() && (names.flags(w) & kTitle);
}

// The word before [start, end) is a title of a person ("Herr", "Mme",
// "Pani"): the finding is that person's name.
bool title_before(const Gazetteer& names, std::string_view text, std::size_t start) {
  std::size_t e = start;
  while (e > 0 && text[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && !space_at(text[b - 1])) --b;
  return b < e && title_word(names, text.substr(b, e - b));
}

bool delimiter_char(char c) {
  return c == ',' || c == ';' || c == '\t';
}

// The key of a form whose value holds [start, end) ("Ville : X", "Société:
// Dumas et X", "\"Rue\": \"X\"") or the column of a table whose field holds
// it (its header's field: "id;Société;note\n889;Dumas et X;ok"): its flags,
// 0 if none. Read only where a colon, a quote, a delimiter or a line's start
// stands right before the finding or a conjunction does ("et", "and").
std::uint16_t key_flags(std::string_view text, std::size_t start, std::size_t end,
                        std::array<char, 48>& buf) {
  std::size_t k = start;
  while (k > 0 && text[k - 1] == ' ') --k;
  const char before = k > 0 ? text[k - 1] : '\n';
  bool gate = before == ':' || before == '"' || before == '\n' || delimiter_char(before);
  if (!gate) {
    // (A conjunction is four bytes at most: only those are read.)
    std::size_t w = k;
    const std::size_t limit = k > 5 ? k - 5 : 0;
    while (w > limit && text[w - 1] != ' ' && text[w - 1] != '\n') --w;
    if (w > 0 && text[w - 1] != ' ' && text[w - 1] != '\n') return 0;
    for (std::string_view c : {"et", "and", "y", "e", "și", "i", "en", "&"})
      gate = gate || text.substr(w, k - w) == c;
  }
  if (!gate) return 0;
  // The start of the value or the field: back to a colon, a delimiter or
  // the line's start, 64 bytes at most.
  std::size_t f = start;
  const std::size_t floor = start > 64 ? start - 64 : 0;
  while (f > floor && text[f - 1] != ':' && text[f - 1] != '\n' && !delimiter_char(text[f - 1]) &&
         text[f - 1] != '{')
    --f;
  if (f > 0 && text[f - 1] == ':') {
    k = f - 1;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '"')) --k;
    const std::size_t e = k;
    while (k > 0 && text[k - 1] != ' ' && text[k - 1] != '"' && text[k - 1] != '\n' &&
           text[k - 1] != '{' && text[k - 1] != ',')
      --k;
    return k < e ? flags_as_written(text.substr(k, e - k), buf) : 0;
  }
  if (f != 0 && f == floor) return 0;
  // A table's field: a delimiter or the line's edge on both sides, a
  // delimiter on one at least.
  std::size_t g = end;
  const std::size_t ceiling = std::min(text.size(), end + 64);
  while (g < ceiling && text[g] != '\n' && !delimiter_char(text[g])) ++g;
  const char left = f > 0 ? text[f - 1] : '\n';
  const char right = g < text.size() ? text[g] : '\n';
  if (right != '\n' && !delimiter_char(right)) return 0;
  const char delimiter = delimiter_char(left) ? left : right;
  if (!delimiter_char(delimiter) ||
      (delimiter_char(left) && delimiter_char(right) && left != right))
    return 0;
  std::size_t line = f;
  while (line > 0 && text[line - 1] != '\n') --line;
  std::size_t column = 0;
  for (std::size_t i = line; i < f; ++i) column += text[i] == delimiter;
  // The header: the first of the lines above holding the delimiter.
  std::size_t header = line;
  while (header > 0) {
    std::size_t up = header - 1;
    while (up > 0 && text[up - 1] != '\n') --up;
    if (text.substr(up, header - 1 - up).find(delimiter) == std::string_view::npos) break;
    header = up;
  }
  if (header == line) return 0;
  std::size_t b = header;
  for (std::size_t c = 0; c < column && b < text.size() && text[b] != '\n'; ++b)
    c += text[b] == delimiter;
  std::size_t e = b;
  while (e < text.size() && text[e] != delimiter && text[e] != '\n') ++e;
  return b < e ? flags_as_written(text.substr(b, e - b), buf) : 0;
}

bool after_house_number(std::string_view text, std::size_t start, std::size_t end) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (start < 2 || text[start - 1] != ' ' || !digit(text[start - 2])) return false;
  std::size_t n = start - 2;
  while (n > 0 && digit(text[n - 1])) --n;
  if (start - 1 - n > 4) return false;
  // What ends the street: the line, the text, a comma.
  if (end < text.size() && text[end] != '\n' && text[end] != ',') return false;
  // (Not a line's start: "1 Anna Smith" numbers a list.)
  if (n == 0 || text[n - 1] == '\n') return false;
  std::size_t k = n;
  while (k > 0 && text[k - 1] == ' ') --k;
  if (k > 0 && text[k - 1] == ':') return true;
  if (k == n) return false;
  std::size_t w = k;
  while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '\n') --w;
  const std::string_view before = text.substr(w, k - w);
  for (std::string_view p : {"au", "à", "na", "pe", "em", "op", "przy", "la"})
    if (before == p) return true;
  return false;
}

// A Paris street's name right after [start, end), a particle first ("Vidal
// de l'Abbaye", "Julien du Faubourg Saint-Honoré"): up to four words to the
// line's or the clause's end.
std::size_t paris_street_after(std::string_view text, std::size_t end, std::array<char, 48>& buf) {
  if (end + 3 >= text.size() || text[end] != ' ') return 0;
  const char c = text[end + 1];
  if (c != 'd' && c != 'D' && c != 'l' && c != 'L') return 0;
  std::size_t e = end + 1;
  std::size_t words = 1;
  while (e < text.size() && e < end + 48) {
    const char x = text[e];
    if (x == '\n' || x == ',' || x == '.' || x == '!' || x == '?' || x == ';' || x == ':' ||
        x == ')')
      break;
    if (x == ' ' && ++words > 4) break;
    ++e;
  }
  while (e > end + 1 && text[e - 1] == ' ') --e;
  const std::string_view phrase = text.substr(end + 1, e - end - 1);
  if (flags_of(small_letters(phrase, buf)) & kParisStreet) return e;
  // The same without the words after it: "Vidal de l'Abbaye hier".
  for (std::size_t k = phrase.size(); k > 0; --k)
    if (phrase[k - 1] == ' ' &&
        (flags_of(small_letters(phrase.substr(0, k - 1), buf)) & kParisStreet))
      return end + k;
  return 0;
}

bool house_number_of_street(std::string_view text, std::size_t start, std::size_t end) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t a = end;
  if (a < text.size() && text[a] == ',') ++a;
  while (a < text.size() && text[a] == ' ') ++a;
  if (a < text.size() && digit(text[a])) return true;
  if (start < 2 || text[start - 1] != ' ' || !digit(text[start - 2])) return false;
  std::size_t n = start - 2;
  while (n > 0 && digit(text[n - 1])) --n;
  if (n == 0 || text[n - 1] == '\n') return true;
  // The street ends its line or its field.
  if (end >= text.size() || text[end] == '\n' || text[end] == ',') return true;
  std::size_t k = n;
  while (k > 0 && text[k - 1] == ' ') --k;
  if (k > 0 && (text[k - 1] == ':' || text[k - 1] == ',')) return true;
  std::size_t w = k;
  while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '\n') --w;
  const std::string_view before = text.substr(w, k - w);
  for (std::string_view p : {"au", "à", "na", "pe", "em", "op", "przy", "la", "at", "to", "on"})
    if (before == p) return true;
  return false;
}

bool conjunction(std::string_view w) {
  for (std::string_view c : {"and", "y", "e", "et", "și", "i", "en", "und", "&"})
    if (w == c) return true;
  return false;
}

// The finding [start, end) stands in a list of names: a conjunction before
// or after it ("Schmidt and Xaba"), or a comma, a semicolon or nothing
// between it and a capitalised word after it ("Markham, Schmidt",
// "Montenegro Zelaya"). A greeting's comma is none: "Thanks, Rwanda",
// "Dear Rwanda,\nplease …".
bool in_list(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t e = start;
  while (e > 0 && text[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && !space_at(text[b - 1])) --b;
  if (conjunction(text.substr(b, e - b))) return true;
  std::size_t a = end;
  if (a < text.size() && (text[a] == ',' || text[a] == ';')) ++a;
  while (a < text.size() && text[a] == ' ') ++a;
  std::size_t z = a;
  while (z < text.size() && !space_at(text[z]) && text[z] != ',' && text[z] != '.') ++z;
  const std::string_view next = text.substr(a, z - a);
  return (!next.empty() && capitalised(next)) || conjunction(next);
}

// One word: a listed region (a place), a month or a weekday, a street's
// noun, a department, a product, a job title's head or a word of lorem
// ipsum (nothing), and a place the gazetteer knows (a country, a region, a
// town) in a name's place ("Thanks, Manitoba", "Salut Barcelona !") unless
// a given name or in a list of names ("Authors: Markham, Schmidt and Xaba").
// The months and weekdays that are given names are none of the list (the
// gazetteer's nicknames, "Martie", "Joi", are no reason to keep one); a
// product's adjective alone is a name as often ("Dear Fantástico").
VocabularyNonPerson one_word(const Gazetteer& names, std::string_view text, std::size_t start,
                             std::size_t end, std::string_view w, std::uint16_t f) {
  if (f & kRegion)
    return names.is_given_name(w) ? VocabularyNonPerson::kNone : VocabularyNonPerson::kPlace;
  if (f & (kCalendar | kFirmWord)) return VocabularyNonPerson::kThing;
  if ((f & (kStreetNoun | kDepartment | kProductNoun | kJobHead | kLorem)) &&
      !names.is_given_name(w))
    return VocabularyNonPerson::kThing;
  if (!in_list(text, start, end) &&
      (names.flags(w, text.size() - start) & (kPlace | kGivenName)) == kPlace)
    return VocabularyNonPerson::kPlace;
  return VocabularyNonPerson::kNone;
}

}  // namespace

VocabularyNonPerson vocabulary_non_person(const Gazetteer& names, std::string_view text,
                                          std::size_t& start, std::size_t& end) {
  if (start >= end || end > text.size()) return VocabularyNonPerson::kNone;
  constexpr std::size_t kMaxWords = 6;
  std::array<std::string_view, kMaxWords> raw;
  std::array<std::uint16_t, kMaxWords> flags;
  std::size_t count = 0;
  std::array<char, 48> buf;  // (written before it is read)
  for (std::size_t b = start; b < end;) {
    while (b < end && space_at(text[b])) ++b;
    std::size_t e = b;
    while (e < end && !space_at(text[e])) ++e;
    if (b < e) {
      if (count == kMaxWords) return VocabularyNonPerson::kNone;
      raw[count] = text.substr(b, e - b);
      flags[count] = flags_as_written(raw[count], buf);
      ++count;
    }
    b = e;
  }
  if (count == 0) return VocabularyNonPerson::kNone;
  auto given = [&names](std::string_view w) { return names.is_given_name(w); };
  // A greeting, a salutation, an e-mail prefix or a preposition first is
  // none of the name: "Merci Marie", "Chez Marie Dubois", "Fw Kofi Mensah".
  if (count > 1 && (flags[0] & kLeadWord) && capitalised(raw[1]) && !given(raw[0])) {
    for (std::size_t i = 1; i < count; ++i) {
      raw[i - 1] = raw[i];
      flags[i - 1] = flags[i];
    }
    --count;
    start = static_cast<std::size_t>(raw[0].data() - text.data());
  }
  // Greetings, addressees, titles alone, form labels, institutions,
  // documents, weekdays and months of a letter and nothing else: "Hyvä
  // Asiakas", "Vážení Zákazníci", "Фамилия", "Kela Tiimi", "În Noiembrie
  // Ministerul" (letter_words.cpp; the months and weekdays listed here too).
  // A person's title before one word is a surname's: "Pan Sąd".
  if (count <= 4) {
    unsigned calendar = 0;
    for (std::size_t i = 0; i < count; ++i)
      if (flags[i] & kCalendar) calendar |= 1u << i;
    if (letter_words_only(names, {raw.data(), count}, calendar) &&
        (count > 1 || !title_before(names, text, start)))
      return VocabularyNonPerson::kThing;
    // A place by the noun of its kind: "Jihočeský kraj", "okres Rakovník".
    if (place_by_its_noun(names, text, start, end, {raw.data(), count}))
      return VocabularyNonPerson::kPlace;
  }

  // A street after a house number (four digits at most) that opens a key's
  // value or follows a preposition of place, the line or a comma after it: "Adresse : 627 Blanc
  // Vaneau, Candideberg", "au 12 Isabelle Royale" (an address's street).
  if (count <= 4 && after_house_number(text, start, end)) return VocabularyNonPerson::kAddress;
  // The value of a key or a column that names a place or a thing.
  if (const std::uint16_t key = key_flags(text, start, end, buf); key & (kPlaceKey | kThingKey))
    return key & kPlaceKey ? VocabularyNonPerson::kPlace : VocabularyNonPerson::kThing;
  // A name before a Paris street's name is that street's ("Vidal de
  // l'Abbaye"), and so is a Paris street's name after the first word of the
  // finding ("Prevost Dauphine", "Rousseau de Tilsitt").
  const std::size_t street_end = paris_street_after(text, end, buf);
  bool paris = street_end != 0;
  if (paris) end = street_end;  // the street's name with it
  if (!paris && count == 2 && (flags[1] & kParisStreet)) paris = true;
  if (!paris && count > 1) {
    const char c = raw[1][0];
    if (c == 'd' || c == 'D' || c == 'l' || c == 'L') {
      const auto from = static_cast<std::size_t>(raw[1].data() - text.data());
      paris = flags_of(small_letters(text.substr(from, end - from), buf)) & kParisStreet;
    }
  }
  // (An address's street by a house number that opens a line, a key's
  // value or follows a preposition of place, or follows it: "Il a vendu 645
  // Renaud de la Harpe" sold a lot.)
  if (paris)
    return house_number_of_street(text, start, end) ? VocabularyNonPerson::kAddress
                                                    : VocabularyNonPerson::kPlace;
  if (count == 1) {
    const VocabularyNonPerson v = one_word(names, text, start, end, raw[0], flags[0]);
    // A person's title before it: "Herr Freitag", "Sr. Domingo".
    return v != VocabularyNonPerson::kNone && title_before(names, text, start)
               ? VocabularyNonPerson::kNone
               : v;
  }
  // A street by its abbreviated noun last ("Baawia-Yawson Lk", "Boame St")
  // or by a saint's name after a given name ("Aubry Saint-Denis"); by a
  // house number, an address's street.
  const std::string_view last = raw[count - 1];
  bool street = false;
  if (last.size() <= 4) {
    for (std::string_view a : {"St", "Rd", "Ln", "Lk", "Ave", "Blvd", "Str.", "Av."})
      street = street || last == a;
  } else if (count == 2 && last.size() > 7 && last[0] == 'S') {
    street = last.starts_with("Saint-") || last.starts_with("Sainte-");
  }
  // (Not after a town: "Paris Saint-Germain" is a club.)
  if (street && count == 2 && (names.flags(raw[0]) & kPlace)) street = false;
  if (street)
    return number_near(text, start, end) ? VocabularyNonPerson::kAddress
                                         : VocabularyNonPerson::kPlace;
  std::uint16_t any = 0;
  std::size_t heads = 0, qualifiers = 0, lorem = 0;
  for (std::size_t i = 0; i < count; ++i) {
    any |= flags[i];
    if (flags[i] & kJobHead) ++heads;
    if (flags[i] & kJobQualifier) ++qualifiers;
    if (flags[i] & kLorem) ++lorem;
  }
  if (any == 0) return VocabularyNonPerson::kNone;
  // A listed region of several words: "Brong Ahafo", "Mato Grosso".
  if ((flags[0] & kRegionHead) &&
      (flags_of(small_letters(text.substr(start, end - start), buf)) & kRegion))
    return VocabularyNonPerson::kPlace;
  // A settlement's or a region's noun opens a place: "Raionul Ocnița",
  // "Municipiu Sorina", "Ciudad del Carmen" ("Ville Virtanen": a given name
  // first is a person's).
  if ((flags[0] & kSettlement) && !given(raw[0])) return VocabularyNonPerson::kPlace;
  // A product ("Queso Ergonómico de Cotton", "Boule Ergonomique"), a firm
  // ("Packt Publishing", "Santos Filhos").
  if (any & (kProductWord | kFirmWord)) return VocabularyNonPerson::kThing;
  // A job title: two of its words, or its head after another word ("Líder
  // Contas Associado", "Productor de Cuentas"); a head first and a name
  // after it is the person's title ("Agent Smith", "Gerente Ruiz"), and so
  // is a name after a title of a person ("Dr. Técnico").
  if (heads >= 1 && (heads + qualifiers >= 2 || !(flags[0] & kJobHead)) &&
      !title_word(names, raw[0]))
    return VocabularyNonPerson::kThing;
  // Lorem ipsum: every word of it.
  if (lorem == count) return VocabularyNonPerson::kThing;
  return VocabularyNonPerson::kNone;
}

}  // namespace switchyard::privacy::words
