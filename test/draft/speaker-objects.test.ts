/**
 * Speakers and names (issue 12): the one a verb acts on ("accused X of", "asked X to") never
 * speaks; a verb joined by "and" keeps its subject; "said he had asked …" is the subject's; a
 * title after a body's name ("… Committee Chairman Jane Roe") is cut off the person's name.
 * Short texts of our own, each with a negative that must not fire.
 */
import { draft, find } from './helpers';

const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
const idOf = (d: ReturnType<typeof draft>, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const quotesOf = (d: ReturnType<typeof draft>, name: string) => {
  const id = idOf(d, name);
  return id ? find(d, 'SAID', id).map((r) => r.quote) : [];
};

describe('the object of accused/asked/urged never speaks', () => {
  const TEXT = [
    LEAD,
    '',
    'Sen. Nora Caldwell of Vermont, a member of the Armed Services Committee, was sharper still. She accused Navy Secretary Paul Drummond of "sleepwalking through a crisis" and said the Pentagon\'s briefings had been "thin at best."',
  ].join('\n');

  it('a pronoun subject is the person before it, not the one accused after it', () => {
    const d = draft(TEXT, '2026-05-02');
    expect(quotesOf(d, 'Nora Caldwell')).toEqual(
      expect.arrayContaining(['sleepwalking through a crisis', 'thin at best.']),
    );
    expect(quotesOf(d, 'Paul Drummond')).toHaveLength(0);
  });

  it('a named subject of the first verb speaks for the joined verb too', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Nora Caldwell accused Navy Secretary Paul Drummond of "sleepwalking" and said the briefings were "thin."',
      ].join('\n'),
      '2026-05-02',
    );
    expect(quotesOf(d, 'Nora Caldwell')).toEqual(expect.arrayContaining(['sleepwalking', 'thin.']));
    expect(quotesOf(d, 'Paul Drummond')).toHaveLength(0);
  });

  it('negative: the one who speaks after "accused" is still the speaker when the quote is hers', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Nora Caldwell accused the Pentagon of stalling. Navy Secretary Paul Drummond said the charge was "simply false."',
      ].join('\n'),
      '2026-05-02',
    );
    expect(quotesOf(d, 'Paul Drummond')).toContain('simply false.');
    expect(quotesOf(d, 'Nora Caldwell')).toHaveLength(0);
  });
});

describe('"said he had asked X to …": the subject of said speaks', () => {
  it('the person asked, named inside the reported clause, is not the speaker', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Rep. Alma Whitfield, a Texas Democrat, said she had asked FBI Director Rowan Pike to testify "without delay."',
      ].join('\n'),
      '2026-05-02',
    );
    expect(quotesOf(d, 'Alma Whitfield')).toContain('without delay.');
    expect(quotesOf(d, 'Rowan Pike')).toHaveLength(0);
    // Asking someone to do something is a request, not an interview.
    expect(d.relationships.filter((r) => r.type === 'INTERVIEWED')).toHaveLength(0);
  });

  it('negative: a person who says something in his own clause still speaks', () => {
    const d = draft(
      [LEAD, '', 'FBI Director Rowan Pike said he would testify "without delay."'].join('\n'),
      '2026-05-02',
    );
    expect(quotesOf(d, 'Rowan Pike')).toContain('without delay.');
  });
});

describe('a title after a body name is cut off the person', () => {
  const TEXT = [
    LEAD,
    '',
    'Senate Commerce Committee Chairwoman Lena Ortiz, a Colorado Democrat, said the reports were "deeply troubling."',
    '',
    '"We need the facts before anything else," Ortiz told reporters.',
    '',
    'Committee Chairman Owen Platt said it was "a scandal."',
  ].join('\n');

  it('the person is named without the body or the title, and leads the body', () => {
    const d = draft(TEXT, '2026-05-02');
    const ortiz = d.entities.find((e) => e.name === 'Lena Ortiz');
    expect(ortiz?.label).toBe('Person');
    expect(quotesOf(d, 'Lena Ortiz')).toEqual(
      expect.arrayContaining(['deeply troubling.', 'We need the facts before anything else']),
    );
    const body = idOf(d, 'Senate Commerce Committee');
    expect(body).toBeDefined();
    expect(find(d, 'LEADS', ortiz!.id, body)).toHaveLength(1);
    expect(quotesOf(d, 'Owen Platt')).toContain('a scandal.');
    expect(d.entities.some((e) => /chair/i.test(e.name))).toBe(false);
  });

  it('negative: a body whose name ends in a title word stays whole', () => {
    const d = draft(
      [LEAD, '', 'The Defense Intelligence Agency said the images were "authentic."'].join('\n'),
      '2026-05-02',
    );
    expect(d.entities.some((e) => e.label === 'Person')).toBe(false);
  });
});
