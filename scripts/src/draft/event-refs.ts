/**
 * Registry events told by paraphrase, and drafted events that are the registry's.
 *
 * An article names an event the registry already has in words of its own: "the launch of an
 * Iranian imaging satellite on a Russian rocket", "Tehran shipped its drones to Russia", "the
 * missile strike on the U.S. base at Kuwait's Shuaiba port in March", "the March 9 call". Each
 * registry event gets a profile: its kind (from the head nouns of its name, else of its
 * description), its parties (the curated PARTICIPATED_IN facts and the names inside its own
 * name), its places (OCCURRED_IN and what those lie in), its day, and the rarer words of its
 * name, aliases and description. A sentence that uses a word of a kind (a noun such as
 * "strike", "call", "talks", or a verb such as "shipped", "carried … into orbit") is scored
 * against every profile of a compatible kind: parties and places it names, words it shares,
 * the day or month it gives; a day that contradicts the event's rules it out. Above the
 * threshold the sentence refers to that event: it gets an event mention (with the runners-up
 * as candidates), and the facts the curators already hold about the event are restated where
 * this sentence names their other end (who took part, where, what it was part of, whom it
 * hit). A strike, call or talks proposed as new by an earlier stage is scored the same way and
 * merged into the registry's event when it is the same one. "The operation", "the raid", "the
 * call" later in the article are the last event of that kind.
 */
import type { DraftContext } from './context';
import { insideQuote, type Doc, type Sentence, type Span } from './document';
import { addCandidate, addMention, existingEntity, sortMentions } from './entities';
import { dateOf } from './dates';
import { COUNTRIES } from './lexicon';
import { nameKey } from './normalize';
import { relate } from './relate';

export type EventKind =
  | 'interview'
  | 'briefing'
  | 'call'
  | 'strike'
  | 'talks'
  | 'operation'
  | 'war'
  | 'transfer'
  | 'launch'
  | 'intervention';

/** Words that make a phrase an event of a kind, in the order a name is classified. */
const KIND_CUES: [EventKind, RegExp][] = [
  ['interview', /\b(?:interview(?:s|ed)?|sit-?down)\b/g],
  ['briefing', /\b(?:(?:press |news )?briefing|press conference|news conference)\b/g],
  ['call', /\b(?:(?:phone |telephone )?call|conversation|spoke by phone)\b/g],
  ['strike', /\b(?:strike|attack|raid|bombing|(?:was|were) hit|struck)\b/g],
  ['talks', /\b(?:talks|meeting|met|summit|session|sat down)\b/g],
  ['operation', /\b(?:operation|offensive)\b/g],
  ['war', /\b(?:war|conflict|fighting|hostilities)\b/g],
  [
    'transfer',
    /\b(?:deliver(?:y|ies|ed)|shipments?|shipped|supplied|transfers?|transferred|sold|provided|sent)\b/g,
  ],
  ['launch', /\b(?:launch(?:ed|ing)?|into orbit)\b/g],
  [
    'intervention',
    /\b(?:intervention|intervened|prop(?:ped)? up|support for|campaign|to (?:save|rescue|shore up|keep \w+(?: \w+)? in power)|sent (?:forces|troops|warplanes)|(?:warplanes|troops) arrived)\b/g,
  ],
];

/** Kinds one text may use for another's event: "the raid" of an operation, a "conversation" at talks. */
const COMPATIBLE: Partial<Record<EventKind, EventKind[]>> = {
  strike: ['operation'],
  operation: ['strike', 'war', 'intervention'],
  call: ['talks'],
  talks: ['call'],
  war: ['operation'],
  intervention: ['operation', 'war'],
};

/** The same cues without the global flag: testing them keeps no state between calls. */
const KIND_TESTS: [EventKind, RegExp][] = KIND_CUES.map(([k, re]) => [k, new RegExp(re.source)]);

export function kindOf(text: string): EventKind | undefined {
  const lower = text.toLowerCase();
  for (const [kind, re] of KIND_TESTS) if (re.test(lower)) return kind;
  return undefined;
}

const STOP = new Set(
  'the a an of on in at to for by with and or from into its their his her this that these those was were is are be been has have had who which what when where as it they he she than more most over also after before since about between during per'.split(
    ' ',
  ),
);
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A crude stem: enough to meet "killed"/"kill", "drones"/"drone", "launching"/"launch". */
function stem(w: string): string {
  if (w.length <= 4) return w;
  return w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
}

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of nameKey(text).split(' ')) {
    if (w.length < 3 || STOP.has(w) || /\d/.test(w) || MONTHS.includes(w)) continue;
    out.add(stem(w));
  }
  return out;
}

interface Fact {
  type: 'PARTICIPATED_IN' | 'OCCURRED_IN' | 'PART_OF' | 'ATTACKED';
  from: string;
  to: string;
}

export interface EventProfile {
  id: string;
  kind: EventKind;
  words: Set<string>;
  parties: Set<string>;
  places: Set<string>;
  /** The distinctive words of the places it happened at ("shuaiba"): a place named in passing. */
  placeWords: Set<string>;
  /** The parties its name gives before "to" ("Iranian … deliveries to Russia"): the senders. */
  senders: Set<string>;
  /** How many of its parties are people: two of them named make a call or talks. */
  people: number;
  facts: Fact[];
  date?: string;
}

const GENERIC_PLACE = new Set([
  'port',
  'city',
  'base',
  'air',
  'naval',
  'province',
  'east',
  'middle',
]);

const PROFILES = new WeakMap<DraftContext, EventProfile[]>();

/** Every registry event with a kind, profiled once per context. Alleged claims are left to the claims stage. */
export function eventProfiles(ctx: DraftContext): EventProfile[] {
  const have = PROFILES.get(ctx);
  if (have) return have;
  const facts: Fact[] = [];
  const within = new Map<string, Set<string>>();
  for (const x of ctx.extractions)
    for (const r of x.relationships) {
      if (
        r.type === 'PARTICIPATED_IN' ||
        r.type === 'OCCURRED_IN' ||
        r.type === 'PART_OF' ||
        r.type === 'ATTACKED'
      )
        if (!facts.some((f) => f.type === r.type && f.from === r.from && f.to === r.to))
          facts.push({ type: r.type, from: r.from, to: r.to });
      if (r.type === 'LOCATED_IN') {
        const set = within.get(r.from) ?? new Set<string>();
        set.add(r.to);
        within.set(r.from, set);
      }
    }
  const actors = ctx.entities.filter((e) =>
    ['Country', 'Person', 'Organization', 'Location'].includes(e.label),
  );
  const raw: Omit<EventProfile, 'words' | 'placeWords' | 'people' | 'senders'>[] = [];
  const senders = new Map<string, Set<string>>();
  const texts = new Map<string, Set<string>>();
  for (const e of ctx.entities) {
    if (e.label !== 'Event' || e.alleged) continue;
    const names = [e.name, ...e.aliases].join(' ; ');
    const kind = kindOf(names) ?? kindOf(e.description ?? '');
    if (!kind) continue;
    const own = facts.filter((f) => f.from === e.id || f.to === e.id);
    const parties = new Set(
      own.filter((f) => f.type === 'PARTICIPATED_IN' && f.to === e.id).map((f) => f.from),
    );
    const places = new Set(
      own.filter((f) => f.type === 'OCCURRED_IN' && f.from === e.id).map((f) => f.to),
    );
    // The names inside the event's own name: "Russia-Ukraine war", "Trump-Putin phone call",
    // "Iranian Shahed drone deliveries to Russia", "… at Shuaiba port".
    const key = ` ${nameKey(names)} `;
    for (const a of actors) {
      const country = COUNTRIES.find((c) => nameKey(c.name) === nameKey(a.name));
      const forms = [a.name, ...a.aliases, ...(country?.adjective ?? [])]
        .map(nameKey)
        .filter((f) => f.length >= 4);
      if (a.label === 'Person') forms.push(nameKey(a.name.split(/\s+/).pop() ?? ''));
      if (!forms.some((f) => f.length >= 4 && key.includes(` ${f} `))) continue;
      (a.label === 'Location' ? places : parties).add(a.id);
      const head = ` ${nameKey(e.name).split(' to ')[0]} `;
      if (nameKey(e.name).includes(' to ') && forms.some((f) => head.includes(` ${f} `))) {
        const set = senders.get(e.id) ?? new Set<string>();
        set.add(a.id);
        senders.set(e.id, set);
      }
    }
    for (const p of [...places]) for (const c of within.get(p) ?? []) places.add(c);
    texts.set(e.id, stems(`${names} ${e.description ?? ''}`));
    raw.push({ id: e.id, kind, parties, places, facts: own, ...(e.date ? { date: e.date } : {}) });
  }
  // The rarer words only: a word in at most two events' texts tells them apart.
  const df = new Map<string, number>();
  for (const ws of texts.values()) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  const cues = new Set<string>();
  for (const [, re] of KIND_CUES)
    for (const w of re.source.replace(/\\b|\(\?:|\)|\?|\|/g, ' ').split(/[^a-z-]+/))
      if (w) cues.add(stem(w));
  const out = raw.map((p) => ({
    ...p,
    placeWords: new Set(
      [...p.places]
        .filter((id) => ctx.byId.get(id)?.label === 'Location')
        .flatMap((id) => [...stems(ctx.byId.get(id)!.name)])
        .filter((w) => !GENERIC_PLACE.has(w)),
    ),
    people: [...p.parties].filter((id) => ctx.byId.get(id)?.label === 'Person').length,
    senders: senders.get(p.id) ?? new Set<string>(),
    words: new Set(
      [...texts.get(p.id)!].filter((w) => (df.get(w) ?? 0) <= 2 && w.length >= 4 && !cues.has(w)),
    ),
  }));
  PROFILES.set(ctx, out);
  return out;
}

/** What a passage says of an event: its kind, who and where it names, its words and day. */
export interface EventQuery {
  kind: EventKind;
  parties: Set<string>;
  /** The people among the parties (when known). */
  people?: Set<string>;
  words: Set<string>;
  date?: string;
  month?: number;
  /** Set when the event is already named (a registry name or alias in the passage). */
  named?: string;
  /** "a call": introduced as new to the reader. */
  indefinite?: boolean;
  articleDate?: string;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

export interface EventMatch {
  id: string;
  score: number;
  why: string;
}

/** What is delivered or shipped in a transfer of arms or technology. */
const GOODS =
  /\b(?:drones?|uavs?|missiles?|rockets?|weapons?|arms|munitions|ammunition|shells|equipment|systems?|jets?|aircraft|technology|components|parts|satellites?|shaheds?)\b/;

const OCCASIONS = new Set<EventKind>(['call', 'talks', 'interview', 'briefing']);
/** Kinds a paraphrase may refer to: wars and operations are named by name or alias. */
const PARAPHRASED = new Set<EventKind>([
  'strike',
  'call',
  'talks',
  'interview',
  'briefing',
  'transfer',
  'launch',
  'intervention',
]);

/** Above this an event reference is linked (kind 1 + two of: parties, place, words, day). */
export const LINK_THRESHOLD = 2.5;

/** A score on the 0..1 scale of linking confidences (6 is about the most a reference earns). */
export function confidenceOf(score: number): number {
  return Math.round(Math.min(1, score / 6) * 100) / 100;
}

/** Scores every compatible registry event against a query, best first. */
export function scoreEvents(profiles: EventProfile[], q: EventQuery): EventMatch[] {
  const out: EventMatch[] = [];
  for (const p of profiles) {
    const exact = p.kind === q.kind;
    if (!exact && !(COMPATIBLE[q.kind] ?? []).includes(p.kind)) continue;
    // A day that is not the event's is another event ("Thursday's call" is not March 9's).
    if (q.date && p.date && q.date !== p.date) continue;
    if (q.month && p.date && Number(p.date.slice(5, 7)) !== q.month) continue;
    const parties = [...p.parties].filter((x) => q.parties.has(x)).length;
    const people = [...p.parties].filter((x) => (q.people ?? q.parties).has(x)).length;
    const place =
      [...p.places].some((x) => q.parties.has(x)) || [...p.placeWords].some((w) => q.words.has(w));
    const words = [...p.words].filter((w) => q.words.has(w));
    const day = !!(q.date && p.date && q.date === p.date);
    const month = !day && !!(q.month && p.date);
    if (q.named !== p.id) {
      if (!words.length && !place && !day) continue;
      if (!parties && !place && words.length < 2 && !day) continue;
      // One strike among many: its place or its day must be said.
      if (p.kind === 'strike' && !place && !day) continue;
      // A call, talks, an interview or a briefing: its day, or two of the people in it (a
      // definite reference, and for a dated event an article of the days after it).
      const recent = !p.date || !q.articleDate || daysBetween(p.date, q.articleDate) <= 7 || month;
      if (
        OCCASIONS.has(p.kind) &&
        !day &&
        !(p.people >= 2 && people >= 2 && !q.indefinite && recent)
      )
        continue;
    }
    const score =
      (exact ? 1 : 0.5) +
      (p.parties.size ? Math.min(1, parties / Math.min(2, p.parties.size)) : 0) +
      (place ? 0.8 : 0) +
      0.6 * Math.min(2, words.length) +
      (day ? 1.5 : month ? 0.4 : 0) +
      (q.named === p.id ? 3 : 0);
    const why = [
      `${exact ? '' : 'compatible '}kind ${p.kind}`,
      parties ? `${parties} of its parties named` : '',
      place ? 'its place named' : '',
      words.length ? `shares ${words.slice(0, 4).join(', ')}` : '',
      day ? 'same day' : month ? 'same month' : '',
    ]
      .filter(Boolean)
      .join('; ');
    out.push({ id: p.id, score: Math.round(score * 100) / 100, why });
  }
  return out.sort((a, b) => b.score - a.score);
}

const MONTH_RE = new RegExp(`\\b(${MONTHS.join('|')})\\b`);

/** The parties, places and words a sentence names (outside quotes for the mentions). */
function sentenceQuery(doc: Doc, s: Sentence, kind: EventKind, cue?: Span): EventQuery {
  const parties = new Set<string>();
  // The people of a call or talks stand near its word: "holding talks with Yuri Ushakov, an
  // adviser to Russian President Vladimir Putin" is no Trump-Putin call.
  const near = new Set<string>();
  for (const m of doc.mentions) {
    if (m.start < s.start || m.end > s.end) continue;
    parties.add(m.entity);
    if (!cue || (m.end >= cue.start - 90 && m.start <= cue.end + 90)) near.add(m.entity);
  }
  const lower = doc.fold.slice(s.start, s.end).toLowerCase();
  const words = stems(lower);
  // New entities' names count as words ("Bashar al-Assad" shares "assad").
  for (const id of parties) {
    const e = doc.entities.get(id);
    if (e?.status === 'new') for (const w of stems(e.name)) words.add(w);
  }
  const date = dateOf(doc, s, doc.quotes);
  const month = MONTH_RE.exec(lower);
  const people = new Set([...near].filter((id) => doc.entities.get(id)?.label === 'Person'));
  return {
    kind,
    parties,
    people,
    words,
    ...(date ? { date } : {}),
    ...(month && !date ? { month: MONTHS.indexOf(month[1]!) + 1 } : {}),
  };
}

/** "killed six American soldiers", "wounding three sailors": the victims are armed forces. */
const CASUALTIES =
  /\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|died)\b[^;]{0,50}?\b(?:troops|soldiers|service ?members|servicemen|sailors|marines|personnel|forces)\b|\b(?:troops|soldiers|service ?members|sailors|marines)\b[^.;]{0,30}\b(?:were|was)\s+(?:killed|wounded|injured)\b/;
const ARMED_FORCE = /\b(?:military|forces|army|navy|armed)\b/i;
/** "the two leaders", "both men": the parties named before. */
const PAIR_ANAPHOR =
  /\b(?:the two (?:leaders|men|presidents|sides|officials)|both (?:leaders|men|sides)|the leaders)\b/;

/** The party of `p` named last before the verb: who sent, shipped or supplied. */
function senderOf(doc: Doc, s: Sentence, cueStart: number, p: EventProfile): string | undefined {
  return doc.mentions
    .filter((m) => m.start >= s.start && m.end <= cueStart && p.parties.has(m.entity))
    .pop()?.entity;
}

/** Restates what the curators hold about event `p` where sentence `s` names the other end. */
function restate(
  doc: Doc,
  ctx: DraftContext,
  p: EventProfile,
  s: Sentence,
  cueStart: number,
  cueEnd: number,
  dated: boolean,
): void {
  const lower = doc.fold.toLowerCase();
  const text = lower.slice(s.start, s.end);
  const named = new Set<string>();
  for (const m of doc.mentions)
    if (m.start >= s.start && m.end <= s.end && !insideQuote(doc, m.start)) named.add(m.entity);
  const ev = existingEntity(doc, ctx, p.id)!;
  // "the two leaders": the known parties named within the last paragraphs.
  const pair = PAIR_ANAPHOR.test(text);
  const recent = new Set<string>();
  if (pair) {
    const from = doc.paragraphs[Math.max(0, s.paragraph - 3)]!.start;
    for (const m of doc.mentions) if (m.start >= from && m.end <= s.end) recent.add(m.entity);
  }
  const victims = CASUALTIES.test(text);
  // The registry's day only when this passage said that day: a link by name or people alone
  // must not date the talk (a wrong link would give a date the text never gave).
  const date = dated ? p.date : undefined;
  const people: string[] = [];
  // A transfer is its sender's act ("Tehran shipped its drones to Russia"): the party named
  // before the verb, as the golds record it; else every party named.
  const sender = senderOf(doc, s, cueStart, p);
  const parties = p.kind === 'transfer' && sender ? new Set([sender]) : p.parties;
  for (const x of parties) {
    if (!named.has(x) && !(pair && recent.has(x))) continue;
    if (!existingEntity(doc, ctx, x)) continue;
    if (
      relate(doc, {
        type: 'PARTICIPATED_IN',
        from: x,
        to: p.id,
        evidence: [s],
        confidence: 0.5,
        rule: 'event-ref:party',
      }) &&
      doc.entities.get(x)?.label === 'Person'
    )
      people.push(x);
  }
  // A call or talks of two people: they spoke with each other, on the event's day.
  if ((p.kind === 'call' || p.kind === 'talks') && people.length >= 2)
    relate(doc, {
      type: 'SPOKE_WITH',
      from: people[0]!,
      to: people[1]!,
      evidence: [s],
      ...(date ? { date } : {}),
      confidence: 0.5,
      rule: 'event-ref:spoke-with',
    });
  // "Kuwait's Shuaiba port": the most precise place named, not the country around it too.
  const site =
    p.facts.some(
      (f) =>
        f.type === 'OCCURRED_IN' && named.has(f.to) && ctx.byId.get(f.to)?.label === 'Location',
    ) ||
    doc.relationships.some(
      (r) =>
        r.type === 'OCCURRED_IN' && r.from === p.id && doc.entities.get(r.to)?.label === 'Location',
    );
  for (const f of p.facts) {
    if (site && f.type === 'OCCURRED_IN' && ctx.byId.get(f.to)?.label === 'Country') continue;
    if (f.type === 'OCCURRED_IN' && named.has(f.to))
      relate(doc, { ...f, evidence: [s], confidence: 0.45, rule: 'event-ref:known-place' });
    if (f.type === 'ATTACKED' && f.from === p.id) {
      const target = ctx.byId.get(f.to);
      if (named.has(f.to) || (victims && target && ARMED_FORCE.test(target.name)))
        if (existingEntity(doc, ctx, f.to))
          relate(doc, { ...f, evidence: [s], confidence: 0.45, rule: 'event-ref:known-target' });
    }
    // What a transfer, launch or intervention was part of ("for use against Ukrainian cities":
    // the war in Ukraine); a strike's war is the strikes stage's to say.
    if (f.type === 'PART_OF' && f.from === p.id && !OCCASIONS.has(p.kind) && p.kind !== 'strike') {
      const whole = eventProfiles(ctx).find((w) => w.id === f.to);
      const wholeNamed =
        doc.mentions.some((m) => m.entity === f.to) ||
        (whole &&
          [...whole.parties, ...whole.places].some((x) => named.has(x) && !p.parties.has(x)));
      if (wholeNamed && existingEntity(doc, ctx, f.to))
        relate(doc, { ...f, evidence: [s], confidence: 0.4, rule: 'event-ref:known-whole' });
    }
  }
  // "an attack in Kuwait", "talks in Istanbul": the place right after the reference.
  const after = doc.mentions.find(
    (m) =>
      m.start >= cueEnd &&
      m.end <= s.end &&
      /^\s+(?:in|at)\s+(?:the\s+)?$/.test(lower.slice(cueEnd, m.start)) &&
      ['Location', 'Country'].includes(doc.entities.get(m.entity)?.label ?? ''),
  );
  if (after && (p.places.has(after.entity) || p.places.size === 0))
    relate(doc, {
      type: 'OCCURRED_IN',
      from: p.id,
      to: after.entity,
      evidence: [s],
      confidence: 0.45,
      rule: 'event-ref:place-after',
    });
  // "according to the White House": the source reported the call, talks or strike.
  if (['call', 'talks', 'strike'].includes(p.kind)) {
    const acc = /\baccording to\s+(?:the\s+)?$/;
    const src = doc.mentions.find(
      (m) =>
        m.start >= s.start &&
        m.end <= s.end &&
        acc.test(lower.slice(Math.max(s.start, m.start - 20), m.start)) &&
        ['Organization', 'Outlet', 'Person'].includes(doc.entities.get(m.entity)?.label ?? ''),
    );
    if (src)
      relate(doc, {
        type: 'REPORTED',
        from: src.entity,
        to: p.id,
        evidence: [s],
        confidence: 0.45,
        rule: 'event-ref:reported',
      });
  }
  void ev;
}

/**
 * Sentences that refer to a registry event without its name: linked when the best profile
 * scores above the threshold, the facts the curators hold restated where the sentence names
 * their other end.
 */
export function linkEventReferences(doc: Doc, ctx: DraftContext): void {
  const profiles = eventProfiles(ctx);
  if (profiles.length === 0) return;
  const lower = doc.fold.toLowerCase();
  mergeDraftedEvents(doc, ctx, profiles, lower);
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]?.heading) continue;
    const text = lower.slice(s.start, s.end);
    const done = new Set<string>();
    for (const [kind, re] of KIND_CUES) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const at = s.start + m.index;
        const end = at + m[0].length;
        if (insideQuote(doc, at)) continue;
        const before = text.slice(0, m.index);
        // "whether they talked", "urged Trump to call Putin": nothing happened (yet).
        if (
          /\b(?:whether|if|would|could|might|planned to|expected to|will)\s+(?:\w+\s+){0,3}$/.test(
            before,
          ) ||
          /\bto\s+$/.test(before) ||
          // "has not met", "never spoke": no event.
          /\b(?:not|never|no)\s+(?:\w+\s+){0,2}$|n['’]t\s+(?:\w+\s+){0,2}$/.test(before) ||
          // "a second call", "another meeting": not the one the registry has.
          /\b(?:second|third|new|another|latest|next|fresh|follow-up|upcoming)\s+(?:[\w-]+\s+)?$/.test(
            before,
          )
        )
          continue;
        // "attack drones", "strike aircraft": a modifier, no event.
        if (
          /^\s+(?:drones?|helicopters?|aircraft|jets?|submarines?|dogs?|groups?)\b/.test(
            text.slice(m.index + m[0].length),
          )
        )
          continue;
        // "the call" right after an event of that kind in this article: that event.
        if (/\b(?:the|that|this)\s+(?:[\w-]+\s+)?$/.test(before) && recentOfKind(doc, s, at, kind))
          continue;
        // "delivered a pointed message": a transfer is of goods.
        if (kind === 'transfer' && !GOODS.test(text.slice(Math.max(0, m.index - 40), m.index + 80)))
          continue;
        const q = sentenceQuery(doc, s, kind, { start: at, end });
        // "a phone call between A and B": an indefinite call is a new one unless its day says
        // otherwise; a registry occasion of weeks before the article is not meant by people alone.
        q.indefinite = /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/.test(before);
        q.articleDate = doc.date;
        const wrongWay = (p: EventProfile) => {
          if (p.kind !== 'transfer' || !p.senders.size) return false;
          const who = senderOf(doc, s, at, p);
          return !!who && !p.senders.has(who);
        };
        const already = doc.mentions.find(
          (x) =>
            x.start >= s.start &&
            x.end <= s.end &&
            profiles.some((p) => p.id === x.entity) &&
            Math.abs(x.start - at) < 60,
        );
        if (already) q.named = already.entity;
        // "Russia shipped Iran components": not Iran's deliveries to Russia.
        const [best, ...rest] = scoreEvents(
          profiles.filter((p) => PARAPHRASED.has(p.kind) && !wrongWay(p)),
          q,
        );
        if (!best || best.score < LINK_THRESHOLD || done.has(best.id)) continue;
        done.add(best.id);
        const p = profiles.find((x) => x.id === best.id)!;
        const ev = existingEntity(doc, ctx, p.id)!;
        if (!doc.mentions.some((x) => x.start < end && at < x.end))
          addMention(doc, ev, at, end, 'event', confidenceOf(best.score));
        for (const r of rest.filter((x) => x.score >= best.score - 0.6).slice(0, 3))
          addCandidate(ev, { ...r, score: confidenceOf(r.score) });
        restate(doc, ctx, p, s, at, end, !!q.date && q.date === p.date);
      }
    }
  }
  sortMentions(doc);
}

/**
 * A strike, call or talks an earlier stage proposed as new that is the registry's event (same
 * kind, its place or parties, a day that agrees): its relationships and mentions move to the
 * registry's id; the new entity keeps no mention and is left out of the draft.
 */
export function mergeDraftedEvents(
  doc: Doc,
  ctx: DraftContext,
  profiles: EventProfile[] = eventProfiles(ctx),
  lower: string = doc.fold.toLowerCase(),
): void {
  for (const e of [...doc.entities.values()]) {
    if (e.label !== 'Event' || e.status !== 'new' || e.alleged) continue;
    const kind = kindOf(`${e.name} ${e.aliases.join(' ')}`);
    if (!kind) continue;
    const rels = doc.relationships.filter((r) => r.from === e.id || r.to === e.id);
    const parties = new Set<string>();
    for (const r of rels) parties.add(r.from === e.id ? r.to : r.from);
    const words = new Set<string>();
    const ms = doc.mentions.filter((m) => m.entity === e.id);
    for (const m of ms) {
      const s = doc.sentences.find((x) => x.start <= m.start && m.end <= x.end);
      if (!s) continue;
      for (const w of stems(lower.slice(s.start, s.end))) words.add(w);
      for (const x of doc.mentions)
        if (x.start >= s.start && x.end <= s.end && x.entity !== e.id) parties.add(x.entity);
    }
    const places = rels.filter((r) => r.type === 'OCCURRED_IN' && r.from === e.id).map((r) => r.to);
    const [best] = scoreEvents(
      profiles.filter(
        (p) =>
          PARAPHRASED.has(p.kind) &&
          // The same place (where the curators put it) or the same day: a strike at another
          // site of the same country is another strike.
          (places.some((x) => p.facts.some((f) => f.type === 'OCCURRED_IN' && f.to === x)) ||
            places.some((x) => {
              const n = doc.entities.get(x)?.name;
              return !!n && [...stems(n)].some((w) => p.placeWords.has(w));
            }) ||
            (!!e.date && e.date === p.date)),
      ),
      {
        kind,
        parties,
        people: new Set([...parties].filter((id) => doc.entities.get(id)?.label === 'Person')),
        words,
        ...(e.date ? { date: e.date } : {}),
      },
    );
    if (!best || best.score < LINK_THRESHOLD + 0.5) continue;
    const target = existingEntity(doc, ctx, best.id)!;
    addCandidate(target, {
      id: e.id,
      score: confidenceOf(best.score),
      why: `drafted as "${e.name}": ${best.why}`,
    });
    // The relationships move to the registry's id; one that the registry's event already has
    // (same type, ends and quote) gives it its evidence and is dropped.
    const kept: typeof doc.relationships = [];
    for (const r of doc.relationships) {
      if (r.from === e.id) r.from = best.id;
      if (r.to === e.id) r.to = best.id;
      if (r.from === r.to) continue;
      const same = kept.find(
        (x) => x.type === r.type && x.from === r.from && x.to === r.to && x.quote === r.quote,
      );
      if (same) {
        for (const ev of r.evidence) if (!same.evidence.includes(ev)) same.evidence.push(ev);
        continue;
      }
      kept.push(r);
    }
    doc.relationships = kept;
    for (const m of ms) m.entity = best.id;
    doc.entities.delete(e.id);
    const p = profiles.find((x) => x.id === best.id)!;
    for (const m of ms) {
      const s = doc.sentences.find((x) => x.start <= m.start && m.end <= x.end);
      if (s) restate(doc, ctx, p, s, m.start, m.end, !!e.date && e.date === p.date);
    }
  }
}

/**
 * "The raid was limited", "the operation had destroyed …", "after the call": a definite event
 * noun is the last event of that kind mentioned in the last three paragraphs. `quoted`: the
 * references inside quotes (run before the statements), else those outside (run after).
 */
const ANAPHOR =
  /\b(?:the|that|this|their|his|her)\s+(?:((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?|(?!(?:the|that|this|their|his|her|a|an)\s)[a-z][\w-]*)\s+)?(raid|operation|strike|attack|call|conversation|talks|meeting|session|interview|briefing|campaign)\b/g;
/** "the Thursday session", "the Vienna meeting": a day or a place may stand before the noun. */
function modifierFits(doc: Doc, at: number, word: string): boolean {
  if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/.test(word)) return true;
  const m = doc.mentions.find((x) => x.start === at && x.end === at + word.length);
  const label = m ? doc.entities.get(m.entity)?.label : undefined;
  return label === 'Location' || label === 'Country';
}

/** The last event of a compatible kind mentioned in the last three paragraphs before `at`. */
function recentOfKind(doc: Doc, s: Sentence, at: number, kind: EventKind) {
  const from = doc.paragraphs[Math.max(0, s.paragraph - 3)]!.start;
  return doc.mentions
    .filter((x) => x.start >= from && x.end <= at)
    .filter((x) => {
      const e = doc.entities.get(x.entity);
      if (e?.label !== 'Event' || e.alleged) return false;
      const k = kindOf(`${e.name} ${e.aliases.join(' ')}`);
      return !!k && (k === kind || (COMPATIBLE[kind] ?? []).includes(k));
    })
    .pop();
}

export function eventAnaphora(doc: Doc, quoted: boolean): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    ANAPHOR.lastIndex = 0;
    for (let m = ANAPHOR.exec(text); m; m = ANAPHOR.exec(text)) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      // Inside a quote the reference is what the words are about ("The raid was limited");
      // outside it ("Asked about the strike, X said") it is linked after the statements are
      // drafted, so that it does not become their subject.
      if (insideQuote(doc, at) !== quoted) continue;
      const modAt = m[1] ? at + m[0].indexOf(m[1], m[0].search(/\s/)) : -1;
      if (m[1] && !modifierFits(doc, modAt, m[1])) continue;
      // Only "their"/"his"/"her" with a plain noun or a day: "his strike" is no reference.
      if (
        /^(?:their|his|her)\s/.test(m[0]) &&
        !/(?:meeting|talks|call|conversation|session)$/.test(m[0])
      )
        continue;
      const modEnd = m[1] ? modAt + m[1].length : -1;
      if (
        doc.mentions.some(
          (x) => x.start < end && at < x.end && !(x.start >= modAt && x.end <= modEnd),
        )
      )
        continue;
      // "the operation center": a noun modifier, no event.
      if (/^\s+(?:cent(?:er|re)|room|base|commander|chief)\b/.test(lower.slice(end, end + 12)))
        continue;
      const kind = kindOf(m[2]!);
      if (!kind) continue;
      const prior = recentOfKind(doc, s, at, kind);
      if (!prior) continue;
      addMention(doc, doc.entities.get(prior.entity)!, at, end, 'event', 0.5);
    }
  }
  sortMentions(doc);
}
