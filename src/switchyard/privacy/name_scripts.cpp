#include "switchyard/privacy/name_scripts.hpp"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <unordered_set>

#include "switchyard/privacy/address_scripts.hpp"
#include "switchyard/privacy/code_points.hpp"
#include "switchyard/privacy/scripts.hpp"

namespace switchyard::privacy {

namespace {

constexpr std::string_view kDetector = "person_script";
constexpr double kCued = 0.85;
constexpr double kVouched = 0.7;

using Points = CodePoints;

// The letters of each script read here (scripts.hpp).
bool han(char32_t c) {
  return han_letter(c);
}
bool hiragana(char32_t c) {
  return name_hiragana(c);
}
bool katakana(char32_t c) {
  return name_katakana(c);
}
bool hangul(char32_t c) {
  return hangul_syllable(c);
}
bool thai(char32_t c) {
  return thai_letter(c);
}
bool hebrew(char32_t c) {
  return name_hebrew(c);
}
bool arabic(char32_t c) {
  return arabic_letter(c);
}
bool colon(char32_t c) {
  return c == ':' || c == 0xFF1A;
}

// Words separated by spaces in one literal, looked up by value.
class Lexicon {
 public:
  explicit Lexicon(std::u32string_view spaced) {
    std::size_t i = 0;
    while (i < spaced.size()) {
      const std::size_t e = std::min(spaced.find(U' ', i), spaced.size());
      if (e > i) set_.insert(spaced.substr(i, e - i));
      i = e + 1;
    }
  }
  bool has(std::u32string_view w) const { return set_.contains(w); }

 private:
  std::unordered_set<std::u32string_view> set_;
};

bool latin_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c < 0x250 && c != 0xD7 && c != 0xF7);
}

// Arabic letters as Arabic, Persian and Urdu write them apart, folded to
// one form: kaf and keheh (ك ک), the yehs (ي ی ى), heh, Urdu's heh goal
// and teh marbuta (ه ہ ۀ ة), alef with hamza or madda (أ إ آ ا); vowel
// marks, a combining madda or hamza (ا + ٓ as some text writes آ) and the
// tatweel dropped. "كمال" and "کمال", "آمنة" and "آمنہ"
// are one name.
std::u32string fold_arabic(std::u32string_view w) {
  std::u32string out;
  out.reserve(w.size());
  for (char32_t c : w) {
    if ((c >= 0x064B && c <= 0x0655) || c == 0x0670 || c == 0x0640) continue;
    switch (c) {
      case 0x0643:
        c = 0x06A9;
        break;
      case 0x064A:
      case 0x0649:
        c = 0x06CC;
        break;
      case 0x0629:
      case 0x06C1:
      case 0x06C0:
      case 0x06D5:
        c = 0x0647;
        break;
      case 0x0623:
      case 0x0625:
      case 0x0622:
        c = 0x0627;
        break;
      default:
        break;
    }
    out.push_back(c);
  }
  return out;
}

// A Lexicon of Arabic-script words, looked up folded (fold_arabic).
class FoldedLexicon {
 public:
  explicit FoldedLexicon(std::u32string_view spaced) {
    std::size_t i = 0;
    while (i < spaced.size()) {
      const std::size_t e = std::min(spaced.find(U' ', i), spaced.size());
      if (e > i) set_.insert(fold_arabic(spaced.substr(i, e - i)));
      i = e + 1;
    }
  }
  bool has(std::u32string_view w) const { return set_.contains(fold_arabic(w)); }

 private:
  std::unordered_set<std::u32string> set_;
};

// Membership in a long list of characters, one bit each (the Basic
// Multilingual Plane): a lookup, not a search of the list.
class CharSet {
 public:
  explicit CharSet(std::initializer_list<std::u32string_view> lists) {
    for (std::u32string_view chars : lists)
      for (char32_t c : chars)
        if (c < 0x10000) bits_[c] = true;
  }
  bool has(char32_t c) const { return c < 0x10000 && bits_[c]; }

 private:
  std::bitset<0x10000> bits_;
};

// The longest of `list` spelled at i: its length, else 0.
std::size_t any_at(const Points& p, std::size_t i,
                   std::initializer_list<std::u32string_view> list) {
  std::size_t best = 0;
  for (std::u32string_view s : list)
    if (s.size() > best && p.lit(i, s)) best = s.size();
  return best;
}

std::size_t skip_spaces(const Points& p, std::size_t i) {
  while (i < p.size() && space(p[i])) ++i;
  return i;
}

class Reader {
 public:
  Reader(const Points& p, std::vector<Finding>& out) : p_(p), out_(out) {}
  void add(std::size_t from, std::size_t to, double score) {
    if (to <= from) return;
    // Cues overlap (a title inside a labelled value): one finding a span.
    // (Findings come in the text's order within a reader: the last few
    // are the only ones a new one can overlap, but for a later reader's.)
    for (std::size_t k = out_.size() > first_ + 16 ? out_.size() - 16 : first_; k < out_.size();
         ++k) {
      Finding& f = out_[k];
      if (f.start < p_.at[to] && p_.at[from] < f.end) {
        if (f.end - f.start < p_.at[to] - p_.at[from]) {
          f.start = p_.at[from];
          f.end = p_.at[to];
        }
        if (score > f.score) f.score = score;
        return;
      }
    }
    out_.push_back({EntityType::person, p_.at[from], p_.at[to], score, kDetector});
  }
  void start() { first_ = out_.size(); }
  // Whether this reader's last finding ends at code point `to`.
  bool last_ends_at(std::size_t to) const {
    return out_.size() > first_ && out_.back().end == p_.at[to];
  }

 private:
  const Points& p_;
  std::vector<Finding>& out_;
  std::size_t first_ = 0;
};

// A label's colon after `i` (spaces allowed before and after): the value's
// start, or 0.
std::size_t after_colon(const Points& p, std::size_t i) {
  i = skip_spaces(p, i);
  if (!colon(p[i])) return 0;
  return skip_spaces(p, i + 1);
}

// ---------------------------------------------- Arabic, Persian, Urdu ----

const Lexicon& arabic_titles() {
  static const Lexicon l(
      U"السيد السيدة السيده الآنسة الانسة الدكتور الدكتورة د. الأستاذ الأستاذة الاستاذ الاستاذة "
      U"المهندس المهندسة الشيخ الشيخة الحاج الحاجة الأخ الأخت عزيزي عزيزتي مرحباً مرحبا أهلاً "
      U"أهلا اسمي يدعى تدعى "
      U"آقای آقا خانم دکتر مهندس جناب استاد سرکار حاج حاجی سلام "
      U"محترمہ محترم ڈاکٹر بیگم مسز مسٹر انجینئر پروفیسر سید سیدہ مولانا حافظ میاں");
  return l;
}
// Two-word cues: the name follows them.
constexpr std::u32string_view kArabicPhrases[] = {U"اسم من",       U"نام من",       U"میرا نام",
                                                  U"السلام علیکم", U"السلام عليكم", U"تحدثت مع",
                                                  U"تواصل مع",     U"صحبت کردم با"};
// Nouns of a person's data or of kin before the person (the ezafe or the
// idafa: "شماره تماس آنیتا محمدی", "تاريخ ميلاد محمود بن عاشور", "پسر
// نیشا گنجی").
constexpr std::u32string_view kArabicDataCues[] = {
    U"شماره تماس", U"شماره تلفن", U"شماره موبایل", U"شماره همراه", U"تاریخ تولد", U"کد ملی",
    U"شماره ملی", U"آدرس", U"نشانی", U"ایمیل", U"شماره حساب", U"شماره کارت", U"رقم هاتف",
    U"رقم الهاتف", U"رقم جوال", U"رقم الجوال", U"تاريخ ميلاد", U"عنوان", U"رقم هوية", U"رقم الهوية",
    U"رقم حساب", U"بريد",
    // Kin before the person (ezafe, idafa): "پسر نیشا گنجی", "زوجة أحمد الزهراني".
    U"پسر", U"دختر", U"همسر", U"برادر", U"خواهر", U"مادر", U"پدر", U"زوجة", U"زوج", U"والد",
    U"والدة", U"شقيق", U"شقيقة"};
// Labels (before a colon).
constexpr std::u32string_view kArabicLabels[] = {U"الاسم الكامل",
                                                 U"الاسم الأول",
                                                 U"اسم العائلة",
                                                 U"اللقب",
                                                 U"اسم صاحب البطاقة",
                                                 U"حامل البطاقة",
                                                 U"نام کامل",
                                                 U"نام مشتری",
                                                 U"نام بیمار",
                                                 U"نام پدر",
                                                 U"صاحب حساب",
                                                 U"مریض کا نام",
                                                 U"الاسم",
                                                 U"اسم",
                                                 U"المستفيد",
                                                 U"اسم العميل",
                                                 U"المرسل",
                                                 U"المستلم",
                                                 U"الموظف",
                                                 U"اسم المريض",
                                                 U"اسم الطالب",
                                                 U"صاحب الحساب",
                                                 U"المسؤول",
                                                 U"المسئول",
                                                 U"نام و نام خانوادگی",
                                                 U"نام و نام‌خانوادگی",
                                                 U"نام و نامخانوادگی",
                                                 U"نام خانوادگی",
                                                 U"نام",
                                                 U"گیرنده",
                                                 U"فرستنده",
                                                 U"مسئول",
                                                 U"پورا نام",
                                                 U"والد کا نام",
                                                 U"وصول کنندہ",
                                                 U"بھیجنے والا",
                                                 U"درخواست دہندہ",
                                                 U"منجانب",
                                                 U"بنام"};
constexpr std::u32string_view kArabicRoleLabels[] = {
    U"مریض",   U"گاہک",   U"صارف",   U"ملازم",  U"امیدوار", U"کرایہ دار", U"بیمار",   U"مشتری",
    U"کارمند", U"دانشجو", U"مستاجر", U"المريض", U"العميل",  U"الطالب",    U"المستأجر"};
// Lists of people (before a colon).
constexpr std::u32string_view kArabicListLabels[] = {
    U"الحضور",      U"المشاركون",    U"المشاركين", U"شرکت‌کنندگان",
    U"شرکتکنندگان", U"شرکت کنندگان", U"حاضران",    U"شرکاء",
    U"حاضرین"};
constexpr std::u32string_view kArabicClosings[] = {U"مع خالص التحيات",
                                                   U"مع تحياتي",
                                                   U"مع التحية",
                                                   U"تحياتي",
                                                   U"شكراً",
                                                   U"شكرا",
                                                   U"وتفضلوا بقبول فائق الاحترام",
                                                   U"با احترام",
                                                   U"با سپاس",
                                                   U"با تشکر",
                                                   U"ارادتمند",
                                                   U"شکریہ",
                                                   U"والسلام",
                                                   U"خیر اندیش",
                                                   U"آپ کا مخلص",
                                                   U"مخلص"};

// Given names and family names common in Arabic, Persian and Urdu (each in
// its spellings with and without hamza or final heh).
const FoldedLexicon& arabic_names() {
  static const FoldedLexicon l(
      // Arabic, men
      U"محمد أحمد احمد علي حسن حسين محمود مصطفى عمر خالد يوسف إبراهيم ابراهيم عبدالله "
      U"عبدالرحمن عبدالعزيز سعد سعيد فهد سلطان ناصر فيصل طارق وليد ماجد هشام كريم عادل سامي "
      U"رامي زياد ياسر ياسين بلال حمزة أنس معاذ عثمان أيمن عماد جمال كمال نبيل هاني وائل رائد "
      U"مازن باسم حسام سامر تامر شريف أسامة اسامة إسماعيل اسماعيل موسى عيسى سليمان داود يحيى "
      U"زكريا صالح منصور نواف بندر تركي راشد حمد جاسم مشعل نايف سالم مروان قاسم مهدي جعفر "
      U"عباس كاظم هادي مراد نادر سمير منير أمين انور أنور رشيد مجدي فادي شادي إياد غسان عمار "
      U"سهيل سيف عطالله ناصف حازم لؤي أشرف اشرف عصام إيهاب رضوان خليل جميل فريد نزار "
      // Arabic, women
      U"فاطمة فاطمه عائشة عايشة مريم زينب خديجة سارة ساره نور هدى منى ليلى سلمى ريم رنا "
      U"لينا دانة هند آمنة حنان سعاد نادية رانيا ياسمين إيمان ايمان أسماء اسماء سمية رقية "
      U"دعاء آية شيماء نوال وفاء سناء هالة لمى جنى رهف غادة نجلاء بشرى عبير سحر سلوى لبنى "
      U"روان شهد جود لين تالا حلا أروى بتول عنود نوف خلود أماني منال نهى ريهام دينا مها رغد "
      U"رزان عوضية داليا رنيم براءة بسمة بلسم "
      // Persian
      U"زهرا مریم سارا نرگس مهسا نازنین زینب الهام لیلا شیرین پریسا سمیرا مینا نسرین فرزانه "
      U"مهناز ژیلا آزاده هستی ستاره نیلوفر شبنم رویا طاهره اعظم معصومه سمانه مژگان پروین "
      U"شهلا فرشته آتنا کیمیا یاسمن ترانه مهتاب بهاره سپیده نگار غزاله شکوه آفر پژوا "
      U"علی حسین رضا مهدی امیر حسن مصطفی سعید مجید حمید مسعود محمود جواد امید وحید بهروز "
      U"بهرام کامران فرهاد داریوش کوروش آرش بابک سیاوش پویا پرویز فریدون منصور ناصر هادی "
      U"مرتضی مجتبی ابراهیم اسماعیل عباس جعفر کاظم صادق ایمان پیمان رامین شهرام نیما سینا "
      U"آرمان میلاد مهرداد بهزاد فرید کیوان سهراب رستم اکبر اصغر "
      // Urdu
      U"عمران بلال حمزہ فیصل کامران عادل طارق شاہد زاہد ساجد راشد خالد عبداللہ نواز آصف "
      U"سیف عارف عاصم ثاقب یاسر وقاص ذیشان دانش فہد سعد عائشہ فاطمہ سارہ حفصہ رابعہ نوشین "
      U"روزینہ صبا ثنا حنا ماریہ آمنہ عظمیٰ شازیہ نادیہ سعدیہ بشریٰ فرح منایل مشال عمائم "
      U"حسنہ وسیم اویس احسن عمیر ممتاز شہناز حمیرہ محسن اقدس رخسانہ نعمان عرفان سلمان شعیب "
      U"جنید ندیم نوید شہزاد فرحان ارسلان زبیر حارث مہوش ثمینہ نسیم کلثوم "
      // Persian and Arabic, more
      U"فرخ ماندانا زیبا آنیتا رخشانه مهرداد شهریار کاوه بیژن فرشید منیژه گلاره ترمه "
      U"غانم مرزوق معتز ريان فاضل بشار حميد راكان وسام منذر صقر مهيب مطيع رياض نضال "
      U"عدنان مأمون هيثم أمجد بسام جهاد عبير عاطف رعد زيدون حسني قدري حبيب مجاهد مجد أكرم "
      U"نسيم فؤاد شفيع رسلان معز سرمد "
      // Persian, more (given names of every generation)
      U"ابوالفضل امیرحسین محمدرضا محمدحسین علیرضا حمیدرضا سجاد یوسف یاسین آرین آریا بردیا "
      U"پارسا سام کیان کامیار رادین ماهان امیرعلی متین دانیال ایلیا آرمین سهیل شایان نوید "
      U"فرزاد فرشاد بهنام بهمن داوود جمشید خسرو اردشیر کیومرث هوشنگ منوچهر سیامک شاهین شهاب "
      U"کامبیز مازیار یزدان هومن هومان برزو گودرز فرامرز ایرج جهانگیر جهانبخش اسفندیار افشین "
      U"رحیم هانیه حدیث ریحانه کوثر یگانه ملیکا آیدا آیلین النا باران تینا ثمین پرستو پریا "
      U"تارا دریا رها ساره سحر شادی شیما غزل فرناز فریبا گلناز لاله مهشید مهرناز مونا یلدا "
      U"آرمیتا ملیسا رکسانا کتایون گلپری ماهرخ پروانه ژاله مهین فریده فرخنده مهرانگیز شاپرک "
      U"گلربا رژینا سینا فربد کسری بیتا");
  return l;
}
const FoldedLexicon& arabic_family_names() {
  static const FoldedLexicon l(
      U"خان احمد علی حسین شاہ ملک چوہدری چودھری بٹ قریشی صدیقی راجپوت آفریدی نیازی شریف مرزا "
      U"اعوان جٹ گیلانی ہاشمی رضوی زیدی عباسی انصاری شیخ یوسفزئی خٹک بلوچ میمن چیمہ باجوہ "
      U"شنواری باجوڑی حسینی موسوی کریمی رحیمی محمدی احمدی حسنی جعفری نوری "
      U"عبدالله حداد خوري نصار عواد منصور سليمان");
  return l;
}
// Words that end a name after a title (function words, common verbs,
// adverbs of time, nouns a title stands before).
const Lexicon& arabic_stop() {
  static const Lexicon l(
      U"في من إلى الى على عن مع هو هي هم أن إن ان كان كانت قد لا لم لن ما هذا هذه ذلك تلك التي "
      U"الذي و أو او ثم قال قالت سوف يوم اليوم غدا غداً أمس امس الآن الان بعد قبل عند حتى كل بين "
      U"سيحضر سيقدم انضم يعمل تعمل مدير مديرة رئيس الرئيس المدير الوزير الجامعي المناوب "
      U"الكريم الكريمة المحترم المحترمة العزيز أعضاء اعضاء الموظفين العملاء "
      U"در از به با که را این آن است بود هست هستند می فردا امروز دیروز و یا تا برای "
      U"رئیس مدیر دکتر مهندس ناظر محترم عزیز همکار همکاران کارمندان مشتری "
      U"میں سے کو نے کا کی کے ہے ہیں تھا تھی اور یا آج کل پر بھی صاحب صاحبہ جی صارف جان "
      U"ملازمین "
      // Everyone, all, the staff: a list's value that names nobody.
      U"بكم بك لكم همه تمام سب جميع کل "
      // Departments and desks (beside their e-mail address, after a closing).
      U"شعبہ شعبة قسم إدارة ادارة ادارہ خدمة خدمات سروس کسٹمر ٹیم فريق فریق تیم انتظامیہ "
      U"حسابات مبيعات المبيعات الدعم پشتیبانی واحد بخش دفتر مكتب مکتب "
      // Places named after a person ("ممتاز کالونی", "فيصل شارع").
      U"کالونی ٹاؤن روڈ بلاک محلہ گلی سڑک بازار مارکیٹ پلازہ چوک خیابان کوچه بلوار میدان "
      U"شارع حي مسجد "
      // Offices a title stands before ("جناب صدر"), and nouns with the
      // article that follow a verb's subject ("أرسلت أرامكو التقرير").
      U"صدر وزیر گورنر جج التقرير الرسالة الطلب الشحنة الملف العقد الفاتورة الكتاب الوثائق "
      U"المستندات البيانات النتائج "
      // Pronouns and words after a data noun ("آدرس ایمیل", "کد ملی خود").
      U"شما خود ایشان او آنها ما من ایمیل الخاص الخاصة");
  return l;
}
// Words for a firm before its name.
bool firm_word(std::u32string_view w) {
  static const Lexicon l(
      U"شرکت شركة کمپنی مؤسسة مجموعة گروه بنك بانک مصرف هلدینگ فروشگاه مكتب مصنع کارخانه "
      U"חברת חברה קבוצת בנק משרד");
  return l.has(w);
}
bool nasab(std::u32string_view w) {
  return w == U"بن" || w == U"بنت" || w == U"ابن" || w == U"أبو" || w == U"ابو" || w == U"أبي" ||
         w == U"آل" || w == U"ولد";
}
// Words that join a Hebrew family name to the word after it: "בן גוריון",
// "בר יהודה", "בית הלחמי", "אבו חצירא", "איש שלום", "סימן טוב".
bool hebrew_particle(std::u32string_view w) {
  return w == U"בן" || w == U"בת" || w == U"בר" || w == U"בית" || w == U"אבו" || w == U"איש" ||
         w == U"סימן";
}
bool arabic_title(std::u32string_view w) {
  return arabic_titles().has(w);
}
// A word that may follow a given name in a family name's place.
bool arabic_family_like(std::u32string_view w) {
  if (arabic_stop().has(w) || arabic_title(w)) return false;
  if (arabic_names().has(w) || arabic_family_names().has(w)) return true;
  if (w.size() >= 4 && w.starts_with(U"ال")) return true;  // النجار, الشيباني
  // Persian and Urdu family names: -ی, -زاده, -پور, -نیا, -فر, -یان, -وند.
  return w.size() >= 4 &&
         (w.ends_with(U"ی") || w.ends_with(U"زاده") || w.ends_with(U"پور") || w.ends_with(U"نیا") ||
          w.ends_with(U"فر") || (w.size() >= 5 && (w.ends_with(U"یان") || w.ends_with(U"وند"))));
}

// ------------------------------------------------------------ Hebrew ----

const Lexicon& hebrew_names() {
  static const Lexicon l(
      U"דוד משה יוסף אברהם יצחק יעקב שמואל דניאל מיכאל אריאל יונתן נועם איתי עומר אורי רון גיא "
      U"טל עידו אלון יואב אבי אמיר רועי ניר ערן אסף עמית אופיר אביב ליאור שי רז עוז יהונתן "
      U"אליהו חיים מאיר אהרון בנימין שלמה נתן גלעד אייל עדי הראל הלל "
      U"שרה רחל לאה רבקה מרים נועה תמר מיכל יעל שירה הילה אורית ענבל מאיה רוני ליאת דנה שני "
      U"קרן טובה אסתר חנה רות נעמה אביגיל שחר הדס לימור סיגל אילנה דבורה קורל "
      // family names
      U"כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן אזולאי מלכה כץ חדד עמר אוחיון גבאי שפירא "
      U"פרלמן גולדברג רוזנברג ברק אשכנזי ישראלי");
  return l;
}
constexpr std::u32string_view kHebrewTitles[] = {
    U"מר",   U"גב'",   U"גב׳",   U"גברת",      U"ד\"ר",      U"ד״ר",   U"דר'",   U"עו\"ד",
    U"עו״ד", U"רו\"ח", U"פרופ'", U"פרופ׳",     U"פרופסור",   U"הרב",   U"היי",   U"הי",
    U"שלום", U"לכבוד", U"שמי",   U"קוראים לי", U"דיברתי עם", U"מהנדס", U"המהנדס"};
constexpr std::u32string_view kHebrewLabels[] = {U"שם מלא",  U"שם פרטי", U"שם משפחה", U"שם",
                                                 U"איש קשר", U"אשת קשר", U"נמען",     U"שולח",
                                                 U"מגיש",    U"לקוח",    U"שם הלקוח"};
constexpr std::u32string_view kHebrewListLabels[] = {U"משתתפים", U"נוכחים", U"משתתפות"};
constexpr std::u32string_view kHebrewClosings[] = {U"בברכה", U"תודה",  U"בכבוד רב",
                                                   U"שלך",   U"בתודה", U"להתראות"};
const Lexicon& hebrew_stop() {
  static const Lexicon l(
      U"של את עם על אל הוא היא הם זה זאת לא כן גם כי אם או אבל רק כבר עוד מאוד היום מחר אתמול "
      U"עכשיו יגיע יגיעו הגיע הגיעה אמר אמרה ביקש ביקשה מקבל מקבלת מנהל מנהלת ייצג ייצגה "
      U"יהיה תהיה היה הייתה צריך צריכה רוצה כתב כתבה שלח שלחה רב לכולם לכם לך ומה מה איך "
      U"שלומך שלומכם בוקר ערב טוב המשמרת הנהלה הלקוחות ואני אני אנחנו ושות המאוחד המאוחדת "
      U"מחלקת שירות לקוחות צוות תמיכה כל עובדי הנהלת החברה");
  return l;
}

// -------------------------------------------------------------- Thai ----

constexpr std::u32string_view kThaiTitles[] = {
    U"นางสาว", U"นาง",    U"นาย",  U"คุณ",   U"ด.ช.", U"ด.ญ.",  U"ดร.",  U"ศ.ดร.",
    U"รศ.ดร.", U"ผศ.ดร.", U"น.ส.", U"ผมชื่อ", U"ฉันชื่อ", U"ดิฉันชื่อ", U"หนูชื่อ", U"เราชื่อ"};
constexpr std::u32string_view kThaiLabels[] = {
    U"ชื่อ-นามสกุล", U"ชื่อ - นามสกุล", U"ชื่อ นามสกุล", U"ชื่อผู้ติดต่อ", U"ผู้ติดต่อ",  U"ชื่อ",    U"ผู้รับ",  U"ผู้ส่ง",
    U"ผู้สมัคร",     U"ชื่อผู้ป่วย",      U"ชื่อจริง",     U"นามสกุล",  U"ชื่อลูกค้า", U"ชื่อบัญชี", U"ชื่อผู้รับ"};
constexpr std::u32string_view kThaiListLabels[] = {U"ผู้เข้าร่วม", U"ผู้เข้าประชุม"};
constexpr std::u32string_view kThaiClosings[] = {U"ขอแสดงความนับถือ", U"ด้วยความเคารพ",
                                                 U"ด้วยความนับถือ"};
// Words that open what follows a title when it is no name: "คุณภาพ"
// (quality), "คุณสมบัติ", "นายจ้าง" (employer), "นางพยาบาล" (nurse), "คุณช่วย…"
// (you help …), and the particles and verbs that end a name.
constexpr std::u32string_view kThaiNotName[] = {
    U"ภาพ",      U"สมบัติ",   U"ค่า",   U"ธรรม",   U"ประโยชน์", U"แม่",    U"พ่อ",  U"ลูกค้า",    U"ป้า",
    U"ลุง",       U"ยาย",    U"ครู",   U"ช่วย",    U"จะ",      U"ได้",    U"เป็น", U"ก็",       U"ต้อง",
    U"สามารถ",   U"ไม่",     U"มี",    U"ทำ",     U"อยู่",      U"ชอบ",   U"รู้",   U"คิด",      U"ว่า",
    U"คง",       U"เคย",    U"กำลัง", U"อยาก",   U"ควร",     U"ลอง",   U"เอง", U"ทุก",      U"ครับ",
    U"ค่ะ",       U"คะ",     U"นะ",   U"ที่",      U"และ",     U"กับ",    U"จ้าง", U"กรัฐมนตรี", U"กฯ",
    U"กเทศมนตรี", U"กสมาคม", U"ทุน",   U"หน้า",    U"ทหาร",    U"ตำรวจ", U"แบบ", U"ด่าน",     U"ประกัน",
    U"อำเภอ",    U"สถานี",   U"ห้าง",  U"พยาบาล", U"งาม",     U"ฟ้า",    U"เอก", U"ใน",      U"ร้าย",
    U"ของ",      U"หมอ",    U"ปู่",    U"ย่า",     U"น้า",      U"หญิง",   U"ชาย", U"พี่",       U"น้อง",
    U"ลูก",       U"หลาน",   U"เพื่อน", U"ผู้",      U"ท่าน",     U"ๆ",     U"เลย", U"เท่านั้น",   U"ส่ง",
    U"ด้วย",      U"พนักงาน"};
// Words that end a given name written without a space after it.
constexpr std::u32string_view kThaiAfterName[] = {U"ครับ", U"ค่ะ", U"คะ",  U"นะ", U"จ้ะ",  U"จ้า",
                                                  U"จะ",  U"ได้", U"เป็น", U"ที่",  U"และ", U"กับ",
                                                  U"ของ", U"ว่า", U"ส่ง",  U"มา", U"ไป",  U"ให้"};
// A title inside a word: "ขอบคุณ" (thank you), "ของคุณ" (your), "บุญคุณ",
// "พระคุณ".
bool thai_title_inside_word(const Points& p, std::size_t i) {
  for (std::u32string_view w : {U"ขอบ", U"ของ", U"บุญ", U"พระ", U"ทุก"})
    if (i >= w.size() && p.lit(i - w.size(), w)) return true;
  return false;
}

// ------------------------------------------------------------- Chinese --

// The most common single-character family names, simplified and
// traditional.
constexpr std::u32string_view kZhSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    U"魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    U"万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    U"祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    U"艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞"
    U"姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚"
    U"鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相"
    U"初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    U"湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧"
    U"張劉陳楊黃趙吳孫馬鄭羅謝韓馮鄧蕭董袁潘蔣葉蘇呂盧鍾譚陸賈韋鄒龔邵萬錢嚴溫齊喬龐顏莊聶魯嶽"
    U"歐關蘭紀畢單塗駱藍靳鮑華饒賴麥竇費衛閔鄔邊欒隋鄺譚陶黎湯錢許曾賀顧雲鄔傅賴蔡"
    U"萧洪阎閻範龍鐘賴傅";
constexpr std::u32string_view kZhCompound[] = {
    U"欧阳", U"歐陽", U"司马", U"司馬", U"上官", U"诸葛", U"諸葛", U"东方",
    U"東方", U"皇甫", U"尉迟", U"尉遲", U"公孙", U"公孫", U"慕容", U"令狐",
    U"夏侯", U"长孙", U"長孫", U"宇文", U"司徒", U"端木", U"申屠", U"澹台"};
// Titles and honorifics after a Chinese name.
constexpr std::u32string_view kZhTitles[] = {
    U"先生",   U"女士",   U"小姐", U"老师",   U"老師",   U"经理", U"經理", U"医生",   U"醫生",
    U"教授",   U"同学",   U"同學", U"主任",   U"博士",   U"律师", U"律師", U"师傅",   U"師傅",
    U"大夫",   U"局长",   U"局長", U"院长",   U"院長",   U"校长", U"校長", U"董事长", U"董事長",
    U"部长",   U"部長",   U"处长", U"處長",   U"科长",   U"科長", U"老板", U"老闆",   U"太太",
    U"夫人",   U"总监",   U"總監", U"总经理", U"總經理", U"阿姨", U"叔叔", U"护士",   U"護士",
    U"工程师", U"工程師", U"总",   U"總"};
// Characters before a name inside a run of Han text: conjunctions,
// prepositions, verbs of addressing.
constexpr std::u32string_view kZhBeforeName =
    U"和与跟给叫是请由向对找问被让把致同及與給請對讓問的位系繫诉訴知见見";
// Characters of grammar that no given name is written with: "我和王伟是同学"
// names 王伟, not 王伟是.
constexpr std::u32string_view kZhGrammar = U"是的了在们吗呢吧这那说";
// Words of two characters that open with a family name and stand before a
// title: "项目经理", "高级经理", "高中老师", "班主任".
const Lexicon& zh_not_name() {
  static const Lexicon l(
      U"项目 項目 区域 區域 高级 高級 高中 初中 常务 常務 班主 公司 管理 房产 房產 车间 車間 文学 "
      U"文學 明星 金牌 和平 全职 全職 兼职 兼職 客户 客戶 部门 部門 门店 門店 平台 平臺 国际 國際 "
      U"安全 成人 时尚 時尚 华人 華人 中文 英文 语文 語文 田径 田徑 武术 武術 舞蹈 钢琴 鋼琴 "
      U"大学 大學 小学 小學 中学 中學 老同 空中 高速 方便 周末 週末 周一 周二 周三 周四 周五 "
      U"周六 周日 王者 李子 黄色 黃色 白天 金价 金價 马上 馬上 林业 林業 高中 张家 張家 林业局 "
      U"石油 水利 电力 電力 交通 卫生 衛生 信息 宣传 宣傳 计划 計劃 财务 財務 人事 行政 市场 "
      U"市場 销售 銷售 营销 營銷 技术 技術 产品 產品 质量 質量 采购 採購 法务 法務 "
      U"全体 全體 未填 主治 实习 實習 家庭 牙科 男 女 老 小 大 新 各位 这位 那位 哪位 一位 诸位 "
      U"諸位");
  return l;
}
constexpr std::u32string_view kZhCues[] = {U"我叫",   U"名叫",   U"我的名字是", U"我是",
                                           U"亲爱的", U"親愛的", U"尊敬的",     U"致"};
constexpr std::u32string_view kZhLabels[] = {
    U"姓名",     U"联系人",     U"聯絡人",     U"聯繫人",   U"收件人", U"收货人", U"收貨人",
    U"寄件人",   U"发件人",     U"發件人",     U"申请人",   U"申請人", U"负责人", U"負責人",
    U"经办人",   U"經辦人",     U"客户姓名",   U"客戶姓名", U"患者",   U"作者",   U"签名",
    U"簽名",     U"法定代表人", U"联系人姓名", U"名字",     U"持卡人", U"开户人", U"開戶人",
    U"户名",     U"戶名",       U"乘客",       U"乘机人",   U"入住人", U"客户",   U"客戶",
    U"学生姓名", U"员工姓名",   U"患者姓名"};
constexpr std::u32string_view kZhListLabels[] = {U"参会人员", U"參會人員", U"与会人员", U"與會人員",
                                                 U"出席人员", U"出席人員", U"参加人员", U"參加人員",
                                                 U"成员",     U"成員"};

// ------------------------------------------------------------ Japanese --

// Kanji that family names are built of: a name of two or three of them
// ("宮崎", "丸山", "佐々木") before a kanji title is a family name, unlike
// "営業部長" or "担任の先生".
constexpr std::u32string_view kJaFamilyKanji =
    U"山田中川本村木井藤野小高松林原佐橋石宮島上下森池岡谷大内吉沢澤崎坂口部西東北南長渡辺邊斎"
    U"斉清水福竹金平杉久菊千三和太今岩浜濱浦増横永関酒丸滝片児玉柳倉岸徳望新荒工桜前堀広土河菅"
    U"武市安日秋飯星服鈴加伊近後藤遠青尾矢熊津野志村樋植松宇原神戸秋葉早瀬高須賀桑名越智々篠塚"
    U"杉浅羽生熊谷富永宮崎白石鳥居野口岡本菅野古賀奥野柴田多田細川堤辻松尾黒田宍戸芦江間根岸"
    U"梅園田所有森本間目黒吉川原田星野若林綾瀬阿部石井稲垣桂米倉今井河合井上真鍋北村戸田花"
    U"城寺浅横増飯深保戸榊桑遠市豊奧奥寿角脇鶴亀鷲隅丹羽茂嶋淵泉湯畠畑柿栗桃牧磯塩瀧籠能登";
constexpr std::u32string_view kJaTitles[] = {U"さん", U"さま",   U"様",   U"先生", U"氏",   U"君",
                                             U"くん", U"ちゃん", U"殿",   U"部長", U"課長", U"社長",
                                             U"教授", U"選手",   U"監督", U"博士", U"先輩", U"係長",
                                             U"専務", U"常務",   U"会長"};
const Lexicon& ja_not_name() {
  static const Lexicon l(
      U"皆 客 奥 神 王 殿 店員 運転手 看護師 駅員 医者 大工 先生 社長 部長 課長 係長 店長 所長 "
      U"会長 院長 校長 担任 友達 彼 彼女 娘 息子 姉 兄 妹 弟 祖母 祖父 母 父 主人 旦那 家族 皆様 "
      U"各位 学生 生徒 患者 利用者 担当者 相手 隣 近所 同僚 上司 後輩 先輩 医師 弁護士 警察官 "
      U"営業 総務 人事 経理 開発 技術 販売 広報 企画 管理 本部 事業 大人 子供 赤 姉御 この その "
      U"全員 全体 未記入 記入 あの どの みな みんな おばあ おじい おかあ おとう おねえ おにい おじ "
      U"おば ママ パパ");
  return l;
}
constexpr std::u32string_view kJaLabels[] = {
    U"氏名",     U"お名前",     U"名前",     U"担当者", U"担当",  U"宛先",   U"差出人",
    U"送信者",   U"作成者",     U"申請者",   U"代表者", U"署名",  U"ご担当", U"ご氏名",
    U"フリガナ", U"カード名義", U"お客様名", U"契約者", U"患者名"};
constexpr std::u32string_view kJaListLabels[] = {U"出席者", U"参加者", U"メンバー"};

// -------------------------------------------------------------- Korean --

constexpr std::u32string_view kKoSurnames =
    U"김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원"
    U"천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부범";
// Rarer family names, taken only before a title or an honorific.
constexpr std::u32string_view kKoRareSurnames =
    U"탁라호태감단팽갈형복승상빈계견목판피시내초두당온동간음";
constexpr std::u32string_view kKoCompound[] = {U"남궁", U"황보", U"제갈", U"선우",
                                               U"독고", U"사공", U"서문"};
// Titles written as their own word after a name ("김민준 과장님").
constexpr std::u32string_view kKoTitles[] = {
    U"고객님", U"고객",     U"회원님",   U"환자분", U"환자",   U"학생",   U"어머님", U"아버님",
    U"씨",     U"님",       U"선생님",   U"선생",   U"교수님", U"교수",   U"박사님", U"박사",
    U"과장님", U"과장",     U"부장님",   U"부장",   U"대리님", U"대리",   U"차장님", U"차장",
    U"팀장님", U"팀장",     U"사장님",   U"사장",   U"이사님", U"실장님", U"실장",   U"원장님",
    U"원장",   U"대표님",   U"대표",     U"주임",   U"사원",   U"선배",   U"기자",   U"의원",
    U"회장님", U"회장",     U"변호사",   U"작가",   U"감독",   U"선수",   U"군",     U"양",
    U"드림",   U"올림",     U"대표이사", U"상무님", U"상무",   U"전무님", U"전무",   U"본부장님",
    U"본부장", U"매니저님", U"매니저",   U"간호사", U"약사",   U"기사님", U"소장님", U"소장",
    U"국장님", U"국장",     U"총장님",   U"총장",   U"교장",   U"교감"};
// Endings after a title or a name: particles and the copula.
constexpr std::u32string_view kKoEndings[] = {
    U"에게서", U"에게", U"한테", U"께서", U"께",   U"입니다", U"이에요", U"예요", U"이랑",
    U"랑",     U"은",   U"는",   U"이",   U"가",   U"을",     U"를",     U"의",   U"와",
    U"과",     U"도",   U"이고", U"이며", U"이다", U"이신",   U"이세요", U""};
// Common words that open with a family name's syllable.
const Lexicon& ko_not_name() {
  static const Lexicon l(
      U"이메일 정보 한국어 한국인 한국 조사 김치 박물관 최근 안내 신제품 강남역 정말 장바구니 "
      U"세종대왕 고객 오늘 이번 유리창 조금 기획 개발 인사 홍보 마케팅 연구 전략 구매 정보 보안 "
      U"지원 경영 국어 한국어 유치원 고등학교 우리 신입 담당 영업 총무 재무 회계 법무 품질 생산 "
      U"전화 문의 주문 배송 결제 이용 사용 시간 장소 주소 번호 회의 선생 교수 사장 부장 과장 "
      U"대표 고등 중학교 초등 대학 학교 회사 부서 본부 전체 모든 여러 각 해당 "
      U"직원 전원 전체 미입력 미기재 이름 성명 담당자 작성자 참석자 강사 주인 손님 형님 누님 "
      U"아버님 어머님 할머님 할아버님 "
      U"사모님 도련님 아가씨 아저씨 부모님 선배님 후배님 회원 방문 고객센터 이사 이상 이하 "
      U"이후 이전 이제 이미 이건 이것 이거 이게 이런 이렇게 그 저 이");
  return l;
}
// Syllables Korean given names are made of (민준, 서연, 지훈, 하은): a
// family name and two of them is a name's shape without a cue.
constexpr std::u32string_view kKoGivenSyllables =
    U"민준서연지훈현우윤은혜희수영진호석성재원예아하도주시유채다나소세승태정경미선숙순옥동상용"
    U"철규한찬빈율온린솔람결건혁환형창범종열완효슬별담리라름해휘후겸강웅욱익택필명문병식남근균"
    U"록률보의언엽봉애란향늘봄새들중여림인가요";
// Everyday nouns of a family name's syllable and two given-name syllables.
const Lexicon& ko_not_bare_name() {
  static const Lexicon l(
      U"지하철 강아지 정수기 도우미 한라산 오리온 주유소 사진기 성수기 비수기 연예인 유명인 한여름 "
      U"고수준 전문가 전시회 신혼부부 고성능 공연장 이사회 정상회담 조선소 정부청사 우체국 "
      U"하수도 상수도 하늘 오후 오전 최선 최종 최고 최대 최소 최저 최상 최하 최근 안전 안정 "
      U"신청서 신용 주민 주인공 주장 주요 주변 전문 전국 전원 전후 장점 장소 장난 강조 강원도 "
      U"강남구 서초구 경기도 이번주 조사 조정 정리 정도 정말 정상 정원 정해 기준 기술 기록 "
      U"성공 성장 성적 문제 문서 문의 문화 한번 한정 한국 유지 유명 손님 남자 남녀 여자 "
      U"노래 나라 마음 변경 방문 현재 현장 원래 원하 연락 연휴 하루 하지 하나 도로 도시 "
      U"구매 구성 공부 공사 공연 선물 선택 설명 심사 차량 진행 진짜 지금 지난 지역 지원");
  return l;
}
constexpr std::u32string_view kKoLabels[] = {
    U"이름",     U"성명",        U"담당자",    U"담당",     U"작성자",   U"보낸 사람", U"받는 사람",
    U"수신자",   U"발신자",      U"신청인",    U"신청자",   U"예약자",   U"고객명",    U"대표자",
    U"예금주",   U"카드 소유자", U"고객 이름", U"환자명",   U"보호자",   U"수령인",    U"받는 분",
    U"예약자명", U"성함",        U"받는이",    U"보내는이", U"주문자",   U"주문자명",  U"구매자",
    U"신청자명", U"수취인",      U"가입자",    U"계약자",   U"보호자명", U"담당자명",  U"예금주명"};
constexpr std::u32string_view kKoListLabels[] = {U"참석자", U"참가자", U"참석", U"참조", U"수신"};
constexpr std::u32string_view kKoCues[] = {U"저는", U"제 이름은",  U"이름은",
                                           U"나는", U"안녕하세요", U"안녕하십니까"};

// ================================================================ readers

// --- spaced scripts: Arabic letters and Hebrew ---------------------------

using Letter = bool (*)(char32_t);

std::size_t word_end(const Points& p, std::size_t i, Letter letter) {
  // Hebrew abbreviations keep their marks: ד"ר, גב'.
  while (i < p.size() && (letter(p[i]) || p[i] == 0x05F3 || p[i] == 0x05F4 ||
                          ((p[i] == '"' || p[i] == '\'') && letter == hebrew && i > 0 &&
                           hebrew(p[i - 1]) && (p[i] == '\'' || hebrew(p[i + 1])))))
    ++i;
  return i;
}

struct Spaced {
  const Points& p;
  Reader& r;
  Letter letter;
  bool is_arabic;
  bool urdu = false;  // letters only Urdu writes (ہ ے ں ٹ ڈ ڑ ھ)

  bool stop(std::u32string_view w) const {
    return is_arabic ? arabic_stop().has(w) : hebrew_stop().has(w);
  }
  bool known(std::u32string_view w) const {
    return is_arabic ? (arabic_names().has(w) || arabic_family_names().has(w))
                     : hebrew_names().has(w);
  }
  bool title(std::size_t i) const {
    if (is_arabic) return arabic_title(p.view(i, word_end(p, i, letter)));
    for (std::u32string_view t : kHebrewTitles)
      if (p.lit(i, t) && !letter(p[i + t.size()])) return true;
    return false;
  }
  // The next word after a single space: its start, or 0.
  std::size_t next_word(std::size_t e) const { return p[e] == ' ' && letter(p[e + 1]) ? e + 1 : 0; }
  // A clause's end after position e: punctuation, a line's end, the text's end.
  bool boundary(std::size_t e) const {
    const char32_t c = p[e];
    return c == 0 || c == '\n' || c == '\r' || in(c, U",.;:!?()،؛؟۔\"") ||
           (c == ' ' && (p[e + 1] == 0 || in(p[e + 1], U"-–—(")));
  }
  // A name after a title or a cue at s: one past its last word, or 0.
  std::size_t name_at(std::size_t s, bool greeting = false) const {
    const std::size_t e1 = word_end(p, s, letter);
    if (e1 == s) return 0;
    const std::u32string_view w1 = p.view(s, e1);
    if (stop(w1) || title(s) || w1.size() < 2) return 0;
    // "السيد الرئيس", "الأستاذ الجامعي", "ד\"ר המשמרת": a title before a noun
    // with its article.
    if (!known(w1) && w1.size() >= 4 &&
        (is_arabic ? w1.starts_with(U"ال") : (w1.starts_with(U"ה") && !greeting)))
      return 0;
    std::size_t end = e1;
    std::size_t last = s;  // the last word's start
    for (int words = 1; words < 5;) {
      const std::size_t n = next_word(end);
      if (!n) break;
      const std::size_t ne = word_end(p, n, letter);
      const std::u32string_view w = p.view(n, ne);
      if (is_arabic && nasab(w)) {
        const std::size_t m = next_word(ne);
        if (!m) break;
        last = m;
        end = word_end(p, m, letter);
        words += 2;
        continue;
      }
      if (!is_arabic && hebrew_particle(w)) {
        // "בן גוריון", "בר יהודה", "סימן טוב": the particle and its word; a
        // particle alone before a stop word is the family name ("שונית בן").
        const std::size_t m = next_word(ne);
        const std::size_t me = m ? word_end(p, m, letter) : 0;
        if (m && (!stop(p.view(m, me)) || (w == U"סימן" && p.view(m, me) == U"טוב"))) {
          end = me;
          words += 2;
          continue;
        }
        end = ne;
        break;
      }
      // "آمنہ جان": in Urdu text a name's part (Pashto names); in Persian
      // an endearment after a given name ("علی جان").
      if (urdu && w == U"جان") {
        end = ne;
        break;
      }
      if (stop(w) || title(n)) break;
      const bool family = is_arabic ? arabic_family_like(w) : known(w);
      // After the first word (or a known given name), any word but a
      // function word, a verb's or a conjunction's shape is the family
      // name: "קוראים לי לירן גינתון ואני", "خانم کیهان فرمانفرمائیان مدیر".
      const bool after_given = words == 1 || (words < 3 && given_name(p.view(last, end)));
      if (!family && !boundary(ne) && !(after_given && family_place(w))) break;
      last = n;
      end = ne;
      ++words;
    }
    return end;
  }
  // A known given name (a word of the names' list in Arabic letters).
  bool given_name(std::u32string_view w) const {
    return is_arabic ? arabic_names().has(w) : hebrew_names().has(w);
  }
  // Whether a word not on any list may stand in a family name's place:
  // two letters or more, and not a word's shape that no name has — the
  // Hebrew article or a conjunction before a word ("המנהל", "ואני"), an
  // Arabic conjunction or the future's prefix before a verb ("وأعمل",
  // "سيحضر"), a Persian verb or plural ("می‌آید", "نقشه‌ها").
  bool family_place(std::u32string_view w) const {
    if (w.size() < 2 || known(w)) return w.size() >= 2;
    if (!is_arabic) {
      if (w.starts_with(U"ה") && w.size() >= 4) return false;
      return !(w.size() >= 3 && w[0] == U'ו' && in(w[1], U"אהלבמשכנת"));
    }
    if (w.size() >= 3 && w[0] == U'و' && in(w[1], U"أاإلبفسيتن")) return false;
    if (w.size() >= 4 && (w.starts_with(U"سي") || w.starts_with(U"ست") || w.starts_with(U"سن")))
      return false;
    if (w.starts_with(U"می") || w.starts_with(U"نمی") || w.ends_with(U"\u200Cها") ||
        w.ends_with(U"\u200Cهای") || (w.ends_with(U"ند") && !w.ends_with(U"وند")) ||
        w.ends_with(U"یم"))
      return false;
    return w.size() <= 3 || w[0] != U'ي';
  }
  // A labelled value from s: the words to the line's end (at most five).
  std::size_t value_at(std::size_t s) const {
    std::size_t end = word_end(p, s, letter);
    if (end == s || stop(p.view(s, end))) return 0;  // "بنام: انتظامیہ"
    int words = 1;
    while (const std::size_t n = next_word(end)) {
      if (++words > 5) return name_at(s);
      end = word_end(p, n, letter);
    }
    return boundary(end) || p[end] == ' ' ? end : 0;
  }
  // A list of names from s, separated by commas and conjunctions.
  void list_at(std::size_t s) const {
    // The conjunction joined to the last name ("וטל כהן", "وعلي") comes
    // after a space, not after a comma: a name after a comma or the label
    // keeps its first letter ("ויויאן").
    bool joined = false;
    const char32_t conj = is_arabic ? U'و' : U'ו';
    while (s < p.size()) {
      if (joined && p[s] == conj && letter(p[s + 1]) && !known(p.view(s, word_end(p, s, letter))))
        ++s;
      std::size_t end = word_end(p, s, letter);
      if (end == s || stop(p.view(s, end))) return;  // "الحضور: جميع الموظفين"
      int words = 1;
      std::size_t next = 0;
      while (const std::size_t n = next_word(end)) {
        const std::size_t ne = word_end(p, n, letter);
        const std::u32string_view w = p.view(n, ne);
        if (w == U"و" || w == U"اور" || words >= 4) break;
        // The next name with its conjunction joined: "אלמוג גבעון ותלמה".
        if (words >= 2 && w.size() >= 3 && w[0] == conj && !known(w) && !hebrew_particle(w)) {
          next = n;
          break;
        }
        end = ne;
        ++words;
      }
      r.add(s, end, kCued);
      if (next) {
        s = next;
        joined = true;
        continue;
      }
      std::size_t k = end;
      bool comma = false;
      for (; k < p.size() && (space(p[k]) || in(p[k], U",،")); ++k)
        if (!space(p[k])) comma = true;
      joined = !comma;
      if (p.lit(k, U"و ")) {
        k += 2;
        joined = false;
      } else if (p.lit(k, U"اور ")) {
        k += 4;
        joined = false;
      }
      if (k == end || k >= p.size() || !letter(p[k])) return;
      s = k;
    }
  }

  void read() {
    const std::size_t n = p.size();
    urdu = is_arabic &&
           std::any_of(p.cp.begin(), p.cp.end(), [](char32_t c) { return in(c, U"ہےںٹڈڑھ"); });
    for (std::size_t i = 0; i < n; ++i) {
      if (!letter(p[i]) || (i > 0 && letter(p[i - 1]))) continue;
      const std::size_t e = word_end(p, i, letter);
      // Labels: "الاسم:", "שם מלא:", lists "الحضور:".
      bool done = false;
      auto try_labels = [&](auto const& list, bool many) {
        for (std::u32string_view l : list) {
          if (!p.lit(i, l) || letter(p[i + l.size()])) continue;
          const std::size_t v = after_colon(p, i + l.size());
          if (!v || !letter(p[v])) continue;
          if (many) {
            list_at(v);
          } else if (const std::size_t end = value_at(v)) {
            r.add(v, end, kCued);
          }
          return true;
        }
        return false;
      };
      // A role's label ("مریض:", "گاہک:", "مشتری:"): its value is a name
      // when a word of it is a known given or family name.
      auto role_label = [&] {
        for (std::u32string_view l : kArabicRoleLabels) {
          if (!p.lit(i, l) || letter(p[i + l.size()])) continue;
          const std::size_t v = after_colon(p, i + l.size());
          if (!v || !letter(p[v])) return true;
          const std::size_t end = value_at(v);
          bool known_word = false;
          for (std::size_t k = v; k < end;) {
            const std::size_t ke = word_end(p, k, letter);
            known_word = known_word || known(p.view(k, ke));
            k = ke == k ? k + 1 : ke + 1;
          }
          if (end && known_word) r.add(v, end, kCued);
          return true;
        }
        return false;
      };
      // Labels and closings open with few letters: most words skip both.
      static const CharSet firsts = [] {
        std::u32string f;
        for (auto list : {std::span<const std::u32string_view>(kArabicListLabels),
                          std::span<const std::u32string_view>(kArabicLabels),
                          std::span<const std::u32string_view>(kArabicRoleLabels),
                          std::span<const std::u32string_view>(kArabicClosings),
                          std::span<const std::u32string_view>(kHebrewListLabels),
                          std::span<const std::u32string_view>(kHebrewLabels),
                          std::span<const std::u32string_view>(kHebrewClosings)})
          for (std::u32string_view w : list) f.push_back(w[0]);
        return CharSet({f});
      }();
      const bool opens = firsts.has(p[i]);
      done = !opens ? false
             : is_arabic
                 ? (try_labels(kArabicListLabels, true) || try_labels(kArabicLabels, false) ||
                    role_label())
                 : (try_labels(kHebrewListLabels, true) || try_labels(kHebrewLabels, false));
      if (done) continue;
      // A letter's closing, then the name on the next line.
      auto try_closings = [&](auto const& list) {
        for (std::u32string_view l : list) {
          if (!p.lit(i, l) || letter(p[i + l.size()])) continue;
          std::size_t k = i + l.size();
          while (k < n && (space(p[k]) || in(p[k], U",،!."))) ++k;
          if (p[k] == '\r') ++k;
          if (p[k] != '\n') continue;
          k = skip_spaces(p, k + 1);
          if (!letter(p[k])) continue;
          std::size_t end = word_end(p, k, letter);
          // A desk or a department signs as often: "شکریہ،\nکسٹمر سروس ٹیم".
          if (stop(p.view(k, end))) return true;
          int words = 1;
          while (const std::size_t m = next_word(end)) {
            if (++words > 4) break;
            end = word_end(p, m, letter);
          }
          if (words <= 4 && (p[end] == 0 || p[end] == '\n' || p[end] == '\r')) r.add(k, end, kCued);
          return true;
        }
        return false;
      };
      if (opens && (is_arabic ? try_closings(kArabicClosings) : try_closings(kHebrewClosings)))
        continue;
      // A noun of a person's data, then two or three words of a name: a
      // known given name, or a family name's shape last.
      if (is_arabic) {
        bool data = false;
        for (std::u32string_view c : kArabicDataCues) {
          if (!p.lit(i, c) || letter(p[i + c.size()]) || p[i + c.size()] != ' ') continue;
          const std::size_t s = i + c.size() + 1;
          if (!letter(p[s])) break;
          const std::size_t end = name_at(s);
          const std::size_t e1 = word_end(p, s, letter);
          if (end <= e1) break;  // one word: "آدرس دفتر", "شماره کارت بانکی"
          std::size_t last = end;
          while (last > s && letter(p[last - 1])) --last;
          const std::u32string_view first = p.view(s, e1);
          if ((given_name(first) || arabic_family_like(p.view(last, end))) && !firm_word(first) &&
              !(first.starts_with(U"ال") && !given_name(first))) {
            r.add(s, end, kVouched);
            data = true;
          }
          break;
        }
        if (data) continue;
      }
      // Titles and cues, chained ("جناب آقای", "خانم دکتر").
      std::size_t cue_end = 0;
      if (is_arabic) {
        for (std::u32string_view c : kArabicPhrases)
          if (p.lit(i, c) && !letter(p[i + c.size()])) cue_end = i + c.size();
        if (!cue_end && arabic_title(p.view(i, e))) cue_end = e;
      } else {
        for (std::u32string_view t : kHebrewTitles)
          if (p.lit(i, t) && !letter(p[i + t.size()]) && i + t.size() > cue_end)
            cue_end = i + t.size();
        // "ו" before a title: "ומר".
      }
      if (cue_end) {
        std::size_t s = cue_end;
        if (p[s] == '-') ++s;
        s = skip_spaces(p, s);
        if (!letter(p[s])) continue;
        // Another title after this one: read from there instead.
        if (title(s) || (is_arabic && [&] {
              for (std::u32string_view c : kArabicPhrases)
                if (p.lit(s, c)) return true;
              return false;
            }()))
          continue;
        const bool greeting = !is_arabic && (p.lit(i, U"היי") || p.lit(i, U"הי ") ||
                                             p.lit(i, U"שלום") || p.lit(i, U"לכבוד"));
        if (const std::size_t end = name_at(s, greeting)) r.add(s, end, kCued);
        continue;
      }
      // A verb of speech or contact before a known given name (Arabic puts
      // the verb first: "قال محمد", "اتصلت فاطمة"); after it in Hebrew and
      // Persian ("דוד אמר", "علی گفت").
      static const Lexicon verbs_before(
          U"قال قالت أكد أكدت أضاف أضافت ذكر ذكرت أوضح أوضحت صرح صرحت اتصل اتصلت أرسل أرسلت "
          U"طلب طلبت سأل سألت قابلت قابل التقيت التقى زرت زار شكرت شكر هنأت هنأ استقبلت "
          U"استقبل رافقت رافق انضم انضمت");
      static const Lexicon verbs_after(
          U"אמר אמרה כתב כתבה ביקש ביקשה התקשר התקשרה שלח שלחה הגיע הגיעה "
          U"گفت نوشت زنگ فرستاد پرسید خواست");
      if (is_arabic && verbs_before.has(p.view(i, e))) {
        const std::size_t m = next_word(e);
        const std::size_t me = m ? word_end(p, m, letter) : 0;
        // A known given name, or any word but a noun with its article
        // before a nasab, "عبد" or a family name with its article: "قال
        // حكيم الغربي", "قال غانم بن شعبان", "قال أمجد عبد الرحمن".
        const std::size_t m2 = m ? next_word(me) : 0;
        const std::u32string_view second = m2 ? p.view(m2, word_end(p, m2, letter)) : U"";
        const bool shaped =
            m && m2 && me - m >= 3 && !p.view(m, me).starts_with(U"ال") && !stop(p.view(m, me)) &&
            !arabic_title(p.view(m, me)) &&
            (nasab(second) || second == U"عبد" ||
             (second.size() >= 4 && second.starts_with(U"ال") && arabic_family_like(second)));
        if (m && (arabic_names().has(p.view(m, me)) || shaped) && !firm_word(p.view(m, me)))
          if (const std::size_t end = name_at(m)) {
            r.add(m, end, kVouched);
            continue;
          }
      }
      if (const std::size_t m = next_word(e);
          m && verbs_after.has(p.view(m, word_end(p, m, letter))) &&
          (is_arabic ? arabic_names().has(p.view(i, e)) : hebrew_names().has(p.view(i, e)))) {
        r.add(i, e, kVouched);
        continue;
      }
      if (is_arabic && p.view(i, e) == U"يا") {
        // The vocative before a known given name: "يا محمد،", not "يا جماعة".
        if (const std::size_t m = next_word(e);
            m && arabic_names().has(p.view(m, word_end(p, m, letter))))
          if (const std::size_t end = name_at(m)) r.add(m, end, kCued);
        continue;
      }
      if (is_arabic) {
        // "X صاحب", "X صاحبہ": an Urdu honorific after the name; "X جان":
        // a Persian one ("علی جان"). Not after a role ("جج صاحب", "مامان جان").
        if (const std::size_t m = next_word(e)) {
          const std::u32string_view w = p.view(m, word_end(p, m, letter));
          const std::u32string_view here = p.view(i, e);
          static const Lexicon roles(
              U"جج وزیر استاد مولوی افسر منیجر مالک چوہدری پیر شاہ مامان بابا عزیز داداش آبجی "
              U"خاله عمه دایی عمو مادر پدر خواهر برادر دوست رفیق جون "
              U"بھائی باجی آپا بہن بیٹا بیٹی امی ابو ابا بابا چاچا ماموں خالہ والد والدہ");
          // "عثمان جی", "احسن بھائی", "شہناز باجی": after a known given name.
          if ((w == U"جی" || w == U"بھائی" || w == U"باجی" || w == U"آپا") &&
              arabic_names().has(here)) {
            r.add(i, e, kCued);
            continue;
          }
          if ((w == U"صاحب" || w == U"صاحبہ" || w == U"جان") && here.size() >= 2 &&
              !arabic_stop().has(here) && !arabic_title(here) && !roles.has(here) &&
              !firm_word(here) && !here.starts_with(U"ال"))
            r.add(i, e, kCued);
        }
      }
      // "و" joined to a known given name and a family name or a nasab after
      // it, right after a name found, the next of a list ("انضم زيدون بن
      // عثمان وخلود العلاني وأمجد بن عاشور"): the name without the
      // conjunction.
      if (is_arabic && p[i] == U'و' && e - i >= 4 && i >= 1 && p[i - 1] == ' ' &&
          r.last_ends_at(i - 1) && !arabic_names().has(p.view(i, e)) &&
          arabic_names().has(p.view(i + 1, e))) {
        if (const std::size_t m = next_word(e)) {
          const std::u32string_view second = p.view(m, word_end(p, m, letter));
          if (nasab(second) || (arabic_family_like(second) && !arabic_names().has(second))) {
            const std::size_t end = name_at(i + 1);
            if (end > e) {
              r.add(i + 1, end, kVouched);
              i = end - 1;
              continue;
            }
          }
        }
      }
      // A sentence's subject in Urdu: a word no list knows, then a known
      // family name and a postposition or a clause's end ("وردہ احمد کا
      // شناختی کارڈ", "نوشابہ چوہدری نے کہا"), or a number ("… 0300-…");
      // not a noun before "ملک"
      // (country) or "شاہ".
      if (is_arabic && urdu && !arabic_names().has(p.view(i, e)) && e - i >= 3 &&
          (i == 0 || p[i - 1] == '\n' || (p[i - 1] == ' ' && i >= 2 && in(p[i - 2], U".!?۔،,:")))) {
        const std::size_t m = next_word(e);
        const std::size_t me = m ? word_end(p, m, letter) : 0;
        const std::u32string_view family = m ? p.view(m, me) : U"";
        static const Lexicon postpositions_or(U"نے کو کا کی کے سے اور");
        const std::size_t k = m ? next_word(me) : 0;
        const std::u32string_view here = p.view(i, e);
        if (m && arabic_family_names().has(family) && family != U"ملک" && family != U"شاہ" &&
            family != U"شیخ" && !stop(here) && !arabic_title(here) && !firm_word(here) &&
            !here.starts_with(U"ال") &&
            ((k && postpositions_or.has(p.view(k, word_end(p, k, letter)))) || boundary(me) ||
             (p[me] == ' ' && street_digit(p[me + 1])))) {
          r.add(i, me, kVouched);
          i = me - 1;
          continue;
        }
      }
      // A known given name, then a family name or a nasab: "فاطمه النجار",
      // "علی محمدی", "دוד כהן".
      const std::u32string_view w = p.view(i, e);
      if (!(is_arabic ? arabic_names().has(w) : hebrew_names().has(w))) continue;
      // A firm named after its founder: "شرکت علی عسگری", "חברת דוד כהן".
      if (i >= 2 && p[i - 1] == ' ' && letter(p[i - 2])) {
        std::size_t b = i - 1;
        while (b > 0 && letter(p[b - 1])) --b;
        if (firm_word(p.view(b, i - 1))) continue;
      }
      const std::size_t m = next_word(e);
      if (!m) continue;
      const std::size_t me = word_end(p, m, letter);
      const std::u32string_view second = p.view(m, me);
      // An Urdu postposition after a known given name that is no common
      // word: "احمد نے کہا", "عائشہ کو بتائیں" (not "امید ہے", "نور کی").
      static const Lexicon postpositions(U"نے کو کا کی کے سے");
      static const Lexicon words_too(
          U"نور امید سحر صبا ثنا حنا فرح امل هدى هدی منى سلام صباح جميل جمیل کریم كريم سعيد سعید "
          U"عادل رضا امین أمين نبيل منير شريف شریف ایمان إيمان الهام ستاره شبنم رویا بهاره مهتاب "
          U"نگار ترانه آیه آية دعاء وفاء سناء أمل بشری بشریٰ");
      if (is_arabic && postpositions.has(second) && !words_too.has(w)) {
        r.add(i, e, kVouched);
        continue;
      }
      if (is_arabic
              ? (nasab(second) || (arabic_family_like(second) && !arabic_names().has(second)) ||
                 arabic_family_names().has(second))
              : (hebrew_names().has(second) && !hebrew_stop().has(second))) {
        const std::size_t end = name_at(i);
        if (end > e) r.add(i, end, kVouched);
      }
    }
  }
};

// --- Thai ------------------------------------------------------------------

struct ThaiReader {
  const Points& p;
  Reader& r;

  // The end of a Thai word run from s (to a space or a non-Thai letter).
  std::size_t run_end(std::size_t s) const {
    while (s < p.size() && thai(p[s])) ++s;
    return s;
  }
  bool not_name_at(std::size_t s) const {
    for (std::u32string_view w : kThaiNotName)
      if (p.lit(s, w)) return true;
    return false;
  }
  // A given name from s, to a space, a particle or the run's end; then a
  // family name after one space. One past it, or 0.
  std::size_t name_at(std::size_t s) const {
    if (!thai(p[s]) || not_name_at(s)) return 0;
    const std::size_t e = run_end(s);
    // A particle or a verb written on after the name: "ผมชื่อภัสสรครับ". A
    // polite particle ends a name anywhere; a verb only after four code
    // points and before more text, so "ผกามาศ" keeps its "มา".
    const std::size_t given = particle_in(s, e, 2, 4);
    if (given - s < 2 || given - s > 15) return 0;
    if (given < e) return given;
    // The family name after a space: a run, "ณ" and the run after it (the
    // royal lineages, "ณ อยุธยา"), runs joined by a hyphen
    // ("หิรัญ-อริยวงสกุล"); a polite particle written on ends it
    // ("…วงศ์จันทึกครับ"); no clause.
    if (p[e] == ' ' && thai(p[e + 1]) && !not_family_at(e + 1)) {
      std::size_t from = e + 1;
      if (p[from] == 0x0E13 && p[from + 1] == ' ' && thai(p[from + 2])) from += 2;  // ณ
      std::size_t f = run_end(from);
      while (p[f] == '-' && thai(p[f + 1])) f = run_end(f + 1);
      f = particle_in(from, f, 2, 1000);
      bool clause = false;
      for (std::size_t k = from; k < f && !clause; ++k)
        for (std::u32string_view w : {U"แล้ว", U"ไหม", U"หรือ"})
          if (p.lit(k, w)) clause = true;
      const bool ends = p[f] == 0 || space(p[f]) || in(p[f], U"\n\r,.:;!?()") || polite_at(f);
      if (!clause && ends && f - from >= 2 && f - (e + 1) <= 24) return f;
    }
    return e;
  }
  // A polite particle at k: its length, else 0.
  std::size_t polite_at(std::size_t k) const {
    return any_at(p, k, {U"ครับ", U"ค่ะ", U"คะ", U"นะ", U"จ้ะ", U"จ้า"});
  }
  // The first particle inside [s, e) from s + `polite` code points (a verb's
  // from s + `verb`): where the name ends, else e.
  std::size_t particle_in(std::size_t s, std::size_t e, std::size_t polite,
                          std::size_t verb) const {
    for (std::size_t k = s + polite; k < e && k < s + 24; ++k) {
      if (polite_at(k)) return k;
      if (k < s + verb) continue;
      // A verb with more after it ("…จะมาแล้ว"), not a name's own
      // syllable at its end ("จุฑามาศ", "ชุติมา").
      for (std::u32string_view w : kThaiAfterName)
        if (p.lit(k, w) && e >= k + w.size() + 2) return k;
    }
    return e;
  }
  // A family name's place after a given name holds a particle or a verb
  // (not the nouns a title stands before: "งาม" opens family names).
  bool not_family_at(std::size_t s) const {
    for (std::u32string_view w : kThaiAfterName)
      if (p.lit(s, w)) return true;
    return any_at(p, s, {U"ก็",  U"ต้อง", U"สามารถ", U"ไม่",   U"มี",    U"ทำ",  U"อยู่",  U"ชอบ", U"รู้",
                         U"คิด", U"คง",  U"เคย",    U"กำลัง", U"อยาก", U"ควร", U"ลอง", U"เอง", U"ทุก",
                         U"ใน", U"ด้วย", U"เลย",    U"แล้ว",  U"ไหม",  U"หรือ", U"ผู้",   U"ท่าน"}) != 0;
  }

  void read() {
    const std::size_t n = p.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (!thai(p[i]) && p[i] != 0x0E14) continue;
      const bool word_start = i == 0 || !thai(p[i - 1]);
      // Labels.
      if (word_start) {
        bool done = false;
        for (std::u32string_view l : kThaiListLabels) {
          if (done || !p.lit(i, l)) continue;
          std::size_t v = after_colon(p, i + l.size());
          if (!v) continue;
          done = true;
          while (v && thai(p[v])) {
            const std::size_t end = name_at(v);
            if (!end) break;
            r.add(v, end, kCued);
            std::size_t k = end;
            while (k < n && (space(p[k]) || p[k] == ',')) ++k;
            if (p.lit(k, U"และ")) k = skip_spaces(p, k + 3);
            v = k > end ? k : 0;
          }
        }
        for (std::u32string_view l : kThaiLabels) {
          if (done || !p.lit(i, l)) continue;
          std::size_t v = after_colon(p, i + l.size());
          if (!v) continue;
          done = true;
          // A title may open the value: "ชื่อ: นายสมชาย ใจดี".
          for (std::u32string_view t : kThaiTitles)
            if (p.lit(v, t) && t.size() <= 6 && thai(p[v + t.size()])) {
              v += t.size();
              break;
            }
          if (const std::size_t end = name_at(v)) r.add(v, end, kCued);
        }
        for (std::u32string_view l : kThaiClosings) {
          if (done || !p.lit(i, l)) continue;
          std::size_t k = i + l.size();
          while (k < n && (space(p[k]) || p[k] == ',')) ++k;
          if (p[k] == '\r') ++k;
          if (p[k] != '\n') continue;
          k = skip_spaces(p, k + 1);
          for (std::u32string_view t : kThaiTitles)
            if (p.lit(k, t) && thai(p[k + t.size()])) {
              k += t.size();
              break;
            }
          const std::size_t end = name_at(k);
          if (end && (p[end] == 0 || p[end] == '\n' || p[end] == '\r')) r.add(k, end, kCued);
          done = true;
        }
        if (done) continue;
      }
      // Titles: longest first ("นางสาว" before "นาง").
      std::size_t t = 0;
      for (std::u32string_view w : kThaiTitles)
        if (w.size() > t && p.lit(i, w)) t = w.size();
      if (!t) continue;
      const bool khun = p.lit(i, U"คุณ") && t == 3;
      // "นาย", "นาง" open a word; "คุณ" may follow a verb ("ติดต่อคุณสมชาย")
      // but not inside "ขอบคุณ", "ของคุณ".
      if (!word_start && (!khun || thai_title_inside_word(p, i))) continue;
      std::size_t s = i + t;
      if (p[s] == ' ' && thai(p[s + 1]) && p[i + t - 1] == '.') ++s;  // "ดร. สมชาย"
      if (const std::size_t end = name_at(s)) {
        r.add(s, end, kCued);
        i = end - 1;
      }
    }
  }
};

// --- Chinese and Japanese ----------------------------------------------------

bool zh_surname_char(char32_t c) {
  static const CharSet set({kZhSurnames});
  return set.has(c);
}
bool ja_family_kanji(char32_t c) {
  static const CharSet set({kJaFamilyKanji});
  return set.has(c);
}

bool zh_surname_at(const Points& p, std::size_t s, std::size_t* len) {
  for (std::u32string_view c : kZhCompound)
    if (p.lit(s, c)) {
      *len = c.size();
      return true;
    }
  if (zh_surname_char(p[s])) {
    *len = 1;
    return true;
  }
  return false;
}

struct CjkReader {
  const Points& p;
  Reader& r;
  bool japanese;

  bool title_at(std::size_t k) const {
    if (japanese) {
      for (std::u32string_view t : kJaTitles)
        if (p.lit(k, t)) return true;
      return false;
    }
    for (std::u32string_view t : kZhTitles)
      if (p.lit(k, t) && t.size() >= 2) return true;
    return false;
  }
  // A Chinese name from s: a family name and one or two characters, cut at
  // a title. One past it, or 0.
  std::size_t zh_name_at(std::size_t s) const {
    std::size_t sl = 0;
    if (!zh_surname_at(p, s, &sl)) return 0;
    std::size_t e = s + sl;
    while (e < p.size() && e < s + sl + 2 && han(p[e]) && !title_at(e) && !in(p[e], kZhGrammar) &&
           !(e > s + sl && in(p[e], U"和及与與") && zh_surname_char(p[e + 1]) && han(p[e + 2]) &&
             !title_at(e + 2)))
      ++e;
    if (zh_not_name().has(p.view(s, std::min(e, s + 2)))) return 0;
    return e;
  }
  // A given name in hiragana after a kanji family name, opening with a
  // particle's letter ("湯浅はる"): two or three kana that end the value.
  bool kana_given(std::size_t k) const {
    if (k == 0 || !han(p[k - 1])) return false;
    std::size_t j = k;
    while (j < p.size() && hiragana(p[j])) ++j;
    return j - k >= 2 && j - k <= 3 && (j >= p.size() || in(p[j], U"、，,\n\r") || title_at(j));
  }
  // A Japanese name from s: kanji or kana, a space allowed between the
  // family and the given name, to a title, punctuation or a particle.
  std::size_t ja_name_at(std::size_t s) const {
    std::size_t e = s;
    bool space_seen = false;
    while (e < p.size() && e < s + 10) {
      const char32_t c = p[e];
      if (title_at(e) && e > s) break;
      if (han(c) || katakana(c) || (hiragana(c) && !(e > s && in(c, U"とはがをにでもの"))) ||
          (hiragana(c) && kana_given(e))) {
        ++e;
      } else if (space(c) && !space_seen && e > s &&
                 (han(p[e + 1]) || hiragana(p[e + 1]) || katakana(p[e + 1]))) {
        space_seen = true;
        ++e;
      } else {
        break;
      }
    }
    return e - s >= 2 ? e : 0;
  }

  // The name before a title at t: its start, or npos.
  std::size_t zh_before(std::size_t t) const {
    for (std::size_t len : {4u, 3u, 2u, 1u}) {
      if (t < len) continue;
      const std::size_t s = t - len;
      bool all = true;
      for (std::size_t k = s; k < t; ++k)
        all = all && han(p[k]) && (k == s || !in(p[k], kZhGrammar));
      if (!all) continue;
      std::size_t sl = 0;
      if (!zh_surname_at(p, s, &sl) || sl > len || len > sl + 2) continue;
      if (zh_not_name().has(p.view(s, std::min(t, s + 2))) || zh_not_name().has(p.view(s, s + 1)) ||
          zh_not_name().has(p.view(s, std::min(p.size(), s + 2))))
        continue;
      if (s == 0 || !han(p[s - 1]) || in(p[s - 1], kZhBeforeName)) return s;
    }
    return std::u32string::npos;
  }
  // Japanese: the name before a title at t.
  std::size_t ja_before(std::size_t t, bool kanji_title) const {
    if (t == 0) return std::u32string::npos;
    std::size_t s = t;
    const char32_t last = p[t - 1];
    if (hiragana(last) || katakana(last)) {
      const bool hira = hiragana(last);
      while (s > 0 && (hira ? hiragana(p[s - 1]) : katakana(p[s - 1])) && t - s < 6) --s;
      if (t - s < 2 || ja_not_name().has(p.view(s, t))) return std::u32string::npos;
      if (hira && in(p[s], U"のとはがをにでもへや")) return std::u32string::npos;
      // A family name in kanji before the given name in kana.
      std::size_t f = s;
      if (f > 0 && space(p[f - 1]) && f > 1 && han(p[f - 2])) --f;
      std::size_t g = f;
      while (g > 0 && han(p[g - 1]) && f - g < 3) --g;
      if (g < f && (g == 0 || !han(p[g - 1]))) return g;
      if (hira && kanji_title) return std::u32string::npos;
      return (s == 0 || !(han(p[s - 1]) || hiragana(p[s - 1]))) ? s : std::u32string::npos;
    }
    if (!han(last)) return std::u32string::npos;
    while (s > 0 && han(p[s - 1])) --s;
    // "お客様", "ご主人様".
    if (s > 0 && (p[s - 1] == U'お' || p[s - 1] == U'ご')) return std::u32string::npos;
    std::size_t len = t - s;
    // The given name after a space: "山田 太郎さん".
    if (len <= 3 && s >= 2 && space(p[s - 1]) && han(p[s - 2])) {
      std::size_t f = s - 1;
      while (f > 0 && han(p[f - 1]) && s - 1 - f < 3) --f;
      if ((f == 0 || !han(p[f - 1])) && !ja_not_name().has(p.view(f, s - 1))) return f;
      // "昨日奥山　君子さん": a word before the family name, which has its
      // shape (two family kanji).
      if (s >= 4 && han(p[s - 4]) && ja_family_kanji(p[s - 3]) && ja_family_kanji(p[s - 2]))
        return s - 3;
    }
    if (len > 4) {
      s = t - 4;  // "昨日宮崎陸斗さん": a word before the name
      len = 4;
    }
    const std::u32string_view run = p.view(s, t);
    if (ja_not_name().has(run) || ja_not_name().has(p.view(t - 1, t)) ||
        ja_not_name().has(p.view(t - std::min<std::size_t>(len, 2), t)))
      return std::u32string::npos;
    if (run.ends_with(U"屋")) return std::u32string::npos;  // "八百屋さん"
    // A firm or an office before 様 or 御中: "山田商事様", "東京支店様".
    for (char32_t k : run)
      if (in(k, U"社店業所行事院局課署庁省団協組")) return std::u32string::npos;
    if (kanji_title || len == 1) {
      // A kanji title needs a family name's shape: "田中先生", not "営業部長".
      if (!ja_family_kanji(p[s]) || (len >= 2 && !ja_family_kanji(p[s + 1])))
        return std::u32string::npos;
    }
    return s;
  }

  // A full name before its personal data, a verb of speech, its sex or a
  // greeting: "王伟的电话是…", "张晓明表示…" (three characters before a verb,
  // two or three before the data), "张伟，男", "李娜，您好".
  void data_or_speech(std::size_t i) const {
    std::size_t sl = 0;
    if ((i == 0 || !han(p[i - 1]) || in(p[i - 1], kZhBeforeName)) && zh_surname_at(p, i, &sl)) {
      for (std::size_t len : {sl + 2, sl + 1}) {
        bool all = true;
        for (std::size_t k = i + sl; k < i + len; ++k)
          all = all && han(p[k]) && !in(p[k], kZhGrammar);
        if (!all || zh_not_name().has(p.view(i, i + 2))) continue;
        const std::size_t e = i + len;
        const bool data =
            any_at(p, e,
                   {U"的电话", U"的電話", U"的手机", U"的手機", U"的邮箱", U"的郵箱", U"的地址",
                    U"的生日", U"的身份证", U"的身分證", U"的护照", U"的護照", U"的电子邮件",
                    U"的账号", U"的帳號", U"的银行卡", U"的銀行卡", U"的微信"}) != 0;
        // "张伟，男，35岁", "李娜，您好": a form's sex, a greeting.
        const bool after =
            any_at(p, e,
                   {U"，男", U"，女", U",男", U",女", U"（男", U"（女", U"(男", U"(女", U"，您好",
                    U",您好", U", 您好", U"您好", U"，你好", U",你好"}) != 0;
        const bool speech =
            len == sl + 2 && any_at(p, e,
                                    {U"说", U"說", U"表示", U"认为", U"認為", U"指出", U"告诉",
                                     U"告訴", U"打电话", U"打電話"}) != 0;
        if (data || speech || after) {
          r.add(i, e, kVouched);
          break;
        }
      }
    }
  }

  // The first characters of every label, cue and title read below.
  static const CharSet& first_chars() {
    static const CharSet set = [] {
      std::u32string firsts = U"私わこ僕敬";
      auto add = [&](std::span<const std::u32string_view> list) {
        for (std::u32string_view w : list) firsts.push_back(w[0]);
      };
      add(kJaListLabels);
      add(kJaLabels);
      add(kZhListLabels);
      add(kZhLabels);
      add(kZhCues);
      add(kJaTitles);
      add(kZhTitles);
      return CharSet({firsts});
    }();
    return set;
  }

  void read() {
    const std::size_t n = p.size();
    for (std::size_t i = 0; i < n; ++i) {
      const char32_t c = p[i];
      if (!han(c) && !hiragana(c) && !katakana(c)) continue;
      // Most characters open nothing read here: no label, cue or title, no
      // family name, no run of Han (a label for a person ends one).
      const bool run_start = han(c) && (i == 0 || !han(p[i - 1]));
      if (!run_start && !first_chars().has(c)) {
        if (!japanese && zh_surname_char(c)) data_or_speech(i);
        continue;
      }
      // Labels and lists.
      bool labelled = false;
      auto labels = [&](auto const& list, bool many, bool ja) {
        for (std::u32string_view l : list) {
          if (!p.lit(i, l)) continue;
          std::size_t v = after_colon(p, i + l.size());
          if (!v) continue;
          labelled = true;
          while (v < n) {
            const std::size_t end = ja ? ja_name_at(v) : zh_name_at(v);
            if (!end) return;
            // "氏名：未記入", "担当：営業部", "出席者：全員".
            if (ja && (ja_not_name().has(p.view(v, end)) ||
                       ja_not_name().has(p.view(v, std::min(end, v + 2)))))
              return;
            // A whole value, not the start of a longer word.
            if (!many && !ja && end < n && han(p[end]) && !title_at(end)) return;
            r.add(v, end, kCued);
            if (!many) return;
            std::size_t k = end;
            while (k < n && title_at(k)) k += 2;
            if (k < n && in(p[k], U"、，,;；/和及与與と")) {
              v = skip_spaces(p, k + 1);
            } else {
              return;
            }
          }
          return;
        }
      };
      // Japanese labels read a Japanese name, kana in the text or not
      // ("担当：浅田優子").
      labels(kJaListLabels, true, true);
      if (!labelled) labels(kJaLabels, false, true);
      if (!japanese && !labelled) labels(kZhListLabels, true, false);
      if (!japanese && !labelled) labels(kZhLabels, false, false);
      // Any label for a person: a word ending in 人 or 者 before a colon
      // ("审核人：", "经手人：", "填表人：", "申込者："), not 法人 (a firm).
      if (!labelled && han(c) && (i == 0 || !han(p[i - 1]))) {
        std::size_t e = i;
        while (e < n && e < i + 5 && han(p[e])) ++e;
        if (e - i >= 2 && (p[e - 1] == U'人' || p[e - 1] == U'者') && !p.lit(e - 2, U"法人")) {
          if (const std::size_t v = after_colon(p, e)) {
            const std::size_t end = japanese ? ja_name_at(v) : zh_name_at(v);
            if (end && (end == n || !han(p[end]) || title_at(end))) {
              r.add(v, end, kCued);
              continue;
            }
          }
        }
      }
      if (labelled) continue;
      // Cues before the name.
      if (japanese) {
        // "私は山田太郎と申します", "こちらは…です".
        for (std::u32string_view cue : {U"私は", U"わたしは", U"こちらは", U"僕は"}) {
          if (!p.lit(i, cue)) continue;
          const std::size_t s = skip_spaces(p, i + cue.size());
          std::size_t e = ja_name_at(s);
          if (!e) break;
          if (any_at(p, e, {U"と申します", U"と言います", U"といいます", U"です"}))
            r.add(s, e, kCued);
          break;
        }
      } else {
        for (std::u32string_view cue : kZhCues) {
          if (!p.lit(i, cue)) continue;
          const std::size_t s = skip_spaces(p, i + cue.size());
          if (const std::size_t e = zh_name_at(s)) {
            // "我是学生": a cue this weak needs a title or the clause's end.
            const bool weak = cue == U"我是" || cue == U"致";
            if (!weak || title_at(e) || !han(p[e])) r.add(s, e, kCued);
          }
          break;
        }
        data_or_speech(i);
        // "此致\n敬礼\n王小明": the letter's closing, then the name.
        if (p.lit(i, U"敬礼") || p.lit(i, U"敬禮")) {
          std::size_t k = i + 2;
          while (k < n && (space(p[k]) || in(p[k], U"！!，,"))) ++k;
          if (p[k] == '\r') ++k;
          if (p[k] == '\n') {
            k = skip_spaces(p, k + 1);
            if (const std::size_t e = zh_name_at(k); e && (e == n || !han(p[e])))
              r.add(k, e, kCued);
          }
        }
      }
      // A title or an honorific after the name.
      std::size_t tl = 0;
      bool kanji_title = false;
      if (japanese) {
        for (std::u32string_view t : kJaTitles)
          if (t.size() > tl && p.lit(i, t)) {
            tl = t.size();
            kanji_title = han(t[0]);
          }
      } else {
        for (std::u32string_view t : kZhTitles)
          if (t.size() > tl && p.lit(i, t)) tl = t.size();
        // "王总": the one-character title only after a lone family name, at
        // a clause's end.
        if (tl == 1 && (han(p[i + 1]) || i < 1 || !zh_surname_char(p[i - 1]) ||
                        (i >= 2 && han(p[i - 2]) && !in(p[i - 2], kZhBeforeName))))
          tl = 0;
      }
      if (!tl || i == 0) continue;
      // "先生们", "様々".
      if (p[i + tl] == U'们' || p[i + tl] == U'們' || p[i + tl] == 0x3005) continue;
      std::size_t s = japanese ? ja_before(i, kanji_title) : zh_before(i);
      if (s == std::u32string::npos) continue;
      r.add(s, i, kCued);
      i += tl - 1;
    }
  }
};

// --- Korean --------------------------------------------------------------

struct KoreanReader {
  const Points& p;
  Reader& r;

  // The line holding a word: whether it has Latin letters, and how many
  // Hangul syllables. Read once a line (the words come in order), so a line
  // of many names costs its length, not its square.
  struct Line {
    std::size_t start = 0, end = 0;
    bool latin = false;
    std::size_t hangul = 0;
  };
  mutable Line line_{};
  const Line& line_of(std::size_t i) const {
    if (i >= line_.start && i < line_.end) return line_;
    std::size_t a = i, z = i;
    while (a > 0 && p[a - 1] != '\n') --a;
    while (z < p.size() && p[z] != '\n') ++z;
    line_ = {a, z, false, 0};
    for (std::size_t k = a; k < z; ++k) {
      line_.latin = line_.latin || latin_letter(p[k]);
      line_.hangul += hangul(p[k]) ? 1 : 0;
    }
    return line_;
  }

  std::size_t word_end(std::size_t s) const {
    while (s < p.size() && hangul(p[s])) ++s;
    return s;
  }
  // The length of the family name opening [s, e), or 0.
  std::size_t surname(std::size_t s, std::size_t e) const {
    for (std::u32string_view c : kKoCompound)
      if (p.lit(s, c) && s + c.size() < e) return c.size();
    return in(p[s], kKoSurnames) ? 1 : 0;
  }
  // [s, e) is a full name: a family name and one or two syllables (two
  // after a compound), no common word.
  bool full_name(std::size_t s, std::size_t e, bool strict, bool titled = false) const {
    const std::size_t len = e - s;
    std::size_t sl = surname(s, e);
    if (!sl && titled && in(p[s], kKoRareSurnames)) sl = 1;
    if (!sl) return false;
    if (len < sl + (strict ? 2 : 1) || len > sl + 2) return false;
    const std::u32string_view w = p.view(s, e);
    return !ko_not_name().has(w) && !ko_not_name().has(p.view(s, s + 2)) &&
           !(len == 3 && ko_not_name().has(p.view(s, s + 3)));
  }
  // The ending that closes the word [s, e) after a name of `len` syllables:
  // its length.
  std::size_t ending(std::size_t from, std::size_t e) const {
    for (std::u32string_view x : kKoEndings)
      if (from + x.size() == e && p.lit(from, x)) return x.size();
    return std::u32string::npos;
  }
  // A family name and two syllables of given names, no everyday noun:
  // "박지훈", not "지하철", "강아지" or a city ("구리시").
  bool name_shape(std::size_t s) const {
    // A city's 시 closes few given names: "구리시", "고창시".
    return in(p[s], kKoSurnames) && in(p[s + 1], kKoGivenSyllables) && p[s + 2] != U'시' &&
           in(p[s + 2], kKoGivenSyllables) && full_name(s, s + 3, true) &&
           !ko_not_bare_name().has(p.view(s, s + 3)) && !ko_not_bare_name().has(p.view(s, s + 2));
  }
  // Two syllables of given names ("민준", "서연"), no common word.
  bool given_shape(std::size_t s) const {
    return in(p[s], kKoGivenSyllables) && in(p[s + 1], kKoGivenSyllables) &&
           !ko_not_name().has(p.view(s, s + 2)) && !ko_not_bare_name().has(p.view(s, s + 2));
  }
  // Whether the syllable at s closes on a consonant (받침).
  bool closed(std::size_t s) const { return (p[s] - 0xAC00) % 28 != 0; }
  // A name without a title at the word [i, e):
  //   - a full name's shape before a particle that agrees with its last
  //     syllable ("박지훈이", "서연우가", "임은솔을", "길다경의", "용채희하고");
  //   - a chat's speaker: the shape alone before a colon at a line's start
  //     or after a time in brackets ("[오후 3:12] 한보민: …");
  //   - a given name's shape before "씨" or "님" apart ("찬우 씨,") or
  //     before the vocative 아/야 that agrees with it ("민찬아,", "라희야,").
  bool bare(std::size_t i, std::size_t e) const {
    const std::size_t n = p.size();
    const std::size_t len = e - i;
    if (len == 3 && name_shape(i)) {
      // Beside a phone number or an age: "천세은 010-1234-5678", "천세은,
      // 010-…", "천세은(35세)".
      std::size_t k = e;
      if (p[k] == ',') ++k;
      if (p[k] == ' ') ++k;
      if (p[k] == '(') ++k;
      if (k == e + 1 && p[e] == ' ' && (p[k] == '-' || p[k] == 0x2013) && p[k + 1] == ' ') k += 2;
      if (k > e && (street_digit(p[k]) || (p[k] == '+' && street_digit(p[k + 1])))) {
        r.add(i, e, kVouched);
        return true;
      }
      // Alone in a line of Latin text ("The account of 천세은 was locked.",
      // "천세은's flight", "Patient 천세은, DOB …"): Korean words inside
      // English are names far more often than not, in a name's shape.
      {
        const Line& l = line_of(i);
        if (l.latin && l.hangul == e - i) {
          r.add(i, e, kVouched);
          return true;
        }
      }
      // Before a noun of a person's data or the person's address: "천세은
      // 카드번호 …", "천세은 전화번호 …", "천세은, 서울시 강남구 …".
      if (p[e] == ' ' && any_at(p, e + 1,
                                {U"전화번호", U"휴대폰", U"핸드폰", U"연락처", U"주소", U"이메일",
                                 U"생년월일", U"주민등록번호", U"계좌번호", U"계좌", U"카드번호",
                                 U"여권번호", U"운전면허"}) != 0) {
        r.add(i, e, kVouched);
        return true;
      }
      if (p[e] == ',' && p[e + 1] == ' ' && hangul(p[e + 2])) {
        const std::size_t ae = word_end(e + 2);
        if (ae - (e + 2) >= 2 && in(p[ae - 1], U"시도") && p[ae] == ' ' && hangul(p[ae + 1])) {
          r.add(i, e, kVouched);
          return true;
        }
      }
      // After a word for a person's role: "환자 천세은", "고객 천세은".
      static const Lexicon roles(
          U"환자 고객 회원 학생 직원 사원 교수 기자 선수 작가 감독 배우 가수 의원 시인 화가 원고 "
          U"피고 증인 신청인 의뢰인 수강생 참가자");
      if (i >= 3 && p[i - 1] == ' ' && hangul(p[i - 2])) {
        std::size_t b = i - 1;
        while (b > 0 && hangul(p[b - 1])) --b;
        if (roles.has(p.view(b, i - 1))) {
          r.add(i, e, kCued);
          return true;
        }
      }
    }
    if (len >= 3 && name_shape(i)) {
      const std::size_t a = i + 3;
      const bool shut = closed(i + 2);
      bool particle = false;
      if (a == e) {
        // The chat's speaker.
        std::size_t b = i;
        while (b > 0 && (p[b - 1] == ' ' || p[b - 1] == '\t')) --b;
        const bool line_start = b == 0 || p[b - 1] == '\n' || p[b - 1] == ']';
        particle = line_start && p[e] == ':' && p[e + 1] == ' ';
      } else {
        static constexpr std::u32string_view kAfterClosed[] = {
            U"이", U"은", U"을", U"과", U"이랑", U"의", U"도", U"하고", U"한테", U"에게", U"께서"};
        static constexpr std::u32string_view kAfterOpen[] = {
            U"가", U"는", U"를", U"와", U"랑", U"의", U"도", U"하고", U"한테", U"에게", U"께서"};
        for (std::u32string_view x : shut ? std::span<const std::u32string_view>(kAfterClosed)
                                          : std::span<const std::u32string_view>(kAfterOpen))
          if (a + x.size() == e && p.lit(a, x)) particle = true;
      }
      if (particle && (e >= n || !hangul(p[e]))) {
        r.add(i, a, kVouched);
        return true;
      }
    }
    if (len >= 2 && given_shape(i)) {
      if (len == 2 && p[e] == ' ' && (p.lit(e + 1, U"씨") || p.lit(e + 1, U"님")) &&
          (e + 2 >= n || !hangul(p[e + 2]) ||
           ending(e + 2, word_end(e + 1)) != std::u32string::npos)) {
        r.add(i, e, kCued);
        return true;
      }
      if (len == 3 && (closed(i + 1) ? p[i + 2] == U'아' : p[i + 2] == U'야') &&
          (e >= n || in(p[e], U",!?"))) {
        r.add(i, i + 2, kVouched);
        return true;
      }
    }
    return false;
  }
  bool title_word(std::size_t s) const {
    const std::size_t e = word_end(s);
    for (std::u32string_view t : kKoTitles)
      if (p.lit(s, t) && ending(s + t.size(), e) != std::u32string::npos) return true;
    return false;
  }

  void read() {
    const std::size_t n = p.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (!hangul(p[i]) || (i > 0 && hangul(p[i - 1]))) continue;
      const std::size_t e = word_end(i);
      // Labels: "이름: 김민준", "참석자: 김민준, 이서연".
      bool done = false;
      for (bool many : {true, false}) {
        for (std::u32string_view l : many ? std::span<const std::u32string_view>(kKoListLabels)
                                          : std::span<const std::u32string_view>(kKoLabels)) {
          if (done || !p.lit(i, l) || hangul(p[i + l.size()])) continue;
          std::size_t v = after_colon(p, i + l.size());
          if (!v) {
            // Without a colon ("작성자 김민준"): a full name alone after it.
            const std::size_t s = i + l.size();
            const std::size_t se = p[s] == ' ' ? word_end(s + 1) : s;
            if (!many && se == s + 4 && full_name(s + 1, se, true) &&
                (se >= n || p[se] == '\n' || p[se] == '\r' || in(p[se], U",.)"))) {
              r.add(s + 1, se, kCued);
              done = true;
            }
            continue;
          }
          done = true;
          while (v < n && hangul(p[v])) {
            std::size_t ve = word_end(v);
            // A team, a desk or an office: "담당: 고객지원팀".
            if (in(p[ve - 1], U"팀") ||
                (ve - v >= 2 &&
                 (p.lit(ve - 2, U"센터") || p.lit(ve - 2, U"본부") || p.lit(ve - 2, U"지점"))))
              break;
            // "김 민준": the family name apart (not "전 직원", all staff).
            bool apart = false;
            if (ve == v + 1 && p[ve] == ' ' && hangul(p[ve + 1]) && in(p[v], kKoSurnames)) {
              ve = word_end(ve + 1);
              apart = true;
            }
            if (ko_not_name().has(p.view(v, ve)) || (apart && ko_not_name().has(p.view(v + 2, ve))))
              break;
            if (ve - v < 2 || ve - v > 5) break;
            if (!many && ve < n &&
                !(p[ve] == '\n' || p[ve] == '\r' || p[ve] == ' ' || in(p[ve], U",.()")))
              break;
            r.add(v, ve, kCued);
            if (!many) break;
            std::size_t k = ve;
            while (k < n && (space(p[k]) || in(p[k], U",、"))) ++k;
            if (p.lit(k, U"및 ")) k += 2;
            if (p.lit(k, U"그리고 ")) k += 4;
            if (k == ve) break;
            v = k;
          }
        }
      }
      if (done) continue;
      // A title word after this one: "김민준 과장님", "김 교수님", "김민준 드림".
      if (p[e] == ' ' && hangul(p[e + 1]) && title_word(e + 1)) {
        const std::size_t len = e - i;
        const bool lone = len == 1 && in(p[i], kKoSurnames) && !in(p[i], U"이전한주오") &&
                          !p.lit(e + 1, U"씨") && !p.lit(e + 1, U"군") && !p.lit(e + 1, U"양");
        if (lone || full_name(i, e, false, true)) {
          // "드림", "올림" close a letter: the name is alone on its line.
          r.add(i, e, kCued);
          i = e - 1;
          continue;
        }
      }
      // An honorific or a particle for people joined to the name:
      // "김민준님", "김민준씨", "김민준에게", "김민준께".
      bool found = false;
      for (std::size_t len : {4u, 3u}) {
        if (found || i + len >= e) continue;
        const std::size_t ne = i + len;
        bool person = false;
        if (full_name(i, ne, true, true))
          for (std::u32string_view h : {U"님", U"씨"})
            if (p.lit(ne, h) && ending(ne + 1, e) != std::u32string::npos) person = true;
        if (full_name(i, ne, true))
          for (std::u32string_view h : {U"에게", U"한테", U"께서", U"께"})
            if (p.lit(ne, h) && ne + h.size() == e) person = true;
        if (person) {
          r.add(i, ne, kCued);
          found = true;
        }
      }
      if (found) continue;
      // A full name before its personal data: "김민준의 전화번호는".
      if (e == i + 4 && p[i + 3] == U'의' && full_name(i, i + 3, true) && p[e] == ' ' &&
          any_at(p, e + 1,
                 {U"전화", U"연락처", U"주소", U"이메일", U"생년월일", U"주민등록번호", U"계좌",
                  U"여권", U"휴대폰", U"핸드폰"}) != 0) {
        r.add(i, i + 3, kVouched);
        continue;
      }
      if (bare(i, e)) {
        i = e - 1;
        continue;
      }
      // "저는 김민준입니다", "안녕하세요, 김민준입니다".
      for (std::u32string_view cue : kKoCues) {
        if (!p.lit(i, cue)) continue;
        std::size_t s = i + cue.size();
        while (s < n && in(p[s], U",.!")) ++s;
        if (p[s] != ' ') break;
        s = skip_spaces(p, s);
        const std::size_t se = word_end(s);
        // The name and the copula: "김민준입니다", "김민준이에요".
        auto copula = [&](std::size_t from) {
          for (std::u32string_view x : {U"입니다", U"이에요", U"예요", U"이야", U"이라고", U"라고",
                                        U"이고", U"이며", U"이라서"})
            if (p.lit(from, x)) return true;
          return false;
        };
        for (std::size_t len : {4u, 3u, 2u})
          if (s + len < se && full_name(s, s + len, len >= 3) && copula(s + len)) {
            r.add(s, s + len, kCued);
            break;
          }
        break;
      }
    }
  }
};

// --- Devanagari: Nepali, Hindi, Marathi -----------------------------------

// Letters, vowel signs, virama and nukta, and the joiners Nepali writes
// inside names (क्‍ष, श्‍री).
bool devanagari(char32_t c) {
  return devanagari_letter(c) || c == 0x200C || c == 0x200D;
}

// Titles and forms of address before a name ("श्री", "श्रीमती", "सुश्री",
// "डा.", "डॉ.", "प्रिय", "नमस्ते"), with their abbreviation's dot.
constexpr std::u32string_view kDevanagariTitles[] = {
    U"श्री",      U"श्रीमती",  U"श्रीमान",  U"श्रीमान्",  U"सुश्री",   U"कुमारी", U"डा.",
    U"डॉ.",      U"डा॰",     U"डॉ॰",     U"डाक्टर",   U"डॉक्टर",  U"प्रो.",  U"प्राध्यापक",
    U"इन्जिनियर", U"इंजीनियर", U"प्रिय",    U"आदरणीय",  U"माननीय", U"नमस्ते",  U"नमस्कार",
    U"मेरो नाम",  U"मेरा नाम", U"मेरी नाम", U"माझे नाव", U"मला नाव"};
// Honorifics after a name ("रमेश जी", "सीता ज्यू").
constexpr std::u32string_view kDevanagariAfter[] = {U"जी", U"ज्यू", U"ज्यु"};
// Labels of forms (before a colon).
constexpr std::u32string_view kDevanagariLabels[] = {
    U"नाम",          U"पूरा नाम",        U"नाम थर",      U"नामथर",
    U"आवेदकको नाम",   U"आवेदक का नाम",    U"आवेदक",        U"निवेदक",
    U"सम्पर्क व्यक्ति",  U"संपर्क व्यक्ति",     U"पिता का नाम", U"माता का नाम",
    U"पति का नाम",   U"बुबाको नाम",      U"आमाको नाम",   U"ग्राहकको नाम",
    U"ग्राहक का नाम", U"बिरामीको नाम",   U"मरीज का नाम", U"प्रेषक",
    U"प्राप्तकर्ता",    U"खातावालाको नाम", U"खाताधारक",    U"खाताधारक का नाम",
    U"उम्मेदवार",      U"उम्मीदवार",       U"लेखक",         U"संपूर्ण नाव",
    U"नाव"};
constexpr std::u32string_view kDevanagariListLabels[] = {
    U"उपस्थित", U"उपस्थिति", U"सदस्य", U"सदस्यहरू", U"सहभागी", U"प्रतिभागी", U"सहभागीहरू", U"उपस्थित सदस्य"};
// A letter's closing: the name on the next line.
constexpr std::u32string_view kDevanagariClosings[] = {
    U"धन्यवाद", U"भवदीय", U"भवदीया", U"सादर",  U"शुभेच्छा", U"शुभेच्छुक",
    U"आपका",   U"आपकी",  U"तपाईंको", U"विनीत", U"निवेदक", U"हार्दिक शुभकामना सहित",
    U"आपला",   U"आपली"};

// Words that are no part of a name: postpositions, particles, pronouns,
// verbs and the words of days, firms and forms a cue stands before
// ("प्रिय ग्राहक", "श्रीमान जी", "नाम: अनिवार्य").
const Lexicon& devanagari_stop() {
  static const Lexicon l(
      U"लाई ले को का की के से ने मा मे में पर र और तथा एवं वा या जी ज्यू ज्यु हो है हैं छ छन् छौं "
      U"हुनुहुन्छ थियो थिए था थी थे भोलि आज कल हिजो परसों पनि नै त ता यो त्यो यी ती यह वह ये वे "
      U"यहाँ वहाँ कृपया सबै सबैलाई हामी हाम्रो तपाईं तपाई तपाईंको तपाईंलाई आप आपका आपकी आपको हम "
      U"हमारा हमारी मेरो मेरा मेरी म मैं मैले उनी उनको उहाँ उहाँले ग्राहक ग्राहकहरू उपभोक्ता सेवा विभाग "
      U"टीम टिम कार्यालय बैंक कम्पनी कंपनी परिवार समूह संस्था अनिवार्य वैकल्पिक आवश्यक साहब साहेब "
      U"सर मैडम महोदय महोदया मित्र मित्रहरू साथी साथीहरू दाजु दिदी भाइ बहिनी भाई बहन सबको "
      U"सभी नमः नमस्ते नमस्कार धन्यवाद स्वागत शुभ दिन बधाई छ। ग्राहकगण प्रबन्धक व्यवस्थापक "
      U"अध्यक्ष सचिव निर्देशक प्रधानाध्यापक प्रमुख अधिकृत डाक्टर डॉक्टर "
      U"सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार सोमबार मंगलबार "
      U"बुधबार बिहीबार शुक्रबार शनिबार आइतबार सुबह शाम बिहान बेलुका अभी अहिले फिर "
      U"अज्ञात अनाम गुमनाम व्यवस्थापन प्रशासन टोली नाम नाव उत्पादन सामान वस्तु");
  return l;
}
// Family names common in Nepal and northern and western India: after one or
// two words of a given name they make a name without a cue ("सीता थापा ले
// …", "राहुल शर्मा का फोन").
const Lexicon& devanagari_family_names() {
  static const Lexicon l(
      U"शर्मा वर्मा गुप्ता सिंह यादव थापा श्रेष्ठ कोइराला प्रधान अधिकारी भट्टराई पौडेल पोखरेल "
      U"गुरुङ तामाङ मगर राई लिम्बु लिम्बू शेर्पा महर्जन बस्नेत कार्की खड्का केसी लामा घले ढकाल "
      U"अर्याल सुवेदी निरौला पाण्डे पाण्डेय पांडे पाण्डेय भण्डारी क्षेत्री राउत हमाल बराल काफ्ले "
      U"ज्ञवाली दाहाल उप्रेती रेग्मी न्यौपाने जोशी तिवारी मिश्रा मिश्र चौधरी ठाकुर झा दुबे "
      U"द्विवेदी त्रिपाठी पटेल शाह साह मेहता अग्रवाल जैन बंसल मल्होत्रा कपूर खन्ना चौहान "
      U"राठौर सक्सेना श्रीवास्तव पाठक उपाध्याय मौर्य बोस दास घोष मुखर्जी बनर्जी चटर्जी नायर "
      U"रेड्डी नायडू देशमुख पाटिल जाधव पवार कुलकर्णी गायकवाड शिंदे भोसले सावंत चव्हाण सिन्हा "
      U"प्रसाद मंडल मण्डल रावल बिष्ट नेगी रावत गिरी पुरी भट्ट खत्री मल्ल ठकुरी बोहरा ओली "
      U"देउवा दहाल गौतम आचार्य लुइँटेल खनाल सापकोटा घिमिरे बुढाथोकी कुँवर कुंवर रोका थारु "
      U"चौलागाईं लम्साल सिग्देल शाक्य बज्राचार्य मानन्धर प्रजापति देवकोटा बास्तोला राणा बस्याल");
  return l;
}

// Given names common in Nepal and northern India that are no common word
// (not "पूजा" worship, "माया" love, "शान्ति" peace) nor a god's name:
// before a postposition they name a person without a cue.
const Lexicon& devanagari_given_names() {
  static const Lexicon l(
      U"श्याम हरि गोपाल बिकास विकास प्रकाश सुमन बिनोद विनोद राजेश दिपक दीपक रमेश सुरेश महेश "
      U"दिनेश उमेश नरेश सन्तोष संतोष बिष्णु विष्णु सागर सुभाष सुनिल सुनील अनिल निरज नीरज प्रबिन "
      U"प्रवीण नविन नवीन रोशन सुशान्त प्रशान्त सिद्धार्थ अमित अमृत अर्जुन अशोक भरत गगन किशोर "
      U"मदन मनोज मोहन नारायण राजु राजन रवि रमण रञ्जन सञ्जय संजय सरोज उत्तम युवराज खेम सुमित "
      U"सीता गीता कमला सुनिता सुनीता अनिता सरिता बिना बीना शिल्पा दीपिका प्रिया प्रतिमा मनिषा "
      U"मनीषा निकिता रजिना रचना रेखा रीता संगीता सङ्गीता सबिना शृष्टि सृष्टि अस्मिता अजिता "
      U"अमिता अञ्जली अंजली बिमला इन्दिरा जानकी कल्पना मीना निर्मला पुष्पा शारदा सुष्मा यशोदा "
      U"शिरिषा सुशीला");
  return l;
}

// Words of places and institutions: "श्री पशुपतिनाथ मन्दिर", "नेपाल बैंक".
bool devanagari_institution(std::u32string_view w) {
  for (std::u32string_view s :
       {U"मन्दिर",  U"मंदिर",    U"विद्यालय", U"विश्वविद्यालय", U"अस्पताल", U"बैंक",    U"कम्पनी",
        U"कंपनी",   U"कार्यालय", U"संस्थान",   U"होटल",        U"पसल",    U"दुकान",  U"लिमिटेड",
        U"प्रा.लि", U"मार्ग",    U"सडक",     U"नगर",         U"गाउँ",    U"जिल्ला", U"प्रदेश"})
    if (w.starts_with(s)) return true;
  return false;
}

struct DevanagariReader {
  const Points& p;
  Reader& r;

  std::size_t word_end(std::size_t s) const {
    while (s < p.size() && devanagari(p[s])) ++s;
    return s;
  }
  bool stop(std::size_t s, std::size_t e) const {
    const std::u32string_view w = p.view(s, e);
    return devanagari_stop().has(w) || devanagari_institution(w);
  }
  // The next word after one space: its start, or 0.
  std::size_t next_word(std::size_t e) const {
    return p[e] == ' ' && devanagari(p[e + 1]) ? e + 1 : 0;
  }
  // A name from s after a cue: one to three words up to a postposition, a
  // verb, punctuation or a line's end; of more words, the first two (a
  // given and a family name) when a word of the list closes them. 0: none.
  std::size_t name_at(std::size_t s) const {
    std::size_t e = word_end(s);
    if (e == s || stop(s, e) || e - s < 2) return 0;
    std::size_t ends[5] = {e, 0, 0, 0, 0};
    int words = 1;
    bool closed = false;
    while (words < 5) {
      const std::size_t n = next_word(e);
      if (!n) {
        closed = true;  // punctuation, a line's end, Latin text
        break;
      }
      const std::size_t ne = word_end(n);
      // "श्री पशुपतिनाथ मन्दिर": a temple, a school, a bank.
      if (devanagari_institution(p.view(n, ne))) return 0;
      if (stop(n, ne)) {
        closed = true;
        break;
      }
      e = ne;
      ends[words++] = e;
    }
    if (words <= 3 && closed) return trim_joined(ends[words - 1]);
    return words >= 2 ? trim_joined(ends[1]) : 0;
  }
  // A name's last word ending at e without what is joined to it: an
  // honorific ("निरौलाज्यू"), or a postposition after a known family name
  // ("भट्टराईको", "श्रेष्ठले").
  std::size_t trim_joined(std::size_t e) const {
    std::size_t b = e;
    while (b > 0 && devanagari(p[b - 1])) --b;
    for (std::u32string_view x : {U"ज्यू", U"ज्यु"})
      if (e - b > x.size() + 1 && p.view(e - x.size(), e) == x) return e - x.size();
    for (std::u32string_view x : {U"लाई", U"सँग", U"ले", U"को", U"का", U"की", U"के", U"ने"})
      if (e - b > x.size() + 1 && p.view(e - x.size(), e) == x &&
          devanagari_family_names().has(p.view(b, e - x.size())))
        return e - x.size();
    return e;
  }
  // The words that end at e (one to three), back to a cue, a stop word or
  // the line's start: their start, or e.
  std::size_t name_before(std::size_t e) const {
    std::size_t start = e, s = e;
    for (int words = 0; words < 3; ++words) {
      if (s == 0 || !devanagari(p[s - 1])) break;
      std::size_t b = s;
      while (b > 0 && devanagari(p[b - 1])) --b;
      if (stop(b, s) || title_at(b)) break;
      start = b;
      if (b < 2 || p[b - 1] != ' ') break;
      s = b - 1;
    }
    return start;
  }
  std::size_t title_at(std::size_t i) const {
    std::size_t best = 0;
    for (std::u32string_view t : kDevanagariTitles)
      if (t.size() > best && p.lit(i, t) && !devanagari(p[i + t.size()])) best = t.size();
    return best;
  }
  // A list of names from s: commas, "र", "और", "तथा", numbered lines.
  void list_at(std::size_t s) const {
    while (s < p.size() && devanagari(p[s])) {
      const std::size_t end = name_at(s);
      if (!end) return;
      r.add(s, end, kCued);
      std::size_t k = end;
      while (k < p.size() && (space(p[k]) || in(p[k], U",;\n\r-•.0123456789"))) ++k;
      for (std::u32string_view c : {U"र ", U"और ", U"तथा ", U"एवं "})
        if (p.lit(k, c)) k += c.size();
      if (k == end) return;
      s = k;
    }
  }

  void read() {
    const std::size_t n = p.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (!devanagari(p[i]) || (i > 0 && devanagari(p[i - 1]))) continue;
      const std::size_t e = word_end(i);
      // Labels: "नाम: …", "उपस्थित: …, … र …".
      bool done = false;
      for (bool many : {true, false}) {
        for (std::u32string_view l :
             many ? std::span<const std::u32string_view>(kDevanagariListLabels)
                  : std::span<const std::u32string_view>(kDevanagariLabels)) {
          if (done || !p.lit(i, l) || devanagari(p[i + l.size()])) continue;
          std::size_t v = after_colon(p, i + l.size());
          if (!v) continue;
          done = true;
          while (v < n && (space(p[v]) || in(p[v], U"\r\n-•.0123456789"))) ++v;
          if (!devanagari(p[v])) break;
          if (many) {
            list_at(v);
          } else if (const std::size_t t = title_at(v)) {
            const std::size_t s = skip_spaces(p, v + t);
            if (const std::size_t end = devanagari(p[s]) ? name_at(s) : 0) r.add(s, end, kCued);
          } else if (const std::size_t end = name_at(v)) {
            r.add(v, end, kCued);
          }
        }
      }
      if (done) continue;
      // A closing, then the name alone on the next line.
      bool closing = false;
      for (std::u32string_view l : kDevanagariClosings) {
        if (closing || !p.lit(i, l) || devanagari(p[i + l.size()])) continue;
        std::size_t k = i + l.size();
        while (k < n && (space(p[k]) || in(p[k], U",।!."))) ++k;
        if (p[k] == '\r') ++k;
        if (p[k] != '\n') continue;
        closing = true;
        k = skip_spaces(p, k + 1);
        if (!devanagari(p[k])) continue;
        const std::size_t end = name_at(k);
        std::size_t after = end;
        while (after < n && space(p[after])) ++after;
        if (end && (after >= n || p[after] == '\n' || p[after] == '\r')) r.add(k, end, kCued);
      }
      if (closing) continue;
      // Titles and cues before a name.
      if (const std::size_t t = title_at(i)) {
        std::size_t s = i + t;
        if (p[s] != ' ') continue;
        s = skip_spaces(p, s);
        if (!devanagari(p[s]) || title_at(s)) continue;
        if (const std::size_t end = name_at(s)) r.add(s, end, kCued);
        i = s - 1;
        continue;
      }
      // An honorific after the name: "रमेश थापा जी", "सीता ज्यू"; a word of
      // kinship used as one, with its postposition joined or not ("पूर्ण
      // दाइले", "दीपिका दिदी भोलि").
      for (std::u32string_view h : kDevanagariAfter) {
        if (e - i != h.size() || !p.lit(i, h) || i < 2 || p[i - 1] != ' ') continue;
        const std::size_t s = name_before(i - 1);
        if (s < i - 1) r.add(s, i - 1, kCued);
      }
      if (i >= 2 && p[i - 1] == ' ' && devanagari(p[i - 2]))
        for (std::u32string_view h : {U"दाइ", U"दाई", U"दिदी", U"दीदी", U"दाजु", U"भैया", U"भाइ"}) {
          if (!p.lit(i, h)) continue;
          const std::u32string_view rest = p.view(i + h.size(), e);
          static const Lexicon joined(U"ले लाई को सँग का की के ने से");
          if (!rest.empty() && !joined.has(rest)) continue;
          // One word of a name before it, no common word ("मेरो दाइ", "ठूलो दिदी").
          std::size_t b = i - 1;
          while (b > 0 && devanagari(p[b - 1])) --b;
          static const Lexicon kin_stop(
              U"ठूलो सानो माइलो साइँलो कान्छो जेठो ठूली सानी माहिली साहिँली कान्छी जेठी बडे छोटे "
              U"बड़े बड़ी छोटी प्यारो प्यारी हजुरको उसको उनका उसका");
          const std::u32string_view w = p.view(b, i - 1);
          if (i - 1 - b >= 2 && !stop(b, i - 1) && !kin_stop.has(w) && !title_at(b) &&
              (b == 0 || !devanagari(p[b - 1])))
            r.add(b, i - 1, kCued);
          break;
        }
      // A chat's speaker: two or three words alone before a colon at a
      // line's start or after a time in brackets ("[बेलुका ५:१०] सुशान्त शाई:
      // ठिक छ"), none a common word; not a label ("पूरा नाम:").
      if (i == 0 || p[i - 1] == '\n' || (i >= 2 && p[i - 1] == ' ' && p[i - 2] == ']')) {
        std::size_t k = e;
        int words = 1;
        bool plain = !stop(i, e) && !title_at(i);
        while (plain && p[k] == ' ' && devanagari(p[k + 1]) && words < 3) {
          const std::size_t ke = word_end(k + 1);
          plain = !stop(k + 1, ke);
          k = ke;
          ++words;
        }
        static const Lexicon label_end(
            U"नाम थर व्यक्ति ठेगाना फोन मिति विषय सन्देश समय स्थान विवरण नोट सूचना");
        std::size_t last = k;
        while (last > i && devanagari(p[last - 1])) --last;
        if (plain && words >= 2 && p[k] == ':' && p[k + 1] == ' ' &&
            !label_end.has(p.view(last, k))) {
          r.add(i, k, kVouched);
          i = k;
          continue;
        }
      }
      // A known family name after one or two words of a given name, not
      // before an institution's word ("सीता थापा", not "शाह मार्ग"), nor
      // joined to another family name as a firm's are ("भण्डारी - राउत",
      // "अर्याल, बराल र …").
      // The postposition may be joined to it: "सागर श्रेष्ठले", "विकास मगरलाई".
      std::size_t fe = e;
      if (!devanagari_family_names().has(p.view(i, e)))
        for (std::u32string_view x : {U"लाई", U"सँग", U"ले", U"को", U"का", U"की", U"के", U"ने"})
          if (e - i > x.size() + 1 && p.view(e - x.size(), e) == x &&
              devanagari_family_names().has(p.view(i, e - x.size()))) {
            fe = e - x.size();
            break;
          }
      if (devanagari_family_names().has(p.view(i, fe)) && i >= 2 && p[i - 1] == ' ' &&
          devanagari(p[i - 2])) {
        const std::size_t e = fe;
        const std::size_t m = next_word(e);
        const std::size_t s = name_before(e);
        std::size_t k = e;
        while (k < n && space(p[k])) ++k;
        const bool firm =
            p[k] == '-' || p[k] == 0x2013 || (p[k] == ',' && [&] {
              const std::size_t f = skip_spaces(p, k + 1);
              return devanagari(p[f]) && devanagari_family_names().has(p.view(f, word_end(f)));
            }());
        if (s < i && !title_at(s) && !firm &&
            !(m && devanagari_institution(p.view(m, word_end(m)))))
          r.add(s, e, kVouched);
      }
      // A known given name alone before a postposition, apart or joined:
      // "शिल्पा ले खाना खायो", "सुनितालाई फोन गर", "अजिता सँग" — not after
      // another word of a name (the family-name rule reads those), nor
      // before an institution's word.
      if (i == 0 || !devanagari(p[i - 1])) {
        static const Lexicon post(U"ले लाई सँग ने को का की के");
        std::size_t ge = e;
        bool joined = false;
        if (!devanagari_given_names().has(p.view(i, e)))
          for (std::u32string_view x : {U"लाई", U"सँग", U"ले", U"ने"})
            if (e - i > x.size() + 1 && p.view(e - x.size(), e) == x &&
                devanagari_given_names().has(p.view(i, e - x.size()))) {
              ge = e - x.size();
              joined = true;
              break;
            }
        const bool apart = !joined && devanagari_given_names().has(p.view(i, e)) && [&] {
          const std::size_t m = next_word(e);
          return m && post.has(p.view(m, word_end(m)));
        }();
        const bool after_name = i >= 2 && p[i - 1] == ' ' && devanagari(p[i - 2]) && [&] {
          std::size_t b = i - 1;
          while (b > 0 && devanagari(p[b - 1])) --b;
          return !stop(b, i - 1);
        }();
        const std::size_t next = next_word(apart ? word_end(next_word(e)) : e);
        if ((joined || apart) && !after_name &&
            !(next && devanagari_institution(p.view(next, word_end(next))))) {
          r.add(i, ge, kVouched);
          i = e - 1;
          continue;
        }
      }
      // The agent's postposition, then a verb of speech or writing: "सीता
      // थापा ले भन्नुभयो", "राम शर्मा ने कहा" (two or three words before it).
      if ((p.lit(i, U"ले") || p.lit(i, U"ने")) && e == i + 2 && i >= 2 && p[i - 1] == ' ' &&
          p[e] == ' ' && devanagari(p[e + 1])) {
        static const Lexicon speech(
            U"भन्नुभयो भने भन्यो भनिन् भन्नुहुन्छ लेख्नुभयो लेखे बताउनुभयो बताए बताइन् सोध्नुभयो "
            U"पठाउनुभयो कहा कही बताया बताई लिखा लिखी पूछा पूछी भेजा भेजी");
        const std::size_t v = e + 1;
        if (speech.has(p.view(v, word_end(v)))) {
          const std::size_t s = name_before(i - 1);
          std::size_t words = 1;
          for (std::size_t k = s; k < i - 1; ++k) words += p[k] == ' ';
          if (s < i - 1 && words >= 2) r.add(s, i - 1, kVouched);
        }
      }
    }
  }
};

// --- a name's shape, where only the layout says a name stands -------------

// [a, b) looks like a person's name in its script: two to four words of
// Arabic or Hebrew letters, none a function word or a title, one a known
// given or family name (any words under a JSON name's key, `keyed`); two
// Thai words; a Chinese family name and one or two characters; two kanji of
// family names; a Korean family name and two syllables (one to three under
// a key); or in CJK and Hangul a family and a given name apart ("岡田
// 健太郎", "健太郎 岡田", "마 승유"). Not a heading, a street or a firm over
// an address ("お届け先", "العنوان الجديد", "오시는 길", "شركة النور").
bool shaped_name(const Points& p, std::size_t a, std::size_t b, bool keyed) {
  std::size_t words = 1, spaces_at = 0;
  for (std::size_t k = a; k < b; ++k)
    if (space(p[k])) {
      ++words;
      spaces_at = k;
    }
  const char32_t c = p[a];
  // Words of places, streets and firms: "حي النزهة", "شركة النور",
  // "רחוב הרצל", "บริษัท …", "山田商事 株式会社".
  static const Lexicon places(
      U"حي شارع طريق مدينة منطقة مجمع برج عمارة بناية مبنى شركة مؤسسة مكتب بنك مصرف مستشفى "
      U"جامعة مدرسة فندق مطعم ص.ب. صندوق خیابان کوچه بلوار میدان محله شهرک ساختمان شرکت بانک "
      U"بیمارستان دانشگاه مدرسه هتل رستوران فروشگاه کمپنی مجتمع רחוב שדרות שכונת קריית "
      U"عنوان العنوان الشحن التوصيل الفواتير المرسل المستلم آدرس نشانی پتہ ارسال تحویل "
      U"כתובת כתובתנו למשלוח משלוח ที่อยู่ "
      U"דרך סמטת חברת בנק משרד מלון ת.ד. ถนน ซอย หมู่บ้าน อาคาร ตำบล อำเภอ จังหวัด เขต แขวง "
      U"บริษัท ธนาคาร โรงพยาบาล มหาวิทยาลัย โรงเรียน โรงแรม ร้าน");
  for (std::size_t k = a; k < b;) {
    std::size_t e = k;
    while (e < b && !space(p[e])) ++e;
    if (places.has(p.view(k, e))) return false;
    for (std::size_t j = k; j < e; ++j)
      if (in(p[j], U"社店局部課院館校司行所室庁省区市町村県都府道")) return false;
    k = e + 1;
  }
  if (arabic(c) || hebrew(c)) {
    if (words < 2 || words > 4) return false;
    // A name opens with a given name, not a noun with its article.
    if (p.lit(a, U"ال") || p.lit(a, U"ה")) {
      std::size_t e = a;
      while (e < b && !space(p[e])) ++e;
      if (!(arabic(c) ? arabic_names().has(p.view(a, e)) : hebrew_names().has(p.view(a, e))))
        return false;
    }
    // One of its words a known given or family name.
    bool known = false;
    std::size_t k = a;
    while (k < b) {
      std::size_t e = k;
      while (e < b && !space(p[e])) ++e;
      const std::u32string_view w = p.view(k, e);
      if (arabic(c) ? (arabic_stop().has(w) || arabic_title(w)) : hebrew_stop().has(w))
        return false;
      known = known || (arabic(c) ? (arabic_names().has(w) || arabic_family_names().has(w))
                                  : hebrew_names().has(w));
      k = e + 1;
    }
    return known || keyed;
  }
  if (thai(c)) return words == 2;
  if (devanagari_letter(c)) {
    // Two to four words, none a function word or an institution's.
    if (words < 2 || words > 4) return false;
    for (std::size_t k = a; k < b;) {
      std::size_t e = k;
      while (e < b && !space(p[e])) ++e;
      if (devanagari_stop().has(p.view(k, e)) || devanagari_institution(p.view(k, e))) return false;
      k = e + 1;
    }
    return true;
  }
  if (han(c) || hiragana(c) || katakana(c)) {
    // A family name apart from the given name, on either side.
    if (words == 2) {
      if (spaces_at - a > 4 || b - spaces_at - 1 > 4) return false;
      auto family = [&](std::size_t f, std::size_t e) {
        std::size_t sl = 0;
        return (zh_surname_at(p, f, &sl) && e - f == sl) ||
               (e - f >= 2 && e - f <= 3 && ja_family_kanji(p[f]) && ja_family_kanji(p[f + 1]));
      };
      return family(a, spaces_at) || family(spaces_at + 1, b);
    }
    if (words != 1 || b - a > 5 || b - a < 2) return false;
    std::size_t sl = 0;
    if (zh_surname_at(p, a, &sl) && b - a >= sl + 1 && b - a <= sl + 2 &&
        !zh_not_name().has(p.view(a, a + 2)))
      return true;
    return ja_family_kanji(p[a]) && ja_family_kanji(p[a + 1]) && !ja_not_name().has(p.view(a, b));
  }
  if (hangul(c)) {
    // "김 민준", "민준 김": a family name apart from a given name of two
    // syllables (not "오시는 길").
    if (words == 2)
      return (spaces_at - a == 1 && in(c, kKoSurnames) && b - spaces_at - 1 == 2) ||
             (b - spaces_at - 1 == 1 && in(p[b - 1], kKoSurnames) && spaces_at - a == 2);
    if (words != 1 || b - a < 2 || b - a > 4 || (b - a != 3 && !keyed)) return false;
    if (!in(c, kKoSurnames) && !(keyed && in(c, kKoRareSurnames))) return false;
    return !ko_not_name().has(p.view(a, b)) && !ko_not_name().has(p.view(a, a + 2));
  }
  return false;
}

// --- JSON: a name's key ---------------------------------------------------

// `"name": "…"`, `"full_name": "…"`: a value written in these scripts alone
// (a few words) is a person's name.
void read_json_names(const Points& p, Reader& r) {
  static constexpr std::u32string_view kKeys[] = {
      U"\"name\"",          U"\"full_name\"",    U"\"fullName\"",     U"\"fullname\"",
      U"\"first_name\"",    U"\"firstName\"",    U"\"last_name\"",    U"\"lastName\"",
      U"\"customer_name\"", U"\"customerName\"", U"\"contact_name\"", U"\"contactName\"",
      U"\"recipient\"",     U"\"sender\"",       U"\"author\"",       U"\"patient_name\"",
      U"\"display_name\"",  U"\"displayName\"",  U"\"contact\""};
  auto letter = [](char32_t c) {
    return arabic(c) || hebrew(c) || thai(c) || han(c) || hiragana(c) || katakana(c) || hangul(c) ||
           devanagari_letter(c);
  };
  const std::size_t n = p.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (p[i] != '"') continue;
    std::size_t key = 0;
    for (std::u32string_view k : kKeys)
      if (p.lit(i, k)) key = k.size();
    if (!key) continue;
    std::size_t k = skip_spaces(p, i + key);
    if (p[k] != ':') continue;
    k = skip_spaces(p, k + 1);
    if (p[k] != '"') continue;
    const std::size_t v = k + 1;
    std::size_t e = v, letters = 0, words = 1;
    while (e < n && e < v + 40 && p[e] != '"') {
      if (letter(p[e])) {
        ++letters;
      } else if (space(p[e]) && e > v && !space(p[e - 1])) {
        ++words;
      } else {
        break;
      }
      ++e;
    }
    if (p[e] == '"' && letters >= 2 && words <= 5 && !space(p[e - 1]) && shaped_name(p, v, e, true))
      r.add(v, e, kCued);
    i = e;
  }
}

// --- an address block's first line ------------------------------------------

// A line of one to four words in these scripts alone, over a street address
// of the same scripts ("هوشیار قهرمان\nبلوار اقبال لاهوری، پلاک ۱۲",
// "桜 白石\n〒935-5043 香川県…"): the addressee.
void read_addressees(std::string_view text, const Points& p, Reader& r) {
  auto letter = [](char32_t c) {
    return arabic(c) || hebrew(c) || thai(c) || han(c) || hiragana(c) || katakana(c) || hangul(c);
  };
  const std::size_t n = p.size();
  std::size_t line = 0;
  while (line < n) {
    std::size_t e = line;
    while (e < n && p[e] != '\n') ++e;
    std::size_t a = line, b = e;
    while (a < b && space(p[a])) ++a;
    while (b > a && (space(p[b - 1]) || p[b - 1] == '\r')) --b;
    std::size_t letters = 0, words = 1;
    bool ok = b > a;
    for (std::size_t k = a; k < b && ok; ++k) {
      if (letter(p[k])) {
        ++letters;
      } else if (space(p[k]) && !space(p[k - 1])) {
        ++words;
      } else {
        ok = false;
      }
    }
    if (ok && letters >= 2 && letters <= 24 && words <= 4 && e < n) {
      // The next line (or a postcode line before it) holds a street.
      std::size_t next_end = e + 1;
      for (int lines = 0; lines < 2 && next_end < n; ++lines) {
        while (next_end < n && p[next_end] != '\n') ++next_end;
        if (lines == 0 && next_end < n) ++next_end;
      }
      thread_local std::vector<Finding> streets;
      streets.clear();
      find_script_addresses(text.substr(p.at[e + 1], p.at[std::min(next_end, n)] - p.at[e + 1]),
                            streets);
      // (Not in Hangul: a Korean address block opens with a building's,
      // a firm's or a heading's word as often as with a name.)
      if (!hangul(p[a]) && !streets.empty() && shaped_name(p, a, b, false)) r.add(a, b, kVouched);
    }
    line = e + 1;
  }
}

// --- Georgian ----------------------------------------------------------------

// Mkhedruli, the script Georgian is written in: no capitals either.
bool georgian(char32_t c) {
  return c >= 0x10D0 && c <= 0x10FF;
}

// Titles, greetings and cues before a name ("ბატონი", "ქალბატონო",
// "დოქტორი", "გამარჯობა", "ჩემი სახელია").
constexpr std::u32string_view kGeorgianTitles[] = {
    U"ბატონი",      U"ბატონო",      U"ქალბატონი",    U"ქალბატონო", U"დოქტორი",  U"დოქტორო",
    U"პროფესორი",   U"პროფესორო",   U"ექიმი",        U"გამარჯობა", U"ძვირფასო", U"ძვირფასი",
    U"პატივცემულო", U"პატივცემული", U"ჩემი სახელია", U"მე მქვია",  U"სახელად"};
// Labels of a form (before a colon).
constexpr std::u32string_view kGeorgianLabels[] = {
    U"სახელი და გვარი", U"სახელი, გვარი", U"სახელი გვარი", U"სახელი",        U"გვარი",
    U"ადრესატი",        U"გამგზავნი",     U"მიმღები",      U"განმცხადებელი", U"საკონტაქტო პირი",
    U"პაციენტი",        U"კლიენტი",       U"ავტორი",       U"ხელმომწერი"};
// Lists of people: a label, or the verb of attending before them.
constexpr std::u32string_view kGeorgianListLabels[] = {U"მონაწილეები", U"მონაწილენი", U"დამსწრეები",
                                                       U"დამსწრენი"};
constexpr std::u32string_view kGeorgianClosings[] = {U"პატივისცემით", U"მადლობით",
                                                     U"საუკეთესო სურვილებით", U"მადლობა"};
// Words no name is made of: function words, pronouns, days, the verbs
// and nouns that follow a name ("ხვალ ჩამოვა", "დირექტორია") or stand
// where one would ("ყველას", "ადმინისტრაცია").
const Lexicon& georgian_stop() {
  static const Lexicon l(
      U"და ან თუ რომ არის იყო არ ვერ ეს ის ამ იმ ეს ჩემი შენი მისი ჩვენი თქვენი მათი ყველა "
      U"ყველას ყველამ ყველანი დღეს ხვალ გუშინ ახლა როგორ რა ვინ სად როდის ხარ ხართ ვარ კი "
      U"მიიღებს ჩამოვა მოვა მუშაობს მუშაობენ დირექტორია დირექტორი ადმინისტრაცია "
      U"მომხმარებელთა მომსახურება მომსახურების გუნდი სამსახური განყოფილება კომპანია "
      U"თანამშრომელი თანამშრომლები თანამშრომელს კოლეგებო კოლეგები მეგობრებო მეგობარო "
      U"უცნობი მითითებული ბატონო ქალბატონო გმადლობთ მადლობა გთხოვთ შეკვეთა მაღაზია "
      // Firms' legal forms: "შპს მელაშვილი" is a firm.
      U"შპს სს სსიპ ააიპ იმ ი/მ კს სპს");
  return l;
}
// A case ending or a vocative's no name in a list's place ends with:
// "ახალგორიდან" (from …), "…ში" (in), "…ზე" (on), "მომხმარებლებო".
bool georgian_inflected(std::u32string_view w) {
  for (std::u32string_view x : {U"დან", U"ში", U"ზე", U"თან", U"ით", U"ებო", U"ისთვის"})
    if (w.size() > x.size() + 1 && w.ends_with(x)) return true;
  return false;
}
// The endings of Georgian family names: "-შვილი" (child) and "-ძე" (son)
// name most families and close few other words; so do their case forms,
// the dative "-შვილს"/"-ძეს", the genitive "-შვილის"/"-ძის" and the
// ergative "-შვილმა"/"-ძემ" ("ეს წერილი გიორგი ბერიძეს ეკუთვნის"); and the
// Mingrelian "-ავა" ("აბშილავა", "აბშილავას").
bool georgian_family(std::u32string_view w) {
  if (w.size() < 5) return false;
  for (std::u32string_view x : {U"შვილი", U"შვილს", U"შვილის", U"შვილმა", U"ძე", U"ძეს", U"ძის",
                                U"ძემ", U"ავა", U"ავას", U"ავამ"})
    if (w.ends_with(x)) return true;
  return false;
}

// Georgian has no capitals, so name_finder.cpp reads every Georgian word as
// capitalised and may run a name on over "და" ("X Y და Z"); it reads a
// Cyrillic list's names in part ("Аркадійович Марієвський"): a name read
// here after a label, a title or in a list outranks those readings.
constexpr double kOverCapitals = 0.9;

struct GeorgianReader {
  const Points& p;
  Reader& r;

  std::size_t word_end(std::size_t s) const {
    while (s < p.size() && georgian(p[s])) ++s;
    return s;
  }
  std::size_t next_word(std::size_t e) const {
    return p[e] == ' ' && georgian(p[e + 1]) ? e + 1 : 0;
  }
  bool stop(std::size_t s, std::size_t e) const { return georgian_stop().has(p.view(s, e)); }
  std::size_t title_at(std::size_t i) const {
    std::size_t best = 0;
    for (std::u32string_view t : kGeorgianTitles)
      if (t.size() > best && p.lit(i, t) && !georgian(p[i + t.size()])) best = t.size();
    return best;
  }
  // A name from s: a first word no stop word, then up to two more that are
  // neither stop words nor titles (a third only with a family name's
  // ending). One past it, or 0.
  std::size_t name_at(std::size_t s) const {
    std::size_t e = word_end(s);
    if (e - s < 2 || stop(s, e) || title_at(s) || georgian_inflected(p.view(s, e))) return 0;
    for (int words = 1; words < 3; ++words) {
      const std::size_t n = next_word(e);
      if (!n) break;
      const std::size_t ne = word_end(n);
      if (ne - n < 2 || stop(n, ne) || title_at(n) || georgian_inflected(p.view(n, ne))) break;
      if (words == 2 && !georgian_family(p.view(n, ne))) break;
      e = ne;
    }
    return firm_after(e) ? 0 : e;
  }
  // A firm's word or a hyphen joining two family names after e: "…-ხუციშვილი",
  // "ბერიძე სტუდია", "კიკნაძე გრუპი"; "named after" ("ილია ჭავჭავაძის
  // სახელობის უნივერსიტეტი").
  bool firm_after(std::size_t e) const {
    if (p[e] == '-' && georgian(p[e + 1])) return true;
    const std::size_t n = next_word(e);
    if (!n) return false;
    for (std::u32string_view w :
         {U"სტუდია", U"ჯგუფი", U"გრუპი", U"კომპანია", U"ფილიალი", U"სახელობის"})
      if (p.view(n, word_end(n)) == w) return true;
    return false;
  }
  // Names after the first one of a list: ", " or " და " between them.
  void list_from(std::size_t e) const {
    while (e < p.size()) {
      std::size_t k = e;
      bool comma = false;
      while (k < p.size() && (space(p[k]) || p[k] == ',')) {
        if (p[k] == ',') comma = true;
        ++k;
      }
      const bool joined = p.lit(k, U"და ");
      if (joined) k = skip_spaces(p, k + 3);
      // A comma or "და" between: the words after a name with a space alone
      // are its sentence ("ნინო ლომიძის წერილი მოვიდა").
      if (!(comma || joined) || k >= p.size() || !georgian(p[k])) return;
      // Two words at least: a given name and a family name.
      const std::size_t end = name_at(k);
      if (!end || !next_word(word_end(k)) || end == word_end(k)) return;
      r.add(k, end, kOverCapitals);
      e = end;
    }
  }

  void read() {
    const std::size_t n = p.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (!georgian(p[i]) || (i > 0 && georgian(p[i - 1]))) continue;
      const std::size_t e = word_end(i);
      bool done = false;
      for (bool many : {true, false}) {
        for (std::u32string_view l : many
                                         ? std::span<const std::u32string_view>(kGeorgianListLabels)
                                         : std::span<const std::u32string_view>(kGeorgianLabels)) {
          if (done || !p.lit(i, l) || georgian(p[i + l.size()])) continue;
          const std::size_t v = after_colon(p, i + l.size());
          if (!v || !georgian(p[v])) continue;
          done = true;
          if (const std::size_t end = name_at(v)) {
            r.add(v, end, kOverCapitals);
            if (many) list_from(end);
          }
        }
      }
      if (done) continue;
      // "შეხვედრას დაესწრნენ X და Y": the verb of attending before a list.
      if (p.lit(i, U"დაესწრნენ") || p.lit(i, U"დაესწრო")) {
        const std::size_t s = next_word(e);
        const std::size_t end = s ? name_at(s) : 0;
        if (end && end > word_end(s)) {
          r.add(s, end, kOverCapitals);
          list_from(end);
        }
        continue;
      }
      // A closing, then the name alone on the next line.
      bool closing = false;
      for (std::u32string_view l : kGeorgianClosings) {
        if (closing || !p.lit(i, l) || georgian(p[i + l.size()])) continue;
        std::size_t k = i + l.size();
        while (k < n && (space(p[k]) || in(p[k], U",!."))) ++k;
        if (p[k] == '\r') ++k;
        if (p[k] != '\n') continue;
        closing = true;
        k = skip_spaces(p, k + 1);
        const std::size_t end = georgian(p[k]) ? name_at(k) : 0;
        if (end && (end >= n || p[end] == '\n' || p[end] == '\r')) r.add(k, end, kOverCapitals);
      }
      if (closing) continue;
      if (const std::size_t t = title_at(i)) {
        const std::size_t s = skip_spaces(p, i + t);
        if (s == i + t || !georgian(p[s])) continue;
        if (const std::size_t end = name_at(s)) {
          r.add(s, end, kOverCapitals);
          i = end - 1;
        }
        continue;
      }
      // A word before a family name's ending: "იური მელიქიძე", then the
      // names listed after it.
      if (stop(i, e) || e - i < 2 || e - i > 12) continue;
      const std::size_t m = next_word(e);
      if (!m) continue;
      const std::size_t me = word_end(m);
      if (!georgian_family(p.view(m, me)) || firm_after(me)) continue;
      r.add(i, me, kVouched);
      list_from(me);
      i = me - 1;
    }
  }
};

// --- names in these scripts inside Latin-script text -------------------------

// A letter of any script read here.
bool name_letter(char32_t c) {
  return arabic(c) || hebrew(c) || thai(c) || han(c) || hiragana(c) || katakana(c) || hangul(c) ||
         devanagari_letter(c);
}
// The code points [j - lit.size(), j) spell `lit` (lower-case ASCII, or any
// code point as written) in any ASCII case, and no Latin letter precedes.
bool latin_before(const Points& p, std::size_t j, std::u32string_view lit) {
  if (j < lit.size()) return false;
  const std::size_t s = j - lit.size();
  for (std::size_t k = 0; k < lit.size(); ++k) {
    char32_t c = p[s + k];
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if (c != lit[k]) return false;
  }
  return s == 0 || !latin_letter(p[s - 1]);
}

// Latin labels of a person's field (before a colon), titles, and
// prepositions of contact, in lower case.
constexpr std::u32string_view kLatinLabels[] = {U"name",
                                                U"full name",
                                                U"nom",
                                                U"nom complet",
                                                U"nombre",
                                                U"nombre completo",
                                                U"vorname",
                                                U"nachname",
                                                U"expéditeur",
                                                U"destinataire",
                                                U"absender",
                                                U"empfänger",
                                                U"remitente",
                                                U"destinatario",
                                                U"attendees",
                                                U"participants",
                                                U"participantes",
                                                U"teilnehmer",
                                                U"teilnehmende",
                                                U"guest list",
                                                U"guests",
                                                U"invités",
                                                U"invitados",
                                                U"gäste",
                                                U"team members",
                                                U"members",
                                                U"membres",
                                                U"miembros",
                                                U"mitglieder",
                                                U"contact",
                                                U"contact person",
                                                U"contacto",
                                                U"ansprechpartner",
                                                U"ansprechpartnerin",
                                                U"kontakt",
                                                U"cc",
                                                U"author",
                                                U"auteur",
                                                U"autor",
                                                U"employee",
                                                U"driver",
                                                U"tenant",
                                                U"beneficiary",
                                                U"passenger",
                                                U"passager",
                                                U"pasajero",
                                                U"customer",
                                                U"client",
                                                U"cliente",
                                                U"kunde",
                                                U"applicant",
                                                U"account holder",
                                                U"titulaire",
                                                U"titular",
                                                U"patient",
                                                U"paciente",
                                                U"signed",
                                                U"signé",
                                                U"firmado",
                                                U"unterzeichnet",
                                                U"assigned to",
                                                U"owner",
                                                U"reviewed by"};
constexpr std::u32string_view kLatinTitles[] = {
    U"mr.",        U"mr",          U"mrs.",   U"mrs",      U"ms.",    U"ms",
    U"miss",       U"dr.",         U"dr",     U"prof.",    U"m.",     U"mme",
    U"mlle",       U"mme.",        U"herr",   U"frau",     U"sr.",    U"sra.",
    U"srta.",      U"don",         U"doña",   U"docteur",  U"doctor", U"doktor",
    U"le docteur", U"la docteure", U"madame", U"monsieur", U"señor",  U"señora"};
constexpr std::u32string_view kLatinPrepositions[] = {
    U"avec", U"contacter", U"appeler",      U"llame a",       U"llamar a", U"contacte a", U"con",
    U"mit",  U"anrufen",   U"kontaktieren", U"with",          U"call",     U"contact",    U"to",
    U"à",    U"a",         U"an",           U"de la part de", U"von",      U"from",       U"by",
    U"par",  U"por",       U"for",          U"für",           U"pour",     U"para"};

// A name in these scripts after a Latin title ("Mr. 편성현", "M. रञ्जन लामा",
// "Frau 山田花子"), a form's label ("Name: مسود راجپوت", "Nom : 包颖",
// "Attendees: A, B", "Team members:\n- A\n- B") or a preposition of contact
// ("Réunion avec …", "llame a …", "contacter …"), and the names listed after
// it ("A et B", "A; B"). The words must have a name's shape in their script
// (shaped_name; a known name in Arabic letters after a preposition).
struct LatinCues {
  const Points& p;
  Reader& r;

  // The run of name words from s: words of one script apart by single
  // spaces (at most four); its end.
  std::size_t run_end(std::size_t s) const {
    const Script script = script_of(p[s]);
    auto same = [&](char32_t c) {
      return name_letter(c) &&
             (script_of(c) == script || (han(c) || hiragana(c) || katakana(c)) ==
                                            (han(p[s]) || hiragana(p[s]) || katakana(p[s])));
    };
    std::size_t e = s;
    for (int words = 0; words < 4; ++words) {
      while (e < p.size() && (same(p[e]) || (p[e] == '\'' && same(p[e + 1]) && e > s))) ++e;
      if (!(p[e] == ' ' && same(p[e + 1]))) break;
      ++e;
    }
    return e;
  }
  // What the Latin text before j says: 2 a title or a label, 1 a preposition
  // of contact, 0 nothing.
  int cue_before(std::size_t j) const {
    std::size_t k = j;
    while (k > 0 && space(p[k - 1])) --k;
    if (k == j && k > 0 && p[k - 1] != '\n') return 0;  // glued to the word before
    // A bullet under a label: "Team members:\n- A".
    if (k > 0 && in(p[k - 1], U"-•*")) {
      --k;
      while (k > 0 && space(p[k - 1])) --k;
      if (k == 0 || p[k - 1] != '\n') return 0;
    }
    while (k > 0 && (p[k - 1] == '\n' || p[k - 1] == '\r')) --k;
    auto any = [&](std::span<const std::u32string_view> list) {
      for (std::u32string_view l : list)
        if (latin_before(p, k, l)) return true;
      return false;
    };
    if (k > 0 && colon(p[k - 1])) {
      --k;
      while (k > 0 && space(p[k - 1])) --k;
      return any(kLatinLabels) ? 2 : 0;
    }
    if (k == j) return 0;
    if (any(kLatinTitles)) return 2;
    return any(kLatinPrepositions) ? 1 : 0;
  }
  // An e-mail address right after the run, apart only by the marks of a
  // header, a list or a table ("X <a@b.c>", "X (a@b.c)", "X, a@b.c",
  // "<td>X</td><td>a@b.c", "\"X\",\"a@b.c\""), on its line.
  bool mail_after(std::size_t e) const {
    std::size_t k = e;
    const std::size_t stop = std::min(p.size(), e + 24);
    while (k < stop && p[k] != '\n') {
      if (p[k] == '<' && p[k + 1] == '/') {  // a closing tag, then an opening one
        while (k < stop && p[k] != '>') ++k;
        ++k;
        if (p[k] == '<' && latin_letter(p[k + 1]))
          while (k < stop && p[k] != '>') ++k;
        if (k < stop) ++k;
        continue;
      }
      if (!in(p[k], U" <(,;|\"'\t")) break;
      ++k;
    }
    if (k == e || k >= p.size()) return false;
    // The address: ASCII letters, digits and . _ + - up to its '@'.
    const std::size_t a = k;
    while (k < p.size() && k < a + 64 &&
           (latin_letter(p[k]) || (p[k] >= '0' && p[k] <= '9') || in(p[k], U"._+-")))
      ++k;
    return k > a && p[k] == '@' && latin_letter(p[k + 1]);
  }
  // The run [s, e) ends with a word for e-mail ("…को इमेल a@b.c", "ایمیل",
  // "이메일"): a sentence about the address, not a name beside it.
  bool mail_word_before(std::size_t s, std::size_t e) const {
    std::size_t b = e;
    while (b > s && p[b - 1] == ' ') --b;
    // Or opens with one: "ایمیل نیکدل قهستانی a@b.c" (the data's owner is
    // read after its noun, in the reader of its script).
    for (std::u32string_view w : {U"ایمیل", U"ای میل", U"ای‌میل", U"البريد", U"بريد", U"इमेल",
                                  U"ईमेल", U"이메일", U"אימייל", U"מייל"})
      if (p.lit(s, w) && s + w.size() < e && p[s + w.size()] == ' ') return true;
    for (std::u32string_view w :
         {U"इमेल", U"ईमेल", U"ई-मेल", U"ایمیل", U"ای میل", U"ای‌میل", U"البريد", U"بريد",
          U"الإلكتروني", U"이메일", U"메일", U"אימייל", U"מייל", U"邮箱", U"メール", U"อีเมล"})
      if (b - s >= w.size() && p.view(b - w.size(), b) == w) return true;
    return false;
  }
  // The run opens its line (after a chat's "[10:42] ") and a colon and
  // Latin text follow it: a chat's speaker ("편성현: can we move …").
  bool speaker(std::size_t s, std::size_t e) const {
    std::size_t k = s;
    while (k > 0 && space(p[k - 1])) --k;
    if (k > 0 && p[k - 1] == ']') {
      // A time or a date in brackets (a few code points, so a line of
      // brackets costs no more than its length).
      const std::size_t from = k > 24 ? k - 24 : 0;
      while (k > from && p[k - 1] != '[' && p[k - 1] != '\n') --k;
      if (k == 0 || p[k - 1] != '[') return false;
      --k;
    }
    if (k > 0 && p[k - 1] != '\n') return false;
    if (!colon(p[e]) || p[e + 1] != ' ') return false;
    return latin_letter(p[e + 2]);
  }
  // The run opens a sentence and an English verb of a person follows it
  // ("X joined the team", "X and Y will attend", "X wrote:").
  bool subject(std::size_t s, std::size_t e) const {
    std::size_t k = s;
    while (k > 0 && space(p[k - 1])) --k;
    if (k > 0 && p[k - 1] != '\n' && !in(p[k - 1], U".!?")) return false;
    if (p[e] != ' ') return false;
    for (std::u32string_view v : {U"joined ", U"will ", U"wrote", U"said ", U"says ", U"asked ",
                                  U"called ", U"sent ", U"has ", U"is ", U"was ", U"and "})
      if (p.lit(e + 1, v)) return true;
    return false;
  }
  bool name_shape(std::size_t s, std::size_t e, int cue) const {
    // Hangul: a family name (a rarer one after a title or a label) and two
    // syllables, however strong the cue.
    if (hangul(p[s]) && cue == 2 && e - s == 3 && in(p[s], kKoRareSurnames))
      return !ko_not_name().has(p.view(s, e)) && !ko_not_name().has(p.view(s, s + 2));
    return shaped_name(p, s, e, cue == 2 && !hangul(p[s]));
  }

  void read() {
    const std::size_t n = p.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (!name_letter(p[i]) || (i > 0 && (name_letter(p[i - 1]) || latin_letter(p[i - 1]))))
        continue;
      int cue = cue_before(i);
      std::size_t e = run_end(i);
      if (!cue && e < n && ((mail_after(e) && !mail_word_before(i, e)) || speaker(i, e))) cue = 2;
      if (!cue && e < n && subject(i, e)) cue = 1;
      if (!cue) {
        i = e;
        continue;
      }
      if (e >= n || !name_letter(p[e]) ? !name_shape(i, e, cue) : true) {
        i = e;
        continue;
      }
      r.add(i, e, kCued);
      // Names listed after it: "A, B et C", "A; B", "- A\n- B".
      while (e < n) {
        std::size_t k = e;
        while (k < n && (space(p[k]) || in(p[k], U",;、\r"))) ++k;
        if (k < n && p[k] == '\n') {
          ++k;
          while (k < n && space(p[k])) ++k;
          if (k >= n || !in(p[k], U"-•*")) break;
          k = skip_spaces(p, k + 1);
        } else if (const std::size_t c = [&]() -> std::size_t {
                     for (std::u32string_view w : {U"and ", U"et ", U"und ", U"y ", U"e "})
                       if (latin_before(p, k + w.size(), w)) return w.size();
                     return 0;
                   }()) {
          k += c;
        }
        if (k == e || k >= n || !name_letter(p[k])) break;
        const std::size_t ke = run_end(k);
        if (ke < n && name_letter(p[ke])) break;
        if (!name_shape(k, ke, 2)) break;
        r.add(k, ke, kCued);
        e = ke;
      }
      i = e;
    }
  }
};

// --- people's labels of Cyrillic and Greek forms ------------------------------

// Labels of a person's name in Russian, Ukrainian, Macedonian, Bulgarian,
// Serbian and Greek forms (before a colon), and labels of a list of people.
// These scripts have capitals and the capital-letter rules read their
// names, but not after these labels, nor every name of a list after one
// ("Учасники: A, B та C").
constexpr std::string_view kCasedLabels[] = {"ФИО",
                                             "Ф.И.О.",
                                             "ПІБ",
                                             "П.І.Б.",
                                             "Ім'я та прізвище",
                                             "Ім'я",
                                             "Ім’я",
                                             "Имя",
                                             "Име и презиме",
                                             "Име и фамилия",
                                             "Ime i prezime",
                                             "Контактное лицо",
                                             "Контактна особа",
                                             "Лице за контакт",
                                             "Ονοματεπώνυμο"};
constexpr std::string_view kCasedListLabels[] = {
    "Участники", "Присутствовали", "Учасники", "Присутні",      "Учесници",
    "Присутни",  "Участници",      "Učesnici", "Συμμετέχοντες", "Παρόντες"};

bool cased_upper(char32_t c) {
  return (c >= 0x0400 && c <= 0x042F) || c == 0x0490 || c == 0x0386 ||
         (c >= 0x0388 && c <= 0x038F) || (c >= 0x0391 && c <= 0x03AB);
}
bool cased_lower(char32_t c) {
  return (c >= 0x0430 && c <= 0x045F) || c == 0x0491 || (c >= 0x03AC && c <= 0x03CE) ||
         c == 0x0390 || c == 0x03B0;  // ΐ, ΰ
}

// A name from s in the decoded value: two to four words, each a capital and
// lower-case letters (an apostrophe or a hyphen inside) or an initial ("Н.").
// One past it, or 0.
std::size_t cased_name_at(const Points& p, std::size_t s) {
  std::size_t e = s;
  int words = 0, initials = 0;
  while (words < 4 && cased_upper(p[e])) {
    std::size_t k = e + 1;
    if (p[k] == '.') {
      ++k;
      ++initials;
    } else {
      if (!cased_lower(p[k])) break;  // "ООО", "ТОВ": a firm's form
      while (cased_lower(p[k]) ||
             ((p[k] == '\'' || p[k] == 0x2019 || p[k] == '-') && cased_lower(p[k + 1])) ||
             (p[k] == '-' && cased_upper(p[k + 1])))
        ++k;
    }
    e = k;
    ++words;
    if (!(p[e] == ' ' && cased_upper(p[e + 1]))) break;
    ++e;
  }
  if (p[e - 1] == ' ') --e;
  return words - initials >= 2 ? e : 0;
}

// --- romanised Korean names in Latin text -----------------------------------

// One syllable of Korean in the Revised Romanization, or the spellings
// names keep from older ones ("soo", "hee", "young"): an initial, a vowel,
// a final; lower case, the whole of `w`.
bool rr_syllable(std::string_view w) {
  static constexpr std::string_view kInitials[] = {"kk", "tt", "pp", "ss", "jj", "ch", "g",
                                                   "n",  "d",  "r",  "m",  "b",  "s",  "j",
                                                   "k",  "t",  "p",  "h",  "w",  "y",  ""};
  static constexpr std::string_view kVowels[] = {"yae", "yeo", "wae", "you", "ae", "ya", "eo", "ye",
                                                 "wa",  "oe",  "yo",  "wo",  "we", "wi", "yu", "eu",
                                                 "ui",  "oo",  "ee",  "a",   "e",  "o",  "u",  "i"};
  static constexpr std::string_view kFinals[] = {"ng", "k", "n", "t", "l", "m", "p", ""};
  for (std::string_view i : kInitials) {
    if (!w.starts_with(i)) continue;
    const std::string_view rest = w.substr(i.size());
    for (std::string_view v : kVowels) {
      if (!rest.starts_with(v)) continue;
      // "w" and "y" open a syllable only as a glide before a plain vowel.
      if ((i == "w" || i == "y") && v.size() > 1 && v != "oo" && v != "ee" && v != "eo" &&
          v != "ae")
        continue;
      const std::string_view f = rest.substr(v.size());
      for (std::string_view x : kFinals)
        if (f == x) return true;
    }
  }
  return false;
}

// Korean family names as they are romanised in names ("Kim", "Lee",
// "Park", "Choi", "Ye"); not the English words of the same spelling that
// stand before a capitalised word ("In", "On", "So", "Do", "Go").
bool rr_family_name(std::string_view w) {
  static const std::unordered_set<std::string_view> kNames = [] {
    std::unordered_set<std::string_view> set;
    constexpr std::string_view kList =
        "Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim "
        "Han Oh Seo Suh Shin Sin Kwon Hwang Ahn Song Ryu Yoo Yu Jeon Chun Hong Ko Moon Mun Yang "
        "Son Sohn Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung Seong Cha Joo Ju Woo Koo Gu Min "
        "Na Jin Eom Um Chae Won Cheon Bang Gong Hyun Ham Byun Yeom Yeo Chu Seok Seol Ma Gil Yeon "
        "Wi Pyo Myung Gi Wang Geum Ok Yuk Maeng Je Mo Tak Guk Eun Pyeon Yong Ye Bong Sa Bu Sim "
        "Shim Pi Paeng Gan Bok Eum Tae Kam Dan Gal Hyeong Seung Sang Bin Gye Mok Si Du Dang Dong "
        "Jeop Chu Gyeong Hwangbo Namgung Jegal Seonu Dokgo Sagong";
    for (std::size_t i = 0; i < kList.size();) {
      const std::size_t e = std::min(kList.find(' ', i), kList.size());
      set.insert(kList.substr(i, e - i));
      i = e + 1;
    }
    return set;
  }();
  return kNames.contains(w);
}

// A given name of two syllables joined by a hyphen, capitalised ("Min-jun",
// "Su-hyeok", "Ji-Won"), not a reduplication ("Yo-yo", "Ping-pong",
// "Hip-hop") nor a phrasal word ("Pop-up", "Add-on").
bool rr_given_name(std::string_view w) {
  const std::size_t h = w.find('-');
  if (h == std::string_view::npos || h < 1 || h + 1 >= w.size() || w[0] < 'A' || w[0] > 'Z')
    return false;
  std::string a(w.substr(0, h)), b(w.substr(h + 1));
  a[0] = static_cast<char>(a[0] - 'A' + 'a');
  if (b[0] >= 'A' && b[0] <= 'Z') b[0] = static_cast<char>(b[0] - 'A' + 'a');
  auto lower = [](const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  if (!lower(a) || !lower(b) || a.size() > 5 || b.size() > 5) return false;
  if (b == "up" || b == "on" || b == "in" || b == "ha") return false;
  // Reduplications: the same syllable, or the same opening consonant.
  auto onset = [](const std::string& s) { return s.substr(0, s.find_first_of("aeiouwy")); };
  if (a == b || (onset(a) == onset(b) && !onset(a).empty())) return false;
  return rr_syllable(a) && rr_syllable(b);
}

// "Kim Min-jun", "Min-jun Kim", "Ye Su-hyeok": a romanised given name with
// its family name before or after it (one space apart).
void find_romanised_korean(std::string_view text, std::vector<Finding>& out) {
  auto word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  };
  for (std::size_t h = text.find('-'); h != std::string_view::npos; h = text.find('-', h + 1)) {
    if (h == 0 || h + 1 >= text.size() || text[h - 1] < 'a' || text[h - 1] > 'z') continue;
    std::size_t s = h, e = h + 1;
    while (s > 0 && word_char(text[s - 1])) --s;
    while (e < text.size() && word_char(text[e])) ++e;
    const std::string_view given = text.substr(s, e - s);
    // (Each hyphen of the word reads the same word: once is enough, so a
    // text of hyphens costs its length, not its square.)
    if (!rr_given_name(given)) {
      h = e - 1;
      continue;
    }
    // The family name after it, or before it.
    std::size_t fs = 0, fe = 0;
    if (e + 1 < text.size() && text[e] == ' ') {
      fs = e + 1;
      fe = fs;
      while (fe < text.size() && word_char(text[fe]) && text[fe] != '-') ++fe;
      if (fe < text.size() && word_char(text[fe])) fe = fs;  // "Kim-Lee"
      if (fe > fs && rr_family_name(text.substr(fs, fe - fs))) {
        out.push_back({EntityType::person, s, fe, kCued, kDetector});
        h = fe;
        continue;
      }
    }
    if (s >= 2 && text[s - 1] == ' ') {
      std::size_t b = s - 1;
      while (b > 0 && word_char(text[b - 1]) && text[b - 1] != '-') --b;
      if (b < s - 1 && rr_family_name(text.substr(b, s - 1 - b)) &&
          (b == 0 || !word_char(text[b - 1]))) {
        out.push_back({EntityType::person, b, e, kCued, kDetector});
        h = e;
      }
    }
  }
}

void find_cased_labels(std::string_view text, std::vector<Finding>& out) {
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos;
       colon = text.find(':', colon + 1)) {
    std::size_t k = colon;
    while (k > 0 && text[k - 1] == ' ') --k;
    // A label of these scripts ends in a letter beyond ASCII (or "Ф.И.О.").
    if (k == 0 || (static_cast<unsigned char>(text[k - 1]) < 0x80 && text[k - 1] != '.')) continue;
    bool many = false;
    std::size_t label = 0;
    for (bool list : {true, false})
      for (std::string_view l : list ? std::span<const std::string_view>(kCasedListLabels)
                                     : std::span<const std::string_view>(kCasedLabels))
        if (!label && k >= l.size() && text.substr(k - l.size(), l.size()) == l &&
            (k == l.size() || static_cast<unsigned char>(text[k - l.size() - 1]) < 0x80)) {
          label = l.size();
          many = list;
        }
    if (!label) continue;
    std::size_t v = colon + 1;
    while (v < text.size() && text[v] == ' ') ++v;
    const std::size_t window = std::min<std::size_t>(text.size() - v, 400);
    const Points p = decode_code_points(text.substr(v, window));
    std::size_t s = 0;
    while (s < p.size()) {
      const std::size_t e = cased_name_at(p, s);
      if (!e) break;
      // A single value ends its line or its field.
      if (!many && !(e >= p.size() || in(p[e], U"\n\r,;(|"))) break;
      out.push_back({EntityType::person, v + p.at[s], v + p.at[e], kOverCapitals, kDetector});
      if (!many) break;
      std::size_t n = e;
      while (n < p.size() && (p[n] == ' ' || p[n] == ',')) ++n;
      for (std::u32string_view c : {U"и ", U"та ", U"і ", U"й ", U"и ", U"και ", U"i "})
        if (p.lit(n, c)) {
          n += c.size();
          break;
        }
      if (n == e) break;
      s = n;
    }
  }
}

}  // namespace

bool opens_with_name_script(std::string_view word) {
  const auto b = static_cast<unsigned char>(word.empty() ? 0 : word[0]);
  // Lead bytes of Hebrew and Arabic (D6-DB), Thai (E0 B8, E0 B9), kana,
  // CJK and Hangul (E3-ED).
  if (!((b >= 0xD6 && b <= 0xDB) || b == 0xE0 || (b >= 0xE3 && b <= 0xED))) return false;
  const Points p = decode_code_points(word.substr(0, 4));
  const char32_t c = p[0];
  return arabic(c) || hebrew(c) || thai(c) || han(c) || hiragana(c) || katakana(c) || hangul(c);
}

void find_script_names(std::string_view text, std::vector<Finding>& out) {
  // Georgian letters (U+10D0-U+10FF) all open with E1 83 in UTF-8.
  // People's labels of Cyrillic and Greek forms, at the text's colons.
  if (text.find(':') != std::string_view::npos) find_cased_labels(text, out);
  // Romanised Korean names, at the text's hyphens ("Kim Min-jun").
  if (text.find('-') != std::string_view::npos) find_romanised_korean(text, out);
  // Every letter of the scripts below is beyond ASCII: a text the scan's
  // find_leads found none in has none of them.
  if (const JoinedCapitals* noted = joined_capitals_of(text); noted && !noted->beyond_ascii) return;
  const bool georgian_bytes = text.find("\xE1\x83") != std::string_view::npos;
  if (!georgian_bytes && !has_script_letters(text)) return;
  CodePoints scratch;
  const Points& p = code_points_of(text, scratch);
  bool arabic_text = false, hebrew_text = false, thai_text = false, cjk = false, kana = false,
       korean = false, devanagari_text = false, georgian_text = false;
  for (char32_t c : p.cp) {
    arabic_text = arabic_text || arabic(c);
    hebrew_text = hebrew_text || hebrew(c);
    thai_text = thai_text || thai(c);
    cjk = cjk || han(c);
    kana = kana || hiragana(c) || katakana(c);
    korean = korean || hangul(c);
    devanagari_text = devanagari_text || devanagari_letter(c);
    georgian_text = georgian_text || georgian(c);
  }
  Reader r(p, out);
  r.start();

  if (arabic_text) Spaced{p, r, arabic, true}.read();
  if (hebrew_text) Spaced{p, r, hebrew, false}.read();
  if (thai_text) ThaiReader{p, r}.read();
  if (cjk || kana) CjkReader{p, r, kana}.read();
  if (korean) KoreanReader{p, r}.read();
  if (devanagari_text) DevanagariReader{p, r}.read();
  if (georgian_text) GeorgianReader{p, r}.read();
  if (p.cp.find(U'"') != std::u32string::npos) read_json_names(p, r);
  // Latin text around them: its titles, labels and prepositions.
  if (std::any_of(p.cp.begin(), p.cp.end(), [](char32_t c) { return c < 0x80 && latin_letter(c); }))
    LatinCues{p, r}.read();
  if (p.cp.find(U'\n') != std::u32string::npos) read_addressees(text, p, r);
}

}  // namespace switchyard::privacy
