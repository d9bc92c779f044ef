/**
 * Each attribution shape of news English on a short text of our own: who said the quote, and
 * the quote exactly as printed.
 */
import { draft, find } from './helpers';

const said = (text: string) => draft(text).relationships.filter((r) => r.type === 'SAID');

describe('attribution', () => {
  it('quote, then "X said"', () => {
    const r = said('“We are watching Moscow closely,” Pete Hegseth said.');
    expect(r.map((x) => [x.from, x.quote])).toEqual([
      ['pete-hegseth', 'We are watching Moscow closely'],
    ]);
  });

  it('quote, then "said X" (inverted)', () => {
    const r = said('"Tehran will pay a price," said Steve Witkoff.');
    expect(r[0]).toMatchObject({ from: 'steve-witkoff', quote: 'Tehran will pay a price' });
  });

  it('"X said:" before the quote', () => {
    const r = said('Karoline Leavitt said: “The president is fully informed about Iran.”');
    expect(r[0]).toMatchObject({
      from: 'karoline-leavitt',
      quote: 'The president is fully informed about Iran.',
    });
  });

  it('a split quote: both halves go to the speaker between them', () => {
    const r = said(
      '“Russia is not a factor,” replied Karoline Leavitt, “because Iran is losing this war.',
    );
    expect(r.map((x) => x.from)).toEqual(['karoline-leavitt', 'karoline-leavitt']);
    expect(r.map((x) => x.quote)).toEqual([
      'Russia is not a factor',
      'because Iran is losing this war.',
    ]);
  });

  it('"he said" after a quote is the subject of the sentence before', () => {
    const r = said('Pete Hegseth spoke after Donald Trump left. “China is watching,” he said.');
    expect(r[0]).toMatchObject({ from: 'pete-hegseth', to: 'china' });
  });

  it('a multi-sentence quote is cut at its sentences when they are about different things', () => {
    const r = said(
      '“Look, they can send what they want. Russia would lose too,” Donald Trump said.',
    );
    expect(r.map((x) => x.quote)).toContain('Russia would lose too');
    expect(
      find(
        draft('“Look, they can send what they want. Russia would lose too,” Donald Trump said.'),
        'SAID',
        'donald-trump',
        'russia',
      ),
    ).toHaveLength(1);
  });

  it('a partial quote inside reported speech takes the parties the sentence lists', () => {
    const r = said(
      'Pete Hegseth said on Wednesday that neither China nor Russia, Iran’s partners, was “really a factor here.”',
    );
    expect(r.map((x) => x.to).sort()).toEqual(['china', 'russia']);
  });

  it('a quote that is a paragraph of its own continues the last speaker', () => {
    const r = said(
      '“We know what Moscow is doing,” Steve Witkoff said.\n\n“And we will answer it.”',
    );
    expect(r.map((x) => x.from)).toEqual(['steve-witkoff', 'steve-witkoff']);
  });

  it('a name in quote marks is a title, not a statement', () => {
    const d = draft('Pete Hegseth told CBS’s “60 Minutes” that the Pentagon is ready.');
    expect(d.relationships.filter((r) => r.type === 'SAID')).toEqual([]);
    expect(
      find(d, 'APPEARED_ON', 'pete-hegseth')
        .map((r) => r.to)
        .sort(),
    ).toEqual(['cbs', 'sixty-minutes']);
  });

  it('"…, saying “…”": the speaker is the subject of the main clause', () => {
    const r = said(
      'Steve Witkoff criticised Iran on Monday, saying Tehran was “playing with fire.”',
    );
    expect(r[0]).toMatchObject({ from: 'steve-witkoff', quote: 'playing with fire.' });
  });

  it('keeps every quote verbatim with straight, curly and mixed quote marks', () => {
    for (const text of [
      '"It doesn\'t matter," Karoline Leavitt said of Iran.',
      '“It doesn’t matter,” Karoline Leavitt said of Iran.',
      '"It doesn’t matter,” Karoline Leavitt said of Iran.',
    ]) {
      const d = draft(text);
      const q = d.relationships.find((r) => r.type === 'SAID')?.quote;
      expect(q).toBeDefined();
      expect(d.text).toContain(q!);
    }
  });
});

describe('a participle after a set-off attribution', () => {
  it.each([
    [
      'Russian President Vladimir Putin and U.S. President Donald Trump spoke by phone on Tuesday, the Kremlin said Wednesday, calling the conversation "frank and useful."',
      'kremlin',
    ],
    [
      'Iranian drones hit a fuel depot near Kuwait City, the Pentagon said, calling the attack "a reckless escalation."',
      'department-of-war',
    ],
  ])('%s', (text, speaker) => {
    const said = draft(text, '2026-11-25').relationships.filter((r) => r.type === 'SAID');
    expect(said.map((r) => r.from)).toEqual([speaker]);
  });

  it('still gives a participle with no set-off attribution to the clause subject', () => {
    const said = draft(
      'The Washington Post reported that Russia gave Iran satellite images of U.S. warships. The Kremlin rejected the report on Wednesday, calling it "a crude fabrication."',
      '2026-11-25',
    ).relationships.filter((r) => r.type === 'SAID');
    expect(said.map((r) => r.from)).toEqual(['kremlin']);
  });
});

describe('a clause of its own after ", as"', () => {
  it('is not the attribution of the quote before it, nor does its day date the statement', () => {
    const said = draft(
      'Secretary of State Marco Rubio said Russia had "picked a side in this war", as Russian Foreign Minister Sergei Lavrov on Monday rejected the charge.',
      '2026-07-15',
    ).relationships.filter((r) => r.type === 'SAID');
    expect(said.map((r) => [r.from, r.date])).toEqual([['marco-rubio', undefined]]);
  });
});
