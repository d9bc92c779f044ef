/**
 * Who said a quote, in shapes of news English the attribution stage missed or got wrong (issue
 * 12, session 2026-12-05, engineer "said2"), each on sentences of our own, with negatives.
 */
import { draft, rows } from './helpers';

const LEDE = 'U.S. officials say Russia has been sharing intelligence with Iran.';

const said = (d: ReturnType<typeof draft>) =>
  d.relationships.filter((r) => r.type === 'SAID').map((r) => `${r.from}: ${r.quote}`);
const speakerOf = (d: ReturnType<typeof draft>, quote: string) =>
  d.relationships.find((r) => r.type === 'SAID' && r.quote?.startsWith(quote))?.from;

describe('a quote after "he said, adding,"', () => {
  it('is the words of the speaker just attributed', () => {
    const d = draft(
      `${LEDE}\n\nDefense Secretary Pete Hegseth spoke to reporters on Monday. "Our pilots know every threat," he said, adding, "We have the best eyes in the region."`,
    );
    expect(said(d)).toEqual([
      'pete-hegseth: Our pilots know every threat',
      'pete-hegseth: We have the best eyes in the region.',
    ]);
  });

  it('takes the speaker named after the first quote too', () => {
    const d = draft(`${LEDE}\n\n"We are watching," Marco Rubio said, adding: "We will act."`);
    expect(speakerOf(d, 'We will act.')).toBe('marco-rubio');
  });

  it('does not lend the speaker to a participle of another sentence', () => {
    const d = draft(
      `${LEDE}\n\n"We are watching," Marco Rubio said. Critics followed, saying "it is far too late."`,
    );
    expect(speakerOf(d, 'it is far too late.')).toBeUndefined();
  });
});

describe('a verb joined after the quote ("…, but added that …")', () => {
  it('keeps the speaker of the first verb, not a name between the quote and the second verb', () => {
    const d = draft(
      `${LEDE}\n\nSenator Mark Rollins said last week that he "would not be shocked" if Moscow were helping Tehran, but added that he saw no reason to panic.`,
    );
    expect(speakerOf(d, 'would not be shocked')).toBe('mark-rollins');
  });

  it('still reads "“…,” Tehran said" after a quote', () => {
    const d = draft(`${LEDE}\n\n"We need nobody's satellites," Tehran said on Monday.`);
    expect(speakerOf(d, "We need nobody's satellites")).toBe('iran');
  });
});

describe('a passive verb of saying ("had been told “…”")', () => {
  it('is not the attribution: the subject was spoken to', () => {
    const d = draft(
      `${LEDE}\n\nSecretary of State Marco Rubio said the question had come up "at the highest levels" and that Moscow had been told "there will be a cost if this is true."`,
    );
    expect(speakerOf(d, 'there will be a cost')).toBe('marco-rubio');
    expect(rows(d).some((r) => r.startsWith('SAID | russia |'))).toBe(false);
  });

  it('leaves the progressive active ("was telling reporters")', () => {
    const d = draft(
      `${LEDE}\n\nKremlin spokesman Dmitry Peskov was telling reporters that the story was "a fantasy."`,
    );
    expect(speakerOf(d, 'a fantasy.')).toBe('dmitry-peskov');
  });
});

describe('"of New Mexico" after a lawmaker', () => {
  it('is the state, not the country, and not the speaker', () => {
    const d = draft(
      `${LEDE}\n\nRep. Luis Navarro of New Mexico, the panel's ranking Democrat, said the secretary's answers were "thin and evasive."`,
    );
    expect(speakerOf(d, 'thin and evasive.')).toMatch(/navarro/);
    expect(d.entities.some((e) => e.name === 'Mexico')).toBe(false);
  });

  it('still finds Mexico itself', () => {
    const d = draft(`${LEDE}\n\nMexico said it "takes no side" in the dispute.`);
    expect(speakerOf(d, 'takes no side')).toBe(d.entities.find((e) => e.name === 'Mexico')?.id);
  });
});

describe('a denial by the side said to be helped, with no denial word', () => {
  const TOPIC = 'russia-iran-intelligence-sharing';
  const denied = (d: ReturnType<typeof draft>) =>
    d.relationships.filter((r) => r.type === 'DENIED' && r.to === TOPIC).map((r) => r.quote);

  it('is a denial when the helped side says it needs no outside help', () => {
    const d = draft(
      `${LEDE}\n\nIran's U.N. envoy, Reza Farahani, told reporters that Iran "does not need anyone's satellites."\n\n"Tehran needs no foreign eyes to guard the strait," foreign ministry spokesman Nasser Kanaani said.`,
    );
    expect(denied(d)).toEqual([
      "does not need anyone's satellites.",
      'Tehran needs no foreign eyes to guard the strait',
    ]);
  });

  it('reads "his country" and "Iran\'s armed forces" as the speaker\'s side', () => {
    const d = draft(
      `${LEDE}\n\nIran's envoy to the United Nations, Reza Farahani, told the council his country "has never received, and does not need, intelligence from any foreign state."\n\nThe Iranian Embassy in Ankara said Iran's armed forces "rely solely on national capabilities."`,
    );
    expect(denied(d)).toHaveLength(2);
  });

  it('is no denial for a need of something else, a question, or another side speaking', () => {
    const d = draft(
      `${LEDE}\n\nForeign ministry spokesman Nasser Kanaani said Iran "does not need a war" with its neighbours.\n\nA reporter asked Kanaani whether Iran "needs no help" at all.\n\nKremlin spokesman Dmitry Peskov said Iran "does not need our satellites."`,
    );
    expect(denied(d)).toEqual([]);
  });
});

describe('"he said" after a sentence that opens with the same pronoun', () => {
  it('goes back to the man the pronoun stands for, not the people that sentence names', () => {
    const d = draft(
      `${LEDE}\n\nSenator Mark Rollins spoke after the vote. He would not say whether President Donald Trump planned to call Vladimir Putin. "I'm not going to speak for the president," he said.`,
    );
    expect(speakerOf(d, "I'm not going to speak for the president")).toBe('mark-rollins');
  });

  it('still takes the person a sentence without the pronoun names', () => {
    const d = draft(
      `${LEDE}\n\nThe question went to Senator Mark Rollins. "I'm not going to speak for the president," he said.`,
    );
    expect(speakerOf(d, "I'm not going to speak for the president")).toBe('mark-rollins');
  });
});

describe('", saying …" in a sentence whose subject is a pronoun', () => {
  it('is the words of the one the pronoun stands for', () => {
    const d = draft(
      `${LEDE}\n\nSen. Laura Pettigrew spoke on NBC. She pointed to the strike on the base in March, saying Russia "has never paid a price for it."`,
    );
    expect(speakerOf(d, 'has never paid a price')).toBe('laura-pettigrew');
  });
});

describe('an attribution between two quotes', () => {
  it('attributes the quote before it, though its clause runs on after the quote', () => {
    const d = draft(
      `${LEDE}\n\nRussia "is not a party" to the war, the Kremlin says, and has "nothing to do with" the drones.`,
    );
    expect(speakerOf(d, 'is not a party')).toBe('kremlin');
    expect(speakerOf(d, 'nothing to do with')).toBe('kremlin');
  });

  it("leaves a quote whose clause runs on into someone else's words", () => {
    const d = draft(
      `${LEDE}\n\nThe envoy had "nothing to add" to what the ministry would say later.`,
    );
    expect(speakerOf(d, 'nothing to add')).toBeUndefined();
  });
});

describe('"urged" and "brushed off" as verbs of saying', () => {
  it('attributes the quote after "urged"', () => {
    const d = draft(`${LEDE}\n\nChina's envoy, Zhang Wei, urged "calm on all sides."`);
    expect(speakerOf(d, 'calm on all sides.')).toBe('zhang-wei');
  });

  it('attributes "brushed off the reports as “…”" without making it a denial', () => {
    const d = draft(
      `${LEDE}\n\nKremlin spokesman Dmitry Peskov brushed off the reports as "fantasies" during his daily call with journalists.`,
    );
    expect(speakerOf(d, 'fantasies')).toBe('dmitry-peskov');
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toEqual([]);
  });

  it('gives nothing to the one urged', () => {
    const d = draft(
      `${LEDE}\n\nLawmakers urged Marco Rubio to answer, and Sen. Ruth Adler said the silence was "deafening."`,
    );
    expect(speakerOf(d, 'deafening.')).toBe('ruth-adler');
  });
});

describe('an answer turn of a transcript', () => {
  const text = [
    'Interview: an envoy on the Gulf',
    '',
    'Helen Varga, the U.S. envoy to NATO, spoke to The Harbor Ledger on Monday.',
    '',
    'Q: Is Moscow helping Tehran?',
    '',
    'VARGA: We have strong signs that it is. I will not go into sources, but the picture is clear.',
    '',
    'Q: And Beijing?',
    '',
    'VARGA: China is a different case. Russia is the one passing data to Iran.',
  ].join('\n');

  it('keeps neighbouring sentences about the same thing one statement', () => {
    const d = draft(text, '2026-04-07');
    const quotes = d.relationships.filter((r) => r.type === 'SAID').map((r) => r.quote);
    expect(quotes).toContain(
      'We have strong signs that it is. I will not go into sources, but the picture is clear.',
    );
  });

  it('still parts sentences about different things', () => {
    const d = draft(text, '2026-04-07');
    const quotes = d.relationships.filter((r) => r.type === 'SAID').map((r) => r.quote);
    expect(quotes).toContain('China is a different case.');
    expect(quotes).toContain('Russia is the one passing data to Iran.');
  });
});

describe('a pronoun right before the verb after a quote ("…” that X did …, and he urged …")', () => {
  it('makes the pronoun the speaker, not a name in the clause the quote runs into', () => {
    const d = draft(
      `${LEDE}\n\nThe Dutch foreign minister, Karel Brink, said on Monday that his government had "solid evidence" that Russia sent radar data to Iran, and he urged Moscow to halt it.`,
    );
    expect(speakerOf(d, 'solid evidence')).toBe('karel-brink');
  });

  it('still takes a name as the subject when no pronoun stands before the verb', () => {
    const d = draft(`${LEDE}\n\n"We will not be lectured," Marco Rubio said on Tuesday.`);
    expect(speakerOf(d, 'We will not be lectured')).toBe('marco-rubio');
  });
});

describe('a participle right after a quote ("“…,” saying X had …")', () => {
  it('is not inverted: the name after it is the subject of what follows, not the speaker', () => {
    const d = draft(
      `${LEDE}\n\nSenator Ana Torres on Tuesday called Moscow "a bad-faith partner," saying Washington had proof of the transfers.`,
    );
    expect(speakerOf(d, 'a bad-faith partner')).toBe('ana-torres');
  });

  it('still inverts a finite verb ("“…,” said X")', () => {
    const d = draft(`${LEDE}\n\n"We saw the tracks," said Marco Rubio.`);
    expect(speakerOf(d, 'We saw the tracks')).toBe('marco-rubio');
  });
});
