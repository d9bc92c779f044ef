/**
 * Rules of issue 12's fourth session, each on a short text of our own (not the held-out texts):
 * Q&A turns, broken lines of a repost, sentence ends compromise misses, mixed quote styles,
 * accusations, claims called untrue with a copula, and the scoring of symmetric relationships.
 */
import { draft, find } from './helpers';
import { quotesOverlap, scoreDraft } from '../../scripts/src/eval/score';

const said = (d: ReturnType<typeof draft>, from: string) =>
  d.relationships.filter((r) => r.type === 'SAID' && r.from === from);
const idOf = (d: ReturnType<typeof draft>, name: string) =>
  d.entities.find((e) => e.name === name)?.id;

describe('Q&A turns', () => {
  const text = [
    'Interview: a senator on the Gulf',
    '',
    'Laura Benning, the chairwoman of a Senate panel, talked to The Plains Courier on Tuesday. The interview was condensed.',
    '',
    'Q: Does Tehran get help from Moscow?',
    '',
    'BENNING: I think it does. The evidence keeps growing.',
    '',
    'And it will not stop by itself.',
    '',
    'Q: What about the president?',
    '',
    'BENNING: He has been patient with Putin.',
  ].join('\n');
  const d = draft(text, '2026-03-25');
  const laura = idOf(d, 'Laura Benning')!;

  it('an answer turn is the labelled person’s statement, dated by the introduction', () => {
    const r = said(d, laura);
    const quotes = r.map((x) => x.quote);
    expect(quotes).toContain('I think it does. The evidence keeps growing.');
    // An unlabelled paragraph after an answer continues it.
    expect(quotes).toContain('And it will not stop by itself.');
    expect(r.every((x) => x.date === '2026-03-24')).toBe(true);
    expect(find(d, 'SAID', laura, 'vladimir-putin')).toHaveLength(1);
  });

  it('a question is nobody’s statement, and the outlet of the introduction interviewed her', () => {
    expect(d.relationships.some((r) => r.quote?.startsWith('Does Tehran'))).toBe(false);
    const courier = idOf(d, 'Plains Courier');
    expect(courier).toBeDefined();
    expect(find(d, 'APPEARED_ON', laura, courier)).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', courier!, laura)).toHaveLength(1);
    expect(find(d, 'SPOKE_WITH', laura, courier)).toHaveLength(0);
  });

  it('"A:" answers are the interviewee’s; a colon label in plain prose is not a turn', () => {
    const qa = draft(
      'Tom Ruark, a spokesman for the Pentagon, spoke on Monday.\n\nQ: Is Russia involved?\n\nA: We are looking at it closely.',
      '2026-03-25',
    );
    const tom = idOf(qa, 'Tom Ruark')!;
    expect(said(qa, tom).map((r) => r.quote)).toContain('We are looking at it closely.');
    const prose = draft(
      'Tom Ruark, a spokesman for the Pentagon, spoke on Monday.\n\nRuark: the view from Washington is unchanged.',
    );
    expect(prose.relationships.filter((r) => r.type === 'SAID')).toHaveLength(0);
  });
});

describe('reposts and quotes', () => {
  it('a title-case line continued in lower case is a broken line, not a heading', () => {
    const d = draft(
      'Russia is said to pass satellite images to Iran.\n\nKremlin spokesman Dmitry Peskov told reporters\nthe reports were "pure fiction from start to end."',
    );
    const peskov = idOf(d, 'Dmitry Peskov')!;
    expect(find(d, 'REPRESENTS', peskov, 'kremlin')).toHaveLength(1);
    // A claim called untrue with a copula is denied, and the statement is about the claim.
    expect(find(d, 'DENIED', peskov, 'russia-iran-intelligence-sharing')).toHaveLength(1);
    expect(find(d, 'SAID', peskov, 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });

  it('"the reports were “alarming”" is no denial', () => {
    const d = draft('Sen. Ana Whitlow said the reports were “deeply alarming.”');
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });

  it('a sentence end after a closing quote that compromise misses is cut', () => {
    const d = draft(
      'Pentagon spokesman Tom Ruark called the\nstory “a fabrication.” He said Moscow\n“knows better” than that.',
    );
    const tom = idOf(d, 'Tom Ruark')!;
    const r = said(d, tom).find((x) => x.quote === 'knows better');
    expect(r?.evidence.some((e) => e.startsWith('He said Moscow'))).toBe(true);
  });

  it('single quotes count in a paragraph that has double ones; accused X of “…” is about X', () => {
    const d = draft(
      'Rep. Joan Parrish accused the White House of “hiding” the findings. ‘We learned it from the papers,’ she wrote on X.',
    );
    const joan = idOf(d, 'Joan Parrish')!;
    expect(find(d, 'SAID', joan, 'white-house').map((r) => r.quote)).toContain('hiding');
    expect(said(d, joan).map((r) => r.quote)).toContain('We learned it from the papers');
  });

  it('a quote that opens the sentence after an attribution to an outlet continues the speaker', () => {
    const d = draft(
      'Russia is said to pass satellite images to Iran.\n\n"We are watching closely," Sen. Bill Arno told CNN\'s "Inside Politics." "Nobody is fooled."',
    );
    const bill = idOf(d, 'Bill Arno')!;
    expect(said(d, bill).map((r) => r.quote)).toContain('Nobody is fooled.');
  });

  it('an apposition with an initialism ("the U.S. envoy to NATO") gives the role', () => {
    const d = draft('Grace Holm, the U.S. envoy to NATO, met allies on Friday.');
    expect(find(d, 'REPRESENTS', idOf(d, 'Grace Holm')!, 'united-states')).toHaveLength(1);
  });
});

describe('scoring', () => {
  it('ALLIED_WITH and SPOKE_WITH match either way round; other types do not', () => {
    const d = draft('Russia is an ally of Iran. Iran supplied drones to Russia.');
    const allied = find(d, 'ALLIED_WITH', 'russia', 'iran').length
      ? { from: 'iran', to: 'russia' }
      : { from: 'russia', to: 'iran' };
    const gold = (facts: { type: string; from: string; to: string }[]) => ({
      entities: ['russia', 'iran'],
      facts,
      unknown: new Set<string>(),
      names: new Map<string, string[]>(),
    });
    const s = scoreDraft(d, gold([{ type: 'ALLIED_WITH', ...allied }]), d.text ?? '');
    expect(s.relationships.tp).toBe(1);
    const arms = scoreDraft(
      d,
      gold([{ type: 'SUPPLIED_ARMS_TO', from: 'russia', to: 'iran' }]),
      d.text ?? '',
    );
    expect(arms.relationships.tp).toBe(0);
    expect(quotesOverlap([0, 10], [5, 30])).toBe(true);
  });
});
