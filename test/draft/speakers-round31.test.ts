/**
 * Round 31 (engineer "speakers"): who said it in news English. Two clauses joined by ";" each
 * keep their own speaker; a role phrase is never a person the article names only after it;
 * descriptors ("the Ohio Republican", "the former admiral", "the 64-year-old", "the veteran
 * diplomat") are the last-named person who fits them; "the minister" is not a deputy minister
 * when the minister is named. Sentences of our own.
 */
import type { Draft } from '@kg/server/contracts';
import { draft } from './helpers';

const saidBy = (d: Draft, words: string) =>
  d.relationships
    .filter((r) => (r.type === 'SAID' || r.type === 'DENIED') && r.quote?.includes(words))
    .map((r) => r.from);

describe('speakers: clauses joined by a semicolon', () => {
  it('the first clause\'s speaker keeps the quote before ";" and the second clause gets its own', () => {
    const d = draft(
      'State Department spokeswoman Nora Pellam said on Tuesday the reports were "under review"; Iran\'s foreign ministry spokesman, Kamran Sadeghi, called them "a fabrication from start to finish."',
    );
    expect(saidBy(d, 'under review')).toEqual(['nora-pellam']);
    expect(saidBy(d, 'a fabrication')).toContain('kamran-sadeghi');
    expect(saidBy(d, 'a fabrication')).not.toContain('nora-pellam');
  });

  it('a quote after ";" whose clause names nobody is not the first clause\'s speaker', () => {
    const d = draft(
      'Senator Alma Reyes said last week the sanctions were "long overdue"; others in Washington have called them "a gesture."',
    );
    expect(saidBy(d, 'long overdue')).toEqual(['alma-reyes']);
    expect(saidBy(d, 'a gesture')).toEqual([]);
  });
});

describe('speakers: role phrases never run backwards', () => {
  it('"the president" in a White House context is the US president, never a president named later', () => {
    const d = draft(
      'White House press secretary Karoline Leavitt said in April the reports were "overblown"; the president has said Moscow is "not a big factor."\n\nIn Moscow, Vladimir Putin has said nothing about the reports.',
    );
    expect(saidBy(d, 'overblown')).toEqual(['karoline-leavitt']);
    expect(saidBy(d, 'not a big factor')).not.toContain('vladimir-putin');
    expect(saidBy(d, 'not a big factor')).toContain('donald-trump');
  });

  it('"the president" with no antecedent and no US context stays unresolved rather than the later president', () => {
    const d = draft(
      'The president has called the talks "useful" and said they would go on.\n\nVladimir Putin met the Iranian delegation in Moscow on Friday.',
    );
    expect(saidBy(d, 'useful')).not.toContain('vladimir-putin');
  });

  it('"the president" of a story about Washington that names Trump is Trump, though a qualified foreign president was named before', () => {
    const d = draft(
      'The White House has said little since Russian President Vladimir Putin spoke to reporters in Moscow. Sen. Nell Garrity said the president was "far too patient with Moscow."\n\nPresident Donald Trump is due to speak on Friday.',
    );
    const to = d.relationships
      .filter((r) => r.type === 'SAID' && r.quote?.includes('far too patient'))
      .map((r) => r.to);
    expect(to).toContain('donald-trump');
    expect(to).not.toContain('vladimir-putin');
  });

  it('"the minister" is the minister named before, not a deputy minister also named', () => {
    const d = draft(
      'Deputy Foreign Minister Pavel Orlov spoke first. Foreign Minister Anton Belsky has rejected the claims. His spokeswoman, Vera Kostina, said the claims were "a provocation"; the minister himself has called them "hot air."',
    );
    expect(saidBy(d, 'a provocation')).toEqual(['vera-kostina']);
    expect(saidBy(d, 'hot air')).toEqual(['anton-belsky']);
  });
});

describe('speakers: descriptors after a name', () => {
  it('"the Ohio Republican told …" is the senator named before, when the article gives no party', () => {
    const d = draft(
      'Sen. Harriet Vance said Sunday the administration had been "far too patient" with Moscow.\n\n"We are past the point of quiet diplomacy," the Ohio Republican told NBC\'s "Meet the Press."',
    );
    expect(saidBy(d, 'quiet diplomacy')).toEqual(['harriet-vance']);
  });

  it('a party descriptor is the last-named lawmaker, not an earlier one', () => {
    const d = draft(
      'Sen. Harriet Vance said the answer was "too slow."\n\nRep. Dale Okonkwo was more careful. The Georgia Democrat said Congress should "wait for the briefing."',
    );
    expect(saidBy(d, 'wait for the briefing')).toEqual(['dale-okonkwo']);
  });

  it('a party descriptor is never a lawmaker the article gives the other party', () => {
    const d = draft(
      'Sen. Harriet Vance, a Democrat, spoke to reporters on Monday. "This is not the moment for half measures," the Ohio Republican said.',
    );
    expect(saidBy(d, 'half measures')).not.toContain('harriet-vance');
  });

  it('"the former admiral" and "the 64-year-old" are the retired admiral named before', () => {
    const d = draft(
      'Retired Adm. Conrad Pike, who commanded the Fifth Fleet until 2021, said Monday that Moscow was "playing with fire."\n\n"Nobody hands over targeting data by mistake," the former admiral said. "This is a choice," the 64-year-old added.',
    );
    expect(saidBy(d, 'by mistake')).toEqual(['conrad-pike']);
    expect(saidBy(d, 'This is a choice')).toEqual(['conrad-pike']);
  });

  it('"the veteran diplomat" is the ambassador named last, not a general named before', () => {
    const d = draft(
      'Retired Gen. Walter Brisco said the Pentagon had "seen this coming."\n\nAlso on the program, Lydia Marchetti, a former U.S. ambassador to Moscow, said the Kremlin would not stop. "They have never paid a price," the veteran diplomat said.',
    );
    expect(saidBy(d, 'never paid a price')).toEqual(['lydia-marchetti']);
  });

  it('a descriptor that fits nobody named before gives no speaker', () => {
    const d = draft(
      'Sen. Harriet Vance said the answer was "too slow."\n\n"We will look at it," the former general said.',
    );
    expect(saidBy(d, 'We will look at it')).toEqual([]);
  });

  it('a person of no stated role named in between leaves a party descriptor unresolved', () => {
    const d = draft(
      'Sen. Harriet Vance said the answer was "too slow."\n\nMarta Ibsen, who lives in Toledo, said she agreed. "This is not a partisan point," the Ohio Republican said.',
    );
    expect(saidBy(d, 'partisan point')).not.toContain('harriet-vance');
  });

  it('a title-case programme after a plural possessive ("Fox News\' "…."") is no statement of the speaker', () => {
    const d = draft(
      'Retired Adm. Conrad Pike spoke on Sunday. "Moscow has crossed a line," the former admiral said on Fox News\' "Weekend Watch Live."',
    );
    expect(saidBy(d, 'crossed a line')).toEqual(['conrad-pike']);
    expect(saidBy(d, 'Weekend Watch Live')).toEqual([]);
  });
});

describe('speakers: a country and a person noun after a name', () => {
  it('"the Russian diplomat told reporters" is the Russian ambassador named before, not Russia', () => {
    const d = draft(
      'Russian Ambassador Anatoly Voronov was summoned to the State Department on Tuesday. "We reject these claims entirely," the Russian diplomat told reporters afterwards.',
    );
    expect(saidBy(d, 'reject these claims')).toContain('anatoly-voronov');
    expect(saidBy(d, 'reject these claims')).not.toContain('russia');
  });

  it('"the Iranian minister added" is the Iranian minister named before', () => {
    const d = draft(
      'Iranian Foreign Minister Kaveh Rostami said Iran had "its own eyes." The Iranian minister added that Tehran "needs no one\'s satellites."',
    );
    expect(saidBy(d, 'satellites')).toEqual(['kaveh-rostami']);
  });

  it('an envoy "to Russia" is not "the Russian envoy"', () => {
    const d = draft(
      'Wendell Price, the U.S. envoy to Russia, met officials in Moscow on Monday. "There is no such channel," the Russian envoy said.',
    );
    expect(saidBy(d, 'no such channel')).not.toContain('wendell-price');
  });
});

describe('speakers: a pronoun after a question put to someone', () => {
  it('"Rep. X asked Y whether …. "…," she said." is Y when X is a man, not a woman named earlier', () => {
    const d = draft(
      'Rep. Helen Ostrowski of Ohio pressed the witnesses on the timeline. "We learned it from the papers," Ostrowski said.\n\nRep. Carl Benning asked Director Ruth Calloway whether Russian officers were in Iran. "I will not discuss that in an open session," she said.',
    );
    expect(saidBy(d, 'open session')).toEqual(['ruth-calloway']);
  });

  it('the asker keeps the words when he fits the pronoun', () => {
    const d = draft(
      'Rep. Carl Benning asked Director Ruth Calloway whether Russian officers were in Iran. "We deserve an answer on Iran," he said.',
    );
    expect(saidBy(d, 'deserve an answer')).toEqual(['carl-benning']);
  });
});
