/**
 * Round 44 (issue 12, engineer "reposts3"): reposts with odd formatting — podcast and radio
 * transcripts with time stamps, newsletters and forum posts pasted as received. Each test is on
 * sentences of our own, not from the round's texts.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const byName = (d: D, name: RegExp) => d.entities.find((e) => name.test(e.name));

const PODCAST = [
  'Morning Signal — Episode 88',
  'Transcript | Recorded Friday, May 8, 2026',
  '',
  '[00:00:05] LOUISA FENWICK (HOST): Welcome back to Morning Signal from Harbor Public Radio. I’m Louisa Fenwick. With me is Colonel Dario Menzel, a former Army planner. Colonel, good morning.',
  '',
  '[00:00:14] DARIO MENZEL: Good morning, Louisa.',
  '',
  '[00:00:18] FENWICK: Is Moscow really helping Tehran pick targets?',
  '',
  '[00:00:24] MENZEL: I would be surprised if it were not. The Russians have every reason to help.',
  '',
  '[00:01:10] FENWICK: Colonel Menzel, thank you.',
].join('\n');

describe('round 44: transcripts with time stamps', () => {
  it('"[00:00:24] MENZEL: …": a turn label after a time stamp is the speaker of the turn', () => {
    const d = draft(PODCAST, '2026-05-09');
    const menzel = byName(d, /Dario Menzel/)!;
    const said = find(d, 'SAID', menzel.id).map((r) => r.quote);
    expect(said.join(' ')).toContain('I would be surprised if it were not.');
    // The host's question is nobody's statement.
    expect(
      d.relationships.some((r) => r.type === 'SAID' && /pick targets/.test(r.quote ?? '')),
    ).toBe(false);
  });

  it('"I’m Louisa Fenwick." names a person; "NAME (HOST):" is the host who interviewed the guest', () => {
    const d = draft(PODCAST, '2026-05-09');
    const host = byName(d, /^Louisa Fenwick$/);
    expect(host?.label).toBe('Person');
    expect(find(d, 'INTERVIEWED', host!.id, byName(d, /Dario Menzel/)!.id)).toHaveLength(1);
  });

  it('"Welcome back to SHOW from STATION.": the guest appeared on both; the show is the station’s', () => {
    const d = draft(PODCAST, '2026-05-09');
    const show = byName(d, /^Morning Signal$/)!;
    const station = byName(d, /^Harbor Public Radio$/)!;
    expect(show.label).toBe('Outlet');
    expect(find(d, 'PART_OF', show.id, station.id)).toHaveLength(1);
    const menzel = byName(d, /Dario Menzel/)!;
    expect(find(d, 'APPEARED_ON', menzel.id, show.id)).toHaveLength(1);
    expect(find(d, 'APPEARED_ON', menzel.id, station.id)).toHaveLength(1);
  });
});

// The claim named first: without the rules below, the quotes went to it.
const CLAIM = 'U.S. officials say Russia has been giving Iran satellite images of American bases. ';

describe('round 44: reported clauses with two predicates', () => {
  it('"said the administration “…” but would not “…”": the second quoted predicate is the subject’s too', () => {
    const d = draft(
      CLAIM +
        'The press secretary, Nina Forde, asked about the report, said the administration "reads every report closely" but would not "discuss intelligence at the lectern."',
      '2026-07-15',
    );
    const nina = d.entities.find((e) => /Nina Forde/.test(e.name))!;
    const said = find(d, 'SAID', nina.id).filter((r) => /lectern/.test(r.quote ?? ''));
    expect(said.map((r) => r.to)).toEqual(['trump-administration']);
  });

  it('"said X had been briefed on it and was “…”": a quote after "and was" is about X', () => {
    const d = draft(
      CLAIM +
        'A White House spokesman, Tom Ellery, said on Monday that President Donald Trump had been briefed on the assessment and was "studying a range of options."',
      '2026-07-15',
    );
    const tom = d.entities.find((e) => /Tom Ellery/.test(e.name))!;
    expect(find(d, 'SAID', tom.id).map((r) => r.to)).toEqual(['donald-trump']);
  });
});

describe('round 44: "the President" in White House style', () => {
  it('a quote that opens with "The President" is about the president the article titles, even when its framing sentence names him', () => {
    const d = draft(
      CLAIM +
        'Press secretary Karoline Leavitt said the White House "reads every report." Pressed on whether President Trump had raised the matter with Vladimir Putin, she said: "The President talks to many leaders. I won\'t list the calls."',
      '2026-07-15',
    );
    const said = find(d, 'SAID', 'karoline-leavitt').filter((r) =>
      /talks to many/.test(r.quote ?? ''),
    );
    expect(said.map((r) => r.to)).toEqual(['donald-trump']);
  });
});

describe('round 44: letters and lists of lawmakers', () => {
  it('"A, a Vermont Democrat, and Sen. B, an Idaho Republican, wrote to X": both CONTACTED X', () => {
    const d = draft(
      'Sen. Mara Quint, a Vermont Democrat, and Sen. Hollis Grady, an Idaho Republican, wrote to Secretary of State Marco Rubio on Friday asking what the department knew.',
      '2026-07-15',
    );
    const to = d.entities.find((e) => /Marco Rubio/.test(e.name))!.id;
    for (const who of [/Mara Quint/, /Hollis Grady/])
      expect(find(d, 'CONTACTED', d.entities.find((e) => who.test(e.name))!.id, to)).toHaveLength(
        1,
      );
  });

  it('"said in a letter to X": the writer CONTACTED X', () => {
    const d = draft(
      'Rep. Dale Corwin said in a letter to Pete Hegseth that the briefing had been "thin."',
      '2026-07-15',
    );
    const dale = d.entities.find((e) => /Dale Corwin/.test(e.name))!;
    expect(find(d, 'CONTACTED', dale.id, 'pete-hegseth')).toHaveLength(1);
  });
});

describe('round 44: two denials in one sentence', () => {
  it('"called the report “…” and said Moscow “has never shared …”": two denials, each with its words', () => {
    const d = draft(
      CLAIM +
        'Russia\'s deputy envoy, Pavel Lyskov, called the report "a fairy tale" and said Moscow "has never shared and will never share military secrets with anyone."',
      '2026-07-15',
    );
    const pavel = d.entities.find((e) => /Pavel Lyskov/.test(e.name))!;
    const quotes = find(d, 'DENIED', pavel.id, 'russia-iran-intelligence-sharing').map(
      (r) => r.quote,
    );
    expect(quotes).toHaveLength(2);
    expect(quotes.some((q) => /never shared/.test(q ?? ''))).toBe(true);
  });
});

describe('round 44: verdicts of insufficiency', () => {
  it('"said the department’s response was “not good enough”" / "“falls far short …”" criticise its author', () => {
    const a = draft(
      'Sen. Roy Almquist said the State Department\'s response was "not good enough." He did not elaborate.',
      '2026-07-15',
    );
    const roy = a.entities.find((e) => /Roy Almquist/.test(e.name))!;
    const dept = a.entities.find((e) => /State Department/.test(e.name))!;
    expect(find(a, 'CRITICIZED', roy.id, dept.id)).toHaveLength(1);
    const b = draft(
      'Rep. Ann Folau said the White House answer "falls far short of what the moment demands."',
      '2026-07-15',
    );
    const ann = b.entities.find((e) => /Ann Folau/.test(e.name))!;
    expect(find(b, 'CRITICIZED', ann.id, 'white-house')).toHaveLength(1);
  });
});
