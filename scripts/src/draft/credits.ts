/**
 * Credit lines: who wrote a wire story and for whom. "(Reporting by Anna Kowalczyk and Deepa
 * Raman in Washington; additional reporting by Pavel Orlov in Moscow; Editing by Jon Ellis)",
 * "Associated Press writers X in Brussels and Y in Moscow contributed to this report." and a
 * photo credit "Jane Roe/Reuters" at the end of a caption. Each reporter or photographer is a
 * member of the agency: the one the line names, else the publisher (--outlet or the dateline's
 * agency). Editors too (since the seventh session: the lead's blind gold lists them; the golds
 * of rounds 1-7 do not).
 *
 * The parenthesised credit is page furniture for every other stage (it is no sentence), so the
 * evidence here is the credit line itself, verbatim.
 */
import { isAllowedEndpoint } from '@kg/server/contracts';
import type { DraftContext } from './context';
import type { Doc, DocEntity, Mention } from './document';
import { addMention, existingEntity, newEntity, sortMentions } from './entities';
import { SIGNING_AGENCIES, outletNamed, publisherOf, signOff } from './comment';
import { nameKey } from './normalize';
import { isClaim, topicEvent } from './claims';
import { relate } from './relate';
import { dateNear } from './dates';
import { afterDateline } from './meetings';

/** "(Reporting by …; Editing by …)": the whole line in brackets. */
const PAREN_CREDIT =
  /^\s*\(((?:additional |contributing |reporting and )?(?:reporting|writing)\b.*)\)\s*$/i;
/** One part of it: "additional reporting by X and Y in Moscow". */
const PART =
  /^\s*(?:and\s+)?((?:additional |contributing )?(?:reporting|writing|editing)(?: and (?:reporting|writing|editing))?)\s+by\s+(.+?)\s*$/i;
/** "Associated Press writers X in Brussels and Y contributed to this report." */
const CONTRIBUTED =
  /^\s*(?:(\p{Lu}[\p{L}.&' -]{1,40}?)\s+)?(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s+(.+?)\s+contributed(?:\s+(?:to\s+this\s+(?:report|story)|reporting))?\.?\s*$/u;
/** "… March 4, 2026. Jonathan Ernst/Reuters": a photographer and the agency. */
const PHOTO =
  /(?:^|[.!?):]\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\/(\p{Lu}[\p{L} .&-]{1,30}?)\)?\s*$/u;

/** "… July 21, 2026. REUTERS/Yael Brenner": the agency in capitals first, then the photographer. */
const PHOTO_AGENCY_FIRST =
  /(?:^|[.!?):(]\s*)(\p{Lu}{2,}(?:[ &-]\p{Lu}{2,}){0,2})(?:\s+Photo)?\/(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\)?\s*$/u;
/** Wire and photo agencies a caption credits without naming them elsewhere. */
const PHOTO_AGENCIES = /^(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu|Bloomberg|Xinhua)$/i;

/** A person's name as credit lines print it: two to four capitalised words. */
const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|van|von|al|bin|der|la)){1,3}$/u;

interface Credited {
  name: string;
  start: number;
}

/** "Anna Kowalczyk and Deepa Raman in Washington" -> the names and where each starts. */
function namesIn(list: string, at: number): Credited[] {
  const out: Credited[] = [];
  const re = /[^,]+/g;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    let offset = m.index;
    for (const piece of m[0].split(/\s+and\s+/)) {
      const lead = piece.length - piece.trimStart().length;
      const name = piece
        .trim()
        .replace(/\s+(?:in|from|at|aboard|on board|with)\s+(?:the\s+)?\p{Lu}.*$/u, '')
        .replace(/[.;]+$/, '');
      if (NAME.test(name)) out.push({ name, start: at + offset + lead });
      offset += piece.length + ' and '.length;
    }
  }
  return out;
}

/**
 * "By Samira Haddad Associated Press": a one-line byline runs the author's name into the
 * outlet's. The name ends where the name of an outlet the article or the registry knows begins
 * (two words of a name at least are left).
 */
function beforeOutlet(doc: Doc, ctx: DraftContext, c: Credited): Credited {
  const words = c.name.split(/\s+/);
  const outlets = [...doc.entities.values(), ...ctx.entities].filter((e) => e.label === 'Outlet');
  const names = new Set(
    outlets.flatMap((e) => [e.name, ...e.aliases]).map((n) => nameKey(n.replace(/^the\s+/i, ''))),
  );
  for (let k = 2; k < words.length; k++) {
    if (!names.has(nameKey(words.slice(k).join(' ')))) continue;
    const name = words.slice(0, k).join(' ');
    return NAME.test(name) ? { ...c, name } : c;
  }
  return c;
}

function outletByName(doc: Doc, ctx: DraftContext, name: string): DocEntity | undefined {
  const key = nameKey(name);
  const fits = (e: { label: string; name: string; aliases: string[] }) =>
    e.label === 'Outlet' && [e.name, ...e.aliases].some((f) => nameKey(f) === key);
  for (const e of doc.entities.values()) if (fits(e)) return e;
  const reg = ctx.entities.find(fits);
  return reg ? existingEntity(doc, ctx, reg.id) : undefined;
}

function member(doc: Doc, person: DocEntity, agency: DocEntity, line: string, rule: string) {
  if (!isAllowedEndpoint('MEMBER_OF', person.label, agency.label)) return;
  if (
    doc.relationships.some(
      (r) => r.type === 'MEMBER_OF' && r.from === person.id && r.to === agency.id,
    )
  )
    return;
  doc.relationships.push({
    type: 'MEMBER_OF',
    from: person.id,
    to: agency.id,
    evidence: [line],
    detail: 'credit line',
    confidence: 0.6,
    rule: `credit:${rule}`,
  });
}

function credit(
  doc: Doc,
  ctx: DraftContext,
  people: Credited[],
  agency: DocEntity,
  line: string,
  rule: string,
): void {
  for (const c of people) {
    const known = ctx.entities.find(
      (e) =>
        e.label === 'Person' && [e.name, ...e.aliases].some((f) => nameKey(f) === nameKey(c.name)),
    );
    const person = known
      ? existingEntity(doc, ctx, known.id)!
      : newEntity(doc, ctx, c.name, 'Person', { role: 'reporter' });
    if (!doc.mentions.some((m) => m.start === c.start && m.entity === person.id))
      addMention(doc, person, c.start, c.start + c.name.length, 'name', 0.7);
    member(doc, person, agency, line, rule);
  }
}

/** "By Nora Feld and Samuel Okoro | Updated 2 hours ago", "By Tomasz Lindqvist, Diplomatic Editor". */
const BYLINE = /^by\s+(\p{Lu}.*?)\s*(?:[|•·]\s*(.*))?$/iu;
/** Words of a job, not a name ("Diplomatic Editor", "Staff Writer"). */
const JOB =
  /\b(?:editor|correspondent|reporter|writer|staff|columnist|contributor|chief|producer|analyst|bureau|desk|team)\b/i;
/** "Nora Feld covers the Pentagon for the Capitol Ledger." "X is a national security reporter for Y." */
const TAIL =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:covers\s+.{2,60}?|writes\s+about\s+.{2,60}?|reports\s+on\s+.{2,60}?|is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:(?:[\w-]+\s+){0,4}?and\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)?(?:reporter|correspondent|editor|writer|columnist|producer)(?:\s+based\s+in\s+[^.]{2,40}?)?)(?:\s+(?:for|at|with)\s+(?:the\s+)?(\p{Lu}[\p{L}.&' -]{1,40}?))?\.?$/u;

/**
 * A byline's authors and an author tail: each MEMBER_OF the outlet the line names, else the
 * publisher (--outlet, a dateline's agency, "This article originally appeared in X"). Without
 * one, nothing: a byline alone does not say for whom. A person the article already ties to
 * another body ("X is a senior fellow at the Y Council") is a guest author, not staff.
 */
function bylines(doc: Doc, ctx: DraftContext, outlet: string | undefined): void {
  const authors = new Set<string>();
  let at = 0;
  const lines = doc.text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const start = at;
    at += raw.length + 1;
    const line = raw.trim();
    if (!line || line.length > 200) continue;
    const lineStart = start + raw.indexOf(line);
    const by = i < 12 ? BYLINE.exec(line) : null;
    const tail = by ? null : TAIL.exec(line);
    if (!by && !tail) continue;
    const list = by ? by[1]! : tail![1]!;
    const named = by
      ? doc.mentions.find(
          (m) =>
            m.start > lineStart &&
            m.end <= lineStart + line.length &&
            doc.entities.get(m.entity)?.label === 'Outlet',
        )
      : tail![2]
        ? // "… a columnist for The Meridian": the one a journalist writes for is an outlet,
          // known or not.
          (outletByName(doc, ctx, tail![2].trim()) ??
          newEntity(doc, ctx, tail![2].trim(), 'Outlet'))
        : undefined;
    // "By Ana Ruiz | aruiz@example.com | The Ledger": a part of the line that is an outlet's
    // name, known or named in the article (a line left out as furniture has no mentions).
    const part = by?.[2]
      ?.split(/\s*[|•·]\s*/)
      .map((x) => outletByName(doc, ctx, x.trim()))
      .find((x) => x !== undefined);
    const agency =
      (named && 'entity' in named ? doc.entities.get(named.entity) : named) ??
      part ??
      publisherOf(doc, ctx, outlet);
    if (!agency) continue;
    const listAt = lineStart + line.indexOf(list);
    // "By Priya Raman, Associated Press": the outlet after the comma is nobody.
    const isOutlet = (c: Credited) =>
      nameKey(c.name) === nameKey(agency.name) ||
      doc.mentions.some(
        (m) =>
          m.start < c.start + c.name.length &&
          c.start < m.end &&
          doc.entities.get(m.entity)?.label === 'Outlet',
      );
    const people = namesIn(list.replace(/\s{2,}/g, ' '), listAt)
      .map((c) => beforeOutlet(doc, ctx, c))
      .filter(
        (c) =>
          !JOB.test(c.name) &&
          doc.text.slice(c.start, c.start + c.name.length) === c.name &&
          !isOutlet(c),
      );
    if (tail && !authors.has(nameKey(people[0]?.name ?? ''))) {
      // A tail names an author of the byline, or the outlet it works for.
      if (!tail[2]) continue;
    }
    const guest = (c: Credited) =>
      doc.relationships.some(
        (r) =>
          r.type === 'MEMBER_OF' &&
          doc.entities.get(r.from)?.name === c.name &&
          doc.entities.get(r.to)?.label === 'Organization',
      );
    const staff = people.filter((c) => !guest(c));
    for (const c of staff) authors.add(nameKey(c.name));
    credit(doc, ctx, staff, agency, line, by ? 'byline' : 'author-tail');
  }
}

/**
 * The text's lines, a hard-wrapped line joined with the lower-case line that goes on with it
 * ("… contributed to this" / "report."); the line break stays, so each is still verbatim.
 */
function wrappedLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.trim() && /^\s*\p{Ll}/u.test(raw))
      out[out.length - 1] = `${prev}\n${raw}`;
    else out.push(raw);
  }
  return out;
}

/**
 * A newsletter or a digest that relays one agency's story under its own name: the credit line
 * "(Reporting by …; editing by …)" after "…, Reuters reported from Moscow." is that agency's.
 * The outlet is the last one named before the line, within the item, in a sentence that says it
 * reported ("X reported", "reports X", "according to X").
 */
function reportingOutlet(doc: Doc, at: number): DocEntity | undefined {
  const from = Math.max(0, at - 700);
  const m = doc.mentions
    .filter(
      (x) =>
        !x.nested &&
        x.start >= from &&
        x.end <= at &&
        doc.entities.get(x.entity)?.label === 'Outlet',
    )
    .pop();
  if (!m) return undefined;
  const s = doc.sentences.find((x) => x.start <= m.start && m.start < x.end);
  if (!s || !/\breport(?:ed|s|ing)?\b|\baccording to\b/i.test(doc.fold.slice(s.start, s.end)))
    return undefined;
  // A heading between the outlet and the line starts another item.
  const heading = doc.paragraphs.some((p) => p.heading && p.start > m.end && p.start < at);
  return heading ? undefined : doc.entities.get(m.entity);
}

export function creditLines(doc: Doc, ctx: DraftContext, outlet?: string): void {
  bylines(doc, ctx, outlet);
  let at = 0;
  for (const raw of wrappedLines(doc.text)) {
    const start = at;
    at += raw.length + 1;
    const line = raw.trim();
    if (!line || line.length > 300) continue;
    const lineStart = start + raw.indexOf(line);
    const paren = PAREN_CREDIT.exec(line);
    if (paren) {
      const agency = publisherOf(doc, ctx, outlet) ?? reportingOutlet(doc, lineStart);
      if (!agency) continue;
      let offset = line.indexOf(paren[1]!);
      for (const part of paren[1]!.split(';')) {
        const p = PART.exec(part);
        if (p) {
          const listAt = lineStart + offset + part.lastIndexOf(p[2]!);
          const rule = /^editing/i.test(p[1]!) ? 'editing-by' : 'reporting-by';
          credit(doc, ctx, namesIn(p[2]!, listAt), agency, line, rule);
        }
        offset += part.length + 1;
      }
      continue;
    }
    const contributed = CONTRIBUTED.exec(line);
    if (contributed) {
      const agency = contributed[1]
        ? outletByName(doc, ctx, contributed[1])
        : publisherOf(doc, ctx, outlet);
      if (!agency) continue;
      const listAt = lineStart + line.indexOf(contributed[2]!, contributed[1]?.length ?? 0);
      credit(doc, ctx, namesIn(contributed[2]!, listAt), agency, line, 'contributed');
      continue;
    }
    const first = PHOTO_AGENCY_FIRST.exec(line);
    const photo = first ? null : PHOTO.exec(line);
    const hit = first ?? photo;
    if (hit) {
      const [name, agencyName] = first ? [first[2]!, first[1]!] : [photo![1]!, photo![2]!];
      // "(AP Photo/Name)": the registry's agency under its abbreviation.
      const agency =
        outletByName(doc, ctx, agencyName) ??
        outletNamed(doc, ctx, agencyName) ??
        (PHOTO_AGENCIES.test(agencyName) ? newEntity(doc, ctx, agencyName, 'Outlet') : undefined);
      if (!agency) continue;
      const nameAt = lineStart + hit.index + hit[0].lastIndexOf(name);
      credit(doc, ctx, [{ name, start: nameAt }], agency, line, 'photo');
    }
  }
  sortMentions(doc);
}

/** State news agencies by the names their datelines give them. */
const STATE_AGENCY = /^(?:TASS|RIA(?: Novosti)?|IRNA|Xinhua|KCNA|SANA|SPA|WAM|QNA|KUNA|ONA|BNA)$/i;

/**
 * "WASHINGTON, May 5 (Reuters) - Russia has given Iran satellite images …": the agency of the
 * dateline reports what its lead tells, the article's topic event when the lead names it.
 */
export function datelineReports(doc: Doc, ctx: DraftContext): void {
  const d = doc.datelines[0];
  const initials = d ? /\(([A-Za-z .&-]{2,30})\)/.exec(doc.text.slice(d.start, d.end)) : null;
  const agency = initials !== null;
  // "BEIJING, Nov. 4 (Xinhua) --", "TEHRAN (IRNA) --": a state's news agency publishes the
  // state's line; it does not report the claim its lead tells (as the golds have it).
  if (initials && STATE_AGENCY.test(initials[1]!.trim())) return;
  // "MOSCOW — Russia and Iran on Wednesday rejected …" … "— AFP": the sign-off names the agency.
  const signed = !agency && signOff(doc) !== undefined;
  if (!agency && !signed) return;
  const lead = d
    ? doc.sentences.find((s) => s.start <= d.start && d.start < s.end)
    : doc.sentences.find((s) => !doc.paragraphs[s.paragraph]?.heading);
  const topic = topicEvent(doc);
  if (!lead || !topic) return;
  const para = doc.paragraphs[lead.paragraph]!;
  const told = doc.mentions.some(
    (m) => m.entity === topic && m.start >= para.start && m.end <= para.end,
  );
  const outlet = publisherOf(doc, ctx);
  if (!told || !outlet) return;
  relate(doc, {
    type: 'REPORTED',
    from: outlet.id,
    to: topic,
    evidence: [lead],
    confidence: 0.5,
    rule: 'credit:dateline-agency',
  });
}

/**
 * "…, according to three U.S. officials quoted by The Washington Post on Wednesday": the
 * outlet reported what the sentence tells (the claim it names) and cited the officials'
 * country.
 */
export function quotedBy(doc: Doc): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    for (const m of text.matchAll(
      /\b(?:officials?|sources?|diplomats?|officers?|people|analysts?)\s+(?:\w+\s+){0,3}?(?:quoted|cited)\s+(?:by|in\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:report|story|article|account|investigation)\s+(?:(?:first|originally|later)\s+)?(?:(?:published|aired|broadcast|carried)\s+)?(?:by|in|on))\s+(?:the\s+)?/g,
    )) {
      const at = s.start + m.index + m[0].length;
      const outlet = doc.mentions.find(
        (x) => x.start >= at && x.start - at <= 4 && doc.entities.get(x.entity)?.label === 'Outlet',
      );
      if (!outlet) continue;
      // "three U.S. officials": the country named right before the source noun; "U.S. and
      // British officials": each country of the pair.
      for (const country of sourceCountries(doc, s.start, s.start + m.index))
        relate(doc, {
          type: 'CITED',
          from: outlet.entity,
          to: country.entity,
          evidence: [s],
          confidence: 0.5,
          rule: 'credit:quoted-by',
        });
      const claim =
        doc.mentions.find(
          (x) =>
            x.start >= s.start &&
            x.end <= s.end &&
            x.entity !== outlet.entity &&
            doc.entities.get(x.entity)?.label === 'Event' &&
            doc.entities.get(x.entity)?.occasion !== true,
        )?.entity ?? topicEvent(doc);
      const e = claim ? doc.entities.get(claim) : undefined;
      if (!e || e.strike || e.occasion) continue;
      const date = dateNear(doc, s, outlet.end, doc.quotes);
      relate(doc, {
        type: 'REPORTED',
        from: outlet.entity,
        to: e.id,
        evidence: [s],
        ...(date ? { date } : {}),
        confidence: 0.5,
        rule: 'credit:quoted-by',
      });
    }
  }
}

/**
 * The countries named right before a source noun that starts at `at` ("three U.S. officials",
 * "U.S. and British officials", "American, British and French diplomats"), last first.
 */
function sourceCountries(doc: Doc, from: number, at: number): Mention[] {
  const lower = doc.fold.toLowerCase();
  const out: Mention[] = [];
  let end = at;
  for (;;) {
    const x = doc.mentions
      .filter(
        (y) =>
          y.start >= from &&
          y.end <= end &&
          doc.entities.get(y.entity)?.label === 'Country' &&
          (out.length === 0
            ? /^\s*(?:(?:intelligence|defen[cs]e|military|security|administration|government|naval|navy|army|diplomatic|counterterrorism|law enforcement)\s+){0,2}$/.test(
                lower.slice(y.end, end),
              )
            : /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(lower.slice(y.end, end))),
      )
      .pop();
    if (!x) return out;
    out.push(x);
    end = x.phraseStart ?? x.start;
  }
}

const SOURCE_NOUN =
  /\b(?:officials?|sources?|diplomats?|officers?|aides?)\b(?!\s+(?:quoted|cited)\s+(?:by|in)\b)/g;
/** A second unnamed source joined to the first: "and a person familiar with the matter". */
const CO_SOURCE =
  /^\s+(?:and|as well as)\s+(?:a|an|one|two|three|four|several|other|another)\s+(?:[\w.-]+\s+){0,3}?(?:person|people|officials?|sources?|diplomats?|officers?)(?:\s+(?:familiar with|briefed on|with (?:direct )?knowledge of|close to|involved in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?(?=\s+(?:have\s+|has\s+)?(?:said|say|says|told)\b)/;
/** Words that say what an unnamed source spoke of is intelligence (the story's kind of claim). */
const INTEL_WORDS =
  /\b(?:intelligence|intel|satellites?|imagery|images|data|coordinates|targeting|radar|reconnaissance|findings|assessments?)\b/;

/**
 * "A senior U.S. intelligence official, who spoke on condition of anonymity …, said …", "U.S.
 * officials have said for weeks that Russia and Iran are exchanging military intelligence",
 * "The account was confirmed to The Associated Press by a U.S. defense official": the outlet
 * whose copy it is (--outlet, its dateline's or sign-off's agency) relied on unnamed sources of
 * that country, so it CITED the country. Only an unnamed source (a determiner, a number or
 * nothing before the country; a named person is a speaker), only when the sentence speaks of
 * the claim (names it, or intelligence words), never a side of the claim itself ("Russian
 * officials have called the reports …": that is the side's own denial), and never a source
 * another outlet quoted ("officials cited in a report by X", "told NBC News").
 */
export function ownSources(doc: Doc, ctx: DraftContext, outlet?: string): void {
  const lower = doc.fold.toLowerCase();
  const topic = topicEvent(doc);
  if (!topic) return;
  const sides = new Set(
    doc.relationships
      .filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH' || r.type === 'SUPPLIED_ARMS_TO')
      .flatMap((r) => [r.from, r.to]),
  );
  let publisher: DocEntity | undefined | null = null;
  // What the source said speaks of the claim: it names it, or words of intelligence.
  const speaksOfClaim = (from: number, to: number) =>
    from < to &&
    (INTEL_WORDS.test(lower.slice(from, to)) ||
      doc.mentions.some(
        (x) =>
          x.start >= from &&
          x.end <= to &&
          (x.entity === topic || isClaim(doc, x)) &&
          !doc.quotes.some((q) => x.start >= q.start && x.end <= q.end),
      ));
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]?.heading) continue;
    const text = lower.slice(s.start, s.end);
    SOURCE_NOUN.lastIndex = 0;
    for (let m = SOURCE_NOUN.exec(text); m; m = SOURCE_NOUN.exec(text)) {
      const at = s.start + m.index;
      if (doc.quotes.some((q) => at >= q.start && at < q.end)) continue;
      const countries = sourceCountries(doc, s.start, at);
      if (!countries.length) continue;
      const first = countries[countries.length - 1]!;
      const np = first.phraseStart ?? first.start;
      // Unnamed: the noun phrase opens the clause or follows an article, a number or an
      // adjective of rank; "according to" or "by" may stand before it.
      const head = lower.slice(Math.min(np, afterDateline(doc, s)), np);
      if (
        !/(?:^[^a-z]*|[,;:]\s*|\b(?:according to|by|from|and|that|but|as)\s+)(?:(?:a|an|one|two|three|four|five|six|several|some|other|multiple|many|unnamed|anonymous|senior|current|former|top|high-ranking|western)\s+){0,3}$/.test(
          head,
        )
      )
        continue;
      // Another outlet's sources: "told NBC News", "citing …" are that outlet's.
      const tail = lower.slice(at, s.end);
      if (
        /^\w+\s+(?:\w+\s+){0,2}?(?:told|speaking to|spoke to)\s+(?!reporters|the\s+\w+\s+(?:agency|newspaper))/.test(
          tail,
        )
      ) {
        const told = doc.mentions.find(
          (x) =>
            x.start > at && x.start - at < 40 && doc.entities.get(x.entity)?.label === 'Outlet',
        );
        if (told) continue;
      }
      if (/\b(?:citing|quoting)\s+(?:\w+\s+){0,4}$/.test(head)) continue;
      // The source speaks: "X officials (, who …,) (have) said / believe / told reporters …"
      // (what follows is theirs), "…, a U.S. official said" (what comes before), "according
      // to X officials" or "confirmed to … by a U.S. official" (the rest of the sentence).
      const nounEnd = at + m[0].length;
      const after = lower
        .slice(nounEnd, s.end)
        .replace(/^\s*,\s*(?:who|speaking|requesting|declining|briefing)\b[^,;]*,/, (r) =>
          ' '.repeat(r.length),
        )
        // "two U.S. officials and a person familiar with the matter said": the second source
        // of the subject stands between the noun and its verb.
        .replace(CO_SOURCE, (r) => ' '.repeat(r.length));
      const verb =
        /^\s*(?:(?:have|has|had|also|privately|publicly|previously|repeatedly|long|now|later)\s+){0,2}(?:said|say|says|told|confirmed|believe|believes|assess|assessed|described|added|spoke|estimated?|concluded?)\b/.exec(
          after,
        );
      // "…, a U.S. official said (on Tuesday)." closes the sentence: what came before is theirs.
      // "A senior U.S. intelligence official told lawmakers …": testimony in public is on the
      // record (the lede holds the name back for a later sentence); no unnamed source.
      if (
        verb &&
        /^\s*(?:lawmakers|senators|legislators|congress|parliament|members of|the\s+(?:committee|panel|council|hearing|senate|house|subcommittee|security council))\b/.test(
          after.slice(verb.index + verb[0].length),
        )
      )
        continue;
      const inverted =
        verb &&
        /[,;]\s*(?:[a-z-]+\s+){0,4}$/.test(head) &&
        /^[^,;"“”]{0,45}$/.test(after.slice(verb.index + verb[0].length));
      const sourced =
        /\b(?:according to|(?:confirmed|described|disclosed|relayed|detailed|outlined|leaked|provided|given)\s+(?:[\w.'’-]+\s+){0,6}?by)\s+(?:[a-z-]+\s+){0,4}$/.test(
          head,
        );
      const said = verb
        ? inverted
          ? speaksOfClaim(s.start, np)
          : speaksOfClaim(nounEnd + verb.index + verb[0].length, s.end)
        : sourced && (speaksOfClaim(s.start, np) || speaksOfClaim(nounEnd, s.end));
      if (!said) continue;
      const kept = [...new Set(countries.map((c) => c.entity))].filter((c) => !sides.has(c));
      if (!kept.length) continue;
      if (publisher === null) publisher = publisherOf(doc, ctx, outlet);
      if (!publisher) return;
      for (const c of kept)
        relate(doc, {
          type: 'CITED',
          from: publisher.id,
          to: c,
          evidence: [s],
          confidence: 0.4,
          rule: 'credit:own-sources',
        });
    }
  }
}

/** Outlets a digest credits by their initials. */
const INITIALS: Readonly<Record<string, string[]>> = {
  wsj: ['The Wall Street Journal', 'Wall Street Journal'],
  nyt: ['The New York Times', 'New York Times'],
  ft: ['Financial Times', 'The Financial Times'],
  wapo: ['The Washington Post', 'Washington Post'],
};

/** The source a digest item ends with: an outlet, or a body the text names ("(CENTCOM)"). */
function itemSource(
  doc: Doc,
  ctx: DraftContext,
  name: string,
  start: number,
  end: number,
): DocEntity | undefined {
  const forms = [name, ...(INITIALS[nameKey(name)] ?? [])];
  for (const f of forms) {
    const o = outletNamed(doc, ctx, f) ?? outletByName(doc, ctx, f);
    if (o) return o;
  }
  if (SIGNING_AGENCIES.test(name)) return newEntity(doc, ctx, name, 'Outlet');
  const full = INITIALS[nameKey(name)]?.[0];
  if (full) return newEntity(doc, ctx, full, 'Outlet');
  const inside = doc.mentions.find(
    (m) =>
      !m.nested &&
      m.start >= start &&
      m.end <= end &&
      ['Outlet', 'Organization'].includes(doc.entities.get(m.entity)?.label ?? ''),
  );
  return inside ? doc.entities.get(inside.entity) : undefined;
}

/**
 * A digest's items each end with their source in brackets: "Moscow has denied it. (AP)", "…,
 * the White House said. (Reuters)", "Iranian drones hit a radar site on Tuesday (CENTCOM)".
 * The source reported what the item tells: the claim, when the item names it or a denial or
 * playing down of it was drafted from the item; else an event the item tells as having happened
 * (one with a participant or a place drafted). A letter, a statement or a plan tells no event:
 * nothing. Only in a text whose lines end with their sources (two or more).
 */
export function itemCredits(doc: Doc, ctx: DraftContext): void {
  const CREDIT = /\(([^()]{1,40})\)\s*$/;
  const items = doc.paragraphs.filter(
    (p) => !p.heading && CREDIT.test(doc.text.slice(p.start, p.end)),
  );
  if (items.length < 2) return;
  const topic = topicEvent(doc);
  for (const p of items) {
    const text = doc.text.slice(p.start, p.end);
    const m = CREDIT.exec(text)!;
    const name = m[1]!.trim();
    if (!/^\p{Lu}/u.test(name)) continue;
    const source = itemSource(doc, ctx, name, p.start + m.index, p.end);
    if (!source) continue;
    const inItem = (ev: string) => text.includes(ev);
    const ms = doc.mentions.filter((x) => !x.nested && x.start >= p.start && x.end <= p.end);
    const named = ms.find((x) => isClaim(doc, x))?.entity;
    const stance = doc.relationships.find(
      (r) =>
        (r.type === 'DENIED' || r.type === 'DISMISSED') &&
        doc.entities.get(r.to)?.label === 'Event' &&
        !doc.entities.get(r.to)?.strike &&
        r.evidence.some(inItem),
    )?.to;
    const happened = (id: string) =>
      doc.relationships.some(
        (r) =>
          (r.type === 'PARTICIPATED_IN' || r.type === 'OCCURRED_IN') &&
          r.from !== id &&
          (r.to === id || r.from === id),
      );
    const event = ms.find(
      (x) =>
        doc.entities.get(x.entity)?.label === 'Event' &&
        !isClaim(doc, x) &&
        x.entity !== topic &&
        happened(x.entity),
    )?.entity;
    const to = named ?? stance ?? event;
    if (!to || to === source.id) continue;
    relate(doc, {
      type: 'REPORTED',
      from: source.id,
      to,
      evidence: [{ start: p.start, end: p.end }],
      confidence: 0.5,
      rule: 'credit:item-source',
    });
  }
}
