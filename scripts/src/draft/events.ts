/**
 * Stage 6e: the events news copy is made of: interviews and appearances ("told CNBC", "in an
 * interview with CBS's '60 Minutes'"), calls and talks ("Monday's Trump-Putin phone call",
 * "held talks with"), briefings ("at a Pentagon briefing"). Each gives APPEARED_ON / SPOKE_WITH
 * and PARTICIPATED_IN, and an Event linked to the registry's event of the same name words or
 * proposed as new ("Witkoff interview with CNBC").
 */
import type { DraftContext } from './context';
import type { Doc, DocEntity, Mention, Sentence } from './document';
import { dateNear, dateOf } from './dates';
import { addMention, existingEntity, newEntity } from './entities';
import { nameKey } from './normalize';
import { subjectBefore } from './patterns';
import { sentenceSubject } from './syntax';
import { relate } from './relate';
import type { Attribution } from './attribution';

const STOP = new Set(['the', 'a', 'an', 'of', 'on', 'with', 'and', 'in', 'at', 's', 'to', 'for']);

function words(s: string): Set<string> {
  return new Set(
    nameKey(s)
      .split(' ')
      .filter((w) => w && !STOP.has(w)),
  );
}

/** A registry event whose name words cover the proposed name's (Jaccard ≥ 0.6), else a new one. */
function eventNamed(doc: Doc, ctx: DraftContext, name: string, date?: string): DocEntity {
  const want = words(name);
  let best: { id: string; score: number } | undefined;
  for (const e of ctx.entities) {
    if (e.label !== 'Event') continue;
    for (const f of [e.name, ...e.aliases]) {
      const have = words(f);
      const inter = [...want].filter((w) => have.has(w)).length;
      const score = inter / new Set([...want, ...have]).size;
      if (e.date && date && e.date !== date) continue;
      if (score >= 0.6 && (!best || score > best.score)) best = { id: e.id, score };
    }
  }
  const e = best
    ? existingEntity(doc, ctx, best.id)!
    : newEntity(doc, ctx, name, 'Event', date ? { date } : {});
  e.occasion = true;
  return e;
}

function surname(e: DocEntity): string {
  if (e.label !== 'Person') return e.name;
  const parts = e.name.split(/\s+/);
  return parts[parts.length - 1]!;
}

const INTERVIEW_CUE =
  /\b(?:told|telling|in an interview (?:with|on)|interview(?:ed)? (?:with|on|by)|speaking (?:to|with|on)|spoke (?:to|with|on)|appear(?:ed|ing|s)? on|said on|on)\s+(?:the\s+)?$/;

export function extractEvents(doc: Doc, ctx: DraftContext, attributions: Attribution[]): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const ms = doc.mentions
      .filter((m) => !m.nested && m.start >= s.start && m.end <= s.end)
      .sort((a, b) => a.start - b.start);
    const label = (m: Mention) => doc.entities.get(m.entity)?.label;
    const date = dateOf(doc, s, doc.quotes);
    // Interviews and appearances: a person and an outlet cue.
    const outlets = ms.filter(
      (m) =>
        label(m) === 'Outlet' &&
        INTERVIEW_CUE.test(
          lower.slice(Math.max(s.start, (m.phraseStart ?? m.start) - 40), m.phraseStart ?? m.start),
        ),
    );
    if (outlets.length) {
      const first = outlets[0]!;
      const speaker =
        attributions.find((a) => a.quote.start >= s.start && a.quote.start < s.end)?.speaker ??
        subjectBefore(doc, lower, s, first.start) ??
        ms.find((m) => label(m) === 'Person' && m.start > first.end)?.entity;
      const person = speaker ? doc.entities.get(speaker) : undefined;
      if (person?.label === 'Person') {
        // "CBS's '60 Minutes'": the programme and its network.
        const chain = ms.filter(
          (m) => label(m) === 'Outlet' && m.start >= first.start && m.start - first.end < 8,
        );
        for (const o of chain)
          relate(doc, {
            type: 'APPEARED_ON',
            from: person.id,
            to: o.entity,
            evidence: [s],
            ...(date ? { date } : {}),
            confidence: 0.7,
            rule: 'event:appeared-on',
          });
        if (chain.length === 2)
          relate(doc, {
            type: 'PART_OF',
            from: chain[1]!.entity,
            to: chain[0]!.entity,
            evidence: [s],
            confidence: 0.6,
            rule: 'event:programme-of-network',
          });
        const outlet = doc.entities.get(chain[chain.length - 1]!.entity)!;
        const ev = eventNamed(doc, ctx, `${surname(person)} interview with ${outlet.name}`, date);
        addMention(doc, ev, first.start, first.end, 'event', 0.6);
        relate(doc, {
          type: 'PARTICIPATED_IN',
          from: person.id,
          to: ev.id,
          evidence: [s],
          ...(date ? { date } : {}),
          confidence: 0.6,
          rule: 'event:interview',
        });
      }
    }
    // Calls: "the Trump-Putin call", "a phone call with Putin".
    const call = /\b(?:phone |telephone )?(?:call|conversation|talks|summit|meeting)\b/g;
    for (
      let m = call.exec(lower.slice(s.start, s.end));
      m;
      m = call.exec(lower.slice(s.start, s.end))
    ) {
      const at = s.start + m.index;
      const pair = /(\S+)\s*-\s*(\S+)\s+(?:phone\s+)?$/.exec(
        doc.fold.slice(Math.max(s.start, at - 40), at),
      );
      let a: Mention | undefined;
      let b: Mention | undefined;
      if (pair) {
        const pStart = at - pair[0].length;
        const two = ms.filter((x) => x.start >= pStart && x.end <= at && label(x) === 'Person');
        [a, b] = [two[0], two[1]];
      } else {
        const withM = /^\s+with\s+(?:\w+\s+){0,3}?$/;
        const after = ms.find(
          (x) =>
            x.start > at + m![0].length &&
            withM.test(lower.slice(at + m![0].length, x.phraseStart ?? x.start)) &&
            label(x) === 'Person',
        );
        const subj = subjectBefore(doc, lower, s, at);
        if (after && subj && subj !== after.entity) {
          b = after;
          a = ms.find((x) => x.entity === subj);
        }
      }
      if (!a || !b || a.entity === b.entity) continue;
      const A = doc.entities.get(a.entity)!;
      const B = doc.entities.get(b.entity)!;
      const date = dateNear(doc, s, at, doc.quotes);
      relate(doc, {
        type: 'SPOKE_WITH',
        from: A.id,
        to: B.id,
        evidence: [s],
        ...(date ? { date } : {}),
        confidence: 0.7,
        rule: 'event:call',
      });
      const kind = m[0].includes('talks')
        ? 'talks'
        : m[0].includes('meeting') || m[0].includes('summit')
          ? 'meeting'
          : 'phone call';
      const ev = eventNamed(doc, ctx, `${surname(A)}-${surname(B)} ${kind}`, date);
      addMention(doc, ev, a.start, at + m[0].length, 'event', 0.6);
      for (const p of [A, B])
        relate(doc, {
          type: 'PARTICIPATED_IN',
          from: p.id,
          to: ev.id,
          evidence: [s],
          ...(date ? { date } : {}),
          confidence: 0.6,
          rule: `event:${kind.replace(' ', '-')}`,
        });
    }
    // Briefings: "at a Pentagon briefing", "during a White House press briefing".
    const br =
      /\b(?:at|during|in)\s+(?:a|an|the|his|her|their|today's|monday's|tuesday's|wednesday's|thursday's|friday's)\s+((?:[\w.'-]+\s+){0,3}?)(?:press\s+)?(?:briefing|press conference|news conference)\b/.exec(
        lower.slice(s.start, s.end),
      );
    if (br) {
      const at = s.start + br.index;
      const speaker =
        attributions.find((x) => x.quote.start >= s.start && x.quote.start < s.end)?.speaker ??
        sentenceSubject(doc, lower, s, 'Person')?.entity;
      const person = speaker ? doc.entities.get(speaker) : undefined;
      if (person && person.label === 'Person') {
        const where = doc.text
          .slice(at + br[0].indexOf(br[1]!), at + br[0].indexOf(br[1]!) + br[1]!.length)
          .trim();
        const ev = eventNamed(doc, ctx, `${where || surname(person)} briefing`, date);
        addMention(doc, ev, at, at + br[0].length, 'event', 0.6);
        relate(doc, {
          type: 'PARTICIPATED_IN',
          from: person.id,
          to: ev.id,
          evidence: [s],
          ...(date ? { date } : {}),
          confidence: 0.6,
          rule: 'event:briefing',
        });
      }
    }
  }
}

export type { Sentence };
