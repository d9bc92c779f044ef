/**
 * Round 22 (issue 12, fifteenth session): general categories found reading the round's first
 * run, each tested on sentences of our own that are not from the round's texts.
 */
import { draft, find } from './helpers';

const shared = (d: ReturnType<typeof draft>) =>
  d.relationships.filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH');

describe('sharing claims told through a noun or a relative clause', () => {
  it('reads "Russia\'s intelligence support for Iran" as the possessive form of the claim', () => {
    const d = draft(
      "Lawmakers said Russia's intelligence assistance to Iran had grown since spring.",
      '2026-04-02',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('reads "the data that Moscow handed to Tehran" (the intelligence named first)', () => {
    const d = draft(
      'Investigators traced the missile to coordinates that Moscow handed to Tehran in March.',
      '2026-04-02',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('drafts nothing when the relative clause is negated or hypothetical', () => {
    expect(
      shared(
        draft('The photos that Russia never passed to Iran are a myth, he said.', '2026-04-02'),
      ),
    ).toHaveLength(0);
    expect(
      shared(
        draft('Any imagery that Moscow would give to Tehran stays secret, she said.', '2026-04-02'),
      ),
    ).toHaveLength(0);
  });

  it('reads "Russian radar data helped Iran shoot down a drone"', () => {
    const d = draft(
      'Officials said Russian radar data helped Iran shoot down an American drone last week.',
      '2026-04-02',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('drafts nothing from "helped" without intelligence or when denied', () => {
    expect(
      shared(draft('Russian engineers helped Iran build a factory near Tabriz.', '2026-04-02')),
    ).toHaveLength(0);
    expect(
      shared(
        draft(
          'Moscow insists Russian satellite data has not helped Iran strike anyone.',
          '2026-04-02',
        ),
      ),
    ).toHaveLength(0);
  });

  it('reads a state agency\'s "transfer of data by the Russian side to Iran"', () => {
    const d = draft(
      'Reports on the handing over of targeting data by the Russian side to Iran are false, the ministry said.',
      '2026-04-02',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });
});

describe('a "Related:" list under a repost', () => {
  it('drafts nothing from the headlines listed under the label', () => {
    const d = draft(
      [
        'Hegseth met NATO defence ministers in Brussels on Tuesday.',
        '',
        'Related:',
        '→ Leavitt: “We will hit back hard”',
        '» Peskov says Moscow "will answer" any sanctions',
        '→ Hegseth: “No free pass”',
      ].join('\n'),
      '2026-04-02',
    );
    expect(d.relationships.filter((r) => r.type === 'SAID')).toHaveLength(0);
  });

  it('keeps bullet items that follow an ordinary line', () => {
    const d = draft(
      [
        'Key points from the hearing:',
        '- Hegseth said Russian help to Iran was "a fact, not a theory."',
      ].join('\n'),
      '2026-04-02',
    );
    expect(find(d, 'SAID', 'pete-hegseth')).toHaveLength(1);
  });
});

describe("a host who turns to someone else's words", () => {
  it('does not interview the one whose testimony the host brings up', () => {
    const d = draft(
      'Appearing on CNN, Witkoff was asked by host Dana Reyes about Iran. Reyes then turned to Defense Secretary Pete Hegseth\'s remarks on Tuesday, when Hegseth told senators that the data was "unmistakably Russian."',
      '2026-04-02',
    );
    expect(find(d, 'INTERVIEWED', 'new:dana-reyes', 'pete-hegseth')).toHaveLength(0);
    expect(
      d.relationships.filter((r) => r.type === 'INTERVIEWED' && r.to === 'pete-hegseth'),
    ).toHaveLength(0);
  });

  it('still interviews a guest who tells the host', () => {
    const d = draft(
      'Witkoff told CNN host Dana Reyes on Sunday that talks with Moscow would continue.',
      '2026-04-02',
    );
    expect(
      d.relationships.filter((r) => r.type === 'INTERVIEWED' && r.to === 'steve-witkoff'),
    ).not.toHaveLength(0);
  });
});

describe('a call that is only "not excluded"', () => {
  it('drafts no call when a new conversation "is not excluded"', () => {
    const d = draft(
      'The Kremlin aide said a new telephone conversation between the President of Russia Vladimir Putin and the US President Donald Trump "is not ruled out, but nothing is agreed."',
      '2026-04-02',
    );
    expect(d.relationships.filter((r) => r.type === 'SPOKE_WITH')).toHaveLength(0);
    expect(d.relationships.filter((r) => r.type === 'PARTICIPATED_IN')).toHaveLength(0);
  });

  it('keeps a new call that was held', () => {
    const d = draft(
      'Trump and Putin held a new telephone conversation on Monday, the Kremlin said.',
      '2026-04-02',
    );
    expect(find(d, 'SPOKE_WITH', 'donald-trump', 'vladimir-putin')).toHaveLength(1);
  });
});

describe('denials of the gift with a bare "never"', () => {
  it('reads "had "never handed and is not handing" data to Iran" as a denial', () => {
    const d = draft(
      'Reports say Russia passes intelligence to Iran. The Kremlin said Moscow had "never handed and is not handing" data to Tehran.',
      '2026-04-02',
    );
    expect(find(d, 'DENIED', 'kremlin')).toHaveLength(1);
  });
});

describe('"needs no one\'s …" denies only help', () => {
  const text = (what: string) =>
    `Washington says Russia passes intelligence to Iran.\nIran's foreign ministry spokesman Esmaeil Baghaei said Iran "needs no one's ${what}" to protect its coast.`;
  it('is no denial with "permission"', () => {
    expect(
      draft(text('permission'), '2026-04-02').relationships.filter((r) => r.type === 'DENIED'),
    ).toHaveLength(0);
  });
  it('is a denial with "help"', () => {
    expect(
      draft(text('help'), '2026-04-02').relationships.filter((r) => r.type === 'DENIED'),
    ).toHaveLength(1);
  });
});

describe('"FM" before a name', () => {
  it("is a foreign minister's title, not part of the name", () => {
    const d = draft(
      'Turkish FM Hakan Fidan said on Monday that Ankara would mediate.',
      '2026-04-02',
    );
    const fidan = [...d.entities].find((e) => e.name === 'Hakan Fidan');
    expect(fidan).toBeDefined();
    expect(d.entities.some((e) => /^FM\b/.test(e.name))).toBe(false);
  });
});

describe('"the Kremlin official said" after a named speaker', () => {
  it('is the person who spoke in the sentence before, when the title ties them to the body', () => {
    const d = draft(
      'The reports are groundless, Deputy Foreign Minister of the Russian Federation Sergei Ryabkov told reporters on Monday. "Moscow has never handed and does not hand data to Tehran," the Kremlin official said.',
      '2026-04-02',
    );
    const said = d.relationships.filter((r) => r.type === 'SAID');
    expect(said.map((r) => doc(d, r.from))).toEqual(['Sergei Ryabkov']);
    expect(find(d, 'SAID', 'kremlin')).toHaveLength(0);
  });

  it('stays the body when the speaker before has no tie to it', () => {
    const d = draft(
      'Senator Ted Lieu told reporters on Monday that Russia is helping Iran. "There is no truth to it," the Kremlin official said.',
      '2026-04-02',
    );
    expect(find(d, 'SAID', 'kremlin')).toHaveLength(1);
    expect(find(d, 'SAID', 'ted-lieu')).toHaveLength(0);
  });
});

function doc(d: ReturnType<typeof draft>, id: string): string {
  return d.entities.find((e) => e.id === id)?.name ?? id;
}
