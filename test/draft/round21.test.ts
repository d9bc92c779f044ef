/**
 * Round 21 (issue 12, thirteenth session): general categories found reading the round's first
 * run, each tested on sentences of our own that are not from the round's texts.
 */
import { draft, find } from './helpers';

describe('a participle after its noun ("firms accused of …") is a passive', () => {
  it('gives the claim to the noun the participle follows, not to the clause subject', () => {
    const d = draft(
      'European governments want to blacklist Russian shipping firms suspected of handing targeting data to Iran.',
      '2026-06-02',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
    expect(d.relationships.filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH')).toHaveLength(1);
  });

  it('drafts no criticism by the clause subject', () => {
    const d = draft(
      'The White House imposed penalties on Russian firms accused of passing data to Iran.',
      '2026-06-02',
    );
    expect(find(d, 'CRITICIZED', 'white-house')).toHaveLength(0);
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'white-house')).toHaveLength(0);
  });

  it('keeps the active verb: "Washington accused Moscow of …"', () => {
    const d = draft('Washington accused Moscow of giving Iran satellite imagery.', '2026-06-02');
    expect(find(d, 'CRITICIZED', 'united-states', 'russia')).toHaveLength(1);
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('keeps "X was accused of …" as X\'s alleged claim', () => {
    const d = draft('Russia was accused of passing radar data to Iran.', '2026-06-02');
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });
});

describe('"what it called “…”" belongs to the clause subject', () => {
  it('gives the words to the one who summoned, not to the last name before the verb', () => {
    const d = draft(
      'The Kremlin summoned the British ambassador on Friday to protest what it called "a hostile fabrication" about its ties with Iran.',
      '2026-06-05',
    );
    const said = d.relationships.filter((r) => r.type === 'SAID');
    expect(said.map((r) => [r.from, r.quote])).toEqual([['kremlin', 'a hostile fabrication']]);
  });
});

describe('a raw broadcast transcript', () => {
  const transcript = [
    'NIGHT WATCH',
    'CNN | Rush Transcript | Aired May 14, 2026 - 22:00 ET',
    '[22:00:05]',
    'PAUL REYES, CNN ANCHOR: Reports say Russia has been passing Iran radar data. With me is Ilse Brandt of the Baltic Security Studies Centre. Ilse, is it true?',
    'ILSE BRANDT, BALTIC SECURITY STUDIES CENTRE: I think it is likely. The pattern fits.',
    'REYES: Here is what the Kremlin spokesman said today.',
    '(BEGIN VIDEO CLIP)',
    'DMITRY PESKOV, KREMLIN SPOKESMAN: These are fairy tales.',
    '(END VIDEO CLIP)',
    'BRANDT: He says that every time.',
  ].join('\n\n');

  it('reads the capitals line over "NETWORK | … Transcript" as the programme', () => {
    const d = draft(transcript, '2026-05-14');
    const prog = [...d.entities].find((e) => e.name === 'Night Watch');
    expect(prog?.label).toBe('Outlet');
    expect(find(d, 'PART_OF', prog!.id, 'cnn')).toHaveLength(1);
    expect(find(d, 'APPEARED_ON', 'ilse-brandt', prog!.id)).toHaveLength(1);
  });

  it('takes a label whose affiliation runs to four words in capitals', () => {
    const d = draft(transcript, '2026-05-14');
    const said = find(d, 'SAID', 'ilse-brandt').map((r) => r.quote);
    // Neighbouring sentences of one answer about one thing are one statement.
    expect(said).toContain('I think it is likely. The pattern fits.');
  });

  it('dates the turns by the header day, though a clock time and a zone follow it', () => {
    const d = draft(transcript, '2026-05-14');
    expect(find(d, 'SAID', 'ilse-brandt').every((r) => r.date === '2026-05-14')).toBe(true);
  });

  it('makes no guest of a speaker inside a played clip', () => {
    const d = draft(transcript, '2026-05-14');
    const peskov = 'dmitry-peskov';
    expect(find(d, 'SAID', peskov)).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', 'paul-reyes', peskov)).toHaveLength(0);
    expect(find(d, 'APPEARED_ON', peskov)).toHaveLength(0);
    expect(find(d, 'INTERVIEWED', 'paul-reyes', 'ilse-brandt')).toHaveLength(1);
  });
});

describe('a live blog: entries under time stamps are of the day its header prints', () => {
  const blog = (header: string) =>
    [
      'Gulf tensions: latest',
      header,
      '3:10 p.m. ET',
      'The Kremlin said Moscow "has never handed" Iran any targeting data.',
      '9:45 a.m. ET',
      'Senator Mara Quist said the briefing was "a waste of everyone\'s time."',
      '8:00 a.m. ET',
      'Overnight, Iran said it had "shot down" a U.S. drone.',
    ].join('\n\n');

  it("dates an entry's statement by the header day", () => {
    const d = draft(blog('Updated Wednesday, April 8, 2026'), '2026-04-08');
    const quist = d.entities.find((e) => e.name === 'Mara Quist')!.id;
    expect(find(d, 'SAID', quist).map((r) => r.date)).toEqual(['2026-04-08']);
  });

  it('leaves "Overnight, …" undated', () => {
    const d = draft(blog('Updated Wednesday, April 8, 2026'), '2026-04-08');
    expect(find(d, 'SAID', 'iran').every((r) => r.date === undefined)).toBe(true);
  });

  it('dates nothing when the header prints no day', () => {
    const d = draft(blog('By the foreign desk'), '2026-04-08');
    const quist = d.entities.find((e) => e.name === 'Mara Quist')!.id;
    expect(find(d, 'SAID', quist).map((r) => r.date)).toEqual([undefined]);
  });
});

describe('a denial of handing over the data, with no denial word', () => {
  it('is a denial when the speaker\'s own side "has not transferred and does not transfer" it', () => {
    const d = draft(
      'U.S. officials say Russia has been sharing intelligence with Iran.\n\nThe Russian Foreign Ministry said Moscow "did not give and will not give" intelligence to Tehran.',
      '2026-04-08',
    );
    expect(d.relationships.filter((r) => r.type === 'DENIED').map((r) => r.quote)).toEqual([
      'did not give and will not give',
    ]);
  });

  it('is nothing from the other side', () => {
    const d = draft(
      'U.S. officials say Russia has been sharing intelligence with Iran.\n\nDefense Secretary Pete Hegseth said Moscow "has not transferred and does not transfer" intelligence to Tehran in public.',
      '2026-04-08',
    );
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });
});

describe('a quote inside ", who … accused X of “…”," is the words of the person the clause hangs on', () => {
  const text =
    'Asked about Rep. Dora Vance, who on Tuesday accused the White House of "playing down a war," Pete Hegseth said: "She is welcome to read the file."';

  it("gives the relative clause's quote to its person, dated by its own day", () => {
    const d = draft(text, '2026-04-10');
    const vance = d.entities.find((e) => e.name === 'Dora Vance')!.id;
    const said = find(d, 'SAID', vance);
    expect(said.map((r) => [r.quote, r.date])).toEqual([['playing down a war', '2026-04-07']]);
    expect(find(d, 'SAID', 'pete-hegseth').map((r) => r.quote)).toEqual([
      'She is welcome to read the file.',
    ]);
  });

  it("does not date the main clause's words by the relative clause's day", () => {
    const d = draft(text, '2026-04-10');
    expect(find(d, 'SAID', 'pete-hegseth')[0]!.date).not.toBe('2026-04-07');
  });
});
