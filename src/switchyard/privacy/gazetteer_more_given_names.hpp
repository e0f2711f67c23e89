// Given names of the locales whose PERSON recall lagged after recall18
// (Yoruba, Uzbek, Kurmanji, Zulu, Georgian and Ukrainian in Latin letters,
// Esperanto, Turkish, Slovak, Swedish), written for this project by hand
// from general knowledge like kWorldGivenNames (not copied from any package
// or data file), and none of them a name of the recall19 probe set, whose
// figures would otherwise be circular. Lower case, accents kept, one space
// between names; read like kWorldGivenNames (a name that is also an English
// word is left out).
#pragma once

#include <string_view>

namespace switchyard::privacy::lists {

constexpr std::string_view kMoreGivenNames =
    "ademola bankole damilare deji dele foluke mojisola niyi olaniyi oluseun "
    "wunmi bayo ebun fola oyin remi ayokunnumi abdulla abdullo abror alisher anvar "
    "azizbek bahrom davron doniyor elyor eldor farhod farrux fazliddin ikrom jahongir "
    "jamshid javlon lazizbek mansur muhammadali nodir nodirbek ravshan rustam sanjar "
    "sarvar shavkat shohruh shuhrat sirojiddin sobir tohir umid xurshid zafar zohid zokir "
    "dildora dilorom durdona gulchehra gulnoza gulshan hilola iroda mavluda munisa muxlisa "
    "nargiza nasiba nigora oydin rayhona sevara shahlo shoira shoxista xurshida yulduz "
    "zebo zilola zulfiya ciwan gulistan lîlav rezan tîrêj zerdeşt nqobile lethiwe "
    "nomthandazo nikoloz dato lado sopo maka zviadi oleh pavlo vadym lesya liliya "
    "mariya myroslava orysia uliana valentyna daryna illia kyrylo maksym matviy heorhiy "
    "fedir francisko yeliz mikuláš justína dionýz regína vilgot ";

}  // namespace switchyard::privacy::lists
