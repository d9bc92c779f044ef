/**
 * Stage 3b: names the registry does not know. A run of capitalised words becomes a person when
 * a title, a role word or an apposition says so ("Kremlin spokesman Dmitry Peskov", "Jane Roe,
 * a spokeswoman for ..."), or compromise tags it #Person; an organisation by its head noun
 * ("... Ministry", "... Council"); an outlet by its head noun ("... News", "... Times").
 * Headlines and title-case lines are left to the registry: they are mostly capitals.
 */
import type { EntityLabel } from '@kg/server/contracts';
import type { DraftContext } from './context';
import {
  sentenceTokens,
  tagsAt,
  type Doc,
  type DocEntity,
  type Sentence,
  type Token,
} from './document';
import { addMention, covered, newEntity } from './entities';
import { COUNTRIES, NON_NAME_OPENERS, ORG_SUFFIX, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import { nameKey } from './normalize';

const CONNECTORS = new Set([
  'of',
  'de',
  'al',
  'bin',
  'von',
  'van',
  'la',
  'da',
  'du',
  'del',
  'der',
  'ibn',
  'abu',
]);
/** A kind of news outlet right before its name: "the state broadcaster", "the news agency". */
const MEDIA_KIND_BEFORE =
  /\b(?:broadcaster|television channel|tv channel|news channel|radio station|television network|tv network|news agency|newspaper|daily|tabloid|news site|news outlet|podcast)\s+$/i;
const OUTLET_HEAD =
  /(news|times|post|journal|network|tv|radio|press|magazine|daily|channel|broadcasting|gazette|tribune|herald|wire)$/i;
/** Heads that are also surnames ("Bob Courier"): an outlet only after "the" ("The Harbor Review"). */
const OUTLET_HEAD_THE =
  /(review|chronicle|dispatch|inquirer|examiner|courier|monitor|observer|weekly|insider|bulletin|digest|ledger|sentinel|mirror|telegraph|guardian)$/i;
/** Bodies of water: a sea, a gulf, a strait. */
const WATER =
  /^(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:Sea|Ocean|Gulf|Strait|Straits|Bay|Channel)$|^(?:Gulf|Strait|Straits|Sea|Bay)\s+of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;
const APPOSITION_ROLE =
  /^,\s*(?:a|an|the|who is|who serves as|(?:the\s+)?\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}.'-]+\s+){0,5}?(spokes(?:man|woman|person)|minister|secretary|adviser|advisor|aide|envoy|ambassador|official|analyst|director|chief|commander|president|leader|senator|representative|lawmaker|anchor|correspondent|reporter|host|editor|general|professor|expert|researcher|fellow|diplomat|negotiator)\b/iu;

/** "Jane Roe is a senior fellow at the Atlantic Council": a commentary's closing tagline. */
export const AFFILIATION =
  /^\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(fellow|professor|researcher|analyst|director|scholar|editor|columnist|correspondent|lecturer|adviser|advisor|expert|economist|historian|member)\s+(?:at|with|of|for|in)\s+(?:the\s+)?/i;

const ROLE_BEFORE =
  /\b(?:spokes(?:man|woman|person)|minister|secretary|adviser|advisor|aide|official|ambassador|envoy|director|chief|head|commander|leader|senator|analyst|president|chairman|chairwoman|host|anchor|moderator|correspondent|negotiator|diplomat)\b[^,;.]{0,60},\s*$/i;

/**
 * The states of the United States: "Sen. Rafael Ocampo of Nevada" is Rafael Ocampo, from
 * Nevada; the state is no part of the name.
 */
const US_STATES = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia ' +
    'hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts ' +
    'michigan minnesota mississippi missouri montana nebraska nevada new-hampshire new-jersey ' +
    'new-mexico new-york north-carolina north-dakota ohio oklahoma oregon pennsylvania ' +
    'rhode-island south-carolina south-dakota tennessee texas utah vermont virginia washington ' +
    'west-virginia wisconsin wyoming'
  )
    .split(' ')
    .map((x) => x.replace(/-/g, ' ')),
);

/** Where "X Y of <state>" ends the name: the index of "of", else -1. */
function stateOf(tokens: Token[]): number {
  const k = tokens.findIndex((t) => t.lower === 'of');
  // "Rep. Janelle Brooks-Harmon of Maryland": the hyphen of a double surname is a token, not
  // a word of the name.
  const words = tokens.slice(0, Math.max(k, 0)).filter((t) => t.lower !== '-').length;
  if (k < 2 || words < 2 || words > 3) return -1;
  if (tokens.slice(0, k).some((t) => ORG_SUFFIX.test(t.text))) return -1;
  const rest = tokens
    .slice(k + 1)
    .map((t) => t.lower)
    .join(' ');
  // "New Mexico" whose second word a country mention took: the first word is enough.
  const opens = /^(?:new|north|south|west|rhode)$/.test(rest);
  return US_STATES.has(rest) || opens ? k : -1;
}

/**
 * Where a title follows a body's head noun in a run ("… Committee Chairman Tom Cotton"): the
 * title's index (past the title words the run opens with, `from`), when one to three name
 * words follow it; else -1.
 */
function bodyTitle(tokens: Token[], from: number): number {
  for (let k = Math.max(1, from + 1); k < tokens.length - 1; k++) {
    if (!PERSON_TITLES.has(tokens[k]!.lower) || !ORG_SUFFIX.test(tokens[k - 1]!.text)) continue;
    let j = k;
    while (j < tokens.length - 1 && PERSON_TITLES.has(tokens[j]!.lower)) j++;
    const name = tokens.slice(j).filter((x) => /\p{L}/u.test(x.text));
    if (name.length >= 1 && name.length <= 3 && !ORG_SUFFIX.test(tokens[tokens.length - 1]!.text))
      return k;
  }
  return -1;
}

/**
 * Words of a portfolio or a body after a title's "of"/"for" ("Director of National
 * Intelligence", "Chairman of the Joint Chiefs of Staff", "Secretary of the Navy",
 * "Minister of State for Foreign Affairs", "Speaker of Parliament").
 */
/** Words that open a title without being titles: "Under Secretary of State". */
const TITLE_OPENERS = /^(?:under|assistant|acting|principal|associate|executive|first)$/;

const PORTFOLIO = new Set(
  (
    'intelligence central national staff joint chiefs naval operations navy army air force ' +
    'marine marines corps guard coast space command defense defence war state foreign affairs ' +
    'homeland security treasury justice interior finance economy trade commerce energy health ' +
    'labor labour agriculture education transportation veterans housing urban development ' +
    'emergency emergencies situations communications information immigration culture mission ' +
    'general parliament assembly council cabinet policy planning cooperation international ' +
    'political public diplomacy arms control nonproliferation protocol management budget ' +
    'office mission missions commerce industry republic federation kingdom islamic united arab ' +
    "emirates democratic people's"
  ).split(' '),
);

/**
 * Where the name starts after a title "of"/"for" a portfolio: the index past the portfolio's
 * last word ("Director of National Intelligence | Tulsi Gabbard"), `rest.length` when the run
 * is all title ("Chief of Naval Operations Adm." before its name), or -1 when the run opens no
 * such title. The name left is one to three words.
 */
function portfolioEnd(doc: Doc, rest: Token[]): number {
  // "Director of", "Under Secretary of State for": a title word right before the "of"/"for".
  let of = -1;
  for (let k = 1; k < rest.length - 1; k++) {
    const w = rest[k]!.lower;
    if (w !== 'of' && w !== 'for') continue;
    if (
      PERSON_TITLES.has(rest[k - 1]!.lower) &&
      rest
        .slice(0, k)
        .every((x, i) => PERSON_TITLES.has(x.lower) || (i === 0 && TITLE_OPENERS.test(x.lower)))
    )
      of = k;
    break;
  }
  if (of < 0) return -1;
  // "Sen. Vance Holloway, Republican of Ohio,": a party "of" a state describes the person
  // named before it; the run names no one (not a person called "Ohio").
  if (of === 1 && /^(?:republican|democrat|democratic|independent)$/.test(rest[0]!.lower))
    return rest.length;
  let q = rest.length - 1;
  const titleish = (x: Token) =>
    PERSON_TITLES.has(x.lower) ||
    PORTFOLIO.has(x.lower) ||
    ABBREVIATED_TITLE.test(x.lower) ||
    /^(?:of|for|the|and)$/.test(x.lower);
  while (q > of && !titleish(rest[q]!)) q--;
  const name = rest.slice(q + 1).filter((x) => /\p{L}/u.test(x.text));
  if (name.length === 0) return rest.length;
  if (name.length > 3) return -1;
  // "… Studies Jane Roe": an unknown word before a first name is the portfolio's.
  if (
    name.length === 3 &&
    tagsAt(doc, name[1]!.start).has('FirstName') &&
    !tagsAt(doc, name[0]!.start).has('FirstName')
  )
    return rest.indexOf(name[1]!);
  return q + 1;
}

interface Run {
  tokens: Token[];
  title: Token[];
}

/** A government body's name without its country: "Foreign Ministry", "Defence Ministry", "Navy". */
const GOVERNMENT_BODY =
  /^(?:(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Energy|Economy|Trade|Health|Emergencies|Intelligence)\s+(?:Ministry|Ministry of \w+|Service|Agency)|Ministry of (?:Foreign Affairs|Defen[cs]e)|(?:National )?Security Council|General Staff|Embassy|Consulate|Navy|Army|Air Force|Coast Guard|Armed Forces|Mission to the United Nations)$/;

/** Military and civil titles written abbreviated ("Brig.", "Adm.", "Lt."). */
const ABBREVIATED_TITLE = /^(?:adm|brig|gen|lt|col|maj|capt|cmdr|sgt|sen|rep|gov)\.?$/;

/** Whether the capitalised words from `i` (up to four) reach a body's head noun ("Council"). */
function bodyHeadAhead(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 4 && tokens[k]?.cap; k++)
    if (ORG_SUFFIX.test(tokens[k]!.text)) return true;
  return false;
}

function runsOf(doc: Doc, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (
      cur.length &&
      (CONNECTORS.has(cur[cur.length - 1]!.lower) ||
        cur[cur.length - 1]!.text === '-' ||
        cur[cur.length - 1]!.lower === 'the')
    )
      cur.pop();
    if (cur.length) {
      let k = 0;
      while (k < cur.length && NON_NAME_OPENERS.has(cur[k]!.lower)) k++;
      const rest = cur.slice(k);
      let t = 0;
      // "Defense Ministry", "Foreign Affairs Committee": a body's name keeps its title words.
      const body = rest.length > 0 && ORG_SUFFIX.test(rest[rest.length - 1]!.text);
      // "Secretary of State Marco Rubio": "of"/"the" inside a title belongs to it.
      while (
        !body &&
        t < rest.length - 1 &&
        (PERSON_TITLES.has(rest[t]!.lower) ||
          (t > 0 &&
            /^(of|the|for)$/.test(rest[t]!.lower) &&
            PERSON_TITLES.has(rest[t + 1]!.lower)) ||
          // "Senate Majority Leader Carl Ridley": the chamber opens a title.
          (/^(?:senate|assembly|parliament|duma|knesset)$/.test(rest[t]!.lower) &&
            PERSON_TITLES.has(rest[t + 1]!.lower)) ||
          // "Lieutenant General Adrian Merritt", "Major General X": a rank in two words (not
          // "Major" alone, a first name as well).
          (/^(?:lieutenant|major|brigadier)$/.test(rest[t]!.lower) &&
            /^(?:general|colonel|commander|admiral)$/.test(rest[t + 1]!.lower)))
      )
        t++;
      // "Senate Intelligence Committee Chairman Tom Cotton", "Committee Chairman Mark Warner":
      // a title after a body's head noun cuts the body off the name; the body is a name of its
      // own (two words or more), the title the person's.
      // ("Senate Majority Leader Carl Ridley" keeps its chamber: the title opens the run.)
      // "Director of National Intelligence Tulsi Gabbard", "Chief of Staff Susie Wiles": a title
      // "of" a portfolio keeps the portfolio's words; the name is what follows its last one.
      if (!body) {
        const port = portfolioEnd(doc, rest);
        if (port === rest.length) {
          cur = [];
          return;
        }
        if (port > t) t = port;
      }
      const cut = body ? -1 : bodyTitle(rest, t);
      if (cut > 0) {
        if (cut >= 2) runs.push({ title: [], tokens: rest.slice(0, cut) });
        t = cut;
        while (t < rest.length - 1 && PERSON_TITLES.has(rest[t]!.lower)) t++;
      }
      let name = rest.slice(t);
      const of = stateOf(name);
      if (of > 0) name = name.slice(0, of);
      // "Britain's Foreign Secretary, Eleanor Hastings": a run of title words alone names no one.
      // "Brig." before a cut "Gen. Ronit Ezra": an abbreviated title alone names no one either.
      const titlesOnly =
        !body &&
        PERSON_TITLES.has(rest[t]?.lower ?? '') &&
        (t > 0
          ? t === rest.length - 1
          : rest.length === 1 && ABBREVIATED_TITLE.test(rest[0]!.lower));
      // "Retired Gen.", "Retired Army Gen.", "Former Navy Adm." before the name: a service and
      // a rank cut off by the abbreviation's period name no one.
      const rankOnly =
        rest.length > 1 &&
        rest.length <= 4 &&
        ABBREVIATED_TITLE.test(rest[rest.length - 1]!.lower) &&
        rest
          .slice(0, -1)
          .every((x) =>
            /^(?:retired|former|ret|army|navy|marine|marines|air|force|corps|coast|guard|space|vice|rear|lt|maj|brig)\.?$/.test(
              x.lower,
            ),
          );
      if (rest.length && !titlesOnly && !rankOnly)
        runs.push({ title: rest.slice(Math.max(cut, 0), t), tokens: name });
    }
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const free =
      !covered(doc, t.start, t.end) &&
      !doc.datelines.some((d) => t.start >= d.start && t.end <= d.end);
    const prevCap = cur.length > 0;
    const nextCap = tokens[i + 1]?.cap === true;
    if (free && t.cap && /\p{L}/u.test(t.text)) cur.push(t);
    // "Khalid al-Mansouri", "Abu al-Hassan": a lower-case particle joined by a hyphen.
    else if (
      free &&
      prevCap &&
      CONNECTORS.has(t.lower) &&
      tokens[i + 1]?.text === '-' &&
      tokens[i + 2]?.cap === true
    ) {
      cur.push(t, tokens[i + 1]!);
      i++;
    } else if (
      // "Rossiya-1", "Kanal-2": a number joined by a hyphen is part of the name.
      free &&
      prevCap &&
      t.text === '-' &&
      t.start === cur[cur.length - 1]!.end &&
      /^\d{1,2}$/.test(tokens[i + 1]?.text ?? '') &&
      tokens[i + 1]!.start === t.end
    ) {
      cur.push(t, tokens[i + 1]!);
      i++;
    } else if (
      // "Chief of the General Staff", "Minister of State for Foreign Affairs": inside a title
      // "of" a portfolio, "the" and "for" join the run (portfolioEnd cuts the name off).
      free &&
      prevCap &&
      (t.lower === 'of' || nextCap) &&
      ((t.lower === 'of' &&
        tokens[i + 1]?.lower === 'the' &&
        tokens[i + 2]?.cap === true &&
        PERSON_TITLES.has(cur[cur.length - 1]!.lower)) ||
        (t.lower === 'for' &&
          cur.some((x, k) => x.lower === 'of' && PERSON_TITLES.has(cur[k - 1]?.lower ?? '')) &&
          (PORTFOLIO.has(cur[cur.length - 1]!.lower) ||
            PERSON_TITLES.has(cur[cur.length - 1]!.lower))))
    ) {
      cur.push(t);
      if (t.lower === 'of' && tokens[i + 1]?.lower === 'the') cur.push(tokens[++i]!);
    } else if (
      // "the CSTO Foreign Ministers' Council", "the Veterans' Affairs Committee": a plural
      // possessive inside a body's name (the run goes on to the body's head noun), not the end
      // of one name and the start of another.
      free &&
      prevCap &&
      nextCap &&
      t.text === "'" &&
      t.start === cur[cur.length - 1]!.end &&
      /s$/.test(cur[cur.length - 1]!.text) &&
      bodyHeadAhead(tokens, i + 1)
    )
      cur.push(t);
    else if (free && prevCap && nextCap && (CONNECTORS.has(t.lower) || t.text === '-')) cur.push(t);
    else if (free && prevCap && t.text === '.' && cur[cur.length - 1]!.text.length === 1) continue;
    else flush();
  }
  flush();
  return runs;
}

function classify(
  doc: Doc,
  run: Run,
  all: Token[],
  sentenceStart: number,
): EntityLabel | undefined {
  const toks = run.tokens;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const idx = all.indexOf(first);
  const prev = all[idx - run.title.length - 1];
  const after = doc.fold.slice(last.end, Math.min(doc.fold.length, last.end + 120));
  const tagged = (tag: string) => toks.some((t) => tagsAt(doc, t.start).has(tag));
  const words = toks.filter((t) => /\p{L}/u.test(t.text));
  if (ORG_SUFFIX.test(last.text)) return 'Organization';
  // "a group calling itself Saraya al-Fajr", "a militia known as the Islamic Resistance of the
  // Gulf": a name an armed group or movement goes by is a body's, whatever its words.
  if (
    /\b(?:group|groups|militia|militias|faction|organi[sz]ation|movement|network|outfit|cell|coalition|alliance)\s+(?:calling\s+itself|that\s+calls\s+itself|which\s+calls\s+itself|called|known\s+as|named)\s+(?:the\s+)?$/i.test(
      doc.fold.slice(Math.max(0, first.start - 60), first.start),
    )
  )
    return 'Organization';
  // "the Red Sea", "the Gulf of Oman", "the Strait of Hormuz": a body of water is a place.
  if (WATER.test(words.map((t) => t.text).join(' '))) return 'Location';
  // "the Iranian port of Bandar Lengeh", "the city of Kermanshah": named as a place by its kind.
  if (
    words.length <= 3 &&
    run.title.length === 0 &&
    /\b(?:port|city|town|village|province|island|islands|region|harbou?r|district|county|governorate|oasis)\s+of\s+$/i.test(
      doc.fold.slice(Math.max(0, first.start - 30), first.start),
    )
  )
    return 'Location';
  if (OUTLET_HEAD.test(last.text) && words.length >= 2) return 'Outlet';
  // "told the state broadcaster Rossiya-1", "the Iranian news agency Fars": named by its kind.
  if (
    MEDIA_KIND_BEFORE.test(doc.fold.slice(Math.max(0, first.start - 50), first.start)) &&
    words.length <= 3
  )
    return 'Outlet';
  // "the official Anadolu news agency", "the Fars news agency": a name before "news agency".
  if (
    words.length <= 3 &&
    /^\s+(?:state\s+)?news\s+agency\b/i.test(after) &&
    !tagged('Person') &&
    run.title.length === 0
  )
    return 'Outlet';
  const the = /\bthe\s+$/i.test(doc.fold.slice(Math.max(0, first.start - 5), first.start));
  if (OUTLET_HEAD_THE.test(last.text) && words.length >= 2 && the && !tagged('Person'))
    return 'Outlet';
  // "according to Bloomberg", "first reported by Politico", "Axios reported": a name that
  // reports is a news organisation unless a person cue says otherwise.
  const lead = doc.fold.slice(Math.max(0, first.start - 40), first.start).toLowerCase();
  const reports =
    /\b(?:according to|reported by|a report (?:by|from|in)|reporting by|told|published by|first reported by)\s+(?:the\s+)?$/.test(
      lead,
    ) ||
    // "Kerr reported from Manama and Hill from Washington": a reporter's sign-off, a person.
    (/^,?\s+(?:reported|reports|first reported|published|which cited|citing)\b/i.test(after) &&
      !/^,?\s+(?:reported|reports)\s+(?:from|in)\s+\p{Lu}/u.test(after));
  if (
    reports &&
    words.length <= 3 &&
    // "The Russian Embassy in Copenhagen published …": the place of a body, not a publisher.
    !/\b(?:embassy|consulate|mission|office|bureau)\s+in\s+$/.test(lead) &&
    // "Originally published at …": a sentence's opening adverb is no news organisation.
    !(words.length === 1 && /^\p{Lu}\p{Ll}+ly$/u.test(first.text)) &&
    !tagged('Person') &&
    run.title.length === 0 &&
    !(prev !== undefined && ROLE_NOUNS.test(prev.lower)) &&
    !APPOSITION_ROLE.test(after) &&
    !/^\s*told\s/.test(lead.slice(-6)) &&
    // "according to Western officials", "told European diplomats": an adjective of the sources.
    !/^\s+(?:[a-z-]+\s+)?(?:officials?|sources?|diplomats?|people|analysts?|experts?|officers?|lawmakers|intelligence|governments?|leaders|media|reports?|assessments?)\b/.test(
      after,
    )
  )
    return 'Outlet';
  // "A spokesman for the ministry, Khalid al-Mansouri, said": the role before the comma.
  const roleBefore = ROLE_BEFORE.test(
    doc.fold.slice(Math.max(sentenceStart, first.start - 90), first.start),
  );
  // "Ellen Marsh, who advises …": "who" is said of people (bodies take "which").
  const whoAfter = /^,\s+who\s+(?!is\s+(?:a|an|the)\s+(?:company|firm|group|agency|body)\b)/i.test(
    after,
  );
  // "…, Esmaeil Rostami called the claims …": two or three name words that open a clause and
  // speak are a person (a body's name ends in its head noun, caught above).
  const speaks =
    words.length >= 2 &&
    words.length <= 3 &&
    run.title.length === 0 &&
    !tagged('Place') &&
    // "Islamic Jihad denied", "Air Force One visited": words no person's name is made of.
    !words.some((t) => NOT_PERSON_WORD.test(t.text)) &&
    // (at the sentence's start too: "Kazem Gharibabadi told reporters …")
    /^$|(?:[,.;:]|\band)$/.test(doc.fold.slice(sentenceStart, first.start).trimEnd()) &&
    /^\s+(?:said|says|told|called|added|wrote|insisted|replied|answered|argued|warned|stressed|noted|declared|denied|rejected|dismissed|accused|urged|met|spoke|visited|condemned|critici[sz]ed|praised|acknowledged|confirmed)\b/.test(
      after,
    );
  const personCue =
    speaks ||
    roleBefore ||
    (whoAfter && words.length >= 2) ||
    AFFILIATION.test(after) ||
    run.title.length > 0 ||
    (prev !== undefined && ROLE_NOUNS.test(prev.lower)) ||
    APPOSITION_ROLE.test(after) ||
    tagged('Person');
  // An explicit role ("Helen Marsh, the U.S. ambassador") outweighs the tagger's guess that a
  // name is a place ("Marsh"); the tagger's #Person alone does not.
  const explicitRole =
    personCue &&
    !tagged('Person') &&
    (roleBefore ||
      (whoAfter && words.length >= 2) ||
      APPOSITION_ROLE.test(after) ||
      (prev !== undefined && ROLE_NOUNS.test(prev.lower)));
  if (
    personCue &&
    words.length >= 1 &&
    // "Khalid bin Nasser Al-Mansouri": particles ("bin", "al") are no words of the name's count.
    words.filter((t) => !CONNECTORS.has(t.lower)).length <= 4 &&
    (explicitRole || !(tagged('Place') && !tagged('Person') && run.title.length === 0))
  ) {
    // A lone word is a person only with a title or an explicit role ("President Macron").
    if (words.length === 1 && run.title.length === 0 && !(prev && ROLE_NOUNS.test(prev.lower))) {
      return undefined;
    }
    return 'Person';
  }
  if (tagged('Organization') && words.length >= 2) return 'Organization';
  // "met in Geneva", "near Doha", "talks in Vienna": a city the tagger knows, after a place
  // preposition, is a place (where an event happens), not an actor.
  if (
    tagged('City') &&
    words.length <= 3 &&
    run.title.length === 0 &&
    /\b(?:in|at|near|outside|from|to|into|across|over|around|inside)\s+$/i.test(lead)
  )
    return 'Location';
  if (first.start === sentenceStart && words.length === 1) return undefined;
  return undefined;
}

/** Words of bodies, movements and things, never of a person's name. */
const NOT_PERSON_WORD =
  /^(?:Islamic|Jihad|Air|Force|One|National|United|States?|Republic|Democratic|Popular|People['’]s|Front|Movement|Brigades?|Resistance|Revolutionary|Central|Federal|Royal|Supreme|Joint|General|International|Global|Media|News|Group|Network|Times|Post|Daily)$/;

/** "the Gulf of Oman": a sea named for a country is a place of its own. */
const WATER_OF =
  /\b(?:Gulf|Strait|Straits|Sea|Bay) of (?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?/gu;

function watersNamedForCountries(doc: Doc, ctx: DraftContext): void {
  for (const m of doc.fold.matchAll(WATER_OF)) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = doc.mentions.filter((x) => x.start < end && start < x.end);
    // A registry name ("Strait of Hormuz") or anything reaching outside is left alone.
    if (
      inside.length === 0 ||
      inside.some(
        (x) => x.start < start || x.end > end || doc.entities.get(x.entity)?.label !== 'Country',
      )
    )
      continue;
    for (const x of inside) x.nested = true;
    const e = newEntity(doc, ctx, doc.text.slice(start, end), 'Location');
    addMention(doc, e, start, end, 'name', 0.7);
  }
}

/**
 * NBC's "Meet the Press with Claire Ambrose": a programme title that carries its host. The host
 * is a person of the article (later "Ambrose pressed him" is her); the programme is the words
 * before "with" (events.ts).
 */
const TITLE_HOST =
  /(?:['’]s\s+|\bon\s+)["“](?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|the|of|and|a|in|on|at|for|to)){0,4}?\s+with\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})[,.]?["”]/gu;

function hostsInTitles(doc: Doc, ctx: DraftContext): void {
  for (const m of doc.fold.matchAll(TITLE_HOST)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    const end = start + m[1]!.length;
    const network = doc.mentions.some(
      (x) =>
        x.end <= m.index + 3 &&
        m.index + 3 - x.end < 40 &&
        doc.entities.get(x.entity)?.label === 'Outlet',
    );
    if (!network || covered(doc, start, end)) continue;
    const host = newEntity(doc, ctx, doc.text.slice(start, end), 'Person');
    addMention(doc, host, start, end, 'name', 0.6);
  }
}

/**
 * "I'm Maya Adeyinka.", "I'm Paul Derrick, and this is …": a host or a guest who says who they
 * are names a person (a broadcast transcript's first turn; compromise knows few surnames and
 * not every first name). Two or three capitalised words, then a stop, a comma or "and".
 */
const SELF_INTRODUCED =
  /(?<![\p{L}])I(?:['’]m|[ \t]+am)[ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2})(?=[ \t]*(?:[.,!;]|and\b|$))/gmu;

function selfIntroduced(doc: Doc, ctx: DraftContext): void {
  for (const m of doc.fold.matchAll(SELF_INTRODUCED)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    const end = start + m[1]!.length;
    if (covered(doc, start, end)) continue;
    const who = newEntity(doc, ctx, doc.text.slice(start, end), 'Person');
    addMention(doc, who, start, end, 'name', 0.6);
  }
}

/**
 * A body whose name holds a place or an outlet the gazetteer has already taken: "the Middle East
 * Policy Council", "the Corbett Council on Foreign Affairs", "the Washington Institute for Near
 * East Policy". The whole run, up to a body's head noun and an "on/for/of …" complement, is one
 * organisation; the place or outlet inside it is no mention of its own. Countries, people and
 * organisations inside are left alone ("the Russian Security Council" is the bodies stage's).
 */
const BODY_WITH_PLACE =
  /(?<!\p{Lu}[\p{L}'’.-]*\s+)(?<![\p{L}'’-])(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}?(?:Council|Institute|Center|Centre|Foundation|Endowment|Forum|University|College|School|Program|Project|Initiative)\b(?:\s+(?:on|for|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,4})?/gu;

function bodiesAroundPlaces(doc: Doc, ctx: DraftContext): void {
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]?.heading && !statementTitle(doc, s)) continue;
    const text = doc.fold.slice(s.start, s.end);
    BODY_WITH_PLACE.lastIndex = 0;
    for (let m = BODY_WITH_PLACE.exec(text); m; m = BODY_WITH_PLACE.exec(text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      // The run must open after a lower-case word, a comma or the sentence start: not inside a
      // longer capitalised run ("Senate Foreign Relations Committee Chairman …").
      const inside = doc.mentions.filter((x) => x.start < end && start < x.end);
      if (inside.length === 0) continue;
      // A country's name inside, not opening it, is part of the name too ("the Carnegie
      // Russia Eurasia Center"); one opening it ("the Iran Project") is left alone.
      const ok = inside.every(
        (x) =>
          x.start >= start &&
          x.end <= end &&
          (['Location', 'Outlet'].includes(doc.entities.get(x.entity)?.label ?? '') ||
            (doc.entities.get(x.entity)?.label === 'Country' &&
              x.start > start &&
              x.kind !== 'demonym')),
      );
      // The place must not open the name as a possessive ("Iran's Foreign Policy Council").
      if (!ok || /['’]s\s/.test(m[0])) continue;
      doc.mentions = doc.mentions.filter((x) => !inside.includes(x));
      const body = newEntity(doc, ctx, doc.text.slice(start, end), 'Organization');
      addMention(doc, body, start, end, 'name', 0.7);
    }
  }
}

/**
 * "The Moscow Times", "the Tehran Times", "the Harbor Times": an outlet the gazetteer knows by
 * its bare head ("The Times") preceded by capitalised words is another outlet, named by the
 * whole run; a capital or a place inside it is no mention of its own ("Moscow Times" is not
 * Russia). The run opens after "the", a lower-case word or a line start.
 */
function outletsNamedBeforeHead(doc: Doc, ctx: DraftContext): void {
  for (const m of [...doc.mentions]) {
    const e = doc.entities.get(m.entity);
    const surface = doc.text.slice(m.start, m.end);
    if (e?.label !== 'Outlet' || /\s/.test(surface) || !OUTLET_HEAD.test(surface)) continue;
    const before = /(?:^|[^\p{L}'’.-])((?:\p{Lu}[\p{L}'’-]*\.?[ ]){1,3})$/u.exec(
      doc.fold.slice(Math.max(0, m.start - 60), m.start),
    );
    if (!before) continue;
    let run = before[1]!;
    // "The" opens the name, it is not part of it.
    const the = /^the\s/i.exec(run);
    if (the) run = run.slice(the[0].length);
    if (!run.trim()) continue;
    const start = m.start - run.length;
    // The word before must not be capitalised itself (a longer name: left alone).
    const prev = doc.fold.slice(Math.max(0, start - (the ? the[0].length : 0) - 2), start);
    if (/\p{Lu}[\p{L}'’.-]*\s$/u.test(prev) && !the) continue;
    const inside = doc.mentions.filter((x) => x !== m && x.start < m.start && start < x.end);
    const ok = inside.every(
      (x) =>
        x.start >= start &&
        ['Location', 'Country'].includes(doc.entities.get(x.entity)?.label ?? '') &&
        x.kind !== 'demonym',
    );
    if (!ok || /^(?:In|On|At|By|From|For|With|And|But|As|If|When|While|After|Before)\s/.test(run))
      continue;
    doc.mentions = doc.mentions.filter((x) => x !== m && !inside.includes(x));
    const outlet = newEntity(doc, ctx, doc.text.slice(start, m.end), 'Outlet');
    addMention(doc, outlet, start, m.end, 'name', 0.7);
  }
}

/**
 * "told the state broadcaster Rossiya 24", "told France 24 on Wednesday", "told Channel 4 News",
 * "on BBC Radio 4": a broadcaster whose name ends in a channel number. The number is part of the
 * name (not "Rossiya", not the country France), where a cue of telling or appearing, or a
 * kind of outlet, stands right before it, or its first word is a channel word ("Channel 4").
 * A month or a weekday before a number is a date ("Aug 13", "March 24"), never a name.
 */
const NUMBERED_OUTLET =
  /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’-]*\s+){1,2}?)(\d{1,3})(?:\s+(News|Radio|TV|Television))?(?![\p{L}\d%:,.-]*\d)/gu;
const NUMBER_CUE =
  /\b(?:told|telling|tells|interview (?:with|on)|interviewed by|appear(?:ed|ing|s)? on|speaking (?:to|on|with)|spoke (?:to|on|with)|talking to|said on|says on|aired on|broadcast(?:er)?|channel|station|network|television|tv|radio|outlet)\s+(?:the\s+)?(?:(?:state(?:-run|-owned)?|public|private|national|official|news)\s+)?(?:(?:broadcaster|channel|station|network|television|tv|radio)\s+)?$/i;
const CHANNEL_WORD = /^(?:channel|radio|kanal|canal|tv|rete|antenna|rai|ntv|rtl)$/i;
const NOT_A_NAME =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|no|number|article|resolution|section|chapter|flight|route|room|page|phase|level|title|day|week|year|district|ward|gate|terminal|pier|berth)$/i;

function outletsWithNumbers(doc: Doc, ctx: DraftContext): void {
  for (const s of doc.sentences) {
    const text = doc.fold.slice(s.start, s.end);
    NUMBERED_OUTLET.lastIndex = 0;
    for (let m = NUMBERED_OUTLET.exec(text); m; m = NUMBERED_OUTLET.exec(text)) {
      const words = m[1]!.trim().split(/\s+/);
      if (words.some((w) => NOT_A_NAME.test(w.replace(/\.$/, '')))) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      // After the number: the end of a clause or a word that goes on the sentence ("on
      // Wednesday", "that", "'s"), not a quantity ("24 hours", "4 percent").
      const after = doc.fold.slice(end, end + 14);
      if (
        !/^(?:['’]s\b|\s*[,.;:!?)"”]|\s*$|\s+(?:on|in|that|at|about|last|this|earlier|late|early|during|and|when|while|before|after|the|news|program|programme|show|interview|said|reported|aired)\b)/i.test(
          after,
        )
      )
        continue;
      const before = doc.fold.slice(Math.max(s.start, start - 60), start);
      if (
        !NUMBER_CUE.test(before) &&
        !MEDIA_KIND_BEFORE.test(before) &&
        !CHANNEL_WORD.test(words[words.length - 1]!)
      )
        continue;
      // A registry or earlier name reaching outside the span is left alone; a place or a
      // country inside it ("France" of "France 24") is no mention of its own.
      const inside = doc.mentions.filter((x) => x.start < end && start < x.end);
      if (
        inside.some(
          (x) =>
            x.start < start ||
            x.end > end ||
            !['Country', 'Location', 'Outlet'].includes(doc.entities.get(x.entity)?.label ?? ''),
        )
      )
        continue;
      doc.mentions = doc.mentions.filter((x) => !inside.includes(x));
      const outlet = newEntity(doc, ctx, doc.text.slice(start, end), 'Outlet');
      addMention(doc, outlet, start, end, 'name', 0.65);
    }
  }
}

/**
 * "Pentagon spokesman Jordan Petrie", "Defense Minister Israel Katz": a country's name right
 * after a role word and right before a capitalised surname is a first name; the country
 * mention is dropped so that the run of capitals names the person.
 */
const ROLE_RIGHT_BEFORE =
  /\b(?:spokes(?:man|woman|person)|secretary|minister|adviser|advisor|aide|official|ambassador|envoy|senator|sen\.|rep\.|gen\.|col\.|adm\.|director|chief|analyst|correspondent|reporter|host|anchor)\s+$/i;

function countriesAsFirstNames(doc: Doc): void {
  doc.mentions = doc.mentions.filter((m) => {
    if (doc.entities.get(m.entity)?.label !== 'Country' || m.kind === 'demonym') return true;
    if (!ROLE_RIGHT_BEFORE.test(doc.fold.slice(Math.max(0, m.start - 16), m.start))) return true;
    const next = /^ (\p{Lu}\p{Ll}[\p{L}'’-]+)\b(?!['’]s)/u.exec(doc.fold.slice(m.end, m.end + 30));
    return !next || covered(doc, m.end + 1, m.end + 1 + next[1]!.length);
  });
}

export function findNewNames(doc: Doc, ctx: DraftContext): void {
  countriesAsFirstNames(doc);
  outletsWithNumbers(doc, ctx);
  outletsNamedBeforeHead(doc, ctx);
  bodiesAroundPlaces(doc, ctx);
  watersNamedForCountries(doc, ctx);
  hostsInTitles(doc, ctx);
  selfIntroduced(doc, ctx);
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]?.heading && !statementTitle(doc, s)) continue;
    const tokens = sentenceTokens(doc, s.index);
    // A speaker header ("Rachel Tamsin, Deputy Department Spokesperson") names one person: its
    // title after the comma is no name.
    const header =
      doc.paragraphs[s.paragraph]?.heading && SPEAKER_HEADER.test(doc.fold.slice(s.start, s.end))
        ? s.start + doc.fold.slice(s.start, s.end).indexOf(',')
        : undefined;
    for (const run of runsOf(doc, tokens)) {
      const start = run.tokens[0]!.start;
      if (header !== undefined && start > header) continue;
      let end = run.tokens[run.tokens.length - 1]!.end;
      let name = doc.text.slice(start, end);
      // Fox News Channel's "Special Report": a quoted title after a possessive or "on" is a
      // programme's name (events.ts), not a person titled "Special".
      const from = run.title[0]?.start ?? start;
      if (
        /(?:['’]s|\bon)\s+["“]$/.test(doc.fold.slice(Math.max(0, from - 6), from)) &&
        /^[,.]?["”]/.test(doc.fold.slice(end, end + 2))
      )
        continue;
      // "Sen. Jane Roe, R-S.C., who …", "(D-Calif.)": a party-and-state tag is no name.
      if (/^[RDI]-?[A-Z][A-Za-z]{0,4}\.?(?:[A-Z]\.?)?$|^[RDI]-[A-Z]/.test(name.trim())) continue;
      const surname = sameSurname(doc, name);
      if (surname) {
        addMention(doc, surname, start, end, 'surname', 0.8);
        continue;
      }
      const label = classify(doc, run, tokens, s.start);
      if (!label) continue;
      // "Rep. Joaquin Delgado of California": a person's name ends before "of" (a home state or
      // a town follows); bodies keep theirs ("Bank of England").
      const of = run.tokens.findIndex((t, k) => k >= 2 && t.lower === 'of');
      if (label === 'Person' && of > 0) {
        run.tokens = run.tokens.slice(0, of);
        end = run.tokens[run.tokens.length - 1]!.end;
        name = doc.text.slice(start, end);
      }
      const title = run.title.length
        ? doc.text.slice(run.title[0]!.start, run.title[run.title.length - 1]!.end)
        : undefined;
      // "Russia's Defense Ministry" is the Russian Defense Ministry, not any defense ministry.
      let full = name;
      if (label === 'Organization') {
        const owner = doc.mentions.find(
          (m) =>
            m.end <= start &&
            /^['’]s\s+$/.test(doc.fold.slice(m.end, start)) &&
            doc.entities.get(m.entity)?.label === 'Country',
        );
        let adj = owner
          ? COUNTRIES.find((c) => nameKey(c.name) === nameKey(doc.entities.get(owner.entity)!.name))
              ?.adjective[0]
          : undefined;
        // "Russian Foreign Ministry spokeswoman", "the Chinese Defence Ministry": the demonym
        // the country stage took is part of the body's name (not any foreign ministry).
        const demonym = doc.mentions.find(
          (m) =>
            m.end <= start &&
            /^[ \t]+$/.test(doc.fold.slice(m.end, start)) &&
            doc.entities.get(m.entity)?.label === 'Country',
        );
        const surface = demonym ? doc.text.slice(demonym.start, demonym.end) : '';
        if (
          !adj &&
          demonym &&
          /^\p{Lu}\p{Ll}+$/u.test(surface) &&
          GOVERNMENT_BODY.test(name) &&
          COUNTRIES.some(
            (c) =>
              nameKey(c.name) === nameKey(doc.entities.get(demonym.entity)!.name) &&
              c.adjective.some((a) => a === surface),
          )
        )
          adj = surface;
        if (adj && !name.startsWith(adj)) full = `${adj} ${name}`;
        // "The Russian Embassy in Copenhagen": an embassy or consulate keeps the city it is in
        // (the place the bodies stage reads for a capital it knows).
        const place =
          /^(?:Embassy|Consulate(?: General)?)$/.test(name) && adj
            ? /^[ \t]+in[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)\b/u.exec(
                doc.text.slice(end, end + 40),
              )
            : null;
        if (place) full = `${full} in ${place[1]}`;
        // The demonym is inside the body's name: the body, not the country, is the actor there.
        if (demonym && adj === surface && full !== name) demonym.nested = true;
        // "the Guards" alone (no country before it): the one body named before that ends so.
        const short = full === name && !demonym ? shortFormOf(doc, name, start) : undefined;
        if (short) {
          addMention(doc, short, start, end, 'name', 0.65);
          continue;
        }
      }
      const entity = newEntity(
        doc,
        ctx,
        full,
        label,
        full !== name ? { aliases: [name.replace(/\s+/g, ' ')] } : title ? { role: title } : {},
      );
      addMention(doc, entity, start, end, 'name', 0.7, run.title[0]?.start);
    }
  }
}

/**
 * "the Guards" after "Iran's Revolutionary Guards", "the Committee" after "the House
 * Intelligence Committee", "the Times" after "The New York Times": a body's or a paper's head
 * noun alone, capitalised, is the one body named before
 * whose name (or alias) ends with it; two such bodies: neither.
 */
function shortFormOf(doc: Doc, name: string, at: number): DocEntity | undefined {
  const key = nameKey(name);
  if (key.includes(' ')) return undefined;
  const fits = new Set<string>();
  for (const m of doc.mentions) {
    if (m.start >= at) continue;
    const e = doc.entities.get(m.entity);
    // "the Times" after "The New York Times", "the Journal" after "The Wall Street Journal".
    if (e?.label !== 'Organization' && e?.label !== 'Outlet') continue;
    const forms = [e.name, ...e.aliases].map(nameKey).filter((f) => f.includes(' '));
    if (forms.some((f) => f.endsWith(` ${key}`))) fits.add(e.id);
  }
  return fits.size === 1 ? doc.entities.get([...fits][0]!) : undefined;
}

/**
 * "Statement of the Embassy of Iran in Moscow … The Embassy categorically rejects …": a body's
 * bare head noun ("the Embassy", "the Ministry") is the one body of the article whose name has
 * that head, not a body of its own. Run once the names are found, before anything relates them.
 */
export function foldBareHeads(doc: Doc): void {
  for (const bare of [...doc.entities.values()]) {
    if (bare.label !== 'Organization' || bare.status !== 'new' || !GENERIC_HEAD.test(bare.name))
      continue;
    const head = nameKey(bare.name);
    const fuller = [...doc.entities.values()].filter(
      (e) =>
        e.id !== bare.id &&
        e.label === 'Organization' &&
        nameKey(e.name).split(' ').includes(head) &&
        doc.mentions.some((m) => m.entity === e.id),
    );
    if (fuller.length !== 1) continue;
    const into = fuller[0]!;
    const spans = doc.mentions.filter((m) => m.entity === into.id);
    doc.mentions = doc.mentions.flatMap((m) => {
      if (m.entity !== bare.id) return [m];
      // Inside the fuller name's own mention ("Embassy" of "Embassy of Iran"): nothing new.
      if (spans.some((x) => x.start <= m.start && m.end <= x.end)) return [];
      return [{ ...m, entity: into.id, kind: 'descriptor' as const }];
    });
    doc.entities.delete(bare.id);
  }
}

/**
 * "The New York Times reported … the Times report": a paper's one-word short name (the
 * gazetteer's London "The Times") is the one paper named before whose name ends with it; two
 * such papers ("the Los Angeles Times" too): neither.
 */
export function foldPaperShortNames(doc: Doc): void {
  for (const short of [...doc.entities.values()]) {
    if (short.label !== 'Outlet' || short.status !== 'new') continue;
    const word = nameKey(short.name).replace(/^the /, '');
    if (word.includes(' ')) continue;
    const own = doc.mentions.filter((m) => m.entity === short.id);
    const first = Math.min(...own.map((m) => m.start));
    const fuller = [...doc.entities.values()].filter(
      (e) =>
        e.id !== short.id &&
        e.label === 'Outlet' &&
        nameKey(e.name).endsWith(` ${word}`) &&
        doc.mentions.some((m) => m.entity === e.id && m.start < first),
    );
    if (fuller.length !== 1 || own.length === 0) continue;
    const into = fuller[0]!;
    doc.mentions = doc.mentions.map((m) => (m.entity === short.id ? { ...m, entity: into.id } : m));
    doc.entities.delete(short.id);
  }
}

/** A body's head noun, which alone after "the" refers back to the body named with it. */
const GENERIC_HEAD =
  /^(?:Embassy|Ministry|Consulate|Mission|Committee|Commission|Council|Agency|Department|Secretariat)$/;

/**
 * "[Translated from Russian] Statement by the Russian Embassy in Tehran": a statement's title
 * line reads as a headline, but it names the issuer, whose name the body refers back to.
 */
const STATEMENT_TITLE =
  /^\s*(?:\[?[^\]\n]{1,40}\]\s*)?(?:(?:joint|official|press|public|formal)\s+)?(?:statement|communiqu[eé]|press release|declaration)\s+(?:of|by|from|issued by)\s/i;
/**
 * "Rachel Tamsin, Deputy Department Spokesperson": a briefing transcript's header names who
 * speaks under the label "MS TAMSIN:" below; it reads as a headline, but it names a person.
 */
const SPEAKER_HEADER =
  /^\s*(?:(?:Maj|Lt|Brig|Gen|Col|Adm|Rear Adm|Vice Adm|Capt|Cmdr|Amb|Dr|Mr|Ms|Mrs)\.?\s+){0,2}\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2},\s+(?:[\p{L}-]+\s+){0,4}(?:spokes(?:person|man|woman)|press secretary|secretary|director|ambassador|minister|adviser|advisor|envoy|coordinator|commander|chief)\b[^\n]{0,40}$/iu;
function statementTitle(doc: Doc, s: Sentence): boolean {
  const text = doc.fold.slice(s.start, s.end);
  return (
    (s.index <= 2 && STATEMENT_TITLE.test(text)) || (s.index <= 4 && SPEAKER_HEADER.test(text))
  );
}

/** Particles that open a family name of two or more words ("Van Hollen", "bin Farhan"). */
const SURNAME_PARTICLE =
  /^(?:van|von|de|del|della|der|di|da|dos|du|la|le|al|el|bin|ibn|abu|ten|ter|st\.?|mac|mc|o)$/;

/**
 * "Peskov" after "Dmitry Peskov", "Van Hollen" after "Chris Van Hollen": the same new person.
 * A surname of several words must open with a particle, so that "Chris Van Hollen" gives
 * "Van Hollen" but a first-and-last name is never taken for the tail of a longer one.
 */
function sameSurname(doc: Doc, name: string) {
  const key = nameKey(name);
  const words = key.split(' ');
  if (words.length > 1 && !SURNAME_PARTICLE.test(words[0]!)) return undefined;
  for (const e of doc.entities.values()) {
    if (e.label !== 'Person') continue;
    const parts = nameKey(e.name).split(' ');
    if (parts.length > words.length && parts.slice(parts.length - words.length).join(' ') === key)
      return e;
  }
  return undefined;
}
