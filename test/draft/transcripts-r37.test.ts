/**
 * Transcript rules of issue 12's round 37 (engineer "transcripts2"): briefing transcripts (a bare
 * "Q" label, the header's day for every briefer, the briefing as an event, a speaker header with
 * a military rank, a briefer's running of the room) and broadcast transcripts (a programme named
 * for its network, a day in an all-capitals "TRANSCRIPT:" title, "CNN'S" in capitals, the
 * interview of one guest as an event). Sentences of our own, with negatives that must not fire.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const said = (d: D, who: string) => find(d, 'SAID', who).map((r) => r.quote ?? '');

const BRIEFING = [
  'Press Briefing by Press Secretary Karoline Leavitt and Deputy Press Secretary Owen Marsh',
  '',
  'September 9, 2026',
  '',
  'MS. LEAVITT: Good afternoon. Before I take your questions, I am joined by Owen Marsh, who will take a few of them on the Gulf.',
  '',
  'Q Owen, is Russia giving Iran satellite pictures of American ships?',
  '',
  'MR. MARSH: We have seen those reports. Russia should think very hard about what it is doing.',
  '',
  'Q Karoline, the Kremlin calls it a fairy tale. Do you believe them?',
  '',
  'MS. LEAVITT: The Russians will say what they say. All right, thanks, everybody.',
].join('\n');

describe('briefing transcripts', () => {
  it('a bare "Q" opens a question: its words are nobody\'s statement', () => {
    const d = draft(BRIEFING, '2026-09-10');
    const marsh = idOf(d, 'Owen Marsh');
    expect(marsh).toBeDefined();
    const all = d.relationships.filter((r) => r.type === 'SAID').map((r) => r.quote ?? '');
    expect(all.some((q) => /Q Owen|Q Karoline|Do you believe them/.test(q))).toBe(false);
    expect(said(d, marsh!).some((q) => q.includes('We have seen those reports.'))).toBe(true);
  });

  it('negative: a paragraph opening "Q" outside a transcript is no question', () => {
    const d = draft(
      [
        'Russia-Iran ties draw scrutiny',
        '',
        'Q Street analysts say Russia has been giving Iran satellite images of U.S. ships.',
        '',
        '"We are watching what Russia does in the Gulf very closely," Pentagon spokesman Neil Ardent said on Monday.',
      ].join('\n'),
      '2026-09-10',
    );
    expect(said(d, idOf(d, 'Neil Ardent')!)).toEqual([
      'We are watching what Russia does in the Gulf very closely',
    ]);
    expect(d.relationships.filter((r) => r.type === 'SAID')).toHaveLength(1);
  });

  it("the header's day dates every briefer's answers, not only the first one named", () => {
    const d = draft(BRIEFING, '2026-09-10');
    const marsh = idOf(d, 'Owen Marsh')!;
    const dates = find(d, 'SAID', marsh).map((r) => r.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((x) => x === '2026-09-09')).toBe(true);
    expect(find(d, 'SAID', 'karoline-leavitt').map((r) => r.date)).toContain('2026-09-09');
  });

  it('the briefing is an event each briefer took part in, named for the body', () => {
    const d = draft(BRIEFING, '2026-09-10');
    const marsh = idOf(d, 'Owen Marsh')!;
    const ev = find(d, 'PARTICIPATED_IN', marsh).map((r) => r.to);
    expect(ev).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', 'karoline-leavitt').map((r) => r.to)).toEqual(ev);
    const name = d.entities.find((e) => e.id === ev[0])?.name ?? '';
    expect(name).toMatch(/White House press briefing/i);
  });

  it('negative: a Q&A interview with no briefing in its header gives no briefing', () => {
    const d = draft(
      [
        'Senator Ruth Okonjo spoke with the Harbor Review on Monday about Russia and Iran.',
        '',
        'Q: Is Russia helping Iran?',
        '',
        'OKONJO: I believe it is, and the administration has been slow to say so.',
      ].join('\n'),
      '2026-09-10',
    );
    expect(
      d.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && /briefing/.test(r.to)),
    ).toHaveLength(0);
  });

  it('a speaker header with a rank ("Maj. Gen. X, Vice Director …") names whom "GEN. X:" stands for', () => {
    const d = draft(
      [
        'Department Press Briefing - September 9, 2026',
        '',
        'Ilse Vortmann, Deputy Pentagon Press Secretary',
        'Maj. Gen. Tomas Reinholt, Vice Director for Operations, Joint Staff',
        '',
        'Q: General, are Iranian drones more accurate now?',
        '',
        'GEN. REINHOLT: I would not characterize it that way. Our ships have stopped every drone fired at them.',
      ].join('\n'),
      '2026-09-09',
    );
    const who = idOf(d, 'Tomas Reinholt');
    expect(who).toBeDefined();
    expect(said(d, who!).length).toBeGreaterThan(0);
    expect(d.entities.some((e) => e.name === 'REINHOLT' || e.name === 'Reinholt')).toBe(false);
  });

  it("a briefer's running of the room and a closing thanks say nothing", () => {
    const d = draft(BRIEFING, '2026-09-10');
    const words = said(d, 'karoline-leavitt');
    expect(words.some((q) => /joined by|thanks, everybody/.test(q))).toBe(false);
    expect(words.some((q) => q.includes('The Russians will say what they say.'))).toBe(true);
  });
});

describe('broadcast transcripts', () => {
  const SHOW = [
    'SUNDAY LEDGER',
    'Fox News | Transcript | September 6, 2026',
    '',
    'MARA QUILL, SUNDAY LEDGER HOST: Joining me now is Senator Eamon Rusk. Senator, is Russia helping Iran?',
    '',
    'SEN. EAMON RUSK (R-KY): I think it is, and the Pentagon has been far too quiet about it.',
    '',
    'QUILL: Thank you, Senator.',
  ].join('\n');

  it('a programme line over "Network | Transcript" is the network\'s; one guest sat an interview', () => {
    const d = draft(SHOW, '2026-09-07');
    const rusk = idOf(d, 'Eamon Rusk')!;
    const quill = idOf(d, 'Mara Quill')!;
    const show = idOf(d, 'Sunday Ledger')!;
    expect(show).toBeDefined();
    expect(find(d, 'PART_OF', show, 'fox-news')).toHaveLength(1);
    const ev = find(d, 'PARTICIPATED_IN', rusk).map((r) => r.to);
    expect(ev).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', quill, ev[0])).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', show, ev[0])).toHaveLength(1);
  });

  it('a programme line named for its network ("FOX NEWS SUNDAY") is the network\'s too', () => {
    const d = draft(SHOW.replace(/SUNDAY LEDGER/g, 'FOX NEWS SUNDAY'), '2026-09-07');
    const show = idOf(d, 'Fox News Sunday')!;
    expect(find(d, 'PART_OF', show, 'fox-news')).toHaveLength(1);
  });

  it('negative: a panel of two guests gets appearances, no interview event', () => {
    const d = draft(
      SHOW.replace(
        'QUILL: Thank you, Senator.',
        'DR. HELGA BRANDT: The Senator is right about the Pentagon.\n\nQUILL: Thank you both.',
      ),
      '2026-09-07',
    );
    expect(d.relationships.filter((r) => r.type === 'PARTICIPATED_IN')).toHaveLength(0);
  });

  it('"CNN\'S" in capitals and a day in a "TRANSCRIPT:" title date the answers', () => {
    const d = draft(
      [
        'TRANSCRIPT: REP. ODELL ON CNN\'S "STATE OF THE UNION" (SEPT. 6)',
        '',
        'NORA BAYLISS, CNN ANCHOR: Congressman Avery Odell, is Russia helping Iran?',
        '',
        'REP. AVERY ODELL (R-OH): I will say the reporting out there is not far off.',
        '',
        'BAYLISS: Thank you.',
      ].join('\n'),
      '2026-09-09',
    );
    const odell = idOf(d, 'Avery Odell')!;
    expect(find(d, 'APPEARED_ON', odell, 'cnn')).toHaveLength(1);
    expect(find(d, 'SAID', odell).map((r) => r.date)).toEqual(['2026-09-06']);
  });
});

describe('interview write-ups that print the exchange', () => {
  const WRITEUP = [
    'Envoy rejects reports on CBS',
    '',
    'WASHINGTON — Iran\'s ambassador to the United Nations, Kamran Rastegar, on Sunday rejected reports that Russia has been giving Iran satellite images of American bases, in a heated exchange with host Lena Whitcombe on CBS\'s "Face the Nation."',
    '',
    'Whitcombe then pressed him on remarks by Secretary of State Marco Rubio, who said on Friday that Moscow would "pay a price" for any American death.',
    '',
    'Asked whether President Vladimir Putin had raised the matter with President Trump, the ambassador said only: "I am not going to discuss the conversations of other governments."',
  ].join('\n');

  it('"X … rejected the reports, in an exchange with host Y on P": X appeared and was interviewed', () => {
    const d = draft(WRITEUP, '2026-11-23');
    const guest = idOf(d, 'Kamran Rastegar')!;
    const host = idOf(d, 'Lena Whitcombe')!;
    expect(find(d, 'APPEARED_ON', guest, 'cbs')).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', host).map((r) => r.to)).toEqual([guest]);
  });

  it('"pressed him on remarks by X, who said …": the guest is pressed, X warned', () => {
    const d = draft(WRITEUP, '2026-11-23');
    const host = idOf(d, 'Lena Whitcombe')!;
    const rubio = idOf(d, 'Marco Rubio')!;
    expect(find(d, 'INTERVIEWED', host, rubio)).toHaveLength(0);
    expect(find(d, 'WARNED', rubio).map((r) => r.to)).toEqual(['russia']);
    expect(find(d, 'WARNED', host)).toHaveLength(0);
  });

  it('"the ambassador" is the one the article titled "Iran\'s ambassador to …, X," before', () => {
    const d = draft(WRITEUP, '2026-11-23');
    const guest = idOf(d, 'Kamran Rastegar')!;
    expect(said(d, guest).some((q) => q.startsWith('I am not going to discuss'))).toBe(true);
    expect(find(d, 'SAID', 'vladimir-putin')).toHaveLength(0);
  });

  it('negative: two ambassadors so titled leave "the ambassador" to nobody', () => {
    const d = draft(
      WRITEUP.replace(
        'Asked whether',
        "Russia's ambassador to the United States, Pavel Orlov, said the same on Monday.\n\nAsked whether",
      ),
      '2026-11-23',
    );
    const guest = idOf(d, 'Kamran Rastegar')!;
    expect(said(d, guest).some((q) => q.startsWith('I am not going to discuss'))).toBe(false);
  });
});

describe('roles from titles and labels', () => {
  it('a U.S. (deputy) national security adviser ADVISES the president; a foreign or former one does not', () => {
    const d = draft(
      [
        'Briefing on the Gulf',
        '',
        'Deputy National Security Advisor Colin Ashford said on Tuesday that Russia had crossed a line.',
        '',
        "Pavel Kerner, the President's national security adviser, agreed. Israeli National Security Adviser Tzvi Amitai said nothing. Former national security adviser Ruth Danforth disagreed.",
      ].join('\n'),
      '2026-10-22',
    );
    const advises = (n: string) => find(d, 'ADVISES', idOf(d, n)!).map((r) => r.to);
    expect(advises('Colin Ashford')).toEqual(['donald-trump']);
    expect(advises('Pavel Kerner')).toEqual(['donald-trump']);
    expect(advises('Tzvi Amitai')).toEqual([]);
    expect(advises('Ruth Danforth')).toEqual([]);
  });

  it('a transcript label "REP. X (R-OH):" makes X a member of Congress; an anchor label does not', () => {
    const d = draft(
      [
        'TRANSCRIPT: "STATE OF THE UNION" (SEPT. 6)',
        '',
        'NORA BAYLISS, CNN ANCHOR: Joining me now, Gordon Halsted of Ohio. Is Russia helping Iran?',
        '',
        'REP. GORDON HALSTED (R-OH): I will say the reporting out there is not far off.',
        '',
        'BAYLISS: Thank you.',
      ].join('\n'),
      '2026-09-09',
    );
    expect(find(d, 'MEMBER_OF', idOf(d, 'Gordon Halsted')!, 'us-congress')).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', idOf(d, 'Nora Bayliss')!, 'us-congress')).toHaveLength(0);
  });
});

describe('denials and warnings that are none', () => {
  it('"has denied every single thing it\'s been caught doing" is no denial; "denies everything" is', () => {
    const habit = draft(
      "Tehran has denied every single thing it's been caught doing for twenty years, Senator Ruth Okonjo said on Monday of reports that Russia gives Iran satellite images.",
      '2026-10-22',
    );
    expect(habit.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
    const blanket = draft(
      'Reports say Russia gives Iran satellite images. The Kremlin denies everything, every day.',
      '2026-10-22',
    );
    expect(find(blanket, 'DENIED', 'kremlin')).toHaveLength(1);
  });

  it('"I\'d tell Putin that … there will be consequences" proposes a warning; "I told Putin" gives one', () => {
    const text = (verb: string) =>
      [
        'SUNDAY LEDGER',
        'Fox News | Transcript | September 6, 2026',
        '',
        'MARA QUILL, SUNDAY LEDGER HOST: Senator Eamon Rusk, what would you do about Russia?',
        '',
        `SEN. EAMON RUSK (R-KY): ${verb} Putin directly that if an American dies because of Russian data, there will be consequences.`,
        '',
        'QUILL: Thank you, Senator.',
      ].join('\n');
    const would = draft(text("I'd tell"), '2026-09-07');
    expect(would.relationships.filter((r) => r.type === 'WARNED')).toHaveLength(0);
    const did = draft(text('I told'), '2026-09-07');
    expect(did.relationships.filter((r) => r.type === 'WARNED')).toHaveLength(1);
  });
});

describe('answers to a body the question relays', () => {
  const text = (answer: string) =>
    [
      'TRANSCRIPT: REP. ODELL ON CNN\'S "STATE OF THE UNION" (SEPT. 6)',
      '',
      'NORA BAYLISS, CNN ANCHOR: Congressman Avery Odell, the Kremlin called those reports, quote, "a fabrication." Your response?',
      '',
      `REP. AVERY ODELL (R-OH): ${answer}`,
      '',
      'BAYLISS: Thank you.',
    ].join('\n');

  it('"Well, of course they did." answers the body the question quotes', () => {
    const d = draft(
      text('Well, of course they did. Nobody in Moscow has ever admitted anything.'),
      '2026-09-09',
    );
    expect(find(d, 'RESPONDED_TO', idOf(d, 'Avery Odell')!, 'kremlin')).toHaveLength(1);
  });

  it('negative: an answer on the substance that neither names the body nor opens on "they"', () => {
    const d = draft(text('Our sailors are doing their jobs, and I trust the Navy.'), '2026-09-09');
    expect(find(d, 'RESPONDED_TO', idOf(d, 'Avery Odell')!, 'kremlin')).toHaveLength(0);
  });
});

describe('seats before a name and interviews that are no conversation', () => {
  it('"the top Democrat on the X Committee, Senator Y" sits on it; "the chairman of …, Rep. Z" leads it', () => {
    const d = draft(
      [
        'Sunday show',
        '',
        'Joining me now, the top Democrat on the Senate Armed Services Committee, Senator Rosa Kemperly of Minnesota.',
        '',
        'Also with us, the chairman of the House Homeland Security Committee, Rep. Dale Oberlin.',
      ].join('\n'),
      '2026-11-16',
    );
    const seat = (n: string, t: string) =>
      find(d, t, idOf(d, n)!)
        .filter((r) => /committee/.test(r.to))
        .map((r) => r.to);
    expect(seat('Rosa Kemperly', 'MEMBER_OF')).toEqual(['senate-armed-services-committee']);
    expect(seat('Dale Oberlin', 'LEADS')).toEqual(['house-homeland-security-committee']);
  });

  it('negative: a committee named before a comma with no seat word gives no seat', () => {
    const d = draft(
      'After a hearing of the Senate Armed Services Committee, Senator Rosa Kemperly said Russia had crossed a line.',
      '2026-11-16',
    );
    const who = idOf(d, 'Rosa Kemperly')!;
    expect(find(d, 'MEMBER_OF', who).filter((r) => /committee/.test(r.to))).toHaveLength(0);
  });

  it('"X spoke with host Y on NPR\'s …" is an interview, no SPOKE_WITH; "X spoke with Y" still is', () => {
    const d = draft(
      'Deputy Secretary of State Evan Corlett spoke with host Leila Fourneau on NPR\'s "Morning Edition" on Tuesday about reports that Russia is sharing intelligence with Iran.',
      '2026-10-28',
    );
    expect(d.relationships.filter((r) => r.type === 'SPOKE_WITH')).toHaveLength(0);
    expect(find(d, 'INTERVIEWED', idOf(d, 'Leila Fourneau')!)).toHaveLength(1);
    const talk = draft(
      'Secretary of State Marco Rubio spoke with Russian Foreign Minister Sergei Lavrov by phone on Tuesday about reports that Russia is sharing intelligence with Iran.',
      '2026-10-28',
    );
    expect(talk.relationships.filter((r) => r.type === 'SPOKE_WITH')).toHaveLength(1);
  });
});
