/**
 * Stage 3b': bodies named in lower case after a country: "Iran's foreign ministry", "the
 * Russian foreign ministry", "Ukraine's military intelligence agency". News English writes
 * many government bodies this way; each is an organisation of its own (the ministry denies,
 * its spokesman represents it, a reporter contacts it), not the country. The country's mention
 * stays, nested inside the body's. A registry body of that name ("the Russian Embassy in
 * Washington") is linked; any other is proposed as new ("Iranian Foreign Ministry").
 */
import type { DraftContext } from './context';
import type { Doc } from './document';
import { addMention, existingEntity, newEntity } from './entities';
import { COUNTRIES } from './lexicon';
import { nameKey } from './normalize';
import { relate } from './relate';

/** Domain words before the head noun ("foreign", "military intelligence"). */
const DOMAIN =
  '(?:sovereign|wealth|central|investment|space|development|foreign|defen[cs]e|interior|finance|economy|justice|energy|intelligence|military|security|state|emergencies|health|war|trade|culture|education|information|national|federal|presidential|armed|naval|nuclear|atomic|revolutionary|foreign intelligence)';
const HEAD =
  "(?:ministry|agency|service|office|council|committee|embassy|consulate|parliament|navy|army|air force|coast guard|guards|corps|mission|fund|bank|military|armed forces(?:'|’)? general staff|general staff|armed forces)";
// An acronym may open it: "Russia's GRU military intelligence agency".
const BODY = new RegExp(`^(['’]s)?\\s+((?:[A-Z]{2,6}\\s+)?(?:${DOMAIN}\\s+){0,3}${HEAD})\\b`);
/** "Iran's embassy in Moscow": the place completes the name. */
const IN_PLACE = /^[ \t]+in[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)/u;
/** "Iran's mission to the United Nations": a mission's host completes its name. */
const TO_HOST =
  /^[ \t]+to[ \t]+((?:the[ \t]+)?(?:U\.N\.|\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}))/u;
/** "the Embassy of the Russian Federation in Washington": the formal order, head first. */
const HEAD_OF =
  /\b(Embassy|Consulate(?: General)?|(?:Permanent )?Mission|Foreign Ministry|Ministry of Foreign Affairs|Defen[cs]e Ministry|Ministry of Defen[cs]e)[ \t]+of[ \t]+(?:the[ \t]+)?$/;
const FORMAL: Record<string, string> = {
  'ministry of foreign affairs': 'Foreign Ministry',
  'ministry of defense': 'Defense Ministry',
  'ministry of defence': 'Defence Ministry',
  'permanent mission': 'Mission',
};

/** A verb of saying right after a force ("the Israeli military said Tuesday"). */
const SPEAKS =
  /^\s+(?:(?:also|later|earlier|separately|previously|has|had|have)\s+)?(?:said|says|told|reported|announced|confirmed|added|stated|assessed|concluded)\b/;

/** A spokesman right after the body ("Iran's military spokesman"). */
const SPOKESMAN = /^\s+(?:chief\s+)?spokes(?:man|woman|person)\b/;

const titleCase = (s: string) =>
  s.replace(/\b([a-z])([a-z]*)/g, (_, a: string, b: string) => a.toUpperCase() + b);

/**
 * The one registry embassy of that country ("Russian Embassy in …") the article names in full
 * somewhere (a mention of it already drafted), if only one.
 */
function embassyNamed(
  doc: Doc,
  ctx: DraftContext,
  prefix: string,
): DraftContext['entities'][number] | undefined {
  const all = ctx.entities.filter(
    (e) =>
      e.label === 'Organization' &&
      [e.name, ...e.aliases].some((f) => nameKey(f).startsWith(nameKey(prefix))),
  );
  const named = all.filter((e) => doc.mentions.some((m) => m.entity === e.id));
  return all.length >= 1 && named.length === 1 ? named[0] : undefined;
}

export function findLowerCaseBodies(doc: Doc, ctx: DraftContext): void {
  const countries = doc.mentions.filter(
    (m) => !m.nested && doc.entities.get(m.entity)?.label === 'Country' && m.kind !== 'capital',
  );
  formalBodies(doc, ctx, countries);
  bodiesInCapitals(doc, ctx);
  datelineMinistries(doc, ctx);
  for (const m of countries) {
    if (m.nested) continue;
    const after = doc.text.slice(m.end, m.end + 80);
    const b = BODY.exec(after);
    // Capitalised bodies ("Russia's Defense Ministry") are names the name stage proposes.
    if (!b || /\p{Lu}/u.test(b[2]!.replace(/^[A-Z]{2,6}\s+/, ''))) continue;
    // An acronym alone is not a lower-case body ("Russia's GRU agency" needs a head noun).
    if (/^[A-Z]{2,6}\s+(?:army|navy|office|fund|bank)$/.test(b[2]!)) continue;
    // "Israel's military" is a body; "the Russian military" is the country's forces as a whole,
    // which the curated facts keep as the country (or the registry's "U.S. forces"), unless it
    // speaks: "…, the Israeli military said Tuesday" is the body that made the statement.
    if (
      !b[1] &&
      /^(?:military|armed forces)$/.test(b[2]!) &&
      !SPEAKS.test(doc.fold.slice(m.end + b[0].length, m.end + b[0].length + 24))
    )
      continue;
    // "America's military operations": "military" before a noun is an adjective, no body.
    // "Iran's military spokesman, Brig. Gen. X": the body speaks through its spokesman.
    const spokesman = SPOKESMAN.test(doc.fold.slice(m.end + b[0].length, m.end + b[0].length + 16));
    if (
      /^(?:military|armed forces)$/.test(b[2]!) &&
      !spokesman &&
      !/^(?:['’]s\b|\s*[,.;:)]|\s+(?:said|says|has|had|have|is|was|were|are|did|does|will|would|could|denied|reported|confirmed|announced|struck|hit|launched|carried|told|accused|called|claimed)\b)/.test(
        doc.fold.slice(m.end + b[0].length, m.end + b[0].length + 12),
      )
    )
      continue;
    // "the Russians' ministry" is not a form; "Russian" (adjective) or "Russia's" are.
    const surface = doc.text.slice(m.start, m.end);
    const country = doc.entities.get(m.entity)!;
    const info = COUNTRIES.find((c) => nameKey(c.name) === nameKey(country.name));
    if (!b[1] && !info?.adjective.some((a) => nameKey(a) === nameKey(surface))) continue;
    const adjective = info?.adjective.find((a) => /^\p{Lu}\p{Ll}/u.test(a)) ?? country.name;
    let end = m.end + b[0].length;
    let name = `${adjective} ${titleCase(b[2]!)}`;
    const place = IN_PLACE.exec(doc.text.slice(end, end + 40));
    const withPlace = place ? `${name} in ${place[1]}` : undefined;
    const key = (s: string) => nameKey(s.replace(/^the\s+/i, ''));
    // "the U.S. military said": the registry's "United States military" is the country's name
    // before the head, not its adjective.
    const byCountry = `${country.name} ${b[2]!}`;
    let known = ctx.entities.find(
      (e) =>
        e.label === 'Organization' &&
        [e.name, ...e.aliases].some(
          (f) =>
            key(f) === key(name) ||
            key(f) === key(byCountry) ||
            (withPlace !== undefined && key(f) === key(withPlace)),
        ),
    );
    // "Russian embassy calls it slander" (a headline), "the Russian embassy said" beside "the
    // Russian Embassy in Washington" named in the same article: that embassy, not a new body.
    const namedEmbassy =
      !known && !withPlace && /^(?:embassy|consulate)$/.test(b[2]!)
        ? embassyNamed(doc, ctx, `${name} in `)
        : undefined;
    if (namedEmbassy) known = namedEmbassy;
    if (withPlace && (known || b[2]!.endsWith('embassy'))) {
      end += place![0].length;
      name = withPlace;
    }
    const host = b[2]!.endsWith('mission') ? TO_HOST.exec(doc.text.slice(end, end + 60)) : null;
    if (host) {
      end += host[0].length;
      name = `${name} to ${host[1]!.replace(/^the\s+/i, 'the ')}`;
    }
    const entity = known
      ? existingEntity(doc, ctx, known.id)
      : newEntity(doc, ctx, name, 'Organization');
    if (!entity) continue;
    // "The Russian foreign ministry": the phrase starts at the article when one opens it.
    const lead = /\bthe\s+$/i.exec(doc.text.slice(Math.max(0, m.start - 4), m.start));
    const start = lead && !b[1] ? m.start - lead[0].length : m.start;
    const text = doc.text.slice(start, end);
    if (entity.status === 'new' && !entity.aliases.includes(text)) entity.aliases.push(text);
    m.nested = true;
    for (const x of doc.mentions)
      if (x !== m && x.start >= m.start && x.end <= end && !x.nested) x.nested = true;
    addMention(doc, entity, start, end, 'name', known ? 0.75 : 0.65);
    // "Israel's military", "Iran's navy": a country's armed force is PART_OF it (as the seeds'
    // U.S. military is of the United States; MEMBER_OF is a person's tie).
    const sentence = doc.sentences.find((x) => x.start <= start && start < x.end);
    // Only a force that acts or speaks in the text ("Israel's military said"): a force named in
    // passing ("helping Iran's military:") is left to the reader.
    const acts =
      /^\s+(?:said|says|told|hit|struck|shot|[a-z]+ed|[a-z]+s)\b/.test(
        doc.fold.slice(end, end + 16),
      ) || SPOKESMAN.test(doc.fold.slice(end, end + 16));
    if (
      /^(?:military|armed forces|navy|army|air force|coast guard)$/.test(b[2]!) &&
      sentence &&
      acts &&
      // The registry's own force ("the U.S. military") has its ties there already.
      !known
    )
      relate(doc, {
        type: 'PART_OF',
        from: entity.id,
        to: country.id,
        evidence: [sentence],
        confidence: 0.6,
        rule: 'body:armed-force-of-country',
      });
    // "Iran's mission to the United Nations said in a statement": a country's mission to a
    // body speaks for the country there, as its envoys do (REPRESENTS, as the golds have it).
    else if (/mission$/.test(b[2]!) && host && sentence && !known)
      relate(doc, {
        type: 'REPRESENTS',
        from: entity.id,
        to: country.id,
        evidence: [sentence],
        confidence: 0.6,
        rule: 'body:mission-of-country',
      });
    // "Iran's armed forces general staff said": the command of the country's forces is a body
    // of that state.
    else if (/general staff$/.test(b[2]!) && sentence && acts)
      relate(doc, {
        type: 'PART_OF',
        from: entity.id,
        to: country.id,
        evidence: [sentence],
        confidence: 0.6,
        rule: 'body:general-staff-of-country',
      });
  }
}

/**
 * "The Embassy of the Russian Federation in Washington", "the Ministry of Foreign Affairs of
 * Iran": a body named head first is the body of the country's adjective form ("Russian Embassy
 * in Washington"), linked to the registry when it has it. The head word alone, which the name
 * stage may have proposed ("Embassy"), gives way to it.
 */
function formalBodies(doc: Doc, ctx: DraftContext, countries: Doc['mentions']): void {
  for (const m of countries) {
    const lead = doc.text.slice(Math.max(0, m.start - 60), m.start);
    const h = HEAD_OF.exec(lead);
    if (!h) continue;
    const start = m.start - (lead.length - h.index);
    const country = doc.entities.get(m.entity)!;
    const info = COUNTRIES.find((c) => nameKey(c.name) === nameKey(country.name));
    const adjective = info?.adjective.find((a) => /^\p{Lu}\p{Ll}/u.test(a)) ?? country.name;
    const head = FORMAL[h[1]!.toLowerCase()] ?? h[1]!;
    let end = m.end;
    let name = `${adjective} ${head}`;
    const place = IN_PLACE.exec(doc.text.slice(end, end + 40));
    if (place && /Embassy|Consulate/.test(head)) {
      end += place[0].length;
      name = `${name} in ${place[1]}`;
    }
    const key = (s: string) => nameKey(s.replace(/^the\s+/i, ''));
    const known = ctx.entities.find(
      (e) => e.label === 'Organization' && [e.name, ...e.aliases].some((f) => key(f) === key(name)),
    );
    const entity = known
      ? existingEntity(doc, ctx, known.id)
      : newEntity(doc, ctx, name, 'Organization');
    if (!entity) continue;
    const text = doc.text.slice(start, end);
    if (entity.status === 'new' && !entity.aliases.includes(text)) entity.aliases.push(text);
    const inside = doc.mentions.filter((x) => x.start >= start && x.end <= end && !x.nested);
    for (const x of inside) {
      x.nested = true;
      // The head word proposed alone ("Embassy") is no entity of its own any more.
      const e = doc.entities.get(x.entity);
      if (
        e?.status === 'new' &&
        !doc.mentions.some((y) => y.entity === e.id && !y.nested && y !== x)
      ) {
        doc.mentions.splice(doc.mentions.indexOf(x), 1);
        doc.entities.delete(e.id);
      }
    }
    addMention(doc, entity, start, end, 'name', known ? 0.75 : 0.65);
  }
}

/** "the foreign ministry in Moscow": a home body placed in its capital (not an embassy there). */
const BODY_IN = new RegExp(
  `\\bthe\\s+((?:${DOMAIN}\\s+){0,3}(?:ministry|agency|service|council|parliament|government))\\s+in\\s+$`,
  'i',
);

function bodiesInCapitals(doc: Doc, ctx: DraftContext): void {
  const capitals = doc.mentions.filter(
    (m) =>
      !m.nested &&
      doc.entities.get(m.entity)?.label === 'Country' &&
      (m.kind === 'capital' ||
        COUNTRIES.some((c) =>
          c.capital.some((k) => nameKey(k) === nameKey(doc.text.slice(m.start, m.end))),
        )),
  );
  for (const m of capitals) {
    const lead = doc.text.slice(Math.max(0, m.start - 70), m.start);
    const b = BODY_IN.exec(lead);
    if (!b || /\p{Lu}/u.test(b[1]!) || /^government$/i.test(b[1]!)) continue;
    const country = doc.entities.get(m.entity)!;
    const info = COUNTRIES.find((c) => nameKey(c.name) === nameKey(country.name));
    const adjective = info?.adjective.find((a) => /^\p{Lu}\p{Ll}/u.test(a)) ?? country.name;
    const name = `${adjective} ${titleCase(b[1]!)}`;
    const start = m.start - (lead.length - b.index);
    const key = (s: string) => nameKey(s.replace(/^the\s+/i, ''));
    const known = ctx.entities.find(
      (e) => e.label === 'Organization' && [e.name, ...e.aliases].some((f) => key(f) === key(name)),
    );
    const entity = known
      ? existingEntity(doc, ctx, known.id)
      : newEntity(doc, ctx, name, 'Organization');
    if (!entity) continue;
    const text = doc.text.slice(start, m.end);
    if (entity.status === 'new' && !entity.aliases.includes(text)) entity.aliases.push(text);
    for (const x of doc.mentions) if (x.start >= start && x.end <= m.end) x.nested = true;
    addMention(doc, entity, start, m.end, 'name', known ? 0.75 : 0.6);
  }
}

/** "the foreign ministry" with no country of its own ("the" right before the domain word). */
const BARE_MINISTRY = /\b([Tt]he)\s+((?:foreign|defen[cs]e|interior)\s+ministry)\b/g;

/** The country whose capital opens the clause before: "In Tehran, " (a sentence's opening). */
function capitalLead(before: string): string | undefined {
  const m = /(?:^|[.;!?]\s+|\n)In\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s+$/u.exec(
    before,
  );
  if (!m) return undefined;
  return COUNTRIES.find((c) => c.capital.some((k) => nameKey(k) === nameKey(m[1]!)))?.name;
}
const localAdjective = (country: string): string[] => {
  const info = COUNTRIES.find((c) => c.name === country);
  return [country, ...(info?.adjective ?? [])];
};

/** The country whose capital opens the dateline ("TEHRAN, Dec 2 (AFP) -"). */
function datelineCountry(doc: Doc): string | undefined {
  const d = doc.datelines[0];
  if (!d) return undefined;
  const city = /^\s*([\p{L}][\p{L} .'’-]*?)\s*(?:[,(/]|$)/u.exec(doc.text.slice(d.start, d.end));
  if (!city) return undefined;
  const info = COUNTRIES.find((c) => c.capital.some((k) => nameKey(k) === nameKey(city[1]!)));
  return info?.name;
}

/**
 * Wire copy from a capital names that country's ministry bare: "TEHRAN, Dec 2 (AFP) - …
 * "We reject this," the foreign ministry said." A bare "the foreign ministry" is the ministry
 * of that domain named before it in the article when there is exactly one; with none named
 * before, the ministry of the dateline capital's country; otherwise nothing.
 */
function datelineMinistries(doc: Doc, ctx: DraftContext): void {
  const home = datelineCountry(doc);
  BARE_MINISTRY.lastIndex = 0;
  for (let m = BARE_MINISTRY.exec(doc.text); m; m = BARE_MINISTRY.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (doc.mentions.some((x) => x.start < end && start < x.end)) continue;
    // "the foreign ministry of Oman", "the foreign ministry in Muscat": the formal rules'.
    if (/^\s+(?:of|in)\s+\p{Lu}/u.test(doc.text.slice(end, end + 12))) continue;
    const domain = m[2]!
      .split(/\s+/)[0]!
      .toLowerCase()
      .replace(/^defen[cs]e$/, 'defen');
    const named = [
      ...new Set(
        doc.mentions
          .filter((x) => x.end <= start)
          .map((x) => doc.entities.get(x.entity)!)
          .filter(
            (e) =>
              e.label === 'Organization' &&
              new RegExp(`\\b${domain}[a-z]*\\s+ministry\\b`, 'i').test(e.name),
          ),
      ),
    ];
    // "In Tehran, the foreign ministry denied …": the capital that opens the sentence places
    // the ministry, whatever the dateline or the article named before.
    const local = capitalLead(doc.text.slice(Math.max(0, start - 40), start));
    const localNamed = local
      ? named.filter((e) => localAdjective(local).some((a) => e.name.startsWith(a)))
      : [];
    let entity = local ? localNamed[0] : named.length === 1 ? named[0] : undefined;
    const country = local ?? (named.length === 0 ? home : undefined);
    if (!entity && country) {
      const info = COUNTRIES.find((c) => c.name === country);
      const adjective = info?.adjective.find((a) => /^\p{Lu}\p{Ll}/u.test(a)) ?? country;
      const name = `${adjective} ${titleCase(m[2]!.toLowerCase())}`;
      const key = (x: string) => nameKey(x.replace(/^the\s+/i, ''));
      const known = ctx.entities.find(
        (e) =>
          e.label === 'Organization' && [e.name, ...e.aliases].some((f) => key(f) === key(name)),
      );
      entity = known
        ? existingEntity(doc, ctx, known.id)
        : newEntity(doc, ctx, name, 'Organization');
    }
    if (!entity) continue;
    addMention(doc, entity, start, end, 'descriptor', 0.55);
  }
}

/**
 * Commands of a registry force that news copy names by their own names: "U.S. Central Command
 * said …" is the source of many wire stories, and CENTCOM is a command of the U.S. military
 * (PART_OF, as the curated golds have it), whatever the sentence says.
 */
const COMMAND_OF: Readonly<Record<string, string>> = {
  'u s central command': 'us-military',
};

export function commandsOfForces(doc: Doc, ctx: DraftContext): void {
  for (const e of doc.entities.values()) {
    const parent = COMMAND_OF[nameKey(e.name)];
    if (!parent || e.label !== 'Organization') continue;
    const m = doc.mentions.find((x) => x.entity === e.id && !x.nested);
    const sentence = m && doc.sentences.find((x) => x.start <= m.start && m.start < x.end);
    if (!sentence || !ctx.entities.some((x) => x.id === parent)) continue;
    const to = existingEntity(doc, ctx, parent);
    if (!to) continue;
    relate(doc, {
      type: 'PART_OF',
      from: e.id,
      to: to.id,
      evidence: [sentence],
      confidence: 0.6,
      rule: 'body:command-of-force',
    });
  }
}
