#pragma once

// Closed lists of things named like people that are no one (read by
// words::named_thing in name_words.cpp). Lower case; matched whole words.

#include <string_view>

namespace switchyard::privacy::lists {

// Fictional, legendary and folk figures, and works (novels, plays, films,
// songs, operas, paintings) whose titles are a person's name or a name and
// a word. Found wherever they stand: a reader who means a person so named
// is rare. A single word that is also a common given name ("Emma",
// "Carmen", "Heidi") is not here: only a frame (words::named_thing) decides it.
inline constexpr std::string_view kFictionNames[] = {
    // figures of legend, folk tale and feast
    "santa claus", "father christmas", "saint nicholas", "st. nicholas", "sinterklaas", "père noël",
    "pere noel", "der weihnachtsmann", "weihnachtsmann", "baba jaga", "baba yaga", "king arthur",
    "robin hood", "tom thumb", "snow white", "little red riding hood", "hansel and gretel",
    "rapunzel", "cinderella", "pinocchio", "rumpelstiltskin", "don juan", "don quixote",
    "don quijote", "jack frost", "easter bunny", "tooth fairy",
    // characters of books, films, comics and games
    "sherlock holmes", "hercule poirot", "miss marple", "james bond", "indiana jones",
    "darth vader", "luke skywalker", "han solo", "princess leia", "obi-wan kenobi", "harry potter",
    "hermione granger", "ron weasley", "albus dumbledore", "lord voldemort", "frodo baggins",
    "bilbo baggins", "peter pan", "mary poppins", "willy wonka", "lara croft", "captain nemo",
    "captain hook", "captain america", "homer simpson", "bart simpson", "mickey mouse",
    "minnie mouse", "donald duck", "bugs bunny", "asterix", "obelix", "tintin", "winnie the pooh",
    "charlie brown", "tom sawyer", "huckleberry finn", "huck finn", "dorian gray", "oliver twist",
    "david copperfield", "jane eyre", "anna karenina", "madame bovary", "robinson crusoe",
    "effi briest", "pippi langstrumpf", "pippi longstocking", "emil und die detektive",
    "nathan der weise", "wilhelm tell", "romeo and juliet", "romeo und julia", "roméo et juliette",
    "romeo y julieta", "romeo e giulietta", "frankenstein", "dracula", "lolita", "forrest gump",
    "citizen kane", "annie hall", "jerry maguire", "erin brockovich", "billie jean",
    "eleanor rigby", "hey jude", "mona lisa", "madama butterfly", "don giovanni", "rigoletto",
    "tosca", "king lear", "macbeth", "othello", "hamlet", "ebenezer scrooge", "atticus finch",
    "holden caulfield", "jay gatsby", "the great gatsby", "bridget jones", "forrest gump", "shrek",
    "tarzan", "batman", "superman", "spider-man", "wonder woman",
    // dishes and drinks called after someone
    "olivier salad", "salad olivier", "salata olivier", "salată olivier", "salade olivier",
    "eggs benedict", "margherita pizza", "pizza margherita", "tom collins", "arnold palmer",
    "beef wellington", "peach melba", "crêpes suzette", "crepes suzette", "bloody mary",
    "bloody marys", "shirley temple", "rob roy", "napoleon cake", "charlotte russe",
    "oysters rockefeller", "beef stroganoff", "chicken kiev", "chicken tetrazzini", "caesar salad",
    "nesselrode pudding", "sachertorte", "cobb salad", "fettuccine alfredo", "tournedos rossini",
    "bananas foster", "earl grey", "lady grey", "melba toast", "garibaldi biscuit",
    "garibaldi biscuits", "tarte tatin", "sacher torte", "dobos torte", "esterházy torte",
    "reuben sandwich", "sloppy joe", "sloppy joes", "salisbury steak", "granny smith",
    "harvey wallbanger", "john collins", "mary pickford", "tom and jerry", "chicken à la king",
    "pizza marinara", "beef stroganov", "stroganoff", "napoleon torte", "tort napoleon",
    "prăjitură napoleon", "gâteau napoléon", "charlotte aux pommes", "apple charlotte",
    "bismarck herring", "mozartkugel", "mozartkugeln", "eggs florentine"};

// Firms named after their founders whose names are also people's: a
// person only where no frame says firm ("works for", "shares of", "the
// fashion house").
inline constexpr std::string_view kFounderFirms[] = {
    "hugo boss", "ralph lauren", "louis vuitton", "calvin klein", "tommy hilfiger",
    "christian dior", "walt disney", "morgan stanley", "goldman sachs", "merrill lynch",
    "charles schwab", "estée lauder", "giorgio armani", "yves saint laurent", "michael kors",
    "marc jacobs", "kate spade", "ted baker", "paul smith", "jimmy choo", "dr. oetker",
    "john lewis", "marks & spencer", "ernst & young", "johnson & johnson", "procter & gamble",
    "dolce & gabbana", "hewlett-packard", "ben & jerry's", "harley-davidson", "rolls-royce",
    "mercedes-benz", "aston martin", "tom ford", "vera wang", "jack daniel's", "johnnie walker",
    "tim hortons", "jean coutu", "carolina herrera", "oscar de la renta", "jean paul gaultier",
    "salvatore ferragamo", "emilio pucci", "roberto cavalli", "stella mccartney",
    "alexander mcqueen", "vivienne westwood", "karl lagerfeld", "pierre cardin", "nina ricci",
    "guy laroche", "anne klein", "christian louboutin", "sonia rykiel", "isabel marant",
    "yves rocher", "pierre hermé", "jil sander", "tom tailor", "marc o'polo", "jack wolfskin",
    "kenneth cole", "bobbi brown", "levi strauss", "philip morris", "henry schein",
    "thomson reuters", "arthur andersen", "dow jones", "smith & wesson", "ray-ban", "alfa romeo",
    "tommy bahama", "paul mitchell", "max factor", "helena rubinstein", "elizabeth arden",
    "coco chanel", "martha stewart", "ben sherman", "fred perry", "lacoste", "tory burch",
    "donna karan", "diane von furstenberg", "john deere", "dr. martens", "ted lapidus",
    // one word: a surname or a given name alone, the firm only in a frame
    "armani", "valentino", "tiffany", "heinz", "eli lilly", "abbott", "mcdonald's", "wendy's",
    "roche", "christie's", "sotheby's", "bentley", "nordstrom", "prada", "dior", "hermès", "lanvin",
    "porsche", "citroën", "chevrolet", "toyota", "nestlé", "siemens", "miele", "carlsberg",
    "pfizer", "barclays", "disney", "lancia", "audi", "colgate", "marriott", "mattel", "selfridges",
    "reuters", "gucci", "chanel", "versace", "fendi", "givenchy", "burberry", "cartier", "bulgari",
    "ferrari", "lamborghini", "ford", "peugeot", "renault", "dodge", "honda", "kellogg's",
    "cadbury", "hershey's", "dell", "philips", "bosch", "heineken", "guinness", "boeing", "merck",
    "bayer", "adidas", "rothschild", "tesla", "michelin", "maserati", "bugatti", "opel", "daimler",
    "dyson", "kraft", "gillette", "hilton", "hasbro", "macy's", "harrods", "bloomberg",
    "balenciaga"};

// Software, languages and assistants named like people or like words that
// take a person's place in a sentence. A person only where no frame says
// software ("written in Julia", "Julia 1.10", "the Jenkins server").
inline constexpr std::string_view kSoftwareNames[] = {
    "julia",   "hugo",      "jenkins",     "django",    "kafka",    "jupyter",    "alexa",
    "siri",    "claude",    "thunderbird", "cassandra", "ansible",  "pascal",     "ada",
    "haskell", "ruby",      "sphinx",      "sidekiq",   "celery",   "jekyll",     "gatsby",
    "hadoop",  "mercurial", "bazel",       "grafana",   "kibana",   "mattermost", "magento",
    "drupal",  "joomla",    "camunda",     "keycloak",  "traefik",  "bixby",      "cortana",
    "gemini",  "copilot",   "elixir",      "erlang",    "flask",    "kotlin",     "perl",
    "rust",    "jasmine",   "karma",       "mocha",     "selenium", "tomcat",     "jetty",
    "nginx",   "apache",    "oracle"};

// Landmarks and sights named like people or with a person's name, which
// no noun after them marks ("Big Ben", "Burj Khalifa", "Mount Rushmore"):
// a place, found as one (LOCATION), wherever they stand.
inline constexpr std::string_view kLandmarkNames[] = {"big ben",
                                                      "burj khalifa",
                                                      "burj al arab",
                                                      "taj mahal",
                                                      "mount rushmore",
                                                      "mount everest",
                                                      "mount kilimanjaro",
                                                      "mount elbrus",
                                                      "mount kosciuszko",
                                                      "lake victoria",
                                                      "ayers rock",
                                                      "machu picchu",
                                                      "angkor wat",
                                                      "checkpoint charlie",
                                                      "hagia sophia",
                                                      "christ the redeemer",
                                                      "cristo redentor",
                                                      "mont saint-michel",
                                                      "sagrada família",
                                                      "sagrada familia",
                                                      "arc de triomphe",
                                                      "statue of liberty",
                                                      "sydney opera house",
                                                      "hoover dam",
                                                      "kennedy space center",
                                                      "victoria falls",
                                                      "magellan strait",
                                                      "cape horn"};

}  // namespace switchyard::privacy::lists
