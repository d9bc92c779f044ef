/**
 * Round 28 (issue 12, engineer "format"): text copied from news pages with their furniture left
 * in. Each rule on short texts of our own (not the round's held-out texts), with the negatives
 * that must not fire.
 */
import { createDoc } from '../../scripts/src/draft/document';
import { draftArticle } from '../../scripts/src/draft/index';
import { context, draft, find, rows } from './helpers';

/** A draft with no article date given: the engine must read one from the text. */
function undated(text: string) {
  return draftArticle({ text }, context());
}

describe('the article date read from a page time stamp', () => {
  const body =
    'Kremlin spokesman Dmitry Peskov on Tuesday called the report about Iran "a fantasy."';

  it('a late-evening stamp with a US zone is the day it prints, not the next day in UTC', () => {
    const d = undated(
      `Kremlin scoffs at report\n\nUpdated 11:42 PM EST, Tue December 8, 2026\n\n${body}`,
    );
    expect(d.article.date).toBe('2026-12-08');
  });

  it('a photo caption dated before the stamp does not date the article', () => {
    const d = undated(
      [
        'Kremlin scoffs at report',
        'Dmitry Peskov speaks in Moscow on Oct. 2, 2026. (Photo by Ivan Petrov/AFP via Getty Images)',
        'Published 9:10 AM ET, Wed November 18, 2026',
        body,
      ].join('\n\n'),
    );
    expect(d.article.date).toBe('2026-11-18');
  });

  it('a stamp with a day-first date ("Posted: 24/11/2026 08:00 GMT") is read day first', () => {
    const d = undated(`Kremlin scoffs at report\nPosted: 24/11/2026 08:00 GMT\n\n${body}`);
    expect(d.article.date).toBe('2026-11-24');
    // "on Tuesday" is the Tuesday of that week.
    const said = find(d, 'SAID', d.entities.find((e) => e.name === 'Dmitry Peskov')!.id);
    expect(said.map((r) => r.date)).toContain('2026-11-24');
  });

  it('with no stamp, the first full date of the first lines still dates the article', () => {
    const d = undated(`Kremlin scoffs at report\n\nNovember 3, 2026\n\n${body}`);
    expect(d.article.date).toBe('2026-11-03');
  });

  it('a stamp without a full date ("Updated 2 hours ago") dates nothing', () => {
    const d = undated(`Kremlin scoffs at report\n\nUpdated 2 hours ago\n\n${body}`);
    expect(d.article.date).toBeUndefined();
    expect(d.relationships.every((r) => r.date === undefined)).toBe(true);
  });
});

/** The paragraphs the engine reads, as text. */
function paragraphs(text: string): string[] {
  const d = createDoc(text);
  return d.paragraphs.map((p) => d.text.slice(p.start, p.end));
}

describe('page furniture between paragraphs', () => {
  const lede =
    'White House press secretary Karoline Leavitt said on Monday that Russia had given Iran the locations of U.S. ships.';
  const second = 'Leavitt said the United States "will not stand by" while Moscow helps Tehran.';

  it('an ALL-CAPS headline of another story between paragraphs gives nothing', () => {
    const text = [
      'Leavitt presses Moscow',
      lede,
      'IRAN WARNS ISRAEL OVER STRIKES ON ITS OIL TERMINALS IN THE GULF',
      second,
    ].join('\n\n');
    const d = draft(text, '2026-11-10');
    expect(find(d, 'WARNED', 'iran')).toHaveLength(0);
    expect(paragraphs(text)).not.toContain(
      'IRAN WARNS ISRAEL OVER STRIKES ON ITS OIL TERMINALS IN THE GULF',
    );
    // The article's own words on either side are read.
    expect(find(d, 'SAID', 'karoline-leavitt').length).toBeGreaterThan(0);
  });

  it('a headline in capitals at the top is still the title; short cross-heads stay', () => {
    const text = [
      'LEAVITT SAYS RUSSIA GAVE IRAN THE POSITIONS OF U.S. SHIPS',
      lede,
      'WHAT WE KNOW',
      second,
    ].join('\n\n');
    const d = draft(text, '2026-11-10');
    expect(d.article.title).toBe('LEAVITT SAYS RUSSIA GAVE IRAN THE POSITIONS OF U.S. SHIPS');
    expect(paragraphs(text)).toContain('WHAT WE KNOW');
  });

  it('"Watch:" video links, "Story continues below", "Click to share" and e-mail lines are left out', () => {
    const text = [
      'Leavitt presses Moscow',
      'jdoe@example-news.test | @jdoe_news',
      lede,
      'Watch: Leavitt says Russia "will pay" for helping Iran (1:45)',
      'Story continues below advertisement',
      second,
      'Click to share',
    ].join('\n\n');
    const ps = paragraphs(text);
    expect(ps).toEqual(['Leavitt presses Moscow', lede, second]);
    const d = draft(text, '2026-11-10');
    expect(d.relationships.some((r) => r.quote === 'will pay')).toBe(false);
  });

  it('a video page whose own title starts "WATCH:" keeps it', () => {
    const text = ['WATCH: Leavitt presses Moscow on Iran', lede].join('\n\n');
    expect(paragraphs(text)[0]).toBe('WATCH: Leavitt presses Moscow on Iran');
  });

  it('a caption credited "(U.S. Navy photo by … /Handout via Reuters)" gives nothing', () => {
    const caption =
      'Defense Secretary Pete Hegseth meets Israeli officers at the Pentagon on Nov. 2, 2026. (U.S. Navy photo by Petty Officer 1st Class Jo Lee/Handout via Reuters)';
    const text = ['Leavitt presses Moscow', caption, lede].join('\n\n');
    expect(paragraphs(text)).not.toContain(caption);
    const d = draft(text, '2026-11-10');
    expect(find(d, 'REPORTED', 'reuters')).toHaveLength(0);
    expect(d.relationships.filter((r) => r.evidence.some((e) => e.includes('Navy photo')))).toEqual(
      [],
    );
  });

  it('a mirrored headline ("Title – Site", then "Title" again) is read once', () => {
    const text = [
      'Leavitt presses Moscow over ship data – The Harbour Times',
      'Leavitt presses Moscow over ship data',
      lede,
    ].join('\n');
    expect(paragraphs(text).filter((p) => p.startsWith('Leavitt presses'))).toHaveLength(1);
  });
});

describe('a summary list that repeats the article', () => {
  const text = [
    'Hegseth warns Moscow',
    'Key points:',
    '• Pentagon says Russia "will answer for it"',
    '• Senators weigh "sanctions with teeth"',
    '',
    'Defense Secretary Pete Hegseth said on Tuesday that Russia "will answer for it" if it keeps helping Iran.',
  ].join('\n');

  it('a key point whose quote the article gives again below is left out', () => {
    const d = draft(text, '2026-11-17');
    // The body's speaker, not the summary's "Pentagon".
    expect(
      d.relationships.filter((r) => r.quote === 'will answer for it' && r.from !== 'pete-hegseth'),
    ).toEqual([]);
    expect(find(d, 'SAID', 'pete-hegseth').map((r) => r.quote)).toContain('will answer for it');
  });

  it('a key point with words the article does not repeat is kept', () => {
    expect(paragraphs(text)).toContain('Senators weigh "sanctions with teeth"');
  });
});

describe('bylines with a separator', () => {
  const wrapped = [
    'By Lena Ortiz | lortiz@example-ledger.test | Associated Press',
    'Russia has been passing Iran the positions of U.S. warships in the Gulf, two',
    'officials said on Monday, a charge the Kremlin rejected as a fabrication.',
    'Kremlin aide Yuri Ushakov said the report was "a fabrication from start to',
    'finish" and that Moscow had no military cooperation with Tehran.',
  ].join('\n');

  it('is a line of its own in a hard-wrapped text, and its outlet is read from the line', () => {
    expect(paragraphs(wrapped)[0]).toBe(
      'By Lena Ortiz | lortiz@example-ledger.test | Associated Press',
    );
    const d = draft(wrapped, '2026-11-10');
    const ortiz = d.entities.find((e) => e.name === 'Lena Ortiz');
    expect(ortiz).toBeDefined();
    expect(find(d, 'MEMBER_OF', ortiz!.id, 'associated-press')).toHaveLength(1);
  });
});

describe('quotes verbatim in the text as pasted', () => {
  it("doubled quotation marks (``…'') open and close a quote", () => {
    const input =
      "Kremlin aide Yuri Ushakov said on Monday that Washington's charges were ``a fabrication from start to finish,'' and that Moscow would not answer them.";
    const d = draft(input, '2026-11-10');
    const said = find(d, 'SAID', 'yuri-ushakov');
    expect(said.map((r) => r.quote)).toContain('a fabrication from start to finish');
    for (const r of d.relationships) for (const e of r.evidence) expect(input).toContain(e);
  });

  it('a quote run across a "> " quoted line holds the marks, so it is in the pasted text', () => {
    const input = [
      '> Kremlin aide Yuri Ushakov said on Monday that Washington\'s charges were "a fabrication',
      '> from start to finish" and that Moscow would not answer them.',
      '>',
      '> Moscow has denied any military cooperation with Tehran.',
    ].join('\n');
    const d = draft(input, '2026-11-10');
    const quotes = d.relationships.filter((r) => r.quote).map((r) => r.quote!);
    expect(quotes).toContain('a fabrication\n> from start to finish');
    for (const q of quotes) expect(input).toContain(q);
  });

  it('an entity inside a quote stays the entity: the quote is verbatim in the pasted text', () => {
    const input =
      'Kremlin aide Yuri Ushakov said on Monday that Moscow &quot;won&#8217;t be lectured by Washington.&quot;';
    const d = draft(input, '2026-11-10');
    expect(find(d, 'SAID', 'yuri-ushakov').map((r) => r.quote)).toContain(
      'won&#8217;t be lectured by Washington.',
    );
    expect(rows(d).length).toBeGreaterThan(0);
  });
});

describe('a paste in a broken encoding', () => {
  it('UTF-8 once read as Windows-1252 ("â€™") is named in a note, not drafted silently', () => {
    const d = draft(
      'Kremlin aide Yuri Ushakov said on Monday that Washingtonâ€™s charges were â€œa fabrication from start to finish.â€\uFFFD',
      '2026-11-10',
    );
    expect(d.notes.join(' ')).toMatch(/UTF-8 read as Windows-1252/);
  });

  it('curly quotes and accented names in good text give no such note', () => {
    const d = draft(
      'Kremlin aide Yuri Ushakov said in SÃO PAULO on Monday that Washington’s charges were “a fabrication.”',
      '2026-11-10',
    );
    expect(d.notes.join(' ')).not.toMatch(/Windows-1252/);
  });
});

describe('whose intelligence it is, and whom it went to', () => {
  it('"fed U.S. ship positions to Iranian crews": the United States is not the recipient', () => {
    const d = draft(
      'Officials said Russian satellites fed U.S. ship positions to Iranian drone crews last month.',
      '2026-12-08',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'united-states')).toHaveLength(0);
  });

  it('"gave Iran satellite images to help …": Iran still received them', () => {
    const d = draft(
      'Officials said Russia gave Iran satellite images to help its drones find U.S. ships.',
      '2026-12-08',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });
});
