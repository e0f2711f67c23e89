// Street addresses written in scripts without spaces or Latin digits
// (address_scripts.cpp): Japanese, Chinese, Korean, Hebrew, Arabic, Persian
// and Thai, each written from the country's address grammar — and the
// dates, prices, chapters, phones and room numbers that must stay no
// address.
#include <gtest/gtest.h>

#include <string>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/address_scripts.hpp"
#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {
namespace {

using checks::any_address;
using checks::detector;

// The ADDRESS finding that covers `part` of the text, if any.
const Finding* address_over(const std::vector<Finding>& found, std::string_view text,
                            std::string_view part) {
  const std::size_t at = text.find(part);
  if (at == std::string_view::npos) return nullptr;
  for (const Finding& f : found)
    if (f.type == EntityType::address && f.start <= at && f.end >= at + part.size()) return &f;
  return nullptr;
}

struct Case {
  const char* text;
  const char* street;  // what the finding must cover
};

void expect_found(const Case& c) {
  const auto found = detector().scan(c.text);
  EXPECT_NE(address_over(found, c.text, c.street), nullptr) << c.text;
}

TEST(AddressScripts, Japanese) {
  for (const Case& c : std::initializer_list<Case>{
           {"東京都千代田区丸の内1-1-1", "東京都千代田区丸の内1-1-1"},
           {"住所は大阪府大阪市北区梅田3丁目1番1号 梅田ビル5F です",
            "大阪府大阪市北区梅田3丁目1番1号"},
           {"〒150-0041 東京都渋谷区神南１－２－３", "東京都渋谷区神南１－２－３"},
           {"札幌市中央区北一条西2丁目", "札幌市中央区北一条西2丁目"},
           {"中央区銀座四丁目5番3号", "中央区銀座四丁目5番3号"},
           {"京都府京都市下京区烏丸通123番地", "京都府京都市下京区烏丸通123番地"},
           {"千代田区 丸の内1-1-1", "丸の内1-1-1"},
           {"横浜市西区みなとみらい2-3-1 クイーンズタワー 1203号室", "みなとみらい2-3-1"},
           {"東京都中央区本町123", "東京都中央区本町123"},
       })
    expect_found(c);
  // The building and room join the street; the postcode and the words
  // around it do not.
  const std::string text = "〒100-0005 住所は東京都千代田区丸の内1-1-1 丸の内ビル5F です";
  const auto found = detector().scan(text);
  const Finding* f = address_over(found, text, "東京都千代田区丸の内1-1-1 丸の内ビル5F");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->text_in(text), "東京都千代田区丸の内1-1-1 丸の内ビル5F");
}

TEST(AddressScripts, Chinese) {
  for (const Case& c : std::initializer_list<Case>{
           {"上海市浦东新区世纪大道100号5楼501室", "上海市浦东新区世纪大道100号5楼501室"},
           {"地址：北京市朝阳区建国路88号", "北京市朝阳区建国路88号"},
           {"广东省深圳市南山区科技园南路18号", "科技园南路18号"},
           {"上海市黄浦区南京东路100弄5号", "南京东路100弄5号"},
           {"北京市 朝阳区 建国路 88号", "建国路 88号"},
           {"台北市大安區忠孝東路四段123號5樓", "台北市大安區忠孝東路四段123號5樓"},
           {"新北市板橋區文化路一段100巷5弄3號", "文化路一段100巷5弄3號"},
           {"高雄市前金區中正四路211號之3", "中正四路211號之3"},
           {"阳光花园3栋2单元501室", "阳光花园3栋2单元501室"},  // block, stairway, flat
           {"张家村5组12号", "张家村5组12号"},                  // a village's group
       })
    expect_found(c);
  const std::string text = "我住在北京市朝阳区建国路88号，欢迎来玩";
  const auto found = detector().scan(text);
  const Finding* f = address_over(found, text, "北京市朝阳区建国路88号");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->text_in(text), "北京市朝阳区建国路88号");
}

TEST(AddressScripts, Korean) {
  for (const Case& c : std::initializer_list<Case>{
           {"서울특별시 강남구 테헤란로 123", "서울특별시 강남구 테헤란로 123"},
           {"서울특별시 강남구 테헤란로 123, 101동 202호", "테헤란로 123, 101동 202호"},
           {"경기도 성남시 분당구 봉은사로 12길 34", "봉은사로 12길 34"},
           {"(06236) 서울 강남구 역삼동 123-45", "강남구 역삼동 123-45"},
           {"부산광역시 해운대구 중동 1394번지", "중동 1394번지"},
           {"세종대로 110", "세종대로 110"},
           {"강남대로 152 (역삼동)", "강남대로 152"},
           {"주소: 올림픽로 300 롯데월드타워", "올림픽로 300"},
           {"서울시 강남구 역삼동 123 우리집", "역삼동 123"},
           {"서울 강남구 테헤란로123", "강남구 테헤란로123"},
       })
    expect_found(c);
}

TEST(AddressScripts, Hebrew) {
  for (const Case& c : std::initializer_list<Case>{
           {"רח' הרצל 15", "רח' הרצל 15"},
           {"רח׳ ביאליק 7", "רח׳ ביאליק 7"},
           {"שד' רוטשילד 22, תל אביב", "שד' רוטשילד 22"},
           {"הרצל 15, תל אביב", "הרצל 15"},
           {"אלנבי 40\nתל אביב", "אלנבי 40"},
           {"ז'בוטינסקי 12, 5252001 רמת גן", "ז'בוטינסקי 12"},
           {"אני גר ברחוב הנביאים 33", "ברחוב הנביאים 33"},
           {"ויצמן 4, דירה 5", "ויצמן 4, דירה 5"},
           {"כתובת: הרצל 15", "הרצל 15"},
           {"הרצל 15/3", "הרצל 15/3"},
           {"הרצל 15 תל אביב 6713301", "הרצל 15"},  // a postcode after the town
       })
    expect_found(c);
}

TEST(AddressScripts, ArabicAndPersian) {
  for (const Case& c : std::initializer_list<Case>{
           {"١٢ شارع التحرير، القاهرة", "١٢ شارع التحرير"},
           {"شارع الملك فهد ٢٣٤", "شارع الملك فهد ٢٣٤"},
           {"حي النزهة، شارع الأمير سلطان، رقم ١٥", "حي النزهة، شارع الأمير سلطان، رقم ١٥"},
           {"تهران، خیابان ولیعصر، کوچه ۱۲، پلاک ۳۴", "خیابان ولیعصر، کوچه ۱۲، پلاک ۳۴"},
           {"بلوار کشاورز، پلاک ۵، طبقه ۲", "بلوار کشاورز، پلاک ۵، طبقه ۲"},
           {"خیابان آزادی، کوچه نسترن", "خیابان آزادی، کوچه نسترن"},
           {"خيابان انقلاب ۱۲۰", "خيابان انقلاب ۱۲۰"},  // Arabic yeh in a Persian word
           {"خ. ولیعصر، ک. نسترن، پ. ۱۲", "خ. ولیعصر، ک. نسترن، پ. ۱۲"},  // abbreviated
       })
    expect_found(c);
}

TEST(AddressScripts, Thai) {
  for (const Case& c : std::initializer_list<Case>{
           {"123/45 ถนนสุขุมวิท ซอย 11 แขวงคลองเตย", "123/45 ถนนสุขุมวิท ซอย 11"},
           {"99 หมู่ 5 ซ. สุขุมวิท 11", "99 หมู่ 5 ซ. สุขุมวิท 11"},
           {"บ้านเลขที่ 7 ถ.พหลโยธิน", "บ้านเลขที่ 7 ถ.พหลโยธิน"},
           {"ถนนพระราม 4 แขวงคลองเตย", "ถนนพระราม 4"},
           {"99 ตำบลบางพูด อำเภอปากเกร็ด", "99 ตำบลบางพูด"},  // rural: no road
       })
    expect_found(c);
  // The subdistrict, district and province are places, not the street.
  const std::string text = "123/45 ถนนสุขุมวิท แขวงคลองเตย เขตวัฒนา";
  const auto found = detector().scan(text);
  const Finding* f = address_over(found, text, "123/45 ถนนสุขุมวิท");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->text_in(text), "123/45 ถนนสุขุมวิท");
}

TEST(AddressScripts, Hindi) {
  for (const Case& c : std::initializer_list<Case>{
           {"मकान नं. 12, गली नं. 5, लाजपत नगर, नई दिल्ली 110024", "मकान नं. 12, गली नं. 5, लाजपत नगर"},
           {"12, एमजी रोड, बेंगलुरु", "12, एमजी रोड"},
           {"सेक्टर 15, नोएडा", "सेक्टर 15"},
           {"गांधी मार्ग ४५", "गांधी मार्ग ४५"},  // Devanagari digits
       })
    expect_found(c);
}

// The addr7 probe set's layouts: a whole 丁目-番-号 with no town before it,
// Korean number-before-road and a lot number with its particle, Persian
// "بن بست" in two words, Arabic post-office boxes.
TEST(AddressScripts, MoreLayouts) {
  for (const Case& c : std::initializer_list<Case>{
           {"住所：3丁目7番4号 佐伯350号室", "3丁目7番4号"},
           {"7丁目9番7号", "7丁目9番7号"},
           {"3235 둔산길 아파트 657동", "3235 둔산길"},
           {"50003 학송7길 582호", "50003 학송7길 582호"},
           {"44362 뚝섬2길", "44362 뚝섬2길"},
           {"택배는 경상남도 양양구 청담동 627-26번지로 보내 주세요.", "청담동 627-26번지"},
           {"بن بست دیباجی، پلاک 134، واحد 6", "بن بست دیباجی، پلاک 134"},
           {"ص.ب. 9279، القطيف", "ص.ب. 9279"},
           {"רחוב א-זייאן 'ב78", "רחוב א-זייאן 'ב78"},          // a hyphened name, the letter first
           {"משעול יואב בן צרויה 3", "משעול יואב בן צרויה 3"},  // "son of" inside a typed name
           {"택배는 7989 신길9길로 보내 주세요.", "7989 신길9길"},  // a particle after the road
           {"8826 방배7길 아파트 790동로 보내 주세요.", "8826 방배7길 아파트 790동"},
       })
    expect_found(c);
  for (const char* text : {"3丁目", "2024年5月1日", "2024 서울로 이사했다", "사과 3개와 우유 1병",
                           "הוא בן 5", "פרק 'ב3"})
    EXPECT_FALSE(any_address(text)) << text;
}

TEST(AddressScripts, NearMissesAreNoAddress) {
  for (const char* text : {
           "2024年5月1日に会いましょう",               // a date
           "価格は1,200円です",                        // a price
           "¥1,200の商品",                             //
           "第3章を読んでください",                    // a chapter
           "会議は10時30分から",                       // a time
           "電話は03-1234-5678まで",                   // a phone number
           "東京03-1234-5678",                         //
           "私の部屋は305号室です",                    // a room alone
           "注文番号12345を確認しました",              // an order number
           "ページ 3-4-5",                             // pages
           "东京的人口是1400万",                       // a count
           "我的订单号是202405011234，价格￥1,200元",  //
           "5月3号见",                                 // a date in speech
           "坐地铁2号线到3号店",                       // a metro line, a shop
           "第5号",                                    //
           "학교로 3시에 갔다",                        // a particle, then a time
           "집으로 5분 걸려요",                        //
           "운동 3",                                   // a noun and a number
           "전화 010-1234-5678",                       //
           "פרק 3, עמוד 5",                            // chapter, page
           "בשעה 10, מחר",                             // an hour
           "מאי 2024, יום שני",                        // a month and a year
           "١٤٤٥ هـ",                                  // a Hijri year
           "عن طريق ٥ خطوات",                          // "by way of"
           "تاریخ ۱۴۰۲/۰۵/۱۲",                         // a Persian date
           "5 ม.ค. 2567",                              // a Thai date
           "5 ต.ค. 2567",                              // October
           "פרק 15 בספר 1234567",                      // a chapter, a book's number
           "มา 5 คน",                                  // a count
           "학교로3",                                  // a particle's noun and a number
           "פרק 15/3",                                 // a chapter and a verse
           "अध्याय 3, पृष्ठ 12",                          // a chapter, a page
           "दिल्ली में 5 लोग",                            // a count
       })
    EXPECT_FALSE(any_address(text)) << text;
}

TEST(AddressScripts, TextWithoutTheseScriptsIsSkipped) {
  EXPECT_FALSE(has_script_letters("12 Main Street, Springfield — “quoted” café, Ελλάδα, Москва"));
  EXPECT_TRUE(has_script_letters("東京"));
  EXPECT_TRUE(has_script_letters("서울"));
  EXPECT_TRUE(has_script_letters("תל אביב"));
  EXPECT_TRUE(has_script_letters("شارع"));
  EXPECT_TRUE(has_script_letters("ถนน"));
  // Broken UTF-8 does no harm.
  std::vector<Finding> out;
  find_script_addresses("\xE6\x9D\xB1\xE4 1-1-1 \xD7", out);
  find_script_addresses("\xE4\xB8", out);
  SUCCEED();
}

TEST(AddressScripts, LinearOnAMegabyte) {
  // Line after line of addresses and near-misses with no space between
  // them: every digit is a candidate; the pass must stay linear.
  std::string text;
  while (text.size() < (1u << 20))
    text += "東京都千代田区丸の内1-1-1第3章2024年5月1日서울 강남구 테헤란로 123 הרצל 15, תל אביב ";
  std::vector<Finding> out;
  find_script_addresses(text, out);
  EXPECT_GT(out.size(), 10000u);
}

// Urdu: a house, plot or flat word, "نمبر" and its number; a road named
// before its type; not a room or a page.
TEST(AddressScripts, Urdu) {
  for (const Case& c : std::initializer_list<Case>{
           {"مکان نمبر ۴۷۵، گلی نمبر ۱۷، لاہور", "مکان نمبر ۴۷۵"},
           {"پلاٹ نمبر 351، بلاک بی، گلشن اقبال، راولپنڈی", "پلاٹ نمبر 351"},
           {"329 مال روڈ، کراچی", "329 مال روڈ"},
           {"۱۲۵ یونیورسٹی روڈ، راولپنڈی", "۱۲۵ یونیورسٹی روڈ"},
       })
    expect_found(c);
  expect_found({"72779 مشال کالونی، لاہور", "72779 مشال کالونی"});
  EXPECT_FALSE(any_address("کمرہ نمبر ۶۲، صفحہ ۱۲۹، قیمت 8917 روپے"));
}

// Faker's Chinese streets end in "旁" (beside) or "桥" (bridge) as often as
// in a road's word.
TEST(AddressScripts, ChinesePlaceEndings) {
  expect_found({"Meet me outside 吕旁23178号 at noon.", "吕旁23178号"});
  expect_found({"吴桥10号", "吴桥10号"});
}

// Nepali writes the house as "घर नं.".
TEST(AddressScripts, NepaliHouse) {
  expect_found({"घर नं. ३१२, पुतलीसडक, काठमाडौं", "घर नं. ३१२"});
}

}  // namespace
}  // namespace switchyard::privacy
