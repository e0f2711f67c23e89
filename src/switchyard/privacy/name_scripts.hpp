// People's names written in their own scripts, which the capital-letter and
// word-list rules of name_finder.cpp cannot read: Arabic, Persian and Urdu
// (Arabic letters), Hebrew, Chinese, Japanese, Korean (Hangul), Thai,
// Nepali, Hindi and Marathi (Devanagari: श्री, डा., नाम:, प्रिय, "X जी") and
// Georgian (ბატონი, სახელი:, "X და Y", a word before -შვილი/-ძე); and the
// names after people's labels of Cyrillic and Greek forms ("ФИО:",
// "Учасники: A, B та C", "Συμμετέχοντες:"), which the capital-letter rules
// read in part.
// None of these scripts has capitals, and a name's words are ordinary words
// as often as not (王 king, 김 laver, نور light, คุณ you), so a name is found
// only where the text says a person stands there:
//   - a title or a form of address before it ("السيد", "آقای", "جناب",
//     "מר", "ד\"ר", "คุณ", "นางสาว", "ดร.") or an honorific after it ("先生",
//     "女士", "さん", "様", "님", "씨", "선생님", "صاحب");
//   - a form's label ("الاسم:", "نام و نام خانوادگی:", "שם מלא:", "姓名：",
//     "氏名：", "이름:", "ชื่อ-นามสกุล:"), with lists after a label for
//     people ("参会人员：A、B、C", "참석자: A, B, C");
//   - a cue ("我叫", "私は…と申します", "저는 …입니다", "ผมชื่อ", "اسمي"), a
//     greeting ("مرحباً", "היי", "亲爱的") or the line after a letter's
//     closing ("با احترام،", "בברכה,", "ขอแสดงความนับถือ", "此致 敬礼");
//   - in Chinese and Korean the name must open with a known family name
//     (王, 欧阳, 김, 남궁); in Japanese a kanji title needs a family name's
//     shape; in Arabic script a known given name followed by a family name
//     (النجار, مطهری, خان) or a nasab (بن, بنت) is a name without a cue.
// Inside Latin-script text, a run of these scripts' words with a name's
// shape is a name after a Latin title or a label of a person's field
// ("Mr. 편성현", "Nom : 包颖", "Attendees: A, B"), a preposition of contact
// ("Réunion avec …"), beside its e-mail address ("감나린 <a@b.com>"), as a
// chat's speaker ("[10:42] X: …") or the subject of an English verb of a
// person ("X joined").
// A name's span runs over all its words — family names no list knows after
// a cued given name, particles (ณ, בן, بن, סימן טוב), hyphens, the next name
// of a list after a joined ו/و — so redaction masks it whole.
// A title before a common noun ("السيد الرئيس", "آقای رئیس جمهور",
// "คุณภาพ", "นายจ้าง", "项目经理", "営業部長", "고객님") is no name. Works on
// code points, linear in the text; text without a letter of these scripts
// costs one pass over its bytes, sixteen at a time. Internal to privacy/.
#pragma once

#include <string_view>
#include <vector>

#include "switchyard/privacy/finding.hpp"

namespace switchyard::privacy {

// Appends PERSON findings (detector "person_script"): 0.85 where a title,
// an honorific, a label, a cue or a closing says a person is named there,
// 0.7 for a known given name joined to a family name without a cue.
void find_script_names(std::string_view text, std::vector<Finding>& out);

// Whether the word opens with a letter of one of those scripts.
bool opens_with_name_script(std::string_view word);

}  // namespace switchyard::privacy
