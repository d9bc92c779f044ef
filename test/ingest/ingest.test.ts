/**
 * Ingestion against the shared test Neo4j. Global setup loaded the real seeds; every test
 * leaves the database exactly as it found it (the checksum of what ingestion owns is compared
 * before and after), and the suite ends with the seed graph complete.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import {
  compensate,
  formatSeedError,
  resetOwned,
  ingest,
  SeedValidationError,
  type IngestSummary,
} from '../../scripts/src/ingest/index';
import {
  ARTICLE_PROPERTIES,
  BOOKKEEPING_PROPERTIES,
  ENTITY_PROPERTIES,
  MENTION_PROPERTIES,
  PUBLISHED_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  StoredArticle,
  StoredEntity,
  StoredMention,
  StoredPublished,
  StoredRelationship,
} from '@kg/server/contracts';
import { bumpGraphVersion } from '../../scripts/src/ingest/graph-version';
import { toJson } from '../../server/src/db/to-json';
import { graphChecksum } from '../support/graph-checksum';
import { testDriver, testTarget } from '../support/neo4j';
import { BAD, removeVariants, MINI_SEEDS, REAL_SEEDS, variant } from './fixtures';

afterAll(removeVariants);

let driver: Driver;
const database = testTarget().database;

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

async function query<T = Record<string, unknown>>(cypher: string, params = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params, { database });
  return records.map((r) => r.toObject() as T);
}

const checksum = () => graphChecksum(driver, database);

/** What the seed files describe, computed straight from the YAML (not through ingestion). */
function expectedFromSeedFiles(dir: string) {
  const entities = (
    parse(fs.readFileSync(path.join(dir, 'entities.yaml'), 'utf8')) as {
      entities: { id: string; label: string }[];
    }
  ).entities;
  const articles = (
    parse(fs.readFileSync(path.join(dir, 'articles.yaml'), 'utf8')) as {
      articles: { id: string; publisher?: string }[];
    }
  ).articles;
  const nodes: Record<string, number> = { Entity: entities.length, Article: articles.length };
  for (const e of entities) nodes[e.label] = (nodes[e.label] ?? 0) + 1;
  const facts = new Map<string, string>();
  const mentions = new Set<string>();
  const extractions = path.join(dir, 'extractions');
  for (const f of fs.readdirSync(extractions).filter((n) => n.endsWith('.yaml'))) {
    const x = parse(fs.readFileSync(path.join(extractions, f), 'utf8')) as {
      article: string;
      mentions?: string[];
      relationships?: { type: string; from: string; to: string; quote?: string; key?: string }[];
    };
    for (const m of x.mentions ?? []) mentions.add(`${x.article}>${m}`);
    for (const r of x.relationships ?? []) {
      facts.set(JSON.stringify([r.type, r.from, r.to, r.quote ?? null, r.key ?? null]), r.type);
      mentions.add(`${x.article}>${r.from}`);
      mentions.add(`${x.article}>${r.to}`);
    }
  }
  const relationships: Record<string, number> = { MENTIONS: mentions.size };
  const published = articles.filter((a) => a.publisher).length;
  if (published) relationships.PUBLISHED = published;
  for (const type of facts.values()) relationships[type] = (relationships[type] ?? 0) + 1;
  return { nodes, relationships };
}

async function graphCounts() {
  const labels = await query<{ label: string; n: number }>(
    `MATCH (n) WHERE n:Entity OR n:Article UNWIND labels(n) AS label
     RETURN label, toFloat(count(*)) AS n`,
  );
  const types = await query<{ type: string; n: number }>(
    `MATCH (a)-[r]->() WHERE a:Entity OR a:Article RETURN type(r) AS type, toFloat(count(*)) AS n`,
  );
  return {
    nodes: Object.fromEntries(labels.map((l) => [l.label, l.n])),
    relationships: Object.fromEntries(types.map((t) => [t.type, t.n])),
  };
}

describe('the seed graph loaded by global setup', () => {
  it('has the nodes per label and relationships per type the seed files describe', async () => {
    expect(await graphCounts()).toEqual(expectedFromSeedFiles(REAL_SEEDS));
  });

  it('stores on every node and relationship what the persisted-graph contract describes', async () => {
    const kinds = [
      ['MATCH (x:Entity) RETURN x', ENTITY_PROPERTIES, StoredEntity],
      ['MATCH (x:Article) RETURN x', ARTICLE_PROPERTIES, StoredArticle],
      ['MATCH (:Entity)-[x]->(:Entity) RETURN x', RELATIONSHIP_PROPERTIES, StoredRelationship],
      ['MATCH (:Article)-[x:MENTIONS]->() RETURN x', MENTION_PROPERTIES, StoredMention],
      ['MATCH (:Outlet)-[x:PUBLISHED]->() RETURN x', PUBLISHED_PROPERTIES, StoredPublished],
    ] as const;
    for (const [cypher, table, schema] of kinds) {
      const { records } = await driver.executeQuery(cypher, {}, { database });
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) {
        const { properties } = toJson(r.get('x')) as { properties: Record<string, unknown> };
        expect(schema.safeParse(properties).error).toBeUndefined();
        const unknownKeys = Object.keys(properties).filter(
          (k) => !(k in table) && !(k in BOOKKEEPING_PROPERTIES),
        );
        expect(unknownKeys).toEqual([]);
      }
    }
  });

  it('has no duplicate ids among nodes or relationships', async () => {
    const [dupNodes] = await query<{ n: number }>(
      'MATCH (n) WHERE n:Entity OR n:Article WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN toFloat(count(*)) AS n',
    );
    const [dupRels] = await query<{ n: number }>(
      'MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN toFloat(count(*)) AS n',
    );
    expect([dupNodes!.n, dupRels!.n]).toEqual([0, 0]);
  });

  it('traces Steve Witkoff SAID "Let’s hope they are not" to the 2026-03-11 article, offsets included', async () => {
    const rows = await query<{ r: { properties: Record<string, unknown> }; text: string }>(
      `MATCH (:Person {id: 'steve-witkoff'})-[r:SAID]->()
       WHERE r.quote CONTAINS 'Let’s hope they are not'
       MATCH (a:Article {id: '2026-03-11-witkoff-lets-hope-they-are-not'})
       RETURN r, a.text AS text`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { r, text } of rows) {
      const p = r.properties as {
        sources: string[];
        evidence: string[];
        evidenceArticles: string[];
        evidenceStarts: { toNumber(): number }[];
        evidenceEnds: { toNumber(): number }[];
      };
      expect(p.sources).toContain('2026-03-11-witkoff-lets-hope-they-are-not');
      p.evidence.forEach((ev, k) => {
        if (p.evidenceArticles[k] !== '2026-03-11-witkoff-lets-hope-they-are-not') return;
        expect(text.slice(p.evidenceStarts[k]!.toNumber(), p.evidenceEnds[k]!.toNumber())).toBe(ev);
      });
      expect(p.evidence.some((ev) => ev.includes('Let’s hope they are not'))).toBe(true);
    }
  });

  it('has the Washington Post reporting the intelligence sharing, Russia denying it, Russia allied with Iran', async () => {
    const [row] = await query<{ reported: boolean; denied: boolean; allied: boolean }>(
      `RETURN
         EXISTS { MATCH (:Outlet {id: 'washington-post'})-[:REPORTED]->(e:Event)
                  WHERE e.name =~ '(?i).*intelligence.*' } AS reported,
         EXISTS { MATCH (:Country {id: 'russia'})-[:DENIED]->(e:Event)
                  WHERE e.name =~ '(?i).*intelligence.*' } AS denied,
         EXISTS { MATCH (:Country {id: 'russia'})-[:ALLIED_WITH]-(:Country {id: 'iran'}) } AS allied`,
    );
    expect(row).toEqual({ reported: true, denied: true, allied: true });
  });

  it('has every SAID quote verbatim in a source article, and ≥ 1 source on every curated relationship', async () => {
    const said = await query<{ quote: string; texts: string[] }>(
      `MATCH ()-[r:SAID]->() WHERE r.quote IS NOT NULL MATCH (a:Article) WHERE a.id IN r.sources
       RETURN r.quote AS quote, collect(a.text) AS texts`,
    );
    expect(said.length).toBeGreaterThan(0);
    for (const s of said) expect(s.texts.some((t) => t.includes(s.quote))).toBe(true);
    const [unsourced] = await query<{ n: number }>(
      `MATCH ()-[r]->() WHERE NOT type(r) IN ['MENTIONS', 'PUBLISHED'] AND (r.sources IS NULL OR size(r.sources) = 0)
       RETURN toFloat(count(r)) AS n`,
    );
    expect(unsourced!.n).toBe(0);
  });

  it('stores dates as Neo4j DATE values and article text without the date header', async () => {
    const [row] = await query<{ t: string; d: string; text: string }>(
      `MATCH (a:Article {id: '2026-03-11-witkoff-lets-hope-they-are-not'})
       RETURN valueType(a.date) AS t, toString(a.date) AS d, a.text AS text`,
    );
    expect(row!.t).toBe('DATE NOT NULL');
    expect(row!.d).toBe('2026-03-11');
    expect(row!.text.startsWith('Trump envoy’s')).toBe(true);
  });

  it('finds entities through the accent-insensitive full-text index over names and aliases', async () => {
    const rows = await query<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entity_search', 'hégseth') YIELD node RETURN node.id AS id LIMIT 1",
    );
    expect(rows[0]?.id).toBe('pete-hegseth');
  });
});

describe('re-running ingestion', () => {
  it('is idempotent: nothing created or updated, identical counts and checksum', async () => {
    const before = await checksum();
    const counts = await graphCounts();
    const summary = await ingest({ driver, database, seedsDir: REAL_SEEDS });
    expect(summary.totals.created).toBe(0);
    expect(summary.totals.updated).toBe(0);
    expect(summary.totals.unchanged).toBe(summary.totals.rows);
    expect(await graphCounts()).toEqual(counts);
    expect(await checksum()).toBe(before);
  });

  it('sets no property at all the second time (per-batch transaction mode too)', async () => {
    const before = await checksum();
    const summary = await ingest({
      driver,
      database,
      seedsDir: REAL_SEEDS,
      batchSize: 7,
      singleTransactionRows: 1,
    });
    expect(summary.mode).toBe('batched');
    expect([summary.totals.created, summary.totals.updated]).toEqual([0, 0]);
    expect(await checksum()).toBe(before);
  });
});

describe('bad inputs write nothing', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an unknown entity reference', BAD.unknownEntity, /unknown entity "fx-atlantis"/],
    ['a quote not in the article', BAD.quoteNotInArticle, /nearest match \(edit distance 1\)/],
    ['a bad date', BAD.badDate, /relationships\[2\]\.date: is not a real calendar date/],
    ['a duplicate id', BAD.duplicateId, /duplicate entity id "fx-alice"/],
    ['an unknown relationship type', BAD.unknownType, /unknown relationship type "BROADCAST"/],
    ['wrong endpoint labels', BAD.wrongEndpoints, /PARTICIPATED_IN cannot connect Person/],
    ['a malformed YAML file', BAD.malformedYaml, /line 4, column 5: YAML syntax error/],
  ];
  it.each(cases)(
    '%s: rejected with the message, database unchanged',
    async (_name, make, message) => {
      const before = await checksum();
      const error = await ingest({ driver, database, seedsDir: make() }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SeedValidationError);
      const messages = (error as SeedValidationError).errors.map(formatSeedError);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(message);
      expect(await checksum()).toBe(before);
    },
  );
});

/** A driver whose write transactions fail from the (n+1)th on: a database failing mid-run. */
function failAfter(real: Driver, n: number): Driver {
  let writes = 0;
  return new Proxy(real, {
    get(target, prop, receiver) {
      if (prop !== 'session') return Reflect.get(target, prop, receiver) as unknown;
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        const executeWrite = session.executeWrite.bind(session);
        session.executeWrite = ((work, config) => {
          writes += 1;
          if (writes > n) return Promise.reject(new Error('injected failure'));
          return executeWrite(work, config);
        }) as typeof session.executeWrite;
        return session;
      };
    },
  });
}

describe('transactions', () => {
  it('a batched run that fails midway is undone: created items deleted, overwritten ones restored', async () => {
    const before = await checksum();
    let first: IngestSummary | undefined;
    try {
      first = await ingest({ driver, database, seedsDir: MINI_SEEDS, singleTransactionRows: 1 });
      expect(first.totals.created).toBe(first.totals.rows);
      const loaded = await checksum();
      // The second run updates fx-alice, creates a new entity, then its 4th batch fails.
      const changed = variant('changed', {
        'entities.yaml': (t) =>
          t.replace('A fixture envoy.', 'A changed envoy.') +
          '  - id: fx-bob\n    label: Person\n    name: Bob\n    description: New.\n',
      });
      const failing = failAfter(driver, 3);
      await expect(
        ingest({
          driver: failing,
          database,
          seedsDir: changed,
          singleTransactionRows: 1,
          batchSize: 1,
        }),
      ).rejects.toThrow('injected failure');
      const [alice] = await query<{ d: string }>(
        "MATCH (n:Entity {id: 'fx-alice'}) RETURN n.description AS d",
      );
      expect(alice!.d).toBe('A fixture envoy.');
      expect(await checksum()).toBe(loaded);
    } finally {
      if (first?.runId) await compensate(driver, database, first.runId);
    }
    expect(await checksum()).toBe(before);
  });

  it('--reset clears what ingestion owns, then the seeds are loaded complete again', async () => {
    const before = await checksum();
    const summary = await ingest({ driver, database, seedsDir: REAL_SEEDS, reset: true });
    expect(summary.reset!.nodes).toBeGreaterThan(0);
    expect(summary.firstLoad).toBe(true);
    expect(summary.totals.created).toBe(summary.totals.rows);
    const after = await checksum();
    // Same labels, ids and every property (ingestRun differs, which the checksum ignores).
    expect(after).toBe(before);
  });

  it('a first load with CREATE writes exactly what MERGE writes, in both transaction modes', async () => {
    const before = await checksum();
    const merged = await ingest({
      driver,
      database,
      seedsDir: REAL_SEEDS,
      reset: true,
      alwaysMerge: true,
      singleTransactionRows: 1,
    });
    expect([merged.firstLoad, merged.mode]).toEqual([false, 'batched']);
    expect(await checksum()).toBe(before);
    const created = await ingest({
      driver,
      database,
      seedsDir: REAL_SEEDS,
      reset: true,
      singleTransactionRows: 1,
    });
    expect([created.firstLoad, created.mode]).toEqual([true, 'batched']);
    expect(created.totals.created).toBe(created.totals.rows);
    expect(await checksum()).toBe(before);
    const again = await ingest({ driver, database, seedsDir: REAL_SEEDS });
    expect(again.firstLoad).toBe(false);
    expect(again.totals.unchanged).toBe(again.totals.rows);
  });

  it('a first load that fails midway is undone: nothing it created is left', async () => {
    const before = await checksum();
    try {
      await expect(
        ingest({
          driver: failAfter(driver, 100),
          database,
          seedsDir: REAL_SEEDS,
          reset: true,
          batchSize: 1,
          singleTransactionRows: 1,
        }),
      ).rejects.toThrow('injected failure');
      const [left] = await query<{ n: number }>(
        'MATCH (n) WHERE n:Entity OR n:Article OR n:IngestRun RETURN toFloat(count(n)) AS n',
      );
      expect(left!.n).toBe(0);
    } finally {
      await ingest({ driver, database, seedsDir: REAL_SEEDS });
    }
    expect(await checksum()).toBe(before);
  });
});

describe('rerun on unchanged seeds (seeds fingerprint)', () => {
  const version = async () =>
    (await query<{ v: string }>('MATCH (v:GraphVersion) RETURN v.graphVersion AS v'))[0]?.v;

  it('skips validation and writing when the graph holds exactly these seeds, and not after any other write', async () => {
    const before = await checksum();
    const full = await ingest({ driver, database, seedsDir: REAL_SEEDS, singleTransactionRows: 1 });
    expect(full.unchanged).toBe(false);
    const written = await version();

    const skipped = await ingest({ driver, database, seedsDir: REAL_SEEDS, skipUnchanged: true });
    expect(skipped.unchanged).toBe(true);
    expect(skipped.ms.validate).toBe(0);
    expect(skipped.graph).toEqual(full.graph);
    expect(skipped.groups.map((g) => [g.kind, g.name, g.rows])).toEqual(
      full.groups.map((g) => [g.kind, g.name, g.rows]),
    );
    expect(skipped.totals.unchanged).toBe(full.totals.rows);
    // Nothing written: the version a client cached is still current.
    expect(await version()).toBe(written);
    expect(await checksum()).toBe(before);

    // Any write of the graph (here the version bump every writer makes) forgets the seeds.
    await bumpGraphVersion(driver, database);
    const checked = await ingest({ driver, database, seedsDir: REAL_SEEDS, skipUnchanged: true });
    expect(checked.unchanged).toBe(false);
    expect(checked.totals.unchanged).toBe(checked.totals.rows);
    // ... and that complete check recorded them again.
    const again = await ingest({ driver, database, seedsDir: REAL_SEEDS, skipUnchanged: true });
    expect(again.unchanged).toBe(true);

    // Nor after a reset that no fence covers (auto-commit batches), even with the same seeds.
    await resetOwned(driver, database);
    const restored = await ingest({ driver, database, seedsDir: REAL_SEEDS, skipUnchanged: true });
    expect(restored.unchanged).toBe(false);
    expect(restored.firstLoad).toBe(true);

    // Nor when the counts are not what the seeds make (a graph edited by hand, unfenced).
    await query("MATCH (a:Article) WITH a LIMIT 1 CREATE (:Article {id: 'fx-by-hand'})");
    const counted = await ingest({ driver, database, seedsDir: REAL_SEEDS, skipUnchanged: true });
    expect(counted.unchanged).toBe(false);
    await query("MATCH (a:Article {id: 'fx-by-hand'}) DELETE a");

    // Other seeds are not skipped.
    const mini = await ingest({
      driver,
      database,
      seedsDir: MINI_SEEDS,
      skipUnchanged: true,
      reset: true,
    });
    expect(mini.unchanged).toBe(false);
    const back = await ingest({
      driver,
      database,
      seedsDir: REAL_SEEDS,
      skipUnchanged: true,
      reset: true,
    });
    expect(back.unchanged).toBe(false);
    expect(await checksum()).toBe(before);
  });
});
