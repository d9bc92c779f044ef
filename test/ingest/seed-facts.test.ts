/**
 * The corrected facts of the curated seeds (issue 14), read back from the real Neo4j that global
 * setup loaded: statement dates and where they come from, the relationships removed and added,
 * the publishers and the stances. Each expectation is a fact of the article texts; a regression
 * in the seeds or in ingestion fails here.
 */
import type { Driver } from 'neo4j-driver';
import { queryRows, testDriver } from '../support/neo4j';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const query = <T = Record<string, unknown>>(cypher: string, params = {}) =>
  queryRows<T>(driver, cypher, params);

const SHARING = 'russia-iran-intelligence-sharing';

/** One statement by its speaker, target and quote (or type, for quote-less ones). */
async function statement(
  from: string,
  to: string,
  match: { quote?: string; type?: string },
): Promise<Record<string, unknown>> {
  const rows = await query<{ p: Record<string, unknown>; type: string }>(
    `MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
     WHERE ($quote IS NULL OR r.quote = $quote) AND ($type IS NULL OR type(r) = $type)
     RETURN type(r) AS type, r {.*, date: toString(r.date)} AS p`,
    { from, to, quote: match.quote ?? null, type: match.type ?? null },
  );
  expect(rows).toHaveLength(1);
  return { type: rows[0]!.type, ...rows[0]!.p };
}

describe('statement dates', () => {
  it('dates Leavitt’s Fox News answer Friday 2026-03-06, marked external, not from "day six"', async () => {
    const s = await statement('karoline-leavitt', SHARING, {
      quote: 'Whether or not this happened, frankly, it does not really matter',
    });
    expect(s).toMatchObject({ date: '2026-03-06', dateSource: 'external', stance: 'downplays' });
    expect(s.dateNote).toMatch(/day six/);
    const [anyMarch5] = await query<{ n: number }>(
      `MATCH ()-[r]->() WHERE r.date = date('2026-03-05') RETURN toFloat(count(r)) AS n`,
    );
    expect(anyMarch5!.n).toBe(0);
  });

  it('dates Hegseth’s 60 Minutes statements by the recording (2026-03-06), not the article (2026-03-07)', async () => {
    const rows = await query<{ date: string; source: string; at: string }>(
      `MATCH (:Person {id: 'pete-hegseth'})-[r:SAID|DISMISSED]->()
       WHERE '2026-03-07-hegseth-not-concerned' IN r.sources
       RETURN toString(r.date) AS date, r.dateSource AS source, r.at AS at`,
    );
    expect(rows.length).toBe(8);
    for (const r of rows)
      expect(r).toEqual({
        date: '2026-03-06',
        source: 'external',
        at: 'hegseth-60-minutes-interview',
      });
  });

  it('leaves undated what the text does not date, and dates nothing after its article', async () => {
    const witkoff = await statement('steve-witkoff', SHARING, { quote: 'Let’s hope they are not' });
    expect(witkoff.date).toBeNull();
    expect(witkoff.stance).toBe('hedges');
    const trump = await statement('donald-trump', SHARING, { type: 'DISMISSED' });
    expect(trump.date).toBeNull();
    const [late] = await query<{ n: number }>(
      `MATCH ()-[r]->() WHERE r.date IS NOT NULL
       MATCH (a:Article) WHERE a.id IN r.sources AND r.date > a.date
       RETURN toFloat(count(r)) AS n`,
    );
    expect(late!.n).toBe(0);
  });

  it('resolves "on Wednesday" against the Friday article, and links Digi24’s "have no relevance" to it', async () => {
    const neither = await statement('pete-hegseth', 'russia', {
      quote: 'neither country was “really a factor here.”',
    });
    expect(neither).toMatchObject({ date: '2026-03-04', dateSource: 'text', stance: 'downplays' });
    const relayed = await statement('pete-hegseth', 'russia', { quote: 'have no relevance' });
    expect(relayed).toMatchObject({
      date: '2026-03-04',
      dateSource: 'external',
      at: 'hegseth-remarks-2026-03-04',
    });
    expect(neither.at).toBe(relayed.at);
  });
});

describe('removed and added relationships', () => {
  it.each([
    ['CRITICIZED', 'us-intelligence-community', SHARING, null],
    ['RESPONDED_TO', 'israel', SHARING, null],
    ['SPOKE_WITH', 'trump-administration', 'kremlin', null],
    ['WARNED', 'pete-hegseth', 'russia', '2026-03-07-hegseth-not-concerned'],
    ['ATTACKED', 'iran', 'shuaiba-port', null],
  ])('has no %s %s -> %s (in %s)', async (type, from, to, article) => {
    const rows = await query(
      `MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
       WHERE type(r) = $type AND ($article IS NULL OR $article IN r.sources) RETURN r.id`,
      { type, from, to, article },
    );
    expect(rows).toEqual([]);
  });

  it('keeps Trump’s ‘not a big deal’ as evidence of a DISMISSED, never as his quote', async () => {
    const quoted = await query(`MATCH ()-[r:SAID {quote: 'not a big deal'}]->() RETURN r.id`);
    expect(quoted).toEqual([]);
    const s = await statement('donald-trump', SHARING, { type: 'DISMISSED' });
    expect((s.evidence as string[]).some((e) => e.includes("'not a big deal'"))).toBe(true);
    expect(s.stance).toBe('downplays');
  });

  it('stores each utterance once: Leavitt’s "does not really matter" and Hegseth’s "not concerned"', async () => {
    const rows = await query<{ quote: string }>(
      `MATCH (:Person)-[r:SAID]->(:Event {id: $sharing})
       WHERE r.quote IN ['does not really matter', 'not concerned'] RETURN r.quote AS quote`,
      { sharing: SHARING },
    );
    expect(rows).toEqual([]);
  });

  it('has Russia’s denial as a paraphrase relayed by Witkoff, with no quote', async () => {
    const s = await statement('russia', SHARING, { type: 'DENIED' });
    expect(s.quote).toBeUndefined();
    expect(s.stance).toBe('denies');
    expect(s.detail).toMatch(/Witkoff/);
  });

  it('models the Kuwait strike once, met by both articles that report it', async () => {
    const [row] = await query<{ sources: string[] }>(
      `MATCH (:Country {id: 'iran'})-[r:PARTICIPATED_IN]->(:Event {id: 'kuwait-shuaiba-strike'})
       RETURN r.sources AS sources`,
    );
    expect(row!.sources).toEqual([
      '2026-03-06-leavitt-does-not-really-matter',
      '2026-03-11-witkoff-lets-hope-they-are-not',
    ]);
  });

  it.each([
    ['INTERVIEWED', 'sixty-minutes', 'pete-hegseth'],
    ['INTERVIEWED', 'cbs', 'pete-hegseth'],
    ['INTERVIEWED', 'cnbc', 'steve-witkoff'],
    ['CITED', 'associated-press', 'ap-unnamed-sources'],
    ['ALLIED_WITH', 'united-arab-emirates', 'united-states'],
    ['ALLIED_WITH', 'saudi-arabia', 'united-states'],
    ['ALLIED_WITH', 'qatar', 'united-states'],
    ['ALLIED_WITH', 'china', 'russia'],
    ['OCCURRED_IN', 'pentagon-briefing-2026-03-10', 'pentagon'],
  ])('has %s %s -> %s with verbatim evidence', async (type, from, to) => {
    const rows = await query<{ evidence: string[]; texts: string[] }>(
      `MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type
       MATCH (a:Article) WHERE a.id IN r.sources
       RETURN r.evidence AS evidence, collect(a.text) AS texts`,
      { type, from, to },
    );
    expect(rows).toHaveLength(1);
    for (const ev of rows[0]!.evidence)
      expect(rows[0]!.texts.some((t) => t.includes(ev))).toBe(true);
  });

  it('has the U.S.–Israel alliance from their joint strikes in the 2026-03-10 article', async () => {
    const [row] = await query<{ sources: string[] }>(
      `MATCH (:Country {id: 'united-states'})-[r:ALLIED_WITH]->(:Country {id: 'israel'})
       RETURN r.sources AS sources`,
    );
    expect(row!.sources).toContain('2026-03-10-hegseth-russia-should-not-be-involved');
  });

  it('has Hegseth’s paraphrased "most intense airstrikes yet to come" without a quote', async () => {
    const s = await statement('pete-hegseth', 'operation-epic-fury', { type: 'SAID' });
    expect(s.quote).toBeUndefined();
    expect(s.evidence).toEqual([expect.stringContaining('most intense airstrikes yet to come')]);
  });
});

describe('publishers and the registry', () => {
  it('links each article whose publisher is known to its Outlet with PUBLISHED', async () => {
    const rows = await query<{ outlet: string; article: string; source: string }>(
      `MATCH (o:Outlet)-[p:PUBLISHED]->(a:Article)
       RETURN o.id AS outlet, a.id AS article, p.source AS source ORDER BY article`,
    );
    expect(rows).toEqual([
      {
        outlet: 'daily-beast',
        article: '2026-03-06-leavitt-does-not-really-matter',
        source: 'external',
      },
      { outlet: 'livemint', article: '2026-03-07-hegseth-not-concerned', source: 'external' },
      { outlet: 'digi24', article: '2026-03-11-witkoff-lets-hope-they-are-not', source: 'text' },
    ]);
  });

  it('holds no context-bound aliases', async () => {
    const rows = await query<{ id: string; alias: string }>(
      `MATCH (e:Entity) UNWIND e.aliases AS alias
       WITH e, alias WHERE toLower(alias) IN $bound RETURN e.id AS id, alias`,
      {
        bound: [
          'the president',
          'the kremlin official',
          'russian officials',
          'the conflict',
          'the administration',
          'the defense secretary',
        ],
      },
    );
    expect(rows).toEqual([]);
  });
});
