/**
 * The eval's scorer: a gold quote (gold files carry no evidence) matches the draft's quote
 * wherever in the text the phrase occurs, not only at its first occurrence.
 */
import { draft } from './helpers';
import { mapEntities, scoreDraft } from '../../scripts/src/eval/score';

describe('scoring a quote that occurs more than once', () => {
  const text = [
    "Moscow calls the report 'a fairy tale'",
    '',
    'Russia on Friday called a report that it shared intelligence with Iran "a fairy tale," Kremlin spokesman Dmitry Peskov said.',
  ].join('\n');
  const d = draft(text, '2026-03-20');
  const gold = (quote: string) => ({
    entities: ['russia', 'iran'],
    facts: [
      { type: 'SAID', from: 'new:Dmitry Peskov', to: 'russia-iran-intelligence-sharing', quote },
    ],
    unknown: new Set(['new:Dmitry Peskov']),
    names: new Map([['new:Dmitry Peskov', ['Dmitry Peskov']]]),
  });

  it('matches the lede quote although the headline holds the phrase first', () => {
    const peskov = d.relationships.filter(
      (r) =>
        r.type === 'SAID' && r.quote?.includes('a fairy tale') && r.evidence[0]?.includes('Peskov'),
    );
    // The premise: the draft took the quote from the lede, after the headline's copy.
    expect(peskov.length).toBeGreaterThan(0);
    expect((d.text ?? '').indexOf('a fairy tale')).toBeLessThan(
      (d.text ?? '').indexOf('Russia on Friday'),
    );
    const s = scoreDraft(d, gold('a fairy tale'), d.text ?? '');
    expect(s.relationships.tp).toBe(1);
  });

  it('still misses a quote the text holds nowhere near the draft’s', () => {
    const s = scoreDraft(d, gold('intelligence with Iran'), d.text ?? '');
    expect(s.relationships.tp).toBe(0);
  });
});

describe('scoring by rule', () => {
  const text =
    'Kremlin spokesman Dmitry Peskov said on Friday that the report was "a fairy tale," and Iran\'s foreign ministry said it was "baseless."';
  const d = draft(text, '2026-03-20');

  it('credits each drafted relationship, right or wrong, to the rule that produced it', () => {
    const said = d.relationships.filter((r) => r.type === 'SAID');
    expect(said.length).toBeGreaterThan(0);
    // A gold that holds only Peskov's words: his SAID is right, every other relationship extra.
    const gold = {
      entities: ['russia', 'iran'],
      facts: [
        {
          type: 'SAID',
          from: 'new:Dmitry Peskov',
          to: 'russia-iran-intelligence-sharing',
          quote: 'a fairy tale',
        },
      ],
      unknown: new Set(['new:Dmitry Peskov']),
      names: new Map([['new:Dmitry Peskov', ['Dmitry Peskov']]]),
    };
    const s = scoreDraft(d, gold, text);
    const byRule = [...s.byRule.values()];
    expect(byRule.reduce((n, c) => n + c.tp, 0)).toBe(s.relationships.tp);
    expect(byRule.reduce((n, c) => n + c.fp, 0)).toBe(s.relationships.fp);
    expect(byRule.reduce((n, c) => n + c.tp + c.fp, 0)).toBe(d.relationships.length);
    const rules = new Set(d.relationships.map((r) => r.rule));
    expect(new Set(s.byRule.keys())).toEqual(rules);
  });
});

describe('mapping a proposed entity to the gold', () => {
  it("a new entity named as one gold entity and as another's alias is the one whose name it is", () => {
    const d = draft(
      'Foreign Minister Lev Dorin told a news conference in Moscow on Monday that the charge was "slander."',
      '2026-07-13',
    );
    const moscow = d.entities.find((e) => e.name === 'Moscow' && e.status === 'new');
    expect(moscow).toBeDefined();
    const names = new Map([
      ['russia', ['Russia', 'Moscow']],
      ['new:Moscow', ['Moscow']],
    ]);
    const map = mapEntities(d, { entities: [], facts: [], unknown: new Set(), names });
    expect(map.get(moscow!.id)).toBe('new:Moscow');
    names.delete('new:Moscow');
    const alone = mapEntities(d, { entities: [], facts: [], unknown: new Set(), names });
    expect(alone.get(moscow!.id)).toBe('russia');
  });
});
