/**
 * Q&A interviews and transcripts: paragraphs that open with a turn label ("Q:", "MARSH:",
 * "Helen Marsh:", "A:"). An answer turn is the labelled person's statement, verbatim, with no
 * quote marks and no speech verb; unlabelled paragraphs after it continue the same answer until
 * the next turn. The label is matched to a person the article names (full name or surname); "A:"
 * is the interviewee, the first person the introduction names. The statements are dated by the
 * introduction's day ("spoke with The Harbor Review on Monday"), when it gives one.
 */
import type { Attribution } from './attribution';
import { dateOf } from './dates';
import type { Doc } from './document';
import { nameKey } from './normalize';
import { mentionsOf } from './syntax';

const TURN = /^([\p{Lu}][\p{L}.'’-]*(?:[ \t]+[\p{Lu}][\p{L}.'’-]*){0,2})[ \t]*:[ \t]+(?=\S)/u;
const QUESTION = /^(?:q|question|interviewer|ques)$/i;
const ANSWER = /^(?:a|answer|ans)$/i;

interface Turn {
  paragraph: number;
  label: string;
  /** Where the turn's words start (after the label). */
  from: number;
}

function turnsOf(doc: Doc): Turn[] {
  const out: Turn[] = [];
  doc.paragraphs.forEach((p, i) => {
    if (p.heading) return;
    const m = TURN.exec(doc.text.slice(p.start, p.end));
    if (m) out.push({ paragraph: i, label: m[1]!, from: p.start + m[0].length });
  });
  return out;
}

/** The person a turn label names: "MARSH", "Helen Marsh", "Sen. Delaney". */
function personOf(doc: Doc, label: string): string | undefined {
  const key = nameKey(label.replace(/^(?:mr|mrs|ms|dr|sen|rep|gov|gen)\.?\s+/i, ''));
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
function questionSubject(doc: Doc, p: { start: number; end: number }): string | undefined {
  const ms = mentionsOf(doc, p).filter((m) => m.kind !== 'pronoun');
  const rank = (id: string) => {
    const e = doc.entities.get(id);
    return e ? ORDER.indexOf(e.label) : 99;
  };
  return [...ms].sort((a, b) => rank(a.entity) - rank(b.entity) || a.start - b.start)[0]?.entity;
}

export function qaTurns(doc: Doc): Attribution[] {
  const turns = turnsOf(doc);
  const questions = turns.filter((t) => QUESTION.test(t.label));
  const answers = turns.filter((t) => !QUESTION.test(t.label));
  // A Q&A has questions and answers; a transcript has the same capitalised speakers' labels
  // again and again ("TAPPER: … RUBIO: … TAPPER: …").
  const caps = answers.filter((t) => t.label === t.label.toUpperCase() && t.label.length > 1);
  const isQa =
    (questions.length >= 1 && answers.length >= 1) ||
    (caps.length >= 3 && new Set(caps.map((t) => t.label)).size < caps.length);
  if (!isQa) return [];
  const first = turns[0]!.paragraph;
  // The interviewee: the first person the introduction names.
  const intro = doc.paragraphs
    .slice(0, first)
    .flatMap((p, i) => (doc.paragraphs[i]!.heading ? [] : mentionsOf(doc, p)))
    .find((m) => doc.entities.get(m.entity)?.label === 'Person');
  const introDate = intro
    ? dateOf(
        doc,
        doc.sentences.find((s) => s.start <= intro.start && intro.end <= s.end)!,
        doc.quotes,
      )
    : undefined;
  const out: Attribution[] = [];
  const byParagraph = new Map(turns.map((t) => [t.paragraph, t]));
  let speaker: string | undefined;
  let about: string | undefined;
  for (let i = first; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i]!;
    if (p.heading) continue;
    const t = byParagraph.get(i);
    if (t && QUESTION.test(t.label)) about = questionSubject(doc, doc.paragraphs[i]!);
    if (t) {
      speaker = QUESTION.test(t.label)
        ? undefined
        : ANSWER.test(t.label)
          ? intro?.entity
          : personOf(doc, t.label);
    }
    if (!speaker) continue;
    const from = t ? t.from : p.start;
    if (p.end - from < 2) continue;
    out.push({
      quote: { start: from, end: p.end, paragraph: i, open: false, title: false },
      speaker,
      start: p.start,
      end: from,
      rule: 'qa-turn',
      ...(introDate && speaker === intro?.entity ? { date: introDate } : {}),
      ...(about && about !== speaker ? { about } : {}),
    });
  }
  return out;
}
