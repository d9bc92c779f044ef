/**
 * Stage 3a: registry mentions. The gazetteer is matched longest-first over each sentence's
 * tokens; then capitalised words no form explains are compared with the registry's people and
 * organisations, forgiving one edit per word ("Hegset", "Caroline Levitt").
 */
import type { DraftContext } from './context';
import { COUNTRIES, ORG_SUFFIX, PERSON_TITLES } from './lexicon';
import { nameKey } from './normalize';
import { sentenceTokens, tagsAt, type Doc, type Mention, type Token } from './document';
import { addCandidate, addMention, covered, entityForKey, existingEntity } from './entities';
import { editDistance, type Form } from './gazetteer';

function formMatches(form: Form, tokens: Token[], i: number): boolean {
  if (i + form.tokens.length > tokens.length) return false;
  for (let k = 0; k < form.tokens.length; k++) {
    const t = tokens[i + k]!;
    if (t.lower !== form.tokens[k]) return false;
    // Short all-capital forms only match as written: "US", never "us".
    if (form.caseSensitive && t.text !== form.cased[k]) return false;
  }
  const first = tokens[i]!;
  if (form.kind !== 'descriptor' && !first.cap && !/^\d/.test(first.text)) return false;
  // A one-letter name (the platform "X") only after "on"/"via".
  if (form.tokens.length === 1 && form.tokens[0]!.length === 1) {
    const prev = tokens[i - 1]?.lower;
    if (prev !== 'on' && prev !== 'via') return false;
  }
  return true;
}

/** Outlets whose one-word name is also an English word. */
const WORD_OUTLETS = /^(?:Time|Fortune|Slate|Wired|Hill|Today)$/;

/**
 * True when `hit` is a registry body's alias that drops the start of its name ("Security
 * Council" for "United Nations Security Council", "Department of War" for "U.S. Department of
 * War") and a country's name, demonym or possessive stands right before it instead.
 */
function countryQualified(doc: Doc, ctx: DraftContext, hit: Form, start: number): boolean {
  if (hit.entity.startsWith('lexicon:')) return false;
  const seed = ctx.byId.get(hit.entity);
  if (!seed || seed.label !== 'Organization') return false;
  const name = seed.name.toLowerCase().replace(/^the\s+/, '');
  const form = hit.original.toLowerCase().replace(/^the\s+/, '');
  if (name === form || !name.endsWith(` ${form}`)) return false;
  const owner = doc.mentions.find(
    (m) =>
      m.end <= start &&
      /^(?:['’]s)?[ \t]+$/.test(doc.fold.slice(m.end, start)) &&
      (doc.entities.get(m.entity)?.label ?? ctx.byId.get(m.entity)?.label) === 'Country',
  );
  if (!owner) return false;
  // "the American Department of War": the body's own country is no other qualifier.
  const country = doc.entities.get(owner.entity)?.name ?? ctx.byId.get(owner.entity)?.name ?? '';
  const info = COUNTRIES.find((c) => nameKey(c.name) === nameKey(country));
  const forms = [
    country,
    doc.text.slice(owner.start, owner.end),
    ...(info ? [...info.adjective, ...info.aliases, ...info.capital] : []),
  ];
  const words = ` ${name.replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
  return !forms.some((f) => f && words.includes(` ${f.toLowerCase()} `));
}

export function findRegistryMentions(doc: Doc, ctx: DraftContext): void {
  const g = ctx.gazetteer;
  for (const s of doc.sentences) {
    const tokens = sentenceTokens(doc, s.index);
    for (let i = 0; i < tokens.length;) {
      if (doc.datelines.some((d) => tokens[i]!.start >= d.start && tokens[i]!.end <= d.end)) {
        i++;
        continue;
      }
      const forms = g.byFirst.get(tokens[i]!.lower);
      const hit = forms?.find((f) => formMatches(f, tokens, i));
      if (!hit) {
        i++;
        continue;
      }
      const start = tokens[i]!.start;
      const end = tokens[i + hit.tokens.length - 1]!.end;
      // "the" before a form belongs to the phrase but not to the name.
      // "the Atlantic Council": a lexicon outlet's name inside a longer body's name.
      const next = tokens[i + hit.tokens.length];
      if (
        hit.entity.startsWith('lexicon:') &&
        next?.cap &&
        ORG_SUFFIX.test(next.text) &&
        next.start - tokens[i + hit.tokens.length - 1]!.end <= 1
      ) {
        i += hit.tokens.length;
        continue;
      }
      // "the Supreme National Security Council": a known body's name inside a longer name
      // is not that body.
      const prev = tokens[i - 1];
      if (
        hit.entity.startsWith('lexicon:org:') &&
        prev?.cap &&
        i - 1 > 0 &&
        !doc.mentions.some((m) => m.start <= prev.start && prev.end <= m.end)
      ) {
        i += hit.tokens.length;
        continue;
      }
      // "Time for sanctions, not talks": an outlet named by a common word is the outlet only
      // where an outlet is cited ("told Time", "in Time", "Time magazine").
      if (
        hit.entity.startsWith('lexicon:outlet:') &&
        hit.tokens.length === 1 &&
        WORD_OUTLETS.test(tokens[i]!.text) &&
        !/^\s*magazine\b/i.test(doc.fold.slice(end, end + 12)) &&
        // "told The Hill", "The Hill reported": its name in full ("Kerr and Hill": a surname).
        // "NBC's “Today” show", "on “Today”": a quoted title or a network's programme.
        !/\b(?:told|to|in|by|from|with|on|of|for)\s+(?:the\s+)?["“]?$|\bThe\s+$|['’]s\s+["“]?$|["“]$/i.test(
          doc.fold.slice(Math.max(0, start - 12), start),
        )
      ) {
        i += 1;
        continue;
      }
      // "Israeli Minister of Defense Israel Katz", "Sen. Jordan Blake": a country's name right
      // after a title and right before another capitalised word is a first name.
      const after = tokens[i + hit.tokens.length];
      const before = tokens[i - 1];
      if (
        hit.tokens.length === 1 &&
        (hit.entity.startsWith('lexicon:country:') ||
          ctx.byId.get(hit.entity)?.label === 'Country') &&
        after?.cap &&
        /^[\p{Lu}][\p{Ll}'’-]+$/u.test(after.text) &&
        after.start - end === 1 &&
        // "Deputy U.S. Ambassador Robert Hallam": a title after it keeps the country.
        !PERSON_TITLES.has(after.lower) &&
        !g.byFirst.get(after.lower)?.some((f) => formMatches(f, tokens, i + 1)) &&
        before &&
        PERSON_TITLES.has(before.lower) &&
        before.end + 1 === start
      ) {
        i += 1;
        continue;
      }
      // "Rep. Luis Navarro of New Mexico", "New Mexico's governor": the state, not the country.
      if (
        (hit.entity.startsWith('lexicon:country:') ||
          ctx.byId.get(hit.entity)?.label === 'Country') &&
        before?.text === 'New' &&
        before.end + 1 === start &&
        hit.tokens.join(' ') === 'mexico'
      ) {
        i += hit.tokens.length;
        continue;
      }
      // "Minister of State for Foreign Affairs", "Ministry of Foreign Affairs": a portfolio in
      // a title or a body's name, not the magazine.
      if (
        hit.entity.startsWith('lexicon:outlet:') &&
        /\b(?:minister|ministry|secretary|secretariat|department|office|commissioner|undersecretary|committee|council)(?:\s+of\s+state)?\s+(?:of|for)\s+(?:the\s+)?$/i.test(
          doc.fold.slice(Math.max(0, start - 40), start),
        )
      ) {
        i += hit.tokens.length;
        continue;
      }
      // "the Russian Security Council", "Iran's Security Council": an alias that is a known
      // body's name without its qualifier ("Security Council" of the United Nations Security
      // Council), qualified by a country, is another country's body (names.ts proposes it).
      if (countryQualified(doc, ctx, hit, start)) {
        i += hit.tokens.length;
        continue;
      }
      let entity = entityForKey(doc, ctx, hit.entity);
      // "come to the Hill", "testified on the Hill": Capitol Hill, the Congress, not the outlet.
      if (
        entity?.label === 'Outlet' &&
        /^hill$/i.test(doc.fold.slice(start, end).replace(/^the\s+/i, '')) &&
        /\b(?:to|on|at|from|up)\s+(?:the\s+)?$/i.test(
          doc.fold.slice(Math.max(0, start - 12), start),
        )
      ) {
        const congress = ctx.gazetteer.byFirst
          .get('congress')
          ?.find((f) => f.tokens.length === 1 && !f.entity.startsWith('lexicon:'));
        entity = congress ? entityForKey(doc, ctx, congress.entity) : undefined;
      }
      if (entity) {
        const score = hit.kind === 'name' ? 1 : hit.kind === 'descriptor' ? 0.6 : 0.85;
        addMention(doc, entity, start, end, hit.kind, score);
      }
      i += hit.tokens.length;
    }
  }
}

/**
 * Names inside a longer registry form ("Washington" in "the Russian Embassy in Washington",
 * "White House" in "White House Press Secretary Karoline Leavitt"): kept as nested mentions,
 * which roles and location patterns read but subjects and objects ignore.
 */
export function findNestedMentions(doc: Doc, ctx: DraftContext): void {
  const g = ctx.gazetteer;
  const outer = doc.mentions.filter(
    (m) => !m.nested && doc.text.slice(m.start, m.end).includes(' '),
  );
  for (const o of outer) {
    const tokens = doc.tokens.filter((t) => t.start >= o.start && t.end <= o.end);
    for (let i = 0; i < tokens.length; i++) {
      const hit = g.byFirst.get(tokens[i]!.lower)?.find(
        (f) =>
          f.kind !== 'descriptor' &&
          formMatches(f, tokens, i) &&
          // The outer name itself is no nested name; a shorter one at its start is.
          !(i === 0 && f.tokens.length === tokens.length),
      );
      if (!hit) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + hit.tokens.length - 1]!.end;
      if (start === o.start && end === o.end) continue;
      // A known body's name inside a longer body's name is another body; so is a lexicon
      // outlet's ("House Foreign Affairs Committee" is no magazine).
      if (hit.entity.startsWith('lexicon:org:')) continue;
      if (
        hit.entity.startsWith('lexicon:outlet:') &&
        doc.entities.get(o.entity)?.label === 'Organization'
      )
        continue;
      const entity = entityForKey(doc, ctx, hit.entity);
      if (!entity || entity.id === o.entity) continue;
      // "Supreme National Security Council" is not the "Security Council": a body's name at
      // the end of a longer body's name shares its head noun, not its identity.
      if (
        end === o.end &&
        entity.label === 'Organization' &&
        doc.entities.get(o.entity)?.label === 'Organization'
      )
        continue;
      addMention(doc, entity, start, end, hit.kind, 0.8).nested = true;
      i += hit.tokens.length - 1;
    }
  }
}

/** Capitalised, uncovered, not a verb or adjective by compromise: a word a name could be. */
function nameLike(doc: Doc, t: Token): boolean {
  if (!t.cap || t.text.length < 4 || covered(doc, t.start, t.end)) return false;
  const tags = tagsAt(doc, t.start);
  return !tags.has('Verb') && !tags.has('Adjective') && !tags.has('Determiner');
}

export function findTypos(doc: Doc, ctx: DraftContext): void {
  const forms = ctx.gazetteer.fuzzyForms;
  for (const s of doc.sentences) {
    const tokens = sentenceTokens(doc, s.index);
    for (let i = 0; i < tokens.length; i++) {
      if (!nameLike(doc, tokens[i]!)) continue;
      let best: { form: Form; dist: number; len: number } | undefined;
      for (const f of forms) {
        const n = f.tokens.length;
        if (i + n > tokens.length) continue;
        let total = 0;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const t = tokens[i + k]!;
          if (k > 0 && !nameLike(doc, t)) ok = false;
          const d = editDistance(t.lower, f.tokens[k]!, 1);
          // One edit per word, and only in words long enough that one edit is a typo.
          if (d > 1 || (d === 1 && Math.min(t.lower.length, f.tokens[k]!.length) < 5)) ok = false;
          total += d;
        }
        if (!ok || total === 0 || total > 2) continue;
        if (!best || n > best.len || (n === best.len && total < best.dist)) {
          best = { form: f, dist: total, len: n };
        }
      }
      if (!best) continue;
      const entity = entityForKey(doc, ctx, best.form.entity);
      if (!entity) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + best.len - 1]!.end;
      const surface = doc.text.slice(start, end);
      const score = best.dist === 1 ? 0.8 : 0.7;
      addMention(doc, entity, start, end, 'fuzzy', score);
      addCandidate(entity, {
        id: entity.id,
        score,
        why: `"${surface}" is ${best.dist} edit${best.dist > 1 ? 's' : ''} from "${best.form.original}"`,
      });
      i += best.len - 1;
    }
  }
}

/**
 * The registry's headquarters buildings ("Headquarters building of the U.S. Department of War
 * …"): the body each houses, by its description, when the registry has that body.
 */
function seatsOf(ctx: DraftContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of ctx.entities) {
    if (e.label !== 'Location') continue;
    const m = /^Headquarters (?:building )?of (?:the )?([^,(]+?)(?:\s*\(|,|\.?$)/i.exec(
      e.description ?? '',
    );
    if (!m) continue;
    const body = nameKey(m[1]!.trim());
    const org = ctx.entities.find(
      (o) =>
        o.label === 'Organization' &&
        [o.name, ...o.aliases].some((n) => nameKey(n.replace(/^the\s+/i, '')) === body),
    );
    if (org) out.set(e.id, org.id);
  }
  return out;
}

/** A verb right after a subject (an adverbial of time or "in a statement" may come between). */
const AGENT_AFTER =
  /^(?:\s+(?:on|late on|early on|last)\s+\w+(?:\s+\w+)?)?(?:\s+in\s+a\s+(?:statement|release|post))?\s+(?:also\s+|later\s+|has\s+|had\s+|have\s+)?(?:said|says|confirmed|confirms|announced|announces|acknowledged|acknowledges|stated|added|disclosed|denied|denies|dismissed|dismisses|downplayed|downplays|played down|plays down|brushed off|brushes off|brushed aside|shrugged off|shrugs off|waved off|rejected|rejects|insisted|insists|condemned|condemns|criticized|criticised|warned|warns)\b/i;
/**
 * A verb whose object is someone judged or asked: "faulted the Pentagon for …", "pressed the
 * Pentagon to …" (a building is judged as the body it houses).
 */
const JUDGED_BEFORE =
  /\b(?:faulted|faults|criticized|criticised|criticizes|criticises|blamed|blames|accused|accuses|condemned|condemns|praised|praises|urged|urges|pressed|presses|rebuked|rebukes|slammed|slams|chided|chides|lambasted|lambastes|called on|calls on)\s+(?:the\s+)?$/i;

/**
 * "The Pentagon said …", "…," the Pentagon said', "the Pentagon's claims", "according to the
 * Pentagon": a headquarters building that speaks or claims is the body it houses (the registry's
 * Pentagon is the building, a Location that cannot speak). "at the Pentagon", "a Pentagon
 * briefing", "Pentagon spokesman" keep the building (roles tie the spokesman to the body).
 */
export function seatsAsBodies(doc: Doc, ctx: DraftContext): void {
  const seats = seatsOf(ctx);
  if (seats.size === 0) return;
  const added: Mention[] = [];
  for (const m of doc.mentions) {
    const body = seats.get(m.entity);
    if (!body || m.nested) continue;
    const before = doc.fold.slice(Math.max(0, m.start - 40), m.start);
    const after = doc.fold.slice(m.end, m.end + 80);
    const agent =
      (AGENT_AFTER.test(after) &&
        !/\b(?:at|in|inside|outside|to|from|near|into|around|of|that|whether|if|after|before|since|when|until|as)\s+(?:the\s+)?$/i.test(
          before,
        )) ||
      /^['’]s\s/.test(after) ||
      /\baccording to (?:the\s+)?$/i.test(before) ||
      JUDGED_BEFORE.test(before) ||
      // '"…," the Pentagon said'
      (/[,”"]\s*["”]?\s*(?:the\s+)?$/i.test(before) &&
        /^\s+(?:said|says|added|stated)\b/i.test(after));
    if (!agent) continue;
    const e = existingEntity(doc, ctx, body);
    if (!e) continue;
    const building = m.entity;
    m.entity = e.id;
    // The building is still named: kept as a nested mention, which no subject reads.
    added.push({ ...m, entity: building, nested: true });
  }
  doc.mentions.push(...added);
}
