/**
 * Stage 3c: coreference. A later surname ("Peskov") is the person named in full before; a role
 * phrase ("the defense secretary", "the president", "the envoy") is the one person in this
 * article whose title has that head noun, and nobody when two people share it (then the
 * mention is dropped and the candidates are listed on the entities).
 */
import type { Doc, DocEntity } from './document';
import type { DraftContext } from './context';
import { addCandidate, addMention, covered, existingEntity, sortMentions } from './entities';
import { nameKey } from './normalize';
import { findQuotes, type Quote } from './quotes';
import { agrees } from './gender';

const ROLE_PHRASE =
  /\bthe\s+((?:[a-z]+\s+){0,2}?(?:president|secretary|minister|envoy|spokes(?:man|woman|person)|adviser|advisor|anchor|host|ambassador|official|leader|chancellor|premier|senator|congressman|congresswoman|lawmaker|commander|general))\b/gi;

/** The titles a lawmaker's role phrase fits ("the senator": "Sen. Claire Ashworth"). */
const LAWMAKER_FITS: Readonly<Record<string, RegExp>> = {
  senator: /\b(?:sen\.|senator)(?![a-z])/,
  lawmaker: /\b(?:sen\.|senator|rep\.|representative|congress(?:wo)?man|lawmaker)(?![a-z])/,
  congressman: /\b(?:rep\.|representative|congressman)(?![a-z])/,
  congresswoman: /\b(?:rep\.|representative|congresswoman)(?![a-z])/,
};

/** "House Intelligence Committee Chairman X": a lawmaker whose title names no chamber seat. */
const COMMITTEE_CHAIR = /\bcommittee\s+chair(?:man|woman)?\b/;

/**
 * A name the article gives a lawmaker's title right before ("Sen. Claire Ashworth"): the
 * abbreviation's period is no clause boundary.
 */
function lawmakerTitled(doc: Doc, p: DocEntity, fits: RegExp): boolean {
  return doc.mentions.some((m) => {
    if (m.entity !== p.id || m.kind === 'role') return false;
    const at = m.phraseStart ?? m.start;
    const t = /\b(?:(?:sen|rep)\.|senator|representative|congress(?:wo)?man)\s+$/i.exec(
      doc.fold.slice(Math.max(0, at - 20), at),
    );
    return t !== null && fits.test(t[0].toLowerCase());
  });
}

const LEADER_OF =
  /\b[Tt]he\s+(?:Russian|Iranian|American|U\.S\.|Chinese|Israeli|Ukrainian|Syrian|North Korean|Turkish|Saudi|French|German|British)\s+(?:leader|president|strongman|head of state)\b(?!\s+\p{Lu})/gu;
const POSSESSIVE_ROLE =
  /\b(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)['’]s\s+((?:[a-z]+\s+){0,2}?(?:ambassador|envoy|spokes(?:man|woman|person)|foreign minister|defen[cs]e minister|minister|defense secretary|secretary of state|national security adviser))\b/gu;

function headOf(phrase: string): string {
  const w = phrase.toLowerCase().trim().split(/\s+/);
  return w[w.length - 1]!;
}

/** Role text a person has in this article or the registry. */
function titles(doc: Doc, e: DocEntity, registry = true): string {
  // A registry role's own head, not the office it serves: "Adviser to Russian President
  // Vladimir Putin" is an adviser, not a president.
  const role = (e.role ?? '').split(/\s+(?:to|of|for|at|in)\s+/)[0]!;
  const own = registry ? [role, ...e.aliases].join(' | ').toLowerCase() : '';
  // What the article itself calls them: the title before a name, or a titled alias it used.
  const fromText = doc.mentions
    .filter((m) => m.entity === e.id && m.kind !== 'descriptor')
    .map((m) => doc.text.slice(m.phraseStart ?? m.start, m.end).toLowerCase());
  const before = doc.mentions
    .filter((m) => m.entity === e.id)
    .map(
      (m) =>
        doc.fold
          .slice(Math.max(0, m.start - 30), m.start)
          .toLowerCase()
          .split(/[,.;:]/)
          .pop() ?? '',
    );
  // "Russia's ambassador to the United States, Grigory Malenkov,": a possessive title set off
  // by a comma before the name (split off above at the comma).
  const apposed = doc.mentions
    .filter((m) => m.entity === e.id && m.kind === 'name')
    .map(
      (m) =>
        POSSESSIVE_TITLE_BEFORE.exec(
          doc.fold.slice(Math.max(0, (m.phraseStart ?? m.start) - 90), m.phraseStart ?? m.start),
        )?.[1]?.toLowerCase() ?? '',
    );
  return [own, ...fromText, ...before, ...apposed].join(' | ');
}

const POSSESSIVE_TITLE_BEFORE =
  /\p{L}['’]s\s+((?:[\p{Ll}-]+\s+){0,2}?(?:ambassador|envoy|spokes(?:man|woman|person)|minister|adviser|advisor|secretary|general|commander|diplomat))(?:\s+(?:to|in|at|for|of|on)\s+(?:the\s+)?[\p{L}.'’ -]{1,40}?)?,\s*$/u;

export function resolveCoreference(doc: Doc): void {
  const persons = [...doc.entities.values()].filter((e) => e.label === 'Person');
  // Role phrases the registry did not list as aliases.
  const lower = doc.fold;
  ROLE_PHRASE.lastIndex = 0;
  for (let m = ROLE_PHRASE.exec(lower); m; m = ROLE_PHRASE.exec(lower)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(doc, start, end)) continue;
    // A capitalised role is mostly a title before a name or a headline's word; but White House
    // style writes "the President" ("The President speaks to a lot of leaders."), so a bare
    // "the President" with no name after it, in running text, is the role phrase.
    const bare =
      m[1] === 'President' &&
      !/^\s+\p{Lu}/u.test(doc.fold.slice(end, end + 3)) &&
      !doc.paragraphs.find((p) => p.start <= start && start < p.end)?.heading;
    if (/^\p{Lu}/u.test(m[1]!) && doc.fold[start - 1] !== undefined && !bare) continue;
    const head = headOf(m[1]!);
    // "The president has been tougher on Putin": nobody is their own object, so a person named
    // in the same sentence is not who the role phrase means.
    const s = doc.sentences.find((x) => x.start <= start && end <= x.end);
    // A role phrase that opens a quote ('Asked whether President Trump had called Putin, she
    // said: "The President speaks to a lot of leaders."') starts the speaker's own words: only
    // what those words name is in its sentence.
    const opensQuote = /["“]\s*$/.test(doc.fold.slice(Math.max(0, start - 3), start));
    const here = new Set(
      doc.mentions
        .filter((x) => s && x.start >= (opensQuote ? start : s.start) && x.end <= s.end)
        .map((x) => x.entity),
    );
    // A role phrase points back: a person the article names only after it ("the president
    // himself has said …" with Vladimir Putin named a paragraph on) is not who it means.
    // Those named only after it still make the phrase ambiguous ("the president" in an
    // envoy's quote, with Vladimir Putin named before and President Trump after, is neither).
    // "the senator" is a "Sen." too; "the lawmaker", "the congressman" a senator or a
    // representative by any of their titles.
    const fitsRe = LAWMAKER_FITS[head] ?? new RegExp(`\\b${head}\\b`);
    const lawmakerHead = LAWMAKER_FITS[head] !== undefined;
    // "the congressman" is a man; a committee's chair is a lawmaker of some title.
    const fits = (p: DocEntity, registry = true) =>
      (!lawmakerHead ||
        agrees(doc, p.id, head === 'congressman' ? 'he' : head === 'congresswoman' ? 'she' : '')) &&
      (fitsRe.test(titles(doc, p, registry)) ||
        (lawmakerHead &&
          (lawmakerTitled(doc, p, fitsRe) ||
            (head !== 'senator' && COMMITTEE_CHAIR.test(titles(doc, p, registry))))));
    let who = persons.filter((p) => !here.has(p.id) && fits(p));
    // Two presidents in the registry, one the article calls so ("President Trump" and a bare
    // "Vladimir Putin"): "the president" is the one the article titles.
    if (who.length > 1) who = who.filter((p) => fits(p, false));
    // "the minister" when a foreign minister and a deputy foreign minister are named: a
    // deputy's, vice's or former holder's title does not make them "the minister".
    if (who.length > 1) {
      const outright = who.filter((p) => holdsOutright(titles(doc, p), head));
      if (outright.length >= 1) who = outright;
    }
    if (who.length === 1 && namedBefore(doc, who[0]!.id, start))
      addMention(doc, who[0]!, start, end, 'role', 0.6);
    else if (who.length === 0 && s) {
      const ahead = namedLater(doc, s.paragraph, start, end, head);
      if (ahead) addMention(doc, ahead, start, end, 'role', 0.45);
    }
  }
  // "Russia's ambassador to the United States went on television …" with no name after it:
  // the person named later (see namedLater), the possessor kept as the title's phrase.
  POSSESSIVE_ROLE.lastIndex = 0;
  for (let m = POSSESSIVE_ROLE.exec(lower); m; m = POSSESSIVE_ROLE.exec(lower)) {
    const roleAt = m.index + m[0].length - m[2]!.length;
    const end = m.index + m[0].length;
    if (covered(doc, roleAt, end)) continue;
    if (/^\s*,?\s+(?:\p{Lu}|the\s+\p{Lu})/u.test(lower.slice(end, end + 6))) continue;
    const s = doc.sentences.find((x) => x.start <= m!.index && end <= x.end);
    if (!s) continue;
    const ahead = namedLater(doc, s.paragraph, m.index, end, headOf(m[2]!), m[2]!);
    if (ahead) addMention(doc, ahead, roleAt, end, 'role', 0.45, m.index);
  }
  bodyRoles(doc, persons);
  partyRoles(doc, persons);
  descriptorRoles(doc, persons);
  // Registry descriptors of people ("the president") are kept only when unambiguous here.
  doc.mentions = doc.mentions.filter((m) => {
    if (m.kind !== 'descriptor') return true;
    const e = doc.entities.get(m.entity);
    if (e?.label !== 'Person') return true;
    const head = headOf(doc.fold.slice(m.start, m.end));
    const rivals = persons.filter(
      (p) => p.id !== e.id && new RegExp(`\\b${head}\\b`).test(titles(doc, p, false)),
    );
    if (rivals.length === 0) return true;
    for (const r of rivals)
      addCandidate(e, {
        id: r.id,
        score: 0.4,
        why: `"${doc.text.slice(m.start, m.end)}" also fits ${r.name}`,
      });
    return false;
  });
  sortMentions(doc);
}

/** The article names the person (not by a role phrase) before this offset. */
function namedBefore(doc: Doc, id: string, at: number): boolean {
  return doc.mentions.some((m) => m.entity === id && m.kind !== 'role' && m.end <= at);
}

/** A title with this head noun not qualified as a deputy's, a vice's or a former one. */
function holdsOutright(titleText: string, head: string): boolean {
  const re = new RegExp(`(\\S+\\s+)?(\\S+\\s+)?${head}\\b`, 'g');
  for (let m = re.exec(titleText); m; m = re.exec(titleText))
    if (
      !/\b(?:deputy|vice|assistant|under|former|ex|acting|junior)\b/.test(
        `${m[1] ?? ''}${m[2] ?? ''}`,
      )
    )
      return true;
  return false;
}

/** "the White House press secretary", "the Kremlin aide": a body's name, then a person noun. */
const BODY_ROLE =
  /\bthe\s+((?:[\p{L}.'’-]+\s+){1,4}?)((?:press\s+)?secretary|spokes(?:man|woman|person)|envoy|ambassador|adviser|advisor|aide|minister|official|chief|diplomat)\b/giu;

/**
 * "When a reporter asked Karoline Leavitt …, the White House press secretary said …", "“…,”
 * the Kremlin aide added": a role qualified by a body the text names is the one person of the
 * article whose title holds both that body and that noun. Unlike a bare "the president", such
 * a phrase may mean a person named earlier in the same sentence: it is too specific to be
 * someone else. The person's mention covers the role noun; the body's name stays its own
 * mention (the title's body), so the speaker found last before the verb is the person.
 */
function bodyRoles(doc: Doc, persons: DocEntity[]): void {
  BODY_ROLE.lastIndex = 0;
  for (let m = BODY_ROLE.exec(doc.fold); m; m = BODY_ROLE.exec(doc.fold)) {
    const end = m.index + m[0].length;
    const roleAt = end - m[2]!.length;
    const inside = doc.mentions.filter((x) => x.start >= m!.index && x.end <= roleAt);
    if (covered(doc, roleAt, end) || inside.length !== 1) continue;
    const body = doc.entities.get(inside[0]!.entity);
    if (!body || body.label !== 'Organization') continue;
    // The words between are the body's name and at most one more word ("press", "foreign
    // policy" would be two: "the Kremlin foreign policy aide" is still the Kremlin's).
    const rest = doc.fold.slice(inside[0]!.end, roleAt).trim();
    if (rest.split(/\s+/).filter(Boolean).length > 2) continue;
    const key = body.name.toLowerCase().replace(/^the\s+/, '');
    const noun = m[2]!.toLowerCase().replace(/^press\s+/, '');
    const who = persons.filter((p) => {
      if (!doc.mentions.some((x) => x.entity === p.id && x.start < m!.index)) return false;
      return titles(doc, p)
        .split(' | ')
        .some((t) => t.includes(key) && new RegExp(`\\b${noun}\\b`).test(t));
    });
    if (who.length === 1) addMention(doc, who[0]!, roleAt, end, 'role', 0.55, m.index);
  }
}

/** "the Maryland Democrat", "the Texas Republican", "the Republican senator". */
const PARTY_PHRASE =
  /\b[Tt]he\s+(?:(?:[A-Z][a-z]+|New [A-Z][a-z]+|North [A-Z][a-z]+|South [A-Z][a-z]+|West [A-Z][a-z]+|Rhode Island)\s+)?(Democrat|Republican)(?:ic)?(?:\s+(?:senator|congressman|congresswoman|lawmaker|representative))?\b(?!\s+(?:Party|National|Committee|Caucus|[A-Z]))/g;

/** The party a person's words in this article give them: "(D-Md.)", ", R-Texas,", "a Democrat". */
function partyOf(doc: Doc, id: string): 'Democrat' | 'Republican' | undefined {
  for (const m of doc.mentions) {
    if (m.entity !== id || m.kind === 'role') continue;
    const after = doc.fold.slice(m.end, m.end + 60);
    const before = doc.fold.slice(
      Math.max(0, (m.phraseStart ?? m.start) - 40),
      m.phraseStart ?? m.start,
    );
    const tag = /^\s*,?\s*\(?\s*([DR])-[A-Z]/.exec(after);
    if (tag) return tag[1] === 'D' ? 'Democrat' : 'Republican';
    const word =
      /^\s*,\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(Democrat|Republican)/.exec(after) ??
      /\b(Democrat|Republican)(?:ic)?\s+(?:Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman|lawmaker)?\s*$/.exec(
        before,
      );
    if (word) return word[1] as 'Democrat' | 'Republican';
  }
  return undefined;
}

/**
 * "Hegseth hit back at Sen. Chris Van Hollen, D-Md., after the Maryland Democrat accused …":
 * "the Maryland Democrat" (a party, with or without a state) is the one person named before it
 * whom the article gives that party, even in the same sentence; nobody if two fit.
 */
function partyRoles(doc: Doc, persons: DocEntity[]): void {
  PARTY_PHRASE.lastIndex = 0;
  for (let m = PARTY_PHRASE.exec(doc.fold); m; m = PARTY_PHRASE.exec(doc.fold)) {
    const start = m.index;
    const end = start + m[0].length;
    // "the Georgia Democrat": the state's name may be a place of its own inside the phrase.
    const inside = doc.mentions.filter((x) => x.start < end && start < x.end);
    if (inside.some((x) => x.start < start || x.end > end || !isPlace(doc, x.entity))) continue;
    if (inQuote(doc, start)) continue;
    let who = persons.filter(
      (p) =>
        doc.mentions.some((x) => x.entity === p.id && x.end <= start) &&
        partyOf(doc, p.id) === m![1],
    );
    // "Sen. X said Sunday …" then "…," the Delaware Democrat told CNN: with nobody given that
    // party, the lawmaker named last before the phrase (never one given the other party).
    if (who.length === 0) {
      const last = lastNamedFitting(
        doc,
        persons,
        start,
        (p) => partyOf(doc, p.id) === undefined && LAWMAKER.test(description(doc, p)),
      );
      who = last ? [last] : [];
    }
    if (who.length !== 1) continue;
    doc.mentions = doc.mentions.filter((x) => !inside.includes(x));
    addMention(doc, who[0]!, start, end, 'role', 0.55);
  }
}

const LAWMAKER = /\b(?:sen\.|senator|rep\.|representative|congress(?:wo)?man|lawmaker)(?![a-z])/;

/** Descriptor nouns and the titles that fit them. */
const DESCRIPTOR_FITS: Readonly<Record<string, RegExp>> = {
  general:
    /(?<!attorney\s|surgeon\s|secretary[\s-]|inspector\s|consul\s)\b(?:gen\.|general)(?!\s+(?:counsel|assembly|staff))(?![a-z])/,
  admiral: /\b(?:adm\.|admiral)(?![a-z])/,
  diplomat:
    /\b(?:ambassador|envoy|diplomat|foreign minister|consul|negotiator|foreign secretary|secretary of state)(?![a-z])/,
  ambassador: /\bambassador\b/,
  envoy: /\b(?:envoy|ambassador)(?![a-z])/,
  senator: /\b(?:sen\.|senator)(?![a-z])/,
  lawmaker: LAWMAKER,
  congressman: LAWMAKER,
  congresswoman: LAWMAKER,
  legislator: LAWMAKER,
  officer:
    /\b(?:officer|gen\.|general|adm\.|admiral|col\.|colonel|capt\.|captain|commander)(?![a-z])/,
  commander: /\b(?:commander|commanded|gen\.|general|adm\.|admiral)(?![a-z])/,
};

/**
 * "the former general", "the veteran diplomat", "the 68-year-old senator", "the 71-year-old":
 * a description after a quote or at the head of a sentence (a modifier, a noun, or both).
 */
const DESCRIPTOR = new RegExp(
  `\\b[Tt]he\\s+((?:(?:former|retired|veteran|longtime|onetime|one-time|ex-|seasoned|\\d{2}-year-old)\\s*)+)(${Object.keys(DESCRIPTOR_FITS).join('|')})?\\b(?!\\s+(?:of|to|for|at|in)\\b|\\s*['’]s\\b|\\s+\\p{Lu})`,
  'gu',
);

function isPlace(doc: Doc, id: string): boolean {
  const label = doc.entities.get(id)?.label;
  return label === 'Country' || label === 'Location';
}

/** Quoted statements, found ahead of the quotes stage (which runs after coreference). */
const QUOTES = new WeakMap<Doc, Quote[]>();
function inQuote(doc: Doc, at: number): boolean {
  let qs = QUOTES.get(doc);
  if (!qs) {
    const kept = doc.quotes;
    qs = findQuotes(doc).filter((q) => !q.title);
    doc.quotes = kept;
    QUOTES.set(doc, qs);
  }
  return qs.some((q) => at >= q.start && at < q.end);
}

const ABBREVIATION_END =
  /\b(?:sen|rep|gen|adm|lt|col|maj|capt|cmdr|sgt|brig|gov|dr|mr|mrs|ms|st|u\.s|u\.n|ret)\.$/i;

/** Any role word: a person described by one is no one of unknown description. */
const ANY_ROLE =
  /\b(?:president|secretary|minister|envoy|spokes(?:man|woman|person)|adviser|advisor|anchor|host|moderator|ambassador|official|leader|chancellor|premier|senator|sen\.|rep\.|representative|congress(?:wo)?man|lawmaker|commander|general|gen\.|admiral|adm\.|aide|director|chief|head|analyst|fellow|professor|correspondent|reporter|editor|officer|diplomat|governor|mayor|chairman|chairwoman|chair|deputy|negotiator|researcher|expert|economist|columnist|writer|author|ceo|founder|press secretary)(?![a-z])/;

/** What the article calls a person: titles, and the apposition after a mention (", a former U.S. ambassador to Moscow,"). */
function description(doc: Doc, p: DocEntity): string {
  const after = doc.mentions
    .filter((m) => m.entity === p.id && m.kind !== 'role')
    .map(
      (m) =>
        /^\s*,\s+((?:a|an|the|who)\s(?:[^,.;:"“”]|(?<=\b\p{L})\.){0,100})/u.exec(
          doc.fold.slice(m.end, m.end + 140),
        )?.[1] ?? '',
    );
  // "Retired Adm. Conrad Pike": the title's abbreviation keeps its period.
  const before = doc.mentions
    .filter((m) => m.entity === p.id && m.kind !== 'role')
    .map((m) => {
      const at = m.phraseStart ?? m.start;
      // Not cut at an abbreviation's period ("program, Sen. | Marcus Tolliver" may be split
      // into two sentences there), only at a sentence's end.
      const chunk =
        doc.fold
          .slice(Math.max(0, at - 40), at)
          .split(/[,;:"“”\n]/)
          .pop() ?? '';
      let from = 0;
      for (const e of chunk.matchAll(/[.!?]\s+/g))
        if (!ABBREVIATION_END.test(chunk.slice(0, e.index + 1))) from = e.index + e[0].length;
      return chunk.slice(from);
    });
  return [titles(doc, p), ...before, ...after].join(' | ').toLowerCase();
}

/**
 * The person named last before `at` (outside quotes, by name, within the paragraph or the two
 * before) among those that fit; nobody when the last-named person of the article does not fit
 * and another does further back only when that one is the last who fits.
 */
function lastNamedFitting(
  doc: Doc,
  persons: DocEntity[],
  at: number,
  fits: (p: DocEntity) => boolean,
): DocEntity | undefined {
  const here = doc.sentences.find((x) => x.start <= at && at < x.end)?.paragraph;
  if (here === undefined) return undefined;
  const ids = new Set(persons.filter(fits).map((p) => p.id));
  const all = new Set(persons.map((p) => p.id));
  // (Mentions added by this stage are not sorted yet.)
  const named = doc.mentions
    .filter(
      (m) => m.end <= at && all.has(m.entity) && m.kind !== 'descriptor' && !inQuote(doc, m.start),
    )
    .sort((a, b) => a.start - b.start);
  // Walking back: people who plainly do not fit (another role: the host, a spokesman) are
  // passed over; someone the article describes by no role at all might be the one meant, so
  // the phrase stays unresolved rather than skip to someone before them.
  let last: (typeof named)[number] | undefined;
  for (let i = named.length - 1; i >= 0; i--) {
    const m = named[i]!;
    if (ids.has(m.entity)) {
      last = m;
      break;
    }
    if (!ANY_ROLE.test(description(doc, doc.entities.get(m.entity)!))) return undefined;
  }
  if (!last) return undefined;
  const para = doc.sentences.find((x) => x.start <= last.start && last.start < x.end)?.paragraph;
  // ("The Qatari minister, for his part, …" three paragraphs into a readout: the one person of
  // the article who fits reaches further back than one among several.)
  if (para === undefined || here - para > (ids.size === 1 ? 4 : 2)) return undefined;
  // Only people the article names by name count (a role phrase points back at one of them).
  if (!doc.mentions.some((m) => m.entity === last.entity && m.kind !== 'role' && m.end <= at))
    return undefined;
  return doc.entities.get(last.entity);
}

/**
 * "“…,” the former general said", "the 71-year-old added", "the veteran diplomat told
 * reporters": a descriptor refers back to the last-named person who fits its noun (a general's
 * or an admiral's title, a diplomat's post, a lawmaker's seat); an age or a "former" alone
 * fits anyone. Nobody fitting in the paragraph or the two before: nothing.
 */
function descriptorRoles(doc: Doc, persons: DocEntity[]): void {
  DESCRIPTOR.lastIndex = 0;
  for (let m = DESCRIPTOR.exec(doc.fold); m; m = DESCRIPTOR.exec(doc.fold)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (covered(doc, start, end) || inQuote(doc, start)) continue;
    const noun = m[2]?.toLowerCase();
    // "the former" alone is no description; an age alone is ("the 71-year-old said").
    if (!noun && !/\d/.test(m[1]!)) continue;
    const re = noun ? DESCRIPTOR_FITS[noun]! : undefined;
    const who = lastNamedFitting(doc, persons, start, (p) => !re || re.test(description(doc, p)));
    if (who) addMention(doc, who, start, end, 'role', 0.5);
  }
  demonymRoles(doc, persons);
}

/** "the Russian diplomat", "the Iranian foreign minister", "the Israeli general". */
const DEMONYM_ROLE =
  /\b[Tt]he\s+(?:(?:former|veteran|top|senior|retired)\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+((?:(?:deputy\s+)?(?:foreign|defen[cs]e)\s+)?(?:diplomat|envoy|ambassador|minister|general|admiral|commander|senator|lawmaker|spokes(?:man|woman|person)))\b(?!\s+\p{Lu}|\s*,\s*\p{Lu}|\s+(?:of|to|for|in|at)\b|['’]s\b)/gu;

/**
 * "Russian Ambassador Anatoly Voronov was summoned … “…,” the Russian diplomat told
 * reporters": a country's adjective and a person noun are the last-named person whose title
 * fits the noun and names that country, not the country itself speaking. Nobody fitting:
 * left as it was.
 */
function demonymRoles(doc: Doc, persons: DocEntity[]): void {
  DEMONYM_ROLE.lastIndex = 0;
  for (let m = DEMONYM_ROLE.exec(doc.fold); m; m = DEMONYM_ROLE.exec(doc.fold)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inQuote(doc, start)) continue;
    const adjAt = start + m[0].indexOf(m[1]!);
    const inside = doc.mentions.filter((x) => x.start < end && start < x.end);
    if (inside.length !== 1) continue;
    const country = inside[0]!;
    if (
      doc.entities.get(country.entity)?.label !== 'Country' ||
      country.start !== adjAt ||
      country.end !== adjAt + m[1]!.length
    )
      continue;
    const noun = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const head = noun.split(' ').pop()!;
    const fit =
      DESCRIPTOR_FITS[head] ??
      new RegExp(
        `\\b${noun
          .replace(/^deputy /, '(?:deputy )?')
          .replace('defence', 'defen[cs]e')
          .replace('defense', 'defen[cs]e')}\\b`,
      );
    const adj = m[1]!.toLowerCase();
    const name = doc.entities.get(country.entity)!.name.toLowerCase();
    const who = lastNamedFitting(doc, persons, start, (p) => {
      const d = description(doc, p);
      // His own country's adjective or possessive ("Russian Ambassador", "Russia's envoy"),
      // never "envoy to Russia".
      return fit.test(d) && (d.includes(adj) || d.includes(`${name}'s`) || d.includes(`${name}’s`));
    });
    if (!who) continue;
    doc.mentions = doc.mentions.filter((x) => x !== country);
    addMention(doc, who, start, end, 'role', 0.5);
  }
}

const THE_PRESIDENT = /\b[Tt]he\s+president\b(?!['’]s\s+(?:\p{Lu}|office))/gu;

/**
 * "I'd like to hear more from the president": in an article about Washington that titles no
 * president of its own, "the president" is the registry's President of the United States,
 * even when the article never names him (a registry holds one story, as for "the
 * administration"). An article that titles anyone president, or names no American body,
 * gets nothing.
 */
function theUsPresident(doc: Doc, ctx: DraftContext): void {
  const presidents = ctx.entities.filter(
    (e) => e.label === 'Person' && /^president of the united states\b/i.test(e.role ?? ''),
  );
  if (presidents.length !== 1) return;
  const us = doc.mentions.some((m) => {
    const e = doc.entities.get(m.entity);
    return (
      !!e &&
      ((e.label === 'Country' && /^(?:the )?united states$/i.test(e.name)) ||
        /^(?:the )?white house$/i.test(e.name))
    );
  });
  if (!us) return;
  // Anyone the article calls president ("President Masoud Pezeshkian", "Iran's president,
  // X") makes "the president" theirs to resolve, not the registry's, unless the article names
  // the US president himself: then, with no antecedent (coreference does not run backwards),
  // "the president" of a story about Washington is his.
  const id = presidents[0]!.id;
  const named = doc.mentions.some((m) => m.entity === id && m.kind !== 'role');
  if (!named && /\b[Pp]resident\s+\p{Lu}|\b[Pp]resident,\s+\p{Lu}/u.test(doc.fold)) return;
  THE_PRESIDENT.lastIndex = 0;
  for (let m = THE_PRESIDENT.exec(doc.fold); m; m = THE_PRESIDENT.exec(doc.fold)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(doc, start, end)) continue;
    // "Trump said the president …" names someone else by the role in his own sentence.
    const s = doc.sentences.find((x) => x.start <= start && end <= x.end);
    if (s && doc.mentions.some((x) => x.entity === id && x.start >= s.start && x.end <= s.end))
      continue;
    // Another person titled a bare "President" before it ("President Trump and President
    // Vladimir Putin spoke …"): ambiguous. A foreign president qualified by his country
    // ("Russian President Vladimir Putin", "Iran's President") leaves "the president" of a
    // story about Washington to the US president.
    const rival = doc.mentions.some(
      (x) =>
        x.end <= start &&
        x.entity !== id &&
        doc.entities.get(x.entity)?.label === 'Person' &&
        /(?:^|[^\p{L}\s]\s*|\b\p{Ll}[\p{L}]*\s+)President\s+$/u.test(
          doc.fold.slice(Math.max(0, x.start - 30), x.start),
        ),
    );
    if (rival) continue;
    const e = existingEntity(doc, ctx, presidents[0]!.id);
    if (e) addMention(doc, e, start, end, 'role', 0.5);
  }
}

const COMMANDER_IN_CHIEF =
  /\b(?:[Tt]he|[Tt]heir|[Oo]ur|[Yy]our|[Aa]|America['’]s|[Tt]he nation['’]s|[Tt]he country['’]s)\s+(?:(?:U\.S\.|American)\s+)?commander[- ]in[- ]chief\b/gu;

/**
 * "The commander-in-chief reads every one of those reports", "their commander-in-chief and
 * the Department of War are fully aware": in a story about Washington, the commander-in-chief
 * is the President of the United States, when the article names him or an American body.
 * A commander-in-chief of someone else ("Iran's commander-in-chief") is left alone.
 */
function commanderInChief(doc: Doc, ctx: DraftContext): void {
  const presidents = ctx.entities.filter(
    (e) => e.label === 'Person' && /^president of the united states\b/i.test(e.role ?? ''),
  );
  if (presidents.length !== 1) return;
  const id = presidents[0]!.id;
  const named = doc.mentions.some((m) => {
    const e = doc.entities.get(m.entity);
    return (
      m.entity === id ||
      (!!e &&
        ((e.label === 'Country' && /^(?:the )?united states$/i.test(e.name)) ||
          /^(?:the )?white house$/i.test(e.name)))
    );
  });
  if (!named) return;
  COMMANDER_IN_CHIEF.lastIndex = 0;
  for (let m = COMMANDER_IN_CHIEF.exec(doc.fold); m; m = COMMANDER_IN_CHIEF.exec(doc.fold)) {
    const start = m.index + m[0].toLowerCase().lastIndexOf('commander');
    const end = m.index + m[0].length;
    if (covered(doc, start, end)) continue;
    const e = existingEntity(doc, ctx, id);
    if (e) addMention(doc, e, start, end, 'role', 0.5, m.index);
  }
}

const PROGRAMME_NAME =
  /\b(?:meet the press|face the nation|this week|state of the union|minutes|sunday|tonight|hour|show|report|edition|live|today|morning|evening|weekend|hardball|squawk|politics|briefing|podcast)\b/i;

/** A programme rather than a paper or a network: a title in quotes, or named as a show. */
function isProgramme(doc: Doc, m: { start: number; end: number; entity: string }): boolean {
  const name = doc.entities.get(m.entity)?.name ?? '';
  return (
    /["“‘']\s*$/.test(doc.fold.slice(Math.max(0, m.start - 2), m.start)) ||
    (PROGRAMME_NAME.test(name) && !/\b(?:news|post|times|journal|agency)\b/i.test(name))
  );
}

const OUTLET_DESCRIPTOR =
  /\b[Tt]he\s+(newspaper|paper|daily|news agency|agency|wire service|network|broadcaster|channel|outlet|publication|magazine|station|website|programme|program|show)\b(?!\s+\p{Lu})/gu;
const BODY_DESCRIPTOR =
  /\b[Tt]he\s+(administration|ministry|committee|embassy|consulate|mission|agency|council|commission|department|government)\b(?!\s+(?:of\s+)?\p{Lu})/gu;

/**
 * Descriptors of outlets and bodies: "the newspaper", "the network" is the outlet named last
 * before it (within a few sentences); "the ministry", "the committee" is the one body of this
 * article with that head noun; "the administration" is the registry's "<Name> administration"
 * of a leader the article names. Anything ambiguous is left alone.
 */
export function resolveDescriptors(doc: Doc, ctx: DraftContext): void {
  const text = doc.fold;
  theUsPresident(doc, ctx);
  commanderInChief(doc, ctx);
  // "the Russian leader", "the Iranian president": the registry's head of that state.
  LEADER_OF.lastIndex = 0;
  for (let m = LEADER_OF.exec(text); m; m = LEADER_OF.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const country = doc.mentions.find(
      (x) => x.start >= start && x.end <= end && doc.entities.get(x.entity)?.label === 'Country',
    );
    if (!country) continue;
    const name = doc.entities.get(country.entity)!.name.toLowerCase();
    const heads = ctx.entities.filter(
      (p) =>
        p.label === 'Person' &&
        new RegExp(
          `^(?:president|leader|prime minister|supreme leader) of (?:the )?${name}$`,
          'i',
        ).test(p.role ?? ''),
    );
    if (heads.length !== 1) continue;
    // The country mention inside the phrase is the person's now, not the country's.
    doc.mentions = doc.mentions.filter((x) => x !== country);
    const e = existingEntity(doc, ctx, heads[0]!.id);
    if (e) addMention(doc, e, start, end, 'role', 0.55);
  }

  OUTLET_DESCRIPTOR.lastIndex = 0;
  for (let m = OUTLET_DESCRIPTOR.exec(text); m; m = OUTLET_DESCRIPTOR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(doc, start, end)) continue;
    const before = doc.mentions.filter(
      (x) =>
        x.end <= start && start - x.end < 600 && doc.entities.get(x.entity)?.label === 'Outlet',
    );
    // "appeared later on the program" after "told Welker on “Meet the Press”" and a line on
    // what The Washington Post reported: a programme's descriptor is the programme named
    // last, a paper's is a paper; a programme is a title in quotes or named as a show.
    const head = m[1]!.toLowerCase();
    const show = /^(?:programme|program|show)$/.test(head);
    const paper = /^(?:newspaper|paper|daily|publication|magazine|website)$/.test(head);
    const fit = before.filter((x) =>
      show ? isProgramme(doc, x) : paper ? !isProgramme(doc, x) : true,
    );
    const last = (show || paper) && fit.length ? fit[fit.length - 1] : before[before.length - 1];
    if (last) addMention(doc, doc.entities.get(last.entity)!, start, end, 'descriptor', 0.55);
  }
  BODY_DESCRIPTOR.lastIndex = 0;
  const orgs = [...doc.entities.values()].filter((e) => e.label === 'Organization');
  const people = [...doc.entities.values()].filter((e) => e.label === 'Person');
  for (let m = BODY_DESCRIPTOR.exec(text); m; m = BODY_DESCRIPTOR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(doc, start, end)) continue;
    const head = m[1]!.toLowerCase();
    const re = new RegExp(`\\b${head}\\b`, 'i');
    let fits = orgs.filter((e) => re.test(e.name));
    if (fits.length === 0 && head === 'administration') {
      // "the administration": "Trump administration" when the article names Trump.
      // With no leader named, the one administration the registry knows is the story's own
      // (a registry holds one story: "the administration" there is always the same one).
      const all = ctx.entities.filter(
        (e) => e.label === 'Organization' && /^\S+ administration$/i.test(e.name),
      );
      const named = all.filter((e) => {
        const lead = nameKey(e.name.split(/\s+/)[0]!);
        return people.some((p) => nameKey(p.name).split(' ').pop() === lead);
      });
      fits = (named.length ? named : all.length === 1 ? all : [])
        .map((e) => existingEntity(doc, ctx, e.id)!)
        .filter(Boolean);
    }
    if (fits.length === 1) addMention(doc, fits[0]!, start, end, 'descriptor', 0.55);
  }
  groupDescriptors(doc);
  sortMentions(doc);
}

/** "a group calling itself X", "a militia known as X": how news English introduces an armed group. */
const GROUP_INTRO =
  /\b(?:group|militia|faction|movement|network|outfit)\s+(?:calling\s+itself|that\s+calls\s+itself|which\s+calls\s+itself|called|known\s+as|named)\s+(?:the\s+)?$/i;
const GROUP_DESCRIPTOR =
  /\b[Tt]he\s+(group|militia|faction|movement|network|outfit)\b(?!\s+(?:of\s+)?\p{Lu})/gu;

/**
 * "A group calling itself X claimed … "…," the group said in a video statement.": "the group"
 * (the militia …) after a body introduced by that noun is that body, when the article
 * introduces exactly one.
 */
function groupDescriptors(doc: Doc): void {
  const text = doc.fold;
  GROUP_DESCRIPTOR.lastIndex = 0;
  for (let m = GROUP_DESCRIPTOR.exec(text); m; m = GROUP_DESCRIPTOR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(doc, start, end)) continue;
    const head = m[1]!.toLowerCase();
    const introduced = new Set(
      doc.mentions
        .filter(
          (x) =>
            x.end <= start &&
            doc.entities.get(x.entity)?.label === 'Organization' &&
            GROUP_INTRO.test(text.slice(Math.max(0, x.start - 60), x.start)) &&
            new RegExp(`\\b${head}\\s`, 'i').test(text.slice(Math.max(0, x.start - 60), x.start)),
        )
        .map((x) => x.entity),
    );
    if (introduced.size === 1)
      addMention(doc, doc.entities.get([...introduced][0]!)!, start, end, 'descriptor', 0.5);
  }
}

const ROLE_WORDS =
  /\b(?:president|secretary|minister|envoy|spokes(?:man|woman|person)|adviser|advisor|anchor|host|ambassador|official|leader|chancellor|premier|senator|congressman|congresswoman|commander|general|aide|director|chief|head)\b/i;

/**
 * Features and TV write-ups name a speaker by role first and by name later: "Russia's
 * ambassador … "That did not happen," the ambassador said." and, a paragraph on, "Anatoly
 * Voronin, who took up the post last year, …". A role phrase that fits nobody named so far is
 * the next person the article introduces, when that is the first person named after it (in
 * this paragraph or the next two), named for the first time at the head of a sentence, and
 * given no other role there; nobody else may be named in the paragraphs before it.
 */
function namedLater(
  doc: Doc,
  paragraph: number,
  start: number,
  end: number,
  head: string,
  role?: string,
): DocEntity | undefined {
  const isPerson = (id: string) => doc.entities.get(id)?.label === 'Person';
  const before = doc.mentions.some(
    (m) =>
      m.end <= start &&
      isPerson(m.entity) &&
      (doc.sentences.find((x) => x.start <= m.start && m.start < x.end)?.paragraph ?? -9) >=
        paragraph - 1,
  );
  if (before) return undefined;
  const next = doc.mentions.find(
    (m) =>
      m.start >= end &&
      m.kind !== 'role' &&
      isPerson(m.entity) &&
      !doc.quotes.some((q) => m.start >= q.start && m.end <= q.end),
  );
  if (!next) return undefined;
  const s = doc.sentences.find((x) => x.start <= next.start && next.start < x.end);
  if (!s || s.paragraph > paragraph + 2) return undefined;
  if (
    doc.mentions.some((m) => m.entity === next.entity && m.start < next.start && m.kind !== 'role')
  )
    return undefined;
  // "Russia's deputy foreign minister … rejected …" then "…," Deputy Foreign Minister Pavel
  // Gromov told …": the same title before the name says it is the same person, wherever the
  // name stands in its sentence.
  const titled =
    role !== undefined &&
    (next.phraseStart ?? next.start) < next.start &&
    nameKey(doc.fold.slice(next.phraseStart!, next.start)).endsWith(nameKey(role));
  if (!titled) {
    if (doc.fold.slice(s.start, next.phraseStart ?? next.start).trim() !== '') return undefined;
    if ((next.phraseStart ?? next.start) < next.start) return undefined;
  }
  // "Sergei Ivanov, the deputy minister, …": given a role of his own, he is someone else.
  const apposition =
    /^\s*,\s+(?:the|a|an|his|her|its|\p{Lu}[\p{L}'’]*['’]s)\s+([^,;]{0,60}?),/u.exec(
      doc.fold.slice(next.end, next.end + 80),
    );
  if (
    apposition &&
    ROLE_WORDS.test(apposition[1]!) &&
    !new RegExp(`\\b${head}\\b`, 'i').test(apposition[1]!)
  )
    return undefined;
  return doc.entities.get(next.entity);
}
