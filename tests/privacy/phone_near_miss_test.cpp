// Numbers that take a phone's shape but are not phones — customer, parcel,
// bank, tax and product numbers, amounts, scores, years, dates, codes — and
// the phones written right beside them, which must still be found.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/phone_number_checker.hpp"

namespace switchyard::privacy {
namespace {

using checks::detector;

std::vector<std::string> phones_in(std::string_view text) {
  std::vector<std::string> out;
  for (const Finding& f : detector().scan(text))
    if (f.type == EntityType::phone_number) out.emplace_back(f.text_in(text));
  return out;
}

using Phones = std::vector<std::string>;

TEST(PhoneNearMiss, NumbersOfOtherKindsAreNoPhones) {
  for (const char* text : {
           "Kundennummer 48 1263 0625",           // NANP digits, not NANP's grouping
           "Konto 9014 8671 93, BLZ 100 500 00",  // an Indian mobile's digits, a bank's groups
           "DHL Sendungsnummer 87 5023 4666",     //
           "EIN 72-7989267",                      // Spanish digits, not Spain's grouping
           "GPS -24.281820, -99.376417",          // decimals
           "GPS 0.508106, 51.2",                  //
           "Open Mon-Fri 08:00-17:00, Sat 08.30-14.00",            // a time range
           "He scored 32 12 26 32 27 in the five rounds.",         // five pairs, no trunk 0
           "MAC 36-17-67-79-56-03",                                // six pairs
           "Lotto: 04 12 23 31 38 45",                             //
           "The results for 2023 2024 2025 are in the appendix.",  // years
           "Between 1991-2017 the town grew.",                     //
           "We met on 14 07 2025 at the fair.",                    // a date with spaces
           "Odometer: 786 717 km, next service at 790 000 km.",    // a unit after it
           "Call centre stats: 932 158 calls handled.",            // a count, beside "call"
           "The vote was 803 218 to 375 304.",                     // thousands
           "Revenue rose from 89 473 907 to 82 635 999 euros.",    //
           "The plan costs 44.018.032,- DKK.",                     //
           "I phoned twice regarding invoice 652-744-7336 and nobody answered.",  // nearer label
           "Ask the operator for the code 606 016 430 when you call.",            //
           "Whatsapp group 6742 9807 16 members: 42",  // the whole run has a unit
           "SKU 842-105-7248",                         // a label of its own
           "Paid with INV-202-555-0143 yesterday.",    // a code's prefix joined by a dash
           "The fund holds EUR 612 345 678.",          // a currency before it
           "Budget: € 612 345 678, spent $ 415 555 0132",
           "Policy No. 412-555-0187",  //
           // Postcodes of a phone's shape, by their label in any script.
           "واحد ۵، کد پستی ۱۸۶۴۷-۳۸۱۹۲",           // Iran: ten digits
           "Endereço: Rua A, 10, CEP 01310-100",    //
           "〒100-0005 東京都, 郵便番号 100-0005",  //
           "Postcode 1864738192",                   //
       }) {
    EXPECT_EQ(phones_in(text), Phones{}) << text;
  }
}

TEST(PhoneNearMiss, PhonesBesideOtherNumbersAreFound) {
  // Another number's label does not speak for the phone in the next field.
  EXPECT_EQ(phones_in("VAT Reg No. GB 484 7445 66\nHandy: +91 85429 12915\nABN 93 222 741 361"),
            Phones{"+91 85429 12915"});
  EXPECT_EQ(phones_in("Input 220-240 V, 50/60 Hz | Hotline +44 20 7772 4021 | Final score 66-70"),
            Phones{"+44 20 7772 4021"});
  EXPECT_EQ(phones_in("Order # 061-1246668-3761117; Hotline 001 403 352 1327"),
            Phones{"001 403 352 1327"});
  // Nor does a phone word in the field before make an id a phone.
  EXPECT_EQ(phones_in("Mobile: +52 55 3122 1528 | IMEI 35 375798 470405 4"),
            Phones{"+52 55 3122 1528"});
  EXPECT_EQ(phones_in("Phone: +351 937 671 769, Case number 52953806"), Phones{"+351 937 671 769"});
  // The country code in brackets.
  EXPECT_EQ(phones_in("Tel: 0031 6 54805728 or (+972) 52 650 1462"),
            (Phones{"0031 6 54805728", "(+972) 52 650 1462"}));
  // A phone word far off and an id word near do not outvote a valid number.
  EXPECT_EQ(phones_in("For invoice 190658 ring our accounts team on +47 475 01 463 today."),
            Phones{"+47 475 01 463"});
  EXPECT_EQ(phones_in("About order 6665 3245 63: please call +44 20 7946 0958."),
            Phones{"+44 20 7946 0958"});
  // Another number's word further off than the number's neighbour, or a
  // code's word before a number with its country code, does not hide it.
  EXPECT_EQ(phones_in("Please call us about your account on 020 7946 0958."),
            Phones{"020 7946 0958"});
  EXPECT_EQ(phones_in("Call me about the job on 0151 23456789."), Phones{"0151 23456789"});
  EXPECT_EQ(phones_in("Phone (with country code): +44 20 7946 0958"), Phones{"+44 20 7946 0958"});
  // Grouped like an amount, but called.
  EXPECT_EQ(phones_in("How can we reach you? You can call 73 448 266"), Phones{"73 448 266"});
  // Hours after the phone are not a unit that makes it a count.
  const Phones day = phones_in("Call 020 7946 0958 24 hours a day.");
  ASSERT_EQ(day.size(), 1u);
  EXPECT_EQ(day[0].rfind("020 7946 0958", 0), 0u);
  // A trunk 0 before a dot is a phone's, not a decimal's.
  EXPECT_EQ(phones_in("The letter lists 030.123456 today."), Phones{"030.123456"});
}

std::vector<std::string> cards_in(std::string_view text) {
  std::vector<std::string> out;
  for (const Finding& f : detector().scan(text))
    if (f.type == EntityType::credit_card) out.emplace_back(f.text_in(text));
  return out;
}

// Twelve digits in fours that pass Luhn in Maestro's range are a serial,
// parcel, order or voucher number when labelled so, and a card when not.
TEST(PhoneNearMiss, LabelledTwelveDigitNumbersAreNoCards) {
  for (const char* text : {"S/N 6732 3099 4802", "FedEx 6732 3099 4802, due Monday",
                           "Bestellnummer: 6732 3099 4802", "Voucher code 6732 3099 4802"})
    EXPECT_EQ(cards_in(text), Phones{}) << text;
  EXPECT_EQ(cards_in("Please charge my Maestro card 5018 1234 5673 today."),
            Phones{"5018 1234 5673"});
}

// The plans that take most numbers of their length take them only in the
// groups the region writes them in.
TEST(PhoneNearMiss, PermissivePlansNeedTheirGrouping) {
  const PhoneNumberChecker us({"US"}), in({"IN"}), es({"ES"});
  EXPECT_EQ(us.check("(481) 263-0625"), PhoneVerdict::valid);
  EXPECT_EQ(us.check("481-263-0625"), PhoneVerdict::valid);
  EXPECT_EQ(us.check("4812630625"), PhoneVerdict::valid);
  EXPECT_EQ(us.check("1-481-263-0625"), PhoneVerdict::valid);
  EXPECT_EQ(us.check("48 1263 0625"), PhoneVerdict::possible);
  EXPECT_EQ(in.check("98765 43210"), PhoneVerdict::valid);
  EXPECT_EQ(in.check("987 654 3210"), PhoneVerdict::valid);
  EXPECT_EQ(in.check("9876 5432 10"), PhoneVerdict::possible);
  EXPECT_EQ(es.check("612 345 678"), PhoneVerdict::valid);
  EXPECT_EQ(es.check("91 234 56 78"), PhoneVerdict::valid);
  EXPECT_EQ(es.check("61-2345678"), PhoneVerdict::possible);
}

// Numbers labelled as another kind in the languages of forms, invoices
// and chats, where the label is no English word (num14): a customer,
// account, order, reference, tax or article number, not a phone; and the
// phones beside them, labelled in Afrikaans, Georgian and Persian.
TEST(PhoneNearMiss, OtherNumbersLabelledInMoreLanguages) {
  for (const char* text : {"N° client : 123-748-3093",
                           "Compte n° 7041 301 608",
                           "CLABE: 6397 302 091",
                           "Folio: 993-301-4816",
                           "No. de INE: 433 831 5778",
                           "Cod client: 0546 041782",
                           "CNP: 787 638 359",
                           "Serie CI 467 429 9999",
                           "IČO: 201 544 2833",
                           "Účet: 4522 459 319",
                           "Viitenumero: 461-969-3138",
                           "Henkilötunnus: 749 607 621",
                           "Rekeningnommer: 190 371 5133",
                           "Bestelling nr. 9891 940 559",
                           "Artikel 394 6638 686",
                           "Acc: 978 862 3328",
                           "SIN: 137 051 1777",
                           "Art. 553 9995 913",
                           "رقم الطلب: 908-913-9018",
                           "شماره ثبت: 846 265 962",
                           "מספר לקוח: 5579 958 592",
                           "მომხმარებლის ანგარიში № 7927 936 249",
                           "เลขที่บัญชี: 455 417 8362",
                           "你好，我的订单号是828 239 780，请帮我查一下。",
                           "お客様番号：0646 153495",
                           "주문번호 388 3479 4695 배송 언제 되나요?",
                           "银行账户：7370 2513 17"})
    EXPECT_EQ(phones_in(text), Phones{}) << text;
  EXPECT_EQ(phones_in("Kliëntnommer: 361 561 596\nSelfoon: (011) 732 4705"),
            Phones{"(011) 732 4705"});
  EXPECT_EQ(phones_in("თარიღი: 19.12.2020\nმობ.: 555 73 71 70"), Phones{"555 73 71 70"});
  EXPECT_EQ(phones_in("کد ملی: 59 717 708\nموبایل: 09357641532"), Phones{"09357641532"});
  EXPECT_EQ(phones_in("订单号：547-384-8158\n电话：180-3360-6983"), Phones{"180-3360-6983"});
  // Traditional Chinese: "編號", "帳號" name other numbers; "電話" a phone.
  EXPECT_EQ(phones_in("訂單編號 123 456 7890 | 帳號：0123 456 789 | 聯絡電話：02-2345-6789"),
            Phones{"02-2345-6789"});
  EXPECT_EQ(phones_in("Número de cliente 123 456 789 | Tel.: (33) 1209-6116"),
            Phones{"(33) 1209-6116"});
}

// Postcodes where an address line puts them, in texts whose script has
// plans of its own (num14b): judged by those plans, not by a configured
// region's ("68608-16563" is a valid Indian mobile, and Iran writes its
// postcodes 5-5); a phone beside them is found.
TEST(PhoneNearMiss, PostcodesOfAddressesInTheirScripts) {
  for (const char* text : {"بن بست دماوند, پلاک 12, 68608-16563 سبزوار",
                           "پلاک 7, کرمان 85003-64061", "2丁目3番5号, 158-7503 南小島市",
                           "רחוב הרצל 6, בית חלקיה 0462557, ישראל", "崔栋673号, 044209 南都市"})
    EXPECT_EQ(phones_in(text), Phones{}) << text;
  EXPECT_EQ(phones_in("موبایل: 0912 345 6789 | پلاک 7, 85003-64061 کرمان"),
            Phones{"0912 345 6789"});
  // In Latin text the same grouping is an Indian mobile.
  EXPECT_EQ(phones_in("Call 98765-43210 today"), Phones{"98765-43210"});
}

}  // namespace
}  // namespace switchyard::privacy
