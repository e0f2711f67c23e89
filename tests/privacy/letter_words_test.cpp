// PERSON findings made only of the ordinary words of a letter, a form or a
// notice (words::letter_words_only, the precC pass): greetings, the nouns a
// letter addresses, titles alone, form labels, institution and document
// words, weekdays and months, in the languages of az, hy, ka_GE, ro_MD,
// fr, nl, pl, ru, el, hr, de_CH, es_MX, cs, sk and fi — each beside the
// person who must stay one.
#include <gtest/gtest.h>

#include <string>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::covers;
using checks::found;
using checks::no_person;

TEST(LetterWords, AddresseesAfterAGreeting) {
  for (const char* text : {
           "Hyvä Asiakas,\ntilauksesi on valmis.",
           "Estimado Cliente:\nsu pedido está listo.",
           "Hörmətli Valideynlər,\nsifarişiniz hazırdır.",
           "Vážení Zákazníci,\npíšeme vám.",
           "Ahoj Kolegovia! Máme novinky.",
           "Привет, Студенты! У нас новости.",
           "Αγαπητέ Χρήστη,\nη παραγγελία σας είναι έτοιμη.",
           "Salut Partenaire! On a des nouvelles.",
           "Poštovani Kupče,\nvaša narudžba je spremna.",
           "Grüezi Studierende! Wir haben Neuigkeiten.",
           "Hoi Abonnee! We hebben nieuws.",
           "Szanowny Abonencie,\nzamówienie jest gotowe.",
           "Բարև Ընկերներ! Նոր լուրեր ունենք։",
           "მადლობა, სტუდენტებო!",
           "Dobrý den Kolegové!",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // The same greetings before people.
  EXPECT_TRUE(
      covers("Hyvä Mika Ahonen,\ntilauksesi on valmis.", EntityType::person, "Mika Ahonen"));
  EXPECT_TRUE(
      covers("Estimado David Ríos:\nsu pedido está listo.", EntityType::person, "David Ríos"));
  EXPECT_TRUE(covers("Hörmətli Kamran Rəhimov,\nsifarişiniz hazırdır.", EntityType::person,
                     "Kamran Rəhimov"));
  EXPECT_TRUE(covers("Привет, Иван Петров! У нас новости.", EntityType::person, "Иван Петров"));
}

TEST(LetterWords, TeamsOfficesAndDocuments) {
  for (const char* text : {
           "Cordialement,\nÉquipe Contrat",
           "Cu stimă,\nEchipa Spitalul",
           "Ystävällisin terveisin\nKela Tiimi",
           "С уважением,\nКоманда Больница",
           "Με εκτίμηση,\nΟμάδα Σύμβαση",
           "Hörmətlə,\nXəstəxana Komandası",
           "Neem contact op met de Afdeling Rechtbank.",
           "Obraťte se na Oddělení Banka.",
           "Sobota: Finanční Úřad je zavřená.",
           "Mittwoch Eva Wirz, Bestellung",
           "Sopimuksen allekirjoitti Timo Mustonen.",
           "În Noiembrie Ministerul se actualizează.",
       })
    EXPECT_TRUE(!covers(text, EntityType::person, "Contrat") &&
                !covers(text, EntityType::person, "Spitalul") &&
                !covers(text, EntityType::person, "Tiimi") &&
                !covers(text, EntityType::person, "Больница") &&
                !covers(text, EntityType::person, "Σύμβαση") &&
                !covers(text, EntityType::person, "Komandası") &&
                !covers(text, EntityType::person, "Rechtbank") &&
                !covers(text, EntityType::person, "Banka") &&
                !covers(text, EntityType::person, "Úřad") &&
                !covers(text, EntityType::person, "Bestellung") &&
                !covers(text, EntityType::person, "Sopimuksen") &&
                !covers(text, EntityType::person, "Ministerul"))
        << text;
  // The people beside them stay.
  EXPECT_TRUE(covers("Mittwoch Eva Wirz, Bestellung", EntityType::person, "Eva Wirz"));
  EXPECT_TRUE(
      covers("Sopimuksen allekirjoitti Timo Mustonen.", EntityType::person, "Timo Mustonen"));
}

TEST(LetterWords, FormLabelsAndTitlesAlone) {
  for (const char* text : {
           "Имя:\nФамилия:\nДата: 5930",
           "Όνομα:\nΕπώνυμο:\nΗμερομηνία: 4558",
           "Poštovani Gospodine, Poštovana Gospođo,\npišemo vam.",
           "Уважаемые Господа,\nпишем вам.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // A label's value, a title's surname, a given name among the words stay.
  EXPECT_TRUE(covers("Фамилия: Иванов", EntityType::person, "Иванов"));
  EXPECT_TRUE(covers("Nazwisko: Kowalski", EntityType::person, "Kowalski"));
  EXPECT_TRUE(covers("Gospodin Horvat dolazi sutra.", EntityType::person, "Horvat"));
  EXPECT_TRUE(covers("Srdačan pozdrav,\nTim Banka", EntityType::person, "Tim"));
}

TEST(LetterWords, SentenceWordsBeforeAVerbOfSaying) {
  for (const char* text : {
           "Qardaşım dedi ki, hər şey yaxşıdır.",
           "Salam! Bacım dedi ki, gecikəcək.",
           "Dünən Nənə zəng etdi.",
           "Моя сестра сказала, что всё хорошо.",
           "Привет! Моя говорит, что опоздает.",
           "მადლობა, ყველაფერი კარგადაა.",
           "გამარჯობა, როგორ ხარ?",
           "Uudet Säännöt: Opiskelijat",
           "Xahiş edirik, Müştəri Formu doldurun.",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // People in the same places stay; a given name written in capitals is a
  // person's even where a word of the list shares it ("Sabah").
  EXPECT_TRUE(covers("Kamran dedi ki, hər şey yaxşıdır.", EntityType::person, "Kamran"));
  EXPECT_TRUE(covers("Вчера звонил Иван Петров.", EntityType::person, "Иван Петров"));
  EXPECT_TRUE(covers("გიორგი ბერიძემ თქვა, რომ ყველაფერი კარგადაა.", EntityType::person, "გიორგი"));
  EXPECT_TRUE(covers("Sabah Khalil dedi ki, hər şey yaxşıdır.", EntityType::person, "Sabah"));
}

TEST(LetterWords, PlacesByTheNounOfTheirKind) {
  for (const char* text : {
           "Narodil se v lokalitě Moravskoslezský kraj.",
           "Bydliště: obec Chodov",
           "Pochádza z lokality okres Sabinov.",
           "Место жительства: город Набережные Челны",
           "Trofim Merkushev, Республика Коми",
           "Adresa: Krásné Údolí, Moravskoslezský kraj",
           "Kontakt: Vratko Masaryk (okres Sabinov)",
       }) {
    for (const std::string& p : found(text, EntityType::person))
      EXPECT_TRUE(p.find("kraj") == std::string::npos && p != "Moravskoslezský" && p != "Chodov" &&
                  p != "Sabinov" && p != "Набережные Челны" && p != "Республика Коми" &&
                  p != "Krásné Údolí")
          << text << " -> " << p;
  }
  EXPECT_TRUE(covers("Bydliště: obec Chodov", EntityType::location, "Chodov"));
  // People beside them, and in a bracket before one, stay people; so does a
  // given name after an address key.
  EXPECT_TRUE(covers("Trofim Merkushev, Республика Коми", EntityType::person, "Trofim Merkushev"));
  EXPECT_TRUE(
      covers("Kontakt: Zdenka Pašeková (okres Skalica)", EntityType::person, "Zdenka Pašeková"));
  EXPECT_TRUE(covers("Adresa: Jan Novák, Dlouhá 12, Praha", EntityType::person, "Jan Novák"));
}

TEST(LetterWords, OfficesSigningAndApplicantsForms) {
  for (const char* text : {
           "Hörmətlə,\nKatiblik",
           "Göndərən: İdarə Heyəti\nMövzu: Bildiriş",
           "Հարգանքով,\nՏնօրինություն",
           "პატივისცემით,\nდირექცია",
           "განმცხადებელი:\nმისამართი:\nტელეფონი:\nელფოსტა:",
           "Salutations distinguées,\nLe Secrétariat",
       })
    EXPECT_TRUE(no_person(text)) << text << " -> " << found(text, EntityType::person)[0];
  // The people who sign or fill them stay.
  EXPECT_TRUE(covers("Hörmətlə,\nKamran Rəhimov\nKatiblik", EntityType::person, "Kamran Rəhimov"));
  EXPECT_TRUE(covers("Demandeur: Céleste Brunet\nAdresse:\nTéléphone:", EntityType::person,
                     "Céleste Brunet"));
}

}  // namespace
}  // namespace switchyard::privacy
