// Identifiers built from their published rules, not from a library: card
// numbers of every scheme and issued length (IIN ranges, Luhn where the
// scheme uses it), phone numbers in assigned ranges of many regions written
// in each region's notations, dates in many notations and languages, and
// US SSNs. Each takes the generator's random source `rng` (rng.int(lo, hi)
// inclusive, rng.pick(array), rng.chance(p)).

export function luhnCheckDigit(body) {
  let sum = 0;
  let twice = true;  // the check digit will be appended to the right
  for (let i = body.length - 1; i >= 0; --i) {
    let d = body.charCodeAt(i) - 48;
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return String((10 - (sum % 10)) % 10);
}

export function luhnValid(digits) {
  return luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

// Scheme: IIN ranges as [low, high] prefixes of equal length, issued lengths,
// and whether the last digit is a Luhn check digit.
export const CARD_SCHEMES = [
  { name: 'Visa', ranges: [['4', '4']], lengths: [13, 16, 19], luhn: true },
  { name: 'Mastercard', ranges: [['51', '55'], ['2221', '2720']], lengths: [16], luhn: true },
  { name: 'American Express', ranges: [['34', '34'], ['37', '37']], lengths: [15], luhn: true },
  { name: 'Discover', ranges: [['6011', '6011'], ['644', '649'], ['65', '65'], ['622126', '622925']],
    lengths: [16, 17, 18, 19], luhn: true },
  { name: 'JCB', ranges: [['3528', '3589']], lengths: [16, 17, 18, 19], luhn: true },
  { name: 'Diners Club', ranges: [['300', '305'], ['36', '36'], ['38', '39']],
    lengths: [14, 15, 16, 17, 18, 19], luhn: true },
  { name: 'Maestro', ranges: [['50', '50'], ['56', '58'], ['639', '639'], ['67', '67']],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19], luhn: true },
  { name: 'UnionPay', ranges: [['62', '62']], lengths: [16, 17, 18, 19], luhn: true },
  // Some UnionPay cards carry no Luhn check digit: found through context.
  { name: 'UnionPay', ranges: [['62', '62']], lengths: [16, 19], luhn: false },
  { name: 'Mir', ranges: [['2200', '2204']], lengths: [16, 17, 18, 19], luhn: true },
  { name: 'RuPay', ranges: [['60', '60'], ['81', '82'], ['508', '508'], ['353', '353'], ['356', '356']],
    lengths: [16], luhn: true },
  { name: 'Troy', ranges: [['9792', '9792']], lengths: [16], luhn: true },
  { name: 'Verve', ranges: [['506099', '506198'], ['650002', '650027']], lengths: [16, 18, 19],
    luhn: true },
  { name: 'Dankort', ranges: [['5019', '5019']], lengths: [16], luhn: true },
  { name: 'InterPayment', ranges: [['636', '636']], lengths: [16, 17, 18, 19], luhn: true },
  { name: 'UATP', ranges: [['1', '1']], lengths: [15], luhn: true },
];

function digits(rng, n) {
  let s = '';
  for (let i = 0; i < n; ++i) s += String(rng.int(0, 9));
  return s;
}

export function cardNumber(rng, scheme, length) {
  const [low, high] = rng.pick(scheme.ranges);
  const prefix = String(rng.int(Number(low), Number(high))).padStart(low.length, '0');
  const body = prefix + digits(rng, length - prefix.length - 1);
  if (scheme.luhn) return body + luhnCheckDigit(body);
  // A number with no Luhn digit: make sure it does not pass by chance, so
  // the set holds numbers only context can find.
  const check = (Number(luhnCheckDigit(body)) + rng.int(1, 9)) % 10;
  return body + String(check);
}

// How people write a card number of `n` digits.
export function groupCard(rng, d) {
  const n = d.length;
  const sep = rng.pick(['', ' ', ' ', '-', '.']);
  if (sep === '') return d;
  let sizes;
  if (n === 15) sizes = rng.chance(0.7) ? [4, 6, 5] : [4, 4, 4, 3];
  else if (n === 14) sizes = rng.chance(0.6) ? [4, 6, 4] : [4, 4, 4, 2];
  else if (n === 19 && sep !== '.' && rng.chance(0.3)) sizes = [6, 13];
  else {
    sizes = [];
    for (let left = n; left > 0; left -= 4) sizes.push(Math.min(4, left));
  }
  const parts = [];
  let at = 0;
  for (const s of sizes) {
    parts.push(d.slice(at, at + s));
    at += s;
  }
  return parts.join(sep);
}

// ---- phones -----------------------------------------------------------------
// Each region: its country code, a national trunk prefix ('' where there is
// none), and number shapes in assigned ranges: `nsn` builds the national
// significant number, `national` and `intl` write it in that region's
// customary groupings.

// Area codes in service (the numbering plan leaves many NPA values unassigned).
const US_AREA_CODES = ['201', '202', '206', '212', '213', '303', '305', '312', '404', '415', '503',
  '512', '602', '615', '617', '646', '702', '704', '713', '718', '773', '801', '808', '917'];
const CA_AREA_CODES = ['403', '416', '514', '604', '613', '780', '902', '905'];
const nanp = (rng, areas) => {
  const npa = () => rng.pick(areas);
  const nxx = () => {
    for (;;) {
      const v = `${rng.int(2, 9)}${rng.int(0, 9)}${rng.int(0, 9)}`;
      if (!(v[1] === '1' && v[2] === '1') && v !== '555' && v !== '950' && v !== '958' && v !== '959') return v;
    }
  };
  return [npa(), nxx(), digits(rng, 4)];
};

export const PHONE_REGIONS = [
  { region: 'US', cc: '1', shapes: [(r) => nanp(r, US_AREA_CODES)],
    national: (r, [a, b, c]) => r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`,
      `${a} ${b} ${c}`, `(${a})${b}-${c}`, `1-${a}-${b}-${c}`, `1 (${a}) ${b}-${c}`]),
    intl: (r, [a, b, c]) => r.pick([`+1 ${a} ${b} ${c}`, `+1-${a}-${b}-${c}`, `+1 (${a}) ${b}-${c}`,
      `+1.${a}.${b}.${c}`]) },
  { region: 'CA', cc: '1', shapes: [(r) => nanp(r, CA_AREA_CODES)],
    national: (r, [a, b, c]) => r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`]),
    intl: (r, [a, b, c]) => `+1 ${a}-${b}-${c}` },
  { region: 'GB', cc: '44', trunk: '0',
    shapes: [(r) => ['7' + r.pick(['4', '5', '7', '8', '9']) + digits(r, 2), digits(r, 6)],
      (r) => ['20', r.pick(['7', '3', '8']) + digits(r, 3), digits(r, 4)],
      (r) => ['161', r.int(2, 9) + digits(r, 2), digits(r, 4)]],
    national: (r, g) => '0' + g.join(' '),
    intl: (r, g) => r.pick([`+44 ${g.join(' ')}`, `+44 (0)${g.join(' ')}`, `0044 ${g.join(' ')}`]) },
  { region: 'DE', cc: '49', trunk: '0',
    shapes: [(r) => ['15' + r.pick(['1', '2', '5', '7', '9']) + digits(r, 1), digits(r, 7)],
      (r) => ['17' + r.int(0, 9), digits(r, 7)],
      (r) => ['30', r.int(2, 9) + digits(r, 7)], (r) => ['89', r.int(2, 9) + digits(r, 6)]],
    national: (r, g) => r.pick([`0${g[0]} ${g[1]}`, `0${g[0]}/${g[1]}`, `0${g[0]}-${g[1]}`,
      `(0${g[0]}) ${g[1]}`]),
    intl: (r, g) => r.pick([`+49 ${g[0]} ${g[1]}`, `+49 (0)${g[0]} ${g[1]}`, `+49-${g[0]}-${g[1]}`]) },
  { region: 'FR', cc: '33', trunk: '0',
    shapes: [(r) => [r.pick(['6', '1', '4']), String(r.int(1, 9)) + digits(r, 1), ...[0, 1, 2].map(() => digits(r, 2))],
      (r) => ['7', String(r.int(3, 9)) + digits(r, 1), ...[0, 1, 2].map(() => digits(r, 2))]],
    national: (r, g) => { const s = r.pick([' ', '.', '-', ' ']); return '0' + g.join(s); },
    intl: (r, g) => r.pick([`+33 ${g.join(' ')}`, `+33 (0)${g.join(' ')}`, `+33 ${g[0]}${g.slice(1).join('')}`]) },
  { region: 'NL', cc: '31', trunk: '0',
    shapes: [(r) => ['6', r.int(1, 5) + digits(r, 7)], (r) => ['20', r.int(2, 8) + digits(r, 6)]],
    national: (r, g) => r.pick([`0${g[0]}-${g[1]}`, `0${g[0]} ${g[1]}`, `(0${g[0]}) ${g[1]}`]),
    intl: (r, g) => r.pick([`+31 ${g[0]} ${g[1]}`, `+31 (0)${g[0]} ${g[1]}`]) },
  { region: 'IT', cc: '39', trunk: '',
    shapes: [(r) => ['3' + r.pick(['2', '3', '4', '8', '9']) + r.int(0, 9), digits(r, 3), digits(r, 4)],
      (r) => ['06', r.int(3, 9) + digits(r, 3), digits(r, 4)]],
    national: (r, g) => r.pick([g.join(' '), `${g[0]} ${g[1]}${g[2]}`, `${g[0]}/${g[1]}${g[2]}`]),
    intl: (r, g) => r.pick([`+39 ${g.join(' ')}`, `+39 ${g[0]} ${g[1]}${g[2]}`]) },
  { region: 'ES', cc: '34', trunk: '',
    shapes: [(r) => ['6' + digits(r, 2), digits(r, 3), digits(r, 3)],
      (r) => ['91', digits(r, 3), digits(r, 2), digits(r, 2)]],
    national: (r, g) => g.join(' '),
    intl: (r, g) => `+34 ${g.join(' ')}` },
  { region: 'AU', cc: '61', trunk: '0',
    shapes: [(r) => ['4' + r.int(0, 3) + digits(r, 1), digits(r, 3), digits(r, 3)],
      (r) => [r.pick(['2', '3', '8']), '9' + digits(r, 3), digits(r, 4)]],
    national: (r, g) => g[0].length === 1 ? `(0${g[0]}) ${g[1]} ${g[2]}` : `0${g.join(' ')}`,
    intl: (r, g) => `+61 ${g.join(' ')}` },
  { region: 'IN', cc: '91', trunk: '0',
    shapes: [(r) => [r.int(7, 9) + digits(r, 4), digits(r, 5)]],
    national: (r, g) => r.pick([`${g[0]} ${g[1]}`, `0${g[0]} ${g[1]}`, `${g[0]}${g[1]}`]),
    intl: (r, g) => r.pick([`+91 ${g[0]} ${g[1]}`, `+91-${g[0]}-${g[1]}`, `+91 ${g[0]}${g[1]}`]) },
  // Regions written here in international notation only.
  { region: 'BR', cc: '55', shapes: [(r) => ['11', '9' + digits(r, 4), digits(r, 4)]],
    intl: (r, g) => r.pick([`+55 ${g[0]} ${g[1]}-${g[2]}`, `+55 (${g[0]}) ${g[1]}-${g[2]}`]) },
  { region: 'JP', cc: '81', shapes: [(r) => [r.pick(['90', '80', '70']), r.int(1, 9) + digits(r, 3), digits(r, 4)]],
    intl: (r, g) => r.pick([`+81 ${g.join('-')}`, `+81 ${g.join(' ')}`]) },
  { region: 'MX', cc: '52', shapes: [(r) => ['55', digits(r, 4), digits(r, 4)]],
    intl: (r, g) => `+52 ${g.join(' ')}` },
  { region: 'PL', cc: '48', shapes: [(r) => [r.pick(['50', '51', '53', '60', '69', '72', '79', '88']) + r.int(0, 9), digits(r, 3), digits(r, 3)]],
    intl: (r, g) => r.pick([`+48 ${g.join(' ')}`, `+48 ${g.join('-')}`]) },
  { region: 'SE', cc: '46', shapes: [(r) => ['7' + r.pick(['0', '2', '3', '6']), digits(r, 3), digits(r, 2), digits(r, 2)]],
    intl: (r, g) => `+46 ${g.join(' ')}` },
  { region: 'CH', cc: '41', shapes: [(r) => ['7' + r.pick(['6', '7', '8', '9']), digits(r, 3), digits(r, 2), digits(r, 2)]],
    intl: (r, g) => r.pick([`+41 ${g.join(' ')}`, `0041 ${g.join(' ')}`]) },
  { region: 'AT', cc: '43', shapes: [(r) => ['664', digits(r, 7)]],
    intl: (r, g) => r.pick([`+43 ${g.join(' ')}`, `+43 (0)${g.join(' ')}`]) },
  { region: 'BE', cc: '32', shapes: [(r) => ['4' + r.pick(['70', '75', '77', '78', '85', '86', '95', '96']), digits(r, 2), digits(r, 2), digits(r, 2)]],
    intl: (r, g) => `+32 ${g.join(' ')}` },
  { region: 'IE', cc: '353', shapes: [(r) => ['8' + r.pick(['3', '5', '6', '7', '9']), digits(r, 3), digits(r, 4)]],
    intl: (r, g) => `+353 ${g.join(' ')}` },
  { region: 'PT', cc: '351', shapes: [(r) => ['9' + r.pick(['1', '2', '3', '6']) + digits(r, 1), digits(r, 3), digits(r, 3)]],
    intl: (r, g) => `+351 ${g.join(' ')}` },
  { region: 'DK', cc: '45', shapes: [(r) => [r.pick(['20', '30', '40', '50', '60']), digits(r, 2), digits(r, 2), digits(r, 2)]],
    intl: (r, g) => `+45 ${g.join(' ')}` },
  { region: 'NO', cc: '47', shapes: [(r) => [r.pick(['41', '46', '47', '48', '9' + r.int(0, 9)]) + digits(r, 1), digits(r, 2), digits(r, 3)]],
    intl: (r, g) => `+47 ${g.join(' ')}` },
  { region: 'FI', cc: '358', shapes: [(r) => [r.pick(['40', '41', '44', '45', '50']), digits(r, 7)]],
    intl: (r, g) => `+358 ${g.join(' ')}` },
  { region: 'ZA', cc: '27', shapes: [(r) => [r.pick(['72', '73', '74', '76', '78', '79', '82', '83', '84']), digits(r, 3), digits(r, 4)]],
    intl: (r, g) => `+27 ${g.join(' ')}` },
  { region: 'NZ', cc: '64', shapes: [(r) => ['21', digits(r, 3), digits(r, 4)]],
    intl: (r, g) => `+64 ${g.join(' ')}` },
  { region: 'SG', cc: '65', shapes: [(r) => [r.pick(['81', '82', '83', '84', '85', '86', '87', '90', '91', '92', '93', '94', '95', '96', '97']) + digits(r, 2), digits(r, 4)]],
    intl: (r, g) => `+65 ${g.join(' ')}` },
  { region: 'KR', cc: '82', shapes: [(r) => ['10', r.int(2, 9) + digits(r, 3), digits(r, 4)]],
    intl: (r, g) => r.pick([`+82 ${g.join('-')}`, `+82 ${g.join(' ')}`]) },
  { region: 'CN', cc: '86', shapes: [(r) => ['13' + r.int(0, 9), digits(r, 4), digits(r, 4)]],
    intl: (r, g) => `+86 ${g.join(' ')}` },
  { region: 'RU', cc: '7', shapes: [(r) => ['9' + r.pick(['12', '16', '26', '03', '85']), digits(r, 3), digits(r, 2), digits(r, 2)]],
    intl: (r, g) => r.pick([`+7 ${g[0]} ${g[1]}-${g[2]}-${g[3]}`, `+7 (${g[0]}) ${g[1]}-${g[2]}-${g[3]}`]) },
  { region: 'TR', cc: '90', shapes: [(r) => ['53' + r.int(0, 9), digits(r, 3), digits(r, 2), digits(r, 2)]],
    intl: (r, g) => `+90 ${g.join(' ')}` },
  { region: 'IL', cc: '972', shapes: [(r) => ['5' + r.pick(['0', '2', '3', '4', '8']), r.int(2, 9) + digits(r, 2), digits(r, 4)]],
    intl: (r, g) => `+972 ${g.join('-')}` },
  { region: 'AE', cc: '971', shapes: [(r) => ['5' + r.pick(['0', '2', '5', '6']), digits(r, 3), digits(r, 4)]],
    intl: (r, g) => `+971 ${g.join(' ')}` },
  { region: 'PH', cc: '63', shapes: [(r) => ['9' + r.pick(['17', '18', '20', '27']), digits(r, 3), digits(r, 4)]],
    intl: (r, g) => `+63 ${g.join(' ')}` },
  { region: 'NG', cc: '234', shapes: [(r) => [r.pick(['803', '805', '806', '813']), digits(r, 3), digits(r, 4)]],
    intl: (r, g) => `+234 ${g.join(' ')}` },
  { region: 'CO', cc: '57', shapes: [(r) => ['3' + r.pick(['00', '10', '15', '20']), digits(r, 7)]],
    intl: (r, g) => `+57 ${g.join(' ')}` },
];

// A phone number of `region` as people write it; sometimes with an extension.
export function phoneNumber(rng, region) {
  const groups = rng.pick(region.shapes)(rng);
  const national = region.national && rng.chance(0.55);
  let s = national ? region.national(rng, groups) : region.intl(rng, groups);
  if (rng.chance(0.08)) s += rng.pick([` x${rng.int(1, 9999)}`, ` ext. ${rng.int(10, 999)}`, ` ext ${rng.int(1, 99)}`]);
  return s;
}

// ---- dates ------------------------------------------------------------------

export const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};

const pad = (n) => String(n).padStart(2, '0');
const ordinal = (d) => d + (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

// A calendar date written in one of the common notations of `lang`.
export function writtenDate(rng, lang, y, m, d) {
  const M = MONTHS[lang];
  const numeric = [`${y}-${pad(m)}-${pad(d)}`, `${pad(d)}.${pad(m)}.${y}`, `${d}.${m}.${y}`,
    `${pad(d)}/${pad(m)}/${y}`, `${pad(d)}-${pad(m)}-${y}`];
  const us = [`${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${M[m - 1]} ${d}, ${y}`,
    `${M[m - 1].slice(0, 3)} ${d}, ${y}`, `${M[m - 1].slice(0, 3)}. ${d}, ${y}`, `${ordinal(d)} of ${M[m - 1]} ${y}`,
    `${d} ${M[m - 1]} ${y}`, `${d} ${M[m - 1].slice(0, 3)} ${y}`, `${M[m - 1]} ${ordinal(d)}, ${y}`];
  const written = {
    de: [`${d}. ${M[m - 1]} ${y}`, `${pad(d)}. ${M[m - 1]} ${y}`],
    fr: [`${d} ${M[m - 1]} ${y}`, `${pad(d)} ${M[m - 1]} ${y}`],
    es: [`${d} de ${M[m - 1]} de ${y}`],
    it: [`${d} ${M[m - 1]} ${y}`],
    nl: [`${d} ${M[m - 1]} ${y}`],
    pt: [`${d} de ${M[m - 1]} de ${y}`],
  };
  if (lang === 'en') return rng.pick(rng.chance(0.5) ? us : numeric);
  return rng.pick(rng.chance(0.5) ? written[lang] : numeric);
}

export function ssn(rng) {
  for (;;) {
    const area = rng.int(1, 899);
    if (area === 666) continue;
    return `${String(area).padStart(3, '0')}-${pad(rng.int(1, 99))}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
  }
}
