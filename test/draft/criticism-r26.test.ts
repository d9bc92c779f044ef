/**
 * Criticism without a verb of criticising (issue 12, engineer "crit", round 26): blame for a
 * failing, a critic described in an apposition, verdict words in quotes ("covering for",
 * "scapegoats", "cheap shot"), scorn for someone's words after "said in a statement that", and
 * replies to someone's promise or threat. Sentences of our own wording; every rule has a
 * negative that must not fire (an attack blamed, a former critic, a disowned verdict).
 */
import { draft, find } from './helpers';

const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const says = (...lines: string[]) => draft([LEAD, '', ...lines].join('\n\n'), '2026-09-02');
const ADMIN = 'trump-administration';

describe('blame for a failing', () => {
  it('"blamed X’s silence", "blames X for the confusion": X is criticised', () => {
    const d = says(
      'Sen. Hal Pruitt blamed the administration’s caution for the mounting losses.',
      'Rep. Iris Vane blames Defense Secretary Pete Hegseth for the confusion over the data.',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Hal Pruitt')!, ADMIN)).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Iris Vane')!, 'pete-hegseth')).toHaveLength(1);
  });

  it('an attack blamed on someone, a bare "blamed X", or blame declined: no criticism', () => {
    const d = says(
      'Saudi officials blamed Iran for the drone attack on the refinery.',
      'Gulf officials blamed the explosion at the port on Iran.',
      'Kuwaiti officials blamed Iranian-backed militias.',
      'Rep. Iris Vane declined to blame the White House, and Sen. Hal Pruitt did not blame the Pentagon for the delay.',
    );
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });
});

describe('a critic described after the name', () => {
  it('"one of the administration’s sharpest critics", "a frequent critic of", "critical of"', () => {
    const d = says(
      'Sen. Hal Pruitt, an Ohio Republican and one of the administration’s sharpest critics on Iran, spoke first.',
      'Rep. Iris Vane, a frequent critic of the White House, asked for a briefing.',
      'Sen. Joan Ruddle, who has been openly critical of Defense Secretary Pete Hegseth, was not present.',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Hal Pruitt')!, ADMIN)).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Iris Vane')!, 'white-house')).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Joan Ruddle')!, 'pete-hegseth')).toHaveLength(1);
  });

  it('a former critic, or critics left unnamed, criticise nobody', () => {
    const d = says(
      'Sen. Hal Pruitt, a former critic of the administration, now backs its approach.',
      'Critics of the White House say the response has been slow.',
    );
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });
});

describe('verdict words in quotes', () => {
  it('"covering for", "scapegoats", "months late" criticise whom the words judge', () => {
    const d = says(
      'Rep. Iris Vane said the White House was "covering for the Kremlin."',
      'Sen. Hal Pruitt said the administration\'s sanctions were "months late."',
      'Foreign Ministry spokeswoman Lidia Orlova said Washington should "stop hunting for scapegoats."',
    );
    // The one covered for is not the one judged.
    expect(find(d, 'CRITICIZED', idOf(d, 'Iris Vane')!, 'white-house')).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Iris Vane')!, 'kremlin')).toHaveLength(0);
    expect(find(d, 'CRITICIZED', idOf(d, 'Hal Pruitt')!, ADMIN)).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Lidia Orlova')!, 'united-states')).toHaveLength(1);
  });

  it('a verdict disowned ("nobody is …", "I reject the idea that …") judges nobody', () => {
    const d = says(
      '"Nobody at the White House is covering for the Kremlin," spokesman Evan Toller said of the administration.',
      'Pentagon spokeswoman Dana Price said the administration "rejects the idea that anyone is covering for Moscow."',
    );
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });
});

describe('scorn for someone’s words, and the reply it makes', () => {
  const PROMISE =
    'Secretary of State Marco Rubio said on Monday that Moscow would "pay a price" for every drone it helped aim.';
  it('"said in a statement that X’s remarks were “hysteria”": X criticised and answered', () => {
    const d = says(
      'Sen. Hal Pruitt said on Monday that Russia was "helping kill Americans."',
      'The Russian Embassy in Washington said in a statement on Tuesday that Pruitt\'s remarks were "pure hysteria."',
    );
    const pruitt = idOf(d, 'Hal Pruitt')!;
    expect(find(d, 'CRITICIZED', 'russian-embassy-washington', pruitt)).toHaveLength(1);
    expect(find(d, 'RESPONDED_TO', 'russian-embassy-washington', pruitt)).toHaveLength(1);
  });

  it('someone’s threat called “blackmail”: a criticised and answered promise', () => {
    const d = says(
      PROMISE,
      'Deputy Foreign Minister Oleg Sarin said Rubio\'s threat was "cheap blackmail."',
    );
    const sarin = idOf(d, 'Oleg Sarin')!;
    expect(find(d, 'CRITICIZED', sarin, idOf(d, 'Marco Rubio'))).toHaveLength(1);
    expect(find(d, 'RESPONDED_TO', sarin, idOf(d, 'Marco Rubio'))).toHaveLength(1);
  });

  it('scorn asked or negated, or for a claim, criticises nobody', () => {
    const d = says(
      PROMISE,
      'Deputy Foreign Minister Oleg Sarin said Rubio\'s threat was "not blackmail, just noise?"',
      'Kremlin spokesman Dmitry Peskov called the reports "blackmail."',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Oleg Sarin')!)).toHaveLength(0);
    expect(find(d, 'CRITICIZED', idOf(d, 'Dmitry Peskov')!)).toHaveLength(0);
  });
});

describe('a briefing answer that scorns a relayed charge', () => {
  it('"That\'s a cheap shot": the relayed critic is criticised and answered', () => {
    const d = draft(
      [
        'Pentagon press secretary Mara Quill briefed reporters on Wednesday.',
        '',
        'Q: Senator Pruitt said on Monday that the department is "asleep at the wheel." Your response?',
        '',
        "QUILL: That's a cheap shot, and the senator should know better.",
      ].join('\n'),
      '2026-09-02',
    );
    const quill = idOf(d, 'Mara Quill')!;
    const pruitt = d.entities.find((e) => /Pruitt/.test(e.name))?.id;
    expect(find(d, 'RESPONDED_TO', quill, pruitt)).toHaveLength(1);
    expect(find(d, 'CRITICIZED', quill, pruitt)).toHaveLength(1);
  });
});
