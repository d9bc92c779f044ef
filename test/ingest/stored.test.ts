/**
 * The persisted-graph contract (contracts/stored.ts): the rows validation builds from the seeds
 * are what the tables describe, the CSV export's columns come from the same tables, and stored
 * records read back to the API's views (the same mapping the console's canvas uses). No Neo4j:
 * test/ingest/ingest.test.ts checks the loaded graph against the same schemas.
 */
import {
  ENTITY_PROPERTIES,
  StoredArticle,
  StoredEntity,
  StoredMention,
  StoredPublished,
  StoredRelationship,
  articleView,
  entitySummaryView,
  entityView,
  readStored,
  relationshipView,
  statementFields,
  writeProps,
} from '@kg/server/contracts';
import { exportCsv } from '../../scripts/src/ingest/csv-export';
import { loadSeeds, validateSeeds } from '../../scripts/src/ingest/validate';
import type { SeedGraph } from '../../scripts/src/ingest/graph';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REAL_SEEDS } from './fixtures';

let graph: SeedGraph;
beforeAll(async () => {
  const { errors, graph: g } = await validateSeeds(await loadSeeds(REAL_SEEDS));
  expect(errors).toEqual([]);
  graph = g;
});

describe('the persisted-graph contract', () => {
  it('describes every row validation builds from the seeds', () => {
    for (const e of graph.entities) StoredEntity.parse(e);
    for (const a of graph.articles) StoredArticle.parse(a);
    for (const r of graph.relationships) StoredRelationship.parse(r);
    for (const m of graph.mentions) StoredMention.parse(m);
    for (const p of graph.published) StoredPublished.parse(p);
    expect(graph.relationships.length).toBeGreaterThan(100);
    expect(graph.published.length).toBeGreaterThan(0);
    // The statement fields reach the rows (and so the writers) through the same tables.
    expect(graph.relationships.some((r) => r.stance !== null && r.at !== null)).toBe(true);
  });

  it('writes exactly the stored properties of a row, in table order, structural keys left out', () => {
    const e = graph.entities.find((x) => x.id === 'steve-witkoff')!;
    const props = writeProps(ENTITY_PROPERTIES, e);
    expect(Object.keys(props)).toEqual(Object.keys(ENTITY_PROPERTIES));
    expect(props).not.toHaveProperty('label');
    expect(props).toMatchObject({ id: 'steve-witkoff', name: 'Steve Witkoff' });
  });

  it('gives the CSV export one typed column per stored property, from the same tables', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-stored-'));
    try {
      const files = exportCsv(graph, dir);
      const header = (name: string) =>
        fs.readFileSync(files.find((f) => f.name === name)!.path, 'utf8').split('\n')[0]!;
      expect(header('Entity:Person')).toBe(
        'id:ID(Entity),name,aliases:string[],description,role,date:date,endDate:date,dateSource,dateNote,alleged:boolean,formerIds:string[],hash',
      );
      expect(header('Article')).toBe(
        'id:ID(Article),title,date:date,dateInferred:boolean,dateNote,publisher,sourceFile,originalFile,text,hash',
      );
      // The curated relationships of every type share a file; each row names its type.
      const curated = header('');
      expect(curated).toContain(':START_ID(Entity),:END_ID(Entity),:TYPE,id,sources:string[]');
      expect(curated).toContain('evidenceStarts:long[]');
      expect(curated).toContain('date:date,dateSource,dateNote,stance,at,alleged:boolean');
      expect(header('PUBLISHED')).toBe(':START_ID(Entity),:END_ID(Article),id,source,note,hash');
      expect(header('MENTIONS')).toBe(':START_ID(Article),:END_ID(Entity),id,count:long,hash');
      // ... and only that file holds curated relationships, every one, each under its own type.
      const curatedFiles = files.filter((f) => f.kind === 'relationships' && f.name === '');
      expect(curatedFiles).toHaveLength(1);
      const typeCounts = (types: string[]) =>
        types.reduce<Record<string, number>>((n, t) => ({ ...n, [t]: (n[t] ?? 0) + 1 }), {});
      const rows = fs
        .readFileSync(curatedFiles[0]!.path, 'utf8')
        .split('\n')
        .slice(1, -1)
        .map((line) => /^"(?:[^"]|"")*","(?:[^"]|"")*","([A-Z_]+)","/.exec(line)?.[1] ?? line);
      expect(typeCounts(rows)).toEqual(typeCounts(graph.relationships.map((r) => r.type)));
      expect(new Set(rows).size).toBeGreaterThan(1);
      expect(
        files
          .filter((f) => f.kind === 'relationships')
          .map((f) => f.name)
          .sort(),
      ).toEqual(['', 'MENTIONS', 'PUBLISHED']);
      // Every file carries the content hash a rerun compares, and none the run id: an imported
      // store is never undone by run (csv-export.ts, propertyColumns).
      for (const f of files) {
        const columns = fs.readFileSync(f.path, 'utf8').split('\n')[0]!.split(',');
        expect([f.name, columns.includes('hash'), columns.includes('ingestRun')]).toEqual([
          f.name,
          true,
          false,
        ]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stored record -> API view', () => {
  const witkoff = {
    labels: ['Entity', 'Person'],
    properties: {
      id: 'steve-witkoff',
      name: 'Steve Witkoff',
      aliases: ['Witkoff'],
      description: '',
      role: 'US special envoy',
      date: '2026-03-11',
      hash: 'h',
      ingestRun: 'r',
    },
  };

  it('reads each property by its stored kind, leaving out what is absent, empty or mistyped', () => {
    expect(
      readStored(ENTITY_PROPERTIES, {
        id: 'x',
        description: '',
        alleged: 'yes',
        aliases: [1, 'a'],
      }),
    ).toEqual({ id: 'x', aliases: ['a'] });
  });

  it('maps an entity to its summary and details, bookkeeping and empty values left out', () => {
    expect(entitySummaryView(witkoff)).toEqual({
      id: 'steve-witkoff',
      label: 'Person',
      name: 'Steve Witkoff',
      role: 'US special envoy',
      date: '2026-03-11',
    });
    expect(entityView(witkoff, 4)).toEqual({
      ...entitySummaryView(witkoff),
      aliases: ['Witkoff'],
      degree: 4,
    });
    expect(
      entitySummaryView({
        labels: ['Article'],
        properties: { id: 'a1', title: 'T', date: '2026-03-01', text: 'long' },
      }),
    ).toEqual({ id: 'a1', label: 'Article', name: 'T', date: '2026-03-01' });
  });

  it('rebuilds evidence from the parallel lists and keeps only complete spans', () => {
    const view = relationshipView(
      {
        elementId: '5:x:1',
        type: 'SAID',
        properties: {
          id: 'said:1',
          sources: ['a1'],
          evidence: ['One.', 'Two.'],
          evidenceArticles: ['a1', 'a2'],
          evidenceStarts: [0, 5],
          evidenceEnds: [4],
          quote: 'One',
          quoteArticles: ['a1'],
          quoteStarts: [0],
          quoteEnds: [3],
          alleged: false,
        },
      },
      'steve-witkoff',
      'iran',
    );
    expect(view).toEqual({
      id: 'said:1',
      type: 'SAID',
      source: 'steve-witkoff',
      target: 'iran',
      sources: ['a1'],
      evidence: [{ articleId: 'a1', text: 'One.', start: 0, end: 4 }],
      quote: 'One',
      alleged: false,
    });
  });

  it('maps an article for the reader, with its publisher from PUBLISHED and the Outlet', () => {
    const a = graph.articles[0]!;
    expect(articleView({ ...a, hash: 'h' })).toEqual({
      id: a.id,
      title: a.title,
      date: a.date,
      dateInferred: a.dateInferred,
      sourceFile: a.sourceFile,
      text: a.text,
    });
    const outlet = { labels: ['Entity', 'Outlet'], properties: { id: 'wire', name: 'The Wire' } };
    const published = {
      elementId: '5:x:9',
      type: 'PUBLISHED',
      properties: { id: 'published:wire>a1', source: 'external', note: 'from the site' },
    };
    expect(articleView({ ...a }, { outlet, published }).publisher).toEqual({
      id: 'wire',
      name: 'The Wire',
      source: 'external',
      note: 'from the site',
    });
  });

  it("gives the story view a statement's own fields, unknown stances and sources left out", () => {
    const rel = (extra: Record<string, unknown>) => ({
      elementId: '5:x:2',
      type: 'DENIED',
      properties: {
        id: 'denied:1',
        sources: ['a1'],
        evidence: ['No.'],
        evidenceArticles: ['a1'],
        evidenceStarts: [0],
        evidenceEnds: [3],
        date: '2026-03-02',
        dateNote: 'on Monday',
        at: 'briefing',
        ...extra,
      },
    });
    expect(statementFields(rel({ stance: 'denies', dateSource: 'text' }))).toEqual({
      relationshipId: 'denied:1',
      type: 'DENIED',
      evidence: [{ articleId: 'a1', text: 'No.', start: 0, end: 3 }],
      date: '2026-03-02',
      dateSource: 'text',
      dateNote: 'on Monday',
      stance: 'denies',
      at: 'briefing',
    });
    const odd = statementFields(rel({ stance: 'shrugs', dateSource: 'rumour' }));
    expect(odd).not.toHaveProperty('stance');
    expect(odd).not.toHaveProperty('dateSource');
  });
});
