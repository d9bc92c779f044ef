/**
 * Criticism rules of issue 12's twelfth session (engineer "recall"): verdicts that judge a
 * government's conduct without a verb of criticising. Sentences of our own wording, each with
 * a negative that must not fire.
 */
import { draft, find } from './helpers';

const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const ADMIN = 'trump-administration';

const says = (line: string) => draft([LEAD, '', line].join('\n'));

describe('verdict words of news criticism', () => {
  it('"a lesson in saying nothing" criticises the administration', () => {
    const d = says(
      'Senator Dana Whitfield, a Democrat from Oregon, said the administration\'s answers had been "a lesson in saying nothing."',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Dana Whitfield')!, ADMIN)).toHaveLength(1);
  });

  it('"a shrug" and "being played" criticise the administration', () => {
    const d = says(
      'Representative Omar Kessler said the administration was "being played by Moscow" and that its reply was "a shrug."',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Omar Kessler')!, ADMIN)).toHaveLength(1);
  });

  it('"had chosen to look away" criticises the administration', () => {
    const d = says(
      'Former ambassador Lena Marsh said the administration had chosen to look away from the evidence.',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Lena Marsh')!, ADMIN)).toHaveLength(1);
  });

  it('a negated verdict criticises nobody', () => {
    const d = says(
      'Senator Dana Whitfield said the administration had "not been saying nothing" and was "not a shrug away from a deal."',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Dana Whitfield')!)).toHaveLength(0);
  });

  it('"decided not to look away" criticises nobody', () => {
    const d = says(
      'Former ambassador Lena Marsh said the administration had decided not to look away from the evidence.',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Lena Marsh')!)).toHaveLength(0);
  });

  it('a question criticises nobody', () => {
    const d = says('Senator Dana Whitfield asked whether the administration was "being played?"');
    expect(find(d, 'CRITICIZED', idOf(d, 'Dana Whitfield')!)).toHaveLength(0);
  });
});

describe('scorn for someone’s words criticises them', () => {
  it('"called the minister\'s remarks “hysteria”" criticises the minister', () => {
    const d = says(
      'Defense Minister Anders Holm said on Tuesday that Moscow was guiding Iranian drones. The Russian Embassy in Oslo called Holm\'s remarks "a fresh bout of hysteria."',
    );
    const holm = idOf(d, 'Anders Holm')!;
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED' && r.to === holm)).toHaveLength(1);
  });

  it('"said the alliance was “repeating fairy tales”" criticises the alliance', () => {
    const d = says(
      'Deputy Foreign Minister Pavel Brodsky said NATO was "repeating fairy tales written in Washington."',
    );
    expect(
      d.relationships.filter((r) => r.type === 'CRITICIZED' && r.from === idOf(d, 'Pavel Brodsky')),
    ).toHaveLength(1);
  });

  it('scorn for the reports is a denial, not criticism', () => {
    const d = says('Deputy Foreign Minister Pavel Brodsky called the reports "pure propaganda."');
    expect(find(d, 'CRITICIZED', idOf(d, 'Pavel Brodsky')!)).toHaveLength(0);
  });

  it('praise for someone’s words, or scorn denied, criticises nobody', () => {
    const d = says(
      [
        'Defense Minister Anders Holm said on Tuesday that Moscow was guiding Iranian drones.',
        'Senator Ruth Ames called Holm\'s remarks "measured and serious."',
        'Senator Lyle Ford said Holm\'s warning was "not hysteria at all."',
      ].join(' '),
    );
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });
});

describe('the criticised named first, the critic after "from" / "by"', () => {
  it('"drew sharp criticism from", "came under fire from", "was rebuked by"', () => {
    const d = says(
      [
        'Defense Secretary Pete Hegseth drew sharp criticism from Senator Ellen Marsh on Tuesday.',
        'The White House came under fire from Senator Tom Reyes on Wednesday.',
        'Secretary of State Marco Rubio was publicly rebuked by Senator Jane Ortiz.',
      ].join(' '),
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Ellen Marsh')!, 'pete-hegseth')).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Tom Reyes')!, 'white-house')).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Jane Ortiz')!, 'marco-rubio')).toHaveLength(1);
    expect(find(d, 'CRITICIZED', 'marco-rubio')).toHaveLength(0);
  });

  it('criticism that might come, did not come, or is asked about gives nothing', () => {
    const d = says(
      [
        'Defense Secretary Pete Hegseth could draw criticism from Senator Ellen Marsh.',
        'The White House has not come under fire from Senator Tom Reyes.',
        'Was Secretary of State Marco Rubio rebuked by Senator Jane Ortiz?',
      ].join(' '),
    );
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });
});

describe('a reply that names whom it answers', () => {
  const text = [
    LEAD,
    '',
    'Defense Secretary Pete Hegseth said on Monday that Moscow "knows exactly what it is doing."',
    '',
    'Senator Tom Reyes fired back at the White House on Wednesday.',
  ].join('\n');

  it('"fired back at the White House" answers the White House, not the last speaker', () => {
    const d = draft(text);
    const reyes = idOf(d, 'Tom Reyes')!;
    expect(find(d, 'RESPONDED_TO', reyes, 'white-house')).toHaveLength(1);
    expect(find(d, 'RESPONDED_TO', reyes, 'pete-hegseth')).toHaveLength(0);
  });

  it('"fired back at a news conference" still answers the last speaker', () => {
    const d = draft(text.replace('at the White House on Wednesday', 'at a news conference'));
    expect(find(d, 'RESPONDED_TO', idOf(d, 'Tom Reyes')!, 'pete-hegseth')).toHaveLength(1);
  });
});
