/**
 * Strikes as events: "Two Iranian drones hit a fuel depot at Bahrain's Sitra port early on
 * Thursday", "Iranian missiles struck an oil terminal in the Emirati port of Fujairah", "a drone
 * hit a warehouse near the Omani port of Duqm", "missiles struck a depot at Ras Laffan in Qatar".
 * A weapon noun with a strike verb (or "a strike on …") makes an Event named for its place and
 * weapon ("Fujairah missile strike"), or the registry's event of that day and place; the
 * attacker named before the weapon ("Iranian drones") PARTICIPATED_IN it; it OCCURRED_IN the
 * place the clause names, and that place is LOCATED_IN the country the clause gives it
 * ("Bahrain's", "the Omani port of", ", Qatar"). A source that says or reports it in the same
 * sentence REPORTED it; "X claimed (responsibility for) the attack" and "X said they had
 * targeted …" make X a participant; "the attack" later in the article is that event.
 */
import type { DraftContext } from './context';
import { type Doc, type DocEntity, type Mention, type Sentence } from './document';
import { dateNear } from './dates';
import {
  addMention,
  covered,
  entityForKey,
  existingEntity,
  newEntity,
  slugify,
  sortMentions,
} from './entities';
import { COUNTRIES } from './lexicon';
import { eventNamed } from './events';
import { relate } from './relate';
import { isActor, mentionsOf } from './syntax';

/**
 * What a strike hit, when it is American forces: a ship by its "USS" name ("the destroyer USS
 * Mason"), or troops, forces, sailors. ("a U.S. supply ship" is left to the country, as the
 * golds of rounds 3 and 18 read it.)
 */
const US_FORCES =
  /^\s+(?:(?:the|a|an|two|three)\s+)?(?:(?:u\.s\.|us|american)\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|sailors|marines|personnel|service members|servicemembers|base|outpost|warship|destroyer|frigate|cruiser|carrier|(?:supply |cargo |navy )?ship|(?:patrol )?boat|cutter|vessel|logistics hub)\b|(?:[\w-]+\s+){0,2}?(?:uss|usns)\s+[a-z])/;
/**
 * "…, killing three American soldiers", "killed three U.S. soldiers and wounded 19 others",
 * "wounding four U.S. service members": the strike's dead or wounded are American troops.
 * (Contractors, civilians and crews of merchant ships are not the U.S. military.)
 */
const US_CASUALTIES =
  /\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:at\s+least\s+)?(?:[\w-]+\s+)?(?:u\.s\.|us|american)\s+(?:[\w-]+\s+)?(?:troops|soldiers?|sailors?|marines?|airm[ae]n|personnel|service members?|servicemembers?)\b|\b(?:u\.s\.|us|american)\s+(?:[\w-]+\s+)?(?:troops|soldiers|sailors|marines|airmen|personnel|service members|servicemembers)\s+(?:were|was|had been|have been|has been)\s+(?:killed|wounded|injured|hurt)\s+(?:in|by)\b|\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:at\s+least\s+)?(?:[\w-]+\s+)?(?:sailors|troops|soldiers|marines|crew members|service members)\s+(?:aboard|on board|on)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:uss|usns)\s/;

const WEAPON =
  '(?:ballistic |cruise |attack |suicide |kamikaze |hypersonic |anti-ship |fighter )?(missile|drone|rocket|warplane|jet|bomber|aircraft|artillery shell|shell|projectile|uav)s?';
// The present of a timeline or a live blog ("Iranian drones strike the ship", "a missile hits
// a depot"); "strike(s)" only before a determiner, where it cannot be the noun ("drone strikes
// on shipping").
const VERB =
  '(?:struck|hit|hits|slammed into|crashed into|tore into|ripped into|ploughed into|plowed into|targeted|attacked|bombed|shelled|damaged|destroyed|set fire to|strikes?(?=\\s+(?:the|a|an|two|three|several)\\s))';
/** "Iranian missiles struck", "a drone hit", "two drones also hit". */
const WEAPON_STRIKE = new RegExp(
  `\\b${WEAPON}\\s+(?:(?:also|reportedly|allegedly|then|later|apparently|had|have|has)\\s+){0,2}${VERB}\\b`,
  'g',
);
/**
 * "Iranian forces fired two anti-ship missiles at a U.S. destroyer": the weapon after the verb;
 * the strike is the verb's, and what follows "at" is the target.
 */
const FIRED_AT = new RegExp(
  `\\b(?:fired|launched)\\s+(?:(?:a|an|two|three|four|five|six|several|multiple|dozens of|a salvo of|a barrage of|\\d+)\\s+)?${WEAPON}\\s+(?:at|toward|towards|on)\\b`,
  'g',
);
/**
 * "U.S. Central Command said its forces had struck …", "the ministry said their jets hit …":
 * a body's own forces strike; the body that says so is the attacker.
 */
const OWN_FORCES_STRIKE =
  /\b(?:its|their)\s+(?:own\s+)?(forces|troops|aircraft|jets|fighter jets|warplanes|warships|navy|military|units)\s+(?:(?:had|have|has)\s+)?(?:also\s+)?(?:struck|hit|bombed|attacked|targeted)\b/g;

/**
 * "helped Iranian forces strike a U.S. Navy supply ship in the Red Sea", "Iran's forces hit
 * a depot": forces as the subject of a strike verb (never after a modal or a plan).
 */
const FORCES_STRIKE =
  /\b(?:forces|troops|units|gunboats|fighters)\s+(?:(?:also|reportedly|allegedly|had|have|has)\s+){0,2}(?:strike|struck|hit|attacked|targeted)(?=\s+(?:the|a|an|two|three|several|u\.s\.|us|american)\s)/g;
const NOT_YET =
  /\b(?:could|would|might|may|will|can|shall|plans?|planned|planning|threat\w*|able|ready|prepared|if|whether|unless)\b/;

const ORDINAL =
  /\b(?:first|second|third|fourth|fifth|sixth|latest|last|deadliest|largest|biggest|worst|heaviest|most)\b/;
const HYPOTHETICAL_BEFORE =
  /\b(?:warn(?:ed|s|ing)?\s+(?:of|against)|threat(?:en(?:ed|s|ing)?)?(?:\s+of)?|plan(?:s|ned|ning)?(?:\s+for)?|prepar(?:e|es|ed|ing)\s+for|risk\s+of|fears?\s+of|feared|possibility\s+of|possible|future|any|would|could|might|will)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/;
const HYPOTHETICAL_AFTER =
  /^[^;]{0,100}?\b(?:could|would|might|may|will)\s+(?:not\s+)?(?:come|happen|follow|trigger|spark|provoke|escalate|draw|lead|be)\b/;

/** "a drone strike on", "an Iranian missile attack on". */
const NOUN_STRIKE = new RegExp(
  // One strike, with its determiner ("a drone strike on", "the attack on"); plural "strikes on
  // shipping" is a kind of act, not an event.
  // "last week's Iranian missile strike on …": a past week or month as the determiner; "the
  // Iranian drone strike that wounded four sailors aboard …": what it hit follows the relative.
  `\\b(?:a|an|the|this|that|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|yesterday's|(?:last|this) (?:week|weekend|month)'s)\\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\s+)?(?:[\\w-]+\\s+)??(?:(${WEAPON.replace('s?', '')}|air)\\s+)?(?:strike|attack)\\s+(?:on|against|in|at|near|that(?=\\s+(?:killed|wounded|injured|hit|struck|damaged|sank)\\b))\\b`,
  'g',
);

/** Kinds of place a strike hits, after a name: "Sitra port", "Al Udeid air base". */
const SITE =
  /^(?:port|air ?base|base|airport|terminal|oil terminal|refinery|harbou?r|naval base|depot|oil field|gas field|field|facility|complex|plant|island|province)$/i;
const SETTLEMENT = /^(?:port|city|town|village|island|province|region|district|capital|harbou?r)$/i;

const ACTOR_LABELS = new Set(['Country', 'Organization']);

function countryOfDemonym(doc: Doc, m: Mention): DocEntity | undefined {
  const e = doc.entities.get(m.entity);
  return e?.label === 'Country' ? e : undefined;
}

/** The place a strike clause names, with the country it lies in. */
interface Place {
  name: string;
  start: number;
  end: number;
  /** An entity already in the document (registry Location or Country). */
  entity?: DocEntity;
  country?: DocEntity;
  /** "the USNS Carver": a ship struck at sea names the strike but is no place. */
  vessel?: boolean;
}

/** Ship prefixes: "USS", "USNS", "HMS", "MV", "MT". */
const VESSEL = /^(?:USS|USNS|HMS|HMCS|MV|MT|INS|RFS|IRIS)\s+[A-Z]/;

const CAP_NAME = "[A-Z][\\w'’-]+(?:\\s+(?:al-|Al-|al |Al )?[A-Z][\\w'’-]+){0,2}";

function placeIn(doc: Doc, s: Sentence, from: number, to: number): Place | undefined {
  const text = doc.fold.slice(from, to);
  const ms = mentionsOf(doc, { start: from, end: to });
  const label = (m: Mention) => doc.entities.get(m.entity)?.label;
  // A registry place in the clause ("Kuwait's Shuaiba port"): that place.
  // "the USNS Mercer Bay": a ship the name stage took for a place is none.
  const known = ms.find(
    (m) => label(m) === 'Location' && !VESSEL.test(doc.fold.slice(m.start, m.end)),
  );
  if (known) {
    const owner =
      ms.find((m) => label(m) === 'Country' && m.end <= known.start && known.start - m.end < 4) ??
      // "the Iranian port of Bandar Lengeh": the demonym before the kind of settlement.
      ms.find(
        (m) =>
          label(m) === 'Country' &&
          m.kind === 'demonym' &&
          m.end <= known.start &&
          new RegExp(`^\\s+(?:\\w+)\\s+of\\s+$`).test(doc.fold.slice(m.end, known.start)) &&
          SETTLEMENT.test(doc.fold.slice(m.end, known.start).trim().split(/\s+/)[0]!),
      ) ??
      // "the port of Salalah in Oman", "Duqm, Oman": the country right after the place.
      ms.find(
        (x) =>
          x.start >= known.end &&
          label(x) === 'Country' &&
          /^(?:,|\s+in)\s+(?:the\s+)?$/.test(doc.fold.slice(known.end, x.start)),
      );
    return {
      name: doc.entities.get(known.entity)!.name,
      start: known.start,
      end: known.end,
      entity: doc.entities.get(known.entity)!,
      ...(owner ? { country: doc.entities.get(owner.entity)! } : {}),
    };
  }
  // "the Emirati port of Fujairah": a demonym, a kind of settlement, "of" and the name.
  // "The port of Duqm in Oman": no demonym, the country after "in".
  const settle = new RegExp(
    `\\b[Tt]he\\s+(?:([A-Z][\\w-]+)\\s+)?(\\w+)\\s+of\\s+(${CAP_NAME})`,
  ).exec(text);
  if (settle && SETTLEMENT.test(settle[2]!)) {
    const at = from + settle.index + settle[0].length - settle[3]!.length;
    const dem = settle[1] ? ms.find((m) => m.start === from + settle.index + 4) : undefined;
    const then = ms.find(
      (x) =>
        x.start >= at + settle[3]!.length &&
        label(x) === 'Country' &&
        /^(?:,|\s+in)\s+(?:the\s+)?$/.test(doc.fold.slice(at + settle[3]!.length, x.start)),
    );
    const country = dem
      ? countryOfDemonym(doc, dem)
      : then
        ? doc.entities.get(then.entity)
        : undefined;
    return {
      name: settle[3]!,
      start: at,
      end: at + settle[3]!.length,
      ...(country ? { country } : {}),
    };
  }
  // "Bahrain's Sitra port", "Qatar's Ras Laffan terminal": a country's named site.
  for (const c of ms.filter((m) => label(m) === 'Country')) {
    const rest = doc.fold.slice(c.end, to);
    const site = new RegExp(`^['’]s\\s+(${CAP_NAME})\\s+((?:air |naval |oil |gas )?\\w+)`).exec(
      rest,
    );
    if (site && SITE.test(site[2]!)) {
      const start = c.end + rest.indexOf(site[1]!);
      const name = `${site[1]} ${site[2]}`;
      return { name, start, end: start + name.length, country: doc.entities.get(c.entity)! };
    }
    // "Bahrain's capital Manama", "Oman's port of Duqm": the settlement named after its kind.
    const town = new RegExp(`^['’]s\\s+(\\w+)\\s+(?:of\\s+)?(${CAP_NAME})`).exec(rest);
    if (town && SETTLEMENT.test(town[1]!)) {
      const name = town[2]!.replace(/['’]s$/, '');
      const start = c.end + town[0].length - town[2]!.length;
      return { name, start, end: start + name.length, country: doc.entities.get(c.entity)! };
    }
  }
  // "struck Camp Arifjan in Kuwait", "hit the Harir air base in Iraq's Kurdistan region": a
  // named base or site right after the verb is the place, in the country named after "in".
  const object = new RegExp(
    `^\\s+(?:the\\s+)?((?:Camp|Fort|Naval Station|Naval Support Activity)\\s+${CAP_NAME}|${CAP_NAME}\\s+(?:[Aa]ir ?[Bb]ase|[Aa]ir [Ff]ield|[Aa]irfield|[Nn]aval [Bb]ase|[Bb]ase|[Oo]utpost|[Cc]amp))\\b`,
  ).exec(text);
  if (object) {
    const start = from + object[0].length - object[1]!.length;
    const end = start + object[1]!.length;
    const inside = ms.filter((x) => x.start < end && x.end > start);
    if (inside.every((x) => guessedPerson(doc, x) || label(x) === 'Organization')) {
      if (inside.length) {
        doc.mentions = doc.mentions.filter((x) => !inside.includes(x));
        for (const x of inside)
          if (!doc.mentions.some((y) => y.entity === x.entity)) doc.entities.delete(x.entity);
      }
      // "Ain al-Asad air base in western Iraq": a region of the country after the base too.
      const country = ms.find(
        (x) =>
          x.start >= end &&
          label(x) === 'Country' &&
          (/^(?:,|\s+in)\s+(?:the\s+)?$/.test(doc.fold.slice(end, x.start)) ||
            REGION_OF.test(doc.fold.slice(end, x.start))),
      );
      return {
        name: object[1]!.replace(/\s+/g, ' '),
        start,
        end,
        ...(country ? { country: doc.entities.get(country.entity)! } : {}),
      };
    }
  }
  // "at Ras Laffan in Qatar", "near Duqm, Oman", "in Fujairah": a capitalised name after a
  // preposition that is nobody and nothing else, with its country when one follows.
  // "off the coast of Oman", "off Fujairah": at sea by a country or port.
  const re = new RegExp(
    // "in northeastern Jordan": a region's adjective before the name.
    `\\b(?:in|at|near|outside|on|off(?:\\s+the\\s+coast\\s+of)?)\\s+(?:the\\s+)?(?:(?:north|south)?(?:east|west)?ern\\s+|central\\s+)?(${CAP_NAME})`,
    'g',
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = from + m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    let inside = ms.filter((x) => x.start < end && x.end > start);
    if (VESSEL.test(m[1]!)) continue;
    // "near Bandar Abbas": a two-word name the name stage guessed to be a person (no title, no
    // role) is, after a preposition of place in a strike's clause, a place.
    if (
      /^(?:near|outside)\b/.test(m[0]) &&
      inside.length > 0 &&
      inside.every((x) => guessedPerson(doc, x) && x.start === start && x.end === end)
    ) {
      doc.mentions = doc.mentions.filter((x) => !inside.includes(x));
      for (const x of inside) doc.entities.delete(x.entity);
      inside = [];
    }
    if (inside.some((x) => label(x) !== 'Country' && label(x) !== 'Location')) continue;
    if (
      /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/.test(
        m[1]!,
      )
    )
      continue;
    const country = inside.find((x) => label(x) === 'Country');
    // "Kuwait City", "Mexico City": a city named for its country lies in it.
    if (country && / City$/.test(m[1]!))
      return { name: m[1]!, start, end, country: doc.entities.get(country.entity)! };
    if (country) return { name: m[1]!, start, end, entity: doc.entities.get(country.entity)! };
    const after = doc.fold.slice(end, to);
    const then = ms.find(
      (x) =>
        x.start >= end &&
        label(x) === 'Country' &&
        /^(?:,|\s+in)\s+(?:the\s+)?$/.test(doc.fold.slice(end, x.start)),
    );
    void after;
    // "near Kermanshah in western Iran", "near Bandar Abbas on Iran's southern coast": the
    // country of a region or coast named right after the place.
    const region =
      then ??
      ms.find(
        (x) =>
          x.start >= end &&
          label(x) === 'Country' &&
          (REGION_OF.test(doc.fold.slice(end, x.start)) ||
            (COAST_OF.test(doc.fold.slice(end, x.start)) &&
              /^['’]s\s+(?:[a-z]+\s+){0,2}(?:coast|border|region|province|desert|mountains)\b/.test(
                doc.fold.slice(x.end, x.end + 40),
              ))),
      );
    return {
      name: m[1]!,
      start,
      end,
      ...(region ? { country: doc.entities.get(region.entity)! } : {}),
    };
  }
  // "the drone attack on the USNS Carver", "struck the tanker MV Nordic Star": no place named,
  // the ship names the strike.
  const ship =
    /\b((?:USS|USNS|HMS|HMCS|MV|MT|INS|RFS|IRIS)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/.exec(text);
  if (ship) {
    const start = from + ship.index;
    return { name: ship[1]!, start, end: start + ship[1]!.length, vessel: true };
  }
  return undefined;
}

/** "in western Iran", "in the north of Iraq": a region of the country after a place. */
const REGION_OF =
  /^\s+in\s+(?:(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)(?:\s+of)?\s+)$/i;
/** "on Iran's southern coast": the country whose coast or border follows the place. */
const COAST_OF = /^\s+(?:on|along|near)\s+$/i;

/** A new person whom no mention gives a title or a role. */
function untitled(doc: Doc, m: Mention): boolean {
  const e = doc.entities.get(m.entity);
  if (e?.label !== 'Person' || e.status !== 'new') return false;
  return doc.mentions
    .filter((x) => x.entity === e.id)
    .every(
      (x) =>
        !/\b(?:[A-Z][a-z]+\.|president|minister|secretary|spokes\w+|adviser|envoy|general|senator|commander|leader|chief)\s+$/i.test(
          doc.fold.slice(Math.max(0, x.start - 24), x.start),
        ),
    );
}

/** A person the name stage guessed from capitals alone: new, and nothing says who he is. */
function guessedPerson(doc: Doc, m: Mention): boolean {
  const e = doc.entities.get(m.entity);
  if (e?.label !== 'Person' || e.status !== 'new') return false;
  const others = doc.mentions.filter((x) => x.entity === e.id && x !== m);
  return (
    others.length === 0 &&
    !doc.relationships.some((r) => r.from === e.id || r.to === e.id) &&
    !/\b(?:[A-Z][a-z]+\.|president|minister|secretary|spokes\w+|adviser|envoy|general|senator)\s+$/i.test(
      doc.fold.slice(Math.max(0, m.start - 24), m.start),
    )
  );
}

/** The country or body named right before the weapon: "Iranian drones", "Iran's missiles". */
function attackerOf(doc: Doc, s: Sentence, weaponAt: number): DocEntity | undefined {
  const ms = mentionsOf(doc, { start: s.start, end: weaponAt }).filter((m) => isActor(doc, m));
  const m = ms[ms.length - 1];
  if (!m) return undefined;
  const gap = doc.fold.slice(m.end, weaponAt).toLowerCase();
  if (!/^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$/.test(gap) || /\b(?:on|at|in|against|of|to)\s/.test(gap))
    return undefined;
  const e = doc.entities.get(m.entity);
  return e && ACTOR_LABELS.has(e.label) ? e : undefined;
}

/**
 * "Wednesday's Iranian drone attack on …", "last week's Russian missile strike": the strike
 * named as a noun opens with its day, so the attacker's demonym or possessive is inside it.
 */
function attackerWithin(doc: Doc, start: number, end: number): DocEntity | undefined {
  const m = mentionsOf(doc, { start, end }).find(
    (x) =>
      isActor(doc, x) &&
      // Not the target: "the attack on Iran" names it after "on".
      !/\b(?:on|against|at|in|near|targeting)\s*$/i.test(doc.fold.slice(start, x.start)),
  );
  const e = m && doc.entities.get(m.entity);
  return e && ACTOR_LABELS.has(e.label) ? e : undefined;
}

/**
 * "U.S. forces had struck …", "Iranian forces strike …": the country whose forces they are (a
 * name stage may have read "U.S. forces" as the U.S. military; the country inside it is the
 * attacker, as the seeds' "U.S. and Israeli forces have been … destroying" is the United States').
 */
function forcesOf(doc: Doc, s: Sentence, at: number): DocEntity | undefined {
  const over = doc.mentions.filter((m) => m.start < at && at < m.end);
  const inside = doc.mentions.find(
    (m) =>
      over.some((o) => m.start >= o.start && m.end <= o.end) &&
      doc.entities.get(m.entity)?.label === 'Country',
  );
  if (inside) return doc.entities.get(inside.entity);
  const whole = over.find((m) => ACTOR_LABELS.has(doc.entities.get(m.entity)?.label ?? ''));
  return whole ? doc.entities.get(whole.entity) : attackerOf(doc, s, at);
}

/** "X said (on Thursday) that its forces had struck …": the body or country that says so. */
function ownForcesOf(doc: Doc, s: Sentence, lower: string, at: number): DocEntity | undefined {
  // "Central Command said the drone had been launched from Syria … and that its forces had
  // struck …": the second clause of what the body said is still its own.
  const lead =
    SOURCE_FIRST.exec(lower.slice(s.start, at)) ??
    (/^[^;]*?\s(?:said|says|announced|confirmed)\s[^;]*\band\s+that\s+$/.test(
      lower.slice(s.start, at),
    )
      ? /\s(?:said|says|announced|confirmed)\s/.exec(lower.slice(s.start, at))
      : null);
  if (!lead || /\b(?:not|never|denied|deny|whether|if)\b/.test(lower.slice(s.start, at)))
    return undefined;
  const src = mentionsOf(doc, { start: s.start, end: s.start + lead.index + 1 })
    .filter((m) => ['Organization', 'Country'].includes(doc.entities.get(m.entity)?.label ?? ''))
    .pop();
  return src ? doc.entities.get(src.entity) : undefined;
}

/** The country a dateline gives its city ("ERBIL, Iraq, Dec 1 (Reuters) -"), when it is the place. */
export function datelineCountry(doc: Doc, ctx: DraftContext, place: string): DocEntity | undefined {
  for (const d of doc.datelines) {
    const line = doc.fold.slice(d.start, d.end);
    const m = /^\s*([A-Z][A-Za-z'’ -]+?),\s+([A-Z][A-Za-z'’. -]+?)\s*(?:,|\()/.exec(line);
    if (!m || m[1]!.toLowerCase() !== place.split(/\s+/)[0]!.toLowerCase()) continue;
    const known = existingEntity(doc, ctx, slugify(m[2]!));
    if (known?.label === 'Country') return known;
    if (COUNTRIES.some((c) => c.name === m[2]))
      return entityForKey(doc, ctx, `lexicon:country:${m[2]}`);
  }
  return undefined;
}

/** The one war the registry knows the attacker to take part in, when the article speaks of it. */
function warOf(
  doc: Doc,
  ctx: DraftContext,
  attacker: DocEntity | undefined,
): DocEntity | undefined {
  if (!attacker || !/\bthe (?:war|conflict)\b/i.test(doc.fold)) return undefined;
  const wars = new Set<string>();
  for (const x of ctx.extractions)
    for (const r of x.relationships)
      if (r.type === 'PARTICIPATED_IN' && r.from === attacker.id) {
        const e = ctx.byId.get(r.to);
        if (e?.label === 'Event' && /\bwar\b/i.test(e.name)) wars.add(e.id);
      }
  return wars.size === 1 ? existingEntity(doc, ctx, [...wars][0]!) : undefined;
}

function placeEntity(doc: Doc, ctx: DraftContext, p: Place): DocEntity {
  if (p.entity) return p.entity;
  return newEntity(doc, ctx, p.name, 'Location');
}

const WEAPON_WORD: Record<string, string> = {
  jet: 'air',
  aircraft: 'air',
  warplane: 'air',
  bomber: 'air',
  uav: 'drone',
  'artillery shell': 'artillery',
  shell: 'artillery',
  projectile: 'missile',
};

/**
 * "Qatar's Al Udeid air base", "Bahrain's Sitra port": a country's named site is a place in
 * that country, whatever happens there (a strike, a visit, a drone shot down over it).
 */
function namedSites(doc: Doc, ctx: DraftContext): void {
  for (const c of doc.mentions) {
    if (c.nested || doc.entities.get(c.entity)?.label !== 'Country') continue;
    const rest = doc.fold.slice(c.end, c.end + 60);
    const site = new RegExp(
      `^['’]s\\s+(${CAP_NAME})\\s+((?:air |naval |oil |gas )?(?:base|port|airport|terminal|refinery|field|airfield|harbou?r))\\b`,
    ).exec(rest);
    if (!site) continue;
    const start = c.end + rest.indexOf(site[1]!);
    const name = `${site[1]} ${site[2]}`;
    const end = start + name.length;
    // "Al Udeid" taken for a person by the name stage: the site's noun says otherwise.
    const over = doc.mentions.filter((m) => m.start < end && start < m.end);
    const guessed = (m: Mention) => {
      const e = doc.entities.get(m.entity);
      return e?.label === 'Person' && e.status === 'new' && m.start >= start && m.end <= end;
    };
    if (over.length && !over.every(guessed)) continue;
    if (over.length) doc.mentions = doc.mentions.filter((m) => !over.includes(m));
    const s = doc.sentences.find((x) => x.start <= start && end <= x.end);
    if (!s) continue;
    const where = newEntity(doc, ctx, name, 'Location');
    addMention(doc, where, start, end, 'name', 0.6);
    relate(doc, {
      type: 'LOCATED_IN',
      from: where.id,
      to: c.entity,
      evidence: [s],
      confidence: 0.6,
      rule: 'place:site-of-country',
    });
  }
  sortMentions(doc);
}

/** A site a body owns: "a Revolutionary Guards drone depot", "an IRGC base", "Hezbollah's camp". */
const ORG_SITE =
  /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:depots?|bases?|sites?|headquarters|compounds?|camps?|facilit(?:y|ies)|launchers?|positions?|command cent(?:er|re)s?|warehouses?|barracks)\b/;
/** Ships of no state: a tanker or freighter hit off a port is no attack on the port's country. */
const MERCHANT =
  /\b(?:tankers?|cargo ships?|merchant|container ships?|bulk carriers?|freighters?|commercial (?:ship|vessel)s?)\b/;
/**
 * Sites that host other states' forces: a base in Qatar or a hub near Kuwait City hit is no
 * attack on Qatar or Kuwait by itself ("drone bases on Iran's southern coast" are Iran's).
 */
const HOST_SITE = /\b(?:air ?base|camp|outpost|garrison|hub)\b/;
/** What a strike on a country's soil hits: a site, not a ship or an abstraction. */
const LAND_SITE =
  /\b(?:depots?|terminals?|plants?|refiner(?:y|ies)|ports?|airports?|radars?|sites?|workshops?|warehouses?|factor(?:y|ies)|facilit(?:y|ies)|installations?|infrastructure|fields?|pipelines?|launchers?|bases?|stations?|city|town|village|buildings?|compounds?|headquarters)\b/;
/** Another owner named in the object: "two of the group's launch sites", "a militia depot". */
const OTHER_OWNER = /\b(?:group|militia|militias|rebels?|militants?|fighters)(?:['’]s)?\b/;

/**
 * What a strike hit, as the seeds record it (the 2026-03-06 and 2026-03-11 seeds: the Shuaiba
 * strike ATTACKED the U.S. military, whose service members it killed): American troops, sailors,
 * a U.S. ship or base, or dead and wounded American service members: the U.S. military; a site a
 * named body owns ("a Revolutionary Guards drone depot"): that body; else a site on land in a
 * country ("an oil terminal in the Emirati port of Fujairah", "launch sites near Kermanshah in
 * western Iran"): that country. `bare`: the place is the country itself ("struck Qatar").
 * Nothing for a tanker off a port, a base of unknown owner, or another group's sites.
 */
function victimOf(
  doc: Doc,
  ctx: DraftContext,
  s: Sentence,
  hit: { at: number; end: number },
  clauseEnd: number,
  place: Place,
  where: DocEntity | undefined,
  lower: string,
  passive: string | false,
): { id: string; bare?: boolean } | undefined {
  // What was hit: after the verb, or for a passive the subject before it ("A logistics hub
  // near Kuwait City was hit by a drone").
  const object = passive
    ? lower.slice(s.start, Math.max(hit.end, clauseEnd))
    : lower.slice(hit.end, Math.max(hit.end, clauseEnd));
  const unquoted = (from: number, to: number) => {
    let t = lower.slice(from, to);
    for (const q of doc.quotes)
      if (q.end > from && q.start < to)
        t =
          t.slice(0, Math.max(0, q.start - from)) +
          ' '.repeat(Math.min(to, q.end) - Math.max(from, q.start)) +
          t.slice(Math.min(to, q.end) - from);
    return t;
  };
  // "fired two missiles at Israel": the country fired at, when no American forces are named.
  const firedAt = /\b(?:at|toward|towards)$/.test(lower.slice(hit.at, hit.end))
    ? mentionsOf(doc, { start: hit.end, end: Math.min(clauseEnd, hit.end + 24) }).find(
        (m) => doc.entities.get(m.entity)?.label === 'Country',
      )?.entity
    : undefined;
  // "A U.S. Navy patrol boat was struck by …": for a passive, the subject is what was hit.
  const subject = passive ? /(?:^|,)\s*((?:the|a|an)\s+[^,;]{0,60})$/.exec(passive) : null;
  if (
    US_FORCES.test(lower.slice(hit.end, hit.end + 60)) ||
    (subject !== null && US_FORCES.test(` ${subject[1]}`)) ||
    US_CASUALTIES.test(unquoted(s.start, s.end))
  ) {
    const mil = existingEntity(doc, ctx, 'us-military');
    if (mil) return { id: mil.id };
  }
  if (firedAt) return { id: firedAt, bare: true };
  // "struck five sites in western Iraq used by Iran's Revolutionary Guards": sites a body uses,
  // runs or holds are that body's, not the country's they stand in.
  const usedBy = /\b(?:used|run|operated|controlled|held|manned|occupied)\s+by\s+/.exec(object);
  if (usedBy && !passive) {
    const from = hit.end + usedBy.index + usedBy[0].length;
    const user = lastActor(doc, from, Math.min(clauseEnd, from + 60));
    if (user && doc.entities.get(user.entity)?.label === 'Organization') return { id: user.entity };
  }
  const owner = mentionsOf(doc, { start: hit.end, end: clauseEnd }).find(
    (m) =>
      doc.entities.get(m.entity)?.label === 'Organization' &&
      /^\s+(?:(?:a|an|the|two|three|four|several|\d+)\s+)?$/.test(lower.slice(hit.end, m.start)) &&
      ORG_SITE.test(lower.slice(m.end, m.end + 40)),
  );
  if (owner) return { id: owner.entity };
  if (MERCHANT.test(object) || OTHER_OWNER.test(object)) return undefined;
  // "struck them off the Emirati port of Fujairah": at sea off a country, not on its soil.
  if (
    /\boff\s+(?:the\s+)?(?:coast\s+of\s+)?(?:[\w-]+\s+){0,3}$/.test(
      lower.slice(hit.end, place.start),
    )
  )
    return undefined;
  const country = place.country ?? (where?.label === 'Country' ? where : undefined);
  if (!country || HOST_SITE.test(`${object} ${place.name.toLowerCase()}`)) return undefined;
  // "Iranian missiles struck Qatar": the country itself is what was hit.
  if (!passive && !place.country && /^\s+(?:the\s+)?$/.test(lower.slice(hit.end, place.start)))
    return { id: country.id, bare: true };
  return LAND_SITE.test(object) ? { id: country.id } : undefined;
}

export function findStrikes(doc: Doc, ctx: DraftContext): void {
  namedSites(doc, ctx);
  const lower = doc.fold.toLowerCase();
  let last: DocEntity | undefined;
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]?.heading) continue;
    const text = lower.slice(s.start, s.end);
    const hits: {
      at: number;
      end: number;
      weapon: string;
      own?: boolean;
      noun?: boolean;
      forces?: boolean;
    }[] = [];
    WEAPON_STRIKE.lastIndex = 0;
    for (let m = WEAPON_STRIKE.exec(text); m; m = WEAPON_STRIKE.exec(text))
      hits.push({ at: s.start + m.index, end: s.start + m.index + m[0].length, weapon: m[1]! });
    FIRED_AT.lastIndex = 0;
    for (let m = FIRED_AT.exec(text); m; m = FIRED_AT.exec(text))
      hits.push({ at: s.start + m.index, end: s.start + m.index + m[0].length, weapon: m[1]! });
    OWN_FORCES_STRIKE.lastIndex = 0;
    for (let m = OWN_FORCES_STRIKE.exec(text); m; m = OWN_FORCES_STRIKE.exec(text))
      hits.push({
        at: s.start + m.index,
        end: s.start + m.index + m[0].length,
        weapon: /jets|aircraft|warplanes/.test(m[1]!) ? 'jet' : '',
        own: true,
      });
    FORCES_STRIKE.lastIndex = 0;
    for (let m = FORCES_STRIKE.exec(text); m; m = FORCES_STRIKE.exec(text))
      if (!NOT_YET.test(text.slice(0, m.index)))
        hits.push({
          at: s.start + m.index,
          end: s.start + m.index + m[0].length,
          weapon: '',
          forces: true,
        });
    NOUN_STRIKE.lastIndex = 0;
    for (let m = NOUN_STRIKE.exec(text); m; m = NOUN_STRIKE.exec(text))
      hits.push({
        at: s.start + m.index,
        // "the drone strike in Jordan": the preposition of place belongs to the place.
        end:
          s.start +
          m.index +
          m[0].length -
          (/\s(?:in|at|near)$/.test(m[0]) ? m[0].length - m[0].search(/\s(?:in|at|near)$/) : 0),
        weapon: m[1] ?? '',
        noun: true,
      });
    // "A logistics hub near Kuwait City was hit by a drone", "the port was struck on Sunday":
    // the passive puts the place before the verb and the weapon, if any, after "by".
    let passive:
      { place: Place; attacker?: DocEntity; weapon: string; subject: string } | undefined;
    if (hits.length === 0) passive = passiveStrike(doc, s, lower);
    if (passive) {
      const at = passive.place.start;
      hits.push({ at, end: passive.place.end, weapon: passive.weapon });
    }
    const hit = hits.filter(
      (h) =>
        !doc.quotes.some((q) => h.at >= q.start && h.at < q.end) &&
        // "asked whether Russian help had guided the Iranian drone strike that damaged …": a
        // strike told only inside a question is left to the registry's references.
        !(
          h.noun &&
          /\sthat$/.test(lower.slice(h.at, h.end)) &&
          /\b(?:whether|if)\b/.test(lower.slice(s.start, h.at))
        ) &&
        // "warned of a strike on a U.S. base", "a strike on Iran could come within days": an
        // attack named as a noun that is feared, planned or foreseen has not happened.
        // "The Guards said the attack on the base was retaliation": a definite strike on a
        // site named only by its kind is the strike just told, not a new one.
        !(
          h.noun &&
          last &&
          /^(?:the|this|that)\s/.test(lower.slice(h.at, h.end)) &&
          /^\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:base|port|depot|ship|vessel|boat|destroyer|tanker|terminal|refinery|facility|airport|camp|outpost|complex|plant|convoy)\b(?!\s+(?:of|at|in|near|uss|usns|hms|mv|mt)\s)/.test(
            lower.slice(h.end, h.end + 50),
          )
        ) &&
        !(
          h.noun &&
          // "It was the third attack on a U.S. base this month": the strike just told, counted.
          (ORDINAL.test(
            lower.slice(h.at, h.end).replace(/^(?:last|this) (?:week|weekend|month)'s/, ''),
          ) ||
            HYPOTHETICAL_BEFORE.test(lower.slice(s.start, h.at)) ||
            HYPOTHETICAL_AFTER.test(lower.slice(h.end, s.end)))
        ),
    )[0];
    // "the drone had been launched from Syria by X, …, and that its forces had struck …": who
    // carried out the last strike, told before this sentence's own strike.
    if (hit && last) carriedOutBy(doc, s, last, lower, hit.at);
    if (!hit) {
      if (last) {
        claimsOf(doc, s, last, lower);
        toldAgain(doc, ctx, s, last, lower);
      }
      continue;
    }
    // The clause: to the attribution ("…, the ministry said") or the sentence end.
    const rest = lower.slice(hit.end, s.end);
    const cut = rest.search(
      // The full stop of an initialism ("a U.S. Navy ship") ends no clause.
      /,\s+(?:the\s+|a\s+|an\s+)?[\w'.’ -]{0,60}?\b(?:said|says|reported|reports|announced|confirmed)\b|;|(?<!\b\w)\.\s|\s+in what\b|,\s+(?:dubbed|code-?named)\b/,
    );
    const clauseEnd = cut < 0 ? s.end : hit.end + cut;
    // "the drone strike in Jordan that killed three U.S. soldiers, an attack the Pentagon …":
    // the place is in the phrase after the preposition, not anywhere in the clause.
    const phraseEnd =
      hit.noun && /^\s(?:in|at|near)\b/.test(lower.slice(hit.end, hit.end + 6))
        ? (() => {
            const stop = lower
              .slice(hit.end, clauseEnd)
              .search(
                /,|\s(?:that|which|who|killing|wounding|injuring|killed|wounded|injured|left|on|last|this)\s/,
              );
            return stop < 0 ? clauseEnd : hit.end + stop;
          })()
        : clauseEnd;
    // "the Omani port of Khasab, which Iranian drones hit on Monday,": the weapon opens a
    // relative clause whose antecedent, before "which", is the place hit.
    const relative = /,\s*(?:which|that)\s+(?:[\w-]+\s+){0,3}$/.exec(lower.slice(s.start, hit.at));
    const place = passive
      ? passive.place
      : (placeIn(doc, s, hit.end, phraseEnd) ??
        (relative && !hit.noun ? placeIn(doc, s, s.start, s.start + relative.index) : undefined));
    const antecedent = !passive && !!relative && !!place && place.end <= hit.at;
    if (!place) {
      if (last) {
        claimsOf(doc, s, last, lower);
        hitAgain(doc, ctx, s, last, lower, hit);
      }
      continue;
    }
    // "Tehran denied that Iranian drones hit …", "asked whether Iranian missiles struck …": a
    // strike told under a denial, a question or a condition has no attacker on the text's word.
    const doubted =
      /\b(?:denied|denies|deny|denying|rejected|rejects|whether|if|would|could|might)\b/.test(
        lower.slice(s.start, hit.at),
      );
    const attacker = doubted
      ? undefined
      : passive
        ? passive.attacker
        : hit.own
          ? ownForcesOf(doc, s, lower, hit.at)
          : hit.forces
            ? forcesOf(doc, s, hit.at)
            : hit.noun
              ? (attackerWithin(doc, hit.at, hit.end) ?? attackerOf(doc, s, hit.at))
              : attackerOf(doc, s, hit.at);
    const date = dateNear(doc, s, hit.at, doc.quotes);
    const where = place.vessel ? undefined : placeEntity(doc, ctx, place);
    // "The Guards have said the Oct. 22 attack on Camp Arifjan, which wounded three U.S.
    // soldiers, was retaliation …": a definite strike noun on the place of the strike just told
    // is that strike again, not a new one (its day may be told only now).
    if (
      hit.noun &&
      last &&
      where &&
      /^(?:the|this|that)\s/.test(lower.slice(hit.at, hit.end)) &&
      doc.relationships.some(
        (r) => r.type === 'OCCURRED_IN' && r.from === last!.id && r.to === where.id,
      )
    ) {
      if (!covered(doc, hit.at, hit.end)) addMention(doc, last, hit.at, hit.end, 'event', 0.6);
      claimsOf(doc, s, last, lower);
      usForcesHit(doc, ctx, s, last, lower);
      continue;
    }
    const weapon = WEAPON_WORD[hit.weapon] ?? hit.weapon;
    // "struck the destroyer USS Halloway in the Gulf of Oman": a ship hit at sea names the
    // strike, as analysts name it (the sea is its place).
    const shipHit = place.vessel
      ? undefined
      : /\b((?:USS|USNS|HMS|HMCS|INS)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/.exec(
          doc.fold.slice(hit.end, clauseEnd),
        )?.[1];
    const label = shipHit ?? place.name;
    const plain = `${label} ${weapon ? `${weapon} ` : ''}strike`;
    // "in what the Pentagon called Operation Iron Harbor": the strike has a name of its own.
    const op = OPERATION_NAMED.exec(doc.fold.slice(hit.end, s.end));
    const ev = eventNamed(doc, ctx, op ? op[1]! : plain, op ? undefined : date);
    ev.strike = true;
    ev.occasion = false;
    // "struck two drone launch sites": several strikes, as an analyst would name them.
    const several =
      /^\s+(?:two|three|four|five|six|several|multiple|\d+)\s+(?:[\w-]+\s+){0,3}?[\w-]+s\b/.test(
        lower.slice(hit.end, clauseEnd),
      );
    const names = op ? [plain, `${label} strike`] : [`${label} strike`];
    if (shipHit) names.push(`${shipHit} attack`, `${shipHit} ${weapon ? `${weapon} ` : ''}attack`);
    if (several) names.push(`${label} strikes`);
    for (const alias of names)
      if (!ev.aliases.includes(alias) && ev.status === 'new') ev.aliases.push(alias);
    if (op) {
      const at = hit.end + op.index + op[0].length - op[1]!.length;
      // The name stage may have taken "Operation Iron Harbor" for a body: it is this event.
      const over = doc.mentions.filter((m) => m.start < at + op[1]!.length && at < m.end);
      doc.mentions = doc.mentions.filter((m) => !over.includes(m));
      addMention(doc, ev, at, at + op[1]!.length, 'name', 0.7);
    }
    if (where && !place.entity && !covered(doc, place.start, place.end))
      addMention(doc, where, place.start, place.end, 'name', 0.6);
    addMention(doc, ev, hit.at, hit.end, 'event', 0.6);
    last = ev;
    // "A group calling itself X claimed responsibility on Thursday for a drone attack on …":
    // the claim opens the sentence that tells the strike; the claimer took part in it.
    if (!attacker && !doubted && CLAIMED.test(lower.slice(s.start, hit.at)))
      claimsOf(doc, s, ev, lower, hit.at, date);
    const evidence = [s];
    if (attacker)
      relate(doc, {
        type: 'PARTICIPATED_IN',
        from: attacker.id,
        to: ev.id,
        evidence,
        ...(date ? { date } : {}),
        confidence: 0.55,
        rule: 'strike:attacker',
      });
    if (where && where.id !== attacker?.id)
      relate(doc, {
        type: 'OCCURRED_IN',
        from: ev.id,
        to: where.id,
        evidence,
        confidence: 0.55,
        rule: 'strike:place',
      });
    if (where && place.country && where.label === 'Location')
      relate(doc, {
        type: 'LOCATED_IN',
        from: where.id,
        to: place.country.id,
        evidence,
        confidence: 0.6,
        rule: 'strike:place-country',
      });
    else if (where && !place.country && where.label === 'Location' && where.status === 'new') {
      // "ERBIL, Iraq, Dec 1 (Reuters) - A U.S. base at Erbil airport was hit …": the dateline
      // gives the country of the city it names.
      const country = datelineCountry(doc, ctx, place.name);
      if (country)
        relate(doc, {
          type: 'LOCATED_IN',
          from: where.id,
          to: country.id,
          evidence,
          confidence: 0.5,
          rule: 'strike:dateline-country',
        });
    }
    // What the strike hit (the seeds' shape: the strike ATTACKED it, its attacker took part).
    const victim = doubted
      ? undefined
      : victimOf(
          doc,
          ctx,
          s,
          hit,
          clauseEnd,
          place,
          where,
          lower,
          passive ? passive.subject : antecedent ? ' ' : false,
        );
    if (victim?.bare) {
      // "Iranian missiles struck Qatar last week": a country struck as a whole, no site named,
      // is the attacker's attack on that country.
      if (attacker && victim.id !== attacker.id)
        relate(doc, {
          type: 'ATTACKED',
          from: attacker.id,
          to: victim.id,
          evidence,
          confidence: 0.5,
          rule: 'strike:attacker-target',
        });
    } else if (victim && victim.id !== attacker?.id)
      relate(doc, {
        type: 'ATTACKED',
        from: ev.id,
        to: victim.id,
        evidence,
        ...(date ? { date } : {}),
        confidence: 0.5,
        rule: 'strike:target',
      });
    const war = warOf(doc, ctx, attacker);
    if (war)
      relate(doc, {
        type: 'PART_OF',
        from: ev.id,
        to: war.id,
        evidence,
        confidence: 0.4,
        rule: 'strike:part-of-war',
      });
    // "…, Bahrain's interior ministry said": the source reported the strike.
    if (cut >= 0 && !doubted) {
      const src = mentionsOf(doc, { start: clauseEnd, end: s.end }).find((m) =>
        ['Organization', 'Outlet', 'Person'].includes(doc.entities.get(m.entity)?.label ?? ''),
      );
      // "struck … on Tuesday, the U.S. military said": the day of the saying is the one of the
      // attribution, else (a wire's present news) the article's, not the strike's.
      const saidOn = dateNear(doc, s, src?.end ?? clauseEnd, [
        ...doc.quotes,
        { start: s.start, end: clauseEnd },
      ]);
      const reportedOn =
        saidOn ??
        (date && doc.date && Date.parse(doc.date) - Date.parse(date) <= 86_400_000
          ? doc.date
          : date);
      if (src)
        relate(doc, {
          type: 'REPORTED',
          from: src.entity,
          to: ev.id,
          evidence,
          // "struck … on Tuesday, the U.S. military said": the strike's day is not the saying's.
          ...(reportedOn ? { date: reportedOn } : {}),
          confidence: 0.5,
          rule: 'strike:reported-by',
        });
    } else {
      // "U.S. Central Command says American jets struck …", "The ministry said on Friday that
      // a drone hit …": the source names the strike first (never a denial or a question).
      const lead = SOURCE_FIRST.exec(lower.slice(s.start, hit.at));
      const src = lead
        ? mentionsOf(doc, { start: s.start, end: s.start + lead.index + 1 })
            .filter((m) =>
              ['Organization', 'Outlet'].includes(doc.entities.get(m.entity)?.label ?? ''),
            )
            .pop()
        : undefined;
      if (src && !/\b(?:not|never|denied|deny|whether|if)\b/.test(lower.slice(s.start, hit.at)))
        relate(doc, {
          type: 'REPORTED',
          from: src.entity,
          to: ev.id,
          evidence,
          confidence: 0.5,
          rule: 'strike:source-first',
        });
    }
  }
}

/** A verb of saying right before the strike clause: "X says (that) …", "X said on Friday that …". */
const SOURCE_FIRST =
  /\s(?:says|said|reported|reports|announced|confirmed)(?:\s+(?:late\s+|early\s+)?on\s+\w+|\s+(?:late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|overnight))?(?:\s+that)?\s+(?:(?:a|an|the|two|three|several|its|his|her|their)\s+)?(?:[\w'’.-]+\s+){0,2}$/;

const PASSIVE_HIT =
  /\b(?:(?:was|were|has been|had been|have been|is being|was being)\s+(?:also\s+|reportedly\s+|allegedly\s+|repeatedly\s+)?(?:hit|struck|targeted|attacked|bombed|shelled)|(?:came|comes|had come) under (?:fire|attack))\b/;

/** "in what the Pentagon called Operation Iron Harbor", ", dubbed Operation X", "code-named". */
const OPERATION_NAMED =
  /^[^.;]{0,140}?\b(?:called|dubbed|named|code-?named)\s+["“]?(Operation(?:\s+[A-Z][\w'’-]+){1,3})/;
/** What a strike hits: a site, a vessel or a settlement (not "the economy was hit"). */
const TARGET_NOUN =
  /\b(?:base|air ?base|port|hub|depot|cent(?:er|re)|facility|terminal|refinery|airport|compound|embassy|consulate|camp|ship|tanker|vessel|warship|destroyer|boat|patrol boat|cutter|frigate|building|plant|installation|site|outpost|headquarters|barracks|city|town|village|oil field|pipeline)\b/;
const BY_WEAPON = new RegExp(
  `^[^.;]{0,20}?\\bby\\s+(?:an?\\s+|two\\s+|three\\s+|several\\s+|multiple\\s+)?((?:[\\w-]+\\s+){0,2}?)${WEAPON}\\b`,
);

function passiveStrike(
  doc: Doc,
  s: Sentence,
  lower: string,
): { place: Place; attacker?: DocEntity; weapon: string; subject: string } | undefined {
  const text = lower.slice(s.start, s.end);
  const v = PASSIVE_HIT.exec(text);

  if (!v) return undefined;
  const at = s.start + v.index;
  if (doc.quotes.some((q) => at >= q.start && at < q.end)) return undefined;
  // "could have been hit", "would be targeted": a hypothetical strike is none.
  if (/\b(?:could|would|might|may|should|must|can|will|not|never)\s+$/.test(text.slice(0, v.index)))
    return undefined;
  // Negated or hypothetical: "was not hit", "could have been hit" never match the verb above;
  // a by-phrase that is no weapon ("hit by sanctions") is no strike.
  const after = lower.slice(at + v[0].length, s.end);
  const by = BY_WEAPON.exec(after);
  if (!by && /^\s*by\b/.test(after)) return undefined;
  // The subject clause: from the last clause break before the verb.
  const before = lower.slice(s.start, at);
  const breakAt = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf(' but '),
    before.lastIndexOf(' and '),
  );
  const from = breakAt > 0 ? s.start + breakAt : s.start;
  if (!TARGET_NOUN.test(lower.slice(from, at))) return undefined;
  // "the destroyer that came under fire in the Gulf of Oman": the place after the verb.
  const place = placeIn(doc, s, from, at) ?? placeIn(doc, s, at + v[0].length, s.end);
  if (!place) return undefined;
  let attacker: DocEntity | undefined;
  if (by) {
    const wStart = at + v[0].length + by.index;
    const ms = mentionsOf(doc, { start: wStart, end: wStart + by[0].length }).filter((m) =>
      ACTOR_LABELS.has(doc.entities.get(m.entity)?.label ?? ''),
    );
    if (ms[0]) attacker = doc.entities.get(ms[0].entity);
  }
  return {
    place,
    ...(attacker ? { attacker } : {}),
    weapon: by?.[2] ?? '',
    subject: lower.slice(from, at),
  };
}

/** Whom a strike told again hit: American troops among its dead or wounded. */
function usForcesHit(doc: Doc, ctx: DraftContext, s: Sentence, ev: DocEntity, lower: string) {
  let t = lower.slice(s.start, s.end);
  for (const q of doc.quotes)
    if (q.end > s.start && q.start < s.end)
      t =
        t.slice(0, Math.max(0, q.start - s.start)) +
        ' '.repeat(Math.min(s.end, q.end) - Math.max(s.start, q.start)) +
        t.slice(Math.min(s.end, q.end) - s.start);
  if (!US_CASUALTIES.test(t)) return;
  const mil = existingEntity(doc, ctx, 'us-military');
  if (mil)
    relate(doc, {
      type: 'ATTACKED',
      from: ev.id,
      to: mil.id,
      evidence: [s],
      ...(ev.date ? { date: ev.date } : {}),
      confidence: 0.5,
      rule: 'strike:told-again',
    });
}

/**
 * "The strike, which wounded seven U.S. service members, was …", "That attack, which killed two
 * American soldiers, …": a definite strike noun opening the sentence (no place after it) is the
 * strike just told; its dead and wounded say whom it hit.
 */
const TOLD_AGAIN =
  /^\W{0,3}(?:the|that|this|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|yesterday's)\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|raid|barrage|bombing)\s*,?\s+(?:which|that)\s+(?:also\s+)?(?:killed|wounded|injured)\b/;
function toldAgain(doc: Doc, ctx: DraftContext, s: Sentence, ev: DocEntity, lower: string): void {
  if (TOLD_AGAIN.test(lower.slice(s.start, s.end))) usForcesHit(doc, ctx, s, ev, lower);
}

/**
 * "Iranian ballistic missiles hit the base late on Sunday": a weapon striking a site named only
 * by its kind, after a strike, is that strike told again: the weapon's country took part, and
 * the dead or wounded of its sentence say whom it hit.
 */
function hitAgain(
  doc: Doc,
  ctx: DraftContext,
  s: Sentence,
  ev: DocEntity,
  lower: string,
  hit: { at: number; end: number; noun?: boolean },
): void {
  if (hit.noun) return;
  if (
    !/^\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(?:base|air ?base|port|depot|ship|vessel|boat|destroyer|tanker|terminal|refinery|facility|airport|camp|outpost|garrison|complex|plant|convoy|site)\b(?!\s+(?:of|at|in|near|uss|usns|hms)\s)/.test(
      lower.slice(hit.end, hit.end + 50),
    )
  )
    return;
  if (
    /\b(?:denied|denies|deny|denying|rejected|rejects|whether|if|would|could|might|not|never)\b/.test(
      lower.slice(s.start, hit.at),
    )
  )
    return;
  const attacker = attackerOf(doc, s, hit.at);
  if (attacker) {
    const date = dateNear(doc, s, hit.at, doc.quotes) ?? ev.date;
    relate(doc, {
      type: 'PARTICIPATED_IN',
      from: attacker.id,
      to: ev.id,
      evidence: [s],
      ...(date ? { date } : {}),
      confidence: 0.5,
      rule: 'strike:hit-again',
    });
  }
  usForcesHit(doc, ctx, s, ev, lower);
}

const CLAIMED =
  /\b(?:claimed(?: responsibility for)?|took responsibility for|said (?:that )?the (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2} )?(?:attack|strike|bombing|raid)s? (?:on [^.;]{0,80}? )?(?:was|were) (?:a |an )?(?:retaliation|revenge|reprisal|response|punishment)|said (?:[^.;]{0,80}? )?that (?:it|they) (?:had )?(?:targeted|struck|attacked|hit|carried out)|said (?:it|they) (?:had )?(?:targeted|struck|attacked|hit|carried out))\b/;

/** The last country or body named in a span that is no possessive ("Iran's Guards": Guards). */
function lastActor(doc: Doc, from: number, to: number): Mention | undefined {
  const ms = mentionsOf(doc, { start: from, end: to }).filter(
    (m) =>
      ACTOR_LABELS.has(doc.entities.get(m.entity)?.label ?? '') &&
      !/^['’]s\b/.test(doc.fold.slice(m.end, m.end + 2)),
  );
  return ms[ms.length - 1];
}

/** "the strike was carried out by a unit of Iran's Revolutionary Guards". */
const CARRIED_OUT_BY =
  /\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:ship|vessel|boat|destroyer|tanker|base|port|depot|terminal|convoy)\s+(?:was|were|had been|has been)\s+(?:attacked|struck|hit|targeted)\s+by\s+|\b(?:the|that|this|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)\s+(?:[\w-]+\s+)?(?:attack|strike|raid|bombing|drones?|missiles?|rockets?)\s+(?:was|were|had been|has been|have been)\s+(?:carried out|launched|fired|conducted|staged)\s+(?:from\s+(?:the\s+)?[\w'’ -]{1,30}?\s+)?by\s+/;

/** "the strike was carried out by …", "the drone had been launched from X by Y": Y took part. */
function carriedOutBy(doc: Doc, s: Sentence, ev: DocEntity, lower: string, limit: number): void {
  const text = lower.slice(s.start, limit);
  const by = CARRIED_OUT_BY.exec(text);
  if (by && !/\b(?:not|never|denied|deny|denies|whether|if)\b/.test(text.slice(0, by.index))) {
    // The actor of the by-phrase, to the end of its clause; "a unit of Iran's Guards": the
    // Guards, not the country that owns them.
    const from = s.start + by.index + by[0].length;
    const rest = lower.slice(from, limit);
    const stop = rest.search(/[,;]|\s+(?:and|but|while|which|who)\s|(?<!\b[a-z])\.(?:\s|$)/);
    const to = stop < 0 ? limit : from + stop;
    // "fired from Iraq by Saraya al-Karar": a name the name stage guessed to be a person (no
    // title, nothing said of it) that fired rockets is a group.
    const guessed = mentionsOf(doc, { start: from, end: to }).find((m) => untitled(doc, m));
    if (!lastActor(doc, from, to) && guessed)
      doc.entities.get(guessed.entity)!.label = 'Organization';
    const who = lastActor(doc, from, to);
    if (who)
      relate(doc, {
        type: 'PARTICIPATED_IN',
        from: who.entity,
        to: ev.id,
        evidence: [s],
        confidence: 0.5,
        rule: 'strike:carried-out-by',
      });
  }
}

/** "X claimed the attack", "X said they had targeted …": X took part in the last strike. */
function claimsOf(
  doc: Doc,
  s: Sentence,
  ev: DocEntity,
  lower: string,
  limit: number = s.end,
  date?: string,
): void {
  carriedOutBy(doc, s, ev, lower, limit);
  const text = lower.slice(s.start, limit);
  const c = CLAIMED.exec(text);
  if (!c) return;
  if (
    /^claimed/.test(c[0]) &&
    !/\b(?:attack|strike|bombing|raid|responsibility)\b/.test(lower.slice(s.start + c.index, s.end))
  )
    return;
  const at = s.start + c.index;
  const who = lastActor(doc, s.start, at);
  if (!who) return;
  relate(doc, {
    type: 'PARTICIPATED_IN',
    from: who.entity,
    to: ev.id,
    evidence: [s],
    ...(date ? { date } : {}),
    confidence: 0.5,
    rule: 'strike:claimed',
  });
  // The claim's verb ("said that they had targeted …") names the strike: what the claim's
  // quote is about.
  const verbOff = c[0].search(/\b(?:targeted|struck|attacked|hit|carried out|claimed|took)\b/);
  const verbAt = at + verbOff;
  const verb = /\w+(?: out| responsibility)?/.exec(doc.fold.slice(verbAt))![0];
  if (verbOff >= 0 && !covered(doc, verbAt, verbAt + verb.length))
    addMention(doc, ev, verbAt, verbAt + verb.length, 'event', 0.5);
  // "claimed responsibility for the attack": the attack is that event.
  const ref = /\bthe (?:attack|strike|bombing|raid)s?\b/.exec(text.slice(c.index));
  if (ref) {
    const start = at + ref.index;
    if (!covered(doc, start, start + ref[0].length))
      addMention(doc, ev, start, start + ref[0].length, 'event', 0.5);
  }
}
