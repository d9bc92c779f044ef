/**
 * Stage 6d: roles. The title in front of a name ("Russian President Vladimir Putin",
 * "White House Press Secretary Karoline Leavitt", "Fox News anchor John Roberts") or an
 * apposition ("Yuri Ushakov, an adviser to Russian President Vladimir Putin"; "Donald Trump's
 * special envoy to the Middle East, Steve Witkoff") says what a person leads, represents,
 * advises or belongs to. The other end is the organisation or country the title names, else
 * the one the registry's role text or the curated facts give for that person.
 */
import type { CuratedRelationshipType } from '@kg/server/contracts';
import type { DraftContext } from './context';
import type { Doc, DocEntity, Mention, Sentence } from './document';
import { addMention, entityForKey, existingEntity, newEntity } from './entities';
import { COUNTRIES, ORG_HOME } from './lexicon';
import { nameKey } from './normalize';
import { AFFILIATION } from './names';
import { relate } from './relate';

interface RoleRule {
  head: RegExp;
  type: CuratedRelationshipType;
  /** Labels the other end may have, in order of preference. */
  to: string[];
}

const ROLE_RULES: RoleRule[] = [
  {
    head: /\b(press secretary|spokes(?:man|woman|person)|mouthpiece)\b/,
    type: 'REPRESENTS',
    to: ['Organization', 'Country', 'Person'],
  },
  {
    // "China's representative, Wei Lin,", "representative to the United Nations".
    head: /\b(envoy|ambassador|emissary|negotiator)\b|['’]s\s+(?:[a-z.]+\s+)?(representative)\b|\b(representative)\s+(?:to|at)\b/,
    type: 'REPRESENTS',
    to: ['Person', 'Country', 'Organization'],
  },
  { head: /\b(adviser|advisor|aide|counselor)\b/, type: 'ADVISES', to: ['Person', 'Organization'] },
  {
    head: /\b(president|prime minister|premier|chancellor|king|emir|supreme leader|head of state)\b/,
    type: 'LEADS',
    to: ['Country'],
  },
  {
    head: /\b(secretary|minister|director|chief|head|chairman|chairwoman|chair|commander)\b/,
    type: 'LEADS',
    to: ['Organization'],
  },
  {
    // "the panel's top Democrat, Sen. X", "the committee's ranking member, Rep. Y": a seat on
    // the committee (the one the article names; see bodyOfTitle).
    head: /\b(?:top|ranking|senior|leading)\s+(?:democrat|republican|member)\b|\branking\s+(?:democrat|republican)\b/,
    type: 'MEMBER_OF',
    to: ['Organization'],
  },
  {
    head: /\b(anchor|host|moderator|presenter|interviewer|newscaster|correspondent|reporter|editor|columnist|journalist)\b/,
    type: 'MEMBER_OF',
    to: ['Outlet'],
  },
  {
    head: /\b(?:rep\.|sen\.)|(?<!['’]s\s(?:[a-z.]+\s)?)\b(?:representative(?!\s+(?:to|at)\b)|congress(?:man|woman)|senator|lawmaker)\b|\b(?:senate|house) (?:majority |minority )?(?:leader|whip)\b|\b(?:house speaker|speaker of the house)\b/,
    type: 'MEMBER_OF',
    to: ['Organization'],
  },
  {
    head: /\b(official|officer|diplomat|member|staffer|spokesperson)\b/,
    type: 'MEMBER_OF',
    to: ['Organization', 'Country'],
  },
];

const TITLE_WORD =
  /^(?:[A-Z][\w.'’-]*|of|the|for|to|and|special|senior|deputy|principal|assistant|associate|top|chief|former|acting|press|foreign|defen[cs]e|state|war|national|security|white|house|anchor|host|moderator|presenter|interviewer|correspondent|reporter|official|spokes(?:man|woman|person)|envoy|adviser|advisor|aide|secretary|minister|president|ministry|agency|embassy|committee|council|department|government|military|army|navy|intelligence)$/;

/** Lower-case bodies a title can name: "ministry spokesman", "agency director". */
const BODY_WORD =
  /\b(ministry|agency|embassy|committee|panel|council|department|government|army|navy)\b/i;

/**
 * "ministry spokesman Esmaeil Baghaei": the one body of the article with that head noun. Where
 * the sentence is set in another country ("In Beijing, foreign ministry spokeswoman Lin Yao"),
 * the body is that country's: the one the article names, else a new one; in a wire story whose
 * dateline is a capital and whose lead names that country ("Tehran (AFP) - Iran on Monday …"),
 * an unqualified "foreign ministry spokesman" is that country's.
 */
function bodyOfTitle(
  doc: Doc,
  ctx: DraftContext,
  title: string,
  at: number,
  s: Sentence,
): DocEntity | undefined {
  const head = BODY_WORD.exec(title)?.[1]?.toLowerCase();
  if (!head) return undefined;
  // "the panel's chairman": a committee or a commission is the panel.
  const re =
    head === 'panel' ? /\b(?:committee|commission|panel)\b/i : new RegExp(`\\b${head}\\b`, 'i');
  const ids = [
    ...new Set(
      doc.mentions
        .filter((m) => m.start < at && !m.nested)
        .map((m) => doc.entities.get(m.entity))
        .filter((e): e is DocEntity => e?.label === 'Organization' && re.test(e.name))
        .map((e) => e.id),
    ),
  ];
  const domain = MINISTRY_TITLE.exec(title.toLowerCase());
  const locale = domain ? localeOf(doc, s, at) : undefined;
  if (!locale) return ids.length === 1 ? doc.entities.get(ids[0]!) : undefined;
  const info = COUNTRIES.find((c) => nameKey(c.name) === nameKey(locale.name));
  const forms = [locale.name, ...(info?.adjective ?? [])].map((w) => w.toLowerCase());
  const own = ids
    .map((id) => doc.entities.get(id)!)
    .filter((e) => forms.some((w) => e.name.toLowerCase().includes(w)));
  if (own.length === 1) return own[0];
  if (own.length > 1) return undefined;
  const adjective = info?.adjective.find((a) => /^\p{Lu}\p{Ll}/u.test(a));
  if (!adjective) return undefined;
  const words = domain![1]!.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  const entity = newEntity(doc, ctx, `${adjective} ${words}`, 'Organization');
  const start = at + domain!.index;
  if (!doc.mentions.some((m) => m.entity === entity.id && m.start === start))
    addMention(doc, entity, start, start + domain![1]!.length, 'descriptor', 0.55);
  return entity;
}

const MINISTRY_TITLE =
  /\b((?:foreign|defen[cs]e|interior|finance|justice|energy|economy|health|trade|emergencies) ministry)\b/;

/**
 * The country a sentence is set in: "In Beijing, …" (a capital or country opening the
 * sentence); else, for a wire story, the dateline's capital when the lead names its country.
 */
function localeOf(doc: Doc, s: Sentence, at: number): DocEntity | undefined {
  const country = (m: Mention | undefined) =>
    m && doc.entities.get(m.entity)?.label === 'Country' ? doc.entities.get(m.entity) : undefined;
  const lead = doc.fold.slice(s.start, at);
  const opener = /^\s*(?:in|from)\s+$/i;
  const here = doc.mentions.find(
    (m) =>
      m.start >= s.start &&
      m.end <= at &&
      opener.test(doc.fold.slice(s.start, m.start)) &&
      /^\s*,/.test(doc.fold.slice(m.end, at)),
  );
  if (here) return country(here);
  // "… in Moscow, …" told outside quotes: another place than the dateline's.
  const outside = [...lead]
    .map((c, i) =>
      doc.quotes.some((q) => s.start + i >= q.start && s.start + i < q.end) ? ' ' : c,
    )
    .join('');
  if (/\b(?:in|from)\s+\p{Lu}/u.test(outside)) return undefined;
  // Other countries named before the title in the sentence: not set in the dateline's.
  const d = doc.datelines[0];
  if (!d || !/\([A-Za-z .&-]{2,30}\)/.test(doc.text.slice(d.start, d.end))) return undefined;
  // Mentions are not taken inside a dateline: its first place word is read as a capital.
  const city = nameKey(
    /^[\p{L} .'-]+?(?=\s*[,(/—–-])/u.exec(doc.text.slice(d.start, d.end))?.[0] ?? '',
  );
  const info = COUNTRIES.find((c) => c.capital.some((k) => nameKey(k) === city));
  if (!city || !info) return undefined;
  const first = doc.sentences.find((x) => x.start <= d.end && d.end < x.end);
  const named = first
    ? sentenceMentionsOf(doc, first).find(
        (m) => m.start >= d.end && nameKey(country(m)?.name ?? '') === nameKey(info.name),
      )
    : undefined;
  return country(named);
}

const sentenceMentionsOf = (doc: Doc, s: Sentence) =>
  doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end);

/**
 * "Russian Foreign Minister Sergei Lavrov": the ministry of that domain and country when the
 * article names it ("Russia's foreign ministry"); a deputy belongs to it, a minister leads it.
 */
function ministryOfTitle(doc: Doc, title: string): DocEntity | undefined {
  const t = title.toLowerCase();
  // "Foreign Minister X", and the state-media form "Minister of Foreign Affairs of the Russian
  // Federation X".
  const domain =
    /\b(foreign|defen[cs]e|interior|finance|justice|energy|economy|health|trade)\s+minister\b/.exec(
      t,
    )?.[1] ??
    /\bminister\s+of\s+(foreign|defen[cs]e|interior|finance|justice|energy|economy|health|trade)\b/.exec(
      t,
    )?.[1];
  if (!domain) return undefined;
  const country = mentionsWithin(doc, 0, doc.text.length, '')
    .filter((e) => e.label === 'Country')
    .find((c) => {
      const info = COUNTRIES.find((x) => nameKey(x.name) === nameKey(c.name));
      return [c.name, ...(info?.adjective ?? [])].some((w) => t.includes(w.toLowerCase()));
    });
  const d = domain.replace(/c(?=e$)/, '[cs]');
  const re = new RegExp(`\\b${d}\\s+ministry\\b|\\bministry\\s+of\\s+${d}`, 'i');
  const fits = [...doc.entities.values()].filter((e) => {
    if (e.label !== 'Organization' || !re.test(e.name)) return false;
    if (!country) return true;
    const info = COUNTRIES.find((x) => nameKey(x.name) === nameKey(country.name));
    return [country.name, ...(info?.adjective ?? [])].some((w) =>
      e.name.toLowerCase().includes(w.toLowerCase()),
    );
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** The title words right before a mention: "U.S. Defense Secretary" before "Pete Hegseth". */
function titleBefore(
  doc: Doc,
  m: Mention,
  s: Sentence,
): { start: number; text: string } | undefined {
  let start = m.start;
  // Another person named before ("U.S. President Donald Trump and Russian President Vladimir
  // Putin"): that person's title is not this one's.
  const floor = Math.max(
    s.start,
    ...doc.mentions
      .filter(
        (x) =>
          x.entity !== m.entity &&
          x.end <= m.start &&
          x.start >= s.start &&
          doc.entities.get(x.entity)?.label === 'Person',
      )
      .map((x) => x.end),
  );
  const chunk = doc.text
    .slice(floor, start)
    .replace(/^\s*(?:and|,|&)\s+/, (w) => ' '.repeat(w.length));
  const words = chunk.split(/(\s+)/);
  let k = words.length - 1;
  while (k >= 0 && /^\s*$/.test(words[k]!)) k--;
  let used = 0;
  while (k >= 0) {
    const w = words[k]!.replace(/[’']s$/, '');
    if (!TITLE_WORD.test(w) || /[,;:]$/.test(words[k]!)) break;
    used += words[k]!.length + (words[k + 1]?.length ?? 0);
    k -= 2;
  }
  if (used === 0) return undefined;
  start -= used;
  while (/\s/.test(doc.text[start] ?? '')) start++;
  let text = doc.text.slice(start, m.start).trim();
  // "an aide to President Vladimir Putin": the words after the last "to"/"for" that hold a
  // title of their own are this name's title; the aide is someone else.
  const own = OWN_TITLE.exec(text);
  if (own) {
    start += own.index + own[0].length - own[1]!.length;
    text = own[1]!;
  }
  return text ? { start, text } : undefined;
}

const OWN_TITLE =
  /\b(?:to|for)\s+((?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:President|Prime Minister|Premier|Chancellor|King|Emir|Supreme Leader|Secretary|Minister|Sen\.|Rep\.|Senator|Leader|Speaker|Governor)\b(?:\s+[\w.'’-]+){0,3})$/;

/** An apposition after the mention: ", an adviser to Russian President Vladimir Putin". */
function appositionAfter(
  doc: Doc,
  m: Mention,
  s: Sentence,
): { start: number; end: number; text: string } | undefined {
  let rest = doc.text.slice(m.end, s.end);
  // "Sen. Vance Holloway, Republican of Ohio, a member of …", "Rep. X (D-Calif.), the
  // committee's top Democrat": a party-and-state descriptor before the role is passed over.
  const party =
    /^(?:,\s+(?:Republican|Democrat|Independent)\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?=,)|\s*\((?:R|D|I)-[\p{L}. ]{2,20}\))/u.exec(
      rest,
    );
  const skip = party ? party[0].length : 0;
  rest = rest.slice(skip);
  // The full stop of an initialism ("the U.S. ambassador") does not end the apposition.
  const a =
    /^,\s+((?:a|an|the|who is|who serves as)\s+[^,;]{3,90}?|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+[^,;]{3,60}?|(?:(?:deputy|acting|senior|chief|top)\s+)?(?:commander|director|head|chief|chairman|chairwoman|chair|president|leader|spokes(?:man|woman|person)|secretary|minister|ambassador|envoy|adviser|advisor|aide|editor|correspondent|member|fellow|analyst)\s+(?:of|at|for|to|with)\s+[^,;]{3,80}?)(?=,|;|(?<!\b[A-Z])\.(?:\s|$)|$)/u.exec(
      rest,
    );
  if (!a) return undefined;
  const start = m.end + skip + a.index + a[0].indexOf(a[1]!);
  return { start, end: start + a[1]!.length, text: a[1]! };
}

/**
 * "Donald Trump's special envoy to the Middle East, Steve Witkoff", "the Russian ambassador in
 * London, Andrei Volsky".
 */
function possessiveBefore(
  doc: Doc,
  m: Mention,
  s: Sentence,
): { start: number; end: number; text: string } | undefined {
  // "Iran's military spokesman, Brig. Gen. X": the rank before the name is no part of the role.
  const chunk = doc.text
    .slice(s.start, m.phraseStart ?? m.start)
    .replace(
      /(?:\b(?:Brig|Gen|Adm|Vice|Rear|Lt|Col|Maj|Capt|Cmdr|Sgt|Cpt|Gen\.|Col\.|Sen|Rep|Gov|Senator|Representative)\.?\s+)+$/,
      '',
    );
  const p = /([^,;]{3,90}),\s*$/.exec(chunk);
  if (!p) return undefined;
  // "Russia's deputy U.N. envoy, Pavel Zorin,"; "The U.S. ambassador to the United Nations,
  // Linda Tran,": a role phrase set before the name.
  const setBefore =
    /['’]s\s/.test(p[1]!) ||
    /^\s*(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,3}?(?:ambassador|envoy|representative|spokes(?:man|woman|person)|minister|adviser|advisor|aide|chairman|chairwoman)\b/i.test(
      p[1]!,
    );
  if (!setBefore) {
    // "summoned the Russian ambassador in London, Andrei Volsky": a role phrase with an article
    // after a verb.
    const r =
      /\b(?:the|a|an)\s+(?:[\p{L}.-]+\s+){0,3}?(?:ambassador|envoy|spokes(?:man|woman|person)|minister|secretary|adviser|advisor|aide|chief|head|director|commander|chairman|chairwoman)\b[^,;]{0,50}$/iu.exec(
        p[1]!,
      );
    if (!r) return undefined;
    const start = s.start + p.index + r.index;
    return { start, end: start + r[0].length, text: r[0] };
  }
  // "Gromov also met Iran's ambassador to Russia, Ali Jafarzadeh": the phrase opens at its
  // owner; the subject and the verb before it are not part of the role, nor are "talks in
  // Moscow with" before "Iran's deputy foreign minister, X".
  const own = /^(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*['’]s\s/u;
  let from = 0;
  if (/['’]s\s/.test(p[1]!) && !own.test(p[1]!.trimStart())) {
    const o =
      /(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*['’]s\s[^,;]*$/u.exec(
        p[1]!,
      );
    if (
      o &&
      /\b(?!(?:the|for|of|to|at|in|from|by|on|and|as)\b)[a-z]+\s+$/.test(p[1]!.slice(0, o.index))
    )
      from = o.index;
  }
  const start = s.start + p.index + from;
  return { start, end: start + p[1]!.length - from, text: p[1]!.slice(from) };
}

function mentionsWithin(doc: Doc, start: number, end: number, exclude: string): DocEntity[] {
  return doc.mentions
    .filter((x) => x.start >= start && x.end <= end && x.entity !== exclude)
    .sort((a, b) => a.start - b.start)
    .map((x) => doc.entities.get(x.entity)!)
    .filter(Boolean);
}

/** The end the registry's role text or the curated facts give for a person and a type. */
function knownEnd(
  doc: Doc,
  ctx: DraftContext,
  person: DocEntity,
  rule: RoleRule,
  title: string,
): DocEntity | undefined {
  for (const x of ctx.extractions) {
    for (const r of x.relationships) {
      if (r.from !== person.id || r.type !== rule.type) continue;
      const e = existingEntity(doc, ctx, r.to);
      if (e && rule.to.includes(e.label)) return e;
    }
  }
  const role = ctx.byId.get(person.id)?.role;
  if (!role) return undefined;
  const key = ` ${nameKey(role)} `;
  const domain =
    /\b(defen[cs]e|war|state|foreign|interior|treasury|energy|justice|health|commerce)\b/i.exec(
      title,
    )?.[1];
  for (const e of ctx.entities) {
    if (!rule.to.includes(e.label)) continue;
    const forms = [e.name, ...e.aliases].map(nameKey).filter((f) => f.length > 3);
    if (forms.some((f) => key.includes(` ${f} `))) return existingEntity(doc, ctx, e.id);
    if (
      domain &&
      e.label === 'Organization' &&
      forms.some(
        (f) =>
          f.includes(`department of ${domain.toLowerCase()}`) ||
          f.includes(`ministry of ${domain.toLowerCase()}`),
      )
    ) {
      return existingEntity(doc, ctx, e.id);
    }
  }
  return undefined;
}

function applyRole(
  doc: Doc,
  ctx: DraftContext,
  person: DocEntity,
  phrase: { start: number; end: number; text: string },
  s: Sentence,
  rule_: string,
): void {
  // "Iranian FM Abbas Araghchi": the headline and digest abbreviation, last before the name.
  const lower = phrase.text.toLowerCase().replace(/\bfm$/, 'foreign minister');
  // "a former deputy national security adviser now at the Atlantic Council": the post held
  // now is the one after "now".
  const now = /\bnow\s+(?:a\s+[\w\s-]{0,40}?\s+)?(?:at|with)\s+(?:the\s+)?/i.exec(phrase.text);
  if (now) {
    const at = phrase.start + now.index + now[0].length;
    const org = doc.mentions.find(
      (x) =>
        !x.nested &&
        x.start >= at &&
        x.start - at <= 4 &&
        ['Organization', 'Outlet'].includes(doc.entities.get(x.entity)?.label ?? ''),
    );
    if (org)
      relate(doc, {
        type: 'MEMBER_OF',
        from: person.id,
        to: org.entity,
        evidence: [s],
        detail: phrase.text,
        confidence: 0.6,
        rule: `role:${rule_}-now-at`,
      });
    return;
  }
  const rule = ruleOf(lower);
  if (!rule) {
    outletPossessive(doc, person, phrase, s, rule_);
    return;
  }
  // "a former CIA analyst", "ex-ambassador": a post no longer held is no relationship now.
  if (/\b(?:former|ex-|onetime|one-time|erstwhile|retired|late)\b/.test(lower)) return;
  if (!person.role && person.status === 'new') person.role = phrase.text;
  const named = mentionsWithin(doc, phrase.start, phrase.end, person.id).filter((e) =>
    rule.to.includes(e.label),
  );
  // "an adviser to X", "a spokesman for X": the object of to/for/of is the other end.
  let type = rule.type;
  let target =
    named.sort((a, b) => rule.to.indexOf(a.label) - rule.to.indexOf(b.label))[0] ??
    knownEnd(doc, ctx, person, rule, lower);
  if (!target && rule.to.includes('Organization')) target = departmentOfTitle(doc, lower);
  // "Director of National Intelligence X": the head of the U.S. intelligence community (the
  // registry's body of that name; the office of the director is its staff).
  if (!target && rule.type === 'LEADS' && NATIONAL_INTELLIGENCE.test(lower))
    target = intelligenceCommunity(doc, ctx);
  // "Pentagon spokesman": the Pentagon is the building of the defence department.
  if (!target && rule.to.includes('Organization') && /\bpentagon\b/.test(lower))
    target = defenceDepartment(doc, ctx);
  if (!target && rule.to.includes('Organization')) {
    const ministry = ministryOfTitle(doc, phrase.text);
    if (ministry) {
      target = ministry;
      if (/\b(deputy|vice|assistant)\b/.test(lower)) type = 'MEMBER_OF';
    } else target = bodyOfTitle(doc, ctx, phrase.text, phrase.start, s);
  }
  // "Kremlin aide Yuri Ushakov": an aide of a body belongs to it; one advises a person.
  if (rule.type === 'ADVISES' && target?.label === 'Organization') type = 'MEMBER_OF';
  // A deputy, the chief of one field ("the EU's foreign policy chief") or the head of a unit
  // ("director of the Middle East program at CSIS") works in the body; he does not lead it.
  if (type === 'LEADS' && target?.label === 'Organization' && !ownHead(phrase.text))
    type = 'MEMBER_OF';
  if (!target && rule_ === 'title' && rule.type === 'REPRESENTS')
    target = bodyOfSentence(doc, ctx, person, phrase, s);
  // "Chairman Wade Pettibone, R-Fla., opened by asking …": a bare chair's title in a story of
  // one committee is that committee's chair.
  if (!target && rule.type === 'LEADS' && BARE_CHAIR.test(phrase.text.trim()))
    target = committeeBefore(doc, phrase.start);
  if (!target) {
    const fallback = roleFallback(doc, ctx, rule, phrase, s);
    if (fallback) [type, target] = fallback;
  }
  if (!target) return;
  relate(doc, {
    type,
    from: person.id,
    to: target.id,
    evidence: [s],
    detail: phrase.text,
    confidence: 0.7,
    rule: `role:${rule_}`,
  });
  // An envoy of a person represents that person's country too.
  if (rule.type === 'REPRESENTS' && target.label === 'Person') {
    const led = doc.relationships.find(
      (r) =>
        r.type === 'LEADS' && r.from === target.id && doc.entities.get(r.to)?.label === 'Country',
    );
    const country = led
      ? doc.entities.get(led.to)
      : knownEnd(doc, ctx, target, ROLE_RULES[3]!, 'president');
    if (country)
      relate(doc, {
        type: 'REPRESENTS',
        from: person.id,
        to: country.id,
        evidence: [s],
        detail: phrase.text,
        confidence: 0.55,
        rule: `role:${rule_}-principal-country`,
      });
  }
}

const MEDIA_RULE = ROLE_RULES.find((r) => r.to.includes('Outlet'))!;

/**
 * The rule of a title: the first that fits, except that a journalist's noun after a leading
 * word is the head ("chief foreign correspondent", "senior White House reporter": MEMBER_OF the
 * outlet, not LEADS).
 */
function ruleOf(lower: string): RoleRule | undefined {
  const rule = ROLE_RULES.find((r) => r.head.test(lower));
  if (!rule || rule.type !== 'LEADS' || !rule.to.includes('Organization')) return rule;
  const lead = rule.head.exec(lower)!;
  const media = MEDIA_RULE.head.exec(lower);
  return media &&
    media.index > lead.index &&
    !/\b(?:of|at|for)\b/.test(lower.slice(lead.index, media.index))
    ? MEDIA_RULE
    : rule;
}

/**
 * "NBC's Lauren Castellano", "told CNN's Aaron Pell": a journalist named by an outlet's
 * possessive alone belongs to it. Only an outlet: "the Kremlin's X" or "Russia's X" says no
 * post.
 */
function outletPossessive(
  doc: Doc,
  person: DocEntity,
  phrase: { start: number; end: number; text: string },
  s: Sentence,
  rule_: string,
): void {
  if (!/['’]s?\s*$/.test(phrase.text) || !/^\p{Lu}/u.test(phrase.text)) return;
  const outlet = doc.mentions.find(
    (x) =>
      !x.nested &&
      x.start === phrase.start &&
      doc.entities.get(x.entity)?.label === 'Outlet' &&
      /^['’]s?\s*$/.test(doc.text.slice(x.end, phrase.end)),
  );
  if (!outlet) return;
  relate(doc, {
    type: 'MEMBER_OF',
    from: person.id,
    to: outlet.entity,
    evidence: [s],
    detail: phrase.text,
    confidence: 0.6,
    rule: `role:${rule_}-outlet-possessive`,
  });
}

/**
 * Whether a leading title heads the body it names: not a deputy or an assistant, not the chief
 * of one field of it ("foreign policy chief", "press chief") or of a unit in it ("director of
 * the Middle East program at").
 */
function ownHead(title: string): boolean {
  const t = title.toLowerCase();
  if (/\b(?:deputy|vice|assistant|associate|under)\b/.test(t)) return false;
  if (
    /\b(?:program|programme|project|initiative|desk|bureau|division|unit|office|center|centre|studies|research|section|branch)\s+(?:at|of|in)\b/.test(
      t,
    )
  )
    return false;
  return !/\b(?:policy|security|press|communications|media|spy|intelligence|military|research|economic|trade|energy|regional|bureau|desk|staff|operations|legal|political|cyber|digital)\s+(?:chief|head|director|boss|czar)\b/.test(
    t,
  );
}

/** A spokesperson's title that names no body: "press secretary", "deputy spokeswoman". */
const BARE_SPOKES =
  /^(?:(?:deputy|chief|principal|assistant|senior|acting|lead)\s+)*(?:press\s+secretary|spokes(?:man|woman|person))$/i;

/** "…, spokesman X said": the name is the subject of a verb of saying right after it. */
const SAYS_AFTER =
  /^\s*(?:,\s*)?(?:(?:also|later|then)\s+)?(?:said|says|told|tells|added|adds|wrote|noted|stated|explained|replied|responded)\b/i;

/** The body a sentence opens with ("The Pentagon is …", "At the State Department, …"). */
function openingBody(doc: Doc, ctx: DraftContext, s: Sentence, end: number): DocEntity | undefined {
  const first = doc.mentions
    .filter(
      (x) =>
        !x.nested &&
        x.start >= s.start &&
        x.end <= end &&
        !doc.quotes.some((q) => x.start >= q.start && x.end <= q.end),
    )
    .sort((a, b) => a.start - b.start)[0];
  if (!first) return undefined;
  const before = doc.fold.slice(s.start, first.phraseStart ?? first.start);
  if (!/^\s*(?:(?:at|in|from)\s+)?(?:the\s+)?$/i.test(before)) return undefined;
  const e = doc.entities.get(first.entity);
  if (!e) return undefined;
  if (e.label === 'Location' && /^(?:the\s+)?pentagon$/i.test(e.name))
    return defenceDepartment(doc, ctx);
  if (e.label === 'Organization') return e;
  // "In Washington, the State Department …": the place that sets the scene is no subject.
  const comma = /^\s*,\s*/.exec(doc.fold.slice(first.end, end));
  if (!/^\s*(?:at|in|from)\s/i.test(before) || !comma) return undefined;
  return openingBody(doc, ctx, { ...s, start: first.end + comma[0].length }, end);
}

/**
 * "The Pentagon is “reviewing the report closely,” deputy press secretary X said", "At the
 * State Department, spokesman Y said …", "The State Department welcomed it. “…,” spokeswoman Z
 * told reporters": a spokesperson whose title names no body speaks for the body the sentence
 * opens with, else (when the sentence opens with the quote or the title) for the body the
 * sentence before opens with, in the same paragraph. Only a lower-case title, the name the
 * subject of a verb of saying; the article's opening quote never counts as a subject.
 */
function bodyOfSentence(
  doc: Doc,
  ctx: DraftContext,
  person: DocEntity,
  phrase: { start: number; end: number; text: string },
  s: Sentence,
): DocEntity | undefined {
  if (!BARE_SPOKES.test(phrase.text.trim()) || /\p{Lu}/u.test(phrase.text.slice(1)))
    return undefined;
  const m = doc.mentions.find(
    (x) => x.entity === person.id && x.start >= phrase.end && x.start - phrase.end <= 2,
  );
  if (!m || !SAYS_AFTER.test(doc.fold.slice(m.end, s.end))) return undefined;
  const own = openingBody(doc, ctx, s, phrase.start);
  if (own) return own;
  // The sentence opens with the quote or with the title itself.
  const lead = doc.fold.slice(s.start, phrase.start);
  const opensWithQuote = doc.quotes.some(
    (q) =>
      q.start - s.start <= 2 &&
      /^\s*[,.]?["”']?\s*,?\s*$/.test(doc.fold.slice(q.end, phrase.start)),
  );
  if (!opensWithQuote && !/^\s*$/.test(lead)) return undefined;
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return undefined;
  return openingBody(doc, ctx, prev, prev.end);
}

const NATIONAL_INTELLIGENCE =
  /\bdirector of national intelligence\b|\bnational intelligence director\b|(?:^|\s)dni$/;

/** The registry's intelligence community ("U.S. intelligence community"). */
function intelligenceCommunity(doc: Doc, ctx: DraftContext): DocEntity | undefined {
  const d = ctx.entities.find(
    (e) =>
      e.label === 'Organization' &&
      [e.name, ...e.aliases].some((f) => /\bintelligence community\b/i.test(f)),
  );
  return d ? existingEntity(doc, ctx, d.id) : undefined;
}

/** The registry's defence department ("U.S. Department of War", "Department of Defense"). */
function defenceDepartment(doc: Doc, ctx: DraftContext): DocEntity | undefined {
  const d = ctx.entities.find(
    (e) =>
      e.label === 'Organization' &&
      [e.name, ...e.aliases].some((f) =>
        /\bdepartment of (?:defen[cs]e|war)\b|\b(?:defen[cs]e|war) department\b/i.test(f),
      ),
  );
  return d ? existingEntity(doc, ctx, d.id) : undefined;
}

/**
 * "Secretary of State Marco Rubio" in an article that names "the State Department": the
 * department of the title's domain, when the article names exactly one.
 */
function departmentOfTitle(doc: Doc, lower: string): DocEntity | undefined {
  const d =
    /\bsecretary of (?:the )?(state|defen[cs]e|war|treasury|homeland security|commerce|energy)\b/.exec(
      lower,
    )?.[1] ??
    /\b(state|defen[cs]e|war|treasury|homeland security|commerce|energy) secretary\b/.exec(
      lower,
    )?.[1];
  if (!d) return undefined;
  const dom = d.replace(/c(?=e$)/, '[cs]');
  const re = new RegExp(`\\b(?:${dom} department|department of (?:the )?${dom})\\b`, 'i');
  const fits = [...doc.entities.values()].filter(
    (e) => e.label === 'Organization' && [e.name, ...e.aliases].some((f) => re.test(f)),
  );
  if (fits.length === 1) return fits[0];
  if (fits.length > 0 || !/^defen/.test(d)) return undefined;
  // "Defence Secretary X" in a story that names "Britain's Ministry of Defence" and no American
  // defence department: the secretary of that ministry (the British title).
  // Only the British spelling, and only a ministry named the British way ("Ministry of
  // Defence", not "Russia's Defence Ministry").
  if (d !== 'defence' || /\b(?:u\.?s\.?|american|pentagon)\b/.test(lower)) return undefined;
  const american = doc.mentions.some((m) => {
    const e = doc.entities.get(m.entity);
    return (
      e !== undefined &&
      (/^(?:the\s+)?pentagon$/i.test(e.name) ||
        [e.name, ...e.aliases].some((f) => /\bdepartment of (?:defen[cs]e|war)\b/i.test(f)))
    );
  });
  if (american) return undefined;
  const ministries = [...doc.entities.values()].filter(
    (e) =>
      e.label === 'Organization' &&
      [e.name, ...e.aliases].some((f) => /\bministry of defence\b/i.test(f)),
  );
  return ministries.length === 1 ? ministries[0] : undefined;
}

/** Titles of the U.S. cabinet that name no country ("Secretary of State", "Treasury Secretary"). */
const US_CABINET =
  /\bsecretary of (?:state|defen[cs]e|war|the treasury|homeland security|commerce|energy)\b|\b(?:defen[cs]e|treasury|war|homeland security|commerce|energy) secretary\b|\battorney general\b|\bnational security adviser\b/;

/** The department an American cabinet title names, by the name news English gives it. */
const DEPARTMENT_ALIASES: Record<string, string[]> = {
  'State Department': ['Department of State', 'U.S. State Department'],
  'Treasury Department': ['Department of the Treasury', 'U.S. Treasury', 'Treasury'],
  'Commerce Department': ['Department of Commerce'],
  'Energy Department': ['Department of Energy'],
  'Department of Homeland Security': ['Homeland Security Department', 'DHS'],
  'Justice Department': ['Department of Justice'],
};

function cabinetDepartment(lower: string): string | undefined {
  const d =
    /\bsecretary of (?:the )?(state|treasury|commerce|energy|homeland security)\b/.exec(
      lower,
    )?.[1] ?? /\b(treasury|commerce|energy|homeland security) secretary\b/.exec(lower)?.[1];
  if (d)
    return d === 'homeland security'
      ? 'Department of Homeland Security'
      : `${d[0]!.toUpperCase()}${d.slice(1)} Department`;
  return /\battorney general\b/.test(lower) ? 'Justice Department' : undefined;
}

/**
 * When the title names no body and nothing is known of the person: a member of Congress for
 * "Sen." / "Rep." (the registry's legislature), the outlet of the sentence for a host or a
 * moderator, and the country of a demonym for any other office ("Russian Foreign Minister
 * Sergei Lavrov" belongs to Russia).
 */
function roleFallback(
  doc: Doc,
  ctx: DraftContext,
  rule: RoleRule,
  phrase: { start: number; end: number; text: string },
  s: Sentence,
): [CuratedRelationshipType, DocEntity] | undefined {
  // "an adviser to Senate Majority Leader X": the title after "to" is X's, not this person's.
  const lower = phrase.text.toLowerCase().replace(/\b(?:to|for)\s.*$/, '');
  if (
    /\b(?:rep\.|sen\.)|(?<!['’]s\s(?:[a-z.]+\s)?)\b(?:representative(?!\s+(?:to|at)\b)|congress(?:man|woman)|senator)\b|\b(?:senate|house) (?:majority |minority )?(?:leader|whip)\b|\b(?:house speaker|speaker of the house)\b/.test(
      lower,
    )
  ) {
    const congress = ctx.entities.filter(
      (e) => e.label === 'Organization' && /\bcongress\b/i.test(e.name),
    );
    if (congress.length === 1) {
      const e = existingEntity(doc, ctx, congress[0]!.id);
      if (e) return ['MEMBER_OF', e];
    }
  }
  if (rule.to.includes('Outlet')) {
    const para = doc.paragraphs[s.paragraph]!;
    const outlets = doc.mentions.filter(
      (m) =>
        m.start >= para.start &&
        m.end <= para.end &&
        doc.entities.get(m.entity)?.label === 'Outlet',
    );
    // The network before the programme: "CBS's “Face the Nation”" -> CBS.
    const o = outlets.sort((a, b) => a.start - b.start)[0];
    if (o) return ['MEMBER_OF', doc.entities.get(o.entity)!];
  }
  if (rule.type === 'LEADS' || rule.type === 'MEMBER_OF' || rule.type === 'REPRESENTS') {
    const country = mentionsWithin(doc, phrase.start, phrase.end, '').find(
      (e) => e.label === 'Country',
    );
    // A minister whose ministry the article does not name holds a post in the country.
    if (country && rule.type !== 'REPRESENTS') return ['MEMBER_OF', country];
    // "Secretary of State Marco Rubio" in an article that does not name the department: he
    // leads the department the title names (the seeds' "Defense Secretary" leads its
    // department; 8 of 12 held-out golds with an unnamed department); a deputy, an under or
    // an assistant secretary belongs to the country.
    const dept = cabinetDepartment(lower);
    if (rule.type === 'LEADS' && dept && !/\b(?:deputy|under|assistant|acting)\b/.test(lower)) {
      const e = newEntity(doc, ctx, dept, 'Organization');
      if (!e.aliases.length) e.aliases.push(...DEPARTMENT_ALIASES[dept]!);
      return ['LEADS', e];
    }
    // An American cabinet title names its country itself.
    if (rule.type !== 'REPRESENTS' && US_CABINET.test(lower)) {
      const us = ctx.entities.find(
        (e) => e.label === 'Country' && nameKey(e.name) === 'united states',
      );
      const e = us ? existingEntity(doc, ctx, us.id) : undefined;
      if (e) return ['MEMBER_OF', e];
    }
  }
  return undefined;
}

const PRONOUN_ROLE =
  /\b(its|their|his|her)\s+((?:[\w-]+\s+){0,3}?(spokes(?:man|woman|person)|envoy|ambassador|adviser|advisor|aide|chief|head|director|leader))\s*,\s*$/i;

/**
 * "Iran's Foreign Ministry rejected the accusation. Its spokeswoman, Laleh Danesh, …": the
 * role belongs to what the pronoun stands for, the body (its, their) or the person (his, her)
 * named last before, in this sentence or the two before it.
 */
function pronounRole(doc: Doc, person: DocEntity, m: Mention, s: Sentence): void {
  const p = PRONOUN_ROLE.exec(doc.fold.slice(s.start, m.phraseStart ?? m.start));
  if (!p) return;
  const wantPerson = /^(?:his|her)$/i.test(p[1]!);
  const from = doc.sentences[Math.max(0, s.index - 2)]!.start;
  const before = doc.mentions
    .filter(
      (x) =>
        x.start >= from &&
        x.end <= s.start + p.index &&
        !x.nested &&
        x.entity !== person.id &&
        (wantPerson
          ? doc.entities.get(x.entity)?.label === 'Person'
          : ['Organization', 'Country'].includes(doc.entities.get(x.entity)?.label ?? '')),
    )
    .sort((a, b) => a.start - b.start);
  // A body over the country that owns it ("Iran's Foreign Ministry").
  const orgs = before.filter((x) => doc.entities.get(x.entity)?.label === 'Organization');
  const ante = (orgs.length ? orgs : before)[(orgs.length ? orgs : before).length - 1];
  if (!ante) return;
  const head = p[3]!.toLowerCase();
  const type: CuratedRelationshipType = /spokes|envoy|ambassador/.test(head)
    ? 'REPRESENTS'
    : /adviser|advisor|aide/.test(head)
      ? wantPerson
        ? 'ADVISES'
        : 'MEMBER_OF'
      : 'LEADS';
  if (type === 'LEADS' && wantPerson) return;
  relate(doc, {
    type,
    from: person.id,
    to: ante.entity,
    evidence: [s],
    detail: p[2]!,
    confidence: 0.6,
    rule: 'role:pronoun-possessive',
  });
}

/**
 * Posts at a think tank or a university, told after the name: "is a senior fellow for Eurasian
 * security at X", "is now a fellow at X", "directs the transatlantic program at X", ", who
 * studies Russian military policy at X", ", an associate professor of political science at X".
 * The text between the name and the body is read whole (no full stop, no former post).
 */
const POST_AT =
  /^\s*,?\s*(?:(?:a|an)\s+(?:[\w-]+\s+){0,6}?who\s+|who\s+)?(?:(?:is|has been|serves as)\s+(?:now\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:fellow|professor|researcher|scholar|lecturer|analyst|expert|economist|historian|specialist|director)(?:\s+(?:for|of|on|in)\s+(?:[\w'’-]+\s+){1,4}?)?|(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:fellow|professor|researcher|scholar|lecturer|economist|historian|analyst|expert|specialist)(?:\s+(?:for|of|on|in)\s+(?:[\w'’-]+\s+){1,4}?)?|(?:now\s+)?(?:directs\s+|runs\s+|leads\s+|heads\s+|studies\s+|teaches\s+|researches\s+|works\s+)(?:[\w'’-]+\s+){0,8}?)\s*(?:at|with)\s+(?:the\s+)?(?:[\p{L}.-]+-based\s+)?$/iu;

function postAt(doc: Doc, person: DocEntity, m: Mention, s: Sentence): void {
  const org = doc.mentions
    .filter(
      (x) =>
        !x.nested &&
        x.start >= m.end &&
        x.end <= s.end &&
        ['Organization', 'Outlet'].includes(doc.entities.get(x.entity)?.label ?? ''),
    )
    .sort((a, b) => a.start - b.start)[0];
  if (!org) return;
  const between = doc.fold.slice(m.end, org.start);
  if (between.length > 140 || !POST_AT.test(between)) return;
  // "a former deputy adviser who is now a fellow at X": the post after "now" is held now.
  const now = /^([\s\S]*)\bnow\s/i.exec(between);
  const held = now ? between.slice(now[1]!.length) : between;
  if (/\b(?:former|ex-|onetime|one-time|retired|until|once)\b/i.test(held)) return;
  relate(doc, {
    type: 'MEMBER_OF',
    from: person.id,
    to: org.entity,
    evidence: [s],
    detail: doc.text.slice(m.end, org.start).replace(/^[\s,]+|\s+$/g, ''),
    confidence: 0.55,
    rule: 'role:post-at',
  });
}

/** Verbs whose object may be followed by "of" something else: "accused X of the attack". */
const OF_VERB =
  /\b(?:accus\w*|remind\w*|warn\w*|convinc\w*|inform\w*|notif\w*|assur\w*|persuad\w*|suspect\w*|clear\w*|rob\w*|depriv\w*|reliev\w*)\s+(?:\S+\s+){0,3}$/i;

/**
 * "said Andrei Volkov of the Carnegie Endowment", "Jake Morrow of CNN", "written by A and B of
 * the Harbor Times": a person named with "of" and a body or an outlet belongs to it. Not a
 * country or a place ("Sen. X of Nevada"), not the object of a verb that takes "of" ("accused X
 * of the …"), not a body followed by a possessive ("reminded X of the Kremlin's promise"), and
 * not a body the person already holds a post in by a title.
 */
function ofBody(doc: Doc, person: DocEntity, m: Mention, s: Sentence): void {
  if (OF_VERB.test(doc.fold.slice(s.start, m.phraseStart ?? m.start))) return;
  const next = doc.mentions
    .filter((x) => !x.nested && x.start >= m.end && x.end <= s.end)
    .sort((a, b) => a.start - b.start);
  let at = m.end;
  for (const x of next) {
    const label = doc.entities.get(x.entity)?.label;
    const gap = doc.fold.slice(at, x.phraseStart ?? x.start);
    if (label === 'Person' && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap)) {
      at = x.end;
      continue;
    }
    if (!/^\s+of\s+(?:the\s+)?$/.test(gap)) return;
    if (label !== 'Organization' && label !== 'Outlet') return;
    if (/^['’]s?\b/.test(doc.fold.slice(x.end, x.end + 2))) return;
    if (doc.relationships.some((r) => r.from === person.id && r.to === x.entity)) return;
    relate(doc, {
      type: 'MEMBER_OF',
      from: person.id,
      to: x.entity,
      evidence: [s],
      detail: doc.text.slice(m.end, x.end).replace(/^[\s,]+/, ''),
      confidence: 0.55,
      rule: 'role:of-body',
    });
    return;
  }
}

/** "Jane Roe is a senior fellow at the Atlantic Council": she belongs to it. */
function affiliation(doc: Doc, person: DocEntity, m: Mention, s: Sentence): void {
  ofBody(doc, person, m, s);
  const a = AFFILIATION.exec(doc.fold.slice(m.end, s.end));
  if (!a) {
    postAt(doc, person, m, s);
    return;
  }
  const at = m.end + a[0].length;
  const org = doc.mentions.find(
    (x) =>
      x.start >= at &&
      x.start - at <= 2 &&
      ['Organization', 'Outlet'].includes(doc.entities.get(x.entity)?.label ?? ''),
  );
  if (!org) {
    postAt(doc, person, m, s);
    return;
  }
  relate(doc, {
    type: 'MEMBER_OF',
    from: person.id,
    to: org.entity,
    evidence: [s],
    detail: doc.text.slice(m.end, at).trim(),
    confidence: 0.6,
    rule: 'role:affiliation',
  });
}

/**
 * "his Turkish counterpart, Selim Kaya": a counterpart holds the same office for the country
 * of the demonym.
 */
function counterparts(doc: Doc): void {
  const lower = doc.fold.toLowerCase();
  for (const c of doc.mentions) {
    if (c.kind !== 'demonym' || doc.entities.get(c.entity)?.label !== 'Country') continue;
    const person = doc.mentions.find(
      (x) =>
        x.start > c.end &&
        x.start - c.end < 20 &&
        doc.entities.get(x.entity)?.label === 'Person' &&
        /^\s+counterpart\s*,?\s*$/.test(lower.slice(c.end, x.phraseStart ?? x.start)),
    );
    // "Sergei Lavrov, his Russian counterpart,": the person named right before.
    const before = person
      ? undefined
      : [...doc.mentions]
          .filter(
            (x) =>
              x.end <= c.start &&
              c.start - x.end < 12 &&
              doc.entities.get(x.entity)?.label === 'Person' &&
              /^\s*,\s*(?:his|her|their|the)\s+$/.test(lower.slice(x.end, c.start)) &&
              /^\s+counterpart\b/.test(lower.slice(c.end, c.end + 14)),
          )
          .pop();
    const who = person ?? before;
    const s = who && doc.sentences.find((x) => x.start <= c.start && c.start < x.end);
    if (!who || !s) continue;
    relate(doc, {
      type: 'MEMBER_OF',
      from: who.entity,
      to: c.entity,
      evidence: [s],
      detail: person
        ? doc.text.slice(c.start, person.start).replace(/[,\s]+$/, '')
        : `${doc.text.slice(c.start, c.end)} counterpart`,
      confidence: 0.55,
      rule: 'role:counterpart',
    });
  }
}

/**
 * "the Islamic Revolutionary Guard Corps (IRGC)": a well-known body is its state's (lexicon),
 * PART_OF it (the seeds' convention for a state's body: docs/extraction.md), named or not; run before the claims, so that a claim made of the body is its state's too.
 */
export function homeCountries(doc: Doc, ctx: DraftContext): void {
  for (const e of [...doc.entities.values()]) {
    const home = e.label === 'Organization' ? ORG_HOME[e.name] : undefined;
    if (!home) continue;
    const m = doc.mentions.find((x) => x.entity === e.id);
    const s = m && doc.sentences.find((x) => x.start <= m.start && m.start < x.end);
    if (!s) continue;
    const reg = ctx.entities.find(
      (x) => x.label === 'Country' && nameKey(x.name) === nameKey(home),
    );
    const country = reg
      ? existingEntity(doc, ctx, reg.id)
      : entityForKey(doc, ctx, `lexicon:country:${home}`);
    if (!country) continue;
    relate(doc, {
      type: 'PART_OF',
      from: e.id,
      to: country.id,
      evidence: [s],
      confidence: 0.55,
      rule: 'role:home-country',
    });
  }
}

/**
 * "Sens. Mara Lindqvist and Owen Tate", "Reps. A, B and C": a plural title before a list of
 * names is each one's (as "Sen." / "Rep."), the first name's and those joined to it.
 */
function pluralTitle(
  doc: Doc,
  m: Mention,
  s: Sentence,
  depth = 0,
): { start: number; end: number; text: string } | undefined {
  const before = doc.fold.slice(s.start, m.start);
  const t = /\b(Sens\.|Senators|Reps\.|Representatives)\s+$/.exec(before);
  if (t) {
    const start = s.start + t.index;
    return { start, end: start + t[1]!.length, text: /^Sen/.test(t[1]!) ? 'Sen.' : 'Rep.' };
  }
  if (depth > 4 || !/(?:,|\band)\s+$/.test(before)) return undefined;
  const prev = doc.mentions
    .filter(
      (x) =>
        x.start >= s.start &&
        x.end <= m.start &&
        x.entity !== m.entity &&
        doc.entities.get(x.entity)?.label === 'Person',
    )
    .pop();
  if (!prev || !/^\s*(?:,|,?\s*and)\s*$/.test(doc.fold.slice(prev.end, m.start))) return undefined;
  return pluralTitle(doc, prev, s, depth + 1);
}

/**
 * "Deputy National Security Advisor Colin Ashby", "Colin Ashby, the President's deputy national
 * security adviser,": the U.S. national security adviser (or a deputy) ADVISES the president,
 * the registry's one President of the United States. A foreign qualifier ("Israeli National
 * Security Adviser X", "Russia's national security adviser") or a former post gives nothing.
 */
const NSA_BEFORE =
  /(?:^|[^\p{L}])((?:(?:principal\s+)?deputy\s+)?national\s+security\s+advis[eo]r)\s+$/iu;
const NSA_AFTER =
  /^,\s+(?:the\s+)?(?:(?:president|white house)['’]s\s+|(?:a\s+|the\s+)?)((?:(?:principal\s+)?deputy\s+)?national\s+security\s+advis[eo]r)\b/iu;
const NOT_OURS =
  /\b(?:former|ex-|onetime|then-|israeli|russian|iranian|british|ukrainian|french|german|saudi|indian|chinese|israel['’]s|russia['’]s|iran['’]s|britain['’]s|ukraine['’]s)\s*(?:[\w-]+\s+){0,2}$/i;
function nationalSecurityAdvisers(doc: Doc, ctx: DraftContext): void {
  const presidents = ctx.entities.filter(
    (e) => e.label === 'Person' && /^president of the united states\b/i.test(e.role ?? ''),
  );
  if (presidents.length !== 1) return;
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || doc.entities.get(m.entity)?.label !== 'Person') continue;
    if (m.entity === presidents[0]!.id) continue;
    const before = doc.fold.slice(Math.max(0, m.start - 60), m.start);
    const b = NSA_BEFORE.exec(before);
    const a = b ? undefined : NSA_AFTER.exec(doc.fold.slice(m.end, m.end + 80));
    if (!b && !a) continue;
    if (b && NOT_OURS.test(before.slice(0, b.index + b[0].indexOf(b[1]!)))) continue;
    const s = doc.sentences.find((x) => x.start <= m.start && m.end <= x.end);
    if (!s) continue;
    const president = existingEntity(doc, ctx, presidents[0]!.id);
    if (!president) continue;
    relate(doc, {
      type: 'ADVISES',
      from: m.entity,
      to: president.id,
      evidence: [s],
      detail: (b ?? a)![1]!,
      confidence: 0.55,
      rule: 'role:national-security-adviser',
    });
  }
}

/** "Chairman", "Committee Chairwoman": a chair's title that names no body. */
const BARE_CHAIR = /^(?:the\s+)?(?:committee\s+|panel\s+)?chair(?:man|woman|person)?$/i;

/** The one committee (or panel) the article has named before `at`, if only one. */
function committeeBefore(doc: Doc, at: number): DocEntity | undefined {
  const ids = new Set(
    doc.mentions
      .filter(
        (m) =>
          !m.nested &&
          m.end <= at &&
          doc.entities.get(m.entity)?.label === 'Organization' &&
          /\b(?:Committee|Subcommittee)$/.test(doc.entities.get(m.entity)!.name),
      )
      .map((m) => m.entity),
  );
  return ids.size === 1 ? doc.entities.get([...ids][0]!) : undefined;
}

/** A committee of the Senate or the House ("House Intelligence Committee"). */
const CONGRESS_COMMITTEE = /^(?:U\.?S\.?\s+)?(?:Senate|House)\b.*\b(?:Committee|Subcommittee)$/;
/** Posts on a committee that are staff, not seats ("staff director", "chief counsel"). */
const COMMITTEE_STAFF = /\b(?:staff|counsel|clerk|aide|adviser|advisor|spokes|investigator|press)/i;

/**
 * "House Intelligence Committee Chairman Rick Osterhout", "the committee's chairman, X": whoever
 * chairs or sits on a committee of the Senate or the House is a member of Congress (staff of
 * the committee are not).
 */
function congressOfCommittee(doc: Doc, ctx: DraftContext): void {
  const congress = ctx.entities.filter(
    (e) => e.label === 'Organization' && /\bcongress\b/i.test(e.name),
  );
  if (congress.length !== 1) return;
  for (const r of [...doc.relationships]) {
    if (r.type !== 'LEADS' && r.type !== 'MEMBER_OF') continue;
    if (doc.entities.get(r.from)?.label !== 'Person') continue;
    const body = doc.entities.get(r.to);
    if (body?.label !== 'Organization' || !CONGRESS_COMMITTEE.test(body.name)) continue;
    if (r.detail && COMMITTEE_STAFF.test(r.detail)) continue;
    // The sentence that told the seat: the first with both the person and the committee,
    // else the first with the person ("Chairman X" of the one committee named before).
    const has = (x: Sentence, id: string) =>
      doc.mentions.some((m) => m.entity === id && m.start >= x.start && m.end <= x.end);
    const told =
      doc.sentences.find((x) => has(x, r.from) && has(x, r.to)) ??
      doc.sentences.find((x) => has(x, r.from));
    if (!told) continue;
    const e = existingEntity(doc, ctx, congress[0]!.id);
    if (!e) return;
    if (doc.relationships.some((x) => x.type === 'MEMBER_OF' && x.from === r.from && x.to === e.id))
      continue;
    relate(doc, {
      type: 'MEMBER_OF',
      from: r.from,
      to: e.id,
      evidence: [told],
      detail: body.name,
      confidence: 0.55,
      rule: 'role:committee-of-congress',
    });
  }
}

export function extractRoles(doc: Doc, ctx: DraftContext): void {
  counterparts(doc);
  nationalSecurityAdvisers(doc, ctx);
  for (const s of doc.sentences) {
    const persons = doc.mentions.filter(
      (m) =>
        m.start >= s.start &&
        m.end <= s.end &&
        doc.entities.get(m.entity)?.label === 'Person' &&
        (m.kind === 'name' || m.kind === 'fuzzy'),
    );
    for (const m of persons) {
      const person = doc.entities.get(m.entity)!;
      const t = titleBefore(doc, m, s);
      if (t)
        applyRole(doc, ctx, person, { start: t.start, end: m.start, text: t.text }, s, 'title');
      // A registry alias can carry the title itself ("Defense Secretary Pete Hegseth").
      const surface = doc.text.slice(m.start, m.end);
      // The title is what precedes the name (or the surname) in the mention.
      const parts = person.name.split(/\s+/);
      const tail = [person.name, parts[parts.length - 1]!].find((n) =>
        nameKey(surface).endsWith(nameKey(n)),
      );
      if (tail && nameKey(surface) !== nameKey(tail)) {
        const title = surface.slice(0, surface.length - tail.length).trim();
        applyRole(
          doc,
          ctx,
          person,
          { start: m.start, end: m.start + title.length, text: title },
          s,
          'title',
        );
      }
      const pl = pluralTitle(doc, m, s);
      if (pl) applyRole(doc, ctx, person, pl, s, 'title');
      const ap = appositionAfter(doc, m, s);
      if (ap) applyRole(doc, ctx, person, ap, s, 'apposition');
      const po = possessiveBefore(doc, m, s);
      if (po) applyRole(doc, ctx, person, po, s, 'possessive-apposition');
      pronounRole(doc, person, m, s);
      affiliation(doc, person, m, s);
    }
    // A seat is told after any mention, a surname too ("Okafor, who sits on …").
    for (const m of doc.mentions) {
      const e = doc.entities.get(m.entity);
      if (e?.label !== 'Person' || m.nested || m.start < s.start || m.end > s.end) continue;
      if (m.kind === 'name' || m.kind === 'fuzzy' || m.kind === 'surname') {
        seatOn(doc, e, m, s);
        seatBefore(doc, e, m, s);
        relativeRole(doc, e, m, s);
      }
      // "Thorne is now a fellow at the Hudson Institute": a post told after a surname.
      if (m.kind === 'surname') postAt(doc, e, m, s);
    }
  }
  congressOfCommittee(doc, ctx);
}

/**
 * ", who chairs the Senate Intelligence Committee", ", who sits on the Armed Services panel",
 * " (R-Texas), who chairs …", " of California, the top Democrat on …", ", a Kansas Republican on
 * …": a party tag or a home state may come first; the top or ranking member of a party on a
 * committee sits on it (MEMBER_OF), only a chair leads it.
 */
const SEAT =
  /^(?:\s*\([^)]{2,24}\)|,\s+[rdi]-[a-z][a-z.]{1,12}(?=,)|,\s+(?:democrat|republican|independent)\s+of\s+[a-z .]{2,20}?(?=,))?(?:\s+of\s+[a-z .]{2,20}?)?,?\s+(?:(?:a|an)\s+[^,;"“]{0,40}?\s+(?=who\s))?(?:who\s+)?(?:(chairs|heads|leads|is chairman of|is chairwoman of|is the chair of|(?:the\s+)?(?:chairman|chairwoman|chair)\s+of)|(?:sits|serves) on|(?:is\s+)?a member of|one of the members of|(?:the\s+)?(?:top|ranking|senior|leading)\s+(?:democrat|republican|member)\s+(?:on|of)|(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:democrat|republican|member|lawmaker|senator)\s+on)\s+(?:the\s+)?$/;

function seatOn(doc: Doc, person: DocEntity, m: Mention, s: Sentence): void {
  const body = doc.mentions.find(
    (x) =>
      !x.nested &&
      x.start > m.end &&
      x.end <= s.end &&
      x.start - m.end < 60 &&
      doc.entities.get(x.entity)?.label === 'Organization' &&
      SEAT.test(doc.fold.slice(m.end, x.phraseStart ?? x.start).toLowerCase()),
  );
  if (!body) {
    committeeSeat(doc, person, m, s);
    return;
  }
  const lead = SEAT.exec(doc.fold.slice(m.end, body.phraseStart ?? body.start).toLowerCase())![1];
  relate(doc, {
    type: lead ? 'LEADS' : 'MEMBER_OF',
    from: person.id,
    to: body.entity,
    evidence: [s],
    detail: doc.text.slice(m.end, body.end).replace(/^[,\s]+/, ''),
    confidence: 0.65,
    rule: 'role:seat-on',
  });
}

/**
 * "the top Democrat on the Senate Armed Services Committee, Senator X", "the ranking member of
 * the X Committee, Rep. Y": a seat told before the name, set off by a comma (the chair's LEADS,
 * the others' MEMBER_OF).
 */
const SEAT_BEFORE =
  /(?:^|[^\p{L}])(?:(chair(?:man|woman)?|head)\s+of|(?:top|ranking|senior|leading|longest-serving)\s+(?:democrat|republican|member)\s+(?:on|of))\s+(?:the\s+)?$/iu;
function seatBefore(doc: Doc, person: DocEntity, m: Mention, s: Sentence): void {
  const body = doc.mentions
    .filter(
      (x) =>
        !x.nested &&
        x.start >= s.start &&
        x.end < m.start &&
        doc.entities.get(x.entity)?.label === 'Organization' &&
        /\b(?:Committee|Subcommittee|Panel|Caucus)$/.test(doc.entities.get(x.entity)!.name) &&
        /^,\s+(?:(?:sen|senator|rep|representative|congressman|congresswoman|republican|democrat|independent)\.?\s+)*$/i.test(
          doc.fold.slice(x.end, m.start),
        ),
    )
    .pop();
  if (!body) return;
  const seat = SEAT_BEFORE.exec(
    doc.fold.slice(
      Math.max(s.start, (body.phraseStart ?? body.start) - 60),
      body.phraseStart ?? body.start,
    ),
  );
  if (!seat) return;
  relate(doc, {
    type: seat[1] ? 'LEADS' : 'MEMBER_OF',
    from: person.id,
    to: body.entity,
    evidence: [s],
    detail: seat[0].trim(),
    confidence: 0.6,
    rule: 'role:seat-before',
  });
}

/** " of Ohio, the committee's top Democrat,": the committee named before. */
const COMMITTEE_SEAT =
  /^(?:\s*\([^)]{2,24}\))?(?:\s+of\s+[a-z .]{2,20}?)?,\s+the\s+(?:committee|panel)['’]s\s+(?:(chair(?:man|woman)?)|(?:top|ranking|senior|leading)\s+(?:democrat|republican|member))\b/;

function committeeSeat(doc: Doc, person: DocEntity, m: Mention, s: Sentence): void {
  const seat = COMMITTEE_SEAT.exec(doc.fold.slice(m.end, m.end + 80).toLowerCase());
  if (!seat) return;
  const committees = (from: number) =>
    doc.mentions.filter(
      (x) =>
        !x.nested &&
        x.start >= from &&
        x.end <= m.start &&
        doc.entities.get(x.entity)?.label === 'Organization' &&
        /\b(?:Committee|Panel)$/.test(doc.entities.get(x.entity)!.name),
    );
  // The committee named in the two paragraphs before; else, further back, the one committee
  // the article has named (a wire story names its hearing's committee in the lead and comes
  // to "the committee's top Democrat" paragraphs later).
  const near = committees(doc.paragraphs[Math.max(0, s.paragraph - 2)]!.start);
  const all = committees(0);
  const committee =
    near[near.length - 1] ?? (new Set(all.map((x) => x.entity)).size === 1 ? all[0] : undefined);
  if (!committee) return;
  relate(doc, {
    type: seat[1] ? 'LEADS' : 'MEMBER_OF',
    from: person.id,
    to: committee.entity,
    evidence: [s],
    detail: seat[0].replace(/^[,\s]+/, ''),
    confidence: 0.6,
    rule: 'role:committee-seat',
  });
}

/**
 * A relative clause after the name: ", who advises President X", ", a former diplomat who now
 * represents Y", ", who runs the Z Fund". The verb says the type; the first party after it
 * (a person or a body of the allowed labels) is the other end. Past tenses ("who advised")
 * hold nothing now.
 */
const RELATIVE =
  /^,\s+(?:[^,;()]{0,60}?\s)?who\s+(?:now\s+|also\s+|currently\s+)?(advises|counsels|represents|speaks for|heads|leads|runs|directs|works for|works at)\s+(?:the\s+)?$/;
const RELATIVE_TYPE: Record<string, [CuratedRelationshipType, string[]]> = {
  advises: ['ADVISES', ['Person', 'Organization']],
  counsels: ['ADVISES', ['Person', 'Organization']],
  represents: ['REPRESENTS', ['Person', 'Organization', 'Country']],
  'speaks for': ['REPRESENTS', ['Person', 'Organization', 'Country']],
  heads: ['LEADS', ['Organization', 'Country']],
  leads: ['LEADS', ['Organization', 'Country']],
  runs: ['LEADS', ['Organization']],
  directs: ['LEADS', ['Organization']],
  'works for': ['MEMBER_OF', ['Organization', 'Outlet', 'Country']],
  'works at': ['MEMBER_OF', ['Organization', 'Outlet']],
};

function relativeRole(doc: Doc, person: DocEntity, m: Mention, s: Sentence): void {
  const lower = doc.fold.toLowerCase();
  const next = doc.mentions
    .filter((x) => !x.nested && x.start > m.end && x.end <= s.end && x.entity !== person.id)
    .sort((a, b) => a.start - b.start);
  for (const x of next) {
    const gap = lower.slice(m.end, x.phraseStart ?? x.start);
    if (gap.length > 110) return;
    // The title of the other end ("Sen. Mark Hollis") is part of its phrase, not the gap.
    const r = RELATIVE.exec(gap.replace(TITLE_TAIL, ''));
    if (!r) continue;
    const [type, labels] = RELATIVE_TYPE[r[1]!]!;
    const to = doc.entities.get(x.entity)!;
    if (!labels.includes(to.label)) return;
    relate(doc, {
      type,
      from: person.id,
      to: to.id,
      evidence: [s],
      detail: doc.text.slice(m.end, x.end).replace(/^[,\s]+/, ''),
      confidence: 0.65,
      rule: 'role:relative-clause',
    });
    return;
  }
}

/** Title words that may stand between the verb and the name ("advises Sen. Mark Hollis"). */
const TITLE_TAIL =
  /(?<=\s)(?:(?:sen\.|rep\.|senator|president|prime minister|minister|secretary|gov\.|governor|gen\.|general|(?:foreign|defen[cs]e|interior) (?:minister|secretary))\s+)+$/;
