/// <reference lib="dom" />
/**
 * An entity's statements by date (issue 17): newest or oldest first, undated last, one statement
 * written as several relationships listed once, every row naming its article by title and date
 * and opening it with the sentence highlighted; source links elsewhere name their article too;
 * the time-ordered layout draws a date axis whose ticks sit on the date columns.
 */
import type { Page } from 'playwright-core';
import { openExplorer, shot, suiteExplorer } from './harness';

jest.setTimeout(180_000);

declare const window: {
  __kg: {
    app: {
      cy: {
        getElementById: (id: string) => { renderedPosition: () => { x: number; y: number } };
        nodes: () => { map: <T>(f: (n: { renderedPosition: () => { x: number } }) => T) => T[] };
      };
    };
  };
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function clickNode(page: Page, id: string): Promise<void> {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const p = await page.evaluate(
    (nid) => window.__kg.app.cy.getElementById(nid).renderedPosition(),
    id,
  );
  await page.mouse.click(canvas.x + p.x, canvas.y + p.y);
}

async function rowDates(page: Page): Promise<string[]> {
  return page.getByTestId('timeline-row').getByTestId('row-date').allTextContents();
}

describe('statements by date', () => {
  const suite = suiteExplorer();

  it('lists Hegseth’s statements newest or oldest first, merged, each opening its article', async () => {
    const page = await openExplorer(suite.context, `${suite.explorer.server.url}/`);
    await clickNode(page, 'pete-hegseth');
    await page.getByTestId('entity-name').filter({ hasText: 'Pete Hegseth' }).waitFor();

    // By type, the source links already name their article by title and date.
    const typed = page.getByTestId('open-source');
    await typed.first().waitFor();
    for (const text of await typed.allTextContents()) expect(text).toMatch(/ · \d{4}-\d{2}-\d{2}$/);

    await page.getByTestId('details-mode-date').click();
    await page.getByTestId('timeline-row').first().waitFor();
    const newest = await rowDates(page);
    const dated = newest.filter((d) => DATE.test(d));
    expect(dated).toEqual([...dated].sort().reverse());
    // Undated statements come last, and say so.
    expect(newest.slice(dated.length).every((d) => d === 'undated')).toBe(true);
    expect(newest.length).toBeGreaterThan(dated.length);

    // "have no relevance" about China and Russia is one statement, listed once with both.
    const merged = page.getByTestId('timeline-row').filter({ hasText: 'have no relevance' });
    await expect(merged.count()).resolves.toBe(1);
    await expect(merged.textContent()).resolves.toMatch(/China.*Russia/);
    // No two rows say the same words on the same day.
    const keys = await page
      .getByTestId('timeline-row')
      .evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(new Set(keys).size).toBe(keys.length);

    // Every row names its article by title and date.
    const rows = page.getByTestId('timeline-row');
    for (let i = 0; i < (await rows.count()); i++) {
      const sources = await rows.nth(i).getByTestId('row-source').allTextContents();
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) expect(s).toMatch(/\S.* · \d{4}-\d{2}-\d{2}$/);
    }
    await shot(page, 'statements-by-date');

    await page.getByTestId('statements-oldest').click();
    await page.locator('[data-testid="statements-oldest"][aria-pressed="true"]').waitFor();
    await page.getByTestId('timeline-row').first().waitFor();
    const oldest = (await rowDates(page)).filter((d) => DATE.test(d));
    expect(oldest).toEqual([...oldest].sort());

    // Opening a row's source shows the article with that statement's sentence highlighted.
    const row = page.getByTestId('timeline-row').filter({ hasText: 'not concerned about that' });
    await row.getByTestId('row-source').first().click();
    await page.getByTestId('article-title').filter({ hasText: 'not concerned' }).waitFor();
    const focus = page.locator('[data-testid="article-text"] mark.focus');
    await focus.first().waitFor();
    await expect(focus.allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('not concerned about that')]),
    );
  });

  it('draws a date axis with the time-ordered layout, its ticks on the date columns', async () => {
    const page = await openExplorer(suite.context, `${suite.explorer.server.url}/`);
    await expect(page.getByTestId('date-axis').isVisible()).resolves.toBe(false);
    await page.getByTestId('layout-select').selectOption('time');
    const ticks = page.getByTestId('date-tick');
    await ticks.first().waitFor();
    const read = () =>
      ticks.evaluateAll((ts) =>
        ts.map((t) => ({
          date: (t as HTMLElement).dataset.date ?? '',
          x: Number.parseFloat((t as HTMLElement).style.left),
        })),
      );
    // Wait for the layout's animation to end: two reads a frame apart agree.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const left = () =>
            [...document.querySelectorAll('[data-testid="date-tick"]')]
              .map((t) => (t as HTMLElement).style.left)
              .join();
          const a = left();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(a === left())));
        }),
    );
    const axis = await read();
    const dates = axis.map((t) => t.date).filter(Boolean);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort());
    const xs = await page.evaluate(() =>
      window.__kg.app.cy.nodes().map((n) => n.renderedPosition().x),
    );
    // Every tick stands on a column of nodes.
    for (const t of axis) expect(xs.some((x) => Math.abs(x - t.x) < 1.5)).toBe(true);
    await shot(page, 'time-axis');
  });
});
