/**
 * Words the synthetic corpus is made of. Invented names come from a bijection between an index
 * and a fixed-length consonant-vowel word, so every entity gets a distinct, pronounceable name
 * without a lookup table, and names of different labels never collide (different lengths and
 * shapes).
 */

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
const SYLLABLES: string[] = [];
for (const c of CONSONANTS) for (const v of VOWELS) SYLLABLES.push(c + v);

/**
 * A capitalised word of at least `syllables` CV syllables for `index`: the base-70 digits of
 * the index, so distinct indexes give distinct words (70^3 = 343,000 three-syllable words;
 * larger indexes simply get longer words).
 */
export function word(index: number, syllables: number): string {
  // Scramble within the fixed-length range (multiplication by a prime coprime to 70 is a
  // bijection mod 70^k) so consecutive indexes do not give "Bababa", "Bebaba", ...
  const cap = Math.pow(SYLLABLES.length, syllables);
  let n = index < cap ? (index * 104_729 + 12_345) % cap : index;
  let out = '';
  for (let i = 0; i < syllables || n > 0; i++) {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return out[0]!.toUpperCase() + out.slice(1);
}

/** Lower-case slug of a display name, as Slug in the seed contract wants it. */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const FIRST_NAMES = [
  'Amal',
  'Anna',
  'Arjun',
  'Beatriz',
  'Carlos',
  'Chen',
  'Dalia',
  'David',
  'Elena',
  'Emeka',
  'Farah',
  'Felix',
  'Greta',
  'Hassan',
  'Ines',
  'Ivan',
  'Jana',
  'Jonas',
  'Kemal',
  'Keiko',
  'Lars',
  'Leila',
  'Lucia',
  'Marek',
  'Maria',
  'Mehmet',
  'Nadia',
  'Nikolai',
  'Olga',
  'Omar',
  'Pavel',
  'Priya',
  'Rafael',
  'Rania',
  'Samir',
  'Sofia',
  'Tariq',
  'Tomas',
  'Ulla',
  'Viktor',
  'Wen',
  'Yara',
  'Yusuf',
  'Zofia',
  'Ahmed',
  'Bianca',
  'Dmitri',
  'Esther',
  'George',
  'Hannah',
];

export const PERSON_ROLES = [
  'Foreign Minister',
  'Defence Minister',
  'Prime Minister',
  'President',
  'Ambassador',
  'Senator',
  'General',
  'Spokesperson',
  'Envoy',
  'Analyst',
  'Correspondent',
  'Governor',
  'Admiral',
  'Press Secretary',
  'Intelligence Chief',
  'Professor',
];

/** Real country names: hubs are realistic, and ranks are stable across sizes. */
export const COUNTRIES: readonly { name: string; aliases: string[] }[] = [
  { name: 'United States', aliases: ['the United States', 'US', 'Washington'] },
  { name: 'Russia', aliases: ['Moscow', 'the Russian Federation'] },
  { name: 'China', aliases: ['Beijing', "the People's Republic of China"] },
  { name: 'Iran', aliases: ['Tehran', 'the Islamic Republic'] },
  { name: 'Israel', aliases: ['Jerusalem'] },
  { name: 'Ukraine', aliases: ['Kyiv'] },
  { name: 'United Kingdom', aliases: ['Britain', 'the UK', 'London'] },
  { name: 'France', aliases: ['Paris'] },
  { name: 'Germany', aliases: ['Berlin'] },
  { name: 'Turkey', aliases: ['Ankara', 'Turkiye'] },
  ...[
    'Saudi Arabia',
    'India',
    'Japan',
    'Pakistan',
    'Egypt',
    'Syria',
    'Iraq',
    'Qatar',
    'United Arab Emirates',
    'North Korea',
    'South Korea',
    'Brazil',
    'Canada',
    'Italy',
    'Poland',
    'Spain',
    'Lebanon',
    'Jordan',
    'Yemen',
    'Afghanistan',
    'Belarus',
    'Georgia',
    'Armenia',
    'Azerbaijan',
    'Kazakhstan',
    'Mexico',
    'Venezuela',
    'Cuba',
    'Argentina',
    'Chile',
    'Colombia',
    'Peru',
    'South Africa',
    'Nigeria',
    'Ethiopia',
    'Kenya',
    'Sudan',
    'Libya',
    'Algeria',
    'Morocco',
    'Tunisia',
    'Indonesia',
    'Malaysia',
    'Vietnam',
    'Thailand',
    'Philippines',
    'Australia',
    'New Zealand',
    'Netherlands',
    'Belgium',
    'Sweden',
    'Norway',
    'Finland',
    'Denmark',
    'Austria',
    'Switzerland',
    'Greece',
    'Romania',
    'Hungary',
    'Serbia',
    'Bulgaria',
    'Czech Republic',
    'Slovakia',
    'Portugal',
    'Ireland',
    'Estonia',
    'Latvia',
    'Lithuania',
    'Moldova',
    'Oman',
    'Kuwait',
    'Bahrain',
    'Bangladesh',
    'Sri Lanka',
    'Nepal',
    'Myanmar',
    'Cambodia',
    'Mongolia',
    'Uzbekistan',
    'Turkmenistan',
    'Tajikistan',
    'Kyrgyzstan',
    'Somalia',
    'Eritrea',
    'Djibouti',
    'Chad',
    'Niger',
    'Mali',
    'Ghana',
    'Senegal',
    'Angola',
    'Mozambique',
    'Zimbabwe',
    'Zambia',
    'Tanzania',
    'Uganda',
    'Rwanda',
    'Cyprus',
    'Malta',
    'Iceland',
    'Croatia',
    'Slovenia',
    'Bosnia and Herzegovina',
    'Albania',
    'North Macedonia',
    'Montenegro',
    'Bolivia',
    'Ecuador',
    'Paraguay',
    'Uruguay',
    'Guatemala',
    'Honduras',
    'Nicaragua',
  ].map((name) => ({ name, aliases: [`the government of ${name}`] })),
];

export const ORGANIZATION_KINDS = [
  'Institute',
  'Council',
  'Ministry',
  'Agency',
  'Party',
  'Foundation',
  'Alliance',
  'Commission',
  'Corporation',
  'Brigade',
  'Union',
  'Centre',
];
export const OUTLET_KINDS = [
  'Times',
  'Herald',
  'Post',
  'Tribune',
  'Gazette',
  'Daily',
  'Review',
  'Wire',
];
export const EVENT_KINDS = [
  'summit',
  'talks',
  'ceasefire',
  'drone strike',
  'protests',
  'election',
  'conference',
  'sanctions package',
  'naval exercise',
  'border clash',
  'prisoner exchange',
  'cyberattack',
];
export const LOCATION_SUFFIXES = [
  'burg',
  'ford',
  'port',
  'field',
  'stad',
  'grad',
  'haven',
  'mouth',
];

/** Parts of the statements people make in the corpus (SAID and DENIED quotes). */
export const QUOTE_OPENERS = [
  'We will not accept',
  'Nobody should be surprised by',
  'We are deeply concerned about',
  'There is no evidence of',
  'We fully support',
  'We are watching closely',
  'It is too early to judge',
  'We categorically reject',
  'History will remember',
  'We call for an end to',
  'We are ready to discuss',
  'This is a dangerous escalation of',
  'We have been clear about',
  'We will respond firmly to',
  'There can be no peace without',
  'We welcome',
  'We are not worried about',
  'The world is tired of',
];
export const QUOTE_OBJECTS = [
  'these negotiations',
  'the attacks on civilians',
  'the latest proposal',
  'the sanctions',
  'the troop movements',
  'any interference',
  'the ceasefire terms',
  'the blockade',
  'the reports in the press',
  'this kind of rhetoric',
  'the arms deliveries',
  'the new agreement',
  'the intelligence assessments',
  'the humanitarian corridor',
  'the election results',
  'the talks in the region',
  'the pressure from abroad',
  'the strikes overnight',
];
export const QUOTE_CLOSERS = [
  '',
  'at this stage',
  'in any form',
  'and we have said so',
  'as long as it takes',
  'without conditions',
  'for the sake of our people',
  'and our partners agree',
  'this week',
  'before the end of the month',
];

/** Sentences that give articles body without naming anyone (never used as evidence). */
export const FILLER = [
  'The situation remained tense throughout the day.',
  'Officials did not give further details.',
  'Markets reacted cautiously to the news.',
  'Diplomats expect further talks in the coming weeks.',
  'The claims could not be independently verified.',
  'Analysts were divided over what the move meant.',
  'Further statements are expected later this week.',
  'Residents described a night of uncertainty.',
  'The timeline of events remains unclear.',
  'Observers called for restraint on all sides.',
];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
