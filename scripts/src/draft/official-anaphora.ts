/**
 * "…, Press Secretary of the President of the Russian Federation Dmitry Peskov told journalists
 * on Thursday. "…," the Kremlin official said.": "the Kremlin official" (a body's name before a
 * noun for a person: official, spokesman, diplomat, aide) is the person who spoke in the
 * sentence before, when that person's title ties them to the body (its name, or its country's).
 * Otherwise the words stay the body's, as the attribution stage left them.
 */
import type { Attribution } from './attribution';
import { type Doc } from './document';
import { COUNTRIES, ORG_HOME } from './lexicon';

const PERSON_NOUN =
  /\bthe\s+((?:[\w.'’-]+\s+){1,3}?)(?:official|spokes(?:man|woman|person)|diplomat|aide|envoy|representative|minister)\b/;

/** Bodies whose country their name does not give. */
const BODY_COUNTRY: Readonly<Record<string, string>> = {
  kremlin: 'Russia',
  'white house': 'United States',
  pentagon: 'United States',
  'state department': 'United States',
};

function countryWords(name: string): string[] {
  const c = COUNTRIES.find((x) => x.name === name);
  return c ? [c.name, ...c.adjective, ...c.capital, ...c.aliases].map((w) => w.toLowerCase()) : [];
}

export function officialAnaphora(doc: Doc, attributions: Attribution[]): void {
  const lower = doc.fold.toLowerCase();
  for (const a of attributions) {
    const body = doc.entities.get(a.speaker);
    if (!body || body.label !== 'Organization') continue;
    const clause = lower.slice(a.start, a.end);
    const noun = PERSON_NOUN.exec(clause);
    if (!noun || !noun[1]!.includes(body.name.toLowerCase().replace(/^the\s+/, ''))) continue;
    const s = doc.sentences.find((x) => x.start <= a.start && a.start < x.end);
    const prev = s ? doc.sentences[s.index - 1] : undefined;
    if (!s || !prev || prev.paragraph < s.paragraph - 1) continue;
    // The one person of the sentence before who speaks there ("X told journalists").
    const speakers = doc.mentions.filter((m) => {
      if (m.start < prev.start || m.end > prev.end) return false;
      if (doc.entities.get(m.entity)?.label !== 'Person') return false;
      const after = lower.slice(m.end, Math.min(prev.end, m.end + 30));
      return /^\s*(?:\w+\s+)?(?:said|says|told|stated|added|noted|declared|stressed)\b/.test(after);
    });
    const ids = [...new Set(speakers.map((m) => m.entity))];
    if (ids.length !== 1) continue;
    const m = speakers[0]!;
    // Tied to the body: its title, in that sentence, names the body or the body's country.
    const title = lower.slice(Math.max(prev.start, m.start - 120), m.start);
    const key = body.name.toLowerCase().replace(/^the\s+/, '');
    const country = BODY_COUNTRY[key] ?? ORG_HOME[body.name];
    const words = [key, ...(country ? countryWords(country) : [])];
    if (!words.some((w) => w && new RegExp(`\\b${w.replace(/[.]/g, '\\.')}`).test(title))) continue;
    a.speaker = ids[0]!;
    a.rule = `${a.rule}+official-anaphora`;
  }
}
