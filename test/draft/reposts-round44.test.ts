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
