// Writes labelled evaluation data for the privacy detector, in the format
// `switchyard pii eval` reads (presidio-research: a JSON array of records with
// `full_text` and `spans` of `entity_type`, `entity_value`, `start_position`,
// `end_position` in code points, end exclusive).
//
//   node generate.mjs [--seed 15] [--records 3000] > ../data/generated_pii.json
//   node generate.mjs --set breadth --seed 16 --records 1500 > ../data/generated_pii_breadth.json
//   node generate.mjs --set variants --seed 17 --records 1500 > ../data/generated_pii_variants.json
//   node generate.mjs --set holdout --seed 21 --records 1500 > ../data/generated_pii_holdout.json
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
  CARD_SCHEMES, cardNumber, groupCard, luhnValid, PHONE_REGIONS, phoneNumber, writtenDate, ssn,
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
