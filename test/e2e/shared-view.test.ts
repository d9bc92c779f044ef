/**
 * A link is the view (issue 17): after the first screen, an expansion that brings in articles, a
 * filter and a scrolled article, "Copy link" gives a short URL that a fresh browser opens to the
 * same nodes, the same drawn relationships and positions, with no failed request.
 */
import type { Page } from 'playwright-core';
import { openExplorer, suiteExplorer } from './harness';

jest.setTimeout(120_000);

type Cy = {
  nodes: () => {
    map: <T>(
      f: (n: {
        id: () => string;
        data: (k: string) => unknown;
        position: () => { x: number; y: number };
      }) => T,
    ) => T[];
  };
  edges: () => { map: <T>(f: (e: { id: () => string; data: (k: string) => unknown }) => T) => T[] };
};
declare const window: {
  __kg: {
    app: {
      cy: Cy;
      expand: (id: string) => Promise<void>;
      openPanel: (p: string, article?: string) => void;
    };
  };
};

// Browser globals the page functions below use (the test tsconfig has no DOM library).
type HTMLElementLike = { scrollTop: number; scrollHeight: number; clientHeight: number };
declare const location: { href: string };
declare const navigator: { clipboard: { readText: () => Promise<string> } };
declare const document: {
  querySelector: (s: string) => HTMLElementLike;
};

/** What is drawn: node ids with kinds and positions, drawn edge ids, relationship ids. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__kg.app.cy;
    return {
      nodes: cy
        .nodes()
        .map((n) => ({ id: n.id(), kind: n.data('kind') as string, ...n.position() })),
      edges: cy
        .edges()
        .map((e) => e.id())
        .sort(),
      rels: cy
        .edges()
        .map((e) => e.data('relIds') as string[])
        .flat()
        .sort(),
    };
  });

describe('a shared link', () => {
  const suite = suiteExplorer();

  it('reopens exactly the view: nodes, relationship ids, positions, articles, scroll; no 404s', async () => {
    const page = await openExplorer(suite.context, `${suite.explorer.server.url}/`);
    const first = await drawn(page);
    // An expansion that brings in Article nodes (the articles that mention Hegseth).
    await page.evaluate(() => window.__kg.app.expand('pete-hegseth'));
    await page.waitForFunction(() =>
      window.__kg.app.cy
        .nodes()
        .map((n) => n.data('kind'))
        .includes('Article'),
    );
    await page.getByTestId('filter-label-Location').uncheck();
    // Open an article and scroll half way through it.
    const article = await page.evaluate(() =>
      window.__kg.app.cy
        .nodes()
        .map((n) => (n.data('kind') === 'Article' ? n.id() : ''))
        .find(Boolean)!,
    );
    await page.evaluate((id) => window.__kg.app.openPanel('article', id), article);
    await page.getByTestId('article-text').waitFor();
    await page.getByTestId('panel-body').evaluate((el: HTMLElementLike) => {
      el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    });
    await page.waitForFunction(() => new URL(location.href).searchParams.has('as'));
    const before = await drawn(page);
    expect(before.nodes.length).toBeGreaterThan(first.nodes.length);

    await page.getByTestId('copy-link').click();
    await page.getByTestId('status').filter({ hasText: 'Link copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(suite.explorer.server.url)).toBe(true);
    // ~1,500 characters for a 60-node view with its 75 relationships and positions.
    expect(link.length).toBeLessThan(1800);

    const fresh = await suite.explorer.browser.newContext({
      viewport: { width: 1440, height: 900 },
    });
    try {
      const failed: string[] = [];
      fresh.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      const copy = await openExplorer(fresh, link);
      const after = await drawn(copy);
      expect(after.edges).toEqual(before.edges);
      expect(after.rels).toEqual(before.rels);
      expect(after.nodes.map((n) => n.id).sort()).toEqual(before.nodes.map((n) => n.id).sort());
      expect(after.nodes.filter((n) => n.kind === 'Article').length).toBeGreaterThan(0);
      const was = new Map(before.nodes.map((n) => [n.id, n]));
      for (const n of after.nodes) {
        expect(Math.abs(n.x - was.get(n.id)!.x)).toBeLessThanOrEqual(1);
        expect(Math.abs(n.y - was.get(n.id)!.y)).toBeLessThanOrEqual(1);
      }
      expect(await copy.getByTestId('filter-label-Location').isChecked()).toBe(false);
      await copy.getByTestId('article-text').waitFor();
      await copy.waitForFunction(() => {
        const el = document.querySelector('[data-testid="panel-body"]')!;
        const max = el.scrollHeight - el.clientHeight;
        return max > 0 && Math.abs(el.scrollTop / max - 0.5) < 0.05;
      });
      expect(failed).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
