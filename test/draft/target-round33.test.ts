/**
 * Which entity a statement is about (issue 12, round 33, engineer "targets4"): partners of a
 * reported subject, the one warned, a quote opening on "They", a quote right after its speaker
 * criticised someone. Sentences of our own wording, each group with a negative.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const LEAD =
  'U.S. officials said last month that Russia had been passing Iran satellite images of American warships.';
const text = (...paragraphs: string[]) => [LEAD, '', ...paragraphs].join('\n\n');
const idOf = (d: D, name: string) => d.entities.find((e) => e.name === name)?.id ?? '?';
const targetOf = (d: D, speaker: string, words: string) =>
  find(d, 'SAID', speaker).find((r) => (r.quote ?? '').startsWith(words))?.to;
const CLAIM = 'russia-iran-intelligence-sharing';

describe('a partial quote predicated of a country, with a partner and a citing clause after it', () => {
  it('"said Russia was “a co-belligerent” alongside Iran, citing …" is about Russia', () => {
    const d = draft(
      text(
        'Rep. Anna Kowal said Tuesday that Russia was "a co-belligerent" alongside Iran, citing intelligence that Russia had given Iran the coordinates of U.S. ships.',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Anna Kowal'), 'a co-belligerent')).toBe('russia');
  });

  it('a party the predicate goes on to name without "alongside" still wins ("… “a message” to Iran")', () => {
    const d = draft(
      text('Rep. Anna Kowal said Tuesday that Russia was "sending a message" to Iran.'),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Anna Kowal'), 'sending a message')).toBe('iran');
  });
});

describe('a warning is about the one warned', () => {
  it('"warned Moscow on Thursday that it would “…” if …" and "warned Russia that “…” for helping Iran"', () => {
    const d = draft(
      text(
        'Secretary of State Marco Rubio warned Moscow on Thursday that it would "regret this choice" if the help continued.',
        'Sen. Tom Reyes warned Russia that "there will be a cost" for helping Iran find American ships.',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Marco Rubio'), 'regret this choice')).toBe('russia');
    expect(targetOf(d, idOf(d, 'Tom Reyes'), 'there will be a cost')).toBe('russia');
  });

  it('not the audience told ("warned reporters that Iran was “…”")', () => {
    const d = draft(
      text('Rep. Anna Kowal warned reporters that Iran was "about to strike again."'),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Anna Kowal'), 'about to strike again')).toBe('iran');
  });
});

describe('a whole quote opening on "They"', () => {
  it('after a lead whose clause is about Russia, both sentences are about Russia', () => {
    const d = draft(
      [
        'Rep. Dan Oyelaran said Sunday that Russia had moved from sympathy to active help for Iran, telling CNN that Moscow was passing satellite tracking of American ships to Iranian forces.',
        '',
        '"They are not bystanders. They are giving Tehran eyes it would not otherwise have," Oyelaran said.',
      ].join('\n'),
      '2026-07-15',
    );
    const dan = idOf(d, 'Dan Oyelaran');
    expect(targetOf(d, dan, 'They are not bystanders')).toBe('russia');
    expect(find(d, 'SAID', dan).filter((r) => r.to === 'iran')).toEqual([]);
  });

  it('the body named in the sentence before, not the country inside its name', () => {
    const d = draft(
      text(
        'Sen. Nora Pell said on Tuesday that she had pressed State Department officials about the reports at a closed briefing.',
        '"They didn\'t dispute any of it," Pell said.',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Nora Pell'), "They didn't dispute")).toBe(
      d.entities.find((e) => e.name === 'State Department')?.id,
    );
  });

  it("not the speaker's own country, and not when the sentence names whom it means", () => {
    const d = draft(
      text(
        'Sen. Nora Pell said the United States had to respond faster.',
        '"They need to move now," Pell said of the Pentagon.',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Nora Pell'), 'They need to move now')).not.toBe('united-states');
  });
});

describe('"They" is not an adjective\'s country, the speaker\'s own body, nor what the quote names', () => {
  it('"raised the reports with Russian officials. “They tell us it is not happening”"', () => {
    const d = draft(
      text(
        'Special envoy Steve Witkoff said on Tuesday that he had raised the reports with Russian officials. "They tell us it is not happening, and we will see," Witkoff said.',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, 'steve-witkoff', 'They tell us')).not.toBe('russia');
  });

  it('"Israel\'s military accused Russia of passing Iran …. “They are flying with Russian maps,” military spokesman X said"', () => {
    const d = draft(
      [
        "Israel's military said on Tuesday it had intercepted an Iranian missile, and accused Russia of passing Iran the locations of Israeli air defence batteries.",
        '',
        '"They are flying with Russian maps," military spokesman Brig. Gen. Ronit Ezra told reporters.',
      ].join('\n'),
      '2026-07-15',
    );
    const said = targetOf(d, idOf(d, 'Ronit Ezra'), 'They are flying');
    expect(said).not.toBe('russia');
    expect(d.entities.find((e) => e.id === said)?.name ?? '').not.toMatch(/military/i);
  });
});

describe('a whole quote right after its speaker criticised someone', () => {
  it('"She also criticized X, who said … “not worried”. “That was wrong then …,” she said."', () => {
    const d = draft(
      text(
        'Sen. Ruth Caldwell also criticized Defense Secretary Pete Hegseth, who said in March he was "not worried" about it. "That was wrong then and it is dangerous now," she said.',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Ruth Caldwell'), 'That was wrong then')).toBe('pete-hegseth');
  });

  it('"took aim at … Leavitt, who … “rumors.” “It was never a rumor. She knew it …”"', () => {
    const d = draft(
      text(
        'Sen. Ruth Caldwell took aim at White House press secretary Karoline Leavitt, who last week described the reports as "rumors." "It was never a rumor. She knew it and the president knew it," Caldwell said.',
      ),
      '2026-07-15',
    );
    const ruth = idOf(d, 'Ruth Caldwell');
    expect(targetOf(d, ruth, 'It was never a rumor')).toBe('karoline-leavitt');
    expect(find(d, 'SAID', ruth).filter((r) => r.to === 'donald-trump' || r.to === CLAIM)).toEqual(
      [],
    );
  });

  it('not a quote that names whom it is about, nor after praise', () => {
    const d = draft(
      text(
        'Sen. Ruth Caldwell criticized Defense Secretary Pete Hegseth on Monday. "The Russians are lying to all of us," she said.',
        'Rep. Lee Marsh praised Secretary of State Marco Rubio on Tuesday. "It is about time," Marsh said.',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Ruth Caldwell'), 'The Russians are lying')).not.toBe(
      'pete-hegseth',
    );
    expect(targetOf(d, idOf(d, 'Lee Marsh'), 'It is about time')).not.toBe(idOf(d, 'Marco Rubio'));
  });
});

describe('words that call the question something answer the one who asked it', () => {
  it('"Rep. X asked her whether …. Harlan said that was “a policy question …”" is about X', () => {
    const d = draft(
      text(
        'Carla Harlan, a deputy director of national intelligence, testified on Wednesday.',
        'Rep. Tom Brandt, a Republican from Kansas, asked her whether the administration should have confronted Moscow months ago. Harlan said that was "a policy question, not an intelligence one."',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Carla Harlan'), 'a policy question')).toBe(idOf(d, 'Tom Brandt'));
  });

  it('not words about something else ("said that was “exactly what the reports show”" with no question)', () => {
    const d = draft(
      text(
        'Rep. Tom Brandt read out the figures at the hearing. Carla Harlan said that was "exactly what the reports show."',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Carla Harlan'), 'exactly what the reports show')).not.toBe(
      idOf(d, 'Tom Brandt'),
    );
  });
});

describe('a person as the reported subject of a quote that opens on its verb', () => {
  it('"adding that President Donald Trump “has to make Putin feel this.”" is about Trump', () => {
    const d = draft(
      text(
        'Rep. Dan Oyelaran said the administration had been slow, adding that President Donald Trump "has to make Putin feel this."',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Dan Oyelaran'), 'has to make Putin feel this')).toBe(
      'donald-trump',
    );
  });

  it('the person right before the quote, not one named earlier in the clause', () => {
    const d = draft(
      text(
        'Rep. Dan Oyelaran said President Donald Trump believes that Vladimir Putin "has stopped helping Iran."',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Dan Oyelaran'), 'has stopped helping Iran')).toBe('vladimir-putin');
  });
});

describe('statements that tell the sharing itself keep the claim', () => {
  it('"said the sharing was “a betrayal of every channel we kept open with Moscow.”"', () => {
    const d = draft(
      text(
        'Sen. Alan Pruett said the sharing was "a betrayal of every channel we kept open with Moscow."',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Alan Pruett'), 'a betrayal')).toBe(CLAIM);
  });

  it('"said Russia was “feeding Iran the map” of U.S. naval positions"', () => {
    const d = draft(
      text(
        'Sen. Ruth Calder said Monday that Russia was "feeding Iran the map" of U.S. naval positions in the Gulf.',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Ruth Calder'), 'feeding Iran the map')).toBe(CLAIM);
  });

  it('a whole quote naming both parties only by a demonym and a capital', () => {
    const d = draft(
      text(
        '"Every time a Russian satellite photographs one of our carriers and that picture ends up in Tehran, Americans are put at risk," Sen. Margaret Ellory said.',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Margaret Ellory'), 'Every time a Russian satellite')).toBe(CLAIM);
  });

  it('not a partial quote, nor words that name a party by name', () => {
    const d = draft(
      text(
        'Sen. Dale Whitcomb said sanctions on Russian firms would "only push Moscow closer to Tehran."',
        '"Iran will pay for every drone that Russian satellites guide," Sen. Margaret Ellory said.',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Dale Whitcomb'), 'only push Moscow')).not.toBe(CLAIM);
    expect(targetOf(d, idOf(d, 'Margaret Ellory'), 'Iran will pay')).toBe('iran');
  });
});

describe('words about a warning, and a partial quote after "took aim at"', () => {
  it('"called the warning “cheap theatre”" is about the one who warned', () => {
    const d = draft(
      [
        'Defense Secretary Pete Hegseth warned Russia on Tuesday that it would pay if Moscow kept passing satellite data to Iran.',
        '',
        'Kremlin spokesman Dmitry Peskov called the warning "cheap theatre" on Wednesday.',
      ].join('\n'),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Dmitry Peskov'), 'cheap theatre')).toBe('pete-hegseth');
  });

  it('not when nobody warned before ("called the warning “…”" with no warning told)', () => {
    const d = draft(
      text('Kremlin spokesman Dmitry Peskov called the warning "cheap theatre" on Wednesday.'),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Dmitry Peskov'), 'cheap theatre')).not.toBe('pete-hegseth');
  });

  it('"took aim at special envoy X, whose answer she called “wishful thinking.”"', () => {
    const d = draft(
      text(
        'Sen. Laura Whitcomb took aim at special envoy Steve Witkoff, whose answer she called "wishful thinking."',
      ),
      '2026-07-15',
    );
    expect(targetOf(d, idOf(d, 'Laura Whitcomb'), 'wishful thinking')).toBe('steve-witkoff');
  });
});
