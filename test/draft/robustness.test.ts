/**
 * News English as it arrives: reposts with page furniture and hard-wrapped lines, wire
 * datelines, headlines, em-dash quotes, appositions and relative clauses around the speaker.
 * Each case is a short text of our own.
 */
import { isBoilerplate } from '../../scripts/src/draft/boilerplate';
import { draft, find, rows } from './helpers';

const ofType = (d: ReturnType<typeof draft>, type: string) =>
  d.relationships.filter((r) => r.type === type);

describe('page furniture', () => {
  it.each([
    'SHARE THIS ARTICLE',
    'Share on Facebook',
    'Posted by newsdesk on March 17, 2026 at 9:12 am',
    'Updated 3:45 p.m. ET',
    'By Eleanor Marsh',
    'RELATED: Pentagon says drones hit tanker in Gulf',
    'Advertisement',
    'Click here to subscribe to our newsletter.',
    'Photo: Karoline Leavitt speaks at the White House. (Reuters/Jane Roe)',
    'Copyright 2026 Thomson Reuters. All rights reserved.',
    '(Reporting by Jane Doe; Editing by John Smith)',
  ])('"%s" is furniture', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'By Friday, the Pentagon had moved two destroyers into the Gulf.',
    'More than 1000 Iranians have died in the conflict.',
    'Published reports say Russia passed the images to Iran.',
    'Karoline Leavitt holds a press briefing at the White House. Jonathan Ernst/Reuters',
  ])('"%s" is content', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it('takes neither the share bar nor a RELATED headline as title or fact', () => {
    const d = draft(
      [
        'SHARE THIS ARTICLE',
        'Updated 3:45 p.m. ET',
        '',
        'PENTAGON WATCHES RUSSIAN SATELLITES',
        '',
        'Pete Hegseth said the Pentagon was watching Moscow.',
        '',
        'RELATED: Kremlin says Vladimir Putin spoke with Donald Trump',
      ].join('\n'),
    );
    expect(d.article.title).toBe('PENTAGON WATCHES RUSSIAN SATELLITES');
    expect(find(d, 'SPOKE_WITH', 'vladimir-putin')).toEqual([]);
    expect(d.entities.map((e) => e.id)).not.toContain('kremlin');
  });

  it('cuts a wire dateline and a section label from the title', () => {
    expect(
      draft('MOSCOW, March 4 (AP) — The Kremlin said Russia shares nothing with Iran.').article
        .title,
    ).toBe('The Kremlin said Russia shares nothing with Iran.');
    expect(
      draft('Opinion | A shrug in Washington\n\nPete Hegseth said nothing.').article.title,
    ).toBe('A shrug in Washington');
  });
});

describe('hard-wrapped reposts', () => {
  it('joins a quote and its speaker across the wrap, quote verbatim in the text', () => {
    const d = draft(
      [
        '"The president raised it directly and Putin gave his word," White House',
        'press secretary Karoline Leavitt told reporters on Tuesday. "We take',
        'him at his word, for now."',
      ].join('\n'),
      '2026-03-17',
    );
    const said = find(d, 'SAID', 'karoline-leavitt');
    expect(said.map((r) => r.quote)).toEqual([
      'The president raised it directly and Putin gave his word',
      'We take\nhim at his word, for now.',
    ]);
    expect(said.every((r) => d.text!.includes(r.quote!))).toBe(true);
    expect(said[0]!.date).toBe('2026-03-17');
  });

  it('keeps a name cut by the wrap whole', () => {
    const d = draft(
      'Senator Mark Delaney, a member of the Senate Armed\nServices Committee, called the assurance worthless and said\nthe administration was being played by Moscow.',
    );
    expect(d.entities.map((e) => e.name)).toContain('Senate Armed Services Committee');
    expect(rows(d)).toContain('MEMBER_OF | mark-delaney | senate-armed-services-committee | ');
  });
});

describe('speakers around appositions and relative clauses', () => {
  it('skips a relative clause between the speaker and the verb', () => {
    const d = draft(
      'Sen. Laura Whitcomb, who chairs the Senate Intelligence Committee, said Russia had "crossed a line."',
    );
    expect(ofType(d, 'SAID').map((r) => r.from)).toEqual(['laura-whitcomb']);
  });

  it('an apposition after a comma is not a list of subjects', () => {
    const d = draft(
      "Iran's ambassador to the United Nations, Hossein Karimi, rejected the report that Russia passed intelligence to Iran.",
    );
    expect(ofType(d, 'DENIED').map((r) => r.from)).toEqual(['hossein-karimi']);
  });

  it('"and had asked X" after a quote does not make X the speaker', () => {
    const d = draft(
      'Khalid al-Mansouri, a spokesman for the Qatari government, said Qatar "does not allow its territory to be used" and had asked Washington for details.',
    );
    expect(ofType(d, 'SAID').map((r) => r.from)).not.toContain('united-states');
  });
});

describe('quotes in odd places', () => {
  it('gives an em-dash quote after "X\'s answer on CNBC" to X, not to the writer', () => {
    const d = draft(
      'Whitcomb also took aim at Steve Witkoff, whose answer on CNBC — "we are watching it closely" — she called naive.',
    );
    expect(find(d, 'SAID', 'steve-witkoff').map((r) => r.quote)).toEqual([
      'we are watching it closely',
    ]);
  });

  it('continues the speaker into the next quoted sentence of the paragraph', () => {
    const d = draft(
      '"I think Moscow has been patient," Pete Hegseth replied. "But patience has limits in Iran."',
    );
    expect(find(d, 'SAID', 'pete-hegseth').map((r) => r.quote)).toEqual([
      'I think Moscow has been patient',
      'But patience has limits in Iran.',
    ]);
  });

  it('does not attribute a headline quote to whatever the headline names', () => {
    const d = draft(
      'Senator says Russia "crossed a line" with Iran\n\nPete Hegseth said nothing about it.',
    );
    expect(ofType(d, 'SAID')).toEqual([]);
  });

  it('aims a statement at the claim, not at the interview it was made in', () => {
    const d = draft(
      'Appearing on CNBC, Steve Witkoff said Russia was passing intelligence to Iran. "Nobody should doubt our resolve," Witkoff said.',
    );
    const said = find(d, 'SAID', 'steve-witkoff');
    expect(said.map((r) => r.to)).toEqual(['russia-iran-intelligence-sharing']);
    expect(rows(d).some((r) => r.startsWith('APPEARED_ON | steve-witkoff | cnbc'))).toBe(true);
  });
});

describe('dates in clauses', () => {
  it('a past "on Friday" stays past when the quote speaks of the future', () => {
    const d = draft(
      'Pete Hegseth, speaking at the Pentagon on Friday, warned Moscow that "there will be a price."',
      '2026-03-14',
    );
    expect(find(d, 'WARNED', 'pete-hegseth', 'russia').map((r) => r.date)).toEqual(['2026-03-13']);
  });

  it('"last week" dates nothing', () => {
    const d = draft('Iranian missiles struck Qatar last week.', '2026-03-14');
    expect(find(d, 'ATTACKED', 'iran', 'qatar').map((r) => r.date)).toEqual([undefined]);
  });

  it('"had spoken with X on Monday" is SPOKE_WITH on that Monday', () => {
    const d = draft(
      'Volodymyr Zelensky, the president of Ukraine, said he had spoken with President Trump on Monday.',
      '2026-03-18',
    );
    expect(
      d.relationships
        .filter((r) => r.type === 'SPOKE_WITH' && r.to === 'donald-trump')
        .map((r) => r.date),
    ).toEqual(['2026-03-16']);
  });
});
