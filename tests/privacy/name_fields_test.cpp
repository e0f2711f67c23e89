// Names a document's layout announces: a JSON key, a table's column
// heading, the line over a street address, a shipment's party.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/name_words.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::found;

// A form's field for a name or a part of one holds a person whole, with its
// particles and apostrophes, and an English word the dictionary also
// writes capitalised ("Smith"); not a placeholder or an English word.
TEST(NameFields, NamePartFieldsWhole) {
  for (const auto& [text, name] : std::vector<std::pair<std::string, std::string>>{
           {"Surname: O'Neill", "O'Neill"},
           {"Surname: O'Neill; Given names: Siobhán Mary", "Siobhán Mary"},
           {"Last name: van der Berg\nFirst name: Pieter", "van der Berg"},
           {"Family name: de la Cruz", "de la Cruz"},
           {"Nachname: von Weizsäcker", "von Weizsäcker"},
           {"Surname: Smith", "Smith"}})
    EXPECT_TRUE(covers(text, EntityType::person, name)) << text;
  for (const char* text : {"Name: N/A", "Name: TBD", "Last name: Unknown", "Name: Pending review",
                           "Name: Customer Service Team", "Name: ACME Ltd", "Filename: Report.pdf"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

TEST(NameFields, JsonKeysThatNameAPerson) {
  EXPECT_EQ(words::json_key_before("{\"customer\": \""), "customer");
  EXPECT_EQ(words::json_key_before("{\"full_name\":\""), "full_name");
  EXPECT_EQ(words::json_key_before("He said \""), "");
  EXPECT_TRUE(words::person_key("full_name"));
  EXPECT_TRUE(words::person_key("contactName"));
  EXPECT_TRUE(words::person_key("Consignee"));
  EXPECT_FALSE(words::person_key("company"));
  EXPECT_FALSE(words::person_key("street"));
  for (const char* text :
       {"{\"customer\": \"Félicie Cousin\", \"address_line1\": \"6762A place Royale\"}",
        "{\"name\": \"Diara Hommel\", \"address\": \"Elefantenbach 4\"}",
        "{\"recipient\":\"Frederike Bozsik\"}",
        "[{\"id\": 7, \"full_name\": \"Anrijs Krance\"}]"}) {
    EXPECT_EQ(found(text, EntityType::person).size(), 1u) << text;
  }
  EXPECT_TRUE(covers("{\"customer\": \"Félicie Cousin\"}", EntityType::person, "Félicie Cousin"));
  // Keys a firm or a thing fills, and things under "name".
  EXPECT_TRUE(found("{\"company\": \"Diara Hommel\"}", EntityType::person).empty());
  EXPECT_TRUE(found("{\"name\": \"Wireless Mouse\", \"price\": 12}", EntityType::person).empty());
}

// A JSON string under a person's key is a name in any case, in machine text
// too (tool arguments, structured fields), where a lower-case word is
// otherwise no name: the whole value, not its capitalised part.
TEST(NameFields, JsonValuesUnderAPersonsKeyInAnyCase) {
  const Detector d;
  auto people = [&](std::string_view text) {
    std::vector<std::string> out;
    for (const Finding& f : d.scan(text, Detector::TextKind::machine))
      if (f.type == EntityType::person) out.emplace_back(f.text_in(text));
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(people(R"({"customer_name": "john smith", "amount": 12})"), V{"john smith"});
  EXPECT_EQ(people(R"({"full_name":"JOHN SMITH"})"), V{"JOHN SMITH"});
  EXPECT_EQ(people(R"({"firstName": "maria", "lastName": "garcía"})"), (V{"maria", "garcía"}));
  EXPECT_EQ(people(R"({"patient": "o'brien, mary"})"), V{"o'brien, mary"});
  // "name" alone and a role's key hold a person only with a known name in
  // the value: a tool's, a service's, a team's or a firm's name is none.
  EXPECT_EQ(people(R"({"name": "anna favre"})"), V{"anna favre"});
  EXPECT_EQ(people(R"({"name": "wang wei"})"), V{"wang wei"});
  for (const char* text :
       {R"({"name": "get_weather", "arguments": "{}"})", R"({"name": "production"})",
        R"({"name": "gpt-4o"})", R"({"owner": "platform team"})", R"({"customer": "acme corp"})",
        R"({"driver": "nvidia geforce"})", R"({"author": "null"})", R"({"contact": "sales team"})",
        R"({"full_name": "unknown"})"})
    EXPECT_TRUE(people(text).empty()) << text;
  // In prose as well: the whole value, not only its capitalised part.
  EXPECT_TRUE(covers(R"(Send {"customer_name": "john smith"} to the API.)", EntityType::person,
                     "john smith"));
}

TEST(NameFields, TheLineOverAnAddressIsItsAddressee) {
  for (const char* text : {"Malia Favre\nPostfach 3136, 7078 Siders",
                           "Grga Faktor\nAntunovačka 74, 2. kat, 4857 Zagreb",
                           "--\nAdell Schimmel\n163 Waverley Road, Palm Bay",
                           "Cihangir Atakol\nSevgi Sokak No: 35 K:9 D:7, 06100 Ankara",
                           "Dr. Luca van Dijk\nKeizersgracht 12\n1015 CS Amsterdam"}) {
    const std::string s(text);
    const std::size_t from = s.starts_with("--\n") ? 3 : 0;
    const std::string name = s.substr(from, s.find('\n', from) - from);
    EXPECT_TRUE(covers(text, EntityType::person, name.starts_with("Dr. ") ? name.substr(4) : name))
        << text;
  }
  // A firm's, a heading's or a department's line over an address.
  for (const char* text :
       {"Head Office\n163 Waverley Road, Palm Bay",
        "Acme Widgets GmbH\nHauptstraße 5, 10115 Berlin",
        "Customer Service\nPostfach 3136, 7078 Siders", "Shipping Address\n12 Main Street"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

TEST(NameFields, TableColumnsHeadedByAPerson) {
  const std::string csv =
      "name,address,city\nLars Freisen,Postfach 247,Klagenfurt\n"
      "Esperanza Zamora Verdugo,Avda. de Andalucía 154B,Barcelona\n";
  EXPECT_TRUE(covers(csv, EntityType::person, "Lars Freisen"));
  EXPECT_TRUE(covers(csv, EntityType::person, "Esperanza Zamora Verdugo"));
  EXPECT_TRUE(covers("Customer;Street;Town\nMalia Favre;Rue du Rhône 4;Sion", EntityType::person,
                     "Malia Favre"));
  const std::string markdown = "| Name | Email |\n|---|---|\n| Diara Hommel | d@example.org |\n";
  EXPECT_TRUE(covers(markdown, EntityType::person, "Diara Hommel"));
  // Other columns, and a heading naming no person.
  EXPECT_TRUE(
      found("product,price\nWireless Mouse,12\nAcme Widgets,4", EntityType::person).empty());
  EXPECT_TRUE(found("company,city\nNordskaug Holding,Oslo", EntityType::person).empty());
}

// A name in parts, a column each: every part is a person's, one word alone
// ("Nastas" under "last_name"), and every column headed by a person is
// read, not only the first. A town's column is a place's, also where the
// name finder took the town for a person.
TEST(NameFields, TableColumnsOfANamesPartsAndOfTowns) {
  const std::string piped =
      "member_id|last_name|first_name|home_city\n101|Nastas|Evdochia|Raionul Alesea\n"
      "102|Popescu|Ion|Balti\n";
  for (const char* part : {"Nastas", "Evdochia", "Popescu", "Ion"})
    EXPECT_TRUE(covers(piped, EntityType::person, part)) << part;
  EXPECT_TRUE(covers(piped, EntityType::location, "Raionul Alesea"));
  EXPECT_TRUE(covers(piped, EntityType::location, "Balti"));
  const std::string semicolons = "id;Nachname;Vorname;Ort\n7;Gruber;Leni;Salyan\n";
  EXPECT_TRUE(covers(semicolons, EntityType::person, "Gruber"));
  EXPECT_TRUE(covers(semicolons, EntityType::person, "Leni"));
  EXPECT_TRUE(covers(semicolons, EntityType::location, "Salyan"));
  EXPECT_TRUE(found(semicolons, EntityType::person).size() == 2);
  // A placeholder or a firm's word in a part's column is no name, and a
  // single word under "name" needs the name finder's own reading.
  EXPECT_TRUE(found("surname;given_name;company\nN/A;Ltd;Acme", EntityType::person).empty());
  EXPECT_TRUE(found("name,city\nWidget,Oslo", EntityType::person).empty());
}

TEST(NameFields, ChatSpeakersAndMailDisplayNames) {
  for (const char* text :
       {"[10:32] Diara Hommel: can you send the file?", "09:14 Lars Freisen: ok, on it",
        "Diara Hommel: sounds good to me", "[09:15] Adell Schimmel: done"})
    EXPECT_EQ(found(text, EntityType::person).size(), 1u) << text;
  EXPECT_TRUE(
      covers("\"Diara Hommel\" <d.hommel@example.org>", EntityType::person, "Diara Hommel"));
  EXPECT_TRUE(covers("Cc: Lars Freisen <lars@example.org>, Malia Favre <m@example.org>",
                     EntityType::person, "Malia Favre"));
  // Headings before a colon, and a team's mailbox.
  for (const char* text :
       {"Meeting Notes: tomorrow at ten", "Nächste Haltestelle: Friedrichstraße. Ausstieg links",
        "Pengumuman Penting: Jadwal Libur Lebaran", "Acme Support <support@acme.com>"})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// A name in Cyrillic, Greek or Armenian letters amid Latin prose; not a
// town after a preposition of place, nor a known place.
TEST(NameFields, NamesInAnotherScriptAmidLatinProse) {
  EXPECT_TRUE(covers("This is for Геннадій, not for me.", EntityType::person, "Геннадій"));
  EXPECT_TRUE(
      covers("Meeting with Віола Яворівська today.", EntityType::person, "Віола Яворівська"));
  for (const char* text :
       {"Nuestra oficina en Таганрог abre a las 9.", "Shipment left Αλεξάνδρεια this morning.",
        "We flew to Москва today.", "Notre bureau de Ρόδος ouvre à 9 h."})
    EXPECT_TRUE(found(text, EntityType::person).empty()) << text;
}

// In a list two people are in, the other members are people too, though
// each alone is a common word or a town; not a firm's label's list.
TEST(NameFields, TheOtherMembersOfAListOfPeople) {
  EXPECT_TRUE(covers("Greetings from Gala, Boban and Novak!", EntityType::person, "Gala"));
  EXPECT_TRUE(covers("Greetings from Andreas, Sofia and Maria!", EntityType::person, "Sofia"));
  EXPECT_TRUE(covers("Greetings from Robin, Joline and Betty!", EntityType::person, "Robin"));
  EXPECT_TRUE(covers("Authors: Grant, Price and Berge", EntityType::person, "Price"));
  EXPECT_TRUE(found("We visited Paris, Berlin and Rome.", EntityType::person).empty());
  EXPECT_TRUE(found("Anna, Berlin and Rome were great.", EntityType::person).size() <= 1);
  EXPECT_FALSE(covers("Fournisseur : Xu, Lin and Lam\nVille : Fu Shin", EntityType::person, "Lam"));
  EXPECT_FALSE(covers("Conference venue: Serban, Dobre and Grigoras Center, Sângeorz-Băi",
                      EntityType::person, "Grigoras Center"));
}

TEST(NameFields, AShipmentsParty) {
  EXPECT_TRUE(covers("Delivery note 40412\nConsignee: Afua Adomako-Asiama\nPlot No. 58B, Tema",
                     EntityType::person, "Afua Adomako-Asiama"));
  EXPECT_TRUE(covers("Addressee: Tuur Declercq", EntityType::person, "Tuur Declercq"));
}

}  // namespace
}  // namespace switchyard::privacy
