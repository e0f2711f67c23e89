// Street addresses written in scripts that the space-and-Latin-digit rules of
// address_layout.cpp cannot read: Japanese and Chinese (no spaces between
// words: "東京都千代田区丸の内1-1-1", "大阪市北区梅田3丁目1番1号",
// "上海市浦东新区世纪大道100号5楼501室", "台北市大安區忠孝東路四段123號5樓"),
// Korean ("서울특별시 강남구 테헤란로 123", "역삼동 123-45", "101동 202호"),
// Hebrew without a street type ("הרצל 15, תל אביב", "רח' הרצל 15"),
// Arabic and Persian with their own digits ("١٢ شارع التحرير",
// "خیابان ولیعصر، کوچه ۱۲، پلاک ۳۴") and Thai ("123/45 ถนนสุขุมวิท",
// "99 หมู่ 5 ซอย 11"). Each address needs two parts that agree — a street
// or locality word and a house number in the script's own grammar — so
// dates ("2024年5月1日"), prices ("1,200円"), chapters ("第3章"), phone
// numbers, room or order numbers alone are no address. Works on code points,
// linear in the text; text without any letter of these scripts costs one
// pass over its bytes, sixteen at a time. Internal to privacy/.
#pragma once

#include <string_view>
#include <vector>

#include "switchyard/privacy/code_points.hpp"  // has_script_letters
#include "switchyard/privacy/finding.hpp"

namespace switchyard::privacy {

// Appends ADDRESS findings (detector "street_address_script", score 0.9):
// the street line — in CJK the whole locality-to-number run with the
// building and room after it; elsewhere the street, house number and unit —
// but not a postcode ("〒100-0001", "06236", "6713301") before or after it.
void find_script_addresses(std::string_view text, std::vector<Finding>& out);

}  // namespace switchyard::privacy
