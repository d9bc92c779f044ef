/**
 * Stage 6a: the claims a story turns on, found as patterns over pairs of parties in a
 * sentence: "A is providing intelligence to B", "A provided B with satellite imagery",
 * "A-B intel sharing", "A's intelligence for B" (SHARED_INTELLIGENCE_WITH), "A supplied drones
 * to B" (SUPPLIED_ARMS_TO). Each sharing claim is also an event mention, linked to the
 * registry's event of the same parties when there is one, so that "denied the allegations"
 * and the quotes about it have something to point at.
 */
import type { CuratedRelationshipType } from '@kg/server/contracts';
import type { DraftContext } from './context';
import type { Doc, DocEntity, Mention, Sentence } from './document';
import { addMention, existingEntity, newEntity } from './entities';
import { COUNTRIES, ORG_HOME } from './lexicon';
import { nameKey } from './normalize';
import { relate } from './relate';

const PARTY = new Set(['Country', 'Organization']);
const HEDGE =
  /\b(report(?:s|ed|edly)?|alleg\w*|claim\w*|may|might|could|possib\w*|suggest\w*|whether|if|suspect\w*|accus\w*|sources|unconfirmed|apparent\w*|said to)\b/i;

interface ClaimPattern {
  type: CuratedRelationshipType;
  rule: string;
  /** Text between A and B (lower-case fold). */
  middle: RegExp;
  /** Text right after B, when the pattern needs it. */
  after?: RegExp;
  /** Text right before A, when the pattern needs it. */
  before?: RegExp;
  /** The event kind to link, for claims that are events of the story. */
  event?: 'intelligence';
}

const SHARE =
  '(?:shar|provid|pass|giv|gave|suppl|offer|feed|fed|send|sent|transfer|hand|funnel|leak)\\w*';
const INTEL =
  '(?:intelligence|intel|information|info|data|imagery|images|photos|photographs|pictures|targeting|coordinates|locations|positions|whereabouts|movements|satellite|surveillance|reconnaissance|sigint|tips|details)';
const ARMS =
  '(?:weapons?|arms|drones?|shaheds?|uavs?|missiles?|munitions|air[- ]defen[cs]e|fighter|jets|aircraft|ammunition|shells|rockets|warheads?|technology)';

export const CLAIM_PATTERNS: ClaimPattern[] = [
  {
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'share-intel-to',
    middle: new RegExp(
      `^(?:'s)?\\s+(?:[\\w'",.-]+\\s+){0,12}?${SHARE}\\s+(?:[\\w,'-]+\\s+){0,8}?${INTEL}\\b(?:[^.;]|(?<=\\b[a-z])\\.){0,80}?\\b(?:to|with|for)\\s+(?:the\\s+)?$`,
    ),
    event: 'intelligence',
  },
  {
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'provide-b-with-intel',
    middle: new RegExp(`^\\s+(?:[\\w'-]+\\s+){0,4}?${SHARE}\\s+(?:the\\s+)?$`),
    after: new RegExp(`^(?:'s)?\\s+with\\s+(?:[\\w,'-]+\\s+){0,6}?${INTEL}`),
    event: 'intelligence',
  },
  {
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'give-b-intel',
    middle:
      /^\s+(?:[\w'-]+\s+){0,3}?(?:gave|give|given|gives|giving|handed|hands|handing|passed|passes|passing|sent|sends|sending|offered|offers|fed|feeds|feeding|provided|provides|providing|shown|showed|shows|slipped|slipping)\s+(?:the\s+)?$/,
    // "feeding Iran “live pictures of our coast”": the words may be quoted.
    after: new RegExp(`^(?:'s)?\\s+["']?(?:[\\w,'-]+\\s+){0,3}?${INTEL}`),
    event: 'intelligence',
  },
  {
    // "Russian satellites had been guiding Iranian attack drones toward American warships":
    // to guide another's weapons to their targets is to pass them what the guide sees.
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'guide-b-weapons',
    middle: /^(?:'s)?\s+(?:[\w'-]+\s+){0,4}?(?:guid|steer)\w*\s+(?:the\s+)?$/,
    after:
      /^(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|crews?|units?|forces|strikes?|attacks?|gunners|launchers?|pilots|jets|warplanes|ships|boats)\b/,
    event: 'intelligence',
  },
  {
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'a-b-intel-sharing',
    middle: /^\s*(?:-|and|with)\s*$/,
    after: new RegExp(`^\\s+(?:military\\s+)?${INTEL}\\s+(?:sharing|cooperation|exchange|support)`),
    event: 'intelligence',
  },
  {
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'intel-sharing-between',
    before: new RegExp(`${INTEL}\\s+(?:sharing|cooperation|exchange)\\s+between\\s+(?:the\\s+)?$`),
    middle: /^\s+and\s+(?:the\s+)?$/,
    event: 'intelligence',
  },
  {
    // "Russian satellites had been tracking American warships for Iran": watching for B.
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'track-for',
    middle:
      /^(?:'s)?\s+(?:[\w'-]+\s+){0,4}?(?:track|monitor|spott|spying on|surveil|pinpoint|locat)\w*\s+(?:[\w,'-]+\s+){0,6}?for\s+(?:the\s+)?$/,
    event: 'intelligence',
  },
  {
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'demonym-intel-for',
    middle: new RegExp(
      `^\\s+(?:[\\w-]+\\s+){0,2}?${INTEL}\\s+(?:[\\w-]+\\s+){0,3}?(?:for|to)\\s+(?:the\\s+)?$`,
    ),
    event: 'intelligence',
  },
  {
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'provide-b-with-intel-far',
    middle: new RegExp(`^[\\s\\w,'-]{0,100}?\\b${SHARE}\\s+(?:the\\s+)?$`),
    after: new RegExp(`^(?:'s)?\\s+with\\s+(?:[\\w,'-]+\\s+){0,8}?${INTEL}`),
    event: 'intelligence',
  },
  {
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'transfer-of-intel-from',
    before: new RegExp(
      `(?:transfer|sharing|provision|supply|passing|flow|delivery)\\s+of\\s+(?:[\\w-]+\\s+){0,2}?${INTEL}\\w*\\s+from\\s+(?:the\\s+)?$`,
    ),
    middle: /^\s+to\s+(?:the\s+)?$/,
    event: 'intelligence',
  },
  {
    type: 'SUPPLIED_ARMS_TO',
    rule: 'arming',
    middle: /^(?:'s)?\s+(?:[\w'-]+\s+){0,3}?(?:arm(?:ing|ed|s)?|re-?arm\w*)\s+(?:the\s+)?$/,
  },
  {
    type: 'SUPPLIED_ARMS_TO',
    rule: 'provide-b-with-arms',
    middle: new RegExp(`^[\\s\\w,'-]{0,100}?\\b(?:suppl|provid|equip|arm)\\w*\\s+(?:the\\s+)?$`),
    after: new RegExp(
      `^(?:'s)?\\s+with\\s+(?:[\\w,'-]+\\s+){0,4}?(?:${ARMS}|(?:military|electronic[- ]warfare|defen[cs]e)\\s+equipment)`,
    ),
  },
  {
    type: 'SUPPLIED_ARMS_TO',
    rule: 'supply-arms-to',
    middle: new RegExp(
      `^(?:'s)?\\s+(?:[\\w'-]+\\s+){0,4}?(?:suppl|provid|deliver|sold|sell|transfer|ship|sent|send|provision)\\w*\\s+(?:[\\w,'-]+\\s+){0,10}?${ARMS}\\b[^.;]{0,80}?\\bto\\s+(?:the\\s+)?$`,
    ),
  },
  {
    // "Russian officers help Iran choose targets", "helping Tehran find U.S. ships".
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'help-b-target',
    middle:
      /^(?:'s)?\s+(?:[\w'-]+\s+){0,4}?(?:help|helps|helped|helping|assist|assists|assisted|assisting)\s+(?:the\s+)?$/,
    // "helping Iranian crews aim missiles": the ones helped may be named by their crews.
    after:
      /^(?:'s)?\s+(?:(?:missile|drone|gun|rocket|launch|air[- ]defen[cs]e)\s+)?(?:crews?|units?|forces|commanders|gunners|operators|pilots)?\s*(?:to\s+)?(?:choose|pick|select|find|identify|locate|track|target|aim|spot)\b/,
    event: 'intelligence',
  },
  {
    // "reports of Russian intelligence help for Iran", "Russia's intelligence support for Iran".
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'demonym-intel-help-for',
    middle:
      /^(?:'s)?\s+(?:military\s+)?(?:intelligence|intel|targeting)\s+(?:help|support|assistance|aid)\s+(?:for|to)\s+(?:the\s+)?$/,
    event: 'intelligence',
  },
  {
    // "the imagery that Russia passed to Tehran", "data Moscow had shared with Iran": the
    // intelligence is named first, its giver is the relative clause's subject.
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'intel-that-a-shared-to',
    before: new RegExp(`\\b${INTEL}\\s+(?:that\\s+|which\\s+)?(?:the\\s+)?$`),
    middle: new RegExp(
      `^\\s+(?:has\\s+|have\\s+|had\\s+)?(?:been\\s+|allegedly\\s+|reportedly\\s+)?${SHARE}\\s+(?:on\\s+|over\\s+)?(?:to|with)\\s+(?:the\\s+)?$`,
    ),
    event: 'intelligence',
  },
  {
    // "Russian satellite images had helped Iran's Revolutionary Guards strike a base": the
    // intelligence of A helped B hit or find a target.
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'intel-helped-b-strike',
    middle: new RegExp(
      `^(?:'s)?\\s+(?:[\\w-]+\\s+){0,2}?${INTEL}\\s+(?:has\\s+|have\\s+|had\\s+)?(?:helped|helps|help|helping|enabled|enables|allowed|allows)\\s+(?:the\\s+)?$`,
    ),
    after:
      /^(?:'s)?(?:\s+[\w-]+){0,3}?\s+(?:to\s+)?(?:strike|hit|attack|target|aim|find|locate|track|shoot|fire)\b/,
    event: 'intelligence',
  },
  {
    // "the so-called transfer of intelligence information by the Russian side to Iran".
    type: 'SHARED_INTELLIGENCE_WITH',
    rule: 'transfer-of-intel-by',
    before: new RegExp(
      `(?:transfer|sharing|provision|supply|passing|handing\\s+over|delivery)\\s+of\\s+(?:[\\w-]+\\s+){0,2}?${INTEL}\\w*(?:\\s+information)?\\s+by\\s+(?:the\\s+)?$`,
    ),
    middle: /^\s+(?:side\s+)?to\s+(?:the\s+)?$/,
    event: 'intelligence',
  },
  {
    // "North Korea, by contrast, has sent Russia millions of artillery shells".
    type: 'SUPPLIED_ARMS_TO',
    rule: 'send-b-arms',
    middle:
      /^(?:'s)?[\s,]+(?:[\w'-]+[\s,]+){0,4}?(?:sent|sends|sending|supplied|supplies|supplying|sold|sells|selling|shipped|ships|shipping|delivered|delivers|delivering|gave|gives|giving|provided|provides|providing)\s+(?:the\s+)?$/,
    after: new RegExp(
      `^(?:'s)?\\s+(?:(?:millions|thousands|hundreds|dozens|tens of thousands|more|several|some|large numbers|a batch|batches|shipments)\\s+(?:of\\s+)?|\\d[\\d,.]*\\s+(?:million\\s+)?|[\\w-]+\\s+){0,4}?${ARMS}`,
    ),
  },
  {
    // "Tehran supplied Shahed drones that Russia used against Ukrainian cities": the arms are
    // named first, their user is the relative clause's subject.
    type: 'SUPPLIED_ARMS_TO',
    rule: 'supplied-arms-that-b-used',
    middle: new RegExp(
      `^(?:'s)?\\s+(?:[\\w'-]+\\s+){0,2}?(?:supplied|supplies|provided|provides|delivered|delivers|sold|sells|sent|sends|shipped|ships|transferred|transfers)\\s+(?:[\\w,'-]+\\s+){0,5}?${ARMS}\\s+(?:that|which)\\s+(?:the\\s+)?$`,
    ),
    after:
      /^(?:'s)?\s+(?:has\s+|have\s+|had\s+|later\s+|then\s+)?(?:used|uses|fired|fires|launched|launches|deployed|deploys|flew|flies)\b/,
  },
  {
    type: 'SUPPLIED_ARMS_TO',
    rule: 'supplier-of-arms-to',
    middle: new RegExp(
      `^\\s+(?:[\\w'-]+\\s+){0,4}?(?:supplier|source)\\s+of\\s+(?:[\\w,'-]+\\s+){0,8}?${ARMS}\\b[^.;]{0,60}?\\bto\\s+(?:the\\s+)?$`,
    ),
  },
];

/** "… accused of", "… suspected of", "… alleged to have": a participle after its noun. */
const AUXILIARY =
  /^(?:which|that|who|has|have|had|is|was|were|are|been|being|be|long|repeatedly|widely|also|now|already|since|s)$/;
const REDUCED_RELATIVE =
  /^(.*?)\b(?:accused|suspected|alleged|charged|blamed)\s+(?:of|with|for|to\s+have)\b/;

/** A conditional or a question before the agent: "if Moscow …", "whether Russia …". */
const HYPOTHETICAL = /\b(?:if|unless|whether|were)\s+(?:[\w'-]+\s+){0,3}?$/;

/**
 * The country a party stands for: a country itself; a body named with its country ("Russia's
 * GRU", "the Iranian Foreign Ministry", nested mentions) or whose name opens with a demonym.
 */
export function stateOf(doc: Doc, m: Mention): string | undefined {
  const e = doc.entities.get(m.entity);
  if (!e) return undefined;
  if (e.label === 'Country') return e.id;
  if (e.label !== 'Organization') return undefined;
  const home = ORG_HOME[e.name];
  const homeEntity = home
    ? [...doc.entities.values()].find(
        (x) => x.label === 'Country' && nameKey(x.name) === nameKey(home),
      )
    : undefined;
  if (homeEntity) return homeEntity.id;
  const from = m.phraseStart ?? m.start;
  const inside = doc.mentions.find(
    (x) =>
      x !== m &&
      x.start >= from &&
      x.end <= m.end &&
      doc.entities.get(x.entity)?.label === 'Country',
  );
  if (inside) return inside.entity;
  const owner = doc.mentions.find(
    (x) =>
      x.end <= from &&
      from - x.end <= 3 &&
      /^['’]s\s+$/.test(doc.fold.slice(x.end, from)) &&
      doc.entities.get(x.entity)?.label === 'Country',
  );
  if (owner) return owner.entity;
  const adj = COUNTRIES.find((c) => c.adjective.some((a) => e.name.startsWith(`${a} `)));
  if (!adj) return undefined;
  return [...doc.entities.values()].find(
    (x) => x.label === 'Country' && nameKey(x.name) === nameKey(adj.name),
  )?.id;
}

function partyMentions(doc: Doc, s: Sentence, nested = false): Mention[] {
  return doc.mentions
    .filter(
      (m) =>
        (nested || !m.nested) &&
        m.start >= s.start &&
        m.end <= s.end &&
        PARTY.has(doc.entities.get(m.entity)?.label ?? ''),
    )
    .sort((a, b) => a.start - b.start);
}

/** The registry event for "A shares intelligence with B", else a new one. */
export function intelligenceEvent(
  doc: Doc,
  ctx: DraftContext,
  a: DocEntity,
  b: DocEntity,
): DocEntity;
export function intelligenceEvent(
  doc: Doc,
  ctx: DraftContext,
  a: DocEntity,
  b: DocEntity,
  propose: false,
): DocEntity | undefined;
export function intelligenceEvent(
  doc: Doc,
  ctx: DraftContext,
  a: DocEntity,
  b: DocEntity,
  propose = true,
): DocEntity | undefined {
  const words = (e: DocEntity) => {
    const c = COUNTRIES.find((x) => nameKey(x.name) === nameKey(e.name));
    return [e.name, ...e.aliases, ...(c ? [...c.adjective, ...c.plural, ...c.capital] : [])].map(
      nameKey,
    );
  };
  const wa = words(a);
  const wb = words(b);
  let best: { id: string; score: number } | undefined;
  for (const e of ctx.entities) {
    if (e.label !== 'Event') continue;
    const hay = ` ${[e.name, ...e.aliases].map(nameKey).join(' | ')} `;
    if (!/\b(intelligence|intel)\b/.test(hay)) continue;
    const score =
      (wa.some((w) => w && hay.includes(` ${w}`)) ? 1 : 0) +
      (wb.some((w) => w && hay.includes(` ${w}`)) ? 1 : 0);
    if (score === 2 && (!best || score > best.score)) best = { id: e.id, score };
  }
  if (best) return existingEntity(doc, ctx, best.id)!;
  if (!propose) return undefined;
  const adj = COUNTRIES.find((x) => nameKey(x.name) === nameKey(a.name))?.adjective[0] ?? a.name;
  return newEntity(doc, ctx, `Alleged ${adj} intelligence sharing with ${b.name}`, 'Event');
}

/**
 * "bases in Qatar", "an office in Tehran", "from its base at Hmeimim": a party after a place
 * preposition is where something happens, not who acts. It is neither the agent of a claim nor
 * an interruption between the agent and the recipient. "at the U.N. Security Council" is a place
 * too; "over reports that Moscow …" is not (a clause opens between them).
 */
const LOCATIVE =
  /\b(?:in|at|near|inside|outside|across|around|throughout|within|over|off|via|through)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?!(?:that|which|who|whether|how|as|and|but|because|while)\s)(?:[\w-]+|(?:\w\.){2,})\s+){0,2}?$/;
export function isLocative(lower: string, m: Mention): boolean {
  const before = lower.slice(
    Math.max(0, (m.phraseStart ?? m.start) - 30),
    m.phraseStart ?? m.start,
  );
  return LOCATIVE.test(before) && !/\b(?:to|with|for)\s+(?:the\s+)?$/.test(before);
}

function p_between(lower: string, parties: Mention[], A: Mention, B: Mention): boolean {
  return parties.some(
    (x) =>
      x.start >= A.end &&
      x.end <= B.start &&
      x.entity !== A.entity &&
      x.entity !== B.entity &&
      !isLocative(lower, x) &&
      !objectAdjective(lower, x) &&
      // "information about American forces": what the intelligence is about, not who acts;
      // "imagery of Israeli and American sites": the second of two coordinated demonyms too.
      !/\b(?:about|on|regarding|concerning|of)\s+(?:the\s+)?(?:[\w.'’-]+\s+(?:and|or)\s+)?$/.test(
        lower.slice(Math.max(0, (x.phraseStart ?? x.start) - 32), x.phraseStart ?? x.start),
      ),
  );
}

/** "watched American aircraft": a demonym after a verb modifies its object; it acts on nothing. */
function objectAdjective(lower: string, m: Mention): boolean {
  // "tracking U.S. warships": the initialism before a noun is an adjective as a demonym is.
  const attributive =
    /^(?:u\.s\.|us|u\.k\.|uk|eu)$/.test(lower.slice(m.start, m.end)) &&
    /^\s+[a-z]/.test(lower.slice(m.end, m.end + 3)) &&
    !/^\s+(?:has|have|had|is|was|were|are|will|would|did|does|and|officials?\s+(?:said|say))\b/.test(
      lower.slice(m.end, m.end + 20),
    );
  if (m.kind !== 'demonym' && !attributive) return false;
  const prev = /([a-z]+)\s+(?:the\s+|a\s+|an\s+)?$/.exec(
    lower.slice(Math.max(0, m.start - 30), m.start),
  );
  return (
    prev !== null &&
    // "Officials believe Russian satellites …": a verb of belief or report opens a clause.
    !/^(?:said|says|say|that|and|but|while|as|because|when|where|whether|if|how|the|believe[sd]?|think|thinks|thought|suspect(?:s|ed)?|fear(?:s|ed)?|conclude[sd]?|assess(?:es|ed)?|know|knew|claim(?:s|ed)?|allege[sd]?|insist(?:s|ed)?)$/.test(
      prev[1]!,
    )
  );
}

/**
 * "U.S. intelligence showed Russian satellites passing over the Gulf": the intelligence shows
 * (reveals) something, it is handed to no one; and a demonym right before the intelligence noun
 * ("Russian satellites", "Iranian targeting data") says whose it is, not who receives it.
 * "fed Iran satellite images" and "gave Iranian crews satellite data" are still gifts.
 */
function ownedIntel(lower: string, middle: string, B: Mention, fold: string): boolean {
  const evidence = `(?:${INTEL}|intercepts|evidence|records|reports|assessments?|analysis|findings)`;
  if (
    new RegExp(`^\\s+${evidence}\\s+(?:has\\s+|have\\s+|had\\s+)?(?:show|reveal)\\w*\\s+`).test(
      middle,
    )
  )
    return true;
  // "fed U.S. ship positions to Iranian drone crews": B names whose the intelligence is; the
  // one it went to follows "to".
  if (
    new RegExp(
      `^\\s+(?:[\\w-]+\\s+){0,2}?${INTEL}\\b[^.;"“”]{0,40}?\\sto\\s+(?:the\\s+)?\\p{Lu}`,
      'iu',
    ).test(fold.slice(B.end, B.end + 90)) &&
    /\bto\s+(?:the\s+)?\p{Lu}/u.test(fold.slice(B.end, B.end + 90))
  )
    return true;
  return (
    B.kind === 'demonym' && new RegExp(`^\\s+${INTEL}\\b`).test(lower.slice(B.end, B.end + 40))
  );
}

/** Patterns whose words name the two parties with no direction between them. */
const SYMMETRIC = new Set(['a-b-intel-sharing', 'intel-sharing-between']);

/** Whether the curated extractions record `type` from `b` to `a` and never from `a` to `b`. */
function knownOtherWay(ctx: DraftContext, type: string, a: string, b: string): boolean {
  const rs = ctx.extractions.flatMap((x) => x.relationships).filter((r) => r.type === type);
  return rs.some((r) => r.from === b && r.to === a) && !rs.some((r) => r.from === a && r.to === b);
}

export function findClaims(doc: Doc, ctx: DraftContext): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const parties = partyMentions(doc, s);
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const A = parties[i]!;
        let B = parties[j]!;
        if (A.entity === B.entity || B.start < A.end) continue;
        const middle = lower.slice(A.end, B.start);
        if (middle.length > 160) continue;
        // Another party in between is the real subject ("U.S. officials said Russia is ...").
        if (p_between(lower, parties, A, B)) continue;
        // "sanctions on Russian companies accused of passing imagery to Iran": the noun the
        // participle follows is the agent, not the clause's subject; a demonym before it is no
        // object adjective but the one accused.
        const reduced = REDUCED_RELATIVE.exec(middle);
        if (
          reduced &&
          (reduced[1]!.match(/[\w-]+/g) ?? []).filter((w) => !AUXILIARY.test(w)).length > 2
        )
          continue;
        // "firms that Washington accuses of supplying imagery to Iran": the accuser of a
        // relative clause is no giver (the one accused is the clause's noun). Only an active
        // verb: "Moscow accused of passing data" (a headline's passive) keeps Moscow.
        if (
          /^\s+(?:\w+ly\s+)?(?:accuses|blames|suspects|charges)\s+(?:of|for|with)\b/.test(middle) ||
          (/^\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:accused|blamed|suspected|charged)\s+(?:of|for|with)\b/.test(
            middle,
          ) &&
            /\b(?:that|which|whom)\s+(?:the\s+)?$/.test(
              lower.slice(Math.max(s.start, A.start - 12), A.start),
            ))
        )
          continue;
        if (isLocative(lower, A)) continue;
        // "transfer of data by the Russian side to Iran": after "by" the demonym is the agent.
        const adjectiveA = objectAdjective(lower, A) && !reduced;
        // "Moscow was not giving Iran intelligence", "has denied giving Iran …", "Russia shares
        // no intelligence with Iran": a denied claim is not a claim.
        if (
          /\b(?:not|never|no|nothing|none|neither|nor|no longer|den(?:y|ies|ied|ying)|reject\w*|refut\w*)\b|n't\b/.test(
            middle,
          )
        )
          continue;
        // "will hold accountable any state that provides Iran with intelligence": the provider
        // is the relative clause's noun, a state not named, not the sentence's subject.
        if (
          /\b(?:any|every|a|an|the|another|other|those|these|some|no)\s+(?:[\w-]+\s+){0,2}?(?:states?|country|countries|nations?|governments?|one|party|parties|powers?|actors?)\s+(?:that|which|who)\b/.test(
            middle,
          )
        )
          continue;
        // "if Moscow gave Tehran …", "Russia would supply …": a hypothetical is no claim.
        // "if Moscow kept feeding …" presupposes that it does: still a claim.
        if (
          /\b(?:would|wouldn't|could)\b/.test(middle) ||
          (HYPOTHETICAL.test(lower.slice(Math.max(s.start, A.start - 40), A.start)) &&
            !/^\s+(?:kept|keeps|keep|continue[sd]?|goes on|went on)\b/.test(middle))
        )
          continue;
        for (const p of CLAIM_PATTERNS) {
          if (adjectiveA && p.rule !== 'transfer-of-intel-by') continue;
          if (!p.middle.test(middle)) continue;
          if (p.after && !p.after.test(lower.slice(B.end, B.end + 80))) continue;
          if (p.rule === 'give-b-intel' && ownedIntel(lower, middle, B, doc.fold)) continue;
          if (p.before && !p.before.test(lower.slice(Math.max(s.start, A.start - 60), A.start)))
            continue;
          const sentence = doc.fold.slice(s.start, s.end);
          const alleged = HEDGE.test(sentence) || undefined;
          // "… to Iran's Revolutionary Guards": the body the country owns is the recipient.
          const owned = doc.mentions.find(
            (x) =>
              x.start >= B.end &&
              x.start - B.end <= 3 &&
              /^['’]s\s+$/.test(doc.fold.slice(B.end, x.start)) &&
              doc.entities.get(x.entity)?.label === 'Organization',
          );
          if (owned && doc.entities.get(B.entity)?.label === 'Country') B = owned;
          // "intelligence cooperation between Tehran and Moscow", "Iran-Russia intelligence
          // sharing": the words give no direction; the one the curated facts know does.
          const flip = SYMMETRIC.has(p.rule) && knownOtherWay(ctx, p.type, A.entity, B.entity);
          const [F, T] = flip ? [B, A] : [A, B];
          relate(doc, {
            type: p.type,
            from: F.entity,
            to: T.entity,
            evidence: [s],
            ...(alleged ? { alleged } : {}),
            confidence: 0.75,
            rule: `claim:${p.rule}`,
          });
          // "Russia's GRU … passed targeting data to Iran's Revolutionary Guards": the states
          // the bodies belong to share too, and the claim is the states' one.
          const ca = stateOf(doc, F);
          const cb = stateOf(doc, T);
          const bodies = (ca !== F.entity || cb !== T.entity) && ca && cb && ca !== cb;
          if (bodies)
            relate(doc, {
              type: p.type,
              from: ca,
              to: cb,
              evidence: [s],
              ...(alleged ? { alleged } : {}),
              confidence: 0.6,
              rule: `claim:${p.rule}-states`,
            });
          if (p.event === 'intelligence') {
            const ev = intelligenceEvent(
              doc,
              ctx,
              doc.entities.get(bodies ? ca : F.entity)!,
              doc.entities.get(bodies ? cb : T.entity)!,
            );
            if (ev.status === 'new' && alleged) ev.alleged = true;
            addMention(doc, ev, A.start, B.end, 'event', CLAIM_SCORE);
          }
          break;
        }
      }
    }
  }
  weakClaims(doc, ctx);
}

const WEAK_INTEL = new RegExp(`\\b(?:${INTEL}|help|helping|assistance|assisting|aid|support)\\b`);

/**
 * With no sharing claim stated in the article's own words, a sentence that names both parties
 * of a registry sharing event and speaks of intelligence or help ("reports of Russian help for
 * Iran") still tells what the article is about: the registry event is mentioned there (no
 * SHARED_INTELLIGENCE_WITH is drafted from it), so that denials and quotes have a topic.
 */
function weakClaims(doc: Doc, ctx: DraftContext): void {
  const lower = doc.fold.toLowerCase();
  const have = doc.mentions.some((m) => {
    const e = doc.entities.get(m.entity);
    return e?.label === 'Event' && /\b(intelligence|intel)\b/i.test(e.name) && m.kind === 'event';
  });
  if (have) return;
  for (const s of doc.sentences) {
    if (!WEAK_INTEL.test(lower.slice(s.start, s.end))) continue;
    // "Iran's foreign ministry rejected reports of Russian help": the country inside a body's
    // name still says whom the help is for.
    const parties = partyMentions(doc, s, true).filter(
      (m) => doc.entities.get(m.entity)?.label === 'Country',
    );
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const A = parties[i]!;
        const B = parties[j]!;
        if (A.entity === B.entity) continue;
        const ev = intelligenceEvent(
          doc,
          ctx,
          doc.entities.get(A.entity)!,
          doc.entities.get(B.entity)!,
          false,
        );
        if (!ev) continue;
        addMention(doc, ev, A.start, B.end, 'event', 0.5);
        return;
      }
    }
  }
  // "American officials say Russia has been giving your forces satellite images" (a question
  // to an Iranian official): one party gives intelligence in the sentence; the other is named
  // elsewhere in the article. Only a registry event of the two counts.
  const giving = new RegExp(`\\b${SHARE}\\s+(?:[\\w'-]+\\s+){0,4}?${INTEL}\\b`);
  const countries = [
    ...new Set(
      doc.mentions
        .filter((m) => doc.entities.get(m.entity)?.label === 'Country')
        .map((m) => m.entity),
    ),
  ];
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    const g = giving.exec(text);
    if (!g) continue;
    const A = partyMentions(doc, s)
      .filter((m) => m.start < s.start + g.index && doc.entities.get(m.entity)?.label === 'Country')
      .pop();
    if (
      !A ||
      !/^\s+(?:has|have|had|is|are|was|were|been|\s)*$/.test(lower.slice(A.end, s.start + g.index))
    )
      continue;
    for (const b of countries) {
      if (b === A.entity) continue;
      const ev = intelligenceEvent(
        doc,
        ctx,
        doc.entities.get(A.entity)!,
        doc.entities.get(b)!,
        false,
      );
      if (!ev) continue;
      addMention(doc, ev, A.start, s.start + g.index + g[0].length, 'event', 0.5);
      return;
    }
  }
}

/** The linking score the claims stage gives its event mentions. */
export const CLAIM_SCORE = 0.75;

/** A mention of an alleged claim (a sharing claim found by the claims stage, or so registered). */
export function isClaim(doc: Doc, m: Mention): boolean {
  const e = doc.entities.get(m.entity);
  return e?.label === 'Event' && (e.alleged === true || m.score === CLAIM_SCORE);
}

/** Occasions of speech; a summit, talks or a meeting are events one speaks about. */
const COMMUNICATION =
  /\b(interview|phone call|call|briefing|remarks|press conference|news conference|appearance|speech)\b/i;

/** An interview, call, briefing or meeting: the occasion of words, not what they are about. */
export function isCommunicationEvent(e: DocEntity | undefined): boolean {
  return e?.label === 'Event' && (e.occasion === true || COMMUNICATION.test(e.name));
}

/**
 * The event the article is mostly about: the event with the most mentions, claims first. An
 * interview or a call is where things were said, never what they were said about.
 */
export function topicEvent(doc: Doc): string | undefined {
  // A strike is a fact the article reports, not the claim its statements are about: it is the
  // topic only when the article names no other event.
  const pick = (strikes: boolean): string | undefined => {
    const counts = new Map<string, number>();
    for (const m of doc.mentions) {
      const e = doc.entities.get(m.entity);
      if (e?.label !== 'Event' || isCommunicationEvent(e) || (e.strike === true) !== strikes)
        continue;
      const w = m.kind === 'event' ? 2 : 1;
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + w);
    }
    let best: string | undefined;
    let n = 0;
    for (const [id, c] of counts) if (c > n) [best, n] = [id, c];
    return best;
  };
  return pick(false) ?? pick(true);
}
