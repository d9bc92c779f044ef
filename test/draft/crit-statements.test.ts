/**
 * Statement relations other than SAID (issue 12, engineer "crit"): warnings whose quote opens
 * after the modal, criticism by a verdict, responses. Sentences of our own wording, each rule
 * with a negative that must not fire.
 */
import { draft, find } from './helpers';

const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const says = (...lines: string[]) => draft([LEAD, '', ...lines].join('\n\n'));

describe('a threat whose quote opens after the modal', () => {
  it('would “pay a price” if …: WARNED, conditional as warnings are', () => {
    const d = says(
      'Defense Secretary Pete Hegseth said on Monday that Russia would "pay a price" if the reports proved true.',
    );
    expect(find(d, 'WARNED', 'pete-hegseth', 'russia')).toHaveLength(1);
  });

  it('must “pay for …” and would “hold Moscow accountable”', () => {
    const d = says(
      'Senator Alma Ruiz wrote on X that Moscow must "pay for every drone it helped aim."',
      'Secretary of State Marco Rubio said the United States would "hold Moscow accountable" for any lives lost.',
    );
    expect(find(d, 'WARNED', idOf(d, 'Alma Ruiz')!, 'russia')).toHaveLength(1);
    expect(find(d, 'WARNED', idOf(d, 'Marco Rubio')!, 'russia')).toHaveLength(1);
  });

  it('negated, asked, or the speaker’s own side: nothing', () => {
    const d = says(
      'Defense Secretary Pete Hegseth said Russia would not "pay a price" for words alone.',
      'Senator Alma Ruiz asked whether Moscow would "pay a price."',
      'Kremlin spokesman Dmitry Peskov said the Kremlin would "hold itself accountable" to its partners.',
    );
    expect(find(d, 'WARNED', 'pete-hegseth')).toHaveLength(0);
    expect(find(d, 'WARNED', idOf(d, 'Alma Ruiz')!)).toHaveLength(0);
    expect(find(d, 'WARNED', idOf(d, 'Dmitry Peskov')!)).toHaveLength(0);
  });
});

describe('a reported threat with its condition after it', () => {
  it('“said Iran would pay if …” still warns', () => {
    const d = says('Secretary of State Marco Rubio said Iran would pay dearly if it struck again.');
    expect(find(d, 'WARNED', idOf(d, 'Marco Rubio')!, 'iran')).toHaveLength(1);
  });
});

describe('more verdicts of failure in a quote', () => {
  const ADMIN = 'trump-administration';
  it('"pretending", "hiding behind", "lost control" criticise whom the words judge', () => {
    const d = says(
      'Senator Nora Quist said the administration was "pretending this is a rumor."',
      '"The White House is hiding behind classification," Rep. Ada Lind said on Tuesday.',
      'Deputy Foreign Minister Pavel Brodsky said Washington had "lost control of the region."',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Nora Quist')!, ADMIN)).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Ada Lind')!, 'white-house')).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Pavel Brodsky')!, 'united-states')).toHaveLength(1);
  });

  it('"X lies to …" criticises the liar, never those lied to', () => {
    const d = says(
      '"Putin lies to American presidents and laughs about it," Senator Ted Moro wrote on X.',
      '"He came here to lie to Americans," Senator Ruth Kane said of the Russian envoy.',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Ted Moro')!, 'vladimir-putin')).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Ruth Kane')!, 'united-states')).toHaveLength(0);
  });

  it('negated verdicts criticise nobody', () => {
    const d = says(
      'Senator Nora Quist said the administration was "not pretending anything" and "has not failed anyone."',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Nora Quist')!)).toHaveLength(0);
  });
});

describe('an armed act condemned: its author is criticised', () => {
  it('"called the American strikes “…escalation”": the United States', () => {
    const d = says(
      'In Moscow, Foreign Ministry spokeswoman Irina Belova called the American strikes "a reckless escalation."',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Irina Belova')!, 'united-states')).toHaveLength(1);
  });

  it('the strike told before: its attacker, read as its country', () => {
    const d = says(
      'U.S. Navy jets struck a radar site near the Iranian port of Jask overnight, the Pentagon said.',
      'Iran\'s Foreign Ministry said the strikes were "an act of aggression" and condemned the raid as "a violation of international law."',
    );
    const crit = d.relationships.filter((r) => r.type === 'CRITICIZED' && r.to === 'united-states');
    expect(crit.length).toBeGreaterThan(0);
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED' && r.to === 'iran')).toHaveLength(
      0,
    );
  });

  it('"told … that … and called the boarding “piracy”": the teller', () => {
    const d = says(
      'American sailors boarded a Russian cargo ship in the Arabian Sea on Sunday.',
      'Kremlin spokesman Dmitry Peskov told reporters that Russia "has nothing to hide" and called the boarding "an act of piracy."',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Dmitry Peskov')!, 'united-states')).toHaveLength(1);
    expect(find(d, 'CRITICIZED', 'russia')).toHaveLength(0);
  });

  it('a neutral word, a refusal or a question condemns nothing', () => {
    const d = says(
      'U.S. Navy jets struck a radar site near the Iranian port of Jask overnight, the Pentagon said.',
      'Oman\'s foreign minister Said Al-Harthy called the strike "a serious development."',
      'Turkish Foreign Minister Kemal Aydin declined to call the strike "an escalation."',
      'Senator Alma Ruiz asked whether the strikes were "an escalation?"',
    );
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });
});

describe('a reply to an earlier speaker', () => {
  const CRITIC =
    'Senator Rhea Talbot, a Democrat from Maine, said on Sunday that the White House had been "sleepwalking" for a month.';
  it('a quote naming the earlier speaker responds to them', () => {
    const d = says(
      CRITIC,
      '"Senator Talbot is getting ahead of the evidence," deputy national security adviser Owen Frey said later.',
    );
    expect(find(d, 'RESPONDED_TO', idOf(d, 'Owen Frey')!, idOf(d, 'Rhea Talbot'))).toHaveLength(1);
  });

  it('scorn for the earlier speaker’s remarks responds to them', () => {
    const d = says(
      CRITIC,
      'The Russian Embassy in Washington called the senator\'s remarks "a fresh bout of hysteria."',
    );
    expect(
      find(d, 'RESPONDED_TO', 'russian-embassy-washington', idOf(d, 'Rhea Talbot')),
    ).toHaveLength(1);
  });

  it('naming someone who has said nothing before, or asking, is no reply', () => {
    const d = says(
      '"Senator Talbot has been briefed like everyone else," deputy national security adviser Owen Frey said.',
      CRITIC,
      '"Is Senator Talbot wrong?" Senator Joel Marsh asked.',
    );
    expect(d.relationships.filter((r) => r.type === 'RESPONDED_TO')).toHaveLength(0);
  });
});
