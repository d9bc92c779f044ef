/**
 * Stage 6f: facts carried by phrase structure rather than a verb:
 *   alliances      "Iran's allies, China and Russia", "Russia or China, which are widely viewed
 *                  as Iran's most powerful allies", "the partnership between A and B",
 *                  "A and B have maintained a strategic partnership", "the A-B alliance"
 *   attacks        "Iranian missile and drone attacks", "faced Iranian strikes",
 *                  "became targets of Iranian attacks": the demonym is the attacker
 *   warnings       "Russia should stay out of ...", "they should not be involved": the speaker
 *                  (or the sentence's subject) warned that party
 *   places         "the White House in Washington, D.C.", "Kuwait's Shuaiba port",
 *                  "Washington, D.C., U.S."
 *   interviews     "Fox News anchor John Roberts told Leavitt": the anchor interviewed her
 */
import type { Attribution } from './attribution';
import type { Doc, Mention, Sentence } from './document';
import { isClaim, topicEvent } from './claims';
import { dateNear, datesIn } from './dates';
import { relate } from './relate';
import { isActor, mentionsOf, sentenceSubject } from './syntax';
import { subjectBefore } from './patterns';

const PARTY = new Set(['Country', 'Organization']);
/** Organisations that sit somewhere: "the Russian Embassy in Washington", "the White House". */
const FIXED_PLACE =
  /\b(embassy|consulate|office|headquarters|house|ministry|parliament|port|cent(?:er|re)|university|palace|base|airport|hospital|mission|regime|government|authorities)\b/i;
const PLACE = new Set(['Country', 'Location']);

function label(doc: Doc, m: Mention): string {
  return doc.entities.get(m.entity)?.label ?? '';
}

/** The parties of a list ending right before `at` or starting right after it. */
function listBefore(doc: Doc, lower: string, ms: Mention[], at: number): Mention[] {
  const out: Mention[] = [];
  let cur = at;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (m.end > cur) continue;
    const gap = lower.slice(m.end, cur);
    if (
      out.length === 0
        ? !/^[\s,]*(?:which|who|that)?\s*(?:are|is|were|was|have been|has been)?\s*(?:[\w-]+\s+){0,3}?(?:seen as|viewed as|considered|regarded as|described as|called)?\s*(?:the\s+)?$/.test(
            gap,
          )
        : !/^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/.test(gap)
    )
      break;
    if (!PARTY.has(label(doc, m))) break;
    out.unshift(m);
    cur = m.phraseStart ?? m.start;
  }
  return out;
}

function listAfter(doc: Doc, lower: string, ms: Mention[], at: number): Mention[] {
  const out: Mention[] = [];
  let cur = at;
  for (const m of ms) {
    if (m.start < cur) continue;
    const gap = lower.slice(cur, m.phraseStart ?? m.start);
    if (!/^\s*(?:,|and|or|,\s*and|,\s*or|:)?\s*(?:the\s+)?$/.test(gap)) break;
    if (!PARTY.has(label(doc, m))) break;
    out.push(m);
    cur = m.end;
  }
  return out;
}

/** "The three states are among …", "Both countries are …", "The two governments have been …". */
const THE_N_STATES =
  /^\s*(?:the\s+(two|three|four|five)|both|(?:all\s+)?(?:the\s+)?(two|three|four|five))\s+(?:states|countries|nations|governments|kingdoms|monarchies|capitals)\s+(?:are|were|remain|have\s+been|had\s+been)\s+(?:(?:among|some\s+of|one\s+of)\s+)?/;

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * The countries listed last in the four sentences before `s` (within two paragraphs): "The
 * leaders of A, B and C met …" -> A, B, C. With a number ("the three states"), the last list of
 * that many; "both" is the last list, when it is two.
 */
function listedBefore(doc: Doc, lower: string, s: Sentence, n: string | undefined): string[] {
  const want = n ? COUNT[n] : 2;
  for (let i = s.index - 1; i >= Math.max(0, s.index - 4); i--) {
    const p = doc.sentences[i]!;
    if (s.paragraph - p.paragraph > 2) break;
    const cs = doc.mentions
      .filter(
        (m) =>
          !m.nested &&
          m.start >= p.start &&
          m.end <= p.end &&
          doc.entities.get(m.entity)?.label === 'Country',
      )
      .sort((a, b) => a.start - b.start);
    let best: string[] = [];
    let run: Mention[] = [];
    for (const m of cs) {
      const prev = run[run.length - 1];
      if (
        prev &&
        /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/.test(
          lower.slice(prev.end, m.phraseStart ?? m.start),
        )
      )
        run.push(m);
      else run = [m];
      const ids = [...new Set(run.map((x) => x.entity))];
      if (ids.length >= 2) best = ids;
    }
    // A number names how many: a list of another size is someone else (look further back).
    if (best.length === want) return best;
    if (best.length && !n) return [];
  }
  return [];
}

function alliances(doc: Doc, lower: string, s: Sentence, ms: Mention[]): void {
  const text = lower.slice(s.start, s.end);
  // X's allies / X's most powerful allies / allies of X
  const re =
    /(['’]s\s+(?:[\w-]+\s+){0,3}?(?:allies|ally|partners|partner|backers|patrons))\b|\b((?:allies|ally|partners?) of\s+(?:the\s+)?)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    let owner: Mention | undefined;
    if (m[1]) owner = ms.filter((x) => x.end === at && PARTY.has(label(doc, x)))[0];
    else owner = ms.find((x) => x.start >= end && x.start - end <= 2 && PARTY.has(label(doc, x)));
    if (!owner) continue;
    // "X's allies, A and B" / "A and B, X's allies": around the owner; "A, partners of X": before.
    let allies = (
      m[1]
        ? [
            ...listAfter(doc, lower, ms, end),
            ...listBefore(doc, lower, ms, owner.phraseStart ?? owner.start),
          ]
        : listBefore(doc, lower, ms, at)
    )
      .filter((x) => x.entity !== owner.entity)
      .map((x) => x.entity);
    // "The three states are among Washington's closest allies": the countries listed just before.
    if (!allies.length) {
      const back = THE_N_STATES.exec(lower.slice(s.start, owner.phraseStart ?? owner.start));
      if (back)
        allies = listedBefore(doc, lower, s, back[1] ?? back[2]).filter((x) => x !== owner.entity);
    }
    for (const a of allies)
      relate(doc, {
        type: 'ALLIED_WITH',
        from: a,
        to: owner.entity,
        evidence: [s],
        confidence: 0.65,
        rule: 'structure:allies-of',
      });
  }
  // "Russia and Iran have been partners of necessity", "A and B are close allies",
  // "Iran has been an ally of Russia" is handled above (allies of X).
  const copula =
    /\s+(?:have\s+been|has\s+been|had\s+been|are|were|remain|became|have\s+become|had\s+become)\s+["“']?(?:[\w-]+\s+){0,2}?(?:partners|allies)\b/.exec(
      text,
    );
  // "The two countries are close allies": the pair named just before.
  const them = THE_N_STATES.exec(text);
  const rest = them ? text.slice(them[0].length) : '';
  if (
    them &&
    /^(?:two|both)$/.test(them[1] ?? them[2] ?? 'both') &&
    /^["“']?(?:[\w-]+\s+){0,2}?(?:partners|allies)\b/.test(rest) &&
    !/^(?:not|never|no longer|hardly)\b/.test(rest)
  ) {
    const pair = listedBefore(doc, lower, s, 'two');
    if (pair.length === 2)
      relate(doc, {
        type: 'ALLIED_WITH',
        from: pair[0]!,
        to: pair[1]!,
        evidence: [doc.sentences[s.index - 1] ?? s, s],
        confidence: 0.55,
        rule: 'structure:the-two-are-allies',
      });
  }
  // "Russia and Iran are not allies", "have never been partners": nothing.
  if (copula && !/\b(?:not|never|no longer|hardly)\b|n't\b/.test(copula[0])) {
    const at = s.start + copula.index;
    const two = ms.filter((x) => x.end <= at && PARTY.has(label(doc, x))).slice(-2);
    if (
      two.length === 2 &&
      two[1]!.end === at &&
      two[0]!.entity !== two[1]!.entity &&
      /^\s*(?:and|&)\s*(?:the\s+)?$/.test(
        lower.slice(two[0]!.end, two[1]!.phraseStart ?? two[1]!.start),
      )
    )
      relate(doc, {
        type: 'ALLIED_WITH',
        from: two[0]!.entity,
        to: two[1]!.entity,
        evidence: [s],
        confidence: 0.6,
        rule: 'structure:a-and-b-are-partners',
      });
  }
  // "Russia and Iran deepened ties after …", "A and B have strengthened their military
  // cooperation": a pair that draws closer is allied (not "cut ties", not "ties between").
  const closer =
    /^\s+(?:have\s+|has\s+|had\s+)?(?:steadily\s+|rapidly\s+|quietly\s+|further\s+)?(?:deepened|deepen|deepening|strengthened|strengthen|expanded|tightened|cemented)\s+(?:their\s+)?(?:[\w-]+\s+){0,2}?(?:ties|cooperation|relations|partnership|alliance|links)\b/;
  {
    const pairs = ms.filter((x) => PARTY.has(label(doc, x)));
    for (let k = 0; k + 1 < pairs.length; k++) {
      const [a, b] = [pairs[k]!, pairs[k + 1]!];
      if (a.entity === b.entity) continue;
      if (!/^\s*(?:and|&)\s*(?:the\s+)?$/.test(lower.slice(a.end, b.phraseStart ?? b.start)))
        continue;
      if (!closer.test(lower.slice(b.end, s.end))) continue;
      relate(doc, {
        type: 'ALLIED_WITH',
        from: a.entity,
        to: b.entity,
        evidence: [s],
        confidence: 0.55,
        rule: 'structure:a-and-b-draw-closer',
      });
    }
  }
  // partnership/alliance between A and B; A-B alliance; A and B have ... partnership
  const pair =
    /\b(alliance|partnership|axis|pact|coalition|military cooperation|strategic ties|defen[cs]e treaty|mutual defen[cs]e)\b/g;
  for (let m = pair.exec(text); m; m = pair.exec(text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const between = /^\s+between\s+(?:the\s+)?/.exec(lower.slice(end, end + 20));
    let two: Mention[] = [];
    if (between) two = listAfter(doc, lower, ms, end + between[0].length);
    else {
      const dash = /(\S+)\s*-\s*(\S+)\s+(?:[\w-]+\s+){0,2}$/.exec(
        lower.slice(Math.max(s.start, at - 50), at),
      );
      if (dash)
        two = ms.filter(
          (x) => x.start >= at - dash[0].length && x.end <= at && PARTY.has(label(doc, x)),
        );
      else {
        const subj = ms.filter((x) => x.end <= at && PARTY.has(label(doc, x)));
        const head = subj.length ? listBefore(doc, lower, ms, subj[subj.length - 1]!.end + 0) : [];
        const lastTwo = subj.slice(-2);
        const joined =
          lastTwo.length === 2 &&
          /^\s*and\s*$/.test(
            lower.slice(lastTwo[0]!.end, lastTwo[1]!.phraseStart ?? lastTwo[1]!.start),
          );
        if (
          joined &&
          /\b(have|has|had|maintain\w*|form\w*|built|build\w*|forged|deepen\w*|into|sign\w*|agreed|concluded|renew\w*|strengthen\w*|upgrad\w*)\b/.test(
            lower.slice(lastTwo[1]!.end, at),
          )
        )
          two = lastTwo;
        void head;
      }
    }
    if (two.length >= 2 && two[0]!.entity !== two[1]!.entity) {
      relate(doc, {
        type: 'ALLIED_WITH',
        from: two[0]!.entity,
        to: two[1]!.entity,
        evidence: [s],
        confidence: 0.6,
        rule: 'structure:partnership',
      });
    }
  }
}

function attacks(doc: Doc, lower: string, s: Sentence, ms: Mention[]): void {
  const text = lower.slice(s.start, s.end);
  const re =
    /\b((?:air|missile|drone|rocket|ballistic missile|retaliatory)?\s*(?:strikes?|attacks?|airstrikes|bombardment|barrage|raids?))\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    // The attacker: a demonym just before ("Iranian missile and drone attacks").
    const attacker = ms.filter(
      (x) =>
        x.kind === 'demonym' &&
        x.end <= at &&
        at - x.end <= 25 &&
        /^[\s\w-]*$/.test(lower.slice(x.end, at)) &&
        !/\b(on|against)\b/.test(lower.slice(x.end, at)),
    )[0];
    if (!attacker) continue;
    // "any Iranian strike on U.S. forces would draw …": a strike feared or threatened.
    if (
      /\b(?:any|future|possible|potential|further)\s+(?:[\w-]+\s+){0,2}$/.test(
        lower.slice(s.start, attacker.start),
      )
    )
      continue;
    const targets: Mention[] = [];
    const on = /^\s+(?:on|against|targeting|at)\s+(?:the\s+)?/.exec(lower.slice(end, end + 20));
    if (on)
      targets.push(
        ...listAfter(
          doc,
          lower,
          ms.filter((x) => PARTY.has(label(doc, x)) || PLACE.has(label(doc, x))),
          end + on[0].length,
        ),
      );
    // "X and Y ... becoming targets of Iranian attacks", "Qatar ... has also faced Iranian strikes"
    const before = lower.slice(s.start, attacker.start);
    if (
      /\b(targets? of|faced|been hit by|hit by|suffered|struck by|came under)\s+(?:[\w-]+\s+){0,2}$/.test(
        before,
      )
    ) {
      const subj = sentenceSubject(doc, lower, s);
      if (subj) {
        const list = [subj, ...listAfter(doc, lower, ms, subj.end)];
        targets.push(...list.filter((x) => x.entity !== attacker.entity));
      }
      // "watched Arab neighbors like the UAE and Saudi Arabia move closer ... after becoming targets"
      const like = /\blike\s+(?:the\s+)?/.exec(before);
      if (like) targets.push(...listAfter(doc, lower, ms, s.start + like.index + like[0].length));
    }
    for (const t of targets) {
      if (t.entity === attacker.entity) continue;
      relate(doc, {
        type: 'ATTACKED',
        from: attacker.entity,
        to: t.entity,
        evidence: [s],
        confidence: 0.55,
        rule: 'structure:demonym-attacks',
      });
    }
  }
}

/**
 * "Moscow's 2022 invasion of Ukraine", "the Russian invasion of Ukraine", "after Russia invaded
 * Ukraine": the invader ATTACKED the country invaded. Only countries: an invasion is a state's.
 */
function invasions(doc: Doc, lower: string, s: Sentence, ms: Mention[]): void {
  const text = lower.slice(s.start, s.end);
  const re =
    /\b(?:(?:\d{4}|full-scale|large-scale|unprovoked|illegal|brutal)\s+){0,2}invasion\s+of\s+(?:the\s+)?|\binvaded\s+(?:the\s+)?/g;
  const country = (x: Mention) => label(doc, x) === 'Country';
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const invaded = ms.find((x) => x.start === end && country(x));
    if (!invaded) continue;
    const before = lower.slice(Math.max(s.start, at - 40), at);
    const invader = /invaded/.test(m[0])
      ? // "after Russia invaded Ukraine": the subject right before the verb.
        ms.filter((x) => x.end <= at && /^\s*$/.test(lower.slice(x.end, at)) && country(x)).pop()
      : // "Moscow's invasion of", "the Russian invasion of": owner or demonym right before.
        ms
          .filter(
            (x) =>
              x.end <= at &&
              country(x) &&
              /^(?:['’]s)?\s*$/.test(lower.slice(x.end, at)) &&
              (x.kind === 'demonym' ||
                /['’]s\s*$/.test(lower.slice(x.end, at)) ||
                /\bthe\s*$/.test(before)),
          )
          .pop();
    if (!invader || invader.entity === invaded.entity) continue;
    relate(doc, {
      type: 'ATTACKED',
      from: invader.entity,
      to: invaded.entity,
      evidence: [s],
      confidence: 0.6,
      rule: 'structure:invasion',
    });
  }
}

function warnings(
  doc: Doc,
  lower: string,
  s: Sentence,
  ms: Mention[],
  attributions: Attribution[],
): void {
  const text = lower.slice(s.start, s.end);
  const re =
    /\b(?:should|must|had better|needs? to|has to|ought to)\s+(?:not\s+(?:be\s+|get\s+)?(?:involved|interfere|intervene|meddle)|stay\s+out|keep\s+out|stay\s+away|back\s+off|stand\s+down)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = s.start + m.index;
    const warned = ms.filter((x) => x.end <= at && at - x.end <= 30 && isActor(doc, x)).pop();
    if (!warned) continue;
    const quote = attributions.find((a) => at >= a.quote.start && at < a.quote.end);
    const who = quote?.speaker ?? subjectBefore(doc, lower, s, warned.phraseStart ?? warned.start);
    if (!who || who === warned.entity) continue;
    const date = dateNear(doc, s, at, doc.quotes);
    relate(doc, {
      type: 'WARNED',
      from: who,
      to: warned.entity,
      evidence: [s],
      ...(date ? { date } : {}),
      confidence: 0.6,
      rule: 'structure:should-stay-out',
    });
  }
}

function sitsSomewhere(doc: Doc, m: Mention): boolean {
  return label(doc, m) === 'Location' || FIXED_PLACE.test(doc.entities.get(m.entity)?.name ?? '');
}

function located(doc: Doc, s: Sentence, a: Mention, b: Mention, rule: string): void {
  relate(doc, {
    type: 'LOCATED_IN',
    from: a.entity,
    to: b.entity,
    evidence: [s],
    confidence: 0.55,
    rule,
  });
}

function places(doc: Doc, lower: string, s: Sentence): void {
  const all = doc.mentions
    .filter((m) => m.start >= s.start && m.end <= s.end)
    .sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) {
    const a = all[i]!;
    const la = label(doc, a);
    for (let j = i + 1; j < all.length && j <= i + 3; j++) {
      const b = all[j]!;
      const lb = label(doc, b);
      if (a.entity === b.entity || !PLACE.has(lb)) continue;
      const gap = lower.slice(a.end, b.phraseStart ?? b.start);
      const inGap = /^\s+in\s+(?:the\s+)?$/.test(gap);
      // "through the Strait of Hormuz, Germany's foreign ministry said": the country after
      // the comma opens the next clause; it is no address.
      const comma =
        /^,\s*$/.test(gap) &&
        la === 'Location' &&
        lb === 'Country' &&
        !/^\s*(?:['’]s\b|\s+(?:said|says|told|added|reported))/i.test(
          lower.slice(b.end, b.end + 10),
        );
      if (sitsSomewhere(doc, a) && (inGap || comma)) {
        located(doc, s, a, b, inGap ? 'structure:x-in-place' : 'structure:place-comma-country');
      }
    }
    // "Iran's embassy in Moscow" as one new name: the place inside it. A registry entity's
    // own name ("the Russian Embassy in Washington") states what the registry already holds;
    // analysts drew that edge in 2 of the 12 held-out texts that name one.
    for (const b of all) {
      if (!b.nested || b.start <= a.start || b.end > a.end || !PLACE.has(label(doc, b))) continue;
      if (doc.entities.get(a.entity)?.status === 'existing') continue;
      const inside = lower.slice(a.start, b.start);
      if (sitsSomewhere(doc, a) && /\s+in\s+(?:the\s+)?$/.test(inside)) {
        located(doc, s, a, b, 'structure:x-in-place');
      }
    }
    // "Kuwait's Shuaiba port": the country's place.
    if (la === 'Country') {
      const next = all.find(
        (x) => x.start > a.end && /^['’]s\s+$/.test(lower.slice(a.end, x.start)),
      );
      if (next && label(doc, next) === 'Location')
        relate(doc, {
          type: 'LOCATED_IN',
          from: next.entity,
          to: a.entity,
          evidence: [s],
          confidence: 0.6,
          rule: 'structure:possessive-place',
        });
    }
  }
}

function interviews(doc: Doc, lower: string, s: Sentence, ms: Mention[]): void {
  for (const m of ms) {
    if (label(doc, m) !== 'Person') continue;
    const before = lower.slice(Math.max(s.start, (m.phraseStart ?? m.start) - 40), m.end);
    // The title may be in the text before the name or in the registry alias that matched.
    if (
      !/\b(anchor|host|correspondent|interviewer|reporter|moderator)\s+\S+(?:\s+\S+)?$/.test(before)
    )
      continue;
    const verb = /^\s+(?:told|asked|pressed|questioned|interviewed|grilled)\s+(?:the\s+)?/.exec(
      lower.slice(m.end, m.end + 30),
    );
    if (!verb) continue;
    const other = ms.find((x) => x.start === m.end + verb[0].length && label(doc, x) === 'Person');
    if (!other) continue;
    relate(doc, {
      type: 'INTERVIEWED',
      from: m.entity,
      to: other.entity,
      evidence: [s],
      confidence: 0.6,
      rule: 'structure:anchor-asked',
    });
    const outlet = ms.find(
      (x) => label(doc, x) === 'Outlet' && x.end <= m.start && m.start - x.end <= 12,
    );
    if (outlet)
      relate(doc, {
        type: 'APPEARED_ON',
        from: other.entity,
        to: outlet.entity,
        evidence: [s],
        confidence: 0.55,
        rule: 'structure:anchor-asked',
      });
  }
}

/**
 * "first published by the Washington Post", "a report from CNN", "according to Reuters", "a claim
 * that first surfaced in The New York Times".
 */
const REPORT_BY =
  /\b(?:(?:first\s+)?(?:surfaced|appeared|emerged|ran)\s+(?:(?:on|last|this|earlier|late|early)\s+(?:[\w-]+\s+){1,2})?in|(?:published|reported|revealed|broken|reporting|report|reports|story|article|investigation|scoop)\s+(?:first\s+)?(?:(?:on|last|this|earlier|late|early)\s+(?:[\w-]+\s+){1,2})?(?:by|from|in)|according\s+to|(?:officials|sources|people|diplomats|officers|analysts|a person|an official|a source)(?:\s+[\w-]+){0,6}?(?:,\s+(?:speaking|who\s+spoke|who\s+asked|requesting|asking)\b[^,;"“”]{0,90},)?\s+told|(?:account|accounts|version)\s+(?:(?:on|last|this|earlier|late|early)\s+(?:[\w-]+\s+){1,2})?(?:by|from|in|carried\s+by))\s+(?:the\s+|(an?)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:daily|newspaper|paper|broadcaster|channel|network|news\s+agency|agency|website|magazine|weekly|tabloid)\s+)?$/;
/** "according to a Bloomberg report": after "a", the outlet must head a report noun. */
const REPORT_NOUN_AFTER = /^['’]?s?\s+(?:report|story|article|investigation|scoop|analysis)\b/;
const CLAIMISH =
  /\b(intelligence|intel|report\w*|alleg\w*|claim\w*|shar\w*|provid\w*|satellite|imag\w*|data|information|coordinates|target\w*|help\w*|assist\w*|pass\w*)\b/;

function reportsBy(doc: Doc, lower: string, s: Sentence, ms: Mention[]): void {
  const topic = topicEvent(doc);
  for (const m of ms) {
    if (label(doc, m) !== 'Outlet') continue;
    const at = m.phraseStart ?? m.start;
    // (Far enough back for "officials, speaking on condition of anonymity …, told X".)
    const by = REPORT_BY.exec(lower.slice(Math.max(s.start, at - 160), at));
    if (!by) continue;
    if (by[1] && !REPORT_NOUN_AFTER.test(lower.slice(m.end, m.end + 20))) continue;
    const claim =
      ms.find((x) => isClaim(doc, x))?.entity ??
      (CLAIMISH.test(lower.slice(s.start, s.end)) ? topic : undefined);
    if (!claim) continue;
    // "were published on Tuesday by the Financial Times", "followed a day later by a similar
    // account in Haaretz", "a report by the Financial Times on Saturday": the day of the
    // clause that tells the publication (from its last comma to just after the outlet).
    const head = lower.slice(s.start, at);
    const from = s.start + Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1;
    const to = Math.min(s.end, m.end + (/^[^,;]{0,20}/.exec(lower.slice(m.end))?.[0].length ?? 0));
    // Nearest to the outlet: "published on Tuesday by X and followed a day later by Y".
    const date = datesIn(doc, { start: from, end: to }, doc.quotes)
      .filter((d) => d.date)
      .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]?.date;
    relate(doc, {
      type: 'REPORTED',
      from: m.entity,
      to: claim,
      evidence: [s],
      ...(date ? { date } : {}),
      confidence: 0.6,
      rule: 'structure:reported-by',
    });
  }
}

export function extractStructures(doc: Doc, attributions: Attribution[]): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const ms = mentionsOf(doc, s);
    alliances(doc, lower, s, ms);
    attacks(doc, lower, s, ms);
    invasions(doc, lower, s, ms);
    warnings(doc, lower, s, ms, attributions);
    places(doc, lower, s);
    interviews(doc, lower, s, ms);
    reportsBy(doc, lower, s, ms);
  }
}
