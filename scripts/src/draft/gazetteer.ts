/**
 * The registry as a token trie: every name and alias (and, for countries, the demonyms and
 * capitals of the lexicon) folded to lower case, matched longest-first over the document's
 * tokens. Short all-capital forms ("US", "WP") match case-sensitively so "us" is never the
 * United States; lower-case aliases ("the president") are descriptors the linker trusts less.
 */
import type { EntitySeed } from '@kg/server/contracts';
import { tokenize, type MentionKind } from './document';
import { COUNTRIES, ORGANIZATIONS, OUTLETS, type CountryInfo } from './lexicon';

/** Agencies' initials and the names the registry may know them by. */
const AGENCY_NAMES: Readonly<Record<string, string>> = {
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  UPI: 'United Press International',
  dpa: 'Deutsche Presse-Agentur',
};
import { nameKey } from './normalize';

export interface Form {
  tokens: string[];
  /** Registry id, or `lexicon:<name>` for a country or outlet not in the registry. */
  entity: string;
  kind: MentionKind;
  caseSensitive: boolean;
  /** The form as written in the registry or lexicon. */
  original: string;
  /** Its tokens as written (for case-sensitive forms). */
  cased: string[];
}

export interface Gazetteer {
  byFirst: Map<string, Form[]>;
  /** Lexicon countries by name key, for proposing new Country entities. */
  countries: Map<string, CountryInfo>;
  /** Registry names and aliases of people and organisations, for typo matching. */
  fuzzyForms: Form[];
}

const STRIP_THE = /^the\s+/i;

function formTokens(form: string): string[] {
  return tokenize(form.replace(STRIP_THE, '')).map((t) => t.text.toLowerCase());
}

function makeForm(original: string, entity: string, kind?: MentionKind): Form | undefined {
  const bare = original.replace(STRIP_THE, '');
  const tokens = formTokens(original);
  if (tokens.length === 0) return undefined;
  const lowerInitial = /^\p{Ll}/u.test(bare);
  const shortCaps = bare.length <= 4 && bare === bare.toUpperCase() && /\p{Lu}/u.test(bare);
  return {
    tokens,
    entity,
    kind: kind ?? (lowerInitial ? 'descriptor' : 'name'),
    caseSensitive: shortCaps,
    original,
    cased: tokenize(bare).map((t) => t.text),
  };
}

function countryOf(e: EntitySeed): CountryInfo | undefined {
  const keys = new Set([e.name, ...e.aliases].map(nameKey));
  return COUNTRIES.find(
    (c) => keys.has(nameKey(c.name)) || c.aliases.some((a) => keys.has(nameKey(a))),
  );
}

export function buildGazetteer(entities: EntitySeed[]): Gazetteer {
  const forms: Form[] = [];
  const add = (f: Form | undefined) => {
    if (f) forms.push(f);
  };
  const known = new Set<string>();
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) {
      add(makeForm(n, e.id));
      // "Department of Defense" is also written "Defense Department" ("U.S. Defense
      // Department"), "Ministry of Foreign Affairs" "Foreign Affairs Ministry".
      const of =
        /^(?:the\s+)?(?:(U\.S\.|[A-Z][a-z]+)\s+)?(Department|Ministry|Office|Council)\s+of\s+(?:the\s+)?([A-Z][\w ]{2,30})$/.exec(
          n,
        );
      if (e.label === 'Organization' && of)
        add(makeForm(`${of[1] ? `${of[1]} ` : ''}${of[3]} ${of[2]}`, e.id));
      // "U.S. Congress" is "Congress" and "Capitol Hill" in American copy.
      if (
        e.label === 'Organization' &&
        /^(?:the\s+)?(?:U\.S\.|US|United States)\s+Congress$/i.test(n)
      ) {
        add(makeForm('Congress', e.id));
        add(makeForm('Capitol Hill', e.id));
      }
    }
    if (e.label === 'Country') {
      const c = countryOf(e);
      if (c) {
        known.add(nameKey(c.name));
        for (const a of c.aliases) add(makeForm(a, e.id));
        for (const a of c.adjective) add(makeForm(a, e.id, 'demonym'));
        for (const a of c.plural) add(makeForm(a, e.id, 'demonym'));
        for (const a of c.capital) add(makeForm(a, e.id, 'capital'));
      }
    }
  }
  const registryKeys = new Set(forms.map((f) => f.tokens.join(' ')));
  for (const c of COUNTRIES) {
    if (known.has(nameKey(c.name))) continue;
    const id = `lexicon:country:${c.name}`;
    for (const a of [c.name, ...c.aliases]) add(makeForm(a, id));
    for (const a of c.plural) add(makeForm(a, id, 'demonym'));
    for (const a of c.adjective) add(makeForm(a, id, 'demonym'));
    for (const a of c.capital) add(makeForm(a, id, 'capital'));
  }
  // A network's news division is the network: "CBS News" is the registry's CBS.
  const outletIds = new Map(
    entities.filter((e) => e.label === 'Outlet').map((e) => [nameKey(e.name), e.id]),
  );
  const division = (o: string) =>
    outletIds.get(nameKey(o.replace(/\s+(?:news|news channel|network|tv|television)$/i, '')));
  // "NBC News" is the lexicon's NBC too, when the registry has neither.
  const lexiconDivision = (o: string) => {
    const base = o.replace(/\s+(?:news|news channel|network)$/i, '');
    return base !== o && OUTLETS.includes(base) ? `lexicon:outlet:${base}` : undefined;
  };
  for (const o of OUTLETS) {
    // "— AP" under an AP story, "told AP": the registry's Associated Press, not a new "AP".
    const full = AGENCY_NAMES[o] ? outletIds.get(nameKey(AGENCY_NAMES[o])) : undefined;
    const parent =
      full ?? (/\s(?:news|network)$/i.test(o) ? (division(o) ?? lexiconDivision(o)) : undefined);
    const f = makeForm(o, parent ?? `lexicon:outlet:${o.replace(STRIP_THE, '')}`);
    if (f && !registryKeys.has(f.tokens.join(' '))) forms.push(f);
  }
  // Well-known bodies the registry lacks; a registry body of any of their names wins.
  for (const [name, ...aliases] of ORGANIZATIONS) {
    const fs = [name, ...aliases].map((n) => makeForm(n, `lexicon:org:${name}`));
    if (fs.some((f) => f && registryKeys.has(f.tokens.join(' ')))) continue;
    for (const f of fs) if (f) forms.push(f);
  }
  for (const e of entities) {
    if (e.label !== 'Outlet' || e.name.split(/\s+/).length > 2) continue;
    for (const tail of ['News', 'News Network']) {
      const f = makeForm(`${e.name} ${tail}`, e.id);
      if (f && !registryKeys.has(f.tokens.join(' '))) forms.push(f);
    }
  }
  const byFirst = new Map<string, Form[]>();
  for (const f of forms) {
    const list = byFirst.get(f.tokens[0]!) ?? [];
    list.push(f);
    byFirst.set(f.tokens[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const countries = new Map(COUNTRIES.map((c) => [nameKey(c.name), c]));
  const fuzzyForms = forms.filter((f) => {
    const e = entities.find((x) => x.id === f.entity);
    return (
      e !== undefined &&
      (e.label === 'Person' || e.label === 'Organization') &&
      f.kind === 'name' &&
      f.tokens.every((t) => t.length >= 4)
    );
  });
  return { byFirst, countries, fuzzyForms };
}

/** Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
