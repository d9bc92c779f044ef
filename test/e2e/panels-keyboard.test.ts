/// <reference lib="dom" />
/**
 * Panels, small screens and the keyboard (issue 17): panels collapse and the canvas keeps the
 * selection in view; at 1024×768 the panels float over a full-width canvas and the toolbar keeps
 * one row; on a 390×844 phone search, details, article reading and the canvas all work with no
 * sideways scroll; skip links, focus into a panel and back, arrow keys walking the graph, a menu
 * that ignores arrow keys; and the smaller items of point 10 (paths that differ only by their
 * statement, the hub note, the toast after undo, the syntax caret, the PNG's title and legend).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { openExplorer, shot, suiteExplorer } from './harness';
import { EDGE_STYLE } from '../../client/src/graph/style';
import { TITLE_HEIGHT } from '../../client/src/export-png';

jest.setTimeout(240_000);

interface Ele {
  id: () => string;
  renderedPosition: () => { x: number; y: number };
  neighborhood: (s: string) => { map: <T>(f: (n: { id: () => string }) => T) => T[] };
  data: (k: string) => unknown;
  empty: () => boolean;
}
interface Kg {
  app: {
    selection: { kind: string; id: string } | null;
    panel: string | null;
    cy: {
      getElementById: (id: string) => Ele;
      edges: () => { map: <T>(f: (e: Ele) => T) => T[] };
      png: (o: Record<string, unknown>) => string;
    };
  };
  nodeIds: () => string[];
  exportPng: () => Promise<Blob>;
  cypher: () => Promise<{ load: (q: string) => void }>;
}

async function canvasPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const p = await page.evaluate(
    ([nid]) =>
      (window as unknown as { __kg: Kg }).__kg.app.cy.getElementById(nid!).renderedPosition(),
    [id],
  );
  return { x: box.x + p.x, y: box.y + p.y };
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(width);
}

/** The selected node's screen position lies in the canvas and outside every floating panel. */
async function selectionInView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = (window as unknown as { __kg: Kg }).__kg.app;
    if (!app.selection) return false;
    const cv = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    const p = app.cy.getElementById(app.selection.id).renderedPosition();
    const [x, y] = [cv.left + p.x, cv.top + p.y];
    if (x < cv.left || x > cv.right || y < cv.top || y > cv.bottom) return false;
    for (const id of ['left', 'right']) {
      const panel = document.getElementById(id)!;
      if (getComputedStyle(panel).position !== 'fixed') continue;
      const r = panel.getBoundingClientRect();
      if (r.width && r.height && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
        return false;
    }
    return true;
  });
}

describe('panels, small screens and the keyboard', () => {
  const suite = suiteExplorer();
  const sized = async (width: number, height: number): Promise<BrowserContext> =>
    suite.explorer.browser.newContext({ viewport: { width, height } });

  it('collapses both panels, the canvas widening and keeping the selection in view', async () => {
    const page = await openExplorer(suite.context, `${suite.explorer.server.url}/`);
    const p = await canvasPoint(page, 'russia');
    await page.mouse.click(p.x, p.y);
    await page.getByTestId('entity-name').filter({ hasText: 'Russia' }).waitFor();
    const before = (await page.getByTestId('canvas').boundingBox())!.width;
    await page.getByTestId('left-toggle').click();
    await page.getByTestId('right-toggle').click();
    await page.waitForFunction(
      (w) =>
        document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect().width > w + 500,
      before,
    );
    expect((await page.locator('#left').boundingBox())!.width).toBeLessThan(60);
    expect((await page.locator('#right').boundingBox())!.width).toBeLessThan(60);
    await expect(page.getByTestId('left-toggle').getAttribute('aria-expanded')).resolves.toBe(
      'false',
    );
    await selectionInView(page);
    await page.getByTestId('right-toggle').click();
    await page.getByTestId('entity-name').waitFor({ state: 'visible' });
    await selectionInView(page);
  });

  it('at 1024×768 floats the panels over a full-width canvas and keeps the selection clear of them', async () => {
    const context = await sized(1024, 768);
    const page = await openExplorer(context, `${suite.explorer.server.url}/`);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    expect(canvas.width).toBe(1024);
    expect((await page.locator('.topbar').boundingBox())!.height).toBeLessThanOrEqual(44);
    await noSidewaysScroll(page);
    // The node furthest right: the details panel opens over it, and the canvas moves it clear.
    const id = await page.evaluate(() => {
      const ids = (window as unknown as { __kg: Kg }).__kg.nodeIds();
      const cy = (window as unknown as { __kg: Kg }).__kg.app.cy;
      return ids.sort(
        (a, b) =>
          cy.getElementById(b).renderedPosition().x - cy.getElementById(a).renderedPosition().x,
      )[0]!;
    });
    const p = await canvasPoint(page, id);
    await page.mouse.click(p.x, p.y);
    await page.locator('#right h2').first().waitFor();
    await selectionInView(page);
    await shot(page, 'screen-1024x768');
    // Search and filters open over the canvas from the toolbar.
    await page.getByTestId('top-left-toggle').click();
    await expect(page.getByTestId('search').isVisible()).resolves.toBe(true);
    await noSidewaysScroll(page);
    await context.close();
  });

  it('on a 390×844 phone: search, details, the article and the canvas, with no sideways scroll', async () => {
    const context = await sized(390, 844);
    const page = await openExplorer(context, `${suite.explorer.server.url}/`);
    await noSidewaysScroll(page);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    expect(canvas.width).toBe(390);
    expect(canvas.height).toBeGreaterThan(600);

    await page.getByTestId('top-left-toggle').click();
    const input = page.getByTestId('search');
    await input.fill('Hegseth');
    const hit = page.locator('.ac-item').filter({ hasText: 'Pete Hegseth' }).first();
    await hit.click();
    await page.getByTestId('entity-name').filter({ hasText: 'Pete Hegseth' }).waitFor();
    const sheet = (await page.locator('#right').boundingBox())!;
    expect(sheet.width).toBe(390);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(844 + 1);
    await noSidewaysScroll(page);
    await selectionInView(page);
    await shot(page, 'screen-390x844');

    await page.getByTestId('open-source').first().click();
    const text = page.getByTestId('article-text');
    await text.waitFor();
    await expect(text.isVisible()).resolves.toBe(true);
    const t = (await text.boundingBox())!;
    expect(t.x).toBeGreaterThanOrEqual(0);
    expect(t.x + t.width).toBeLessThanOrEqual(390);
    await noSidewaysScroll(page);
    await shot(page, 'screen-390x844-article');

    // The canvas above the sheet still answers a tap.
    await page.getByTestId('right-toggle').click();
    const other = await page.evaluate(() => {
      const cy = (window as unknown as { __kg: Kg }).__kg.app.cy;
      const cv = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
      return (window as unknown as { __kg: Kg }).__kg.nodeIds().find((nid) => {
        const p = cy.getElementById(nid).renderedPosition();
        return nid !== 'pete-hegseth' && p.y > 80 && p.y < cv.height - 120 && p.x > 20 && p.x < 370;
      })!;
    });
    const q = await canvasPoint(page, other);
    await page.mouse.click(q.x, q.y);
    await page.waitForFunction(
      (nid) => (window as unknown as { __kg: Kg }).__kg.app.selection?.id === nid,
      other,
    );
    await context.close();
  });

  it('walks from the skip link to the canvas, across neighbours, into the details, to a source and back', async () => {
    const page = await openExplorer(suite.context, `${suite.explorer.server.url}/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to the graph',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cy');

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => !!(window as unknown as { __kg: Kg }).__kg.app.selection);
    const first = await page.evaluate(
      () => (window as unknown as { __kg: Kg }).__kg.app.selection!.id,
    );
    // Walking keeps the focus on the canvas and moves to a neighbour.
    let moved: string | null = null;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      moved = await page.evaluate(() => (window as unknown as { __kg: Kg }).__kg.app.selection!.id);
      if (moved !== first) break;
    }
    expect(moved).not.toBe(first);
    const neighbours = await page.evaluate(
      (nid) =>
        (window as unknown as { __kg: Kg }).__kg.app.cy
          .getElementById(nid)
          .neighborhood('node')
          .map((n) => n.id()),
      first,
    );
    expect(neighbours).toContain(moved);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cy');
    await expect(page.getByTestId('announcer').textContent()).resolves.toMatch(/neighbours?\./);

    // Enter, Tab, Enter: the first source. Enter opens it; focus follows into the article.
    await page.getByTestId('skip-sources').waitFor();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to the sources',
    );
    await page.keyboard.press('Enter');
    await expect(
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid),
    ).resolves.toBe('open-source');
    await page.keyboard.press('Enter');
    await page.getByTestId('article-title').waitFor();
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.testid === 'article-title',
    );
    // Escape: back to the details; Escape again: the panel closes and focus is on the canvas.
    await page.keyboard.press('Escape');
    await page.getByTestId('entity-name').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.id === 'cy');
  });

  it('runs nothing from the Export menu on arrow keys; the PNG has a title and a legend', async () => {
    const page = await openExplorer(suite.context, `${suite.explorer.server.url}/`);
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByTestId('export-menu').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('[role="menu"]').first().isVisible()).resolves.toBe(true);
    expect(downloads).toBe(0);
    await page.keyboard.press('Escape');
    await expect(page.locator('[role="menu"]').first().isVisible()).resolves.toBe(false);
    await page.keyboard.press('ArrowDown');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter'); // the first item: PNG
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    expect(downloads).toBe(1);

    // The exported picture: taller than the graph alone, a dark title band, and every type
    // on the canvas drawn in its colour in the legend band below the graph.
    const colours = Object.fromEntries(Object.entries(EDGE_STYLE).map(([t, s]) => [t, s.color]));
    const found = await page.evaluate(
      async ([palette, titleHeight]) => {
        const k = (window as unknown as { __kg: Kg }).__kg;
        const graph = new Image();
        graph.src = k.app.cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff' });
        await graph.decode();
        const bitmap = await createImageBitmap(await k.exportPng());
        const c = document.createElement('canvas');
        c.width = bitmap.width;
        c.height = bitmap.height;
        const g = c.getContext('2d')!;
        g.drawImage(bitmap, 0, 0);
        const titleBand = g.getImageData(0, 0, c.width, titleHeight).data;
        let dark = 0;
        for (let i = 0; i < titleBand.length; i += 4) if (titleBand[i]! < 80) dark += 1;
        const legendTop = titleHeight + graph.height; // below the graph
        const legend = g.getImageData(0, legendTop, c.width, c.height - legendTop).data;
        const seen = new Set<string>();
        for (let i = 0; i < legend.length; i += 4) {
          const hex = `#${[legend[i]!, legend[i + 1]!, legend[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          seen.add(hex);
        }
        const types = [...new Set(k.app.cy.edges().map((e) => e.data('type') as string))];
        return {
          taller: c.height > graph.height,
          dark,
          missing: types.filter((t) => !seen.has(palette[t]!)),
          types: types.length,
        };
      },
      [colours, TITLE_HEIGHT] as const,
    );
    expect(found.taller).toBe(true);
    expect(found.dark).toBeGreaterThan(100);
    expect(found.types).toBeGreaterThan(10);
    expect(found.missing).toEqual([]);
  });

  it('tells paths through two statements apart, drops the hub note on a small graph, clears the toast on undo, and puts the syntax caret in its column', async () => {
    const page = await openExplorer(suite.context, `${suite.explorer.server.url}/`);
    await page.getByTestId('open-paths').click();
    for (const [end, name] of [
      ['from', 'Pete Hegseth'],
      ['to', 'Alleged Russian intelligence sharing with Iran'],
    ] as const) {
      await page
        .getByTestId(`path-${end}-search`)
        .fill(end === 'from' ? 'Hegseth' : 'intelligence sharing');
      await page.locator('#right .ac-item').filter({ hasText: name }).first().click();
    }
    await page.getByTestId('paths-find').click();
    const summary = page.getByTestId('paths-summary');
    await summary.waitFor();
    const rel = async () => (await summary.getByTestId('path-rel').first().textContent()) ?? '';
    // Step to a path through one of Hegseth's SAID statements (the first may be the DISMISSED).
    for (let i = 0; i < 8 && !/SAID/.test(await rel()); i++) {
      const prev = await rel();
      await page.getByTestId('paths-next').click();
      await page.waitForFunction(
        (p) => document.querySelector('[data-testid="path-rel"]')?.textContent !== p,
        prev,
      );
    }
    const one = await rel();
    expect(one).toMatch(/SAID · 2026-03-06 “.+”/);
    await expect(summary.getByTestId('path-twins').textContent()).resolves.toMatch(
      /only the statement differs/,
    );
    await page.getByTestId('paths-next').click();
    await page.waitForFunction(
      (prev) => document.querySelector('[data-testid="path-rel"]')?.textContent !== prev,
      one,
    );
    expect(await rel()).not.toBe(one);
    // 287 relationships in the seed graph: no entity can pass the 1,000 limit.
    await expect(page.getByTestId('paths-hub-note').count()).resolves.toBe(0);

    // The toast after an expansion does not outlive its undo.
    await page.goto(`${suite.explorer.server.url}/`);
    await page.waitForFunction(
      () => (window as unknown as { __kg?: { ready: boolean } }).__kg?.ready === true,
    );
    const p = await canvasPoint(page, 'vladimir-putin');
    await page.mouse.dblclick(p.x, p.y);
    const status = page.getByTestId('status');
    await status.filter({ hasText: /showing \d+ of \d+/ }).waitFor();
    await page.getByTestId('undo').click();
    await status.filter({ hasText: /^Undone/ }).waitFor();
    await expect(status.textContent()).resolves.not.toMatch(/showing/);

    // A syntax error: the caret stands under the bad word, in a monospace block.
    await page.getByTestId('open-cypher').click();
    await page.getByTestId('cypher-run').waitFor();
    await page.evaluate(() =>
      (window as unknown as { __kg: Kg }).__kg
        .cypher()
        .then((c) => c.load('MATCH (n)\n  RETRUN n')),
    );
    await page.getByTestId('cypher-run').click();
    const caret = page.getByTestId('syntax-caret');
    await caret.waitFor();
    const [line, mark] = (await caret.textContent())!.split('\n') as [string, string];
    expect(line.slice(mark.indexOf('^'))).toMatch(/^RETRUN/);
    const font = await caret.evaluate((n) => getComputedStyle(n).fontFamily);
    expect(font).toMatch(/mono/i);
  });
});
