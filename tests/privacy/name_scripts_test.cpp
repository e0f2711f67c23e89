// People's names in their own scripts (name_scripts.cpp): Arabic, Persian,
// Urdu, Hebrew, Chinese, Japanese, Korean and Thai names after titles,
// labels, cues and closings, before honorifics, in lists — and the titles
// before common nouns, surname characters used as words and common words
// that must stay no name.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "privacy/detector_checks.hpp"
#include "switchyard/privacy/name_scripts.hpp"

namespace switchyard::privacy {
namespace {

using checks::detector;

struct Case {
  const char* text;
  const char* name;  // what a PERSON finding must cover
};

// A PERSON finding of the whole detector covers `name`.
void expect_person(const Case& c) {
  const std::string_view text = c.text;
  const std::size_t at = text.find(c.name);
  ASSERT_NE(at, std::string_view::npos) << c.text;
  bool found = false;
  for (const Finding& f : detector().scan(text))
    found = found || (f.type == EntityType::person && f.start <= at &&
                      f.end >= at + std::string_view(c.name).size());
  EXPECT_TRUE(found) << c.text;
}

// The reader alone finds no name in the text.
void expect_none(const char* text) {
  std::vector<Finding> out;
  find_script_names(text, out);
  for (const Finding& f : out) ADD_FAILURE() << text << ": " << f.text_in(text);
}

// The reader's finding covers exactly `name`.
void expect_exact(const char* text, std::string_view name) {
  std::vector<Finding> out;
  find_script_names(text, out);
  ASSERT_EQ(out.size(), 1u) << text;
  EXPECT_EQ(out[0].text_in(text), name) << text;
}

TEST(NameScripts, ArabicPersianUrdu) {
  for (const Case& c : std::initializer_list<Case>{
           {"السيد أحمد الشمري سيحضر الاجتماع غداً.", "أحمد الشمري"},
           {"الدكتورة ليلى حداد في العيادة.", "ليلى حداد"},
           {"الاسم: فاطمة الزهراني\nالمدينة: جدة", "فاطمة الزهراني"},
           {"المستفيد: خالد بن سعيد العتيبي", "خالد بن سعيد العتيبي"},
           {"مع خالص التحيات،\nيوسف المصري", "يوسف المصري"},
           {"الحضور: سارة علي، محمود حسن، ريم خليل", "محمود حسن"},
           {"آقای رضا محمدی فردا به جلسه می‌آیند.", "رضا محمدی"},
           {"جناب آقای کامران حسین‌زاده", "کامران"},
           {"نام و نام خانوادگی: مریم احمدی", "مریم احمدی"},
           {"با احترام،\nسارا کریمی", "سارا کریمی"},
           {"محترمہ عائشہ صدیقی اجلاس میں شرکت کریں گی۔", "عائشہ صدیقی"},
           {"السلام علیکم عمران صاحب، رپورٹ بھیج دیں۔", "عمران"},
           {"میرا نام بلال احمد ہے۔", "بلال احمد"},
       })
    expect_person(c);
  // A known given name and a family name need no cue.
  expect_exact("علي النجار انضم إلى فريقنا.", "علي النجار");
  // Titles before nouns, titles alone, names inside places.
  for (const char* text : {
           "السيد الرئيس افتتح المؤتمر صباح اليوم.",
           "الدكتور المناوب غير متوفر حالياً.",
           "الأستاذ الجامعي يجب أن ينشر بحثين كل عام.",
           "آقای رئیس جمهور امروز سفر کرد.",
           "خانم دکتر امروز در مطب نیستند.",
           "مهندس ناظر باید گزارش را تایید کند.",
           "ڈاکٹر صاحب آج کلینک میں نہیں ہیں۔",
           "محترم صارف، آپ کا بل جمع ہو گیا ہے۔",
           "تم تحديث سياسة الخصوصية الخاصة بنا.",
       })
    expect_none(text);
}

TEST(NameScripts, Hebrew) {
  for (const Case& c : std::initializer_list<Case>{
           {"מר דוד כהן יגיע לפגישה מחר.", "דוד כהן"},
           {"ד\"ר רחל לוי מקבלת ביום שלישי.", "רחל לוי"},
           {"שם מלא: נועה פרץ", "נועה פרץ"},
           {"היי הודיה, שלחת את הדוח?", "הודיה"},
           {"בברכה,\nיונתן מזרחי", "יונתן מזרחי"},
           {"משתתפים: אורי גבאי, תמר ביטון, עומר דהן", "תמר ביטון"},
       })
    expect_person(c);
  expect_exact("עו\"ד משה אזולאי ייצג את החברה.", "משה אזולאי");
  for (const char* text :
       {"ד\"ר המשמרת לא זמין כרגע.", "שלום לכולם, הישיבה נדחתה.", "נא לעדכן את הסיסמה שלך."})
    expect_none(text);
}

TEST(NameScripts, Chinese) {
  for (const Case& c : std::initializer_list<Case>{
           {"王先生明天来开会。", "王"},
           {"张伟经理已经批准了这份报告。", "张伟"},
           {"欧阳明辉老师今天请假。", "欧阳明辉"},
           {"我叫李娜，请多关照。", "李娜"},
           {"姓名：陈晓东\n城市：上海", "陈晓东"},
           {"收件人：刘洋，电话见下方。", "刘洋"},
           {"亲爱的赵敏：\n感谢您的来信。", "赵敏"},
           {"参会人员：孙丽、周杰、吴磊", "周杰"},
           {"此致\n敬礼\n黄志强", "黄志强"},
           {"聯絡人：林志玲", "林志玲"},
           {"蕭先生明天來開會。", "蕭"},
       })
    expect_person(c);
  expect_exact("请联系刘洋经理。", "刘洋");
  // Family-name characters as words, titles without a name.
  for (const char* text : {
           "王者荣耀今晚有新活动。",
           "李子和苹果都在打折。",
           "请把这张表格填好，然后交给前台。",
           "金价今天又涨了，马上去买。",
           "周末我们去森林公园散步。",
           "项目经理明天到。",
           "高级经理和总经理都同意了。",
           "老师说明天考试，同学们要好好复习。",
           "先生们女士们，欢迎参加年会。",
           "我是学生，在北京上学。",
           "中文老师很严格。",
           "高中同学聚会定在周六。",
           "班主任找你。",
           "亲爱的朋友们：新年快乐！",
       })
    expect_none(text);
}

TEST(NameScripts, Japanese) {
  for (const Case& c : std::initializer_list<Case>{
           {"田中さん、資料を送りました。", "田中"},
           {"阿部様\nいつもお世話になっております。", "阿部"},
           {"佐藤花子様\nいつもお世話になっております。", "佐藤花子"},
           {"山田 太郎さんが来ました。", "山田 太郎"},
           {"児玉あゆみさんから電話がありました。", "児玉あゆみ"},
           {"鈴木先生の授業は月曜日です。", "鈴木"},
           {"氏名：高橋 一郎\n住所：東京都", "高橋 一郎"},
           {"担当：浅田優子", "浅田優子"},
           {"私は中村健と申します。", "中村健"},
           {"出席者：小林誠、加藤恵、伊藤翔", "加藤恵"},
       })
    expect_person(c);
  for (const char* text : {
           "先生、質問があります。",
           "お客様各位、営業時間のお知らせです。",
           "営業部長が来ます。",
           "学校の先生に聞いてください。",
           "皆さん、おはようございます。",
           "この先生は厳しい。",
           "八百屋さんで野菜を買った。",
           "部長はただいま席を外しております。",
           "様々な意見がありました。",
           "山田商事様\nいつもお世話になっております。",
       })
    expect_none(text);
}

TEST(NameScripts, Korean) {
  for (const Case& c : std::initializer_list<Case>{
           {"김민준님, 안녕하세요.", "김민준"},
           {"이서연 씨는 오늘 휴가입니다.", "이서연"},
           {"박지훈 과장님이 보고서를 승인했습니다.", "박지훈"},
           {"최 교수님 수업은 화요일입니다.", "최"},
           {"이름: 정하은\n주소: 서울", "정하은"},
           {"담당자: 강동원", "강동원"},
           {"참석자: 윤서준, 장민서, 임도윤", "장민서"},
           {"저는 한지민입니다.", "한지민"},
           {"조현우에게 전달해 주세요.", "조현우"},
           {"감사합니다.\n남궁민 드림", "남궁민"},
           {"안녕하세요, 탁재훈 대리입니다.", "탁재훈"},
       })
    expect_person(c);
  for (const char* text : {
           "이메일 주소를 확인해 주세요.",
           "정보를 업데이트했습니다.",
           "한국어 수업은 월요일에 있습니다.",
           "조사가 끝나면 결과를 알려드리겠습니다.",
           "김치찌개와 불고기를 주문했습니다.",
           "박물관은 월요일에 휴관합니다.",
           "고객님, 배송이 지연되어 죄송합니다.",
           "정말 감사합니다. 선생님 덕분입니다.",
           "저는 한국인입니다.",
           "기획 팀장이 발표합니다.",
           "우리 선생님은 친절해요.",
           "이 선생님이 담당입니다.",
       })
    expect_none(text);
}

TEST(NameScripts, Thai) {
  for (const Case& c : std::initializer_list<Case>{
           {"คุณสมชาย ส่งรายงานแล้วหรือยังคะ", "สมชาย"},
           {"นายสมชาย ใจดี จะมาประชุมพรุ่งนี้", "สมชาย ใจดี"},
           {"นางสาวมาลี วงศ์สวัสดิ์ เป็นผู้จัดการฝ่ายขาย", "มาลี วงศ์สวัสดิ์"},
           {"ชื่อ-นามสกุล: ประวุฒิ หิรัญ", "ประวุฒิ หิรัญ"},
           {"ผมชื่อภัสสรครับ", "ภัสสร"},
           {"ดร.วิชัย ศรีสุข จะบรรยายในวันอังคาร", "วิชัย ศรีสุข"},
           {"ติดต่อคุณนันทิพัฒน์ ปราบพล ได้ที่สำนักงาน", "นันทิพัฒน์ ปราบพล"},
           {"ขอแสดงความนับถือ\nสุดา แก้วมณี", "สุดา แก้วมณี"},
       })
    expect_person(c);
  expect_exact("ผมชื่อภัสสรครับ", "ภัสสร");
  for (const char* text : {
           "คุณภาพของสินค้าดีมาก",
           "คุณสมบัติของผู้สมัครมีดังนี้",
           "นายจ้างต้องจ่ายเงินเดือนตรงเวลา",
           "นางพยาบาลกำลังตรวจผู้ป่วย",
           "กรุณาเปลี่ยนรหัสผ่านของคุณ",
           "คุณช่วยส่งเอกสารให้หน่อยได้ไหม",
           "ขอบคุณที่ใช้บริการของเรา",
           "นายกรัฐมนตรีเดินทางไปต่างประเทศ",
           "คุณแม่ของฉันทำอาหารอร่อยมาก",
           "คุณหญิงท่านนั้นใจดีมาก",
           "คุณพี่ช่วยหน่อยนะ",
       })
    expect_none(text);
}

// Where only the layout says a name stands: a JSON value under a name's
// key, the first line of an address block.
TEST(NameScripts, JsonValuesAndAddressBlocks) {
  expect_exact(R"({"name": "岡田 健太郎", "address": "神奈川県横浜市"})", "岡田 健太郎");
  expect_exact(R"({"full_name": "شیما مرتضوی", "city": "تهران"})", "شیما مرتضوی");
  expect_exact(R"({"recipient": "김민준"})", "김민준");
  // Not a product, a city or a firm under "name".
  expect_none(R"({"name": "东京塔", "type": "landmark"})");
  expect_none(R"({"name": "株式会社山田商事"})");
  expect_person({"مریم قهرمانی\nبلوار اقبال لاهوری، کوچه ۱۲، پلاک ۳۴", "مریم قهرمانی"});
  expect_person({"石田 隆\n宮崎県宮崎市旭町六丁目1番2号", "石田 隆"});
  // A heading or a street over the address is no name.
  for (const char* text :
       {"العنوان الجديد\n١٢ شارع التحرير، القاهرة", "お届け先\n東京都千代田区丸の内1-1-1",
        "오시는 길\n서울특별시 강남구 테헤란로 123"})
    expect_none(text);
}

// Grammar and vocatives: "我和王伟是同学" holds no name "王伟是"; "يا محمد" a person,
// "يا جماعة" nobody.
TEST(NameScripts, GrammarAroundNames) {
  {
    const char* text = "我和王伟是同学。";
    std::vector<Finding> out;
    find_script_names(text, out);
    for (const Finding& f : out)
      EXPECT_EQ(f.text_in(text).find("是"), std::string_view::npos) << f.text_in(text);
  }
  expect_exact("请联系王伟同学。", "王伟");
  expect_exact("يا محمد، أين أنت؟", "محمد");
  expect_none("يا جماعة، الاجتماع بعد ساعة.");
  // Two words of a caseless script in a text with Latin capitals are no
  // name's shape for the capital-letter rules either.
  for (const char* text : {"Hi team, جلسه فردا ساعت ۱۰ در دفتر مرکزی برگزار "
                           "می‌شود.",
                           "سفارش شما با شماره ORD-1234 ارسال شد. لطفاً با پشتیبانی تماس بگیرید.",
                           "김민준 고객님의 주문이 발송되었습니다. Order #123"}) {
    for (const Finding& f : detector().scan(text))
      if (f.type == EntityType::person && f.text_in(text) != "김민준")
        ADD_FAILURE() << text << ": " << f.text_in(text);
  }
}

// A name before its personal data or a verb of speech; honorifics after a
// name; labels of cards, accounts and forms; firms named after people.
TEST(NameScripts, DataSpeechHonorificsAndFirms) {
  expect_exact("王伟的电话是13800138000。", "王伟");
  expect_exact("张晓明表示会议推迟。", "张晓明");
  expect_exact("김민준의 전화번호는 010-1234-5678입니다.", "김민준");
  expect_exact("持卡人：王芳", "王芳");
  expect_exact("学生姓名：李明", "李明");
  expect_exact("예금주: 박서준", "박서준");
  expect_exact("عمران صاحب آج نہیں آئیں گے۔", "عمران");
  expect_exact("سلام علی جان، خوبی؟", "علی");
  expect_exact("张伟，男，35岁，北京人", "张伟");
  expect_exact("李娜，您好！", "李娜");
  expect_exact("审核人：王芳", "王芳");
  expect_exact("안녕하세요, 김민준입니다.", "김민준");
  expect_exact("احمد نے کہا کہ وہ کل آئے گا۔", "احمد");
  expect_exact("قال محمد إن الاجتماع تأجل.", "محمد");
  expect_exact("דוד אמר שהוא יגיע מחר.", "דוד");
  expect_exact("علی گفت فردا می‌آید.", "علی");
  expect_none("قال المدير إن الاجتماع تأجل.");
  for (const char* text : {"法人：北京星光科技有限公司", "안녕하세요. 김치찌개를 주문했어요.",
                           "امید ہے آپ خیریت سے ہوں گے۔"})
    expect_none(text);
  for (const char* text : {"明天说不定会下雨。", "公司的电话是123。", "جج صاحب نے فیصلہ سنایا۔",
                           "مامان جان، ناهار آماده است.", "شرکت علی عسگری قرارداد جدیدی امضا کرد."})
    expect_none(text);
}

// Devanagari (Nepali, Hindi): names after titles, labels, greetings and a
// letter's closing, before जी, in lists, before ले/ने and a verb of speech;
// no name after a title before a noun, a temple or a form's word.
TEST(NameScripts, Devanagari) {
  expect_exact("श्री राम बहादुर थापा लाई बधाई छ।", "राम बहादुर थापा");
  expect_exact("श्रीमती सीता शर्मा भोलि आउनुहुन्छ।", "सीता शर्मा");
  expect_exact("डा. अनिल कोइराला आज क्लिनिकमा हुनुहुन्छ।", "अनिल कोइराला");
  expect_exact("डॉ. प्रिया वर्मा सोमवार को उपलब्ध हैं।", "प्रिया वर्मा");
  expect_exact("मेरा नाम राहुल गुप्ता है।", "राहुल गुप्ता");
  expect_exact("नाम: अस्मिता निरौला\nठेगाना: काठमाडौं", "अस्मिता निरौला");
  expect_exact("प्रिय सुनिता,\nतपाईंको पत्र प्राप्त भयो।", "सुनिता");
  expect_exact("धन्यवाद,\nविशाल प्रधान", "विशाल प्रधान");
  expect_exact("सादर,\nअमित कुमार सिंह", "अमित कुमार सिंह");
  expect_exact("विशाल प्रधान जी, नमस्ते!", "विशाल प्रधान");
  expect_exact("नमस्ते रमेश जी, आपका स्वागत है।", "रमेश");
  expect_exact("सीता थापा ले भन्नुभयो कि बैठक स्थगित भयो।", "सीता थापा");
  expect_exact("राम शर्मा ने कहा कि वह कल आएंगे।", "राम शर्मा");
  std::vector<Finding> out;
  find_script_names("उपस्थित: अमित काफ्ले, दीपिका घले र सूरज महर्जन", out);
  EXPECT_EQ(out.size(), 3u);
  for (const char* text : {
           "बैठक सोमबार बिहान दस बजे हुनेछ।",
           "प्रिय ग्राहक,\nतपाईंको खाता अपडेट भयो।",
           "श्री पशुपतिनाथ मन्दिरमा आज भीड छ।",
           "श्रीमान जी, कृपया ध्यान दें।",
           "डॉक्टर साहब आज छुट्टी पर हैं।",
           "नाम: अनिवार्य\nठेगाना: वैकल्पिक",
           "सादर,\nग्राहक सेवा विभाग",
           "धन्यवाद, आपका दिन शुभ हो।",
           "नमस्ते! हमारी दुकान में आपका स्वागत है।",
           "नेपाल राष्ट्र बैंकले ब्याजदर घटायो।",
       })
    expect_none(text);
}

// Names in these scripts inside Latin-script text: after Latin titles,
// labels and prepositions of contact, listed after one, beside their e-mail
// address, a chat's speaker, the subject of an English verb of a person;
// not the scripts' words, titles and towns in the same places.
TEST(NameScripts, InsideLatinText) {
  expect_exact("Mr. 김민준 will join the call.", "김민준");
  expect_exact("Nom : 王伟", "王伟");
  expect_exact("Sehr geehrte Frau 山田 花子,", "山田 花子");
  expect_exact("Veuillez contacter विशाल प्रधान avant vendredi.", "विशाल प्रधान");
  expect_exact("Expéditeur : محمد النجار", "محمد النجار");
  expect_exact("편성현 <pyeon@example.com>", "편성현");
  expect_exact("<td>अस्मिता निरौला</td><td>asmita@example.org</td>", "अस्मिता निरौला");
  expect_exact("[10:42] 陈宇泽: the build is green now", "陈宇泽");
  expect_exact("김민준 joined the team last month.", "김민준");
  expect_exact("{\"name\": \"विशाल प्रधान\", \"city\": \"Pokhara\"}", "विशाल प्रधान");
  std::vector<Finding> out;
  find_script_names("Attendees: 김민준, 이서연 and 박지훈", out);
  EXPECT_EQ(out.size(), 3u);
  out.clear();
  find_script_names("Team members:\n- سارة علي\n- محمود حسن", out);
  EXPECT_EQ(out.size(), 2u);
  for (const char* text : {
           "The sign said \"감사합니다\" in big letters.",
           "My mother loves 김치찌개.",
           "Label on the box: 営業中",
           "Translate \"धन्यवाद\" into English, please.",
           "Status: 배송 중",
           "Have you watched 기생충? It is great.",
           "Product: 王者荣耀\nPrice: 30",
       })
    expect_none(text);
}

// The third pass (scripts13c): a known Devanagari family name after a given
// name; Korean cc lists and a label without its colon; Urdu منجانب/بنام;
// desks, teams and departments beside an address, after a label or a
// closing stay no name.
TEST(NameScripts, FamilyNamesDesksAndTeams) {
  expect_exact("कृपया राहुल शर्मा का फोन नंबर भेजें।", "राहुल शर्मा");
  expect_exact("सीता थापा सँग कुरा भयो।", "सीता थापा");
  expect_exact("작성자 김민준", "김민준");
  expect_exact("منجانب: عمران خان", "عمران خان");
  std::vector<Finding> out;
  find_script_names("참조: 김민준, 이서연", out);
  EXPECT_EQ(out.size(), 2u);
  for (const char* text : {
           "शाह मार्ग बन्द छ।",
           "यो उत्पादन भण्डारी - राउत द्वारा बनाइएको हो।",
           "담당: 고객지원팀 / 내선 1234",
           "بنام: انتظامیہ",
           "شکریہ،\nکسٹمر سروس ٹیم",
           "کسٹمر سروس <help@example.com>",
           "शुभेच्छा सहित,\nव्यवस्थापन",
           "लेखक: अज्ञात",
       })
    expect_none(text);
}

// Text without these scripts is not read at all.
TEST(NameScripts, OtherTextIsLeftAlone) {
  expect_none("Dear Mr. Smith, your order 12345 has shipped.");
  expect_none("Уважаемый Иван Петрович, ваш заказ отправлен.");
  expect_none("");
}

// The reader's findings are exactly `names`, in the text's order.
void expect_names(const char* text, std::initializer_list<std::string_view> names) {
  std::vector<Finding> out;
  find_script_names(text, out);
  std::sort(out.begin(), out.end(),
            [](const Finding& a, const Finding& b) { return a.start < b.start; });
  ASSERT_EQ(out.size(), names.size()) << text;
  std::size_t k = 0;
  for (std::string_view name : names) EXPECT_EQ(out[k++].text_in(text), name) << text;
}

// A name's span runs over all its words (issue 15, mask13): the family name
// after a given name that no list knows, particles (ณ, בן, סימן טוב, بن),
// hyphenated family names, a polite particle written on, the conjunction
// joined to the next name of a list — redaction masks the whole name, not
// its first word.
TEST(NameScripts, NamesMaskedWhole) {
  // Hebrew: a family name no list knows, particles, two given names.
  expect_exact("קוראים לי לירן גינתון ואני צריך עזרה.", "לירן גינתון");
  expect_exact("מר נתן בן גוריון יגיע מחר בבוקר.", "נתן בן גוריון");
  expect_exact("עו\"ד נאוה סימן טוב ייצג את החברה.", "נאוה סימן טוב");
  expect_exact("גב' עינב לימור ששון ביקשה להעביר את התיק.", "עינב לימור ששון");
  expect_names("משתתפים: יותם כהן, ויויאן אלמוג גבעון ותלמה בהט",
               {"יותם כהן", "ויויאן אלמוג גבעון", "תלמה בהט"});
  // Thai: the royal lineages' "ณ", hyphens, particles written on, family
  // names opening with a word ("งาม").
  expect_exact("นางสาวภัทรพร ณ ป้อมเพชร เป็นผู้จัดการ", "ภัทรพร ณ ป้อมเพชร");
  expect_exact("ชื่อ-นามสกุล: ดำรงค์ ณ นคร", "ดำรงค์ ณ นคร");
  expect_exact("ผมชื่อยุทธพันธ์ วงศ์จันทึกครับ", "ยุทธพันธ์ วงศ์จันทึก");
  expect_exact("ดร.จุฑามาศ งามนอก จะบรรยายพรุ่งนี้", "จุฑามาศ งามนอก");
  expect_exact("ชื่อ: น้ำฝน หิรัญ-อริยวงสกุล\nเมือง: เชียงใหม่", "น้ำฝน หิรัญ-อริยวงสกุล");
  expect_names("ผู้เข้าร่วม: ผกามาศ แขสีสุก, สัญญาลักษณ์ ณ นคร และ ชาลิสา ณ ระนอง",
               {"ผกามาศ แขสีสุก", "สัญญาลักษณ์ ณ นคร", "ชาลิสา ณ ระนอง"});
  // Arabic, Persian, Urdu.
  expect_exact("خانم کیهان فرمانفرمائیان مدیر بخش فروش هستند.", "کیهان فرمانفرمائیان");
  expect_exact("مهندس آرمین فولادوند نقشه‌ها را فرستاد.",
               "آرمین فولادوند");
  expect_exact("اسمي بلسم لخشين وأحتاج مساعدة في الطلب.", "بلسم لخشين");
  expect_exact("محترمہ آمنہ جان اجلاس میں شرکت کریں گی۔", "آمنہ جان");
  expect_exact("قال حكيم الغربي إن الشحنة وصلت.", "حكيم الغربي");
  expect_exact("قال غانم بن شعبان المحجوب إن الشحنة وصلت.", "غانم بن شعبان المحجوب");
  // Japanese and Chinese.
  expect_names("出席者：野沢洋平、吉井 めぐみ、湯浅はる", {"野沢洋平", "吉井 めぐみ", "湯浅はる"});
  expect_exact("昨日奥山　君子さんから電話がありました。", "奥山　君子");
  expect_names("参会人员：樊依诺、蔡波和任秀兰", {"樊依诺", "蔡波", "任秀兰"});
  // Not longer than the name: a verb, a conjunction, an adverb, a Persian
  // endearment, a glued verb ends it.
  expect_exact("מר כהן הודיע על השינוי.", "כהן");
  expect_exact("السيد أحمد الشمري سيحضر الاجتماع غداً.", "أحمد الشمري");
  expect_exact("سلام علی جان، خوبی؟", "علی");
  expect_exact("คุณสมชายจะมาแล้ว", "สมชาย");
  // Values and lists that name nobody.
  for (const char* text :
       {"משתתפים: כל עובדי המחלקה", "الحضور: جميع الموظفين",
        "شرکت‌کنندگان: همه کارمندان", "شرکاء: تمام ملازمین",
        "참석자: 전 직원", "이름: 미입력", "出席者：全員", "氏名：未記入", "担当：営業部",
        "参会人员：全体员工", "ผู้เข้าร่วม: พนักงานทุกคน", "مرحباً بكم في أربيل.",
        "قال مصدر في الوزارة إن الاجتماع تأجل."})
    expect_none(text);
}

// Georgian (no capitals): names after titles and labels, in lists with
// "და", under a closing, and a word before a family name's ending
// ("-შვილი", "-ძე"); the whole detector masks every name of a list.
TEST(NameScripts, Georgian) {
  expect_names("დამსწრენი: ვერიკო ქავთარაძე, აჩიკო სააკაძე და დიანა ხიმშიაშვილი",
               {"ვერიკო ქავთარაძე", "აჩიკო სააკაძე", "დიანა ხიმშიაშვილი"});
  expect_names("შეხვედრას დაესწრნენ გვიტია ჯაჯანიძე და ჯუმბერ ბოტკოველი.",
               {"გვიტია ჯაჯანიძე", "ჯუმბერ ბოტკოველი"});
  expect_names("იური მელიქიძე და გიგლა წიფურია მუშაობენ ქუთაისში.",
               {"იური მელიქიძე", "გიგლა წიფურია"});
  expect_exact("ბატონი ლადო ვაჩნაძე ხვალ ჩამოვა.", "ლადო ვაჩნაძე");
  expect_exact("სახელი: ეთერ ჭავჭავაძე\nტელ: 9316", "ეთერ ჭავჭავაძე");
  expect_exact("პატივისცემით,\nთამარა ამილახვარი", "თამარა ამილახვარი");
  expect_person(
      {"დამსწრენი: ვერიკო ქავთარაძე, აჩიკო სააკაძე და დიანა ხიმშიაშვილი", "დიანა ხიმშიაშვილი"});
  expect_none("გამარჯობა ყველას!");
  expect_none("პატივისცემით,\nადმინისტრაცია");
  expect_none("მონაწილეები: ყველა თანამშრომელი");
  expect_none("ხელშეკრულება გავაფორმეთ შპს მელაშვილი-ხუციშვილთან.");
  expect_none("ჩემი შვილი სკოლაშია.");
  expect_none("ძვირფასო მომხმარებლებო, მაღაზია კვირას დაკეტილია.");
  expect_none("ქალაქ თბილისში და ბათუმში.");
  // The town after a name keeps out of it: "…, ახალგორიდან" (from …).
  expect_exact("ნუკა აბაზაძე, ახალგორიდან.", "ნუკა აბაზაძე");
  // A family name in the dative, the ergative or the genitive (loc17); the
  // words after a name with no comma or "და" are no second name, nor is a
  // name before "სახელობის" (named after) a person.
  expect_exact("ეს წიგნი გიორგი ბერიძეს ეკუთვნის.", "გიორგი ბერიძეს");
  expect_exact("თამარ კაპანაძემ დარეკა.", "თამარ კაპანაძემ");
  expect_exact("ნინო ლომიძის წერილი მოვიდა.", "ნინო ლომიძის");
  expect_none("ილია ჭავჭავაძის სახელობის უნივერსიტეტი დახურულია.");
  // The Mingrelian "-ავა", in the dative too.
  expect_exact("ეს წერილი ლევან ჯანაშავას ეკუთვნის.", "ლევან ჯანაშავას");
  expect_exact("ლევან ჯანაშავა ხვალ ჩამოვა.", "ლევან ჯანაშავა");
}

// Names without a cue (scripts16): a Korean name's shape before a particle
// that agrees with it, a chat's speaker, a given name before 씨/님 or the
// vocative; Urdu kinship honorifics after a known given name, names looked
// up across Arabic, Persian and Urdu spellings; Nepali kinship honorifics
// and a family name with its postposition joined — and the everyday nouns
// of the same shapes.
TEST(NameScripts, WithoutCues) {
  expect_exact("어제 박지훈을 만났어요.", "박지훈");
  expect_exact("서연우가 보고서를 제출했습니다.", "서연우");
  expect_exact("임은솔의 생일은 5월입니다.", "임은솔");
  expect_exact("[오후 3:12] 한보민: 지금 출발해요", "한보민");
  expect_exact("찬우 씨, 잠깐 시간 있어요?", "찬우");
  expect_exact("민찬아, 밥 먹었어?", "민찬");
  expect_exact("서진아, 어디야?", "서진");
  // The particle must agree with the last syllable ("박지훈가" is no
  // Korean), and everyday nouns of a name's shape are no names.
  expect_none("박지훈가 왔어요.");
  expect_none("지하철을 탔어요.");
  expect_none("강아지가 짖어요.");
  expect_none("정수기를 고쳤어요.");
  expect_none("연예인이 왔어요.");
  expect_none("한여름이 왔어요.");
  expect_exact("[오후 3:12] 반유림: 지금 출발해요", "반유림");
  expect_names("채여진과 방여원이 함께 발표합니다.", {"채여진", "방여원"});
  expect_none("택배 기사님: 오늘 회의 몇 시예요?");
  expect_none("사장님 확인 부탁드려요.");
  expect_none("좋아, 가자!");
  // Beside a phone number or an age, after a role, under more labels and
  // titles, before more forms of the copula.
  expect_exact("천세은 010-1234-5678", "천세은");
  expect_exact("천세은(35세)", "천세은");
  expect_exact("환자 천세은 님", "천세은");
  expect_exact("예약자명: 천세은", "천세은");
  expect_exact("성함: 천세은", "천세은");
  expect_exact("천세은 대표이사", "천세은");
  expect_exact("저는 천세은이고 서울에 살아요.", "천세은");
  expect_exact("천세은 - 010-1234-5678", "천세은");
  expect_exact("천세은 카드번호 4111-1111-1111-1111", "천세은");
  expect_person({"천세은, 서울시 강남구 테헤란로 123", "천세은"});
  expect_none("정수기 주소 변경");
  // Alone among Latin words on its line.
  expect_exact("The account of 천세은 was locked.", "천세은");
  expect_exact("천세은's flight is delayed.", "천세은");
  expect_exact("Customer name 천세은", "천세은");
  expect_none("We ate 비빔밥 and 불고기.");
  expect_none("The song 강남스타일 was a hit.");
  expect_none("We took the 지하철 to work.");
  expect_none("구리시, 885 능양4길 948호");
  expect_none("주문번호 2024 배송");
  expect_none("환자 상태가 좋아요.");
  expect_none("정수기 3대");

  expect_exact("کمال نیازی آج دفتر نہیں آئے۔", "کمال نیازی");  // كمال in the list
  expect_exact("عثمان جی، آپ کہاں ہیں؟", "عثمان");
  expect_exact("شہناز باجی کل آئیں گی۔", "شہناز");
  // آ written as alef and a combining madda (U+0627 U+0653).
  expect_exact(
      "\u0627\u0653\u0645\u0646\u06C1 \u0627\u0653\u0641\u0631\u06CC\u062F\u06CC کی شادی اگلے ماہ "
      "ہے۔",
      "\u0627\u0653\u0645\u0646\u06C1 \u0627\u0653\u0641\u0631\u06CC\u062F\u06CC");
  expect_exact("دیروز افشین کریمی را دیدم.", "افشین کریمی");
  expect_exact("قابلت مهيب العطار في المؤتمر.", "مهيب العطار");
  expect_none("قابلت المدير العام في المؤتمر.");
  expect_person({"انضم زيدون بن عثمان وأمجد بن عاشور إلى الفريق.", "أمجد بن عاشور"});
  expect_none("وصلت الشحنة وعلي الطاولة كتاب.");
  expect_none("أرسلت أرامكو التقرير صباح اليوم.");
  expect_none("انضمت مصرف الراجحي إلى السوق.");
  expect_none("جناب صدر نے تقریر کی۔");
  expect_none("والد صاحب کو کل فون کریں۔");
  expect_none("جی ہاں، میں آ رہا ہوں۔");
  // An Urdu sentence's subject: a word no list knows before a known family
  // name and a postposition or a number; a role's label before a value
  // with a known name.
  expect_exact("وردہ احمد کا شناختی کارڈ نمبر 35202-1234567-1 ہے۔", "وردہ احمد");
  expect_exact("مریض: وردہ احمد", "وردہ احمد");
  expect_exact("مشتری: علی رضایی", "علی رضایی");
  expect_none("یہ ملک کی ترقی ہے۔");
  expect_none("مریض: ابھی داخل نہیں");
  // After a noun of a person's data (ezafe, idafa).
  expect_exact("شماره تماس آنیتا محمدی 09121234567 است.", "آنیتا محمدی");
  expect_exact("کد ملی جهانبخش مفتح ۱۲۳۴۵۶۷۸۹۰ است.", "جهانبخش مفتح");
  expect_exact("رقم هاتف ريم العلاني 0501234567", "ريم العلاني");
  expect_exact("ایمیل نیکدل قهستانی a@b.com است.", "نیکدل قهستانی");
  expect_none("آدرس دفتر مرکزی: تهران");
  expect_none("شماره کارت بانکی خود را وارد کنید.");
  expect_none("آدرس ایمیل شما");
  expect_none("عنوان المقال: الاقتصاد");
  expect_exact("پسر نیشا گنجی در تهران درس می‌خواند.", "نیشا گنجی");
  expect_none("پسر کوچک من در تهران است.");
  expect_none("مادر بزرگ آمد.");
  expect_none("پدر و مادر من آمدند.");
  expect_none("صارف: نامعلوم");
  expect_none("بھائی جان، کیا حال ہے؟");
  expect_none("ممتاز کالونی میں بجلی بند ہے۔");

  expect_exact("पूर्ण दाइले फोन गर्नुभयो।", "पूर्ण");
  expect_exact("दीपिका दिदी भोलि आउनुहुन्छ।", "दीपिका");
  expect_exact("[बेलुका ५:१०] सुशान्त शाई: ठिक छ", "सुशान्त शाई");
  expect_exact("सागर श्रेष्ठले रिपोर्ट बुझाउनुभयो।", "सागर श्रेष्ठ");
  expect_exact("विकास मगरलाई भोलि फोन गर्नुहोस्।", "विकास मगर");
  // What is joined to a cued name's last word stays out of it; a sentence
  // about an e-mail address names no one by its word for e-mail.
  expect_exact("श्री सुसन निरौलाज्यू", "सुसन निरौला");
  expect_exact("श्री सुसन निरौलालाई बधाई", "सुसन निरौला");
  expect_exact("नाम: राम काफ्ले", "राम काफ्ले");
  expect_exact("शिल्पा भट्टराईको इमेल a@b.com हो।", "शिल्पा भट्टराई");
  expect_none("고객센터 이메일 a@b.com");
  expect_exact("शिल्पा ले खाना खायो।", "शिल्पा");
  expect_exact("कृपया सुनितालाई फोन गर्नुहोस्।", "सुनिता");
  expect_none("पूजा को सामग्री किन्नुहोस्।");
  expect_none("सरकार ले नयाँ नियम ल्यायो।");
  expect_none("मेरो दाइले फोन गर्नुभयो।");
  expect_none("ठूलो दिदी भोलि आउनुहुन्छ।");
  expect_none("ग्राहक सेवा: म बाटोमा छु");
  expect_none("पूरा नाम: ");
}

// Romanised Korean names at a hyphen: a given name of two syllables of
// the Revised Romanization beside a Korean family name, either side; not
// reduplications, phrasal words or a hyphenated word beside an English one.
TEST(NameScripts, RomanisedKorean) {
  expect_exact("Please send the contract to Ye Su-hyeok.", "Ye Su-hyeok");
  expect_exact("Ho-jun Shin and the team presented the results.", "Ho-jun Shin");
  expect_exact("Meet Ho-jin Heo today.", "Ho-jin Heo");
  expect_exact("Notes by Park Ji-Won", "Park Ji-Won");
  expect_none("The Hip-hop Jam starts at 9.");
  expect_none("Yo-yo Ma played the cello.");
  expect_none("A Pop-up Bar opened in Seoul.");
  expect_none("The Ping-pong Table is free.");
  expect_none("In Ha-neul we trust.");
  expect_none("Meet Min-jun today.");
  expect_none("The well-known Kim family.");
}

// Cyrillic and Greek forms: every name after a label of a person's name or
// of a list of people, whole (patronymics, initials), at 0.9 so a reading
// of part of it by the capital-letter rules does not win.
TEST(NameScripts, CyrillicAndGreekLabels) {
  expect_names("Учесници: Данка Љуткова, Добри Н. Липов и Асен Л. Солунски",
               {"Данка Љуткова", "Добри Н. Липов", "Асен Л. Солунски"});
  expect_names(
      "Учасники: Панас Аркадійович Марієвський, Діана Олександрівна Іванишина та Ніна Василишина",
      {"Панас Аркадійович Марієвський", "Діана Олександрівна Іванишина", "Ніна Василишина"});
  expect_names(
      "Συμμετέχοντες: Διονύσιος Βαρνακιώτης, Αθανασια Κωνσταντίνου και Ανδρέας Παπαντωνίου",
      {"Διονύσιος Βαρνακιώτης", "Αθανασια Κωνσταντίνου", "Ανδρέας Παπαντωνίου"});
  expect_exact("ПІБ: Корнилій Григоришин", "Корнилій Григоришин");
  expect_exact("Ім'я: Мирон Розпутній\nТел.: 9047", "Мирон Розпутній");
  expect_exact("ФИО: Рожков Никон Евстигнеевич", "Рожков Никон Евстигнеевич");
  expect_person({"Учасники: Панас Аркадійович Марієвський, Діана Олександрівна Іванишина",
                 "Панас Аркадійович Марієвський"});
  for (const char* text : {"ФИО: не указано", "Участники: все сотрудники отдела",
                           "Участники: ООО Ромашка и ТОВ Світанок", "Ονοματεπώνυμο: άγνωστο",
                           "Имя: Иван", "ПІБ: Корнилій Григоришин та інші особи"})
    expect_none(text);
}

}  // namespace
}  // namespace switchyard::privacy
