/**
 * The explorer in a real browser (Debian's Chromium driven by playwright-core) against the real
 * server and the seed graph: what an analyst does, end to end. Needs client/dist (built here
 * when missing). Saves screenshots of the main states to test-results/screenshots/ (git-ignored),
 * or to the folder KG_SCREENSHOTS names (`KG_SCREENSHOTS=docs/screenshots` refreshes the README's).
 */
import type { Driver } from 'neo4j-driver';
import type { BrowserContext, Page } from 'playwright-core';
import { openExplorer, shot, startExplorer, type Explorer } from './harness';

const XSS_ID = 'e2e-xss-probe';
const XSS_NAME = '<img src=x onerror=alert(1)>';

type Kg = {
  ready: boolean;
  nodeIds: () => string[];
  edgeIds: () => string[];
  app: {
    selection: { kind: string; id: string } | null;
    panel: string | null;
    cy: {
      getElementById: (id: string) => {
        renderedPosition: () => { x: number; y: number };
        position: () => { x: number; y: number };
      };
      edges: () => {
        toArray: () => {
          id: () => string;
          data: (k: string) => unknown;
          hasClass: (c: string) => boolean;
        }[];
      };
    };
  };
  cypher: () => Promise<{ load: (q: string, p?: Record<string, unknown>) => void }>;
};
declare const window: { __kg: Kg };

jest.setTimeout(120_000);

describe('the explorer in a browser', () => {
  let driver: Driver;
  let explorer: Explorer;
  let context: BrowserContext;
  let dialogs: string[];

  beforeAll(async () => {
    explorer = await startExplorer();
    driver = explorer.driver;
    // A hostile name, written for this suite and removed in afterAll.
    await driver.executeQuery(
      `MERGE (n:Entity {id: $id})
       SET n:Person, n.name = $name, n.aliases = [$name], n.description = $name, n.role = $name`,
      { id: XSS_ID, name: XSS_NAME },
      { routing: 'WRITE' },
    );
  });

  afterAll(async () => {
    await explorer?.close();
    if (driver) {
      await driver.executeQuery(
        'MATCH (n:Entity {id: $id}) DETACH DELETE n',
        { id: XSS_ID },
        { routing: 'WRITE' },
      );
      await driver.close();
    }
  });

  beforeEach(async () => {
    dialogs = [];
    context = await explorer.browser.newContext({ viewport: { width: 1440, height: 900 } });
  });
  afterEach(async () => {
    await context.close();
  });

  const open = (query = ''): Promise<Page> =>
    openExplorer(context, `${explorer.server.url}/${query}`, (m) => dialogs.push(m));

  const nodeIds = (page: Page) => page.evaluate(() => window.__kg.nodeIds().sort());

  /** Searches with the keyboard, as an analyst would: `/`, type, Enter on the first hit. */
  async function searchAndChoose(page: Page, text: string, expected: string): Promise<void> {
    await page.keyboard.press('/');
    await page.keyboard.type(text);
    await page.getByTestId('search-option').first().waitFor();
    await expect(page.getByTestId('search-option').first().textContent()).resolves.toContain(
      expected,
    );
    await page.keyboard.press('Enter');
  }

  it('starts on the Russia–Iran–United States web, laid out, with a legend', async () => {
    const page = await open();
    const ids = await nodeIds(page);
    expect(ids).toEqual(expect.arrayContaining(['russia', 'iran', 'united-states']));
    expect(ids.length).toBeGreaterThan(5);
    await expect(page.getByTestId('legend').textContent()).resolves.toContain('Country');
    expect(await page.evaluate(() => performance.getEntriesByName('kg:first-render').length)).toBe(
      1,
    );
    await shot(page, 'first-screen');
  });

  it('finds "witkof" and opens Steve Witkoff with his quote; the source shows the evidence highlighted', async () => {
    const page = await open();
    await searchAndChoose(page, 'witkof', 'Steve Witkoff');
    await page.getByTestId('entity-name').filter({ hasText: 'Steve Witkoff' }).waitFor();
    expect(await page.evaluate(() => window.__kg.nodeIds())).toContain('steve-witkoff');
    const quote = page.getByTestId('quote').filter({ hasText: 'Let’s hope they are not' });
    await quote.first().waitFor();
    await shot(page, 'entity-panel');

    // A relationship's evidence is not in the list (issue 16): opening it fetches it.
    const onDemand = page.getByTestId('evidence-on-demand').first();
    await onDemand.locator('summary').click();
    const sentence = onDemand.locator('p.evidence').first();
    await sentence.waitFor();
    expect((await sentence.textContent())!.trim().length).toBeGreaterThan(10);
    await shot(page, 'evidence-on-demand');

    // Open the source of that statement: the article, with its evidence marked and in view.
    const statement = page.getByTestId('statement').filter({ has: quote });
    await statement.first().getByTestId('open-source').first().click();
    await page.getByTestId('article-text').waitFor();
    const marks = page.locator('[data-testid="article-text"] mark');
    await marks.first().waitFor();
    expect(await marks.count()).toBeGreaterThan(0);
    const focused = page.locator('[data-testid="article-text"] mark.focus');
    await expect(focused.first().isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid="article-text"]').textContent()).resolves.toContain(
      'hope they are not',
    );
    await shot(page, 'article-highlights');

    // A highlight leads back to its relationship on the canvas.
    await focused.first().click();
    await page.waitForFunction(() => window.__kg.app.selection?.kind === 'edge');
    const sel = await page.evaluate(() => window.__kg.app.selection!.id);
    expect(sel.startsWith('steve-witkoff|SAID|')).toBe(true);
  });

  it('expands a node with a double-click, undo restores the graph, and Back works', async () => {
    const page = await open();
    const before = await nodeIds(page);
    const target = 'vladimir-putin';
    expect(before).toContain(target);
    const box = (await page.getByTestId('canvas').boundingBox())!;
    const p = await page.evaluate(
      (id) => window.__kg.app.cy.getElementById(id).renderedPosition(),
      target,
    );
    await page.mouse.dblclick(box.x + p.x, box.y + p.y);
    await page.waitForFunction((n) => window.__kg.nodeIds().length > n, before.length);
    const after = await nodeIds(page);
    expect(after.length).toBeGreaterThan(before.length);
    await page
      .getByTestId('status')
      .filter({ hasText: /showing \d+ of \d+/ })
      .waitFor();

    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => window.__kg.nodeIds().length === n, before.length);
    expect(await nodeIds(page)).toEqual(before);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction((n) => window.__kg.nodeIds().length === n, after.length);

    await page.goBack();
    await page.waitForFunction((n) => window.__kg.nodeIds().length === n, before.length);
    expect(await nodeIds(page)).toEqual(before);
  });

  it('finds paths from Ted Lieu to Vladimir Putin, steps through them, and says nothing of hubs on a graph too small to have one', async () => {
    const page = await open();
    await page.getByTestId('open-paths').click();
    for (const [end, text, name] of [
      ['from', 'lieu', 'Ted Lieu'],
      ['to', 'putin', 'Vladimir Putin'],
    ] as const) {
      await page.getByTestId(`path-${end}-search`).fill(text);
      const option = page
        .getByTestId(`path-${end}-search-results`)
        .getByTestId('search-option')
        .filter({ hasText: name });
      await option.first().click();
      await expect(page.getByTestId(`path-${end}`).textContent()).resolves.toBe(name);
    }
    await page.getByTestId('paths-find').click();
    const summary = page.getByTestId('paths-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/Path 1 of \d+ · \d hops?/);
    // The seed graph has fewer relationships than the hub limit: the note would mean nothing.
    await expect(page.getByTestId('paths-hub-note').count()).resolves.toBe(0);
    const ids = await nodeIds(page);
    expect(ids).toEqual(expect.arrayContaining(['ted-lieu', 'vladimir-putin']));
    // Steps are numbered by entity (1, 2, 3, ...), the relationship rows between them are not.
    const numbered = await summary
      .locator('.path-steps > li')
      .evaluateAll(
        (lis) =>
          lis.filter(
            (li) => li.ownerDocument.defaultView!.getComputedStyle(li).display === 'list-item',
          ).length,
      );
    const hops = Number(/· (\d) hops?/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(numbered).toBe(hops + 1);
    const first = await summary.locator('.path-steps').textContent();
    if (await page.getByTestId('paths-next').isEnabled()) {
      await page.getByTestId('paths-next').click();
      await expect(summary.textContent()).resolves.toMatch(/Path 2 of/);
      expect(await summary.locator('.path-steps').textContent()).not.toBe(first);
    }
    await shot(page, 'paths');
  });

  it('runs a Cypher query into the table and shows the refusal of a write', async () => {
    const page = await open();
    await page.getByTestId('open-cypher').click();
    await page.getByTestId('cypher-run').waitFor();
    await page
      .getByTestId('cypher-examples')
      .selectOption({ label: 'Everything Hegseth said, with dates' });
    await page.getByTestId('cypher-run').click();
    await page.locator('[data-testid="cypher-table"] tbody tr').first().waitFor();
    expect(await page.locator('[data-testid="cypher-table"] tbody tr').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('cypher-status').textContent()).resolves.toMatch(/rows? in/);
    await expect(page.locator('.cm-content').textContent()).resolves.toContain('SAID');
    await shot(page, 'cypher-console');

    await page.evaluate(() =>
      window.__kg
        .cypher()
        .then((c) => c.load("CREATE (n:Entity {id: 'e2e-should-not-exist'}) RETURN n")),
    );
    await page.getByTestId('cypher-run').click();
    await page.locator('[data-testid="cypher-status"][data-state="error"]').waitFor();
    await expect(page.getByTestId('cypher-status').textContent()).resolves.toMatch(/^Refused: .+/);
    const { records } = await driver.executeQuery(
      "MATCH (n {id: 'e2e-should-not-exist'}) RETURN count(n) AS n",
    );
    expect(Number(records[0]!.get('n'))).toBe(0);
  });

  it('hides what falls outside the time range', async () => {
    const page = await open();
    const to = '2026-03-05';
    await page.getByTestId('filter-mode-hide').check();
    // Drag the "to" handle with the keyboard: each step is one day.
    const shown = (await page.getByTestId('time-shown').textContent())!;
    const [, max] = shown.split(' → ');
    const steps = Math.round((Date.parse(max!) - Date.parse(to)) / 86_400_000);
    expect(steps).toBeGreaterThan(0);
    await page.getByTestId('time-to').focus();
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(`new URL(location.href).searchParams.get('to') === '${to}'`);
    const edges = await page.evaluate(() =>
      window.__kg.app.cy
        .edges()
        .toArray()
        .map((e) => ({
          dates: e.data('dates') as string[],
          undated: e.data('undated') as boolean,
          hidden: e.hasClass('filtered'),
        })),
    );
    const late = edges.filter((e) => !e.undated && e.dates.length && e.dates.every((d) => d > to));
    const early = edges.filter((e) => e.dates.some((d) => d <= to));
    expect(late.length).toBeGreaterThan(0);
    expect(early.length).toBeGreaterThan(0);
    for (const e of late) expect(e.hidden).toBe(true);
    for (const e of early) expect(e.hidden).toBe(false);
  });

  it('restores a shared URL in a new page: entities, positions, filters, selection and panel', async () => {
    const page = await open();
    await searchAndChoose(page, 'witkof', 'Steve Witkoff');
    await page.getByTestId('entity-name').filter({ hasText: 'Steve Witkoff' }).waitFor();
    await page.getByTestId('filter-label-Location').uncheck();
    // The filter and the positions reach the URL after a short pause: wait for them.
    await page.waitForFunction(
      `(q => (q.get('hl') ?? '').split('.').includes('Location') && q.has('p'))(new URL(location.href).searchParams)`,
    );
    const url = page.url();
    expect(url).toContain('sel=n%3Asteve-witkoff');
    const ids = await nodeIds(page);
    const pos = await page.evaluate(() => window.__kg.app.cy.getElementById('russia').position());

    const other = await context.browser()!.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const copy = await other.newPage();
      await copy.goto(url);
      await copy.waitForFunction(() => window.__kg?.ready === true);
      expect(await nodeIds(copy)).toEqual(ids);
      const pos2 = await copy.evaluate(() =>
        window.__kg.app.cy.getElementById('russia').position(),
      );
      expect(Math.abs(pos2.x - pos.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(pos2.y - pos.y)).toBeLessThanOrEqual(1);
      expect(await copy.evaluate(() => window.__kg.app.selection)).toEqual({
        kind: 'node',
        id: 'steve-witkoff',
      });
      await copy.getByTestId('entity-name').filter({ hasText: 'Steve Witkoff' }).waitFor();
      expect(await copy.getByTestId('filter-label-Location').isChecked()).toBe(false);
    } finally {
      await other.close();
    }
  });

  it('says when Neo4j is unavailable, keeps the canvas, and retries', async () => {
    const page = await open();
    const before = await nodeIds(page);
    // The database goes away: the API answers 503 and health says why.
    await page.route('**/api/**', (route) =>
      route.request().url().includes('/api/health')
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({
              status: 'unavailable',
              reason: 'Neo4j is not answering: connection refused',
            }),
          })
        : route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({
              error: { code: 'unavailable', message: 'The graph database is unavailable.' },
            }),
          }),
    );
    await page.keyboard.press('/');
    await page.keyboard.type('hegseth');
    const banner = page.getByTestId('banner');
    await banner.filter({ hasText: 'graph database is unavailable' }).waitFor();
    expect(await nodeIds(page)).toEqual(before);
    await page.unroute('**/api/**');
    await page.getByTestId('banner-retry').click();
    await expect(banner.isHidden()).resolves.toBe(true);
  });

  it('shows a hostile entity name as literal text and runs nothing', async () => {
    const page = await open(`?e=russia,${XSS_ID}&sel=n:${XSS_ID}&panel=details`);
    await page.getByTestId('entity-name').waitFor();
    expect(await page.getByTestId('entity-name').textContent()).toBe(XSS_NAME);
    expect(await page.evaluate(() => window.__kg.nodeIds())).toContain(XSS_ID);
    // And through search, where the name is rendered in the autocomplete list.
    await page.keyboard.press('/');
    await page.keyboard.type('onerror');
    await page.getByTestId('search-option').filter({ hasText: XSS_NAME }).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
