/**
 * One drafted statement in the review: type, endpoints, evidence, quote (set from a selection in
 * the article text, so it stays verbatim), date, confidence, accept or reject.
 */
import { CURATED_RELATIONSHIP_TYPES } from '@kg/server/contracts';
import { button, el } from '../ui/dom';
import { entityPicker } from '../entities/entity-picker';
import { input } from './fields';
import type { Review, ReviewedRelationship } from './review';

export interface StatementActions {
  decide: (i: number, verdict: 'accepted' | 'rejected') => void;
  say: (text: string) => void;
  current: (i: number) => void;
}

export function statementRow(
  r: Review,
  s: ReviewedRelationship,
  i: number,
  isCurrent: boolean,
  act: StatementActions,
): HTMLElement {
  const li = el('li', {
    class: `statement ${s.verdict}${isCurrent ? ' current' : ''}`,
    testid: `intake-statement-${i}`,
  });
  const type = el(
    'select',
    { 'aria-label': 'type' },
    ...CURATED_RELATIONSHIP_TYPES.map((t) => el('option', { value: t, selected: t === s.type }, t)),
  );
  type.addEventListener('change', () => (s.type = type.value as typeof s.type));
  // An endpoint is one of the drafted entities, or any registry entity found by search.
  const endpoint = (which: 'from' | 'to') => {
    const drafted = r.entities.some((e) => e.draft.id === s[which]);
    const sel = el(
      'select',
      { 'aria-label': which, testid: `intake-${which}-${i}` },
      ...r.entities.map((e) =>
        el('option', { value: e.draft.id, selected: e.draft.id === s[which] }, e.draft.name),
      ),
      drafted ? null : el('option', { value: s[which], selected: true }, s[which]),
    );
    sel.addEventListener('change', () => (s[which] = sel.value));
    const picker = entityPicker({
      placeholder: 'or search…',
      testid: `intake-${which}-search-${i}`,
      onPick: (id) => {
        s[which] = id;
        if (![...sel.options].some((o) => o.value === id))
          sel.append(el('option', { value: id }, id));
        sel.value = id;
        act.say(`Statement ${i + 1}: ${which} is now ${id}.`);
      },
    });
    return el('span', { class: 'endpoint' }, sel, picker);
  };
  const quote = input('quote', s.quote ?? '', { 'aria-label': 'quote', readonly: 'true' });
  const fromSelection = button(
    'Quote = selection',
    () => {
      // The quote is whatever the analyst selected in the article: verbatim by construction.
      const sel = window.getSelection()?.toString() ?? '';
      if (sel && r.text.includes(sel)) {
        s.quote = sel;
        quote.value = sel;
      } else act.say('Select the quote in the article text first.');
    },
    { class: 'link' },
  );
  const date = input('date', s.date ?? '', { type: 'date', 'aria-label': 'date' });
  date.addEventListener('change', () => (s.date = date.value || undefined));
  li.append(
    el(
      'div',
      { class: 'row' },
      type,
      endpoint('from'),
      '→',
      endpoint('to'),
      el('span', { class: 'confidence', text: s.confidence.toFixed(2) }),
    ),
    el('div', { class: 'evidence', text: s.evidence.join(' … ') }),
    el('div', { class: 'row' }, quote, fromSelection, date),
    el(
      'div',
      { class: 'row' },
      button('Accept', () => act.decide(i, 'accepted'), { testid: `intake-accept-${i}` }),
      button('Reject', () => act.decide(i, 'rejected'), { testid: `intake-reject-${i}` }),
      el('span', { class: 'verdict', text: s.verdict }),
    ),
  );
  li.addEventListener('click', () => act.current(i));
  return li;
}
