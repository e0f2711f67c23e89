// Writes labelled evaluation data for the privacy detector, in the format
// `switchyard pii eval` reads (presidio-research: a JSON array of records with
// `full_text` and `spans` of `entity_type`, `entity_value`, `start_position`,
// `end_position` in code points, end exclusive).
//
//   node generate.mjs [--seed 15] [--records 3000] > ../data/generated_pii.json
//   node generate.mjs --set breadth --seed 16 --records 1500 > ../data/generated_pii_breadth.json
//   node generate.mjs --set variants --seed 17 --records 1500 > ../data/generated_pii_variants.json
//   node generate.mjs --set holdout --seed 21 --records 1500 > ../data/generated_pii_holdout.json
//   node generate.mjs --set judge --seed 23 --records 1500 > ../data/generated_pii_judge.json
//   node generate.mjs --set blind --seed 29 --records 1500 > ../data/generated_pii_blind.json
//   node generate.mjs --set addr7 --seed 31 --records 1200 > ../data/generated_pii_addr7.json
//   node generate.mjs --set num7 --seed 37 --records 1200 > ../data/generated_pii_num7.json
//   node generate.mjs --set num7b --seed 41 --records 900 > ../data/generated_pii_num7b.json
//   node generate.mjs --set num7c --seed 43 --records 900 > ../data/generated_pii_num7c.json
//   node generate.mjs --set names7 --seed 41 --records 1500 > ../data/generated_pii_names7.json
//   node generate.mjs --set blind2 --seed 47 --records 1500 > ../data/generated_pii_blind2.json
//   node generate.mjs --set names9 --seed 53 --records 1500 > ../data/generated_pii_names9.json
//   node generate.mjs --set orgs10 --seed 59 --records 1500 > ../data/generated_pii_orgs10.json
//   node generate.mjs --set loc11 --seed 61 --records 1200 > ../data/generated_pii_loc11.json
//   node generate.mjs --set num11 --seed 67 --records 1200 > ../data/generated_pii_num11.json
//   node generate.mjs --set scripts13 --seed 71 --records 1200 > ../data/generated_pii_scripts13.json
//   node generate.mjs --set scripts13b --seed 73 --records 800 > ../data/generated_pii_scripts13b.json
//   node generate.mjs --set scripts13c --seed 79 --records 600 > ../data/generated_pii_scripts13c.json
//   node generate.mjs --set prose13 --seed 89 --records 1200 > ../data/generated_pii_prose13.json
//   node generate.mjs --set pos14 --seed 97 --records 1200 > ../data/generated_pii_pos14.json
//   node generate.mjs --set addr12 --seed 73 --records 1200 > ../data/generated_pii_addr12.json
//   node generate.mjs --set mask13 --seed 83 --records 1000 > ../data/generated_pii_mask13.json
//   node generate.mjs --set num14 --seed 103 --records 1200 > ../data/generated_pii_num14.json
//   node generate.mjs --set num14b --seed 107 --records 600 > ../data/generated_pii_num14b.json
//   node generate.mjs --set addr14 --seed 101 --records 900 > ../data/generated_pii_addr14.json
//   node generate.mjs --set afr16 --seed 113 --records 900 > ../data/generated_pii_afr16.json
//   node generate.mjs --set scripts16 --seed 109 --records 900 > ../data/generated_pii_scripts16.json
//   node generate.mjs --set eponyms17 --seed 127 --records 900 > ../data/generated_pii_eponyms17.json
//   node generate.mjs --set loc17 --seed 131 --records 900 > ../data/generated_pii_loc17.json
//   node generate.mjs --set recall18 --seed 181 --records 1200 > ../data/generated_pii_recall18.json
//   node generate.mjs --set inst18 --seed 187 --records 1200 > ../data/generated_pii_inst18.json
//   node generate.mjs --set inst18b --seed 191 --records 900 > ../data/generated_pii_inst18b.json
//   node generate.mjs --set recall19 --seed 199 --records 1200 > ../data/generated_pii_recall19.json
//   node generate.mjs --set prec19b --seed 197 --records 1200 > ../data/generated_pii_prec19b.json
//   node generate.mjs --set prec19a --seed 193 --records 1200 > ../data/generated_pii_prec19a.json
//   node generate.mjs --set precB --seed 223 --records 600 > ../data/generated_pii_precB.json
//   node generate.mjs --set precC --seed 229 --records 1440 --places 300 --offices 240 > ../data/generated_pii_precC.json
//
// Data the detector was not tuned on: names, streets, cities, companies, job
// titles and products come from @faker-js/faker across its locales; card
// numbers, phone numbers, dates and SSNs are built from their published rules
// (identifiers.mjs). Every record is one of the templates below: sentences,
// forms, signatures and chat messages with PII, and records full of
// near-misses (order and tracking numbers, versions, years alone, timestamps,
// prices, ISBNs, Luhn-failing card-length numbers, job titles, organisation,
// product and place names) that must not be found. Only the labels below are
// scored; ORGANIZATION and LOCATION labels mark text that must not be taken
// for a person. Same seed, same file.
import { writeSync } from 'node:fs';

import { allFakers } from '@faker-js/faker';

import {
  CARD_SCHEMES, cardNumber, groupCard, luhnCheckDigit, luhnValid, PHONE_REGIONS, phoneNumber, writtenDate, ssn,
} from './identifiers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SEED = option('seed', 15);
const RECORDS = option('records', 3000);
// `--set breadth` writes the second set (../data/generated_pii_breadth.json,
// seed 16): templates and locales the first set lacks — firms, products,
// job titles and places in new sentence shapes as PERSON near-misses, names
// in headers, mentions and CSV lines, and the street addresses of 33 more
// faker locales with their postcode and city lines.
const SET = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'main';

// mulberry32: a small seeded generator, so the file depends on the seed only.
function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
}
const rng = makeRng(SEED);
for (const f of Object.values(allFakers)) f.seed(SEED);

// Latin-script locales, and those whose names are written here in Latin
// transliteration (Greek, Cyrillic).
const NAME_LOCALES = ['en_US', 'en_GB', 'en_IN', 'en_NG', 'en_AU', 'en_ZA', 'de', 'de_AT', 'de_CH', 'fr',
  'fr_BE', 'es', 'es_MX', 'it', 'nl', 'pt_BR', 'pt_PT', 'pl', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ', 'sk',
  'hu', 'ro', 'hr', 'sl_SI', 'tr', 'vi', 'id_ID', 'af_ZA', 'lv', 'yo_NG', 'zu_ZA', 'sr_RS_latin',
  'uz_UZ_latin', 'el', 'ru', 'uk', 'mk'];
const ADDRESS_LOCALES = ['en_US', 'en_GB', 'en_AU', 'en_CA', 'de', 'fr', 'es', 'it', 'nl', 'pt_BR', 'pl', 'sv'];

const GREEK = { α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th',
  ι: 'i', ί: 'i', ϊ: 'i', ΐ: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r',
  σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', ϋ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ώ: 'o' };
const CYRILLIC = { а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh',
  з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', ѓ: 'gj', ќ: 'kj', ѕ: 'dz', ј: 'j', љ: 'lj', њ: 'nj', џ: 'dzh' };

function transliterate(word) {
  let out = '';
  for (const ch of word) {
    const low = ch.toLowerCase();
    const t = GREEK[low] ?? CYRILLIC[low];
    if (t === undefined) {
      out += ch;
    } else {
      out += ch !== low && t ? t[0].toUpperCase() + t.slice(1) : t;
    }
  }
  return out;
}

function localeFaker() {
  const locale = rng.pick(NAME_LOCALES);
  return { locale, f: allFakers[locale] };
}

function personName(f) {
  const sex = rng.pick(['female', 'male']);
  const first = transliterate(f.person.firstName(sex));
  const last = transliterate(f.person.lastName(sex));
  return { first, last, full: `${first} ${last}` };
}

// ---- records ----------------------------------------------------------------

class Record {
  constructor(kind, locale) {
    this.kind = kind;
    this.locale = locale;
    this.parts = [];
  }
  t(text) {
    this.parts.push({ text });
    return this;
  }
  e(type, text) {
    this.parts.push({ text, type });
    return this;
  }
  build() {
    let full = '';
    let at = 0;  // in code points
    const spans = [];
    for (const p of this.parts) {
      const n = [...p.text].length;
      if (p.type) {
        spans.push({ entity_type: p.type, entity_value: p.text, start_position: at, end_position: at + n });
      }
      full += p.text;
      at += n;
    }
    return { full_text: full, spans, template: this.kind, locale: this.locale };
  }
}

const jobTitle = (f) => f.person.jobTitle();
const company = (f) => f.company.name();
const product = (f) => f.commerce.productName();
const city = (f) => f.location.city();

function birthDate() {
  return [rng.int(1930, 2010), rng.int(1, 12), rng.int(1, 28)];
}
function recentDate() {
  return [rng.int(2015, 2027), rng.int(1, 12), rng.int(1, 28)];
}
const LANG_OF = { de: 'de', de_AT: 'de', de_CH: 'de', fr: 'fr', fr_BE: 'fr', es: 'es', es_MX: 'es',
  it: 'it', nl: 'nl', pt_BR: 'pt', pt_PT: 'pt' };

// -- cards: every scheme and issued length, every notation --
function cardRecord(scheme, length) {
  const { locale, f } = localeFaker();
  const r = new Record('card', locale);
  const number = groupCard(rng, cardNumber(rng, scheme, length));
  const exp = `${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(25, 32)}`;
  const style = rng.int(0, 6);
  if (!scheme.luhn) {
    // Without a check digit only the words around it say it is a card.
    r.t(rng.pick(['Card number: ', `My ${scheme.name} card is `, 'Please charge the card ', 'Credit card no. ']))
      .e('CREDIT_CARD', number).t(rng.pick([`, expiry ${exp}.`, '.', ` exp ${exp}`]));
    return r;
  }
  if (style === 0) r.t('Card number: ').e('CREDIT_CARD', number).t(`\nExpiry: ${exp}`);
  else if (style === 1) r.t(`Please charge my ${scheme.name} `).e('CREDIT_CARD', number).t(' for the renewal.');
  else if (style === 2) r.t('pay with ').e('CREDIT_CARD', number).t(` exp ${exp} cvv ${rng.int(100, 999)}`);
  else if (style === 3) r.e('PERSON', personName(f).full).t(' paid with ').e('CREDIT_CARD', number).t('.');
  else if (style === 4) r.t('The number on the back of the form is ').e('CREDIT_CARD', number).t(', can you check it?');
  else if (style === 5) r.t('{"cc": "').e('CREDIT_CARD', number).t(`", "exp": "${exp}"}`);
  else r.t('Refund to ').e('CREDIT_CARD', number).t(' please');
  return r;
}

// -- phones: every region, national and international notations --
function phoneRecord(region) {
  const { locale, f } = localeFaker();
  const r = new Record('phone', locale);
  const number = phoneNumber(rng, region);
  const style = rng.int(0, 6);
  if (style === 0) r.t('Call me at ').e('PHONE_NUMBER', number).t(' after 5.');
  else if (style === 1) r.t('Tel: ').e('PHONE_NUMBER', number).t('\nFax: ').e('PHONE_NUMBER', phoneNumber(rng, region));
  else if (style === 2) r.e('PERSON', personName(f).full).t(', mobile ').e('PHONE_NUMBER', number);
  else if (style === 3) r.t('You can reach our office on ').e('PHONE_NUMBER', number).t('.');
  else if (style === 4) r.t('my number is ').e('PHONE_NUMBER', number).t(' thanks');
  else if (style === 5) r.t('Kind regards\n').e('PERSON', personName(f).full).t('\n').e('PHONE_NUMBER', number);
  else r.t('Contact: ').e('PHONE_NUMBER', number).t(` (${region.region} office)`);
  return r;
}

// -- dates: birth dates and other full dates; the year alone is not labelled --
function dateRecord() {
  const { locale, f } = localeFaker();
  const lang = LANG_OF[locale] ?? 'en';
  const r = new Record('date', locale);
  const [y, m, d] = rng.chance(0.6) ? birthDate() : recentDate();
  const date = writtenDate(rng, lang, y, m, d);
  const style = rng.int(0, 7);
  if (style === 0) r.t('DOB: ').e('DATE_TIME', date);
  else if (style === 1) r.e('PERSON', personName(f).full).t(' was born on ').e('DATE_TIME', date).t('.');
  else if (style === 2) r.t('Date of birth: ').e('DATE_TIME', date).t('\nName: ').e('PERSON', personName(f).full);
  else if (style === 3) r.t('The patient was admitted on ').e('DATE_TIME', date).t(` and discharged ${rng.int(2, 9)} days later.`);
  else if (style === 4) r.t('Your appointment is confirmed for ').e('DATE_TIME', date).t('.');
  else if (style === 5) r.t('Signed on ').e('DATE_TIME', date).t(` in ${f.location.city()}.`);
  else if (style === 6) r.t('Geburtsdatum: ').e('DATE_TIME', date);
  else r.t(`I started working here in ${rng.int(1995, 2020)}, and my last review was on `).e('DATE_TIME', date).t('.');
  return r;
}

// -- people, in prose, forms, signatures and chat --
function personRecord() {
  const { locale, f } = localeFaker();
  const r = new Record('person', locale);
  const p = personName(f);
  const q = personName(f);
  const style = rng.int(0, 14);
  if (style === 0) r.t('Dear ').e('PERSON', p.full).t(',\n\nthank you for your message about the ').t(product(f)).t('.');
  else if (style === 1) r.t('Name: ').e('PERSON', p.full).t('\nEmail: ').e('EMAIL_ADDRESS', f.internet.email({ firstName: p.first, lastName: p.last }));
  else if (style === 2) r.t('Hi, this is ').e('PERSON', p.first).t('. Can you move my appointment?');
  else if (style === 3) r.e('PERSON', p.full).t(' will join the call from ').e('LOCATION', city(f)).t('.');
  else if (style === 4) r.t('Best regards,\n').e('PERSON', p.full).t('\n').e('TITLE', jobTitle(f)).t('\n').e('ORGANIZATION', company(f));
  else if (style === 5) r.t(rng.pick(['Mr. ', 'Mrs. ', 'Ms. ', 'Dr. ', 'Prof. '])).e('PERSON', p.last).t(' asked about the invoice.');
  else if (style === 6) r.t('Attendees: ').e('PERSON', p.full).t(', ').e('PERSON', q.full).t(' and ').e('PERSON', personName(f).full);
  else if (style === 7) r.t('I spoke with ').e('PERSON', p.first).t(' and ').e('PERSON', q.first).t(' yesterday about the ').t(product(f)).t(' order.');
  else if (style === 8) r.t('Applicant: ').e('PERSON', `${p.last}, ${p.first}`).t('\nPosition: ').e('TITLE', jobTitle(f));
  else if (style === 9) r.t('According to ').e('PERSON', p.full).t(', the ').e('ORGANIZATION', company(f)).t(' report is late.');
  else if (style === 10) r.t('Thanks ').e('PERSON', p.first).t('!');
  else if (style === 11) r.t('Please forward this to ').e('PERSON', p.full).t(', our ').e('TITLE', jobTitle(f)).t('.');
  else if (style === 12) r.t('Signed: ').e('PERSON', p.full);
  else if (style === 13) r.t('my name is ').e('PERSON', p.full).t(' and I need help with my account');
  else r.e('PERSON', p.full).t(' and ').e('PERSON', q.full).t(' moved to ').e('LOCATION', city(f)).t(' last year.');
  return r;
}

function addressRecord() {
  const locale = rng.pick(ADDRESS_LOCALES);
  const f = allFakers[locale];
  const r = new Record('address', locale);
  const street = f.location.streetAddress(rng.chance(0.3));
  const style = rng.int(0, 3);
  if (style === 0) r.t('Ship to: ').e('ADDRESS', street).t(', ').e('LOCATION', f.location.city());
  else if (style === 1) r.t('I live at ').e('ADDRESS', street).t(' in ').e('LOCATION', f.location.city()).t('.');
  else if (style === 2) r.t('Address: ').e('ADDRESS', street).t('\nCity: ').e('LOCATION', f.location.city());
  else r.t('Please send the documents to ').e('ADDRESS', street).t('.');
  return r;
}

function otherRecord() {
  const { locale, f } = localeFaker();
  const r = new Record('other', locale);
  const style = rng.int(0, 5);
  const p = personName(f);
  if (style === 0) r.t('IBAN: ').e('IBAN_CODE', f.finance.iban(rng.chance(0.5))).t(`, BIC ${f.finance.bic()}`);
  else if (style === 1) r.t('Please wire the deposit to ').e('IBAN_CODE', f.finance.iban(rng.chance(0.5))).t('.');
  else if (style === 2) r.t('SSN: ').e('US_SSN', ssn(rng));
  else if (style === 3) r.t('Write to ').e('EMAIL_ADDRESS', f.internet.email({ firstName: p.first, lastName: p.last })).t(' for details.');
  else if (style === 4) r.t('Login from ').e('IP_ADDRESS', f.internet.ipv4()).t(' was blocked by the firewall.');
  else r.t('The server at ').e('IP_ADDRESS', f.internet.ipv6()).t(' stopped answering.');
  return r;
}

// -- near-misses: nothing in these is personal --
function luhnFailing(length) {
  for (;;) {
    const scheme = rng.pick(CARD_SCHEMES.filter((s) => s.luhn && s.lengths.includes(length)));
    const d = cardNumber(rng, scheme, length);
    const bad = d.slice(0, -1) + String((Number(d.slice(-1)) + rng.int(1, 9)) % 10);
    if (!luhnValid(bad)) return bad;
  }
}

function nearMissRecord() {
  const { locale, f } = localeFaker();
  const r = new Record('near_miss', locale);
  const style = rng.int(0, 13);
  const version = `${rng.int(1, 20)}.${rng.int(0, 40)}.${rng.int(0, 99)}`;
  if (style === 0) r.t(`Order #${rng.int(10000000, 99999999)} ships on Monday; invoice INV-${rng.int(100000, 999999)} is attached.`);
  else if (style === 1) r.t(`Tracking number 1Z${rng.int(100, 999)}AA1${rng.int(10000000, 99999999)}, parcel ${rng.int(100000000000, 999999999999)}.`);
  else if (style === 2) r.t(`Release ${version} fixes the login bug; see build ${rng.int(20150101, 20271231)}.`);
  else if (style === 3) r.t(`We were founded in ${rng.int(1950, 2020)} and moved offices in ${rng.int(1990, 2024)}.`);
  else if (style === 4) r.t(`[${rng.int(2019, 2026)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}T${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)}Z] INFO request served in ${rng.int(2, 900)} ms`);
  else if (style === 5) r.t(`ISBN 978-${rng.int(0, 9)}-${rng.int(100, 999)}-${rng.int(10000, 99999)}-${rng.int(0, 9)}, price $${rng.int(5, 200)}.${rng.int(10, 99)}.`);
  else if (style === 6) r.t(`Reference ${groupCard(rng, luhnFailing(rng.pick([13, 15, 16, 19])))} does not match our records.`);
  else if (style === 7) r.t(`Our new `).e('TITLE', jobTitle(f)).t(' starts in ').e('LOCATION', city(f)).t(' next month.');
  else if (style === 8) r.e('ORGANIZATION', company(f)).t(` announced record revenue in ${rng.int(2000, 2025)}.`);
  else if (style === 9) r.t('The ').t(product(f)).t(' is back in stock, while the ').t(product(f)).t(' is sold out.');
  else if (style === 10) r.t(rng.pick(['Great News: Summer Sale Starts Today', 'Welcome Back, Team', 'Quarterly Review Agenda', 'Action Required: Update Your Settings', 'Weekly Report For Finance And Operations']));
  else if (style === 11) r.t(`Q${rng.int(1, 4)} ${rng.int(2018, 2026)} revenue grew ${rng.int(2, 40)}% to $${rng.int(1, 90)}.${rng.int(1, 9)}M; FY${rng.int(2019, 2027)} guidance unchanged.`);
  else if (style === 12) r.t(`Case ${rng.int(100000, 999999)}-${rng.int(10, 99)}: score ${rng.int(0, 5)}-${rng.int(0, 5)}, version v${version}, ${rng.int(2, 12)}/${rng.int(13, 30)} tests passed.`);
  else r.t(`Meet the `).e('TITLE', jobTitle(f)).t(' and the ').e('TITLE', jobTitle(f)).t(` of `).e('ORGANIZATION', company(f)).t(` at the ${f.location.city()} office.`);
  return r;
}

// ---- the breadth set (--set breadth) ---------------------------------------

const BREADTH_ADDRESS_LOCALES = ['en_IE', 'de_AT', 'de_CH', 'fr_CH', 'fr_BE', 'nl_BE', 'es_MX', 'pt_PT',
  'cs_CZ', 'sk', 'hu', 'ro', 'hr', 'fi', 'da', 'nb_NO', 'lv', 'tr', 'id_ID', 'vi', 'sr_RS_latin', 'sl_SI',
  'af_ZA', 'en_IN', 'en_NG', 'en_ZA', 'zu_ZA', 'yo_NG', 'uz_UZ_latin', 'en_US', 'en_GB', 'de', 'fr'];

// Firms, products, job titles and places in sentence shapes the first set
// lacks: none of them is a person.
function breadthNegativeRecord() {
  const { locale, f } = localeFaker();
  const r = new Record('breadth_negative', locale);
  const style = rng.int(0, 11);
  if (style === 0) r.t('Invoices go to ').e('ORGANIZATION', company(f)).t(' from next month.');
  else if (style === 1) r.t('We signed with ').e('ORGANIZATION', company(f)).t(' last week.');
  else if (style === 2) r.t('Our partner ').e('ORGANIZATION', company(f)).t(' opened a new office.');
  else if (style === 3) r.t('I bought a ').t(product(f)).t(' yesterday and it broke.');
  else if (style === 4) r.t('Your ').t(product(f)).t(' has shipped.');
  else if (style === 5) r.t('Sale: ').t(product(f)).t(` now $${rng.int(5, 99)}.99`);
  else if (style === 6) r.t('Position: ').e('TITLE', jobTitle(f)).t('\nDepartment: ').t(f.commerce.department());
  else if (style === 7) r.t('We are hiring a ').e('TITLE', jobTitle(f)).t(' to join ').e('ORGANIZATION', company(f)).t('.');
  else if (style === 8) r.t('Our ').t(city(f)).t(' office is closed on Friday.');
  else if (style === 9) r.t('Flights from ').e('LOCATION', city(f)).t(' to ').e('LOCATION', city(f)).t(' are delayed.');
  else if (style === 10) r.t('The ').e('TITLE', jobTitle(f)).t(' of ').e('ORGANIZATION', company(f)).t(' will present.');
  else r.t('Weather in ').e('LOCATION', city(f)).t(': sunny, 21 degrees.');
  return r;
}

// People in headers, mentions, replies and tables.
function breadthPersonRecord() {
  const { locale, f } = localeFaker();
  const r = new Record('breadth_person', locale);
  const p = personName(f);
  const q = personName(f);
  const email = f.internet.email({ firstName: p.first, lastName: p.last });
  const style = rng.int(0, 11);
  if (style === 0) r.t('From: ').e('PERSON', p.full).t(' <').e('EMAIL_ADDRESS', email).t('>\nSubject: ').t(product(f));
  else if (style === 1) r.t('On Monday, ').e('PERSON', p.full).t(' wrote:\n> see the attached file');
  else if (style === 2) r.t('cc: ').e('PERSON', p.full).t(', ').e('PERSON', q.full);
  else if (style === 3) r.t('Dear ').t(rng.pick(['Mr. ', 'Ms. ', 'Dr. '])).e('PERSON', p.last).t(',\nplease find the contract attached.');
  else if (style === 4) r.t('Thanks, ').e('PERSON', p.first).t('!');
  else if (style === 5) r.t("Hi, I'm ").e('PERSON', p.full).t(' from ').e('ORGANIZATION', company(f)).t('.');
  else if (style === 6) r.t('Interviewer: ').e('PERSON', p.full).t('\nCandidate: ').e('PERSON', q.full);
  else if (style === 7) r.t('Regards,\n').e('PERSON', p.full).t(' | ').e('TITLE', jobTitle(f)).t(' | ').e('ORGANIZATION', company(f));
  else if (style === 8) r.t('name,email\n').e('PERSON', p.full).t(',').e('EMAIL_ADDRESS', email);
  else if (style === 9) r.t('Patient: ').e('PERSON', `${p.last}, ${p.first}`).t('\nWard: ').t(String(rng.int(1, 12)));
  else if (style === 10) r.t('Can you ask ').e('PERSON', p.first).t(' to call ').e('PERSON', q.full).t(' back?');
  else r.t('Meeting with ').e('PERSON', p.full).t(' and ').e('PERSON', q.full).t(' at 3 pm.');
  return r;
}

// Street addresses of 33 locales, with postcode and city lines.
function breadthAddressRecord() {
  const locale = rng.pick(BREADTH_ADDRESS_LOCALES);
  const f = allFakers[locale];
  const r = new Record('breadth_address', locale);
  const street = f.location.streetAddress(rng.chance(0.4));
  const place = f.location.city();
  const zip = f.location.zipCode();
  const style = rng.int(0, 4);
  if (style === 0) r.t('Ship to:\n').e('ADDRESS', street).t('\n').t(`${zip} `).e('LOCATION', place);
  else if (style === 1) r.t('Our new address is ').e('ADDRESS', street).t(`, ${zip} `).e('LOCATION', place).t('.');
  else if (style === 2) r.t('Billing address: ').e('ADDRESS', street).t('; city: ').e('LOCATION', place);
  else if (style === 3) r.t('Please deliver to ').e('ADDRESS', street).t(' after 6 pm.');
  else r.t('{"street": "').e('ADDRESS', street).t(`", "zip": "${zip}", "city": "`).e('LOCATION', place).t('"}');
  return r;
}

// ---- the variants set (--set variants) -------------------------------------
//
// Written after the address-cue, postcode-town, signature-column and
// firm-chain rules, to judge them on variants they were not written from:
// other address cues and languages, addresses with no cue at all, streets of
// locales neither earlier set has (and Cyrillic ones, untransliterated),
// other signature separators, firms of surnames after other verbs, and the
// people's lists those rules must leave alone.

const VARIANT_ADDRESS_LOCALES = ['fr_CA', 'fr_LU', 'fr_SN', 'ro_MD', 'en_GH', 'en_HK', 'en_NP', 'az',
  'cy', 'it', 'es', 'pl', 'pt_BR', 'sv', 'nl', 'en_AU', 'en_CA', 'hr', 'lv', 'tr', 'ru', 'uk'];
const VARIANT_NAME_LOCALES = [...NAME_LOCALES, 'fr_CA', 'fr_LU', 'ro_MD', 'en_GH', 'az', 'cy'];

function variantFaker() {
  const locale = rng.pick(VARIANT_NAME_LOCALES);
  return { locale, f: allFakers[locale] };
}

function variantAddressRecord() {
  const locale = rng.pick(VARIANT_ADDRESS_LOCALES);
  const f = allFakers[locale];
  const r = new Record('variant_address', locale);
  const street = f.location.streetAddress(rng.chance(0.4));
  const place = f.location.city();
  let zip;
  try {
    zip = f.location.zipCode();
  } catch {
    zip = zip5();  // a locale without postcodes (en_HK)
  }
  const style = rng.int(0, 9);
  // With a cue the rules were not written from.
  if (style === 0) r.t('Mailing address: ').e('ADDRESS', street).t(` (${zip} `).e('LOCATION', place).t(')');
  else if (style === 1) r.t(rng.pick(['Lieferadresse: ', 'Dirección: ', 'Indirizzo: ', 'Adres: ', 'Endereço: ']))
    .e('ADDRESS', street).t(`, ${zip} `).e('LOCATION', place);
  else if (style === 2) r.t('Could you send the parcel to ').e('ADDRESS', street).t('? Thanks!');
  else if (style === 3) r.t('{"customer": {"address_line1": "').e('ADDRESS', street).t(`", "postal_code": "${zip}"}}`);
  else if (style === 4) r.t('Return address\n').e('ADDRESS', street).t(`\n${zip} `).e('LOCATION', place).t('\n');
  else if (style === 5) r.t('You can find us at ').e('ADDRESS', street).t(' from 9 to 5.');
  // With no cue at all.
  else if (style === 6) r.t('The keys are at ').e('ADDRESS', street).t(', ask the neighbour.');
  else if (style === 7) r.e('ADDRESS', street).t(' is where the party will be.');
  else if (style === 8) r.t('I grew up on ').e('ADDRESS', street).t(' in ').e('LOCATION', place).t('.');
  else r.t('Meet me outside ').e('ADDRESS', street).t(' at noon.');
  return r;
}

function variantNegativeRecord() {
  const { locale, f } = variantFaker();
  const r = new Record('variant_negative', locale);
  const style = rng.int(0, 7);
  const s = () => transliterate(f.person.lastName());
  if (style === 0) r.t('We hired ').e('ORGANIZATION', `${s()}, ${s()} and ${s()}`).t(' for the audit.');
  else if (style === 1) r.t('The audit was done at ').e('ORGANIZATION', `${s()}, ${s()} & ${s()}`).t('.');
  else if (style === 2) r.t('Cheers,\n').e('PERSON', personName(f).full).t(rng.pick([' · ', ' / ', ' – ']))
    .e('TITLE', jobTitle(f)).t(rng.pick([' · ', ' / ', ' – '])).e('ORGANIZATION', company(f));
  else if (style === 3) r.t('Quote from ').e('ORGANIZATION', company(f)).t(` attached, valid until Friday.`);
  else if (style === 4) r.t('New in store: ').t(product(f)).t('!');
  else if (style === 5) r.t('Thank you for choosing ').e('ORGANIZATION', company(f)).t('.');
  else if (style === 6) r.t(`Deliveries to ${zip5()} `).e('LOCATION', city(f)).t(' resume on Monday.');
  else r.t('Department: ').t(f.commerce.department()).t('\nRole: ').e('TITLE', jobTitle(f));
  return r;
}

function zip5() {
  return String(rng.int(10000, 99999));
}

// People the new rules must leave alone: lists after a colon, given names
// in a list after "from", people in a signature without columns.
function variantPersonRecord() {
  const { locale, f } = variantFaker();
  const r = new Record('variant_person', locale);
  const p = personName(f);
  const q = personName(f);
  const style = rng.int(0, 6);
  if (style === 0) r.t('Authors: ').e('PERSON', p.last).t(', ').e('PERSON', q.last).t(' and ').e('PERSON', personName(f).last);
  else if (style === 1) r.t('Greetings from ').e('PERSON', p.first).t(', ').e('PERSON', q.first).t(' and ').e('PERSON', personName(f).first).t('!');
  else if (style === 2) r.t('Kind regards\n').e('PERSON', p.full).t('\n').e('TITLE', jobTitle(f));
  else if (style === 3) r.t('Please ship it to ').e('PERSON', p.full).t(' at the front desk.');
  else if (style === 4) r.e('PERSON', p.full).t(' and ').e('PERSON', q.full).t(' signed the lease.');
  else if (style === 5) r.t('To: ').e('PERSON', p.full).t(`\nRe: ${product(f)}`);
  else r.t('Ask ').e('PERSON', p.first).t(' about the ').t(product(f)).t(' order.');
  return r;
}

// ---- the holdout set (--set holdout) ---------------------------------------
//
// Written before any rule was changed for it, and never read mistake by
// mistake: only its overall and per-locale figures are looked at. Cues,
// sentence shapes and locales none of the earlier sets use (the detector's
// word lists were not written from them), and near-misses of kinds they lack:
// capitalised headings and common words, job titles as subjects, products,
// vehicles, airlines, airports, books, songs and dishes, firms as subjects of
// other verbs, streets without a house number, places in new shapes.

const HOLDOUT_NEW_LOCALES = ['en_IE', 'en_CA', 'en_NP', 'en_HK', 'en_AU_ocker', 'fr_CH', 'fr_SN', 'nl_BE',
  'eo', 'ku_kmr_latin'];
const HOLDOUT_ADDRESS_LOCALES = ['en_IE', 'en_NP', 'en_HK', 'en_AU_ocker', 'fr_CH', 'fr_SN', 'nl_BE', 'eo',
  'de_CH', 'de_AT', 'fi', 'da', 'cs_CZ', 'hu', 'en_US', 'en_GB', 'es_MX', 'pt_PT', 'it', 'ro'];

function holdoutFaker() {
  const locale = rng.chance(0.6) ? rng.pick(HOLDOUT_NEW_LOCALES) : rng.pick(NAME_LOCALES);
  return { locale, f: allFakers[locale] };
}

const HONORIFICS = ['Herr ', 'Frau ', 'Mme ', 'M. ', 'Sr. ', 'Sra. ', 'Pan ', 'Pani ', 'Sig. ', 'Dhr. ',
  'Mevr. ', 'Miss ', 'Mx. ', 'Sir '];

function holdoutPersonRecord() {
  const { locale, f } = holdoutFaker();
  const r = new Record('holdout_person', locale);
  const p = personName(f);
  const q = personName(f);
  const style = rng.int(0, 19);
  if (style === 0) r.t('Assignee: ').e('PERSON', p.full).t(`\nPriority: ${rng.pick(['High', 'Low', 'Medium'])}`);
  else if (style === 1) r.e('PERSON', p.full).t(' (').e('TITLE', jobTitle(f)).t(') approved the budget.');
  else if (style === 2) r.t('Emergency contact: ').e('PERSON', p.full).t(`, relationship: ${rng.pick(['sister', 'father', 'spouse', 'friend'])}`);
  else if (style === 3) r.t('Prepared for ').e('PERSON', p.full).t(` by the ${f.commerce.department()} team`);
  else if (style === 4) r.t('Hello ').e('PERSON', p.first).t(', your parcel is on its way.');
  else if (style === 5) r.t('Owner: ').e('PERSON', `${p.last}, ${p.first}`).t(` | Team: ${f.commerce.department()}`);
  else if (style === 6) r.t('As ').e('PERSON', p.full).t(' put it, the deadline is tight.');
  else if (style === 7) r.t('Thank you, ').t(rng.pick(HONORIFICS)).e('PERSON', p.last).t(', for your patience.');
  else if (style === 8) r.t('Witnesses: ').e('PERSON', p.full).t('; ').e('PERSON', q.full).t('.');
  else if (style === 9) r.t('The landlord, ').e('PERSON', p.full).t(', will inspect the flat on Tuesday.');
  else if (style === 10) r.t('Sincerely yours,\n\n').e('PERSON', p.full);
  else if (style === 11) r.t('Per ').e('PERSON', p.full).t("'s request, the meeting moved to Thursday.");
  else if (style === 12) r.t('Children: ').e('PERSON', p.first).t(` (${rng.int(2, 9)}) and `).e('PERSON', q.first).t(` (${rng.int(10, 16)})`);
  else if (style === 13) r.t(rng.pick(HONORIFICS)).e('PERSON', p.last).t(' hat angerufen und bittet um Rückruf.');
  else if (style === 14) r.t('Signed by ').e('PERSON', `${p.first[0]}. ${p.last}`).t(' on behalf of the board.');
  else if (style === 15) r.t('Tenant name - ').e('PERSON', p.full).t('\nUnit - ').t(String(rng.int(1, 80)));
  else if (style === 16) r.t('Congratulations to ').e('PERSON', p.full).t(' on ').t(rng.pick(['the promotion', 'the new baby', 'ten years with us'])).t('!');
  else if (style === 17) r.t('Reviewed by: ').e('PERSON', p.full).t(', ').e('TITLE', jobTitle(f));
  else if (style === 18) r.t('@').e('PERSON', p.first).t(' can you take a look at this before ').e('PERSON', q.first).t(' merges it?');
  else r.t('Our thanks go to ').e('PERSON', p.full).t(', who organised the trip.');
  return r;
}

function holdoutNegativeRecord() {
  const { locale, f } = holdoutFaker();
  const en = allFakers.en;
  const r = new Record('holdout_negative', locale);
  const style = rng.int(0, 19);
  if (style === 0) r.t(rng.pick(['Next Steps', 'Lessons Learned From Last Winter', 'Fresh Bread And Warm Coffee Every Morning',
    'Board Meeting Minutes', 'Holiday Opening Hours', 'Terms And Conditions Apply', 'Customer Success Stories',
    'Important Safety Information', 'Frequently Asked Questions', 'Annual General Meeting Notice']));
  else if (style === 1) r.e('TITLE', jobTitle(f)).t(` wanted for our `).e('LOCATION', city(f)).t(' branch.');
  else if (style === 2) r.t('Ask your ').e('TITLE', jobTitle(f)).t(' before changing the settings.');
  else if (style === 3) r.t('Try the new ').t(product(f)).t(' today.');
  else if (style === 4) r.t('Review: ').t(product(f)).t(` – ${rng.int(1, 5)} stars`);
  else if (style === 5) r.e('ORGANIZATION', company(f)).t(` shares fell ${rng.int(1, 9)}% on Tuesday.`);
  else if (style === 6) r.t(rng.pick(['Sponsored by ', 'Powered by ', 'In partnership with '])).e('ORGANIZATION', company(f));
  else if (style === 7) r.t('Trains to ').e('LOCATION', city(f)).t(' are cancelled until further notice.');
  else if (style === 8) r.t('The ').e('LOCATION', city(f)).t(' marathon starts at 8 am.');
  else if (style === 9) r.t('').e('LOCATION', f.location.street()).t(' is closed for roadworks this week.');
  else if (style === 10) r.t(`I rented a ${en.vehicle.manufacturer()} ${en.vehicle.model()} for the weekend.`);
  else if (style === 11) r.t(`We flew ${en.airline.airline().name} and landed at ${en.airline.airport().name}.`);
  else if (style === 12) r.t(`Book club this month: "${en.book.title()}".`);
  else if (style === 13) r.t(`Now playing: ${en.music.songName()}`);
  else if (style === 14) r.t(`Today's special: ${en.food.dish()}`);
  else if (style === 15) r.t(`Sent from the ${f.commerce.department()} team in `).e('LOCATION', city(f)).t('.');
  else if (style === 16) r.t('Please welcome our new ').e('TITLE', jobTitle(f)).t(', starting Monday.');
  else if (style === 17) r.e('ORGANIZATION', company(f)).t(' has acquired ').e('ORGANIZATION', company(f)).t('.');
  else if (style === 18) r.t(rng.pick(['Neu: ', 'Nouveau : ', 'Nuevo: ', 'Novità: ', 'Nieuw: ', 'Nowość: ']))
    .t(product(allFakers[rng.pick(['de', 'fr', 'es', 'it', 'nl', 'pl', 'sv', 'tr', 'pt_BR'])]));
  else r.t(`The ${en.science.chemicalElement().name} sample from `).e('LOCATION', city(f)).t(' arrived on Friday.');
  return r;
}

function holdoutAddressRecord() {
  const locale = rng.pick(HOLDOUT_ADDRESS_LOCALES);
  const f = allFakers[locale];
  const r = new Record('holdout_address', locale);
  const street = f.location.streetAddress(rng.chance(0.35));
  const place = f.location.city();
  const style = rng.int(0, 7);
  if (style === 0) r.t('Venue: ').e('ADDRESS', street).t(', ').e('LOCATION', place);
  else if (style === 1) r.t('Drop-off point: ').e('ADDRESS', street);
  else if (style === 2) r.t('Residence: ').e('ADDRESS', street).t(`\nSince: ${rng.int(1990, 2024)}`);
  else if (style === 3) r.t('The company has its registered office at ').e('ADDRESS', street).t('.');
  else if (style === 4) r.t('We moved to ').e('ADDRESS', street).t(' in ').e('LOCATION', place).t(' last spring.');
  else if (style === 5) r.t('Home: ').e('ADDRESS', street).t(' · ').e('LOCATION', place);
  else if (style === 6) r.t('Pick me up from ').e('ADDRESS', street).t(' at 7?');
  else r.t('<address>').e('ADDRESS', street).t('<br>').e('LOCATION', place).t('</address>');
  return r;
}

// Chat messages mixing a person with other identifiers, and firms of people's
// names in other shapes.
function holdoutMixedRecord() {
  const { locale, f } = holdoutFaker();
  const r = new Record('holdout_mixed', locale);
  const p = personName(f);
  const s = () => transliterate(f.person.lastName());
  const style = rng.int(0, 7);
  if (style === 0) r.t('hey its ').e('PERSON', p.first).t(' again, text me on ').e('PHONE_NUMBER', phoneNumber(rng, rng.pick(PHONE_REGIONS))).t(' pls');
  else if (style === 1) r.t('Reply to ').e('PERSON', p.full).t(' at ').e('EMAIL_ADDRESS', f.internet.email({ firstName: p.first, lastName: p.last })).t(' by Friday.');
  else if (style === 2) r.t('Patient ').e('PERSON', p.full).t(', born ').e('DATE_TIME', writtenDate(rng, 'en', ...birthDate())).t(', was seen today.');
  else if (style === 3) r.t('The firm ').e('ORGANIZATION', `${s()} & ${s()}`).t(' represents the seller.');
  else if (style === 4) r.t('Law office of ').e('ORGANIZATION', `${s()} ${rng.pick(['LLP', 'GmbH', 'AG', 'S.A.', 'B.V.', 'Ltd'])}`).t(', second floor.');
  else if (style === 5) r.e('ORGANIZATION', company(f)).t(' and ').e('ORGANIZATION', company(f)).t(' signed a supply deal.');
  else if (style === 6) r.t('Booked under ').e('PERSON', p.full).t(`, ${rng.int(1, 6)} guests, table ${rng.int(1, 40)}.`);
  else r.t('Thanks to everyone at ').e('ORGANIZATION', company(f)).t(' for the warm welcome!');
  return r;
}

// ---- the judge set (--set judge) -------------------------------------------
//
// Written and committed before a change to the PERSON and ADDRESS rules was
// made, to judge it; never read mistake by mistake (only its overall and
// per-locale figures are looked at). Person shapes, near-miss kinds, address
// cues and layouts none of the four earlier sets has, and the faker locales
// they use least: Georgian and Armenian (in no earlier set; transliterated),
// Greek and Macedonian streets (transliterated; names only before), and
// Azerbaijani, Moldovan, Canadian and Luxembourgish French, Ghanaian English
// (the variants set only). Label conventions are the earlier sets': firms,
// brands, teams and institutions ORGANIZATION (also when named after a
// person), places LOCATION, job titles TITLE; products, software, ships,
// trains, storms, pets, diseases, laws, awards, holidays, months, planets
// and eponymous terms carry no label (none is a person, an address or a
// place): a PERSON or LOCATION finding on them counts as wrong. Names are
// capitalised (a lower-case name would measure only the documented limit
// that names are read from capitals).

const JUDGE_NEW_LOCALES = ['ka_GE', 'hy', 'az', 'ro_MD', 'fr_CA', 'fr_LU', 'en_GH'];
const JUDGE_ADDRESS_LOCALES = ['ka_GE', 'hy', 'el', 'mk', 'az', 'ro_MD', 'fr_CA', 'fr_LU', 'en_GH', 'cy',
  'uz_UZ_latin', 'yo_NG', 'zu_ZA', 'ku_kmr_latin'];

// Georgian (national system) and Armenian romanisation; Greek and Cyrillic
// as transliterate() above. Georgian has no capitals: each word's first
// letter is raised.
const GEORGIAN = 'აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ';
const GEORGIAN_LATIN = ['a', 'b', 'g', 'd', 'e', 'v', 'z', 't', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'zh', 'r',
  's', 't', 'u', 'p', 'k', 'gh', 'q', 'sh', 'ch', 'ts', 'dz', 'ts', 'ch', 'kh', 'j', 'h'];
const ARMENIAN_LATIN = ['a', 'b', 'g', 'd', 'e', 'z', 'e', 'y', 't', 'zh', 'i', 'l', 'kh', 'ts', 'k', 'h',
  'dz', 'gh', 'ch', 'm', 'y', 'n', 'sh', 'o', 'ch', 'p', 'j', 'r', 's', 'v', 't', 'r', 'ts', 'v', 'p', 'k',
  'o', 'f'];  // U+0561 ա … U+0586 ֆ; capitals are 0x30 lower

function judgeRoman(text) {
  let out = '';
  let georgian = false;
  for (const ch of text.replace(/ու/g, 'u').replace(/Ու/g, 'U').replace(/և/g, 'ev').replace(/ {2,}/g, ' ')) {
    const cp = ch.codePointAt(0);
    const g = GEORGIAN.indexOf(ch);
    if (g >= 0) {
      out += GEORGIAN_LATIN[g];
      georgian = true;
    } else if (cp >= 0x561 && cp <= 0x586) {
      out += ARMENIAN_LATIN[cp - 0x561];
    } else if (cp >= 0x531 && cp <= 0x556) {
      const t = ARMENIAN_LATIN[cp - 0x531];
      out += t[0].toUpperCase() + t.slice(1);
    } else {
      out += transliterate(ch);
    }
  }
  return georgian ? out.replace(/(^|[\s(-])(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase()) : out;
}

function judgeFaker() {
  const locale = rng.chance(0.6) ? rng.pick(JUDGE_NEW_LOCALES) : rng.pick(NAME_LOCALES);
  return { locale, f: allFakers[locale] };
}

function judgeName(f) {
  const sex = rng.pick(['female', 'male']);
  const first = judgeRoman(f.person.firstName(sex));
  const last = judgeRoman(f.person.lastName(sex));
  return { first, last, full: `${first} ${last}` };
}

const JUDGE_PARTICLES = ['van der', 'van den', 'de', 'da', 'von', 'di', 'de la', 'dos', 'ter', 'del', 'le'];
const JUDGE_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const JUDGE_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function judgePersonRecord() {
  const { locale, f } = judgeFaker();
  const r = new Record('judge_person', locale);
  const p = judgeName(f);
  const q = judgeName(f);
  const style = rng.int(0, 19);
  if (style === 0) r.t('Present: ').e('PERSON', p.full).t(', ').e('PERSON', q.full).t(', ').e('PERSON', judgeName(f).full)
    .t('\nApologies: ').e('PERSON', judgeName(f).full);
  else if (style === 1) r.t('By ').e('PERSON', p.full).t(` | ${rng.int(2, 12)} min read`);
  else if (style === 2) r.t(`"${rng.pick(['We are on track', 'The numbers speak for themselves', 'Nobody saw this coming', 'It will take time'])},"`)
    .t(' said ').e('PERSON', p.full).t('.');
  else if (style === 3) r.e('PERSON', p.full).t(`'s ${rng.pick(['laptop', 'badge', 'umbrella', 'charger'])} was left in the meeting room.`);
  else if (style === 4) r.t('Please ask our ').e('TITLE', judgeRoman(jobTitle(f))).t(' (').e('PERSON', p.full).t(') for access.');
  else if (style === 5) r.t('Attn: ').e('PERSON', `${p.first[0]}.${q.first[0]}. ${p.last}`).t(`, ${judgeRoman(f.commerce.department())}`);
  else if (style === 6) r.t('Passenger: ').e('PERSON', `${p.last.toLocaleUpperCase()}, ${p.first}`).t(` | Seat ${rng.int(1, 40)}${rng.pick(['A', 'C', 'D', 'F'])}`);
  else if (style === 7) r.e('PERSON', `${p.first} ${p.last}-${q.last}`).t(' has joined the support team.');
  else if (style === 8) r.t('Lunch with ').e('PERSON', p.first).t(` on ${rng.pick(JUDGE_WEEKDAYS)}?`);
  else if (style === 9) r.t('| Name | Role |\n|---|---|\n| ').e('PERSON', p.full).t(' | ').e('TITLE', judgeRoman(jobTitle(f)))
    .t(' |\n| ').e('PERSON', q.full).t(' | ').e('TITLE', judgeRoman(jobTitle(f))).t(' |');
  else if (style === 10) r.t(`id;surname;given_name;city\n${rng.int(1, 999)};`).e('PERSON', p.last).t(';').e('PERSON', p.first)
    .t(';').e('LOCATION', judgeRoman(city(f)));
  else if (style === 11) r.e('PERSON', `${p.first} ${q.first[0]}. ${p.last}`).t(' will chair the session.');
  else if (style === 12) r.t('Minutes taken by ').e('PERSON', `${p.first} ${rng.pick(JUDGE_PARTICLES)} ${p.last}`).t('.');
  else if (style === 13) r.t('Sure thing, ').e('PERSON', p.first).t(", I'll send it over tonight.");
  else if (style === 14) r.e('PERSON', p.full).t(`, ${rng.int(19, 88)}, from `).e('LOCATION', judgeRoman(city(f))).t(' won the raffle.');
  else if (style === 15) r.e('PERSON', p.full).t(` joined #${rng.pick(['general', 'random', 'support', 'release'])}.`);
  else if (style === 16) r.t('Co-authored-by: ').e('PERSON', p.full).t(' <')
    .e('EMAIL_ADDRESS', allFakers.en.internet.email({ firstName: p.first, lastName: p.last })).t('>');
  else if (style === 17) r.e('PERSON', p.full).t(` (${rng.pick(['she/her', 'he/him', 'they/them'])})\n`).e('TITLE', judgeRoman(jobTitle(f)));
  else if (style === 18) r.t(`[00:${rng.int(10, 59)}:${rng.int(10, 59)}] `).e('PERSON', p.full).t(': can everyone hear me?');
  else r.t('In loving memory of ').e('PERSON', p.full).t(`, ${rng.int(1930, 1960)}–${rng.int(1990, 2024)}.`);
  return r;
}

const NAMEY_SOFTWARE = ['Jenkins', 'Hudson', 'Django', 'Julia', 'Ada', 'Ruby', 'Pascal', 'Cassandra', 'Alexa', 'Siri',
  'Cortana', 'Watson', 'Clippy', 'Ansible', 'Grafana', 'Kibana', 'Jupyter', 'Apache Kafka', 'Figma', 'Notion', 'Trello',
  'Asana', 'Microsoft Teams', 'Google Sheets', 'Visual Studio Code', 'Adobe Acrobat', 'Salesforce', 'Zendesk', 'Tableau',
  'Hadoop', 'Kubernetes', 'Terraform', 'Sentry', 'Mercurial', 'Bugzilla', 'Thunderbird', 'Kotlin', 'Delphi'];
const PERSON_BRANDS = ['Calvin Klein', 'Tommy Hilfiger', 'Ralph Lauren', 'Hugo Boss', 'Giorgio Armani', 'Louis Vuitton',
  'Christian Dior', 'Yves Saint Laurent', 'Marc Jacobs', 'Michael Kors', 'Kate Spade', 'Ted Baker', 'Paul Smith',
  'Vera Wang', 'Tory Burch', 'Ben Sherman', 'Karl Lagerfeld', 'Stella McCartney', 'Jimmy Choo', 'Salvatore Ferragamo'];
const PERSON_FIRMS = ['Johnson & Johnson', 'Procter & Gamble', 'Hewlett-Packard', 'Rolls-Royce', 'Mercedes-Benz',
  'Goldman Sachs', 'Morgan Stanley', 'Ernst & Young', 'Marks & Spencer', "Sainsbury's", "Ben & Jerry's", 'Boeing',
  'Siemens', 'Philips', 'Bosch', 'Ferrari', 'Porsche', 'Dyson', 'Walt Disney', 'Warner Bros.', "McDonald's",
  "Kellogg's", 'Tim Hortons', 'Dr. Oetker', 'Hilton', 'Marriott', 'Estée Lauder', 'John Lewis', 'Charles Schwab'];
const TEAM_NAMES = ['Manchester United', 'Real Madrid', 'Bayern Munich', 'Boston Red Sox', 'Chicago Bulls',
  'Green Bay Packers', 'Ajax', 'Juventus', 'Celtic', 'Inter Milan', 'Paris Saint-Germain', 'Galatasaray',
  'Benfica', 'Sporting Lisbon', 'Aston Villa', 'Tottenham Hotspur', 'Los Angeles Lakers', 'Toronto Maple Leafs'];
const TEAM_MASCOTS = ['Tigers', 'Rovers', 'United', 'Wanderers', 'Eagles', 'Kings', 'Rangers', 'Athletic', 'Falcons', 'City'];
const SHIPS = ['Queen Mary 2', 'Queen Elizabeth', 'Queen Victoria', 'Oriana', 'Aurora', 'Arcadia', 'Britannia',
  'Viking Grace', 'Costa Serena', 'MSC Bellissima', 'Spirit of Tasmania', 'Stena Britannica', 'Color Fantasy',
  'Nieuw Amsterdam', 'Harmony of the Seas', 'Norwegian Jewel', 'Hurtigruten Richard With', 'Peter Pan'];
const TRAINS = ['Orient Express', 'Flying Scotsman', 'Glacier Express', 'Bernina Express', 'Eurostar', 'Thalys',
  'Frecciarossa', 'Caledonian Sleeper', 'Nightjet', 'Rocky Mountaineer', 'Indian Pacific', 'The Ghan',
  'Trans-Siberian', 'Mozart', 'Franz Liszt', 'Rembrandt', 'Victor Hugo'];
const DISEASES = ["Parkinson's disease", "Alzheimer's disease", "Crohn's disease", 'Hodgkin lymphoma', 'Asperger syndrome',
  'Tourette syndrome', 'Down syndrome', "Addison's disease", "Graves' disease", "Hashimoto's thyroiditis",
  "Cushing's syndrome", "Raynaud's phenomenon", "Bell's palsy", "Huntington's disease", "Ménière's disease",
  "Sjögren's syndrome", 'Guillain-Barré syndrome', "Lou Gehrig's disease", 'Kaposi sarcoma',
  "Dupuytren's contracture", "Paget's disease", "Wilson's disease", 'Creutzfeldt-Jakob disease'];
const EPONYMS = ['Gantt chart', 'Pareto chart', "Murphy's law", "Occam's razor", 'Kalman filter', 'Fourier transform',
  "Bayes' theorem", "Dijkstra's algorithm", 'Doppler effect', 'Richter scale', 'Venn diagram', 'Likert scale',
  'Monte Carlo simulation', 'Myers-Briggs test', 'Heimlich manoeuvre', 'Bunsen burner', 'Geiger counter',
  'Petri dish', 'Ponzi scheme', 'Turing test', 'Markov chain', "Moore's law", "Conway's law", "Newton's third law",
  'Dunning-Kruger effect', 'Fibonacci sequence', 'Gaussian blur', 'Eisenhower matrix', 'Rorschach test'];
const AWARDS = ['Nobel Prize', 'Pulitzer Prize', 'Booker Prize', 'Turing Award', 'Fields Medal', 'Tony Award',
  'Hugo Award', 'Edgar Award', 'Grammy', 'Emmy', 'Oscar', "Ballon d'Or", 'Stirling Prize', 'Prix Goncourt',
  'Abel Prize', 'Pritzker Prize', 'Caldecott Medal', 'Newbery Medal', 'Nebula Award', 'Carnegie Medal'];
const ACTS = ['Sarbanes-Oxley Act', 'Dodd-Frank Act', 'Sherman Antitrust Act', 'Glass-Steagall Act', 'Magnitsky Act',
  'Taft-Hartley Act', 'Volstead Act', 'Helms-Burton Act', 'Lautenberg Amendment', 'Gramm-Leach-Bliley Act'];
const HOLIDAYS = ['Christmas Eve', 'Boxing Day', 'Thanksgiving', 'Easter Monday', "St. Patrick's Day",
  "Valentine's Day", 'Good Friday', 'Whit Monday', "All Saints' Day", 'Midsummer', 'Hanukkah', 'Diwali',
  'Eid al-Fitr', 'Lunar New Year', 'Labour Day', 'Guy Fawkes Night', 'St. Nicholas Day', 'Martin Luther King Jr. Day',
  "Presidents' Day", 'Columbus Day', 'Saint Lucia Day', "King's Day", 'Ascension Day', 'Epiphany'];
const SKY = ['Mars', 'Venus', 'Jupiter', 'Saturn', 'Mercury', 'Neptune', 'Orion', 'Sirius', 'Andromeda', 'Vega',
  'Castor and Pollux', 'Cassiopeia', "Halley's Comet", 'the Milky Way'];
const NAMEY_CITIES = ['Charlotte', 'Victoria', 'Adelaide', 'Florence', 'Austin', 'Eugene', 'Augusta', 'Regina',
  'Santa Barbara', 'San Jose', 'St. Louis', 'Elizabeth', 'Jackson', 'Lincoln', 'Houston', 'Madison', 'Hamilton',
  'Wellington', 'Darwin', 'Nelson', 'Marion', 'Alexandria', 'Sofia', 'Valentine', 'Troy', 'Orlando', 'Santiago'];
const NAMEY_DRINKS = ['Tom Collins', 'Arnold Palmer', 'Shirley Temple', 'Bloody Mary', 'Earl Grey', 'Rob Roy',
  'John Collins', 'Eggs Benedict', 'Beef Wellington', 'Peach Melba', 'Caesar salad', 'Pavlova'];
const EPONYM_ADJECTIVES = ['Keynesian economics', 'a Freudian slip', 'a Victorian terrace', 'an Orwellian policy',
  'a Kafkaesque process', 'Machiavellian tactics', 'Edwardian furniture', 'Georgian windows', 'Newtonian mechanics',
  'Darwinian competition', 'Cartesian coordinates', 'a Socratic dialogue', 'Dickensian conditions',
  'a Shakespearean tragedy', 'Elizabethan drama', 'a Herculean effort'];
const OS_RELEASES = ['Debian Bookworm', 'Ubuntu Noble Numbat', 'macOS Ventura', 'macOS Sonoma', 'macOS Monterey',
  'Android Marshmallow', 'Fedora Workstation', 'Windows Server', 'Rocky Linux', 'Alma Linux', 'Linux Mint Victoria'];

// An institution named after a person is an organisation.
function eponymousInstitution(f) {
  const p = judgeName(f);
  const style = rng.int(0, 9);
  if (style === 0) return `${p.last} Memorial Hospital`;
  if (style === 1) return `St. ${p.first}'s Hospital`;
  if (style === 2) return `${p.first} ${p.last} Foundation`;
  if (style === 3) return `${p.last} Institute of Technology`;
  if (style === 4) return `${p.first} ${p.last} Museum`;
  if (style === 5) return `${p.last} Children's Hospital`;
  if (style === 6) return `${p.first} ${p.last} High School`;
  return rng.pick(['Johns Hopkins Hospital', 'Mayo Clinic', 'Guggenheim Museum', 'Van Gogh Museum', 'Anne Frank House',
    'Stanford University', 'Carnegie Hall', 'Max Planck Institute', 'Karolinska Institute', 'Pasteur Institute',
    'Humboldt University', 'Charité', 'Rijksmuseum', 'Peggy Guggenheim Collection', 'Royal Albert Hall']);
}

function judgeNegativeRecord() {
  const { locale, f } = judgeFaker();
  const r = new Record('judge_negative', locale);
  const style = rng.int(0, 19);
  const place = () => judgeRoman(city(f));
  if (style === 0) r.t(`We moved the reports from ${rng.pick(NAMEY_SOFTWARE)} to ${rng.pick(NAMEY_SOFTWARE)} last sprint.`);
  else if (style === 1) r.t('I returned the ').e('ORGANIZATION', rng.pick(PERSON_BRANDS))
    .t(` ${rng.pick(['jacket', 'shirt', 'handbag', 'perfume', 'watch', 'shoes'])} because it was too ${rng.pick(['small', 'big', 'expensive'])}.`);
  else if (style === 2) r.e('ORGANIZATION', rng.chance(0.5) ? rng.pick(TEAM_NAMES) : `${place()} ${rng.pick(TEAM_MASCOTS)}`)
    .t(` beat `).e('ORGANIZATION', rng.chance(0.5) ? rng.pick(TEAM_NAMES) : `${place()} ${rng.pick(TEAM_MASCOTS)}`)
    .t(` ${rng.int(1, 5)}-${rng.int(0, 4)} at the weekend.`);
  else if (style === 3) {
    if (rng.chance(0.5)) r.t(`We sailed on the ${rng.pick(SHIPS)} from `).e('LOCATION', place()).t('.');
    else r.t(`The ${rng.pick(TRAINS)} to `).e('LOCATION', place()).t(` leaves from platform ${rng.int(1, 14)}.`);
  } else if (style === 4) r.t(`My ${rng.pick(['father', 'aunt', 'neighbour', 'grandmother', 'colleague'])} was diagnosed with ${rng.pick(DISEASES)} last year.`);
  else if (style === 5) r.t(`Support group for people living with ${rng.pick(DISEASES)}: ${rng.pick(JUDGE_WEEKDAYS)}s at 6 pm.`);
  else if (style === 6) {
    const n = rng.int(2, 20);
    r.t(`Slide ${n}: ${rng.pick(EPONYMS)}. Slide ${n + 1}: ${rng.pick(EPONYMS)}.`);
  }
  else if (style === 7) r.t(`The novel was shortlisted for the ${rng.pick(AWARDS)} in ${rng.int(1990, 2025)}.`);
  else if (style === 8) r.t(`Compliance with the ${rng.pick(ACTS)} is reviewed every quarter.`);
  else if (style === 9) {
    const [before, after] = rng.pick([['I have a follow-up at ', ' on Tuesday.'], ['Tickets for the ', ' gala are sold out.'],
      ['Donations to ', ' are tax-deductible.'], ['We toured ', ' last spring.']]);
    r.t(before).e('ORGANIZATION', eponymousInstitution(f)).t(after);
  }
  else if (style === 10) r.t(`${rng.pick(['Storm', 'Hurricane', 'Typhoon', 'Cyclone'])} ${judgeRoman(f.person.firstName())} closed the ferry route to `)
    .e('LOCATION', place()).t(' this morning.');
  else if (style === 11) r.t(`${rng.pick(['our dog', 'my cat', 'the puppy', 'my parrot', 'our rabbit'])} ${judgeRoman(f.person.firstName())} ${rng.pick(['got out again', 'knocked the router off the desk', 'ate my headphones', 'hates the vet'])} lol`);
  else if (style === 12) r.t(`The office is closed on ${rng.pick(HOLIDAYS)}; ${rng.pick(HOLIDAYS)} opening hours are 10 to 4.`);
  else if (style === 13) {
    const m = rng.pick(JUDGE_MONTHS);
    const s = rng.int(0, 3);
    if (s === 0) r.t(`${m}'s ${rng.pick(['numbers', 'invoices', 'rota', 'figures'])} are ready.`);
    else if (s === 1) r.t(`May I ask for an extension until ${m}?`);
    else if (s === 2) r.t(`${rng.pick(JUDGE_WEEKDAYS)} works for me, ${rng.pick(JUDGE_WEEKDAYS)} does not.`);
    else r.t(`${m} Newsletter: ${rng.pick(['New Faces', 'Looking Back', 'Dates For Your Diary', 'A Word From The Board'])}`);
  } else if (style === 14) r.t(`Tonight ${rng.pick(SKY)} and ${rng.pick(SKY)} are visible just after sunset.`);
  else if (style === 15) r.t('In ').e('ORGANIZATION', judgeRoman(company(f))).t(' v. ').e('ORGANIZATION', judgeRoman(company(f))).t(' the court ruled for the defendant.');
  else if (style === 16) {
    const [before, after] = rng.pick([["I'm flying out of ", ' tonight.'], ['The conference moves to ', ' next year.'],
      ['Our sales team covers ', ' and the coast.']]);
    r.t(before).e('LOCATION', rng.pick(NAMEY_CITIES)).t(after);
  }
  else if (style === 17) r.t(`One ${rng.pick(NAMEY_DRINKS)} and two ${rng.pick(NAMEY_DRINKS)} for the corner table, please.`);
  else if (style === 18) r.t(`Honestly it was ${rng.pick(EPONYM_ADJECTIVES)}, not ${rng.pick(EPONYM_ADJECTIVES)}.`);
  else {
    const [before, after] = rng.pick([['I used to work at ', ' before joining here.'], ['We buy our supplies from ', ' every month.'],
      ['The bid from ', ' fell through.']]);
    r.t(before).e('ORGANIZATION', rng.pick(PERSON_FIRMS)).t(after).t(` Upgrade the ${rng.pick(OS_RELEASES)} hosts first.`);
  }
  return r;
}

function judgeAddressRecord() {
  const locale = rng.pick(JUDGE_ADDRESS_LOCALES);
  const f = allFakers[locale];
  const r = new Record('judge_address', locale);
  const street = judgeRoman(f.location.streetAddress(rng.chance(0.35)));
  const place = judgeRoman(f.location.city());
  const zip = f.location.zipCode();
  const country = allFakers.en.location.country();
  const p = judgeName(f);
  const style = rng.int(0, 11);
  if (style === 0) r.t('BEGIN:VCARD\nFN:').e('PERSON', p.full).t('\nADR;TYPE=home:;;').e('ADDRESS', street).t(';')
    .e('LOCATION', place).t(`;;${zip};`).e('LOCATION', country).t('\nEND:VCARD');
  else if (style === 1) r.e('PERSON', p.full).t('\n').e('ADDRESS', street).t(`\n${zip} `)
    .e('LOCATION', rng.chance(0.5) ? place.toLocaleUpperCase() : place).t('\n').e('LOCATION', country.toUpperCase());
  else if (style === 2) r.t('shipping:\n  line1: ').e('ADDRESS', street).t('\n  city: ').e('LOCATION', place).t(`\n  postcode: "${zip}"`);
  else if (style === 3) r.t('| Field | Value |\n|---|---|\n| Street | ').e('ADDRESS', street).t(' |\n| City | ').e('LOCATION', place).t(' |');
  else if (style === 4) r.t('HQ: ').e('ADDRESS', street).t(`, ${zip} `).e('LOCATION', place);
  else if (style === 5) r.t('Site visit: ').e('ADDRESS', street).t(' (').e('LOCATION', place).t('), bring a hard hat.');
  else if (style === 6) r.t('Parcel left with the neighbour at ').e('ADDRESS', street).t('.');
  else if (style === 7) r.t('Flat for rent – ').e('ADDRESS', street).t(', ').e('LOCATION', place).t(`, ${rng.int(1, 4)} bedrooms`);
  else if (style === 8) r.t('c/o ').e('PERSON', p.full).t(', ').e('ADDRESS', street);
  else if (style === 9) r.t(rng.pick(['wohnhaft in der ', 'con domicilio en ', 'demeurant au ', 'residente in ', 'woonachtig aan ']))
    .e('ADDRESS', street).t(`, ${zip} `).e('LOCATION', place);
  else if (style === 10) r.t(`customer_id=${rng.int(1000, 9999)} | addr=`).e('ADDRESS', street).t(' | city=').e('LOCATION', place);
  else r.t('The viewing is at ').e('ADDRESS', street).t(` on ${rng.pick(JUDGE_WEEKDAYS)}, ring twice.`);
  return r;
}

// A person next to the near-misses above, or with another identifier.
function judgeMixedRecord() {
  const { locale, f } = judgeFaker();
  const r = new Record('judge_mixed', locale);
  const p = judgeName(f);
  const q = judgeName(f);
  const style = rng.int(0, 7);
  if (style === 0) r.e('PERSON', p.full).t(` has ${rng.pick(DISEASES)} and sees Dr. `).e('PERSON', q.last).t(' at ')
    .e('ORGANIZATION', eponymousInstitution(f)).t('.');
  else if (style === 1) r.e('PERSON', p.full).t(` won the ${rng.pick(AWARDS)} for work on the ${rng.pick(EPONYMS)}.`);
  else if (style === 2) r.e('PERSON', p.first).t(` walked our dog ${judgeRoman(f.person.firstName())} past the `)
    .e('ORGANIZATION', rng.pick(TEAM_NAMES)).t(' stadium.');
  else if (style === 3) r.t('Thanks ').e('PERSON', p.full).t(` for the ${rng.pick(NAMEY_SOFTWARE)} tips!`);
  else if (style === 4) r.t('Ping ').e('PERSON', p.full).t(' (').e('EMAIL_ADDRESS', allFakers.en.internet.email({ firstName: p.first, lastName: p.last }))
    .t(') about the ').e('ORGANIZATION', rng.pick(PERSON_BRANDS)).t(' order.');
  else if (style === 5) r.t('Ask for ').e('PERSON', p.full).t(' on ').e('PHONE_NUMBER', phoneNumber(rng, rng.pick(PHONE_REGIONS)))
    .t(` before ${rng.pick(HOLIDAYS)}.`);
  else if (style === 6) r.e('PERSON', p.full).t(' (born ').e('DATE_TIME', writtenDate(rng, 'en', ...birthDate()))
    .t(`) joined in ${rng.int(2000, 2024)}.`);
  else r.t(`${rng.pick(['Storm', 'Hurricane'])} ${judgeRoman(f.person.firstName())} delayed `).e('PERSON', p.full)
    .t("'s flight to ").e('LOCATION', rng.pick(NAMEY_CITIES)).t('.');
  return r;
}

// ---- the blind set (--set blind) -------------------------------------------
//
// Written and committed before the next change to the PERSON and ADDRESS
// rules, by someone who does not see that change, to judge it; never read
// mistake by mistake (only its overall and per-locale figures are looked
// at). Its templates, phrasings and layouts are none of the five earlier
// sets' (checked against their text); what it holds is deliberately not
// described here or in the docs beyond this: people, near-misses, addresses
// (in Latin and in their locale's own script) and mixed records, in many
// faker locales. Label conventions are the judge set's.

const BLIND_RARE_LOCALES = ['cy', 'eo', 'ku_kmr_latin', 'en_HK', 'en_NP', 'fr_SN', 'nl_BE', 'sr_RS_latin',
  'uz_UZ_latin', 'yo_NG', 'zu_ZA', 'af_ZA', 'sl_SI', 'sk', 'lv', 'vi', 'id_ID', 'ru', 'uk', 'mk', 'el', 'ka_GE', 'hy',
  'pt_PT', 'en_IE', 'fr_CH'];
const BLIND_NATIVE_NAMES = new Set(['ru', 'uk', 'mk', 'el']);
const BLIND_LATIN_ADDRESS_LOCALES = ['sk', 'sl_SI', 'lv', 'pt_PT', 'nl_BE', 'it', 'en_IN', 'cs_CZ', 'pl', 'hr', 'ro',
  'es', 'fr', 'de', 'de_AT', 'en_GB', 'en_US', 'en_CA', 'en_AU', 'sv', 'nb_NO', 'fi', 'da', 'tr', 'id_ID', 'vi',
  'pt_BR', 'es_MX', 'fr_CH', 'hu'];
const BLIND_SCRIPT_ADDRESS_LOCALES = ['ja', 'ko', 'zh_CN', 'zh_TW', 'he', 'ar', 'fa', 'th', 'el', 'ru', 'uk', 'mk',
  'ka_GE', 'hy'];
// The word for "address" in each script locale's own language.
const BLIND_ADDRESS_WORD = { ja: '住所：', ko: '주소: ', zh_CN: '地址：', zh_TW: '地址：', he: 'כתובת: ', ar: 'العنوان: ',
  fa: 'نشانی: ', th: 'ที่อยู่: ', el: 'Διεύθυνση: ', ru: 'Адрес: ', uk: 'Адреса: ', mk: 'Адреса: ', ka_GE: 'მისამართი: ',
  hy: 'Հասցե՝ ' };

function blindFaker() {
  const locale = rng.chance(0.55) ? rng.pick(BLIND_RARE_LOCALES) : rng.pick(NAME_LOCALES);
  return { locale, f: allFakers[locale] };
}

// Romanised, or (for a share of Cyrillic and Greek people) in their own script.
function blindName(f, locale) {
  const sex = rng.pick(['female', 'male']);
  const native = BLIND_NATIVE_NAMES.has(locale) && rng.chance(0.4);
  const w = (s) => (native ? s : judgeRoman(s)).replace(/ {2,}/g, ' ').trim();
  const first = w(f.person.firstName(sex));
  const last = w(f.person.lastName(sex));
  return { first, last, full: `${first} ${last}` };
}

const blindEmail = (p) => allFakers.en.internet.email({ firstName: judgeRoman(p.first), lastName: judgeRoman(p.last) });
const blindPhone = () => phoneNumber(rng, rng.pick(PHONE_REGIONS));
const blindText = (s) => judgeRoman(s).replace(/ {2,}/g, ' ').trim();

function blindPersonRecord() {
  const { locale, f } = blindFaker();
  const r = new Record('blind_person', locale);
  const p = blindName(f, locale);
  const q = blindName(f, locale);
  const style = rng.int(0, 23);
  if (style === 0) r.t('Reply-To: "').e('PERSON', `${p.last}, ${p.first}`).t('" <').e('EMAIL_ADDRESS', blindEmail(p)).t('>');
  else if (style === 1) r.t(`${rng.int(10, 28)}/0${rng.int(1, 9)}/24, ${rng.int(10, 23)}:${rng.int(10, 59)} - `).e('PERSON', p.full)
    .t(`: ${rng.pick(['running 5 late', 'who has the charger?', 'ok see you there', 'voice note incoming'])}`);
  else if (style === 2) r.t('Action: ').e('PERSON', p.first).t(` to circulate the revised draft by ${rng.pick(JUDGE_WEEKDAYS)}.`);
  else if (style === 3) r.t('Reporter: ').e('PERSON', p.full).t(`\nComponent: ${rng.pick(['billing', 'auth', 'search', 'mobile'])}\nSeverity: S${rng.int(1, 4)}`);
  else if (style === 4) r.t('Reassigned from ').e('PERSON', p.full).t(' to ').e('PERSON', q.full).t(` (ticket #${rng.int(1000, 99999)}).`);
  else if (style === 5) r.t('CURRICULUM VITAE\n\n').e('PERSON', p.full).t('\nProfile: ').e('TITLE', blindText(jobTitle(f)))
    .t(` with ${rng.int(3, 25)} years of experience.`);
  else if (style === 6) r.t('Referee: ').e('PERSON', p.full).t(', former line manager at ').e('ORGANIZATION', blindText(company(f))).t('.');
  else if (style === 7) r.t(`${rng.pick(['★★★★★', '★★★★☆', '★★☆☆☆'])} "${rng.pick(['Does what it says', 'Arrived broken', 'Great value', 'Would buy again'])}"\n— `)
    .e('PERSON', p.full).t(', verified buyer');
  else if (style === 8) r.t('Pt. ').e('PERSON', p.full).t(`, ${rng.int(18, 95)} y/o, presents with ${rng.pick(['chest pain', 'a persistent cough', 'lower back pain', 'dizziness'])}.`);
  else if (style === 9) r.t('Next of kin: ').e('PERSON', p.full).t(` (${rng.pick(['daughter', 'son', 'wife', 'husband', 'niece'])})`);
  else if (style === 10) r.t('THIS AGREEMENT is made between ').e('PERSON', p.full).t(' ("the Landlord") and ')
    .e('PERSON', q.full).t(' ("the Tenant").');
  else if (style === 11) r.t('I, ').e('PERSON', p.full).t(', hereby declare that the information above is true.');
  else if (style === 12) r.t('Counsel for the claimant, ').e('PERSON', p.full).t(', argued that the notice was defective.');
  else if (style === 13) r.t('Shortlist:\n- ').e('PERSON', p.full).t('\n- ').e('PERSON', q.full).t('\n- ').e('PERSON', blindName(f, locale).full);
  else if (style === 14) r.t('1. ').e('PERSON', `${p.last}, ${p.first}`).t('\n2. ').e('PERSON', `${q.last}, ${q.first}`);
  else if (style === 15) r.t('It was ').e('PERSON', p.first).t(' who spotted the typo in the contract.');
  else if (style === 16) r.t('Photo: ').e('PERSON', p.full).t(` / ${rng.pick(['Reuters', 'AP', 'AFP', 'dpa'])}`);
  else if (style === 17) r.t('Translated from the original by ').e('PERSON', p.full);
  else if (style === 18) r.e('PERSON', p.full).t(' in conversation with ').e('PERSON', q.full);
  else if (style === 19) r.t('My great-aunt ').e('PERSON', p.first).t(` taught me to ${rng.pick(['knit', 'swim', 'bake bread', 'play chess'])}.`);
  else if (style === 20) r.t('<').e('PERSON', p.first).t(`> ${rng.pick(['brb, coffee', 'lgtm', 'ship it', 'anyone up?'])}`);
  else if (style === 21) r.e('PERSON', p.full).t(' reacted with 👍 to your message');
  else if (style === 22) r.t('Convenor – ').e('PERSON', p.full).t('\nNotes – ').e('PERSON', q.full);
  else r.t('Squad: ').e('PERSON', p.full).t(' (lead), ').e('PERSON', q.full).t(', ').e('PERSON', blindName(f, locale).full);
  return r;
}

const BLIND_BRANDS = ['Nestlé', 'Unilever', 'Heineken', 'Carlsberg', 'IKEA', 'Lego', 'Zara', 'Uniqlo', 'Decathlon',
  'Miele', 'Rowenta', 'Tefal', 'Nokia', 'Ericsson', 'Vileda', 'Peugeot', 'Citroën', 'Tupperware', 'Fiat', 'Opinel', 'Brompton',
  'Rimowa', 'Yamaha', 'Bang & Olufsen', 'Fjällräven', 'Victorinox', 'Swarovski', 'Lindt', 'Ferrero', 'Barilla',
  'Danone', 'Michelin', 'Hermès', 'Longchamp', 'Adidas', 'Puma', 'Levi Strauss', 'Kenwood', 'Husqvarna', 'Volvo'];
const BLIND_HEADINGS = ['Getting Started With Your New Account', 'Release Notes For Version Seven',
  'Meet The Team Behind The Launch', 'Our Commitment To Privacy', 'Spring Cleaning Checklist', 'How We Work Together',
  'What Customers Are Saying', 'Upcoming Maintenance Window', 'Product Roadmap Highlights', 'Welcome To The Community',
  'Keeping Your Data Safe', 'Open Positions', 'Travel And Expense Policy', 'Summer Reading List',
  'Known Issues And Workarounds', 'Volunteer Day Recap', 'Pricing Plans Compared', 'Before You Begin'];
const BLIND_STREET_WORKS = ['Abbey Road', 'Penny Lane', 'Electric Avenue', 'Baker Street', 'Mulholland Drive',
  'Coronation Street', 'Sesame Street', 'Melrose Place', '21 Jump Street', 'A Nightmare on Elm Street',
  'Miracle on 34th Street', 'Hill Street Blues', 'Desolation Row', 'Lombard Street'];
const BLIND_WORKS = ['The Grapes of Wrath', 'Station Eleven', 'The Tin Drum', 'War and Peace',
  'Crime and Punishment', 'The Remains of the Day', 'Gone Girl', 'The Silence of the Lambs', 'Lost in Translation',
  'The Shawshank Redemption', 'Spirited Away', 'The Seventh Seal', 'Wild Strawberries', 'Cinema Paradiso', 'Das Boot',
  'La Dolce Vita', 'Les Misérables', 'Der Zauberberg', 'Cien años de soledad', 'Il Gattopardo', 'Midnight Express',
  'The Name of the Rose', 'Bicycle Thieves', 'The Night Watch'];
const BLIND_CAPITALISED = ['Die Besprechung wurde auf Donnerstag verschoben, bitte bringen Sie die Unterlagen mit.',
  'Der Vorstand hat die Jahresplanung ohne Änderungen genehmigt.', 'Bitte beachten Sie die neuen Öffnungszeiten der Kantine.',
  'Die Rechnung enthält die Mehrwertsteuer und die Versandkosten.', 'Het Bestuur vergadert op Maandag over de Begroting.',
  'Zebranie Zarządu odbędzie się w Sali Konferencyjnej.', 'La Direzione Generale ha approvato il Piano Industriale.',
  'El Consejo de Administración aprobó las Cuentas Anuales.', 'Le Conseil d\'Administration se réunira en Assemblée Générale.',
  'Styrelsen godkände Årsredovisningen på Onsdagen.', 'Kdo má na starosti Rozpočet na příští Rok?'];
const BLIND_FOREIGN_SCRIPT = ['Совещание перенесено на пятницу, Отдел продаж в курсе.', 'Просьба Сдать Отчёты до конца Месяца.',
  'Η συνάντηση μεταφέρθηκε για την Παρασκευή.', 'Νέα Προϊόντα Στο Κατάστημα Μας', 'Нарада Відбудеться у Вівторок о 10:00.',
  'Годишен Извештај за Работењето', 'Οδηγίες Ασφαλείας Για Τους Επισκέπτες', 'Главное Меню › Настройки › Уведомления'];
const BLIND_DISHES = ['Chicken Tikka Masala', 'Eggs Florentine', 'Chicken Kiev', 'Margherita Pizza', 'Caprese Salad',
  'Baked Alaska', 'Black Forest Gateau', 'Bouillabaisse', 'Lancashire Hotpot', 'Wiener Schnitzel', 'Victoria Sponge',
  'Bombay Potatoes', 'Welsh Rarebit', 'Boston Cream Pie'];
const BLIND_PRESS = ['The Guardian', 'Le Monde', 'Der Spiegel', 'El País', 'Corriere della Sera', 'The Economist',
  'Financial Times', 'Die Zeit', 'La Repubblica', 'Het Parool', 'Aftonbladet', 'Gazeta Wyborcza', 'Neue Zürcher Zeitung'];
const BLIND_TOOLS = ['Final Cut Pro', 'Logic Pro', 'Adobe Premiere', 'Power BI', 'Google Analytics', 'Microsoft Project',
  'Autodesk Maya', 'Blender', 'Unreal Engine', 'Apple Numbers', 'LibreOffice Calc', 'Zoho Books'];
const BLIND_SPECIES = ["Steller's jay", "Przewalski's horse", 'Douglas fir', "Darwin's finches", "Bewick's swan",
  "Leadbeater's possum", "Wilson's warbler", 'Monterey cypress', 'Norway maple', "Humboldt penguin"];

function blindNegativeRecord() {
  const { locale, f } = blindFaker();
  const r = new Record('blind_negative', locale);
  const style = rng.int(0, 19);
  const place = () => blindText(city(f));
  if (style === 0) r.e('ORGANIZATION', rng.pick(BLIND_BRANDS)).t(` is recalling ${rng.int(2, 90)},000 units after a safety review.`);
  else if (style === 1) r.t('Compatible with ').e('ORGANIZATION', rng.pick(BLIND_BRANDS)).t(', ').e('ORGANIZATION', rng.pick(BLIND_BRANDS))
    .t(' and ').e('ORGANIZATION', rng.pick(BLIND_BRANDS)).t(' models.');
  else if (style === 2) r.t('Role Spotlight: ').e('TITLE', blindText(jobTitle(f)));
  else if (style === 3) r.t(`## ${rng.pick(BLIND_HEADINGS)}\n\n${rng.pick(BLIND_HEADINGS)}`);
  else if (style === 4) r.t('Temperatures in ').e('LOCATION', place()).t(` hit ${rng.int(30, 44)} degrees on ${rng.pick(JUDGE_WEEKDAYS)}.`);
  else if (style === 5) r.t('the ').e('LOCATION', place()).t('–').e('LOCATION', place()).t(` route reopens in ${rng.pick(JUDGE_MONTHS)}`);
  else if (style === 6) {
    if (rng.chance(0.5)) r.t(`Put "${rng.pick(BLIND_STREET_WORKS)}" on the playlist, it's a classic.`);
    else r.t(`Our new sofa range is called "${blindText(f.location.street())}" and comes in three colours.`);
  } else if (style === 7) r.t(`Has anyone seen ${rng.pick(BLIND_WORKS)}? Worth it?`);
  else if (style === 8) r.t(rng.pick(BLIND_CAPITALISED));
  else if (style === 9) {
    const nf = allFakers[rng.pick(['ru', 'el', 'uk', 'mk'])];
    if (rng.chance(0.5)) r.t(rng.pick(BLIND_FOREIGN_SCRIPT));
    else r.t(`${nf.commerce.productName()} — ${rng.int(100, 9000)} ₽ (${nf.commerce.department()})`);
  } else if (style === 10) r.t('The tender went to ').e('ORGANIZATION', company(f)).t(' after a second round.');
  else if (style === 11) r.t(`Compare: ${product(f)} vs ${product(f)}`);
  else if (style === 12) r.t(`${f.commerce.department()} Guild — fortnightly sync, all welcome`);
  else if (style === 13) r.t(`Merge Branch 'Feature/${rng.pick(['Login-Page', 'Dark-Mode', 'Export-Csv', 'New-Onboarding'])}' Into Main`);
  else if (style === 14) r.t(`Chef's special tonight: ${rng.pick(BLIND_DISHES)}, followed by ${rng.pick(BLIND_DISHES)}.`);
  else if (style === 15) r.t(`Exported from ${rng.pick(BLIND_TOOLS)}, then uploaded to ${rng.pick(BLIND_TOOLS)}.`);
  else if (style === 16) r.t('Message from the ').e('TITLE', blindText(jobTitle(f))).t(' of ').e('ORGANIZATION', blindText(company(f)));
  else if (style === 17) r.t('As reported in ').e('ORGANIZATION', rng.pick(BLIND_PRESS)).t(' and ').e('ORGANIZATION', rng.pick(BLIND_PRESS)).t(' over the past few days.');
  else if (style === 18) r.t(`Spotted a ${rng.pick(BLIND_SPECIES)} near the ${rng.pick(BLIND_SPECIES)} on the trail.`);
  else r.t('We ship to ').e('LOCATION', blindText(f.location.country())).t(' and ').e('LOCATION', blindText(f.location.country())).t(' at no extra cost.');
  return r;
}

function blindZip(f) {
  try {
    return f.location.zipCode();
  } catch {
    return zip5();
  }
}

function blindAddressRecord() {
  const script = rng.chance(0.4);
  const locale = rng.pick(script ? BLIND_SCRIPT_ADDRESS_LOCALES : BLIND_LATIN_ADDRESS_LOCALES);
  const f = allFakers[locale];
  const r = new Record(script ? 'blind_address_script' : 'blind_address', locale);
  const tidy = (s) => s.replace(/ {2,}/g, ' ').trim();
  const street = tidy(f.location.streetAddress(rng.chance(0.4)));
  const place = tidy(f.location.city());
  const zip = blindZip(f);
  if (script) {
    const style = rng.int(0, 4);
    const cyrillicOrGreek = ['ru', 'uk', 'mk', 'el'].includes(locale);
    if (style === 0) r.t(BLIND_ADDRESS_WORD[locale]).e('ADDRESS', street).t(', ').e('LOCATION', place);
    // An envelope in the order of the locale's post: a person (own script) on top for Cyrillic and Greek,
    // postcode first and no name for the others.
    else if (style === 1 && cyrillicOrGreek) r.e('PERSON', tidy(`${f.person.firstName()} ${f.person.lastName()}`)).t('\n')
      .e('ADDRESS', street).t('\n').e('LOCATION', place).t(`\n${zip}`);
    else if (style === 1) r.t(`${zip}\n`).e('LOCATION', place).t('\n').e('ADDRESS', street);
    else if (style === 2) r.t('Delivery note (original script): ').e('ADDRESS', street).t(' / ').e('LOCATION', place).t(` / ${zip}`);
    else if (style === 3) r.t(`"addr_local": "`).e('ADDRESS', street).t('", "city_local": "').e('LOCATION', place).t('"');
    else r.e('LOCATION', place).t(' ').e('ADDRESS', street).t(` (${zip})`);
    return r;
  }
  const country = allFakers.en.location.country();
  const p = blindName(f, locale);
  const style = rng.int(0, 9);
  if (style === 0) r.t('FAO: ').e('PERSON', p.full).t('\n').e('ADDRESS', street).t('\n').e('LOCATION', place).t(`\n${zip}`);
  else if (style === 1) r.t('Abs.: ').e('PERSON', p.full).t(', ').e('ADDRESS', street).t(`, ${zip} `).e('LOCATION', place);
  else if (style === 2) r.t('Street and number: ').e('ADDRESS', street).t(`\nPostcode / town: ${zip} `).e('LOCATION', place)
    .t('\nCountry: ').e('LOCATION', country);
  else if (style === 3) r.t('"name","street","city"\n"').e('PERSON', p.full).t('","').e('ADDRESS', street).t('","').e('LOCATION', place).t('"');
  else if (style === 4) r.e('ORGANIZATION', blindText(company(f))).t(' · ').e('ADDRESS', street).t(` · ${zip} `).e('LOCATION', place)
    .t(` · VAT ${rng.int(100000000, 999999999)}`);
  else if (style === 5) r.t('📍 ').e('ADDRESS', street).t(', ').e('LOCATION', place);
  else if (style === 6) r.t('<input name="street" value="').e('ADDRESS', street).t('"><input name="town" value="').e('LOCATION', place).t('">');
  else if (style === 7) r.t('The accident happened outside ').e('ADDRESS', street).t(` shortly after ${rng.int(1, 11)} pm.`);
  else if (style === 8) r.t('Our B&B is tucked away on ').e('ADDRESS', street).t(', a short walk from the centre of ').e('LOCATION', place).t('.');
  else r.t(rng.pick(['Adresse postale : ', 'Domicilio: ', 'Anschrift: ', 'Morada: ', 'Adresa: ', 'Osoite: ']))
    .e('ADDRESS', street).t(` – ${zip} `).e('LOCATION', place).t(` – `).e('LOCATION', country);
  return r;
}

function blindMixedRecord() {
  const { locale, f } = blindFaker();
  const r = new Record('blind_mixed', locale);
  const p = blindName(f, locale);
  const q = blindName(f, locale);
  const style = rng.int(0, 7);
  if (style === 0) r.e('PERSON', p.full).t(' · ').e('EMAIL_ADDRESS', blindEmail(p)).t(' · ').e('PHONE_NUMBER', blindPhone());
  else if (style === 1) r.t('Born ').e('DATE_TIME', writtenDate(rng, 'en', ...birthDate())).t(', ').e('PERSON', p.full)
    .t(` has been with us since ${rng.int(2001, 2024)}.`);
  else if (style === 2) r.t('Missed call from ').e('PERSON', p.first).t(' (').e('PHONE_NUMBER', blindPhone()).t(')');
  else if (style === 3) r.t('Referring physician: Dr ').e('PERSON', p.last).t('; patient DOB ').e('DATE_TIME', writtenDate(rng, 'en', ...birthDate()));
  else if (style === 4) r.e('PERSON', p.full).t(' picked up a ').t(product(f)).t(' from ').e('ORGANIZATION', rng.pick(BLIND_BRANDS)).t(' for ')
    .e('PERSON', q.first).t('.');
  else if (style === 5) r.t('Out of office: please contact ').e('PERSON', p.full).t(' (').e('EMAIL_ADDRESS', blindEmail(p)).t(') instead.');
  else if (style === 6) r.e('PERSON', p.full).t(` read ${rng.pick(BLIND_WORKS)} in ${rng.pick(['a week', 'one sitting', 'Italian'])} — ask `)
    .e('PERSON', q.first).t(' for the copy.');
  else r.t('Occupant ').e('PERSON', p.full).t(' reported a leak on ').e('DATE_TIME', writtenDate(rng, 'en', ...recentDate())).t(', call ')
    .e('PHONE_NUMBER', blindPhone()).t('.');
  return r;
}

if (SET === 'blind') {
  const out = [];
  const make = [blindPersonRecord, blindNegativeRecord, blindAddressRecord, blindMixedRecord, blindNegativeRecord];
  while (out.length < RECORDS) out.push(make[out.length % make.length]());
  writeSync(1, '[\n' + out.map((x) => JSON.stringify(x.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

if (SET === 'judge') {
  const out = [];
  const make = [judgePersonRecord, judgeNegativeRecord, judgeAddressRecord, judgeMixedRecord, judgeNegativeRecord];
  while (out.length < RECORDS) out.push(make[out.length % make.length]());
  writeSync(1, '[\n' + out.map((x) => JSON.stringify(x.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

if (SET === 'holdout') {
  const out = [];
  const make = [holdoutPersonRecord, holdoutNegativeRecord, holdoutAddressRecord, holdoutMixedRecord, holdoutNegativeRecord];
  while (out.length < RECORDS) out.push(make[out.length % make.length]());
  writeSync(1, '[\n' + out.map((x) => JSON.stringify(x.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

if (SET === 'variants') {
  const out = [];
  const make = [variantAddressRecord, variantNegativeRecord, variantPersonRecord];
  while (out.length < RECORDS) out.push(make[out.length % make.length]());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the addr7 probe set (--set addr7) -------------------------------------
//
//   node generate.mjs --set addr7 --seed 31 --records 1200 > ../data/generated_pii_addr7.json
//
// Street addresses as each country writes them, in its own script where it
// has one: Korean road-name addresses (시/도, 시/군/구, 로/길 and number,
// building and unit, postcode), Japanese (〒, 都道府県, 市区町村, 丁目-番-号
// in kanji, full-width and Western digits, building and room), Hebrew,
// Persian and Arabic, and the Nordic, Baltic, Hungarian, Greek, Macedonian,
// Russian, Indonesian, Indian, Spanish, Portuguese and Swiss layouts — one
// line and several, with and without cue words, PO boxes, flats and floors —
// in sentences, forms, signatures and chats. Faker gives the names it has
// (roads, towns, regions, postcodes); the layout around them is written from
// each country's postal usage. Near-misses that are no address (rooms, "via
// 5", dates, order lines, versions, measures, prices, times) are labelled
// nothing.

const A7 = (l) => allFakers[l];
const a7 = (fn, fallback) => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};
const A7_FW = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/-/g, '－');
const A7_KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function a7Kanji(n) {
  if (n < 10) return A7_KANJI[n];
  if (n < 20) return '十' + (n % 10 ? A7_KANJI[n % 10] : '');
  return A7_KANJI[Math.floor(n / 10)] + '十' + (n % 10 ? A7_KANJI[n % 10] : '');
}
const A7_PERSIAN = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const A7_ARABIC = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));

// Each maker returns { street, town?, before?, after? }: the labelled street
// part, the town labelled LOCATION, and the unlabelled text around them
// (postcodes, regions, countries) in the order the country writes them.
const A7_SEOUL_GU = ['강남구', '서초구', '송파구', '마포구', '종로구', '중구', '용산구', '성동구', '영등포구', '관악구', '노원구', '은평구'];
const A7_DONG = ['역삼동', '삼성동', '서교동', '합정동', '신림동', '상계동', '잠실동', '청담동', '망원동', '연남동'];
const A7_KO_BUILDING = ['래미안아파트', '현대아파트', '삼성타워', '한빛빌딩', '푸르지오', '자이아파트', '센트럴빌딩', '그린빌라'];
function a7Korean() {
  const f = A7('ko');
  const road = f.location.street();
  const num = rng.chance(0.2) ? `${rng.int(1, 300)}-${rng.int(1, 20)}` : String(rng.int(1, 500));
  const seoul = rng.chance(0.4);
  const region = seoul ? '서울특별시' : f.location.state();
  const district = seoul ? rng.pick(A7_SEOUL_GU) : f.location.city();
  const zip = String(rng.int(1000, 63999)).padStart(5, '0');
  let unit = '';
  const u = rng.int(0, 3);
  if (u === 1) unit = `, ${rng.int(101, 120)}동 ${rng.int(1, 25)}0${rng.int(1, 6)}호`;
  else if (u === 2) unit = `, ${rng.pick(A7_KO_BUILDING)} ${rng.int(2, 15)}층`;
  else if (u === 3) unit = ` ${rng.int(1, 30)}0${rng.int(1, 9)}호`;
  const style = rng.int(0, 5);
  if (style === 0) return { street: `${region} ${district} ${road} ${num}${unit}`, after: rng.chance(0.5) ? ` (${rng.pick(A7_DONG)})` : '' };
  if (style === 1) return { before: `(${zip}) `, street: `${region} ${district} ${road} ${num}${unit}` };
  if (style === 2) return { street: `${district} ${road} ${num}${unit}`, after: ` 우편번호 ${zip}` };
  if (style === 3) return { street: `${road} ${num}${unit}` };
  if (style === 4) return { street: `${region} ${district} ${rng.pick(A7_DONG)} ${rng.int(1, 999)}-${rng.int(1, 99)}번지` };
  // Faker's own layout.
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

const A7_JA_TOWN = ['本町', '中央', '栄町', '旭町', '緑町', '若葉', '桜台', '西新宿', '丸の内', '梅田', '南青山', '大手町', '錦', '天神', '元町', '東山', '新町', '千代田', '駅前', '港南'];
const A7_JA_BUILDING = ['グランドメゾン', 'サンハイツ', 'コーポ田中', 'パークタワー', 'ライオンズマンション', '第二富士ビル', 'メゾン桜', 'ハイツ緑'];
function a7Japanese() {
  const f = A7('ja');
  const pref = f.location.state();
  const city = f.location.city();
  const town = rng.pick(A7_JA_TOWN);
  const c = rng.int(1, 9), b = rng.int(1, 30), g = rng.int(1, 40);
  const zip = `〒${rng.int(100, 999)}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
  const numStyle = rng.int(0, 4);
  let num;
  if (numStyle === 0) num = `${c}-${b}-${g}`;
  else if (numStyle === 1) num = `${c}丁目${b}番${g}号`;
  else if (numStyle === 2) num = `${a7Kanji(c)}丁目${b}番地${g}`;
  else if (numStyle === 3) num = A7_FW(`${c}-${b}-${g}`);
  else num = `${a7Kanji(c)}丁目${a7Kanji(b)}番${a7Kanji(g)}号`;
  const building = rng.chance(0.4) ? `${rng.chance(0.5) ? ' ' : ''}${rng.pick(A7_JA_BUILDING)}${rng.int(1, 12)}0${rng.int(1, 9)}号室` : '';
  const style = rng.int(0, 4);
  if (style === 0) return { before: `${zip} `, street: `${pref}${city}${town}${num}${building}` };
  if (style === 1) return { before: `${zip}\n`, street: `${pref}${city}${town}${num}${building}` };
  if (style === 2) return { street: `${city}${town}${num}${building}` };
  if (style === 3) return { street: `${pref}${city} ${town}${num}${building}` };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

const A7_HE_STREETS = ['הרצל', 'ויצמן', 'בן יהודה', 'אלנבי', 'ז\'בוטינסקי', 'רוטשילד', 'דיזנגוף', 'יפו', 'הנביאים', 'סוקולוב', 'ביאליק', 'קק"ל'];
function a7Hebrew() {
  const f = A7('he');
  const town = f.location.city();
  const zip = String(rng.int(1000000, 9999999));
  const num = String(rng.int(1, 120));
  const name = rng.chance(0.5) ? rng.pick(A7_HE_STREETS) : f.location.street().replace(/^(רחוב|שדרות|דרך|משעול|סמטת) /, '');
  const type = rng.pick(['רחוב ', 'רח\' ', 'שדרות ', 'שד\' ', 'דרך ', '']);
  const unit = rng.pick(['', '', `, דירה ${rng.int(1, 40)}`, ` דירה ${rng.int(1, 40)}`, `/${rng.int(1, 30)}`, `, קומה ${rng.int(1, 9)}`]);
  const style = rng.int(0, 3);
  if (style === 0) return { street: `${type}${name} ${num}${unit}`, after: ', ', town, tail: ` ${zip}` };
  if (style === 1) return { street: `${type}${name} ${num}${unit}`, after: '\n', town };
  if (style === 2) return { street: `${type || 'רחוב '}${name} ${num}${unit}` };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Persian() {
  const f = A7('fa');
  const town = f.location.city();
  const street = f.location.street();
  const digits = rng.chance(0.6) ? A7_PERSIAN : (s) => s;
  const alley = rng.pick(['کوچه نسترن', 'کوچه ۱۲', 'کوچه شهید رضایی', 'بن‌بست یاس', 'کوچه دوم']);
  const plate = `پلاک ${digits(String(rng.int(1, 200)))}`;
  const unit = rng.pick(['', `، واحد ${digits(String(rng.int(1, 20)))}`, `، طبقه ${digits(String(rng.int(1, 9)))}`]);
  const style = rng.int(0, 3);
  if (style === 0) return { town, after: '، ', townFirst: true, street: `${street}، ${alley}، ${plate}${unit}` };
  if (style === 1) return { street: `${street}، ${plate}${unit}`, after: `، ${town}` };
  if (style === 2) return { street: `${street}، ${alley}، ${plate}${unit}`, after: `، کد پستی ${digits(f.location.zipCode())}` };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

const A7_AR_STREETS = ['شارع التحرير', 'شارع الملك فهد', 'شارع الجمهورية', 'طريق المطار', 'شارع النيل', 'شارع الحمراء', 'شارع الرشيد'];
function a7Arabic() {
  const f = A7('ar');
  const town = f.location.city();
  const num = String(rng.int(1, 250));
  const d = rng.chance(0.5) ? A7_ARABIC : (s) => s;
  const style = rng.int(0, 4);
  if (style === 0) return { street: `${d(num)} ${rng.pick(A7_AR_STREETS)}`, after: '، ', town };
  if (style === 1) return { street: `${rng.pick(A7_AR_STREETS)}، مبنى ${d(num)}، الطابق ${d(String(rng.int(1, 9)))}`, after: '، ', town };
  if (style === 2) return { street: `${rng.pick(A7_AR_STREETS)} رقم ${d(num)}`, after: '، ', town };
  if (style === 3) return { street: `ص.ب. ${d(String(rng.int(100, 99999)))}`, after: '، ', town };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Norwegian() {
  const f = A7('nb_NO');
  const town = f.location.city();
  const zip = String(rng.int(1, 9999)).padStart(4, '0');
  const street = `${f.location.street()} ${rng.int(1, 120)}${rng.pick(['', '', 'B', 'A', ' C'])}`;
  const unit = rng.pick(['', '', `, ${rng.pick(['H0201', 'H0102', 'H0304', 'U0101'])}`, `, leil. ${rng.int(1, 40)}`]);
  const style = rng.int(0, 3);
  if (style === 0) return { street: `${street}${unit}`, after: `, ${zip} `, town };
  if (style === 1) return { street: `${street}${unit}`, after: `\n${zip} `, town };
  if (style === 2) return { street: `Postboks ${rng.int(1, 9999)}${rng.pick([' Sentrum', '', ' Majorstuen'])}`, after: `, ${zip} `, town };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Finnish() {
  const f = A7('fi');
  const town = f.location.city();
  const zip = f.location.zipCode();
  const street = `${f.location.street()} ${rng.int(1, 90)}${rng.pick(['', '', ` ${rng.pick(['A', 'B', 'C'])} ${rng.int(1, 60)}`, ` as. ${rng.int(1, 40)}`, ` ${rng.pick(['A', 'B'])}`])}`;
  const style = rng.int(0, 3);
  if (style === 0) return { street, after: `, ${zip} `, town };
  if (style === 1) return { street, after: `\n${zip} `, town: town.toUpperCase() };
  if (style === 2) return { street: `PL ${rng.int(1, 999)}`, after: `, ${zip} `, town };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Hungarian() {
  const f = A7('hu');
  const town = f.location.city();
  const zip = String(rng.int(1011, 9985));
  const base = `${f.location.street()} ${rng.int(1, 150)}.`;
  const unit = rng.pick(['', '', ` ${rng.int(1, 9)}. em. ${rng.int(1, 20)}.`, ` ${rng.int(1, 9)}/${rng.int(1, 20)}.`, ` fszt. ${rng.int(1, 5)}.`]);
  const style = rng.int(0, 3);
  if (style === 0) return { before: `${zip} `, town, mid: ', ', street: `${base}${unit}` };
  if (style === 1) return { town, mid: '\n', street: `${base}${unit}`, tail: `\n${zip}` };
  if (style === 2) return { before: `${zip} `, town, mid: ', ', street: `Pf. ${rng.int(1, 999)}.` };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Latvian() {
  const f = A7('lv');
  const town = f.location.city();
  const zip = `LV-${rng.int(1001, 5799)}`;
  const num = `${rng.int(1, 150)}${rng.pick(['', '', `-${rng.int(1, 60)}`, ` k-${rng.int(1, 4)}`, ` - ${rng.int(1, 60)}`])}`;
  const street = `${f.location.street()} ${num}`;
  const style = rng.int(0, 3);
  if (style === 0) return { street, after: ', ', town, tail: `, ${zip}` };
  if (style === 1) return { street, after: '\n', town, tail: `, ${zip}` };
  if (style === 2) return { street: `${rng.pick(['Brīvības', 'Elizabetes', 'Tērbatas', 'Krišjāņa Valdemāra', 'Lāčplēša'])} iela ${num}`, after: ', ', town };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

const A7_EL_STREETS = ['Ερμού', 'Πατησίων', 'Σταδίου', 'Αιόλου', 'Ακαδημίας', 'Τσιμισκή', 'Εγνατίας', 'Μητροπόλεως'];
function a7Greek() {
  const f = A7('el');
  const town = f.location.city();
  const zip = f.location.zipCode();
  const name = rng.chance(0.5) ? rng.pick(A7_EL_STREETS) : f.location.street();
  const type = rng.pick(['', '', 'Οδός ', 'Λεωφ. ', 'Λεωφόρος ']);
  const unit = rng.pick(['', '', `, ${rng.int(1, 6)}ος όροφος`, `, Διαμ. ${rng.int(1, 20)}`]);
  const street = `${type}${name} ${rng.int(1, 200)}${unit}`;
  const style = rng.int(0, 3);
  if (style === 0) return { street, after: `, ${zip} `, town };
  if (style === 1) return { street, after: `\n${zip} `, town };
  if (style === 2) return { street: `Τ.Θ. ${rng.int(100, 9999)}`, after: `, ${zip} `, town };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Macedonian() {
  const f = A7('mk');
  const town = f.location.city();
  const zip = String(rng.int(1000, 7999));
  const type = rng.pick(['ул. ', 'бул. ', 'улица ', '']);
  const num = rng.pick([`бр. ${rng.int(1, 150)}`, `${rng.int(1, 150)}`, `${rng.int(1, 150)}/${rng.int(1, 20)}`, `бр. ${rng.int(1, 90)}, стан ${rng.int(1, 40)}`]);
  const street = `${type}${f.location.street()} ${num}`;
  const style = rng.int(0, 3);
  if (style === 0) return { street, after: `, ${zip} `, town };
  if (style === 1) return { street, after: `\n${zip} `, town };
  if (style === 2) return { street: `${type || 'ул. '}„${f.location.street()}“ ${num}`, after: ', ', town };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Russian() {
  const f = A7('ru');
  const town = f.location.city();
  const zip = f.location.zipCode();
  const raw = f.location.street();
  const house = rng.pick([`д. ${rng.int(1, 150)}`, `д. ${rng.int(1, 90)}, кв. ${rng.int(1, 300)}`, `д. ${rng.int(1, 90)}, корп. ${rng.int(1, 5)}, кв. ${rng.int(1, 300)}`, `дом ${rng.int(1, 90)}, стр. ${rng.int(1, 5)}`, `${rng.int(1, 150)}`]);
  const street = `${raw}, ${house}`;
  const style = rng.int(0, 4);
  if (style === 0) return { before: `г. `, town, mid: ', ', street, tail: `, ${zip}` };
  if (style === 1) return { before: `${zip}, г. `, town, mid: ', ', street };
  if (style === 2) return { street, after: ', г. ', town };
  if (style === 3) return { street: `а/я ${rng.int(1, 999)}`, after: ', г. ', town, tail: `, ${zip}` };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Indonesian() {
  const f = A7('id_ID');
  const town = f.location.city();
  const zip = f.location.zipCode();
  const name = f.location.street().replace(/^\S+\s/, '');
  const type = rng.pick(['Jl. ', 'Jalan ', 'Jln. ', 'Gg. ']);
  const rt = rng.chance(0.4) ? `, RT ${String(rng.int(1, 15)).padStart(3, '0')}/RW ${String(rng.int(1, 12)).padStart(3, '0')}` : '';
  const street = `${type}${name} No. ${rng.int(1, 200)}${rng.pick(['', '', 'A', ` Blok ${rng.pick(['A', 'B', 'C'])}${rng.int(1, 20)}`])}${rt}`;
  const style = rng.int(0, 3);
  if (style === 0) return { street, after: `, ${rng.pick(['Kel. Menteng, Kec. Menteng, ', 'Kec. Cibeunying, ', ''])}`, town, tail: ` ${zip}` };
  if (style === 1) return { street, after: '\n', town, tail: ` ${zip}` };
  if (style === 2) return { street: `${type}${name} ${rng.int(1, 200)}`, after: ', ', town };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

const A7_IN_AREAS = ['Banjara Hills', 'Koramangala', 'Andheri West', 'Salt Lake', 'Lajpat Nagar', 'Anna Nagar', 'Kothrud', 'Vasant Kunj', 'Gomti Nagar', 'Jubilee Hills'];
const A7_IN_BUILDINGS = ['Sai Residency', 'Shanti Apartments', 'Green Park Towers', 'Lakshmi Nivas', 'Sunrise Enclave', 'Krishna Kunj'];
function a7Indian() {
  const f = A7('en_IN');
  const town = f.location.city();
  const pin = String(rng.int(110001, 855999));
  const area = rng.pick(A7_IN_AREAS);
  const style = rng.int(0, 6);
  if (style === 0) return { street: `Flat ${rng.int(1, 20)}0${rng.int(1, 9)}, ${rng.pick(A7_IN_BUILDINGS)}, ${rng.int(1, 20)}th Cross, ${area}`, after: ', ', town, tail: ` - ${pin}` };
  if (style === 1) return { street: `H.No. ${rng.int(1, 20)}-${rng.int(1, 9)}-${rng.int(100, 999)}, ${area}`, after: ', ', town, tail: ` ${pin}` };
  if (style === 2) return { street: `Plot No. ${rng.int(1, 300)}, Sector ${rng.int(1, 60)}`, after: ', ', town, tail: ` ${pin}` };
  if (style === 3) return { street: `${rng.pick(['C', 'B', 'D', 'A'])}-${rng.int(1, 300)}, ${area}`, after: ', ', town, tail: ` ${pin}` };
  if (style === 4) return { street: `#${rng.int(1, 999)}, ${rng.int(1, 12)}th Main, ${rng.int(1, 9)}th Block, ${area}`, after: ', ', town, tail: ` ${pin}` };
  if (style === 5) return { street: `मकान नं. ${rng.int(1, 300)}, गली नं. ${rng.int(1, 20)}, ${rng.pick(['लाजपत नगर', 'गांधी नगर', 'शास्त्री नगर', 'राजेंद्र नगर'])}`, after: ', ', town: rng.pick(['दिल्ली', 'जयपुर', 'लखनऊ', 'भोपाल']), tail: ` ${pin}` };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Spanish() {
  const f = A7('es');
  const town = f.location.city();
  const zip = f.location.zipCode();
  const name = rng.pick(['Mayor', 'de Alcalá', 'Gran Vía', 'del Carmen', 'de la Paz', 'Real', 'San Vicente', 'de Colón', 'Nueva']);
  const type = rng.pick(['C/ ', 'Calle ', 'Avda. ', 'Avenida ', 'Pza. ', 'Plaza ', 'Paseo ', 'c/ ']);
  const unit = rng.pick(['', `, ${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}`, `, bajo`, ` ${rng.int(1, 8)}º${rng.int(1, 4)}ª`, `, piso ${rng.int(1, 8)}`]);
  const street = `${type}${name}, ${rng.int(1, 150)}${unit}`;
  const style = rng.int(0, 4);
  if (style === 0) return { street, after: `, ${zip} `, town };
  if (style === 1) return { street, after: `\n${zip} `, town };
  if (style === 2) return { street: `Apartado de Correos ${rng.int(1, 9999)}`, after: `, ${zip} `, town };
  if (style === 3) return { street: `${type}${name} ${rng.int(1, 150)}${unit}`, after: ` (${town})` };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Portuguese() {
  const f = A7('pt_PT');
  const town = f.location.city();
  const zip = f.location.zipCode();
  const name = rng.pick(['Augusta', 'da Prata', 'do Ouro', 'Garrett', 'de Santa Catarina', 'Alexandre Herculano', 'da Liberdade', 'dos Aliados']);
  const type = rng.pick(['Rua ', 'R. ', 'Av. ', 'Avenida ', 'Travessa ', 'Praça ', 'Largo ']);
  const unit = rng.pick(['', `, ${rng.int(1, 8)}º ${rng.pick(['Esq.', 'Dto.', 'Frente', 'A'])}`, ` - ${rng.int(1, 8)}º Dto`, `, r/c`, `, ${rng.int(1, 8)}.º andar`]);
  const street = `${type}${name}, ${rng.int(1, 300)}${unit}`;
  const style = rng.int(0, 3);
  if (style === 0) return { street, after: `, ${zip} `, town };
  if (style === 1) return { street, after: `\n${zip} `, town };
  if (style === 2) return { street: `Apartado ${rng.int(1, 9999)}`, after: `, ${zip} `, town };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Swiss() {
  const fr = rng.chance(0.5);
  const f = A7(fr ? 'fr_CH' : 'de_CH');
  const town = f.location.city();
  const zip = String(rng.int(1000, 9658));
  const street = fr ? `${f.location.street()} ${rng.int(1, 120)}${rng.pick(['', '', 'bis', 'A'])}` : `${f.location.street()} ${rng.int(1, 120)}${rng.pick(['', '', 'a', 'b'])}`;
  const style = rng.int(0, 4);
  if (style === 0) return { street, after: `, ${rng.pick(['', 'CH-'])}${zip} `, town };
  if (style === 1) return { street, after: `\n${zip} `, town };
  if (style === 2) return { street: fr ? `Case postale ${rng.int(1, 9999)}` : `Postfach ${rng.int(1, 9999)}`, after: `, ${zip} `, town };
  if (style === 3) return { street: fr ? `${rng.int(1, 80)}, ${f.location.street()}` : street, after: `, ${zip} `, town };
  return { street: f.location.streetAddress(rng.chance(0.5)) };
}

function a7Other() {
  const locale = rng.pick(['zh_CN', 'zh_TW', 'th', 'uk', 'tr', 'de_CH']);
  const f = A7(locale);
  return { locale, street: f.location.streetAddress(rng.chance(0.5)), after: ', ', town: f.location.city() };
}

const A7_MAKERS = [
  ['ko', a7Korean, 3], ['ja', a7Japanese, 3], ['he', a7Hebrew, 2], ['fa', a7Persian, 2], ['ar', a7Arabic, 1],
  ['nb_NO', a7Norwegian, 2], ['fi', a7Finnish, 2], ['hu', a7Hungarian, 2], ['lv', a7Latvian, 2], ['el', a7Greek, 2],
  ['mk', a7Macedonian, 2], ['ru', a7Russian, 2], ['id_ID', a7Indonesian, 2], ['en_IN', a7Indian, 2], ['es', a7Spanish, 2],
  ['pt_PT', a7Portuguese, 2], ['fr_CH', a7Swiss, 2], ['other', a7Other, 1],
];
const A7_CUE = { ko: '주소: ', ja: '住所：', he: 'כתובת: ', fa: 'نشانی: ', ar: 'العنوان: ', nb_NO: 'Adresse: ', fi: 'Osoite: ',
  hu: 'Cím: ', lv: 'Adrese: ', el: 'Διεύθυνση: ', mk: 'Адреса: ', ru: 'Адрес: ', id_ID: 'Alamat: ', en_IN: 'Address: ',
  es: 'Dirección: ', pt_PT: 'Morada: ', fr_CH: 'Adresse : ', other: 'Address: ' };
const A7_SENTENCE = {
  ko: ['택배는 ', '로 보내 주세요.'], ja: ['荷物は', 'までお送りください。'], he: ['אני גר ב', ' מאז השנה שעברה.'],
  fa: ['لطفاً بسته را به ', ' بفرستید.'], ar: ['أرسل الطرد إلى ', ' من فضلك.'], nb_NO: ['Send pakken til ', ', takk.'],
  fi: ['Lähetä paketti osoitteeseen ', ', kiitos.'], hu: ['Kérem, küldje a csomagot ide: ', '.'], lv: ['Lūdzu, sūtiet uz ', '.'],
  el: ['Στείλτε το δέμα στη διεύθυνση ', ', ευχαριστώ.'], mk: ['Пратете го пакетот на ', ', ве молам.'],
  ru: ['Пришлите, пожалуйста, посылку по адресу: ', '.'], id_ID: ['Tolong kirim paketnya ke ', ' ya.'],
  en_IN: ['Please deliver the parcel to ', ' before Friday.'], es: ['Envíe el paquete a ', ', por favor.'],
  pt_PT: ['Envie a encomenda para ', ', obrigado.'], fr_CH: ['Merci d\'envoyer le colis à ', '.'], other: ['Ship it to ', '.'],
};

// The address as the country writes it, into the record: `before` town
// `mid` street (town-first layouts), or street `after` town `tail`.
function a7Put(r, a) {
  if (a.townFirst || a.mid !== undefined) {
    if (a.before) r.t(a.before);
    if (a.town) r.e('LOCATION', a.town);
    r.t(a.mid ?? a.after ?? ', ');
    r.e('ADDRESS', a.street);
    if (a.tail) r.t(a.tail);
    return;
  }
  if (a.before) r.t(a.before);
  r.e('ADDRESS', a.street);
  if (a.after) r.t(a.after);
  if (a.town) r.e('LOCATION', a.town);
  if (a.tail) r.t(a.tail);
}

function addr7AddressRecord() {
  const total = A7_MAKERS.reduce((s, m) => s + m[2], 0);
  let x = rng.next() * total;
  let pick = A7_MAKERS[0];
  for (const m of A7_MAKERS) {
    x -= m[2];
    if (x < 0) {
      pick = m;
      break;
    }
  }
  const [key, make] = pick;
  const a = make();
  const locale = a.locale ?? key;
  const r = new Record('addr7_address', locale);
  const nameLocale = { ko: 'ko', ja: 'ja', he: 'he', fa: 'fa', ar: 'ar', other: 'en_US', fr_CH: 'fr_CH' }[key] ?? key;
  const f = allFakers[nameLocale] ?? allFakers.en;
  const person = () => `${f.person.firstName()} ${f.person.lastName()}`;
  const style = rng.int(0, 6);
  if (style === 0) {
    r.t(A7_CUE[key]);
    a7Put(r, a);
  } else if (style === 1) {
    const [pre, post] = A7_SENTENCE[key];
    r.t(pre);
    a7Put(r, a);
    r.t(post);
  } else if (style === 2) {
    // A letterhead or envelope: the name, then the address lines.
    r.e('PERSON', person()).t('\n');
    a7Put(r, a);
  } else if (style === 3) {
    // A form as JSON.
    r.t('{"name": "').e('PERSON', person()).t('", "address": "');
    r.e('ADDRESS', a.street).t('"}');
  } else if (style === 4) {
    // A chat line, no cue.
    r.t(rng.pick(['ok ', 'hi! ', '', 'btw ']));
    a7Put(r, a);
    r.t(rng.pick([' 👍', ' - see you there', '', ' ?']));
  } else if (style === 5) {
    // A signature.
    r.t(rng.pick(['Best regards,\n', 'Mit freundlichen Grüßen\n', 'Saludos,\n', 'С уважением,\n', '--\n']));
    r.e('PERSON', person()).t('\n');
    a7Put(r, a);
    r.t(`\nTel. ${phoneNumber(rng, rng.pick(PHONE_REGIONS))}`);
  } else {
    // Just the address, alone on its lines.
    a7Put(r, a);
  }
  return r;
}

// Text with numbers next to words that is no address.
function addr7NegativeRecord() {
  const r = new Record('addr7_negative', 'xx');
  const n = () => rng.int(1, 99);
  const options = [
    () => `Room ${n()} is booked for the workshop.`,
    () => `Meet in Room ${n()} at ${rng.int(9, 17)}:${rng.pick(['00', '30'])}.`,
    () => `Sent via ${rng.int(2, 9)} different channels.`,
    () => `تم الإرسال عن طريق ${rng.int(2, 9)} قنوات مختلفة.`,
    () => `عن طريق ${n()} طلبات`,
    () => `बैठक ${rng.int(1, 28)} मई ${rng.int(2020, 2027)} को होगी।`,
    () => `${rng.int(1, 28)} मई ${rng.int(2020, 2027)}`,
    () => `Order: ${rng.int(2, 9)} x Widget ${n()}, ${rng.int(2, 9)} x Cable ${n()}`,
    () => `Upgrade to version ${rng.int(1, 9)}.${rng.int(0, 20)} before Friday.`,
    () => `The box weighs ${n()} kg and is ${n()} cm tall.`,
    () => `Price: ${n()},${rng.int(10, 99)} € incl. VAT`,
    () => `Chapter ${n()} covers the results; see page ${rng.int(100, 400)}.`,
    () => `Platform ${rng.int(1, 12)}, Gate ${rng.pick(['A', 'B', 'C'])}${n()}, Seat ${n()}${rng.pick(['A', 'C', 'F'])}`,
    () => `${rng.int(2020, 2027)}年${rng.int(1, 12)}月${rng.int(1, 28)}日に会議があります。`,
    () => `第${n()}章を読んでください。価格は${rng.int(100, 9999)}円です。`,
    () => `${rng.int(2020, 2027)}년 ${rng.int(1, 12)}월 ${rng.int(1, 28)}일 ${rng.int(1, 12)}시 ${rng.int(10, 59)}분에 만나요.`,
    () => `사과 ${rng.int(2, 9)}개와 우유 ${rng.int(1, 3)}병을 샀어요.`,
    () => `פרק ${n()} בספר, עמוד ${rng.int(100, 400)}.`,
    () => `הפגישה ב-${rng.int(1, 28)} במאי ${rng.int(2020, 2027)} בשעה ${rng.int(9, 17)}:00.`,
    () => `Встреча ${rng.int(1, 28)} мая ${rng.int(2020, 2027)} г. в ${rng.int(9, 18)}:00, глава ${n()}.`,
    () => `Заказ: ${rng.int(2, 9)} шт. по ${rng.int(100, 999)} руб.`,
    () => `Συνάντηση στις ${rng.int(1, 28)} Μαΐου ${rng.int(2020, 2027)}, σελίδα ${n()}.`,
    () => `Kokous on ${rng.int(1, 28)}. toukokuuta ${rng.int(2020, 2027)} klo ${rng.int(9, 17)}, sivu ${n()}.`,
    () => `Møtet er ${rng.int(1, 28)}. mai ${rng.int(2020, 2027)} kl. ${rng.int(9, 17)}, side ${n()}.`,
    () => `A találkozó ${rng.int(2020, 2027)}. május ${rng.int(1, 28)}-án lesz, ${rng.int(2, 9)} darab.`,
    () => `Sanāksme ${rng.int(2020, 2027)}. gada ${rng.int(1, 28)}. maijā, ${n()} lappuse.`,
    () => `Rapat tanggal ${rng.int(1, 28)} Mei ${rng.int(2020, 2027)} pukul ${rng.int(9, 17)}.00, harga Rp ${rng.int(10, 900)}.000.`,
    () => `La reunión es el ${rng.int(1, 28)} de mayo de ${rng.int(2020, 2027)}, capítulo ${n()}, página ${rng.int(100, 400)}.`,
    () => `A reunião é a ${rng.int(1, 28)} de maio de ${rng.int(2020, 2027)}, às ${rng.int(9, 17)}h, sala ${n()}.`,
    () => `La séance a lieu le ${rng.int(1, 28)} mai ${rng.int(2020, 2027)}, salle ${n()}.`,
    () => `جلسه ${A7_PERSIAN(String(rng.int(1, 28)))} اردیبهشت ${A7_PERSIAN(String(rng.int(1400, 1405)))}، صفحه ${A7_PERSIAN(String(n()))}`,
    () => `Состанокот е на ${rng.int(1, 28)} мај ${rng.int(2020, 2027)}, во ${rng.int(9, 17)} часот.`,
    () => `Total ${n()} items, ${rng.int(2, 9)} boxes, ${rng.int(1, 9)}.${rng.int(0, 9)} GB free.`,
  ];
  r.t(rng.pick(options)());
  return r;
}

if (SET === 'addr7') {
  const out = [];
  // Three addresses to one near-miss.
  while (out.length < RECORDS) out.push(out.length % 4 === 3 ? addr7NegativeRecord() : addr7AddressRecord());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the num7 set (--set num7) ---------------------------------------------
// Phone precision probe (seed 37): records full of numbers that are not
// anybody's phone — order, invoice, ticket, booking, tracking and reference
// numbers, customer and account ids, serial, part and model numbers, IMEIs,
// MAC addresses, ISBN/ISSN/EAN/UPC barcodes, sort codes, routing and bank
// numbers, VAT, tax and company numbers of many countries, coordinates,
// measurements and ranges, times, dotted and slashed dates (labelled
// DATE_TIME), versions, hex ids, amounts in many locales' separators, scores,
// page ranges, tables of figures, postcodes, flight and train numbers — and
// records where a real phone number (identifiers.mjs, many notations) sits
// right next to such numbers, so precision cannot be bought with recall.
// Written from how these numbers are printed on invoices, parcels, receipts,
// forms and web pages, not from any detector table.

const n7d = (n) => {
  let s = String(rng.int(1, 9));
  for (let i = 1; i < n; ++i) s += String(rng.int(0, 9));
  return s;
};
const n7z = (n) => {  // may start with 0
  let s = '';
  for (let i = 0; i < n; ++i) s += String(rng.int(0, 9));
  return s;
};
const n7group = (s, sizes, sep) => {
  const out = [];
  let at = 0;
  for (const k of sizes) {
    out.push(s.slice(at, at + k));
    at += k;
  }
  return out.join(sep);
};
const n7amount = () => {
  const whole = rng.int(1000, 99999999);
  const cents = String(rng.int(0, 99)).padStart(2, '0');
  const grouped = (sep) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return rng.pick([
    `$${grouped(',')}.${cents}`, `€${grouped('.')},${cents}`, `${grouped(' ')},${cents} €`,
    `${grouped('\u00a0')},${cents} zł`, `CHF ${grouped("'")}.${cents}`, `£${grouped(',')}`,
    `R$ ${grouped('.')},${cents}`, `${grouped(' ')} Kč`, `${grouped('.')} kr.`, `¥${grouped(',')}`,
    `₹${String(whole).replace(/(\d)(?=(\d\d)+\d$)/g, '$1,')}.${cents}`, `${grouped(' ')} руб.`,
    `USD ${grouped(',')}.${cents}`, `${grouped(' ')} SEK`, `${grouped('.')},- DKK`,
  ]);
};
const n7imei = () => {
  const body = '35' + n7z(12);
  return body + luhnCheckDigit(body);
};
const n7ean = (n) => {  // EAN-13 / UPC-A check digit
  const body = n7z(n - 1);
  let sum = 0;
  for (let i = 0; i < body.length; ++i) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return body + String((10 - (sum % 10)) % 10);
};
const n7hex = (n) => {
  let s = '';
  for (let i = 0; i < n; ++i) s += '0123456789abcdef'[rng.int(0, 15)];
  return s;
};
const n7pad = (n, k) => String(n).padStart(k, '0');

// One near-miss: [locale, text]. None of them is personal.
function n7NearMiss() {
  const y = rng.int(2015, 2027);
  const style = rng.int(0, 59);
  switch (style) {
    case 0: return ['us', `Order # ${n7z(3)}-${n7d(7)}-${n7d(7)}`];
    case 1: return ['de', `Bestellnummer: ${n7d(4)} ${n7z(4)} ${n7z(4)}`];
    case 2: return ['fr', `Commande n° ${n7d(2)} ${n7z(3)} ${n7z(3)}`];
    case 3: return ['es', `Pedido ${n7z(12)}`];
    case 4: return ['en', `Invoice ${y}-${n7z(5)}`];
    case 5: return ['mx', `Factura ${n7z(3)}-${n7z(3)}-${n7z(9)}`];
    case 6: return ['it', `Fattura n. ${n7d(4)}/${y}`];
    case 7: return ['en', `Ticket #${n7d(7)}`];
    case 8: return ['en', `Case number ${n7z(8)}`];
    case 9: return ['en', `Booking reference ${n7d(4)} ${n7z(4)} ${n7z(3)}`];
    case 10: return ['en', `Confirmation no. ${n7d(8)}`];
    case 11: return ['us', `USPS tracking ${n7group('9400' + n7z(18), [4, 4, 4, 4, 4, 2], ' ')}`];
    case 12: return ['de', `DHL Sendungsnummer ${n7d(2)} ${n7z(4)} ${n7z(4)}`];
    case 13: return ['us', `FedEx ${n7d(4)} ${n7z(4)} ${n7z(4)}`];
    case 14: return ['nl', `DPD ${n7group('0' + n7z(13), [4, 4, 4, 2], ' ')}`];
    case 15: return ['en', `Customer ID ${n7d(3)} ${n7z(3)} ${n7z(4)}`];
    case 16: return ['de', `Kundennummer ${n7d(2)} ${n7z(4)} ${n7z(4)}`];
    case 17: return ['gb', `sort code ${n7z(2)}-${n7z(2)}-${n7z(2)}, account ${n7d(8)}`];
    case 18: return ['en', `Member no. ${n7group('00' + n7z(10), [4, 4, 4], ' ')}`];
    case 19: return ['en', `S/N ${n7d(4)} ${n7z(4)} ${n7z(4)}`];
    case 20: return ['en', `Part no. ${n7z(2)}-${n7z(4)}-${n7z(4)}`];
    case 21: return ['en', `SKU ${n7d(3)}-${n7z(3)}-${n7z(4)}`];
    case 22: { const i = n7imei(); return ['en', rng.chance(0.5) ? `IMEI ${n7group(i, [2, 6, 6, 1], ' ')}` : `IMEI: ${i}`]; }
    case 23: return ['en', `MAC ${[0, 1, 2, 3, 4, 5].map(() => n7z(2)).join(rng.pick(['-', ':']))}`];
    case 24: return ['en', `ISBN 978-${rng.int(0, 9)}-${n7z(3)}-${n7z(5)}-${rng.int(0, 9)}`];
    case 25: return ['en', `ISSN ${n7z(4)}-${n7z(3)}${rng.pick(['X', String(rng.int(0, 9))])}`];
    case 26: { const e = n7ean(13); return ['en', rng.chance(0.5) ? `EAN ${e}` : `EAN ${n7group(e, [1, 6, 6], ' ')}`]; }
    case 27: { const u = n7ean(12); return ['us', `UPC ${n7group(u, [1, 5, 5, 1], ' ')}`]; }
    case 28: return ['us', `routing number ${n7z(9)}, account ${n7d(10)}`];
    case 29: return ['de', `Konto ${n7d(4)} ${n7z(4)} ${n7z(2)}, BLZ ${n7d(3)} ${n7z(3)} ${n7z(2)}`];
    case 30: return ['gb', `VAT Reg No. GB ${n7d(3)} ${n7z(4)} ${n7z(2)}`];
    case 31: return ['fr', `SIRET ${n7d(3)} ${n7z(3)} ${n7z(3)} ${n7z(5)}`];
    case 32: return ['au', `ABN ${n7d(2)} ${n7z(3)} ${n7z(3)} ${n7z(3)}`];
    case 33: return ['pl', `NIP ${n7d(3)}-${n7z(3)}-${n7z(2)}-${n7z(2)}`];
    case 34: return ['br', `CNPJ ${n7z(2)}.${n7z(3)}.${n7z(3)}/0001-${n7z(2)}`];
    case 35: return ['us', `EIN ${n7z(2)}-${n7z(7)}`];
    case 36: return ['gb', `Company No. ${n7group('0' + n7z(7), [8], '')}`];
    case 37: return ['dk', `CVR-nr. ${n7d(2)} ${n7z(2)} ${n7z(2)} ${n7z(2)}`];
    case 38: return ['ch', `UID CHE-${n7z(3)}.${n7z(3)}.${n7z(3)} MWST`];
    case 39: return ['en', `GPS ${rng.int(-60, 70)}.${n7z(6)}, ${rng.int(-170, 170)}.${n7z(6)}`];
    case 40: return ['en', `Input ${rng.pick(['100-240', '110-120', '220-240'])} V, ${rng.pick(['50/60', '50-60'])} Hz`];
    case 41: return ['en', `Size ${rng.int(10, 99)}.${rng.int(0, 9)} x ${rng.int(10, 99)}.${rng.int(0, 9)} x ${rng.int(1, 9)}.${rng.int(0, 9)} cm`];
    case 42: return ['en', `[${y}-${n7pad(rng.int(1, 12), 2)}-${n7pad(rng.int(1, 28), 2)} ${n7pad(rng.int(0, 23), 2)}:${n7pad(rng.int(0, 59), 2)}:${n7pad(rng.int(0, 59), 2)}.${n7z(3)}] worker ${rng.int(1, 64)} done`];
    case 43: return ['en', `Firmware ${rng.int(1, 12)}.${rng.int(0, 9)}.${rng.int(0, 99)}.${n7d(4)}`];
    case 44: return ['en', `Windows build ${rng.int(19041, 26100)}.${n7d(4)}`];
    case 45: return ['en', `commit ${n7hex(7)}, request id ${n7z(4)}-${n7z(4)}-${n7z(4)}`];
    case 46: return ['en', `Total: ${n7amount()}`];
    case 47: return ['en', `Final score ${rng.int(60, 130)}-${rng.int(60, 130)}; season record ${rng.int(10, 60)}-${rng.int(10, 60)}`];
    case 48: return ['en', `Journal ${rng.int(10, 99)}(${rng.int(1, 12)}), pp. ${n7d(4)}-${n7d(4)}`];
    case 49: return ['en', `| ${y} | ${n7d(3)} ${n7z(3)} | ${n7d(3)} ${n7z(3)} | ${n7d(2)} ${n7z(3)} |`];
    case 50: return ['br', `CEP ${n7z(5)}-${n7z(3)}`];
    case 51: return ['jp', `〒${n7z(3)}-${n7z(4)}`];
    case 52: return ['en', `Flight ${rng.pick(['LH', 'BA', 'AF', 'KL', 'UA', 'EK'])} ${rng.int(1, 9999)}, seat ${rng.int(1, 45)}${rng.pick(['A', 'C', 'F'])}`];
    case 53: return ['en', `Lotto: ${[0, 1, 2, 3, 4, 5].map(() => n7pad(rng.int(1, 49), 2)).join(' ')}`];
    case 54: return ['us', `NDC ${n7z(4)}-${n7z(4)}-${n7z(2)}`];
    case 55: return ['us', `Policy No. ${n7d(3)}-${n7z(3)}-${n7z(4)}`];
    case 56: return ['gb', `MPAN ${n7z(2)} ${n7z(4)} ${n7z(4)} ${n7z(3)}`];
    case 57: return ['en', `Patent EP ${rng.int(1, 4)} ${n7z(3)} ${n7z(3)} A1`];
    case 58: return ['cz', `účet ${n7d(2)}-${n7d(10)}/0800`];
    default: return ['en', `Batch ${String(y).slice(2)}${n7z(4)}-${n7z(2)}, lot ${n7d(7)}`];
  }
}

// A near-miss that reads as a sentence or a table row around the number.
function n7NearMissSentence() {
  const style = rng.int(0, 23);
  const d = rng.int(1, 28), m = rng.int(1, 12), y = rng.int(2015, 2027);
  const r = new Record('num7_negative', 'num7');
  switch (style) {
    case 0: return r.t(`Population (${y} est.): ${n7d(1)} ${n7z(3)} ${n7z(3)}; area ${n7d(3)} ${n7z(3)} km².`);
    case 1: return r.t(`Q1 ${n7d(7)}  Q2 ${n7d(7)}  Q3 ${n7d(7)}  Q4 ${n7d(7)}`);
    case 2: return r.t(`Open Mon–Fri ${n7pad(rng.int(7, 9), 2)}:00-${rng.int(17, 20)}:00, Sat ${n7pad(rng.int(8, 10), 2)}.30-${rng.int(12, 14)}.00`);
    case 3: return r.t(`Regulation (EU) 2016/679 and Directive 2006/112/EC apply; ISO 9001:2015 certified.`);
    case 4: return r.t(`Case No. ${rng.int(1, 9)}:${rng.int(18, 24)}-cv-${n7z(5)} was filed in ${y}.`);
    case 5: return r.t(`Coordinates: ${rng.int(10, 60)}°${rng.int(0, 59)}'${rng.int(0, 59)}.${rng.int(0, 9)}"N ${rng.int(1, 120)}°${rng.int(0, 59)}'${rng.int(0, 59)}.${rng.int(0, 9)}"E`);
    case 6: return r.t(`Tyres ${rng.pick(['205/55', '225/45', '195/65'])} R${rng.int(15, 19)} ${rng.int(85, 99)}V, ${rng.int(1, 4)} x ${n7amount()}`);
    case 7: return r.t(`Screen ${rng.pick(['1920 x 1080', '2560 × 1440', '3840x2160'])}, ${rng.int(60, 240)} Hz, ${rng.int(100, 999)} cd/m²`);
    case 8: return r.t(`Lap ${rng.int(1, 70)}: ${rng.int(1, 2)}:${n7pad(rng.int(0, 59), 2)}.${n7z(3)}, gap +${rng.int(0, 9)}.${n7z(3)}`);
    case 9: return r.t(`Unix time ${rng.int(1500000000, 1800000000)} (${rng.int(0, 999)} ms)`);
    case 10: return r.t(`Delivered on `).e('DATE_TIME', `${n7pad(d, 2)}.${n7pad(m, 2)}.${y}`).t(`, parcel ${n7d(2)} ${n7z(4)} ${n7z(4)} ${n7z(2)}.`);
    case 11: return r.t(`Due date `).e('DATE_TIME', `${y}/${n7pad(m, 2)}/${n7pad(d, 2)}`).t(`; invoice ${n7d(6)}, amount ${n7amount()}.`);
    case 12: return r.t(`The ${rng.pick(['train', 'ICE', 'TGV', 'Frecciarossa', 'AVE'])} ${rng.int(100, 9999)} leaves platform ${rng.int(1, 20)} at ${rng.int(5, 23)}:${n7pad(rng.int(0, 59), 2)}.`);
    case 13: return r.t(`Stock: ISIN US${n7z(10)}, WKN ${n7d(6)}, ${rng.int(100, 99999)} shares at ${n7amount()}.`);
    case 14: return r.t(`Range ${n7d(3)}-${n7d(3)} mm, tolerance ±0.${n7z(2)}, ${rng.int(1000, 3000)}-${rng.int(3001, 9000)} rpm`);
    case 15: return r.t(`OID 1.3.6.1.4.1.${rng.int(1000, 60000)}.${rng.int(1, 99)}.${rng.int(1, 9)}`);
    case 16: return r.t(`Meter reading ${n7z(6)} kWh, previous ${n7z(6)} kWh, MPRN ${n7d(10)}`);
    case 17: return r.t(`Room ${rng.int(100, 999)}, building ${rng.int(1, 40)}, desk ${rng.int(1, 99)}-${rng.int(1, 99)}`);
    case 18: return r.t(`Blood pressure ${rng.int(100, 160)}/${rng.int(60, 100)}, pulse ${rng.int(50, 110)}, lab ref ${n7d(3)} ${n7z(3)} ${n7z(3)}`);
    case 19: return r.t(`Grid ref ${rng.pick(['TQ', 'SU', 'NT', 'SK'])} ${n7z(5)} ${n7z(5)}; elevation ${rng.int(1, 999)} m`);
    case 20: return r.t(`${rng.int(10, 999)} ${n7z(3)} ${n7z(3)} views, ${rng.int(1, 999)} ${n7z(3)} likes`);
    case 21: return r.t(`Ref: ${n7d(2)}/${n7z(5)}/${n7z(4)}; your ref ${n7d(3)}.${n7z(3)}.${n7z(3)}`);
    case 22: return r.t(`Item ${n7d(6)} x ${rng.int(1, 20)} @ ${n7amount()}, VAT ${rng.int(5, 25)}%`);
    default: return r.t(`${rng.pick(['Steuernummer', 'Codice fiscale azienda', 'KvK-nummer', 'BTW-nummer NL'])} ${n7d(2)}/${n7z(3)}/${n7z(5)}`);
  }
}

// A record of several near-misses, as a form or a receipt lists them.
function n7NegativeRecord() {
  if (rng.chance(0.35)) return n7NearMissSentence();
  const k = rng.int(1, 4);
  const parts = [];
  let locale = 'num7';
  for (let i = 0; i < k; ++i) {
    const [l, text] = n7NearMiss();
    locale = l;
    parts.push(text);
  }
  const sep = rng.pick(['\n', '; ', ' | ', ', ', '. ']);
  return new Record('num7_negative', locale).t(parts.join(sep));
}

// A real phone number, in one of the notations people write.
function n7Phone(region) {
  const g = rng.pick(region.shapes)(rng);
  const ext = rng.chance(0.08) ? rng.pick([` ext. ${rng.int(10, 999)}`, ` x${rng.int(1, 9999)}`]) : '';
  const trunk = ['GB', 'DE', 'FR', 'NL', 'AU', 'AT'].includes(region.region);
  const forms = [
    () => phoneNumber(rng, region),
    () => `00${region.cc} ${g.join(' ')}`,
    () => `+${region.cc} ${g.join(' ')}`,
    () => `+${region.cc}-${g.join('-')}`,
    () => `+${region.cc}${g.join('')}`,
    () => `(+${region.cc}) ${g.join(' ')}`,
  ];
  if (trunk) forms.push(() => `+${region.cc} (0)${g.join(' ')}`);
  return rng.pick(forms)() + ext;
}

const N7_PHONE_CUES = ['Tel: ', 'Tel. ', 'Phone: ', 'Mob. ', 'Mobile: ', 'WhatsApp ', 'Handy: ', 'Téléphone : ',
  'Teléfono: ', 'Telefone: ', 'Cell ', 'call ', 'Fax: ', 'Hotline ', 'T ', 'Telefon: ', '', '', ''];

// A phone number between near-misses.
function n7PositiveRecord() {
  const region = rng.pick(PHONE_REGIONS);
  const r = new Record('num7_positive', region.region.toLowerCase());
  const [, before] = n7NearMiss();
  const [, after] = n7NearMiss();
  const cue = rng.pick(N7_PHONE_CUES);
  const style = rng.int(0, 4);
  const phone = n7Phone(region);
  if (style === 0) r.t(`${before}\n${cue}`).e('PHONE_NUMBER', phone).t(`\n${after}`);
  else if (style === 1) r.t(`${before} | ${cue}`).e('PHONE_NUMBER', phone).t(` | ${after}`);
  else if (style === 2) r.t(`${before}. Questions? ${cue || 'Call '}`).e('PHONE_NUMBER', phone).t(`. ${after}.`);
  else if (style === 3) r.t(`${cue}`).e('PHONE_NUMBER', phone).t(`, ${before}, ${after}`);
  else r.t(`${before}; ${cue || 'contact '}`).e('PHONE_NUMBER', phone).t(` or `).e('PHONE_NUMBER', n7Phone(rng.pick(PHONE_REGIONS))).t(`; ${after}`);
  return r;
}

if (SET === 'num7') {
  const out = [];
  while (out.length < RECORDS) out.push(out.length % 3 === 2 ? n7PositiveRecord() : n7NegativeRecord());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the num7b set (--set num7b) -------------------------------------------
// A second phone precision probe (seed 41), written after the first one's
// rules: numbers in prose with no label of their own or beside phone words —
// "call us about order ...", year lists, dates and amounts written with
// spaces, statistics tables, scores, chapter and clause numbers, house
// numbers before postcodes, quantities with units — and phones in prose
// beside order, invoice and account words.
function n7bNumberInProse() {
  const y = rng.int(2015, 2026);
  const style = rng.int(0, 29);
  switch (style) {
    case 0: return `Please call us about order ${n7d(4)} ${n7z(4)} ${n7z(2)} if it has not arrived.`;
    case 1: return `I phoned twice regarding invoice ${n7d(3)}-${n7z(3)}-${n7z(4)} and nobody answered.`;
    case 2: return `Call centre stats: ${n7d(3)} ${n7z(3)} calls handled, ${n7d(2)} ${n7z(3)} missed in ${y}.`;
    case 3: return `The results for ${y} ${y + 1} ${y + 2} are in the appendix.`;
    case 4: return `We met on ${n7pad(rng.int(1, 28), 2)} ${n7pad(rng.int(1, 12), 2)} ${y} at the fair.`;
    case 5: return `Revenue rose from ${n7d(2)} ${n7z(3)} ${n7z(3)} to ${n7d(2)} ${n7z(3)} ${n7z(3)} euros.`;
    case 6: return `The squad won ${rng.int(0, 9)}-${rng.int(0, 9)}, ${rng.int(0, 9)}-${rng.int(0, 9)} and ${rng.int(0, 9)}-${rng.int(0, 9)} in the last three games.`;
    case 7: return `See clause ${rng.int(1, 30)}.${rng.int(1, 9)}.${rng.int(1, 9)} and section ${rng.int(1, 20)}.${rng.int(1, 20)}.`;
    case 8: return `The package weighs ${n7d(2)} ${n7z(3)} g and measures ${rng.int(10, 99)} x ${rng.int(10, 99)} x ${rng.int(10, 99)} cm.`;
    case 9: return `Between ${y - rng.int(5, 30)}-${y} the town grew by ${n7d(2)} ${n7z(3)} people.`;
    case 10: return `Your reference is ${n7d(3)} ${n7z(3)} ${n7z(4)}; quote it when you phone us.`;
    case 11: return `My account ${n7d(8)} was charged twice, please ring me back.`;
    case 12: return `Ask the operator for the code ${n7d(3)} ${n7z(3)} ${n7z(3)} when you call.`;
    case 13: return `The vote was ${n7d(3)} ${n7z(3)} to ${n7d(3)} ${n7z(3)}.`;
    case 14: return `Odometer: ${n7d(3)} ${n7z(3)} km, next service at ${n7d(3)} ${n7z(3)} km.`;
    case 15: return `Tickets ${n7d(4)}-${n7z(4)} to ${n7d(4)}-${n7z(4)} are valid today.`;
    case 16: return `He scored ${rng.int(10, 40)} ${rng.int(10, 40)} ${rng.int(10, 40)} ${rng.int(10, 40)} ${rng.int(10, 40)} in the five rounds.`;
    case 17: return `Seats ${rng.int(10, 40)}, ${rng.int(10, 40)} and ${rng.int(10, 40)} in row ${rng.int(1, 30)} are free.`;
    case 18: return `The survey had ${n7d(1)} ${n7z(3)} ${n7z(3)} responses across ${rng.int(10, 99)} countries.`;
    case 19: return `Serial ${n7d(2)}-${n7z(3)}-${n7z(3)}-${n7z(2)} was replaced after the call.`;
    case 20: return `Contact form ${n7d(6)}: customer asks about shipment ${n7d(3)} ${n7z(3)} ${n7z(3)} ${n7z(3)}.`;
    case 21: return `Dial-in code ${n7d(3)} ${n7z(3)} ${n7z(3)}#, meeting ID ${n7d(3)} ${n7z(4)} ${n7z(4)}`;
    case 22: return `Text the word JOIN to ${n7d(5)}; fees apply. Campaign ${n7d(4)}-${n7z(4)}.`;
    case 23: return `The mobile plan costs ${n7amount()} per year, contract ${n7d(3)}-${n7z(3)}-${n7z(3)}.`;
    case 24: return `Call log: ${rng.int(1, 12)}:${n7pad(rng.int(0, 59), 2)} - ${rng.int(1, 12)}:${n7pad(rng.int(0, 59), 2)}, duration ${rng.int(1, 59)} min.`;
    case 25: return `Wohnung ${rng.int(1, 30)} im ${rng.int(1, 9)}. Stock, Baujahr ${y - rng.int(20, 90)}, ${rng.int(40, 140)} m².`;
    case 26: return `Phone model SM-${rng.pick(['A', 'G', 'S'])}${n7d(3)}, IMEI ${n7imei()}, bought ${y}.`;
    case 27: return `Whatsapp group ${n7d(4)} ${n7z(4)} ${n7z(2)} members: ${rng.int(10, 250)}`;
    case 28: return `Fax cover sheet, page ${rng.int(1, 9)} of ${rng.int(9, 20)}, job ${n7d(3)} ${n7z(4)} ${n7z(3)}`;
    default: return `Temperatures ${rng.int(10, 35)} ${rng.int(10, 35)} ${rng.int(10, 35)} ${rng.int(10, 35)} ${rng.int(10, 35)} ${rng.int(10, 35)} this week.`;
  }
}

function n7bNegativeRecord() {
  const r = new Record('num7b_negative', null);
  r.t(n7bNumberInProse());
  if (rng.chance(0.4)) r.t(' ').t(n7bNumberInProse());
  return r;
}

function n7bPositiveRecord() {
  const region = rng.pick(PHONE_REGIONS);
  const r = new Record('num7b_positive', null);
  const phone = n7Phone(region);
  const style = rng.int(0, 7);
  const order = `${n7d(4)} ${n7z(4)} ${n7z(2)}`;
  if (style === 0) r.t(`About order ${order}: please call `).e('PHONE_NUMBER', phone).t('.');
  else if (style === 1) r.t(`For invoice ${n7d(6)} ring our accounts team on `).e('PHONE_NUMBER', phone).t(' today.');
  else if (style === 2) r.t('You can reach me on ').e('PHONE_NUMBER', phone).t(` about account ${n7d(8)}.`);
  else if (style === 3) r.t(`${n7bNumberInProse()} Questions? Phone `).e('PHONE_NUMBER', phone).t('.');
  else if (style === 4) r.e('PHONE_NUMBER', phone).t(` is my mobile; the ticket is ${n7d(7)}.`);
  else if (style === 5) r.t('My new number: ').e('PHONE_NUMBER', phone).t(` (old contract ${n7d(3)}-${n7z(3)}-${n7z(3)} ended).`);
  else if (style === 6) r.t(`Shipment ${n7d(3)} ${n7z(3)} ${n7z(3)} ${n7z(3)} is delayed; the courier's phone is `).e('PHONE_NUMBER', phone).t('.');
  else r.t(`${n7bNumberInProse()} Call me: `).e('PHONE_NUMBER', phone);
  return r;
}

if (SET === 'num7b') {
  const out = [];
  while (out.length < RECORDS) out.push(out.length % 3 === 2 ? n7bPositiveRecord() : n7bNegativeRecord());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the num7c set (--set num7c) -------------------------------------------
// A third phone precision probe (seed 43), written after the rules num7 and
// num7b judged: national ids and registry numbers grouped 3-3-3 or 3-3-4
// (NHS, SIN, TFN, IRD, organisation numbers), legal citations, log lines,
// meeting ids, numbers with only "No." or "#" before them, amounts with the
// currency first, sports tables, DMS coordinates with spaces, durations,
// zip+4 codes — and phones in forms and prose beside them.
function n7cNearMiss() {
  const y = rng.int(2015, 2026);
  const style = rng.int(0, 27);
  switch (style) {
    case 0: return `NHS number ${n7d(3)} ${n7z(3)} ${n7z(4)}`;
    case 1: return `SIN ${n7d(3)} ${n7z(3)} ${n7z(3)}`;
    case 2: return `TFN ${n7d(3)} ${n7z(3)} ${n7z(3)}`;
    case 3: return `IRD number ${n7d(3)}-${n7z(3)}-${n7z(3)}`;
    case 4: return `Org.nr. ${rng.pick(['9', '8'])}${n7z(2)} ${n7z(3)} ${n7z(3)} MVA`;
    case 5: return `[${y}] EWHC ${rng.int(100, 3999)} (Ch), ${rng.int(100, 999)} F.3d ${rng.int(100, 999)}`;
    case 6: return `pid ${rng.int(1000, 99999)} tid ${rng.int(1000, 99999)} port ${rng.int(1024, 65535)} line ${rng.int(10, 9999)}`;
    case 7: return `Meeting ID: ${n7d(3)} ${n7z(4)} ${n7z(4)}, Passcode: ${n7z(6)}`;
    case 8: return `No. ${n7d(3)} ${n7z(3)} ${n7z(4)}`;
    case 9: return `#${n7d(3)}-${n7z(3)}-${n7z(4)}`;
    case 10: return `${rng.pick(['EUR', 'CHF', 'SEK', 'NOK', 'PLN', 'CZK', '€', '£', '$'])} ${n7d(2)} ${n7z(3)} ${n7z(3)}`;
    case 11: return `P ${rng.int(20, 38)} W ${rng.int(5, 25)} D ${rng.int(0, 12)} L ${rng.int(0, 15)} GD +${rng.int(0, 40)}`;
    case 12: return `${rng.int(10, 60)} ${rng.int(10, 59)} ${rng.int(10, 59)}.${rng.int(0, 9)} N ${rng.int(1, 9)} ${rng.int(10, 59)} ${rng.int(10, 59)}.${rng.int(0, 9)} E`;
    case 13: return `Duration ${rng.int(1, 9)}:${n7pad(rng.int(0, 59), 2)}:${n7pad(rng.int(0, 59), 2)}, pace ${rng.int(3, 7)}:${n7pad(rng.int(0, 59), 2)}/km`;
    case 14: return `ZIP ${n7d(5)}-${n7z(4)}`;
    case 15: return `Medicare ${n7d(4)} ${n7z(5)} ${rng.int(1, 9)}`;
    case 16: return `DUNS ${n7z(2)}-${n7z(3)}-${n7z(4)}`;
    case 17: return `Tax ID ${n7d(3)}-${n7z(2)}-${n7z(4)}`.replace('Tax ID', rng.pick(['ITIN', 'TIN']));
    case 18: return `Registration ${n7d(2)}-${n7z(4)}-${n7z(4)}`;
    case 19: return `Vehicle ${rng.pick(['AB', 'KL', 'MH'])} ${n7d(2)} ${n7z(4)}, chassis ${n7d(6)}`;
    case 20: return `In ${y} ${n7d(1)} ${n7z(3)} ${n7z(3)} passengers used the line.`;
    case 21: return `Week ${rng.int(1, 52)}: ${n7d(3)} ${n7z(3)} units, ${rng.int(10, 99)}.${rng.int(0, 9)}% up`;
    case 22: return `Student no. ${n7d(8)}, matriculation ${n7d(7)}`;
    case 23: return `Claim reference ${n7d(3)} ${n7z(3)} ${n7z(3)} ${n7z(2)}`;
    case 24: return `Voucher code ${n7d(4)} ${n7z(4)} ${n7z(4)}`;
    case 25: return `Boarding pass ${n7d(3)} ${n7z(10)}, gate ${rng.int(1, 60)}`;
    case 26: return `Lecture ${rng.int(1, 12)}, slides ${rng.int(1, 40)}-${rng.int(41, 90)}, room ${rng.int(100, 999)}`;
    default: return `Counter reading ${n7d(2)} ${n7z(3)} ${n7z(3)}`;
  }
}

function n7cNegativeRecord() {
  const r = new Record('num7c_negative', null);
  const k = rng.int(1, 3);
  const parts = [];
  for (let i = 0; i < k; ++i) parts.push(n7cNearMiss());
  return r.t(parts.join(rng.pick(['\n', '; ', ', ', '. '])));
}

const N7C_FORMS = ['Tel. no. ', 'Phone number: ', 'Telefonnummer: ', 'Numéro de téléphone : ', 'Mobile no. ',
  'Contact number: ', 'Tel.: ', 'Phone #: ', 'Móvil: ', 'Cellulare: ', 'GSM ', 'Tlf. ', 'Puh. '];

function n7cPositiveRecord() {
  const region = rng.pick(PHONE_REGIONS);
  const r = new Record('num7c_positive', null);
  const phone = n7Phone(region);
  const style = rng.int(0, 4);
  if (style === 0) r.t(`${n7cNearMiss()}\n${rng.pick(N7C_FORMS)}`).e('PHONE_NUMBER', phone);
  else if (style === 1) r.t(rng.pick(N7C_FORMS)).e('PHONE_NUMBER', phone).t(`\n${n7cNearMiss()}`);
  else if (style === 2) r.t(`${n7cNearMiss()}. If anything is unclear, call me on `).e('PHONE_NUMBER', phone).t('.');
  else if (style === 3) r.t(`${n7cNearMiss()}, ${rng.pick(N7C_FORMS)}`).e('PHONE_NUMBER', phone).t(`, ${n7cNearMiss()}`);
  else r.t('Reach me at ').e('PHONE_NUMBER', phone).t(` (${n7cNearMiss()})`);
  return r;
}

if (SET === 'num7c') {
  const out = [];
  while (out.length < RECORDS) out.push(out.length % 3 === 2 ? n7cPositiveRecord() : n7cNegativeRecord());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the names7 probe set (--set names7) -----------------------------------
//
// Capitalised words that are not people, in the ordinary text of many
// locales: headings, greetings for holidays, weekdays and months, streets,
// schools, hospitals, parks and stations named after people (with no house
// number), products, firms of every locale's format, departments, job
// titles, teams, dishes, rivers and books — and real people's names in many
// positions (after cues, alone, in lists, greetings, signatures, in small
// letters and capitals), so a precision gain cannot hide a recall loss.
// Written from general knowledge of each language's everyday messages.
// Tokens: {P} a person's full name, {F} a given name, {S} a surname (after a
// title), {f} a given name in small letters, {U} a full name in capitals,
// {C} a firm (ORGANIZATION), {L} a town (LOCATION), {X} a product, {J} a job
// title (TITLE), {D} a department, {N} a number.

const N7_LOCALES = ['en_US', 'en_GB', 'en_GH', 'en_HK', 'en_NP', 'en_AU_ocker', 'en_IN', 'de', 'de_AT', 'de_CH',
  'fr', 'fr_CA', 'fr_LU', 'es', 'es_MX', 'ro', 'ro_MD', 'ru', 'mk', 'az', 'hy', 'ka_GE', 'vi', 'id_ID',
  'uz_UZ_latin', 'eo'];
const N7_LANG = { de: 'de', de_AT: 'de', de_CH: 'de', fr: 'fr', fr_CA: 'fr', fr_LU: 'fr', es: 'es', es_MX: 'es',
  ro: 'ro', ro_MD: 'ro', ru: 'ru', mk: 'mk', az: 'az', hy: 'hy', ka_GE: 'ka', vi: 'vi', id_ID: 'id',
  uz_UZ_latin: 'uz', eo: 'eo' };

const N7 = {
  en: {
    neg: [
      'Happy Thanksgiving from all of us at {C}!',
      'Reminder: Quarterly Business Review moved to Thursday afternoon.',
      'Agenda: Budget Update, Hiring Plan, Office Move',
      'The Lincoln Memorial is closed for repairs until March.',
      'Our kids go to Abraham Lincoln Elementary School.',
      'Please go to the St Vincent\'s Hospital emergency department entrance.',
      'New Zealand beat South Africa in the Rugby Championship final.',
      'Sales Team Offsite - Blue Mountains, Friday',
      'Chicken Tikka Masala and Garlic Naan for two, please.',
      'Watched The Great Gatsby again last night, still brilliant.',
      'Customer Success and Product Marketing will share the Friday slot.',
      'Murray River levels are rising near Echuca.',
      'Heading to Kingsford Smith Airport now, boarding at Gate 12.',
      'Kwame Nkrumah Memorial Park is closed on Sunday.',
      'Flights out of Kotoka International Airport are delayed again.',
      'Tribhuvan International Airport reopened after the fog.',
      'Queen Elizabeth Hospital has moved its outpatient clinic.',
      'Traffic on Nathan Road is terrible tonight.',
      'Everest Base Camp Trek starts on Sunday, meet at Thamel.',
      'Dashain holidays start next week, the office will be closed.',
      'Bloody oath, the Bathurst 1000 was a ripper this arvo.',
      'Ordered a Big Mac and a McFlurry, took forty minutes.',
      'Shipped via DHL Express; FedEx Ground was slower last time.',
      '{C} announced a partnership with {C}.',
      'Our {D} team is hiring a {J}.',
      'Engineering All Hands: Q3 Roadmap And OKRs',
      'Martin Luther King Jr. Day: all offices closed.',
      'Best Seller This Week: {X}',
      '{X} - back in stock, limited sizes.',
      'Monday Standup Notes',
      'Labor Day Weekend Sale Ends Sunday',
      'Happy Diwali to everyone celebrating!',
      'Boxing Day Specials: Up To 50% Off',
      'The Johnson Controls thermostat keeps resetting.',
      'Ask Facilities about the Franklin Room booking.',
      'Washington Square Park is packed on weekends.',
      'Harry Potter and the Goblet of Fire is on the reading list.',
      'Queen Victoria Market closes early on Tuesday.',
      'Wilson Tennis Rackets, Adidas Originals and Nike Air are all on sale.',
      'The Marshall Plan lecture was moved to Room 4B.',
      'Independence Day parade starts at Black Star Square.',
      'Kathmandu Valley Trekkers Association meets every Saturday.',
      'Cantonese, Mandarin and English are spoken at reception.',
      'Accounts Payable will process the {C} invoice on Friday.',
      'Vacancy: {J}, {L} office',
    ],
    pos: [
      'Hi {F}, thanks for the quick turnaround!',
      'Thanks again,\n{P}',
      '{P} will cover the front desk on Friday.',
      'Can someone ping {F}? The build is red again.',
      'lol {f} said the same thing yesterday',
      'CC: {P}; {P}',
      'Sent by {P} from {C}',
      'Present: {P}, {P}, {P}. Apologies: {P}.',
      'Reviewed by {P} on 12 March.',
      '{U} - PAYMENT RECEIVED',
      'My landlord {P} still hasn\'t fixed the heating.',
      'Congratulations to {P}, our new {J}!',
      'Interview scheduled with {P} on Thursday at the {L} office.',
      'Ms. {S} from Accounts Payable called about the {C} invoice.',
      'Happy Birthday {F}! Cake in the Kitchen at 3.',
      'Minutes taken by {P}. Next meeting: Monday, 10am.',
      '{P} and {P} visited the Queen Victoria Market on Saturday.',
      'ok will ask {f} tmrw',
      'Emergency contact: {P} (sister)',
      'Driver {P} will pick you up at Tribhuvan International Airport.',
    ],
  },
  de: {
    neg: [
      'Frohe Weihnachten und einen guten Rutsch ins neue Jahr!',
      'Termin: Montag, 14 Uhr, Besprechungsraum Goethe',
      'Die Sitzung findet im Konrad-Adenauer-Haus statt.',
      'Unsere Kinder gehen auf das Albert-Einstein-Gymnasium.',
      'Bitte melden Sie sich an der Pforte des Klinikums.',
      'Neu im Sortiment: {X}',
      'Betreff: Rechnung Nr. {N} - Zahlungserinnerung',
      'Wir haben {C} mit der Prüfung beauftragt.',
      'Die Abteilung Einkauf und Logistik zieht am Donnerstag um.',
      'Stellenangebot: {J} (m/w/d) in {L}',
      'Das Oktoberfest beginnt am Samstag auf der Theresienwiese.',
      'Heute gibt es Wiener Schnitzel mit Kartoffelsalat.',
      'Der Rhein führt Hochwasser, die Fähre bei Kaub fährt nicht.',
      'Bayern München gewinnt gegen Borussia Dortmund.',
      'Nächste Haltestelle: Friedrichstraße. Ausstieg links.',
      'Grüße aus dem Schwarzwald!',
      'Treffpunkt ist der Eingang am Willy-Brandt-Platz.',
      'Am Karfreitag und Ostermontag bleibt die Praxis geschlossen.',
      'Wichtige Mitteilung: Neue Öffnungszeiten ab Januar',
      'Die Zauberflöte läuft wieder in der Staatsoper.',
      'Kundenservice und Vertrieb sind am Freitag nicht erreichbar.',
      'Wir fahren über die Brücke am Theodor-Heuss-Ring.',
      'Vielen Dank für Ihre Bestellung bei {C}!',
    ],
    pos: [
      'Hallo {F}, kannst du mir die Unterlagen schicken?',
      'Mit freundlichen Grüßen\n{P}',
      'Ansprechpartner: {P}, Tel. intern {N}',
      'Frau {S} hat den Termin abgesagt.',
      'Anwesend: {P}, {P} und {P}',
      'Laut {P} ist die Lieferung unterwegs.',
      'Gestern hat {P} angerufen.',
      '{P} übernimmt ab Montag die Vertretung.',
      'Protokoll: {P}',
      'danke {f}!!',
      'Herzlichen Glückwunsch, {F}!',
    ],
  },
  fr: {
    neg: [
      'Bonne fête nationale à tous !',
      'Réunion mardi au Lycée Victor Hugo, salle 12.',
      'Le marché de Noël ouvre place Guillaume II samedi.',
      'Rendez-vous à l\'hôpital Sainte-Justine, entrée principale.',
      'Prenez la ligne verte jusqu\'à la station Berri-UQAM.',
      'Avenue Charles de Gaulle fermée pour travaux jusqu\'à jeudi.',
      'Nouveauté : {X}',
      'Objet : Facture en retard - Relance',
      'Nous avons confié l\'audit à {C}.',
      'Le Service Clientèle est fermé le lundi de Pâques.',
      'Offre d\'emploi : {J} à {L}',
      'Soirée Poutine et Tire d\'érable à la cabane à sucre',
      'Le Canadien de Montréal affronte les Maple Leafs ce soir.',
      'Les Misérables au Théâtre du Châtelet, complet jusqu\'en mai.',
      'Direction des Ressources Humaines',
      'Joyeux Noël et Bonne Année !',
      'Le Pont Adolphe est fermé à la circulation dimanche.',
      'La Moselle a débordé près de Remich.',
      'Merci d\'avoir choisi {C} !',
      'Fermeture exceptionnelle le Vendredi Saint.',
      'Collège Jean-de-Brébeuf : portes ouvertes samedi.',
    ],
    pos: [
      'Bonjour {F}, merci pour votre retour rapide.',
      'Cordialement,\n{P}',
      'Interlocuteur : {P}',
      'Mme {S} a confirmé sa présence.',
      'Présents : {P}, {P} et {P}',
      'D\'après {P}, le colis est parti hier.',
      '{P} remplace {P} pendant les vacances.',
      'salut {f} t\'es dispo ce soir ?',
      'Bon anniversaire {F} !',
    ],
  },
  es: {
    neg: [
      '¡Feliz Día de Muertos!',
      'El Hospital Infantil Federico Gómez amplió su horario.',
      'La escuela Benito Juárez suspende clases el lunes.',
      'Tomamos el metro en la estación Insurgentes.',
      'Avenida Miguel Ángel de Quevedo está cerrada por obras.',
      'Novedad: {X}',
      'Asunto: Factura pendiente de pago',
      'Contratamos a {C} para la auditoría.',
      'Recursos Humanos informa: el viernes es día inhábil.',
      'Vacante: {J} en {L}',
      'Tacos al Pastor y Agua de Jamaica para llevar',
      'El Cruz Azul perdió contra las Chivas.',
      'Cien Años de Soledad sigue siendo mi libro favorito.',
      'Semana Santa: horario especial de atención.',
      'Nos vemos en el Parque Lincoln a las cinco.',
      'Gracias por comprar en {C}.',
      'Aviso Importante: Mantenimiento Programado',
    ],
    pos: [
      'Hola {F}, ¿me mandas la cotización?',
      'Saludos cordiales,\n{P}',
      'Responsable: {P}',
      'La Sra. {S} llamó esta mañana.',
      'Asistentes: {P}, {P} y {P}',
      'Según {P}, el pedido llega el jueves.',
      '{P} se incorpora al equipo el lunes.',
      'oye {f} ya llegaste?',
      '¡Feliz cumpleaños, {F}!',
    ],
  },
  ro: {
    neg: [
      'Crăciun Fericit și La Mulți Ani!',
      'Liceul Teoretic Mihai Eminescu organizează ziua porților deschise.',
      'Ne vedem la Spitalul Clinic Republican, intrarea principală.',
      'Bulevardul Dacia, lângă Piața Centrală, este închis.',
      'Noutate: {X}',
      'Subiect: Factura restantă - Reamintire',
      'Am contractat {C} pentru audit.',
      'Departamentul Resurse Umane se mută la etajul trei.',
      'Post vacant: {J} în {L}',
      'Sarmale cu mămăligă și smântână',
      'Sheriff Tiraspol a câștigat meciul de aseară.',
      'Parcul Ștefan cel Mare este plin duminica.',
      'Universitatea Alexandru Ioan Cuza anunță admiterea.',
      'Mulțumim că ați ales {C}!',
      'Anunț Important: Program Redus de Paște',
    ],
    pos: [
      'Bună ziua, {F}! Vă mulțumim pentru răspuns.',
      'Cu stimă,\n{P}',
      'Persoană de contact: {P}',
      'Prezenți: {P}, {P} și {P}',
      'Potrivit lui {P}, coletul a plecat ieri.',
      '{P} preia proiectul de luni.',
      'La mulți ani, {F}!',
    ],
  },
  ru: {
    neg: [
      'С Новым Годом и Рождеством!',
      'Встреча в кафе «Пушкин» на Тверском бульваре.',
      'Школа № 57 имени Пушкина объявляет набор.',
      'Поезд прибывает на Ленинградский вокзал в 7:40.',
      'Новинка: {X}',
      'Тема: Счёт на оплату № {N}',
      'Мы заключили договор с {C}.',
      'Отдел Кадров переезжает на третий этаж.',
      'Вакансия: {J}, {L}',
      'Спартак обыграл Зенит со счётом 2:1.',
      'Борщ, Пельмени и Компот - бизнес-ланч за 450 рублей.',
      'Парк Горького открыт до 23:00.',
      'Встречаемся у метро Маяковская.',
      'Важное Объявление: Плановые Работы',
      'Спасибо, что выбрали {C}!',
      'Проспект Мира перекрыт до понедельника.',
    ],
    pos: [
      'Привет, {F}! Скинь, пожалуйста, отчёт.',
      'С уважением,\n{P}',
      'Контактное лицо: {P}',
      'Ответственный: {P}',
      'Присутствовали: {P}, {P}, {P}.',
      '{P} будет на связи после обеда.',
      'спасибо {f}!',
    ],
  },
  mk: {
    neg: [
      'Среќна Нова Година!',
      'Училиштето Гоце Делчев е затворено во петок.',
      'Булевар Илинден е затворен поради маратонот.',
      'Ново: {X}',
      'Предмет: Фактура за плаќање',
      'Соработуваме со {C}.',
      'Сектор за Човечки Ресурси',
      'Вардар победи со 3:1.',
      'Аеродромот Александар Велики е отворен.',
      'Важно Известување: Ново Работно Време',
    ],
    pos: [
      'Здраво {F}, ќе дојдеш ли на состанокот?',
      'Со почит,\n{P}',
      'Контакт: {P}',
      'Присутни: {P}, {P} и {P}',
      '{P} ќе го води проектот од понеделник.',
    ],
  },
  az: {
    neg: [
      'Novruz Bayramınız mübarək!',
      'Görüş Heydər Əliyev Mərkəzində saat 15:00-da olacaq.',
      'Nizami Gəncəvi adına Ədəbiyyat Muzeyi bazar ertəsi bağlıdır.',
      'Neftçilər prospekti bağlıdır.',
      'Yenilik: {X}',
      'Mövzu: Ödəniş haqqında xatırlatma',
      '{C} ilə müqavilə imzaladıq.',
      'İnsan Resursları Şöbəsi üçüncü mərtəbəyə köçür.',
      'Vakansiya: {J}, {L}',
      'Qarabağ Neftçini 2:0 hesabı ilə məğlub etdi.',
      'Plov, Dolma və Şəkərbura sifariş etdik.',
      'Füzuli Meydanı bu gün bağlıdır.',
      'Vacib Elan: Yeni İş Saatları',
    ],
    pos: [
      'Salam {F}, hesabatı göndərə bilərsən?',
      'Hörmətlə,\n{P}',
      'Əlaqə şəxsi: {P}',
      'İştirakçılar: {P}, {P} və {P}',
      '{P} bazar ertəsindən layihəyə rəhbərlik edəcək.',
    ],
  },
  hy: {
    neg: [
      'Շնորհավոր Նոր Տարի և Սուրբ Ծնունդ:',
      'Հանդիպումը Մատենադարանում է, ժամը 15:00-ին:',
      'Կոմիտասի անվան կոնսերվատորիան փակ է երկուշաբթի:',
      'Նորույթ: {X}',
      'Թեմա: Վճարման հիշեցում',
      '{C} ընկերությունը նոր գրասենյակ բացեց:',
      'Մարդկային Ռեսուրսների Բաժին',
      'Արարատ լեռը այսօր պարզ երևում է:',
    ],
    pos: [
      'Բարև {F}, կուղարկե՞ս հաշվետվությունը:',
      'Հարգանքով՝\n{P}',
      'Կոնտակտային անձ՝ {P}',
      'Ներկա էին՝ {P}, {P} և {P}:',
    ],
  },
  ka: {
    neg: [
      'გილოცავთ შობას და ახალ წელს!',
      'შეხვედრა რუსთაველის თეატრში, 19:00-ზე.',
      'ილია ჭავჭავაძის სახელობის უნივერსიტეტი დახურულია.',
      'ახალი: {X}',
      'თემა: გადახდის შეხსენება',
      '{C} ახალ ოფისს ხსნის.',
      'ადამიანური რესურსების დეპარტამენტი',
      'დინამო თბილისმა ტორპედოს 2:1 მოუგო.',
    ],
    pos: [
      'გამარჯობა {F}, გამომიგზავნე ანგარიში?',
      'პატივისცემით,\n{P}',
      'საკონტაქტო პირი: {P}',
      'დამსწრენი: {P}, {P} და {P}',
    ],
  },
  vi: {
    neg: [
      'Chúc Mừng Năm Mới! An Khang Thịnh Vượng',
      'Họp tại Trường THPT Chu Văn An lúc 8 giờ.',
      'Bệnh viện Bạch Mai quá tải trong mùa cúm.',
      'Đường Nguyễn Huệ cấm xe vào cuối tuần.',
      'Sản phẩm mới: {X}',
      'Tiêu đề: Nhắc thanh toán hóa đơn',
      'Chúng tôi đã ký hợp đồng với {C}.',
      'Phòng Nhân Sự chuyển lên tầng ba.',
      'Phở Bò và Bánh Mì cho hai người.',
      'Sân bay Tân Sơn Nhất bị hoãn chuyến do mưa.',
      'Thông Báo Quan Trọng: Lịch Nghỉ Tết',
      'Cảm ơn quý khách đã chọn {C}.',
    ],
    pos: [
      'Chào {F}, bạn gửi giúp mình báo cáo nhé.',
      'Trân trọng,\n{P}',
      'Người liên hệ: {P}',
      'Tham dự: {P}, {P} và {P}',
      'Anh {P} sẽ phụ trách dự án từ thứ Hai.',
    ],
  },
  id: {
    neg: [
      'Selamat Hari Raya Idul Fitri, Mohon Maaf Lahir dan Batin',
      'Rapat di Gedung Sate hari Senin.',
      'Jalan Jenderal Sudirman macet total sore ini.',
      'RS Cipto Mangunkusumo membuka layanan vaksin.',
      'Bandara Soekarno-Hatta ditutup sementara.',
      'Produk Baru: {X}',
      'Perihal: Pengingat Pembayaran Tagihan',
      'Kami bekerja sama dengan {C}.',
      'Bagian Keuangan dan Akuntansi pindah ke lantai dua.',
      'Lowongan: {J} di {L}',
      'Nasi Goreng Spesial dan Es Teh Manis',
      'Persib Bandung menang atas Persija Jakarta.',
      'Universitas Gadjah Mada membuka pendaftaran.',
      'Pengumuman Penting: Jadwal Libur Lebaran',
    ],
    pos: [
      'Halo {F}, laporannya sudah dikirim?',
      'Hormat saya,\n{P}',
      'Kontak: {P}',
      'Hadir: {P}, {P}, dan {P}',
      'Menurut {P}, barangnya dikirim besok.',
      'Pak {S} sedang rapat.',
    ],
  },
  uz: {
    neg: [
      'Navro\'z bayrami muborak bo\'lsin!',
      'Uchrashuv Alisher Navoiy nomidagi teatrda bo\'ladi.',
      'Amir Temur xiyoboni yopiq.',
      'Yangi mahsulot: {X}',
      'Mavzu: To\'lov haqida eslatma',
      '{C} bilan shartnoma imzoladik.',
      'Kadrlar Bo\'limi uchinchi qavatga ko\'chdi.',
      'Paxtakor Bunyodkorni 2:0 hisobida yutdi.',
      'Osh, Somsa va Ko\'k choy buyurtma qildik.',
      'Muhim E\'lon: Yangi Ish Vaqti',
    ],
    pos: [
      'Salom {F}, hisobotni yuborasizmi?',
      'Hurmat bilan,\n{P}',
      'Mas\'ul shaxs: {P}',
      'Ishtirok etdi: {P}, {P} va {P}',
    ],
  },
  eo: {
    neg: [
      'Feliĉan Kristnaskon kaj Bonan Novjaron!',
      'La kunveno okazos en la Zamenhof-Centro lundon.',
      'Nova: {X}',
      'Temo: Memorigo pri pago',
      'Ni subskribis kontrakton kun {C}.',
      'La Universala Kongreso okazos en Julio.',
      'Grava Anonco: Novaj Horoj de la Oficejo',
    ],
    pos: [
      'Saluton {F}, ĉu vi sendos la raporton?',
      'Kore,\n{P}',
      'Kontaktulo: {P}',
      'Ĉeestis: {P}, {P} kaj {P}',
    ],
  },
};

// A name as the locale writes it: Georgian, Armenian and Cyrillic natively,
// the rest in Latin letters.
function n7Name(f, locale) {
  const sex = rng.pick(['female', 'male']);
  const native = ['ru', 'mk', 'hy', 'ka_GE'].includes(locale);
  const w = (s) => (native ? s : transliterate(s));
  const first = w(f.person.firstName(sex));
  const last = w(f.person.lastName(sex));
  return { first, last, full: `${first} ${last}` };
}

function n7Fill(r, template, f, locale) {
  for (const piece of template.split(/(\{[A-Za-z]\})/)) {
    if (!/^\{[A-Za-z]\}$/.test(piece)) {
      if (piece) r.t(piece);
      continue;
    }
    const k = piece[1];
    const p = n7Name(f, locale);
    if (k === 'P') r.e('PERSON', p.full);
    else if (k === 'F') r.e('PERSON', p.first);
    else if (k === 'S') r.e('PERSON', p.last);
    else if (k === 'f') r.e('PERSON', p.first.toLowerCase());
    else if (k === 'U') r.e('PERSON', p.full.toUpperCase());
    else if (k === 'C') r.e('ORGANIZATION', company(f));
    else if (k === 'L') r.e('LOCATION', city(f));
    else if (k === 'X') r.t(product(f));
    else if (k === 'J') r.e('TITLE', jobTitle(f));
    else if (k === 'D') r.t(f.commerce.department());
    else r.t(String(rng.int(1000, 99999)));
  }
  return r;
}

function names7Record(i) {
  const locale = rng.pick(N7_LOCALES);
  const f = allFakers[locale];
  const lang = N7_LANG[locale] ?? 'en';
  // A third of the records outside English write in English (work mail).
  const bank = N7[lang !== 'en' && rng.chance(0.3) ? 'en' : lang];
  const positive = i % 2 === 1;
  const r = new Record(positive ? 'names7_person' : 'names7_negative', locale);
  return n7Fill(r, rng.pick(positive ? bank.pos : bank.neg), f, locale);
}

if (SET === 'names7') {
  const out = [];
  while (out.length < RECORDS) out.push(names7Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- blind2: a second set nobody tuning the detector reads ------------------
// 1,500 records: 40% with people, 20% with street addresses, 15% with pattern
// entities (cards, IBANs, SSNs, IPs, phones, e-mails), 25% negatives full of
// near-misses (capitalised non-names: products, firms, brands, places and
// things named after people, headings; order, tracking, invoice, part and
// reference numbers, versions, builds, amounts, log timestamps). Templates
// in English and in 20 other languages, names, streets, towns, firms and
// products from faker in 46 locales (native scripts kept).
// Span conventions:
// - PERSON: a person's name as written, given and family name in the
//   locale's order (family first for ja, ko, zh_CN, vi, hu; no space in
//   ja/ko/zh_CN); titles and honorifics (Dr., Mr, 様, 님, คุณ, Sayın, Frau)
//   are outside the span; a given name or family name written alone for a
//   person (chat handles, "Dr. X", greetings) is labelled PERSON too.
// - ADDRESS: the street line only: street name and house number, with the
//   unit (apartment, suite, floor, flat) when faker writes it on that line,
//   exactly as faker's streetAddress writes it (runs of spaces collapsed);
//   postcode, town, region and country are outside the span (the town is
//   LOCATION, the postcode unlabelled).
// - DATE_TIME: full calendar dates of a person's events (birth, admission,
//   appointment, start date, incident); log timestamps, months, years,
//   quarters and times of day alone are left unlabelled.
// - ORGANIZATION: every firm and brand (faker companies, brands named after
//   people); LOCATION: every town and place (faker cities, places named
//   after people). Things named after people (dishes, devices, laws) are
//   unlabelled.
if (SET === 'blind2') {
  const B2_FAKER = {};
  // [locale, template language, phone region, name order ('fl', 'lf', 'lf0' = no space)]
  const B2_LOCALES = [
    ['en_US', 'en', 'US', 'fl'], ['en_US', 'en', 'US', 'fl'], ['en_GB', 'en', 'GB', 'fl'], ['en_GB', 'en', 'GB', 'fl'],
    ['en_IN', 'en', 'IN', 'fl'], ['en_NG', 'en', 'NG', 'fl'], ['en_GH', 'en', 'GH', 'fl'], ['en_ZA', 'en', 'ZA', 'fl'],
    ['en_AU', 'en', 'AU', 'fl'], ['en_CA', 'en', 'CA', 'fl'], ['zu_ZA', 'en', 'ZA', 'fl'], ['yo_NG', 'en', 'NG', 'fl'],
    ['af_ZA', 'en', 'ZA', 'fl'], ['de', 'de', 'DE', 'fl'], ['de_CH', 'de', 'CH', 'fl'], ['fr', 'fr', 'FR', 'fl'],
    ['fr_CA', 'fr', 'CA', 'fl'], ['es', 'es', 'ES', 'fl'], ['es_MX', 'es', 'MX', 'fl'], ['pt_BR', 'pt', 'BR', 'fl'],
    ['pt_PT', 'pt', 'PT', 'fl'], ['it', 'it', 'IT', 'fl'], ['nl', 'nl', 'NL', 'fl'], ['pl', 'pl', 'PL', 'fl'],
    ['sv', 'en', 'SE', 'fl'], ['nb_NO', 'en', 'NO', 'fl'], ['fi', 'en', 'FI', 'fl'], ['da', 'en', 'DK', 'fl'],
    ['cs_CZ', 'en', 'CZ', 'fl'], ['hu', 'en', 'HU', 'lf'], ['ro', 'en', 'RO', 'fl'], ['tr', 'tr', 'TR', 'fl'],
    ['vi', 'en', 'VN', 'lf'], ['id_ID', 'en', 'ID', 'fl'], ['ru', 'ru', 'RU', 'fl'], ['uk', 'uk', 'UA', 'fl'],
    ['el', 'el', 'GR', 'fl'], ['ja', 'ja', 'JP', 'lf0'], ['ko', 'ko', 'KR', 'lf0'], ['zh_CN', 'zh', 'CN', 'lf0'],
    ['he', 'he', 'IL', 'fl'], ['ar', 'ar', 'SA', 'fl'], ['fa', 'fa', 'IR', 'fl'],
    ['th', 'th', 'TH', 'fl'], ['ka_GE', 'ka', 'GE', 'fl'], ['hy', 'hy', 'AM', 'fl'], ['ne', 'en', 'NP', 'fl'],
    ['ur', 'en', 'PK', 'fl'],
  ];
  const d = (n) => { let s = ''; for (let i = 0; i < n; ++i) s += String(rng.int(0, 9)); return s; };
  const nz = (n) => String(rng.int(1, 9)) + d(n - 1);
  const pad2 = (n) => String(n).padStart(2, '0');
  const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const up = (n) => { let s = ''; for (let i = 0; i < n; ++i) s += rng.pick([...UPPER]); return s; };
  const alnum = (n) => { let s = ''; for (let i = 0; i < n; ++i) s += rng.chance(0.5) ? rng.pick([...UPPER]) : String(rng.int(0, 9)); return s; };
  // Phone regions identifiers.mjs lacks, in the same shape.
  const extra = {
    GH: { cc: '233', shapes: [(r) => [r.pick(['24', '54', '20', '27']), d(3), d(4)]], intl: (r, g) => `+233 ${g.join(' ')}`, national: (r, g) => `0${g.join(' ')}` },
    CZ: { cc: '420', shapes: [(r) => [r.pick(['602', '605', '731', '777']), d(3), d(3)]], intl: (r, g) => `+420 ${g.join(' ')}` },
    HU: { cc: '36', shapes: [(r) => [r.pick(['20', '30', '70']), d(3), d(4)]], intl: (r, g) => r.pick([`+36 ${g.join(' ')}`, `06 ${g.join(' ')}`]) },
    RO: { cc: '40', shapes: [(r) => ['7' + r.int(2, 6) + d(1), d(3), d(3)]], intl: (r, g) => r.pick([`+40 ${g.join(' ')}`, `0${g.join(' ')}`]) },
    VN: { cc: '84', shapes: [(r) => [r.pick(['90', '91', '98', '93']), d(3), d(2), d(2)]], intl: (r, g) => `+84 ${g.join(' ')}` },
    ID: { cc: '62', shapes: [(r) => ['8' + r.pick(['11', '12', '13', '21', '52']), d(4), d(4)]], intl: (r, g) => r.pick([`+62 ${g.join('-')}`, `0${g.join('-')}`]) },
    UA: { cc: '380', shapes: [(r) => [r.pick(['50', '63', '67', '68', '93', '97']), d(3), d(2), d(2)]], intl: (r, g) => r.pick([`+380 ${g[0]} ${g[1]} ${g[2]} ${g[3]}`, `+380 (${g[0]}) ${g[1]}-${g[2]}-${g[3]}`]) },
    GR: { cc: '30', shapes: [(r) => ['69' + r.int(0, 9), d(3), d(4)]], intl: (r, g) => r.pick([`+30 ${g.join(' ')}`, `${g.join(' ')}`]) },
    SA: { cc: '966', shapes: [(r) => ['5' + r.int(0, 9), d(3), d(4)]], intl: (r, g) => `+966 ${g.join(' ')}` },
    IR: { cc: '98', shapes: [(r) => ['9' + r.pick(['12', '13', '19', '35']), d(3), d(4)]], intl: (r, g) => r.pick([`+98 ${g.join(' ')}`, `0${g.join(' ')}`]) },
    TH: { cc: '66', shapes: [(r) => [r.pick(['8', '9', '6']) + d(1), d(3), d(4)]], intl: (r, g) => r.pick([`+66 ${g.join(' ')}`, `0${g.join('-')}`]) },
    GE: { cc: '995', shapes: [(r) => ['5' + r.pick(['55', '57', '58', '93', '99']), d(2), d(2), d(2)]], intl: (r, g) => `+995 ${g.join(' ')}` },
    AM: { cc: '374', shapes: [(r) => [r.pick(['91', '93', '94', '77', '99']), d(3), d(3)]], intl: (r, g) => r.pick([`+374 ${g.join(' ')}`, `+374 ${g[0]} ${g[1]}${g[2]}`]) },
    NP: { cc: '977', shapes: [(r) => ['98' + r.int(0, 9), d(7)]], intl: (r, g) => `+977 ${g.join('-')}` },
    PK: { cc: '92', shapes: [(r) => ['3' + r.int(0, 4) + d(1), d(7)]], intl: (r, g) => r.pick([`+92 ${g.join(' ')}`, `0${g.join('-')}`]) },
  };
  const regionOf = (code) => PHONE_REGIONS.find((x) => x.region === code) ?? { region: code, ...extra[code] };
  const phoneOf = (code) => phoneNumber(rng, rng.chance(0.85) ? regionOf(code) : rng.pick(PHONE_REGIONS));
  const clean = (s) => String(s).replace(/\s+/g, ' ').trim();
  const fake = (f, g, fallback) => { try { return clean(g(f)); } catch { return clean(g(allFakers[fallback ?? 'en'])); } };

  // -- IBANs: country formats (letters where the BBAN carries a bank code), mod-97 check digits --
  const IBAN_FORMATS = {
    DE: () => d(18), FR: () => d(10) + alnum(11) + d(2), ES: () => d(20), IT: () => up(1) + d(10) + d(12),
    NL: () => rng.pick(['INGB', 'ABNA', 'RABO', 'TRIO', 'SNSB']) + d(10), BE: () => d(12), PL: () => d(24),
    AT: () => d(16), CH: () => d(17), PT: () => d(21), SE: () => d(20), NO: () => d(11), DK: () => d(14),
    FI: () => d(14), GB: () => rng.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + d(14),
    IE: () => rng.pick(['AIBK', 'BOFI']) + d(14), RO: () => rng.pick(['RNCB', 'BTRL', 'BRDE']) + alnum(16),
    TR: () => d(22), SA: () => d(20), AE: () => d(19), IL: () => d(19), GR: () => d(23), UA: () => d(25),
    GE: () => rng.pick(['TB', 'BG']) + d(16), BR: () => d(23) + 'C1', CZ: () => d(20), HU: () => d(24),
  };
  const IBAN_OF = { de: 'DE', de_CH: 'CH', fr: 'FR', fr_CA: 'FR', es: 'ES', es_MX: 'ES', pt_BR: 'BR', pt_PT: 'PT',
    it: 'IT', nl: 'NL', pl: 'PL', sv: 'SE', nb_NO: 'NO', fi: 'FI', da: 'DK', cs_CZ: 'CZ', hu: 'HU', ro: 'RO',
    tr: 'TR', uk: 'UA', el: 'GR', he: 'IL', ar: 'SA', ka_GE: 'GE', en_GB: 'GB' };
  const ibanOf = (locale) => {
    const cc = IBAN_OF[locale] ?? rng.pick(Object.keys(IBAN_FORMATS));
    const bban = IBAN_FORMATS[cc]();
    const num = [...(bban + cc + '00')].map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c)).join('');
    const check = String(98n - (BigInt(num) % 97n)).padStart(2, '0');
    const iban = cc + check + bban;
    return rng.chance(0.6) ? iban.match(/.{1,4}/g).join(' ') : iban;
  };
  const ipv4 = () => {
    for (;;) {
      const a = rng.int(1, 223);
      if (a === 127) continue;
      return `${a}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    }
  };
  const hex = (n) => { let s = ''; for (let i = 0; i < n; ++i) s += '0123456789abcdef'[rng.int(0, 15)]; return s; };
  const ipv6 = () => rng.pick([`2a02:${hex(4)}:${hex(4)}:${hex(4)}::${hex(rng.int(1, 4))}`,
    `2001:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}`, `fe80::${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}`]);

  // -- names and e-mails --
  const romanLetters = (s) => transliterate(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  const MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'hotmail.com', 'icloud.com', 'gmx.de', 'web.de',
    'orange.fr', 'libero.it', 'mail.ru', 'yandex.ru', 'ukr.net', 'naver.com', 'qq.com', '163.com', 'seznam.cz', 'wp.pl',
    'yahoo.co.jp', 'rediffmail.com', 'bigpond.com', 'uol.com.br'];
  function b2Person(f, order) {
    const sex = rng.pick(['female', 'male']);
    const first = fake(f, (x) => x.person.firstName(sex));
    const last = fake(f, (x) => x.person.lastName(sex));
    const full = order === 'fl' ? `${first} ${last}` : order === 'lf' ? `${last} ${first}` : rng.chance(0.8) ? `${last}${first}` : `${last} ${first}`;
    let a = romanLetters(first);
    let b = romanLetters(last);
    if (!a || !b) {
      a = romanLetters(allFakers.en.person.firstName());
      b = romanLetters(allFakers.en.person.lastName());
    }
    const domain = rng.chance(0.7) ? rng.pick(MAIL) : allFakers.en.internet.domainName();
    const local = rng.pick([`${a}.${b}`, `${a[0]}.${b}`, `${a}${b}${rng.int(1, 99)}`, `${b}_${a}`, `${a}${b[0]}`, `${a}.${b}`]);
    return { first, last, full, email: `${local}@${domain}` };
  }

  // -- dates --
  const CJK_DATE = {
    ja: ([y, m, dd]) => rng.pick([`${y}年${m}月${dd}日`, `${y}/${pad2(m)}/${pad2(dd)}`]),
    zh: ([y, m, dd]) => rng.pick([`${y}年${m}月${dd}日`, `${y}-${pad2(m)}-${pad2(dd)}`]),
    ko: ([y, m, dd]) => rng.pick([`${y}년 ${m}월 ${dd}일`, `${y}.${pad2(m)}.${pad2(dd)}`]),
  };
  const dateIn = (lang, ymd) => {
    if (CJK_DATE[lang]) return CJK_DATE[lang](ymd);
    if (['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'].includes(lang)) return writtenDate(rng, lang, ...ymd);
    const [y, m, dd] = ymd;
    return rng.pick([`${pad2(dd)}.${pad2(m)}.${y}`, `${pad2(dd)}/${pad2(m)}/${y}`, `${y}-${pad2(m)}-${pad2(dd)}`, `${dd}.${m}.${y}`]);
  };
  const stamp = () => {
    const [y, m, dd] = recentDate();
    const t = `${pad2(rng.int(0, 23))}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}`;
    return rng.pick([`${y}-${pad2(m)}-${pad2(dd)}T${t}Z`, `${y}-${pad2(m)}-${pad2(dd)} ${t} UTC`, `${y}-${pad2(m)}-${pad2(dd)}T${t}.${d(3)}+01:00`]);
  };
  const logStamp = () => {
    const [y, m, dd] = recentDate();
    return `${pad2(dd)}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}/${y}:${pad2(rng.int(0, 23))}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))} +0000`;
  };

  // -- near-miss numbers --
  const CURRENCY = { en: ['$', '£', 'USD ', 'AUD ', 'R ', '₦', 'GHS ', 'CAD ', '₹'], de: ['€ ', 'CHF '], fr: ['€'], es: ['€', 'MXN $'],
    pt: ['R$ ', '€'], it: ['€ '], nl: ['€ '], pl: ['zł '], tr: ['₺'], ru: ['₽ '], uk: ['₴ '], el: ['€'], ja: ['¥'], ko: ['₩'],
    zh: ['¥'], he: ['₪'], ar: ['SAR '], fa: ['IRR '], th: ['฿'], ka: ['₾'], hy: ['֏'] };
  const amount = (lang) => {
    const v = rng.int(1, 250000);
    const cents = pad2(rng.int(0, 99));
    const grouped = String(v).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' || lang === 'ja' || lang === 'zh' || lang === 'ko' || lang === 'th' || lang === 'he' ? ',' : lang === 'de' || lang === 'nl' || lang === 'it' || lang === 'es' || lang === 'pt' || lang === 'tr' || lang === 'el' ? '.' : ' ');
    const dec = lang === 'en' || lang === 'th' || lang === 'he' ? `.${cents}` : ['ja', 'ko', 'zh'].includes(lang) ? '' : `,${cents}`;
    return rng.pick(CURRENCY[lang] ?? CURRENCY.en) + grouped + dec;
  };
  const noLuhn = () => {
    const body = rng.pick(['4', '5', '3', '6']) + d(14);
    const check = (Number(luhnCheckDigit(body)) + rng.int(1, 9)) % 10;
    const n = body + String(check);
    return rng.chance(0.6) ? n.match(/.{4}/g).join(rng.pick([' ', '-'])) : n;
  };
  const ean = () => {
    const body = rng.pick(['400', '500', '590', '871', '460', '729', '880', '690', '978']) + d(9);
    let s = 0;
    for (let i = 0; i < 12; ++i) s += Number(body[i]) * (i % 2 ? 3 : 1);
    return body + String((10 - (s % 10)) % 10);
  };
  const isbn = () => {
    const body = '978' + String(rng.int(0, 5)) + d(8);
    let s = 0;
    for (let i = 0; i < 12; ++i) s += Number(body[i]) * (i % 2 ? 3 : 1);
    const c = (10 - (s % 10)) % 10;
    return `${body.slice(0, 3)}-${body[3]}-${body.slice(4, 8)}-${body.slice(8, 12)}-${c}`;
  };
  const NEAR = {
    ORDER: () => rng.pick([`#${nz(rng.int(7, 10))}`, `${up(2)}-${nz(8)}`, `${nz(3)}-${d(7)}-${d(7)}`, `${nz(6)}`, `SO${d(8)}`]),
    TRACK: () => rng.pick([`1Z${alnum(6)}${d(10)}`, nz(12), `JJD${d(18)}`, `${up(2)}${d(9)}${up(2)}`,
      `9400 ${d(4)} ${d(4)} ${d(4)} ${d(4)} ${d(2)}`, `${nz(4)} ${d(4)} ${d(4)} ${d(4)} ${d(4)}`]),
    INV: () => rng.pick([`INV-${rng.int(2019, 2027)}-${d(5)}`, nz(8), `RE-${d(6)}`, `F${rng.int(2019, 2027)}/${d(4)}`]),
    NOLUHN: noLuhn,
    PHLIKE: () => rng.pick([`${nz(3)}-${d(3)}-${d(4)}-${up(1)}`, `${d(4)}-${d(3)}-${d(3)}`, `${nz(2)} ${d(3)} ${d(3)} ${d(2)}`, `(${d(3)}) ${d(3)}-${d(2)}`]),
    VER: () => rng.pick([`v${rng.int(0, 12)}.${rng.int(0, 40)}.${rng.int(0, 20)}`, `${rng.int(1, 30)}.${rng.int(0, 9)}.${rng.int(0, 99)}-rc.${rng.int(1, 5)}`, `${rng.int(1, 9)}.${rng.int(0, 9)}`]),
    BUILD: () => `${rng.int(1, 20)}.${rng.int(0, 9)}.${rng.int(1000, 30000)}.${rng.int(256, 4000)}`,
    EAN: ean, ISBN: isbn,
    EIN: () => `${nz(2)}-${d(7)}`, MRN: () => nz(8), PNR: () => up(6), FLIGHT: () => `${rng.pick(['LH', 'BA', 'AF', 'TK', 'EK', 'QR', 'SU', 'NH', 'KE', 'CA', 'ET', 'LA'])} ${rng.int(10, 9999)}`,
    ACCT: () => `ACC-${nz(9)}`, TICKER: () => rng.pick(['AAPL', 'MSFT', 'SAP', 'ASML', 'NESN', 'TSLA', '7203.T', 'RELIANCE']),
    HS: () => `${rng.int(1000, 9999)}.${d(2)}.${d(2)}`, PO: () => `PO-${nz(6)}`, BIC: () => `${up(4)}${rng.pick(['DE', 'FR', 'GB', 'NL', 'IT', 'ES'])}${up(2)}${rng.chance(0.5) ? 'XXX' : ''}`,
    MANDATE: () => `MD-${nz(10)}`, AUTH: () => alnum(6), TID: () => `T${d(7)}`, EXP: () => `${pad2(rng.int(1, 12))}/${rng.int(26, 32)}`,
    CVV: () => d(3), CODE: () => `${rng.int(1, 30)}-${rng.int(1, 9)}-${d(4)}`, PLATE: () => `${up(2)}${d(2)} ${up(3)}`,
    N: () => String(rng.int(2, 4800)), QTY: () => String(rng.int(1, 500)), YEAR: () => String(rng.int(1998, 2027)),
    TICKET: () => rng.pick([`#${nz(rng.int(5, 7))}`, `SUP-${nz(5)}`, `INC${d(7)}`, `CS-${d(4)}-${d(4)}`]),
    TS: stamp, TSLOG: logStamp, TIME: () => `${pad2(rng.int(6, 22))}:${pad2(rng.int(0, 59))}`,
    CARRIER: () => rng.pick(['DHL Express', 'UPS', 'FedEx', 'Royal Mail', 'La Poste', 'PostNL', 'Correos', 'Poczta Polska', 'Yamato', 'SF Express', 'Aramex', 'Canada Post']),
    HEAD: () => rng.pick(B2_HEADINGS), EPON: () => rng.pick(B2_EPONYMS),
  };
  const B2_HEADINGS = ['Quarterly Business Review', 'Terms And Conditions', 'Frequently Asked Questions', 'Annual General Meeting',
    'Data Protection Impact Assessment', 'Incident Post-Mortem', 'Board Meeting Minutes', 'Product Roadmap Update',
    'Holiday Opening Hours', 'Expense Policy Changes', 'Customer Success Playbook', 'Grand Opening Weekend',
    'Spring Clearance Sale', 'Safety Data Sheet', 'Returns And Exchanges', 'Privacy Notice', 'Weekly Standup',
    'All Hands Agenda', 'Onboarding Checklist', 'Migration Plan Phase Two', 'Known Issues', 'Service Level Agreement',
    'Warranty Information', 'Installation Guide', 'Budget Forecast', 'Team Offsite Logistics', 'Fire Evacuation Procedure'];
  const B2_EPONYMS = ['Bunsen burner', 'Petri dish', 'Richter scale', 'Ferris wheel', 'Caesar salad', 'Eggs Benedict',
    'Beef Wellington', 'Morse code', 'Braille display', 'diesel engine', 'Geiger counter', 'Venn diagram',
    'Fahrenheit reading', 'Doppler radar', 'Heimlich manoeuvre', "Rubik's Cube", 'Zeppelin hangar', 'Pilates class',
    'Graham crackers', 'Margherita pizza', 'Pavlova', 'Bellini', 'Earl Grey tea', 'Stetson hat', 'Jacuzzi',
    'Bluetooth headset', 'Nobel Prize lecture', 'Hippocratic Oath', 'Newtonian fluid', 'Kalashnikov rifle',
    'Achilles tendon', 'Fallopian tube', 'Alzheimer screening', 'Down syndrome', 'Diesel generator',
    'Mason jar', 'Bowie knife', 'Cardigan sweater', 'Leotard', 'Saxophone', 'Guillotine cutter', 'Boolean logic',
    'Euclidean distance', 'Gaussian blur', 'Bayesian filter', 'Dewey Decimal system', 'Ponzi scheme', 'Stockholm syndrome'];
  const B2_BRANDS = ['Ford', 'Dell', 'Disney', 'Tesla', 'Ferrari', 'Porsche', 'Chanel', 'Gucci', 'Boeing', 'Dyson', 'Marriott',
    'Hilton', "Kellogg's", 'Heinz', 'Cadbury', 'Bosch', 'Siemens', 'Philips', 'Michelin', 'Peugeot', 'Citroën', 'Lamborghini',
    'Versace', 'Prada', 'Dior', 'Adidas', "McDonald's", "Wendy's", 'Chevrolet', 'Dodge', 'Honda', 'Suzuki', 'Yamaha',
    "Ben & Jerry's", 'Johnnie Walker', "Jack Daniel's", 'Louis Vuitton', 'Yves Saint Laurent', 'Estée Lauder',
    'Levi Strauss', 'Hermès', 'Fendi', 'Bugatti', 'Maserati', 'Opel', 'Bentley', 'Aston Martin', 'Tata', 'Mahindra',
    'Kawasaki', 'Walt Disney', 'Daimler', 'Miele', 'Carl Zeiss', 'Max Mara', 'Tommy Bahama', 'Dolce & Gabbana',
    'Guinness', 'Heineken', 'Nestlé', 'Renault', 'Michael Kors', 'Ralph Lauren'];
  const B2_PLACES = ['Washington', 'Victoria', 'Houston', 'Darwin', 'Wellington', 'Hamilton', 'Kingston', 'Columbia',
    'Bolivia', 'San Francisco', 'São Paulo', 'Saint Petersburg', 'Pittsburgh', 'Jacksonville', 'Lake Victoria',
    'Melbourne', 'Adelaide', 'Alexandria', 'Vancouver', 'Denver', 'Dallas', 'Prince Edward Island', 'Mount Everest',
    'Hudson Bay', 'Port Elizabeth', 'Ho Chi Minh City', 'Charles de Gaulle Airport', 'John F. Kennedy International Airport',
    'Indira Gandhi International Airport', 'Ben Gurion Airport', 'Leonardo da Vinci Airport', 'Lincoln', 'Jefferson City',
    'Marysville', 'Georgetown', 'Elizabethtown', 'Frederiksberg', 'Karl-Marx-Allee', 'Stalingrad', 'Ivano-Frankivsk',
    'Kaliningrad', 'Tbilisi', 'Port Louis', 'Williamsburg', 'Lake Louise', 'Queen Maud Land', 'Cape Cod'];
  NEAR.BRAND = () => ['ORGANIZATION', rng.pick(B2_BRANDS)];
  NEAR.PLACEP = () => ['LOCATION', rng.pick(B2_PLACES)];

  // -- filling a template --
  function fill(kind, loc, lang, tmpl) {
    const [locale, , region, order] = loc;
    const f = allFakers[B2_FAKER[locale] ?? locale];
    const r = new Record(kind, locale);
    const cache = {};
    const person = (i) => (cache['@' + i] ??= b2Person(f, order));
    const value = (key) => {
      const base = key.replace(/\d+$/, '');
      const i = key.slice(base.length) || '1';
      switch (base) {
        case 'P': return ['PERSON', person(i).full];
        case 'FN': return ['PERSON', person(i).first];
        case 'LN': return ['PERSON', person(i).last];
        case 'EM': return ['EMAIL_ADDRESS', person(i).email];
        case 'PH': return ['PHONE_NUMBER', phoneOf(region)];
        case 'DOB': return ['DATE_TIME', dateIn(lang, birthDate())];
        case 'DOBISO': { const [y, m, dd] = birthDate(); return ['DATE_TIME', `${y}-${pad2(m)}-${pad2(dd)}`]; }
        case 'DT': return ['DATE_TIME', dateIn(lang, recentDate())];
        case 'ST': return ['ADDRESS', fake(f, (x) => x.location.streetAddress(rng.chance(0.3)))];
        case 'CITY': return ['LOCATION', fake(f, (x) => x.location.city())];
        case 'ZIP': return [null, fake(f, (x) => x.location.zipCode())];
        case 'ORG': return ['ORGANIZATION', fake(f, (x) => x.company.name())];
        case 'PROD': return [null, fake(f, (x) => x.commerce.productName())];
        case 'JOB': return [null, fake(f, (x) => x.person.jobTitle())];
        case 'CC': {
          const scheme = rng.pick(CARD_SCHEMES.filter((s) => s.luhn));
          cache._scheme = scheme.name;
          return ['CREDIT_CARD', groupCard(rng, cardNumber(rng, scheme, rng.pick(scheme.lengths)))];
        }
        case 'SCHEME': { if (!cache.CC) cache.CC = value('CC'); return [null, cache._scheme]; }
        case 'IBAN': return ['IBAN_CODE', ibanOf(locale)];
        case 'SSN': return ['US_SSN', ssn(rng)];
        case 'IP': return ['IP_ADDRESS', rng.chance(0.8) ? ipv4() : ipv6()];
        case 'AMT': return [null, amount(lang)];
        default: {
          const v = NEAR[base]();
          return Array.isArray(v) ? v : [null, v];
        }
      }
    };
    let last = 0;
    for (const m of tmpl.matchAll(/\{([A-Z][A-Z0-9]*)\}/g)) {
      if (m.index > last) r.t(tmpl.slice(last, m.index));
      const [type, text] = (cache[m[1]] ??= value(m[1]));
      if (type) r.e(type, text); else r.t(text);
      last = m.index + m[0].length;
    }
    if (last < tmpl.length) r.t(tmpl.slice(last));
    return r;
  }

  // -- templates: kind -> language -> template strings --
  const T = { person: {}, address: {}, pattern: {}, negative: {} };
  T.person.en = [
    'Hi {FN},\n\nThanks for getting in touch about ticket {TICKET}. I have passed it to our billing team and they will reply within two working days.\n\nBest regards,\n{P2}\n{JOB} | {ORG}\nTel: {PH}',
    'Ticket {TICKET} opened by {P} <{EM}>: my {PROD} stopped charging after the {VER} update. Please call me back on {PH}.',
    'EMPLOYEE ONBOARDING FORM\nFull name: {P}\nDate of birth: {DOB}\nStart date: {DT}\nPosition: {JOB}\nPersonal email: {EM}\nMobile: {PH}',
    'Patient: {P}    DOB: {DOB}\nAdmitted: {DT}, cardiology ward\nReferring physician: Dr. {LN2}\nNext of kin: {P3}, {PH}',
    '--\n{P}\n{JOB}\n{ORG}\nM {PH} · {EM}',
    '[09:14] {FN}: hey, can you send me the {PROD} deck before the call?\n[09:15] {FN2}: sure, give me five minutes\n[09:17] {FN}: thanks! btw my new number is {PH}',
    'id,name,email,phone,city\n{N},{P},{EM},{PH},{CITY}\n{N2},{P2},{EM2},{PH2},{CITY2}',
    '{"customer_id": {N}, "name": "{P}", "email": "{EM}", "date_of_birth": "{DOBISO}", "segment": "Gold"}',
    'Meeting notes: {HEAD}\nAttendees: {P}, {P2}, {P3}\nActions: {FN2} to follow up with {ORG} by Friday; {FN3} to update the {PROD} forecast.',
    '{CITY}: {P}, {JOB} at {ORG}, was named chair of the regional council on Tuesday, replacing {P2}, who retires after twelve years.',
    '★★★★☆ Bought the {PROD} from {ORG}. Arrived quickly and works as described. Would buy again. ({FN}, {CITY})',
    'Dear {P},\nThis is a reminder of your appointment with Dr. {LN2} on {DT} at {TIME}. To reschedule, please call {PH}.',
    'To whom it may concern,\n\nI have known {P} since {YEAR}, when {FN} joined {ORG} as a {JOB}. I recommend {FN} without reservation.\n\n{P2}',
    'CLAIM FORM\nClaimant: {P}\nDate of incident: {DT}\nPolicy holder date of birth: {DOB}\nContact e-mail: {EM}\nPolicy no.: {PO}',
    'I am out of the office until Monday with limited access to e-mail. For urgent matters please contact {P2} ({EM2}) or call {PH}.',
    'From: {P} <{EM}>\nTo: {P2} <{EM2}>\nSubject: {HEAD}\n\n{FN2}, please see the attached quote from {ORG} for the {PROD}. Let me know by Thursday.\n{FN}',
    'We are delighted to announce the arrival of {P}, born {DOB} in {CITY}. Mother and baby are doing well!',
    '@{FN} could you review PR #{N}? {P2} says the {PROD} build breaks on {VER}.',
    'Applicant: {P}, born {DOB}, currently {JOB} at {ORG}. Referee: {P2} ({PH}).',
    'Specimen collected {DT} from {P} (MRN {MRN}). Ordering provider: {P2}, MD.',
    'RSVP: {P} and {P2} will both attend. Dietary requirements: vegetarian. Confirmation sent to {EM}.',
    '{P} ({DOB} – {DT}) passed away peacefully at home in {CITY}, surrounded by family.',
    'Thank you, {P}, for your gift of {AMT} to the {ORG} Foundation. Receipt {INV}.',
    'Visitor log: {P}, {ORG}, badge {N}, host {P2}, signed in {TIME}.',
    'Hello, I am writing on behalf of my mother, {P}, date of birth {DOB}. She missed her appointment on {DT} and would like a new one. You can reach me at {PH} or {EM2}.',
    'Congratulations to {P} from our {CITY} branch, this month\'s top seller of the {PROD}!',
    'customer: {P}\nphone: {PH}\nnote: asked for a callback about order {ORDER}; prefers mornings.',
    'Interview schedule\n{TIME}: {P}\n{TIME2}: {P2}\n{TIME3}: {P3}\nPanel: {LN4}, {LN5}',
  ];
  T.address.en = [
    'Your order {ORDER} has shipped!\n\nShip to:\n{P}\n{ST}\n{CITY} {ZIP}\n\nCarrier: {CARRIER}\nTracking: {TRACK}',
    'INVOICE {INV}\nBill to: {ORG}\n{ST}\n{ZIP} {CITY}\nAmount due: {AMT}',
    'Hi, please update my delivery address to {ST}, {CITY}. Thanks, {FN}',
    'CHANGE OF ADDRESS\nName: {P}\nPrevious address: {ST}, {CITY}\nNew address: {ST2}, {CITY2}\nEffective from: {DT}',
    'courier here, I\'m outside {ST} but nobody answers. which buzzer?',
    'Bright two-bedroom flat at {ST}, {CITY}. Viewings on Saturday. Call {P} on {PH}.',
    'RETURN TO: {ORG}, {ST}, {ZIP} {CITY}. Reference {ORDER}.',
    'Housewarming at our new place, {ST}! Saturday from 7pm, bring a friend. {FN} & {FN2}',
    'Incident reported at {ST} ({CITY}) at {TIME}; caller {P}, callback {PH}.',
    'order_id,recipient,street,city,postcode\n{ORDER},{P},"{ST}",{CITY},{ZIP}\n{ORDER2},{P2},"{ST2}",{CITY2},{ZIP2}',
    'Home address: {ST}\nCity: {CITY}\nPostcode: {ZIP}\nEmergency contact: {P2} ({PH})',
    'Patient address on file: {ST}, {CITY}. Home visit booked for {DT}.',
    'The parcel was left at {ST} instead of my flat. Very disappointed with {ORG}. Order {ORDER}.',
    'Our new {CITY} office is at {ST}, third floor, next to the {BRAND} showroom.',
    'Pickup: {ORG}, {ST}, {CITY}\nDrop-off: {ST2}, {CITY2}\nDriver: {FN}',
  ];
  T.pattern.en = [
    'Payment declined for card {CC} (order {ORDER}, {AMT}). Please try another card.',
    'Please wire the deposit to IBAN {IBAN}, quoting reference {INV}.',
    'SSN: {SSN}\nEmployer ID (EIN): {EIN}\nTax year: {YEAR}',
    'Failed login from {IP} at {TS} (Chrome {VER}). If this was not you, reset your password.',
    'Card: {CC}  Exp: {EXP}  CVV: {CVV}',
    'Bank details | Account holder: {ORG} | IBAN: {IBAN} | BIC: {BIC}',
    'W-2 correction: employee SSN {SSN}, box 1 wages {AMT}.',
    '{IP} - - [{TSLOG}] "GET /api/v2/orders/{ORDER} HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
    'Call me back at {PH}, or text {PH2} after six.',
    'Your verification code was sent to {PH}. It expires in 10 minutes. Ref {TICKET}.',
    'Contact: {EM} | Tel. {PH} | Invoice {INV}',
    'Allow-listed addresses for the VPN: {IP}, {IP2}',
    'SEPA direct debit mandate {MANDATE}: debtor IBAN {IBAN}, first collection {AMT}.',
    'Paid with {SCHEME} {CC}, authorisation code {AUTH}, terminal {TID}.',
    'please dont share this anywhere: my social is {SSN} and the card is {CC}',
    'Refund of {AMT} issued to {IBAN} for invoice {INV}.',
    'Send the signed copy to {EM} or fax {PH}.',
    'ALERT host db-{N} unreachable from {IP} since {TS}',
  ];
  T.negative.en = [
    'Order {ORDER} shipped via {CARRIER}; tracking number {TRACK}. Total charged: {AMT}.',
    'Release notes for {PROD} {VER}: fixed a crash on startup, faster sync. Build {BUILD}.',
    '{HEAD}\n\nItem 4: replace the {EPON} in the training room before Q3 {YEAR}.',
    'Invoice {INV} from {ORG}: {AMT} due within 30 days. PO number {PO}.',
    'We stayed at the {BRAND} hotel near {PLACEP}. Great breakfast, noisy rooms.',
    'Reference number {NOLUHN}. Please keep this for your records.',
    'Part no. {PHLIKE}, qty {QTY}, unit price {AMT}',
    'Server rebooted at {TS}; uptime 99.97% over the last {N} days.',
    'ISBN {ISBN}, {YEAR} edition, published by {ORG}.',
    'SKU {EAN} | {PROD} | {AMT} | in stock: {QTY}',
    '{BRAND} recalls {N} units of its {PROD} made between March and June {YEAR}.',
    'Flight {FLIGHT} to {CITY} departs from gate B{QTY} at {TIME}.',
    'The {ORG} board approved a budget of {AMT} for {YEAR}.',
    'Customer account {ACCT} merged into {ACCT2}. No action needed.',
    '{HEAD}\n1. {PROD}\n2. {PROD2}\n3. {PROD3}',
    'Meet at {PLACEP} station, exit 4, then take the {BRAND} shuttle.',
    'Tip: set MAX_CONNECTIONS=2048 and restart {PROD} {VER} after editing the config.',
    'Booking {PNR} confirmed: {QTY} nights in {CITY}, total {AMT}.',
    'sku,product,price,stock\n{EAN},{PROD},{AMT},{QTY}\n{EAN2},{PROD2},{AMT2},{QTY2}',
    'Call volume peaked at {N} calls per hour on Monday; average handle time 6:42.',
    '{TICKER} closed at {AMT}, up 2.4% after the {BRAND} deal.',
    'The {PROD} by {BRAND} is worth every penny. Five stars, would recommend to anyone in {CITY}.',
    'The {EPON} in room 3 needs checking before the {HEAD} audit.',
    'Shipment weight 12.4 kg, 40x30x20 cm, customs tariff code {HS}, tracking {TRACK}.',
    'Case {TICKET} closed: duplicate of {TICKET2}. Linked change {PHLIKE}.',
    '{ORG} and {ORG2} sign a {AMT} supply agreement for {PROD}.',
    'Welcome to {PLACEP}! Free Wi-Fi: network "{BRAND} Guest", valid until {TIME}.',
    'Firmware {BUILD} is rolling out to {PROD} units in {CITY} this week.',
    'Your {BRAND} warranty covers the {PROD} until December {YEAR}. Serial {NOLUHN}.',
    '{HEAD}: doors open at {TIME}, {PLACEP} hall, tickets {AMT}.',
  ];
  // Native-language templates.
  const NT = {
    de: {
      person: ['Guten Tag {P},\nIhr Termin am {DT} um {TIME} Uhr ist bestätigt. Rückfragen gern unter {PH}.\nMit freundlichen Grüßen\n{P2}\n{ORG}',
        'Personalbogen\nName: {P}\nGeburtsdatum: {DOB}\nE-Mail: {EM}\nEintritt: {DT}'],
      address: ['Lieferadresse: {P}, {ST}, {ZIP} {CITY}', 'Bitte ab sofort an die neue Anschrift liefern: {ST}, {ZIP} {CITY}. Danke, {FN}'],
      negative: ['Bestellnummer {ORDER}: {PROD} von {ORG}, Gesamtbetrag {AMT}. Sendungsnummer {TRACK}.',
        'Rechnung {INV} – Zahlungsziel 14 Tage. Der {BRAND}-Kundendienst in {CITY} ist informiert.'],
    },
    fr: {
      person: ['Bonjour {P},\nvotre rendez-vous du {DT} est confirmé. Pour toute question : {PH}.\nCordialement,\n{P2}',
        'Nom : {P}\nDate de naissance : {DOB}\nCourriel : {EM}'],
      address: ['Adresse de livraison : {ST}, {ZIP} {CITY}', 'Merci d\'envoyer la facture à {ORG}, {ST}, {ZIP} {CITY}.'],
      negative: ['Commande n° {ORDER} expédiée par {ORG}. Numéro de suivi : {TRACK}. Montant : {AMT}.',
        'Le {PROD} de {BRAND} est disponible à {CITY} dès maintenant, version {VER}.'],
    },
    es: {
      person: ['Hola {P}, tu cita es el {DT} a las {TIME}. Si necesitas cambiarla, llama al {PH}.',
        'Nombre: {P}\nFecha de nacimiento: {DOB}\nCorreo: {EM}'],
      address: ['Dirección de envío: {ST}, {ZIP} {CITY}', 'El paquete para {P} se entregó en {ST}, {CITY}.'],
      negative: ['Pedido {ORDER} de {ORG} enviado. Número de seguimiento: {TRACK}. Total: {AMT}.',
        'Factura {INV}: {PROD}, {QTY} unidades, {AMT}.'],
    },
    pt: {
      person: ['Olá {P}, sua consulta está marcada para {DT}. Dúvidas: {PH}.', 'Nome completo: {P}\nData de nascimento: {DOB}\nE-mail: {EM}'],
      address: ['Endereço de entrega: {ST}, {CITY} - CEP {ZIP}', 'Destinatário: {P}\n{ST}\n{CITY}'],
      negative: ['Pedido nº {ORDER} da {ORG} foi enviado. Código de rastreio: {TRACK}.', 'Nota fiscal {INV}: {PROD}, valor {AMT}.'],
    },
    it: {
      person: ['Gentile {P}, le confermiamo l\'appuntamento del {DT}. Per informazioni: {PH}.', 'Nome e cognome: {P}\nData di nascita: {DOB}\nEmail: {EM}'],
      address: ['Indirizzo di consegna: {ST}, {ZIP} {CITY}'],
      negative: ['Ordine n. {ORDER} di {ORG} spedito. Codice di tracciamento {TRACK}. Totale {AMT}.'],
    },
    nl: {
      person: ['Beste {P}, je afspraak op {DT} is bevestigd. Vragen? Bel {PH}.', 'Naam: {P}\nGeboortedatum: {DOB}\nE-mail: {EM}'],
      address: ['Afleveradres: {ST}, {ZIP} {CITY}'],
      negative: ['Bestelling {ORDER} van {ORG} is verzonden. Track & trace: {TRACK}.'],
    },
    pl: {
      person: ['Dzień dobry, nazywam się {P}, data urodzenia {DOB}. Proszę o kontakt pod numerem {PH}.', 'Pacjent: {P}\nData przyjęcia: {DT}\nLekarz prowadzący: {P2}'],
      address: ['Adres dostawy: {ST}, {ZIP} {CITY}'],
      negative: ['Zamówienie nr {ORDER} od {ORG} zostało wysłane. Numer przesyłki: {TRACK}. Kwota: {AMT}.'],
    },
    tr: {
      person: ['Sayın {P}, {DT} tarihli randevunuz onaylandı. Bilgi için: {PH}', 'Ad Soyad: {P}\nDoğum tarihi: {DOB}\nE-posta: {EM}'],
      address: ['Teslimat adresi: {ST}, {CITY}'],
      negative: ['Sipariş no {ORDER}, {ORG} tarafından kargoya verildi. Takip numarası {TRACK}. Tutar: {AMT}'],
    },
    ru: {
      person: ['Здравствуйте! Меня зовут {P}, дата рождения {DOB}. Прошу перезвонить по номеру {PH}.',
        'Пациент: {P}\nДата поступления: {DT}\nЛечащий врач: {P2}', 'Служебная записка\nОт: {P}, {JOB}\nКому: {P2}\nE-mail: {EM}'],
      address: ['Адрес доставки: {ST}, г. {CITY}, {ZIP}. Получатель: {P}.'],
      negative: ['Заказ № {ORDER} от {ORG} передан в службу доставки. Сумма: {AMT}. Трек-номер {TRACK}.',
        'Товар «{PROD}» снова в наличии в магазине в {CITY}. Артикул {EAN}.'],
    },
    uk: {
      person: ['Доброго дня! Я {P}, мій телефон {PH}, пошта {EM}.', 'Працівник: {P}\nДата народження: {DOB}\nДата прийому: {DT}'],
      address: ['Нова адреса: {ST}, м. {CITY}. Прошу оновити дані.'],
      negative: ['Рахунок-фактура № {INV} від {ORG}. До сплати: {AMT}. Версія ПЗ {VER}.'],
    },
    el: {
      person: ['Αγαπητέ/ή {P}, το ραντεβού σας είναι στις {DT}. Τηλέφωνο επικοινωνίας: {PH}.', 'Ονοματεπώνυμο: {P}\nΗμερομηνία γέννησης: {DOB}\nEmail: {EM}'],
      address: ['Διεύθυνση αποστολής: {ST}, {ZIP} {CITY}'],
      negative: ['Η παραγγελία {ORDER} από την {ORG} στάλθηκε. Αριθμός αποστολής {TRACK}. Σύνολο {AMT}.'],
    },
    ja: {
      person: ['{P}様\nいつもお世話になっております。ご予約日は{DT}です。お問い合わせは{PH}までお願いいたします。', '氏名：{P}\n生年月日：{DOB}\nメール：{EM}'],
      address: ['お届け先：〒{ZIP} {CITY}{ST}\n{P}様'],
      negative: ['ご注文番号 {ORDER}\n{ORG}\n合計 {AMT}\nお問い合わせ伝票番号 {TRACK}'],
    },
    ko: {
      person: ['{P}님, 예약일은 {DT}입니다. 문의: {PH}', '성명: {P}\n생년월일: {DOB}\n이메일: {EM}'],
      address: ['배송지: {CITY} {ST} ({ZIP})\n받는 분: {P}'],
      negative: ['주문번호 {ORDER} 상품이 {ORG}에서 발송되었습니다. 운송장 번호 {TRACK}, 결제 금액 {AMT}.'],
    },
    zh: {
      person: ['患者姓名：{P}\n出生日期：{DOB}\n入院日期：{DT}\n联系电话：{PH}', '{P}您好，您的快递已到驿站，请凭取件码 {CODE} 领取。'],
      address: ['收货地址：{CITY}{ST}，邮编 {ZIP}，收货人：{P}'],
      negative: ['订单号：{ORDER}\n商家：{ORG}\n实付金额：{AMT}\n运单号：{TRACK}'],
    },
    he: {
      person: ['שלום {P}, התור שלך נקבע לתאריך {DT}. לפרטים: {PH}', 'שם מלא: {P}\nתאריך לידה: {DOB}\nדוא"ל: {EM}'],
      address: ['כתובת למשלוח: {ST}, {CITY}'],
      negative: ['הזמנה מספר {ORDER} מאת {ORG} נשלחה. מספר מעקב {TRACK}. סכום {AMT}.'],
    },
    ar: {
      person: ['السيد/ة {P}، موعدكم يوم {DT}. للاستفسار: {PH}', 'الاسم: {P}\nتاريخ الميلاد: {DOB}\nالبريد الإلكتروني: {EM}'],
      address: ['عنوان التوصيل: {ST}، {CITY}'],
      negative: ['رقم الطلب {ORDER} من {ORG}. المبلغ الإجمالي {AMT}. رقم التتبع {TRACK}.'],
    },
    fa: {
      person: ['نام و نام خانوادگی: {P}\nتاریخ تولد: {DOB}\nتلفن همراه: {PH}', 'جناب {P}، جلسه شما در تاریخ {DT} برگزار می‌شود.'],
      address: ['نشانی: {CITY}، {ST}'],
      negative: ['شماره سفارش {ORDER} از {ORG} ارسال شد. کد رهگیری {TRACK}. مبلغ {AMT}.'],
    },
    th: {
      person: ['เรียนคุณ{P} นัดหมายของท่านคือวันที่ {DT} ติดต่อ {PH}', 'ชื่อ-นามสกุล: {P}\nวันเกิด: {DOB}\nอีเมล: {EM}'],
      address: ['ที่อยู่จัดส่ง: {ST} {CITY} {ZIP}'],
      negative: ['หมายเลขคำสั่งซื้อ {ORDER} จาก {ORG} ยอดรวม {AMT} หมายเลขพัสดุ {TRACK}'],
    },
    ka: {
      person: ['სახელი, გვარი: {P}\nდაბადების თარიღი: {DOB}\nტელეფონი: {PH}', 'ბატონო/ქალბატონო {P}, თქვენი ვიზიტი დანიშნულია {DT}.'],
      address: ['მისამართი: {ST}, {CITY}'],
      negative: ['შეკვეთა № {ORDER}, {ORG}. თანხა: {AMT}. თრექინგის ნომერი: {TRACK}.'],
    },
    hy: {
      person: ['Անուն Ազգանուն՝ {P}\nԾննդյան ամսաթիվ՝ {DOB}\nՀեռախոս՝ {PH}', 'Հարգելի {P}, Ձեր այցը նշանակված է {DT}։'],
      address: ['Հասցե՝ {ST}, {CITY}'],
      negative: ['Պատվեր № {ORDER}, {ORG}. Գումար՝ {AMT}. Հետևման համար՝ {TRACK}.'],
    },
  };
  for (const [lang, kinds] of Object.entries(NT))
    for (const [kind, list] of Object.entries(kinds)) T[kind][lang] = list;

  // -- the set: exact shares, shuffled, locales drawn evenly --
  const plan = [];
  const share = [['person', 0.4], ['address', 0.2], ['pattern', 0.15], ['negative', 0.25]];
  for (const [kind, p] of share) for (let i = 0; i < Math.round(RECORDS * p); ++i) plan.push(kind);
  while (plan.length < RECORDS) plan.push('negative');
  plan.length = RECORDS;
  for (let i = plan.length - 1; i > 0; --i) {
    const j = rng.int(0, i);
    [plan[i], plan[j]] = [plan[j], plan[i]];
  }
  const out = plan.map((kind, i) => {
    const loc = B2_LOCALES[i % B2_LOCALES.length];
    const native = loc[1] !== 'en' && T[kind][loc[1]] && rng.chance(0.65);
    const lang = native ? loc[1] : 'en';
    const list = T[kind][lang];
    const at = rng.int(0, list.length - 1);
    return fill(`blind2-${kind}-${lang}-${at}`, loc, lang, list[at]);
  });
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the names9 probe set (--set names9) -----------------------------------
//
// People's names written in their own scripts: Arabic, Persian and Urdu
// (Arabic letters), Hebrew, Chinese (simplified and traditional), Japanese,
// Korean and Thai — after titles, labels and cues, before titles and
// honorifics (先生, さん, 님, 씨), in greetings, signatures, lists and bare in
// a sentence — and as many near-misses: sentences of the same languages with
// titles before common nouns ("السيد الرئيس", "คุณภาพ"), surname characters
// as ordinary words (王者, 李子, 张表格, 김치, 박물관), people's names inside
// places and institutions, towns (LOCATION) and firms (ORGANIZATION). Names
// come from faker's locales; templates are written from general knowledge
// of each language's everyday messages, forms and letters.
// Tokens: {P} a full name in the language's order (family name first in
// CJK and Korean), {F} a given name, {S} a family name (before a title or
// honorific), {B} an Arabic name with its nasab (X بن Y Z), {C} a firm
// (ORGANIZATION), {L} a town (LOCATION), {N} a number.

const N9_LOCALES = ['ar', 'fa', 'ur', 'he', 'zh_CN', 'zh_TW', 'ja', 'ko', 'th'];

const N9 = {
  ar: {
    neg: [
      'تم تحديث سياسة الخصوصية الخاصة بنا، يرجى مراجعة الشروط الجديدة.',
      'السيد الرئيس افتتح المؤتمر في {L} صباح اليوم.',
      'الدكتور المناوب غير متوفر حالياً، يرجى الاتصال لاحقاً.',
      'وصلت الشحنة إلى {L} وسيتم التسليم خلال يومين.',
      'أعلنت شركة {C} عن أرباح قياسية هذا العام.',
      'الخصم يصل إلى {N} ريال على جميع المنتجات هذا الأسبوع.',
      'يرجى إرسال الفاتورة رقم {N} إلى قسم المحاسبة.',
      'الاجتماع الأسبوعي لفريق التسويق يوم الأحد الساعة العاشرة.',
      'جامعة الملك سعود تعلن عن مواعيد التسجيل للفصل القادم.',
      'شارع الملك فهد مزدحم جداً الآن بسبب الحادث.',
      'عيد مبارك وكل عام وأنتم بخير!',
      'كلمة المرور الجديدة يجب أن تحتوي على ثمانية أحرف على الأقل.',
      'الأستاذ الجامعي يجب أن ينشر بحثين كل عام.',
      'مطار {L} الدولي أعلن عن تأخير بعض الرحلات.',
      'نرجو من جميع الموظفين حضور الدورة التدريبية يوم الخميس.',
      'تم إلغاء الطلب بناءً على رغبة العميل.',
      'السادة أعضاء مجلس الإدارة المحترمين، تجدون مرفقاً جدول الأعمال.',
      'قهوة عربية وتمر وكعك للضيوف.',
    ],
    pos: [
      'مرحباً {F}، هل أرسلت التقرير؟',
      'الاسم: {P}\nالمدينة: {L}',
      'السيد {P} سيحضر الاجتماع غداً.',
      'السيدة {P} مديرة قسم المبيعات.',
      'الدكتور {P} في العيادة يوم الثلاثاء.',
      'مع خالص التحيات،\n{P}',
      'اسمي {P} وأحتاج مساعدة في حسابي.',
      'عزيزي {F}،\nشكراً على رسالتك.',
      'الحضور: {P}، {P}، {P}',
      '{P} انضم إلى فريقنا في {L}.',
      'المستفيد: {B}',
      'الأستاذ {P} سيقدم المحاضرة.',
      'تحدثت مع {P} أمس بخصوص العقد.',
      'الاسم الكامل: {B}',
    ],
  },
  fa: {
    neg: [
      'جلسه هفتگی تیم فروش روز شنبه ساعت ده برگزار می‌شود.',
      'آقای رئیس جمهور امروز به {L} سفر کرد.',
      'خانم دکتر امروز در مطب نیستند.',
      'شرکت {C} قرارداد جدیدی امضا کرد.',
      'سفارش شماره {N} ارسال شد.',
      'بیمارستان امام خمینی در خیابان کشاورز است.',
      'نوروز مبارک! سال نو بر شما خجسته باد.',
      'لطفاً رمز عبور خود را تغییر دهید.',
      'دانشگاه تهران ثبت‌نام ترم جدید را آغاز کرد.',
      'قیمت دلار امروز در بازار {L} افزایش یافت.',
      'مهندس ناظر باید گزارش را تایید کند.',
      'کارمندان محترم، فردا اداره تعطیل است.',
      'هوای {L} امروز آلوده است.',
      'کتاب جدید در کتابخانه مرکزی موجود است.',
      'ارسال رایگان برای خریدهای بالای {N} تومان.',
    ],
    pos: [
      'سلام {F} جان، گزارش را فرستادی؟',
      'آقای {P} فردا به جلسه می‌آیند.',
      'خانم {P} مدیر بخش فروش هستند.',
      'دکتر {S} امروز در مطب هستند.',
      'نام و نام خانوادگی: {P}\nشهر: {L}',
      'با احترام،\n{P}',
      'اسم من {P} است و به کمک نیاز دارم.',
      'جناب آقای {P}',
      'مهندس {P} نقشه‌ها را فرستاد.',
      'شرکت‌کنندگان: {P}، {P} و {P}',
      '{P} دیروز به {L} رفت.',
      'نام: {P}',
    ],
  },
  ur: {
    neg: [
      'ہفتہ وار میٹنگ پیر کو صبح دس بجے ہوگی۔',
      'کمپنی {C} نے نیا معاہدہ کیا ہے۔',
      'آرڈر نمبر {N} روانہ کر دیا گیا ہے۔',
      'عید مبارک! آپ سب کو دلی مبارکباد۔',
      'علامہ اقبال ٹاؤن میں بجلی بند ہے۔',
      'براہ کرم اپنا پاس ورڈ تبدیل کریں۔',
      'ڈاکٹر صاحب آج کلینک میں نہیں ہیں۔',
      'جناح ہسپتال کی ایمرجنسی بند ہے۔',
      '{L} میں آج بارش کا امکان ہے۔',
      'تمام ملازمین سے گزارش ہے کہ وقت پر دفتر پہنچیں۔',
      'نئی قیمتوں کا اطلاق اگلے مہینے سے ہوگا۔',
      'محترم صارف، آپ کا بل جمع ہو گیا ہے۔',
    ],
    pos: [
      'السلام علیکم {F} صاحب، رپورٹ بھیج دیں۔',
      'محترمہ {P} اجلاس میں شرکت کریں گی۔',
      'جناب {P} کل دفتر آئیں گے۔',
      'نام: {P}\nشہر: {L}',
      'میرا نام {P} ہے۔',
      'ڈاکٹر {P} سے ملاقات کا وقت منگل کو ہے۔',
      'شکریہ،\n{P}',
      'شرکاء: {P}، {P} اور {P}',
      '{P} نے کل فون کیا تھا۔',
      'والد کا نام: {P}',
    ],
  },
  he: {
    neg: [
      'הישיבה השבועית של צוות המכירות תתקיים ביום ראשון.',
      'חברת {C} הודיעה על רווחים שיא.',
      'ההזמנה מספר {N} נשלחה היום.',
      'חג שמח לכל הלקוחות שלנו!',
      'בית החולים איכילוב פתח מחלקה חדשה.',
      'רחוב הרצל סגור לתנועה בגלל עבודות.',
      'נא לעדכן את הסיסמה שלך.',
      'ד"ר המשמרת לא זמין כרגע.',
      'הטיסה ל{L} נדחתה בשעתיים.',
      'אוניברסיטת תל אביב פתחה את ההרשמה.',
      'המשלוח יגיע תוך שלושה ימי עסקים.',
      'מבצע סוף העונה: הנחה על כל המוצרים.',
      'מזג האוויר ב{L} יהיה חם מחר.',
    ],
    pos: [
      'היי {F}, שלחת את הדוח?',
      'שם: {P}\nעיר: {L}',
      'שם מלא: {P}',
      'מר {P} יגיע לפגישה מחר.',
      'גב\' {P} מנהלת את מחלקת המכירות.',
      'ד"ר {P} מקבל ביום שלישי.',
      'בברכה,\n{P}',
      'קוראים לי {P} ואני צריך עזרה.',
      'משתתפים: {P}, {P}, {P}',
      'דיברתי עם {P} אתמול.',
      'עו"ד {P} ייצג את החברה.',
      'שלום {F}, מה שלומך?',
    ],
  },
  zh_CN: {
    neg: [
      '王者荣耀今晚有新活动。',
      '李子和苹果都在打折。',
      '请把这张表格填好，然后交给前台。',
      '这栋楼很高，黄色的外墙很显眼。',
      '金价今天又涨了，马上去买。',
      '周末我们去森林公园散步。',
      '本周的销售会议改到周四下午。',
      '{C}宣布与合作伙伴签署协议。',
      '订单号{N}已发货，请注意查收。',
      '欢迎光临，全场商品八折优惠。',
      '中山公园周末人很多。',
      '我们在{L}开了新的分店。',
      '老师说明天考试，同学们要好好复习。',
      '方便的话请回电话。',
      '高速公路上发生了交通事故。',
      '张家界的风景非常美。',
      '白天很热，晚上很凉快。',
      '林业局发布了防火通知。',
      '经理已经批准了这份报告。',
      '先生们女士们，欢迎参加年会。',
    ],
    pos: [
      '{P}先生，您好！',
      '{S}先生明天来开会。',
      '{S}女士，您的快递到了。',
      '我叫{P}，请多关照。',
      '姓名：{P}\n城市：{L}',
      '联系人：{P}',
      '收件人：{P}，电话见下方。',
      '亲爱的{P}：\n感谢您的来信。',
      '{P}老师今天请假。',
      '{P}经理已经批准了这份报告。',
      '参会人员：{P}、{P}、{P}',
      '今天下午{P}会来公司面试。',
      '此致\n敬礼\n{P}',
      '{S}总，合同已经发给您了。',
      '我和{P}是大学同学。',
    ],
  },
  zh_TW: {
    neg: [
      '王者榮耀今晚有新活動。',
      '請把這張表格填好，然後交給櫃檯。',
      '週末我們去森林公園散步。',
      '{C}宣布與合作夥伴簽署協議。',
      '訂單編號{N}已出貨，請注意查收。',
      '中正紀念堂週末人很多。',
      '我們在{L}開了新的分店。',
      '高鐵今天誤點了半小時。',
      '黃色的雨傘放在門口。',
      '老師說明天考試。',
    ],
    pos: [
      '{S}先生明天來開會。',
      '{P}小姐，您好！',
      '我叫{P}，請多指教。',
      '姓名：{P}\n城市：{L}',
      '聯絡人：{P}',
      '收件人：{P}',
      '{P}老師今天請假。',
      '與會人員：{P}、{P}、{P}',
      '{P}經理已經核准了報告。',
    ],
  },
  ja: {
    neg: [
      '来週の会議は木曜日の午後に変更になりました。',
      '{C}は新製品を発表しました。',
      '注文番号{N}の商品を発送しました。',
      '新宿駅から徒歩五分です。',
      '先生、質問があります。',
      'お客様各位、年末年始の営業時間のお知らせです。',
      '山田町の図書館は月曜休館です。',
      '明けましておめでとうございます。今年もよろしくお願いします。',
      '{L}で新しい店舗を開きました。',
      '高速道路で事故があり、渋滞しています。',
      '本日のおすすめは焼き魚定食です。',
      '中央線が遅れているので少し遅れます。',
      '部長はただいま席を外しております。',
      'パスワードを変更してください。',
    ],
    pos: [
      '{S}さん、資料を送りました。',
      '{P}様\nいつもお世話になっております。',
      '{S}先生の授業は月曜日です。',
      '氏名：{P}\n住所：{L}',
      '担当：{P}',
      '私は{P}と申します。',
      '{P}さんと{P}さんが来ました。',
      '{S}部長に確認します。',
      '出席者：{P}、{P}、{P}',
      '{S}くん、宿題は終わった？',
      '名前：{P}',
      '昨日{P}さんから電話がありました。',
    ],
  },
  ko: {
    neg: [
      '이메일 주소를 확인해 주세요.',
      '정보를 업데이트했습니다.',
      '한국어 수업은 월요일에 있습니다.',
      '조사가 끝나면 결과를 알려드리겠습니다.',
      '이번 주 회의는 목요일 오후로 변경되었습니다.',
      '{C}에서 새로운 제품을 출시했습니다.',
      '주문번호 {N} 상품이 발송되었습니다.',
      '김치찌개와 불고기를 주문했습니다.',
      '박물관은 월요일에 휴관합니다.',
      '최근에 이사했습니다.',
      '안내 데스크는 1층에 있습니다.',
      '신제품 출시 기념 할인 행사!',
      '강남역 근처에서 만나요.',
      '정말 감사합니다. 선생님 덕분입니다.',
      '장바구니에 담긴 상품을 확인하세요.',
      '세종대왕 동상 앞에서 만나요.',
      '{L}에 새 지점을 열었습니다.',
      '고객님, 배송이 지연되어 죄송합니다.',
      '오늘 날씨가 정말 좋네요.',
      '이번 주말에 한강공원에 가요.',
      '조금만 기다려 주세요.',
      '유리창을 닦아야 해요.',
    ],
    pos: [
      '{P}님, 안녕하세요.',
      '{P} 씨는 오늘 휴가입니다.',
      '이름: {P}\n주소: {L}',
      '성명: {P}',
      '담당자: {P}',
      '저는 {P}입니다.',
      '{P} 선생님께 연락드렸습니다.',
      '{P} 과장님이 보고서를 승인했습니다.',
      '참석자: {P}, {P}, {P}',
      '{P}에게 전달해 주세요.',
      '{S} 교수님 수업은 화요일입니다.',
      '감사합니다.\n{P} 드림',
      '안녕하세요, {P} 대리입니다.',
    ],
  },
  th: {
    neg: [
      'คุณภาพของสินค้าดีมาก',
      'คุณสมบัติของผู้สมัครมีดังนี้',
      'นายจ้างต้องจ่ายเงินเดือนตรงเวลา',
      'นางพยาบาลกำลังตรวจผู้ป่วย',
      'การประชุมประจำสัปดาห์จะจัดขึ้นในวันจันทร์',
      'บริษัท {C} ประกาศผลกำไรสูงสุด',
      'หมายเลขคำสั่งซื้อ {N} ถูกจัดส่งแล้ว',
      'สวัสดีปีใหม่ ขอให้มีความสุขมาก ๆ',
      'โรงพยาบาลจุฬาลงกรณ์อยู่ใกล้สถานีสามย่าน',
      'กรุณาเปลี่ยนรหัสผ่านของคุณ',
      'คุณช่วยส่งเอกสารให้หน่อยได้ไหม',
      'พรุ่งนี้ฝนจะตกที่{L}',
      'ขอบคุณที่ใช้บริการของเรา',
      'นายกรัฐมนตรีเดินทางไปต่างประเทศ',
      'คุณแม่ของฉันทำอาหารอร่อยมาก',
    ],
    pos: [
      'คุณ{F} ส่งรายงานแล้วหรือยังคะ',
      'สวัสดีค่ะ คุณ{F}',
      'นาย{P} จะมาประชุมพรุ่งนี้',
      'นางสาว{P} เป็นผู้จัดการฝ่ายขาย',
      'ชื่อ: {P}\nเมือง: {L}',
      'ชื่อ-นามสกุล: {P}',
      'ผมชื่อ{F}ครับ',
      'ดร.{P} จะบรรยายในวันอังคาร',
      'ผู้เข้าร่วม: {P}, {P} และ {P}',
      'ขอแสดงความนับถือ\n{P}',
      'ติดต่อคุณ{P} ได้ที่สำนักงาน',
    ],
  },
};

// A name in the locale's script and order.
function n9Name(f, locale) {
  const sex = rng.pick(['female', 'male']);
  const first = f.person.firstName(sex);
  const last = f.person.lastName(sex);
  let full = `${first} ${last}`;
  if (locale === 'ko' || locale.startsWith('zh')) full = `${last}${first}`;
  else if (locale === 'ja') full = `${last}${rng.pick(['', '', ' ', '\u3000'])}${first}`;
  return { first, last, full };
}

function n9Fill(r, template, f, locale) {
  for (const piece of template.split(/(\{[A-Za-z]\})/)) {
    if (!/^\{[A-Za-z]\}$/.test(piece)) {
      if (piece) r.t(piece);
      continue;
    }
    const k = piece[1];
    const p = n9Name(f, locale);
    if (k === 'P') r.e('PERSON', p.full);
    else if (k === 'F') r.e('PERSON', p.first);
    else if (k === 'S') r.e('PERSON', p.last);
    else if (k === 'B') r.e('PERSON', `${p.first} ${rng.pick(['بن', 'بنت'])} ${n9Name(f, locale).first} ${p.last}`);
    else if (k === 'C') r.e('ORGANIZATION', company(f));
    else if (k === 'L') r.e('LOCATION', city(f));
    else r.t(String(rng.int(1000, 99999)));
  }
  return r;
}

function names9Record(i) {
  const locale = rng.pick(N9_LOCALES);
  const f = allFakers[locale];
  const positive = i % 2 === 1;
  const r = new Record(positive ? 'names9_person' : 'names9_negative', locale);
  return n9Fill(r, rng.pick(positive ? N9[locale].pos : N9[locale].neg), f, locale);
}

if (SET === 'names9') {
  const out = [];
  while (out.length < RECORDS) out.push(names9Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the orgs10 probe set (--set orgs10) -----------------------------------
//
// Firms, towns and streets that faker builds from people's names, in every
// faker locale: "Langosh and Sons", "Durand et Aubert", "Leclerc SEM",
// "Darteh Venture", "Հայրապետյան and Sons", "სსიპ ხარხელაური", "QSC Bəxtiyar",
// "South Ellieport", "Raionul Elizaveta", "Արևմտյան Գրիգորյան", "Asamoa
// Street", "Moreau de la Huchette" — labelled ORGANIZATION and LOCATION, in
// the sentences business mail, invoices, CRM notes, news and forms put them
// in (English carriers, and French, German, Spanish, Russian ones), half of
// the records with a person of the same locale beside them (so a rule that
// drops names inside firms must keep the people). Job titles are TITLE.
// Tokens: {C} a firm, {L} a town, {R} a street's name (no number), {J} a job
// title, {P} a person's full name, {F} a given name, {N} a number.

const O10_LOCALES = Object.keys(allFakers).filter((l) => l !== 'base' && l !== 'en_BORK' && l !== 'dv');

const O10_NEG = {
  en: [
    'We signed the supply contract with {C} last week.',
    'Invoice #{N} from {C} is attached.',
    '{C} announced record revenue for the third quarter.',
    'Shares of {C} fell 4% after the report.',
    'Our account manager at {C} has changed.',
    'Vendor: {C}\nCategory: Office supplies\nTerms: Net 30',
    'The office in {L} opens at 9am.',
    'Shipment left {L} this morning and should arrive Friday.',
    'Branch: {L}\nRegion: North',
    'Traffic on {R} is heavy today.',
    'The new café on {R} is great.',
    'They are repaving {R} this weekend.',
    '{C} is hiring a {J} in {L}.',
    'Position: {J}\nCompany: {C}\nLocation: {L}',
    'Thanks to everyone at {C} for a great partnership!',
    'Merger talks between {C} and {C} stalled.',
    'Please route all {C} tickets to the {L} team.',
    'Conference venue: {C} Center, {L}',
    'Customer: {C}\nSegment: Enterprise\nOwner: Sales',
    'Re: renewal of the {C} licence',
    'Can you send me the {C} deck before the call?',
    'Our {L} warehouse is closed for inventory.',
    '{C} vs {C}: which supplier is cheaper?',
    'Payment received from {C} — thank you.',
    'The {L} marathon passes along {R}.',
    'Weather alert for {L} and surrounding areas.',
    'Job title: {J}',
    'Reported by the {J} at {C}.',
  ],
  fr: [
    'Le contrat avec {C} a été signé hier.',
    'Facture n° {N} de {C} ci-jointe.',
    'La société {C} ouvre un bureau à {L}.',
    'Les travaux sur {R} commencent lundi.',
    'Fournisseur : {C}\nVille : {L}',
    'Réunion chez {C} à {L} jeudi.',
  ],
  de: [
    'Der Vertrag mit {C} wurde gestern unterschrieben.',
    'Rechnung Nr. {N} von {C} anbei.',
    'Die Firma {C} eröffnet eine Filiale in {L}.',
    'Die {R} ist wegen Bauarbeiten gesperrt.',
    'Lieferant: {C}\nOrt: {L}',
  ],
  es: [
    'El contrato con {C} se firmó ayer.',
    'Factura n.º {N} de {C} adjunta.',
    'La empresa {C} abre una oficina en {L}.',
    'Proveedor: {C}\nCiudad: {L}',
  ],
  ru: [
    'Договор с {C} подписан вчера.',
    'Счёт № {N} от {C} во вложении.',
    'Компания {C} открывает офис в {L}.',
    'Поставщик: {C}\nГород: {L}',
  ],
};

const O10_POS = [
  '{P} from {C} will visit our {L} office.',
  'Contact: {P}, {J} at {C}',
  'Hi {F}, the {C} contract is ready for signature.',
  'Meeting with {P} ({C}) moved to Tuesday.',
  '{P} joined {C} as {J}.',
  'Best regards,\n{P}\n{J}\n{C}\n{L}',
  'Customer: {C}\nContact person: {P}\nCity: {L}',
  'I spoke with {P} about the {C} renewal.',
  '{P} lives on {R} in {L}.',
  'Account owner: {P}\nCompany: {C}',
  'Bonjour {F}, le contrat avec {C} est prêt.',
  'Sehr geehrte Frau {P}, anbei das Angebot von {C}.',
  'Hola {F}, la factura de {C} está lista.',
  'Здравствуйте, {P}! Договор с {C} готов.',
];

// Fills a template of the orgs10 and loc11 sets: {C} a firm, {L} a town,
// {R} a street's name, {J} a job title, {N} a number from `numberFrom`, {P}
// a full name and {F} its given name (one person a record), {ORG:…} and
// {LOC:…} fixed labelled text.
function fillNamed(r, template, f, numberFrom) {
  const name = () => {
    const sex = rng.pick(['female', 'male']);
    return [f.person.firstName(sex), f.person.lastName(sex)];
  };
  let person = null;
  for (const piece of template.split(/(\{[A-Z]+(?::[^}]*)?\})/)) {
    if (piece === '{C}') r.e('ORGANIZATION', company(f));
    else if (piece === '{L}') r.e('LOCATION', city(f));
    else if (piece === '{R}') r.e('LOCATION', f.location.street());
    else if (piece === '{J}') r.e('TITLE', jobTitle(f));
    else if (piece === '{N}') r.t(String(rng.int(numberFrom, 99999)));
    else if (piece === '{P}') {
      person = person ?? name();
      r.e('PERSON', `${person[0]} ${person[1]}`);
    } else if (piece === '{F}') {
      person = person ?? name();
      r.e('PERSON', person[0]);
    } else if (piece.startsWith('{ORG:')) r.e('ORGANIZATION', piece.slice(5, -1));
    else if (piece.startsWith('{LOC:')) r.e('LOCATION', piece.slice(5, -1));
    else if (piece) r.t(piece);
  }
  return r;
}

function orgs10Record(i) {
  const locale = O10_LOCALES[i % O10_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));  // each record its own draw (every locale's faker starts at one seed)
  if (i % 3 === 2) return fillNamed(new Record('orgs10_person', locale), rng.pick(O10_POS), f, 1000);
  const lang = rng.chance(0.7) ? 'en' : rng.pick(['fr', 'de', 'es', 'ru']);
  return fillNamed(new Record('orgs10_negative', locale), rng.pick(O10_NEG[lang]), f, 1000);
}

if (SET === 'orgs10') {
  const out = [];
  while (out.length < RECORDS) out.push(orgs10Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the loc11 probe set (--set loc11) -------------------------------------
//
// Everyday messages in the languages of six locales whose PERSON figures lag
// (Azerbaijani, Armenian and Georgian in their scripts, Moldovan Romanian,
// Canadian French, Ghanaian English): people after each language's cues
// ("Mənim adım", "Իմ անունը", "ჩემი სახელია", "Mă numesc", "Je m'appelle"),
// titles ("cənab", "Պարոն", "ბატონი", "Domnul", "Madam") and in signatures,
// beside as many sentences with none — capitalised words of those languages
// opening a sentence, towns, firms, and streets, schools and institutions
// named after people ("Nizami küçəsi", "Աբովյան փողոց", "რუსთაველის
// გამზირი", "boulevard René-Lévesque", "Kwame Nkrumah Avenue"). Templates
// written from general knowledge of each language's messages and forms.
// Tokens: {P} a full name, {F} a given name, {C} a firm (ORGANIZATION), {L}
// a town (LOCATION), {N} a number, {ORG:…} and {LOC:…} fixed labelled text.

const L11 = {
  az: {
    neg: [
      'Sabah Bakıda görüşərik.',
      'Bu gün hava çox istidir.',
      'Hörmətli müştərilər, mağazamız bazar günü bağlıdır.',
      'Novruz bayramınız mübarək!',
      'Sifariş nömrəsi {N} təsdiqləndi.',
      'Görüş {L} şəhərində saat 10-da olacaq.',
      '{C} yeni filial açdı.',
      'Təşəkkür edirik, müraciətiniz qəbul olundu.',
      '{ORG:Bakı Dövlət Universiteti} qeydiyyatı elan edir.',
      '{LOC:Nizami küçəsi} bu gün bağlıdır.',
      '{ORG:Heydər Əliyev Mərkəzi} yeni sərgi açır.',
      'Qiymət {N} manatdır.',
      'Yeni il tətili yanvarın 1-dən başlayır.',
      'Zəhmət olmasa, sənədləri e-poçtla göndərin.',
      'Azərbaycan milli komandası qalib gəldi.',
      'Cümə günü iclas olacaq.',
      'Səbriniz üçün təşəkkürlər!',
      'Metro stansiyası {LOC:28 May} təmirə bağlanıb.',
    ],
    pos: [
      'Mənim adım {P}.',
      'Salam, mən {P}, {L} şəhərindənəm.',
      'Hörmətli {P},\nməktubunuz üçün təşəkkür edirik.',
      'Cənab {P} iclasda iştirak edəcək.',
      '{F} xanım bu gün ofisdə deyil.',
      '{F} bəy sabah gələcək.',
      'Əlaqə şəxsi: {P}',
      'Hörmətlə,\n{P}',
      'Müraciət edən: {P}',
      '{P} {C} şirkətində işləyir.',
      'Dünən {P} ilə danışdım.',
      'Ad, soyad: {P}',
    ],
  },
  hy: {
    neg: [
      'Վաղը կհանդիպենք Երևանում։',
      'Այսօր եղանակը շատ տաք է։',
      'Հարգելի հաճախորդներ, խանութը կիրակի օրը փակ է։',
      'Պատվեր համար {N}-ը հաստատված է։',
      'Հանդիպումը տեղի կունենա {L} քաղաքում ժամը 10-ին։',
      '{C} ընկերությունը բացեց նոր մասնաճյուղ։',
      'Շնորհակալություն, ձեր դիմումը ընդունված է։',
      '{ORG:Երևանի պետական համալսարան}ում գրանցումը սկսվում է։',
      '{LOC:Աբովյան փողոց}ում խցանում է։',
      'Գինը {N} դրամ է։',
      'Ամանորի արձակուրդը սկսվում է հունվարի 1-ից։',
      'Խնդրում ենք փաստաթղթերը ուղարկել էլ. փոստով։',
      'Հայաստանի հավաքականը հաղթեց։',
      'Ուրբաթ օրը ժողով կլինի։',
      'Ընկերությունը հայտարարեց նոր ծառայության մասին։',
      '{LOC:Մաշտոցի պողոտան} փակ է վերանորոգման պատճառով։',
      'Շնորհավոր Ամանոր և Սուրբ Ծնունդ։',
    ],
    pos: [
      'Իմ անունը {P} է։',
      'Բարև, ես {P} եմ, {L}-ից։',
      'Հարգելի {P},\nշնորհակալություն ձեր նամակի համար։',
      'Պարոն {P} կմասնակցի ժողովին։',
      'Տիկին {P} այսօր գրասենյակում չէ։',
      'Կոնտակտային անձ՝ {P}',
      'Հարգանքով՝\n{P}',
      'Դիմող՝ {P}',
      '{P} աշխատում է {C} ընկերությունում։',
      'Երեկ խոսեցի {P}-ի հետ։',
      'Անուն, ազգանուն՝ {P}',
    ],
  },
  ka_GE: {
    neg: [
      'ხვალ თბილისში შევხვდებით.',
      'დღეს ამინდი ძალიან ცხელია.',
      'ძვირფასო მომხმარებლებო, მაღაზია კვირას დაკეტილია.',
      'შეკვეთა ნომერი {N} დადასტურებულია.',
      'შეხვედრა გაიმართება ქალაქ {L}ში ათ საათზე.',
      '{C} ახალ ფილიალს ხსნის.',
      'გმადლობთ, თქვენი განაცხადი მიღებულია.',
      '{ORG:თბილისის სახელმწიფო უნივერსიტეტ}ში რეგისტრაცია იწყება.',
      '{LOC:რუსთაველის გამზირ}ზე საცობია.',
      'ფასი {N} ლარია.',
      'საახალწლო არდადეგები იანვრის პირველიდან იწყება.',
      'გთხოვთ, დოკუმენტები ელფოსტით გამოგზავნოთ.',
      'საქართველოს ნაკრებმა გაიმარჯვა.',
      'პარასკევს კრება იქნება.',
      'კომპანია გთავაზობთ ახალ ინფორმაციას.',
      'ინფორმაცია, ისტორია და აკადემია ერთ შენობაშია.',
      'გილოცავთ შობას და ახალ წელს!',
    ],
    pos: [
      'ჩემი სახელია {P}.',
      'გამარჯობა, მე ვარ {P}, {L}დან.',
      'პატივცემულო {P},\nგმადლობთ წერილისთვის.',
      'ბატონი {P} დაესწრება კრებას.',
      'ქალბატონი {P} დღეს ოფისში არ არის.',
      'საკონტაქტო პირი: {P}',
      'პატივისცემით,\n{P}',
      'განმცხადებელი: {P}',
      '{P} მუშაობს კომპანიაში {C}.',
      'გუშინ {P} დავურეკე.',
      'სახელი, გვარი: {P}',
    ],
  },
  ro_MD: {
    neg: [
      'Mâine ne întâlnim la Chișinău.',
      'Astăzi este foarte cald.',
      'Stimați clienți, magazinul este închis duminică.',
      'Comanda numărul {N} a fost confirmată.',
      'Întâlnirea va avea loc în {L} la ora 10.',
      '{C} a deschis o filială nouă.',
      'Vă mulțumim, cererea dumneavoastră a fost înregistrată.',
      '{ORG:Universitatea de Stat din Moldova} anunță înscrierile.',
      'Pe {LOC:strada Ștefan cel Mare} este ambuteiaj.',
      'Prețul este {N} lei.',
      'Vacanța de iarnă începe pe 1 ianuarie.',
      'Vă rugăm să trimiteți documentele prin e-mail.',
      'Naționala Moldovei a câștigat meciul.',
      'Vineri avem ședință.',
      'Mulțumim pentru răbdare!',
      '{ORG:Liceul Teoretic Mihai Eminescu} organizează o conferință.',
      'Sărbători fericite și La mulți ani!',
    ],
    pos: [
      'Mă numesc {P}.',
      'Bună ziua, sunt {P} din {L}.',
      'Stimate domnule {P},\nvă mulțumim pentru scrisoare.',
      'Doamna {P} nu este azi la birou.',
      'Domnul {P} va participa la ședință.',
      'Persoană de contact: {P}',
      'Cu stimă,\n{P}',
      'Solicitant: {P}',
      '{P} lucrează la {C}.',
      'Ieri am vorbit cu {P}.',
      'Nume, prenume: {P}',
    ],
  },
  fr_CA: {
    neg: [
      'Demain, on se rejoint à Montréal.',
      "Il fait vraiment chaud aujourd'hui.",
      'Chers clients, le magasin est fermé dimanche.',
      'La commande no {N} est confirmée.',
      'La rencontre aura lieu à {L} à 10 h.',
      '{C} ouvre une nouvelle succursale.',
      'Merci, votre demande a été reçue.',
      "{ORG:L'Université Laval} annonce les inscriptions.",
      'Il y a de la congestion sur le {LOC:boulevard René-Lévesque}.',
      'Le prix est de {N} $.',
      'Les vacances des Fêtes commencent le 23 décembre.',
      'Veuillez envoyer les documents par courriel.',
      'Le Canadien a gagné hier soir.',
      'Vendredi, on a une réunion.',
      'Bonne Saint-Jean à tous!',
      "{ORG:L'hôpital Maisonneuve-Rosemont} cherche des bénévoles.",
      'Joyeux Noël et Bonne Année!',
    ],
    pos: [
      "Je m'appelle {P}.",
      'Bonjour, ici {P} de {L}.',
      'Bonjour {F},\nmerci pour ton courriel.',
      'Monsieur {P} sera présent à la réunion.',
      "Madame {P} n'est pas au bureau aujourd'hui.",
      'Personne-ressource : {P}',
      'Cordialement,\n{P}',
      'Demandeur : {P}',
      '{P} travaille chez {C}.',
      "J'ai parlé avec {P} hier.",
      'Nom complet : {P}',
    ],
  },
  en_GH: {
    neg: [
      'We will meet at Accra Mall tomorrow.',
      'The weather is very hot today.',
      'Dear customers, the shop is closed on Sunday.',
      'Order number {N} has been confirmed.',
      'The meeting will take place in {L} at 10 am.',
      '{C} has opened a new branch.',
      'Thank you, your application has been received.',
      '{ORG:Kwame Nkrumah University of Science and Technology} announces admissions.',
      'There is traffic on {LOC:Kwame Nkrumah Avenue}.',
      'The price is GH₵ {N}.',
      'Happy Independence Day, Ghana!',
      'Please send the documents by email.',
      'The Black Stars won the match.',
      'Akwaaba! You are welcome to Kumasi.',
      'Medaase for your patience.',
      'Trotro fares go up on Monday.',
      'Fares from {LOC:Kotoka International Airport} to {L} have changed.',
    ],
    pos: [
      'My name is {P}.',
      'Hello, this is {P} from {L}.',
      'Dear {P},\nthank you for your letter.',
      'Mr {P} will attend the meeting.',
      'Madam {P} is not in the office today.',
      'Contact person: {P}',
      'Yours faithfully,\n{P}',
      'Applicant: {P}',
      '{P} works at {C}.',
      'I spoke with {P} yesterday.',
      'Full name: {P}',
    ],
  },
};
const L11_LOCALES = Object.keys(L11);

function loc11Record(i) {
  const locale = L11_LOCALES[i % L11_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const positive = rng.chance(0.5);
  const r = new Record(positive ? 'loc11_person' : 'loc11_negative', locale);
  return fillNamed(r, rng.pick(positive ? L11[locale].pos : L11[locale].neg), f, 100);
}

if (SET === 'loc11') {
  const out = [];
  while (out.length < RECORDS) out.push(loc11Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the prose13 probe set (--set prose13) ---------------------------------
//
// Capitalised things that are no one, in the prose people send a model:
// sports teams and clubs (ORGANIZATION), ships, artworks, books, films and
// songs, software and gadgets, assistants, holidays and festivals, storms,
// landmarks and buildings (LOCATION), saints' churches, fictional and
// mythological figures, and headings in Title Case — each next to real
// people of every faker locale (PERSON), who must still be found. The lists
// are written from general knowledge, in English, German, French, Spanish,
// Italian, Dutch and Portuguese carriers. Things named after one inventor or
// ailment are left out on purpose (see docs/BENCHMARKS.md).
// Tokens (besides fillNamed's): {TEAM} {SHIP} {WORK} {SOFT} {FEST} {STORM}
// {SIGHT} {FIG} {HEAD}.

const P13_LOCALES = Object.keys(allFakers).filter((l) => l !== 'base' && l !== 'en_BORK' && l !== 'dv');

const P13_THINGS = {
  TEAM: ['Boston Celtics', 'Golden State Warriors', 'Chicago Bulls', 'Manchester United', 'Real Madrid',
    'Bayern München', 'Ajax Amsterdam', 'Paris Saint-Germain', 'Inter Milan', 'Toronto Maple Leafs',
    'New York Yankees', 'Dallas Cowboys', 'Boca Juniors', 'Celtic Glasgow', 'Green Bay Packers',
    'Los Angeles Lakers', 'Borussia Dortmund', 'Atlético Madrid', 'Olympique Lyonnais', 'Sporting Lisbon'],
  SHIP: ['Queen Mary 2', 'HMS Victory', 'Titanic', 'Mayflower', 'Cutty Sark', 'Santa Maria', 'Bounty',
    'Vasa', 'Endurance', 'Beagle'],
  WORK: ['Mona Lisa', 'The Starry Night', 'War and Peace', 'Pride and Prejudice', 'Hamlet', 'Don Quixote',
    'Harry Potter', 'Star Wars', 'Bohemian Rhapsody', 'Guernica', 'The Little Prince', 'Moby Dick',
    'Romeo and Juliet', 'Anna Karenina', 'Madame Bovary', 'Peter Pan', 'Jane Eyre', 'Oliver Twist',
    'Hotel California', 'Billie Jean', 'Lucy in the Sky', 'Robinson Crusoe', 'Emma', 'Othello'],
  SOFT: ['Visual Studio Code', 'Windows Server', 'Google Chrome', 'Microsoft Teams', 'Apple Watch',
    'Tesla Model Y', 'Alexa', 'Siri', 'Cortana', 'Jenkins', 'Ansible', 'Kafka', 'Grafana', 'Jupyter',
    'Julia', 'Ruby on Rails', 'Django', 'Flask', 'Hugo', 'Elixir', 'Ubuntu', 'Debian', 'Kubernetes',
    'Gemini', 'Claude', 'Copilot', 'Galaxy Tab', 'Kindle Paperwhite', 'PlayStation', 'Thunderbird'],
  FEST: ['Christmas Eve', 'Easter Monday', 'Black Friday', 'Ramadan', 'Diwali', 'Hanukkah', 'Thanksgiving',
    'New Year', 'Oktoberfest', 'Mardi Gras', 'Carnival', 'Boxing Day', 'Midsummer', 'All Saints',
    'Good Friday', 'Pentecost', 'Lunar New Year', 'Labour Day', 'Independence Day', 'Halloween'],
  STORM: ['Hurricane Katrina', 'Storm Ciarán', 'Typhoon Haiyan', 'Hurricane Sandy', 'Storm Eunice',
    'Cyclone Idai', 'Hurricane Ian', 'Storm Babet', 'Hurricane Otis', 'Storm Daniel'],
  SIGHT: ['Eiffel Tower', 'Big Ben', 'Golden Gate Bridge', 'Sagrada Família', 'Burj Khalifa', 'Central Park',
    'Hyde Park', 'Brandenburg Gate', 'Colosseum', 'Acropolis', 'Louvre', 'Prado', 'Rijksmuseum',
    'Notre-Dame', 'Tower Bridge', 'Table Mountain', 'Mount Kilimanjaro', 'Lake Victoria', 'Niagara Falls',
    'Grand Canyon', 'Times Square', 'Trafalgar Square', 'Red Square', 'Charles Bridge', 'Blue Mosque'],
  FIG: ['Santa Claus', 'Zeus', 'Athena', 'Sherlock Holmes', 'Mickey Mouse', 'Batman', 'Spider-Man',
    'Cinderella', 'Snow White', 'Winnie the Pooh', 'Father Christmas', 'Saint Nicholas', 'Hercules',
    'Robin Hood', 'King Arthur', 'Little Red Riding Hood', 'Pinocchio', 'Tarzan', 'Darth Vader', 'Shrek'],
  HEAD: ['Quarterly Business Review', 'Action Items', 'Next Steps', 'Key Takeaways', 'Release Notes',
    'Known Issues', 'Executive Summary', 'Open Questions', 'Lessons Learned', 'Risk Register',
    'Project Charter', 'Meeting Minutes', 'Budget Overview', 'Team Updates', 'Customer Feedback'],
};
// Which label a kind carries (teams are organisations, sights places).
const P13_LABEL = { TEAM: 'ORGANIZATION', SIGHT: 'LOCATION' };

const P13_NEG = {
  en: [
    'The {TEAM} beat the {TEAM} 3-1 on Friday.',
    'Tickets for the {TEAM} game sold out in an hour.',
    'We toured the {SHIP} when it docked in Southampton.',
    'My daughter is reading {WORK} for school.',
    'Can you summarise the plot of {WORK} in three sentences?',
    'Write a short review of {WORK}.',
    'How do I install {SOFT} on my laptop?',
    'Ask {SOFT} to set a timer for ten minutes.',
    'Our team moved the pipeline from {SOFT} to {SOFT} last quarter.',
    'The office is closed on {FEST}.',
    'What are traditional dishes for {FEST}?',
    'Flights were cancelled because of {STORM}.',
    '{STORM} made landfall on Tuesday night.',
    'We took photos in front of the {SIGHT}.',
    'How tall is the {SIGHT}?',
    'Write a bedtime story about {FIG}.',
    'Who would win in a fight, {FIG} or {FIG}?',
    '{HEAD}\n- finalise the budget\n- hire a contractor',
    '## {HEAD}\nNothing to report this week.',
    '{HEAD}: the release slipped to May.',
  ],
  de: [
    'Der {TEAM} hat am Samstag gegen {TEAM} gewonnen.',
    'Meine Tochter liest gerade {WORK}.',
    'Wie installiere ich {SOFT} unter Linux?',
    'An {FEST} ist das Büro geschlossen.',
    'Wegen {STORM} fielen viele Flüge aus.',
    'Wir haben Fotos vor dem {SIGHT} gemacht.',
  ],
  fr: [
    'Le {TEAM} a battu {TEAM} samedi.',
    'Ma fille lit {WORK} pour l’école.',
    'Comment installer {SOFT} sur mon ordinateur ?',
    'Le bureau est fermé pour {FEST}.',
    'Nous avons visité le {SIGHT} hier.',
  ],
  es: [
    'El {TEAM} ganó al {TEAM} el sábado.',
    'Mi hija está leyendo {WORK}.',
    '¿Cómo instalo {SOFT} en mi portátil?',
    'La oficina cierra en {FEST}.',
    'Nos hicimos fotos delante del {SIGHT}.',
  ],
  it: ['Il {TEAM} ha battuto il {TEAM} sabato.', 'Mia figlia legge {WORK} per la scuola.'],
  nl: ['{TEAM} won zaterdag van {TEAM}.', 'Hoe installeer ik {SOFT} op mijn laptop?'],
  pt: ['O {TEAM} venceu o {TEAM} no sábado.', 'A minha filha está a ler {WORK}.'],
};

const P13_POS = [
  '{P} has season tickets for the {TEAM}.',
  'Ask {P} whether the {SOFT} licence was renewed.',
  '{P} gave a talk on {WORK} at the library.',
  'Thanks, {F}! See you after {FEST}.',
  '{P} was stuck in {LOC:Miami} during {STORM}.',
  'Photo: {P} in front of the {SIGHT}.',
  '{HEAD}\n- {P} to send the slides\n- {P} to book the room',
  '{P} dressed up as {FIG} for the party.',
  'Hi {F}, can you move the {SOFT} meeting to Monday?',
  'Dear {P},\nthe {TEAM} tickets are attached.',
  '{P} und das {HEAD} sind fertig.',
  '{P} a vu {WORK} au théâtre hier soir.',
  '{P} ha comprado entradas para el {TEAM}.',
  'Meeting notes — {HEAD}\nAttendees: {P}, {P}\nOwner: {P}',
];

function prose13Record(i) {
  const locale = P13_LOCALES[i % P13_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const positive = i % 3 === 2;
  const template = positive ? rng.pick(P13_POS) : rng.pick(P13_NEG[rng.chance(0.6) ? 'en' : rng.pick(['de', 'fr', 'es', 'it', 'nl', 'pt'])]);
  // Things first, as fixed text: labelled where their kind is labelled.
  const filled = template.replace(/\{(TEAM|SHIP|WORK|SOFT|FEST|STORM|SIGHT|FIG|HEAD)\}/g, (_, kind) => {
    const thing = rng.pick(P13_THINGS[kind]);
    const label = P13_LABEL[kind];
    return label === 'ORGANIZATION' ? `{ORG:${thing}}` : label === 'LOCATION' ? `{LOC:${thing}}` : thing;
  });
  // Each {P} of a record its own person.
  const r = new Record(positive ? 'prose13_person' : 'prose13_negative', locale);
  for (const piece of filled.split(/(\{P\})/)) {
    if (piece === '{P}') fillNamed(r, '{P}', f, 1000);
    else if (piece) fillNamed(r, piece, f, 1000);
  }
  return r;
}

if (SET === 'prose13') {
  const out = [];
  while (out.length < RECORDS) out.push(prose13Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the pos14 probe set (--set pos14) -------------------------------------
//
// People's names where no cue announces them, in everyday English, French,
// German, Italian, Turkish and Czech sentences: the subject of any verb, the
// object of one ("I called …", "ask …"), after a preposition ("with", "for",
// "from", "to"), possessives ("…'s report"), appositions, vocatives at a
// sentence's end ("Thanks, …."), in parentheses and quotes, with initials
// ("J. K. …"), in capitals, name-only lines — names of the faker locales
// the unread sets miss most (Zulu, Yoruba, Nigerian, Ghanaian, Ukrainian and
// Greek in their scripts, Italian, Swiss French, Esperanto, Turkish, Czech,
// British, American, Indian). Half of the records are near-misses of the
// same shapes with capitalised things instead (products, teams, towns,
// firms, job titles). Written from general knowledge of such messages.
// Tokens: {P} a full name, {F} a given name, {S} a surname, {I} an initial
// and surname, {U} a full name in capitals, {C} a firm (ORGANIZATION), {L}
// a town (LOCATION), {J} a job title (TITLE), {D} a product.

const P14_LOCALES = ['zu_ZA', 'yo_NG', 'en_NG', 'en_GH', 'uk', 'el', 'it', 'fr_CH', 'eo', 'tr', 'cs_CZ',
  'en_GB', 'en_US', 'en_IN', 'ne', 'sk', 'sl_SI', 'ka_GE', 'uz_UZ_latin'];

const P14_POS = {
  en: [
    '{P} approved the budget yesterday.',
    '{P} is out of office until Monday.',
    'I called {P} about the delay.',
    'Please ask {F} to review the draft.',
    'Can you loop in {P} on this thread?',
    'The report from {P} is attached.',
    'I had lunch with {P} and {P} today.',
    'This is for {F}, not for me.',
    '{S}\'s team will handle the migration.',
    'Our new colleague, {P}, starts next week.',
    'Thanks, {F}.',
    'Great job on the release, {F}!',
    'The contract was signed by {I} on behalf of {C}.',
    'Meeting moved (see {P}\'s note).',
    '"{P}" is the name on the booking.',
    '{U} – PAYMENT OVERDUE',
    '{P}\n{J}\n{C}',
    'Send it to {P} at the {L} office.',
    '{F} and I will be late.',
    'According to {S}, the numbers are wrong.',
    'Did {F} reply to you?',
    '{P}, {P} and {P} were promoted.',
    'Happy birthday {F}!!',
    'ping {F} re: invoices',
  ],
  fr: ['{P} a approuvé le budget hier.', 'J\'ai appelé {P} à propos du retard.', 'Merci, {F}.', 'Le rapport de {P} est en pièce jointe.'],
  de: ['{P} hat das Budget gestern genehmigt.', 'Ich habe {P} wegen der Verspätung angerufen.', 'Danke, {F}.', 'Der Bericht von {P} ist angehängt.'],
  it: ['{P} ha approvato il budget ieri.', 'Ho chiamato {P} per il ritardo.', 'Grazie, {F}.', 'Il rapporto di {P} è in allegato.'],
  tr: ['{P} dün bütçeyi onayladı.', 'Gecikme için {P} ile konuştum.', 'Teşekkürler, {F}.'],
  cs: ['{P} včera schválil rozpočet.', 'Volal jsem {P} kvůli zpoždění.', 'Díky, {F}.'],
};

const P14_NEG = {
  en: [
    '{D} approved for sale in the EU yesterday.',
    '{C} is out of stock until Monday.',
    'I called {C} about the delay.',
    'The report from {C} is attached.',
    'I had lunch in {L} today.',
    'This is for the {J}, not for me.',
    '{C}\'s team will handle the migration.',
    'Our new supplier, {C}, starts next week.',
    'Thanks, {L} team.',
    'The contract was signed on behalf of {C}.',
    '"{D}" is the product on the booking.',
    '{L} – OFFICE CLOSED',
    'Send it to the {L} office.',
    'According to {C}, the numbers are wrong.',
    'Did {C} reply to you?',
    'Happy birthday {C}!!',
    'ping {J} re: invoices',
    'The {D} arrived broken.',
  ],
  fr: ['La société {C} a approuvé le budget hier.', 'Merci, équipe de {L}.'],
  de: ['Die Firma {C} hat das Budget genehmigt.', 'Danke, Team {L}.'],
};

function pos14Fill(r, template, f) {
  const name = () => {
    const sex = rng.pick(['female', 'male']);
    return [f.person.firstName(sex), f.person.lastName(sex)];
  };
  for (const piece of template.split(/(\{[A-Z]\})/)) {
    if (piece === '{P}') { const [a, b] = name(); r.e('PERSON', `${a} ${b}`); }
    else if (piece === '{F}') r.e('PERSON', name()[0]);
    else if (piece === '{S}') r.e('PERSON', name()[1]);
    else if (piece === '{I}') { const [a, b] = name(); r.e('PERSON', `${[...a][0]}. ${b}`); }
    else if (piece === '{U}') { const [a, b] = name(); r.e('PERSON', `${a} ${b}`.toUpperCase()); }
    else if (piece === '{C}') r.e('ORGANIZATION', company(f));
    else if (piece === '{L}') r.e('LOCATION', city(f));
    else if (piece === '{J}') r.e('TITLE', jobTitle(f));
    else if (piece === '{D}') r.t(f.commerce.productName());
    else if (piece) r.t(piece);
  }
  return r;
}

function pos14Record(i) {
  const locale = P14_LOCALES[i % P14_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const positive = i % 2 === 0;
  const lang = rng.chance(0.7) ? 'en' : rng.pick(positive ? ['fr', 'de', 'it', 'tr', 'cs'] : ['fr', 'de']);
  const template = rng.pick((positive ? P14_POS : P14_NEG)[lang]);
  return pos14Fill(new Record(positive ? 'pos14_person' : 'pos14_negative', locale), template, f);
}

if (SET === 'pos14') {
  const out = [];
  while (out.length < RECORDS) out.push(pos14Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the num11 probe set (--set num11) -------------------------------------
//   node generate.mjs --set num11 --seed 67 --records 1200 > ../data/generated_pii_num11.json
//   node generate.mjs --set scripts13 --seed 71 --records 1200 > ../data/generated_pii_scripts13.json
//   node generate.mjs --set scripts13b --seed 73 --records 800 > ../data/generated_pii_scripts13b.json
//   node generate.mjs --set scripts13c --seed 79 --records 600 > ../data/generated_pii_scripts13c.json
//   node generate.mjs --set prose13 --seed 89 --records 1200 > ../data/generated_pii_prose13.json
//   node generate.mjs --set pos14 --seed 97 --records 1200 > ../data/generated_pii_pos14.json
// IP addresses and phone numbers in the notations real text has them in.
// IPs: log lines (src=, client a.b.c.d:port, sshd "from ... port", postfix
// "unknown[...]"), brackets, quotes, JSON and CSV fields, URLs with a port,
// ssh user@host, CIDR blocks, ranges, X-Forwarded-For lists, sentence
// punctuation after the address; IPv6 full, compressed, upper case, link
// local with a zone, IPv4-mapped, in brackets with a port, with a prefix.
// IP near-misses: versions (with their word), OIDs, section numbers, dotted
// dates, prices, times, MAC addresses, hashes, UUIDs, C++ scopes ("std::").
// Phones: national and international numbers of 36 faker locales as their
// people write them (spaces, dashes, dots, slashes after the area code,
// "(0)" after the country code, parentheses, extensions, tel: links), with
// the phone word of the text's language or in a signature; phone
// near-misses: order and customer numbers, IBAN groups, dates, opening
// hours, tracking numbers, amounts, postcodes. Only IP_ADDRESS and
// PHONE_NUMBER are labelled (nothing else is scored). Written from how
// logs, configs, letters, signatures and web pages print them.

const n11d = (n) => {  // n digits, may start with 0
  let s = '';
  for (let i = 0; i < n; ++i) s += String(rng.int(0, 9));
  return s;
};
const n11nz = (n) => String(rng.int(1, 9)) + n11d(n - 1);  // no leading 0
const n11hex = (n) => {
  let s = '';
  for (let i = 0; i < n; ++i) s += '0123456789abcdef'[rng.int(0, 15)];
  return s;
};
const n11g = () => n11hex(rng.int(1, 4)).replace(/^0+(?=.)/, '');

// Addresses of every kind a log or config holds.
function n11ipv4() {
  const o = () => rng.int(0, 255);
  switch (rng.int(0, 6)) {
    case 0: return `10.${o()}.${o()}.${rng.int(1, 254)}`;
    case 1: return `192.168.${rng.int(0, 20)}.${rng.int(1, 254)}`;
    case 2: return `172.${rng.int(16, 31)}.${o()}.${rng.int(1, 254)}`;
    case 3: return `203.0.113.${rng.int(1, 254)}`;
    case 4: return `198.51.100.${rng.int(1, 254)}`;
    default: return `${rng.int(1, 223)}.${o()}.${o()}.${rng.int(1, 254)}`;
  }
}
function n11ipv6() {
  const full = () => [0, 1, 2, 3, 4, 5, 6, 7].map(() => n11hex(4)).join(':');
  const upper = (s) => (rng.chance(0.2) ? s.toUpperCase() : s);
  switch (rng.int(0, 7)) {
    case 0: return upper(full());
    case 1: return upper(`2001:db8::${n11g()}`);
    case 2: return upper(`2001:db8:${n11g()}:${n11g()}::${n11g()}`);
    case 3: return upper(`2a0${rng.int(0, 9)}:${n11hex(4)}:${n11g()}:${n11g()}::${n11g()}:${n11g()}`);
    case 4: return upper(`fe80::${n11g()}:${n11hex(2)}ff:fe${n11hex(2)}:${n11hex(4)}`);
    case 5: return `::ffff:${n11ipv4()}`;
    case 6: return upper(`2600:${n11hex(4)}:${n11hex(4)}:${n11g()}:${n11g()}:${n11g()}:${n11g()}:${n11g()}`);
    default: return upper(`fd${n11hex(2)}:${n11hex(4)}:${n11g()}::${n11g()}`);
  }
}
const n11ip = () => (rng.chance(0.65) ? n11ipv4() : n11ipv6());
const n11port = () => rng.pick([22, 80, 443, 8080, 8443, 3306, 5432, 6379, rng.int(1024, 65535)]);
const N11_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const n11time = () => `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
const n11syslog = () => `${rng.pick(N11_MONTHS)} ${String(rng.int(1, 28)).padStart(2, ' ')} ${n11time()}`;
const n11iso = () => `2025-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${n11time()}Z`;

function n11IpRecord() {
  const r = new Record('num11_ip', 'ip');
  const a = n11ipv4(), b = n11ipv4(), six = n11ipv6(), any = n11ip();
  const user = rng.pick(['root', 'admin', 'ubuntu', 'deploy', 'git', 'pi']);
  switch (rng.int(0, 31)) {
    case 0: return r.t(`${n11syslog()} fw01 kernel: DROP IN=eth0 OUT= src=`).e('IP_ADDRESS', a).t(' dst=').e('IP_ADDRESS', b).t(` proto=TCP spt=${n11port()} dpt=${n11port()}`);
    case 1: return r.t(`${n11syslog()} web01 sshd[${rng.int(100, 99999)}]: Accepted publickey for ${user} from `).e('IP_ADDRESS', any).t(` port ${rng.int(1024, 65535)} ssh2`);
    case 2: return r.t(`${n11syslog()} web01 sshd[${rng.int(100, 99999)}]: Failed password for invalid user ${user} from `).e('IP_ADDRESS', a).t(` port ${rng.int(1024, 65535)} ssh2`);
    case 3: return r.t(`[${n11iso()}] client `).e('IP_ADDRESS', a).t(`:${rng.int(1024, 65535)} connected`);
    case 4: return r.t(`${n11syslog()} mx1 postfix/smtpd[${rng.int(100, 99999)}]: connect from unknown[`).e('IP_ADDRESS', a).t(']');
    case 5: return r.t(`${n11syslog()} mx1 postfix/smtpd[${rng.int(100, 99999)}]: NOQUEUE: reject: RCPT from unknown[`).e('IP_ADDRESS', any).t(`]: 554 5.7.1 Relay access denied`);
    case 6: return r.e('IP_ADDRESS', a).t(` - - [${rng.int(1, 28)}/${rng.pick(N11_MONTHS)}/2025:${n11time()} +0000] "GET /index.html HTTP/1.1" 200 ${rng.int(200, 99999)}`);
    case 7: return r.t(`level=warn msg="rate limited" ip="`).e('IP_ADDRESS', any).t(`" path=/api/v1/login`);
    case 8: return r.t(`{"ts": "${n11iso()}", "remote_addr": "`).e('IP_ADDRESS', any).t(`", "status": ${rng.pick([200, 401, 403, 404])}}`);
    case 9: return r.t('timestamp,ip,user_agent\n').t(`${n11iso()},`).e('IP_ADDRESS', a).t(`,Mozilla/5.0\n${n11iso()},`).e('IP_ADDRESS', b).t(',curl/8.5.0');
    case 10: return r.t(`Can you open http://`).e('IP_ADDRESS', a).t(`:${rng.pick([8080, 8000, 3000, 9090])}/admin in your browser?`);
    case 11: return r.t('I can\'t log in with ').t(`ssh ${user}@`).e('IP_ADDRESS', a).t(', it says connection refused.');
    case 12: return r.t('Allow ').e('IP_ADDRESS', rng.pick(['10.0.0.0/8', '192.168.0.0/16'])).t(' but block ').e('IP_ADDRESS', `${a.split('.').slice(0, 3).join('.')}.0/24`).t(' on the edge firewall.');
    case 13: { const base = `10.${rng.int(0, 255)}.${rng.int(0, 255)}.`; const lo = rng.int(1, 50);
      return r.t('DHCP pool: ').e('IP_ADDRESS', `${base}${lo}`).t('-').e('IP_ADDRESS', `${base}${lo + rng.int(10, 150)}`); }
    case 14: return r.t('The printer is at ').e('IP_ADDRESS', a).t('.');
    case 15: return r.t('Our VPN gateway (').e('IP_ADDRESS', a).t(') is down again, and so is ').e('IP_ADDRESS', b).t(', the backup.');
    case 16: return r.t('X-Forwarded-For: ').e('IP_ADDRESS', a).t(', ').e('IP_ADDRESS', b);
    case 17: return r.t('The server at ').e('IP_ADDRESS', six).t(' stopped answering.');
    case 18: return r.t(`curl -v "http://[`).e('IP_ADDRESS', rng.pick([`2001:db8::${n11g()}`, six.replace(/^::ffff:.*/, 'fd00::1')])).t(`]:${n11port()}/health"`);
    case 19: return r.t(`Link-local address: `).e('IP_ADDRESS', `fe80::${n11g()}:${n11hex(4)}:${n11hex(4)}:${n11g()}`).t(`%${rng.pick(['eth0', 'en0', 'wlan0', 'ens3'])}`);
    case 20: return r.t('inet6 ').e('IP_ADDRESS', six.replace(/^::ffff:.*/, '2001:db8::5')).t(`/${rng.pick([64, 48, 128])} scope global dynamic`);
    case 21: return r.t('The app sees clients as ').e('IP_ADDRESS', `::ffff:${a}`).t(' because the socket is dual-stack.');
    case 22: return r.t(`Nov 3 ${n11time()} nginx: upstream timed out while connecting to upstream, client: `).e('IP_ADDRESS', a).t(`, server: _, upstream: "http://`).e('IP_ADDRESS', b).t(`:${n11port()}/"`);
    case 23: return r.t('ping ').e('IP_ADDRESS', any).t(rng.pick([' gives 100% packet loss', ' works from the office but not from home']));
    case 24: return r.t(`server {\n    listen `).e('IP_ADDRESS', a).t(`:443 ssl;\n    allow `).e('IP_ADDRESS', b).t(';\n    deny all;\n}');
    case 25: return r.t('DNS servers: ').e('IP_ADDRESS', a).t(' and ').e('IP_ADDRESS', b).t(rng.pick(['.', ';', ' (secondary).']));
    case 26: return r.t('Blocked IPs: ').e('IP_ADDRESS', a).t(', ').e('IP_ADDRESS', b).t(', ').e('IP_ADDRESS', n11ipv4());
    case 27: return r.t('ip,hostname,owner\n').e('IP_ADDRESS', a).t(',db-01,ops\n').e('IP_ADDRESS', b).t(',db-02,ops');
    case 28: return r.t('Mein Rechner hat die IP ').e('IP_ADDRESS', any).t(', der Router die ').e('IP_ADDRESS', b).t('.');
    case 29: return r.t('Connection from [').e('IP_ADDRESS', six.replace(/^::ffff:.*/, '2001:db8:1::7')).t(`]:${rng.int(1024, 65535)} closed by peer`);
    case 30: return r.t('Login attempt blocked (').e('IP_ADDRESS', any).t(')');
    default: return r.t('hosts:\n  - ').e('IP_ADDRESS', a).t('\n  - ').e('IP_ADDRESS', b);
  }
}

function n11IpNearMiss() {
  const r = new Record('num11_ip_negative', 'ip');
  const s = () => rng.int(0, 9);
  const mac = () => [0, 1, 2, 3, 4, 5].map(() => n11hex(2)).join(rng.pick([':', '-']));
  switch (rng.int(0, 21)) {
    case 0: return r.t(`Version ${rng.int(1, 9)}.${s()}.${s()}.${rng.int(0, 40)} fixes the crash on start-up.`);
    case 1: return r.t(`Updated the driver to v${rng.int(1, 30)}.${s()}.${s()}.${rng.int(1, 99)} last week.`);
    case 2: return r.t(`See section ${rng.int(1, 9)}.${rng.int(1, 9)}.${rng.int(1, 9)}.${rng.int(1, 9)} of the contract.`);
    case 3: return r.t(`The OID ${rng.pick(['1.3.6.1.4.1.', '1.3.6.1.2.1.', '2.16.840.1.'])}${rng.int(1, 60000)}.${rng.int(1, 9)} is the vendor's.`);
    case 4: return r.t(`Meeting minutes ${rng.int(2019, 2026)}.${String(rng.int(1, 12)).padStart(2, '0')}.${String(rng.int(1, 28)).padStart(2, '0')} attached.`);
    case 5: return r.t(`The run took ${n11time()} and used ${rng.int(2, 64)} GB.`);
    case 6: return r.t(`MAC ${mac()} was seen on port ${rng.int(1, 48)}.`);
    case 7: return r.t(`sha256: ${n11hex(64)}`);
    case 8: return r.t(`request id ${n11hex(8)}-${n11hex(4)}-${n11hex(4)}-${n11hex(4)}-${n11hex(12)}`);
    case 9: return r.t(`std::vector<std::string> names; std::unordered_map<int, Foo::Bar> cache;`);
    case 10: return r.t(`boost::asio::ip::tcp::endpoint ep; absl::StatusOr<int> v = Db::Open();`);
    case 11: return r.t(`Price list: ${rng.int(1, 9)}.${rng.int(100, 999)}.${rng.int(100, 999)},${rng.int(10, 99)} EUR`);
    case 12: return r.t(`Chrome ${rng.int(100, 131)}.0.${rng.int(6000, 6999)}.${rng.int(10, 200)} is installed.`);
    case 13: return r.t(`Build ${rng.int(10, 19)}.0.${rng.int(19041, 26100)}.${rng.int(1000, 4000)}`);
    case 14: return r.t(`Timestamps ${n11time()}.${n11d(3)} and ${n11time()}.${n11d(3)} differ.`);
    case 15: return r.t(`Aspect ratio 16:9, score ${rng.int(0, 5)}:${rng.int(0, 5)}, ratio 1:${rng.int(2, 9)}:${rng.int(2, 9)}.`);
    case 16: return r.t(`commit ${n11hex(40)}`);
    case 17: return r.t(`Package foo-${rng.int(1, 4)}.${s()}.${s()}.${s()}.tar.gz`);
    case 18: return r.t(`The firmware is at version ${rng.int(1, 4)}.${s()}.${s()}.${rng.int(1, 30)} on all switches.`);
    case 19: return r.t(`Table ${rng.int(1, 9)}.${rng.int(1, 9)} shows figures ${rng.int(1, 9)}.${rng.int(1, 9)} to ${rng.int(1, 9)}.${rng.int(10, 19)}.`);
    case 20: return r.t(`Fingerprint MD5:${[...Array(16).keys()].map(() => n11hex(2)).join(':')}`);
    default: return r.t(`Rule ${rng.int(1, 9)}.${rng.int(1, 9)}.${rng.int(1, 9)}.${rng.int(1, 9)}.${rng.int(1, 9)} applies.`);
  }
}

// Phones: [country, language, national forms, international forms].
const N11_PHONES = {
  de: { lang: 'de', make: () => {
    const mob = `01${rng.pick(['51', '52', '57', '60', '62', '70', '71', '72', '73', '76', '77', '79'])}`, sub = n11nz(rng.pick([7, 8]));
    const area = rng.pick(['30', '40', '89', '69', '221', '211', '711', '351']), loc = n11nz(rng.int(6, 8) - (area.length - 2));
    return rng.pick([`${mob} ${sub}`, `${mob}/${sub}`, `${mob}-${sub}`, `0${area}/${loc}`, `0${area} ${loc}`, `(0${area}) ${loc}`,
      `+49 ${mob.slice(1)} ${sub}`, `+49 (0)${area} ${loc}`, `+49 (0) ${mob.slice(1)} ${sub}`, `+49 ${area} ${loc}`, `0049 ${area} ${loc}`]); } },
  de_AT: { lang: 'de', make: () => {
    const mob = rng.pick(['0664', '0660', '0676', '0650', '0699']), sub = n11nz(7);
    return rng.pick([`${mob} ${sub}`, `${mob}/${sub}`, `+43 ${mob.slice(1)} ${sub}`, `01 ${n11nz(7)}`, `+43 1 ${n11nz(7)}`, `0316 ${n11nz(6)}`, `+43 (0) ${mob.slice(1)} ${sub}`]); } },
  de_CH: { lang: 'de', make: () => {
    const p = rng.pick(['076', '077', '078', '079', '044', '031', '061']), a = n11nz(3), b = n11d(2), c = n11d(2);
    return rng.pick([`${p} ${a} ${b} ${c}`, `+41 ${p.slice(1)} ${a} ${b} ${c}`, `+41 (0)${p.slice(1)} ${a} ${b} ${c}`, `0041 ${p.slice(1)} ${a} ${b} ${c}`]); } },
  fr: { lang: 'fr', make: () => {
    const g = [rng.pick(['6', '7', '1', '2', '3', '4', '5', '9']), ...[0, 1, 2, 3].map(() => n11d(2))];
    if (g[0] === '7') g[1] = String(rng.int(3, 9)) + n11d(1);
    const sep = rng.pick([' ', '.', ' ', '-']);
    return rng.pick([`0${g.join(sep)}`, `0${g.join(sep)}`, `+33 ${g.join(' ')}`, `+33 (0)${g.join(' ')}`, `+33 (0) ${g.join(' ')}`, `+33${g.join('')}`]); } },
  fr_BE: { lang: 'fr', make: () => {
    const m = `4${rng.pick(['70', '75', '77', '78', '85', '86', '95', '96'])}`, a = n11d(2), b = n11d(2), c = n11d(2);
    return rng.pick([`0${m} ${a} ${b} ${c}`, `0${m}/${a}.${b}.${c}`, `+32 ${m} ${a} ${b} ${c}`, `02 ${n11nz(3)} ${a} ${b}`, `+32 2 ${n11nz(3)} ${a} ${b}`]); } },
  it: { lang: 'it', make: () => {
    const m = `3${rng.pick(['20', '28', '33', '35', '38', '39', '40', '47', '48', '49'])}`, a = n11d(3), b = n11d(4);
    return rng.pick([`${m} ${a} ${b}`, `${m} ${a}${b}`, `${m}/${a}${b}`, `${m}-${a}${b}`, `+39 ${m} ${a} ${b}`, `+39 ${m} ${a}${b}`, `06 ${n11nz(4)} ${n11d(4)}`, `02 ${n11nz(8)}`, `+39 02 ${n11nz(4)} ${n11d(4)}`]); } },
  es: { lang: 'es', make: () => {
    const m = `6${n11d(2)}`, a = n11d(3), b = n11d(3);
    return rng.pick([`${m} ${a} ${b}`, `${m} ${a.slice(0, 2)} ${a.slice(2)}${b.slice(0, 1)} ${b.slice(1)}`, `${m}${a}${b}`, `+34 ${m} ${a} ${b}`, `91 ${n11nz(3)} ${n11d(2)} ${n11d(2)}`, `+34 93 ${n11nz(3)} ${n11d(2)} ${n11d(2)}`, `(+34) ${m} ${a} ${b}`]); } },
  es_MX: { lang: 'es', make: () => {
    const a = rng.pick(['55', '33', '81']), b = n11nz(4), c = n11d(4);
    return rng.pick([`${a} ${b} ${c}`, `(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+52 ${a} ${b} ${c}`, `+52 1 ${a} ${b} ${c}`, `+52 (${a}) ${b}-${c}`]); } },
  pt_BR: { lang: 'pt', make: () => {
    const a = rng.pick(['11', '21', '31', '41', '51', '61', '71', '81']), m = `9${n11nz(4)}`, f = `${rng.int(2, 5)}${n11d(3)}`, c = n11d(4);
    return rng.pick([`(${a}) ${m}-${c}`, `(${a}) ${f}-${c}`, `${a} ${m}-${c}`, `(${a}) ${m.slice(0, 1)} ${m.slice(1)}-${c}`, `+55 ${a} ${m}-${c}`, `+55 (${a}) ${m}-${c}`, `+55 ${a} ${m} ${c}`]); } },
  pt_PT: { lang: 'pt', make: () => {
    const m = `9${rng.pick(['1', '2', '3', '6'])}${n11d(1)}`, a = n11d(3), b = n11d(3);
    return rng.pick([`${m} ${a} ${b}`, `+351 ${m} ${a} ${b}`, `21 ${n11nz(3)} ${n11d(4)}`, `+351 21 ${n11nz(3)} ${n11d(4)}`, `${m}${a}${b}`]); } },
  nl: { lang: 'nl', make: () => {
    const s = `${rng.int(1, 6)}${n11d(7)}`, area = rng.pick(['20', '10', '30', '70', '40']), loc = `${rng.int(2, 8)}${n11d(6)}`;
    return rng.pick([`06-${s}`, `06 ${s}`, `06 ${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4, 6)} ${s.slice(6)}`, `0${area}-${loc}`, `0${area} ${loc.slice(0, 3)} ${loc.slice(3)}`, `+31 6 ${s}`, `+31 (0)6 ${s}`, `+31 (0)${area} ${loc}`, `+31 ${area} ${loc.slice(0, 3)} ${loc.slice(3)}`]); } },
  nl_BE: { lang: 'nl', make: () => {
    const m = `4${rng.pick(['70', '75', '77', '78', '85', '86', '95', '96'])}`, a = n11d(2), b = n11d(2), c = n11d(2);
    return rng.pick([`0${m} ${a} ${b} ${c}`, `0${m}/${a}${b}${c}`, `+32 ${m} ${a} ${b} ${c}`, `03 ${n11nz(3)} ${a} ${b}`, `+32 (0)${m} ${a} ${b} ${c}`]); } },
  pl: { lang: 'pl', make: () => {
    const m = `${rng.pick(['50', '51', '53', '57', '60', '66', '69', '72', '79', '88'])}${n11d(1)}`, a = n11d(3), b = n11d(3);
    return rng.pick([`${m} ${a} ${b}`, `${m}-${a}-${b}`, `+48 ${m} ${a} ${b}`, `+48 ${m}-${a}-${b}`, `22 ${n11nz(3)} ${n11d(2)} ${n11d(2)}`, `(22) ${n11nz(3)} ${n11d(2)} ${n11d(2)}`, `+48 22 ${n11nz(3)} ${n11d(2)} ${n11d(2)}`]); } },
  sv: { lang: 'sv', make: () => {
    const m = `7${rng.pick(['0', '2', '3', '6'])}`, a = n11d(3), b = n11d(2), c = n11d(2);
    return rng.pick([`0${m}-${a} ${b} ${c}`, `0${m} ${a} ${b} ${c}`, `0${m}-${a}${b}${c}`, `+46 ${m} ${a} ${b} ${c}`, `+46 (0)${m} ${a} ${b} ${c}`, `08-${n11nz(3)} ${n11d(3)} ${n11d(2)}`, `+46 8 ${n11nz(3)} ${n11d(3)} ${n11d(2)}`]); } },
  nb_NO: { lang: 'no', make: () => {
    const m = `${rng.pick(['4', '9'])}${n11d(2)}`, a = n11d(2), b = n11d(3);
    return rng.pick([`${m} ${a} ${b}`, `+47 ${m} ${a} ${b}`, `${m}${a}${b}`, `22 ${n11d(2)} ${n11d(2)} ${n11d(2)}`, `+47 22 ${n11d(2)} ${n11d(2)} ${n11d(2)}`]); } },
  da: { lang: 'da', make: () => {
    const g = [rng.pick(['20', '21', '22', '30', '31', '40', '42', '50', '51', '60', '61']), n11d(2), n11d(2), n11d(2)];
    return rng.pick([g.join(' '), `+45 ${g.join(' ')}`, `${g[0]}${g[1]} ${g[2]}${g[3]}`, `+45 ${g[0]}${g[1]}${g[2]}${g[3]}`]); } },
  fi: { lang: 'fi', make: () => {
    const m = rng.pick(['040', '041', '044', '045', '050']), a = n11d(3), b = n11d(4);
    return rng.pick([`${m} ${a} ${b}`, `${m} ${a}${b}`, `${m}-${a}${b}`, `+358 ${m.slice(1)} ${a} ${b}`, `09 ${n11nz(4)} ${n11d(4)}`, `+358 9 ${n11nz(4)} ${n11d(4)}`]); } },
  cs_CZ: { lang: 'cs', make: () => {
    const m = `${rng.pick(['60', '70', '72', '73', '77', '79'])}${n11d(1)}`, a = n11d(3), b = n11d(3);
    return rng.pick([`${m} ${a} ${b}`, `+420 ${m} ${a} ${b}`, `+420 ${m}${a}${b}`, `2${n11d(2)} ${n11d(3)} ${n11d(3)}`]); } },
  sk: { lang: 'sk', make: () => {
    const m = `9${rng.pick(['01', '02', '03', '04', '05', '06', '07', '08', '10', '11', '14', '15', '16', '17', '18', '19', '40', '44', '48', '49'])}`, a = n11d(3), b = n11d(3);
    return rng.pick([`0${m} ${a} ${b}`, `+421 ${m} ${a} ${b}`, `0${m}/${a} ${b}`, `02/${n11nz(3)} ${n11d(2)} ${n11d(3)}`]); } },
  hu: { lang: 'hu', make: () => {
    const m = rng.pick(['20', '30', '70', '31']), a = n11nz(3), b = n11d(4);
    return rng.pick([`06 ${m} ${a} ${b}`, `06-${m}-${a}-${b}`, `+36 ${m} ${a} ${b}`, `+36-${m}-${a}-${b}`, `06 1 ${n11nz(3)} ${n11d(4)}`, `+36 1 ${n11nz(3)} ${n11d(4)}`, `(06-${m}) ${a}-${b}`]); } },
  ro: { lang: 'ro', make: () => {
    const m = `7${rng.pick(['2', '3', '4', '5', '6', '8'])}${n11d(1)}`, a = n11d(3), b = n11d(3);
    return rng.pick([`0${m} ${a} ${b}`, `0${m}.${a}.${b}`, `0${m}${a}${b}`, `+40 ${m} ${a} ${b}`, `+40 (0)${m} ${a} ${b}`, `021 ${n11nz(3)} ${n11d(4)}`]); } },
  tr: { lang: 'tr', make: () => {
    const m = `5${rng.pick(['30', '32', '33', '35', '36', '41', '42', '43', '44', '05', '06', '52', '55'])}`, a = n11nz(3), b = n11d(2), c = n11d(2);
    return rng.pick([`0${m} ${a} ${b} ${c}`, `0 ${m} ${a} ${b} ${c}`, `(0${m}) ${a} ${b} ${c}`, `+90 ${m} ${a} ${b} ${c}`, `+90 (${m}) ${a} ${b} ${c}`, `(0212) ${a} ${b} ${c}`, `0${m} ${a} ${b}${c}`]); } },
  ru: { lang: 'ru', make: () => {
    const m = `9${rng.pick(['12', '16', '26', '03', '85', '05', '15', '17', '77'])}`, a = n11nz(3), b = n11d(2), c = n11d(2);
    return rng.pick([`8 (${m}) ${a}-${b}-${c}`, `8-${m}-${a}-${b}-${c}`, `8 ${m} ${a}-${b}-${c}`, `+7 (${m}) ${a}-${b}-${c}`, `+7 ${m} ${a}-${b}-${c}`, `+7 ${m} ${a} ${b} ${c}`, `+7 (495) ${a}-${b}-${c}`, `8 (495) ${a}-${b}-${c}`]); } },
  uk: { lang: 'uk', make: () => {
    const m = rng.pick(['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99']), a = n11nz(3), b = n11d(2), c = n11d(2);
    return rng.pick([`0${m} ${a} ${b} ${c}`, `(0${m}) ${a}-${b}-${c}`, `+380 ${m} ${a} ${b} ${c}`, `+380 (${m}) ${a}-${b}-${c}`, `+38 (0${m}) ${a}-${b}-${c}`, `(044) ${a}-${b}-${c}`]); } },
  el: { lang: 'el', make: () => {
    const m = `69${rng.pick(['3', '4', '5', '7', '8', '9'])}`, a = n11d(3), b = n11d(4);
    return rng.pick([`${m} ${a} ${b}`, `${m}${a}${b}`, `+30 ${m} ${a} ${b}`, `+30 ${m}${a}${b}`, `210 ${n11nz(3)} ${n11d(4)}`, `+30 210 ${n11nz(3)} ${n11d(4)}`]); } },
  en_US: { lang: 'en', make: () => {
    const a = rng.pick(['212', '312', '415', '617', '206', '303', '404', '512', '713', '202', '503', '615']);
    const b = `${rng.int(2, 9)}${rng.int(0, 9)}${rng.int(2, 9)}`, c = n11d(4);
    return rng.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `+1 (${a}) ${b}-${c}`, `+1-${a}-${b}-${c}`, `(${a}) ${b}-${c} ext. ${rng.int(10, 9999)}`, `${a}-${b}-${c} x${rng.int(1, 999)}`, `+1.${a}.${b}.${c}`]); } },
  en_GB: { lang: 'en', make: () => {
    const m = `7${rng.pick(['4', '5', '7', '8', '9'])}${n11d(2)}`, s = n11d(6), l = `${rng.pick(['3', '7', '8'])}${n11d(3)}`, t = n11d(4);
    return rng.pick([`0${m} ${s}`, `0${m} ${s.slice(0, 3)} ${s.slice(3)}`, `+44 ${m} ${s}`, `+44 (0)${m} ${s}`, `+44 (0) ${m} ${s}`, `020 ${l} ${t}`, `(020) ${l} ${t}`, `+44 20 ${l} ${t}`, `+44 (0)20 ${l} ${t}`, `0161 ${n11nz(3)} ${n11d(4)}`, `0113 ${n11nz(3)} ${n11d(4)}`, `01632 ${n11nz(6)}`]); } },
  en_AU: { lang: 'en', make: () => {
    const m = `4${rng.int(0, 9)}${n11d(1)}`, a = n11d(3), b = n11d(3), area = rng.pick(['2', '3', '7', '8']), l = `${rng.pick(['9', '8', '5'])}${n11d(3)}`, t = n11d(4);
    return rng.pick([`0${m} ${a} ${b}`, `0${m}${a}${b}`, `+61 ${m} ${a} ${b}`, `(0${area}) ${l} ${t}`, `0${area} ${l} ${t}`, `+61 ${area} ${l} ${t}`, `+61 (0)${m} ${a} ${b}`]); } },
  en_IN: { lang: 'en', make: () => {
    const m = `${rng.int(7, 9)}${n11d(4)}`, s = n11d(5);
    return rng.pick([`${m} ${s}`, `${m}${s}`, `+91 ${m} ${s}`, `+91-${m}${s}`, `+91 ${m}${s}`, `0${m} ${s}`, `022 ${n11nz(4)} ${n11d(4)}`, `080-${n11nz(8)}`, `(011) ${n11nz(4)} ${n11d(4)}`]); } },
  en_IE: { lang: 'en', make: () => {
    const m = `8${rng.pick(['3', '5', '6', '7', '9'])}`, a = n11nz(3), b = n11d(4);
    return rng.pick([`0${m} ${a} ${b}`, `0${m}-${a}${b}`, `+353 ${m} ${a} ${b}`, `+353 (0)${m} ${a} ${b}`, `(01) ${n11nz(3)} ${n11d(4)}`, `+353 1 ${n11nz(3)} ${n11d(4)}`]); } },
  en_ZA: { lang: 'en', make: () => {
    const m = rng.pick(['72', '73', '74', '76', '78', '79', '82', '83', '84']), a = n11d(3), b = n11d(4);
    return rng.pick([`0${m} ${a} ${b}`, `0${m}-${a}-${b}`, `+27 ${m} ${a} ${b}`, `(011) ${n11nz(3)} ${n11d(4)}`, `021 ${n11nz(3)} ${n11d(4)}`]); } },
  ja: { lang: 'ja', make: () => {
    const m = rng.pick(['090', '080', '070']), a = n11nz(4), b = n11d(4);
    return rng.pick([`${m}-${a}-${b}`, `${m}${a}${b}`, `03-${n11nz(4)}-${n11d(4)}`, `06-${n11nz(4)}-${n11d(4)}`, `+81 ${m.slice(1)}-${a}-${b}`, `+81-3-${n11nz(4)}-${n11d(4)}`, `(03) ${n11nz(4)}-${n11d(4)}`]); } },
  ko: { lang: 'ko', make: () => {
    const a = n11nz(4), b = n11d(4);
    return rng.pick([`010-${a}-${b}`, `010 ${a} ${b}`, `01${0}${a}${b}`, `02-${n11nz(3)}-${n11d(4)}`, `+82 10-${a}-${b}`, `+82-10-${a}-${b}`, `031-${n11nz(3)}-${n11d(4)}`]); } },
  zh_CN: { lang: 'zh', make: () => {
    const m = `1${rng.pick(['3', '5', '8'])}${n11d(1)}`, a = n11d(4), b = n11d(4);
    return rng.pick([`${m} ${a} ${b}`, `${m}${a}${b}`, `${m}-${a}-${b}`, `+86 ${m} ${a} ${b}`, `+86 ${m}${a}${b}`, `010-${n11nz(8)}`, `(021) ${n11nz(8)}`, `0755-${n11nz(8)}`]); } },
  he: { lang: 'he', make: () => {
    const m = `05${rng.pick(['0', '2', '3', '4', '8'])}`, a = n11nz(3), b = n11d(4);
    return rng.pick([`${m}-${a}-${b}`, `${m}-${a}${b}`, `${m} ${a} ${b}`, `+972 ${m.slice(1)}-${a}-${b}`, `+972-${m.slice(1)}-${a}${b}`, `03-${n11nz(3)}-${n11d(4)}`]); } },
  ar: { lang: 'ar', make: () => {
    const m = `05${rng.pick(['0', '2', '4', '5', '6'])}`, a = n11d(3), b = n11d(4);
    return rng.pick([`${m} ${a} ${b}`, `+971 ${m.slice(1)} ${a} ${b}`, `+966 ${m.slice(1)} ${a} ${b}`, `${m}${a}${b}`, `+966 ${m.slice(1)}${a}${b}`]); } },
};

// The phone words of each language: labels, and sentences around a number.
const N11_WORDS = {
  de: { labels: ['Tel.: ', 'Telefon: ', 'Tel. ', 'Handy: ', 'Mobil: ', 'Mobil ', 'Fax: ', 'Telefonnummer: '],
    say: [['Ruf mich bitte unter ', ' an.'], ['Sie erreichen mich unter ', '.'], ['Meine Handynummer ist ', ', schreib mir einfach.'], ['Bei Fragen bitte unter ', ' melden.']] },
  fr: { labels: ['Tél. : ', 'Tél : ', 'Tel : ', 'Portable : ', 'Mobile : ', 'Fax : ', 'Téléphone : '],
    say: [['Appelez-moi au ', ' après 18h.'], ['Vous pouvez me joindre au ', '.'], ['Mon numéro de portable est le ', '.'], ['Pour toute question, contactez le ', '.']] },
  it: { labels: ['Tel. ', 'Tel: ', 'Cell. ', 'Cellulare: ', 'Telefono: ', 'Fax '],
    say: [['Chiamami al ', ' dopo le 18.'], ['Il mio numero di cellulare è ', '.'], ['Per informazioni telefonare al ', '.']] },
  es: { labels: ['Tel.: ', 'Tel. ', 'Teléfono: ', 'Móvil: ', 'Celular: ', 'Cel. ', 'Fax: '],
    say: [['Llámame al ', ' cuando puedas.'], ['Mi número de móvil es el ', '.'], ['Para cualquier duda, llame al ', '.'], ['Mi celular es ', ', mándame un WhatsApp.']] },
  pt: { labels: ['Tel.: ', 'Telefone: ', 'Celular: ', 'Telemóvel: ', 'WhatsApp: ', 'Fone: '],
    say: [['Me liga no ', ' depois das 18h.'], ['Meu celular é ', ', pode mandar mensagem.'], ['Para dúvidas, ligue para ', '.']] },
  nl: { labels: ['Tel.: ', 'Tel: ', 'Telefoon: ', 'Mobiel: ', 'Mob. ', 'Fax: '],
    say: [['Bel me gerust op ', '.'], ['Je kunt me bereiken op ', ' (na 17 uur).'], ['Mijn mobiele nummer is ', '.']] },
  pl: { labels: ['tel. ', 'Tel.: ', 'tel. kom. ', 'Telefon: ', 'kom. ', 'Fax: '],
    say: [['Proszę dzwonić pod numer ', '.'], ['Mój numer telefonu to ', '.'], ['Zadzwoń do mnie: ', '.']] },
  sv: { labels: ['Tel: ', 'Tel. ', 'Mobil: ', 'Telefon: ', 'Mob: '],
    say: [['Ring mig på ', ' efter lunch.'], ['Du når mig på ', '.'], ['Mitt mobilnummer är ', '.']] },
  no: { labels: ['Tlf: ', 'Tlf. ', 'Mob: ', 'Mobil: ', 'Telefon: '],
    say: [['Ring meg på ', '.'], ['Du når meg på ', ' hele dagen.']] },
  da: { labels: ['Tlf.: ', 'Tlf. ', 'Mobil: ', 'Telefon: '],
    say: [['Ring til mig på ', '.'], ['Du kan fange mig på ', '.']] },
  fi: { labels: ['Puh. ', 'Puh: ', 'p. ', 'Puhelin: ', 'Matkapuhelin: '],
    say: [['Soita minulle numeroon ', '.'], ['Minut tavoittaa numerosta ', '.']] },
  cs: { labels: ['Tel.: ', 'tel. ', 'Mobil: ', 'Telefon: '],
    say: [['Zavolejte mi na ', '.'], ['Moje číslo je ', '.']] },
  sk: { labels: ['Tel.: ', 'tel. č. ', 'Mobil: ', 'Telefón: '],
    say: [['Zavolajte mi na ', '.'], ['Moje číslo je ', '.']] },
  hu: { labels: ['Tel.: ', 'Tel: ', 'Mobil: ', 'Telefon: '],
    say: [['Hívjon a ', ' számon.'], ['Telefonszámom: ', '.']] },
  ro: { labels: ['Tel.: ', 'Tel: ', 'Mobil: ', 'Telefon: '],
    say: [['Sunați-mă la ', '.'], ['Numărul meu de telefon este ', '.']] },
  tr: { labels: ['Tel: ', 'Tel.: ', 'Cep: ', 'GSM: ', 'Telefon: '],
    say: [['Beni ', ' numarasından arayabilirsiniz.'], ['Cep telefonum: ', '.']] },
  ru: { labels: ['Тел.: ', 'тел. ', 'Моб.: ', 'Телефон: ', 'Тел/факс: '],
    say: [['Звоните по номеру ', '.'], ['Мой мобильный: ', ', пишите в WhatsApp.']] },
  uk: { labels: ['Тел.: ', 'тел. ', 'Моб.: ', 'Телефон: '],
    say: [['Телефонуйте за номером ', '.'], ['Мій номер: ', '.']] },
  el: { labels: ['Τηλ.: ', 'Τηλ: ', 'Κιν.: ', 'Τηλέφωνο: '],
    say: [['Καλέστε με στο ', '.'], ['Το κινητό μου είναι ', '.']] },
  en: { labels: ['Tel: ', 'Phone: ', 'Mobile: ', 'Cell: ', 'M: ', 'T: ', 'Ph: ', 'Fax: ', 'Direct: '],
    say: [['Call me at ', ' after 5.'], ['You can reach me on ', '.'], ['my cell is ', ', text me'], ['Please ring ', ' to book.'], ['Give us a call on ', ' any time.']] },
  ja: { labels: ['電話：', 'TEL：', 'TEL: ', '携帯：', '電話番号：'], say: [['ご連絡は ', ' までお願いします。'], ['携帯電話 ', ' にお電話ください。']] },
  ko: { labels: ['전화: ', '휴대폰: ', '연락처: ', 'Tel. '], say: [['문의는 ', '로 연락 주세요.'], ['제 휴대폰 번호는 ', '입니다.']] },
  zh: { labels: ['电话：', '手机：', '联系电话：', 'Tel: '], say: [['请拨打 ', ' 联系我。'], ['我的手机号是', '。']] },
  he: { labels: ['טל\': ', 'טלפון: ', 'נייד: '], say: [['אפשר להתקשר אליי ל-', '.'], ['המספר שלי: ', '.']] },
  ar: { labels: ['هاتف: ', 'جوال: ', 'الهاتف: ', 'Tel: '], say: [['اتصل بي على ', ' من فضلك.'], ['رقم الجوال: ', '.']] },
};
const N11_LOCALES = Object.keys(N11_PHONES);

function n11PhoneRecord() {
  const locale = rng.pick(N11_LOCALES);
  const { lang, make } = N11_PHONES[locale];
  const w = N11_WORDS[lang];
  const r = new Record('num11_phone', locale);
  const p = make(), q = make();
  const f = allFakers[locale] ?? allFakers.en;
  const name = `${f.person.firstName()} ${f.person.lastName()}`;
  switch (rng.int(0, 12)) {
    case 0: case 1: return r.t(rng.pick(w.labels)).e('PHONE_NUMBER', p);
    case 2: case 3: { const [a, b] = rng.pick(w.say); return r.t(a).e('PHONE_NUMBER', p).t(b); }
    case 4: return r.t(`${name}\n`).t(rng.pick(w.labels)).e('PHONE_NUMBER', p).t('\n').t(rng.pick(w.labels)).e('PHONE_NUMBER', q);
    case 5: return r.t(`${name} (`).t(rng.pick(w.labels)).e('PHONE_NUMBER', p).t(')');
    case 6: return r.t(`${name}\n${f.person.jobTitle ? f.person.jobTitle() : 'Manager'}\n`).e('PHONE_NUMBER', p);
    case 7: return r.t('<a href="tel:').e('PHONE_NUMBER', p.replace(/[^\d+]/g, '')).t('">').e('PHONE_NUMBER', p).t('</a>');
    case 8: return r.t(`${name} | `).t(rng.pick(w.labels).trim()).t(' ').e('PHONE_NUMBER', p).t(` | ${f.internet.domainName ? 'www.' + f.internet.domainWord() + '.example' : ''}`.replace(/ \| $/, ''));
    case 9: return r.t(`{"name": "${name}", "phone": "`).e('PHONE_NUMBER', p).t('"}');
    case 10: return r.t(`name;phone\n${name};`).e('PHONE_NUMBER', p);
    case 11: return r.t(rng.pick(w.labels)).e('PHONE_NUMBER', p).t(' / ').e('PHONE_NUMBER', q);
    default: { const [a, b] = rng.pick(w.say); return r.t(`${name}: `).t(a).e('PHONE_NUMBER', p).t(b); }
  }
}

function n11PhoneNearMiss() {
  const r = new Record('num11_phone_negative', 'phone');
  const d = rng.int(1, 28), m = rng.int(1, 12), y = rng.int(2019, 2027);
  const dd = String(d).padStart(2, '0'), mm = String(m).padStart(2, '0');
  switch (rng.int(0, 25)) {
    case 0: return r.t(`Bestellung Nr. ${n11nz(3)} ${n11d(3)} ${n11d(4)} vom ${dd}.${mm}.${y}`);
    case 1: return r.t(`Kundennummer: ${n11nz(3)}/${n11d(6)}`);
    case 2: return r.t(`IBAN-Teil: ${n11d(4)} ${n11d(4)} ${n11d(4)} ${n11d(2)}`);
    case 3: return r.t(`Telefonisch erreichbar Mo–Fr ${rng.int(7, 9)}:00–${rng.int(16, 19)}:30 Uhr.`);
    case 4: return r.t(`Öffnungszeiten: Mo.–Fr. 0${rng.int(7, 9)}.00–1${rng.int(6, 9)}.00, Sa. 09.00–13.00`);
    case 5: return r.t(`Tracking: ${n11nz(2)} ${n11d(4)} ${n11d(4)} ${n11d(2)}`);
    case 6: return r.t(`Total: ${rng.int(1, 9)}.${n11d(3)}.${n11d(3)},${n11d(2)} €`);
    case 7: return r.t(`Montant : ${rng.int(1, 99)} ${n11d(3)} ${n11d(3)},${n11d(2)} €`);
    case 8: return r.t(`Commande n° ${n11nz(2)}-${n11d(4)}-${n11d(4)}, livrée le ${dd}/${mm}/${y}.`);
    case 9: return r.t(`Pedido ${n11nz(3)}-${n11d(7)}-${n11d(7)} enviado.`);
    case 10: return r.t(`Fattura n. ${n11nz(4)}/${y} del ${dd}/${mm}/${y}`);
    case 11: return r.t(`Call window: ${dd}.${mm}.${y} ${rng.int(8, 11)}:00–${rng.int(12, 17)}:00`);
    case 12: return r.t(`Please call about invoice ${y}-${n11d(6)}.`);
    case 13: return r.t(`Postcode ${n11d(5)}, PO Box ${n11nz(4)}, ${rng.int(1, 99)} ${rng.pick(['Hauptstraße', 'Rue de la Paix', 'Via Roma'])}`);
    case 14: return r.t(`Zamówienie nr ${n11nz(3)}-${n11d(3)}-${n11d(3)}/${y}`);
    case 15: return r.t(`Заказ № ${n11nz(3)}-${n11d(3)}-${n11d(4)} от ${dd}.${mm}.${y}`);
    case 16: return r.t(`注文番号：${n11nz(3)}-${n11d(7)}-${n11d(7)}`);
    case 17: return r.t(`Ticket ${n11nz(7)} — phone support opened ${dd}/${mm}/${y} ${rng.int(10, 23)}:${rng.int(10, 59)}`);
    case 18: return r.t(`BLZ ${n11nz(3)} ${n11d(3)} ${n11d(2)}, Konto ${n11nz(10)}`);
    case 19: return r.t(`Population ${rng.int(1, 9)} ${n11d(3)} ${n11d(3)} inhabitants (${y}).`);
    case 20: return r.t(`Period ${dd}.${mm}.${y} - ${String(rng.int(1, 28)).padStart(2, '0')}.${mm}.${y}`);
    case 21: return r.t(`Sendungsnummer ${n11nz(4)} ${n11d(4)} ${n11d(4)}`);
    case 22: return r.t(`Ref. ${n11nz(2)}/${n11d(5)}/${String(y).slice(2)}`);
    case 23: return r.t(`Lieferschein ${n11nz(8)} — Tel. Rückfragen bitte mit dieser Nummer.`);
    case 24: return r.t(`Coordinates ${rng.int(10, 60)}.${n11d(6)}, ${rng.int(1, 30)}.${n11d(6)}`);
    default: return r.t(`Serial ${n11nz(3)}-${n11d(3)}-${n11d(3)}, model ${rng.int(100, 999)}.`);
  }
}

if (SET === 'num11') {
  const out = [];
  const make = [n11IpRecord, n11IpRecord, n11IpRecord, n11IpNearMiss, n11PhoneRecord, n11PhoneRecord, n11PhoneRecord, n11PhoneNearMiss];
  while (out.length < RECORDS) out.push(rng.pick(make)());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the scripts13 probe set (--set scripts13) -----------------------------
//
// People's names in scripts without capitals, second pass: (a) Devanagari
// names (faker's `ne`, the only locale whose names faker writes in
// Devanagari) in Nepali and Hindi messages — after श्री, श्रीमती, सुश्री,
// डा., before जी, after नाम:, प्रिय, नमस्ते, in lists and signatures; (b) names
// of ko, ur, fa, ar, he, zh_CN, ja, th, ne, el, ru and uk in their own
// script inside English, French, German and Spanish text — after Latin cues
// and titles (Mr., Dr., Frau, Mme), labels, greetings, signatures, e-mail
// headers, CSV rows, JSON fields, bare in a sentence; (c) as many
// near-misses: the same scripts' common words, greetings, dishes, song and
// film titles, towns (LOCATION) and firms (ORGANIZATION) inside those Latin
// sentences, and Devanagari sentences without names. Templates are written
// from general knowledge of everyday messages, forms and letters.
// Tokens: {P} a full name in the locale's script and order, {F} a given name,
// {E} an e-mail address, {W} a common word or phrase of the locale's script,
// {T} a title (song, film, book) in it, {C} a firm (ORGANIZATION), {L} a town
// (LOCATION), {N} a number.

const S13_NATIVE = ['ko', 'ur', 'fa', 'ar', 'he', 'zh_CN', 'ja', 'th', 'ne', 'el', 'ru', 'uk'];

const S13_WORDS = {
  ko: ['감사합니다', '안녕하세요', '사랑해요', '주문 완료', '배송 중', '할인 행사', '신제품', '김치찌개', '비빔밥',
    '불고기', '고객센터', '회의실', '수고하셨습니다', '이벤트', '조심하세요', '맛있어요'],
  ur: ['شکریہ', 'خوش آمدید', 'السلام علیکم', 'چائے', 'بریانی', 'مہربانی', 'دفتر بند ہے', 'آرڈر مکمل',
    'عید مبارک', 'خدا حافظ', 'نیا مال', 'رعایت'],
  fa: ['سلام', 'متشکرم', 'خوش آمدید', 'نوروز مبارک', 'چای', 'قورمه سبزی', 'تخفیف ویژه', 'کتابخانه',
    'خداحافظ', 'فروش ویژه', 'بستنی سنتی'],
  ar: ['مرحبا', 'شكرا جزيلا', 'أهلا وسهلا', 'رمضان كريم', 'قهوة عربية', 'السلام عليكم', 'تخفيضات', 'مكتبة',
    'مع السلامة', 'ممنوع التدخين', 'مخرج الطوارئ'],
  he: ['שלום', 'תודה רבה', 'בוקר טוב', 'חג שמח', 'מבצע', 'חומוס', 'ברוכים הבאים', 'מזל טוב', 'סגור',
    'יציאת חירום', 'שבת שלום'],
  zh_CN: ['谢谢', '你好', '欢迎光临', '新年快乐', '打折', '红烧肉', '小笼包', '客服中心', '会议室', '王者荣耀',
    '李子汁', '张贴告示', '请勿吸烟', '营业中'],
  ja: ['ありがとう', 'こんにちは', 'いらっしゃいませ', '寿司', '味噌汁', '営業中', '会議室', 'お疲れ様です',
    '明けましておめでとう', 'ポカリスエット', '非常口', '田舎そば', '山田うどん'],
  th: ['สวัสดี', 'ขอบคุณ', 'ยินดีต้อนรับ', 'ต้มยำกุ้ง', 'ผัดไทย', 'ลดราคา', 'ห้องประชุม', 'สุขสันต์วันเกิด',
    'คุณภาพดี', 'ทางออก', 'ห้ามสูบบุหรี่'],
  ne: ['नमस्ते', 'धन्यवाद', 'स्वागत छ', 'दाल भात', 'मोमो', 'शुभ दिन', 'कार्यालय', 'छुट', 'नयाँ वर्षको शुभकामना',
    'स्वागत है', 'शुभकामनाएँ', 'समोसा', 'जय हो', 'सावधान'],
  el: ['Ευχαριστώ', 'Καλημέρα', 'Καλώς ήρθατε', 'Χρόνια πολλά', 'Ταβέρνα', 'Προσφορά', 'Σουβλάκι',
    'Καλό ταξίδι', 'Έξοδος κινδύνου'],
  ru: ['Спасибо', 'Добро пожаловать', 'С Новым годом', 'Скидка', 'Борщ', 'Пельмени', 'Отдел продаж',
    'Запасной выход', 'Доброе утро'],
  uk: ['Дякую', 'Ласкаво просимо', 'Борщ', 'Вареники', 'Знижка', 'Добрий день', 'Зі святом', 'Вихід'],
};
const S13_TITLES = {
  ko: ['강남스타일', '기생충', '오징어 게임', '사랑의 불시착', '봄날', '아리랑', '올드보이'],
  ur: ['دل دل پاکستان', 'ہم سفر', 'زندگی گلزار ہے', 'عشق', 'آب حیات'],
  fa: ['جدایی', 'مرا ببوس', 'طعم گیلاس', 'شازده کوچولو', 'بوف کور'],
  ar: ['ألف ليلة وليلة', 'أنت عمري', 'الرسالة', 'باب الحارة', 'موسم الهجرة إلى الشمال'],
  he: ['הבורר', 'שטיסל', 'ירושלים של זהב', 'פאודה', 'הכוכב הבא'],
  zh_CN: ['月亮代表我的心', '甜蜜蜜', '流浪地球', '霸王别姬', '红楼梦', '西游记', '三体'],
  ja: ['千と千尋の神隠し', '君の名は。', '上を向いて歩こう', '鬼滅の刃', '吾輩は猫である', 'となりのトトロ'],
  th: ['พี่มาก..พระโขนง', 'ฉลาดเกมส์โกง', 'ลอยกระทง', 'สุดสาคร'],
  ne: ['रेशम फिरिरी', 'कबड्डी', 'मुनामदन', 'शोले', 'कभी खुशी कभी गम', 'दिल से', 'रामायण'],
  el: ['Ζορμπάς', 'Τα παιδιά του Πειραιά', 'Οδύσσεια', 'Συννεφιασμένη Κυριακή'],
  ru: ['Война и мир', 'Катюша', 'Ирония судьбы', 'Мастер и Маргарита', 'Калинка'],
  uk: ['Щедрик', 'Тіні забутих предків', 'Стефанія', 'Червона рута'],
};

// (b) names in their own script inside Latin-script text.
const S13_HOST_POS = {
  en: [
    'Please call {P} tomorrow about the contract.',
    'Name: {P}\nPhone: ext. {N}',
    'Signed,\n{P}',
    'From: {P} <{E}>\nSubject: Re: invoice {N}',
    'To: {P} <{E}>',
    'Mr. {P} will join the call at 3 pm.',
    'Dr. {P} is on leave until Monday.',
    'Ms. {P} approved the budget.',
    'Mrs. {P} asked for a refund.',
    'Dear {P},\nThank you for your order.',
    'Hi {P}, the files are attached.',
    'Best regards,\n{P}',
    'Thanks,\n{P}',
    'Kind regards,\n{P}\nSales Manager',
    'Meeting with {P} and {P} on Friday.',
    'Attendees: {P}, {P}, {P}',
    'Customer: {P}',
    'id,name,city\n{N},{P},{L}',
    '{"id": {N}, "name": "{P}", "city": "{L}"}',
    '{"customer": {"full_name": "{P}", "orders": {N}}}',
    'I spoke with {P} yesterday and she agreed.',
    'Contact person: {P}',
    'Passenger: {P}\nSeat: 14C',
    'The patient {P} was admitted on Monday.',
    'Cc: {P}',
    'Team members:\n- {P}\n- {P}\n- {P}',
    'Assigned to {P}',
    'Thanks {P}!',
    'Can you forward this to {P}?',
    '{P} will present the results on Thursday.',
    'Prof. {P} (University of {L}) gave the keynote.',
    'Applicant name: {P}',
    'Account holder: {P}',
    'Emergency contact: {P}',
    'Our new colleague {P} starts on Monday.',
    'Reviewed by {P}',
    'Guest list: {P}; {P}; {P}',
    'Hello {P}, your package has shipped.',
  ],
  fr: [
    'Bonjour {P},\nMerci pour votre message.',
    'Cordialement,\n{P}',
    'M. {P} arrivera demain.',
    'Mme {P} a signé le contrat.',
    'Nom : {P}',
    'Veuillez contacter {P} avant vendredi.',
    'Expéditeur : {P}',
    'Réunion avec {P} et {P} lundi.',
    'Bien à vous,\n{P}',
    'Le docteur {P} consulte le mardi.',
  ],
  de: [
    'Sehr geehrte Frau {P},\nvielen Dank für Ihre Anfrage.',
    'Herr {P} ist heute nicht im Büro.',
    'Mit freundlichen Grüßen\n{P}',
    'Name: {P}',
    'Bitte rufen Sie {P} morgen an.',
    'Ansprechpartner: {P}',
    'Hallo {P}, anbei die Unterlagen.',
    'Viele Grüße\n{P}',
    'Teilnehmer: {P}, {P}',
  ],
  es: [
    'Hola {P}, ¿cómo estás?',
    'Atentamente,\n{P}',
    'Sr. {P} llegará mañana.',
    'La Sra. {P} firmó el contrato.',
    'Nombre: {P}',
    'Por favor llame a {P} mañana.',
    'Saludos,\n{P}',
    'Estimado {P}:\nLe escribo para confirmar la cita.',
    'Contacto: {P}',
  ],
};
const S13_HOST_NEG = {
  en: [
    'The sign said "{W}" in big letters.',
    'Our office in {L} opens at 9.',
    'We ordered from {C} last week.',
    'Translate "{W}" into English, please.',
    'The song "{T}" was a hit in {L}.',
    'Label on the box: {W}',
    'Product: {W}\nPrice: {N}',
    'city,count\n{L},{N}',
    '{"city": "{L}", "status": "ok", "count": {N}}',
    '{W} means "thank you" or "welcome", depending on the context.',
    'Have you watched {T}? It is great.',
    'Supplier: {C}',
    'Shipping to {L} takes about {N} hours.',
    'Best regards from {L}!',
    'The menu has {W} and {W} today.',
    'Name of the dish: {W}',
    'Title: {T}\nYear: 2019',
    'Dear team, the {C} account is closed.',
    'My mother loves {W}.',
    'Please call {C} tomorrow about the delivery.',
    'Hi all, the book "{T}" is back in the library.',
    'Thanks,\nThe {L} office',
  ],
  fr: [
    'Le panneau disait « {W} ».',
    'Notre bureau de {L} ouvre à 9 h.',
    'Nous avons commandé chez {C}.',
    'La chanson « {T} » est très connue.',
  ],
  de: [
    'Auf dem Schild stand „{W}“.',
    'Unser Büro in {L} öffnet um 9 Uhr.',
    'Wir haben bei {C} bestellt.',
    'Der Film „{T}“ läuft heute Abend.',
  ],
  es: [
    'El cartel decía «{W}».',
    'Nuestra oficina en {L} abre a las 9.',
    'Pedimos a {C} la semana pasada.',
    'La canción «{T}» fue un éxito.',
  ],
};

// (a) Devanagari names in Nepali and Hindi text.
const S13_DEVANAGARI_POS = [
  'श्री {P} लाई बधाई छ।',
  'श्रीमती {P} भोलि आउनुहुन्छ।',
  'सुश्री {P} ले रिपोर्ट पठाउनुभयो।',
  'डा. {P} आज क्लिनिकमा हुनुहुन्छ।',
  '{P} जी, नमस्ते!',
  '{F} जी, कृपया फोन गर्नुहोस्।',
  'नाम: {P}\nठेगाना: {L}',
  'प्रिय {P},\nतपाईंको पत्र प्राप्त भयो।',
  'नमस्ते {P}, तपाईंलाई कस्तो छ?',
  'धन्यवाद,\n{P}',
  'भवदीय,\n{P}',
  'मेरो नाम {P} हो।',
  'उपस्थित: {P}, {P} र {P}',
  'पूरा नाम: {P}',
  'आवेदकको नाम: {P}',
  'सम्पर्क व्यक्ति: {P}',
  '{P} ले भन्नुभयो कि बैठक स्थगित भयो।',
  'श्री {P} कल बैठक में आएंगे।',
  'श्रीमती {P} से बात करें।',
  'मेरा नाम {P} है।',
  'प्रिय {P},\nआपका पत्र मिला।',
  'नाम: {P}\nपिता का नाम: {P}',
  'सादर,\n{P}',
  '{F} जी, कृपया रिपोर्ट भेजें।',
  'डॉ. {P} सोमवार को उपलब्ध हैं।',
  'कुमारी {P} ने फॉर्म भरा।',
  'आवेदक: {P}',
  'सदस्य:\n1. {P}\n2. {P}',
  'नमस्ते {F} जी, आपका स्वागत है।',
  'श्रीमान {P} को बधाई।',
];
const S13_DEVANAGARI_NEG = [
  'बैठक सोमबार बिहान दस बजे हुनेछ।',
  'कृपया आफ्नो पासवर्ड परिवर्तन गर्नुहोस्।',
  '{L} मा आज पानी पर्यो।',
  '{C} ले नयाँ कार्यालय खोल्यो।',
  'नेपाल राष्ट्र बैंकले ब्याजदर घटायो।',
  'श्री पशुपतिनाथ मन्दिरमा आज भीड छ।',
  'धन्यवाद! तपाईंको अर्डर पठाइयो।',
  'आज मौसम सफा रहनेछ।',
  'नमस्ते! हाम्रो पसलमा स्वागत छ।',
  'प्रिय ग्राहक,\nतपाईंको खाता अपडेट भयो।',
  'आज की बैठक रद्द कर दी गई है।',
  'कृपया अपना पासवर्ड बदलें।',
  'प्रिय ग्राहक,\nआपका ऑर्डर भेज दिया गया है।',
  'भारतीय रिज़र्व बैंक ने ब्याज दर बढ़ाई।',
  'नमस्ते! हमारी दुकान में आपका स्वागत है।',
  'धन्यवाद, आपका दिन शुभ हो।',
  'नाम: अनिवार्य\nठेगाना: वैकल्पिक',
  'सादर,\nग्राहक सेवा विभाग',
  'डॉक्टर साहब आज छुट्टी पर हैं।',
  'श्रीमान जी, कृपया ध्यान दें।',
  '{L} बाट {L} सम्मको बस सेवा सुरु भयो।',
  'शुभ दीपावली! सबैलाई शुभकामना।',
  'नयाँ मोबाइल अब {N} रुपैयाँमा।',
  'यो उत्पादन {C} द्वारा बनाइएको हो।',
];

// A name in the locale's script and order.
function s13Name(f, locale) {
  const sex = rng.pick(['female', 'male']);
  const first = f.person.firstName(sex);
  const last = f.person.lastName(sex);
  let full = `${first} ${last}`;
  if (locale === 'ko' || locale.startsWith('zh')) full = `${last}${first}`;
  else if (locale === 'ja') full = `${last}${rng.pick(['', '', ' '])}${first}`;
  return { first, last, full };
}

function s13Fill(r, template, f, locale) {
  for (const piece of template.split(/(\{[A-Za-z]\})/)) {
    if (!/^\{[A-Za-z]\}$/.test(piece)) {
      if (piece) r.t(piece);
      continue;
    }
    const k = piece[1];
    if (k === 'P') r.e('PERSON', s13Name(f, locale).full);
    else if (k === 'F') r.e('PERSON', s13Name(f, locale).first);
    else if (k === 'E') r.e('EMAIL_ADDRESS', `${rng.pick(['info', 'office', 'contact', 'mail'])}${rng.int(1, 999)}@example.${rng.pick(['com', 'org', 'net'])}`);
    else if (k === 'W') r.t(rng.pick(S13_WORDS[locale]));
    else if (k === 'T') r.t(rng.pick(S13_TITLES[locale]));
    else if (k === 'C') r.e('ORGANIZATION', company(f));
    else if (k === 'L') r.e('LOCATION', city(f));
    else r.t(String(rng.int(10, 9999)));
  }
  return r;
}

function scripts13Record(i) {
  const positive = i % 2 === 1;
  if (rng.chance(0.3)) {
    const r = new Record(positive ? 'scripts13_devanagari_person' : 'scripts13_devanagari_negative', 'ne');
    return s13Fill(r, rng.pick(positive ? S13_DEVANAGARI_POS : S13_DEVANAGARI_NEG), allFakers.ne, 'ne');
  }
  const locale = rng.pick(S13_NATIVE);
  const host = rng.pick(['en', 'en', 'en', 'fr', 'de', 'es']);
  const r = new Record(positive ? `scripts13_${host}_person` : `scripts13_${host}_negative`, locale);
  return s13Fill(r, rng.pick(positive ? S13_HOST_POS[host] : S13_HOST_NEG[host]), allFakers[locale], locale);
}

if (SET === 'scripts13') {
  const out = [];
  while (out.length < RECORDS) out.push(scripts13Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the scripts13b probe set (--set scripts13b) ---------------------------
//
// A second probe of names in their own scripts inside Latin-script text,
// written after the first pass of rules (so it was not tuned on): faker's
// full names as faker writes them (with its "Mr."/"Dr." before and "PhD"
// after, for the locales that have them), in shapes the first set lacks —
// bare in English sentences, a chat's speaker before a colon, @mentions, a
// name beside its e-mail address or phone number, table rows, HTML cells,
// tickets and invoices — and as many near-misses of the same shapes with
// the scripts' common words, towns (LOCATION) and firms (ORGANIZATION).
// Tokens as in scripts13, and {Q} faker's full name (fullName()).

const S13B_POS = [
  '{Q} joined the team last month.',
  'I met {Q} at the conference in Berlin.',
  'Ask {Q} for the keys to the storage room.',
  'Thanks to {Q} for the quick help!',
  '[10:42] {Q}: the build is green now',
  '{Q}: can we move the meeting to 4 pm?',
  '@{Q} please review the pull request',
  '{Q} <{E}>',
  '{Q} ({E})',
  '{Q}, {E}',
  '| {N} | {Q} | {L} |',
  '<td>{Q}</td><td>{E}</td>',
  'Ticket #{N} opened by {Q}',
  'Invoice to: {Q}\n{L}',
  'Driver: {Q}\nVehicle: {N}',
  'Tenant: {Q}',
  'Employee: {Q} (ID {N})',
  'Beneficiary: {Q}',
  'The invoice was sent to {Q} on Monday.',
  '{Q} and {Q} will attend the workshop.',
  'Note from {Q}: the office is closed tomorrow.',
  'Photo by {Q}',
  'Interview with {Q}',
  'Happy birthday, {Q}!',
  'name,email\n{Q},{E}',
  '"{Q}","{E}","{L}"',
  'Booking for {Q}, 2 adults, 3 nights.',
  'Patient: {Q}\nDOB: 1984',
  'Posted by {Q} · 3 h',
  '{Q} wrote:\n> see you on Friday',
];
const S13B_NEG = [
  '{W} joined the playlist last month.',
  'I had {W} at the restaurant in Berlin.',
  '[10:42] bot: {W}',
  'Status: {W}',
  '@channel {W}',
  '| {N} | {W} | {L} |',
  '<td>{W}</td><td>{N}</td>',
  'Ticket #{N} about {T}',
  'Invoice to: {C}\n{L}',
  'Warehouse: {L}',
  'Employer: {C}',
  'The invoice was sent to {C} on Monday.',
  'Note: "{W}" is printed on the label.',
  'Photo of {L}',
  'Interview about {T}',
  'Happy {W}!',
  'item,price\n{W},{N}',
  '"{W}","{N}","{L}"',
  'Booking for {L}, 2 adults, 3 nights.',
  'Posted in {L} · 3 h',
  'Lyrics of {T}:\n> {W}',
];

function scripts13bRecord(i) {
  const positive = i % 2 === 1;
  const locale = rng.pick([...S13_NATIVE, 'ne', 'ur', 'ko']);
  const f = allFakers[locale];
  const r = new Record(positive ? 'scripts13b_person' : 'scripts13b_negative', locale);
  const template = rng.pick(positive ? S13B_POS : S13B_NEG);
  for (const piece of template.split(/(\{[A-Za-z]\})/)) {
    if (piece === '{Q}') r.e('PERSON', f.person.fullName());
    else s13Fill(r, piece, f, locale);
  }
  return r;
}

if (SET === 'scripts13b') {
  const out = [];
  while (out.length < RECORDS) out.push(scripts13bRecord(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the scripts13c probe set (--set scripts13c) ---------------------------
//
// A third probe, written after the second pass of rules: Korean, Urdu and
// Nepali/Hindi names (faker's fullName(), with its prefixes and suffixes)
// in their own language's text in shapes names9 and scripts13 lack —
// beside an e-mail address or a number, before a case particle or a
// postposition, headers without a colon, signatures, CSV rows, mixed
// English and native lines — and near-misses in the same shapes: a
// department, a service desk or a firm beside its e-mail address, towns,
// the languages' common words.
// Tokens as in scripts13, and {Q} faker's full name.

const S13C = {
  ko: {
    pos: [
      '{Q}님, 주문하신 상품이 발송되었습니다.',
      '{Q} 님 안녕하세요. 요청하신 자료 보내드립니다.',
      '보낸 사람: {Q} <{E}>',
      '{Q}({E})',
      '{Q} <{E}>\n제목: 회의 일정 안내',
      '담당: {Q} / 내선 {N}',
      '감사합니다.\n{Q} 드림',
      '작성자 {Q}',
      '{Q} 고객님의 예약이 확정되었습니다.',
      '{Q}, {E}, {L}',
      'Hi {Q}님, please check the attached file.',
      '@{Q} 확인 부탁드립니다',
      '{Q} 과장 / 영업팀',
      '참조: {Q}, {Q}',
      '{Q}에게 전달해 주세요.',
      '{Q} 씨가 내일 방문합니다.',
    ],
    neg: [
      '고객센터 <{E}>',
      '인사팀({E})로 문의해 주세요.',
      '{C} <{E}>',
      '{L} 지점은 오전 9시에 엽니다.',
      '감사합니다.\n고객지원팀 드림',
      '작성자 미상',
      '주문번호 {N} 배송이 시작되었습니다.',
      '{W}, {N}, {L}',
      'Hi team, 회의실 예약은 {L} 지점으로 해 주세요.',
      '@channel 점심 메뉴는 {W}입니다',
      '담당: 고객지원팀 / 내선 {N}',
      '김치찌개와 비빔밥 중에 뭐 먹을래요?',
    ],
  },
  ur: {
    pos: [
      'جناب {Q} صاحب، آپ کا شکریہ۔',
      '{Q} کا فون نمبر {N} ہے۔',
      'محترم {Q}،\nآپ کی درخواست موصول ہو گئی ہے۔',
      'منجانب: {Q}',
      'بنام: {Q}',
      '{Q} ({E})',
      'والسلام\n{Q}',
      'شکریہ،\n{Q}',
      '{Q} نے بتایا کہ میٹنگ ملتوی ہو گئی ہے۔',
      'Dear {Q}, آپ کا آرڈر روانہ ہو گیا ہے۔',
      'نام: {Q}، شہر: {L}',
      '{Q}، {E}، {L}',
      'مسٹر {Q} کل آئیں گے۔',
      '{Q} کو ای میل بھیج دیں۔',
      '{Q} <{E}>',
    ],
    neg: [
      'شعبہ حسابات ({E})',
      'کسٹمر سروس <{E}>',
      '{C} ({E})',
      '{L} میں آج بارش ہوئی۔',
      'والسلام\nانتظامیہ',
      'شکریہ،\nکسٹمر سروس ٹیم',
      'آرڈر نمبر {N} روانہ کر دیا گیا ہے۔',
      '{W}، {N}، {L}',
      'Dear customer, آپ کا آرڈر روانہ ہو گیا ہے۔',
      'بنام: انتظامیہ',
      'امید ہے آپ خیریت سے ہوں گے۔',
      'چائے اور بریانی تیار ہے۔',
    ],
  },
  ne: {
    pos: [
      '{Q} ({E})',
      'प्रेषक: {Q} <{E}>',
      '{Q} को फोन नम्बर {N} हो।',
      '{Q} सँग कुरा भयो।',
      '{Q} लाई इमेल पठाउनुहोस्।',
      '{Q}, {E}, {L}',
      'Hi {Q}, कृपया फाइल हेर्नुहोस्।',
      'शुभेच्छा सहित,\n{Q}',
      'लेखक: {Q}',
      '{Q} का फोन नंबर {N} है।',
      '{Q} से बात हुई।',
      '{Q} <{E}>',
      'आदरणीय {Q},\nनमस्कार।',
      '{Q} को जन्मदिनको शुभकामना!',
    ],
    neg: [
      'ग्राहक सेवा <{E}>',
      'लेखा विभाग ({E})',
      '{C} ({E})',
      '{L} मा आज बिदा छ।',
      'शुभेच्छा सहित,\nव्यवस्थापन',
      'अर्डर नम्बर {N} पठाइयो।',
      '{W}, {N}, {L}',
      'Hi team, कृपया {L} कार्यालयमा सम्पर्क गर्नुहोस्।',
      'लेखक: अज्ञात',
      'नेपाल टेलिकम को फोन नम्बर {N} हो।',
      'दाल भात र तरकारी तयार छ।',
      'आदरणीय महोदय,\nनमस्कार।',
    ],
  },
};

function scripts13cRecord(i) {
  const positive = i % 2 === 1;
  const locale = rng.pick(['ko', 'ur', 'ne']);
  const f = allFakers[locale];
  const r = new Record(positive ? 'scripts13c_person' : 'scripts13c_negative', locale);
  const template = rng.pick(positive ? S13C[locale].pos : S13C[locale].neg);
  for (const piece of template.split(/(\{[A-Za-z]\})/)) {
    if (piece === '{Q}') r.e('PERSON', f.person.fullName());
    else s13Fill(r, piece, f, locale);
  }
  return r;
}

if (SET === 'scripts13c') {
  const out = [];
  while (out.length < RECORDS) out.push(scripts13cRecord(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the mask13 probe set (--set mask13) -----------------------------------
//   node generate.mjs --set mask13 --seed 83 --records 1000 > ../data/generated_pii_mask13.json
//
// Full names in their own scripts, labelled whole, in the places names take:
// after titles and honorifics, after a form's label, in lists joined with
// the language's "and", under a letter's closing, in speech ("my name is",
// "X said") — with the parts a name is made of: Thai "ณ" family names,
// Hebrew "בן", Arabic "بن" and "ال-", Russian and Ukrainian patronymics,
// Macedonian father's initials, two given names. Near-misses in the same
// places: a title before a role or a common noun, a label before a desk, a
// list of towns or of things, a closing before a department.
// Tokens: {P} a full name, {E} an e-mail address, {L} a town, {N} a number.

const M13_THAI_NA = ['ณ อยุธยา', 'ณ นคร', 'ณ ป้อมเพชร', 'ณ เชียงใหม่', 'ณ ระนอง', 'ณ สงขลา', 'ณ ถลาง', 'ณ ลำปาง'];

function m13Name(locale) {
  const f = allFakers[locale];
  const sex = rng.pick(['female', 'male']);
  const first = f.person.firstName(sex);
  const last = f.person.lastName(sex);
  switch (locale) {
    case 'th':
      return rng.chance(0.3) ? `${first} ${rng.pick(M13_THAI_NA)}` : `${first} ${last}`;
    case 'he':
      if (rng.chance(0.2)) return `${first} בן ${rng.pick(['דוד', 'חיים', 'עמי', 'שושן', 'שמעון', 'נון', 'אבו'])}`;
      if (rng.chance(0.15)) return `${first} ${f.person.firstName(sex)} ${last}`;
      return `${first} ${last}`;
    case 'ar':
      if (rng.chance(0.25)) return `${first} ${rng.pick(['بن', 'بن', 'بنت'])} ${f.person.firstName('male')} ${last}`;
      if (rng.chance(0.2)) return `${first} ${rng.pick(['عبد الله', 'عبد الرحمن', 'عبد العزيز'])} ${rng.pick(['الشمري', 'العتيبي', 'القحطاني', 'الزهراني', 'النجار', 'الحسيني'])}`;
      return `${first} ${last}`;
    case 'fa':
      return rng.chance(0.15) ? `${first} ${f.person.firstName(sex)} ${last}` : `${first} ${last}`;
    case 'ru':
    case 'uk': {
      const middle = f.person.middleName(sex);
      const k = rng.int(0, 3);
      if (k === 0) return `${first} ${middle} ${last}`;
      if (k === 1) return `${last} ${first} ${middle}`;
      return `${first} ${last}`;
    }
    case 'mk':
      return rng.chance(0.25) ? `${first} ${rng.pick([...'АБВГДЕЗИКЛМНПРСТ'])}. ${last}` : `${first} ${last}`;
    case 'zh_CN':
      return `${last}${first}`;
    case 'ko':
      return `${last}${first}`;
    case 'ja':
      return `${last}${rng.pick(['', ' '])}${first}`;
    default:
      return `${first} ${last}`;
  }
}

const M13 = {
  he: {
    pos: ['קוראים לי {P} ואני גר ב{L}.', 'שמי {P}, אפשר לחזור אליי?', 'מר {P} יגיע מחר בבוקר.', 'גב\' {P} ביקשה להעביר את התיק.',
      'ד"ר {P} יקבל אותך בשעה 10.', 'עו"ד {P} מייצג את החברה.', 'שם מלא: {P}', 'שם: {P}\nטלפון: {N}', 'משתתפים: {P}, {P} ו{P}',
      'בברכה,\n{P}', 'תודה,\n{P}', 'היי {P}, מה שלומך?', 'לכבוד {P}\n{L}', 'דיברתי עם {P} אתמול.', 'איש קשר: {P} ({E})', 'שלום {P},\nמצורף הקובץ.'],
    neg: ['מר המשמרת הודיע על שינוי.', 'שם: מחלקת שירות לקוחות', 'בברכה,\nצוות התמיכה', 'משתתפים: כל עובדי המחלקה', 'היי לכולם, מה נשמע?',
      'לכבוד הנהלת החברה\n{L}', 'שלום רב, ההזמנה {N} נשלחה.', 'נסענו ל{L} ולחיפה בסוף השבוע.', 'איש קשר: שירות לקוחות ({E})'],
  },
  ar: {
    pos: ['اسمي {P} وأعمل في {L}.', 'السيد {P} سيحضر الاجتماع غداً.', 'السيدة {P} مديرة القسم.', 'الدكتور {P} في العيادة اليوم.',
      'الاسم الكامل: {P}', 'الاسم: {P}\nالهاتف: {N}', 'الحضور: {P}، {P} و{P}', 'مع خالص التحيات،\n{P}', 'تحياتي،\n{P}',
      'مرحباً {P}، كيف حالك؟', 'تواصل مع {P} على {E}', 'قال {P} إن الشحنة وصلت.', 'المستفيد: {P}', 'عزيزي {P}،\nنشكرك على تواصلك.'],
    neg: ['السيد الرئيس يلقي كلمة اليوم.', 'الاسم: قسم خدمة العملاء', 'مع خالص التحيات،\nفريق الدعم', 'الحضور: أعضاء مجلس الإدارة',
      'مرحباً بكم في {L}.', 'الدكتور المناوب في الطوارئ.', 'تواصل مع خدمة العملاء على {E}', 'الطلب رقم {N} في الطريق.'],
  },
  fa: {
    pos: ['اسم من {P} است.', 'آقای {P} فردا می‌آید.', 'خانم {P} مدیر فروش است.', 'جناب آقای {P}\nبا سلام', 'دکتر {P} امروز در مطب است.',
      'نام و نام خانوادگی: {P}', 'نام: {P}\nتلفن: {N}', 'شرکت‌کنندگان: {P}، {P} و {P}', 'با احترام،\n{P}', 'با سپاس،\n{P}',
      'سلام {P}، خوبی؟', 'صحبت کردم با {P} درباره قرارداد.', 'گیرنده: {P}'],
    neg: ['آقای رئیس جمهور امروز سخنرانی کرد.', 'نام: واحد پشتیبانی', 'با احترام،\nواحد فروش', 'شرکت‌کنندگان: همه کارمندان',
      'سلام به همه، جلسه ساعت {N} است.', 'دکتر مهندس محترم', 'گیرنده: دفتر مرکزی {L}', 'سفارش {N} ارسال شد.'],
  },
  ur: {
    pos: ['میرا نام {P} ہے۔', 'جناب {P} صاحب، آپ کا شکریہ۔', 'محترمہ {P} کل آئیں گی۔', 'ڈاکٹر {P} آج کلینک میں ہیں۔',
      'پورا نام: {P}', 'نام: {P}\nفون: {N}', 'شرکاء: {P}، {P} اور {P}', 'والسلام\n{P}', 'شکریہ،\n{P}', 'السلام علیکم {P}،\nآپ کی درخواست موصول ہو گئی۔',
      '{P} نے کہا کہ میٹنگ ملتوی ہو گئی ہے۔', 'منجانب: {P}'],
    neg: ['جج صاحب نے فیصلہ سنایا۔', 'نام: کسٹمر سروس', 'والسلام\nانتظامیہ', 'شرکاء: تمام ملازمین', 'السلام علیکم، امید ہے آپ خیریت سے ہوں گے۔',
      'ڈاکٹر صاحب آج چھٹی پر ہیں۔', 'آرڈر نمبر {N} روانہ کر دیا گیا ہے۔'],
  },
  th: {
    pos: ['นาย{P} เป็นผู้จัดการ', 'นางสาว{P} ติดต่อมาเมื่อวาน', 'นาง{P} อาศัยอยู่ที่{L}', 'คุณ{P} ครับ เอกสารพร้อมแล้ว', 'ดร.{P} จะบรรยายพรุ่งนี้',
      'ชื่อ-นามสกุล: {P}', 'ชื่อ: {P}\nโทร: {N}', 'ผู้เข้าร่วม: {P}, {P} และ {P}', 'ขอแสดงความนับถือ\n{P}', 'ผมชื่อ{P}ครับ', 'ดิฉันชื่อ{P}ค่ะ',
      'ผู้ติดต่อ: {P} ({E})', 'เรียน คุณ{P}\nตามที่ท่านได้สอบถาม'],
    neg: ['คุณภาพสินค้าดีมาก', 'นายจ้างต้องจ่ายค่าจ้างตรงเวลา', 'ขอบคุณครับ', 'ชื่อ: ฝ่ายบริการลูกค้า', 'ขอแสดงความนับถือ\nฝ่ายบุคคล',
      'ผู้เข้าร่วม: พนักงานทุกคน', 'คุณช่วยส่งเอกสารได้ไหม', 'นางพยาบาลกำลังมา', 'คำสั่งซื้อ {N} จัดส่งแล้ว'],
  },
  ka_GE: {
    pos: ['ჩემი სახელია {P}.', 'ბატონი {P} ხვალ ჩამოვა.', 'ქალბატონი {P} დირექტორია.', 'სახელი, გვარი: {P}', 'სახელი: {P}\nტელ: {N}',
      'მონაწილეები: {P}, {P} და {P}', 'შეხვედრას დაესწრნენ {P} და {P}.', 'პატივისცემით,\n{P}', 'გამარჯობა {P}, როგორ ხარ?',
      'დოქტორი {P} დღეს მიიღებს.', '{P} და {P} მუშაობენ {L}ში.', 'ადრესატი: {P}'],
    neg: ['ბატონო დირექტორო, გმადლობთ.', 'სახელი: მომხმარებელთა მომსახურება', 'პატივისცემით,\nადმინისტრაცია',
      'მონაწილეები: ყველა თანამშრომელი', 'გამარჯობა ყველას!', 'შეკვეთა {N} გაგზავნილია.', 'თბილისი და ბათუმი ლამაზი ქალაქებია.'],
  },
  hy: {
    pos: ['Իմ անունը {P} է։', 'Պարոն {P} վաղը կգա։', 'Տիկին {P} տնօրենն է։', 'Անուն, ազգանուն՝ {P}', 'Անուն: {P}\nՀեռ.: {N}',
      'Մասնակիցներ՝ {P}, {P} և {P}', 'Հարգանքով՝\n{P}', 'Բարև {P}, ինչպե՞ս ես։', '{P} աշխատում է {L}ում։', 'Դոկտոր {P} այսօր ընդունում է։',
      '{P}ը ասաց, որ կզանգի։'],
    neg: ['Պարոն նախագահ, շնորհակալություն։', 'Անուն: Հաճախորդների սպասարկում', 'Հարգանքով՝\nԱդմինիստրացիա', 'Բարև բոլորին։',
      'Պատվեր {N}-ը ուղարկված է։', 'Երևան և Գյումրի քաղաքներում։'],
  },
  ru: {
    pos: ['Меня зовут {P}.', 'Господин {P} приедет завтра.', 'ФИО: {P}', 'Имя: {P}\nТел.: {N}', 'Участники: {P}, {P} и {P}',
      'С уважением,\n{P}', 'Здравствуйте, {P}!', 'Уважаемый {P}, благодарим за обращение.', '{P} сказал, что перезвонит.',
      'Получатель: {P}', 'Договорились с {P} о встрече.', 'Директор {P} подписал приказ.'],
    neg: ['Уважаемые коллеги, собрание в {N}.', 'ФИО: не указано', 'С уважением,\nСлужба поддержки', 'Участники: все сотрудники отдела',
      'Здравствуйте, коллеги!', 'Получатель: ООО «Ромашка»', 'Заказ {N} отправлен.', 'Москва и Казань — крупные города.'],
  },
  uk: {
    pos: ['Мене звати {P}.', 'Пан {P} приїде завтра.', 'Пані {P} — директорка.', 'ПІБ: {P}', 'Ім\'я: {P}\nТел.: {N}',
      'Учасники: {P}, {P} та {P}', 'З повагою,\n{P}', 'Добрий день, {P}!', 'Шановний {P}, дякуємо за звернення.', '{P} сказав, що перетелефонує.',
      'Отримувач: {P}'],
    neg: ['Шановні колеги, нарада о {N}.', 'ПІБ: не вказано', 'З повагою,\nСлужба підтримки', 'Учасники: всі працівники відділу',
      'Добрий день усім!', 'Замовлення {N} надіслано.', 'Київ і Львів — великі міста.'],
  },
  mk: {
    pos: ['Јас се викам {P}.', 'Господин {P} ќе дојде утре.', 'Госпоѓа {P} е директорка.', 'Име и презиме: {P}', 'Име: {P}\nТел.: {N}',
      'Учесници: {P}, {P} и {P}', 'Со почит,\n{P}', 'Здраво {P}, како си?', 'Почитуван {P}, ви благодариме.', '{P} рече дека ќе се јави.',
      'Д-р {P} прима денес.'],
    neg: ['Почитувани колеги, состанокот е во {N}.', 'Име и презиме: непознато', 'Со почит,\nСлужба за корисници', 'Учесници: сите вработени',
      'Здраво на сите!', 'Нарачката {N} е испратена.', 'Скопје и Охрид се убави градови.'],
  },
  el: {
    pos: ['Με λένε {P}.', 'Ο κύριος {P} θα έρθει αύριο.', 'Η κυρία {P} είναι διευθύντρια.', 'Ονοματεπώνυμο: {P}', 'Όνομα: {P}\nΤηλ.: {N}',
      'Συμμετέχοντες: {P}, {P} και {P}', 'Με εκτίμηση,\n{P}', 'Γεια σου {P}, τι κάνεις;', 'Αγαπητέ {P}, σας ευχαριστούμε.', 'Ο {P} είπε ότι θα τηλεφωνήσει.',
      'Παραλήπτης: {P}'],
    neg: ['Αγαπητοί συνάδελφοι, η σύσκεψη είναι στις {N}.', 'Ονοματεπώνυμο: άγνωστο', 'Με εκτίμηση,\nΕξυπηρέτηση Πελατών', 'Γεια σε όλους!',
      'Η παραγγελία {N} στάλθηκε.', 'Αθήνα και Θεσσαλονίκη είναι μεγάλες πόλεις.'],
  },
  zh_CN: {
    pos: ['我叫{P}，在{L}工作。', '{P}先生明天到。', '{P}女士是部门经理。', '姓名：{P}', '联系人：{P}\n电话：{N}', '参会人员：{P}、{P}和{P}',
      '此致\n敬礼\n{P}', '亲爱的{P}：\n您好！', '{P}说会议推迟了。', '收件人：{P}', '{P}老师，您好！'],
    neg: ['项目经理明天到。', '姓名：未填写', '参会人员：全体员工', '亲爱的同学们：\n大家好！', '订单{N}已发货。', '北京和上海都是大城市。', '联系人：客服部'],
  },
  ko: {
    pos: ['저는 {P}입니다.', '{P} 과장님이 내일 오십니다.', '{P} 씨에게 전달해 주세요.', '이름: {P}', '성명: {P}\n연락처: {N}', '참석자: {P}, {P}, {P}',
      '감사합니다.\n{P} 드림', '안녕하세요, {P}입니다.', '담당자: {P} ({E})', '{P}님, 주문하신 상품이 발송되었습니다.'],
    neg: ['고객님, 주문하신 상품이 발송되었습니다.', '이름: 미입력', '참석자: 전 직원', '감사합니다.\n고객지원팀 드림', '주문번호 {N} 배송 시작',
      '서울과 부산은 큰 도시입니다.', '담당자: 고객센터 ({E})'],
  },
  ja: {
    pos: ['私は{P}と申します。', '{P}さん、お疲れ様です。', '{P}様\nいつもお世話になっております。', '氏名：{P}', '担当：{P}\n電話：{N}',
      '出席者：{P}、{P}、{P}', '{P}先生の授業です。', 'お名前：{P}'],
    neg: ['お客様各位', '氏名：未記入', '出席者：全員', '担当：営業部', '注文番号{N}を発送しました。', '東京と大阪は大都市です。', '店長さんに聞いてください。'],
  },
  ne: {
    pos: ['मेरो नाम {P} हो।', 'श्री {P} भोलि आउनुहुन्छ।', 'श्रीमती {P} प्रबन्धक हुनुहुन्छ।', 'नाम: {P}', 'नाम थर: {P}\nफोन: {N}',
      'उपस्थित: {P}, {P} र {P}', 'धन्यवाद,\n{P}', 'नमस्ते {P} जी', 'डा. {P} आज क्लिनिकमा हुनुहुन्छ।', 'प्रिय {P},\nतपाईंको पत्र पाएँ।'],
    neg: ['श्री पशुपतिनाथ मन्दिर', 'नाम: अनिवार्य', 'धन्यवाद,\nव्यवस्थापन', 'उपस्थित: सबै कर्मचारी', 'नमस्ते सबैलाई!',
      'अर्डर नम्बर {N} पठाइयो।', 'प्रिय ग्राहक,\nतपाईंको अर्डर पठाइयो।'],
  },
};

function mask13Record(i) {
  const positive = i % 3 !== 0;
  const locale = rng.pick(Object.keys(M13));
  const f = allFakers[locale];
  const r = new Record(positive ? 'mask13_person' : 'mask13_negative', locale);
  const template = rng.pick(positive ? M13[locale].pos : M13[locale].neg);
  for (const piece of template.split(/(\{[A-Za-z]\})/)) {
    if (!/^\{[A-Za-z]\}$/.test(piece)) {
      if (piece) r.t(piece);
      continue;
    }
    const k = piece[1];
    if (k === 'P') r.e('PERSON', m13Name(locale));
    else if (k === 'E') r.e('EMAIL_ADDRESS', `${rng.pick(['info', 'office', 'contact', 'mail'])}${rng.int(1, 999)}@example.${rng.pick(['com', 'org', 'net'])}`);
    else if (k === 'L') r.e('LOCATION', city(f));
    else r.t(String(rng.int(10, 9999)));
  }
  return r;
}

if (SET === 'mask13') {
  const out = [];
  while (out.length < RECORDS) out.push(mask13Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the addr12 probe set (--set addr12) -----------------------------------
//
//   node generate.mjs --set addr12 --seed 73 --records 1200 > ../data/generated_pii_addr12.json
//
// Street addresses of the countries whose ADDRESS recall was still under
// target, as their people write them in letters, forms, chats, signatures,
// delivery notes, JSON and CSV: Greek and Macedonian in their scripts and
// romanised ("Odos Ermou 25", "ul. Makedonija 12"), Quebec French ("1234, rue
// Sainte-Catherine Ouest, app. 5", "boul.", "ch.", "C.P."), Welsh ("Heol",
// "Ffordd", "Stryd"), Georgian in its script and romanised, Uzbek
// ("ko'chasi", "mahallasi", "12-uy"), Ghanaian ("House No.", "Hse No.", digital
// addresses as the postcode), Esperanto, Czech ("681/12"), Portuguese,
// Austrian ("45/3/12", "Top 4"), Belgian Dutch ("bus 3"), Thai, Chinese (in
// characters and in pinyin), Spanish, Latvian, Indian, Nepali, Hungarian and
// Urdu, plus the Yoruba, Zulu and Kurdish streets of faker. Faker gives the
// street, town and postcode names where its locale has them; the layout and
// the other names are written from each country's postal usage. Labels: the
// street part (name, type, house number, unit; a post-office box) is ADDRESS,
// the town LOCATION, postcodes, districts, regions and countries nothing.
// Near-misses — numbers next to street-like or place words that are no
// address (rooms, gates, platforms, chapters, pages, lines of a form,
// product codes, dates, prices, scores, bus lines, towns alone) — in the same
// languages are labelled nothing but their towns (LOCATION).

// (A7 and a7 of the addr7 section: a locale's faker, a value or a fallback.)
const A12_DEVA = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0966 + Number(d)));
const A12_URDU = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const A12_THAI = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const a12n = (lo, hi) => String(rng.int(lo, hi));
const A12_GEO = { ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k\'', ლ: 'l', მ: 'm',
  ნ: 'n', ო: 'o', პ: 'p\'', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't\'', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q\'', შ: 'sh',
  ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts\'', ჭ: 'ch\'', ხ: 'kh', ჯ: 'j', ჰ: 'h' };
// Georgian in the national romanisation, the apostrophes of ejectives
// dropped as most people write it.
function a12GeoRoman(s) {
  let out = '';
  for (const ch of s) out += (A12_GEO[ch] ?? ch).replace(/'/g, '');
  return out.replace(/(^|[\s-])([a-z])/g, (m, a, b) => a + b.toUpperCase());
}

// -- Greek --
// Greek romanised as people type it: "ου" is "ou", capitals without accents.
const a12ElRoman = (s) => transliterate(s.replace(/ο[υύ]/g, 'ou').replace(/Ο[υύΥ]/g, 'Ou'));
const a12ElCaps = (s) => s.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const A12_EL_NAMES = ['Ερμού', 'Πανεπιστημίου', 'Σταδίου', 'Κηφισίας', 'Βασιλίσσης Σοφίας', 'Αλεξάνδρας', 'Μεσογείων',
  'Αθηνάς', 'Τσιμισκή', 'Εγνατίας', 'Αγίου Δημητρίου', 'Ακτή Μιαούλη', 'Καραϊσκάκη', 'Κολοκοτρώνη', 'Ηρώων Πολυτεχνείου'];
const A12_EL_TOWNS = ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο', 'Λάρισα', 'Βόλος', 'Ιωάννινα', 'Χανιά', 'Καλαμάτα', 'Πειραιάς'];
function a12Greek() {
  const f = A7('el');
  const roman = rng.chance(0.5);
  const name = rng.chance(0.5) ? rng.pick(A12_EL_NAMES) : f.location.street().replace(/^(Πλ\.|Λεωφ\.|Οδός|Πάροδος) /, '');
  const town = rng.chance(0.5) ? rng.pick(A12_EL_TOWNS) : f.location.city();
  const zip = `${a12n(100, 851)} ${a12n(10, 99)}`;
  const num = `${rng.int(1, 220)}${rng.pick(['', '', '', 'Α', 'Β'])}`;
  const type = rng.pick(['', '', 'Οδός ', 'Λεωφόρος ', 'Λεωφ. ', 'Πλατεία ', 'Πλ. ', 'οδός ']);
  const unit = rng.pick(['', '', '', `, ${rng.int(1, 7)}ος όροφος`, `, Διαμ. ${rng.int(1, 20)}`, `, ${rng.int(1, 7)}ος όρ.`]);
  if (!roman) {
    const street = `${type}${name} ${num}${unit}`;
    const style = rng.int(0, 3);
    if (style === 0) return { street, after: `, ${zip} `, town };
    if (style === 1) return { street, after: `\n${zip} `, town: a12ElCaps(town) };
    if (style === 2) return { street: `${type}${name} αρ. ${rng.int(1, 200)}${unit}`, after: ', ', town };
    return { street, after: ', ', town, tail: `, Τ.Κ. ${zip}` };
  }
  const rname = a12ElRoman(name);
  const rtown = a12ElRoman(town);
  const rtype = { 'Οδός ': 'Odos ', 'οδός ': 'odos ', 'Λεωφόρος ': 'Leoforos ', 'Λεωφ. ': 'Leof. ', 'Πλατεία ': 'Plateia ', 'Πλ. ': 'Pl. ', '': '' }[type];
  const runit = rng.pick(['', '', `, ${rng.int(1, 7)}os orofos`, `, ${rng.int(1, 7)}th floor`, `, apt. ${rng.int(1, 20)}`]);
  const style = rng.int(0, 4);
  if (style === 0) return { street: `${rtype}${rname} ${num.replace('Α', 'A').replace('Β', 'B')}${runit}`, after: `, ${zip} `, town: rtown };
  if (style === 1) return { street: `${rname} ${rng.int(1, 220)}`, after: `\n${zip} `, town: rtown };
  if (style === 2) return { street: `${rng.int(1, 220)} ${rname} ${rng.pick(['Street', 'St.', 'Avenue', 'Ave'])}`, after: ', ', town: rtown, tail: ` ${zip}, Greece` };
  if (style === 3) return { street: `${rtype || 'Odos '}${rname} ${rng.int(1, 220)}`, after: ', ', town: rtown };
  return { street: `T.Th. ${rng.int(100, 9999)}`, after: `, ${zip} `, town: rtown };
}

// -- Macedonian --
const A12_MK_NAMES = ['Македонија', 'Партизански одреди', 'Илинденска', 'Гоце Делчев', 'Даме Груев', 'Орце Николов',
  'Јане Сандански', 'Кеј 13 Ноември', 'Никола Вапцаров', 'Маршал Тито', 'Св. Климент Охридски', 'Васил Главинов'];
const A12_MK_TOWNS = ['Скопје', 'Битола', 'Охрид', 'Куманово', 'Прилеп', 'Тетово', 'Велес', 'Штип', 'Струмица', 'Гостивар'];
function a12Macedonian() {
  const f = A7('mk');
  const roman = rng.chance(0.5);
  const name = rng.chance(0.5) ? rng.pick(A12_MK_NAMES) : f.location.street();
  const town = rng.chance(0.6) ? rng.pick(A12_MK_TOWNS) : f.location.city();
  const zip = rng.pick(['1000', '7000', '6000', '1300', '7500', '1200', '1400', '2000', '2400', '1230']);
  const type = rng.pick(['ул. ', 'ул. ', 'бул. ', 'улица ', 'Ул. ', '']);
  const num = rng.pick([`бр. ${rng.int(1, 150)}`, `${rng.int(1, 150)}`, `${rng.int(1, 150)}/${rng.int(1, 20)}`, `${rng.int(1, 90)}-${rng.int(1, 9)}/${rng.int(1, 30)}`, `бр. ${rng.int(1, 90)}, стан ${rng.int(1, 40)}`, `${rng.int(1, 90)} кат ${rng.int(1, 9)}`]);
  if (!roman) {
    const style = rng.int(0, 3);
    const quoted = rng.chance(0.3) ? `„${name}“` : name;
    if (style === 0) return { street: `${type}${quoted} ${num}`, after: `, ${zip} `, town };
    if (style === 1) return { street: `${type}${quoted} ${num}`, after: `\n${zip} `, town };
    if (style === 2) return { before: `${zip} `, town, mid: ', ', street: `${type || 'ул. '}${quoted} ${num}` };
    return { street: `${type}${quoted} ${num}`, after: ', ', town };
  }
  const rname = transliterate(name);
  const rtown = transliterate(town);
  const rtype = rng.pick(['ul. ', 'ul. ', 'Ul. ', 'bul. ', 'ulica ', 'Bulevar ', '']);
  const rnum = rng.pick([`br. ${rng.int(1, 150)}`, `${rng.int(1, 150)}`, `${rng.int(1, 150)}/${rng.int(1, 20)}`, `No. ${rng.int(1, 150)}`, `${rng.int(1, 90)}, stan ${rng.int(1, 40)}`]);
  const style = rng.int(0, 3);
  if (style === 0) return { street: `${rtype}${rname} ${rnum}`, after: `, ${zip} `, town: rtown };
  if (style === 1) return { street: `${rtype}${rname} ${rnum}`, after: `\n${zip} `, town: rtown, tail: '\nNorth Macedonia' };
  if (style === 2) return { street: `${rtype || 'ul. '}"${rname}" ${rnum}`, after: ', ', town: rtown };
  return { street: `${rtype}${rname} ${rnum}`, after: ', ', town: rtown };
}

// -- Quebec French --
const A12_QC_NAMES = ['Sainte-Catherine', 'Saint-Denis', 'Sherbrooke', 'René-Lévesque', 'de Maisonneuve', 'Saint-Laurent',
  'des Laurentides', 'du Lac-Beauport', 'Notre-Dame', 'Jean-Talon', 'Papineau', 'de la Montagne', 'Wellington',
  'des Érables', 'Principale', 'Saint-Joseph', 'Champlain', 'Laurier', 'du Parc', 'de l\'Église', 'Côte-des-Neiges'];
const A12_QC_TOWNS = ['Montréal', 'Québec', 'Laval', 'Gatineau', 'Longueuil', 'Sherbrooke', 'Trois-Rivières', 'Lévis',
  'Saguenay', 'Terrebonne', 'Rimouski', 'Saint-Jérôme', 'Drummondville', 'Granby'];
const A12_QC_TYPES = ['rue ', 'rue ', 'rue ', 'boul. ', 'boulevard ', 'av. ', 'avenue ', 'ch. ', 'chemin ', 'rang ',
  'montée ', 'côte ', 'place ', 'Rue ', 'Boul. ', 'rte ', 'route '];
function a12QcZip() {
  const L = () => rng.pick('ABCEGHJKLMNPRSTVXY'.split(''));
  return `${rng.pick(['H', 'G', 'J'])}${rng.int(0, 9)}${L()} ${rng.int(0, 9)}${L()}${rng.int(0, 9)}`;
}
function a12Quebec() {
  const f = A7('fr_CA');
  const name = rng.pick(A12_QC_NAMES);
  const type = rng.pick(A12_QC_TYPES);
  const dir = rng.pick(['', '', '', ' Ouest', ' Est', ' O.', ' E.', ' Nord']);
  const town = rng.chance(0.7) ? rng.pick(A12_QC_TOWNS) : f.location.city();
  const zip = a12QcZip();
  const unit = rng.pick(['', '', '', `, app. ${rng.int(1, 40)}`, `, bureau ${rng.int(100, 900)}`, `, suite ${rng.int(100, 900)}`, `, local ${rng.int(1, 30)}`, ` #${rng.int(1, 40)}`]);
  const num = `${rng.int(1, 9999)}${rng.pick(['', '', '', '-A', 'A'])}`;
  const comma = rng.chance(0.6) ? ',' : '';
  const province = rng.pick([' (Québec) ', ' QC ', ' (Qc) ', ' Québec ']);
  const style = rng.int(0, 5);
  if (style === 0) return { street: `${num}${comma} ${type}${name}${dir}${unit}`, after: '\n', town, tail: `${province}${zip}` };
  if (style === 1) return { street: `${num}${comma} ${type}${name}${dir}${unit}`, after: ', ', town, tail: `${province}${zip}` };
  // The unit before the number, joined by a dash.
  if (style === 2) return { street: `${rng.int(1, 40)}-${num} ${type}${name}${dir}`, after: ', ', town };
  if (style === 3) return { street: `${rng.pick(['C.P. ', 'Case postale ', 'CP '])}${rng.int(1, 9999)}${rng.pick(['', ', succ. Centre-ville', ', succursale B'])}`, after: ', ', town, tail: `${province}${zip}` };
  if (style === 4) return { street: `${num}${comma} ${type}${f.person.lastName()}${unit}`, after: ', ', town, tail: `${province}${zip}` };
  return { street: `${num} ${type}${name}${dir}`, after: ' à ', town };
}

// -- Welsh --
const A12_CY_NAMES = ['y Bont', 'y Castell', 'Fawr', 'y Frenhines', 'Penlan', 'Glan-y-Môr', 'Pen-y-Bryn', 'y Felin',
  'Newydd', 'yr Eglwys', 'Tegid', 'Dewi Sant', 'Cae Glas', 'y Parc', 'Llewelyn', 'Glyndŵr', 'Maengwyn', 'y Wern'];
const A12_CY_TYPES = ['Heol ', 'Ffordd ', 'Stryd ', 'Lôn ', 'Maes ', 'Cilgant ', 'Rhodfa ', 'Clos ', 'Teras ', 'Llys ', 'Stryd '];
const A12_CY_TOWNS = ['Caerdydd', 'Abertawe', 'Casnewydd', 'Wrecsam', 'Aberystwyth', 'Bangor', 'Caerfyrddin', 'Llanelli',
  'Pontypridd', 'Caernarfon', 'Dinbych-y-Pysgod', 'Aberhonddu', 'Machynlleth'];
function a12CyZip() {
  return `${rng.pick(['CF', 'SA', 'NP', 'LL', 'SY', 'LD'])}${rng.int(1, 48)} ${rng.int(0, 9)}${rng.pick('ABDEFGHJLNPQRSTUWXYZ'.split(''))}${rng.pick('ABDEFGHJLNPQRSTUWXYZ'.split(''))}`;
}
function a12Welsh() {
  const f = A7('cy');
  const town = rng.chance(0.6) ? rng.pick(A12_CY_TOWNS) : f.location.city();
  const zip = a12CyZip();
  const name = rng.chance(0.6) ? `${rng.pick(A12_CY_TYPES)}${rng.pick(A12_CY_NAMES)}` : f.location.street();
  const num = `${rng.int(1, 180)}${rng.pick(['', '', '', 'a', 'A'])}`;
  const flat = rng.pick(['', '', '', `Fflat ${rng.int(1, 12)}, `, `Flat ${rng.int(1, 12)}, `]);
  const house = rng.pick(['Tŷ Gwyn', 'Bryn Awel', 'Pen Rhiw', 'Hafod', 'Glan Aber', 'Tŷ Newydd', 'Awelfryn']);
  const style = rng.int(0, 4);
  if (style === 0) return { street: `${flat}${num} ${name}`, after: '\n', town, tail: `\n${zip}` };
  if (style === 1) return { street: `${flat}${num} ${name}`, after: ', ', town, tail: ` ${zip}` };
  if (style === 2) return { street: `${house}, ${num} ${name}`, after: ', ', town, tail: `, ${zip}` };
  if (style === 3) return { street: `${num} ${name}`, after: ', ', town };
  return { street: f.location.streetAddress(rng.chance(0.3)), after: ', ', town, tail: ` ${zip}` };
}

// -- Georgian --
const A12_KA_NAMES = ['რუსთაველის', 'ჭავჭავაძის', 'აღმაშენებლის', 'პეკინის', 'ვაჟა-ფშაველას', 'კოსტავას', 'წერეთლის',
  'ყაზბეგის', 'გამსახურდიას', 'ბარნოვის', 'ფალიაშვილის', 'აბაშიძის', 'თამარ მეფის', 'გორგასლის'];
const A12_KA_TYPES = ['ქუჩა', 'ქ.', 'გამზირი', 'გამზ.', 'ხეივანი', 'შესახვევი', 'ჩიხი', 'მოედანი'];
const A12_KA_TOWNS = ['თბილისი', 'ბათუმი', 'ქუთაისი', 'რუსთავი', 'ზუგდიდი', 'გორი', 'ფოთი', 'თელავი'];
const A12_KA_ROMAN_TYPES = { 'ქუჩა': ['St.', 'Street', 'str.', 'street', 'Str.'], 'ქ.': ['St.', 'str.'], 'გამზირი': ['Avenue', 'Ave.', 'ave.'],
  'გამზ.': ['Ave.', 'Ave'], 'ხეივანი': ['Alley', 'Lane'], 'შესახვევი': ['Lane', 'Dead End'], 'ჩიხი': ['Dead End', 'Lane'], 'მოედანი': ['Square', 'Sq.'] };
function a12Georgian() {
  const f = A7('ka_GE');
  const roman = rng.chance(0.45);
  const name = rng.chance(0.5) ? rng.pick(A12_KA_NAMES) : f.location.street().replace(/ (ქუჩა|ქ\.|გამზირი|გამზ\.|ხეივანი|შესახვევი|ჩიხი|მოედანი)$/, '');
  const type = rng.pick(A12_KA_TYPES);
  const town = rng.chance(0.6) ? rng.pick(A12_KA_TOWNS) : f.location.city();
  const zip = `0${a12n(100, 199)}`;
  const n = rng.int(1, 160);
  if (!roman) {
    const unit = rng.pick(['', '', `, ბინა ${rng.int(1, 90)}`, `, კორპ. ${rng.int(1, 12)}`, ` ბ. ${rng.int(1, 90)}`]);
    const style = rng.int(0, 3);
    if (style === 0) return { street: `${name} ${type} ${n}${unit}`, after: ', ', town, tail: ` ${zip}` };
    if (style === 1) return { before: `ქ. `, town, mid: ', ', street: `${name} ${type} ${n}${unit}` };
    if (style === 2) return { street: `${name} ${type} №${n}${unit}`, after: ', ', town };
    return { street: `${name} ${type} ${n}${unit}`, after: '\n', town, tail: `, ${zip}` };
  }
  const rname = a12GeoRoman(name).replace(/is$/, rng.chance(0.5) ? 'i' : 'is').replace(/as$/, 'a');
  const rtype = rng.pick(A12_KA_ROMAN_TYPES[type]);
  const rtown = a12GeoRoman(town);
  const unit = rng.pick(['', '', `, apt. ${rng.int(1, 90)}`, `, flat ${rng.int(1, 90)}`, `, building ${rng.int(1, 12)}`]);
  const style = rng.int(0, 3);
  if (style === 0) return { street: `${n} ${rname} ${rtype}${unit}`, after: ', ', town: rtown, tail: ` ${zip}, Georgia` };
  if (style === 1) return { street: `${rname} ${rtype} ${n}${unit}`, after: ', ', town: rtown, tail: ` ${zip}` };
  if (style === 2) return { street: `${rname} ${rtype.toLowerCase()} ${n}${unit}`, after: ', ', town: rtown };
  return { street: `${rname} ${rtype} N${rng.chance(0.5) ? '' : ' '}${n}${unit}`, after: ', ', town: rtown };
}

// -- Uzbek --
const A12_UZ_NAMES = ['Amir Temur', 'Mustaqillik', 'Navoiy', 'Bunyodkor', 'Buyuk Ipak Yo\'li', 'Shota Rustaveli',
  'Bobur', 'Mirzo Ulug\'bek', 'Farg\'ona yo\'li', 'Islom Karimov', 'Chilonzor', 'Abdulla Qodiriy', 'Sharof Rashidov'];
const A12_UZ_DISTRICTS = ['Yunusobod', 'Chilonzor', 'Mirzo Ulug\'bek', 'Yakkasaroy', 'Shayxontohur', 'Olmazor', 'Mirobod', 'Sergeli'];
const A12_UZ_TOWNS = ['Toshkent', 'Samarqand', 'Buxoro', 'Andijon', 'Namangan', 'Farg\'ona', 'Qarshi', 'Nukus', 'Urganch', 'Jizzax'];
const A12_UZ_MAHALLA = ['Navbahor', 'Guliston', 'Obod', 'Bog\'ishamol', 'Mehnatobod', 'Do\'stlik', 'Yangiobod', 'Ko\'kcha'];
const a12UzApos = (s) => s.replace(/'/g, rng.pick(['\'', '\'', 'ʻ', '‘', '’', '`']));
function a12Uzbek() {
  const f = A7('uz_UZ_latin');
  const name = rng.chance(0.6) ? rng.pick(A12_UZ_NAMES) : f.location.street().replace(/ (ko.chasi|daxasi|bulvari|xiyoboni|qirg.oqi|qishlog.i|shoh ko.chasi|tor ko.chasi)$/u, '');
  const type = rng.pick(['ko\'chasi', 'ko\'chasi', 'ko\'chasi', 'shoh ko\'chasi', 'tor ko\'chasi', 'berk ko\'chasi', 'mavzesi', 'shoh ko\'chasi', 'ko\'ch.']);
  const town = rng.chance(0.7) ? rng.pick(A12_UZ_TOWNS) : f.location.city();
  const house = rng.pick([`${rng.int(1, 120)}-uy`, `${rng.int(1, 120)}`, `${rng.int(1, 120)}-uy, ${rng.int(1, 90)}-xonadon`, `${rng.int(1, 120)}-uy, ${rng.int(1, 90)}-kvartira`, `${rng.int(1, 120)}A-uy`]);
  const style = rng.int(0, 5);
  if (style === 0) return { street: a12UzApos(`${name} ${type}, ${house}`), after: ', ', town, tail: ` ${a12n(100000, 230000)}` };
  if (style === 1) return { before: '', town, mid: ` ${rng.pick(['sh.', 'shahri'])}, ${rng.pick(A12_UZ_DISTRICTS)} tumani, `, street: a12UzApos(`${name} ${type}, ${house}`) };
  if (style === 2) return { street: a12UzApos(`${rng.pick(A12_UZ_MAHALLA)} mahallasi, ${name} ${type} ${house}`), after: ', ', town };
  if (style === 3) return { before: `${rng.pick(A12_UZ_DISTRICTS)} tumani, `, street: a12UzApos(`${rng.int(1, 20)}-mavze, ${rng.int(1, 60)}-uy, ${rng.int(1, 90)}-xonadon`), after: ', ', town };
  if (style === 4) return { street: a12UzApos(`${name} ${type}, ${house}`), after: '\n', town };
  return { street: a12UzApos(f.location.streetAddress(rng.chance(0.5))), after: ', ', town };
}

// -- Ghana --
const A12_GH_ROADS = ['Boame Road', 'Oxford Street', 'Ring Road Central', 'Spintex Road', 'Liberation Road', 'Kwame Nkrumah Avenue',
  'Nii Okaiman Street', 'Independence Avenue', 'Castle Road', 'Lagos Avenue', 'Aviation Road', 'Nsawam Road', 'Prempeh II Street', 'Asafoatse Nettey Road'];
const A12_GH_AREAS = ['East Legon', 'Osu', 'Labone', 'Kotobabi', 'Dansoman', 'Adabraka', 'Achimota', 'Tesano', 'Madina', 'Kaneshie', 'Asokwa', 'Bantama'];
const A12_GH_TOWNS = ['Accra', 'Kumasi', 'Tema', 'Takoradi', 'Tamale', 'Cape Coast', 'Koforidua', 'Ho', 'Sunyani', 'Osino'];
function a12GhDigital() {
  return `${rng.pick(['GA', 'GA', 'AK', 'GT', 'WS', 'CG', 'NT'])}-${a12n(100, 999)}-${a12n(1000, 9999)}`;
}
function a12Ghana() {
  const f = A7('en_GH');
  const road = rng.chance(0.6) ? rng.pick(A12_GH_ROADS) : f.location.street();
  const area = rng.pick(A12_GH_AREAS);
  const town = rng.chance(0.7) ? rng.pick(A12_GH_TOWNS) : f.location.city();
  const hse = rng.pick(['House No. ', 'Hse No. ', 'H/No. ', 'House No ', 'Hse. No. ', 'Plot ', 'Plot No. ']);
  const num = rng.pick([`${rng.int(1, 120)}`, `${rng.pick(['C', 'B', 'A', 'D'])} ${rng.int(1, 400)}/${rng.int(1, 30)}`, `${rng.int(1, 60)}${rng.pick(['A', 'B'])}`]);
  const style = rng.int(0, 5);
  if (style === 0) return { street: `${hse}${num}, ${road}`, after: ', ', town, tail: `\nGPS: ${a12GhDigital()}` };
  if (style === 1) return { street: `${hse}${num}, ${area}`, after: ', ', town };
  if (style === 2) return { street: `${rng.pick(['P.O. Box ', 'P. O. Box ', 'Box ', 'PMB '])}${rng.int(1, 9999)}${rng.pick(['', '', ', Osu', ', KIA'])}`, after: ', ', town };
  if (style === 3) return { street: `${rng.int(1, 90)} ${road}`, after: ', ', town, tail: ` (${a12GhDigital()})` };
  if (style === 4) return { street: `${hse}${num}, ${road}, ${area}`, after: '\n', town, tail: `\nDigital address: ${a12GhDigital()}` };
  return { street: f.location.streetAddress(rng.chance(0.5)), after: ', ', town };
}

// -- Esperanto --
const A12_EO_NAMES = ['Zamenhof', 'de la Paco', 'de Libereco', 'Ĉefa', 'de la Rozoj', 'Nova', 'de Tolstoj', 'de la Esperanto'];
function a12Esperanto() {
  const f = A7('eo');
  const town = f.location.city();
  const zip = a12n(10000, 99999);
  const street = rng.chance(0.5) ? f.location.street() : `${rng.pick(['Strato', 'Avenuo', 'Placo', 'Bulvardo', 'Vojo', 'Aleo', 'Kajo'])} ${rng.pick(A12_EO_NAMES)}`;
  const unit = rng.pick(['', '', '', ` ĉambro ${rng.int(1, 900)}`, `, apartamento ${rng.int(1, 90)}`, `, etaĝo ${rng.int(1, 9)}`]);
  const num = rng.int(1, 400);
  const style = rng.int(0, 3);
  if (style === 0) return { street: `${street} ${num}${unit}`, after: `, ${zip} `, town };
  if (style === 1) return { street: `${street} ${num}${unit}`, after: `\n${zip} `, town };
  if (style === 2) return { street: `${num} ${street}${unit}`, after: ', ', town };
  return { street: f.location.streetAddress(rng.chance(0.5)), after: ', ', town };
}

// -- Czech --
const A12_CZ_NAMES = ['Vodičkova', 'Na Příkopě', 'náměstí Míru', 'Karlova', 'Vinohradská', 'Masarykova', 'Husova',
  'Nádražní', 'třída Tomáše Bati', 'U Nádraží', 'K Lesu', 'Palackého', 'Jiráskova', 'Sokolovská', 'nám. Republiky', 'Dlouhá'];
const A12_CZ_TOWNS = ['Praha 1', 'Praha 2', 'Praha 10', 'Brno', 'Ostrava', 'Plzeň', 'Olomouc', 'Liberec', 'Zlín', 'České Budějovice', 'Hradec Králové'];
function a12Czech() {
  const f = A7('cs_CZ');
  const name = rng.chance(0.5) ? rng.pick(A12_CZ_NAMES) : f.location.street();
  const town = rng.chance(0.6) ? rng.pick(A12_CZ_TOWNS) : f.location.city();
  const zip = `${a12n(100, 799)} ${a12n(0, 9)}${a12n(0, 9)}`;
  const num = rng.pick([`${rng.int(1, 3000)}/${rng.int(1, 80)}`, `${rng.int(1, 150)}`, `${rng.int(100, 2999)}/${rng.int(1, 40)}${rng.pick(['a', 'b', ''])}`, `${rng.int(1, 90)}`]);
  const unit = rng.pick(['', '', '', `, byt ${rng.int(1, 40)}`, `, ${rng.int(1, 6)}. patro`]);
  const style = rng.int(0, 4);
  if (style === 0) return { street: `${name} ${num}${unit}`, after: `, ${zip} `, town };
  if (style === 1) return { street: `${name} ${num}${unit}`, after: `\n${zip} `, town };
  if (style === 2) return { street: `${name} ${num}${unit}`, after: ', ', town };
  if (style === 3) return { street: `${rng.pick(['č. p. ', 'čp. ', 'č.p. '])}${rng.int(1, 400)}`, after: `, ${zip} `, town };
  return { street: `P. O. Box ${rng.int(1, 999)}`, after: `, ${zip} `, town };
}

// -- Portugal --
const A12_PT_NAMES = ['Augusta', 'da Prata', 'Garrett', 'de Santa Catarina', 'da Liberdade', 'dos Aliados', 'de Cedofeita',
  'da República', 'Almirante Reis', 'do Carmo', 'Fernão de Magalhães', 'Dom João IV', '5 de Outubro', 'Gago Coutinho'];
const A12_PT_TOWNS = ['Lisboa', 'Porto', 'Coimbra', 'Braga', 'Faro', 'Aveiro', 'Setúbal', 'Viseu', 'Funchal', 'Leiria'];
function a12Portuguese() {
  const f = A7('pt_PT');
  const zip = `${a12n(1000, 9899)}-${a12n(100, 999)}`;
  const town = rng.chance(0.6) ? rng.pick(A12_PT_TOWNS) : f.location.city();
  const type = rng.pick(['Rua ', 'R. ', 'Av. ', 'Avenida ', 'Travessa ', 'Tv. ', 'Praça ', 'Largo ', 'Estrada ', 'Calçada ', 'Alameda ']);
  const name = rng.chance(0.6) ? `${type}${rng.pick(A12_PT_NAMES)}` : f.location.street();
  const num = rng.pick([`${rng.int(1, 400)}`, `n.º ${rng.int(1, 400)}`, `nº ${rng.int(1, 400)}`, `${rng.int(1, 200)}-${rng.pick(['A', 'B', 'C'])}`, `${rng.int(1, 200)}A`]);
  const unit = rng.pick(['', '', `, ${rng.int(1, 9)}.º Esq.`, `, ${rng.int(1, 9)}º Dto`, ` ${rng.int(1, 9)}º Frt`, ', r/c', `, ${rng.int(1, 9)}.º andar`, `, ${rng.int(1, 9)}º ${rng.pick(['A', 'B', 'D'])}`]);
  const style = rng.int(0, 4);
  if (style === 0) return { street: `${name}, ${num}${unit}`, after: `\n${zip} `, town };
  if (style === 1) return { street: `${name}, ${num}${unit}`, after: `, ${zip} `, town };
  if (style === 2) return { street: `${name} ${num}${unit}`, after: ', ', town };
  if (style === 3) return { street: `Apartado ${rng.int(1, 9999)}`, after: `, ${zip} `, town };
  return { street: f.location.streetAddress(rng.chance(0.5)), after: `, ${zip} `, town };
}

// -- Austria --
const A12_AT_NAMES = ['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Favoritenstraße', 'Herrengasse', 'Hauptplatz', 'Getreidegasse',
  'Linzer Straße', 'Schönbrunner Straße', 'Wiedner Gürtel', 'Stubenring', 'Annenstraße', 'Maria-Theresien-Straße', 'Lerchenfelder Gürtel',
  'Obere Donaustraße', 'Rennweg', 'Salzachkai', 'Am Hof', 'Leopoldsgasse', 'Kaiser-Josef-Platz', 'Bahnhofstraße'];
const A12_AT_TOWNS = ['Wien', 'Graz', 'Linz', 'Salzburg', 'Innsbruck', 'Klagenfurt', 'Villach', 'Wels', 'St. Pölten', 'Dornbirn', 'Bregenz'];
function a12Austrian() {
  const f = A7('de_AT');
  const name = rng.chance(0.6) ? rng.pick(A12_AT_NAMES) : f.location.street();
  const town = rng.chance(0.6) ? rng.pick(A12_AT_TOWNS) : f.location.city();
  const zip = a12n(1010, 9992);
  const num = rng.pick([`${rng.int(1, 200)}`, `${rng.int(1, 200)}/${rng.int(1, 30)}`, `${rng.int(1, 200)}/${rng.int(1, 9)}/${rng.int(1, 30)}`, `${rng.int(1, 120)}/Top ${rng.int(1, 30)}`, `${rng.int(1, 120)}, Stiege ${rng.int(1, 6)}, Tür ${rng.int(1, 30)}`, `${rng.int(1, 120)}${rng.pick(['a', 'b', 'c'])}`]);
  const style = rng.int(0, 4);
  if (style === 0) return { street: `${name} ${num}`, after: `, ${zip} `, town };
  if (style === 1) return { street: `${name} ${num}`, after: `\n${rng.pick(['', 'A-'])}${zip} `, town };
  if (style === 2) return { street: `${name} ${num}`, after: ', ', town };
  if (style === 3) return { street: `Postfach ${rng.int(1, 999)}`, after: `, ${zip} `, town };
  return { street: f.location.streetAddress(rng.chance(0.5)), after: `, ${zip} `, town };
}

// -- Belgium (Dutch) --
const A12_BE_NAMES = ['Kerkstraat', 'Grote Markt', 'Meir', 'Stationsstraat', 'Frankrijklei', 'Veldstraat', 'Korenmarkt',
  'Naamsestraat', 'Bondgenotenlaan', 'Brusselsesteenweg', 'Kortrijksesteenweg', 'Lange Nieuwstraat', 'Vrijdagmarkt', 'Diestsevest'];
const A12_BE_TOWNS = ['Antwerpen', 'Gent', 'Brugge', 'Leuven', 'Mechelen', 'Hasselt', 'Kortrijk', 'Aalst', 'Oostende', 'Genk', 'Sint-Niklaas'];
function a12Belgian() {
  const f = A7('nl_BE');
  const name = rng.chance(0.6) ? rng.pick(A12_BE_NAMES) : f.location.street();
  const town = rng.chance(0.6) ? rng.pick(A12_BE_TOWNS) : f.location.city();
  const zip = a12n(1000, 9992);
  const num = rng.pick([`${rng.int(1, 300)}`, `${rng.int(1, 300)} bus ${rng.int(1, 30)}`, `${rng.int(1, 300)}/${rng.int(1, 30)}`, `${rng.int(1, 300)}${rng.pick(['A', 'B', 'a'])}`, `${rng.int(1, 300)} b${rng.int(1, 9)}`, `${rng.int(1, 300)}, ${rng.int(1, 5)}e verdieping`]);
  const style = rng.int(0, 4);
  if (style === 0) return { street: `${name} ${num}`, after: `, ${zip} `, town };
  if (style === 1) return { street: `${name} ${num}`, after: `\n${rng.pick(['', 'B-'])}${zip} `, town };
  if (style === 2) return { street: `${name} ${num}`, after: ' te ', town };
  if (style === 3) return { street: `Postbus ${rng.int(1, 999)}`, after: `, ${zip} `, town };
  return { street: f.location.streetAddress(rng.chance(0.5)), after: `, ${zip} `, town };
}

// -- Thailand --
const A12_TH_ROADS = ['สุขุมวิท', 'พหลโยธิน', 'รัชดาภิเษก', 'ลาดพร้าว', 'เพชรบุรี', 'สีลม', 'พระราม 4', 'วิภาวดีรังสิต', 'งามวงศ์วาน', 'นิมมานเหมินท์'];
const A12_TH_SUB = [['คลองเตย', 'คลองเตย'], ['ลาดยาว', 'จตุจักร'], ['สีลม', 'บางรัก'], ['ห้วยขวาง', 'ห้วยขวาง'], ['สุเทพ', 'เมืองเชียงใหม่'], ['บางนา', 'บางนา']];
const A12_TH_ROMAN = ['Sukhumvit', 'Phahonyothin', 'Ratchadaphisek', 'Lat Phrao', 'Phetchaburi', 'Silom', 'Rama IV', 'Vibhavadi Rangsit', 'Nimmanhaemin'];
function a12Thai() {
  const f = A7('th');
  const road = rng.pick(A12_TH_ROADS);
  const [sub, dist] = rng.pick(A12_TH_SUB);
  const zip = a12n(10100, 96220);
  const digits = rng.chance(0.2) ? A12_THAI : (s) => s;
  const house = rng.chance(0.5) ? `${rng.int(1, 999)}/${rng.int(1, 99)}` : `${rng.int(1, 999)}`;
  const soi = rng.pick(['', '', ` ซอย${rng.pick(['', ' '])}${rng.int(1, 71)}`, ` ซ.${rng.int(1, 71)}`, ` หมู่ ${rng.int(1, 12)}`, ` ม.${rng.int(1, 12)}`]);
  const roadWord = rng.pick(['ถนน', 'ถ.', 'ถนน']);
  const style = rng.int(0, 5);
  if (style === 0) return { street: digits(`${house}${soi} ${roadWord}${road}`), after: ` แขวง${sub} เขต${dist} `, town: 'กรุงเทพฯ', tail: ` ${zip}` };
  if (style === 1) return { street: digits(`เลขที่ ${house}${soi} ${roadWord}${road}`), after: ` ต.${sub} อ.${dist} จ.`, town: 'เชียงใหม่', tail: ` ${zip}` };
  if (style === 2) return { street: digits(`${house} หมู่ ${rng.int(1, 12)}`), after: ` ตำบล${sub} อำเภอ${dist} จังหวัด`, town: rng.pick(['นนทบุรี', 'ขอนแก่น', 'ภูเก็ต']), tail: ` ${zip}` };
  if (style === 3) return { street: `${house} ${rng.pick(A12_TH_ROMAN)} ${rng.pick(['Road', 'Rd.', 'Soi ' + rng.int(1, 71)])}`, after: `, ${rng.pick(['Khlong Toei', 'Chatuchak', 'Bang Rak', 'Huai Khwang'])}, `, town: 'Bangkok', tail: ` ${zip}` };
  if (style === 4) return { street: `${house} Moo ${rng.int(1, 12)}, ${rng.pick(['Soi', 'Thanon'])} ${rng.pick(A12_TH_ROMAN)}`, after: ', Tambon Suthep, Amphoe Mueang, ', town: 'Chiang Mai', tail: ` ${zip}` };
  return { street: f.location.streetAddress(false), after: ' ', town: f.location.city() };
}

// -- China --
const A12_ZH_PLACES = [['北京市', '朝阳区'], ['北京市', '海淀区'], ['上海市', '浦东新区'], ['上海市', '徐汇区'], ['广州市', '天河区'],
  ['深圳市', '南山区'], ['杭州市', '西湖区'], ['成都市', '武侯区'], ['南京市', '鼓楼区'], ['武汉市', '洪山区']];
const A12_ZH_ROADS = ['建国路', '中关村大街', '世纪大道', '淮海中路', '体育西路', '深南大道', '文三路', '人民南路', '中山路', '珞喻路', '解放路', '长安街'];
const A12_ZH_PINYIN = [['Jianguo Road', 'Chaoyang District', 'Beijing'], ['Zhongguancun Street', 'Haidian District', 'Beijing'],
  ['Century Avenue', 'Pudong New Area', 'Shanghai'], ['Huaihai Middle Road', 'Xuhui District', 'Shanghai'], ['Tiyu West Road', 'Tianhe District', 'Guangzhou'],
  ['Shennan Avenue', 'Nanshan District', 'Shenzhen'], ['Wensan Road', 'Xihu District', 'Hangzhou']];
function a12Chinese() {
  const [city, dist] = rng.pick(A12_ZH_PLACES);
  const road = rng.pick(A12_ZH_ROADS);
  const no = rng.int(1, 999);
  const zip = a12n(100000, 610000);
  const bld = rng.pick(['', '', `${rng.int(1, 20)}号楼${rng.int(1, 30)}0${rng.int(1, 9)}室`, `${rng.int(1, 30)}楼`, `${rng.int(1, 20)}栋${rng.int(1, 6)}单元${rng.int(1, 30)}0${rng.int(1, 9)}室`, `${rng.int(1, 30)}层${rng.int(1, 9)}0${rng.int(1, 9)}室`]);
  const style = rng.int(0, 4);
  if (style === 0) return { street: `${city}${dist}${road}${no}号${bld}`, tail: rng.chance(0.5) ? `，邮编${zip}` : '' };
  if (style === 1) return { street: `${dist}${road}${no}号${bld}`, after: '' };
  if (style === 2) return { street: `${rng.pick(['广东省', '浙江省', '四川省', '江苏省'])}${city}${dist}${road}${no}号${bld}` };
  if (style === 3) {
    const [proad, pdist, pcity] = rng.pick(A12_ZH_PINYIN);
    return { street: `${rng.chance(0.5) ? `Room ${rng.int(1, 30)}0${rng.int(1, 9)}, ` : ''}No. ${no} ${proad}`, after: `, ${pdist}, `, town: pcity, tail: ` ${zip}` };
  }
  const [proad, pdist, pcity] = rng.pick(A12_ZH_PINYIN);
  return { street: `${no} ${proad}`, after: `, ${pdist}, `, town: pcity, tail: `, China ${zip}` };
}

// -- Spain --
const A12_ES_NAMES = ['Mayor', 'de Alcalá', 'Gran Vía', 'de la Constitución', 'del Carmen', 'de Serrano', 'de Gracia', 'de Colón',
  'Real', 'de Andalucía', 'San Fernando', 'de la Castellana', 'Sierpes', 'del Prado'];
const A12_ES_TOWNS = ['Madrid', 'Barcelona', 'Sevilla', 'Valencia', 'Zaragoza', 'Málaga', 'Bilbao', 'Murcia', 'Valladolid', 'Granada', 'Alicante'];
function a12Spanish() {
  const f = A7('es');
  const town = rng.chance(0.6) ? rng.pick(A12_ES_TOWNS) : f.location.city();
  const zip = String(rng.int(1000, 52999)).padStart(5, '0');
  const type = rng.pick(['C/ ', 'Calle ', 'c/ ', 'Avda. ', 'Av. ', 'Avenida ', 'Pº ', 'Paseo ', 'Pza. ', 'Plaza ', 'Ctra. ', 'Ronda ']);
  const name = rng.chance(0.6) ? `${type}${rng.pick(A12_ES_NAMES)}` : f.location.street();
  const num = rng.pick([`${rng.int(1, 250)}`, `nº ${rng.int(1, 250)}`, `n.º ${rng.int(1, 250)}`, 's/n', `${rng.int(1, 250)}${rng.pick(['A', 'B', ' bis'])}`]);
  const unit = rng.pick(['', '', `, ${rng.int(1, 9)}º ${rng.pick(['A', 'B', 'C', 'izda.', 'dcha.', 'Izq.'])}`, ', bajo', `, ${rng.int(1, 9)}º${rng.int(1, 4)}ª`, `, piso ${rng.int(1, 9)}, puerta ${rng.int(1, 12)}`, `, esc. ${rng.pick(['A', 'B', 'dcha.'])}, ${rng.int(1, 9)}º`]);
  const style = rng.int(0, 4);
  if (style === 0) return { street: `${name}, ${num}${unit}`, after: `, ${zip} `, town };
  if (style === 1) return { street: `${name}, ${num}${unit}`, after: `\n${zip} `, town };
  if (style === 2) return { street: `${name} ${num}${unit}`, after: ` (${zip}) `, town };
  if (style === 3) return { street: `${name} ${num}${unit}`, after: ', ', town };
  return { street: f.location.streetAddress(rng.chance(0.5)), after: `, ${zip} `, town };
}

// -- Latvia --
const A12_LV_NAMES = ['Brīvības iela', 'Elizabetes iela', 'Krišjāņa Barona iela', 'Tērbatas iela', 'Lāčplēša iela', 'Dzirnavu iela',
  'Maskavas iela', 'Valdemāra iela', 'Rīgas gatve', 'Kalnciema iela', 'Vienības gatve', 'Ganību dambis', 'Raiņa bulvāris', 'Tirgoņu iela'];
const A12_LV_TOWNS = ['Rīga', 'Daugavpils', 'Liepāja', 'Jelgava', 'Jūrmala', 'Ventspils', 'Rēzekne', 'Valmiera', 'Ogre', 'Cēsis'];
function a12Latvian() {
  const f = A7('lv');
  const name = rng.chance(0.6) ? rng.pick(A12_LV_NAMES) : f.location.street();
  const town = rng.chance(0.6) ? rng.pick(A12_LV_TOWNS) : f.location.city();
  const zip = `LV-${a12n(1001, 5799)}`;
  const num = rng.pick([`${rng.int(1, 150)}`, `${rng.int(1, 150)}-${rng.int(1, 80)}`, `${rng.int(1, 150)}${rng.pick(['A', 'B', 'k-2'])}`, `${rng.int(1, 150)} k-${rng.int(1, 4)}`, `${rng.int(1, 150)}, dz. ${rng.int(1, 90)}`, `${rng.int(1, 150)} dz. ${rng.int(1, 90)}`]);
  const style = rng.int(0, 4);
  if (style === 0) return { street: `${name} ${num}`, after: ', ', town, tail: `, ${zip}` };
  if (style === 1) return { street: `${name} ${num}`, after: '\n', town, tail: `, ${zip}` };
  if (style === 2) return { street: `${name} ${num}`, after: ', ', town };
  if (style === 3) return { street: `${name} ${num}`, after: ', ', town, tail: ` ${zip}` };
  // A farmstead in a parish, the country's rural address.
  return { street: `"${rng.pick(['Ozoli', 'Lejnieki', 'Kalnāji', 'Bērziņi', 'Jaunzemji'])}", ${rng.pick(['Vecumnieku', 'Ropažu', 'Siguldas', 'Tukuma'])} pag.`, after: `, ${rng.pick(['Bauskas', 'Ogres', 'Siguldas', 'Tukuma'])} nov., ${zip}` };
}

// -- India --
const a12Ordinal = (n) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const A12_IN_AREAS = ['Koramangala', 'Indiranagar', 'Jayanagar', 'Andheri East', 'Bandra West', 'T. Nagar', 'Salt Lake', 'Gomti Nagar',
  'Vasant Vihar', 'Banjara Hills', 'Aundh', 'Malviya Nagar', 'Saket', 'Powai', 'Velachery'];
const A12_IN_TOWNS = ['Bengaluru', 'Mumbai', 'Chennai', 'Kolkata', 'Hyderabad', 'Pune', 'New Delhi', 'Lucknow', 'Jaipur', 'Ahmedabad', 'Noida', 'Gurugram'];
const A12_IN_ROADS = ['MG Road', 'Link Road', 'Station Road', 'Nehru Street', 'Gandhi Road', '100 Feet Road', 'Residency Road', 'Park Street', 'LBS Marg', 'SV Road'];
function a12Indian() {
  const f = A7('en_IN');
  const area = rng.pick(A12_IN_AREAS);
  const town = rng.chance(0.7) ? rng.pick(A12_IN_TOWNS) : f.location.city();
  const pin = a12n(110001, 855999);
  const road = rng.pick(A12_IN_ROADS);
  const style = rng.int(0, 7);
  if (style === 0) return { street: `Flat No. ${rng.int(1, 20)}0${rng.int(1, 9)}, ${rng.pick(['Sai Krupa Apartments', 'Prestige Shantiniketan', 'Lodha Towers', 'Green Valley Residency'])}, ${road}, ${area}`, after: ', ', town, tail: ` - ${pin}` };
  if (style === 1) return { street: `No. ${rng.int(1, 400)}, ${a12Ordinal(rng.int(1, 20))} ${rng.pick(['Cross', 'Main'])}, ${area}`, after: ', ', town, tail: ` ${pin}` };
  if (style === 2) return { street: `Door No. ${rng.int(1, 40)}/${rng.int(1, 300)}, ${road}, ${area}`, after: ', ', town, tail: ` - ${pin}` };
  if (style === 3) return { street: `${rng.pick(['B', 'C', 'A', 'E'])}-${rng.int(1, 300)}, Sector ${rng.int(1, 140)}`, after: ', ', town, tail: ` ${pin}` };
  if (style === 4) return { street: `H.No. ${rng.int(1, 20)}-${rng.int(1, 9)}-${rng.int(100, 999)}/${rng.int(1, 9)}, ${area}`, after: ', ', town, tail: ` ${pin}` };
  if (style === 5) return { street: `${rng.int(1, 300)}, ${road}, ${area}`, after: ', ', town, tail: ` ${pin}` };
  if (style === 6) return { street: `Plot No. ${rng.int(1, 500)}, ${rng.pick(['Phase 2', 'Phase 1', 'Block C'])}, ${area}`, after: ', ', town, tail: `, ${rng.pick(['Karnataka', 'Maharashtra', 'Tamil Nadu', 'Telangana'])} ${pin}` };
  return { street: f.location.streetAddress(rng.chance(0.5)), after: ', ', town, tail: ` ${pin}` };
}

// -- Nepal --
const A12_NE_ROADS = [['Durbar Marg', 'दरबार मार्ग'], ['New Road', 'न्यू रोड'], ['Lazimpat Road', 'लाजिम्पाट सडक'], ['Kamal Pokhari Marg', 'कमलपोखरी मार्ग'],
  ['Jhamsikhel Road', 'झम्सिखेल सडक'], ['Lakeside Road', 'लेकसाइड सडक'], ['Putalisadak', 'पुतलीसडक'], ['Tripureshwor Marg', 'त्रिपुरेश्वर मार्ग']];
const A12_NE_TOWNS = [['Kathmandu', 'काठमाडौं'], ['Lalitpur', 'ललितपुर'], ['Pokhara', 'पोखरा'], ['Bhaktapur', 'भक्तपुर'], ['Biratnagar', 'विराटनगर'], ['Butwal', 'बुटवल']];
function a12Nepali() {
  const [road, roadNe] = rng.pick(A12_NE_ROADS);
  const [town, townNe] = rng.pick(A12_NE_TOWNS);
  const ward = rng.int(1, 32);
  const h = rng.int(1, 400);
  const style = rng.int(0, 4);
  if (style === 0) return { street: `House No. ${h}, ${road}`, after: ', ', town, tail: `-${ward}` };
  if (style === 1) return { street: `${road} ${h}`, after: ', ', town, tail: ` ${a12n(44600, 44800)}, Nepal` };
  if (style === 2) return { street: `घर नं. ${A12_DEVA(String(h))}, ${roadNe}`, after: ', ', town: townNe, tail: `-${A12_DEVA(String(ward))}` };
  if (style === 3) return { street: `घर नं. ${h}, ${roadNe}`, after: ', ', town: townNe };
  return { street: `${rng.pick(['G.P.O. Box ', 'P.O. Box '])}${rng.int(100, 9999)}`, after: ', ', town };
}

// -- Hungary --
const A12_HU_NAMES = ['Andrássy út', 'Váci utca', 'Kossuth Lajos utca', 'Rákóczi út', 'Deák Ferenc tér', 'Petőfi Sándor utca',
  'Szent István körút', 'Bajcsy-Zsilinszky út', 'Fő utca', 'Széchenyi tér', 'Dózsa György út', 'Árpád fejedelem útja', 'Alkotmány u.', 'Béke tér'];
const A12_HU_TOWNS = ['Budapest', 'Debrecen', 'Szeged', 'Miskolc', 'Pécs', 'Győr', 'Nyíregyháza', 'Kecskemét', 'Székesfehérvár', 'Szombathely'];
function a12Hungarian() {
  const f = A7('hu');
  const name = rng.chance(0.6) ? rng.pick(A12_HU_NAMES) : f.location.street();
  const town = rng.chance(0.6) ? rng.pick(A12_HU_TOWNS) : f.location.city();
  const zip = a12n(1011, 9985);
  const num = rng.pick([`${rng.int(1, 150)}.`, `${rng.int(1, 150)}.`, `${rng.int(1, 150)}. ${rng.int(1, 9)}. em. ${rng.int(1, 20)}.`, `${rng.int(1, 150)}. ${rng.pick(['I', 'II', 'III', 'IV'])}/${rng.int(1, 20)}.`, `${rng.int(1, 150)}. fszt. ${rng.int(1, 5)}.`, `${rng.int(1, 150)}/B`, `${rng.int(1, 150)}. ${rng.int(1, 9)}. emelet ${rng.int(1, 20)}. ajtó`]);
  const style = rng.int(0, 4);
  if (style === 0) return { before: `${zip} `, town, mid: ', ', street: `${name} ${num}` };
  if (style === 1) return { town, mid: '\n', street: `${name} ${num}`, tail: `\n${zip}` };
  if (style === 2) return { street: `${name} ${num}`, after: `, ${zip} `, town };
  if (style === 3) return { before: `${zip} `, town, mid: ', ', street: `Pf. ${rng.int(1, 999)}.` };
  return { town, mid: ', ', street: `${name} ${num}`, tail: ` (${zip})` };
}

// -- Pakistan (Urdu) --
const A12_UR_ROADS = [['Jinnah Avenue', 'جناح ایونیو'], ['Mall Road', 'مال روڈ'], ['Shahrah-e-Faisal', 'شاہراہ فیصل'], ['University Road', 'یونیورسٹی روڈ'],
  ['Ferozepur Road', 'فیروزپور روڈ'], ['Murree Road', 'مری روڈ'], ['Tariq Road', 'طارق روڈ'], ['Canal Road', 'کینال روڈ']];
const A12_UR_TOWNS = [['Islamabad', 'اسلام آباد'], ['Lahore', 'لاہور'], ['Karachi', 'کراچی'], ['Rawalpindi', 'راولپنڈی'], ['Peshawar', 'پشاور'], ['Multan', 'ملتان'], ['Faisalabad', 'فیصل آباد']];
const A12_UR_AREAS = [['Gulshan-e-Iqbal', 'گلشن اقبال'], ['DHA Phase 5', 'ڈی ایچ اے فیز 5'], ['Model Town', 'ماڈل ٹاؤن'], ['Johar Town', 'جوہر ٹاؤن'], ['Satellite Town', 'سیٹلائٹ ٹاؤن']];
function a12Urdu() {
  const [road, roadUr] = rng.pick(A12_UR_ROADS);
  const [town, townUr] = rng.pick(A12_UR_TOWNS);
  const [area, areaUr] = rng.pick(A12_UR_AREAS);
  const d = rng.chance(0.4) ? A12_URDU : (s) => s;
  const h = rng.int(1, 900);
  const st = rng.int(1, 60);
  const sector = `${rng.pick(['F', 'G', 'I', 'E'])}-${rng.int(6, 11)}/${rng.int(1, 4)}`;
  const style = rng.int(0, 5);
  if (style === 0) return { street: `مکان نمبر ${d(String(h))}، گلی نمبر ${d(String(st))}، ${sector}`, after: '، ', town: townUr };
  if (style === 1) return { street: `House No. ${h}, Street ${st}, ${sector}`, after: ', ', town, tail: ` ${a12n(44000, 75999)}` };
  if (style === 2) return { street: `${rng.pick(['فلیٹ نمبر', 'مکان نمبر', 'پلاٹ نمبر'])} ${d(String(h))}، بلاک ${rng.pick(['اے', 'بی', 'سی', 'ڈی'])}، ${areaUr}`, after: '، ', town: townUr };
  if (style === 3) return { street: `Plot ${h}-${rng.pick(['A', 'B', 'C'])}, Block ${rng.int(1, 20)}, ${area}`, after: ', ', town };
  if (style === 4) return { street: `${d(String(h))} ${roadUr}`, after: '، ', town: townUr };
  return { street: `${h} ${road}`, after: ', ', town };
}

// -- Yoruba, Zulu and Kurdish streets of faker --
function a12FakerOther() {
  const locale = rng.pick(['yo_NG', 'zu_ZA', 'ku_kmr_latin']);
  const f = A7(locale);
  const zip = a7(() => f.location.zipCode(), a12n(1000, 99999));
  const style = rng.int(0, 2);
  if (style === 0) return { locale, street: f.location.streetAddress(rng.chance(0.4)), after: ', ', town: f.location.city() };
  if (style === 1) return { locale, street: f.location.streetAddress(rng.chance(0.4)), after: '\n', town: f.location.city(), tail: ` ${zip}` };
  return { locale, street: `${rng.int(1, 200)} ${f.location.street()}`, after: ', ', town: f.location.city() };
}

const A12_MAKERS = [
  ['el', a12Greek, 5], ['mk', a12Macedonian, 5], ['fr_CA', a12Quebec, 5], ['cy', a12Welsh, 4], ['ka_GE', a12Georgian, 4],
  ['uz_UZ_latin', a12Uzbek, 4], ['en_GH', a12Ghana, 4], ['eo', a12Esperanto, 3], ['cs_CZ', a12Czech, 3], ['pt_PT', a12Portuguese, 3],
  ['de_AT', a12Austrian, 3], ['nl_BE', a12Belgian, 3], ['th', a12Thai, 3], ['zh_CN', a12Chinese, 3], ['es', a12Spanish, 3],
  ['lv', a12Latvian, 3], ['en_IN', a12Indian, 3], ['ne', a12Nepali, 3], ['hu', a12Hungarian, 3], ['ur', a12Urdu, 3],
  ['other', a12FakerOther, 2],
];
const A12_CUE = { el: ['Διεύθυνση: ', 'Address: '], mk: ['Адреса: ', 'Adresa: '], fr_CA: ['Adresse : ', 'Adresse de livraison : '],
  cy: ['Cyfeiriad: ', 'Address: '], ka_GE: ['მისამართი: ', 'Address: '], uz_UZ_latin: ['Manzil: ', 'Yashash manzili: '],
  en_GH: ['Address: ', 'Residential address: '], eo: ['Adreso: '], cs_CZ: ['Adresa: ', 'Doručovací adresa: '], pt_PT: ['Morada: '],
  de_AT: ['Adresse: ', 'Wohnadresse: ', 'Lieferadresse: '], nl_BE: ['Adres: ', 'Leveringsadres: '], th: ['ที่อยู่: ', 'Address: '],
  zh_CN: ['地址：', '收货地址：', 'Address: '], es: ['Dirección: ', 'Domicilio: '], lv: ['Adrese: '], en_IN: ['Address: ', 'Permanent address: '],
  ne: ['ठेगाना: ', 'Address: '], hu: ['Cím: ', 'Szállítási cím: '], ur: ['پتہ: ', 'Address: '], other: ['Address: '] };
const A12_SENTENCE = {
  el: [['Στείλτε το δέμα στη διεύθυνση ', ', ευχαριστώ.'], ['Please ship it to ', ', thanks.'], ['Μένω στην ', ' εδώ και δύο χρόνια.']],
  mk: [['Пратете го пакетот на ', ', ве молам.'], ['Живеам на ', ' во центарот.'], ['Please deliver to ', '.']],
  fr_CA: [['Veuillez livrer le colis au ', ' avant vendredi.'], ['On déménage au ', ' le 1er juillet!'], ['Notre bureau est situé au ', '.']],
  cy: [['Anfonwch y pecyn i ', ', diolch.'], ['We moved to ', ' last spring.'], ['Rwy\'n byw yn ', '.']],
  ka_GE: [['გთხოვთ, გამოაგზავნოთ ამ მისამართზე: ', '.'], ['Please send the documents to ', '.'], ['ვცხოვრობ ', '.']],
  uz_UZ_latin: [['Iltimos, posilkani ', ' manziliga yuboring.'], ['Men ', ' da yashayman.'], ['Yetkazib berish: ', ', rahmat.']],
  en_GH: [['Please deliver to ', ' before noon.'], ['The shop is at ', ', opposite the church.'], ['Kindly send the parcel to ', '. Thanks.']],
  eo: [['Bonvolu sendi la pakaĵon al ', ', dankon.'], ['Mi loĝas ĉe ', '.']],
  cs_CZ: [['Balík prosím pošlete na adresu ', ', děkuji.'], ['Bydlím na adrese ', '.'], ['Sídlo firmy: ', '.']],
  pt_PT: [['Envie a encomenda para ', ', obrigado.'], ['Moro na ', ' desde 2019.']],
  de_AT: [['Bitte schicken Sie das Paket an ', ', danke.'], ['Wir wohnen jetzt in der ', '.'], ['Die Praxis befindet sich in der ', '.']],
  nl_BE: [['Gelieve het pakket te leveren op ', ', bedankt.'], ['Wij wonen nu in de ', '.']],
  th: [['กรุณาส่งพัสดุไปที่ ', ' ขอบคุณครับ'], ['Please deliver to ', '.']],
  zh_CN: [['请把快递寄到', '，谢谢。'], ['我住在', '。'], ['Please ship to ', '.']],
  es: [['Envíe el paquete a ', ', por favor.'], ['Vivo en ', ' desde hace años.'], ['La oficina está en ', '.']],
  lv: [['Lūdzu, sūtiet sūtījumu uz ', '.'], ['Dzīvoju ', '.']],
  en_IN: [['Kindly deliver the courier to ', '.'], ['Our office is at ', ', near the metro station.'], ['Please send it to ', ' before Diwali.']],
  ne: [['कृपया पार्सल ', ' मा पठाउनुहोस्।'], ['Please send the parcel to ', '.']],
  hu: [['Kérem, küldje a csomagot erre a címre: ', '.'], ['Az iroda címe: ', '.']],
  ur: [['براہ کرم پارسل ', ' پر بھیج دیں۔'], ['Please deliver to ', '.']],
  other: [['Please send it to ', '.'], ['We live at ', '.']],
};
const A12_CLOSINGS = ['Best regards,\n', 'Με εκτίμηση,\n', 'Со почит,\n', 'Cordialement,\n', 'Cofion,\n', 'პატივისცემით,\n', 'Hurmat bilan,\n',
  'Kind regards,\n', 'S pozdravem\n', 'Com os melhores cumprimentos,\n', 'Mit freundlichen Grüßen\n', 'Met vriendelijke groeten,\n',
  'Saludos cordiales,\n', 'Ar cieņu\n', 'Üdvözlettel:\n', 'Thanks & regards,\n', '--\n'];

function addr12AddressRecord() {
  const total = A12_MAKERS.reduce((s, m) => s + m[2], 0);
  let x = rng.next() * total;
  let pick = A12_MAKERS[0];
  for (const m of A12_MAKERS) {
    x -= m[2];
    if (x < 0) {
      pick = m;
      break;
    }
  }
  const [key, make] = pick;
  const a = make();
  const locale = a.locale ?? key;
  const r = new Record('addr12_address', locale);
  const nameLocale = { other: 'en_US', ne: 'en_IN', ur: 'en_IN', eo: 'eo' }[key] ?? locale;
  const f = allFakers[nameLocale] ?? allFakers.en;
  const person = () => {
    const first = a7(() => f.person.firstName(), 'Anna');
    const last = a7(() => f.person.lastName(), 'Berg');
    if (key === 'el') return a12ElRoman(`${first} ${last}`);
    return key === 'mk' ? transliterate(`${first} ${last}`) : `${first} ${last}`;
  };
  const style = rng.int(0, 8);
  if (style === 0) {
    r.t(rng.pick(A12_CUE[key]));
    a7Put(r, a);
  } else if (style === 1) {
    const [pre, post] = rng.pick(A12_SENTENCE[key]);
    r.t(pre);
    a7Put(r, a);
    r.t(post);
  } else if (style === 2) {
    // An envelope or a letterhead.
    r.e('PERSON', person()).t('\n');
    a7Put(r, a);
  } else if (style === 3) {
    // A web form posted as JSON.
    r.t(rng.pick(['{"name": "', '{"customer": "', '{"recipient": "'])).e('PERSON', person())
      .t(rng.pick(['", "street": "', '", "address": "', '", "address_line1": "'])).e('ADDRESS', a.street.replace(/\n/g, ' '));
    if (a.town) r.t('", "city": "').e('LOCATION', a.town);
    r.t('"}');
  } else if (style === 4) {
    // A CSV export.
    // Semicolons where the street has a comma or a quote, as European
    // spreadsheets write it.
    const sep = /[,"]/.test(a.street) ? ';' : ',';
    r.t(`name${sep}address${sep}city\n`).e('PERSON', person()).t(sep).e('ADDRESS', a.street.replace(/\n/g, ' ')).t(sep);
    if (a.town) r.e('LOCATION', a.town);
  } else if (style === 5) {
    // A chat message, no cue.
    r.t(rng.pick(['ok ', 'hi! ', '', 'btw ', 'new address: ', 'moved!! ']));
    a7Put(r, a);
    r.t(rng.pick([' 👍', ' - see you there', '', ' ?', ' :)']));
  } else if (style === 6) {
    // A signature.
    r.t(rng.pick(A12_CLOSINGS)).e('PERSON', person()).t('\n');
    a7Put(r, a);
    r.t(`\nTel. ${phoneNumber(rng, rng.pick(PHONE_REGIONS))}`);
  } else if (style === 7) {
    // A delivery note.
    r.t(`Delivery note ${rng.int(10000, 99999)}\nConsignee: `).e('PERSON', person()).t('\n');
    a7Put(r, a);
    r.t(`\nParcels: ${rng.int(1, 4)}, weight ${rng.int(1, 30)} kg`);
  } else {
    // Just the address, alone on its lines.
    a7Put(r, a);
  }
  return r;
}

// Numbers next to street-like or place words, in the same languages, that
// are no address.
function addr12NegativeRecord() {
  const locale = rng.pick(A12_MAKERS.map((m) => m[0]).filter((k) => k !== 'other'));
  const r = new Record('addr12_negative', locale);
  const n = () => rng.int(1, 99);
  const y = () => rng.int(2019, 2027);
  const d = () => rng.int(1, 28);
  const town = () => {
    const l = { ne: 'en_IN', ur: 'en_IN' }[locale] ?? locale;
    return a7(() => allFakers[l].location.city(), 'Accra');
  };
  const options = [
    () => r.t(`Room ${n()} is booked for the workshop on ${d()} May.`),
    () => r.t(`Boarding at Gate ${rng.pick(['A', 'B', 'C', ''])}${n()}, seat ${n()}${rng.pick(['A', 'C', 'F'])}, flight ${rng.pick(['A3', 'TK', 'LH', 'QR'])} ${rng.int(100, 999)}.`),
    () => r.t(`See chapter ${n()}, section ${rng.int(1, 9)}.${rng.int(1, 9)}, page ${rng.int(100, 400)}.`),
    () => r.t(`Please fill in line ${n()} of the form and sign box ${rng.int(1, 9)}.`),
    () => r.t(`Product code ${rng.pick(['AV', 'ST', 'RD', 'BLVD'])}-${rng.int(1000, 9999)}, ${rng.int(2, 9)} pcs, ${rng.int(5, 99)}.${rng.int(10, 99)} EUR`),
    () => r.t(`The train leaves from platform ${rng.int(1, 14)} at ${rng.int(6, 22)}:${rng.pick(['05', '15', '40'])}.`),
    () => r.t(`Take bus ${rng.int(1, 199)} or tram ${rng.int(1, 30)} to the ${rng.pick(['stadium', 'museum', 'market'])}.`),
    () => r.t('We visited ').e('LOCATION', town()).t(` in ${y()} and again in ${y()}.`),
    () => r.t('The meeting moved to ').e('LOCATION', town()).t(`, ${d()} ${rng.pick(['March', 'June', 'October'])} ${y()}.`),
    () => r.t(`Αίθουσα ${n()}, 2ος όροφος — συνάντηση στις ${d()} Μαΐου ${y()}, κεφάλαιο ${n()}.`),
    () => r.t(`Πύλη ${n()}, πτήση ${rng.int(100, 999)}, τιμή ${rng.int(10, 400)},${rng.int(10, 99)} €.`),
    () => r.t(`Sala ${n()}, strana ${rng.int(1, 300)}; sostanokot e na ${d()} maj ${y()}.`),
    () => r.t(`Соба ${n()}, страница ${rng.int(1, 300)}, глава ${n()}.`),
    () => r.t(`Salle ${n()}, local réservé de ${rng.int(8, 11)} h à ${rng.int(12, 17)} h, le ${d()} juin ${y()}.`),
    () => r.t(`Sortie ${rng.int(1, 200)} de l'autoroute ${rng.int(10, 90)}, puis ${rng.int(2, 9)} km.`),
    () => r.t(`Prix : ${rng.int(5, 300)},${rng.int(10, 99)} $ taxes incluses, article ${rng.int(1000, 9999)}.`),
    () => r.t(`Ystafell ${n()}, tudalen ${rng.int(1, 300)}, pennod ${n()}.`),
    () => r.t(`ოთახი ${n()}, გვერდი ${rng.int(1, 300)}, თავი ${n()}; ${d()} მაისი, ${y()}.`),
    () => r.t(`Room ${n()}, page ${rng.int(1, 300)}, ${d()} May ${y()} in Tbilisi time.`),
    () => r.t(`${n()}-xona, ${rng.int(1, 300)}-bet, ${n()}-bob; ${y()}-yil ${d()}-may.`),
    () => r.t(`Narxi ${rng.int(10, 900)} 000 so'm, ${rng.int(2, 9)} dona.`),
    () => r.t(`Trotro ${n()} to Circle costs GH₵ ${rng.int(2, 20)}.${rng.int(10, 99)}; Black Stars won ${rng.int(0, 4)}-${rng.int(0, 4)}.`),
    () => r.t(`Ĉapitro ${n()}, paĝo ${rng.int(1, 300)}, ĉambro ${n()} de la kongreso.`),
    () => r.t(`Kapitola ${n()}, strana ${rng.int(1, 300)}; schůzka ${d()}. května ${y()} v ${rng.int(8, 17)}:00, místnost ${n()}.`),
    () => r.t(`Cena ${rng.int(100, 9999)} Kč, linka ${rng.int(1, 30)}, nástupiště ${rng.int(1, 9)}.`),
    () => r.t(`Sala ${n()}, capítulo ${n()}, página ${rng.int(1, 300)}; reunião a ${d()} de maio de ${y()}.`),
    () => r.t(`Preço ${rng.int(5, 300)},${rng.int(10, 99)} €, linha ${rng.int(1, 30)} do metro, cais ${rng.int(1, 9)}.`),
    () => r.t(`Zimmer ${n()}, Seite ${rng.int(1, 300)}, Kapitel ${n()}; Termin am ${d()}. Mai ${y()}.`),
    () => r.t(`Straßenbahnlinie ${rng.int(1, 70)}, Bahnsteig ${rng.int(1, 12)}, ${rng.int(2, 9)} Stück à ${rng.int(2, 99)},${rng.int(10, 99)} €.`),
    () => r.t(`Lokaal ${n()}, pagina ${rng.int(1, 300)}, hoofdstuk ${n()}; vergadering op ${d()} mei ${y()}.`),
    () => r.t(`Tramlijn ${rng.int(1, 24)}, perron ${rng.int(1, 12)}, prijs € ${rng.int(2, 99)},${rng.int(10, 99)}.`),
    () => r.t(`ห้อง ${n()} ชั้น ${rng.int(1, 30)} ประชุมวันที่ ${d()} พฤษภาคม ${rng.int(2562, 2570)} ราคา ${rng.int(100, 9999)} บาท`),
    () => r.t(`${y()}年${rng.int(1, 12)}月${d()}日在${rng.int(1, 30)}号会议室开会，第${n()}章，价格${rng.int(10, 999)}元。`),
    () => r.t(`地铁${rng.int(1, 16)}号线，${rng.int(1, 9)}号口出，${rng.int(1, 30)}号座位。`),
    () => r.t(`Sala ${n()}, capítulo ${n()}, página ${rng.int(1, 300)}; la reunión es el ${d()} de mayo de ${y()}.`),
    () => r.t(`Línea ${rng.int(1, 12)} del metro, andén ${rng.int(1, 4)}, precio ${rng.int(2, 99)},${rng.int(10, 99)} €.`),
    () => r.t(`Telpa ${n()}, ${rng.int(1, 300)}. lappuse, ${n()}. nodaļa; sanāksme ${y()}. gada ${d()}. maijā.`),
    () => r.t(`Tramvajs Nr. ${rng.int(1, 11)}, cena ${rng.int(1, 99)},${rng.int(10, 99)} EUR.`),
    () => r.t(`Platform ${rng.int(1, 12)}, coach ${rng.pick(['S', 'B', 'A'])}${rng.int(1, 12)}, berth ${n()}; PNR ${rng.int(1000000000, 9999999999)}.`),
    () => r.t(`Rs. ${rng.int(100, 99999)}/- paid on ${d()}/${rng.int(1, 12)}/${y()}, Sector ${rng.int(1, 9)} of the syllabus.`),
    () => r.t(`कोठा नं. ${A12_DEVA(String(n()))}, पृष्ठ ${A12_DEVA(String(rng.int(1, 300)))}, मूल्य रु ${A12_DEVA(String(rng.int(100, 9999)))}`),
    () => r.t(`Terem ${n()}, ${rng.int(1, 300)}. oldal, ${n()}. fejezet; ${y()}. május ${d()}.`),
    () => r.t(`Ár: ${rng.int(1, 99)} ${rng.int(100, 999)} Ft, ${rng.int(1, 9)}. sor, ${rng.int(1, 30)}. szék, ${rng.int(1, 70)}-es busz.`),
    () => r.t(`کمرہ نمبر ${A12_URDU(String(n()))}، صفحہ ${A12_URDU(String(rng.int(1, 300)))}، قیمت ${rng.int(100, 9999)} روپے`),
    () => r.t(`Version ${rng.int(1, 9)}.${rng.int(0, 20)} of Street View, ${rng.int(2, 9)} avenues of growth, ${rng.int(10, 90)}% up.`),
    () => r.t(`Score: ${rng.int(0, 5)}-${rng.int(0, 5)} at minute ${rng.int(1, 90)}, ${rng.int(10, 80)} 000 fans.`),
    () => r.t(`Invoice ${rng.int(1000, 9999)}/${y()} due ${d()}.${rng.int(1, 12)}.${y()}, amount ${rng.int(10, 999)}.${rng.int(10, 99)}.`),
  ];
  rng.pick(options)();
  return r;
}

if (SET === 'addr12') {
  const out = [];
  // Two addresses to one near-miss.
  while (out.length < RECORDS) out.push(out.length % 3 === 2 ? addr12NegativeRecord() : addr12AddressRecord());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the num14 probe set (--set num14) -------------------------------------
//   node generate.mjs --set num14 --seed 103 --records 1200 > ../data/generated_pii_num14.json
// Numbers that take a phone's shape, in the languages and forms of the
// locales whose texts carry no phone at all (Arabic, Persian, Czech,
// Finnish, French, Hebrew, Japanese, Georgian, Korean, Romanian, Thai,
// Chinese, Mexican Spanish, Canadian and South African English,
// Afrikaans) and a few more: bank, account, customer, order, reference and
// tracking numbers, postcodes with their town, dates and times written
// with spaces and dots, amounts with thousands separators, id-card and tax
// numbers, article and registration numbers, in forms, invoices and chats;
// real phones in the same texts. And dates in every notation and language
// with their weekday, time and time zone, labelled whole as the readable
// sets label a date with its time ("1993-01-04 14:56:41"). PHONE_NUMBER and
// DATE_TIME are labelled; nothing else is scored.

const n14d = (n) => {
  let s = '';
  for (let i = 0; i < n; ++i) s += String(rng.int(0, 9));
  return s;
};
const n14nz = (n) => String(rng.int(1, 9)) + n14d(n - 1);
const n14p2 = (n) => String(n).padStart(2, '0');
// A number of `sizes` digit groups joined by `sep` (first digit not 0).
const n14g = (sizes, sep = ' ') => sizes.map((k, i) => (i === 0 ? n14nz(k) : n14d(k))).join(sep);
const n14g0 = (sizes, sep = ' ') => '0' + sizes.map((k, i) => (i === 0 ? n14d(k - 1) : n14d(k))).join(sep);

// Month names (in the case a date takes) and weekdays, Monday first.
const N14_MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  af: ['Januarie', 'Februarie', 'Maart', 'April', 'Mei', 'Junie', 'Julie', 'Augustus', 'September', 'Oktober', 'November', 'Desember'],
  cs: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  fi: ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  hu: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  el: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
  he: ['בינואר', 'בפברואר', 'במרץ', 'באפריל', 'במאי', 'ביוני', 'ביולי', 'באוגוסט', 'בספטמבר', 'באוקטובר', 'בנובמבר', 'בדצמבר'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  ka: ['იანვარი', 'თებერვალი', 'მარტი', 'აპრილი', 'მაისი', 'ივნისი', 'ივლისი', 'აგვისტო', 'სექტემბერი', 'ოქტომბერი', 'ნოემბერი', 'დეკემბერი'],
  th: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
};
const N14_DAYS = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  af: ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrydag', 'Saterdag', 'Sondag'],
  cs: ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'],
  pl: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  fi: ['maanantaina', 'tiistaina', 'keskiviikkona', 'torstaina', 'perjantaina', 'lauantaina', 'sunnuntaina'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  ro: ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
  hu: ['hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap'],
  tr: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  el: ['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
  he: ['יום שני', 'יום שלישי', 'יום רביעי', 'יום חמישי', 'יום שישי', 'שבת', 'יום ראשון'],
  ar: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
  ka: ['ორშაბათი', 'სამშაბათი', 'ოთხშაბათი', 'ხუთშაბათი', 'პარასკევი', 'შაბათი', 'კვირა'],
  th: ['วันจันทร์', 'วันอังคาร', 'วันพุธ', 'วันพฤหัสบดี', 'วันศุกร์', 'วันเสาร์', 'วันอาทิตย์'],
  ja: ['月', '火', '水', '木', '金', '土', '日'],
  zh: ['一', '二', '三', '四', '五', '六', '日'],
  ko: ['월', '화', '수', '목', '금', '토', '일'],
};
const N14_ZONES = ['UTC', 'GMT', 'CET', 'CEST', 'EET', 'EST', 'PST', 'MSK', 'JST', 'KST', 'IST', 'SAST', 'GMT+2', 'UTC+01:00', '+0100', '(UTC+3)', 'AEST', 'ICT'];

function n14When() {
  const y = rng.int(2016, 2027), m = rng.int(1, 12), d = rng.int(1, 28);
  const wd = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return { y, m, d, wd, H: rng.int(0, 23), M: rng.pick([0, 15, 30, 45, rng.int(0, 59)]), S: rng.int(0, 59) };
}

// A date with its time (and often weekday and zone), as `lang` writes it.
function n14DateTime(lang) {
  const { y, m, d, wd, H, M, S } = n14When();
  const hm = `${n14p2(H)}:${n14p2(M)}`, hmDot = `${n14p2(H)}.${n14p2(M)}`, hms = `${hm}:${n14p2(S)}`;
  const Mo = N14_MONTHS[lang] ?? N14_MONTHS.en, Da = N14_DAYS[lang] ?? N14_DAYS.en;
  const zone = rng.pick(N14_ZONES);
  const h12 = `${H % 12 === 0 ? 12 : H % 12}:${n14p2(M)} ${H < 12 ? rng.pick(['AM', 'am', 'a.m.']) : rng.pick(['PM', 'pm', 'p.m.'])}`;
  const num = rng.pick([`${n14p2(d)}/${n14p2(m)}/${y}`, `${n14p2(d)}.${n14p2(m)}.${y}`, `${y}-${n14p2(m)}-${n14p2(d)}`, `${d}/${m}/${y}`]);
  const forms = {
    en: [`${Da[wd]}, ${d} ${Mo[m - 1]} ${y} at ${hm}`, `${Mo[m - 1]} ${d}, ${y} at ${h12}`, `${Da[wd].slice(0, 3)}, ${d} ${Mo[m - 1].slice(0, 3)} ${y} ${hms} ${rng.pick(['+0000', '+0100', '-0500', 'GMT'])}`,
      `${y}-${n14p2(m)}-${n14p2(d)}T${hms}Z`, `${y}-${n14p2(m)}-${n14p2(d)} ${hm} ${zone}`, `${Da[wd]} ${d} ${Mo[m - 1]} ${y}, ${h12} ${rng.pick(['EST', 'PST', 'SAST', 'EDT'])}`,
      `${n14p2(d)}/${n14p2(m)}/${y} ${hm}`, `${m}/${d}/${y} ${h12}`, `${Da[wd]}, ${Mo[m - 1]} ${d}, ${y}`, `${d} ${Mo[m - 1].slice(0, 3)} ${y}, ${hm} ${zone}`],
    fr: [`${Da[wd]} ${d} ${Mo[m - 1]} ${y} à ${H}h${n14p2(M)}`, `${d} ${Mo[m - 1]} ${y} à ${H} h ${n14p2(M)}`, `${n14p2(d)}/${n14p2(m)}/${y} à ${hm}`, `${Da[wd]} ${d} ${Mo[m - 1]} ${y}`,
      `${n14p2(d)}/${n14p2(m)}/${y} ${hm} (heure de Paris)`.replace(' (heure de Paris)', ''), `${d} ${Mo[m - 1]} ${y}, ${H}h${n14p2(M)} ${rng.pick(['HNE', 'HAE', 'UTC', 'CET'])}`],
    es: [`${Da[wd]}, ${d} de ${Mo[m - 1]} de ${y} a las ${hm}`, `${n14p2(d)}/${n14p2(m)}/${y} ${hm} h`, `${d} de ${Mo[m - 1]} de ${y}, ${hm} hrs`, `${Da[wd]} ${d} de ${Mo[m - 1]} de ${y}`, `${n14p2(d)}-${n14p2(m)}-${y} ${hm}`],
    de: [`${Da[wd]}, ${d}. ${Mo[m - 1]} ${y} um ${hm} Uhr`, `${n14p2(d)}.${n14p2(m)}.${y}, ${hm} Uhr`, `${n14p2(d)}.${n14p2(m)}.${y} ${hm}`, `${Da[wd].slice(0, 2)}., ${n14p2(d)}.${n14p2(m)}.${y} ${hmDot} Uhr`],
    it: [`${Da[wd]} ${d} ${Mo[m - 1]} ${y} alle ${hm}`, `${n14p2(d)}/${n14p2(m)}/${y} ore ${hmDot}`, `${d} ${Mo[m - 1]} ${y}, ore ${hm}`],
    pt: [`${Da[wd]}, ${d} de ${Mo[m - 1]} de ${y} às ${H}h${n14p2(M)}`, `${n14p2(d)}/${n14p2(m)}/${y} às ${hm}`, `${d} de ${Mo[m - 1]} de ${y}, ${hm}`],
    nl: [`${Da[wd]} ${d} ${Mo[m - 1]} ${y} om ${hm} uur`, `${n14p2(d)}-${n14p2(m)}-${y} ${hm}`, `${d} ${Mo[m - 1]} ${y}, ${hmDot} uur`],
    af: [`${Da[wd]}, ${d} ${Mo[m - 1]} ${y} om ${hm}`, `${y}/${n14p2(m)}/${n14p2(d)} ${hm}`, `${d} ${Mo[m - 1]} ${y}`],
    cs: [`${Da[wd]} ${d}. ${Mo[m - 1]} ${y} v ${hm}`, `${d}. ${m}. ${y} v ${H}:${n14p2(M)}`, `${d}. ${m}. ${y}`, `${n14p2(d)}.${n14p2(m)}.${y} ${hm}`, `${d}. ${Mo[m - 1]} ${y} od ${hm} hod.`],
    pl: [`${Da[wd]}, ${d} ${Mo[m - 1]} ${y} r., godz. ${hm}`, `${n14p2(d)}.${n14p2(m)}.${y} r. o godz. ${hm}`, `${d} ${Mo[m - 1]} ${y} r.`],
    fi: [`${Da[wd]} ${d}. ${Mo[m - 1]} ${y} klo ${hmDot}`, `${d}.${m}.${y} klo ${H}.${n14p2(M)}`, `${d}.${m}.${y}`, `${d}. ${Mo[m - 1]} ${y}`],
    sv: [`${Da[wd]} ${d} ${Mo[m - 1]} ${y} kl. ${hmDot}`, `${y}-${n14p2(m)}-${n14p2(d)} kl. ${hm}`, `den ${d} ${Mo[m - 1]} ${y}`.replace('den ', '')],
    ro: [`${Da[wd]}, ${d} ${Mo[m - 1]} ${y}, ora ${hm}`, `${n14p2(d)}.${n14p2(m)}.${y}, ora ${hm}`, `${d} ${Mo[m - 1]} ${y}`, `${n14p2(d)}.${n14p2(m)}.${y} ${hm}`],
    hu: [`${y}. ${Mo[m - 1]} ${d}., ${Da[wd]} ${hm}`, `${y}. ${n14p2(m)}. ${n14p2(d)}. ${hm}`, `${y}. ${n14p2(m)}. ${n14p2(d)}.`, `${y}.${n14p2(m)}.${n14p2(d)}.`],
    tr: [`${d} ${Mo[m - 1]} ${y} ${Da[wd]}, saat ${hm}`, `${n14p2(d)}.${n14p2(m)}.${y} ${hm}`, `${d} ${Mo[m - 1]} ${y}`],
    ru: [`${d} ${Mo[m - 1]} ${y} г. в ${hm}`, `${n14p2(d)}.${n14p2(m)}.${y} г.`, `${n14p2(d)}.${n14p2(m)}.${y} в ${hm} (${rng.pick(['МСК', 'мск'])})`, `${Da[wd]}, ${d} ${Mo[m - 1]} ${y} г.`],
    el: [`${Da[wd]} ${d} ${Mo[m - 1]} ${y}, ${hm}`, `${d}/${m}/${y} ${hm}`, `${d} ${Mo[m - 1]} ${y} και ώρα ${hm}`],
    he: [`${Da[wd]}, ${d} ${Mo[m - 1]} ${y}`, `${n14p2(d)}/${n14p2(m)}/${y} בשעה ${hm}`, `${d}.${m}.${y}`, `${d} ${Mo[m - 1]} ${y} בשעה ${hm}`],
    ar: [`${Da[wd]} ${d} ${Mo[m - 1]} ${y}`, `${d} ${Mo[m - 1]} ${y} الساعة ${hm}`, `${n14p2(d)}/${n14p2(m)}/${y} ${hm}`],
    fa: [`${y}/${n14p2(m)}/${n14p2(d)} ساعت ${hm}`, `${y}/${m}/${d}`, `${n14p2(d)}/${n14p2(m)}/${y}`],
    ka: [`${y} წლის ${d} ${Mo[m - 1].replace(/ი$/, 'ს')}`, `${d} ${Mo[m - 1]}, ${y}`, `${n14p2(d)}.${n14p2(m)}.${y} ${hm}`, `${Da[wd]}, ${d} ${Mo[m - 1]} ${y}, ${hm}`],
    th: [`${Da[wd]}ที่ ${d} ${Mo[m - 1]} ${y + 543}`, `${d} ${Mo[m - 1]} ${y + 543} เวลา ${hmDot} น.`, `${n14p2(d)}/${n14p2(m)}/${y + 543}`, `${d} ${Mo[m - 1]} ${y}`],
    ja: [`${y}年${m}月${d}日（${Da[wd]}）${H}時${n14p2(M)}分`, `${y}年${m}月${d}日 ${hm}`, `${y}/${n14p2(m)}/${n14p2(d)} ${hm}`, `${y}年${m}月${d}日(${Da[wd]})`, `${y}年${m}月${d}日`, `令和${y - 2018}年${m}月${d}日`],
    zh: [`${y}年${m}月${d}日 ${hm}`, `${y}年${m}月${d}日星期${Da[wd]}`, `${y}年${m}月${d}日 下午${H > 12 ? H - 12 : H}点${M ? `${M}分` : ''}`, `${y}-${n14p2(m)}-${n14p2(d)} ${hms}`, `${y}年${m}月${d}日（周${Da[wd]}）`, `${y}/${m}/${d}`],
    ko: [`${y}년 ${m}월 ${d}일 (${Da[wd]}) ${H < 12 ? '오전' : '오후'} ${H % 12 === 0 ? 12 : H % 12}시 ${M}분`, `${y}. ${m}. ${d}.`, `${y}. ${m}. ${d}. ${hm}`, `${y}년 ${m}월 ${d}일`, `${y}년 ${m}월 ${d}일 ${Da[wd]}요일`, `${y}.${n14p2(m)}.${n14p2(d)} ${hm}`],
  };
  return rng.pick(forms[lang] ?? [num]);
}

// The texts: for each language, a date's sentence openers.
const N14_DATE_SAY = {
  en: [['Your appointment: ', '.'], ['Meeting moved to ', ', see invite.'], ['Delivered ', ' — signed by reception.'], ['Sent: ', '\nSubject: Re: invoice'], ['Posted on ', '']],
  fr: [['Rendez-vous le ', '.'], ['Votre colis sera livré le ', '.'], ['Envoyé : ', '\nObjet : facture'], ['Date de la réunion : ', '']],
  es: [['Su cita es el ', '.'], ['Fecha de entrega: ', ''], ['Enviado el ', '.'], ['La reunión será el ', ' (hora de la Ciudad de México).']],
  de: [['Ihr Termin: ', '.'], ['Gesendet: ', '\nBetreff: Rechnung'], ['Die Lieferung erfolgt am ', '.']],
  it: [['Appuntamento: ', '.'], ['Consegna prevista per ', '.']],
  pt: [['Sua consulta: ', '.'], ['Entrega prevista para ', '.']],
  nl: [['Uw afspraak: ', '.'], ['Verzonden: ', '']],
  af: [['Jou afspraak is op ', '.'], ['Datum: ', '']],
  cs: [['Termín schůzky: ', '.'], ['Odesláno: ', ''], ['Zásilka bude doručena ', '.']],
  pl: [['Termin wizyty: ', '.'], ['Wysłano: ', '']],
  fi: [['Ajanvaraus: ', '.'], ['Lähetetty: ', ''], ['Tapaaminen on ', '.']],
  sv: [['Din tid: ', '.'], ['Skickat: ', '']],
  ro: [['Programarea dumneavoastră: ', '.'], ['Data livrării: ', ''], ['Trimis: ', '']],
  hu: [['Időpont: ', '.'], ['Elküldve: ', '']],
  tr: [['Randevunuz: ', '.'], ['Teslim tarihi: ', '']],
  ru: [['Ваша запись: ', '.'], ['Дата доставки: ', ''], ['Отправлено: ', '']],
  el: [['Το ραντεβού σας: ', '.'], ['Ημερομηνία: ', '']],
  he: [['התור שלך: ', '.'], ['תאריך: ', ''], ['נשלח: ', '']],
  ar: [['موعدك: ', '.'], ['تاريخ التسليم: ', ''], ['أرسلت في ', '']],
  fa: [['تاریخ: ', ''], ['نوبت شما: ', '']],
  ka: [['თარიღი: ', ''], ['შეხვედრა: ', '.']],
  th: [['วันที่: ', ''], ['นัดหมาย: ', '']],
  ja: [['日時：', ''], ['ご予約日：', ''], ['配達予定日：', '']],
  zh: [['日期：', ''], ['预约时间：', ''], ['发货时间：', '']],
  ko: [['일시: ', ''], ['예약일: ', ''], ['배송 예정일: ', '']],
};

// Phones of the num14 locales (N11_PHONES where it has them).
const N14_PHONE = {
  fr: () => N11_PHONES.fr ? N11_PHONES.fr.make() : `0${rng.pick(['6', '7', '1'])} ${n14d(2)} ${n14d(2)} ${n14d(2)} ${n14d(2)}`,
  fr_CA: () => rng.pick([`514 ${n14nz(3)}-${n14d(4)}`, `(438) ${n14nz(3)}-${n14d(4)}`, `+1 418 ${n14nz(3)} ${n14d(4)}`, `1-819-${n14nz(3)}-${n14d(4)}`]),
  en_CA: () => rng.pick([`(416) ${n14nz(3)}-${n14d(4)}`, `604-${n14nz(3)}-${n14d(4)}`, `+1 403 ${n14nz(3)} ${n14d(4)}`]),
  es_MX: () => rng.pick([`55 ${n14nz(4)} ${n14d(4)}`, `(33) ${n14nz(4)}-${n14d(4)}`, `+52 81 ${n14nz(4)} ${n14d(4)}`, `+52 1 55 ${n14nz(4)} ${n14d(4)}`]),
  en_ZA: () => N11_PHONES.en_ZA.make(),
  af_ZA: () => N11_PHONES.en_ZA.make(),
  cs_CZ: () => N11_PHONES.cs_CZ.make(),
  fi: () => N11_PHONES.fi.make(),
  ro: () => N11_PHONES.ro.make(),
  he: () => N11_PHONES.he.make(),
  ar: () => N11_PHONES.ar.make(),
  fa: () => rng.pick([`0912 ${n14nz(3)} ${n14d(4)}`, `+98 912 ${n14nz(3)} ${n14d(4)}`, `021 ${n14nz(4)} ${n14d(4)}`, `0935${n14nz(7)}`]),
  ka_GE: () => rng.pick([`5${rng.pick(['55', '57', '58', '93', '99'])} ${n14d(2)} ${n14d(2)} ${n14d(2)}`, `+995 5${rng.pick(['55', '77', '99'])} ${n14d(3)} ${n14d(3)}`, `(032) 2 ${n14d(2)} ${n14d(2)} ${n14d(2)}`]),
  ja: () => N11_PHONES.ja.make(),
  ko: () => N11_PHONES.ko.make(),
  zh_CN: () => N11_PHONES.zh_CN.make(),
  th: () => rng.pick([`08${rng.int(1, 9)}-${n14d(3)}-${n14d(4)}`, `+66 8${rng.int(1, 9)} ${n14d(3)} ${n14d(4)}`, `02-${n14nz(3)}-${n14d(4)}`, `09${rng.int(0, 9)} ${n14d(3)} ${n14d(4)}`]),
};
const N14_LOCALE_LANG = { fr: 'fr', fr_CA: 'fr', en_CA: 'en', es_MX: 'es', en_ZA: 'en', af_ZA: 'af', cs_CZ: 'cs', fi: 'fi', ro: 'ro',
  he: 'he', ar: 'ar', fa: 'fa', ka_GE: 'ka', ja: 'ja', ko: 'ko', zh_CN: 'zh', th: 'th' };
const N14_PHONE_LABEL = {
  fr: ['Tél. : ', 'Portable : ', 'Tél : '], en: ['Tel: ', 'Phone: ', 'Cell: ', 'Mobile: '], es: ['Tel.: ', 'Celular: ', 'Teléfono: '],
  af: ['Tel: ', 'Selfoon: ', 'Foon: '], cs: ['Tel.: ', 'Mobil: ', 'tel. '], fi: ['Puh. ', 'Puhelin: ', 'p. '], ro: ['Tel.: ', 'Mobil: ', 'Telefon: '],
  he: ['טל\': ', 'נייד: ', 'טלפון: '], ar: ['هاتف: ', 'جوال: ', 'الهاتف: '], fa: ['تلفن: ', 'موبایل: ', 'تلفن همراه: '], ka: ['ტელ.: ', 'მობ.: ', 'ტელეფონი: '],
  ja: ['電話：', 'TEL：', '携帯：'], ko: ['전화: ', '휴대폰: ', '연락처: '], zh: ['电话：', '手机：', '联系电话：'], th: ['โทร. ', 'โทรศัพท์: ', 'มือถือ: '],
};

// Numbers of other kinds that take a phone's shape, with the label each
// language prints before them. [label, number] pairs.
function n14Other(lang) {
  const y = rng.int(2016, 2027);
  const L = (table) => rng.pick(table[lang] ?? table.en);
  const kinds = [
    // customer, order, invoice, reference numbers
    () => [L({ en: ['Customer no. ', 'Account number: ', 'Order #', 'Ref: ', 'Reference number ', 'Member ID '], fr: ['N° client : ', 'Commande n° ', 'Référence : ', 'N° de dossier : ', 'Facture n° '],
      es: ['No. de cliente: ', 'Pedido n.º ', 'Folio: ', 'Referencia: ', 'Número de orden '], af: ['Kliëntnommer: ', 'Bestelling nr. ', 'Verwysing: '], cs: ['Číslo zákazníka: ', 'Objednávka č. ', 'Variabilní symbol: ', 'Faktura č. '],
      fi: ['Asiakasnumero: ', 'Tilausnumero ', 'Viitenumero: ', 'Lasku nro '], ro: ['Cod client: ', 'Comanda nr. ', 'Factura nr. ', 'Nr. contract: '], he: ['מספר לקוח: ', 'מספר הזמנה: ', 'אסמכתא: '],
      ar: ['رقم العميل: ', 'رقم الطلب: ', 'رقم المرجع: '], fa: ['شماره مشتری: ', 'شماره سفارش: ', 'کد پیگیری: '], ka: ['კლიენტის ნომერი: ', 'შეკვეთა № ', 'ანგარიში № '],
      ja: ['お客様番号：', '注文番号：', '受付番号：'], ko: ['고객번호: ', '주문번호: ', '접수번호: '], zh: ['客户编号：', '订单号：', '参考号：'], th: ['หมายเลขลูกค้า: ', 'เลขที่คำสั่งซื้อ: ', 'เลขที่อ้างอิง: '] }),
    rng.pick([n14g([3, 3, 3]), n14g([3, 3, 4], '-'), n14g([2, 2, 2, 2, 2]), n14g0([3, 3, 4], '-'), n14g([4, 3, 3]), n14g([3, 4, 4]), n14g([4, 4, 2]), n14g0([4, 6], ' '), n14g([2, 3, 3, 3])])],
    // bank accounts
    () => [L({ en: ['Account no. ', 'Acc: ', 'Bank account ', 'Transit/account: '], fr: ['Compte n° ', 'RIB : ', 'N° de compte : '], es: ['CLABE: ', 'Cuenta: ', 'No. de cuenta '],
      af: ['Rekeningnommer: ', 'Takkode '], cs: ['Číslo účtu: ', 'Účet: '], fi: ['Tilinumero: ', 'Tili: '], ro: ['Cont: ', 'Nr. cont '], he: ['מספר חשבון: ', 'חשבון: '], ar: ['رقم الحساب: '],
      fa: ['شماره حساب: ', 'شماره کارت: '], ka: ['ანგარიშის ნომერი: '], ja: ['口座番号：', '普通 '], ko: ['계좌번호: ', '입금 계좌: '], zh: ['账号：', '银行账户：'], th: ['เลขที่บัญชี: '] }),
    rng.pick([n14g([3, 3, 3, 3]), n14g([4, 4, 2]), `${n14nz(6)}-${n14d(4)}/${rng.pick(['0100', '0800', '2010', '0300', '5500'])}`, n14g([3, 3, 4]), n14g([2, 3, 6], '-'), n14g([3, 6], '-'), n14g([4, 3, 3]), n14nz(10), n14g([3, 3, 11]), `${n14nz(3)}-${n14d(6)}-${n14d(1)}`])],
    // tracking numbers
    () => [L({ en: ['Tracking: ', 'Waybill ', 'Parcel no. '], fr: ['N° de suivi : ', 'Colis n° '], es: ['Guía: ', 'Número de rastreo: '], cs: ['Číslo zásilky: '], fi: ['Lähetystunnus: '], ro: ['AWB: ', 'Nr. colet: '],
      he: ['מספר משלוח: '], ar: ['رقم الشحنة: '], fa: ['کد رهگیری: '], ja: ['お問い合わせ番号：', '追跡番号：'], ko: ['운송장 번호: ', '송장번호: '], zh: ['运单号：', '快递单号：'], th: ['เลขพัสดุ: '] }),
    rng.pick([n14g([4, 4, 4]), n14g([3, 4, 4], '-'), n14g([2, 4, 4]), n14g([4, 4, 4], '-'), n14nz(12), n14g([3, 3, 3, 3])])],
    // tax and id-card numbers
    () => [L({ en: ['Tax number: ', 'ID no. ', 'SIN: ', 'ID number: '], fr: ['NAS : ', 'N° fiscal : ', 'SIREN : ', 'N° SIRET : '], es: ['RFC: ', 'CURP: ', 'No. de INE: '], af: ['ID-nommer: ', 'Belastingnommer: '],
      cs: ['IČO: ', 'DIČ: CZ', 'Rodné číslo: ', 'Číslo OP: '], fi: ['Y-tunnus: ', 'Henkilötunnus: '], ro: ['CNP: ', 'CUI: RO', 'Serie CI '], he: ['ת.ז. ', 'מספר זהות: ', 'ח.פ. '], ar: ['الرقم الضريبي: ', 'رقم الهوية: '],
      fa: ['کد ملی: ', 'شناسه ملی: '], ka: ['პირადი ნომერი: ', 'საიდენტიფიკაციო კოდი: '], ja: ['マイナンバー：', '法人番号：'], ko: ['사업자등록번호: ', '주민등록번호: '], zh: ['纳税人识别号：', '身份证号：'], th: ['เลขประจำตัวผู้เสียภาษี: ', 'เลขบัตรประชาชน: '] }),
    rng.pick([n14g([3, 3, 3]), n14g([3, 2, 5], '-'), n14g([2, 3, 3]), n14g([1, 4, 5, 2, 1], '-'), n14g([4, 4, 4]), n14g([3, 3, 3, 5]), n14nz(9), n14g([6, 7], '-'), n14g([3, 3, 4])])],
    // article numbers, registration numbers
    () => [L({ en: ['Item ', 'Part no. ', 'Reg. no. ', 'Company reg. '], fr: ['Réf. article ', 'RCS Paris ', 'N° TVA FR'], es: ['Código: ', 'Art. '], af: ['Registrasienommer: ', 'Artikel '],
      cs: ['Kód zboží: ', 'Reg. č. '], fi: ['Tuotenumero: ', 'Rekisterinumero: '], ro: ['Nr. Reg. Com. J40/', 'Cod produs: '], he: ['מק"ט ', 'ח.פ. '], ar: ['رقم السجل التجاري: ', 'رمز المنتج: '],
      fa: ['شماره ثبت: ', 'کد کالا: '], ka: ['რეგისტრაციის ნომერი: '], ja: ['品番：', '登録番号：T'], ko: ['상품번호: ', '등록번호: '], zh: ['货号：', '注册号：'], th: ['รหัสสินค้า: ', 'ทะเบียนนิติบุคคล: '] }),
    rng.pick([n14g([3, 3, 3]), n14g([4, 3, 3]), n14g([2, 2, 2, 2]), n14g([6, 4], '-'), n14g([3, 4, 3]), n14nz(13), n14g([4, 4, 4, 1])])],
  ];
  return rng.pick(kinds)();
}

// Amounts, postcodes with their town, and dotted or spaced numbers that
// are no phone (unlabelled), as each language writes them.
function n14Plain(lang) {
  const a = () => rng.pick([`${rng.int(1, 99)} ${n14d(3)} ${n14d(3)}`, `${rng.int(1, 999)} ${n14d(3)},${n14d(2)}`, `${rng.int(1, 9)}.${n14d(3)}.${n14d(3)}`, `${rng.int(1, 99)},${n14d(3)},${n14d(3)}`, `${rng.int(1, 9)}'${n14d(3)}'${n14d(3)}.${n14d(2)}`]);
  const t = {
    en: [`Total due: R ${a()}`, `Balance: $${a()} CAD`, `Price: ${a()} ZAR`, `Postal code: ${rng.pick(['M5V', 'H2X', 'V6B'])} ${rng.int(1, 9)}${rng.pick(['A', 'K', 'T'])}${rng.int(1, 9)}`, `Population ${a()} (${rng.int(2011, 2021)} census)`],
    fr: [`Montant TTC : ${a()} €`, `Total : ${a()} $`, `${n14nz(5)} ${rng.pick(['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes'])} Cedex ${rng.int(1, 20)}`, `Capital social : ${a()} euros`],
    es: [`Total: $${a()} MXN`, `C.P. ${n14nz(5)}, ${rng.pick(['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla'])}`, `Importe: ${a()} pesos`],
    af: [`Totaal: R ${a()}`, `Poskode ${n14nz(4)}, ${rng.pick(['Pretoria', 'Stellenbosch', 'Bloemfontein'])}`],
    cs: [`Celkem: ${a()} Kč`, `${n14nz(3)} ${n14d(2)} ${rng.pick(['Praha 4', 'Brno', 'Ostrava', 'Plzeň'])}`, `PSČ ${n14nz(3)} ${n14d(2)}`],
    fi: [`Yhteensä ${a()} €`, `${n14g0([5], '')} ${rng.pick(['Helsinki', 'Espoo', 'Tampere', 'Turku', 'Oulu'])}`],
    ro: [`Total: ${a()} lei`, `Cod poștal ${n14nz(6)}, ${rng.pick(['București', 'Cluj-Napoca', 'Iași', 'Timișoara'])}`, `Valoare: ${a()} RON`],
    he: [`סה"כ: ${a()} ₪`, `מיקוד ${n14nz(7)}, ${rng.pick(['תל אביב', 'ירושלים', 'חיפה'])}`],
    ar: [`المبلغ: ${a()} ريال`, `الرمز البريدي ${n14nz(5)}`, `الإجمالي ${a()} درهم`],
    fa: [`مبلغ: ${a()} ریال`, `کد پستی ${n14nz(5)}-${n14d(5)}`, `جمع کل ${a()} تومان`],
    ka: [`ჯამი: ${a()} ₾`, `საფოსტო ინდექსი ${n14nz(4)}`],
    ja: [`合計：${a()}円`, `〒${n14nz(3)}-${n14d(4)} ${rng.pick(['東京都千代田区', '大阪府大阪市北区', '神奈川県横浜市'])}`, `¥${a()}`],
    ko: [`합계: ${a()}원`, `우편번호 ${n14nz(5)}`, `금액 ₩${a()}`],
    zh: [`合计：¥${a()}`, `邮编 ${n14nz(6)}`, `金额：${a()}元`],
    th: [`รวม ${a()} บาท`, `รหัสไปรษณีย์ ${n14nz(5)}`],
  };
  return rng.pick(t[lang] ?? t.en);
}

const N14_LOCALES = Object.keys(N14_LOCALE_LANG);

// A form, invoice or chat: other numbers, often a real phone and a date.
function n14FormRecord() {
  const locale = rng.pick(N14_LOCALES);
  const lang = N14_LOCALE_LANG[locale];
  const r = new Record('num14_form', locale);
  const lines = [];
  const n = rng.int(2, 4);
  for (let i = 0; i < n; ++i) lines.push(rng.chance(0.7) ? n14Other(lang) : [n14Plain(lang), null]);
  if (rng.chance(0.5)) lines.splice(rng.int(0, lines.length), 0, ['PHONE', null]);
  if (rng.chance(0.3)) lines.splice(rng.int(0, lines.length), 0, ['DATE', null]);
  const sep = rng.pick(['\n', '\n', ' | ', '; ']);
  lines.forEach(([label, num], i) => {
    if (i > 0) r.t(sep);
    if (label === 'PHONE') r.t(rng.pick(N14_PHONE_LABEL[lang])).e('PHONE_NUMBER', N14_PHONE[locale]());
    else if (label === 'DATE') r.t(rng.pick(N14_DATE_SAY[lang])[0]).e('DATE_TIME', n14DateTime(lang));
    else if (num === null) r.t(label);
    else r.t(label).t(num);
  });
  return r;
}

// Chats: one number of another kind in a sentence, sometimes a phone too.
const N14_CHAT = {
  en: [['Hi, my ', 'order number is ', ', can you check where it is?'], ['', 'the reference on the letter is ', ' and it still says pending'], ['', 'I paid into account ', ' yesterday']],
  fr: [['Bonjour, ', 'mon numéro de commande est le ', ', pouvez-vous vérifier ?'], ['', 'la référence du dossier est ', ' merci'], ['', 'j\'ai viré sur le compte ', ' hier']],
  es: [['Hola, ', 'mi número de pedido es ', ', ¿me ayudan?'], ['', 'el folio de mi factura es ', ' y no me llega'], ['', 'ya deposité a la cuenta ', '']],
  af: [['Hallo, ', 'my bestelnommer is ', ', kan julle kyk?'], ['', 'die verwysing is ', ' dankie']],
  cs: [['Dobrý den, ', 'číslo mé objednávky je ', ', kdy dorazí?'], ['', 'platbu jsem poslal na účet ', ' včera']],
  fi: [['Hei, ', 'tilausnumeroni on ', ', missä paketti on?'], ['', 'maksoin tilille ', ' eilen']],
  ro: [['Bună ziua, ', 'numărul comenzii mele este ', ', când ajunge?'], ['', 'am plătit în contul ', ' ieri']],
  he: [['שלום, ', 'מספר ההזמנה שלי הוא ', ', מתי זה מגיע?'], ['', 'מספר הלקוח שלי ', ' תודה']],
  ar: [['مرحبا، ', 'رقم طلبي هو ', ' متى يصل؟'], ['', 'رقم الحساب ', ' شكرا']],
  fa: [['سلام، ', 'شماره سفارش من ', ' است، کی می‌رسد؟'], ['', 'کد پیگیری ', ' را دارم']],
  ka: [['გამარჯობა, ', 'ჩემი შეკვეთის ნომერია ', ', როდის მოვა?']],
  ja: [['', '注文番号は', 'です。配送状況を教えてください。'], ['', 'お客様番号 ', ' の件でご連絡しました。']],
  ko: [['안녕하세요, ', '주문번호 ', ' 배송 언제 되나요?'], ['', '계좌번호 ', '로 입금했습니다.']],
  zh: [['你好，', '我的订单号是', '，请帮我查一下。'], ['', '运单号 ', ' 还没到']],
  th: [['สวัสดีครับ ', 'หมายเลขคำสั่งซื้อ ', ' ยังไม่ได้รับของ'], ['', 'โอนเข้าบัญชี ', ' แล้วครับ']],
};
function n14ChatRecord() {
  const locale = rng.pick(N14_LOCALES);
  const lang = N14_LOCALE_LANG[locale];
  const r = new Record('num14_chat', locale);
  const [hi, lead, tail] = rng.pick(N14_CHAT[lang]);
  const [, num] = n14Other(lang);
  r.t(hi).t(lead).t(num).t(tail);
  if (rng.chance(0.4)) r.t(rng.pick([' ', '\n'])).t(rng.pick(N14_PHONE_LABEL[lang])).e('PHONE_NUMBER', N14_PHONE[locale]());
  return r;
}

// Dates with their time, weekday and zone.
function n14DateRecord() {
  const locale = rng.chance(0.75) ? rng.pick(N14_LOCALES) : rng.pick(['de', 'it', 'pt_BR', 'nl', 'pl', 'sv', 'hu', 'tr', 'ru', 'el', 'en_US', 'en_GB']);
  const lang = N14_LOCALE_LANG[locale] ?? { de: 'de', it: 'it', pt_BR: 'pt', nl: 'nl', pl: 'pl', sv: 'sv', hu: 'hu', tr: 'tr', ru: 'ru', el: 'el' }[locale] ?? 'en';
  const r = new Record('num14_date', locale);
  const [a, b] = rng.pick(N14_DATE_SAY[lang]);
  r.t(a).e('DATE_TIME', n14DateTime(lang)).t(b);
  if (rng.chance(0.25) && N14_PHONE[locale]) r.t('\n').t(rng.pick(N14_PHONE_LABEL[lang])).e('PHONE_NUMBER', N14_PHONE[locale]());
  return r;
}

if (SET === 'num14') {
  const out = [];
  const make = [n14FormRecord, n14FormRecord, n14FormRecord, n14ChatRecord, n14ChatRecord, n14DateRecord, n14DateRecord, n14DateRecord];
  while (out.length < RECORDS) out.push(rng.pick(make)());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the num14b probe set (--set num14b) -----------------------------------
//   node generate.mjs --set num14b --seed 107 --records 600 > ../data/generated_pii_num14b.json
// A second num14 probe, written after the first's rules: the addresses of
// the same locales as faker writes them (street, postcode and town on one
// line or several, in each locale's order), whose postcodes take a phone's
// shape (Persian "68608-16563", Romanian "095164", Hebrew "8654077", ZIP+4
// in Arabic), with the locale's real phones beside some. Only PHONE_NUMBER
// is labelled.
function n14bAddressRecord() {
  const locale = rng.pick(N14_LOCALES);
  const lang = N14_LOCALE_LANG[locale];
  const f = allFakers[locale] ?? allFakers.en;
  const r = new Record('num14b_address', locale);
  const street = f.location.streetAddress(rng.chance(0.5)), zip = f.location.zipCode(), town = f.location.city();
  switch (rng.int(0, 4)) {
    case 0: r.t(`${street}, ${zip} ${town}`); break;
    case 1: r.t(`${street}\n${zip} ${town}`); break;
    case 2: r.t(`${town}, ${street}, ${zip}`); break;
    case 3: r.t(`${street}, ${town} ${zip}`); break;
    default: r.t(`${zip} ${town}, ${street}`); break;
  }
  if (rng.chance(0.4)) r.t(rng.pick(['\n', ' | ', ', '])).t(rng.pick(N14_PHONE_LABEL[lang])).e('PHONE_NUMBER', N14_PHONE[locale]());
  return r;
}

if (SET === 'num14b') {
  const out = [];
  while (out.length < RECORDS) out.push(n14bAddressRecord());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the addr14 probe set (--set addr14) -----------------------------------
//
//   node generate.mjs --set addr14 --seed 101 --records 900 > ../data/generated_pii_addr14.json
//   node generate.mjs --set afr16 --seed 113 --records 900 > ../data/generated_pii_afr16.json
//
// Street addresses with the unit, floor, staircase and door each country
// writes after (or before) the house number, as its people write them: Polish
// "m. 12" / "lok. 3" / "12/4", French "1er étage", "bât. B", "esc. 2", "appt
// 14", Dutch "3 hoog", "2e verdieping", "-II", Belgian "bus 3", Norwegian
// "Oppgang B", "H0201", Hungarian "2. em. 13.", "II/18.", "fszt. 2.", "1.em 95
// ajtó", Greek "4ος όροφος", "Διαμ. 5", Spanish "4º B", "3º izda.", "bajo",
// "esc. B, 2º", "pta. 4", Portuguese "2º Dto", "r/c Esq.", Slovene "stanovanje
// št. 5", Croatian "stan 12", "3. kat", Czech "3. patro", "byt 12", German
// "2. OG", "Whg. 5", Austrian "/3/12", "/Top 4", "Stiege 2", Italian "int. 5",
// "scala B", "piano 3", Russian "кв. 12", "корп. 2", Swedish "lgh 1102", "3 tr",
// Finnish "A 12", "as. 5", Danish "2. tv.", "st. th.", Turkish "Kat: 3 Daire:
// 5", Romanian "bl. A3, sc. 2, et. 4, ap. 15", Latvian "dz. 12", English "Apt
// 4B", "Suite 200", "Unit 5", "#12", "Flat 3". Labels: the street with its
// units is ADDRESS, the town LOCATION, the postcode nothing. Near-misses —
// numbers after words a street rule could take for a street or unit (rooms,
// floors of a building named alone, exits, versions, quantities, counts,
// phone numbers after a street's name) — are labelled nothing.

const a14try = (fn, fallback) => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};
const a14n = (lo, hi) => rng.int(lo, hi);
const a14street = (l, fallback) => a14try(() => allFakers[l].location.street(), fallback);
const a14city = (l, fallback) => a14try(() => allFakers[l].location.city(), fallback);
const a14zip = (l) => a14try(() => allFakers[l].location.zipCode(), String(a14n(10000, 99999)));

// Each maker returns { street, after, town } (a7Put's shape).
const A14_MAKERS = [
  ['pl', () => {
    const s = a14street('pl', 'Kwiatowa');
    const n = a14n(1, 200);
    const unit = rng.pick([` m. ${a14n(1, 120)}`, ` lok. ${a14n(1, 30)}`, `/${a14n(1, 90)}`, ` m ${a14n(1, 99)}`, ` lok. U${a14n(1, 9)}`]);
    const type = rng.pick(['ul. ', 'ul. ', 'al. ', 'os. ', 'pl. ']);
    return { street: `${type}${s.replace(/^(ul\.|al\.|pl\.|os\.) /, '')} ${n}${unit}`, after: rng.pick([`, ${a14zip('pl')} `, `\n${a14zip('pl')} `]), town: a14city('pl', 'Kraków') };
  }],
  ['fr', () => {
    const s = a14street('fr', 'rue de la Paix');
    const n = a14n(1, 180);
    const unit = rng.pick([`, ${a14n(2, 9)}e étage`, `, 1er étage`, `, bât. ${rng.pick(['A', 'B', 'C'])}`, `, appt ${a14n(1, 60)}`, `, esc. ${a14n(1, 4)}, ${a14n(2, 8)}e étage`, ` ${a14n(1, 9)} étage`]);
    const before = rng.chance(0.3) ? `Bât. ${rng.pick(['A', 'B', 'C'])}, ` : '';
    return { street: `${before}${n} ${s}${unit}`, after: rng.pick([`, ${a14zip('fr')} `, `\n${a14zip('fr')} `]), town: a14city('fr', 'Lyon') };
  }],
  ['nl', () => {
    const s = a14street('nl', 'Dorpsstraat');
    const n = a14n(1, 250);
    const unit = rng.pick([` ${a14n(1, 4)} hoog`, ` ${a14n(1, 4)}e verdieping`, `-${rng.pick(['I', 'II', 'III', 'hs', 'bis'])}`, `${rng.pick(['a', 'b', 'c'])} ${a14n(1, 3)} hoog`, ` ${rng.pick(['A', 'B'])}`, ` huis`]);
    return { street: `${s} ${n}${unit}`, after: rng.pick([`, ${a14n(1000, 9999)} ${rng.pick(['AB', 'KL', 'XZ'])} `, `\n${a14n(1000, 9999)} ${rng.pick(['AB', 'KL', 'XZ'])}  `]), town: a14city('nl', 'Utrecht') };
  }],
  ['nl_BE', () => {
    const s = a14street('nl_BE', 'Kerkstraat');
    return { street: `${s} ${a14n(1, 250)}${rng.pick([` bus ${a14n(1, 30)}`, ` b${a14n(1, 9)}`, `/${a14n(1, 12)}`, ` ${a14n(1, 5)}e verdieping`])}`, after: `, ${a14n(1000, 9999)} `, town: a14city('nl_BE', 'Gent') };
  }],
  ['nb_NO', () => {
    const s = a14street('nb_NO', 'Storgata');
    return { street: `${s} ${a14n(1, 120)}${rng.pick(['', 'A', 'B'])}${rng.pick([`, Oppgang ${rng.pick(['A', 'B', 'C'])}`, ` Oppgang ${rng.pick(['A', 'B'])}`, `, H0${a14n(1, 5)}0${a14n(1, 9)}`, ` H${a14n(1, 5)}0${a14n(1, 9)}`, `, ${a14n(2, 6)}. etasje`])}`, after: rng.pick([`, ${a14n(1000, 9999)} `, `\n${a14n(1000, 9999)} `]), town: a14city('nb_NO', 'Bergen') };
  }],
  ['hu', () => {
    const s = a14street('hu', 'Kossuth Lajos utca');
    const n = a14n(1, 150);
    const unit = rng.pick([` ${n}. ${a14n(1, 9)}. em. ${a14n(1, 40)}.`, ` ${n}. ${rng.pick(['I', 'II', 'III', 'IV', 'V'])}/${a14n(1, 30)}.`, ` ${n}. fszt. ${a14n(1, 9)}.`, ` ${n} ${a14n(1, 9)}.em ${a14n(1, 99)} ajtó`, ` ${n}. ${a14n(1, 9)}. emelet ${a14n(1, 30)}. ajtó`, ` ${n}. ${a14n(1, 4)}. lház. ${a14n(1, 9)}. em. ${a14n(1, 20)}.`]);
    return { street: `${s}${unit}`, after: rng.pick([`, ${a14n(1000, 9999)} `, `\n${a14n(1000, 9999)} `]), town: a14city('hu', 'Debrecen') };
  }],
  ['el', () => {
    const name = rng.pick(['Ερμού', 'Σταδίου', 'Κηφισίας', 'Αλεξανδρίδη', 'Τσιμισκή', 'Εγνατίας', 'Αθηνάς', 'Μεσογείων']);
    const type = rng.pick(['', 'Οδός ', 'Λεωφ. ', 'Λεωφόρος ']);
    const unit = rng.pick([`, ${a14n(1, 7)}ος`, `, ${a14n(1, 7)}ος όροφος`, ` ${a14n(1, 7)}ος όρ.`, `, Διαμ. ${a14n(1, 20)}`, `, ${a14n(1, 7)}ος όροφος, διαμ. ${a14n(1, 20)}`]);
    return { street: `${type}${name} ${a14n(1, 220)}${unit}`, after: `, ${a14n(100, 851)} ${a14n(10, 99)} `, town: rng.pick(['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Λάρισα', 'Βόλος']) };
  }],
  ['es', () => {
    const s = a14street('es', 'Calle Mayor');
    const n = a14n(1, 200);
    const unit = rng.pick([`, ${a14n(1, 9)}º ${rng.pick(['A', 'B', 'C', 'D'])}`, `, ${a14n(1, 9)}º izda.`, `, ${a14n(1, 9)}º dcha.`, `, bajo`, `, bajo B`, `, esc. ${rng.pick(['A', 'B'])}, ${a14n(1, 9)}º`, `, ${a14n(1, 9)}º, pta. ${a14n(1, 9)}`, ` ${a14n(1, 9)}º${a14n(1, 4)}ª`, `, ático`, `, ${a14n(1, 9)}.º ${rng.pick(['A', 'B'])}`]);
    const lead = rng.pick(['', '', 'c/ ', 'C/ ']);
    return { street: `${lead}${lead ? s.replace(/^(Calle|Avenida|Plaza|Paseo|Camino|Ronda) /, '') : s}, ${n}${unit}`.replace(/, (\d+), (\d+º)/, ', $1, $2'), after: rng.pick([`, ${a14zip('es')} `, `\n${a14zip('es')} `]), town: a14city('es', 'Madrid') };
  }],
  ['pt_PT', () => {
    const s = a14street('pt_PT', 'Rua Augusta');
    return { street: `${s}, ${a14n(1, 300)}${rng.pick([`, ${a14n(1, 9)}º Dto`, `, ${a14n(1, 9)}º Esq.`, `, r/c Esq.`, `, r/c Dto.`, ` ${a14n(1, 9)}º ${rng.pick(['A', 'B', 'Frente'])}`])}`, after: `, ${a14n(1000, 9999)}-${a14n(100, 999)} `, town: a14city('pt_PT', 'Lisboa') };
  }],
  ['sl_SI', () => {
    const s = a14street('sl_SI', 'Gregorčičeva ulica');
    return { street: `${s} ${a14n(1, 150)}${rng.pick([`, stanovanje št. ${a14n(1, 600)}`, ` stanovanje ${a14n(1, 90)}`, `, ${a14n(1, 9)}. nadstropje`])}`, after: `, ${a14n(1000, 9999)} `, town: a14city('sl_SI', 'Ljubljana') };
  }],
  ['hr', () => {
    const s = a14street('hr', 'Ilica');
    return { street: `${s} ${a14n(1, 200)}${rng.pick([`, stan ${a14n(1, 60)}`, `, ${a14n(1, 9)}. kat`, `/${a14n(1, 9)}. kat`, ` ${a14n(1, 9)}. kat, stan ${a14n(1, 30)}`])}`, after: `, ${a14n(10000, 53999)} `, town: a14city('hr', 'Zagreb') };
  }],
  ['cs_CZ', () => {
    const s = a14street('cs_CZ', 'Husova');
    return { street: `${s} ${a14n(100, 2999)}/${a14n(1, 60)}${rng.pick([`, ${a14n(1, 9)}. patro`, `, byt ${a14n(1, 40)}`, `, ${a14n(1, 9)}. patro, byt ${a14n(1, 40)}`])}`, after: `, ${a14n(100, 799)} ${a14n(10, 99)} `, town: a14city('cs_CZ', 'Brno') };
  }],
  ['de', () => {
    const s = a14street('de', 'Hauptstraße');
    return { street: `${s} ${a14n(1, 200)}${rng.pick([`, ${a14n(1, 5)}. OG`, `, Whg. ${a14n(1, 40)}`, ` ${rng.pick(['a', 'b'])}, ${a14n(1, 5)}. OG links`, `, ${a14n(1, 5)}. Stock`, `, Hinterhaus`])}`, after: rng.pick([`, ${a14zip('de')} `, `\n${a14zip('de')} `]), town: a14city('de', 'Berlin') };
  }],
  ['de_AT', () => {
    const s = a14street('de_AT', 'Mariahilfer Straße');
    return { street: `${s} ${a14n(1, 200)}${rng.pick([`/${a14n(1, 9)}/${a14n(1, 40)}`, `/Top ${a14n(1, 30)}`, `/Stiege ${a14n(1, 4)}/Top ${a14n(1, 30)}`, `, Stiege ${a14n(1, 4)}, Top ${a14n(1, 20)}`, ` Top ${a14n(1, 30)}`])}`, after: `, ${a14n(1000, 9999)} `, town: a14city('de_AT', 'Wien') };
  }],
  ['it', () => {
    const s = a14street('it', 'Via Roma');
    return { street: `${s} ${a14n(1, 200)}${rng.pick([`, int. ${a14n(1, 30)}`, `, scala ${rng.pick(['A', 'B', 'C'])}`, `, piano ${a14n(1, 9)}`, `, scala ${rng.pick(['A', 'B'])}, int. ${a14n(1, 20)}`, `/${rng.pick(['A', 'B'])}`])}`, after: rng.pick([`, ${a14zip('it')} `, `\n${a14zip('it')} `]), town: a14city('it', 'Torino') };
  }],
  ['ru', () => {
    const name = rng.pick(['Ленина', 'Гагарина', 'Мира', 'Советская', 'Пушкина', 'Садовая']);
    return { street: `ул. ${name}, д. ${a14n(1, 150)}${rng.pick([`, кв. ${a14n(1, 300)}`, `, корп. ${a14n(1, 5)}, кв. ${a14n(1, 300)}`, `, стр. ${a14n(1, 5)}`, ` кв. ${a14n(1, 300)}`])}`, after: ', г. ', town: rng.pick(['Москва', 'Казань', 'Самара', 'Томск']) };
  }],
  ['sv', () => {
    const s = a14street('sv', 'Storgatan');
    return { street: `${s} ${a14n(1, 120)}${rng.pick([`, lgh ${a14n(1001, 1704)}`, ` lgh ${a14n(1001, 1704)}`, `, ${a14n(1, 6)} tr`, ` ${rng.pick(['A', 'B'])}, ${a14n(1, 6)} tr`])}`, after: rng.pick([`, ${a14n(100, 999)} ${a14n(10, 99)} `, `\n${a14n(100, 999)} ${a14n(10, 99)} `]), town: a14city('sv', 'Uppsala') };
  }],
  ['fi', () => {
    const s = a14street('fi', 'Mannerheimintie');
    return { street: `${s} ${a14n(1, 120)} ${rng.pick([`${rng.pick(['A', 'B', 'C'])} ${a14n(1, 60)}`, `as. ${a14n(1, 60)}`, `${rng.pick(['A', 'B'])}${a14n(1, 40)}`])}`, after: `, ${a14n(10000, 99999)} `, town: a14city('fi', 'Tampere') };
  }],
  ['da', () => {
    const s = a14street('da', 'Nørregade');
    return { street: `${s} ${a14n(1, 120)}${rng.pick([`, ${a14n(1, 5)}. tv.`, `, ${a14n(1, 5)}. th.`, `, st. th.`, `, ${a14n(1, 5)}. mf.`, ` ${a14n(1, 5)}. sal`])}`, after: `, ${a14n(1000, 9999)} `, town: a14city('da', 'Aarhus') };
  }],
  ['tr', () => {
    const s = a14try(() => allFakers.tr.location.street(), 'Atatürk Caddesi');
    return { street: `${s} No: ${a14n(1, 200)}${rng.pick([` Kat: ${a14n(1, 9)} Daire: ${a14n(1, 30)}`, ` D: ${a14n(1, 30)}`, `/${a14n(1, 30)}`, ` K:${a14n(1, 9)} D:${a14n(1, 30)}`])}`, after: rng.pick([`, ${a14n(10000, 81999)} `, ' ']), town: a14city('tr', 'İzmir') };
  }],
  ['ro', () => {
    const s = a14street('ro', 'Strada Florilor');
    return { street: `${s} nr. ${a14n(1, 150)}${rng.pick([`, bl. ${rng.pick(['A', 'B', 'C', 'M'])}${a14n(1, 20)}, sc. ${a14n(1, 4)}, et. ${a14n(1, 10)}, ap. ${a14n(1, 120)}`, `, ap. ${a14n(1, 120)}`, `, et. ${a14n(1, 10)}, ap. ${a14n(1, 120)}`])}`, after: `, ${a14n(100000, 999999)} `, town: a14city('ro', 'Cluj-Napoca') };
  }],
  ['lv', () => {
    const s = a14street('lv', 'Brīvības iela');
    return { street: `${s} ${a14n(1, 200)}${rng.pick([`-${a14n(1, 90)}`, `, dz. ${a14n(1, 90)}`, ` k-${a14n(1, 4)}-${a14n(1, 90)}`])}`, after: `, LV-${a14n(1000, 5999)} `, town: a14city('lv', 'Rīga') };
  }],
  ['en_US', () => {
    const s = allFakers.en_US.location.street();
    return { street: `${a14n(10, 9999)} ${s}${rng.pick([`, Apt ${a14n(1, 40)}${rng.pick(['', 'B', 'C'])}`, ` Suite ${a14n(100, 900)}`, `, Unit ${a14n(1, 20)}`, ` #${a14n(1, 400)}`, `, Fl ${a14n(2, 30)}`, `, Ste. ${a14n(100, 900)}`])}`, after: ', ', town: allFakers.en_US.location.city(), tail: `, ${allFakers.en_US.location.state({ abbreviated: true })} ${allFakers.en_US.location.zipCode('#####')}` };
  }],
  ['en_GB', () => {
    const s = allFakers.en_GB.location.street();
    return rng.chance(0.5)
      ? { street: `Flat ${a14n(1, 40)}, ${a14n(1, 200)} ${s}`, after: rng.pick([', ', '\n']), town: allFakers.en_GB.location.city() }
      : { street: `${a14n(1, 200)}${rng.pick(['a', 'b', ''])} ${s}, ${rng.pick(['Flat', 'Unit'])} ${a14n(1, 40)}`, after: rng.pick([', ', '\n']), town: allFakers.en_GB.location.city() };
  }],
];

function addr14AddressRecord() {
  const [key, make] = rng.pick(A14_MAKERS);
  const a = make();
  const r = new Record('addr14_address', key);
  const person = () => {
    const f = allFakers[{ el: 'el', ru: 'ru' }[key] ? 'en_US' : key] ?? allFakers.en_US;
    return `${a14try(() => f.person.firstName(), 'Anna')} ${a14try(() => f.person.lastName(), 'Berg')}`;
  };
  const style = rng.int(0, 5);
  if (style === 0) {
    r.t(rng.pick(['Address: ', 'Adres: ', 'Adresse : ', 'Anschrift: ', 'Dirección: ', 'Lieferadresse: ', 'Ship to: ']));
    a7Put(r, a);
  } else if (style === 1) {
    r.t(rng.pick(['Please send it to ', 'My new address is ', 'We live at ', 'Deliver to ']));
    a7Put(r, a);
    r.t(rng.pick(['.', ', thanks!', ' from Monday.', '']));
  } else if (style === 2) {
    r.e('PERSON', person()).t('\n');
    a7Put(r, a);
  } else if (style === 3) {
    r.t('{"street": "').e('ADDRESS', a.street.replace(/\n/g, ' ')).t('", "city": "').e('LOCATION', a.town).t('"}');
  } else if (style === 4) {
    r.t(rng.pick(['ok ', 'new address: ', 'moved! ', '']));
    a7Put(r, a);
    r.t(rng.pick([' 👍', '', ' :)']));
  } else {
    a7Put(r, a);
  }
  return r;
}

function addr14NegativeRecord() {
  const r = new Record('addr14_negative', 'mixed');
  const n = () => rng.int(1, 99);
  const options = [
    () => r.t(`Ni renkontiĝos en ĉambro ${n()} je la ${rng.int(8, 18)}a horo.`),
    () => r.t(`Version ${rng.int(1, 9)}.${rng.int(0, 30)} of Street View ships next week.`),
    () => r.t(`${rng.int(2, 12)} Stück à ${rng.int(2, 99)},${rng.int(10, 99)} € zzgl. Versand.`),
    () => r.t(`Prenez la sortie ${rng.int(1, 200)} de l'autoroute ${rng.int(10, 90)}, puis ${rng.int(2, 9)} km.`),
    () => r.t(`Sortie ${rng.int(1, 200)} de l'autoroute A${rng.int(1, 90)} fermée ce soir.`),
    () => r.t(`ห้อง ${n()} ชั้น ${rng.int(1, 30)} ประชุมเวลา ${rng.int(8, 17)}.00 น.`),
    () => r.t(`It failed ${rng.int(2, 9)} times in a row on ${rng.pick(['Monday', 'staging', 'CI'])}.`),
    () => r.t(`Magazin: ул. ${rng.pick(['Ленина', 'Мира', 'Гагарина'])} ${rng.int(200, 999)}-${rng.int(1000, 9999)} (звоните с 9 до 18).`),
    () => r.t(`Room ${n()} on floor ${rng.int(2, 30)} is free after ${rng.int(1, 5)} pm.`),
    () => r.t(`Zimmer ${n()} im ${rng.int(1, 6)}. Stock ist belegt.`),
    () => r.t(`La salle ${n()} au ${rng.int(2, 9)}e étage est réservée.`),
    () => r.t(`Pokój ${n()} na ${rng.int(1, 9)}. piętrze, ${rng.int(2, 9)} szt. po ${rng.int(5, 99)} zł.`),
    () => r.t(`Ik heb ${rng.int(2, 9)} keer gebeld, ${rng.int(2, 5)} hoog in de toren is geen bereik.`),
    () => r.t(`Kapitel ${n()}, Abschnitt ${rng.int(1, 9)}, Seite ${rng.int(10, 300)}.`),
    () => r.t(`Gate ${rng.pick(['A', 'B'])}${n()}, ${rng.int(2, 9)} times delayed, terminal ${rng.int(1, 5)}.`),
    () => r.t(`Ο ${rng.int(2, 7)}ος όροφος κλείνει στις ${rng.int(5, 9)} μ.μ.`),
    () => r.t(`Tengo ${rng.int(2, 9)} cajas en el ${rng.int(1, 9)}º piso del almacén.`),
    () => r.t(`A ${rng.int(2, 9)}. emeleten ${n()} szoba van.`),
    () => r.t(`Level ${rng.int(2, 40)} unlocked after ${rng.int(2, 9)} tries, score ${rng.int(100, 9999)}.`),
  ];
  rng.pick(options)();
  return r;
}

if (SET === 'addr14') {
  const out = [];
  // Three addresses to one near-miss.
  while (out.length < RECORDS) out.push(out.length % 4 === 3 ? addr14NegativeRecord() : addr14AddressRecord());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the afr16 probe set (--set afr16) -------------------------------------
//
// People of the African and South-Asian English-speaking locales (Zulu,
// Yoruba, Nigerian, Ghanaian and South African English, Indian, Nepali) and
// Indonesian, in shapes the pos14 set lacks: chat lines ("[09:14] Thabo:
// …", "… joined the group", "@…"), signatures ("God bless,\n…"), the
// forms of those countries ("Surname:", "Other names:", "Next of kin:",
// "S/O"), mail headers ("From: … <…>"), a given name alone in talk
// ("Morning …", "Tell … I said hi", "Aunty …"), a surname alone after the
// titles used there ("Chief", "Pastor", "Alhaji", "Engr.", "Madam", "Baba",
// "Gogo", "Shri", "Bapak", "Ibu"), and names that are also English words or
// peoples' and places' names (drawn from faker until one is). Half of the
// records are near-misses of the same countries in the same shapes: towns,
// provinces and states, firms, churches, schools, markets, newspapers,
// festivals, dishes, languages and peoples ("Yoruba", "isiZulu", "Hindi").
// The lists and templates are written from general knowledge.
// Tokens: {P} a full name, {F} a given name, {S} a surname, {f} a given name
// in small letters, {U} a full name in capitals, {W} a given name that is
// also a word or a people's name, {E} an e-mail address (of the record's
// last person), {M} a firm's e-mail address, {T} a time, {N} a number, {C} a
// firm (ORGANIZATION), and the country's {TOWN} {PROV} (LOCATION), {CO}
// {CHURCH} {SCHOOL} {PAPER}
// (ORGANIZATION), {MARKET} (LOCATION), {FEST} {LANG} {DISH} (unlabelled).

const A16_LOCALES = ['zu_ZA', 'yo_NG', 'en_NG', 'en_GH', 'en_ZA', 'en_IN', 'en_NP', 'id_ID'];
const A16_COUNTRY = { zu_ZA: 'ZA', en_ZA: 'ZA', yo_NG: 'NG', en_NG: 'NG', en_GH: 'GH', en_IN: 'IN', en_NP: 'NP', id_ID: 'ID' };

const A16_THINGS = {
  ZA: {
    TOWN: ['Soweto', 'Umlazi', 'Durban', 'Pietermaritzburg', 'Polokwane', 'Mthatha', 'Khayelitsha', 'Mbombela',
      'Richards Bay', 'Empangeni', 'Tembisa', 'Mahikeng', 'Bloemfontein', 'Gqeberha', 'Ulundi', 'Vryheid',
      'Alexandra', 'Mamelodi', 'Katlehong', 'Newcastle', 'Ladysmith', 'Kokstad', 'Stellenbosch'],
    PROV: ['KwaZulu-Natal', 'Gauteng', 'Limpopo', 'Mpumalanga', 'the Eastern Cape', 'the Free State', 'North West',
      'the Western Cape', 'Northern Cape'],
    CO: ['Shoprite', 'Pick n Pay', 'Vodacom', 'Eskom', 'Sasol', 'Capitec', 'Nedbank', 'Absa', 'Standard Bank',
      'Telkom', 'Woolworths', 'Checkers', 'Mr Price', 'Discovery Health', 'Old Mutual', 'Takealot', 'Cell C',
      'Spar', 'Clicks', 'Dis-Chem', 'Multichoice', 'Transnet', 'Sanlam'],
    CHURCH: ['Zion Christian Church', 'the Nazareth Baptist Church', 'the Shembe church', 'the Methodist Church of Southern Africa',
      'the Dutch Reformed Church', 'Grace Bible Church', 'Rhema Bible Church'],
    SCHOOL: ['Wits', 'the University of KwaZulu-Natal', 'UNISA', 'the University of Pretoria', 'Rhodes University',
      'Durban University of Technology', 'Ohlange High School', 'Inanda Seminary', 'Tshwane University of Technology'],
    MARKET: ['Warwick Junction', 'Victoria Street Market', 'Gateway Theatre of Shopping', 'Maponya Mall', 'Mall of Africa',
      'the Oriental Plaza', 'Menlyn Park'],
    PAPER: ['Isolezwe', 'the Sowetan', 'Die Burger', 'the Mail & Guardian', 'the Daily Sun', 'News24', 'Ilanga',
      'the Sunday Times', 'City Press'],
    FEST: ['Heritage Day', 'Freedom Day', 'Youth Day', 'the Reed Dance', 'Umkhosi Wokweshwama', 'Human Rights Day',
      'the Durban July', 'Women\'s Day'],
    LANG: ['isiZulu', 'isiXhosa', 'Sesotho', 'Setswana', 'Afrikaans', 'Xitsonga', 'Tshivenda', 'Sepedi', 'siSwati',
      'Zulu', 'Xhosa', 'Ndebele', 'Sotho', 'Tswana', 'Venda', 'Pedi'],
    DISH: ['pap and vleis', 'bunny chow', 'bobotie', 'chakalaka', 'amagwinya', 'umngqusho', 'boerewors', 'biltong',
      'malva pudding', 'vetkoek'],
  },
  NG: {
    TOWN: ['Lagos', 'Ibadan', 'Abeokuta', 'Ogbomoso', 'Osogbo', 'Ilorin', 'Akure', 'Ile-Ife', 'Ijebu-Ode', 'Ikeja',
      'Lekki', 'Surulere', 'Yaba', 'Ikorodu', 'Abuja', 'Kano', 'Kaduna', 'Enugu', 'Onitsha', 'Aba', 'Owerri',
      'Port Harcourt', 'Benin City', 'Warri', 'Calabar', 'Jos', 'Zaria', 'Sokoto', 'Maiduguri', 'Ado-Ekiti',
      'Ota', 'Sagamu', 'Iwo', 'Oyo', 'Ede', 'Ilesa', 'Ondo'],
    PROV: ['Ogun State', 'Oyo State', 'Lagos State', 'Osun', 'Ondo State', 'Ekiti', 'Kwara', 'Kogi', 'Anambra',
      'Rivers State', 'Delta State', 'Edo', 'Imo', 'Enugu State', 'Kano State', 'Borno', 'Plateau', 'Benue',
      'Akwa Ibom', 'Cross River', 'the FCT'],
    CO: ['Dangote Cement', 'MTN Nigeria', 'Glo', 'Airtel', 'GTBank', 'Zenith Bank', 'Access Bank', 'First Bank',
      'UBA', 'Jumia', 'Konga', 'Flutterwave', 'Paystack', 'Opay', 'Moniepoint', 'Indomie', 'Peak Milk',
      'Mr Biggs', 'Chicken Republic', 'NNPC', 'Arik Air', 'Innoson Motors', 'Nestle Nigeria', 'Wema Bank',
      'Sterling Bank', 'Fidelity Bank', 'Ecobank', 'Kuda'],
    CHURCH: ['the Redeemed Christian Church of God', 'Winners Chapel', 'Christ Apostolic Church', 'Deeper Life Bible Church',
      'Mountain of Fire and Miracles Ministries', 'the Cherubim and Seraphim church', 'Celestial Church of Christ',
      'Daystar Christian Centre', 'House on the Rock', 'the Synagogue Church', 'St Paul\'s Anglican Church'],
    SCHOOL: ['the University of Ibadan', 'UNILAG', 'the University of Lagos', 'Obafemi Awolowo University', 'OAU',
      'Covenant University', 'Babcock University', 'Ahmadu Bello University', 'the University of Nigeria, Nsukka',
      'Yaba College of Technology', 'King\'s College Lagos', 'Queen\'s College', 'Federal Government College'],
    MARKET: ['Balogun Market', 'Oshodi Market', 'Computer Village', 'Onitsha Main Market', 'Bodija Market',
      'Ariaria Market', 'Mile 12 Market', 'Dugbe Market', 'Kurmi Market', 'Wuse Market', 'Alaba International Market'],
    PAPER: ['The Punch', 'Punch', 'Vanguard', 'ThisDay', 'The Guardian', 'The Nation', 'Daily Trust', 'Tribune',
      'Premium Times', 'Nairaland', 'BusinessDay', 'Leadership'],
    FEST: ['the Osun-Osogbo festival', 'the Eyo festival', 'Ojude Oba', 'the Argungu festival', 'the New Yam festival',
      'Sallah', 'Durbar', 'Democracy Day', 'Independence Day', 'Calabar Carnival', 'Eid', 'Easter'],
    LANG: ['Yoruba', 'Igbo', 'Hausa', 'Fulani', 'Pidgin', 'Ijaw', 'Edo', 'Efik', 'Ibibio', 'Tiv', 'Kanuri',
      'Urhobo', 'Itsekiri', 'Egba', 'Ijebu', 'Ekiti', 'Yorùbá'],
    DISH: ['jollof rice', 'egusi soup', 'amala and ewedu', 'pounded yam', 'efo riro', 'moi moi', 'akara', 'suya',
      'ofada rice', 'gbegiri', 'puff-puff', 'nkwobi', 'tuwo shinkafa'],
  },
  GH: {
    TOWN: ['Accra', 'Kumasi', 'Tamale', 'Takoradi', 'Cape Coast', 'Tema', 'Koforidua', 'Ho', 'Sunyani', 'Bolgatanga',
      'Wa', 'Obuasi', 'Techiman', 'Nkawkaw', 'Winneba', 'Madina', 'Kasoa', 'Teshie', 'Nungua', 'Osu', 'Labadi',
      'Ejisu', 'Elmina', 'Aflao', 'Dansoman'],
    PROV: ['the Ashanti Region', 'Greater Accra', 'the Volta Region', 'the Central Region', 'the Western Region',
      'the Eastern Region', 'the Northern Region', 'the Bono Region', 'Upper East'],
    CO: ['MTN Ghana', 'Vodafone Ghana', 'AirtelTigo', 'Ghana Commercial Bank', 'Fidelity Bank Ghana', 'Kasapreko',
      'Melcom', 'Tullow Oil', 'Ecobank Ghana', 'Hubtel', 'Zeepay', 'Kantanka', 'Goil', 'Stanbic'],
    CHURCH: ['the Church of Pentecost', 'Lighthouse Chapel International', 'the Presbyterian Church of Ghana',
      'the Methodist Church Ghana', 'Action Chapel', 'ICGC', 'Perez Chapel', 'Christ the King Catholic Church'],
    SCHOOL: ['KNUST', 'the University of Ghana', 'Legon', 'the University of Cape Coast', 'Achimota School',
      'Mfantsipim', 'Wesley Girls', 'Prempeh College', 'Ashesi University', 'Opoku Ware School'],
    MARKET: ['Makola Market', 'Kejetia Market', 'Kaneshie Market', 'Agbogbloshie', 'Madina Market', 'Circle',
      'Accra Mall', 'Tema Station', 'Kantamanto'],
    PAPER: ['the Daily Graphic', 'Graphic', 'the Ghanaian Times', 'Joy FM', 'Citi FM', 'MyJoyOnline', 'the Chronicle',
      'GhanaWeb'],
    FEST: ['Homowo', 'Aboakyir', 'Hogbetsotso', 'Odwira', 'Akwasidae', 'the Damba festival', 'Farmers\' Day',
      'Founders\' Day', 'Chale Wote'],
    LANG: ['Twi', 'Akan', 'Ewe', 'Ga', 'Fante', 'Dagbani', 'Hausa', 'Asante', 'Nzema', 'Dagomba', 'Akuapem',
      'Ga-Adangbe', 'Frafra', 'Krobo'],
    DISH: ['banku and tilapia', 'kenkey', 'fufu and light soup', 'waakye', 'kelewele', 'red red', 'shito',
      'jollof', 'ampesi', 'tuo zaafi', 'omo tuo'],
  },
  IN: {
    TOWN: ['Mumbai', 'Pune', 'Bengaluru', 'Chennai', 'Hyderabad', 'Kolkata', 'Ahmedabad', 'Jaipur', 'Lucknow',
      'Kanpur', 'Nagpur', 'Indore', 'Bhopal', 'Patna', 'Vadodara', 'Surat', 'Coimbatore', 'Madurai', 'Kochi',
      'Mysuru', 'Noida', 'Gurugram', 'Thane', 'Nashik', 'Amritsar', 'Ludhiana', 'Varanasi', 'Dehradun', 'Shimla',
      'Visakhapatnam', 'Vijayawada', 'Guwahati', 'Ranchi', 'Raipur', 'Mangaluru', 'Hubballi'],
    PROV: ['Maharashtra', 'Karnataka', 'Tamil Nadu', 'Kerala', 'Uttar Pradesh', 'Bihar', 'Gujarat', 'Rajasthan',
      'West Bengal', 'Odisha', 'Telangana', 'Andhra Pradesh', 'Punjab', 'Haryana', 'Madhya Pradesh', 'Assam',
      'Jharkhand', 'Uttarakhand', 'Himachal Pradesh', 'Goa'],
    CO: ['Tata Motors', 'Infosys', 'Wipro', 'Reliance Jio', 'Airtel', 'HDFC Bank', 'ICICI Bank', 'State Bank of India',
      'Flipkart', 'Zomato', 'Swiggy', 'Paytm', 'Ola', 'Mahindra', 'Bajaj Finance', 'Larsen & Toubro', 'Maruti Suzuki',
      'Amul', 'Haldiram\'s', 'Godrej', 'Hindustan Unilever', 'Birla Cement', 'Asian Paints', 'Big Bazaar'],
    CHURCH: ['Siddhivinayak Temple', 'the Golden Temple', 'ISKCON', 'Jama Masjid', 'Meenakshi Temple', 'St Thomas Cathedral',
      'Tirupati', 'the Gurdwara Bangla Sahib', 'Kashi Vishwanath'],
    SCHOOL: ['IIT Bombay', 'IIT Madras', 'IIM Ahmedabad', 'Delhi University', 'JNU', 'BITS Pilani', 'Anna University',
      'Jadavpur University', 'Kendriya Vidyalaya', 'Delhi Public School', 'Manipal', 'VIT Vellore'],
    MARKET: ['Chandni Chowk', 'Crawford Market', 'Sarojini Nagar', 'Lajpat Nagar', 'Commercial Street', 'Linking Road',
      'Connaught Place', 'Khan Market', 'T Nagar', 'Charminar', 'Colaba Causeway', 'Lal Bazaar'],
    PAPER: ['The Hindu', 'the Times of India', 'Hindustan Times', 'Dainik Bhaskar', 'the Indian Express', 'Mint',
      'Deccan Herald', 'Malayala Manorama', 'Anandabazar Patrika', 'NDTV'],
    FEST: ['Diwali', 'Holi', 'Navratri', 'Durga Puja', 'Pongal', 'Onam', 'Ganesh Chaturthi', 'Raksha Bandhan',
      'Eid', 'Baisakhi', 'Makar Sankranti', 'Karva Chauth', 'Dussehra', 'Janmashtami', 'Lohri'],
    LANG: ['Hindi', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Marathi', 'Gujarati', 'Bengali', 'Punjabi', 'Odia',
      'Urdu', 'Konkani', 'Assamese', 'Bhojpuri', 'Sindhi', 'Tulu', 'Marwari'],
    DISH: ['masala dosa', 'pav bhaji', 'vada pav', 'biryani', 'chole bhature', 'paneer tikka', 'rajma chawal',
      'idli sambar', 'butter chicken', 'dal makhani', 'poha', 'dhokla', 'gulab jamun', 'rasgulla'],
  },
  NP: {
    TOWN: ['Kathmandu', 'Pokhara', 'Lalitpur', 'Bhaktapur', 'Biratnagar', 'Birgunj', 'Dharan', 'Butwal', 'Hetauda',
      'Bharatpur', 'Janakpur', 'Nepalgunj', 'Itahari', 'Dhangadhi', 'Chitwan', 'Thamel', 'Baneshwor', 'Patan',
      'Kirtipur', 'Dhulikhel', 'Gorkha', 'Ilam', 'Damak', 'Tansen', 'Lumbini', 'Birtamod'],
    PROV: ['Bagmati Province', 'Gandaki', 'Koshi Province', 'Madhesh', 'Lumbini Province', 'Karnali', 'Sudurpashchim',
      'the Terai', 'Mustang', 'Solukhumbu', 'Kaski', 'Jhapa', 'Morang'],
    CO: ['Nepal Telecom', 'Ncell', 'Nabil Bank', 'Himalayan Bank', 'NIC Asia', 'Everest Bank', 'Buddha Air', 'Yeti Airlines',
      'Chaudhary Group', 'Daraz', 'eSewa', 'Khalti', 'Pathao', 'Gorkha Brewery', 'Wai Wai', 'Nepal Airlines'],
    CHURCH: ['Pashupatinath', 'Swayambhunath', 'Boudhanath', 'the Changu Narayan temple', 'Muktinath', 'Janaki Mandir',
      'Dakshinkali', 'Manakamana'],
    SCHOOL: ['Tribhuvan University', 'Kathmandu University', 'Pokhara University', 'St. Xavier\'s College',
      'Budhanilkantha School', 'Pulchowk Campus', 'Trichandra College', 'Padma Kanya Campus'],
    MARKET: ['Asan Bazaar', 'New Road', 'Indra Chowk', 'Bhatbhateni', 'Durbar Marg', 'Labim Mall', 'Kalimati market',
      'Lakeside'],
    PAPER: ['the Kathmandu Post', 'Kantipur', 'The Himalayan Times', 'Republica', 'Gorkhapatra', 'Onlinekhabar',
      'Setopati', 'Nagarik'],
    FEST: ['Dashain', 'Tihar', 'Teej', 'Holi', 'Chhath', 'Losar', 'Indra Jatra', 'Buddha Jayanti', 'Maghe Sankranti',
      'Bisket Jatra', 'Gai Jatra'],
    LANG: ['Nepali', 'Newari', 'Nepal Bhasa', 'Maithili', 'Bhojpuri', 'Tharu', 'Tamang', 'Gurung', 'Magar', 'Sherpa',
      'Limbu', 'Newar', 'Rai', 'Awadhi', 'Madhesi'],
    DISH: ['dal bhat', 'momo', 'sel roti', 'gundruk', 'chatamari', 'yomari', 'thukpa', 'dhido', 'bara', 'juju dhau'],
  },
  ID: {
    TOWN: ['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Semarang', 'Yogyakarta', 'Makassar', 'Palembang', 'Denpasar',
      'Malang', 'Bogor', 'Depok', 'Bekasi', 'Tangerang', 'Solo', 'Padang', 'Pekanbaru', 'Balikpapan', 'Manado',
      'Pontianak', 'Banjarmasin', 'Cirebon', 'Kupang', 'Jayapura', 'Ambon', 'Mataram', 'Kediri', 'Purwokerto'],
    PROV: ['Jawa Barat', 'Jawa Tengah', 'Jawa Timur', 'Bali', 'Sumatera Utara', 'Sulawesi Selatan', 'Kalimantan Timur',
      'DKI Jakarta', 'Banten', 'Aceh', 'Papua', 'Riau', 'Lampung', 'Nusa Tenggara Barat', 'West Java', 'Central Java'],
    CO: ['Telkom Indonesia', 'Gojek', 'Tokopedia', 'Grab', 'Bank Mandiri', 'BCA', 'BRI', 'Pertamina', 'Indofood',
      'Garuda Indonesia', 'Lion Air', 'Traveloka', 'Bukalapak', 'Shopee', 'Alfamart', 'Indomaret', 'Sido Muncul',
      'Astra International', 'Semen Indonesia', 'Kopi Kenangan', 'J.Co'],
    CHURCH: ['Masjid Istiqlal', 'the Jakarta Cathedral', 'Borobudur', 'Prambanan', 'Pura Besakih', 'GKI', 'HKBP',
      'Masjid Agung'],
    SCHOOL: ['Universitas Indonesia', 'ITB', 'Universitas Gadjah Mada', 'UGM', 'Universitas Airlangga', 'IPB',
      'Binus University', 'Universitas Padjadjaran', 'SMA Negeri 8', 'Universitas Brawijaya'],
    MARKET: ['Pasar Baru', 'Tanah Abang', 'Pasar Beringharjo', 'Mangga Dua', 'Grand Indonesia', 'Plaza Senayan',
      'Pasar Klewer', 'Malioboro', 'Blok M'],
    PAPER: ['Kompas', 'Tempo', 'the Jakarta Post', 'Detik', 'Republika', 'Jawa Pos', 'Kumparan', 'Media Indonesia'],
    FEST: ['Lebaran', 'Idul Fitri', 'Nyepi', 'Galungan', 'Imlek', 'Waisak', 'Hari Kartini', 'Tujuh Belasan',
      'Maulid', 'Natal'],
    LANG: ['Bahasa Indonesia', 'Javanese', 'Sundanese', 'Balinese', 'Batak', 'Minangkabau', 'Betawi', 'Bugis',
      'Madurese', 'Acehnese', 'Jawa', 'Sunda', 'Dayak'],
    DISH: ['nasi goreng', 'rendang', 'sate ayam', 'gado-gado', 'bakso', 'soto ayam', 'nasi uduk', 'martabak',
      'pempek', 'gudeg', 'rawon', 'es cendol'],
  },
};
const A16_LABEL = { TOWN: 'LOCATION', PROV: 'LOCATION', MARKET: 'LOCATION', CO: 'ORGANIZATION', CHURCH: 'ORGANIZATION',
  SCHOOL: 'ORGANIZATION', PAPER: 'ORGANIZATION' };

// Given names and surnames that are also English words, days, virtues, or
// the names of peoples and places; {W} draws faker names until one is.
const A16_WORDS = new Set(['blessing', 'precious', 'favour', 'favor', 'gift', 'goodluck', 'godswill', 'patience',
  'mercy', 'peace', 'comfort', 'happiness', 'miracle', 'promise', 'prince', 'princess', 'sunday', 'monday',
  'friday', 'innocent', 'lucky', 'memory', 'charity', 'joy', 'hope', 'faith', 'grace', 'gloria', 'success',
  'wisdom', 'justice', 'victory', 'praise', 'glory', 'honour', 'honest', 'divine', 'destiny', 'treasure',
  'beauty', 'lovely', 'marvel', 'wonder', 'freedom', 'sunny', 'honey', 'pinky', 'rose', 'lily', 'daisy',
  'jasmine', 'ruby', 'pearl', 'amber', 'crystal', 'dawn', 'april', 'may', 'june', 'august', 'summer', 'king',
  'queen', 'major', 'bishop', 'mark', 'bill', 'will', 'rich', 'rock', 'gold', 'silver', 'star', 'sky', 'river',
  'zulu', 'xhosa', 'ndebele', 'sotho', 'gurung', 'tamang', 'sherpa', 'magar', 'rai', 'limbu', 'newar', 'thakur',
  'oyo', 'ogun', 'osun', 'ekiti', 'ijebu', 'ondo', 'fante', 'ashanti', 'ga', 'ewe', 'jawa', 'sunda', 'bali',
  'punjabi', 'gujarati', 'bengali', 'lagos', 'accra', 'durban', 'kumasi', 'natal', 'india', 'nepal', 'ganga',
  'kashi', 'lakshmi', 'chance', 'given', 'wealth', 'clever', 'bright', 'pretty', 'smart', 'power', 'godfrey']);

const A16_POS = [
  // chat lines
  '[{T}] {F}: ok I\'m on my way',
  '{F}: did you send it?\n{F}: yes, just now',
  '{P} joined the group',
  '{P} added {P}',
  '{T} - {P}: Good morning all, please remember the meeting',
  '@{F} please check the last invoice',
  'lol {f} you\'re late again',
  '{F} is typing...',
  // signatures
  'Regards,\n{P}',
  'Kind regards\n\n{F}',
  'Warm regards,\n{P}\nAccounts Officer',
  'Thanks & regards,\n{P} | {C}',
  'God bless,\n{F}',
  'Yours faithfully,\n{P} (Mrs)',
  'Best,\n{F} {S}\nSent from my phone',
  // forms
  'Surname: {S}\nFirst name: {F}\nOther names: {F}',
  'Full names: {P}\nID number: {N}',
  'Next of kin: {P} (mother)',
  'Name of account holder: {U}',
  'Emergency contact: {P}',
  'Learner: {P}\nParent/guardian: {P}',
  'Patient: {S}, {F}',
  'Name: {P}\nFather\'s name: {P}',
  '{P} S/O {P}',
  'Referee 1: {P}\nReferee 2: {P}',
  // mail
  'From: {P} <{E}>\nSubject: school fees',
  'On Tue, 3 May 2024 at 10:12, {P} <{E}> wrote:',
  'To: {P}\nCc: {P}\nSubject: Re: leave',
  'Hi {F},\n\nplease find the quotation attached.\n\nThanks,\n{F}',
  // names with no cue in prose
  '{P} and {P} are getting married in December.',
  'We met {P} at church on Sunday.',
  'I saw {F} at the mall yesterday.',
  'They hired {P} as the new driver.',
  'We are visiting {F} on Saturday.',
  'Let {F} know the car is ready.',
  'Remind {F} about the rent.',
  'Pay {F} tomorrow, not today.',
  'Send {F} the pictures from the wedding.',
  'The winners are {P}, {P}, {P} and {P}.',
  'Present: {F}, {F}, {F} and {F}.',
  'I went with {F} and {F} to the hospital.',
  '{F}\'s mum called this morning.',
  'I borrowed {S}\'s car for the weekend.',
  'The twins, {F} and {F}, start school in January.',
  // a given name alone
  'Morning {F}, how was the weekend?',
  'Tell {F} I said hi.',
  '{F} said the plumber is coming at 3.',
  'Me and {F} are going to the market.',
  'Is {F} coming to the wedding?',
  'I\'m with {F} now, call me later.',
  '{F} has the keys.',
  'Congratulations {F} and {F}!',
  'Sorry {F}, I missed your call.',
  'Aunty {F} brought food for everyone.',
  'Uncle {F} will pick us up.',
  // a surname after a title
  'Mr {S} will see you now.',
  'Please call Mrs {S} back.',
  'Dr {S} is on leave this week.',
  'Prof. {S}\'s lecture was moved to Friday.',
  'Ms {S} marked the exams.',
  // words and places as names
  '{W} is coming with us.',
  'Please give this to {W}.',
  'Thanks {W}!',
  'Regards,\n{W} {S}',
  'I called {W} {S} about the delay.',
  'Name: {W} {S}',
];

const A16_POS_LOCAL = {
  NG: ['Chief {S} donated the land for the school.', 'Pastor {S} prayed for us.', 'Alhaji {S} paid the balance.',
    'Engr. {S} signed the drawings.', 'Barr. {S} filed the motion today.', 'Madam {S} sells the tomatoes.',
    'Mama {F} is at the shop.', 'Baba {S} said we should come.', 'Hon. {S} visited the school.'],
  GH: ['Madam {S} is not around.', 'Pastor {S} will preach on Sunday.', 'Auntie {F} sells kenkey.',
    'Togbe {S} welcomed the guests.', 'Nana {S} is travelling to Kumasi.'],
  ZA: ['Gogo {S} is in hospital.', 'Baba {S} fixed the gate.', 'Mama {S} is cooking.', 'Sisi {F} called.',
    'Bhuti {F} will fetch you.', 'Mnr. {S} het gebel.', 'Mev. {S} is not in today.'],
  IN: ['Shri {P} inaugurated the branch.', 'Smt. {P} chaired the meeting.', '{S} ji will call you back.',
    'Please ask {F} bhai about the payment.', '{F} didi is coming tomorrow.', 'Kumari {P} topped the exam.'],
  NP: ['{F} dai is in Pokhara.', '{F} didi sent the photos.', 'Shri {P} inaugurated the hall.',
    '{S} ji will come tomorrow.', 'Please ask {F} bhai about the flat.'],
  ID: ['Bapak {P} sedang rapat.', 'Ibu {F} sudah datang.', 'Terima kasih, Pak {F}.', 'Saya sudah telepon Bu {F} tadi pagi.',
    'Nama: {P}\nAlamat: Jakarta', 'Salam,\n{P}', 'Mas {F} sudah di kantor.', 'Mbak {F} lagi makan.'],
};

const A16_NEG = [
  // chat lines
  '[{T}] {CO}: Your OTP is {N}. Do not share it.',
  '{CO}: Dear customer, your account has been credited.',
  '@everyone we are meeting at {MARKET} tomorrow',
  'lol the traffic in {TOWN} is crazy',
  'I\'m at {MARKET}, what should I buy?',
  '{TOWN} group chat: who is coming on Saturday?',
  // signatures
  'Regards,\n{CO} Customer Care',
  'Kind regards\n\nThe {TOWN} Branch Team',
  'God bless,\n{CHURCH}',
  'Thanks & regards,\nAccounts Department | {CO}',
  // forms
  'Province: {PROV}\nTown: {TOWN}',
  'Home language: {LANG}\nSecond language: English',
  'School: {SCHOOL}\nGrade: 10',
  'Place of worship: {CHURCH}',
  'Employer: {CO}\nBranch: {TOWN}',
  // mail
  'From: {CO} <{M}>\nSubject: your statement',
  'Subject: {FEST} opening hours at {MARKET}',
  // prose
  'We drove from {TOWN} to {TOWN} on Sunday.',
  'The {CO} branch in {TOWN} is closed today.',
  'Schools in {PROV} reopen on Monday.',
  'She speaks {LANG} and English at home.',
  'Can you translate this into {LANG}?',
  'My grandmother is {LANG}.',
  'The {LANG} community is holding a meeting.',
  'We attend {CHURCH} on Sundays.',
  'Service at {CHURCH} starts at 9.',
  'My son goes to {SCHOOL}.',
  'He studied at {SCHOOL} and {SCHOOL}.',
  'I bought the fabric at {MARKET}.',
  'Did you read today\'s {PAPER}?',
  'According to {PAPER}, fuel prices went up again.',
  '{FEST} starts next week.',
  'Happy {FEST} to you and your family!',
  'We ate {DISH} and {DISH} at the party.',
  'How do I cook {DISH}?',
  '{TOWN}, {TOWN} and {TOWN} had no power last night.',
  'Thanks {TOWN}!',
  'Morning {TOWN}, how was the weekend?',
  'Tell {CO} I want a refund.',
  '{CO} said the parcel is coming at 3.',
  '{CO} has the documents.',
  'Congratulations {SCHOOL} graduates!',
  'Sorry {CO}, I missed your call.',
  '{CO}\'s new plan is too expensive.',
  '{PAPER} has a story about {TOWN}.',
];

const A16_NEG_LOCAL = {
  ID: ['Kantor {CO} di {TOWN} tutup hari ini.', 'Saya belajar di {SCHOOL}.', 'Selamat {FEST}!', 'Kami makan {DISH} di {MARKET}.'],
};

function a16Fill(r, template, f, country) {
  const things = A16_THINGS[country];
  const name = () => {
    const sex = rng.pick(['female', 'male']);
    return [f.person.firstName(sex), f.person.lastName(sex)];
  };
  let last = null;
  for (const piece of template.split(/(\{[A-Za-z]+\})/)) {
    const m = /^\{([A-Za-z]+)\}$/.exec(piece);
    if (!m) {
      if (piece) r.t(piece);
      continue;
    }
    const k = m[1];
    if (k === 'P') { last = name(); r.e('PERSON', `${last[0]} ${last[1]}`); }
    else if (k === 'F') { last = name(); r.e('PERSON', last[0]); }
    else if (k === 'S') { last = name(); r.e('PERSON', last[1]); }
    else if (k === 'f') { last = name(); r.e('PERSON', last[0].toLowerCase()); }
    else if (k === 'U') { last = name(); r.e('PERSON', `${last[0]} ${last[1]}`.toUpperCase()); }
    else if (k === 'W') {
      let w = null;
      for (let n = 0; n < 400 && !w; ++n) {
        const [a, b] = name();
        if (A16_WORDS.has(a.toLowerCase())) w = a;
        else if (A16_WORDS.has(b.toLowerCase())) w = b;
      }
      r.e('PERSON', w ?? name()[0]);
    } else if (k === 'E') {
      const [a, b] = last ?? name();
      r.e('EMAIL_ADDRESS', f.internet.email({ firstName: a, lastName: b }));
    } else if (k === 'M') r.e('EMAIL_ADDRESS', `${rng.pick(['noreply', 'info', 'support', 'alerts'])}@${f.internet.domainName()}`);
    else if (k === 'T') r.t(`${String(rng.int(6, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`);
    else if (k === 'N') r.t(String(rng.int(100000, 9999999)));
    else if (k === 'C') r.e('ORGANIZATION', company(f));
    else if (things[k]) {
      const thing = rng.pick(things[k]);
      if (A16_LABEL[k]) r.e(A16_LABEL[k], thing);
      else r.t(thing);
    } else r.t(piece);
  }
  return r;
}

function afr16Record(i) {
  const locale = A16_LOCALES[i % A16_LOCALES.length];
  const country = A16_COUNTRY[locale];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const positive = Math.floor(i / A16_LOCALES.length) % 2 === 0;
  const local = (positive ? A16_POS_LOCAL : A16_NEG_LOCAL)[country];
  const bank = local && rng.chance(0.25) ? local : positive ? A16_POS : A16_NEG;
  const r = new Record(positive ? 'afr16_person' : 'afr16_negative', locale);
  return a16Fill(r, rng.pick(bank), f, country);
}

if (SET === 'afr16') {
  const out = [];
  while (out.length < RECORDS) out.push(afr16Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the scripts16 probe set (--set scripts16) -----------------------------
//   node generate.mjs --set scripts16 --seed 109 --records 900 > ../data/generated_pii_scripts16.json
//
// Korean, Urdu, Nepali, Persian and Arabic names with no cue at all in their
// own language's prose — the subject of a sentence, after a verb, in a list
// joined with the language's "and", a chat line's speaker with or without a
// label — and with the particles, postpositions and honorifics the earlier
// sets lack after them (Korean 씨/님/선생님/에게/가/는/의/이/을/와, Urdu
// صاحب/جی/کو/نے/کا/سے, Nepali जी/ले/लाई/को/सँग, Persian را/و, Arabic و);
// a given name alone after an honorific; and the same names romanised
// inside English text ("Kim Min-jun", "Min-jun Kim", "Muhammad Ahmed Khan",
// "Sita Shrestha"). Near-misses in the same shapes: common nouns, towns
// (LOCATION) and firms (ORGANIZATION) in the same scripts and romanised.
// Native names are faker's (ko, ur, ne, fa, ar); Korean is romanised by the
// Revised Romanization with the usual family-name spellings, the others
// from lists of common romanised names written from general knowledge.
// Tokens: {P} a full name in the locale's script and order, {F} a given
// name, {S} a family name, {R} a romanised full name, {G} a romanised given
// name, {X} a native near-miss word, {L} a town, {C} a firm, {Y} a romanised
// town or firm (LOCATION/ORGANIZATION), {V} a romanised town, {Z} a
// romanised common word, {N} a number.

const S16_KO_INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const S16_KO_VOWEL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu',
  'eu', 'ui', 'i'];
const S16_KO_FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng',
  't', 't', 'k', 't', 'p', 't'];
const S16_KO_FAMILY = { 김: 'Kim', 이: 'Lee', 박: 'Park', 최: 'Choi', 정: 'Jung', 강: 'Kang', 조: 'Cho', 윤: 'Yoon', 장: 'Jang',
  임: 'Lim', 한: 'Han', 오: 'Oh', 서: 'Seo', 신: 'Shin', 권: 'Kwon', 황: 'Hwang', 안: 'Ahn', 송: 'Song', 류: 'Ryu', 전: 'Jeon',
  홍: 'Hong', 고: 'Ko', 문: 'Moon', 양: 'Yang', 손: 'Son', 배: 'Bae', 백: 'Baek', 허: 'Heo', 유: 'Yoo', 남: 'Nam', 노: 'Noh',
  하: 'Ha', 곽: 'Kwak', 성: 'Sung', 차: 'Cha', 주: 'Joo', 우: 'Woo', 구: 'Koo', 민: 'Min', 나: 'Na', 진: 'Jin', 엄: 'Eom' };

function s16Syllable(ch) {
  const c = ch.codePointAt(0) - 0xac00;
  if (c < 0 || c > 11171) return ch;
  return S16_KO_INITIAL[Math.floor(c / 588)] + S16_KO_VOWEL[Math.floor((c % 588) / 28)] + S16_KO_FINAL[c % 28];
}
const s16Cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function s16KoreanRoman(f) {
  const given = [...f.person.firstName()].map(s16Syllable);
  const lastK = f.person.lastName();
  const family = S16_KO_FAMILY[lastK] ?? s16Cap([...lastK].map(s16Syllable).join(''));
  const g = rng.pick([given.join('-'), given.join('-'), given.join('')]);
  const first = s16Cap(g);
  return { first, full: rng.chance(0.5) ? `${family} ${first}` : `${first} ${family}` };
}

const S16_ROMAN = {
  ur: {
    given: ['Muhammad', 'Ahmed', 'Ali', 'Hassan', 'Usman', 'Bilal', 'Imran', 'Faisal', 'Kamran', 'Adeel', 'Waleed', 'Asad',
      'Zainab', 'Ayesha', 'Fatima', 'Sana', 'Hina', 'Amna', 'Mahnoor', 'Saima', 'Rubina', 'Nadia', 'Shahid', 'Tariq'],
    family: ['Khan', 'Ahmed', 'Malik', 'Chaudhry', 'Butt', 'Qureshi', 'Siddiqui', 'Sheikh', 'Raza', 'Hussain', 'Abbasi',
      'Rajput', 'Niazi', 'Awan', 'Mirza', 'Javed', 'Iqbal', 'Akhtar'],
    places: ['Lahore', 'Karachi', 'Islamabad', 'Faisalabad', 'Rawalpindi', 'Multan', 'Peshawar', 'Quetta'],
    firms: ['PTCL', 'Habib Bank', 'Jazz', 'Engro', 'Daraz', 'K-Electric', 'Pakistan Steel Mills', 'Lucky Cement'],
    words: ['biryani', 'chai', 'Eid Mubarak', 'shukriya', 'Assalam o Alaikum', 'Insha Allah', 'nihari', 'khuda hafiz'],
  },
  ne: {
    given: ['Sita', 'Ram', 'Hari', 'Gita', 'Krishna', 'Bikash', 'Sunita', 'Anjali', 'Prakash', 'Suman', 'Binod', 'Sarita',
      'Pooja', 'Rajesh', 'Dipak', 'Kamala', 'Nabin', 'Sabina', 'Ramesh', 'Bishnu', 'Laxmi', 'Santosh'],
    family: ['Shrestha', 'Thapa', 'Gurung', 'Tamang', 'Rai', 'Limbu', 'Magar', 'Karki', 'Adhikari', 'Bhattarai', 'Poudel',
      'Sharma', 'KC', 'Maharjan', 'Koirala', 'Basnet', 'Khadka', 'Pandey', 'Ghimire', 'Dahal'],
    places: ['Kathmandu', 'Pokhara', 'Lalitpur', 'Bhaktapur', 'Biratnagar', 'Dharan', 'Chitwan', 'Butwal'],
    firms: ['Ncell', 'Nepal Telecom', 'Chaudhary Group', 'Himalayan Bank', 'Buddha Air', 'Yeti Airlines', 'Daraz Nepal'],
    words: ['namaste', 'dal bhat', 'momo', 'Dashain', 'Tihar', 'dhanyabad', 'sel roti'],
  },
  fa: {
    given: ['Ali', 'Reza', 'Mehdi', 'Hossein', 'Amir', 'Dariush', 'Kaveh', 'Maryam', 'Zahra', 'Narges', 'Shirin', 'Parisa',
      'Leila', 'Niloufar', 'Babak', 'Arash', 'Farzaneh', 'Roya', 'Saeed', 'Mina'],
    family: ['Hosseini', 'Rezaei', 'Mohammadi', 'Ahmadi', 'Karimi', 'Moradi', 'Jafari', 'Rahimi', 'Kazemi', 'Tehrani',
      'Ebrahimi', 'Sadeghi', 'Hashemi', 'Ghorbani', 'Nazari', 'Farahani', 'Mousavi', 'Bahrami'],
    places: ['Tehran', 'Isfahan', 'Shiraz', 'Tabriz', 'Mashhad', 'Karaj', 'Qom', 'Kerman'],
    firms: ['Iran Khodro', 'Digikala', 'Snapp', 'Irancell', 'Saipa', 'Bank Melli', 'Mahan Air'],
    words: ['Nowruz', 'tahdig', 'merci', 'salam', 'ghormeh sabzi', 'khoda hafez', 'taarof'],
  },
  ar: {
    given: ['Mohammed', 'Ahmed', 'Omar', 'Khalid', 'Youssef', 'Abdullah', 'Fatima', 'Aisha', 'Noura', 'Layla', 'Huda',
      'Mariam', 'Hamza', 'Tariq', 'Salma', 'Rania', 'Karim', 'Nasser', 'Amal', 'Faisal'],
    family: ['Al-Qahtani', 'Al-Harbi', 'Al-Otaibi', 'Haddad', 'Mansour', 'Khalil', 'Saleh', 'El-Sayed', 'Abdel-Rahman',
      'Al Masri', 'Barakat', 'Hamdan', 'Al-Shamsi', 'Nasr', 'Ibrahim', 'Al-Zahrani', 'Darwish'],
    places: ['Riyadh', 'Jeddah', 'Dubai', 'Amman', 'Cairo', 'Doha', 'Beirut', 'Casablanca', 'Tunis'],
    firms: ['Aramco', 'Emirates', 'Etisalat', 'SABIC', 'Al Rajhi Bank', 'Careem', 'Almarai', 'Qatar Airways'],
    words: ['shukran', 'yalla', 'habibi', 'Ramadan Kareem', 'inshallah', 'shawarma', 'marhaba', 'hummus'],
  },
  ko: {
    places: ['Seoul', 'Busan', 'Incheon', 'Daegu', 'Gangnam', 'Jeju', 'Suwon', 'Gwangju', 'Pangyo'],
    firms: ['Samsung', 'Hyundai', 'LG Chem', 'Kakao', 'Naver', 'Coupang', 'SK Hynix', 'Lotte', 'Kia'],
    words: ['kimchi', 'bibimbap', 'soju', 'annyeong', 'gamsahamnida', 'hwaiting', 'bulgogi', 'Chuseok', 'hanbok'],
  },
};

function s16Roman(f, locale) {
  if (locale === 'ko') return s16KoreanRoman(f);
  const R = S16_ROMAN[locale];
  const first = rng.pick(R.given);
  let full = `${first} ${rng.pick(R.family)}`;
  if (rng.chance(0.25)) full = `${first} ${rng.pick(R.given.filter((g) => g !== first))} ${rng.pick(R.family)}`;
  return { first, full };
}

// Native near-misses: common nouns and phrases that take the same particles.
const S16_NATIVE_NEG = {
  ko: ['회사', '고객님', '팀장님', '선생님', '학교', '병원', '사장님', '우리 팀', '엄마', '아이들', '친구', '택배 기사님', '회의',
    '주문', '배송', '은행', '경찰', '담당 부서', '동생', '손님'],
  ur: ['دفتر', 'حکومت', 'پولیس', 'کمپنی', 'ڈاکٹر صاحب', 'استاد', 'بچوں', 'والد صاحب', 'بینک', 'عدالت', 'مالک', 'گاہک',
    'انتظامیہ', 'دکاندار', 'ہمسایوں'],
  ne: ['कार्यालय', 'सरकार', 'प्रहरी', 'कम्पनी', 'शिक्षक', 'बुवा', 'आमा', 'दाइ', 'दिदी', 'ग्राहक', 'बैंक', 'विद्यालय', 'साथी',
    'अस्पताल', 'नगरपालिका'],
  fa: ['شرکت', 'دولت', 'پلیس', 'مدیر', 'معلم', 'پدرم', 'مادرم', 'همکارم', 'بانک', 'مشتری', 'دانشگاه', 'بیمارستان', 'دوستم',
    'رئیس'],
  ar: ['الشركة', 'الحكومة', 'الشرطة', 'المدير', 'المعلم', 'والدي', 'زميلي', 'البنك', 'العميل', 'الجامعة', 'المستشفى',
    'صديقي', 'الإدارة'],
};
const S16_NATIVE_FIRMS = {
  ko: ['삼성전자', '현대자동차', '카카오', '네이버', '쿠팡', 'LG전자', '롯데마트', '대한항공', '신한은행'],
  ur: ['پی ٹی سی ایل', 'حبیب بینک', 'پاکستان ریلوے', 'جاز', 'دراز', 'کے الیکٹرک', 'پی آئی اے'],
  ne: ['नेपाल टेलिकम', 'एनसेल', 'नेपाल बैंक', 'बुद्ध एयर', 'चौधरी ग्रुप', 'नेपाल वायुसेवा निगम'],
  fa: ['ایران خودرو', 'دیجی‌کالا', 'اسنپ', 'ایرانسل', 'بانک ملی', 'سایپا', 'هواپیمایی ماهان'],
  ar: ['أرامكو', 'طيران الإمارات', 'اتصالات', 'سابك', 'مصرف الراجحي', 'المراعي', 'الخطوط السعودية'],
};
const S16_NATIVE_PLACES = {
  ko: ['서울', '부산', '인천', '대구', '제주', '수원', '강남', '판교', '광주'],
  ur: ['لاہور', 'کراچی', 'اسلام آباد', 'ملتان', 'پشاور', 'کوئٹہ', 'راولپنڈی'],
  ne: ['काठमाडौं', 'पोखरा', 'ललितपुर', 'भक्तपुर', 'विराटनगर', 'धरान', 'चितवन'],
  fa: ['تهران', 'اصفهان', 'شیراز', 'تبریز', 'مشهد', 'کرج', 'قم'],
  ar: ['الرياض', 'جدة', 'دبي', 'عمّان', 'القاهرة', 'الدوحة', 'بيروت'],
};

const S16 = {
  ko: {
    pos: [
      '{P}가 어제 회의에 늦게 왔어요.', '{P}이 보고서를 제출했습니다.', '{P}는 다음 주에 출장을 갑니다.', '{P}의 생일은 5월입니다.',
      '어제 {P}을 만났어요.', '어제 {P}를 만났어요.', '{P}와 {P}가 함께 발표합니다.', '{P}하고 점심 먹었어.', '{F} 씨, 잠깐 시간 있어요?',
      '{F} 님 확인 부탁드려요.', '{F}아, 밥 먹었어?', '{F}야, 어디야?', '{P} 선생님은 오늘 안 오세요.', '{S} 선생님께서 전화하셨어요.',
      '{S} 부장님이 찾으십니다.', '{P}: 오늘 회의 몇 시예요?', '{P}: 네 알겠습니다', '[오후 3:12] {P}: 지금 출발해요',
      '{P}한테 물어봐.', '{P}도 같이 가요.', '{P}은 서울에 살아요.', '{P}의 전화번호는 {N}번입니다.',
      '오늘 {P}, {P}, {P} 세 명이 입사했습니다.', '내일 {P}랑 영화 보기로 했어.', '{P} 대리가 휴가 중입니다.',
      'I had lunch with {R} yesterday.', '{R} will join the {V} office next month.', 'Please send the contract to {R}.',
      'Meeting notes by {R}', 'Our new intern {R} starts Monday.', 'Congratulations to {R} on the promotion!',
      '{G} said the build is fixed.', 'Ask {G} about the keys.', '{R} and {R} presented the results.',
      'Prof. {R} of KAIST gave the keynote.', '{R}, {R} and {R} were on the panel.',
    ],
    neg: [
      '{X}가 어제 회의에 늦게 왔어요.', '{X}이 보고서를 제출했습니다.', '{X}는 다음 주에 출장을 갑니다.', '{X}의 생일은 5월입니다.',
      '어제 {X}을 만났어요.', '{C}가 새 제품을 출시했습니다.', '{C}의 주가가 올랐습니다.', '{L}에 새 지점이 생겼어요.',
      '{L}은 비가 와요.', '{X}: 오늘 회의 몇 시예요?', '[오후 3:12] 공지: 지금 출발해요', '{X}한테 물어봐.', '{C}와 {C}가 계약했습니다.',
      '선생님, 잠깐 시간 있어요?', '사장님 확인 부탁드려요.', '{L}, {L}, {L} 세 곳에 매장이 있습니다.', '{X} 씨름 대회가 열렸어요.',
      'I had {Z} with colleagues yesterday.', '{Y} will open a new office next month.', 'Please send the contract to {Y}.',
      'We visited {V} and {V} last year.', '{Y} said the shipment is late.', 'Congratulations to the {Y} team!',
    ],
  },
  ur: {
    pos: [
      '{P} آج دفتر نہیں آئے۔', 'کل میں نے {P} سے بات کی۔', '{P} نے رپورٹ جمع کرا دی ہے۔', '{P} کو کل فون کریں۔',
      '{P} کا بیٹا لاہور میں پڑھتا ہے۔', '{P} اور {P} میٹنگ میں تھے۔', '{F} صاحب آج چھٹی پر ہیں۔', '{F} جی، آپ کہاں ہیں؟',
      'جناب {F} سے ملاقات ہوئی۔', '{F} بھائی نے فون کیا تھا۔', '{F} باجی کل آئیں گی۔', '{P} صاحب نے کہا کہ وہ دیر سے آئیں گے۔',
      '{P}: میں راستے میں ہوں', '[شام 5:10] {P}: ٹھیک ہے', 'آج {P}، {P} اور {P} نے شمولیت اختیار کی۔', '{P} کی شادی اگلے ماہ ہے۔',
      'محترمہ {F} نے درخواست دی ہے۔', '{P} سے پوچھ لیں۔',
      'I met {R} at the {V} office.', '{R} will send the invoice today.', 'Please forward this to {R}.',
      '{R} and {R} signed the agreement.', 'Thanks {G} for the quick reply!', 'Our accountant {R} is on leave.',
      '{G} said the shipment left {V}.', 'Dr. {R} will see you at 10.',
    ],
    neg: [
      '{X} آج بند ہے۔', 'کل میں نے {X} سے بات کی۔', '{X} نے نیا قانون منظور کیا ہے۔', '{X} کو کل فون کریں۔', '{C} کا دفتر {L} میں ہے۔',
      '{L} اور {L} میں بارش ہوئی۔', '{C} نے قیمتیں بڑھا دیں۔', 'جناب صدر نے تقریر کی۔', '{X}: میں راستے میں ہوں', '{L} کی سڑکیں بند ہیں۔',
      'I had {Z} at the {V} office.', '{Y} will send the invoice today.', 'Please forward this to {Y}.',
      'We flew from {V} to {V}.', '{Y} said the shipment left {V}.',
    ],
  },
  ne: {
    pos: [
      '{P} आज अफिस आउनुभएन।', 'हिजो {P} सँग भेट भयो।', '{P} ले रिपोर्ट बुझाउनुभयो।', '{P}ले रिपोर्ट बुझाउनुभयो।', '{P} लाई भोलि फोन गर्नुहोस्।',
      '{P}लाई भोलि फोन गर्नुहोस्।', '{P} को छोरा काठमाडौंमा पढ्छ।', '{P}को घर पोखरामा छ।', '{P} र {P} बैठकमा थिए।', '{F} जी, तपाईं कहाँ हुनुहुन्छ?',
      '{F} दाइले फोन गर्नुभयो।', '{F} दिदी भोलि आउनुहुन्छ।', '{P}: म बाटोमा छु', '[बेलुका ५:१०] {P}: ठिक छ', '{P} ज्यूलाई धन्यवाद।',
      'आज {P}, {P} र {P} ले काम सुरु गर्नुभयो।', '{P} भन्नुहुन्छ कि काम सकियो।', '{F} ले खाना खायो।',
      'I met {R} in {V} last week.', '{R} will send the report today.', 'Please forward this to {R}.',
      '{R} and {R} led the trek.', 'Thanks {G} for the photos!', 'Our guide {R} speaks four languages.',
      '{G} said the flight to {V} is delayed.',
    ],
    neg: [
      '{X} आज बन्द छ।', 'हिजो {X} सँग भेट भयो।', '{X} ले नयाँ नियम ल्यायो।', '{X}लाई भोलि फोन गर्नुहोस्।', '{C} को कार्यालय {L} मा छ।',
      '{L} र {L} मा पानी पर्यो।', '{C}ले शुल्क बढायो।', '{X}: म बाटोमा छु', '{L}को सडक बन्द छ।',
      'I had {Z} in {V} last week.', '{Y} will send the report today.', 'Please forward this to {Y}.',
      'We flew from {V} to {V}.', '{Y} said the flight is delayed.',
    ],
  },
  fa: {
    pos: [
      '{P} دیروز به دفتر آمد.', 'دیروز {P} را دیدم.', '{P} گزارش را فرستاد.', 'با {P} صحبت کردم.', '{P} و {P} در جلسه بودند.',
      'آقای {S} را در جلسه دیدم.', 'خانم {S} تماس گرفتند.', 'آقای {F} فردا می‌آید.', '{F} جان، کجایی؟', '{P}: من در راهم',
      'امروز {P}، {P} و {P} شروع به کار کردند.', 'پسر {P} در تهران درس می‌خواند.', 'به {P} بگویید فردا بیاید.',
      'I met {R} at the {V} office.', '{R} will send the invoice today.', 'Please forward this to {R}.',
      '{R} and {R} signed the agreement.', 'Thanks {G} for the quick reply!', '{G} said the shipment is delayed.',
    ],
    neg: [
      '{X} دیروز تعطیل بود.', 'دیروز {X} را دیدم.', '{C} قیمت‌ها را افزایش داد.', 'با {X} صحبت کردم.', '{L} و {L} باران آمد.',
      'آقای رئیس را در جلسه دیدم.', '{X}: من در راهم', 'به {C} بگویید فردا بیاید.', '{L} امروز شلوغ است.',
      'I had {Z} at the {V} office.', '{Y} will send the invoice today.', 'We flew from {V} to {V}.',
    ],
  },
  ar: {
    pos: [
      '{P} وصل أمس إلى المكتب.', 'قابلت {P} في المؤتمر.', 'أرسل {P} التقرير صباح اليوم.', 'تحدثت مع {P} عن العقد.', '{P} و{P} حضرا الاجتماع.',
      'الأستاذ {F} سيتأخر قليلاً.', 'أبو {F} اتصل اليوم.', '{P}: أنا في الطريق', 'انضم {P} و{P} و{P} إلى الفريق.', 'ابن {P} يدرس في عمّان.',
      'قل لـ{P} أن يأتي غداً.', 'شكراً يا {F}!',
      'I met {R} at the {V} office.', '{R} will send the invoice today.', 'Please forward this to {R}.',
      '{R} and {R} signed the agreement.', 'Thanks {G} for the quick reply!', '{G} said the shipment is delayed.',
    ],
    neg: [
      '{X} أعلنت عن نتائج جديدة.', 'قابلت {X} في المؤتمر.', 'أرسلت {C} التقرير صباح اليوم.', 'تحدثت مع {X} عن العقد.',
      '{L} و{L} شهدتا أمطاراً.', '{X}: أنا في الطريق', 'انضمت {C} إلى السوق.', 'شكراً يا شباب!',
      'I had {Z} at the {V} office.', '{Y} will send the invoice today.', 'We flew from {V} to {V}.',
    ],
  },
};

function s16Native(f, locale) {
  const sex = rng.pick(['female', 'male']);
  const first = f.person.firstName(sex);
  const last = f.person.lastName(sex);
  let full = locale === 'ko' ? `${last}${first}` : `${first} ${last}`;
  if (locale !== 'ko' && rng.chance(0.2)) full = f.person.fullName();
  return { first, last, full };
}

// Korean particles agree with the last syllable: 가/이, 는/은, 를/을, 와/과,
// 랑/이랑, 야/아 after an open or a closed one.
const S16_KO_PAIRS = [['가', '이'], ['는', '은'], ['를', '을'], ['와', '과'], ['랑', '이랑'], ['야', '아']];
function s16Agree(name, text) {
  const c = name.codePointAt(name.length - 1) - 0xac00;
  if (c < 0 || c > 11171) return text;
  const closed = c % 28 !== 0;
  for (const [open, shut] of S16_KO_PAIRS) {
    for (const p of [shut, open]) {
      if (text.startsWith(p) && !/^[가-힣]/.test(text.slice(p.length))) return (closed ? shut : open) + text.slice(p.length);
    }
  }
  return text;
}

function scripts16Record(i) {
  const positive = i % 5 < 3;
  const locale = rng.pick(['ko', 'ko', 'ur', 'ur', 'ne', 'ne', 'fa', 'ar']);
  const f = allFakers[locale];
  const R = S16_ROMAN[locale];
  const r = new Record(positive ? 'scripts16_person' : 'scripts16_negative', locale);
  const template = rng.pick(positive ? S16[locale].pos : S16[locale].neg);
  let before = '';
  for (const piece of template.split(/(\{[A-Za-z]\})/)) {
    if (!/^\{[A-Za-z]\}$/.test(piece)) {
      if (piece) r.t(locale === 'ko' ? s16Agree(before, piece) : piece);
      continue;
    }
    const k = piece[1];
    const at = r.parts.length;
    s16Token(r, k, f, locale, R);
    before = r.parts.length > at ? r.parts[r.parts.length - 1].text : '';
  }
  return r;
}

function s16Token(r, k, f, locale, R) {
  {
    if (k === 'P') r.e('PERSON', s16Native(f, locale).full);
    else if (k === 'F') r.e('PERSON', s16Native(f, locale).first);
    else if (k === 'S') r.e('PERSON', s16Native(f, locale).last);
    else if (k === 'R') r.e('PERSON', s16Roman(f, locale).full);
    else if (k === 'G') r.e('PERSON', s16Roman(f, locale).first);
    else if (k === 'X') r.t(rng.pick(S16_NATIVE_NEG[locale]));
    else if (k === 'L') r.e('LOCATION', rng.pick(S16_NATIVE_PLACES[locale]));
    else if (k === 'C') r.e('ORGANIZATION', rng.pick(S16_NATIVE_FIRMS[locale]));
    else if (k === 'Y') {
      if (rng.chance(0.5)) r.e('LOCATION', rng.pick(R.places));
      else r.e('ORGANIZATION', rng.pick(R.firms));
    } else if (k === 'V') r.e('LOCATION', rng.pick(R.places));
    else if (k === 'Z') r.t(rng.pick(R.words));
    else r.t(String(rng.int(10, 9999)));
  }
}

if (SET === 'scripts16') {
  const out = [];
  while (out.length < RECORDS) out.push(scripts16Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the eponyms17 probe set (--set eponyms17) -----------------------------
//
// Things that carry a person's name and are no one: works whose titles are
// names (novels, films, songs, paintings, operas, plays), fictional and
// legendary figures, software and assistants named like people, clubs
// (ORGANIZATION), landmarks (LOCATION), eponyms (prizes, laws, diseases,
// theorems, effects, units, storms) and firms named after their founders in
// frames that say firm (ORGANIZATION) — in English, German, French, Spanish,
// Italian, Portuguese, Dutch and Polish carriers. Half the records put real
// people of every faker locale (PERSON) in the very same frames or beside
// them, so that recall is measured too. Lists written from general knowledge;
// they overlap prose13's only in part on purpose.
//   node generate.mjs --set eponyms17 --seed 127 --records 900 > ../data/generated_pii_eponyms17.json
//   node generate.mjs --set loc17 --seed 131 --records 900 > ../data/generated_pii_loc17.json
// Tokens (besides fillNamed's): {WORK} {FIG} {SOFT} {TEAM} {SIGHT} {EPON} {FIRM}.

const E17_LOCALES = Object.keys(allFakers).filter((l) => l !== 'base' && l !== 'en_BORK' && l !== 'dv');

const E17_THINGS = {
  WORK: ['Oliver Twist', 'Anna Karenina', 'Madame Bovary', 'Jane Eyre', 'Emma', 'David Copperfield',
    'Don Quixote', 'Robinson Crusoe', 'Hamlet', 'Othello', 'Macbeth', 'King Lear', 'Romeo and Juliet',
    'Mona Lisa', 'Billie Jean', 'Roxanne', 'Jolene', 'Layla', 'Michelle', 'Hey Jude', 'Eleanor Rigby',
    'Forrest Gump', 'Citizen Kane', 'Annie Hall', 'Jerry Maguire', 'Erin Brockovich', 'Amélie', 'Carmen',
    'Tosca', 'Madama Butterfly', 'Rigoletto', 'Don Giovanni', 'Lolita', 'Rebecca', 'Heidi', 'Matilda',
    'Effi Briest', 'Tom Sawyer', 'Huckleberry Finn', 'Dorian Gray', 'Frankenstein', 'Dracula', 'Ulysses',
    'Faust', 'Wilhelm Tell', 'Nathan der Weise', 'Emil und die Detektive', 'Pippi Langstrumpf'],
  FIG: ['Santa Claus', 'Father Christmas', 'Saint Nicholas', 'Sherlock Holmes', 'King Arthur', 'Darth Vader',
    'Snow White', 'Harry Potter', 'Hermione Granger', 'James Bond', 'Indiana Jones', 'Peter Pan',
    'Robin Hood', 'Tom Thumb', 'Mary Poppins', 'Willy Wonka', 'Luke Skywalker', 'Lara Croft', 'Hercule Poirot',
    'Miss Marple', 'Captain Nemo', 'Little Red Riding Hood', 'Hansel and Gretel', 'Rapunzel', 'Cinderella',
    'Pinocchio', 'Asterix', 'Tintin', 'Sinterklaas', 'Père Noël', 'Baba Jaga', 'Der Weihnachtsmann',
    'Frodo Baggins', 'Bilbo Baggins', 'Homer Simpson', 'Mickey Mouse', 'Donald Duck', 'Don Juan'],
  SOFT: ['Julia', 'Hugo', 'Jenkins', 'Django', 'Kafka', 'Jupyter', 'Alexa', 'Siri', 'Claude', 'Thunderbird',
    'Cassandra', 'Ansible', 'Pandas', 'Ruby', 'Pascal', 'Ada', 'Haskell', 'Sphinx', 'Sidekiq', 'Celery',
    'Jekyll', 'Gatsby', 'Hadoop', 'Mercurial', 'Bazel', 'Grafana', 'Kibana', 'Mattermost', 'Magento',
    'Drupal', 'Joomla', 'Camunda', 'Keycloak', 'Traefik', 'Bixby', 'Cortana', 'Gemini', 'Copilot'],
  TEAM: ['Boston Celtics', 'Borussia Dortmund', 'Paris Saint-Germain', 'Real Madrid', 'Bayern München',
    'Ajax Amsterdam', 'Manchester City', 'Olympique de Marseille', 'Juventus', 'AC Milan', 'Benfica',
    'Legia Warszawa', 'Feyenoord', 'Celtic Glasgow', 'San Antonio Spurs', 'Denver Nuggets', 'Werder Bremen',
    'Sporting Clube de Portugal', 'Athletic Bilbao', 'Lech Poznań', 'Wisła Kraków', 'Eintracht Frankfurt'],
  SIGHT: ['Big Ben', 'Burj Khalifa', 'Eiffel Tower', 'Statue of Liberty', 'Brandenburg Gate', 'Golden Gate Bridge',
    'Lincoln Memorial', 'Arc de Triomphe', 'Sagrada Família', 'Rockefeller Center', 'Trevi Fountain',
    'Palace of Culture and Science', 'Sydney Opera House', 'Hoover Dam', 'Mount Rushmore', 'Victoria Falls',
    'Mount Everest', 'Magellan Strait', 'Kennedy Space Center', 'Hudson River'],
  EPON: ['the Nobel Prize', 'the Pulitzer Prize', 'the Turing Award', 'the Fields Medal', 'the Booker Prize',
    "Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Hodgkin's lymphoma", "Tourette syndrome",
    'Asperger syndrome', 'Down syndrome', "Newton's laws", "Murphy's law", "Moore's law", "Ohm's law",
    "Hooke's law", "Fermat's last theorem", 'the Pythagorean theorem', "Bayes' theorem", 'the Doppler effect',
    'the Dunning-Kruger effect', "Heisenberg's uncertainty principle", "Pascal's principle", "Zeno's paradox",
    "Maxwell's equations", "Schrödinger's equation", "Planck's constant", 'the Avogadro constant',
    'the Kelvin scale', 'the Fibonacci sequence', 'the Richter scale', 'Hurricane Katrina', 'Hurricane Sandy',
    'Cyclone Idai', 'Typhoon Haiyan', 'Storm Eunice', "Halley's comet", 'the Higgs boson', 'the Gaussian distribution',
    'the Hubble telescope', 'the Stockholm syndrome', 'the Marshall Plan', 'the Monroe Doctrine'],
  FIRM: ['Johnson & Johnson', 'Ford', 'Siemens', 'Bosch', 'Philips', 'Ferrari', 'Porsche', 'Hugo Boss',
    'Ralph Lauren', 'Louis Vuitton', 'Calvin Klein', 'Tommy Hilfiger', 'Christian Dior', 'Dr. Oetker',
    'Walt Disney', 'Procter & Gamble', 'Hewlett-Packard', 'Ernst & Young', 'Goldman Sachs', 'Morgan Stanley',
    'Merck', 'Roche', 'Michelin', 'Peugeot', 'Heineken', 'Kellogg', 'Carrefour', 'Bayer'],
};
const E17_LABEL = { TEAM: 'ORGANIZATION', SIGHT: 'LOCATION', FIRM: 'ORGANIZATION' };

const E17_NEG = {
  en: [
    'My son is reading {WORK} for his English class.',
    'Can you summarise the plot of {WORK}?',
    'Write a short review of {WORK} for the school paper.',
    'Which film adaptation of {WORK} is the most faithful?',
    'Is there a sequel to {WORK}?',
    'We saw {WORK} at the opera house last night.',
    'Play {WORK} on the kitchen speaker.',
    'The first chapter of {WORK} is slow.',
    'Tell me a bedtime story about {FIG}.',
    'In the fairy tale, {FIG} gets lost in the forest.',
    'The kids dressed up as {FIG} and {FIG}.',
    'Who is the villain in the story of {FIG}?',
    'How do I install {SOFT} on Ubuntu?',
    'We migrated the build from {SOFT} to {SOFT} last year.',
    'Upgrade {SOFT} to version 2.4 before Friday.',
    'Deploy {SOFT} on the staging cluster.',
    'Which version of {SOFT} supports Python 3.12?',
    'Our {SOFT} server keeps crashing.',
    'Ask {SOFT} to play some jazz.',
    '{TEAM} beat {TEAM} 2-0 on Saturday.',
    'I bought a {TEAM} shirt for my brother.',
    'How tall is {SIGHT}?',
    'We took a photo in front of {SIGHT}.',
    'Who won {EPON} this year?',
    'Explain {EPON} in simple terms.',
    'My grandmother was diagnosed with {EPON}.',
    'Is {EPON} still taught in school?',
    'The lecture covered {EPON} and its history.',
    'She works for the fashion house {FIRM}.',
    'Shares of {FIRM} fell 4% on Monday.',
    'The firm {FIRM} announced a new plant in Ohio.',
    'I applied for an internship at {FIRM}.',
  ],
  de: [
    'Meine Tochter liest gerade {WORK} für die Schule.',
    'Fass bitte die Handlung von {WORK} zusammen.',
    'Erzähl mir eine Gutenachtgeschichte über {FIG}.',
    'Wie installiere ich {SOFT} unter Debian?',
    'Wir sind von {SOFT} auf {SOFT} umgestiegen.',
    '{TEAM} hat gegen {TEAM} gewonnen.',
    'Wir waren gestern am {SIGHT}.',
    'Mein Opa hat {EPON}.',
    'Die Firma {FIRM} baut Stellen ab.',
  ],
  fr: [
    'Ma fille lit {WORK} pour l’école.',
    'Peux-tu résumer l’intrigue de {WORK} ?',
    'Raconte-moi une histoire sur {FIG}.',
    'Comment installer {SOFT} sur mon serveur ?',
    'Le {TEAM} a battu {TEAM} samedi.',
    'Nous avons visité {SIGHT} hier.',
    'Explique-moi {EPON} simplement.',
    'L’entreprise {FIRM} recrute des ingénieurs.',
  ],
  es: [
    'Mi hijo está leyendo {WORK} para clase.',
    'Escribe una reseña de {WORK}.',
    'Cuéntame un cuento sobre {FIG}.',
    '¿Cómo instalo {SOFT} en Windows?',
    'El {TEAM} ganó al {TEAM} el domingo.',
    'Nos hicimos fotos delante de {SIGHT}.',
    'La empresa {FIRM} abrió una fábrica nueva.',
  ],
  it: [
    'Mia figlia sta leggendo {WORK} per la scuola.',
    'Raccontami una fiaba su {FIG}.',
    'Come installo {SOFT} sul portatile?',
    'La {TEAM} ha battuto il {TEAM} sabato.',
    'L’azienda {FIRM} ha chiuso lo stabilimento.',
  ],
  pt: [
    'A minha filha está a ler {WORK} para a escola.',
    'Conta-me uma história sobre {FIG}.',
    'Como instalo o {SOFT} no meu portátil?',
    'O {TEAM} venceu o {TEAM} no sábado.',
  ],
  nl: [
    'Mijn dochter leest {WORK} voor school.',
    'Vertel een verhaaltje over {FIG}.',
    'Hoe installeer ik {SOFT} op mijn laptop?',
    '{TEAM} won zaterdag van {TEAM}.',
  ],
  pl: [
    'Moja córka czyta {WORK} do szkoły.',
    'Opowiedz mi bajkę o {FIG}.',
    'Jak zainstalować {SOFT} na Ubuntu?',
    '{TEAM} wygrała z {TEAM} w sobotę.',
    'Firma {FIRM} otworzyła nowy zakład.',
  ],
};

const E17_POS = [
  'A talk by {P} on {WORK} is on Thursday.',
  '{P} wrote a review of {WORK} for the paper.',
  "{P}'s review of {WORK} was published today.",
  'Ask {P} to install {SOFT} on the build server.',
  '{P} migrated us from {SOFT} to {SOFT}.',
  'Thanks, {F}! The {SOFT} upgrade went fine.',
  '{P} read {FIG} stories to the children.',
  '{P} dressed up as {FIG} for the party.',
  '{P} has season tickets for {TEAM}.',
  'Photo: {P} in front of {SIGHT}.',
  '{P} won {EPON} in 2019.',
  '{P} was diagnosed with {EPON} last spring.',
  'Professor {P} explained {EPON} in the lecture.',
  '{P} works for {FIRM} in the finance team.',
  'Dear {P},\nthe {WORK} tickets are attached.',
  'Hi {F}, can you check the {SOFT} logs?',
  '{P} liest gerade {WORK}.',
  '{P} a écrit une critique de {WORK}.',
  '{P} está leyendo {WORK}.',
  '{P} ha installato {SOFT} ieri.',
  '{P} leest {WORK} voor de leesclub.',
  '{P} czyta {WORK}.',
  '{P} instalou o {SOFT} ontem.',
];

function eponyms17Record(i) {
  const locale = E17_LOCALES[i % E17_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const positive = i % 2 === 1;
  const lang = rng.chance(0.5) ? 'en' : rng.pick(['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl']);
  const template = positive ? rng.pick(E17_POS) : rng.pick(E17_NEG[lang]);
  const filled = template.replace(/\{(WORK|FIG|SOFT|TEAM|SIGHT|EPON|FIRM)\}/g, (_, kind) => {
    const thing = rng.pick(E17_THINGS[kind]);
    const label = E17_LABEL[kind];
    return label === 'ORGANIZATION' ? `{ORG:${thing}}` : label === 'LOCATION' ? `{LOC:${thing}}` : thing;
  });
  const r = new Record(positive ? 'eponyms17_person' : 'eponyms17_negative', locale);
  for (const piece of filled.split(/(\{P\})/)) {
    if (piece === '{P}') fillNamed(r, '{P}', f, 1000);
    else if (piece) fillNamed(r, piece, f, 1000);
  }
  return r;
}

if (SET === 'eponyms17') {
  const out = [];
  while (out.length < RECORDS) out.push(eponyms17Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the loc17 probe set (--set loc17) -------------------------------------
//
// People of the ten faker locales whose PERSON recall lags most (Swiss
// French, Italian, Indian, Nepali, British and Hong Kong English, Esperanto,
// Georgian in its script, Croatian, Moldovan Romanian), in sentences of each
// locale's language and in English: the name as subject, object, after
// prepositions, in possessives and in the language's own cases (Croatian
// genitive, dative, accusative and instrumental, the Esperanto -n
// accusative, the Romanian -ei genitive and "lui", the Georgian dative,
// ergative and genitive on the surname), with and without given names and
// titles (titles outside the span), in lists, quoted speech, mail headers
// and chat lines. Half of the records are near-misses of the same countries
// in the same shapes: towns, firms, institutions, capitalised words of the
// language opening a sentence. Written from general knowledge of those
// languages. Tokens: {P} a full name, {F} a given name, {S} a surname, {p}
// a full name in small letters, {U} a full name in capitals, {Px} a full
// name in case x (g genitive, d dative, a accusative, i instrumental, e
// ergative), {E} an e-mail address of the record's last person, {T} a
// time, {N} a number, {M} a firm's e-mail address, {C} a faker firm, {L} a faker town, {TOWN} {CO}
// {INST} the country's towns, firms and institutions.

const L17_LOCALES = ['fr_CH', 'it', 'en_IN', 'en_NP', 'eo', 'en_GB', 'ka_GE', 'hr', 'en_HK', 'ro_MD'];
const L17_LANG = { fr_CH: 'fr', it: 'it', en_IN: 'en', en_NP: 'en', eo: 'eo', en_GB: 'en', ka_GE: 'ka', hr: 'hr',
  en_HK: 'en', ro_MD: 'ro' };

const L17_THINGS = {
  fr_CH: { TOWN: ['Lausanne', 'Genève', 'Neuchâtel', 'Fribourg', 'Sion', 'Yverdon-les-Bains', 'La Chaux-de-Fonds',
    'Montreux', 'Vevey', 'Nyon', 'Delémont', 'Martigny', 'Bienne'], CO: ['Nestlé', 'Swisscom', 'la Migros', 'la Coop',
    'les CFF', 'Logitech', 'Vaudoise Assurances', 'la BCV', 'Romande Energie', 'Manor'], INST: ["l'EPFL",
    "l'Université de Genève", 'le CHUV', "l'Hôpital de la Tour", 'la RTS', "l'Université de Lausanne"] },
  it: { TOWN: ['Bergamo', 'Torino', 'Napoli', 'Bologna', 'Firenze', 'Verona', 'Palermo', 'Bari', 'Genova',
    'Reggio Emilia', 'La Spezia', 'San Benedetto del Tronto'], CO: ['Ferrero', 'Barilla', 'Enel', 'Eni', 'Poste Italiane',
    'Trenitalia', 'Intesa Sanpaolo', 'Fiat', 'Luxottica', 'Esselunga'], INST: ["l'Università di Bologna",
    'il Politecnico di Milano', "l'ospedale San Raffaele", 'la Bocconi', 'il Comune di Roma', "l'INPS"] },
  en_IN: { TOWN: ['Pune', 'Chennai', 'Hyderabad', 'Lucknow', 'Kochi', 'Indore', 'Jaipur', 'Nagpur', 'Bhopal',
    'Coimbatore', 'Navi Mumbai', 'Gurugram'], CO: ['Infosys', 'Tata Motors', 'Reliance Jio', 'Wipro', 'HDFC Bank',
    'Bharti Airtel', 'Mahindra', 'Flipkart', 'Zomato', 'Larsen & Toubro'], INST: ['IIT Bombay', 'AIIMS Delhi',
    'Delhi University', 'the Income Tax Department', 'Indian Railways', 'Anna University'] },
  en_NP: { TOWN: ['Kathmandu', 'Pokhara', 'Lalitpur', 'Bhaktapur', 'Biratnagar', 'Dharan', 'Butwal', 'Chitwan',
    'Janakpur', 'Nepalgunj'], CO: ['Nepal Telecom', 'Ncell', 'Nabil Bank', 'Buddha Air', 'Yeti Airlines',
    'Chaudhary Group', 'Himalayan Bank', 'Bhatbhateni'], INST: ['Tribhuvan University', 'Kathmandu University',
    'Bir Hospital', 'Nepal Rastra Bank', 'the Department of Immigration'] },
  eo: { TOWN: ['Roterdamo', 'Varsovio', 'Parizo', 'Berlino', 'Bjalistoko', 'Novjorko', 'Londono', 'Budapeŝto',
    'Prago', 'Zagrebo'], CO: ['la Universala Esperanto-Asocio', 'TEJO', 'Flandra Esperanto-Ligo', 'la Akademio de Esperanto',
    'Monato', 'Lernu'], INST: ['la Universala Kongreso', 'la Internacia Junulara Kongreso', 'la Centra Oficejo',
    'la Zamenhof-Tago', 'la Esperanto-Muzeo'] },
  en_GB: { TOWN: ['Leeds', 'Bristol', 'Sheffield', 'Newcastle upon Tyne', 'Milton Keynes', 'Stoke-on-Trent',
    'Reading', 'Brighton', 'Cardiff', 'Aberdeen', 'Bath', 'Chester'], CO: ['Tesco', 'Sainsbury\'s', 'Marks & Spencer',
    'British Gas', 'Royal Mail', 'Barclays', 'Lloyds Bank', 'Boots', 'Greggs', 'John Lewis'], INST: ['the NHS',
    'HMRC', 'the DVLA', 'Leeds City Council', 'the University of Bristol', 'King\'s College London'] },
  ka_GE: { TOWN: ['თბილისი', 'ბათუმი', 'ქუთაისი', 'რუსთავი', 'გორი', 'ზუგდიდი', 'თელავი', 'ფოთი'],
    CO: ['საქართველოს ბანკი', 'თიბისი ბანკი', 'მაგთიკომი', 'ჯორჯიან ეარვეისი', 'ნაბეღლავი', 'სილქნეტი'],
    INST: ['თბილისის სახელმწიფო უნივერსიტეტი', 'იუსტიციის სახლი', 'შინაგან საქმეთა სამინისტრო',
      'ილიას სახელმწიფო უნივერსიტეტი'] },
  hr: { TOWN: ['Zagreb', 'Split', 'Rijeka', 'Osijek', 'Zadar', 'Pula', 'Slavonski Brod', 'Karlovac', 'Varaždin',
    'Šibenik', 'Dubrovnik', 'Velika Gorica'], CO: ['Podravka', 'Končar', 'INA', 'Hrvatski Telekom', 'Konzum',
    'Zagrebačka banka', 'Pliva', 'Kraš', 'Croatia Airlines', 'Tisak'], INST: ['Sveučilište u Zagrebu', 'KBC Rebro',
    'Porezna uprava', 'HZZO', 'Grad Zagreb', 'Hrvatska pošta'] },
  en_HK: { TOWN: ['Kowloon', 'Tsim Sha Tsui', 'Mong Kok', 'Sha Tin', 'Tuen Mun', 'Causeway Bay', 'Wan Chai',
    'Tai Po', 'Sai Kung', 'Aberdeen', 'Central'], CO: ['HSBC', 'Cathay Pacific', 'MTR Corporation', 'PCCW', 'Hang Seng Bank',
    'CLP Power', 'Swire', 'Jardine Matheson', 'ParknShop', 'Octopus Cards'], INST: ['HKU', 'CUHK', 'the Hospital Authority',
    'Queen Mary Hospital', 'the Immigration Department', 'HKUST'] },
  ro_MD: { TOWN: ['Chișinău', 'Bălți', 'Cahul', 'Orhei', 'Ungheni', 'Soroca', 'Comrat', 'Edineț', 'Strășeni',
    'Hîncești'], CO: ['Moldcell', 'Orange Moldova', 'Moldtelecom', 'maib', 'Victoriabank', 'Franzeluța', 'Linella',
    'Purcari', 'Air Moldova'], INST: ['Universitatea de Stat din Moldova', 'Primăria Chișinău', 'CNAM',
    'Agenția Servicii Publice', 'Spitalul Republican', 'Academia de Științe a Moldovei'] },
};
const L17_LABEL = { TOWN: 'LOCATION', CO: 'ORGANIZATION', INST: 'ORGANIZATION' };

const L17_POS = {
  en: [
    '{P} approved the invoice this morning.', 'Yesterday {P} called about the lease.', 'I met {P} at the station.',
    'Please forward this to {P} before Friday.', 'The keys are with {F}.', 'We are waiting for {P} to sign.',
    '{S}\'s report is late again.', 'This is {F}\'s laptop, not mine.', 'Minutes taken by {P}.',
    'Attendees: {P}, {P} and {P}', 'Present were {F}, {F} and {S}.', '"I will be there by six," said {P}.',
    '{P} said: "the parcel never arrived."', 'From: {P} <{E}>\nSubject: rota for next week',
    'To: {P} <{E}>\nSubject: Re: refund', '[{T}] {F}: running late, sorry', '{T} {P}: can someone cover my shift?',
    'Dear {P},\nthank you for your patience.', 'Hi {F}, just checking in.', 'Regards,\n{P}',
    'Cheers,\n{F}', 'Mr {S} will see you now.', 'Mrs {S} phoned twice.', 'Dr {P} is on call tonight.',
    'Ms {P} has resigned.', 'The flat was let to {p} last year.', 'NAME: {U}', 'cc {P}', 'Ask {F} or {F} about it.',
    'Thanks to {P} for the lift.', 'The award goes to {P}.', 'Spoke to {S} about the refund.',
    'Between {P} and me, nothing was agreed.', 'Accompanied by {P}, the inspector left.',
    'Our tenant, {P}, pays on the first.', 'The claim of {P} was rejected.', 'Signed: {P}',
    'Parcel for {P}, flat 4.', 'Booking under the name {P}.', 'Contact {P} on {N}.',
  ],
  fr: [
    '{P} a signé le contrat hier.', "J'ai croisé {P} à la gare.", 'Merci de transmettre à {P}.',
    "Le rapport de {P} est en retard.", "Les clés sont chez {F}.", 'Bonjour {F},\nmerci pour ton message.',
    'Monsieur {S} vous rappellera.', 'Madame {P} est absente.', 'Selon {P}, le colis est perdu.',
    '« Je serai là à 18 h », a dit {P}.', 'Avec {P} et {P}, nous avons visité le chantier.',
    "C'est {F} qui a les documents.", 'Salutations,\n{P}', 'Présents : {P}, {P} et {F}.', 'Pour {P}, de la part de {F}.',
  ],
  it: [
    '{P} ha firmato il contratto ieri.', 'Ho incontrato {P} in stazione.', 'Inoltra la mail a {P}, per favore.',
    'La relazione di {P} è in ritardo.', 'Le chiavi le ha {F}.', 'Ciao {F},\ngrazie del messaggio.',
    'Il signor {S} la richiamerà.', 'La dottoressa {P} è assente oggi.', 'Secondo {P} il pacco è perso.',
    '«Arrivo alle sei», ha detto {P}.', 'Con {P} e {P} abbiamo visitato il cantiere.', 'È stato {F} a chiamare.',
    'Cordiali saluti,\n{P}', 'Presenti: {P}, {P} e {F}.', 'Per {P}, da parte di {F}.', "L'avvocato {P} ha risposto.",
  ],
  eo: [
    '{P} subskribis la kontrakton hieraŭ.', 'Mi renkontis {Pa} en la stacidomo.', 'Bonvolu sendi tion al {P}.',
    'La raporto de {P} malfruas.', 'Saluton {F},\ndankon pro via mesaĝo.', 'Sinjoro {S} respondos morgaŭ.',
    'Sinjorino {P} forestas hodiaŭ.', 'Laŭ {P} la pakaĵo perdiĝis.', '"Mi alvenos je la sesa," diris {P}.',
    'Kun {P} kaj {P} ni vizitis la kongreson.', 'Mi vidis {Pa} kaj {Pa} hieraŭ.', 'Amike,\n{P}',
    'Ĉeestis: {P}, {P} kaj {F}.', 'Ni invitis {Pa} al la kunveno.', 'Kiu konas {Pa}?',
  ],
  ka: [
    '{P} გუშინ ხელშეკრულებას მოაწერა ხელი.', 'სადგურში {P} შევხვდი.', 'გთხოვთ, გადაუგზავნოთ {Pd}.',
    '{Pg} ანგარიში დაგვიანებულია.', '{Pe} დარეკა დილით.', 'გამარჯობა {F},\nგმადლობ წერილისთვის.',
    'ბატონი {P} ხვალ გიპასუხებთ.', 'ქალბატონი {P} დღეს არ არის.', 'მონაწილეები: {P}, {P} და {P}.',
    'პატივისცემით,\n{P}', 'ეს წერილი {Pd} ეკუთვნის.', '{P} და {P} ერთად მუშაობენ.',
  ],
  hr: [
    '{P} je jučer potpisao ugovor.', 'Na kolodvoru sam sreo {Pa}.', 'Molim proslijedite ovo {Pd}.',
    'Izvještaj {Pg} kasni.', 'Ključeve ima {F}.', 'Bok {F},\nhvala na poruci.', 'Gospodin {S} će vas nazvati.',
    'Gospođa {P} danas nije u uredu.', 'Prema {Pd}, paket je izgubljen.', '„Stižem u šest”, rekao je {P}.',
    'S {Pi} i {Pi} obišli smo gradilište.', 'Razgovarao sam s {Pi} o računu.', 'Srdačan pozdrav,\n{P}',
    'Prisutni: {P}, {P} i {F}.', 'Za {Pa}, od {Pg}.', 'Pismo od {Pg} stiglo je jučer.',
  ],
  ro: [
    '{P} a semnat contractul ieri.', 'L-am întâlnit pe {P} la gară.', 'Vă rog să trimiteți asta lui {P}.',
    'Raportul lui {P} întârzie.', 'Cheile le are {F}.', 'Bună {F},\nmulțumesc pentru mesaj.',
    'Domnul {S} vă va suna.', 'Doamna {P} lipsește azi.', 'Potrivit lui {P}, coletul s-a pierdut.',
    '„Ajung la șase”, a spus {P}.', 'Cu {P} și {P} am vizitat șantierul.', 'Cu stimă,\n{P}',
    'Prezenți: {P}, {P} și {F}.', 'Cartea {Pg} a apărut ieri.', 'I-am dat plicul {Pg}.',
  ],
};

const L17_NEG = {
  en: [
    '{CO} approved the invoice this morning.', 'Yesterday {CO} called about the lease.', 'I met them at {TOWN} station.',
    'Please forward this to {CO} before Friday.', 'The keys are with reception.', '{CO}\'s report is late again.',
    'Attendees: {CO}, {INST} and {C}', '"I will be there by six," said the Driver.', 'From: {CO} <{M}>',
    '[{T}] {CO}: your code is {N}', 'Dear Customer,\nthank you for your patience.', 'Regards,\n{CO} Support',
    'The flat in {TOWN} was let last year.', 'Thanks to {INST} for the grant.', 'Spoke to {INST} about the refund.',
    'Parcel for {CO}, Unit 4.', 'Booking under the name {C}.', 'Great Western Railway delays at {TOWN} again.',
    'Happy Monday, {TOWN}!', 'Bank Holiday opening hours at {CO}.', 'Accounts Payable, {C}',
  ],
  fr: ['{CO} a signé le contrat hier.', "J'ai croisé des amis à {TOWN}.", 'Merci de transmettre à {INST}.',
    'Le rapport de {CO} est en retard.', 'Salutations,\nLe Service clientèle', 'Présents : {CO}, {INST} et {C}.'],
  it: ['{CO} ha firmato il contratto ieri.', 'Ci vediamo a {TOWN} in stazione.', 'Inoltra la mail a {INST}, per favore.',
    'La relazione di {CO} è in ritardo.', 'Cordiali saluti,\nUfficio Acquisti', 'Buona Pasqua da {CO}!'],
  eo: ['{CO} aprobis la buĝeton hieraŭ.', 'Ni renkontiĝos en {TOWN}.', 'Bonvolu sendi tion al {CO}.',
    'La raporto de {INST} malfruas.', 'Amike,\nLa Estraro', 'Bonvenon al {INST}!'],
  ka: ['{CO} გუშინ ახალ ფილიალს ხსნის.', 'ხვალ {TOWN} შევხვდებით.', 'გთხოვთ, დაუკავშირდეთ: {INST}.',
    'პატივისცემით,\nკლიენტთა მომსახურება', 'გილოცავთ ახალ წელს!'],
  hr: ['{CO} je jučer potpisao ugovor.', 'Vidimo se u {TOWN}.', 'Molim proslijedite ovo {INST}.',
    'Izvještaj tvrtke {CO} kasni.', 'Srdačan pozdrav,\nKorisnička služba', 'Sretan Božić od {CO}!'],
  ro: ['{CO} a semnat contractul ieri.', 'Ne vedem la {TOWN}.', 'Vă rog să trimiteți asta la {INST}.',
    'Raportul {CO} întârzie.', 'Cu stimă,\nServiciul Clienți', 'Crăciun fericit de la {CO}!'],
};

// A name in one of the cases its language marks on it.
function l17Case(lang, first, last, sex, c) {
  if (lang === 'hr') {
    const soft = /[čćšžjđc]$|lj$|nj$/;
    const fem = sex === 'female';
    const word = (w) => {
      if (/a$/.test(w)) return w.slice(0, -1) + { g: 'e', d: 'i', a: 'u', i: 'om' }[c];
      if (fem) return w;  // a woman's surname of a consonant stays
      if (/[bcčćdđfghjklmnprsštvzž]$/.test(w)) return w + { g: 'a', d: 'u', a: 'a', i: soft.test(w) ? 'em' : 'om' }[c];
      return w;
    };
    return `${word(first)} ${word(last)}`;
  }
  if (lang === 'eo') {
    const acc = (w) => (/[oa]$/.test(w) ? w + 'n' : w);
    return `${acc(first)} ${last}`;
  }
  if (lang === 'ro') {
    if (sex === 'female' && /a$/.test(first)) return `${first.replace(/ia$/, 'i').replace(/a$/, '')}ei ${last}`;
    return `lui ${first} ${last}`;
  }
  if (lang === 'ka') {
    const stem = last.replace(/ი$/, '');
    const vowel = stem === last;
    const suffix = { d: vowel ? 'ს' : 'ს', e: vowel ? 'მ' : 'მა', g: vowel ? 'ს' : 'ის' }[c];
    return `${first} ${stem}${suffix}`;
  }
  return `${first} ${last}`;
}

function loc17Fill(r, template, f, locale) {
  const lang = L17_LANG[locale];
  const things = L17_THINGS[locale];
  let last = null;
  const name = () => {
    const sex = rng.pick(['female', 'male']);
    last = [f.person.firstName(sex), f.person.lastName(sex), sex];
    return last;
  };
  for (const piece of template.split(/(\{[A-Za-z]+\})/)) {
    const m = /^\{P([gdaie])\}$/.exec(piece);
    if (m) {
      const [a, b, sex] = name();
      const s = l17Case(lang, a, b, sex, m[1]);
      if (s.startsWith('lui ')) { r.t('lui '); r.e('PERSON', s.slice(4)); }
      else r.e('PERSON', s);
    } else if (piece === '{P}') { const [a, b] = name(); r.e('PERSON', `${a} ${b}`); }
    else if (piece === '{p}') { const [a, b] = name(); r.e('PERSON', `${a} ${b}`.toLowerCase()); }
    else if (piece === '{U}') { const [a, b] = name(); r.e('PERSON', `${a} ${b}`.toUpperCase()); }
    else if (piece === '{F}') r.e('PERSON', name()[0]);
    else if (piece === '{S}') r.e('PERSON', name()[1]);
    else if (piece === '{E}') {
      const [a, b] = last ?? name();
      r.e('EMAIL_ADDRESS', allFakers.en.internet.email({ firstName: transliterate(a), lastName: transliterate(b) }));
    }
    else if (piece === '{M}') r.e('EMAIL_ADDRESS', 'noreply@example.com');
    else if (piece === '{T}') r.t(`${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`);
    else if (piece === '{N}') r.t(String(rng.int(1000, 99999)));
    else if (piece === '{C}') r.e('ORGANIZATION', company(f));
    else if (piece === '{L}') r.e('LOCATION', city(f));
    else if (L17_LABEL[piece.slice(1, -1)]) r.e(L17_LABEL[piece.slice(1, -1)], rng.pick(things[piece.slice(1, -1)]));
    else if (piece) r.t(piece);
  }
  return r;
}

function loc17Record(i) {
  const locale = L17_LOCALES[i % L17_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const positive = Math.floor(i / L17_LOCALES.length) % 2 === 0;
  const lang = L17_LANG[locale] === 'en' || rng.chance(0.35) ? 'en' : L17_LANG[locale];
  const template = rng.pick((positive ? L17_POS : L17_NEG)[lang]);
  return loc17Fill(new Record(positive ? 'loc17_person' : 'loc17_negative', locale), template, f, locale);
}

if (SET === 'loc17') {
  const out = [];
  while (out.length < RECORDS) out.push(loc17Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the recall18 probe set (--set recall18) -------------------------------
//
// People of the thirteen faker locales whose PERSON recall lags most on the
// unread sets (Italian, Swiss French, Turkish, Danish, Indian and Nepali
// English, Esperanto, British English, Georgian, Swedish, Zulu, Ukrainian and
// Greek), their own faker names romanised where the script is not Latin
// (Ukrainian and Greek names stay in their script 40% of the time), in shapes
// the other sections do not write: e-mail greetings and sign-offs in each
// locale's language ("Ciao Marco,", "Grüezi Frau Favre", "Sayın Ayşe
// Yılmaz", "Kære Anne", "Shri Rajesh Kumar", "Sawubona Thando"), reply
// headers, chat events, meeting minutes and action items, forms of label and
// value in the locale's language, CSV/TSV rows, JSON fields, clinical,
// legal and HR prose, numbered and bulleted lists; names with particles,
// hyphenated and double surnames, initials, inverted "Surname, Given", at
// a sentence's start, after a comma and in possessives. Two records in five
// are near-misses of the same locales in the same shapes: greetings with no
// name ("Sayın Yetkili", "Kære kunde"), towns, firms, hospitals, capitalised
// words of the language. Written from general knowledge of those languages.
//   node generate.mjs --set recall18 --seed 181 --records 1200 > ../data/generated_pii_recall18.json
// Tokens: {P} a full name, {F} a given name, {S} a surname, {I} an initial
// and surname, {II} two initials and surname, {PP} a name with a particle,
// {PH} a hyphenated surname, {PD} two surnames, {H} an honorific of the
// next name's sex, {GR} a greeting of the next name's sex, {SO} a sign-off,
// {T} a time, {DT} a date, {N} a number, {E} the last person's e-mail,
// {TOWN} {CO} {HOSP} the locale's towns, firms and hospitals (near-misses),
// {W} a capitalised phrase of the language, {HI} a greeting with no name.

const R18_LOCALES = ['it', 'fr_CH', 'tr', 'da', 'en_IN', 'en_NP', 'eo', 'en_GB', 'ka_GE', 'sv', 'zu_ZA', 'uk', 'el'];
const R18_NATIVE = new Set(['uk', 'el']);

// Per locale: the language of its own templates and its words.
const R18_WORDS = {
  it: { GR: [['Ciao', 'Ciao'], ['Caro', 'Cara'], ['Gentile', 'Gentile'], ['Buongiorno', 'Buongiorno'], ['Egregio', 'Gentilissima']],
    H: [['Sig.', 'Dott.', 'Avv.', 'Ing.', 'Prof.', 'dott.'], ['Sig.ra', 'Dott.ssa', 'Avv.', 'Prof.ssa', 'Signora', 'sig.ra']],
    SO: ['Cordiali saluti', 'Un saluto', 'A presto', 'Grazie mille', 'Distinti saluti'],
    PART: ['di', 'De', 'Del', 'Della', 'Lo', 'La', 'Di', 'D\''], HI: ['Ciao a tutti', 'Gentile Cliente', 'Buongiorno a tutti', 'Spettabile Ditta', 'Egregi Signori'],
    TOWN: ['Bergamo', 'San Giovanni Rotondo', 'Santa Margherita Ligure', 'Porto San Giorgio', 'Castelfranco Veneto', 'Vittorio Veneto', 'Reggio Calabria', 'Ascoli Piceno', 'Lamezia Terme', 'Treviso'],
    CO: ['Lavazza', 'Barilla', 'Poste Italiane', 'Autogrill', 'Mediaset', 'Trenitalia', 'Unipol', 'Pirelli', 'Eataly', 'Conad'],
    HOSP: ['Ospedale Niguarda', 'Policlinico Gemelli', 'Ospedale San Martino', 'Istituto Gaslini', 'ASL Roma 1'],
    W: ['Riunione Straordinaria Del Consiglio', 'Domani Chiuso Per Inventario', 'Saldi Estivi Fino Al 50%', 'Buona Pasqua A Tutti', 'Ufficio Acquisti E Logistica', 'Ferragosto: Orari Ridotti', 'Avviso Importante Per I Condomini'],
    FORM: [['Cognome', 'Nome'], ['Città', 'Azienda']], WROTE: ['Il {DT}, {P} ha scritto:'] },
  fr_CH: { GR: [['Bonjour', 'Bonjour'], ['Cher', 'Chère'], ['Salut', 'Salut'], ['Grüezi', 'Grüezi'], ['Bonsoir', 'Bonsoir']],
    H: [['M.', 'Monsieur', 'Herr', 'Me', 'Dr'], ['Mme', 'Madame', 'Frau', 'Mlle', 'Dre']],
    SO: ['Meilleures salutations', 'Bien à vous', 'Belles salutations', 'Freundliche Grüsse', 'Avec mes meilleures salutations'],
    PART: ['de', 'de la', 'du', 'von', 'de'], HI: ['Bonjour à tous', 'Madame, Monsieur', 'Grüezi mitenand', 'Chers collègues', 'Salut la compagnie'],
    TOWN: ['Yverdon-les-Bains', 'La Chaux-de-Fonds', 'Saint-Maurice', 'Sainte-Croix', 'Château-d\'Oex', 'Montreux', 'Martigny', 'Porrentruy', 'Morges', 'Bulle'],
    CO: ['Swisscom', 'la Migros', 'Vaudoise Assurances', 'Romande Energie', 'les TPG', 'Groupe Mutuel', 'Raiffeisen', 'Manor', 'Sunrise', 'La Poste'],
    HOSP: ['HUG', 'le CHUV', 'l\'Hôpital Riviera-Chablais', 'la Clinique de Genolier', 'l\'Hôpital de Sion'],
    W: ['Fermeture Annuelle Du Bureau', 'Fête Nationale: Bureaux Fermés', 'Joyeuses Pâques À Tous', 'Assemblée Générale Ordinaire', 'Séance Du Conseil Communal', 'Rappel Important'],
    FORM: [['Nom', 'Prénom'], ['Localité', 'Entreprise']], WROTE: ['Le {DT}, {P} a écrit :'] },
  tr: { GR: [['Sayın', 'Sayın'], ['Merhaba', 'Merhaba'], ['Değerli', 'Değerli'], ['Selam', 'Selam'], ['Sevgili', 'Sevgili']],
    H: [['Sayın', 'Dr.', 'Av.', 'Prof. Dr.', 'Op. Dr.'], ['Sayın', 'Dr.', 'Av.', 'Doç. Dr.', 'Uzm. Dr.']],
    SO: ['Saygılarımla', 'İyi çalışmalar', 'Sevgiler', 'Kolay gelsin', 'Teşekkürler'],
    PART: [], HI: ['Sayın Yetkili', 'Değerli Müşterimiz', 'Merhaba Arkadaşlar', 'Sayın İlgili', 'Herkese Merhaba'],
    TOWN: ['Kadıköy', 'Beşiktaş', 'Osmaniye', 'Mustafakemalpaşa', 'Kemalpaşa', 'Gaziantep', 'Eskişehir', 'Şanlıurfa', 'Kahramanmaraş', 'Bahçelievler'],
    CO: ['Türk Telekom', 'Arçelik', 'Turkcell', 'Migros Türk', 'Ziraat Bankası', 'Koç Holding', 'Türk Hava Yolları', 'Vestel', 'Ülker', 'Garanti BBVA'],
    HOSP: ['Acıbadem Hastanesi', 'Memorial Şişli', 'Cerrahpaşa Tıp Fakültesi', 'Ankara Şehir Hastanesi', 'Medipol Mega'],
    W: ['Toplantı Salı Günü Saat Onda', 'Bayram Tatili Duyurusu', 'İyi Bayramlar Dileriz', 'Önemli Duyuru', 'Genel Kurul Toplantısı', 'Yılbaşı Kampanyası Başladı'],
    FORM: [['Soyadı', 'Adı'], ['Şehir', 'Şirket']], WROTE: ['{DT} tarihinde {P} şunu yazdı:'] },
  da: { GR: [['Hej', 'Hej'], ['Kære', 'Kære'], ['Goddag', 'Goddag'], ['Hejsa', 'Hejsa'], ['Godmorgen', 'Godmorgen']],
    H: [['hr.', 'Hr.', 'dr.', 'Dr.'], ['fru', 'Fru', 'frk.', 'Dr.']],
    SO: ['Med venlig hilsen', 'Mvh', 'Venlig hilsen', 'Kh', 'Bedste hilsner'],
    PART: ['von', 'de', 'af'], HI: ['Kære alle', 'Kære kunde', 'Hej allesammen', 'Til rette vedkommende', 'Kære kolleger'],
    TOWN: ['Frederikshavn', 'Esbjerg', 'Roskilde', 'Helsingør', 'Frederiksberg', 'Kongens Lyngby', 'Hillerød', 'Næstved', 'Sønderborg', 'Holstebro'],
    CO: ['Carlsberg', 'Mærsk', 'Novo Nordisk', 'Danske Bank', 'Vestas', 'Salling Group', 'Ørsted', 'Netto', 'Jysk', 'PostNord'],
    HOSP: ['Rigshospitalet', 'Aarhus Universitetshospital', 'Odense Universitetshospital', 'Herlev Hospital', 'Bispebjerg Hospital'],
    W: ['Mødet Er Flyttet Til Torsdag', 'Åbningstider I Påsken', 'Glædelig Jul Og Godt Nytår', 'Vigtig Besked', 'Generalforsamling I Foreningen', 'Lukket Grundlovsdag'],
    FORM: [['Efternavn', 'Fornavn'], ['By', 'Firma']], WROTE: ['Den {DT} skrev {P}:'] },
  sv: { GR: [['Hej', 'Hej'], ['Kära', 'Kära'], ['Hejsan', 'Hejsan'], ['God morgon', 'God morgon'], ['Bäste', 'Bästa']],
    H: [['herr', 'Herr', 'dr', 'Dr'], ['fru', 'Fru', 'fröken', 'Dr']],
    SO: ['Med vänliga hälsningar', 'Mvh', 'Hälsningar', 'Vänliga hälsningar', 'Allt gott'],
    PART: ['af', 'von', 'de'], HI: ['Hej alla', 'Kära kund', 'Hej allihopa', 'Bästa kollegor', 'Till berörda'],
    TOWN: ['Kristianstad', 'Karlstad', 'Gustavsberg', 'Kristinehamn', 'Fredrikstad', 'Örnsköldsvik', 'Sundsvall', 'Eskilstuna', 'Jönköping', 'Västerås'],
    CO: ['Volvo', 'Ericsson', 'Systembolaget', 'Vattenfall', 'ICA', 'Spotify', 'SJ', 'Telia', 'Handelsbanken', 'Klarna'],
    HOSP: ['Karolinska', 'Sahlgrenska', 'Danderyds sjukhus', 'Akademiska sjukhuset', 'Skånes universitetssjukhus'],
    W: ['Välkommen Till Nya Kontoret', 'Midsommar: Stängt', 'God Jul Och Gott Nytt År', 'Viktig Information', 'Årsmöte I Föreningen', 'Nya Öppettider'],
    FORM: [['Efternamn', 'Förnamn'], ['Ort', 'Företag']], WROTE: ['Den {DT} skrev {P}:'] },
  en_GB: { GR: [['Hiya', 'Hiya'], ['Morning', 'Morning'], ['Hello', 'Hello'], ['Dear', 'Dear'], ['Afternoon', 'Afternoon']],
    H: [['Mr', 'Dr', 'Sir', 'Prof'], ['Mrs', 'Ms', 'Miss', 'Dr', 'Dame']],
    SO: ['Best wishes', 'Kind regards', 'Cheers', 'Many thanks', 'All the best'],
    PART: ['de', 'van', 'Mac', 'St'], HI: ['Dear Sir or Madam', 'Morning all', 'Hello everyone', 'Dear Colleagues', 'To whom it may concern'],
    TOWN: ['Milton Keynes', 'Bury St Edmunds', 'King\'s Lynn', 'Stratford-upon-Avon', 'Royal Leamington Spa', 'Hemel Hempstead', 'Chipping Norton', 'Wigan', 'Ipswich', 'Harrogate'],
    CO: ['Tesco', 'Greggs', 'Boots', 'Royal Mail', 'British Gas', 'Nationwide', 'Argos', 'Network Rail', 'Thames Water', 'Ocado'],
    HOSP: ['St Thomas\' Hospital', 'Addenbrooke\'s', 'the Royal Infirmary', 'Guy\'s Hospital', 'the John Radcliffe'],
    W: ['Bank Holiday Opening Hours', 'Mind The Gap', 'Parish Council Meeting Postponed', 'Christmas Jumper Day', 'Urgent: Boiler Service Due', 'Pancake Day Bake Sale'],
    FORM: [['Surname', 'Forename(s)'], ['Town', 'Company']], WROTE: ['On {DT}, {P} wrote:'] },
  en_IN: { GR: [['Dear', 'Dear'], ['Respected', 'Respected'], ['Hello', 'Hello'], ['Namaste', 'Namaste'], ['Hi', 'Hi']],
    H: [['Shri', 'Sri', 'Mr.', 'Dr.', 'Er.'], ['Smt.', 'Kumari', 'Ms.', 'Dr.', 'Shrimati']],
    SO: ['Thanks & Regards', 'Warm regards', 'Regards', 'Yours faithfully', 'With best regards'],
    PART: [], HI: ['Dear Sir/Madam', 'Respected Sir', 'Hello all', 'Dear Team', 'Namaste everyone'],
    TOWN: ['Navi Mumbai', 'Rajiv Chowk', 'Indira Nagar', 'Gandhinagar', 'Jawaharlal Nehru Stadium', 'Chhatrapati Shivaji Terminus', 'Thiruvananthapuram', 'Visakhapatnam', 'Secunderabad', 'Noida'],
    CO: ['Infosys', 'Wipro', 'Reliance Retail', 'HDFC Bank', 'Bharti Airtel', 'Zomato', 'Paytm', 'Tata Consultancy Services', 'Swiggy', 'Asian Paints'],
    HOSP: ['AIIMS', 'Apollo Hospitals', 'Fortis Escorts', 'Manipal Hospital', 'Sir Ganga Ram Hospital'],
    W: ['Happy Diwali', 'Ganesh Chaturthi Holiday', 'Raksha Bandhan Offer', 'Kindly Do The Needful', 'Annual General Meeting', 'Holi Celebrations Postponed'],
    FORM: [['Surname', 'Given Name'], ['City', 'Company']], WROTE: ['On {DT}, {P} wrote:'] },
  en_NP: { GR: [['Namaste', 'Namaste'], ['Dear', 'Dear'], ['Hello', 'Hello'], ['Respected', 'Respected'], ['Hi', 'Hi']],
    H: [['Shri', 'Mr.', 'Dr.', 'Er.'], ['Shrimati', 'Ms.', 'Mrs.', 'Dr.']],
    SO: ['Regards', 'Best regards', 'Thank you', 'Dhanyabad', 'Warm regards'],
    PART: [], HI: ['Namaste everyone', 'Dear Sir/Madam', 'Respected all', 'Hello team', 'Dear Members'],
    TOWN: ['Pokhara', 'Bhaktapur', 'Lalitpur', 'Biratnagar', 'Dharan', 'Birgunj', 'Hetauda', 'Tansen', 'Gorkha', 'Ilam'],
    CO: ['Nepal Telecom', 'Ncell', 'Nabil Bank', 'Buddha Air', 'Yeti Airlines', 'Himalayan Bank', 'Bhatbhateni', 'Daraz', 'Sipradi', 'Nepal Airlines'],
    HOSP: ['Bir Hospital', 'Teaching Hospital', 'Patan Hospital', 'Grande Hospital', 'Norvic Hospital'],
    W: ['Happy Dashain', 'Tihar Greetings', 'Happy Losar', 'Office Closed For Teej', 'Annual General Meeting', 'Namaste Nepal'],
    FORM: [['Surname', 'Given Name'], ['District', 'Organisation']], WROTE: ['On {DT}, {P} wrote:'] },
  eo: { GR: [['Kara', 'Kara'], ['Saluton', 'Saluton'], ['Estimata', 'Estimata'], ['Bonan tagon', 'Bonan tagon'], ['Karega', 'Karega']],
    H: [['s-ro', 'sinjoro', 'Sinjoro', 'd-ro'], ['s-ino', 'sinjorino', 'Sinjorino', 'd-ino']],
    SO: ['Amike', 'Kore', 'Samideane', 'Ĝis baldaŭ', 'Kun koraj salutoj'],
    PART: ['de', 'van', 'von'], HI: ['Karaj geamikoj', 'Estimataj samideanoj', 'Saluton al ĉiuj', 'Karaj gekolegoj', 'Estimata Estraro'],
    TOWN: ['Roterdamo', 'Bjalistoko', 'Varsovio', 'Budapeŝto', 'Novjorko', 'Herzberg', 'Zagrebo', 'Lisbono', 'Kopenhago', 'Montrealo'],
    CO: ['UEA', 'TEJO', 'Monato', 'Lernu', 'Flandra Esperanto-Ligo', 'Esperanto-Centro', 'Kontakto', 'Libera Folio', 'Vinilkosmo', 'E@I'],
    HOSP: ['la Urba Malsanulejo', 'la Universitata Kliniko', 'la Ĉefa Hospitalo'],
    W: ['Bonvenon Al La Kongreso', 'Gravaj Novaĵoj', 'Feliĉan Novjaron', 'Ĝenerala Kunveno', 'La Zamenhof-Tago', 'Nova Numero De Monato'],
    FORM: [['Familia nomo', 'Persona nomo'], ['Urbo', 'Organizo']], WROTE: ['La {DT}, {P} skribis:'] },
  ka_GE: { GR: [['Gamarjoba', 'Gamarjoba'], ['Dzvirfaso', 'Dzvirfaso'], ['Salami', 'Salami'], ['Batono', 'Kalbatono'], ['Dear', 'Dear']],
    H: [['Batono', 'bat.', 'Batono', 'Dr'], ['Kalbatono', 'kalb.', 'Kalbatono', 'Dr']],
    SO: ['Pativiscemit', 'Madloba', 'Kind regards', 'Didi madloba', 'Best regards'],
    PART: [], HI: ['Gamarjoba kolegebo', 'Dear Sir or Madam', 'Dzvirfaso megobrebo', 'Hello team', 'Batonebo da kalbatonebo'],
    TOWN: ['Tbilisi', 'Batumi', 'Kutaisi', 'Rustavi', 'Zugdidi', 'Telavi', 'Mtskheta', 'Borjomi', 'Sighnaghi', 'Poti'],
    CO: ['Bank of Georgia', 'TBC Bank', 'Magticom', 'Silknet', 'Georgian Airways', 'Nabeghlavi', 'Borjomi Water', 'Liberty Bank', 'Wissol', 'Gulf Georgia'],
    HOSP: ['Aversi Clinic', 'Evex Hospital', 'Todua Clinic', 'New Hospitals', 'Medi Club Georgia'],
    W: ['Gilocavt Akhal Tsels', 'Mtatsminda Park', 'Rustaveli Avenue', 'Tbilisoba Festival', 'Sakartvelos Respublika', 'Didi Madloba'],
    FORM: [['Gvari', 'Sakheli'], ['Kalaki', 'Kompania']], WROTE: ['On {DT}, {P} wrote:'] },
  zu_ZA: { GR: [['Sawubona', 'Sawubona'], ['Sanibona', 'Sanibona'], ['Dear', 'Dear'], ['Hello', 'Hello'], ['Molo', 'Molo']],
    H: [['Mnu.', 'Baba', 'Mr', 'Dr', 'Adv.'], ['Nkk.', 'Mama', 'Ms', 'Dr', 'Nksz.']],
    SO: ['Ngiyabonga', 'Ozithobayo', 'Kind regards', 'Siyabonga', 'Regards'],
    PART: [], HI: ['Sanibonani nonke', 'Dear Sir/Madam', 'Sawubona Team', 'Molweni', 'Dear Parents'],
    TOWN: ['Pietermaritzburg', 'Umlazi', 'KwaMashu', 'Empangeni', 'Richards Bay', 'Ulundi', 'Eshowe', 'Newcastle', 'Soweto', 'Nongoma'],
    CO: ['Vodacom', 'MTN', 'Shoprite', 'Pick n Pay', 'Eskom', 'Sasol', 'Capitec', 'Woolworths', 'Nando\'s', 'Transnet'],
    HOSP: ['Inkosi Albert Luthuli Hospital', 'Chris Hani Baragwanath', 'King Edward VIII Hospital', 'Addington Hospital', 'Ngwelezane Hospital'],
    W: ['Siyabonga Mzansi', 'Heritage Day Braai', 'Ubuntu Wellness Day', 'Sanibonani Bafowethu', 'Freedom Day Closing Times', 'Ukhozi FM Live'],
    FORM: [['Isibongo', 'Igama'], ['Idolobha', 'Inkampani']], WROTE: ['On {DT}, {P} wrote:'] },
  uk: { GR: [['Привіт', 'Привіт'], ['Шановний', 'Шановна'], ['Добрий день', 'Добрий день'], ['Dear', 'Dear'], ['Вітаю', 'Вітаю']],
    H: [['пан', 'Пан', 'д-р', 'Mr'], ['пані', 'Пані', 'д-р', 'Ms']],
    SO: ['З повагою', 'Дякую', 'Гарного дня', 'Kind regards', 'З найкращими побажаннями'],
    PART: [], HI: ['Шановні колеги', 'Доброго дня всім', 'Шановний клієнте', 'Dear Sir or Madam', 'Привіт усім'],
    TOWN: ['Київ', 'Львів', 'Харків', 'Одеса', 'Дніпро', 'Запоріжжя', 'Kyiv', 'Lviv', 'Ivano-Frankivsk', 'Kamianets-Podilskyi'],
    CO: ['Укрзалізниця', 'ПриватБанк', 'Нова пошта', 'Київстар', 'Rozetka', 'Monobank', 'Ukrposhta', 'Нафтогаз', 'АТБ', 'Silpo'],
    HOSP: ['Охматдит', 'Олександрівська лікарня', 'Feofaniya Clinic', 'Dobrobut'],
    W: ['Слава Україні', 'З Новим Роком', 'Нарада Перенесена На П’ятницю', 'Важливе Оголошення', 'Загальні Збори', 'Христос Воскрес'],
    FORM: [['Прізвище', 'Ім’я'], ['Місто', 'Компанія']], WROTE: ['{DT} {P} пише:'] },
  el: { GR: [['Γεια σου', 'Γεια σου'], ['Αγαπητέ', 'Αγαπητή'], ['Καλημέρα', 'Καλημέρα'], ['Dear', 'Dear'], ['Χαίρετε', 'Χαίρετε']],
    H: [['κ.', 'Κύριος', 'Δρ', 'Mr'], ['κα', 'Κυρία', 'Δρ', 'Ms']],
    SO: ['Με εκτίμηση', 'Φιλικά', 'Ευχαριστώ', 'Kind regards', 'Με φιλικούς χαιρετισμούς'],
    PART: [], HI: ['Αγαπητοί συνάδελφοι', 'Καλημέρα σε όλους', 'Αξιότιμε πελάτη', 'Dear Sir or Madam', 'Γεια σε όλους'],
    TOWN: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο', 'Λάρισα', 'Βόλος', 'Thessaloniki', 'Ioannina', 'Kalamata', 'Agios Nikolaos'],
    CO: ['ΟΤΕ', 'Cosmote', 'Παπαστράτος', 'ΔΕΗ', 'Aegean', 'Τράπεζα Πειραιώς', 'Jumbo', 'ΟΠΑΠ', 'Σκλαβενίτης', 'Vodafone'],
    HOSP: ['Ευαγγελισμός', 'Αττικόν', 'Λαϊκό Νοσοκομείο', 'Hygeia', 'Ιατρικό Κέντρο'],
    W: ['Καλό Πάσχα', 'Χρόνια Πολλά', 'Σημαντική Ανακοίνωση', 'Γενική Συνέλευση', 'Καλή Χρονιά', 'Νέο Ωράριο Λειτουργίας'],
    FORM: [['Επώνυμο', 'Όνομα'], ['Πόλη', 'Εταιρεία']], WROTE: ['Στις {DT}, {P} έγραψε:'] },
};

// Ukrainian and Greek words in Latin letters, for records whose names are
// romanised.
const R18_ROMAN = {
  uk: { GR: [['Pryvit', 'Pryvit'], ['Dear', 'Dear'], ['Hello', 'Hello'], ['Shanovnyi', 'Shanovna'], ['Vitaiu', 'Vitaiu']],
    H: [['Pan', 'pan', 'Mr', 'Dr'], ['Pani', 'pani', 'Ms', 'Dr']], SO: ['Z povahoiu', 'Diakuiu', 'Kind regards', 'Best regards'],
    FORM: [['Prizvyshche', 'Imia'], ['Misto', 'Kompaniia']], WROTE: ['On {DT}, {P} wrote:'] },
  el: { GR: [['Geia sou', 'Geia sou'], ['Agapite', 'Agapiti'], ['Dear', 'Dear'], ['Kalimera', 'Kalimera'], ['Hello', 'Hello']],
    H: [['k.', 'Kyrios', 'Mr', 'Dr'], ['ka', 'Kyria', 'Ms', 'Dr']], SO: ['Me ektimisi', 'Filika', 'Kind regards', 'Efcharisto'],
    FORM: [['Eponymo', 'Onoma'], ['Poli', 'Etaireia']], WROTE: ['On {DT}, {P} wrote:'] },
};

// Positive templates every locale draws from (greetings, sign-offs and form
// labels come from the locale's words).
const R18_POS = [
  '{GR} {F},\n\nthe draft is attached, comments welcome.\n\n{SO},\n{P}',
  '{GR} {H} {S},\nplease find the quote below.',
  '{GR} {P},\nyour appointment is confirmed for {DT}.',
  '{SO},\n{I}',
  '{SO}\n{P} | Operations Manager',
  '{WROTE}\n> sounds good to me',
  '[{T}] {F}: brb, coffee',
  '{T} — {P} joined the meeting',
  '{P} left the channel.',
  '{F} reacted with 👍 to your message',
  'Minutes, {DT}\nPresent: {P}; {P}; {I}\nApologies: {P}',
  'ACTION: {F} to circulate the revised figures by Friday.',
  '- [ ] {P} — book the venue\n- [x] {P} — send invites',
  '{FORM}',
  'Emergency contact: {P} (spouse), {N}',
  '{N},{S},{F},{TOWN}',
  '{P}\t{N}\t{TOWN}',
  '{"customer": "{P}", "tier": "gold", "visits": {N}}',
  '{"first_name":"{F}","last_name":"{S}","id":{N}}',
  'Pt {P}, {AGE}y, seen in clinic today; referred by Dr {S}.',
  'Discharge summary — {P}: stable, review in two weeks.',
  'This tenancy agreement is made between {P} ("the Landlord") and {P} ("the Tenant").',
  'I, {P}, hereby confirm that the information above is correct.',
  '{P} (employee no. {N}) moves to the payroll team from Monday.',
  'Reference for {P}: reliable, punctual and well liked.',
  '1) {P}\n2) {P}\n3) {P}',
  '• {SF} — approved\n• {SF} — pending',
  '{P} has booked the small meeting room for Thursday.',
  'As agreed on the phone, {P} will collect the documents.',
  'We are still missing {P}\'s signature on page 3.',
  '{F}\'s flight lands at {T}, can someone pick them up?',
  '{PP} chairs the residents\' committee this year.',
  'Booking reference for {PH}: {N}.',
  'Signed in the presence of {PD}.',
  '{II} and {I} co-authored the audit report.',
  'Invitation: 1:1 {F} / {F} @ {T}',
  'Out of office: {P} is away until {DT}; please contact {P} instead.',
  'Patient: {U}\nDOB: {DT}',
  'Witness: {PP}\nDate: {DT}',
  'Sorry {F}, I missed your call — will ring back after {T}.',
];

// Each language's own positive shapes (the name in its place in the
// language's sentence).
const R18_OWN = {
  it: ['{P} ha prenotato la sala riunioni per giovedì.', 'Come d\'accordo, {P} ritirerà i documenti.', 'Manca ancora la firma di {P} a pagina 3.',
    'Il verbale è stato redatto da {I}.', 'Grazie {F}, ci sentiamo domani.', 'Ho parlato con {H} {S} stamattina.', 'Ciao {F}! Tutto bene?'],
  fr_CH: ['{P} a réservé la salle de conférence pour jeudi.', 'Comme convenu, {P} passera chercher les documents.', 'Il manque encore la signature de {P}.',
    'Procès-verbal rédigé par {I}.', 'Merci {F}, à demain.', 'J\'ai parlé avec {H} {S} ce matin.', 'Grüezi {H} {S}, wie geht es Ihnen?'],
  tr: ['{P} perşembe için toplantı odasını ayırttı.', 'Konuştuğumuz gibi, {P} belgeleri teslim alacak.', '{F} Bey toplantıya katılacak.',
    '{F} Hanım yarın izinli.', 'Teşekkürler {F}, yarın görüşürüz.', 'Sayın {P}, başvurunuz alınmıştır.', 'Bu sabah {P} ile görüştüm.'],
  da: ['{P} har booket mødelokalet til torsdag.', 'Som aftalt henter {P} dokumenterne.', 'Vi mangler stadig {P}s underskrift.',
    'Referat ved {I}.', 'Tak {F}, vi ses i morgen.', 'Jeg talte med {H} {S} i morges.', 'Kære {F}\n\nTak for sidst!'],
  sv: ['{P} har bokat mötesrummet till torsdag.', 'Som vi sa hämtar {P} dokumenten.', 'Vi saknar fortfarande {P}s underskrift.',
    'Protokoll fört av {I}.', 'Tack {F}, vi hörs i morgon.', 'Jag pratade med {H} {S} i morse.', 'Kära {F}!\n\nTack för senast.'],
  en_GB: ['Ta, {F}, you\'re a star.', 'Rang {H} {S} re: the boiler, no answer.', 'Cheers {F}, see you at the pub.'],
  en_IN: ['{F} ji, please confirm the booking.', 'Kindly forward the file to {H} {P}.', 'Respected {H} {P} Sir,\nI am writing regarding my leave.',
    'Please do the needful, {F}.', '{P} (S/o {P}) has applied for a ration card.'],
  en_NP: ['{F} ji, please confirm the booking.', 'Namaste {F} dai, hope you are well.', 'Namaste {F} didi!', '{H} {P} will chair the meeting.',
    'Please send the form to {P}, Ward No. {N}.'],
  eo: ['{P} rezervis la kunvenejon por ĵaŭdo.', 'Kiel interkonsentite, {P} prenos la dokumentojn.', 'Mankas ankoraŭ la subskribo de {P}.',
    'Protokolis {I}.', 'Dankon {F}, ĝis morgaŭ.', 'Mi parolis kun {H} {S} hodiaŭ matene.'],
  ka_GE: ['Gamarjoba {F}, rogor khar?', '{H} {F}, gmadlobt!', '{H} {F}, didi madloba.', 'Madloba {F}, khval shevkhvdebit.'],
  zu_ZA: ['Sawubona {F}, unjani?', 'Ngiyabonga {F}, sizobonana kusasa.', 'Baba {S} uzofika ngo-{T}.', 'Mama {S} ucela ukuthi umshayele.',
    'Ngikhulume no-{P} namhlanje.'],
  uk: ['Контактна особа — {P}, тел. {N}.', 'Виконавець: {P}', 'Протокол: {I}.', 'Дякую, {F}!', 'Отримувач: {H} {P}',
    '{GR}, {F}! Як справи?'],
  el: ['Υπεύθυνος επικοινωνίας: {P}, τηλ. {N}.', 'Παραλήπτης: {H} {P}', 'Πρακτικά: {I}.', 'Ευχαριστώ, {F}!',
    '{GR} {F}, τι κάνεις;'],
};

// Near-misses in the same shapes.
const R18_NEG = [
  '{HI},\n\nthe draft is attached, comments welcome.\n\n{SO},\n{CO}',
  '{HI},\nplease find the quote below.',
  '{SO},\nCustomer Service, {CO}',
  '{SO}\n{CO} | Operations',
  '[{T}] {TOWN} office: back online',
  '{T} — {CO} joined the meeting',
  'Minutes, {DT}\nPresent: {TOWN} team; {CO}\nApologies: none',
  'ACTION: {TOWN} depot to circulate the revised figures by Friday.',
  '{FL3}: {TOWN}\n{FL4}: {CO}',
  '{N},{CO},{TOWN},{N}',
  '{CO}\t{N}\t{TOWN}',
  '{"city": "{TOWN}", "company": "{CO}", "visits": {N}}',
  'Patient seen at {HOSP}; referred by the {TOWN} clinic.',
  'This supply agreement is made between {CO} ("the Supplier") and {C} ("the Client").',
  '1) {TOWN}\n2) {TOWN}\n3) {TOWN}',
  '• {CO} — approved\n• {CO} — pending',
  '{CO} has booked the small meeting room for Thursday.',
  'As agreed on the phone, {CO} will collect the documents.',
  'We are still missing {CO}\'s signature on page 3.',
  'Flights to {TOWN} land at {T}.',
  '{W}',
  '{W}!\n{SO},\n{CO}',
  'Subject: {W}',
  '{W} — {TOWN}, {DT}',
  'Out of office: the {TOWN} branch is closed until {DT}.',
  'Invitation: {TOWN} weekly sync @ {T}',
];

function r18Roman(s) {
  return judgeRoman(transliterate(s));
}

function r18Name(f, locale, native, sex) {
  const w = (s) => (native ? s : r18Roman(s));
  const first = w(f.person.firstName(sex));
  const last = w(f.person.lastName(sex));
  return { first, last, sex };
}

function r18Fill(r, template, f, locale, native) {
  const words = R18_NATIVE.has(locale) && !native ? { ...R18_WORDS[locale], ...R18_ROMAN[locale] } : R18_WORDS[locale];
  let pendingSex = null;
  let last = null;
  const name = () => {
    const sex = pendingSex ?? rng.pick(['female', 'male']);
    pendingSex = null;
    last = r18Name(f, locale, native, sex);
    return last;
  };
  const sexAhead = () => {
    pendingSex = pendingSex ?? rng.pick(['female', 'male']);
    return pendingSex === 'female' ? 1 : 0;
  };
  const date = () => `${rng.int(1, 28)}.${String(rng.int(1, 12)).padStart(2, '0')}.20${rng.int(18, 26)}`;
  for (const piece of template.split(/(\{[A-Za-z0-9]+\})/)) {
    if (piece === '{P}') { const p = name(); r.e('PERSON', `${p.first} ${p.last}`); }
    else if (piece === '{U}') { const p = name(); r.e('PERSON', `${p.first} ${p.last}`.toUpperCase()); }
    else if (piece === '{F}') r.e('PERSON', name().first);
    else if (piece === '{S}') r.e('PERSON', name().last);
    else if (piece === '{I}') { const p = name(); r.e('PERSON', `${[...p.first][0]}. ${p.last}`); }
    else if (piece === '{II}') {
      const p = name();
      const q = r18Name(f, locale, native, p.sex);
      r.e('PERSON', `${[...p.first][0]}. ${[...q.first][0]}. ${p.last}`);
    }
    else if (piece === '{PP}') {
      const p = name();
      const part = words.PART.length ? rng.pick(words.PART) : null;
      const lastName = part === null ? p.last : part.endsWith('\'') ? `${part}${p.last}` : `${part} ${p.last}`;
      r.e('PERSON', `${p.first} ${lastName}`);
    }
    else if (piece === '{PH}' || piece === '{PD}') {
      const p = name();
      const q = r18Name(f, locale, native, p.sex);
      r.e('PERSON', `${p.first} ${p.last}${piece === '{PH}' ? '-' : ' '}${q.last}`);
    }
    else if (piece === '{H}') r.t(rng.pick(words.H[sexAhead()]));
    else if (piece === '{GR}') r.t(words.GR[rng.int(0, words.GR.length - 1)][sexAhead()]);
    else if (piece === '{SO}') r.t(rng.pick(words.SO));
    else if (piece === '{HI}') r.t(rng.pick(words.HI));
    else if (piece === '{WROTE}') r18Fill(r, rng.pick(words.WROTE), f, locale, native);
    else if (piece === '{FORM}' || piece === '{SF}') {
      const p = name();
      if (piece === '{FORM}') r.t(`${words.FORM[0][0]}: `).e('PERSON', p.last).t(`\n${words.FORM[0][1]}: `).e('PERSON', p.first);
      else r.e('PERSON', p.last).t(', ').e('PERSON', p.first);
    }
    else if (piece === '{FL3}' || piece === '{FL4}') r.t(words.FORM[1][piece === '{FL3}' ? 0 : 1]);
    else if (piece === '{E}') {
      const p = last ?? name();
      r.e('EMAIL_ADDRESS', allFakers.en.internet.email({ firstName: r18Roman(p.first), lastName: r18Roman(p.last) }));
    }
    else if (piece === '{T}') r.t(`${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`);
    else if (piece === '{DT}') r.t(date());
    else if (piece === '{N}') r.t(String(rng.int(100, 9999)));
    else if (piece === '{AGE}') r.t(String(rng.int(18, 95)));
    else if (piece === '{TOWN}') r.e('LOCATION', rng.pick(words.TOWN));
    else if (piece === '{CO}' || piece === '{HOSP}') r.e('ORGANIZATION', rng.pick(words[piece.slice(1, -1)]));
    else if (piece === '{C}') r.e('ORGANIZATION', company(f));
    else if (piece === '{W}') r.t(rng.pick(words.W));
    else if (piece) r.t(piece);
  }
  return r;
}

function recall18Record(i) {
  const locale = R18_LOCALES[i % R18_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const positive = Math.floor(i / R18_LOCALES.length) % 5 < 3;
  const native = R18_NATIVE.has(locale) && rng.chance(0.4);
  let template;
  if (!positive) template = rng.pick(R18_NEG);
  else if (R18_OWN[locale] && (native || !R18_NATIVE.has(locale)) && rng.chance(0.35)) template = rng.pick(R18_OWN[locale]);
  else template = rng.pick(R18_POS);
  return r18Fill(new Record(positive ? 'recall18_person' : 'recall18_negative', locale), template, f, locale, native);
}

if (SET === 'recall18') {
  const out = [];
  while (out.length < RECORDS) out.push(recall18Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the inst18 probe set (--set inst18) -----------------------------------
//   node generate.mjs --set inst18 --seed 187 --records 1200 > ../data/generated_pii_inst18.json
//
// Things named after ARBITRARY people (faker's names of 40 locales, Georgian,
// Armenian, Greek and Cyrillic ones romanised): hospitals, foundations,
// schools, universities, clinics, museums and firms of every legal form
// ("Beridze Memorial Hospital", "the Arina Stepanyan Foundation", "Tawia &
// Obeng LLP", "Quliyev MMC", "Rotari S.R.L.", "Collet et Fils", "Ama's
// Bakery", "St. Eyram's School") labelled ORGANIZATION; stadiums, halls,
// streets, squares and bridges named so labelled LOCATION; prizes, lectures,
// scholarships, storms, pets, boats, horses and products called by a given
// name with no label — in English, French, Romanian, German, Spanish,
// Portuguese, Italian, Dutch and Azerbaijani carriers. Half the records put a
// real person (PERSON) in the same frames beside such a thing, often the
// very surname of the firm ("Eyram Owusu founded Owusu & Sons"), so recall
// is measured side by side. Frames written for this set from general
// knowledge of each language's institutions and legal forms.
// Tokens: {P} a full name, {F} its given name, {S} its surname (after a
// title), {Q} a second person, {INST} an institution and {FIRM} a firm built
// from another person's name (ORGANIZATION), {OWN} a firm of {P}'s surname,
// {CO} a faker firm (ORGANIZATION), {BLDG} a venue and {STREET} a street
// named after someone (LOCATION), {PRIZE} an award, {STORM} a storm, {PET}
// {BOAT} {HORSE} {PROD} things called by a given name (no label), {CITY} a
// town (LOCATION), {YEAR} a year.

const I18_HEAVY = ['ka_GE', 'hy', 'az', 'ro_MD', 'fr_CA', 'fr_LU', 'en_GH'];
const I18_OTHER = ['en_US', 'en_GB', 'en_AU', 'en_IN', 'en_NG', 'en_ZA', 'en_IE', 'de', 'de_AT', 'de_CH', 'fr',
  'fr_BE', 'fr_CH', 'es', 'es_MX', 'it', 'nl', 'nl_BE', 'pt_BR', 'pt_PT', 'pl', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ',
  'sk', 'hu', 'ro', 'hr', 'sl_SI', 'tr', 'el', 'ru', 'uk', 'mk', 'vi', 'id_ID', 'lv', 'yo_NG', 'zu_ZA',
  'sr_RS_latin', 'uz_UZ_latin', 'af_ZA'];
const I18_LANG = { de: 'de', de_AT: 'de', de_CH: 'de', fr: 'fr', fr_BE: 'fr', fr_CH: 'fr', fr_CA: 'fr', fr_LU: 'fr',
  es: 'es', es_MX: 'es', it: 'it', nl: 'nl', nl_BE: 'nl', pt_BR: 'pt', pt_PT: 'pt', ro: 'ro', ro_MD: 'ro', az: 'az' };

// Latin letters for every name and firm (Georgian, Armenian, Greek, Cyrillic).
const i18Cap = (s) => s.replace(/(^|[\s\-'’])(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase());
function i18Roman(s) {
  const latin = judgeRoman(transliterate(s)).replace(/\s{2,}/g, ' ').trim();
  return /[\u0530-\u058F\u10A0-\u10FF]/u.test(s) ? i18Cap(latin) : latin;
}
function i18Name(f) {
  const sex = rng.pick(['female', 'male']);
  const first = i18Roman(f.person.firstName(sex)).split(' ')[0];
  const last = i18Roman(f.person.lastName(sex));
  return { first, last, full: `${first} ${last}` };
}

// Builders: (n) => text, n = { f, l, l2, l3, city } of someone else (or of {P} for {OWN}).
const I18_BUILD = {
  en: {
    INST: [(n) => `${n.l} Memorial Hospital`, (n) => `${n.f} ${n.l} Memorial Hospital`, (n) => `${n.f} ${n.l} Foundation`,
      (n) => `${n.l} Family Foundation`, (n) => `${n.l} Institute`, (n) => `${n.f} ${n.l} Institute for Cancer Research`,
      (n) => `${n.l} University`, (n) => `${n.f} ${n.l} University`, (n) => `${n.l} College`, (n) => `${n.l} Community College`,
      (n) => `${n.l} Academy`, (n) => `${n.f} ${n.l} Academy`, (n) => `${n.l} Clinic`, (n) => `${n.l} Dental Clinic`,
      (n) => `${n.l} Eye Centre`, (n) => `${n.l} Medical Center`, (n) => `${n.l} Centre for Policy Studies`,
      (n) => `St. ${n.f}'s School`, (n) => `St ${n.f}'s Hospital`, (n) => `St. ${n.f}'s Primary School`,
      (n) => `Saint ${n.f} Catholic Church`, (n) => `${n.f} ${n.l} Senior High School`, (n) => `${n.l} High School`,
      (n) => `${n.l} Elementary School`, (n) => `${n.l} Library`, (n) => `${n.f} ${n.l} Public Library`,
      (n) => `${n.f} ${n.l} School of Music`, (n) => `${n.l} Children's Hospital`,
      (n) => `${n.f} ${n.l} ${n.city} State University`, (n) => `${n.l} Museum`, (n) => `${n.f} ${n.l} Museum of Art`,
      (n) => `${n.l} Trust`, (n) => `${n.f} ${n.l} Trust`, (n) => `${n.l} Hospice`, (n) => `${n.l} Care Home`,
      (n) => `${n.f} ${n.l} Teaching Hospital`, (n) => `${n.l} Polyclinic`, (n) => `${n.f} ${n.l} Centre`],
    FIRM: [(n) => `${n.l} & ${n.l2} LLP`, (n) => `${n.l}, ${n.l2} and ${n.l3}`, (n) => `${n.l}, ${n.l2} & ${n.l3} LLP`,
      (n) => `${n.l} Group`, (n) => `${n.l} Ltd`, (n) => `${n.l} Limited`, (n) => `${n.l} Inc.`, (n) => `${n.l} LLC`,
      (n) => `${n.l} Brothers`, (n) => `${n.l} Bros.`, (n) => `${n.l} & Sons`, (n) => `${n.l} and Daughters`,
      (n) => `${n.f}'s Bakery`, (n) => `${n.f}'s Kitchen`, (n) => `${n.f}'s Hair Salon`, (n) => `${n.l} Plumbing`,
      (n) => `${n.l} Motors`, (n) => `${n.l} Logistics`, (n) => `${n.l} Consulting`, (n) => `${n.l} Partners`,
      (n) => `${n.l} Holdings`, (n) => `${n.l} & Associates`, (n) => `${n.l} Law Chambers`, (n) => `${n.l} Construction Ltd`,
      (n) => `${n.l} Enterprise`, (n) => `${n.l} Ventures`, (n) => `${n.l} Transport`, (n) => `${n.l} Pharmacy`,
      (n) => `${n.l} Dental`, (n) => `${n.l} Realty`, (n) => `${n.l} Capital`, (n) => `${n.f} ${n.l} & Co.`,
      (n) => `${n.l} GmbH`, (n) => `${n.l} S.A.`, (n) => `${n.l} SRL`, (n) => `${n.l} SARL`, (n) => `${n.l} e.K.`,
      (n) => `${n.l} S.R.L.`, (n) => `${n.l} AG`, (n) => `${n.l} BV`, (n) => `${n.l} AB`, (n) => `${n.l} Oy`,
      (n) => `${n.l} A/S`, (n) => `${n.l} Kft.`, (n) => `${n.l} s.r.o.`, (n) => `${n.l} d.o.o.`, (n) => `OOO ${n.l}`,
      (n) => `TOV ${n.l}`, (n) => `${n.l} MMC`, (n) => `${n.l} CJSC`, (n) => `${n.l} Sp. z o.o.`, (n) => `${n.l} Pty Ltd`,
      (n) => `${n.l} PLC`, (n) => `${n.l} Studio`, (n) => `${n.l} Architects`, (n) => `${n.f} ${n.l} Design`,
      (n) => `${n.l} Catering`, (n) => `${n.l} Insurance Brokers`, (n) => `${n.l} Solicitors`, (n) => `${n.l} Auto Repairs`],
    BLDG: [(n) => `${n.l} Stadium`, (n) => `${n.f} ${n.l} Stadium`, (n) => `${n.l} Arena`, (n) => `${n.l} Hall`,
      (n) => `${n.f} ${n.l} Hall`, (n) => `${n.l} Building`, (n) => `${n.l} Wing`, (n) => `${n.l} Park`,
      (n) => `${n.l} Square`, (n) => `${n.f} ${n.l} Square`, (n) => `${n.f} ${n.l} Metro Station`,
      (n) => `${n.f} ${n.l} International Airport`, (n) => `${n.l} Gardens`, (n) => `${n.l} Theatre`,
      (n) => `${n.f} ${n.l} Auditorium`, (n) => `${n.l} Pavilion`, (n) => `${n.l} Sports Complex`, (n) => `${n.l} Tower`],
    STREET: [(n) => `${n.l} Street`, (n) => `${n.f} ${n.l} Street`, (n) => `${n.l} Avenue`, (n) => `${n.f} ${n.l} Avenue`,
      (n) => `${n.l} Road`, (n) => `${n.l} Boulevard`, (n) => `${n.l} Bridge`, (n) => `${n.f} ${n.l} Bridge`,
      (n) => `${n.l} Lane`, (n) => `${n.f} ${n.l} Highway`],
    PRIZE: [(n) => `${n.l} Prize`, (n) => `${n.f} ${n.l} Prize`, (n) => `${n.l} Medal`, (n) => `${n.f} ${n.l} Award`,
      (n) => `${n.l} Lecture`, (n) => `${n.f} ${n.l} Memorial Lecture`, (n) => `${n.l} Scholarship`,
      (n) => `${n.f} ${n.l} Scholarship`, (n) => `${n.l} Fellowship`, (n) => `${n.l} Cup`, (n) => `${n.l} Trophy`,
      (n) => `${n.f} ${n.l} Grant`],
    STORM: [(n) => `Storm ${n.f}`, (n) => `Hurricane ${n.f}`, (n) => `Tropical Storm ${n.f}`, (n) => `Typhoon ${n.f}`,
      (n) => `Cyclone ${n.f}`],
  },
  fr: {
    INST: [(n) => `Hôpital ${n.f} ${n.l}`, (n) => `Fondation ${n.f} ${n.l}`, (n) => `Clinique ${n.l}`,
      (n) => `École ${n.f} ${n.l}`, (n) => `Collège ${n.l}`, (n) => `Lycée ${n.f} ${n.l}`,
      (n) => `Centre hospitalier ${n.f} ${n.l}`, (n) => `Institut ${n.l}`, (n) => `Université ${n.f} ${n.l}`,
      (n) => `Cégep ${n.f} ${n.l}`, (n) => `Polyvalente ${n.f} ${n.l}`, (n) => `Bibliothèque ${n.f} ${n.l}`,
      (n) => `Maison de retraite ${n.l}`, (n) => `Musée ${n.f} ${n.l}`],
    FIRM: [(n) => `${n.l} et Fils`, (n) => `${n.l} & Associés`, (n) => `${n.l} et Associés`, (n) => `${n.l} inc.`,
      (n) => `${n.l} ltée`, (n) => `${n.l} S.A.`, (n) => `${n.l} SARL`, (n) => `${n.l} S.à r.l.`, (n) => `${n.l} SECS`,
      (n) => `Boulangerie ${n.l}`, (n) => `Boucherie ${n.l}`, (n) => `Cabinet ${n.l}`, (n) => `Garage ${n.l}`,
      (n) => `Pharmacie ${n.l}`, (n) => `Groupe ${n.l}`, (n) => `Transports ${n.l}`, (n) => `${n.l} Frères`,
      (n) => `Étude ${n.l}`, (n) => `Fiduciaire ${n.l}`, (n) => `${n.l}, ${n.l2} et ${n.l3}`],
    BLDG: [(n) => `stade ${n.f} ${n.l}`, (n) => `salle ${n.f} ${n.l}`, (n) => `place ${n.f} ${n.l}`,
      (n) => `parc ${n.f} ${n.l}`, (n) => `station ${n.f} ${n.l}`, (n) => `aréna ${n.f} ${n.l}`,
      (n) => `pavillon ${n.f} ${n.l}`],
    STREET: [(n) => `rue ${n.f} ${n.l}`, (n) => `boulevard ${n.f} ${n.l}`, (n) => `avenue ${n.l}`, (n) => `pont ${n.l}`,
      (n) => `chemin ${n.l}`],
    PRIZE: [(n) => `prix ${n.f} ${n.l}`, (n) => `prix ${n.l}`, (n) => `trophée ${n.f} ${n.l}`,
      (n) => `grand prix ${n.l}`],
    STORM: [(n) => `tempête ${n.f}`],
  },
  ro: {
    INST: [(n) => `Spitalul ${n.f} ${n.l}`, (n) => `Spitalul Clinic ${n.f} ${n.l}`, (n) => `Fundația ${n.f} ${n.l}`,
      (n) => `Universitatea ${n.f} ${n.l}`, (n) => `Colegiul Național ${n.f} ${n.l}`, (n) => `Clinica ${n.l}`,
      (n) => `Centrul Medical ${n.l}`, (n) => `Școala Gimnazială ${n.f} ${n.l}`, (n) => `Institutul ${n.f} ${n.l}`,
      (n) => `Biblioteca ${n.f} ${n.l}`, (n) => `Universitatea de Stat de Medicină și Farmacie ${n.f} ${n.l}`],
    FIRM: [(n) => `${n.l} SRL`, (n) => `SC ${n.l} SRL`, (n) => `${n.l} S.R.L.`, (n) => `Î.I. ${n.l}`, (n) => `ÎI ${n.l}`,
      (n) => `${n.l} & Asociații`, (n) => `${n.l} Grup`, (n) => `${n.l} SA`, (n) => `Brutăria ${n.l}`,
      (n) => `Farmacia ${n.l}`, (n) => `${n.l} și Fiii`],
    BLDG: [(n) => `Stadionul ${n.f} ${n.l}`, (n) => `Sala ${n.f} ${n.l}`, (n) => `Piața ${n.f} ${n.l}`,
      (n) => `Parcul ${n.f} ${n.l}`],
    STREET: [(n) => `strada ${n.f} ${n.l}`, (n) => `bulevardul ${n.f} ${n.l}`, (n) => `podul ${n.l}`],
    PRIZE: [(n) => `Premiul ${n.f} ${n.l}`, (n) => `bursa ${n.f} ${n.l}`, (n) => `Medalia ${n.l}`],
    STORM: [(n) => `furtuna ${n.f}`, (n) => `ciclonul ${n.f}`],
  },
  de: {
    INST: [(n) => `${n.f}-${n.l}-Stiftung`, (n) => `${n.l}-Klinik`, (n) => `${n.f}-${n.l}-Gymnasium`,
      (n) => `${n.f}-${n.l}-Schule`, (n) => `Klinikum ${n.f} ${n.l}`, (n) => `${n.l}-Institut`, (n) => `${n.f}-${n.l}-Haus`,
      (n) => `${n.l}-Krankenhaus`, (n) => `Stiftung ${n.f} ${n.l}`, (n) => `Praxis ${n.l}`],
    FIRM: [(n) => `${n.l} GmbH`, (n) => `${n.l} GmbH & Co. KG`, (n) => `${n.l} KG`, (n) => `${n.l} AG`, (n) => `${n.l} e.K.`,
      (n) => `${n.l} & Söhne`, (n) => `${n.l} und Partner`, (n) => `${n.l} & Partner mbB`, (n) => `Bäckerei ${n.l}`,
      (n) => `Autohaus ${n.l}`, (n) => `${n.l} Gruppe`, (n) => `Gebrüder ${n.l}`, (n) => `Kanzlei ${n.l}`,
      (n) => `Metzgerei ${n.l}`, (n) => `${n.l} Bau GmbH`, (n) => `${n.l} OHG`],
    BLDG: [(n) => `${n.f}-${n.l}-Platz`, (n) => `${n.f}-${n.l}-Halle`, (n) => `${n.f}-${n.l}-Stadion`,
      (n) => `${n.f}-${n.l}-Park`],
    STREET: [(n) => `${n.f}-${n.l}-Straße`, (n) => `${n.l}-Brücke`, (n) => `${n.f}-${n.l}-Allee`],
    PRIZE: [(n) => `${n.f}-${n.l}-Preis`, (n) => `${n.l}-Preis`],
    STORM: [(n) => `Sturm ${n.f}`, (n) => `Orkan ${n.f}`, (n) => `Sturmtief ${n.f}`],
  },
  es: {
    INST: [(n) => `Hospital ${n.f} ${n.l}`, (n) => `Fundación ${n.f} ${n.l}`, (n) => `Colegio ${n.f} ${n.l}`,
      (n) => `Universidad ${n.f} ${n.l}`, (n) => `Clínica ${n.l}`, (n) => `Instituto ${n.f} ${n.l}`,
      (n) => `Escuela ${n.f} ${n.l}`, (n) => `Sanatorio ${n.l}`],
    FIRM: [(n) => `${n.l} y Asociados`, (n) => `${n.l} S.A. de C.V.`, (n) => `${n.l} S.L.`, (n) => `${n.l} S.A.`,
      (n) => `${n.l} e Hijos`, (n) => `Hermanos ${n.l}`, (n) => `Grupo ${n.l}`, (n) => `Panadería ${n.l}`,
      (n) => `Farmacia ${n.l}`, (n) => `Despacho ${n.l}`, (n) => `${n.l} Abogados`],
    BLDG: [(n) => `Estadio ${n.f} ${n.l}`, (n) => `plaza ${n.f} ${n.l}`, (n) => `parque ${n.f} ${n.l}`,
      (n) => `Auditorio ${n.f} ${n.l}`],
    STREET: [(n) => `calle ${n.f} ${n.l}`, (n) => `avenida ${n.f} ${n.l}`],
    PRIZE: [(n) => `Premio ${n.f} ${n.l}`, (n) => `Premio ${n.l}`],
    STORM: [(n) => `tormenta ${n.f}`, (n) => `huracán ${n.f}`],
  },
  pt: {
    INST: [(n) => `Hospital ${n.f} ${n.l}`, (n) => `Fundação ${n.f} ${n.l}`, (n) => `Colégio ${n.f} ${n.l}`,
      (n) => `Universidade ${n.f} ${n.l}`],
    FIRM: [(n) => `${n.l} Ltda.`, (n) => `${n.l} & Filhos`, (n) => `${n.l} Advogados Associados`, (n) => `${n.l} S/A`,
      (n) => `Padaria ${n.l}`],
    BLDG: [(n) => `Estádio ${n.f} ${n.l}`, (n) => `Ginásio ${n.f} ${n.l}`],
    STREET: [(n) => `rua ${n.f} ${n.l}`, (n) => `avenida ${n.f} ${n.l}`],
    PRIZE: [(n) => `Prêmio ${n.f} ${n.l}`],
    STORM: [(n) => `tempestade ${n.f}`],
  },
  it: {
    INST: [(n) => `Ospedale ${n.f} ${n.l}`, (n) => `Fondazione ${n.f} ${n.l}`, (n) => `Liceo ${n.f} ${n.l}`,
      (n) => `Istituto ${n.f} ${n.l}`],
    FIRM: [(n) => `${n.l} S.r.l.`, (n) => `${n.l} S.p.A.`, (n) => `${n.l} & Figli`, (n) => `Fratelli ${n.l}`,
      (n) => `Studio ${n.l}`, (n) => `Panificio ${n.l}`],
    BLDG: [(n) => `Stadio ${n.f} ${n.l}`, (n) => `Palazzetto ${n.f} ${n.l}`],
    STREET: [(n) => `via ${n.f} ${n.l}`, (n) => `viale ${n.f} ${n.l}`],
    PRIZE: [(n) => `Premio ${n.f} ${n.l}`],
    STORM: [(n) => `tempesta ${n.f}`],
  },
  nl: {
    INST: [(n) => `${n.f} ${n.l} Ziekenhuis`, (n) => `Stichting ${n.f} ${n.l}`, (n) => `${n.f} ${n.l} College`,
      (n) => `${n.l} Kliniek`],
    FIRM: [(n) => `${n.l} B.V.`, (n) => `${n.l} & Zonen`, (n) => `${n.l} Groep`, (n) => `Bakkerij ${n.l}`,
      (n) => `${n.l} Advocaten`, (n) => `${n.l} V.O.F.`],
    BLDG: [(n) => `${n.f} ${n.l}plein`, (n) => `${n.f} ${n.l} Stadion`],
    STREET: [(n) => `${n.f} ${n.l}straat`, (n) => `${n.l}brug`],
    PRIZE: [(n) => `${n.f} ${n.l} Prijs`],
    STORM: [(n) => `storm ${n.f}`],
  },
  az: {
    INST: [(n) => `${n.f} ${n.l} adına 45 nömrəli məktəb`, (n) => `${n.l} Fondu`, (n) => `${n.f} ${n.l} adına xəstəxana`,
      (n) => `${n.f} ${n.l} adına Universitet`],
    FIRM: [(n) => `${n.l} MMC`, (n) => `MMC ${n.l}`, (n) => `${n.l} ASC`, (n) => `QSC ${n.l}`, (n) => `${n.l} Qrup`,
      (n) => `${n.l} və Oğulları`],
    BLDG: [(n) => `${n.f} ${n.l} parkı`, (n) => `${n.l} meydanı`, (n) => `${n.f} ${n.l} adına stadion`],
    STREET: [(n) => `${n.f} ${n.l} küçəsi`, (n) => `${n.f} ${n.l} prospekti`],
    PRIZE: [(n) => `${n.f} ${n.l} mükafatı`, (n) => `${n.l} təqaüdü`],
    STORM: [(n) => `${n.f} qasırğası`],
  },
};

const I18_NEG = {
  en: [
    'My daughter had her tonsils out at the {INST} last spring.',
    'The {INST} is looking for volunteers for its open day.',
    'We donated the old laptops to the {INST}.',
    'Is the car park at the {INST} free on Sundays?',
    'Applications to the {INST} close on 30 June.',
    'The {INST} and the {INST} are merging next year.',
    'Referral letter from the {INST} attached.',
    'Ring {FIRM} about the leaking boiler.',
    'The quote from {FIRM} came in 15% higher than last year.',
    '{FIRM} has acquired {FIRM} for an undisclosed sum.',
    'Our auditors are {FIRM}.',
    'Please settle the outstanding invoice from {FIRM} by Friday.',
    'Supplier onboarding: {FIRM} (approved), {CO} (pending).',
    'Counsel from {FIRM} joined the call at 10.',
    'I ordered the birthday cake from {FIRM}.',
    '{CO} v. {CO} was settled out of court.',
    'The hearing in {CO} v. {CO} is adjourned to May.',
    'The graduation ceremony takes place in the {BLDG}.',
    'Tickets for the final at {BLDG} sold out in an hour.',
    'Meet me by the fountain in {BLDG}.',
    'The workshop moved to the {BLDG}, second floor.',
    'Roadworks close {STREET} from Monday.',
    'The parade will go down {STREET} at noon.',
    'Take the second left after {STREET}.',
    'Nominations for the {PRIZE} are now open.',
    'This year the {PRIZE} goes to a team from {CITY}.',
    'She was shortlisted for the {PRIZE}.',
    'The {PRIZE} will be delivered online this year.',
    '{STORM} knocked out power across the coast.',
    'Flights are cancelled until {STORM} passes.',
    'Schools stay closed as {STORM} moves inland.',
    'Our dog {PET} ate the whole sandwich.',
    'My cat {PET} refuses to eat the new food.',
    'We adopted a rescue puppy and named him {PET}.',
    '{PET} the hamster escaped again last night.',
    'The vet says {PET} needs her vaccinations.',
    'The yacht {BOAT} was moored in the harbour all week.',
    'The fishing boat {BOAT} returned with a record catch.',
    'The racehorse {HORSE} won by two lengths.',
    'The mare {HORSE} is in foal again.',
    'I ordered the {PROD} sofa in grey.',
    'Is the {PROD} mattress worth the price?',
    'Job posting: nurse, {INST}, {CITY}.',
    'Venue: {BLDG}\nCatering: {FIRM}',
    'Bill to: {FIRM}\nShip to: {INST}',
  ],
  fr: [
    'Rendez-vous confirmé : {INST}, mardi 14 h.',
    '{INST} cherche des bénévoles pour sa journée portes ouvertes.',
    'Le devis de {FIRM} est arrivé ce matin.',
    'Nous avons commandé le gâteau chez {FIRM}.',
    '{FIRM} a racheté {CO} pour un montant non divulgué.',
    'La remise des diplômes se tiendra {BLDG}.',
    'Les travaux {STREET} dureront jusqu’à lundi.',
    'Les candidatures pour le {PRIZE} sont ouvertes.',
    'La {STORM} a privé des milliers de foyers d’électricité.',
    'Notre chien {PET} a encore mangé mes chaussures.',
    'Le voilier {BOAT} est amarré au port depuis mardi.',
    'Fournisseur : {FIRM}\nClient : {INST}',
    'Facture de {FIRM} à régler avant vendredi.',
    'Le cabinet {FIRM} représente la partie adverse.',
  ],
  ro: [
    'Programare confirmată: {INST}, marți la ora 10.',
    '{INST} caută voluntari pentru ziua porților deschise.',
    'Oferta de la {FIRM} a sosit azi-dimineață.',
    'Am comandat tortul de la {FIRM}.',
    'Contractul cu {FIRM} expiră în iunie.',
    'Evenimentul are loc la {BLDG}.',
    'Pe {STREET} se fac lucrări până luni.',
    'Înscrierile pentru {PRIZE} s-au deschis.',
    'Cățelul nostru {PET} a mâncat tot sandvișul.',
    'Furnizor: {FIRM}\nBeneficiar: {INST}',
  ],
  de: [
    'Termin bestätigt: {INST}, Dienstag 14 Uhr.',
    'Überweisung an: {INST}',
    'Das Angebot von {FIRM} kam heute Morgen.',
    'Die Torte haben wir bei {FIRM} bestellt.',
    '{FIRM} übernimmt {CO}.',
    'Veranstaltungsort: {BLDG}',
    'Die {STREET} ist ab Montag gesperrt.',
    'Die Bewerbungsfrist für den {PRIZE} endet im Mai.',
    'Unser Hund {PET} hat den Kuchen gefressen.',
    'Lieferant: {FIRM}\nKunde: {INST}',
  ],
  es: [
    'Cita confirmada: {INST}, martes a las 10.',
    'El presupuesto de {FIRM} llegó esta mañana.',
    '{FIRM} compró {CO} el año pasado.',
    'Lugar del concierto: {BLDG}.',
    'Cortan la {STREET} por obras.',
    'Se abren las candidaturas al {PRIZE}.',
    'Nuestro perro {PET} se comió las galletas.',
    'Proveedor: {FIRM}\nCliente: {INST}',
  ],
  pt: [
    'Consulta marcada: {INST}, terça às 10h.',
    'O orçamento da {FIRM} chegou hoje.',
    'O jogo é no {BLDG}.',
    'A {STREET} está fechada para obras.',
    'O nosso cão {PET} comeu o bolo.',
  ],
  it: [
    'Appuntamento: {INST}, martedì alle 10.',
    'Il preventivo di {FIRM} è arrivato stamattina.',
    'Luogo della partita: {BLDG}.',
    'In {STREET} ci sono lavori fino a lunedì.',
    'Il nostro cane {PET} ha mangiato la torta.',
  ],
  nl: [
    'Afspraak bevestigd: {INST}, dinsdag 10 uur.',
    'De offerte van {FIRM} kwam vanochtend binnen.',
    'De {STREET} is afgesloten tot maandag.',
    'Onze hond {PET} heeft de taart opgegeten.',
  ],
  az: [
    'Ünvan: {INST}',
    '{FIRM} ilə müqavilə imzalandı.',
    '{STREET} təmirə görə bağlıdır.',
    'Konsertin yeri: {BLDG}.',
    'Bu il {PRIZE} {CITY} komandasına verildi.',
  ],
};

const I18_POS = {
  en: [
    'Dr. {P} works at the {INST}.',
    '{P} founded {OWN} in {YEAR}.',
    '{P} is a senior partner at {FIRM}.',
    '{P} received the {PRIZE} last night.',
    'Our neighbour {P} walks her dog {PET} twice a day.',
    '{P} rode the mare {HORSE} to second place.',
    'The {INST} has hired {P} as its new director.',
    '{P} will speak at the {BLDG} on Friday.',
    'Hi {F}, the {BLDG} is booked for 3 pm.',
    '{P} has lived on {STREET} for twenty years.',
    'Referral from {P}, {INST}.',
    'Counsel for the claimant, {P}, filed the appeal in {CO} v. {CO}.',
    '{P} named her sailboat {BOAT}.',
    'Thanks, {F}! {FIRM} confirmed the delivery.',
    'Best regards,\n{P}\n{INST}\n{CITY}',
    '{STORM} flooded {P}’s farm.',
    '{P}, who studied at the {INST}, now runs {OWN}.',
    '{P} and {Q} opened {FIRM} together.',
    '{P} was treated at the {INST} after the accident.',
    'The {PRIZE} went to {P} of the {INST}.',
    '{P} says {PET} the cat is getting old.',
    'Please forward this to {P} at {FIRM}.',
    'I met {P} at the {INST} gala dinner.',
    '{F}, can you pick up {PET} from the vet?',
    'According to {P}, {STORM} will reach the coast by Sunday.',
    'Mr. {S} from {FIRM} called about the lease.',
    'Ms. {S} teaches maths at {INST}.',
    '{P} took over {OWN} from her father.',
    'Patient: {P}\nReferred by: {INST}',
    '{P} bought the {PROD} sofa for the new flat.',
  ],
  fr: [
    'La docteure {P} travaille à {INST}.',
    '{P} a fondé {OWN} en {YEAR}.',
    '{P} est associée chez {FIRM}.',
    'Bonjour {F}, la réunion se tiendra {BLDG} à 15 h.',
    '{P} a reçu le {PRIZE} hier soir.',
    'Notre voisine {P} promène son chien {PET} tous les matins.',
    'Cordialement,\n{P}\n{INST}',
    'Maître {S}, du cabinet {FIRM}, a déposé le recours.',
  ],
  ro: [
    'Doamna doctor {P} lucrează la {INST}.',
    '{P} a înființat {OWN} în {YEAR}.',
    'Bună ziua, {F}! Contractul cu {FIRM} e gata.',
    '{P} a primit {PRIZE} aseară.',
    'Cu stimă,\n{P}\n{INST}',
    'Vecina noastră {P} își plimbă câinele {PET} în fiecare seară.',
  ],
  de: [
    'Frau Dr. {P} arbeitet jetzt bei {INST}.',
    '{P} hat {YEAR} die Firma {OWN} gegründet.',
    'Hallo {F}, der Termin bei {FIRM} ist bestätigt.',
    '{P} erhielt gestern den {PRIZE}.',
    'Mit freundlichen Grüßen\n{P}\n{FIRM}',
    'Unsere Nachbarin {P} geht jeden Morgen mit ihrem Hund {PET} spazieren.',
  ],
  es: [
    'La doctora {P} trabaja ahora en {INST}.',
    '{P} fundó {OWN} en {YEAR}.',
    'Hola {F}, el presupuesto de {FIRM} está listo.',
    'Saludos,\n{P}\n{FIRM}',
    'Nuestra vecina {P} pasea a su perro {PET} cada mañana.',
  ],
  pt: [
    'A doutora {P} trabalha agora em {INST}.',
    '{P} fundou a {OWN} em {YEAR}.',
    'Olá {F}, a reunião na {FIRM} foi adiada.',
  ],
  it: [
    'La dottoressa {P} ora lavora presso {INST}.',
    '{P} ha fondato {OWN} nel {YEAR}.',
    'Ciao {F}, il preventivo di {FIRM} è pronto.',
  ],
  nl: [
    'Dokter {P} werkt nu bij {INST}.',
    '{P} richtte in {YEAR} {OWN} op.',
    'Hoi {F}, de offerte van {FIRM} is binnen.',
  ],
  az: [
    'Həkim {P}, {INST}.',
    '{P} {YEAR}-ci ildə {OWN} şirkətini qurdu.',
    'Salam {F}, {FIRM} ilə müqavilə hazırdır.',
  ],
};

const I18_LABEL = { INST: 'ORGANIZATION', FIRM: 'ORGANIZATION', OWN: 'ORGANIZATION', CO: 'ORGANIZATION',
  BLDG: 'LOCATION', STREET: 'LOCATION', CITY: 'LOCATION' };

function inst18Record(i) {
  const locale = i % 2 === 0 ? I18_HEAVY[(i / 2) % I18_HEAVY.length] : rng.pick(I18_OTHER);
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const native = I18_LANG[locale];
  const lang = native && rng.chance(0.6) ? native : 'en';
  const positive = i % 4 === 1 || i % 4 === 2;
  const template = rng.pick((positive ? I18_POS : I18_NEG)[lang]);
  const B = I18_BUILD[lang];
  const other = () => {
    const a = i18Name(f);
    return { f: a.first, l: a.last, l2: i18Name(f).last, l3: i18Name(f).last, city: i18Roman(city(f)) };
  };
  const given = () => i18Name(f).first;
  const p = i18Name(f);
  const r = new Record(positive ? 'inst18_person' : 'inst18_negative', locale);
  let dotted = false;  // "Inc." before a full stop writes one dot
  for (let piece of template.split(/(\{[A-Z]+\})/)) {
    const m = /^\{([A-Z]+)\}$/.exec(piece);
    if (!m) {
      if (dotted && piece.startsWith('.')) piece = piece.slice(1);
      if (piece) r.t(piece);
      continue;
    }
    const k = m[1];
    let text;
    if (k === 'P') text = p.full;
    else if (k === 'F') text = p.first;
    else if (k === 'S') text = p.last;
    else if (k === 'Q') text = i18Name(f).full;
    else if (k === 'OWN') text = rng.pick(B.FIRM)({ f: p.first, l: p.last, l2: i18Name(f).last, l3: i18Name(f).last });
    else if (k === 'CO') text = i18Roman(company(f));
    else if (k === 'CITY') text = i18Roman(city(f));
    else if (k === 'YEAR') text = String(rng.int(1950, 2022));
    else if (k === 'PET' || k === 'BOAT' || k === 'HORSE' || k === 'PROD') text = given();
    else text = rng.pick(B[k])(other());
    dotted = text.endsWith('.');
    if (k === 'P' || k === 'F' || k === 'S' || k === 'Q') r.e('PERSON', text);
    else if (I18_LABEL[k]) r.e(I18_LABEL[k], text);
    else r.t(text);
  }
  return r;
}

if (SET === 'inst18') {
  const out = [];
  while (out.length < RECORDS) out.push(inst18Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// inst18b: the other things of the heavy locales' texts that are no person
// — firms, streets, towns, job titles and products of faker's ka_GE, hy,
// az, ro_MD, fr_CA, fr_LU and en_GH (Georgian and Armenian romanised, in
// capitals half the time), in English business and chat frames written for
// this set; a third of the records put a person of the same locale beside
// them.
//   node generate.mjs --set inst18b --seed 191 --records 900 > ../data/generated_pii_inst18b.json
const I18B_NEG = [
  'Our new supplier is {CO}.',
  '{CO} has opened a branch in {CITY}.',
  'I applied for the {JOB} role at {CO}.',
  'The {PROD} from {CO} broke after a week.',
  'Meet me on {ST} at noon.',
  'We are moving to {CITY} in spring.',
  '{JOB} wanted — apply by Friday.',
  'Title: {JOB}',
  'She works as a {JOB} now.',
  'Delivery to {SA} failed twice.',
  'The roadworks on {ST} end next week.',
  'Sponsored by {CO}',
  'Review of the {PROD}: solid build, poor battery.',
  'Order #{N}: {PROD} x2, shipped from {CITY}.',
  'Vacancy: {JOB} ({CITY})',
  'Thanks to everyone at {CO}!',
  '{CO} and {CO} will merge next year.',
  'Is {ST} closed for the marathon?',
];
const I18B_POS = [
  '{P}, {JOB} at {CO}',
  '{P} lives on {ST}.',
  'Ask {F} about the {PROD}.',
  '{P} moved to {CITY} last year.',
  'Hi {F}, the {CO} invoice is attached.',
  'Contact person: {P} ({CO})',
];
const I18B_LABEL = { CO: 'ORGANIZATION', CITY: 'LOCATION', ST: 'LOCATION', JOB: 'TITLE', SA: 'ADDRESS' };

function inst18bRecord(i) {
  const locale = I18_HEAVY[i % I18_HEAVY.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const positive = i % 3 === 2;
  const template = rng.pick(positive ? I18B_POS : I18B_NEG);
  const caps = rng.chance(0.5);
  const roman = (s) => {
    const t = judgeRoman(transliterate(s)).replace(/\s{2,}/g, ' ').trim();
    return caps && /[\u0530-\u058F\u10A0-\u10FF]/u.test(s) ? i18Cap(t) : t;
  };
  const p = i18Name(f);
  const r = new Record(positive ? 'inst18b_person' : 'inst18b_negative', locale);
  for (const piece of template.split(/(\{[A-Z]+\})/)) {
    const m = /^\{([A-Z]+)\}$/.exec(piece);
    if (!m) {
      if (piece) r.t(piece);
      continue;
    }
    const k = m[1];
    if (k === 'P') r.e('PERSON', p.full);
    else if (k === 'F') r.e('PERSON', p.first);
    else if (k === 'N') r.t(String(rng.int(1000, 99999)));
    else if (k === 'PROD') r.t(roman(product(f)));
    else {
      const text = roman(k === 'CO' ? company(f) : k === 'CITY' ? city(f) : k === 'ST' ? f.location.street()
        : k === 'JOB' ? jobTitle(f) : f.location.streetAddress());
      r.e(I18B_LABEL[k], text);
    }
  }
  return r;
}

if (SET === 'inst18b') {
  const out = [];
  while (out.length < RECORDS) out.push(inst18bRecord(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the recall19 probe set (--set recall19) -------------------------------
//
// People of fourteen faker locales whose PERSON recall still lags on the
// unread sets after recall18 (Ukrainian, Swiss French, Esperanto, Zulu,
// Italian, Greek, Yoruba, Georgian, Irish English, Turkish, Swedish, Uzbek,
// Slovak, Kurmanji), in shapes recall18 did not write: names in running prose
// with no cue word (subject of a sentence, object after "met/called/spoke
// with", lists "X, Y and Z", possessives), names in the language's own
// grammar (Ukrainian, Greek, Slovak and Esperanto accusatives, Greek
// genitives after the article, Turkish case suffixes after an apostrophe,
// Uzbek suffixes written on, Georgian ergative and dative endings, Zulu
// class prefixes before a capital "uSipho", "kuThandi"), particles and
// compound given names ("Jean-Pierre", "Anna Maria", "di", "della"), a given
// name or a surname alone, lower-case names in chat, names before
// punctuation or quotes and at a sentence's start, names in CSV, JSON and
// key=value lines, @mentions, "Name Surname <email>" headers, and people of
// other locales inside these locales' text. One record in three is a
// near-miss in the same shapes (towns, firms, capitalised words of the
// language, handles of teams). Written from general knowledge of those
// languages; inflection is done by simple rules, so rare forms may be off.
//   node generate.mjs --set recall19 --seed 199 --records 1200 > ../data/generated_pii_recall19.json
// Tokens: {P} full name, {F} given name, {S} surname, {FL}/{PL} lower-case,
// {FA} given name in the accusative, {FG} genitive, {FE} ergative, {FD}
// dative, {SA} surname in the accusative, {PC} a compound given name and a
// surname, {PP} a name with a particle, {X} a person of another locale,
// {M} an @mention, {EH} "Name Surname <email>", {TOWN} {CO} near-misses.

const R19_LOCALES = ['uk', 'fr_CH', 'eo', 'zu_ZA', 'it', 'el', 'yo_NG', 'ka_GE', 'en_IE', 'tr', 'sv', 'uz_UZ_latin', 'sk', 'ku_kmr_latin'];
const R19_NATIVE = new Set(['uk', 'el', 'ka_GE']);
const R19_FOREIGN = ['en', 'de', 'es', 'pl', 'pt_BR', 'nl', 'fr', 'it', 'tr', 'sv', 'fi', 'cs_CZ', 'ro', 'hu', 'vi', 'en_IN', 'ja', 'ko'];

const R19_EXTRA = {
  yo_NG: { TOWN: ['Ibadan', 'Abeokuta', 'Ogbomoso', 'Ilorin', 'Osogbo', 'Ile-Ife', 'Akure', 'Ikeja', 'Lekki', 'Oyo'],
    CO: ['Dangote', 'MTN', 'Glo', 'Zenith Bank', 'Jumia', 'Konga', 'Shoprite', 'Access Bank', 'Airtel', 'GTBank'] },
  en_IE: { TOWN: ['Drogheda', 'Dundalk', 'Kilkenny', 'Letterkenny', 'Tralee', 'Athlone', 'Sligo', 'Navan', 'Ennis', 'Bray'],
    CO: ['Ryanair', 'Aer Lingus', 'Dunnes Stores', 'Eir', 'Bord Gáis', 'An Post', 'Irish Rail', 'Penneys', 'Bank of Ireland', 'Supermac\'s'] },
  uz_UZ_latin: { TOWN: ['Toshkent', 'Samarqand', 'Buxoro', 'Namangan', 'Andijon', 'Farg\'ona', 'Qarshi', 'Nukus', 'Termiz', 'Xiva'],
    CO: ['Uzum', 'Beeline', 'Ucell', 'Kapitalbank', 'Artel', 'Korzinka', 'Uzbekistan Airways', 'Payme', 'Hamkorbank', 'Makro'] },
  sk: { TOWN: ['Bratislava', 'Košice', 'Prešov', 'Žilina', 'Banská Bystrica', 'Nitra', 'Trnava', 'Martin', 'Poprad', 'Trenčín'],
    CO: ['Slovnaft', 'Tatra banka', 'Kaufland', 'Slovak Telekom', 'Orange', 'Železnice', 'Tesco', 'Kia Žilina', 'Lidl', 'Alza'] },
  ku_kmr_latin: { TOWN: ['Amed', 'Mêrdîn', 'Wan', 'Colemêrg', 'Hewlêr', 'Duhok', 'Qamişlo', 'Batman', 'Sêrt', 'Şirnex'],
    CO: ['Rudaw', 'Korek', 'Asiacell', 'Kurdistan24', 'Newroz Telecom', 'Fastlink', 'Kar Group', 'Zain', 'Nalia', 'Azadî Market'] },
};

// Language of each locale's own prose.
const R19_OWN = {
  uk: ['{P} прийде завтра о {T}.', 'Учора я зустрів {FA} біля офісу.', '{F}, {F} і {F} працюють у відділі продажу.',
    'Я говорив із {P}, він погодився.', 'Звіт підготувала {P}.', 'Передай {P}, що зустріч перенесли.',
    'Ми чекаємо {FA} вже годину.', 'Як справи, {F}?', '{S} сказав, що все гаразд.'],
  uk_roman: ['{P} pryide zavtra o {T}.', 'Uchora ya zustriv {FA} bilia ofisu.', '{F}, {F} i {F} pratsiuiut u viddili prodazhu.',
    'Zvit pidhotuvala {P}.', 'Yak spravy, {F}?'],
  el: ['Ο {P} θα έρθει αύριο στις {T}.', 'Χθες είδα τον {FA} στο γραφείο.', 'Η {P} υπέγραψε τη σύμβαση.',
    'Το αυτοκίνητο του {FG} είναι στο συνεργείο.', 'Μίλησα με τον {FA} σήμερα το πρωί.', '{F}, {F} και {F} θα είναι στη σύσκεψη.',
    'Τι κάνεις, {F};', 'Η αναφορά γράφτηκε από τον {FA} {SA}.'],
  el_roman: ['O {P} tha erthei avrio stis {T}.', 'Chthes eida ton {FA} sto grafeio.', '{F}, {F} kai {F} tha einai sti syskepsi.',
    'Ti kaneis, {F};'],
  ka_GE: ['{F} {SE} დაწერა წერილი.', 'გუშინ {FD} შევხვდი.', '{F} და {F} ხვალ მოვლენ.', '{P} ხვალ {T}-ზე მოვა.',
    'როგორ ხარ, {F}?', '{FG} მანქანა გარაჟშია.'],
  ka_GE_roman: ['{F} {SE} dastsera tserili.', 'Gushin {FD} shevkhvdi.', '{F} da {F} khval movlen.', '{P} khval {T}-ze mova.',
    'Rogor khar, {F}?'],
  fr_CH: ['Hier, j\'ai croisé {P} à la gare.', '{F}, {F} et {F} seront là lundi.', 'La voiture d\'{FV} est au garage.',
    'Selon {P}, le devis est trop élevé.', '{PC} a signé le contrat ce matin.', 'J\'ai appelé {F}, pas de réponse.',
    'C\'est {F} qui s\'occupe du dossier.', 'Le dossier de {PP} est complet.', 'Merci à {F} et {F} pour leur aide !'],
  it: ['Ieri ho incontrato {P} in stazione.', '{F}, {F} e {F} saranno presenti lunedì.', 'La macchina di {F} è dal meccanico.',
    'Secondo {P}, il preventivo è troppo alto.', '{PC} ha firmato il contratto stamattina.', 'Ho chiamato {F}, non risponde.',
    'È {F} che segue la pratica.', 'La pratica di {PP} è completa.', 'Grazie a {F} e {F} per l\'aiuto!'],
  eo: ['Hieraŭ mi renkontis {FA} en la stacidomo.', '{F}, {F} kaj {F} ĉeestos lundon.', 'La aŭto de {F} estas en la garaĝo.',
    'Laŭ {P}, la prezo estas tro alta.', 'Mi telefonis al {F}, sed neniu respondis.', '{P} subskribis la kontrakton.'],
  zu_ZA: ['Izolo ngibone u{F} edolobheni.', 'u{F} uzofika kusasa ngo-{T}.', 'Imoto ka{F} isegaraji.', 'Ngikhulume no{F} namhlanje ekuseni.',
    'Nika ku{F} lezi zincwadi.', '{F}, {F} no{F} bazofika ngoMsombuluko.', '{P} usayine inkontileka.'],
  yo_NG: ['Mo rí {F} lánàá ní ọjà.', '{F} ti dé láti {TOWN}.', 'Mo bá {F} sọ̀rọ̀ lórí fóònù.', 'Ọkọ̀ {F} wà ní gáréèjì.',
    '{F}, {F} àti {F} yóò wá ní ọjọ́ Ajé.', '{P} ti fọwọ́ sí ìwé àdéhùn náà.', 'Báwo ni, {F}?'],
  en_IE: ['Met {F} in town, grand so.', '{P} rang about the car again.', '{F}, {F} and {F} are down for the match on Sunday.',
    'Sure {F} said she\'d sort it.', 'Had the chats with {S} after mass.', '{F}\'s young lad started in the school.',
    'Tell {F} I was asking for her.'],
  tr: ['Dün {F}\'{GEN} arabası bozuldu.', '{F}\'{DAT} dosyayı gönderdim.', '{P} yarın saat {T}\'de gelecek.',
    '{F}, {F} ve {F} pazartesi burada olacak.', 'Bu sabah {F}\'{INS} konuştum.', '{S} toplantıya geç kaldı.',
    'Nasılsın {F}?', '{P}\'{ACC} aradım ama açmadı.'],
  sv: ['Igår träffade jag {P} på stationen.', '{F}, {F} och {F} kommer på måndag.', 'Ring {F} och fråga!',
    'Enligt {P} är offerten för hög.', '{F}s bil står på verkstaden.', 'Jag pratade med {F} i morse.', 'Det var {F} som skrev rapporten.'],
  uz_UZ_latin: ['Kecha {FA} bozorda ko\'rdim.', '{P} ertaga soat {T} da keladi.', '{F}, {F} va {F} dushanba kuni kelishadi.',
    '{FG} mashinasi ustaxonada.', '{F} bilan telefonda gaplashdim.', 'Hujjatlarni {FD} berdim.', 'Qalaysiz, {F}?'],
  sk: ['Včera som stretol {FA} na stanici.', '{F}, {F} a {F} prídu v pondelok.', '{P} podpísal zmluvu dnes ráno.',
    'Podľa {P} je ponuka príliš drahá.', 'Volal som {FD}, ale nedvíhal.', 'Ako sa máš, {F}?', 'Správu napísala {P}.'],
  ku_kmr_latin: ['Duh min {F} li sûkê dît.', '{F}, {F} û {F} dê roja duşemê werin.', 'Min bi {F} re li ser telefonê axivî.',
    'Erebeya {F} li garajê ye.', '{P} peyman îmze kir.', 'Tu çawa yî, {F}?', 'Ji {F} re bêje ku civîn hate paşxistin.'],
};

// Shapes every locale draws (prose of the gateway's users, lists, data lines).
const R19_POS = [
  '{P} met {P} at the airport.',
  'I called {F} yesterday but nobody answered.',
  'Spoke with {S} this morning, they are fine with it.',
  '{P}, {P} and {P} will attend the workshop.',
  '{F}, {F} and {F} are on the rota this week.',
  'thanks {FL}!! see you tmrw',
  'ok {FL} will do',
  '{PL} said the invoice is wrong',
  '"{P}" is listed as the account holder.',
  'The report was written by {P}.',
  '@{M} can you review this before {T}?',
  'cc @{M} @{M}',
  'From: {EH}\nTo: {EH}\nSubject: figures',
  'name={P};id={N}',
  'owner="{P}" status=active',
  '{N};{P};{TOWN}',
  '{N},"{S}, {F}",{TOWN}',
  '{"name": "{P}", "manager": "{P}"}',
  '[{"id": {N}, "user": "{F} {S}"}]',
  '{P}? Yes, I know them.',
  'Is this {F}?',
  'Call me back, {F}.',
  '{F}: ok\n{F}: sounds good',
  '{P}\'s car is in the garage.',
  'Our guest today is {X}, who flew in from abroad.',
  '{X} and {P} signed the contract.',
  '{PC} joined the team in March.',
  '{PP} will chair the panel.',
  '{F} ({N}) — approved',
  'Last edited by {F} {S} on {DT}',
  'Please ask {S}.',
  '{F}.',
];

const R19_NEG = [
  '{TOWN}, {TOWN} and {TOWN} are on the route.',
  'I called {CO} yesterday but nobody answered.',
  '@channel can you review this before {T}?',
  'cc @team-{TOWNL} @ops',
  'From: {CO} <{NOREPLY}>\nSubject: figures',
  'name={CO};id={N}',
  'city="{TOWN}" status=active',
  '{N};{CO};{TOWN}',
  '{"city": "{TOWN}", "vendor": "{CO}"}',
  '{CO}? Yes, I know them.',
  'The report was written by the {TOWN} team.',
  '{CO}\'s office is in {TOWN}.',
  'ok will do, thanks!! see you tmrw',
  'Last edited on {DT}',
  '{W}',
  '{W}.',
];

const R19_WORDS_NEG = {
  uk: ['Слава Україні', 'Важливе Оголошення', 'Загальні Збори', 'Добрий День', 'Нарада Завтра'],
  el: ['Καλό Πάσχα', 'Χρόνια Πολλά', 'Σημαντική Ανακοίνωση', 'Γενική Συνέλευση', 'Καλή Χρονιά'],
  ka_GE: ['გილოცავთ შობას', 'მნიშვნელოვანი განცხადება', 'Gilotsavt Shobas', 'Mnishvnelovani Gantskhadeba'],
  fr_CH: ['Fermeture Annuelle', 'Assemblée Générale', 'Joyeuses Pâques', 'Bonne Année', 'Rappel Important'],
  it: ['Buona Pasqua', 'Riunione Straordinaria', 'Avviso Importante', 'Saldi Estivi', 'Buon Natale'],
  eo: ['Feliĉan Kristnaskon', 'Grava Anonco', 'Ĝenerala Kunveno', 'Bonan Novjaron', 'Nova Horaro'],
  zu_ZA: ['Sanibonani Nonke', 'Isaziso Esibalulekile', 'Umhlangano Omkhulu', 'Unyaka Omusha Omuhle', 'Siyabonga Kakhulu'],
  yo_NG: ['Ẹ Kú Ọdún', 'Ìkéde Pàtàkì', 'Ìpàdé Gbogbogbò', 'Ẹ Kú Ayẹyẹ', 'Ọdún Tuntun'],
  en_IE: ['Happy Paddy\'s Day', 'Important Notice', 'Annual General Meeting', 'Bank Holiday Hours', 'Happy Christmas'],
  tr: ['Önemli Duyuru', 'Genel Kurul', 'İyi Bayramlar', 'Mutlu Yıllar', 'Yeni Çalışma Saatleri'],
  sv: ['Viktig Information', 'God Jul', 'Årsmöte', 'Glad Midsommar', 'Nya Öppettider'],
  uz_UZ_latin: ['Muhim E\'lon', 'Umumiy Yig\'ilish', 'Yangi Yil Muborak', 'Navro\'z Muborak', 'Ish Vaqti'],
  sk: ['Dôležité Oznámenie', 'Valné Zhromaždenie', 'Veselé Vianoce', 'Šťastný Nový Rok', 'Nové Otváracie Hodiny'],
  ku_kmr_latin: ['Newroz Pîroz Be', 'Daxuyaniya Girîng', 'Civîna Giştî', 'Sersala We Pîroz Be', 'Demjimêrên Nû'],
};

function r19Words(locale) {
  const base = R18_WORDS[locale] ?? R19_EXTRA[locale];
  return { TOWN: base.TOWN, CO: base.CO, W: R19_WORDS_NEG[locale] };
}

// Case endings, by simple rules.
function r19HarmonyTr(name) {
  const vowels = [...name.toLowerCase()].filter((c) => 'aıoueiöü'.includes(c));
  const v = vowels.length ? vowels[vowels.length - 1] : 'e';
  const endsVowel = 'aıoueiöü'.includes([...name.toLowerCase()].pop());
  const four = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' }[v];
  const two = 'aıou'.includes(v) ? 'a' : 'e';
  return {
    GEN: (endsVowel ? 'n' : '') + four + 'n',
    DAT: (endsVowel ? 'y' : '') + two,
    ACC: (endsVowel ? 'y' : '') + four,
    INS: (endsVowel ? 'y' : '') + 'l' + two,
  };
}

function r19Case(locale, roman, word, sex, kase) {
  const w = [...word];
  const last = w[w.length - 1];
  const stem = w.slice(0, -1).join('');
  if (locale === 'uk') {
    const cyr = !roman;
    if (kase === 'A') {
      if (cyr) {
        if (last === 'а') return stem + 'у';
        if (last === 'я') return stem + 'ю';
        if (last === 'й') return stem + 'я';
        if (last === 'о') return stem + 'а';
        if (last === 'ь') return stem + 'я';
        if (/[бвгґджзклмнпрстфхцчшщ]/.test(last)) return word + 'а';
        return word;
      }
      if (last === 'a') return stem + 'u';
      if (last === 'o') return stem + 'a';
      if (last === 'i' || last === 'y') return word + 'a';
      if (/[bcdfghklmnprstvz]/.test(last)) return word + 'a';
      return word;
    }
  }
  if (locale === 'el') {
    const s2 = w.slice(-2).join('');
    const stem2 = w.slice(0, -2).join('');
    if (kase === 'A') {
      if (/^(ος|ός|ης|ής|ας|άς)$/.test(s2)) return stem2 + s2[0];
      if (/^(os|is|as)$/.test(s2)) return stem2 + s2[0];
      return word;
    }
    if (kase === 'G') {
      if (s2 === 'ος') return stem2 + 'ου';
      if (s2 === 'ός') return stem2 + 'ού';
      if (/^(ης|ής|ας|άς)$/.test(s2)) return stem2 + s2[0];
      if (s2 === 'os') return stem2 + 'ou';
      if (/^(is|as)$/.test(s2)) return stem2 + s2[0];
      if (/[αη]$/.test(last)) return word + 'ς';
      if (/[ae]$/.test(last) || last === 'i') return word + 's';
      return word;
    }
  }
  if (locale === 'ka_GE') {
    const i = roman ? 'i' : 'ი';
    const base = last === i ? stem : word;
    if (kase === 'E') return base + (roman ? (last === i ? 'ma' : 'm') : (last === i ? 'მა' : 'მ'));
    if (kase === 'D') return base + (roman ? 's' : 'ს');
    if (kase === 'G') return base + (roman ? (last === i ? 'is' : 's') : (last === i ? 'ის' : 'ს'));
  }
  if (locale === 'eo' && kase === 'A') return /[oa]$/.test(last) ? word + 'n' : word;
  if (locale === 'sk') {
    if (kase === 'A') {
      if (last === 'a') return stem + 'u';
      if (/[bcčdďfghjklľmnňprsštťvzž]/.test(last)) return word + 'a';
      return word;
    }
    if (kase === 'D') {
      if (last === 'a') return stem + 'e';
      if (/[bcčdďfghjklľmnňprsštťvzž]/.test(last)) return word + 'ovi';
      return word;
    }
  }
  if (locale === 'uz_UZ_latin') {
    if (kase === 'A') return word + 'ni';
    if (kase === 'G') return word + 'ning';
    if (kase === 'D') return word + (/[kq]$/.test(last) ? (last === 'k' ? 'ka' : 'qa') : 'ga');
  }
  return word;
}

function r19Name(f, locale, roman, sex) {
  const w = (s) => (roman ? r18Roman(s) : s);
  return { first: w(f.person.firstName(sex)), last: w(f.person.lastName(sex)), sex };
}

const R19_PART = { it: ['di', 'De', 'Della', 'Del', 'della', 'de'], fr_CH: ['de', 'de la', 'du', 'De'], sv: ['af', 'von'], en_IE: ['O\'', 'Mac', 'Mc'] };

function r19Fill(r, template, f, locale, roman) {
  const words = r19Words(locale);
  const name = () => r19Name(f, locale, roman, rng.pick(['female', 'male']));
  const date = () => `${rng.int(1, 28)}.${String(rng.int(1, 12)).padStart(2, '0')}.20${rng.int(18, 26)}`;
  let lastGiven = null;
  for (const piece of template.split(/(\{[A-Za-z0-9]+\})/)) {
    if (piece === '{P}') { const p = name(); lastGiven = p.last; r.e('PERSON', `${p.first} ${p.last}`); }
    else if (piece === '{PL}') { const p = name(); r.e('PERSON', `${p.first} ${p.last}`.toLowerCase()); }
    else if (piece === '{F}') { lastGiven = name().first; r.e('PERSON', lastGiven); }
    else if (piece === '{FV}') {
      // A given name beginning with a vowel, for the French elision "d'".
      let p = name();
      for (let k = 0; k < 20 && !/^[AEIOUÉÈ]/.test(p.first); ++k) p = name();
      r.e('PERSON', p.first);
    }
    else if (piece === '{FL}') r.e('PERSON', name().first.toLowerCase());
    else if (piece === '{S}') r.e('PERSON', name().last);
    else if (/^\{F[AGED]\}$/.test(piece)) { const p = name(); r.e('PERSON', r19Case(locale, roman, p.first, p.sex, piece[2])); }
    else if (piece === '{SA}' || piece === '{SE}') {
      // The surname of the person whose given name came just before.
      const p = name();
      r.e('PERSON', r19Case(locale, roman, p.last, p.sex, piece === '{SA}' ? 'A' : 'E'));
    }
    else if (/^\{(GEN|DAT|ACC|INS)\}$/.test(piece)) r.t(r19HarmonyTr(lastGiven ?? 'Ali')[piece.slice(1, -1)]);
    else if (piece === '{PC}') {
      const p = name();
      const q = r19Name(f, locale, roman, p.sex);
      const joint = locale === 'fr_CH' || rng.chance(0.3) ? '-' : ' ';
      r.e('PERSON', `${p.first}${joint}${q.first} ${p.last}`);
    }
    else if (piece === '{PP}') {
      const p = name();
      const parts = R19_PART[locale];
      if (!parts) r.e('PERSON', `${p.first} ${p.last}`);
      else {
        const part = rng.pick(parts);
        r.e('PERSON', `${p.first} ${part}${part.endsWith('\'') || part === 'Mac' || part === 'Mc' ? '' : ' '}${p.last}`);
      }
    }
    else if (piece === '{X}') {
      const g = allFakers[rng.pick(R19_FOREIGN)];
      const sex = rng.pick(['female', 'male']);
      r.e('PERSON', `${r18Roman(g.person.firstName(sex))} ${r18Roman(g.person.lastName(sex))}`);
    }
    else if (piece === '{M}') {
      const p = name();
      const a = r18Roman(p.first);
      const b = r18Roman(p.last);
      const shape = rng.int(0, 3);
      r.e('PERSON', shape === 0 ? a : shape === 1 ? `${a}.${b}`.toLowerCase() : shape === 2 ? `${a}${b}` : a.toLowerCase());
    }
    else if (piece === '{EH}') {
      const p = name();
      r.e('PERSON', `${p.first} ${p.last}`);
      r.t(' <').e('EMAIL_ADDRESS', allFakers.en.internet.email({ firstName: r18Roman(p.first), lastName: r18Roman(p.last) })).t('>');
    }
    else if (piece === '{T}') r.t(`${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`);
    else if (piece === '{DT}') r.t(date());
    else if (piece === '{N}') r.t(String(rng.int(100, 9999)));
    else if (piece === '{TOWN}') r.e('LOCATION', rng.pick(words.TOWN));
    else if (piece === '{TOWNL}') r.t(r18Roman(rng.pick(words.TOWN)).toLowerCase().replace(/[^a-z]/g, ''));
    else if (piece === '{CO}') r.e('ORGANIZATION', rng.pick(words.CO));
    else if (piece === '{NOREPLY}') r.e('EMAIL_ADDRESS', 'noreply@example.com');
    else if (piece === '{W}') r.t(rng.pick(words.W));
    else if (piece) r.t(piece);
  }
  return r;
}

// ---- the prec19b probe set (--set prec19b) ---------------------------------
//   node generate.mjs --set prec19b --seed 197 --records 1200 > ../data/generated_pii_prec19b.json
//
// PERSON precision in fr_CA, fr_LU, ro_MD, en_GH, es_MX, pt_BR, nl and pl:
// real people (PERSON) mixed with everything of those locales that can look
// like a name — faker's firms (ORGANIZATION) and firms built of given names
// or surnames ("Richard et Thomas", "Dupont & Fils", "Obeng and Acheampong",
// "Pop, Rusu și Asociații", "Kowalski Sp. z o.o."), streets without a house
// number (LOCATION: faker's, and "rue Saint-Laurent", "boulevard Royal",
// "Rua Padre Anchieta"), full addresses (ADDRESS), towns, regions and
// places named after saints (LOCATION), job titles, departments, products,
// months, weekdays and pets called by a given name far from the word for
// their kind (no label; the word for the kind stands in the same text, or
// an apposition or a naming verb: "{PET}, notre chienne", "my cat is
// called …"), cafés called by a given name (no label) — in each
// locale's language and in English, as
// sentences, chat lines, e-mail headers, signatures, form fields and CSV
// rows. Frames written for this set from general knowledge of the languages.
// Tokens: {P} a full name, {F} its given name, {S} its surname, {Q} another
// person, {CO} a faker firm, {FIRM} a firm of names, {ST} a street, {SA} an
// address, {CITY} a town, {REG} a region, {SAINT} a saint's place, {JOB},
// {DEPT}, {PROD}, {MONTH}, {DAY}, {PET} (a given name), {N} a number.

const P19B_LOCALES = ['fr_CA', 'fr_LU', 'ro_MD', 'en_GH', 'es_MX', 'pt_BR', 'nl', 'pl'];
const P19B_LANG = { fr_CA: 'fr', fr_LU: 'fr', ro_MD: 'ro', en_GH: 'en', es_MX: 'es', pt_BR: 'pt', nl: 'nl', pl: 'pl' };
const P19B_FIRM = {
  fr: [(a, b, c) => `${a} et ${b}`, (a) => `${a} & Fils`, (a, b) => `${a} & ${b}`, (a, b, c) => `${a}, ${b} et ${c}`,
    (a) => `${a} SA`, (a) => `${a} SARL`, (a) => `Cabinet ${a}`, (a) => `Boulangerie ${a}`, (a, b) => `${a}-${b} inc.`,
    (a) => `Garage ${a} Frères`, (a) => `${a} Transport`],
  en: [(a, b) => `${a} and ${b}`, (a, b, c) => `${a}, ${b} and ${c}`, (a) => `${a} Ltd`, (a, b) => `${a} & ${b}`,
    (a) => `${a} Enterprises`, (a) => `${a} & Sons`, (a) => `${a} Inc.`, (a) => `${a} Ventures`,
    (a, b) => `${a} and ${b} Associates`, (a) => `${a} Motors`],
  ro: [(a, b) => `${a} și ${b}`, (a) => `${a} SRL`, (a) => `SC ${a} SRL`, (a, b, c) => `${a}, ${b} și Asociații`,
    (a) => `${a} Impex`, (a) => `${a} & Co`, (a) => `Cabinetul ${a}`],
  es: [(a, b) => `${a} y ${b}`, (a) => `${a} S.A. de C.V.`, (a, b) => `${a} e Hijos`, (a, b, c) => `${a}, ${b} y ${c}`,
    (a) => `Grupo ${a}`, (a) => `Abarrotes ${a}`, (a) => `${a} Hermanos`],
  pt: [(a, b) => `${a} e ${b}`, (a) => `${a} Ltda.`, (a) => `${a} & Filhos`, (a, b, c) => `${a}, ${b} e ${c}`,
    (a) => `Padaria ${a}`, (a) => `${a} S.A.`, (a) => `Grupo ${a}`],
  nl: [(a, b) => `${a} en ${b}`, (a) => `${a} B.V.`, (a) => `${a} & Zonen`, (a, b) => `${a} & ${b}`,
    (a) => `Bakkerij ${a}`, (a) => `${a} Installatietechniek`, (a, b, c) => `${a}, ${b} en ${c}`],
  pl: [(a, b) => `${a} i ${b}`, (a) => `${a} Sp. z o.o.`, (a) => `${a} S.A.`, (a) => `P.P.H.U. ${a}`,
    (a, b) => `${a} i Synowie`, (a) => `Kancelaria ${a}`, (a, b, c) => `${a}, ${b} i ${c}`],
};
const P19B_STREET = {
  fr: [(g) => `rue Saint-${g}`, (g) => `boulevard ${g}`, () => 'boulevard Royal', () => 'rue Principale',
    (g) => `avenue ${g}`, (g) => `chemin Sainte-${g}`, (g, s) => `rue ${g}-${s}`, (g, s) => `place ${s}`,
    () => 'Grand-Rue', (g) => `côte Saint-${g}`, (g, s) => `avenue du Docteur-${s}`],
  en: [(g, s) => `${s} Street`, (g, s) => `${g} Avenue`, (g, s) => `${s} Road`, () => 'High Street',
    (g, s) => `${s} Close`, (g) => `St. ${g}'s Road`, (g, s) => `${g} ${s} Crescent`],
  ro: [(g, s) => `strada ${g} ${s}`, (g) => `bulevardul Ștefan cel Mare`, (g, s) => `str. ${s}`, (g) => `Calea ${g}`,
    (g, s) => `aleea ${s}`],
  es: [(g, s) => `calle ${g} ${s}`, (g) => `avenida San ${g}`, (g, s) => `calle ${s}`, () => 'avenida Reforma',
    (g) => `colonia Santa ${g}`, (g, s) => `privada ${s}`],
  pt: [(g, s) => `Rua ${g} ${s}`, (g) => `Avenida Padre ${g}`, (g, s) => `Rua ${s}`, (g) => `Travessa São ${g}`,
    (g) => `Praça Dom ${g}`, (g, s) => `Alameda ${g}`],
  nl: [(g, s) => `${s}straat`, (g, s) => `${g} ${s}laan`, (g, s) => `Sint-${g}straat`, (g, s) => `${s}plein`,
    (g, s) => `Burgemeester ${s}weg`],
  pl: [(g, s) => `ulica ${g} ${s}`, (g, s) => `ul. ${s}`, (g) => `aleja Jana Pawła II`, (g) => `plac Świętego ${g}`,
    (g, s) => `ul. ${g}a ${s}`],
};
const P19B_SAINT = {
  fr: [(g) => `Saint-${g}`, (g) => `Sainte-${g}`, (g) => `Saint-${g}-de-la-Rivière`, (g) => `L'Île-Saint-${g}`],
  en: [(g) => `St. ${g}`, (g) => `Saint ${g}`, (g) => `St ${g}'s Parish`],
  ro: [(g) => `Sfântul ${g}`, (g) => `Sfânta ${g}`],
  es: [(g) => `San ${g}`, (g) => `Santa ${g}`, (g) => `San ${g} del Río`],
  pt: [(g) => `São ${g}`, (g) => `Santa ${g}`, (g) => `São ${g} dos Campos`],
  nl: [(g) => `Sint-${g}`, (g) => `Sint ${g}`],
  pl: [(g) => `Święty ${g}`, (g) => `Święta ${g}`],
};
const P19B_NEG = {
  en: [
    'Our new supplier is {CO}.', '{FIRM} won the tender for {ST}.', 'The office of {FIRM} is in {CITY}.',
    'Roadworks on {ST} until {MONTH}.', 'Meet at {ST} near {SAINT} on {DAY}.', 'Vacancy: {JOB} ({CITY})',
    'Department: {DEPT}\nManager: vacant', '{DEPT} sale ends {DAY}!', 'Invoice from {FIRM}, due {MONTH} 30.',
    'We drove from {SAINT} to {CITY} via {ST}.', 'Our puppy keeps chewing the rug and {PET} ignores every toy, any tips?', '{PET}, our parrot, says good morning to everyone.', 'My cat is called {PET} and sleeps all day.', 'The lawyers at {FIRM} drafted the lease.', 'Lunch at the café {PET} on {ST}?',
    'Good morning team,\n{DEPT} closes early on {DAY}.\nRegards,\n{FIRM}', 'Subject: {PROD} back in stock',
    '{CO}, {FIRM} and {CO} signed the deal.', 'Delivery to {SA} failed twice.', 'Region: {REG}\nTown: {CITY}',
    'name,city,street\n{FIRM},{CITY},{ST}', 'Closed for {SAINT} feast day.', 'The {PROD} ships from {CITY}.',
    'Title: {JOB}', 'Thanks to everyone at {FIRM}!', 'Happy {DAY}! Our dog {PET} says hi too.', 'Our cat is getting old; {PET} sleeps most of the day now.',
    'Parish of {SAINT}, {REG}', 'The parade goes down {ST} past {SAINT} church.',
  ],
  fr: [
    'Notre nouveau fournisseur est {CO}.', '{FIRM} a remporté l’appel d’offres.', 'Travaux sur la {ST} jusqu’en {MONTH}.',
    'Rendez-vous {ST} à {SAINT} {DAY} matin.', 'Poste à pourvoir : {JOB} ({CITY})', 'Service : {DEPT}',
    'Facture de {FIRM}, échéance le 30 {MONTH}.', 'On a roulé de {SAINT} jusqu’à {CITY} par le {ST}.',
    'Bonjour à tous,\nle rayon {DEPT} ferme tôt {DAY}.\nCordialement,\n{FIRM}', 'Objet : {PROD} de retour en stock',
    '{CO} et {FIRM} ont signé.', 'Livraison au {SA} impossible.', 'Région : {REG}\nVille : {CITY}',
    'nom;ville;rue\n{FIRM};{CITY};{ST}', 'La fête de {SAINT} est reportée.', 'Merci à toute l’équipe de {FIRM} !',
    'Le défilé passe par le {ST}.', 'Bureau de {FIRM} : {ST}, {CITY}', 'Joyeux {DAY} ! Notre chienne {PET} vous salue.', 'Notre chien vieillit : {PET} dort presque toute la journée.',
    'Paroisse de {SAINT}, {REG}', '{PET}, notre chienne, adore la neige.', 'Mon chat s’appelle {PET} et il dort toute la journée.', 'Le café {PET} ouvre à 7 h.', 'Les avocats de {FIRM} ont rédigé le bail.', 'Le magasin {FIRM} de la {ST} ouvre {DAY}.',
  ],
  ro: [
    'Noul nostru furnizor este {CO}.', '{FIRM} a câștigat licitația.', 'Lucrări pe {ST} până în {MONTH}.',
    'Ne vedem pe {ST} {DAY}.', 'Post vacant: {JOB} ({CITY})', 'Departament: {DEPT}', 'Factura de la {FIRM}, scadentă în {MONTH}.',
    'Bună ziua,\ndepartamentul {DEPT} se închide devreme.\nCu stimă,\n{FIRM}', 'Subiect: {PROD} din nou în stoc',
    '{CO} și {FIRM} au semnat.', 'Livrare la {SA} eșuată.', 'Raion: {REG}\nLocalitate: {CITY}',
    'Mulțumim echipei {FIRM}!', 'Cafeneaua {PET} e închisă luni.', 'Pisica mea se numește {PET} și doarme toată ziua.', 'Câinele nostru a îmbătrânit; {PET} doarme aproape toată ziua.', 'Hramul bisericii {SAINT} din {CITY}.', 'denumire,oras\n{FIRM},{CITY}',
  ],
  es: [
    'Nuestro nuevo proveedor es {CO}.', '{FIRM} ganó la licitación.', 'Obras en {ST} hasta {MONTH}.',
    'Nos vemos en {ST}, {SAINT}, el {DAY}.', 'Vacante: {JOB} ({CITY})', 'Departamento: {DEPT}',
    'Factura de {FIRM}, vence en {MONTH}.', 'Buenos días,\nel área de {DEPT} cierra temprano.\nSaludos,\n{FIRM}',
    'Asunto: {PROD} disponible de nuevo', '{CO} y {FIRM} firmaron.', 'Entrega en {SA} fallida.',
    'Estado: {REG}\nMunicipio: {CITY}', '¡Gracias a todo el equipo de {FIRM}!', '{PET}, nuestra perrita, odia la lluvia.', 'Mi gato se llama {PET} y duerme todo el día.', 'Desayunamos en la cafetería {PET}.', 'Nuestro perro ya está viejo; {PET} duerme casi todo el día.', 'La fiesta de {SAINT} es el {DAY}.',
    'nombre,ciudad\n{FIRM},{CITY}', 'Fuimos de {SAINT} a {CITY} por {ST}.',
  ],
  pt: [
    'Nosso novo fornecedor é a {CO}.', 'A {FIRM} venceu a licitação.', 'Obras na {ST} até {MONTH}.',
    'Encontro na {ST}, em {SAINT}, na {DAY}.', 'Vaga: {JOB} ({CITY})', 'Departamento: {DEPT}',
    'Boleto da {FIRM}, vence em {MONTH}.', 'Bom dia,\no setor de {DEPT} fecha cedo.\nAtenciosamente,\n{FIRM}',
    'Assunto: {PROD} de volta ao estoque', '{CO} e {FIRM} assinaram.', 'Entrega na {SA} falhou.',
    'Estado: {REG}\nCidade: {CITY}', 'Obrigado a toda a equipe da {FIRM}!', '{PET}, nossa cadela, adora a praia.', 'Meu gato se chama {PET} e dorme o dia todo.', 'Tomamos café na lanchonete {PET}.', 'Nosso cachorro está velho; {PET} dorme quase o dia todo.', 'A festa de {SAINT} foi adiada.',
    'nome;cidade\n{FIRM};{CITY}', 'Fomos de {SAINT} até {CITY} pela {ST}.',
  ],
  nl: [
    'Onze nieuwe leverancier is {CO}.', '{FIRM} heeft de aanbesteding gewonnen.', 'Werkzaamheden aan de {ST} tot {MONTH}.',
    'Afspraak op de {ST} op {DAY}.', 'Vacature: {JOB} ({CITY})', 'Afdeling: {DEPT}', 'Factuur van {FIRM}, te betalen in {MONTH}.',
    'Goedemorgen,\nde afdeling {DEPT} sluit vroeg.\nMet vriendelijke groet,\n{FIRM}', 'Onderwerp: {PROD} weer op voorraad',
    '{CO} en {FIRM} hebben getekend.', 'Levering op {SA} mislukt.', 'Provincie: {REG}\nPlaats: {CITY}',
    'Bedankt aan iedereen bij {FIRM}!', '{PET}, onze hond, is dol op sneeuw.', 'Mijn kat heet {PET} en slaapt de hele dag.', 'Koffie bij café {PET} om tien uur?', 'Onze hond wordt oud; {PET} slaapt bijna de hele dag.', 'De kermis van {SAINT} is op {DAY}.', 'naam;plaats\n{FIRM};{CITY}',
  ],
  pl: [
    'Naszym nowym dostawcą jest {CO}.', '{FIRM} wygrała przetarg.', 'Remont na {ST} do {MONTH}.',
    'Spotkanie przy {ST} w {DAY}.', 'Oferta pracy: {JOB} ({CITY})', 'Dział: {DEPT}', 'Faktura od {FIRM}, termin: {MONTH}.',
    'Dzień dobry,\ndział {DEPT} zamyka wcześniej.\nPozdrawiam,\n{FIRM}', 'Temat: {PROD} znów dostępny',
    '{CO} i {FIRM} podpisały umowę.', 'Dostawa na {SA} nieudana.', 'Województwo: {REG}\nMiejscowość: {CITY}',
    'Dziękujemy całemu zespołowi {FIRM}!', '{PET}, nasza suczka, uwielbia śnieg.', 'Mój kot nazywa się {PET} i śpi cały dzień.', 'Kawa w kawiarni {PET} o dziesiątej?', 'Nasz pies się starzeje; {PET} śpi prawie cały dzień.', 'Odpust w parafii {SAINT} w {DAY}.', 'nazwa;miasto\n{FIRM};{CITY}',
  ],
};
const P19B_POS = {
  en: [
    '{P} works at {FIRM} on {ST}.', 'Hi {F}, is your dog feeling better? I heard {PET} stopped eating.', 'From: {P}\nTo: {Q}\nSubject: {PROD}',
    '{P}\n{JOB}, {DEPT}\n{FIRM}', 'name,city\n{P},{CITY}', '{P} moved from {SAINT} to {CITY} in {MONTH}.',
    '[{DAY} 09:14] {F}: see you at {FIRM}', 'Contact: {P} ({CO})', 'Mr. {S} of {FIRM} called on {DAY}.',
    '{P} lives at {SA}.', 'Thanks {F}! {FIRM} confirmed.', '{P} and {Q} run {FIRM} together.',
  ],
  fr: [
    '{P} travaille chez {FIRM}, {ST}.', 'Salut {F}, ton chat va mieux ? {PET} mangeait si peu.', 'De : {P}\nÀ : {Q}\nObjet : {PROD}',
    '{P}\n{JOB}\n{FIRM}', 'nom;ville\n{P};{CITY}', '{P} a quitté {SAINT} pour {CITY} en {MONTH}.',
    'Madame {S}, de {FIRM}, a appelé {DAY}.', '{P} habite au {SA}.', 'Merci {F} ! {FIRM} a confirmé.',
    '{P} et {Q} dirigent {FIRM}.',
  ],
  ro: [
    '{P} lucrează la {FIRM} pe {ST}.', 'Salut {F}, ce mai face câinele? {PET} a mâncat azi?', 'De la: {P}\nCătre: {Q}',
    '{P}\n{JOB}\n{FIRM}', 'Doamna {S} de la {FIRM} a sunat {DAY}.', '{P} locuiește pe {SA}.',
  ],
  es: [
    '{P} trabaja en {FIRM}, {ST}.', 'Hola {F}, ¿cómo sigue tu perro? Dicen que {PET} ya come.', 'De: {P}\nPara: {Q}\nAsunto: {PROD}',
    '{P}\n{JOB}\n{FIRM}', 'La señora {S} de {FIRM} llamó el {DAY}.', '{P} vive en {SA}.', '{P} y {Q} dirigen {FIRM}.',
  ],
  pt: [
    '{P} trabalha na {FIRM}, {ST}.', 'Oi {F}, o cachorro melhorou? O {PET} já come?', 'De: {P}\nPara: {Q}\nAssunto: {PROD}',
    '{P}\n{JOB}\n{FIRM}', 'A senhora {S} da {FIRM} ligou na {DAY}.', '{P} mora na {SA}.', '{P} e {Q} dirigem a {FIRM}.',
  ],
  nl: [
    '{P} werkt bij {FIRM} aan de {ST}.', 'Hoi {F}, gaat het beter met de hond? Eet {PET} weer?', 'Van: {P}\nAan: {Q}\nOnderwerp: {PROD}',
    '{P}\n{JOB}\n{FIRM}', 'Mevrouw {S} van {FIRM} belde op {DAY}.', '{P} woont op {SA}.', '{P} en {Q} leiden {FIRM}.',
  ],
  pl: [
    '{P} pracuje w {FIRM} przy {ST}.', 'Cześć {F}, jak się czuje twój kot? Czy {PET} już je?', 'Od: {P}\nDo: {Q}\nTemat: {PROD}',
    '{P}\n{JOB}\n{FIRM}', 'Pani {S} z {FIRM} dzwoniła w {DAY}.', '{P} mieszka przy {SA}.', '{P} i {Q} prowadzą {FIRM}.',
  ],
};
const P19B_LABEL = { CO: 'ORGANIZATION', FIRM: 'ORGANIZATION', ST: 'LOCATION', CITY: 'LOCATION', REG: 'LOCATION',
  SAINT: 'LOCATION', SA: 'ADDRESS' };

function prec19bRecord(i) {
  const locale = P19B_LOCALES[i % P19B_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const lang = rng.chance(0.7) ? P19B_LANG[locale] : 'en';
  const positive = i % 3 === 1;
  const template = rng.pick((positive ? P19B_POS : P19B_NEG)[lang]);
  const nm = () => personName(f);
  const given = () => nm().first;
  const sur = () => nm().last;
  const opt = (g, fb) => {
    try {
      return g();
    } catch {
      return fb();
    }
  };
  const p = nm();
  const r = new Record(positive ? 'prec19b_person' : 'prec19b_negative', locale);
  let dotted = false;
  for (let piece of template.split(/(\{[A-Z]+\})/)) {
    const m = /^\{([A-Z]+)\}$/.exec(piece);
    if (!m) {
      if (dotted && piece.startsWith('.')) piece = piece.slice(1);
      if (piece) r.t(piece);
      continue;
    }
    const k = m[1];
    let text;
    if (k === 'P') text = p.full;
    else if (k === 'F') text = p.first;
    else if (k === 'S') text = p.last;
    else if (k === 'Q') text = nm().full;
    else if (k === 'CO') text = company(f);
    else if (k === 'FIRM') {
      const a = rng.chance(0.4) ? given() : sur();
      text = rng.chance(0.25) ? company(f) : rng.pick(P19B_FIRM[lang])(a, rng.chance(0.4) ? given() : sur(), sur());
    } else if (k === 'ST') text = rng.chance(0.4) ? f.location.street() : rng.pick(P19B_STREET[lang])(given(), sur());
    else if (k === 'SA') text = f.location.streetAddress(rng.chance(0.3));
    else if (k === 'CITY') text = city(f);
    else if (k === 'REG') text = opt(() => f.location.state(), () => city(f));
    else if (k === 'SAINT') text = rng.pick(P19B_SAINT[lang])(given());
    else if (k === 'JOB') text = jobTitle(f);
    else if (k === 'DEPT') text = f.commerce.department();
    else if (k === 'PROD') text = product(f);
    else if (k === 'MONTH') text = f.date.month();
    else if (k === 'DAY') text = f.date.weekday();
    else if (k === 'PET') text = given();
    else text = String(rng.int(10, 9999));
    dotted = text.endsWith('.');
    if (k === 'P' || k === 'F' || k === 'S' || k === 'Q') r.e('PERSON', text);
    else if (P19B_LABEL[k]) r.e(P19B_LABEL[k], text);
    else r.t(text);
  }
  return r;
}

function recall19Record(i) {
  const locale = R19_LOCALES[i % R19_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const positive = Math.floor(i / R19_LOCALES.length) % 3 < 2;
  const roman = R19_NATIVE.has(locale) && rng.chance(0.4);
  let template;
  if (!positive) template = rng.pick(R19_NEG);
  else if (rng.chance(0.55)) template = rng.pick(R19_OWN[roman ? `${locale}_roman` : locale]);
  else template = rng.pick(R19_POS);
  return r19Fill(new Record(positive ? 'recall19_person' : 'recall19_negative', locale), template, f, locale, roman);
}

if (SET === 'recall19') {
  const out = [];
  while (out.length < RECORDS) out.push(recall19Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

if (SET === 'prec19b') {
  const out = [];
  while (out.length < RECORDS) out.push(prec19bRecord(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the prec19a probe set (--set prec19a) ---------------------------------
//   node generate.mjs --set prec19a --seed 193 --records 1200 > ../data/generated_pii_prec19a.json
//
// PERSON precision in the Caucasus, Cyrillic, Greek and Balkan locales (az,
// hy, ka_GE, ru, uk, el, sr_RS_latin, hr): records of each locale, in its own
// script and (Armenian, Georgian, Cyrillic, Greek) romanised two times in
// five, that mix the locale's real people (faker's names, with patronymics in
// Russian and Ukrainian) with everything there that looks like a name:
// streets, avenues, squares, districts and metro stations named after people
// ("Nizami küç.", "Rustaveli Ave", "ул. Пушкина", "вул. Лесі Українки",
// "Λεωφ. Βασιλίσσης Σοφίας", "Ulica Nikole Tesle") and faker's streets,
// institutions named after people ("МГУ им. Ломоносова"), faker's and real
// firms, brands, job titles, departments, products, months, weekdays,
// greetings, sign-offs, headings, form labels and transliterated words — in
// letters, forms, signatures, chat lines, e-mail headers, CSV rows, tables
// and JSON. Streets alone and districts are LOCATION, a street with its
// number ADDRESS, firms and institutions ORGANIZATION, job titles TITLE;
// half the records hold no person at all. Word lists written for this set
// from general knowledge of each language. A third of the records put
// faker's own streets, street addresses, regions, counties, firms, products
// and towns of the locale in plain frames or bare.
// Tokens: {P} a full name, {F} a given name, {S} a surname, {PAT} a name
// with patronymic (ru, uk; else a full name), {E} the last person's e-mail,
// {ST} a street named after someone or faker's street (LOCATION), {ADDR} the
// same with a number (ADDRESS), {DIST} a district, {METRO} a station,
// {CITY} a town (LOCATION), {CO} a faker firm, {BR} a brand, {INST} an
// institution (ORGANIZATION), {JOB} a job title (TITLE), {DEPT} {PROD}
// {MON} {DAY} {GREET} {SO} {HEAD} {W} {HON} unlabelled words, {FN} {FA}
// {FC} {FJ} {FS} {FF} form labels (name, address, company, position,
// surname, given name), {T} a time, {N} a number, {Y} a year; {FST} {FSA}
// {STATE} {COUNTY} faker's street, street address, region and county.

const P19_LOCALES = ['az', 'hy', 'ka_GE', 'ru', 'uk', 'el', 'sr_RS_latin', 'hr'];
const P19_SCRIPTED = new Set(['hy', 'ka_GE', 'ru', 'uk', 'el']);

const P19_HY = { ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l',
  խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch',
  պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'v', փ: 'p', ք: 'k', և: 'ev', օ: 'o', ֆ: 'f' };
const P19_KA = { ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm',
  ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh',
  ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h' };
function p19Roman(s) {
  let out = '';
  const chars = [...s.replace(/ու/g, 'u').replace(/ՈՒ|Ու/g, 'U')];
  for (const ch of chars) {
    const cp = ch.codePointAt(0);
    if (cp >= 0x531 && cp <= 0x556) {
      const t = P19_HY[String.fromCodePoint(cp + 0x30)] ?? '';
      out += t ? t[0].toUpperCase() + t.slice(1) : '';
    } else if (P19_HY[ch] !== undefined) out += P19_HY[ch];
    else if (P19_KA[ch] !== undefined) out += P19_KA[ch];
    else out += transliterate(ch);
  }
  // Georgian has no capitals: each word starts with one once romanised.
  return /[\u10D0-\u10FF]/u.test(s) ? out.replace(/(^|[\s\-])(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase()) : out;
}

const P19_EN = {
  GREET: ['Hello', 'Good morning', 'Dear colleagues', 'Hi all', 'Dear Customer'],
  SO: ['Best regards', 'Kind regards', 'Thanks', 'Regards', 'Cheers'],
  HEAD: ['Minutes Of The Board Meeting', 'Important Notice', 'Monthly Report', 'Happy New Year', 'Office Closed On Friday',
    'Quarterly Sales Review', 'New Opening Hours'],
  MON: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  DAY: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  DEPT: ['Accounting', 'Sales Department', 'Human Resources', 'Legal Department', 'Customer Support', 'Procurement'],
  JOB: ['Chief Accountant', 'General Director', 'Sales Manager', 'Lead Engineer', 'Software Developer', 'Head of Logistics'],
  FN: 'Full name', FA: 'Address', FC: 'Company', FJ: 'Position', FS: 'Surname', FF: 'First name',
};

const P19_WORDS = {
  az: {
    GREET: ['Salam', 'Hörmətli müştəri', 'Əziz dostlar', 'Sabahınız xeyir', 'Hörmətli həmkarlar'],
    SO: ['Hörmətlə', 'Təşəkkürlər', 'Sağ olun', 'Ən xoş arzularla'],
    HEAD: ['İclasın Protokolu', 'Mühüm Elan', 'Aylıq Hesabat', 'Novruz Bayramı Münasibətilə', 'Yeni İl Kampaniyası',
      'Qış Endirimləri Başladı', 'Xidməti Qeyd'],
    MON: ['Yanvar', 'Fevral', 'Mart', 'Aprel', 'May', 'İyun', 'İyul', 'Avqust', 'Sentyabr', 'Oktyabr', 'Noyabr', 'Dekabr'],
    DAY: ['Bazar ertəsi', 'Çərşənbə axşamı', 'Çərşənbə', 'Cümə axşamı', 'Cümə', 'Şənbə', 'Bazar'],
    DEPT: ['Mühasibatlıq', 'İnsan Resursları', 'Satış Şöbəsi', 'Hüquq Şöbəsi', 'Texniki Dəstək', 'Təchizat Şöbəsi'],
    JOB: ['Baş Mühasib', 'Baş Direktor', 'Satış Meneceri', 'Aparıcı Mühəndis', 'Proqramçı', 'Baş Həkim', 'Müəllim'],
    BR: ['Azercell', 'Bakcell', 'SOCAR', 'Kapital Bank', 'PAŞA Bank', 'AZAL', 'Bravo', 'Araz Market', 'Azərsu', 'Azərişıq'],
    INST: ['Bakı Dövlət Universiteti', 'Heydər Əliyev Mərkəzi', 'Nizami adına Ədəbiyyat İnstitutu',
      'Üzeyir Hacıbəyli adına Bakı Musiqi Akademiyası', 'Akademik Zərifə Əliyeva adına Göz Klinikası',
      'Məmməd Əmin Rəsulzadə adına BDU', 'Səməd Vurğun adına Rus Dram Teatrı', 'Azərbaycan Tibb Universiteti'],
    ST: ['Nizami küç.', 'Füzuli küçəsi', 'Səməd Vurğun küç.', 'Həsən bəy Zərdabi pr.', 'Cəfər Cabbarlı küç.',
      'Üzeyir Hacıbəyov küç.', 'Xaqani küçəsi', 'Rəşid Behbudov küç.', 'Azadlıq prospekti', 'Neftçilər prospekti',
      'Zərifə Əliyeva küç.', 'Mirzə İbrahimov küç.', 'Natəvan küçəsi', 'Bülbül prospekti'],
    DIST: ['Nəsimi rayonu', 'Nərimanov rayonu', 'Xətai rayonu', 'Yasamal rayonu', 'Səbail rayonu', 'Binəqədi rayonu',
      'Sabunçu rayonu'],
    METRO: ['Nizami metrosu', 'Nəriman Nərimanov metrosu', 'Koroğlu metrosu', 'Cəfər Cabbarlı m.', 'Həzi Aslanov metrosu',
      'Elmlər Akademiyası metrosu'],
    HON: ['cənab', 'xanım', 'Hörmətli', 'müəllim'],
    W: ['Təcili', 'Diqqət', 'Qeyd', 'Ünvan', 'Əlaqə', 'Sifariş', 'Çatdırılma', 'Ödəniş', 'Zəmanət', 'Endirim'],
    FN: 'Ad, soyad', FA: 'Ünvan', FC: 'Şirkət', FJ: 'Vəzifə', FS: 'Soyad', FF: 'Ad',
    ADDR: (st, n) => `${st} ${n}, m. ${rng.int(1, 90)}`,
    S: [
      '{P} bu gün ofisdə deyil.', '{GREET},\nsifarişiniz {ADDR} ünvanına göndərildi.\n{SO},\n{CO}',
      'Görüş {DAY} saat {T}-da {ST} ilə {ST} kəsişməsində olacaq.', '{P} {CO} şirkətində {JOB} işləyir.',
      'Ofisimiz {DIST}, {ADDR} ünvanında yerləşir.', '{METRO} yaxınlığında yeni {BR} filialı açıldı.',
      'Hörmətli {P},\n{MON} ayı üzrə hesabınız hazırdır.', '{INST} {MON} ayında qəbul elan edir.',
      '{F} xanım, zəhmət olmasa {DEPT} ilə əlaqə saxlayın.', 'Sabah {ST} bağlı olacaq, {METRO} işləyir.',
      '{HEAD}\n{DAY}, {N} {MON}\n{DEPT}', 'Məsul şəxs: {P}, {JOB}', '{P} və {P} {INST} məzunlarıdır.',
      'Ünvan: {ADDR}, {DIST}, {CITY}', '{W}! {BR} {MON} ayında {PROD} endirimi edir.',
    ],
  },
  hy: {
    GREET: ['Բարև Ձեզ', 'Հարգելի հաճախորդ', 'Բարի օր', 'Սիրելի գործընկերներ', 'Բարև բոլորին'],
    SO: ['Հարգանքով', 'Շնորհակալություն', 'Մաղթանքներով'],
    HEAD: ['Ժողովի Արձանագրություն', 'Կարևոր Հայտարարություն', 'Ամսական Հաշվետվություն', 'Շնորհավոր Նոր Տարի',
      'Նոր Աշխատանքային Ժամեր', 'Զեղչեր Ամբողջ Ամիս'],
    MON: ['Հունվար', 'Փետրվար', 'Մարտ', 'Ապրիլ', 'Մայիս', 'Հունիս', 'Հուլիս', 'Օգոստոս', 'Սեպտեմբեր', 'Հոկտեմբեր',
      'Նոյեմբեր', 'Դեկտեմբեր'],
    DAY: ['Երկուշաբթի', 'Երեքշաբթի', 'Չորեքշաբթի', 'Հինգշաբթի', 'Ուրբաթ', 'Շաբաթ', 'Կիրակի'],
    DEPT: ['Հաշվապահություն', 'Վաճառքի բաժին', 'Մարդկային ռեսուրսների բաժին', 'Իրավաբանական բաժին', 'Հաճախորդների սպասարկում'],
    JOB: ['Գլխավոր հաշվապահ', 'Տնօրեն', 'Վաճառքի մենեջեր', 'Ծրագրավորող', 'Բժիշկ', 'Ուսուցիչ', 'Գլխավոր ճարտարագետ'],
    BR: ['Ucom', 'Viva-MTS', 'Team Telecom', 'Ameriabank', 'ACBA Bank', 'Ինեկոբանկ', 'Արարատ', 'Երևան Սիթի', 'Զանգեզուր'],
    INST: ['Երևանի Պետական Համալսարան', 'Մատենադարան', 'Մ. Հերացու անվան ԵՊԲՀ', 'Խ. Աբովյանի անվան ՀՊՄՀ',
      'Ա. Սպենդիարյանի անվան օպերայի և բալետի թատրոն', 'Գ. Սունդուկյանի անվան թատրոն', 'Կոմիտասի անվան կոնսերվատորիա'],
    ST: ['Մաշտոցի պողոտա', 'Աբովյան փողոց', 'Թումանյան փողոց', 'Բաղրամյան պողոտա', 'Սայաթ-Նովայի պողոտա',
      'Իսահակյան փողոց', 'Րաֆֆու փողոց', 'Կոմիտասի պողոտա', 'Տիգրան Մեծի պողոտա', 'Վազգեն Սարգսյան փողոց',
      'Խորենացու փողոց', 'Նալբանդյան փողոց'],
    DIST: ['Շենգավիթ', 'Աջափնյակ', 'Արաբկիր', 'Նոր Նորք', 'Մալաթիա-Սեբաստիա', 'Քանաքեռ-Զեյթուն', 'Կենտրոն'],
    METRO: ['Մարշալ Բաղրամյան կայարան', 'Երիտասարդական կայարան', 'Զորավար Անդրանիկ կայարան', 'Սասունցի Դավիթ կայարան'],
    HON: ['Պարոն', 'Տիկին', 'Հարգելի'],
    W: ['Շտապ', 'Ուշադրություն', 'Նշում', 'Հասցե', 'Պատվեր', 'Առաքում', 'Վճարում', 'Զեղչ'],
    FN: 'Անուն, ազգանուն', FA: 'Հասցե', FC: 'Ընկերություն', FJ: 'Պաշտոն', FS: 'Ազգանուն', FF: 'Անուն',
    ADDR: (st, n) => `${st} ${n}, բն. ${rng.int(1, 90)}`,
    S: [
      '{P}-ն այսօր գրասենյակում չէ։', '{GREET},\nՁեր պատվերը ուղարկվել է {ADDR} հասցեով։\n{SO},\n{CO}',
      'Հանդիպումը {DAY} ժամը {T}-ին {ST} և {ST} խաչմերուկում։', '{P} աշխատում է {CO}-ում որպես {JOB}։',
      'Մեր գրասենյակը գտնվում է {DIST}, {ADDR}։', '{METRO}-ի մոտ բացվել է {BR}-ի նոր մասնաճյուղ։',
      'Հարգելի {P},\n{MON} ամսվա հաշիվը պատրաստ է։', '{INST} {MON} ամսին հայտարարում է ընդունելություն։',
      '{HEAD}\n{DAY}, {N} {MON}\n{DEPT}', 'Պատասխանատու՝ {P}, {JOB}', 'Հասցե՝ {ADDR}, {DIST}, {CITY}',
      '{W}! {BR}-ը {MON} ամսին զեղչ է անում։', 'Վաղը {ST}-ը փակ կլինի։',
    ],
  },
  ka_GE: {
    GREET: ['გამარჯობა', 'ძვირფასო კოლეგებო', 'პატივცემულო მომხმარებელო', 'დილა მშვიდობისა'],
    SO: ['პატივისცემით', 'მადლობა', 'საუკეთესო სურვილებით'],
    HEAD: ['შეხვედრის ოქმი', 'მნიშვნელოვანი განცხადება', 'ყოველთვიური ანგარიში', 'გილოცავთ ახალ წელს',
      'სამუშაო საათები', 'ზამთრის ფასდაკლებები'],
    MON: ['იანვარი', 'თებერვალი', 'მარტი', 'აპრილი', 'მაისი', 'ივნისი', 'ივლისი', 'აგვისტო', 'სექტემბერი', 'ოქტომბერი',
      'ნოემბერი', 'დეკემბერი'],
    DAY: ['ორშაბათი', 'სამშაბათი', 'ოთხშაბათი', 'ხუთშაბათი', 'პარასკევი', 'შაბათი', 'კვირა'],
    DEPT: ['ბუღალტერია', 'გაყიდვების დეპარტამენტი', 'ადამიანური რესურსები', 'იურიდიული დეპარტამენტი', 'მომხმარებელთა მომსახურება'],
    JOB: ['მთავარი ბუღალტერი', 'დირექტორი', 'გაყიდვების მენეჯერი', 'პროგრამისტი', 'ექიმი', 'მასწავლებელი'],
    BR: ['Magti', 'Silknet', 'საქართველოს ბანკი', 'TBC Bank', 'Liberty Bank', 'ნიკორა', 'Carrefour', 'Wissol', 'გალფი'],
    INST: ['ივანე ჯავახიშვილის სახელობის თბილისის სახელმწიფო უნივერსიტეტი', 'ილიას სახელმწიფო უნივერსიტეტი',
      'რუსთაველის თეატრი', 'შოთა რუსთაველის ეროვნული სამეცნიერო ფონდი', 'ფალიაშვილის სახელობის ოპერისა და ბალეტის თეატრი',
      'მარჯანიშვილის თეატრი'],
    ST: ['რუსთაველის გამზირი', 'ჭავჭავაძის გამზირი', 'აღმაშენებლის გამზირი', 'ვაჟა-ფშაველას გამზირი', 'წერეთლის გამზირი',
      'კოსტავას ქუჩა', 'გამსახურდიას ქუჩა', 'ბარათაშვილის ქუჩა', 'ლესელიძის ქუჩა', 'ფალიაშვილის ქუჩა', 'აბაშიძის ქუჩა'],
    DIST: ['საბურთალო', 'ვაკე', 'დიდუბე', 'გლდანი', 'ისანი', 'ნაძალადევი', 'მთაწმინდა'],
    METRO: ['რუსთაველის მეტრო', 'მარჯანიშვილის სადგური', 'გურამიშვილის სადგური', 'დელისის მეტრო'],
    HON: ['ბატონი', 'ქალბატონი', 'ბატონო'],
    W: ['სასწრაფო', 'ყურადღება', 'შენიშვნა', 'მისამართი', 'შეკვეთა', 'მიწოდება', 'გადახდა', 'ფასდაკლება'],
    FN: 'სახელი, გვარი', FA: 'მისამართი', FC: 'კომპანია', FJ: 'თანამდებობა', FS: 'გვარი', FF: 'სახელი',
    ADDR: (st, n) => `${st} ${n}`,
    S: [
      '{P} დღეს ოფისში არ არის.', '{GREET},\nთქვენი შეკვეთა გაიგზავნა მისამართზე: {ADDR}.\n{SO},\n{CO}',
      'შეხვედრა {DAY}ს, {T} საათზე, {ST}ზე.', '{P} მუშაობს {CO}-ში, თანამდებობა: {JOB}.',
      'ჩვენი ოფისი: {DIST}, {ADDR}.', '{METRO}სთან ახალი {BR} გაიხსნა.', 'ბატონო {F},\nანგარიში ({MON}) მზადაა.',
      '{INST} აცხადებს მიღებას: {MON}.', '{HEAD}\n{DAY}, {N} {MON}\n{DEPT}', 'პასუხისმგებელი პირი: {P}, {JOB}',
      'მისამართი: {ADDR}, {DIST}, {CITY}', '{W}! {BR} ფასდაკლებას აცხადებს: {MON}.', 'ხვალ {ST} დაიკეტება.',
    ],
  },
  ru: {
    GREET: ['Добрый день', 'Здравствуйте', 'Уважаемые коллеги', 'Привет всем', 'Доброе утро'],
    SO: ['С уважением', 'Спасибо', 'Всего доброго', 'С наилучшими пожеланиями'],
    HEAD: ['Протокол Совещания', 'Важное Объявление', 'Ежемесячный Отчёт', 'С Новым Годом', 'Служебная Записка',
      'Акт Сверки', 'График Отпусков'],
    MON: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'],
    DAY: ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье'],
    DEPT: ['Бухгалтерия', 'Отдел продаж', 'Отдел кадров', 'Юридический отдел', 'Служба поддержки', 'Отдел снабжения'],
    JOB: ['Главный бухгалтер', 'Генеральный директор', 'Менеджер по продажам', 'Ведущий инженер', 'Программист',
      'Врач-терапевт', 'Начальник отдела'],
    BR: ['Сбербанк', 'Яндекс', 'Газпром', 'Аэрофлот', 'МТС', 'Билайн', 'Мегафон', 'Пятёрочка', 'Магнит', 'Озон'],
    INST: ['МГУ им. М. В. Ломоносова', 'Театр им. Вахтангова', 'Третьяковская галерея', 'Больница им. Боткина',
      'НИИ им. Склифосовского', 'Консерватория им. Чайковского', 'РЭУ им. Плеханова', 'Пушкинский музей',
      'МГТУ им. Баумана'],
    ST: ['ул. Пушкина', 'ул. Лермонтова', 'проспект Мира', 'Ленинский проспект', 'ул. Гагарина', 'ул. Чехова',
      'Кутузовский проспект', 'ул. Маяковского', 'ул. Карла Маркса', 'ул. Розы Люксембург', 'наб. Шевченко',
      'ул. Льва Толстого', 'Невский проспект', 'Тверская улица', 'ул. Ленина', 'пл. Ломоносова'],
    DIST: ['Фрунзенский район', 'Кировский район', 'Ленинский район', 'Калининский район', 'Московский район',
      'Петроградский район'],
    METRO: ['м. Пушкинская', 'станция Маяковская', 'м. Тургеневская', 'м. Чеховская', 'станция Гагаринская', 'м. Кропоткинская'],
    HON: ['г-н', 'г-жа', 'Уважаемый', 'Уважаемая'],
    W: ['Срочно', 'Внимание', 'Примечание', 'Адрес', 'Заказ', 'Доставка', 'Оплата', 'Скидка', 'Итого', 'Согласовано'],
    FN: 'ФИО', FA: 'Адрес', FC: 'Организация', FJ: 'Должность', FS: 'Фамилия', FF: 'Имя',
    ADDR: (st, n) => `${st}, д. ${n}, кв. ${rng.int(1, 90)}`,
    S: [
      '{P} сегодня не в офисе.', '{GREET}!\nВаш заказ отправлен по адресу: {ADDR}.\n{SO},\n{CO}',
      'Встреча в {DAY} в {T} на углу {ST} и {ST}.', '{PAT}, {JOB}, {CO}', 'Наш офис: {DIST}, {ADDR}.',
      'Рядом с {METRO} открылся новый {BR}.', 'Уважаемый {PAT}!\nСчёт за {MON} готов.',
      '{INST} объявляет набор в {MON}.', '{HEAD}\n{DAY}, {N} {MON}\n{DEPT}', 'Ответственный: {P}, {JOB}',
      'Адрес: {ADDR}, {DIST}, {CITY}', '{W}! {BR} объявляет скидки на {PROD}.', 'Завтра {ST} перекроют.',
      'Исполнитель: {PAT}\nСогласовано: {JOB}', 'Передайте, пожалуйста, документы {DEPT}.',
    ],
  },
  uk: {
    GREET: ['Добрий день', 'Вітаю', 'Шановні колеги', 'Привіт усім', 'Доброго ранку'],
    SO: ['З повагою', 'Дякую', 'Гарного дня', 'З найкращими побажаннями'],
    HEAD: ['Протокол Наради', 'Важливе Оголошення', 'Щомісячний Звіт', 'З Новим Роком', 'Службова Записка',
      'Графік Відпусток'],
    MON: ['Січень', 'Лютий', 'Березень', 'Квітень', 'Травень', 'Червень', 'Липень', 'Серпень', 'Вересень', 'Жовтень',
      'Листопад', 'Грудень'],
    DAY: ['Понеділок', 'Вівторок', 'Середа', 'Четвер', 'П\'ятниця', 'Субота', 'Неділя'],
    DEPT: ['Бухгалтерія', 'Відділ продажів', 'Відділ кадрів', 'Юридичний відділ', 'Служба підтримки'],
    JOB: ['Головний бухгалтер', 'Генеральний директор', 'Менеджер з продажу', 'Провідний інженер', 'Програміст', 'Лікар'],
    BR: ['Приватбанк', 'Монобанк', 'Київстар', 'Укрпошта', 'Нова Пошта', 'Ощадбанк', 'Rozetka', 'АТБ', 'Сільпо',
      'Укрзалізниця'],
    INST: ['КНУ імені Тараса Шевченка', 'Львівський університет імені Івана Франка', 'Театр імені Лесі Українки',
      'НМУ імені О. О. Богомольця', 'Національна опера імені Шевченка', 'Лікарня імені Пирогова'],
    ST: ['вул. Шевченка', 'вул. Івана Франка', 'просп. Степана Бандери', 'вул. Лесі Українки', 'бульвар Тараса Шевченка',
      'вул. Хрещатик', 'вул. Грушевського', 'площа Міцкевича', 'вул. Богдана Хмельницького', 'вул. Сковороди',
      'вул. Симона Петлюри', 'просп. Лобановського'],
    DIST: ['Шевченківський район', 'Франківський район', 'Голосіївський район', 'Подільський район', 'Оболонський район'],
    METRO: ['ст. м. Лук\'янівська', 'станція Театральна', 'ст. м. Тараса Шевченка', 'ст. м. Льва Толстого'],
    HON: ['пан', 'пані', 'Шановний', 'Шановна'],
    W: ['Терміново', 'Увага', 'Примітка', 'Адреса', 'Замовлення', 'Доставка', 'Оплата', 'Знижка', 'Разом', 'Погоджено'],
    FN: 'ПІБ', FA: 'Адреса', FC: 'Організація', FJ: 'Посада', FS: 'Прізвище', FF: 'Ім\'я',
    ADDR: (st, n) => `${st}, ${n}, кв. ${rng.int(1, 90)}`,
    S: [
      '{P} сьогодні не в офісі.', '{GREET}!\nВаше замовлення відправлено за адресою: {ADDR}.\n{SO},\n{CO}',
      'Зустріч у {DAY} о {T} на розі {ST} та {ST}.', '{PAT}, {JOB}, {CO}', 'Наш офіс: {DIST}, {ADDR}.',
      'Біля {METRO} відкрився новий {BR}.', 'Шановний {PAT}!\nРахунок за {MON} готовий.',
      '{INST} оголошує набір у {MON}.', '{HEAD}\n{DAY}, {N} {MON}\n{DEPT}', 'Відповідальний: {P}, {JOB}',
      'Адреса: {ADDR}, {DIST}, {CITY}', '{W}! {BR} оголошує знижки на {PROD}.', 'Завтра {ST} перекриють.',
      'Виконавець: {PAT}\nПогоджено: {JOB}',
    ],
  },
  el: {
    GREET: ['Καλημέρα', 'Αγαπητοί συνάδελφοι', 'Γεια σας', 'Αξιότιμε πελάτη', 'Καλησπέρα'],
    SO: ['Με εκτίμηση', 'Ευχαριστώ', 'Φιλικά', 'Με φιλικούς χαιρετισμούς'],
    HEAD: ['Πρακτικά Συνεδρίασης', 'Σημαντική Ανακοίνωση', 'Μηνιαία Αναφορά', 'Καλή Χρονιά', 'Χρόνια Πολλά',
      'Καλό Πάσχα', 'Νέο Ωράριο'],
    MON: ['Ιανουάριος', 'Φεβρουάριος', 'Μάρτιος', 'Απρίλιος', 'Μάιος', 'Ιούνιος', 'Ιούλιος', 'Αύγουστος', 'Σεπτέμβριος',
      'Οκτώβριος', 'Νοέμβριος', 'Δεκέμβριος'],
    DAY: ['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
    DEPT: ['Λογιστήριο', 'Τμήμα Πωλήσεων', 'Ανθρώπινο Δυναμικό', 'Νομικό Τμήμα', 'Εξυπηρέτηση Πελατών'],
    JOB: ['Προϊστάμενος Λογιστηρίου', 'Διευθύνων Σύμβουλος', 'Υπεύθυνος Πωλήσεων', 'Μηχανικός', 'Προγραμματιστής', 'Ιατρός'],
    BR: ['ΟΤΕ', 'Cosmote', 'Vodafone', 'ΔΕΗ', 'Εθνική Τράπεζα', 'Πειραιώς', 'Alpha Bank', 'ΕΛΤΑ', 'Σκλαβενίτης',
      'ΑΒ Βασιλόπουλος', 'Aegean', 'Jumbo'],
    INST: ['Νοσοκομείο Ευαγγελισμός', 'Ίδρυμα Ωνάση', 'Μέγαρο Μουσικής', 'Ίδρυμα Σταύρος Νιάρχος', 'Αριστοτέλειο Πανεπιστήμιο',
      'Νοσοκομείο Αλεξάνδρα', 'Νοσοκομείο Γεώργιος Παπανικολάου'],
    ST: ['Λεωφ. Βασιλίσσης Σοφίας', 'οδός Ελευθερίου Βενιζέλου', 'Λεωφόρος Συγγρού', 'οδός Πανεπιστημίου',
      'Λεωφόρος Αλεξάνδρας', 'οδός Ακαδημίας', 'οδός Ερμού', 'οδός Καποδιστρίου', 'οδός Κοραή', 'οδός Τσιμισκή',
      'Λεωφ. Κηφισίας', 'οδός Αριστοτέλους', 'οδός Αθηνάς'],
    DIST: ['Κολωνάκι', 'Παγκράτι', 'Κυψέλη', 'Γλυφάδα', 'Καλαμαριά', 'Μαρούσι'],
    METRO: ['σταθμός Σύνταγμα', 'σταθμός Ευαγγελισμός', 'σταθμός Μεγάρου Μουσικής', 'σταθμός Ομόνοια'],
    HON: ['κ.', 'κα', 'Αγαπητέ', 'Αγαπητή'],
    W: ['Επείγον', 'Προσοχή', 'Σημείωση', 'Διεύθυνση', 'Παραγγελία', 'Αποστολή', 'Πληρωμή', 'Έκπτωση', 'Σύνολο'],
    FN: 'Ονοματεπώνυμο', FA: 'Διεύθυνση', FC: 'Εταιρεία', FJ: 'Θέση', FS: 'Επώνυμο', FF: 'Όνομα',
    ADDR: (st, n) => `${st} ${n}`,
    S: [
      'Ο/Η {P} δεν είναι σήμερα στο γραφείο.', '{GREET},\nη παραγγελία σας στάλθηκε στη διεύθυνση {ADDR}.\n{SO},\n{CO}',
      'Η συνάντηση είναι την {DAY} στις {T}, στη γωνία {ST} και {ST}.', '{P}, {JOB}, {CO}', 'Το γραφείο μας: {DIST}, {ADDR}.',
      'Κοντά στον {METRO} άνοιξε νέο κατάστημα {BR}.', 'Αγαπητέ {P},\nο λογαριασμός του {MON} είναι έτοιμος.',
      'Το {INST} ανακοινώνει προσλήψεις τον {MON}.', '{HEAD}\n{DAY}, {N} {MON}\n{DEPT}', 'Υπεύθυνος: {P}, {JOB}',
      'Διεύθυνση: {ADDR}, {DIST}, {CITY}', '{W}! Η {BR} κάνει εκπτώσεις σε {PROD}.', 'Αύριο η {ST} θα είναι κλειστή.',
    ],
  },
  sr_RS_latin: {
    GREET: ['Poštovani', 'Dobar dan', 'Zdravo svima', 'Poštovane kolege'],
    SO: ['Srdačan pozdrav', 'S poštovanjem', 'Hvala', 'Pozdrav'],
    HEAD: ['Zapisnik Sa Sastanka', 'Važno Obaveštenje', 'Mesečni Izveštaj', 'Srećna Nova Godina', 'Srećan Božić',
      'Novo Radno Vreme'],
    MON: ['Januar', 'Februar', 'Mart', 'April', 'Maj', 'Jun', 'Jul', 'Avgust', 'Septembar', 'Oktobar', 'Novembar', 'Decembar'],
    DAY: ['Ponedeljak', 'Utorak', 'Sreda', 'Četvrtak', 'Petak', 'Subota', 'Nedelja'],
    DEPT: ['Računovodstvo', 'Sektor prodaje', 'Ljudski resursi', 'Pravna služba', 'Korisnička podrška'],
    JOB: ['Glavni računovođa', 'Generalni direktor', 'Menadžer prodaje', 'Inženjer', 'Programer', 'Lekar'],
    BR: ['Telekom Srbija', 'NIS', 'Delhaize', 'Maxi', 'Yettel', 'Air Serbia', 'Pošta Srbije', 'Banca Intesa', 'Idea'],
    INST: ['Univerzitet u Beogradu', 'Institut Mihajlo Pupin', 'Muzej Nikole Tesle', 'Aerodrom Nikola Tesla',
      'KBC Dragiša Mišović', 'Narodno pozorište', 'Gimnazija Svetozar Marković'],
    ST: ['Bulevar kralja Aleksandra', 'Ulica Nikole Tesle', 'Knez Mihailova', 'Bulevar Zorana Đinđića',
      'Ulica Vuka Karadžića', 'Njegoševa', 'Bulevar Mihajla Pupina', 'Trg Nikole Pašića', 'Cara Dušana', 'Kneza Miloša',
      'Bulevar despota Stefana', 'Ulica Svetozara Markovića'],
    DIST: ['Stari grad', 'Vračar', 'Novi Beograd', 'Zemun', 'Savski venac', 'Palilula'],
    METRO: ['stanica Vukov spomenik', 'stanica Karađorđev park', 'stajalište Slavija'],
    HON: ['gospodin', 'gospođa', 'Poštovani', 'dr'],
    W: ['Hitno', 'Pažnja', 'Napomena', 'Adresa', 'Porudžbina', 'Dostava', 'Plaćanje', 'Popust', 'Ukupno'],
    FN: 'Ime i prezime', FA: 'Adresa', FC: 'Firma', FJ: 'Radno mesto', FS: 'Prezime', FF: 'Ime',
    ADDR: (st, n) => `${st} ${n}`,
    S: [
      '{P} danas nije u kancelariji.', '{GREET},\nvaša porudžbina je poslata na adresu {ADDR}.\n{SO},\n{CO}',
      'Sastanak je u {DAY} u {T}, na uglu {ST} i {ST}.', '{P}, {JOB}, {CO}', 'Naša kancelarija: {DIST}, {ADDR}.',
      'Kod {METRO} otvoren je novi {BR}.', 'Poštovani {P},\nračun za {MON} je spreman.', '{INST} objavljuje konkurs u {MON}.',
      '{HEAD}\n{DAY}, {N}. {MON}\n{DEPT}', 'Odgovorno lice: {P}, {JOB}', 'Adresa: {ADDR}, {DIST}, {CITY}',
      '{W}! {BR} ima popust na {PROD}.', 'Sutra je {ST} zatvorena.',
    ],
  },
  hr: {
    GREET: ['Poštovani', 'Dobar dan', 'Bok svima', 'Poštovane kolegice i kolege'],
    SO: ['Srdačan pozdrav', 'Lijep pozdrav', 'S poštovanjem', 'Hvala'],
    HEAD: ['Zapisnik Sa Sastanka', 'Važna Obavijest', 'Mjesečno Izvješće', 'Sretna Nova Godina', 'Sretan Božić',
      'Novo Radno Vrijeme'],
    MON: ['Siječanj', 'Veljača', 'Ožujak', 'Travanj', 'Svibanj', 'Lipanj', 'Srpanj', 'Kolovoz', 'Rujan', 'Listopad',
      'Studeni', 'Prosinac'],
    DAY: ['Ponedjeljak', 'Utorak', 'Srijeda', 'Četvrtak', 'Petak', 'Subota', 'Nedjelja'],
    DEPT: ['Računovodstvo', 'Odjel prodaje', 'Ljudski potencijali', 'Pravna služba', 'Korisnička služba'],
    JOB: ['Glavni računovođa', 'Direktor', 'Voditelj prodaje', 'Inženjer', 'Programer', 'Liječnik'],
    BR: ['Konzum', 'HT', 'A1 Hrvatska', 'INA', 'Podravka', 'Kraš', 'Croatia Airlines', 'Zagrebačka banka', 'PBZ', 'Dukat'],
    INST: ['Sveučilište u Zagrebu', 'KBC Sestre milosrdnice', 'Institut Ruđer Bošković', 'HNK Ivana pl. Zajca',
      'Klinika za infektivne bolesti Dr. Fran Mihaljević', 'OŠ Ivana Gorana Kovačića', 'Gimnazija Lucijana Vranjanina'],
    ST: ['Ulica Ivana Gundulića', 'Trg bana Jelačića', 'Ulica Nikole Tesle', 'Avenija Dubrovnik', 'Ilica', 'Vukovarska ulica',
      'Ulica Ante Starčevića', 'Trg Stjepana Radića', 'Ulica kralja Zvonimira', 'Ulica Frana Supila', 'Savska cesta',
      'Ulica Augusta Šenoe'],
    DIST: ['Trešnjevka', 'Maksimir', 'Dubrava', 'Novi Zagreb', 'Trnje', 'Donji grad'],
    METRO: ['stajalište Trg bana Jelačića', 'stanica Glavni kolodvor', 'okretište Ljubljanica'],
    HON: ['gospodin', 'gospođa', 'g.', 'gđa'],
    W: ['Hitno', 'Pažnja', 'Napomena', 'Adresa', 'Narudžba', 'Dostava', 'Plaćanje', 'Popust', 'Ukupno'],
    FN: 'Ime i prezime', FA: 'Adresa', FC: 'Tvrtka', FJ: 'Radno mjesto', FS: 'Prezime', FF: 'Ime',
    ADDR: (st, n) => `${st} ${n}`,
    S: [
      '{P} danas nije u uredu.', '{GREET},\nvaša narudžba poslana je na adresu {ADDR}.\n{SO},\n{CO}',
      'Sastanak je u {DAY} u {T}, na uglu {ST} i {ST}.', '{P}, {JOB}, {CO}', 'Naš ured: {DIST}, {ADDR}.',
      'Kod {METRO} otvoren je novi {BR}.', 'Poštovani {P},\nračun za {MON} je spreman.', '{INST} raspisuje natječaj u {MON}.',
      '{HEAD}\n{DAY}, {N}. {MON}\n{DEPT}', 'Odgovorna osoba: {P}, {JOB}', 'Adresa: {ADDR}, {DIST}, {CITY}',
      '{W}! {BR} ima popust na {PROD}.', 'Sutra je {ST} zatvorena.',
    ],
  },
};

// Romanised lists of the scripted locales (English frames use them).
const P19_LATIN = {
  hy: { ST: ['Mashtots Ave', 'Abovyan Street', 'Tumanyan St', 'Baghramyan Avenue', 'Sayat-Nova Avenue', 'Isahakyan St',
    'Komitas Ave', 'Tigran Mets Ave', 'Vazgen Sargsyan St', 'Khorenatsi Street', 'Nalbandyan St'],
  DIST: ['Shengavit', 'Ajapnyak', 'Arabkir', 'Nor Nork', 'Malatia-Sebastia', 'Kanaker-Zeytun', 'Kentron'],
  METRO: ['Marshal Baghramyan station', 'Zoravar Andranik station', 'Sasuntsi Davit station', 'Yeritasardakan metro'],
  INST: ['Yerevan State Medical University after Mkhitar Heratsi', 'Khachatur Abovian Armenian State Pedagogical University',
    'Komitas State Conservatory', 'Matenadaran', 'Tumanyan Puppet Theatre', 'Sundukyan Theatre'],
  BR: ['Ucom', 'Viva-MTS', 'Ameriabank', 'ACBA Bank', 'Inecobank', 'Yerevan City', 'Zangezur Copper'],
  W: ['Barev dzez', 'Shnorhakalutyun', 'Hargelis', 'Shat lav', 'Merci', 'Ayo'],
  HON: ['Paron', 'Tikin', 'Mr', 'Ms'] },
  ka_GE: { ST: ['Rustaveli Ave', 'Chavchavadze Avenue', 'Aghmashenebeli Ave', 'Vazha-Pshavela Avenue', 'Tsereteli Ave',
    'Kostava Street', 'Gamsakhurdia St', 'Barnovi Street', 'Paliashvili St', 'Abashidze Street', 'Pekini Ave'],
  DIST: ['Saburtalo', 'Vake', 'Didube', 'Gldani', 'Isani', 'Nadzaladevi', 'Mtatsminda'],
  METRO: ['Rustaveli metro station', 'Marjanishvili station', 'Akhmeteli Theatre station', 'Guramishvili station'],
  INST: ['Ivane Javakhishvili Tbilisi State University', 'Ilia State University', 'Rustaveli Theatre',
    'Shota Rustaveli National Science Foundation', 'Paliashvili Opera House', 'Marjanishvili Theatre'],
  BR: ['Magti', 'Silknet', 'Bank of Georgia', 'TBC Bank', 'Liberty Bank', 'Nikora', 'Wissol', 'Gulf Georgia'],
  W: ['Gamarjoba', 'Madloba', 'Didi madloba', 'Nakhvamdis', 'Batono', 'Kalbatono', 'Gaumarjos'],
  HON: ['Batono', 'Kalbatono', 'Mr', 'Ms'] },
  ru: { ST: ['ul. Pushkina', 'Leninsky Prospekt', 'Nevsky Prospekt', 'Tverskaya St', 'Kutuzovsky Ave', 'ul. Lermontova',
    'Gagarina St', 'ul. Chekhova', 'Mayakovskogo St', 'Karla Marksa St', 'ul. Lva Tolstogo'],
  DIST: ['Frunzensky District', 'Kirovsky District', 'Leninsky District', 'Kalininsky district', 'Petrogradsky District'],
  METRO: ['Pushkinskaya station', 'Mayakovskaya metro', 'Turgenevskaya station', 'Chekhovskaya station', 'Kropotkinskaya metro'],
  INST: ['Lomonosov Moscow State University', 'Vakhtangov Theatre', 'Tretyakov Gallery', 'Botkin Hospital',
    'Tchaikovsky Conservatory', 'Plekhanov University', 'Pushkin Museum', 'Bauman University', 'Sklifosovsky Institute'],
  BR: ['Sberbank', 'Yandex', 'Gazprom', 'Aeroflot', 'MTS', 'Beeline', 'Megafon', 'Pyaterochka', 'Magnit', 'Ozon'],
  W: ['Spasibo', 'Privet', 'Dobry den', 'Do svidaniya', 'Zdravstvuyte', 'Pozhaluysta', 'Poka'],
  HON: ['Gospodin', 'Gospozha', 'Mr', 'Ms'] },
  uk: { ST: ['vul. Shevchenka', 'Khreshchatyk St', 'Ivana Franka St', 'Lesi Ukrainky Blvd', 'Bandery Ave', 'Hrushevskoho St',
    'Mitskevycha Square', 'Bohdana Khmelnytskoho St', 'Skovorody Street', 'Lobanovskoho Ave'],
  DIST: ['Shevchenkivskyi district', 'Frankivskyi District', 'Holosiivskyi district', 'Podilskyi District', 'Obolonskyi district'],
  METRO: ['Lukianivska station', 'Teatralna metro', 'Tarasa Shevchenka station', 'Lva Tolstoho station'],
  INST: ['Taras Shevchenko National University of Kyiv', 'Ivan Franko National University of Lviv', 'Lesya Ukrainka Theatre',
    'Bogomolets National Medical University', 'Pyrohov Hospital'],
  BR: ['PrivatBank', 'Monobank', 'Kyivstar', 'Ukrposhta', 'Nova Poshta', 'Oschadbank', 'Rozetka', 'Silpo', 'Ukrzaliznytsia'],
  W: ['Dyakuyu', 'Pryvit', 'Dobryi den', 'Slava Ukraini', 'Budlaska', 'Do pobachennya'],
  HON: ['Pan', 'Pani', 'Mr', 'Ms'] },
  el: { ST: ['Vasilissis Sofias Ave', 'Syngrou Avenue', 'Eleftheriou Venizelou St', 'Ermou Street', 'Panepistimiou St',
    'Akadimias Street', 'Tsimiski St', 'Kifisias Ave', 'Alexandras Avenue', 'Athinas Street'],
  DIST: ['Kolonaki', 'Pangrati', 'Kypseli', 'Glyfada', 'Kalamaria', 'Marousi'],
  METRO: ['Syntagma station', 'Evangelismos station', 'Megaro Moussikis station', 'Omonia metro'],
  INST: ['Onassis Foundation', 'Stavros Niarchos Foundation', 'Evangelismos Hospital', 'Aristotle University',
    'Papanikolaou Hospital', 'Megaron Concert Hall'],
  BR: ['OTE', 'Cosmote', 'Vodafone Greece', 'PPC', 'National Bank of Greece', 'Piraeus Bank', 'ELTA', 'Sklavenitis',
    'AB Vassilopoulos', 'Aegean'],
  W: ['Kalimera', 'Efcharisto', 'Yia sas', 'Kalispera', 'Chronia polla', 'Parakalo', 'Opa'],
  HON: ['Kyrie', 'Kyria', 'Mr', 'Ms'] },
};

// Frames of every locale: forms, signatures, chat, headers, CSV, tables, JSON.
const P19_FRAMES_POS = [
  '{FN}: {P}\n{FA}: {ADDR}, {CITY}\n{FC}: {CO}\n{FJ}: {JOB}', '{SO},\n{P}\n{JOB}\n{DEPT}\n{CO}\n{ADDR}',
  '[{T}] {F}: {W}! {ST}, {METRO}', 'From: {P} <{E}>\nSubject: {HEAD}', 'name;company;street;city\n{P};{CO};{ST};{CITY}',
  '| {N} | {P} | {JOB} | {DEPT} |', '{"name": "{P}", "street": "{ADDR}", "city": "{CITY}"}', '{FS}: {S}\n{FF}: {F}\n{FA}: {ADDR}',
  '{GREET} {F},\n{HEAD}: {DAY}, {T}, {INST}.\n{SO},\n{P}', '{HON} {P} — {JOB}, {BR}', '{P} ({DIST}, {ST})',
  '{T} {P}: {W}, {MON} {N}?', '{HEAD}\n{FN}: {PAT}\n{FJ}: {JOB}\n{FC}: {INST}',
];
const P19_FRAMES_NEG = [
  '{FC}: {CO}\n{FA}: {ADDR}, {CITY}\n{FJ}: {JOB}', '{SO},\n{DEPT}\n{CO}\n{ADDR}, {CITY}', '[{T}] {W}: {ST}, {METRO}',
  'From: {BR} <{M}>\nSubject: {HEAD}', 'company;street;district;city\n{CO};{ADDR};{DIST};{CITY}',
  '| {N} | {JOB} | {DEPT} | {BR} |', '{"company": "{CO}", "street": "{ST}", "district": "{DIST}"}',
  '{HEAD}\n{DAY}, {N} {MON} {Y}\n{DEPT}, {INST}', '{ADDR}\n{DIST}\n{CITY}', '{GREET},\n{HEAD}.\n{SO},\n{BR}',
  '{W}: {PROD}, {BR}', '{DAY} — {MON} — {ST} — {METRO}', '{INST}\n{DEPT}\n{ADDR}', '{JOB} / {DEPT} / {CO}',
  '{MON} {Y}: {BR}, {CO}, {INST}',
];
const P19_EN_POS = [
  '{P} is not in the office today.', 'Meet {F} at {METRO} at {T}.', '{P} lives on {ST}, near {METRO}.',
  '{P} works as {JOB} at {CO}.', 'Dear {P},\nyour order was shipped to {ADDR}.\n{SO},\n{BR}',
  '{P} graduated from {INST} in {Y}.', 'Hi {F}! The {BR} office on {ST} is closed on {DAY}.', 'Contact person: {P}, {DEPT}',
  '{HON} {S} will call you on {DAY}.', '{P} and {P} moved to {DIST} last {MON}.',
];
const P19_EN_NEG = [
  'Our office is at {ADDR}, {DIST}.', 'The meeting is on {DAY} at {T} near {METRO}.', '{ST} will be closed on {DAY}.',
  '{INST} is hiring a {JOB}.', '{W}! The new {BR} store on {ST} opens in {MON}.', 'Parcel for {CO}, {ADDR}.',
  'Take the metro to {METRO}, then walk along {ST}.', '{HEAD}\n{DEPT}, {CO}', 'I studied at {INST} and now work for {BR}.',
  'Traffic jam on {ST} again, avoid {DIST}.', '{GREET},\nthe {PROD} you ordered from {CO} is ready.\n{SO},\n{DEPT}',
];

// Faker's own things of those locales, bare and in plain frames: regions
// ("Черкаська область", "Braničevski okrug", "Krapinsko-zagorska"),
// counties, streets and street addresses, firms, products, towns.
const P19_FAKER_NEG = [
  'Meet me on {FST} at noon.', '{FST}', 'Delivery to {FSA} failed.', '{FSA}', 'The office in {STATE} is closed.',
  '{STATE}', '{COUNTY}', 'We signed with {CO} yesterday.', '{CO}', '{PROD}', 'The {PROD} broke after a week.', '{CITY}',
  'We are moving to {CITY} in spring.', '{FSA}, {CITY}, {STATE}',
];
const P19_FAKER_POS = [
  'Meet {P} on {FST} at noon.', '{P}, {FSA}, {CITY}', '{P} ({STATE})', '{P} works for {CO}.', '{F} bought the {PROD}.',
];

function p19Record(i) {
  const locale = P19_LOCALES[i % P19_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const words = P19_WORDS[locale];
  const latin = P19_SCRIPTED.has(locale) && rng.chance(0.4);
  const english = latin || rng.chance(0.3);
  const L = latin ? { ...words, ...P19_EN, ...P19_LATIN[locale] } : english ? { ...words, ...P19_EN, HON: words.HON } : words;
  const rom = (s) => (latin ? p19Roman(s) : s);
  const positive = Math.floor(i / P19_LOCALES.length) % 2 === 0;
  const pool = english
    ? (positive ? [...P19_EN_POS, ...P19_FRAMES_POS] : [...P19_EN_NEG, ...P19_FRAMES_NEG])
    : (positive ? [...words.S.filter((s) => /\{(P|F|S|PAT)\}/.test(s)), ...P19_FRAMES_POS]
      : [...words.S.filter((s) => !/\{(P|F|S|PAT)\}/.test(s)), ...P19_FRAMES_NEG]);
  const fakerFrame = rng.chance(0.35);
  const template = fakerFrame ? rng.pick(positive ? P19_FAKER_POS : P19_FAKER_NEG) : rng.pick(pool);
  const r = new Record(positive ? 'prec19a_person' : 'prec19a_negative', locale);
  let last = null;
  const person = () => {
    const sex = rng.pick(['female', 'male']);
    const first = rom(f.person.firstName(sex)).split(' ')[0];
    const sur = rom(f.person.lastName(sex));
    let mid = null;
    if (locale === 'ru' || locale === 'uk') mid = rom(f.person.middleName(sex));
    last = { first, sur, mid };
    return last;
  };
  const street = () => (rng.chance(0.7) ? rng.pick(L.ST) : rom(f.location.street()));
  const number = () => String(rng.int(1, 180));
  for (const piece of template.split(/(\{[A-Z]+\})/)) {
    const m = /^\{([A-Z]+)\}$/.exec(piece);
    if (!m) {
      if (piece) r.t(piece);
      continue;
    }
    const k = m[1];
    if (k === 'P') {
      const p = person();
      const inverted = (locale === 'ru' || locale === 'uk' || locale === 'az') && rng.chance(0.35);
      r.e('PERSON', inverted ? `${p.sur} ${p.first}` : `${p.first} ${p.sur}`);
    } else if (k === 'PAT') {
      const p = person();
      if (p.mid) r.e('PERSON', rng.chance(0.5) ? `${p.sur} ${p.first} ${p.mid}` : rng.chance(0.5) ? `${p.first} ${p.mid}` : `${p.first} ${p.mid} ${p.sur}`);
      else r.e('PERSON', `${p.first} ${p.sur}`);
    } else if (k === 'F') r.e('PERSON', person().first);
    else if (k === 'S') r.e('PERSON', person().sur);
    else if (k === 'E') {
      const p = last ?? person();
      r.e('EMAIL_ADDRESS', allFakers.en.internet.email({ firstName: transliterate(p19Roman(p.first)),
        lastName: transliterate(p19Roman(p.sur)) }));
    } else if (k === 'M') r.e('EMAIL_ADDRESS', 'noreply@example.com');
    else if (k === 'ST') r.e('LOCATION', street());
    else if (k === 'ADDR') {
      const st = street();
      r.e('ADDRESS', latin || english && !P19_SCRIPTED.has(locale) ? (rng.chance(0.5) ? `${number()} ${st}` : `${st} ${number()}`)
        : L.ADDR(st, number()));
    } else if (k === 'FST') r.e('LOCATION', rom(f.location.street()));
    else if (k === 'FSA') r.e('ADDRESS', rom(f.location.streetAddress(rng.chance(0.5))));
    else if (k === 'STATE') {
      let state;
      try { state = f.location.state(); } catch { state = city(f); }  // (Azerbaijani has none)
      r.e('LOCATION', rom(state));
    }
    else if (k === 'COUNTY') r.e('LOCATION', rom(f.location.county()));
    else if (k === 'DIST' || k === 'METRO') r.e('LOCATION', rng.pick(L[k]));
    else if (k === 'CITY') r.e('LOCATION', rom(city(f)));
    else if (k === 'CO') r.e('ORGANIZATION', rom(company(f)));
    else if (k === 'BR' || k === 'INST') r.e('ORGANIZATION', rng.pick(L[k]));
    else if (k === 'JOB') r.e('TITLE', rng.chance(0.3) ? rom(jobTitle(f)) : rng.pick(L.JOB));
    else if (k === 'PROD') r.t(rom(product(f)));
    else if (k === 'T') r.t(`${String(rng.int(7, 21)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`);
    else if (k === 'N') r.t(String(rng.int(1, 28)));
    else if (k === 'Y') r.t(String(rng.int(1990, 2027)));
    else if (typeof L[k] === 'string') r.t(L[k]);
    else r.t(rng.pick(L[k]));
  }
  return r;
}

if (SET === 'prec19a') {
  const out = [];
  while (out.length < RECORDS) out.push(p19Record(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the precB probe set (--set precB) -------------------------------------
//   node generate.mjs --set precB --seed 223 --records 600 > ../data/generated_pii_precB.json
//
// PERSON precision in fr_CA, fr_LU, ro_MD, en_GH, es_MX, pt_BR, nl and pl by
// construction: the non-person vocabulary is enumerated from faker's own
// definitions for each locale (the chain its faker reads: the locale, its
// language, English): every category that is no person — location (street
// names, street prefixes and suffixes, built streets, city names, city
// prefixes and suffixes, states, counties, countries), company (names, legal
// forms, adjectives, descriptors, nouns, buzzwords, catch phrases), person
// (job titles, areas, descriptors, types), commerce (departments, product
// names, adjectives, materials, products), lorem and word lists, colours,
// vehicles, books, music, food, animals, teams, airlines, science, months
// and weekdays. Each record draws one category (its template is
// `precB_<category>`) and places two or three of its values in one of many
// kinds of text — sentences, chat lines, forms with keys, CSV rows, JSON,
// e-mails, signatures, address blocks, lists, title-case headings — and in
// the positions of a name (after a greeting, after "with"/"avec"/"cu"/"com"/
// "met"/"z", at the start of a line, capitalised), mixed with real people
// (PERSON) in the same frames so recall is measured too. Places are
// LOCATION, firms, airlines, publishers and makers ORGANIZATION; the rest
// has no label. Tokens: {X} a value of the record's category, {P} a full
// name, {F} its given name, {S} a surname, {Q} another person, {K} the
// form key of the category.

const PB_LOCALES = ['fr_CA', 'fr_LU', 'ro_MD', 'en_GH', 'es_MX', 'pt_BR', 'nl', 'pl'];
const PB_LANG = { fr_CA: 'fr', fr_LU: 'fr', ro_MD: 'ro', en_GH: 'en', es_MX: 'es', pt_BR: 'pt', nl: 'nl', pl: 'pl' };

// Every string of a definition (arrays, and objects of arrays), no patterns.
function pbFlat(x) {
  if (x == null) return [];
  if (typeof x === 'string') return x.includes('{{') || /[#?]/.test(x) ? [] : [x];
  if (Array.isArray(x)) return x.flatMap(pbFlat);
  if (typeof x === 'object') return Object.values(x).flatMap(pbFlat);
  return [];
}

// [category, label, group (for the form key), values(f, defs)]
const PB_CATEGORIES = [
  ['location.street', 'LOCATION', 'street', (f) => [f.location.street()]],
  ['location.street_name', 'LOCATION', 'street', (f, d) => pbFlat(d.location.street_name)],
  ['location.street_name_part', 'LOCATION', 'street', (f, d) => pbFlat(d.location.street_name_part)],
  ['location.street_prefix', null, 'word', (f, d) => pbFlat(d.location.street_prefix)],
  ['location.street_suffix', null, 'word', (f, d) => pbFlat(d.location.street_suffix)],
  ['location.city', 'LOCATION', 'city', (f) => [f.location.city()]],
  ['location.city_name', 'LOCATION', 'city', (f, d) => pbFlat(d.location.city_name)],
  ['location.city_prefix', null, 'word', (f, d) => pbFlat(d.location.city_prefix)],
  ['location.city_suffix', null, 'word', (f, d) => pbFlat(d.location.city_suffix)],
  ['location.state', 'LOCATION', 'region', (f, d) => pbFlat(d.location.state)],
  ['location.county', 'LOCATION', 'region', (f, d) => pbFlat(d.location.county)],
  ['location.country', 'LOCATION', 'country', (f, d) => pbFlat(d.location.country)],
  ['company.name', 'ORGANIZATION', 'company', (f) => [f.company.name()]],
  ['company.legal_entity_type', null, 'word', (f, d) => pbFlat(d.company.legal_entity_type)],
  ['company.adjective', null, 'word', (f, d) => pbFlat(d.company.adjective)],
  ['company.descriptor', null, 'word', (f, d) => pbFlat(d.company.descriptor)],
  ['company.noun', null, 'word', (f, d) => pbFlat(d.company.noun)],
  ['company.buzz', null, 'word', (f, d) => pbFlat([d.company.buzz_adjective, d.company.buzz_noun, d.company.buzz_verb])],
  ['company.catchPhrase', null, 'slogan', (f) => [f.company.catchPhrase(), f.company.buzzPhrase()]],
  ['person.jobTitle', null, 'job', (f) => [f.person.jobTitle()]],
  ['person.job_area', null, 'job', (f, d) => pbFlat(d.person.job_area)],
  ['person.job_descriptor', null, 'job', (f, d) => pbFlat(d.person.job_descriptor)],
  ['person.job_type', null, 'job', (f, d) => pbFlat(d.person.job_type)],
  ['commerce.department', null, 'dept', (f, d) => pbFlat(d.commerce.department)],
  ['commerce.productName', null, 'product', (f) => [f.commerce.productName()]],
  ['commerce.product_name', null, 'product', (f, d) => pbFlat(d.commerce.product_name)],
  ['lorem.word', null, 'word', (f, d) => pbFlat(d.lorem.word)],
  ['word', null, 'word', (f, d) => pbFlat([d.word?.noun, d.word?.adjective, d.word?.adverb, d.word?.interjection])],
  ['color.human', null, 'colour', (f, d) => pbFlat(d.color.human)],
  ['vehicle.manufacturer', 'ORGANIZATION', 'vehicle', (f, d) => pbFlat(d.vehicle.manufacturer)],
  ['vehicle.model', null, 'vehicle', (f, d) => pbFlat([d.vehicle.model, d.vehicle.type, d.vehicle.bicycle_type])],
  ['book.title', null, 'book', (f, d) => pbFlat([d.book.title, d.book.genre, d.book.series])],
  ['book.publisher', 'ORGANIZATION', 'company', (f, d) => pbFlat(d.book.publisher)],
  ['music', null, 'music', (f, d) => pbFlat([d.music.genre, d.music.song_name, d.music.album])],
  ['food', null, 'food', (f, d) => pbFlat([d.food.dish, d.food.ingredient, d.food.fruit, d.food.vegetable, d.food.spice])],
  ['animal', null, 'word', (f, d) => pbFlat([d.animal.type, d.animal.dog, d.animal.cat, d.animal.horse])],
  ['team', null, 'word', (f) => [f.team?.name?.() ?? 'Team']],
  ['airline.airline', 'ORGANIZATION', 'company', (f, d) => pbFlat(d.airline.airline).filter((x) => typeof x === 'string')],
  ['science', null, 'word', (f, d) => pbFlat([d.science.chemical_element])],
  ['date.month', null, 'month', (f, d) => pbFlat(d.date.month.wide)],
  ['date.weekday', null, 'day', (f, d) => pbFlat(d.date.weekday.wide)],
];

const PB_KEYS = {
  en: { street: 'Street', city: 'City', region: 'Region', country: 'Country', company: 'Company', job: 'Position',
    dept: 'Department', product: 'Product', colour: 'Colour', vehicle: 'Vehicle', book: 'Title', music: 'Track',
    food: 'Dish', month: 'Month', day: 'Day', word: 'Keyword', slogan: 'Slogan', name: 'Name' },
  fr: { street: 'Rue', city: 'Ville', region: 'Province', country: 'Pays', company: 'Société', job: 'Poste',
    dept: 'Rayon', product: 'Produit', colour: 'Couleur', vehicle: 'Véhicule', book: 'Titre', music: 'Titre',
    food: 'Plat', month: 'Mois', day: 'Jour', word: 'Mot-clé', slogan: 'Devise', name: 'Nom' },
  ro: { street: 'Strada', city: 'Localitate', region: 'Raion', country: 'Țara', company: 'Firma', job: 'Funcția',
    dept: 'Departament', product: 'Produs', colour: 'Culoare', vehicle: 'Vehicul', book: 'Titlu', music: 'Piesă',
    food: 'Fel', month: 'Luna', day: 'Ziua', word: 'Cuvânt-cheie', slogan: 'Slogan', name: 'Nume' },
  es: { street: 'Calle', city: 'Ciudad', region: 'Estado', country: 'País', company: 'Empresa', job: 'Puesto',
    dept: 'Departamento', product: 'Producto', colour: 'Color', vehicle: 'Vehículo', book: 'Título', music: 'Canción',
    food: 'Platillo', month: 'Mes', day: 'Día', word: 'Palabra clave', slogan: 'Lema', name: 'Nombre' },
  pt: { street: 'Rua', city: 'Cidade', region: 'Estado', country: 'País', company: 'Empresa', job: 'Cargo',
    dept: 'Setor', product: 'Produto', colour: 'Cor', vehicle: 'Veículo', book: 'Título', music: 'Música',
    food: 'Prato', month: 'Mês', day: 'Dia', word: 'Palavra-chave', slogan: 'Lema', name: 'Nome' },
  nl: { street: 'Straat', city: 'Plaats', region: 'Provincie', country: 'Land', company: 'Bedrijf', job: 'Functie',
    dept: 'Afdeling', product: 'Product', colour: 'Kleur', vehicle: 'Voertuig', book: 'Titel', music: 'Nummer',
    food: 'Gerecht', month: 'Maand', day: 'Dag', word: 'Trefwoord', slogan: 'Slogan', name: 'Naam' },
  pl: { street: 'Ulica', city: 'Miejscowość', region: 'Województwo', country: 'Kraj', company: 'Firma',
    job: 'Stanowisko', dept: 'Dział', product: 'Produkt', colour: 'Kolor', vehicle: 'Pojazd', book: 'Tytuł',
    music: 'Utwór', food: 'Danie', month: 'Miesiąc', day: 'Dzień', word: 'Słowo kluczowe', slogan: 'Hasło',
    name: 'Imię i nazwisko' },
};

// Frames: {X} in a name's positions and in the text kinds of every
// language; the same frames with {P}/{F}/{S}/{Q} hold the real people.
const PB_FRAMES = {
  en: [
    'Hi {X},\nthanks for the update.', 'Hello {X}! Long time no see.', 'Dear {X},\nplease find attached the report.',
    'Meeting with {X} on Monday.', 'I had lunch with {X} and {Q}.', '{X} said the delivery is late.',
    '{X}\n{P}\n+233 24 555 0101', 'Thanks {X}!', '{K}: {X}\n{K}: {X}', '{"{K}": "{X}", "owner": "{P}"}',
    'id,{K},note\n{N},{X},ok\n{N},{X},late', 'From: {P}\nTo: {F}\nSubject: {X}', 'Best regards,\n{X}',
    '- {X}\n- {X}\n- {X}', '{X} Update For {X}', '[10:42] {F}: did you see {X}?', 'cc {X}, {S}',
    'We spoke with {X} yesterday; {F} will follow up.', 'Sincerely,\n{P}\n{X}', '{P} — {X}', 'Attn: {X}\n{SA}',
    '{X} and {X} are on the list.', '@{F} ask {X} please', 'Signed: {X}',
  ],
  fr: [
    'Bonjour {X},\nmerci pour le suivi.', 'Salut {X} ! Ça fait longtemps.', 'Cher {X},\nveuillez trouver ci-joint le rapport.',
    'Réunion avec {X} lundi.', 'J’ai dîné avec {X} et {Q}.', '{X} dit que la livraison est en retard.',
    '{X}\n{P}\n514 555-0101', 'Merci {X} !', '{K} : {X}\n{K} : {X}', '{"{K}": "{X}", "responsable": "{P}"}',
    'id;{K};note\n{N};{X};ok\n{N};{X};retard', 'De : {P}\nÀ : {F}\nObjet : {X}', 'Cordialement,\n{X}',
    '- {X}\n- {X}\n- {X}', '{X} : Nouvelles De {X}', '[10:42] {F} : t’as vu {X} ?', 'cc {X}, {S}',
    'On a parlé avec {X} hier ; {F} fera le suivi.', 'Bien à vous,\n{P}\n{X}', '{P} — {X}', 'À l’attention de {X}\n{SA}',
    '{X} et {X} sont sur la liste.', '@{F} demande à {X} stp', 'Signé : {X}', 'Chez {X}, tout va bien.',
  ],
  ro: [
    'Bună ziua {X},\nmulțumesc pentru răspuns.', 'Salut {X}! Ce mai faci?', 'Stimate {X},\nvă trimit raportul atașat.',
    'Ședință cu {X} luni.', 'Am luat prânzul cu {X} și {Q}.', '{X} spune că livrarea întârzie.',
    '{X}\n{P}\n+373 69 555 010', 'Mulțumesc {X}!', '{K}: {X}\n{K}: {X}', '{"{K}": "{X}", "responsabil": "{P}"}',
    'id,{K},nota\n{N},{X},ok\n{N},{X},întârziere', 'De la: {P}\nCătre: {F}\nSubiect: {X}', 'Cu stimă,\n{X}',
    '- {X}\n- {X}\n- {X}', '{X} Noutăți Despre {X}', '[10:42] {F}: ai văzut {X}?', 'cc {X}, {S}',
    'Am vorbit cu {X} ieri; {F} revine.', 'Cu respect,\n{P}\n{X}', '{P} — {X}', 'În atenția {X}\n{SA}',
    '{X} și {X} sunt pe listă.', '@{F} întreabă-l pe {X}', 'Semnat: {X}', 'La {X} totul e bine.',
  ],
  es: [
    'Hola {X},\ngracias por avisar.', '¡Buenos días {X}! ¿Cómo estás?', 'Estimado {X}:\nadjunto el informe.',
    'Reunión con {X} el lunes.', 'Comí con {X} y {Q}.', '{X} dice que el envío viene tarde.',
    '{X}\n{P}\n55 5555 0101', '¡Gracias {X}!', '{K}: {X}\n{K}: {X}', '{"{K}": "{X}", "responsable": "{P}"}',
    'id,{K},nota\n{N},{X},ok\n{N},{X},tarde', 'De: {P}\nPara: {F}\nAsunto: {X}', 'Saludos,\n{X}',
    '- {X}\n- {X}\n- {X}', '{X}: Noticias De {X}', '[10:42] {F}: ¿viste {X}?', 'cc {X}, {S}',
    'Hablamos con {X} ayer; {F} da seguimiento.', 'Atentamente,\n{P}\n{X}', '{P} — {X}', 'Atención: {X}\n{SA}',
    '{X} y {X} están en la lista.', '@{F} pregúntale a {X}', 'Firmado: {X}', 'En {X} todo bien.',
  ],
  pt: [
    'Olá {X},\nobrigado pelo retorno.', 'Oi {X}! Quanto tempo!', 'Prezado {X},\nsegue o relatório em anexo.',
    'Reunião com {X} na segunda.', 'Almocei com {X} e {Q}.', '{X} disse que a entrega atrasou.',
    '{X}\n{P}\n(11) 95555-0101', 'Obrigado {X}!', '{K}: {X}\n{K}: {X}', '{"{K}": "{X}", "responsavel": "{P}"}',
    'id;{K};obs\n{N};{X};ok\n{N};{X};atraso', 'De: {P}\nPara: {F}\nAssunto: {X}', 'Atenciosamente,\n{X}',
    '- {X}\n- {X}\n- {X}', '{X}: Novidades De {X}', '[10:42] {F}: viu {X}?', 'cc {X}, {S}',
    'Falamos com {X} ontem; {F} vai acompanhar.', 'Abraços,\n{P}\n{X}', '{P} — {X}', 'A/C {X}\n{SA}',
    '{X} e {X} estão na lista.', '@{F} pergunta pro {X}', 'Assinado: {X}', 'Na {X} tudo certo.',
  ],
  nl: [
    'Hoi {X},\nbedankt voor je bericht.', 'Goedemorgen {X}! Lang niet gezien.', 'Beste {X},\nin de bijlage het rapport.',
    'Overleg met {X} op maandag.', 'Ik heb geluncht met {X} en {Q}.', '{X} zegt dat de levering laat is.',
    '{X}\n{P}\n06 5555 0101', 'Bedankt {X}!', '{K}: {X}\n{K}: {X}', '{"{K}": "{X}", "eigenaar": "{P}"}',
    'id;{K};opmerking\n{N};{X};ok\n{N};{X};laat', 'Van: {P}\nAan: {F}\nOnderwerp: {X}', 'Met vriendelijke groet,\n{X}',
    '- {X}\n- {X}\n- {X}', '{X}: Nieuws Over {X}', '[10:42] {F}: heb je {X} gezien?', 'cc {X}, {S}',
    'We spraken met {X} gisteren; {F} pakt het op.', 'Groeten,\n{P}\n{X}', '{P} — {X}', 'T.a.v. {X}\n{SA}',
    '{X} en {X} staan op de lijst.', '@{F} vraag het {X}', 'Getekend: {X}', 'Bij {X} gaat alles goed.',
  ],
  pl: [
    'Cześć {X},\ndzięki za odpowiedź.', 'Dzień dobry {X}! Dawno się nie widzieliśmy.', 'Szanowny {X},\nw załączniku raport.',
    'Spotkanie z {X} w poniedziałek.', 'Byłem na obiedzie z {X} i {Q}.', '{X} mówi, że dostawa się spóźnia.',
    '{X}\n{P}\n+48 555 010 101', 'Dzięki {X}!', '{K}: {X}\n{K}: {X}', '{"{K}": "{X}", "opiekun": "{P}"}',
    'id;{K};uwagi\n{N};{X};ok\n{N};{X};opóźnienie', 'Od: {P}\nDo: {F}\nTemat: {X}', 'Pozdrawiam,\n{X}',
    '- {X}\n- {X}\n- {X}', '{X}: Wieści Z {X}', '[10:42] {F}: widziałeś {X}?', 'cc {X}, {S}',
    'Rozmawialiśmy z {X} wczoraj; {F} się odezwie.', 'Z poważaniem,\n{P}\n{X}', '{P} — {X}', 'Do rąk: {X}\n{SA}',
    '{X} i {X} są na liście.', '@{F} zapytaj {X}', 'Podpisano: {X}', 'W {X} wszystko w porządku.',
  ],
};

function pbCap(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function precBRecord(i) {
  const locale = PB_LOCALES[i % PB_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const d = f.rawDefinitions;
  const lang = rng.chance(0.8) ? PB_LANG[locale] : 'en';
  // A category the locale's faker has, drawn in turn so every one is seen
  // in every locale (41 categories, 8 locales: every pair in 328 records).
  let cat;
  let values = [];
  for (let k = 0; values.length === 0 && k < PB_CATEGORIES.length; ++k) {
    cat = PB_CATEGORIES[(i + k) % PB_CATEGORIES.length];
    try {
      values = cat[3](f, d).filter((v) => typeof v === 'string' && v.trim() && !/["\\]/.test(v));
    } catch {
      values = [];
    }
  }
  const [name, label, group] = cat;
  const draw = () => {
    const v = rng.pick(cat[3].length === 1 ? cat[3](f, d) : values);
    // Lower-case words stand capitalised where a name would (a title, a
    // line's start) as often as not.
    return typeof v === 'string' && !/["\\]/.test(v) && v.trim() ? (rng.chance(0.6) ? pbCap(v) : v) : pbCap(rng.pick(values));
  };
  // One in four records holds people only in the frame's slots (recall);
  // the rest put the category's values there.
  const peopleOnly = i % 4 === 3;
  const template = rng.pick(PB_FRAMES[lang]);
  const r = new Record(peopleOnly ? 'precB_person' : `precB_${name}`, locale);
  const p = personName(f);
  for (const piece of template.split(/(\{[A-Z]+\})/)) {
    const m = /^\{([A-Z]+)\}$/.exec(piece);
    if (!m) {
      if (piece) r.t(piece);
      continue;
    }
    const k = m[1];
    if (k === 'X') {
      if (peopleOnly) r.e('PERSON', rng.chance(0.6) ? personName(f).full : rng.pick([p.first, personName(f).last]));
      else if (label) r.e(label, draw());
      else r.t(draw());
    } else if (k === 'P') r.e('PERSON', p.full);
    else if (k === 'F') r.e('PERSON', p.first);
    else if (k === 'S') r.e('PERSON', personName(f).last);
    else if (k === 'Q') r.e('PERSON', personName(f).full);
    else if (k === 'K') r.t(rng.chance(0.8) ? PB_KEYS[lang][peopleOnly ? 'name' : group] : PB_KEYS.en[peopleOnly ? 'name' : group]);
    else if (k === 'SA') r.e('ADDRESS', f.location.streetAddress(false));
    else r.t(String(rng.int(10, 9999)));
  }
  return r;
}

if (SET === 'precB') {
  const out = [];
  while (out.length < RECORDS) out.push(precBRecord(out.length));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the precC probe set (--set precC) -------------------------------------
//   node generate.mjs --set precC --seed 229 --records 1440 --places 300 --offices 240 > ../data/generated_pii_precC.json
//
// PERSON precision in the languages of az, hy, ka_GE, ro_MD, fr_CA, fr_LU,
// nl, pl, ru, el, hr, de_CH, es_MX, cs_CZ, sk and fi by the ordinary
// capitalised words written around names: greetings and sign-offs, form
// labels, titles and honorifics, the nouns a letter addresses ("Dear
// Customer", "Hyvä Asiakas", "Estimado Cliente"), institution and document
// words (bank, ministry, hospital, court, passport, contract, invoice),
// weekdays and months, German nouns, sentence-initial words of Armenian,
// Georgian, Greek and Cyrillic script. Messages, letters, forms and chats
// are written here by hand in each language; half the records hold people
// (faker's names of the locale, PERSON; Russian and Greek names in their
// script or transliterated), half hold the same frames with a non-name in
// the name's place and no one at all. Tokens: {P} a full name, {F} a given
// name, {S} a surname, {A} an addressee noun, {I} an institution or
// document word, {D} a weekday, {M} a month, {G} a greeting, {N} a number.

const PC_LOCALES = ['az', 'hy', 'ka_GE', 'ro_MD', 'fr_CA', 'fr_LU', 'nl', 'pl', 'ru', 'el', 'hr', 'de_CH', 'es_MX',
  'cs_CZ', 'sk', 'fi'];
const PC_LANG = { az: 'az', hy: 'hy', ka_GE: 'ka', ro_MD: 'ro', fr_CA: 'fr', fr_LU: 'fr', nl: 'nl', pl: 'pl', ru: 'ru',
  el: 'el', hr: 'hr', de_CH: 'de', es_MX: 'es', cs_CZ: 'cs', sk: 'sk', fi: 'fi' };

const PC = {
  az: {
    G: ['Hörmətli', 'Salam', 'Əziz', 'Sabahınız xeyir', 'Təşəkkürlər'],
    A: ['Müştəri', 'Həmkarlar', 'Valideynlər', 'Tələbələr', 'İstifadəçi', 'Direktor', 'Komanda', 'Abunəçi', 'Xanımlar', 'Dostlar'],
    I: ['Bank', 'Nazirlik', 'Xəstəxana', 'Məktəb', 'Məhkəmə', 'Universitet', 'Vergi İdarəsi', 'Pasport', 'Müqavilə', 'Faktura', 'Sifariş', 'Bələdiyyə'],
    D: ['Bazar ertəsi', 'Çərşənbə', 'Cümə', 'Şənbə', 'Bazar'],
    M: ['Yanvar', 'Fevral', 'Mart', 'Aprel', 'May', 'İyun', 'Sentyabr', 'Oktyabr', 'Noyabr', 'Dekabr'],
    pos: ['Hörmətli {P},\nsifarişiniz hazırdır.', 'Salam {F}! Sabah görüşək?', 'Ad: {F}\nSoyad: {S}\nTarix: {N}',
      '{I} müştərisi {P} ərizə yazıb.', 'Müqavilə {P} ilə imzalandı.', 'Hörmətlə,\n{P}', 'Cənab {S} sabah gələcək.',
      '{F} xanım {D} zəng etdi.', 'Göndərən: {P}\nMövzu: {I}', 'Bu gün {P} ilə danışdım.'],
    neg: ['Hörmətli {A},\nsifarişiniz hazırdır.', 'Salam {A}! Yeni xəbərlər var.', 'Ad:\nSoyad:\nTarix: {N}',
      '{I} sizə məlumat verir.', '{D} günü {I} bağlıdır.', '{M} ayında {I} yenilənəcək.', 'Hörmətlə,\n{I} Komandası',
      'Diqqət! {I} Xidməti Dəyişir', '{A} üçün Yeni Qaydalar', 'Təşəkkürlər, {A}!', 'Mövzu: {I} haqqında',
      'Zəhmət olmasa {I} Şöbəsinə müraciət edin.', 'Xahiş edirik, {A} Formu doldurun.'],
  },
  hy: {
    G: ['Հարգելի', 'Բարև', 'Սիրելի', 'Բարի լույս', 'Շնորհակալություն'],
    A: ['Հաճախորդ', 'Գործընկերներ', 'Ծնողներ', 'Ուսանողներ', 'Օգտատեր', 'Տնօրեն', 'Թիմ', 'Բաժանորդ', 'Ընկերներ'],
    I: ['Բանկ', 'Նախարարություն', 'Հիվանդանոց', 'Դպրոց', 'Դատարան', 'Համալսարան', 'Հարկային Տեսչություն', 'Անձնագիր', 'Պայմանագիր', 'Հաշիվ', 'Պատվեր', 'Քաղաքապետարան'],
    D: ['Երկուշաբթի', 'Երեքշաբթի', 'Չորեքշաբթի', 'Ուրբաթ', 'Շաբաթ', 'Կիրակի'],
    M: ['Հունվար', 'Փետրվար', 'Մարտ', 'Ապրիլ', 'Մայիս', 'Հունիս', 'Սեպտեմբեր', 'Հոկտեմբեր', 'Դեկտեմբեր'],
    pos: ['Հարգելի {P},\nձեր պատվերը պատրաստ է։', 'Բարև {F}, վաղը կհանդիպենք՞', 'Անուն: {F}\nԱզգանուն: {S}\nԱմսաթիվ: {N}',
      '{I}-ի հաճախորդ {P} դիմում է գրել։', 'Պայմանագիրը ստորագրեց {P}։', 'Հարգանքով,\n{P}', 'Պարոն {S} վաղը կգա։',
      'Տիկին {S} զանգահարեց {D}։', 'Ուղարկող: {P}\nԹեմա: {I}', 'Այսօր խոսեցի {P}-ի հետ։'],
    neg: ['Հարգելի {A},\nձեր պատվերը պատրաստ է։', 'Բարև {A}! Նոր լուրեր ունենք։', 'Անուն:\nԱզգանուն:\nԱմսաթիվ: {N}',
      '{I}ը տեղեկացնում է։', '{D} {I}ը փակ է։', '{M}ին {I}ը կթարմացվի։', 'Հարգանքով,\n{I}ի Թիմ',
      'Ուշադրություն! {I} Ծառայությունը Փոխվում Է', 'Նոր Կանոններ {A}ի Համար', 'Շնորհակալություն, {A}!', 'Թեմա: {I}',
      'Խնդրում ենք դիմել {I} Բաժին։', 'Խնդրում ենք լրացնել {A}ի Ձևը։'],
  },
  ka: {
    G: ['ძვირფასო', 'გამარჯობა', 'პატივცემულო', 'დილა მშვიდობისა', 'მადლობა'],
    A: ['მომხმარებელო', 'კოლეგებო', 'მშობლებო', 'სტუდენტებო', 'მეგობრებო', 'დირექტორო', 'გუნდი', 'აბონენტო'],
    I: ['ბანკი', 'სამინისტრო', 'საავადმყოფო', 'სკოლა', 'სასამართლო', 'უნივერსიტეტი', 'საგადასახადო სამსახური', 'პასპორტი', 'ხელშეკრულება', 'ინვოისი', 'შეკვეთა', 'მერია'],
    D: ['ორშაბათს', 'სამშაბათს', 'ოთხშაბათს', 'პარასკევს', 'შაბათს', 'კვირას'],
    M: ['იანვარში', 'თებერვალში', 'მარტში', 'აპრილში', 'მაისში', 'ივნისში', 'სექტემბერში', 'ოქტომბერში', 'დეკემბერში'],
    pos: ['ძვირფასო {P},\nთქვენი შეკვეთა მზადაა.', 'გამარჯობა {F}, ხვალ შევხვდეთ?', 'სახელი: {F}\nგვარი: {S}\nთარიღი: {N}',
      '{I}ის კლიენტმა {P} განცხადება დაწერა.', 'ხელშეკრულებას ხელი მოაწერა {P}.', 'პატივისცემით,\n{P}', 'ბატონი {S} ხვალ მოვა.',
      'ქალბატონმა {S} დარეკა {D}.', 'გამგზავნი: {P}\nთემა: {I}', 'დღეს {P}ს დაველაპარაკე.'],
    neg: ['ძვირფასო {A},\nთქვენი შეკვეთა მზადაა.', 'გამარჯობა {A}! სიახლეები გვაქვს.', 'სახელი:\nგვარი:\nთარიღი: {N}',
      '{I} გატყობინებთ.', '{D} {I} დაკეტილია.', '{M} {I} განახლდება.', 'პატივისცემით,\n{I}ს გუნდი',
      'ყურადღება! {I} იცვლება', 'ახალი წესები: {A}', 'მადლობა, {A}!', 'თემა: {I}',
      'გთხოვთ მიმართოთ {I}ს.', 'გთხოვთ შეავსოთ ფორმა, {A}.'],
  },
  ro: {
    G: ['Stimate', 'Bună ziua', 'Dragă', 'Salut', 'Mulțumesc'],
    A: ['Client', 'Colegi', 'Părinți', 'Studenți', 'Utilizator', 'Director', 'Echipă', 'Abonat', 'Doamnelor', 'Prieteni', 'Partener'],
    I: ['Banca', 'Ministerul', 'Spitalul', 'Școala', 'Judecătoria', 'Universitatea', 'Fiscul', 'Pașaportul', 'Contractul', 'Factura', 'Comanda', 'Primăria'],
    D: ['Luni', 'Marți', 'Miercuri', 'Joi', 'Vineri', 'Sâmbătă', 'Duminică'],
    M: ['Ianuarie', 'Februarie', 'Martie', 'Aprilie', 'Mai', 'Iunie', 'Septembrie', 'Octombrie', 'Noiembrie', 'Decembrie'],
    pos: ['Stimate {P},\ncomanda dvs. este gata.', 'Salut {F}! Ne vedem mâine?', 'Nume: {S}\nPrenume: {F}\nData: {N}',
      'Clientul {P} a depus o cerere la {I}.', 'Contractul a fost semnat de {P}.', 'Cu stimă,\n{P}', 'Domnul {S} vine mâine.',
      'Doamna {S} a sunat {D}.', 'De la: {P}\nSubiect: {I}', 'Azi am vorbit cu {P}.'],
    neg: ['Stimate {A},\ncomanda dvs. este gata.', 'Salut {A}! Avem noutăți.', 'Nume:\nPrenume:\nData: {N}',
      '{I} vă informează.', '{D} {I} este închisă.', 'În {M} {I} se actualizează.', 'Cu stimă,\nEchipa {I}',
      'Atenție! {I} Își Schimbă Programul', 'Reguli Noi Pentru {A}', 'Mulțumim, {A}!', 'Subiect: {I}',
      'Vă rugăm să contactați {I} Centrală.', 'Stimate Domn, Stimată Doamnă,\nvă scriem în legătură cu {I}.'],
  },
  fr: {
    G: ['Cher', 'Bonjour', 'Chère', 'Salut', 'Merci'],
    A: ['Client', 'Collègues', 'Parents', 'Étudiants', 'Utilisateur', 'Directeur', 'Équipe', 'Abonné', 'Mesdames', 'Amis', 'Partenaire', 'Membre'],
    I: ['Banque', 'Ministère', 'Hôpital', 'École', 'Tribunal', 'Université', 'Impôts', 'Passeport', 'Contrat', 'Facture', 'Commande', 'Mairie'],
    D: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'],
    M: ['Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Septembre', 'Octobre', 'Novembre', 'Décembre'],
    pos: ['Cher {P},\nvotre commande est prête.', 'Salut {F}! On se voit demain?', 'Nom: {S}\nPrénom: {F}\nDate: {N}',
      'Le client {P} a déposé une demande à la {I}.', 'Le contrat a été signé par {P}.', 'Cordialement,\n{P}', 'Monsieur {S} viendra demain.',
      'Madame {S} a appelé {D}.', 'De: {P}\nObjet: {I}', "Aujourd'hui j'ai parlé avec {P}."],
    neg: ['Cher {A},\nvotre commande est prête.', 'Salut {A}! On a des nouvelles.', 'Nom:\nPrénom:\nDate: {N}',
      '{I} vous informe.', '{D} la {I} est fermée.', 'En {M} la {I} sera mise à jour.', 'Cordialement,\nÉquipe {I}',
      'Avis Important: {I} Change Ses Horaires', 'Nouvelles Règles Pour {A}', 'Merci, {A}!', 'Objet: {I}',
      'Veuillez contacter le Service {I}.', 'Madame, Monsieur,\nnous vous écrivons au sujet de {I}.'],
  },
  nl: {
    G: ['Beste', 'Geachte', 'Hoi', 'Goedemorgen', 'Bedankt'],
    A: ['Klant', 'Collega', 'Ouders', 'Studenten', 'Gebruiker', 'Directeur', 'Team', 'Abonnee', 'Vrienden', 'Lid', 'Relatie'],
    I: ['Bank', 'Ministerie', 'Ziekenhuis', 'School', 'Rechtbank', 'Universiteit', 'Belastingdienst', 'Paspoort', 'Contract', 'Factuur', 'Bestelling', 'Gemeente'],
    D: ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag'],
    M: ['Januari', 'Februari', 'Maart', 'April', 'Mei', 'Juni', 'September', 'Oktober', 'November', 'December'],
    pos: ['Beste {P},\nje bestelling is klaar.', 'Hoi {F}! Zien we elkaar morgen?', 'Voornaam: {F}\nAchternaam: {S}\nDatum: {N}',
      'Klant {P} heeft een aanvraag gedaan bij de {I}.', 'Het contract is getekend door {P}.', 'Met vriendelijke groet,\n{P}', 'Dhr. {S} komt morgen.',
      'Mevr. {S} belde {D}.', 'Van: {P}\nOnderwerp: {I}', 'Vandaag sprak ik met {P}.'],
    neg: ['Geachte {A},\nuw bestelling is klaar.', 'Hoi {A}! We hebben nieuws.', 'Voornaam:\nAchternaam:\nDatum: {N}',
      'De {I} informeert u.', '{D} is de {I} gesloten.', 'In {M} wordt de {I} bijgewerkt.', 'Met vriendelijke groet,\nTeam {I}',
      'Belangrijk: {I} Wijzigt Openingstijden', 'Nieuwe Regels Voor {A}', 'Bedankt, {A}!', 'Onderwerp: {I}',
      'Neem contact op met de Afdeling {I}.', 'Geachte heer, mevrouw,\nwij schrijven u over de {I}.'],
  },
  pl: {
    G: ['Szanowny', 'Cześć', 'Drogi', 'Dzień dobry', 'Dziękuję'],
    A: ['Kliencie', 'Koledzy', 'Rodzice', 'Studenci', 'Użytkowniku', 'Dyrektorze', 'Zespół', 'Abonencie', 'Przyjaciele', 'Państwo'],
    I: ['Bank', 'Ministerstwo', 'Szpital', 'Szkoła', 'Sąd', 'Uniwersytet', 'Urząd Skarbowy', 'Paszport', 'Umowa', 'Faktura', 'Zamówienie', 'Urząd Miasta'],
    D: ['Poniedziałek', 'Wtorek', 'Środa', 'Czwartek', 'Piątek', 'Sobota', 'Niedziela'],
    M: ['Styczeń', 'Luty', 'Marzec', 'Kwiecień', 'Maj', 'Czerwiec', 'Wrzesień', 'Październik', 'Listopad', 'Grudzień'],
    pos: ['Szanowny Panie {S},\nzamówienie jest gotowe.', 'Cześć {F}! Widzimy się jutro?', 'Imię: {F}\nNazwisko: {S}\nData: {N}',
      'Klient {P} złożył wniosek w {I}.', 'Umowę podpisał {P}.', 'Z poważaniem,\n{P}', 'Pan {S} przyjdzie jutro.',
      'Pani {S} dzwoniła w {D}.', 'Od: {P}\nTemat: {I}', 'Dziś rozmawiałem z {P}.'],
    neg: ['Szanowny {A},\nzamówienie jest gotowe.', 'Cześć {A}! Mamy nowości.', 'Imię:\nNazwisko:\nData: {N}',
      '{I} informuje.', '{D}: {I} jest nieczynny.', 'W {M} {I} zostanie zaktualizowany.', 'Z poważaniem,\nZespół {I}',
      'Ważne: {I} Zmienia Godziny Pracy', 'Nowe Zasady Dla {A}', 'Dziękujemy, {A}!', 'Temat: {I}',
      'Prosimy o kontakt z Działem {I}.', 'Szanowni Państwo,\npiszemy w sprawie {I}.'],
  },
  ru: {
    G: ['Уважаемый', 'Здравствуйте', 'Дорогой', 'Привет', 'Спасибо'],
    A: ['Клиент', 'Коллеги', 'Родители', 'Студенты', 'Пользователь', 'Директор', 'Команда', 'Абонент', 'Друзья', 'Партнёры', 'Господа'],
    I: ['Банк', 'Министерство', 'Больница', 'Школа', 'Суд', 'Университет', 'Налоговая', 'Паспорт', 'Договор', 'Счёт', 'Заказ', 'Мэрия'],
    D: ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье'],
    M: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'],
    pos: ['Уважаемый {P},\nваш заказ готов.', 'Привет {F}! Увидимся завтра?', 'Имя: {F}\nФамилия: {S}\nДата: {N}',
      'Клиент {P} подал заявление в {I}.', 'Договор подписал {P}.', 'С уважением,\n{P}', 'Господин {S} придёт завтра.',
      'Госпожа {S} звонила в {D}.', 'От: {P}\nТема: {I}', 'Сегодня я говорил с {P}.'],
    neg: ['Уважаемый {A},\nваш заказ готов.', 'Привет, {A}! У нас новости.', 'Имя:\nФамилия:\nДата: {N}',
      '{I} сообщает.', '{D}: {I} закрыт.', '{M}: {I} обновится.', 'С уважением,\nКоманда {I}',
      'Внимание! {I} Меняет Часы Работы', 'Новые Правила Для {A}', 'Спасибо, {A}!', 'Тема: {I}',
      'Обратитесь в Отдел {I}.', 'Уважаемые Господа,\nпишем вам по поводу {I}.'],
  },
  el: {
    G: ['Αγαπητέ', 'Γεια σου', 'Αξιότιμε', 'Καλημέρα', 'Ευχαριστώ'],
    A: ['Πελάτη', 'Συνάδελφοι', 'Γονείς', 'Φοιτητές', 'Χρήστη', 'Διευθυντή', 'Ομάδα', 'Συνδρομητή', 'Φίλοι', 'Κύριοι'],
    I: ['Τράπεζα', 'Υπουργείο', 'Νοσοκομείο', 'Σχολείο', 'Δικαστήριο', 'Πανεπιστήμιο', 'Εφορία', 'Διαβατήριο', 'Σύμβαση', 'Τιμολόγιο', 'Παραγγελία', 'Δήμος'],
    D: ['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
    M: ['Ιανουάριος', 'Φεβρουάριος', 'Μάρτιος', 'Απρίλιος', 'Μάιος', 'Ιούνιος', 'Σεπτέμβριος', 'Οκτώβριος', 'Δεκέμβριος'],
    pos: ['Αγαπητέ {P},\nη παραγγελία σας είναι έτοιμη.', 'Γεια σου {F}! Τα λέμε αύριο;', 'Όνομα: {F}\nΕπώνυμο: {S}\nΗμερομηνία: {N}',
      'Ο πελάτης {P} υπέβαλε αίτηση στην {I}.', 'Τη σύμβαση υπέγραψε ο {P}.', 'Με εκτίμηση,\n{P}', 'Ο κ. {S} θα έρθει αύριο.',
      'Η κα {S} τηλεφώνησε την {D}.', 'Από: {P}\nΘέμα: {I}', 'Σήμερα μίλησα με τον {P}.'],
    neg: ['Αγαπητέ {A},\nη παραγγελία σας είναι έτοιμη.', 'Γεια σας {A}! Έχουμε νέα.', 'Όνομα:\nΕπώνυμο:\nΗμερομηνία: {N}',
      '{I} σας ενημερώνει.', '{D}: {I} κλειστό.', '{M}: {I} ενημερώνεται.', 'Με εκτίμηση,\nΟμάδα {I}',
      'Προσοχή! {I} Αλλάζει Ωράριο', 'Νέοι Κανόνες Για {A}', 'Ευχαριστούμε, {A}!', 'Θέμα: {I}',
      'Επικοινωνήστε με το Τμήμα {I}.', 'Αξιότιμοι Κύριοι,\nσας γράφουμε για {I}.'],
  },
  hr: {
    G: ['Poštovani', 'Bok', 'Dragi', 'Dobar dan', 'Hvala'],
    A: ['Kupče', 'Kolege', 'Roditelji', 'Studenti', 'Korisniče', 'Direktore', 'Tim', 'Pretplatniče', 'Prijatelji', 'Partneri'],
    I: ['Banka', 'Ministarstvo', 'Bolnica', 'Škola', 'Sud', 'Sveučilište', 'Porezna Uprava', 'Putovnica', 'Ugovor', 'Račun', 'Narudžba', 'Gradska Uprava'],
    D: ['Ponedjeljak', 'Utorak', 'Srijeda', 'Četvrtak', 'Petak', 'Subota', 'Nedjelja'],
    M: ['Siječanj', 'Veljača', 'Ožujak', 'Travanj', 'Svibanj', 'Lipanj', 'Rujan', 'Listopad', 'Studeni', 'Prosinac'],
    pos: ['Poštovani {P},\nvaša narudžba je spremna.', 'Bok {F}! Vidimo se sutra?', 'Ime: {F}\nPrezime: {S}\nDatum: {N}',
      'Kupac {P} podnio je zahtjev u {I}.', 'Ugovor je potpisao {P}.', 'Srdačan pozdrav,\n{P}', 'Gospodin {S} dolazi sutra.',
      'Gospođa {S} je zvala u {D}.', 'Od: {P}\nPredmet: {I}', 'Danas sam razgovarao s {P}.'],
    neg: ['Poštovani {A},\nvaša narudžba je spremna.', 'Bok {A}! Imamo novosti.', 'Ime:\nPrezime:\nDatum: {N}',
      '{I} vas obavještava.', '{D}: {I} je zatvorena.', 'U {M} {I} se ažurira.', 'Srdačan pozdrav,\nTim {I}',
      'Važno: {I} Mijenja Radno Vrijeme', 'Nova Pravila Za {A}', 'Hvala, {A}!', 'Predmet: {I}',
      'Obratite se Odjelu {I}.', 'Poštovani Gospodine, Poštovana Gospođo,\npišemo vam u vezi {I}.'],
  },
  de: {
    G: ['Grüezi', 'Liebe', 'Sehr geehrter', 'Hallo', 'Danke'],
    A: ['Kunde', 'Kollegen', 'Eltern', 'Studierende', 'Nutzer', 'Direktor', 'Team', 'Abonnent', 'Freunde', 'Mitglieder', 'Damen und Herren'],
    I: ['Bank', 'Bundesamt', 'Spital', 'Schule', 'Gericht', 'Universität', 'Steueramt', 'Pass', 'Vertrag', 'Rechnung', 'Bestellung', 'Gemeinde', 'Krankenkasse', 'Versicherung'],
    D: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    M: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'September', 'Oktober', 'Dezember'],
    pos: ['Grüezi {P},\nIhre Bestellung ist bereit.', 'Hallo {F}! Sehen wir uns morgen?', 'Vorname: {F}\nNachname: {S}\nDatum: {N}',
      'Kunde {P} hat bei der {I} einen Antrag gestellt.', 'Den Vertrag unterschrieb {P}.', 'Freundliche Grüsse\n{P}', 'Herr {S} kommt morgen.',
      'Frau {S} rief am {D} an.', 'Von: {P}\nBetreff: {I}', 'Heute sprach ich mit {P}.'],
    neg: ['Sehr geehrter {A},\nIhre Bestellung ist bereit.', 'Grüezi {A}! Wir haben Neuigkeiten.', 'Vorname:\nNachname:\nDatum: {N}',
      'Die {I} informiert Sie.', 'Am {D} bleibt die {I} geschlossen.', 'Im {M} wird die {I} aktualisiert.', 'Freundliche Grüsse\nIhr {I} Team',
      'Wichtig: {I} Ändert Öffnungszeiten', 'Neue Regeln Für {A}', 'Danke, {A}!', 'Betreff: {I}',
      'Bitte wenden Sie sich an die Abteilung {I}.', 'Sehr geehrte Damen und Herren,\nwir schreiben Ihnen wegen der {I}.'],
  },
  es: {
    G: ['Estimado', 'Hola', 'Querido', 'Buenos días', 'Gracias'],
    A: ['Cliente', 'Colegas', 'Padres', 'Estudiantes', 'Usuario', 'Director', 'Equipo', 'Suscriptor', 'Amigos', 'Socio', 'Proveedor'],
    I: ['Banco', 'Secretaría', 'Hospital', 'Escuela', 'Juzgado', 'Universidad', 'Hacienda', 'Pasaporte', 'Contrato', 'Factura', 'Pedido', 'Ayuntamiento'],
    D: ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'],
    M: ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Septiembre', 'Octubre', 'Diciembre'],
    pos: ['Estimado {P}:\nsu pedido está listo.', '¡Hola {F}! ¿Nos vemos mañana?', 'Nombre: {F}\nApellidos: {S}\nFecha: {N}',
      'El cliente {P} presentó una solicitud en el {I}.', 'El contrato lo firmó {P}.', 'Atentamente,\n{P}', 'El Sr. {S} viene mañana.',
      'La Sra. {S} llamó el {D}.', 'De: {P}\nAsunto: {I}', 'Hoy hablé con {P}.'],
    neg: ['Estimado {A}:\nsu pedido está listo.', '¡Hola {A}! Tenemos novedades.', 'Nombre:\nApellidos:\nFecha: {N}',
      'El {I} le informa.', 'El {D} el {I} está cerrado.', 'En {M} el {I} se actualiza.', 'Atentamente,\nEquipo {I}',
      'Aviso Importante: {I} Cambia Su Horario', 'Nuevas Reglas Para {A}', '¡Gracias, {A}!', 'Asunto: {I}',
      'Favor de contactar al Departamento de {I}.', 'Muy Señores Míos:\nles escribimos sobre el {I}.'],
  },
  cs: {
    G: ['Vážený', 'Ahoj', 'Milý', 'Dobrý den', 'Děkuji'],
    A: ['Zákazníku', 'Kolegové', 'Rodiče', 'Studenti', 'Uživateli', 'Řediteli', 'Tým', 'Předplatiteli', 'Přátelé', 'Partnere'],
    I: ['Banka', 'Ministerstvo', 'Nemocnice', 'Škola', 'Soud', 'Univerzita', 'Finanční Úřad', 'Pas', 'Smlouva', 'Faktura', 'Objednávka', 'Magistrát'],
    D: ['Pondělí', 'Úterý', 'Středa', 'Čtvrtek', 'Pátek', 'Sobota', 'Neděle'],
    M: ['Leden', 'Únor', 'Březen', 'Duben', 'Květen', 'Červen', 'Září', 'Říjen', 'Listopad', 'Prosinec'],
    pos: ['Vážený pane {S},\nvaše objednávka je připravena.', 'Ahoj {F}! Uvidíme se zítra?', 'Jméno: {F}\nPříjmení: {S}\nDatum: {N}',
      'Zákazník {P} podal žádost v {I}.', 'Smlouvu podepsal {P}.', 'S pozdravem\n{P}', 'Pan {S} přijde zítra.',
      'Paní {S} volala v {D}.', 'Od: {P}\nPředmět: {I}', 'Dnes jsem mluvil s {P}.'],
    neg: ['Vážený {A},\nvaše objednávka je připravena.', 'Ahoj {A}! Máme novinky.', 'Jméno:\nPříjmení:\nDatum: {N}',
      '{I} vás informuje.', '{D}: {I} je zavřená.', '{M}: {I} se aktualizuje.', 'S pozdravem\nTým {I}',
      'Důležité: {I} Mění Otevírací Dobu', 'Nová Pravidla Pro {A}', 'Děkujeme, {A}!', 'Předmět: {I}',
      'Obraťte se na Oddělení {I}.', 'Vážení Zákazníci,\npíšeme vám ohledně {I}.'],
  },
  sk: {
    G: ['Vážený', 'Ahoj', 'Milý', 'Dobrý deň', 'Ďakujem'],
    A: ['Zákazník', 'Kolegovia', 'Rodičia', 'Študenti', 'Používateľ', 'Riaditeľ', 'Tím', 'Predplatiteľ', 'Priatelia', 'Partner'],
    I: ['Banka', 'Ministerstvo', 'Nemocnica', 'Škola', 'Súd', 'Univerzita', 'Daňový Úrad', 'Pas', 'Zmluva', 'Faktúra', 'Objednávka', 'Mestský Úrad'],
    D: ['Pondelok', 'Utorok', 'Streda', 'Štvrtok', 'Piatok', 'Sobota', 'Nedeľa'],
    M: ['Január', 'Február', 'Marec', 'Apríl', 'Máj', 'Jún', 'September', 'Október', 'November', 'December'],
    pos: ['Vážený pán {S},\nvaša objednávka je pripravená.', 'Ahoj {F}! Uvidíme sa zajtra?', 'Meno: {F}\nPriezvisko: {S}\nDátum: {N}',
      'Zákazník {P} podal žiadosť v {I}.', 'Zmluvu podpísal {P}.', 'S pozdravom\n{P}', 'Pán {S} príde zajtra.',
      'Pani {S} volala v {D}.', 'Od: {P}\nPredmet: {I}', 'Dnes som hovoril s {P}.'],
    neg: ['Vážený {A},\nvaša objednávka je pripravená.', 'Ahoj {A}! Máme novinky.', 'Meno:\nPriezvisko:\nDátum: {N}',
      '{I} vás informuje.', '{D}: {I} je zatvorená.', '{M}: {I} sa aktualizuje.', 'S pozdravom\nTím {I}',
      'Dôležité: {I} Mení Otváracie Hodiny', 'Nové Pravidlá Pre {A}', 'Ďakujeme, {A}!', 'Predmet: {I}',
      'Obráťte sa na Oddelenie {I}.', 'Vážení Zákazníci,\npíšeme vám ohľadom {I}.'],
  },
  fi: {
    G: ['Hyvä', 'Hei', 'Moi', 'Huomenta', 'Kiitos'],
    A: ['Asiakas', 'Kollegat', 'Vanhemmat', 'Opiskelijat', 'Käyttäjä', 'Johtaja', 'Tiimi', 'Tilaaja', 'Ystävät', 'Jäsen', 'Kumppani'],
    I: ['Pankki', 'Ministeriö', 'Sairaala', 'Koulu', 'Käräjäoikeus', 'Yliopisto', 'Verotoimisto', 'Passi', 'Sopimus', 'Lasku', 'Tilaus', 'Kaupunki', 'Kela'],
    D: ['Maanantaina', 'Tiistaina', 'Keskiviikkona', 'Torstaina', 'Perjantaina', 'Lauantaina', 'Sunnuntaina'],
    M: ['Tammikuussa', 'Helmikuussa', 'Maaliskuussa', 'Huhtikuussa', 'Toukokuussa', 'Kesäkuussa', 'Syyskuussa', 'Lokakuussa', 'Joulukuussa'],
    pos: ['Hyvä {P},\ntilauksesi on valmis.', 'Hei {F}! Nähdäänkö huomenna?', 'Etunimi: {F}\nSukunimi: {S}\nPäivämäärä: {N}',
      'Asiakas {P} jätti hakemuksen: {I}.', 'Sopimuksen allekirjoitti {P}.', 'Ystävällisin terveisin\n{P}', '{S} tulee huomenna.',
      '{F} soitti {D}.', 'Lähettäjä: {P}\nAihe: {I}', 'Tänään puhuin: {P}.'],
    neg: ['Hyvä {A},\ntilauksesi on valmis.', 'Hei {A}! Meillä on uutisia.', 'Etunimi:\nSukunimi:\nPäivämäärä: {N}',
      '{I} tiedottaa.', '{D} {I} on suljettu.', '{M} {I} päivittyy.', 'Ystävällisin terveisin\n{I} Tiimi',
      'Tärkeää: {I} Muuttaa Aukioloaikoja', 'Uudet Säännöt: {A}', 'Kiitos, {A}!', 'Aihe: {I}',
      'Ota yhteyttä: {I} Asiakaspalvelu.', 'Hyvät Asiakkaat,\nkirjoitamme teille: {I}.'],
  },
};

// Shared frames of every language: chat lines, CSV, a line of its own, a
// greeting before a word. {G}, {A}, {I}, {D}, {M} from the language.
const PC_SHARED_NEG = ['{G} {A}!', '{G}, {A}!', '[09:15] {A}: ok', '{I}\n{D}, {N}', '{A}, {I}, {D}', '{M} {N}\n{I}',
  '{D}\n{I}\n{A}', '{G} {A}, {G} {A}!', '{I} – {A}', '{A}\n{I}\n{N}'];
const PC_SHARED_POS = ['{G} {F}!', '{G}, {P}!', '[09:15] {F}: ok', '{P}\n{I}\n{N}', '{D} {P}, {I}', '{A}: {P}',
  '{G} {P}, {G} {F}!', '{I} – {P}', '{M} {N}: {P}'];

function pcName(locale, f) {
  const sex = rng.pick(['female', 'male']);
  let first = f.person.firstName(sex);
  let last = f.person.lastName(sex);
  if ((locale === 'ru' || locale === 'el') && rng.chance(0.35)) {
    first = transliterate(first);
    last = transliterate(last);
  }
  return { first, last, full: `${first} ${last}` };
}

function precCRecord(i) {
  const locale = PC_LOCALES[i % PC_LOCALES.length];
  const lang = PC_LANG[locale];
  const L = PC[lang];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  // Every locale in turn, people and no one in alternate rounds.
  const people = Math.floor(i / PC_LOCALES.length) % 2 === 0;
  const shared = rng.chance(0.3);
  const template = rng.pick(people ? (shared ? PC_SHARED_POS : L.pos) : (shared ? PC_SHARED_NEG : L.neg));
  const r = new Record(people ? 'precC_person' : 'precC_word', locale);
  const p = pcName(locale, f);
  for (const piece of template.split(/(\{[A-Z]+\})/)) {
    const m = /^\{([A-Z]+)\}$/.exec(piece);
    if (!m) {
      if (piece) r.t(piece);
      continue;
    }
    const k = m[1];
    if (k === 'P') r.e('PERSON', p.full);
    else if (k === 'F') r.e('PERSON', p.first);
    else if (k === 'S') r.e('PERSON', p.last);
    else if (k === 'N') r.t(String(rng.int(10, 9999)));
    else r.t(rng.pick(L[k]));
  }
  return r;
}

// Sentences that open on an ordinary word of the language — a pronoun, a
// kin noun, a time word, a season — before a verb of saying, and the same
// sentences with a person in the word's place (precC_sentence_word and
// precC_sentence_person). Georgian has no capitals: its clauses after a
// comma and a greeting are in the word's place too. {W} a word, {F} a
// given name, {P} a full name.
const PC_SENTENCES = {
  az: { W: ['Qardaşım', 'Qardaş', 'Müdir', 'Dünən', 'Mənim', 'Sənin', 'Bizim', 'Nənə', 'Baba', 'Atam', 'Anam', 'Həkim', 'Müəllim', 'Qonşu', 'Yoldaşım', 'Həyat yoldaşım', 'Bacım', 'Oğlum', 'Qızım'],
    T: ['{W} dedi ki, hər şey yaxşıdır.', '{W} yazdı ki, sabah gələcək.', '{W} bildirdi ki, sənədlər hazırdır.', 'Dünən {W} zəng etdi.', '{W} söylədi ki, görüş təxirə salınıb.', 'Salam! {W} dedi ki, gecikəcək.'] },
  hy: { W: ['Եղբայրս', 'Մայրս', 'Հայրս', 'Տնօրենը', 'Բժիշկը', 'Ուսուցիչը', 'Հարևանը', 'Քույրս', 'Տատիկը', 'Պապիկը', 'Երեկ', 'Այսօր', 'Վաղը', 'Իմ ընկերը', 'Ամուսինս', 'Կինս'],
    T: ['{W} ասաց, որ ամեն ինչ լավ է։', '{W} գրեց, որ վաղը կգա։', '{W} հայտնեց, որ փաստաթղթերը պատրաստ են։', 'Երեկ {W} զանգեց։', 'Բարև։ {W} ասաց, որ կուշանա։'] },
  ka: { W: ['დედამ', 'მამამ', 'ძმამ', 'დამ', 'ექიმმა', 'მასწავლებელმა', 'დირექტორმა', 'მეზობელმა', 'ბებიამ', 'ბაბუამ', 'მან', 'ჩემმა მეგობარმა', 'ქმარმა', 'ცოლმა'],
    T: ['{W} თქვა, რომ ყველაფერი კარგადაა.', '{W} დაწერა, რომ ხვალ მოვა.', '{W} შეგვატყობინა, რომ დოკუმენტები მზადაა.', 'გუშინ {W} დარეკა.', 'მადლობა, ყველაფერი კარგადაა.', 'გამარჯობა, როგორ ხარ?', 'კარგი, ხვალ შევხვდეთ.', 'დიახ, რა თქმა უნდა.', '{W} მითხრა, რომ ყველაფერი რიგზეა.'] },
  ro: { W: ['Fratele meu', 'Mama', 'Tata', 'Directorul', 'Medicul', 'Profesorul', 'Vecinul', 'Sora mea', 'Bunica', 'Bunicul', 'Ieri', 'Azi', 'Mâine', 'Soțul meu', 'Soția mea', 'Colegul meu'],
    T: ['{W} a spus că totul e bine.', '{W} a scris că vine mâine.', '{W} ne-a anunțat că actele sunt gata.', 'Ieri a sunat {W}.', 'Bună! {W} a zis că întârzie.'] },
  fr: { W: ['Mon frère', 'Maman', 'Papa', 'Le directeur', 'Le médecin', 'Le professeur', 'Le voisin', 'Ma sœur', 'Mamie', 'Papi', 'Hier', "Aujourd'hui", 'Demain', 'Mon mari', 'Ma femme', 'Mon collègue'],
    T: ['{W} a dit que tout va bien.', '{W} a écrit qu\'il vient demain.', '{W} nous a informés que les documents sont prêts.', 'Hier, {W} a appelé.', 'Salut! {W} dit qu\'il sera en retard.'] },
  nl: { W: ['Mijn broer', 'Mama', 'Papa', 'De directeur', 'De dokter', 'De leraar', 'De buurman', 'Mijn zus', 'Oma', 'Opa', 'Gisteren', 'Vandaag', 'Morgen', 'Mijn man', 'Mijn vrouw', 'Mijn collega'],
    T: ['{W} zei dat alles goed is.', '{W} schreef dat hij morgen komt.', '{W} liet weten dat de papieren klaar zijn.', 'Gisteren belde {W}.', 'Hoi! {W} zegt dat hij later is.'] },
  pl: { W: ['Mój brat', 'Mama', 'Tata', 'Dyrektor', 'Lekarz', 'Nauczyciel', 'Sąsiad', 'Moja siostra', 'Babcia', 'Dziadek', 'Wczoraj', 'Dzisiaj', 'Jutro', 'Mój mąż', 'Moja żona', 'Mój kolega'],
    T: ['{W} powiedział, że wszystko dobrze.', '{W} napisał, że przyjdzie jutro.', '{W} poinformował, że dokumenty są gotowe.', 'Wczoraj dzwonił {W}.', 'Cześć! {W} mówi, że się spóźni.'] },
  ru: { W: ['Мой брат', 'Моя сестра', 'Мама', 'Папа', 'Директор', 'Врач', 'Учитель', 'Сосед', 'Бабушка', 'Дедушка', 'Вчера', 'Сегодня', 'Завтра', 'Мой муж', 'Моя жена', 'Мой коллега', 'Моя', 'Моё'],
    T: ['{W} сказал, что всё хорошо.', '{W} написал, что придёт завтра.', '{W} сообщил, что документы готовы.', 'Вчера звонил {W}.', 'Привет! {W} говорит, что опоздает.'] },
  el: { W: ['Ο αδερφός μου', 'Η μητέρα μου', 'Ο πατέρας μου', 'Ο διευθυντής', 'Ο γιατρός', 'Ο δάσκαλος', 'Ο γείτονας', 'Η αδερφή μου', 'Η γιαγιά', 'Ο παππούς', 'Χθες', 'Σήμερα', 'Αύριο', 'Ο άντρας μου', 'Η γυναίκα μου', 'Ο συνάδελφός μου'],
    T: ['{W} είπε ότι όλα καλά.', '{W} έγραψε ότι θα έρθει αύριο.', '{W} μας ενημέρωσε ότι τα έγγραφα είναι έτοιμα.', 'Χθες τηλεφώνησε {W}.', 'Γεια! {W} λέει ότι θα αργήσει.'] },
  hr: { W: ['Moj brat', 'Mama', 'Tata', 'Direktor', 'Liječnik', 'Učitelj', 'Susjed', 'Moja sestra', 'Baka', 'Djed', 'Jučer', 'Danas', 'Sutra', 'Moj muž', 'Moja žena', 'Moj kolega'],
    T: ['{W} je rekao da je sve dobro.', '{W} je napisao da dolazi sutra.', '{W} je javio da su dokumenti spremni.', 'Jučer je zvao {W}.', 'Bok! {W} kaže da kasni.'] },
  de: { W: ['Mein Bruder', 'Mama', 'Papa', 'Der Direktor', 'Der Arzt', 'Der Lehrer', 'Der Nachbar', 'Meine Schwester', 'Oma', 'Opa', 'Gestern', 'Heute', 'Morgen', 'Mein Mann', 'Meine Frau', 'Mein Kollege', 'Die Chefin'],
    T: ['{W} sagte, dass alles gut ist.', '{W} schrieb, dass er morgen kommt.', '{W} teilte mit, dass die Unterlagen bereit sind.', 'Gestern rief {W} an.', 'Hoi! {W} sagt, er kommt später.'] },
  es: { W: ['Mi hermano', 'Mamá', 'Papá', 'El director', 'El médico', 'El maestro', 'El vecino', 'Mi hermana', 'La abuela', 'El abuelo', 'Ayer', 'Hoy', 'Mañana', 'Mi esposo', 'Mi esposa', 'Mi compañero'],
    T: ['{W} dijo que todo está bien.', '{W} escribió que viene mañana.', '{W} nos informó que los papeles están listos.', 'Ayer llamó {W}.', '¡Hola! {W} dice que llega tarde.'] },
  cs: { W: ['Můj bratr', 'Máma', 'Táta', 'Ředitel', 'Lékař', 'Učitel', 'Soused', 'Moje sestra', 'Babička', 'Děda', 'Včera', 'Dnes', 'Zítra', 'Můj manžel', 'Moje žena', 'Můj kolega'],
    T: ['{W} řekl, že je vše v pořádku.', '{W} napsal, že přijde zítra.', '{W} oznámil, že dokumenty jsou hotové.', 'Včera volal {W}.', 'Ahoj! {W} říká, že se zpozdí.'] },
  sk: { W: ['Môj brat', 'Mama', 'Otec', 'Riaditeľ', 'Lekár', 'Učiteľ', 'Sused', 'Moja sestra', 'Babka', 'Dedko', 'Včera', 'Dnes', 'Zajtra', 'Môj manžel', 'Moja žena', 'Môj kolega'],
    T: ['{W} povedal, že je všetko v poriadku.', '{W} napísal, že príde zajtra.', '{W} oznámil, že dokumenty sú hotové.', 'Včera volal {W}.', 'Ahoj! {W} hovorí, že bude meškať.'] },
  fi: { W: ['Veljeni', 'Äiti', 'Isä', 'Johtaja', 'Lääkäri', 'Opettaja', 'Naapuri', 'Siskoni', 'Mummo', 'Ukki', 'Eilen', 'Tänään', 'Huomenna', 'Mieheni', 'Vaimoni', 'Kollegani', 'Hänen', 'Sisko', 'Veli'],
    T: ['{W} sanoi, että kaikki on hyvin.', '{W} kirjoitti, että tulee huomenna.', '{W} ilmoitti, että paperit ovat valmiit.', 'Eilen soitti {W}.', 'Moi! {W} sanoo, että myöhästyy.'] },
};

function precCSentence(i) {
  const locale = PC_LOCALES[i % PC_LOCALES.length];
  const L = PC_SENTENCES[PC_LANG[locale]];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const people = Math.floor(i / PC_LOCALES.length) % 2 === 0;
  const template = rng.pick(L.T);
  const r = new Record(people ? 'precC_sentence_person' : 'precC_sentence_word', locale);
  const p = pcName(locale, f);
  for (const piece of template.split(/(\{[A-Z]+\})/)) {
    const m = /^\{([A-Z]+)\}$/.exec(piece);
    if (!m) {
      if (piece) r.t(piece);
    } else if (people) {
      r.e('PERSON', rng.chance(0.5) ? p.full : p.first);
    } else {
      r.t(rng.pick(L.W));
    }
  }
  return r;
}

// Places by the noun of their kind written before or after them — a
// region, a district, a municipality, a republic ("Jihočeský kraj", "okres
// Rakovník", "Республика Коми", "Splitsko-dalmatinska županija") — in forms,
// addresses and sentences, beside people in the same frames
// (precC_place_word, precC_place_person). The place is LOCATION.
const PC_PLACE_NOUNS = {
  cs_CZ: ['{ST}', 'okres {C}', 'obec {C}', 'město {C}', '{C} (okres {C})', 'Jihomoravský kraj', 'Moravskoslezský kraj'],
  sk: ['{ST} kraj', 'okres {C}', 'obec {C}', 'mesto {C}', '{ST} samosprávny kraj'],
  ru: ['{ST}', 'город {C}', 'район {C}', 'село {C}', 'Республика Коми', 'Республика Адыгея'],
  hr: ['{ST} županija', 'Grad {C}', 'općina {C}', 'Republika Hrvatska'],
  pl: ['województwo {ST}', 'powiat {C}', 'gmina {C}', 'miasto {C}'],
};
const PC_PLACE_FRAMES = {
  cs_CZ: ['Bydliště: {X}', 'Adresa: {C}, {X}', 'Narodil se v lokalitě {X}.', '{P}, {X}', 'Kontakt: {P} ({X})', 'Region: {X}\nJméno: {P}'],
  sk: ['Bydlisko: {X}', 'Adresa: {C}, {X}', 'Pochádza z lokality {X}.', '{P}, {X}', 'Kontakt: {P} ({X})', 'Región: {X}\nMeno: {P}'],
  ru: ['Место жительства: {X}', 'Адрес: {C}, {X}', 'Родился: {X}.', '{P}, {X}', 'Контакт: {P} ({X})', 'Регион: {X}\nИмя: {P}'],
  hr: ['Prebivalište: {X}', 'Adresa: {C}, {X}', 'Rođen je: {X}.', '{P}, {X}', 'Kontakt: {P} ({X})', 'Regija: {X}\nIme: {P}'],
  pl: ['Miejsce zamieszkania: {X}', 'Adres: {C}, {X}', 'Urodził się: {X}.', '{P}, {X}', 'Kontakt: {P} ({X})', 'Region: {X}\nImię: {P}'],
};
const PC_PLACE_LOCALES = Object.keys(PC_PLACE_NOUNS);

function precCPlace(i) {
  const locale = PC_PLACE_LOCALES[i % PC_PLACE_LOCALES.length];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const people = Math.floor(i / PC_PLACE_LOCALES.length) % 2 === 0;
  const frames = PC_PLACE_FRAMES[locale].filter((t) => people === t.includes('{P}'));
  const template = rng.pick(frames.length ? frames : PC_PLACE_FRAMES[locale]);
  const r = new Record(people ? 'precC_place_person' : 'precC_place_word', locale);
  const p = pcName(locale, f);
  const place = () => rng.pick(PC_PLACE_NOUNS[locale])
    .replace(/\{ST\}/g, () => String(f.location.state()).replace(/ kraj$/, locale === 'sk' ? '' : ' kraj'))
    .replace(/\{C\}/g, () => f.location.city());
  for (const piece of template.split(/(\{[A-Z]+\})/)) {
    const m = /^\{([A-Z]+)\}$/.exec(piece);
    if (!m) {
      if (piece) r.t(piece);
    } else if (m[1] === 'P') {
      r.e('PERSON', p.full);
    } else if (m[1] === 'X') {
      r.e('LOCATION', place());
    } else {
      r.e('LOCATION', f.location.city());
    }
  }
  return r;
}

// Forms and notices of offices in az, hy, ka_GE, ro_MD and fr_CA/fr_LU: a
// sign-off by a management, a secretariat or a service, a notice that
// opens on "we inform you", a form's empty labels of an applicant, an
// address, a phone and an e-mail — and the same with a person signing or
// filling the form (precC_office_word, precC_office_person).
const PC_OFFICES = {
  az: { M: ['Rəhbərlik', 'İdarə Heyəti', 'Katiblik', 'Müştəri Xidməti', 'Administrasiya', 'Mətbuat Xidməti', 'Direksiya'],
    O: ['Bildiririk', 'Xəbər veririk', 'Məlumat veririk', 'Nəzərinizə çatdırırıq'],
    W: ['Hörmətlə,\n{M}', 'Müraciət\nHörmətli müştəri,\n{O} ki, sifarişiniz göndərildi.', 'Ərizəçi:\nÜnvan:\nTelefon:\nE-poçt:', 'Göndərən: {M}\nMövzu: Bildiriş'],
    P: ['Hörmətlə,\n{P}\n{M}', 'Ərizəçi: {P}\nÜnvan:\nTelefon:', 'Göndərən: {P}\nMövzu: Bildiriş', '{O} ki, {P} sənədləri təqdim edib.'] },
  hy: { M: ['Ղեկավարություն', 'Վարչություն', 'Քարտուղարություն', 'Հաճախորդների Սպասարկում', 'Տնօրինություն'],
    O: ['Տեղեկացնում ենք', 'Հայտնում ենք', 'Հիշեցնում ենք'],
    W: ['Հարգանքով,\n{M}', 'Դիմում\nՀարգելի հաճախորդ,\n{O}, որ պատվերը ուղարկված է։', 'Դիմող:\nՀասցե:\nՀեռախոս:\nԷլ. փոստ:', 'Ուղարկող: {M}\nԹեմա: Ծանուցում'],
    P: ['Հարգանքով,\n{P}\n{M}', 'Դիմող: {P}\nՀասցե:\nՀեռախոս:', 'Ուղարկող: {P}\nԹեմա: Ծանուցում', '{O}, որ {P} ներկայացրել է փաստաթղթերը։'] },
  ka: { M: ['ადმინისტრაცია', 'ხელმძღვანელობა', 'დირექცია', 'მომხმარებელთა სერვისი', 'კანცელარია'],
    O: ['გატყობინებთ', 'გაცნობებთ', 'შეგახსენებთ'],
    W: ['პატივისცემით,\n{M}', 'განცხადება\nძვირფასო მომხმარებელო,\n{O}, რომ შეკვეთა გაიგზავნა.', 'განმცხადებელი:\nმისამართი:\nტელეფონი:\nელფოსტა:', 'გამგზავნი: {M}\nთემა: შეტყობინება'],
    P: ['პატივისცემით,\n{P}\n{M}', 'განმცხადებელი: {P}\nმისამართი:\nტელეფონი:', 'გამგზავნი: {P}\nთემა: შეტყობინება', '{O}, რომ {P} წარმოადგინა დოკუმენტები.'] },
  ro: { M: ['Direcțiunea', 'Conducerea', 'Secretariatul', 'Serviciul Clienți', 'Administrația'],
    O: ['Vă informăm', 'Vă anunțăm', 'Vă reamintim'],
    W: ['Cu respect,\n{M}', 'Cerere\nStimate client,\n{O} că sa expediat comanda.', 'Solicitant:\nAdresa:\nTelefon:\nE-mail:', 'Expeditor: {M}\nSubiect: Notificare'],
    P: ['Cu respect,\n{P}\n{M}', 'Solicitant: {P}\nAdresa:\nTelefon:', 'Expeditor: {P}\nSubiect: Notificare', '{O} că {P} a depus actele.'] },
  fr: { M: ['La Direction', 'Le Secrétariat', 'Service Clientèle', "L'Administration", 'Le Conseil'],
    O: ['Nous vous informons', 'Nous vous rappelons', 'Nous vous confirmons'],
    W: ['Salutations distinguées,\n{M}', 'Demande\nCher client,\n{O} que la commande est partie.', 'Demandeur:\nAdresse:\nTéléphone:\nCourriel:', 'Expéditeur: {M}\nObjet: Avis'],
    P: ['Salutations distinguées,\n{P}\n{M}', 'Demandeur: {P}\nAdresse:\nTéléphone:', 'Expéditeur: {P}\nObjet: Avis', '{O} que {P} a remis les documents.'] },
};
const PC_OFFICE_LOCALES = ['az', 'hy', 'ka_GE', 'ro_MD', 'fr_CA', 'fr_LU'];

function precCOffice(i) {
  const locale = PC_OFFICE_LOCALES[i % PC_OFFICE_LOCALES.length];
  const L = PC_OFFICES[PC_LANG[locale]];
  const f = allFakers[locale];
  f.seed(rng.int(0, 2147483647));
  const people = Math.floor(i / PC_OFFICE_LOCALES.length) % 2 === 0;
  const r = new Record(people ? 'precC_office_person' : 'precC_office_word', locale);
  const p = pcName(locale, f);
  for (const piece of rng.pick(people ? L.P : L.W).split(/(\{[A-Z]+\})/)) {
    const m = /^\{([A-Z]+)\}$/.exec(piece);
    if (!m) {
      if (piece) r.t(piece);
    } else if (m[1] === 'P') {
      r.e('PERSON', p.full);
    } else {
      r.t(rng.pick(L[m[1]]));
    }
  }
  return r;
}

if (SET === 'precC') {
  const out = [];
  const PLACES = option('places', 0);
  const OFFICES = option('offices', 0);
  // Two records of letters and forms to one of sentences; then places.
  while (out.length < RECORDS) out.push(out.length % 3 === 2 ? precCSentence(Math.floor(out.length / 3)) : precCRecord(out.length - Math.floor(out.length / 3)));
  for (let i = 0; i < PLACES; ++i) out.push(precCPlace(i));
  for (let i = 0; i < OFFICES; ++i) out.push(precCOffice(i));
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the addrD probe set (--set addrD) -------------------------------------
//
//   node generate.mjs --set addrD --seed 4243 --records 900 > ../data/generated_pii_addrD.json
//
// faker's own street addresses (location.streetAddress(true): street, house
// number and its flat or floor) in locales whose addresses the layout rules
// read least: Greek, Macedonian, Norwegian, Chinese, Thai, Armenian (with
// faker's two spaces before the street type), Georgian, Nepali, Ukrainian,
// Serbian, Latvian, Azerbaijani, Uzbek. In forms (the language's own
// "Address:" label or the English one), delivery instructions, letters and
// chats; with and without the town and postcode after the street ("street,
// town postcode", faker's order), beside people's names. Labels: the whole
// address, street, flat, town and postcode, one ADDRESS.

const adTry = (fn, fallback) => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};
const AD_LOCALES = {
  el: { label: ['Διεύθυνση: ', 'Δ/νση: '], send: ['Μένω στην ', 'Στείλτε το δέμα στη ', 'Η νέα μου διεύθυνση είναι '] },
  mk: { label: ['Адреса: '], send: ['Испорака на ', 'Живеам на ', 'Пратете го пакетот на '] },
  nb_NO: { label: ['Adresse: ', 'Leveringsadresse: '], send: ['Send pakken til ', 'Jeg bor i ', 'Lever til '] },
  zh_CN: { label: ['地址：', '收货地址：'], send: ['请寄到', '我住在', '送货地址是'] },
  th: { label: ['ที่อยู่: '], send: ['ส่งไปที่ ', 'บ้านอยู่ที่ '] },
  hy: { label: ['Հասցե: ', 'Հասցե՝ '], send: ['Ես ապրում եմ ', 'Ուղարկեք ', 'Առաքում՝ '] },
  ka_GE: { label: ['მისამართი: '], send: ['გამომიგზავნეთ: ', 'ვცხოვრობ '] },
  ne: { label: ['ठेगाना: '], send: ['यहाँ पठाउनुहोस्: ', 'म बस्छु '] },
  uk: { label: ['Адреса: '], send: ['Доставка на ', 'Я живу на '] },
  sr_RS_latin: { label: ['Adresa: '], send: ['Dostava na ', 'Živim u ulici '] },
  lv: { label: ['Adrese: '], send: ['Piegāde uz ', 'Dzīvoju '] },
  az: { label: ['Ünvan: '], send: ['Çatdırılma: ', 'Mən yaşayıram: '] },
  uz_UZ_latin: { label: ['Manzil: '], send: ['Yetkazib berish: '] },
};
const AD_KEYS = Object.keys(AD_LOCALES);

function addrDPerson(l) {
  const f = allFakers[l] ?? allFakers.en_US;
  return `${adTry(() => f.person.firstName(), 'Anna')} ${adTry(() => f.person.lastName(), 'Berg')}`;
}

function addrDAddressRecord() {
  const key = rng.pick(AD_KEYS);
  const f = allFakers[key];
  const L = AD_LOCALES[key];
  const r = new Record('addrD_address', key);
  const street = adTry(() => f.location.streetAddress(rng.chance(0.7)), '').trim() || adTry(() => f.location.streetAddress(false), 'x 1');
  const town = adTry(() => f.location.city(), '');
  const zip = adTry(() => f.location.zipCode(), '');
  const cjk = key === 'zh_CN';
  const sep = cjk ? rng.pick(['', ' ']) : ', ';
  const withTown = rng.chance(0.65) && town;
  // The whole address, street to postcode, is one ADDRESS: the town and
  // postcode after a street continue it.
  const whole = (between) => street + (withTown ? `${between}${town}${rng.chance(0.8) && zip ? ` ${zip}` : ''}` : '');
  const put = () => {
    r.e('ADDRESS', whole(sep));
  };
  const style = rng.int(0, 6);
  if (style === 0) {
    r.t(rng.pick(L.label));
    put();
  } else if (style === 1) {
    r.t(rng.pick(['Address: ', 'Shipping address: ', 'Ship to: ']));
    put();
  } else if (style === 2) {
    r.t(rng.pick(L.send));
    put();
    r.t(rng.pick(['.', '', '!', ' 🙏']));
  } else if (style === 3) {
    r.e('PERSON', addrDPerson(key)).t('\n');
    r.e('ADDRESS', whole('\n'));
  } else if (style === 4) {
    r.t(rng.pick(['Please deliver to ', 'I live at ', 'Send it to ', 'new address: ']));
    put();
    r.t(rng.pick(['.', ', thanks!', ' from Monday.', '']));
  } else if (style === 5) {
    r.t(rng.pick(['Name: ', 'Recipient: '])).e('PERSON', addrDPerson(key)).t(rng.pick([', ', '\n'])).t(rng.pick([...L.label, 'Address: ']));
    put();
  } else {
    r.t(rng.pick(['ok ', 'moved! ', 'hey, ', ''])).e('PERSON', addrDPerson(key)).t(rng.pick([' - ', ': ', ', ']));
    put();
    r.t(rng.pick([' 👍', '', ' :)']));
  }
  return r;
}

function addrDNegativeRecord() {
  const key = rng.pick(AD_KEYS);
  const f = allFakers[key];
  const r = new Record('addrD_negative', key);
  const n = () => rng.int(1, 99);
  const options = [
    () => r.t(`${rng.pick(['Room', 'Αίθουσα', 'Сала', 'Rom', '房间', 'ห้อง', 'Սենյակ'])} ${n()}, ${rng.int(8, 18)}:00.`),
    () => r.t(`Order ${rng.int(1000, 99999)} shipped in ${rng.int(2, 9)} boxes.`),
    () => r.t(`${adTry(() => f.location.city(), 'Oslo')} ${rng.pick(['won', 'lost', 'drew'])} ${rng.int(0, 5)}-${rng.int(0, 5)} yesterday.`),
    () => r.t(`Version ${rng.int(1, 9)}.${rng.int(0, 30)} ships next week, ${rng.int(2, 9)} fixes.`),
    () => r.t(`${rng.pick(['Κεφάλαιο', 'Глава', 'Kapittel', '第', 'บทที่', 'Գլուխ'])} ${n()}`),
  ];
  rng.pick(options)();
  return r;
}

if (SET === 'addrD') {
  const out = [];
  // Four addresses to one near-miss.
  while (out.length < RECORDS) out.push(out.length % 5 === 4 ? addrDNegativeRecord() : addrDAddressRecord());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

// ---- the set ----------------------------------------------------------------

if (SET === 'breadth') {
  const out = [];
  const make = [breadthNegativeRecord, breadthPersonRecord, breadthAddressRecord];
  while (out.length < RECORDS) out.push(make[out.length % make.length]());
  writeSync(1, '[\n' + out.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
  process.exit(0);
}

const records = [];
// Every card scheme and issued length, three times (the notation varies).
for (const scheme of CARD_SCHEMES)
  for (const length of scheme.lengths)
    for (let i = 0; i < 3; ++i) records.push(cardRecord(scheme, length));
// Every phone region, four times (national and international notations).
for (const region of PHONE_REGIONS)
  for (let i = 0; i < 4; ++i) records.push(phoneRecord(region));
const kinds = [
  [0.06, () => cardRecord(rng.pick(CARD_SCHEMES), 0)],
  [0.1, () => phoneRecord(rng.pick(PHONE_REGIONS))],
  [0.16, dateRecord],
  [0.3, personRecord],
  [0.1, addressRecord],
  [0.1, otherRecord],
  [0.18, nearMissRecord],
];
while (records.length < RECORDS) {
  let x = rng.next();
  for (const [share, make] of kinds) {
    x -= share;
    if (x < 0 || make === nearMissRecord) {
      if (make === kinds[0][1]) {
        const scheme = rng.pick(CARD_SCHEMES);
        records.push(cardRecord(scheme, rng.pick(scheme.lengths)));
      } else {
        records.push(make());
      }
      break;
    }
  }
}
process.stdout.write('[\n' + records.map((r) => JSON.stringify(r.build())).join(',\n') + '\n]\n');
