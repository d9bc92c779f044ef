/**
 * The streaming validate-and-export (stream-export.ts) against the in-memory path it replaces
 * for initial loads (validateSeeds, then exportCsv): the same CSV rows on a generated corpus
 * and on the real seeds (which state some facts in more than one article), the same errors on
 * every bad seed set, and the same on its worker thread. Runs without Neo4j.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../scripts/src/generate/corpus';
import { exportCsv, type CsvFile } from '../../scripts/src/ingest/csv-export';
import { countGraph } from '../../scripts/src/ingest/graph';
import { loadValidSeeds, SeedValidationError } from '../../scripts/src/ingest/ingest';
import { inMemoryRows, jsonLines, spooledRows } from '../../scripts/src/ingest/graph-rows';
import { validateAndExport } from '../../scripts/src/ingest/stream-export';
import { ENTITY_LABELS } from '@kg/server/contracts';
import { exportInWorker } from '../../scripts/src/ingest/stream-export-thread';
import { BAD, MINI_SEEDS, REAL_SEEDS, removeVariants, variant } from './fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-stream-export-'));
let n = 0;
const out = () => path.join(tmp, `out-${n++}`);
afterAll(() => {
  removeVariants();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The records of a CSV text (a quoted value may span lines). */
function records(text: string): string[] {
  const rows: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) {
      rows.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return rows;
}

/** Per node label / relationship type: the header, and the data rows sorted. */
function contents(files: CsvFile[]): Map<string, { header: string; rows: string[] }> {
  const byName = new Map<string, { header: string; rows: string[] }>();
  for (const f of files) {
    const [header, ...rows] = records(fs.readFileSync(f.path, 'utf8'));
    const entry = byName.get(f.name) ?? { header: header!, rows: [] };
    expect(header).toBe(entry.header);
    entry.rows.push(...rows);
    byName.set(f.name, entry);
  }
  for (const e of byName.values()) e.rows.sort();
  return byName;
}

async function inMemory(seeds: string) {
  const { graph } = await loadValidSeeds(seeds, () => {});
  return { graph, files: exportCsv(graph, out()) };
}

describe('streaming validate-and-export', () => {
  let generated: string;
  beforeAll(() => {
    generated = path.join(tmp, 'corpus');
    generateCorpus({ out: generated, articles: 150, seed: 11, relationshipsPerArticle: 20 });
  });

  it('writes the rows the in-memory export writes, on a generated corpus, in few or many buckets, on one thread or two', async () => {
    const before = await inMemory(generated);
    const expected = contents(before.files);
    expect(expected.get('Article')!.rows).toHaveLength(150);
    for (const helper of [false, true]) {
      for (const filesPerBucket of [500, 7]) {
        const streamed = await validateAndExport(generated, out(), () => {}, {
          filesPerBucket,
          helper,
        });
        expect(contents(streamed.files)).toEqual(expected);
        expect(streamed.graph).toEqual(countGraph(before.graph));
        // With the helper, both threads wrote relationship files (its are tagged).
        const helperFiles = streamed.files.filter((f) => /-b-\d{4}\.csv$/.test(f.path));
        if (helper) expect(helperFiles.length).toBeGreaterThan(0);
        else expect(helperFiles).toEqual([]);
      }
    }
  });

  it('merges a fact stated in several articles as the in-memory path does (real seeds)', async () => {
    const before = await inMemory(REAL_SEEDS);
    // The property this test is about: some relationships rest on more than one article.
    expect(before.graph.relationships.some((r) => r.sources.length > 1)).toBe(true);
    for (const helper of [false, true]) {
      const streamed = await validateAndExport(REAL_SEEDS, out(), () => {}, {
        filesPerBucket: 1,
        helper,
      });
      expect(contents(streamed.files)).toEqual(contents(before.files));
    }
  });

  it('spools the rows the in-memory graph holds, group by group, for the Cypher writer', async () => {
    for (const [seeds, helper] of [
      [generated, false],
      [REAL_SEEDS, false],
      [generated, true],
    ] as const) {
      const { graph } = await loadValidSeeds(seeds, () => {});
      const dir = out();
      const streamed = await validateAndExport(seeds, dir, () => {}, {
        format: 'rows',
        filesPerBucket: 7,
        helper,
      });
      expect(streamed.files).toEqual([]);
      const spooled = spooledRows(path.join(dir, 'rows'), streamed.graph);
      const held = inMemoryRows(graph);
      expect(spooled.counts).toEqual(held.counts);
      const byId = <T extends { id: string }>(rows: Iterable<T>) =>
        [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const label of ENTITY_LABELS) {
        // Registry order within a label, as the writer's batches had it.
        expect([...spooled.entities(label)]).toEqual([...held.entities(label)]);
      }
      expect([...spooled.articles()]).toEqual([...held.articles()]);
      const types = Object.keys(held.counts.relationships);
      expect(types.length).toBeGreaterThan(3);
      for (const type of types) {
        expect(byId(spooled.relationships(type))).toEqual(byId(held.relationships(type)));
      }
      expect(byId(spooled.mentions())).toEqual(byId(held.mentions()));
      expect(byId(spooled.published())).toEqual(byId(held.published()));
    }
  });

  it.each(Object.keys(BAD) as (keyof typeof BAD)[])(
    'reports every problem of a bad seed set (%s) exactly as validation does',
    async (name) => {
      const seeds = BAD[name]();
      const expected = await loadValidSeeds(seeds, () => {}).catch((e: unknown) => e);
      expect(expected).toBeInstanceOf(SeedValidationError);
      for (const helper of [false, true]) {
        const got = await validateAndExport(seeds, out(), () => {}, { helper }).catch(
          (e: unknown) => e,
        );
        expect(got).toBeInstanceOf(SeedValidationError);
        expect((got as SeedValidationError).errors).toEqual(
          (expected as SeedValidationError).errors,
        );
      }
    },
  );

  it('lists the problems of both threads in file order, as validation does', async () => {
    // One problem in each half: the first file is this thread's, the second the helper's.
    const seeds = variant('both-halves', {
      'extractions/fx-article-one.yaml': (t) => t.replace('to: fx-ruritania', 'to: fx-atlantis'),
      'extractions/fx-article-two.yaml': (t) => t.replace('type: REPORTED', 'type: BROADCAST'),
    });
    const expected = (await loadValidSeeds(seeds, () => {}).catch((e: unknown) => e)) as Error;
    expect(expected).toBeInstanceOf(SeedValidationError);
    const files = (expected as SeedValidationError).errors.map((e) => path.basename(e.file));
    expect(files).toEqual(['fx-article-one.yaml', 'fx-article-two.yaml']);
    const got = await validateAndExport(seeds, out(), () => {}, { helper: true }).catch(
      (e: unknown) => e,
    );
    expect((got as SeedValidationError).errors).toEqual((expected as SeedValidationError).errors);
  });

  it('gives the same files and the same errors on its worker thread', async () => {
    const direct = await validateAndExport(MINI_SEEDS, out());
    const lines: string[] = [];
    const threaded = await exportInWorker({ seedsDir: MINI_SEEDS, dir: out() }, (l) =>
      lines.push(l),
    );
    expect(contents(threaded.files)).toEqual(contents(direct.files));
    expect(threaded.graph).toEqual(direct.graph);
    expect(lines.some((l) => l.startsWith('validated '))).toBe(true);
    // The Cypher writer's spool, as a full ingest of a big seed set makes it on the thread.
    const rowsDir = out();
    const rows = await exportInWorker({
      seedsDir: MINI_SEEDS,
      dir: rowsDir,
      format: 'rows',
    });
    expect(rows.graph).toEqual(direct.graph);
    const { graph } = await loadValidSeeds(MINI_SEEDS, () => {});
    expect([...spooledRows(path.join(rowsDir, 'rows'), rows.graph).articles()]).toEqual(
      graph.articles,
    );

    const seeds = BAD.unknownEntity();
    const expected = await loadValidSeeds(seeds, () => {}).catch((e: unknown) => e);
    const got = await exportInWorker({ seedsDir: seeds, dir: out() }).catch((e: unknown) => e);
    expect(got).toBeInstanceOf(SeedValidationError);
    expect((got as SeedValidationError).errors).toEqual((expected as SeedValidationError).errors);
  });
});

describe('jsonLines', () => {
  it('reads lines longer than its buffer, and characters split between reads', () => {
    const file = path.join(tmp, 'lines.jsonl');
    // 1 MB read buffer: a 1.5 MB line, and a 3-byte character at every offset around the cut.
    const rows = [
      { text: 'x'.repeat(1_500_000) },
      ...Array.from({ length: 2000 }, (_, i) => ({ i, text: `€${'é'.repeat(i % 7)}` })),
    ];
    fs.writeFileSync(file, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    expect([...jsonLines(file)]).toEqual(rows);
    fs.writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    expect([...jsonLines(file)]).toEqual(rows);
    expect([...jsonLines(path.join(tmp, 'absent.jsonl'))]).toEqual([]);
  });
});
