/**
 * Words around a name that are not a name: a past rank ("Retired Adm."), a party-and-state tag
 * ("Republican of Ohio"), a body's bare head noun ("the Embassy"), a bracketed note before a
 * statement's title; and the person a sentence is sourced to ("according to X") going on to
 * speak as "she". Short texts of our own.
 */
import { draft, find } from './helpers';

const names = (d: ReturnType<typeof draft>) => d.entities.map((e) => e.name);

describe('a past rank before a name', () => {
  const d = draft(
    'Others were less cautious. Retired Adm. Frank Delgado, a former commander of naval forces in the region, said the pattern of Russian satellite passes "only makes sense if someone is watching from orbit."',
    '2026-09-11',
  );

  it('is no person of its own, and the quote is the named man’s', () => {
    expect(names(d)).not.toContain('Retired Adm');
    expect(names(d)).toContain('Frank Delgado');
    const said = d.relationships.filter((r) => r.type === 'SAID');
    expect(said.map((r) => r.from)).toEqual(['frank-delgado']);
  });
});

describe('the person a sentence is sourced to', () => {
  const d = draft(
    [
      'Retired Gen. Omar Fitch said the strikes were "no accident."',
      "The administration's caution has a simple explanation, according to Priya Raman, a sanctions expert at the Lowell Institute: Washington still wants a deal.",
      '"Every sanction now is a bargaining chip spent," she said.',
    ].join('\n\n'),
    '2026-09-11',
  );

  it('is who "she said" means, not the earlier speaker', () => {
    const chip = d.relationships.find((r) => r.quote?.startsWith('Every sanction'));
    expect(chip?.from).toBe('priya-raman');
  });
});

describe('a party-and-state tag after a lawmaker’s name', () => {
  const d = draft(
    'This is a transcript of an interview with Sen. Vance Holloway, Republican of Ohio, a member of the Senate Foreign Relations Committee. Rep. Ana Ruiz, Democrat of California, said Russia was "lying."',
    '2026-09-08',
  );

  it('names no person after the state', () => {
    expect(names(d)).not.toContain('Ohio');
    expect(names(d)).not.toContain('California');
  });

  it('leaves the role after it to the lawmaker, and the quote to her', () => {
    const committee = d.entities.find((e) => e.name === 'Senate Foreign Relations Committee');
    expect(find(d, 'MEMBER_OF', 'vance-holloway', committee?.id)).toHaveLength(1);
    expect(d.relationships.find((r) => r.quote === 'lying.')?.from).toBe('ana-ruiz');
  });
});

describe('a statement printed in full under a bracketed note', () => {
  const text = [
    '[Translation] Statement of the Embassy of Iran in Moscow',
    'The Embassy categorically rejects the allegations published by Western media about intelligence sharing between Iran and Russia. These allegations are baseless.',
    'We urge the media to refrain from spreading rumours.',
  ].join('\n');
  const d = draft(text, '2026-10-02');
  const embassy = d.entities.filter((e) => /Embassy/.test(e.name));

  it('has one embassy: "the Embassy" is the one in the title', () => {
    expect(embassy).toHaveLength(1);
    expect(embassy[0]!.name).not.toBe('Embassy');
  });

  it("drafts the issuer's denial of the claim", () => {
    expect(find(d, 'DENIED', embassy[0]!.id, 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });
});

describe('a bare head noun with two bodies of that head', () => {
  const d = draft(
    'The Iranian Embassy in Baghdad and the Saudi Embassy in Baghdad traded statements on Friday. The Embassy said nothing more.',
    '2026-10-02',
  );

  it('is not folded into either', () => {
    const embassies = d.entities.filter((e) => /Embassy/.test(e.name)).map((e) => e.name);
    // Each keeps the city it is in (round 43), as the golds name embassies.
    expect(embassies).toEqual(
      expect.arrayContaining(['Iranian Embassy in Baghdad', 'Saudi Embassy in Baghdad']),
    );
    expect(embassies).toContain('Embassy');
  });
});

describe('a seat told after a party-and-state tag', () => {
  it('is the lawmaker’s: "Rep. X, Democrat of Michigan, who sits on the Y Committee"', () => {
    const d = draft(
      'This is a transcript of an interview with Rep. Nora Blake, Democrat of Michigan, who sits on the House Armed Services Committee.',
      '2026-10-06',
    );
    const committee = d.entities.find((e) => e.name === 'House Armed Services Committee');
    expect(find(d, 'MEMBER_OF', 'nora-blake', committee?.id)).toHaveLength(1);
  });
});

describe('a programme whose name is a common word', () => {
  it('is no outlet when the word is only a word ("Today.")', () => {
    const d = draft(
      'BLAKE: Sanction the people in Moscow who run this program. Today.',
      '2026-10-06',
    );
    expect(d.entities.map((e) => e.name)).not.toContain('Today');
  });

  it('is the programme when quoted after its network', () => {
    const d = draft(
      'Hegseth told NBC\'s "Today" show on Monday that Russia was "not a factor."',
      '2026-10-06',
    );
    const today = d.entities.find((e) => e.name === 'Today');
    expect(today?.label).toBe('Outlet');
    expect(find(d, 'APPEARED_ON', 'pete-hegseth', today!.id)).toHaveLength(1);
  });
});

describe('a statement in full whose title line reads as a headline', () => {
  const text = [
    '[Translated from Russian] Statement by the Russian Embassy in Baghdad',
    '02.10.2026 | 11:40',
    'The Embassy notes with regret the reports about so-called "intelligence cooperation" between Russia and Iran. Such claims have nothing in common with reality.',
  ].join('\n');
  const d = draft(text, '2026-10-02');
  const embassy = d.entities.find((e) => /Embassy/.test(e.name));

  it('names its issuer from the title, and "the Embassy" is it', () => {
    expect(embassy?.name).toBe('Russian Embassy in Baghdad');
    expect(d.entities.filter((e) => /Embassy/.test(e.name))).toHaveLength(1);
  });

  it('reads the diplomatic formula "nothing in common with reality" as a denial', () => {
    expect(find(d, 'DENIED', embassy!.id, 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });

  it('takes no statement from a scare quote after "so-called"', () => {
    expect(d.relationships.filter((r) => r.type === 'SAID')).toEqual([]);
  });
});

describe('a plural title before a list of names', () => {
  it('is each lawmaker’s, and does not end the sentence', () => {
    const d = draft(
      'A bipartisan bill from Sens. Mara Lindqvist and Owen Tate would bar it. Reps. Ana Ruiz, Tom Hale and Dana Cole agreed.',
      '2026-10-21',
    );
    for (const id of ['mara-lindqvist', 'owen-tate', 'ana-ruiz', 'tom-hale', 'dana-cole'])
      expect(find(d, 'MEMBER_OF', id, 'us-congress')).toHaveLength(1);
  });

  it('is not given to a name joined to no title', () => {
    const d = draft('Mara Lindqvist and Owen Tate wrote the bill.', '2026-10-21');
    expect(d.relationships.filter((r) => r.type === 'MEMBER_OF')).toEqual([]);
  });
});

describe("a briefing transcript's speaker header", () => {
  const text = [
    'Department Press Briefing - November 10, 2026',
    '',
    'Rachel Tamsin, Deputy Department Spokesperson',
    'Washington, D.C.',
    '',
    'MS TAMSIN: Good afternoon.',
    '',
    'QUESTION: Any consequences for Moscow?',
    '',
    'MS TAMSIN: Russia has given Iran targeting data, and we have told Moscow so.',
  ].join('\n');
  const d = draft(text, '2026-11-10');

  it('names the person the labels stand for, not the title after the comma', () => {
    const names = d.entities.map((e) => e.name);
    expect(names).toContain('Rachel Tamsin');
    expect(names).not.toContain('TAMSIN');
    expect(names.some((n) => /Spokesperson/.test(n))).toBe(false);
  });

  it('gives the answers to that person', () => {
    expect(d.relationships.some((r) => r.type === 'SAID' && r.from === 'rachel-tamsin')).toBe(true);
  });
});
