/**
 * Words that describe an event the text names by a definite noun are about that event (issue
 * 12, thirteenth session, engineer "tgt"): "said the strikes were “…”", "called the hearing
 * “…”", "the session was “…”", "… and called it “…”" after "the strike was …". Sentences of our
 * own wording, each group with a negative that must not fire.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
const STRIKE =
  'Iranian drones struck a fuel depot at the Saudi port of Yanbu on Tuesday, the Saudi interior ministry said.';
const HEARING =
  'The Senate Armed Services Committee hearing on Tuesday turned to Russia, and Sen. Dana Whitlock pressed the Pentagon on what it knew.';
const text = (...paragraphs: string[]) => [LEAD, '', ...paragraphs].join('\n\n');
const nameOf = (d: D, id: string | undefined) => d.entities.find((e) => e.id === id)?.name ?? '';
const idOf = (d: D, name: string) => d.entities.find((e) => e.name === name)?.id ?? '?';
const targetOf = (d: D, speaker: string, words: string) =>
  find(d, 'SAID', speaker).find((r) => (r.quote ?? '').startsWith(words))?.to;

describe('words that describe a strike are about the strike', () => {
  it('"said the strikes were “…”" is about the strike named before', () => {
    const d = draft(
      text(
        STRIKE,
        'Riyadh\'s foreign minister, Faisal Al-Rasheed, said the strikes were "a reckless escalation" by Tehran.',
      ),
      '2026-05-06',
    );
    const to = targetOf(d, idOf(d, 'Faisal Al-Rasheed'), 'a reckless escalation');
    expect(d.entities.find((e) => e.id === to)?.label).toBe('Event');
    expect(nameOf(d, to)).toMatch(/strike|Yanbu/i);
  });

  it('"called the attack “…”" is about the strike', () => {
    const d = draft(
      text(
        STRIKE,
        'The Gulf Cooperation Council\'s secretary general, Omar Haddad, called the attack "a crime against the region."',
      ),
      '2026-05-06',
    );
    const to = targetOf(d, idOf(d, 'Omar Haddad'), 'a crime against the region');
    expect(nameOf(d, to)).toMatch(/strike|Yanbu/i);
  });

  it('"said the strike was … and called it “…”" is about the strike', () => {
    const d = draft(
      text(
        STRIKE,
        'Col. Turki al-Maliki, a spokesman for the Saudi-led coalition, said the attack was launched from Iranian soil and called it "a message to Washington."',
      ),
      '2026-05-06',
    );
    const to = targetOf(d, idOf(d, 'Turki al-Maliki'), 'a message to Washington');
    expect(nameOf(d, to)).toMatch(/strike|Yanbu/i);
  });

  it('"warned that any further attack would meet “…”" is no reference to the strike', () => {
    const d = draft(
      text(
        STRIKE,
        'Col. Turki al-Maliki, a spokesman for the Saudi-led coalition, said that any further attack would meet "a firm answer from the kingdom."',
      ),
      '2026-05-06',
    );
    const to = targetOf(d, idOf(d, 'Turki al-Maliki'), 'a firm answer');
    expect(nameOf(d, to)).not.toMatch(/strike|Yanbu/i);
  });
});

describe('words that describe a hearing are about the hearing', () => {
  it('"called the hearing “…”" and "the session was “…”" are about the hearing', () => {
    const d = draft(
      text(
        HEARING,
        'The Russian Embassy in Washington called the hearing "a performance for the cameras."',
        'Russian Deputy Foreign Minister Sergei Ryabkov said the session had been "an exercise in fantasy."',
      ),
      '2026-05-06',
    );
    const embassy = targetOf(d, 'russian-embassy-washington', 'a performance');
    expect(nameOf(d, embassy)).toMatch(/hearing/i);
    const ryabkov = targetOf(d, idOf(d, 'Sergei Ryabkov'), 'an exercise in fantasy');
    expect(nameOf(d, ryabkov)).toMatch(/hearing/i);
  });

  it('words about the reports at a hearing stay about the reports', () => {
    const d = draft(
      text(
        HEARING,
        'The Russian Embassy in Washington said the reports were "a performance for the cameras."',
      ),
      '2026-05-06',
    );
    const to = targetOf(d, 'russian-embassy-washington', 'a performance');
    expect(nameOf(d, to)).not.toMatch(/hearing/i);
  });
});

describe('words that an operation will do are about the operation', () => {
  const OP =
    'Operation Epic Fury entered its third week on Monday with strikes on drone sites near Bandar Abbas.';

  it('"said the operation “will continue …”" is about the operation named before', () => {
    const d = draft(
      text(
        OP,
        'Pentagon spokeswoman Lena Ostrow said the operation "will continue until the launch sites are gone."',
      ),
      '2026-03-10',
    );
    const to = targetOf(d, idOf(d, 'Lena Ostrow'), 'will continue');
    expect(to).toBe('operation-epic-fury');
  });

  it('"the operation center “was never the target”" is no reference to the operation', () => {
    const d = draft(
      text(
        OP,
        'Pentagon spokeswoman Lena Ostrow said the operation center "was never the target."',
      ),
      '2026-03-10',
    );
    const to = targetOf(d, idOf(d, 'Lena Ostrow'), 'was never the target');
    expect(to).toBeDefined();
    expect(to).not.toBe('operation-epic-fury');
  });
});

describe("a whole quote right after the speaker's own reported speech about a person", () => {
  it('"X said Hegseth had finally … “Better late than never,” X told reporters" is about Hegseth', () => {
    const d = draft(
      text(
        'Sen. Ruth Calder, a Republican from Idaho, said Hegseth had finally given the committee a straight answer. "Better late than never," Calder told reporters on Tuesday.',
      ),
      '2026-03-10',
    );
    expect(targetOf(d, idOf(d, 'Ruth Calder'), 'Better late than never')).toBe('pete-hegseth');
  });

  it('a country as the subject of that speech is not taken, nor a quote that names its own', () => {
    const d = draft(
      text(
        'Sen. Ruth Calder, a Republican from Idaho, said Russia had finally been caught. "Better late than never," Calder told reporters on Tuesday.',
        'Sen. Omar Pike, a Democrat from Ohio, said Hegseth had finally spoken up. "Putin will not like it," Pike told reporters.',
      ),
      '2026-03-10',
    );
    expect(targetOf(d, idOf(d, 'Ruth Calder'), 'Better late than never')).not.toBe('russia');
    expect(targetOf(d, idOf(d, 'Omar Pike'), 'Putin will not like it')).toBe('vladimir-putin');
  });
});
