/**
 * Entity resolution in Chromium against the real server and Neo4j (issue 13), on a temporary
 * copy of the fixture with a planted duplicate (test/fixtures/seeds-dupes):
 * - the duplicates panel lists the pair with its reasons; "Merge" stages a preview and "Undo"
 *   drops it with nothing written;
 * - a merge the seeds refuse (it would join an entity to itself) says why and changes nothing;
 * - "Merge into…" from the details panel, previewed, undone, staged again and saved: the
 *   merged node leaves the canvas, the survivor carries its relationships, entities.yaml
 *   records the redirect, and a link that names the old id still opens the survivor.
 * The database is restored at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { ingest, resetOwned } from '../../scripts/src/ingest/index';
import { REAL_SEEDS, REPO } from '../ingest/fixtures';
import { snapshot } from '../intake/fixtures';
import { graphChecksum } from '../support/graph-checksum';
import { testTarget } from '../support/neo4j';
import { openExplorer, shot, SHOTS, startExplorer, type Explorer } from './harness';

jest.setTimeout(180_000);

declare const window: {
  __kg: {
    nodeIds: () => string[];
    app: {
      select: (s: { kind: 'node'; id: string }) => void;
      addEntity: (id: string) => Promise<void>;
    };
  };
};

const database = testTarget().database;
let x: Explorer;
let context: BrowserContext;
let seeds: string;
let initial: string;

beforeAll(async () => {
  seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-merge-e2e-'));
  fs.cpSync(path.join(REPO, 'test/fixtures/seeds-dupes'), seeds, { recursive: true });
  x = await startExplorer({ SEEDS_DIR: seeds });
  initial = await graphChecksum(x.driver, database);
  await resetOwned(x.driver, database);
  await ingest({ driver: x.driver, database, seedsDir: seeds });
  context = await x.browser.newContext({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await context?.close();
  await resetOwned(x.driver, database);
  await ingest({ driver: x.driver, database, seedsDir: REAL_SEEDS });
  expect(await graphChecksum(x.driver, database)).toBe(initial);
  await x.close();
  fs.rmSync(seeds, { recursive: true, force: true });
});

const tid = (id: string) => `[data-testid="${id}"]`;
const PAIR = 'fx-alice--fx-a-envoy';

async function selectNode(page: Page, id: string): Promise<void> {
  await page.evaluate(async (id) => {
    await window.__kg.app.addEntity(id);
    window.__kg.app.select({ kind: 'node', id });
  }, id);
  await page.waitForSelector(tid('merge-control'));
}

describe('entity resolution in the explorer', () => {
  it('lists the planted duplicate; Merge previews, Undo drops it, nothing is written', async () => {
    const page = await openExplorer(context, x.server.url);
    await page.click(tid('open-duplicates'));
    await page.waitForSelector(tid(`duplicate-${PAIR}`));
    expect(page.url()).toContain('panel=duplicates');
    const row = await page.textContent(tid(`duplicate-${PAIR}`));
    expect(row).toContain('Alice Envoy');
    expect(row).toContain('initials');
    expect(row).toContain('same-role');
    await shot(page, 'duplicates-panel');
    // `KG_DOCS_SCREENSHOTS=1 npx jest test/e2e/merge.test.ts` refreshes the README's pictures.
    const docs = (name: string) => {
      if (process.env.KG_DOCS_SCREENSHOTS === '1') {
        fs.copyFileSync(
          path.join(SHOTS, `${name}.png`),
          path.join(REPO, `docs/screenshots/${name}.png`),
        );
      }
    };
    docs('duplicates-panel');

    const files = snapshot(seeds);
    const graph = await graphChecksum(x.driver, database, { scope: 'everything' });
    await page.click(tid(`duplicate-merge-${PAIR}`));
    await page.waitForSelector(tid('merge-preview-fx-a-envoy'));
    expect(await page.textContent(tid('merge-preview-fx-a-envoy'))).toContain(
      '2 relationships move, 1 combine',
    );
    expect(await page.textContent(tid('duplicates-save'))).toBe('Save merges (1)');
    await shot(page, 'duplicates-staged');
    await page.click(tid(`duplicate-undo-${PAIR}`));
    await page.waitForSelector(tid(`duplicate-merge-${PAIR}`));
    expect(await page.textContent(tid('duplicates-save'))).toBe('Save merges (0)');
    expect(snapshot(seeds)).toEqual(files);
    expect(await graphChecksum(x.driver, database, { scope: 'everything' })).toBe(graph);
    await page.click(tid('duplicates-close'));
    await page.close();
  });

  it('refuses a merge the seeds do not allow, saying why', async () => {
    const page = await openExplorer(context, x.server.url);
    const files = snapshot(seeds);
    await selectNode(page, 'fx-sergei');
    await page.click(tid('merge-open'));
    await page.fill(`${tid('merge-into')}`, 'fx-ruritania');
    await page.press(tid('merge-into'), 'Enter');
    await page.waitForSelector(`${tid('merge-error')}:has-text("now one entity")`);
    expect(snapshot(seeds)).toEqual(files);
    await page.close();
  });

  it('merges from the details panel: preview, undo, save; the canvas, files and old links follow', async () => {
    const page = await openExplorer(context, x.server.url);
    await selectNode(page, 'fx-a-envoy');
    const stage = async () => {
      await page.click(tid('merge-open'));
      // Search as you type offers the survivor; the id is what the field holds.
      await page.fill(tid('merge-into'), 'Alice Env');
      await page.waitForSelector('datalist option[value="fx-alice"]', { state: 'attached' });
      await page.fill(tid('merge-into'), 'fx-alice');
      await page.press(tid('merge-into'), 'Enter');
      await page.waitForSelector(tid('merge-preview-fx-a-envoy'));
    };
    const files = snapshot(seeds);
    await stage();
    await shot(page, 'merge-staged');
    if (process.env.KG_DOCS_SCREENSHOTS === '1') {
      fs.copyFileSync(
        path.join(SHOTS, 'merge-staged.png'),
        path.join(REPO, 'docs/screenshots/merge-staged.png'),
      );
    }
    await page.click(tid('merge-undo'));
    await page.waitForSelector(tid('merge-open'));
    expect(snapshot(seeds)).toEqual(files);

    await stage();
    await page.click(tid('merge-save'));
    await page.waitForFunction(() => {
      const ids = window.__kg.nodeIds();
      return !ids.includes('fx-a-envoy') && ids.includes('fx-alice');
    });
    const nodes = await page.evaluate(() => window.__kg.nodeIds());
    expect(nodes).toContain('fx-alice');
    expect(await page.textContent(tid('entity-name'))).toBe('Alice Envoy');
    await shot(page, 'merge-saved');

    const registry = parse(fs.readFileSync(path.join(seeds, 'entities.yaml'), 'utf8')) as {
      merged: { id: string; into: string }[];
    };
    expect(registry.merged).toEqual([
      expect.objectContaining({ id: 'fx-a-envoy', into: 'fx-alice' }),
    ]);

    // A link made before the merge, naming the old id, opens the entity it became.
    const res = await page.request.get(`${x.server.url}/api/entities/fx-a-envoy`);
    expect(((await res.json()) as { entity: { id: string } }).entity.id).toBe('fx-alice');
    const old = await openExplorer(context, x.server.url);
    await selectNode(old, 'fx-a-envoy');
    await old.waitForSelector(tid('entity-name'));
    expect(await old.textContent(tid('entity-name'))).toBe('Alice Envoy');
    expect(await old.textContent(tid('panel-body'))).toContain(
      '“fx-a-envoy” was merged into Alice Envoy',
    );
    await page.close();
    await old.close();
  });
});
