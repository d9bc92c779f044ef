/**
 * Q&A interviews and transcripts: paragraphs that open with a turn label ("Q:", "MARSH:",
 * "Helen Marsh:", "A:"). An answer turn is the labelled person's statement, verbatim, with no
 * quote marks and no speech verb; unlabelled paragraphs after it continue the same answer until
 * the next turn. The label is matched to a person the article names (full name or surname); "A:"
 * is the interviewee, the first person the introduction names. The statements are dated by the
 * introduction's day ("spoke with The Harbor Review on Monday"), when it gives one.
 */
import type { Attribution } from './attribution';
import type { DraftContext } from './context';
import { dateOf, datesIn } from './dates';
import type { Doc } from './document';
import { topicEvent } from './claims';
import { addMention, covered, existingEntity, newEntity, sortMentions } from './entities';
import type { Quote } from './quotes';
import { relate } from './relate';
import { findEventNamed } from './events';
import { nameKey } from './normalize';
import { mentionsOf } from './syntax';

/**
 * A turn label: a name of one to three capitalised words, after an optional title ("SEN.
 * OWEN PRATT", "Rep. Moreau"), before an optional role ("DANA WHITLOCK, HOST") and an optional
 * party tag or note in brackets ("(R-Idaho)", "(voice-over)"), then a colon.
 */
const TURN = new RegExp(
  // A podcast or radio transcript stamps each turn with its time ("[00:01:05] VARNUM: …",
  // "(12:31) MARSH: …", "00:14 MARSH: …"): the stamp is no part of the label.
  String.raw`^(?:[[(]\d{1,2}(?::\d\d){1,2}(?:\.\d+)?[\])][ \t]*|\d{1,2}(?::\d\d){1,2}[ \t]+)?` +
    String.raw`((?:(?:SEN|Sen|SENATOR|Senator|REP|Rep|REPRESENTATIVE|Representative|GOV|Gov|GEN|Gen|ADM|Adm|AMB|Amb|AMBASSADOR|Ambassador|SECRETARY|Secretary|DR|Dr|MR|Mr|MRS|Mrs|MS|Ms)\.?[ \t]+)?` +
    String.raw`[\p{Lu}][\p{L}.'’-]*(?:[ \t]+[\p{Lu}][\p{L}.'’-]*){0,2})` +
    String.raw`(?:,[ \t]*((?:[\p{Lu}][\p{L}'’-]*[ \t]+){0,3}(?:HOST|Host|host|CO-HOST|ANCHOR|Anchor|anchor|MODERATOR|Moderator|moderator|PRESENTER|Presenter|presenter|INTERVIEWER|Interviewer|interviewer)|(?:[\p{Lu}][\p{Lu}'’.&-]*[ \t]*){1,5}(?=[ \t]*:)))?` +
    String.raw`(?:[ \t]*\(([^()\n]{1,40})\))?[ \t]*:[ \t]+(?=\S)`,
  'u',
);
/** A programme's name on its own line in capitals ("CAPITOL HOUR", "THE SUNDAY DESK"). */
const PROGRAMME_LINE = /^[\p{Lu}\d][\p{Lu}\d'’&-]*(?:[ \t]+[\p{Lu}\d][\p{Lu}\d'’&-]*){0,4}$/u;

/** Whether the text before a turn leaves a played clip open ("(BEGIN VIDEO CLIP)" unclosed). */
function inClip(before: string): boolean {
  const open = before.search(
    /[([]\s*BEGIN (?:VIDEO|AUDIO|SOUND)?\s*(?:CLIP|TAPE|VIDEOTAPE)[^)\]]*[)\]](?![\s\S]*[([]\s*BEGIN (?:VIDEO|AUDIO|SOUND)?\s*(?:CLIP|TAPE|VIDEOTAPE))/i,
  );
  if (open < 0) return false;
  return !/[([]\s*END (?:VIDEO|AUDIO|SOUND)?\s*(?:CLIP|TAPE|VIDEOTAPE)/i.test(before.slice(open));
}

/** A role or a word before a name that makes its bearer the one who asks. */
const HOST_WORD = /\b(?:host|co-host|anchor|moderator|presenter|interviewer)\b/i;
const QUESTION = /^(?:q|question|interviewer|ques)$/i;
/** A line that is only a rule ("* * *", "---", "###"). */
const RULE_LINE =
  /(?:^|\n)[ \t]*(?:(?:\*[ \t]*){3,}|[-—–_=~#•·]{3,}|(?:[-—–•·][ \t]+){2,}[-—–•·])[ \t]*(?:\n|$)/;
const ANSWER = /^(?:a|answer|ans)$/i;

interface Turn {
  paragraph: number;
  label: string;
  /** The role after the name ("HOST"), when the label gives one. */
  role?: string;
  /** Where the turn's words start (after the label). */
  from: number;
}

/**
 * "Q    Colin, thank you. …": the White House prints a question's label as a bare "Q" with
 * spaces and no colon. Read as a label only in a transcript whose answers carry colon labels.
 */
const BARE_Q = /^Q(?:[ \t]{1,8}|\.[ \t]+)(?=[\p{Lu}\d"“'‘(])/u;

function turnsOf(doc: Doc): Turn[] {
  const out: Turn[] = [];
  const bare: Turn[] = [];
  doc.paragraphs.forEach((p, i) => {
    if (p.heading) return;
    const text = doc.text.slice(p.start, p.end);
    const m = TURN.exec(text);
    // "MAYA ADEYINKA (HOST):": a host's role in brackets is a role like "X, HOST:".
    const role = m?.[2] ?? (m?.[3] && HOST_WORD.test(m[3]) ? m[3] : undefined);
    if (m)
      out.push({
        paragraph: i,
        label: m[1]!,
        ...(role ? { role } : {}),
        from: p.start + m[0].length,
      });
    else {
      const q = BARE_Q.exec(text);
      if (q) bare.push({ paragraph: i, label: 'Q', from: p.start + q[0].length });
    }
  });
  if (bare.length === 0 || !out.some((t) => !QUESTION.test(t.label))) return out;
  return [...out, ...bare].sort((a, b) => a.paragraph - b.paragraph);
}

/** The person a turn label names: "MARSH", "Helen Marsh", "Sen. Delaney". */
function personOf(doc: Doc, label: string): string | undefined {
  const key = nameKey(
    label.replace(
      /^(?:mr|mrs|ms|dr|sen|senator|rep|representative|gov|gen|adm|amb|ambassador|secretary)\.?\s+/i,
      '',
    ),
  );
  const last = key.split(' ').pop()!;
  let found: string | undefined;
  for (const e of doc.entities.values()) {
    if (e.label !== 'Person') continue;
    const names = [e.name, ...e.aliases].map(nameKey);
    const hit =
      names.includes(key) || (!key.includes(' ') && nameKey(e.name).split(' ').pop() === last);
    if (!hit) continue;
    // Two people of that surname: the label says nothing.
    if (found && found !== e.id) return undefined;
    found = e.id;
  }
  return found;
}

const ORDER = ['Event', 'Person', 'Organization', 'Outlet', 'Country', 'Location'];

/**
 * What a question asks about: the claim it names, else a person ("Secretary X says it does
 * not matter"), else a body, else a country.
 */
function questionSubject(
  doc: Doc,
  p: { start: number; end: number },
  not: (string | undefined)[] = [],
): string | undefined {
  const ms = mentionsOf(doc, p).filter((m) => m.kind !== 'pronoun' && !not.includes(m.entity));
  const rank = (id: string) => {
    const e = doc.entities.get(id);
    return e ? ORDER.indexOf(e.label) : 99;
  };
  return [...ms].sort((a, b) => rank(a.entity) - rank(b.entity) || a.start - b.start)[0]?.entity;
}

interface Transcript {
  turns: Turn[];
  /** Turn paragraphs whose words are a question (a "Q:" or the host's turn). */
  asks: Set<number>;
  /** The host's person id, when the transcript has one. */
  host?: string;
  first: number;
}

/** The surname key of a label ("SEN. OWEN PRATT" → "pratt"). */
function labelKey(label: string): string {
  return nameKey(label).split(' ').pop()!;
}

/**
 * The turns of a Q&A or transcript, and which of them ask: "Q:" turns, and the host's turns
 * ("DANA WHITLOCK, HOST:", a person the article calls host, anchor or moderator; else, in a
 * transcript without "Q:", the first speaker when most of their turns hold a question).
 */
function transcriptOf(doc: Doc): Transcript | undefined {
  const turns = turnsOf(doc);
  if (turns.length === 0) return undefined;
  // "DANA WHITLOCK, HOST:", "MARGARET LYLE, CBS NEWS:": a role that is a host's or a
  // news organisation's.
  const hostKeys = new Set(
    turns
      .filter(
        (t) => t.role && (HOST_WORD.test(t.role) || /\b(?:NEWS|TV|RADIO|NETWORK)\b/.test(t.role)),
      )
      .map((t) => labelKey(t.label)),
  );
  const lower = doc.fold.toLowerCase();
  for (const t of turns) {
    const who = personOf(doc, t.label);
    if (!who) continue;
    const named = doc.mentions.some((m) => {
      if (m.entity !== who) return false;
      const at = m.phraseStart ?? m.start;
      return /\b(?:host|co-host|moderator|anchor|presenter|interviewer)\s+$/.test(
        lower.slice(Math.max(0, at - 14), at),
      );
    });
    if (named) hostKeys.add(labelKey(t.label));
  }
  const isHost = (t: Turn) => hostKeys.has(labelKey(t.label));
  const asks = (t: Turn) => QUESTION.test(t.label) || isHost(t);
  let questions = turns.filter(asks);
  const answers = turns.filter((t) => !asks(t));
  // A Q&A has questions and answers; a transcript has the same capitalised speakers' labels
  // again and again ("TAPPER: … RUBIO: … TAPPER: …").
  const caps = answers.filter((t) => t.label === t.label.toUpperCase() && t.label.length > 1);
  const repeated =
    caps.length >= 3 && new Set(caps.map((t) => labelKey(t.label))).size < caps.length;
  if (!(questions.length >= 1 && answers.length >= 1) && !repeated) return undefined;
  if (questions.length === 0) {
    // Nobody is labelled host: the first speaker asks when most of their turns ask.
    const k = labelKey(turns[0]!.label);
    const own = turns.filter((t) => labelKey(t.label) === k);
    const asking = own.filter((t) => {
      const p = doc.paragraphs[t.paragraph]!;
      return doc.text.slice(t.from, p.end).includes('?');
    });
    if (own.length >= 2 && asking.length * 2 > own.length && own.length < turns.length) {
      hostKeys.add(k);
      questions = turns.filter(asks);
    }
  }
  const hostTurn = turns.find(isHost);
  const host = hostTurn ? personOf(doc, hostTurn.label) : undefined;
  return {
    turns,
    asks: new Set(questions.map((t) => t.paragraph)),
    ...(host ? { host } : {}),
    first: turns[0]!.paragraph,
  };
}

/** The paragraphs of a Q&A or transcript that ask: "Q:" turns and the host's turns. */
export function askingParagraphs(doc: Doc): Set<number> {
  return transcriptOf(doc)?.asks ?? new Set();
}

/**
 * The one full date ("May 17, 2026") the paragraphs before the first turn give; else the one
 * day a title line that says "transcript" gives ('TRANSCRIPT: REP. X ON CNN'S "STATE OF THE
 * UNION" (NOV. 29)'), read against the article's date.
 */
function headerDate(doc: Doc, first: number): string | undefined {
  const found = new Set<string>();
  const titled = new Set<string>();
  for (const p of doc.paragraphs.slice(0, first)) {
    const transcript = /\btranscript\b/i.test(doc.text.slice(p.start, p.end));
    for (const d of datesIn(doc, p)) {
      if (/\b\d{4}\b/.test(d.text)) found.add(d.date);
      else if (transcript && /^\d{4}-\d\d-\d\d$/.test(d.date) && /\d/.test(d.text))
        titled.add(d.date);
    }
  }
  if (found.size === 1) return [...found][0];
  return found.size === 0 && titled.size === 1 ? [...titled][0] : undefined;
}

/** The interviewee: the first person the introduction names (not the host). */
function introOf(doc: Doc, tr: Transcript) {
  return doc.paragraphs
    .slice(0, tr.first)
    .flatMap((p, i) => (doc.paragraphs[i]!.heading ? [] : mentionsOf(doc, p)))
    .find((m) => doc.entities.get(m.entity)?.label === 'Person' && m.entity !== tr.host);
}

/** The day the introduction gives ("spoke to CNN on Sunday"). */
function introDateOf(doc: Doc, tr: Transcript): string | undefined {
  const intro = introOf(doc, tr);
  return intro
    ? dateOf(
        doc,
        doc.sentences.find((s) => s.start <= intro.start && intro.end <= s.end)!,
        doc.quotes,
      )
    : undefined;
}

export function qaTurns(doc: Doc): Attribution[] {
  const tr = transcriptOf(doc);
  if (!tr) return [];
  const { turns, first } = tr;
  const intro = introOf(doc, tr);
  const headerDay = headerDate(doc, first);
  const introDate = introDateOf(doc, tr) ?? headerDay;
  const out: Attribution[] = [];
  const byParagraph = new Map(turns.map((t) => [t.paragraph, t]));
  let speaker: string | undefined;
  let about: string | undefined;
  for (let i = first; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i]!;
    // "* * *", "---": a rule ends the transcript; what follows ("The show airs weekdays …")
    // is the page's, not the last speaker's.
    const gap = doc.text.slice(i > 0 ? doc.paragraphs[i - 1]!.end : 0, p.end);
    if (RULE_LINE.test(gap)) speaker = undefined;
    if (p.heading) continue;
    const t = byParagraph.get(i);
    const asking = tr.asks.has(i);
    if (t && asking) {
      // The guest the question turns to ("Congresswoman, Senator Pratt says …") is who
      // answers, not what the answer is about.
      const next = turns.find((x) => x.paragraph > i && !tr.asks.has(x.paragraph));
      const addressee = next ? personOf(doc, next.label) : undefined;
      about = questionSubject(doc, { start: t.from, end: p.end }, [addressee, tr.host]);
      // "Did Russia give Iran the location of the Mason?": a question that names both parties
      // of the article's claim asks about the claim.
      const claim = topicEvent(doc);
      const parties = new Set<string>();
      for (const m of doc.mentions)
        if (claim && m.entity === claim && m.kind === 'event')
          for (const x of mentionsOf(doc, m)) if (x.entity !== claim) parties.add(x.entity);
      const named = new Set(mentionsOf(doc, { start: t.from, end: p.end }).map((m) => m.entity));
      if (claim && parties.size >= 2 && [...parties].every((x) => named.has(x))) about = claim;
    }
    if (t) {
      speaker = asking ? undefined : ANSWER.test(t.label) ? intro?.entity : personOf(doc, t.label);
    }
    if (!speaker) continue;
    // "Ostrow did not take a follow-up question …": a paragraph that names the speaker in the
    // third person is the write-up's narration, not more of the answer.
    if (
      !t &&
      doc.mentions.some(
        (m) =>
          m.entity === speaker &&
          m.start >= p.start &&
          m.end <= p.end &&
          (m.kind === 'name' || m.kind === 'surname'),
      )
    ) {
      speaker = undefined;
      continue;
    }
    const from = t ? t.from : p.start;
    if (p.end - from < 2) continue;
    // "(The briefing was concluded at 2:41 p.m.)", "[Crosstalk]": a stage direction in
    // brackets is the transcript's, not the speaker's, and ends the turn.
    if (!t && /^\s*[([][^()[\]]*[)\]]\s*$/.test(doc.text.slice(p.start, p.end))) {
      speaker = undefined;
      continue;
    }
    out.push({
      quote: { start: from, end: p.end, paragraph: i, open: false, title: false },
      speaker,
      start: p.start,
      end: from,
      rule: 'qa-turn',
      // A briefing has no host: the day its header prints ("October 21, 2026" under the
      // title) dates every briefer's answers, not only the first one named.
      ...(introDate && (speaker === intro?.entity || tr.host)
        ? { date: introDate }
        : headerDay
          ? { date: headerDay }
          : {}),
      ...(about && about !== speaker ? { about } : {}),
    });
  }
  return out;
}

/**
 * A broadcast transcript with a host: the host INTERVIEWED each guest who answers, and each
 * guest APPEARED_ON the programme its header names (a title in quote marks, or an outlet
 * named before the first turn).
 */
export function transcriptAppearances(doc: Doc, ctx: DraftContext, quotes: Quote[]): void {
  const tr = transcriptOf(doc);
  if (!tr?.host) return;
  const header = doc.paragraphs.slice(0, tr.first);
  const outlets = new Set<string>();
  for (const p of header) {
    for (const m of mentionsOf(doc, p))
      if (doc.entities.get(m.entity)?.label === 'Outlet') outlets.add(m.entity);
    for (const q of quotes) {
      if (!q.title || q.start < p.start || q.end > p.end) continue;
      const name = doc.text.slice(q.start, q.end).replace(/[,.]$/, '').trim();
      if (!/^[\p{Lu}\d]/u.test(name) || covered(doc, q.start, q.end)) {
        const m = doc.mentions.find((x) => x.start >= q.start && x.end <= q.end);
        if (m && doc.entities.get(m.entity)?.label === 'Outlet') outlets.add(m.entity);
        continue;
      }
      const e = newEntity(doc, ctx, name, 'Outlet');
      addMention(doc, e, q.start, q.start + name.length, 'name', 0.6);
      outlets.add(e.id);
    }
  }
  // "CAPITOL HOUR" over "CNN | Transcript | …": a capitals line right above the line that
  // names the network and says "transcript" is the programme, the network's.
  for (let k = 0; k + 1 < header.length; k++) {
    const line = doc.text.slice(header[k]!.start, header[k]!.end).trim();
    const next = header[k + 1]!;
    if (!PROGRAMME_LINE.test(line) || /\btranscript\b/i.test(line)) continue;
    if (!/\btranscript\b/i.test(doc.text.slice(next.start, next.end))) continue;
    const network = mentionsOf(doc, next).find(
      (m) => doc.entities.get(m.entity)?.label === 'Outlet',
    );
    // "FOX NEWS SUNDAY" over "Fox News | Transcript": a programme named for its network
    // names no one else.
    if (
      !network ||
      mentionsOf(doc, header[k]!).some(
        (m) => m.entity !== network.entity && m.end - m.start < line.length - 1,
      )
    )
      continue;
    const at = doc.text.indexOf(line, header[k]!.start);
    const name = line
      .toLowerCase()
      .replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    const e = newEntity(doc, ctx, name, 'Outlet');
    addMention(doc, e, at, at + line.length, 'name', 0.55);
    outlets.add(e.id);
    relate(doc, {
      type: 'PART_OF',
      from: e.id,
      to: network.entity,
      evidence: [header[k]!, next],
      confidence: 0.55,
      rule: 'qa:programme-line',
    });
    break;
  }
  if (outlets.size === 0) welcomedProgramme(doc, ctx, tr, outlets);
  sortMentions(doc);
  const date = headerDate(doc, tr.first) ?? introDateOf(doc, tr);
  // "RACHEL ORTIZ, CNN ANCHOR:": the host works for the outlet the label names.
  for (const t of tr.turns) {
    if (!t.role || personOf(doc, t.label) !== tr.host) continue;
    const p = doc.paragraphs[t.paragraph]!;
    const at = doc.fold.indexOf(t.role, p.start);
    const outlet =
      at >= 0 && at < p.end
        ? doc.mentions.find(
            (m) =>
              m.start >= at &&
              m.end <= at + t.role!.length &&
              doc.entities.get(m.entity)?.label === 'Outlet',
          )
        : undefined;
    if (outlet)
      relate(doc, {
        type: 'MEMBER_OF',
        from: tr.host,
        to: outlet.entity,
        evidence: [p],
        detail: t.role,
        confidence: 0.6,
        rule: 'qa:host-of-outlet',
      });
    break;
  }
  // 'on CNN's "State of the Union."' in the header: the programme is the network's.
  for (const p of header)
    for (const m of mentionsOf(doc, p)) {
      if (doc.entities.get(m.entity)?.label !== 'Outlet') continue;
      const prog = doc.mentions.find(
        (x) =>
          x.start > m.end &&
          x.start - m.end <= 5 &&
          /^['’][sS]?\s+["“]$/.test(doc.fold.slice(m.end, x.start)) &&
          x.entity !== m.entity &&
          doc.entities.get(x.entity)?.label === 'Outlet',
      );
      if (prog)
        relate(doc, {
          type: 'PART_OF',
          from: prog.entity,
          to: m.entity,
          evidence: [p],
          confidence: 0.55,
          rule: 'qa:programme-of-network',
        });
    }
  const seen = new Set<string>();
  for (const t of tr.turns) {
    if (tr.asks.has(t.paragraph)) continue;
    const guest = personOf(doc, t.label);
    if (!guest || guest === tr.host || seen.has(guest)) continue;
    // "(BEGIN VIDEO CLIP) NAME, TITLE: …": words played from elsewhere; the speaker is no guest.
    if (inClip(doc.text.slice(0, doc.paragraphs[t.paragraph]!.start))) continue;
    seen.add(guest);
    const p = doc.paragraphs[t.paragraph]!;
    relate(doc, {
      type: 'INTERVIEWED',
      from: tr.host,
      to: guest,
      evidence: [p],
      ...(date ? { date } : {}),
      confidence: 0.6,
      rule: 'qa:host-interviewed',
    });
    for (const o of outlets)
      relate(doc, {
        type: 'APPEARED_ON',
        from: guest,
        to: o,
        evidence: [p],
        ...(date ? { date } : {}),
        confidence: 0.6,
        rule: 'qa:guest-appeared-on',
      });
  }
  // One guest with the host on a programme: the interview is an event of guest, host and
  // programme (the seeds' shape). A panel of guests is left as appearances.
  if (seen.size !== 1) return;
  const guest = [...seen][0]!;
  const partOf = (o: string) =>
    doc.relationships.some((r) => r.type === 'PART_OF' && r.from === o && r.to !== o);
  const programme = [...outlets].find(partOf) ?? (outlets.size === 1 ? [...outlets][0] : undefined);
  if (!programme) return;
  const surname = doc.entities.get(guest)!.name.split(' ').pop()!;
  const outletName = doc.entities.get(programme)!.name;
  const ev = findEventNamed(doc, ctx, `${surname} interview on ${outletName}`, date, true);
  if (ev?.label !== 'Event') return;
  const first = tr.turns.find((t) => personOf(doc, t.label) === guest)!;
  for (const who of [guest, tr.host, programme])
    relate(doc, {
      type: 'PARTICIPATED_IN',
      from: who,
      to: ev.id,
      evidence: [doc.paragraphs[first.paragraph]!],
      confidence: 0.55,
      rule: 'qa:transcript-interview',
    });
}

/**
 * "Welcome back to The Situation Desk from Radio Meridian.", "You're listening to Morning
 * Wire on WNYC.": a host's first turn that names the show and, after "from" or "on", the
 * station. The show is a programme Outlet, the station's if one is named.
 */
const WELCOME =
  /\b(?:[Ww]elcome(?:[ \t]+back)?[ \t]+to|[Yy]ou(?:'|’|[ \t]+a)re[ \t]+listening[ \t]+to)[ \t]+((?:[Tt]he[ \t]+)?\p{Lu}[\p{L}\d'’&-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+|and[ \t]+|&[ \t]+)?\p{Lu}[\p{L}\d'’&-]*){0,4})(?:[ \t]+(?:from|on)[ \t]+((?:[Tt]he[ \t]+)?\p{Lu}[\p{L}\d'’&.-]*(?:[ \t]+\p{Lu}[\p{L}\d'’&.-]*){0,3}))?[ \t]*[,.!;]/u;

function welcomedProgramme(doc: Doc, ctx: DraftContext, tr: Transcript, outlets: Set<string>) {
  const turn = tr.turns.find((t) => tr.asks.has(t.paragraph) && !QUESTION.test(t.label));
  if (!turn || personOf(doc, turn.label) !== tr.host) return;
  const p = doc.paragraphs[turn.paragraph]!;
  const m = WELCOME.exec(doc.text.slice(turn.from, p.end));
  if (!m) return;
  const at = turn.from + m.index + m[0].indexOf(m[1]!);
  // A name the article already gives to a person, place or body is no show.
  const known = (from: number, to: number) =>
    doc.mentions.find((x) => x.start < to && x.end > from);
  const named = known(at, at + m[1]!.length);
  if (named && doc.entities.get(named.entity)?.label !== 'Outlet') return;
  const show = named
    ? doc.entities.get(named.entity)!
    : newEntity(doc, ctx, m[1]!.replace(/^the\s+/, 'The '), 'Outlet');
  if (!named) addMention(doc, show, at, at + m[1]!.length, 'name', 0.55);
  outlets.add(show.id);
  if (!m[2]) return;
  const st = turn.from + m.index + m[0].lastIndexOf(m[2]);
  const other = known(st, st + m[2].length);
  if (other && doc.entities.get(other.entity)?.label !== 'Outlet') return;
  const station = other
    ? doc.entities.get(other.entity)!
    : newEntity(doc, ctx, m[2].replace(/[.]$/, ''), 'Outlet');
  if (!other) addMention(doc, station, st, st + m[2].replace(/[.]$/, '').length, 'name', 0.55);
  if (station.id === show.id) return;
  // The guest appears on the station too (the seeds' shape: programme and network).
  outlets.add(station.id);
  relate(doc, {
    type: 'PART_OF',
    from: show.id,
    to: station.id,
    evidence: [p],
    confidence: 0.5,
    rule: 'qa:welcome-programme',
  });
}

/** A header that says the transcript is a briefing ("Press Briefing by …", "… Hold a Press Briefing"). */
const BRIEFING_HEADER =
  /\b(?:press\s+briefing|news\s+briefing|daily\s+briefing|briefing\s+room|(?:press|news)\s+conference|press\s+gaggle|gaggle|took\s+questions\s+from\s+reporters)\b|\bbriefing\b/i;

/**
 * A briefing printed as a transcript ("Press Briefing by Press Secretary X and Deputy National
 * Security Advisor Y", "Department Press Briefing – November 4", turns "MS. X:" and "Q"): the
 * briefing is an event each briefer who answers took part in, named for the place or body the
 * header names first ("Pentagon", "White House"), else the body the first briefer speaks for,
 * and dated by the header's day. Not for an interview with a host, nor played clips.
 */
export function briefingTranscript(doc: Doc, ctx: DraftContext): void {
  const tr = transcriptOf(doc);
  if (!tr || tr.host) return;
  const header = doc.paragraphs.slice(0, tr.first);
  // A transcript that opens the page, under a header that says briefing; not a live blog's
  // excerpt of an interview ("X, on CNN this morning:") under entries that mention one.
  if (tr.first > 8 || !header.some((p) => BRIEFING_HEADER.test(doc.text.slice(p.start, p.end))))
    return;
  if (
    header.some((p) =>
      mentionsOf(doc, p).some((m) => doc.entities.get(m.entity)?.label === 'Outlet'),
    ) ||
    header.some((p) => /\binterview/i.test(doc.text.slice(p.start, p.end)))
  )
    return;
  const briefers: string[] = [];
  for (const t of tr.turns) {
    if (tr.asks.has(t.paragraph) || ANSWER.test(t.label)) continue;
    if (inClip(doc.text.slice(0, doc.paragraphs[t.paragraph]!.start))) continue;
    const who = personOf(doc, t.label);
    if (who && !briefers.includes(who)) briefers.push(who);
  }
  if (briefers.length === 0) return;
  const inHeader = (label: string) =>
    header
      .flatMap((p) => mentionsOf(doc, p))
      .find((m) => doc.entities.get(m.entity)?.label === label)?.entity;
  // "Washington, D.C." on the dateline line is where, not whose: a body first, then a place
  // the title names ("Deputy Pentagon Press Secretary …"), then the title's own words
  // ("Department Press Briefing"), then the body the first briefer speaks for.
  const title = header.find((p) => p.heading) ?? header[0];
  const titled = title
    ? mentionsOf(doc, title).find((m) => doc.entities.get(m.entity)?.label === 'Location')
    : undefined;
  const own = title
    ? /([\p{Lu}][\p{L}.'’-]*(?:[ \t]+[\p{Lu}][\p{L}.'’-]*){0,3})[ \t]+(?:Press|News)[ \t]+Briefing\b/u.exec(
        doc.text.slice(title.start, title.end),
      )?.[1]
    : undefined;
  const body =
    inHeader('Organization') ??
    titled?.entity ??
    doc.relationships.find(
      (r) =>
        r.from === briefers[0] &&
        (r.type === 'REPRESENTS' || r.type === 'MEMBER_OF' || r.type === 'LEADS') &&
        doc.entities.get(r.to)?.label === 'Organization',
    )?.to ??
    inHeader('Location');
  const bodyName =
    body && (inHeader('Organization') === body || titled?.entity === body || !own)
      ? doc.entities.get(body)!.name
      : (own ?? (body ? doc.entities.get(body)!.name : undefined));
  const name = `${(bodyName ?? doc.entities.get(briefers[0]!)!.name.split(' ').pop()!).replace(/^the\s+/i, '')} press briefing`;
  const date = headerDate(doc, tr.first) ?? introDateOf(doc, tr);
  // Undated, it is no registry briefing of another day.
  const ev = findEventNamed(doc, ctx, name, date, true, !date, true);
  if (ev?.label !== 'Event') return;
  const evidence = header.find((p) => BRIEFING_HEADER.test(doc.text.slice(p.start, p.end)))!;
  for (const b of briefers)
    relate(doc, {
      type: 'PARTICIPATED_IN',
      from: b,
      to: ev.id,
      evidence: [evidence],
      confidence: 0.6,
      rule: 'qa:briefing-transcript',
    });
}

/** "SEN. ROSALIND KEMP (D-MN):", "REP. GORDON HALVEY (R-OH):", "Rep. Moreau:": a lawmaker's label. */
const LAWMAKER_LABEL =
  /^(?:(?:SEN|Sen|SENATOR|Senator|REP|Rep|REPRESENTATIVE|Representative)\.?[ \t]+[^:\n]{2,60}|[^:(\n]{2,60}\((?:R|D|I)[-–][A-Za-z. ]{2,14}\))[ \t]*:/u;

/**
 * A transcript's lawmaker labels: the one labelled "SEN." / "REP." or with a party tag "(R-OH)"
 * is MEMBER_OF Congress (the registry's), as "Sen. X" in prose is. A played clip's speakers too.
 */
export function lawmakerLabels(doc: Doc, ctx: DraftContext): void {
  const tr = transcriptOf(doc);
  if (!tr) return;
  const done = new Set<string>();
  for (const t of tr.turns) {
    if (tr.asks.has(t.paragraph)) continue;
    const p = doc.paragraphs[t.paragraph]!;
    if (!LAWMAKER_LABEL.test(doc.text.slice(p.start, t.from))) continue;
    const who = personOf(doc, t.label);
    if (!who || done.has(who)) continue;
    const congress = existingEntity(doc, ctx, 'us-congress');
    if (!congress) return;
    done.add(who);
    relate(doc, {
      type: 'MEMBER_OF',
      from: who,
      to: congress.id,
      evidence: [{ start: p.start, end: t.from }],
      detail: t.label,
      confidence: 0.6,
      rule: 'qa:lawmaker-label',
    });
  }
}
