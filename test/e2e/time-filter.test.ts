/**
 * The time range filters statements by their own dates (issue 17): bundles split, undated
 * statements follow an explicit choice, the slider spans the graph's first to last date, the
 * counts follow, and an expansion does not widen the range.
 */
import type { Page } from 'playwright-core';
import { openExplorer, suiteExplorer } from './harness';

jest.setTimeout(120_000);

type Edge = { id: () => string; data: (k: string) => unknown; hasClass: (c: string) => boolean };
declare const window: {
  __kg: {
    app: {
      cy: { edges: () => { map: <T>(f: (e: Edge) => T) => T[] } };
      scene: { relationships: Map<string, { date?: string }> };
      expand: (id: string) => Promise<void>;
      select: (s: { kind: 'edge'; id: string }) => void;
    };
  };
};
declare const location: { href: string };

const LEAVITT_0305 = 'said:karoline-leavitt>iran:77e834ed760c';
const LEAVITT_UNDATED = 'said:karoline-leavitt>iran:635c05bd6532';

/** Each drawn edge: its statements with their dates, and whether the filters hide it. */
const edges = (page: Page) =>
  page.evaluate(() => {
    const app = window.__kg.app;
    return app.cy.edges().map((e) => ({
      id: e.id(),
      hidden: e.hasClass('filtered'),
      rels: (e.data('relIds') as string[]).map((id) => ({
        id,
        date: app.scene.relationships.get(id)?.date,
      })),
    }));
  });

/** Moves a range handle with the keyboard, one day per key press. */
async function slide(page: Page, handle: 'from' | 'to', days: number): Promise<void> {
  await page.getByTestId(`time-${handle}`).focus();
  const key = days > 0 ? 'ArrowRight' : 'ArrowLeft';
  for (let i = 0; i < Math.abs(days); i++) await page.keyboard.press(key);
}

describe('the time range', () => {
  const suite = suiteExplorer();

  it("2026-03-08..03-10 hides Leavitt's 03-05 statement, splits its bundle and updates the counts", async () => {
    const page = await openExplorer(suite.context, `${suite.explorer.server.url}/`);
    const shown = page.getByTestId('time-shown');
    const [min, max] = (await shown.textContent())!.split(' → ') as [string, string];
    // The slider spans the graph's dates: the last article is from 2026-03-11.
    expect(max).toBe('2026-03-11');
    const counts = await page.getByTestId('counts').textContent();
    const before = await edges(page);
    expect(before.some((e) => e.rels.some((r) => r.id === LEAVITT_0305))).toBe(true);

    await page.getByTestId('filter-mode-hide').check();
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    await slide(page, 'from', day('2026-03-08') - day(min));
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('from') === '2026-03-08',
    );
    await slide(page, 'to', day('2026-03-10') - day(max));
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('to') === '2026-03-10',
    );

    const after = await edges(page);
    for (const e of after.filter((x) => !x.hidden))
      for (const r of e.rels)
        if (r.date) expect(r.date >= '2026-03-08' && r.date <= '2026-03-10').toBe(true);
    const holding = after.find((e) => e.rels.some((r) => r.id === LEAVITT_0305))!;
    expect(holding.hidden).toBe(true);
    // The bundle split: the undated statement stays (undated are shown), counted alone.
    const kept = after.find((e) => e.id === 'karoline-leavitt|SAID|iran')!;
    expect(kept.hidden).toBe(false);
    expect(kept.rels.map((r) => r.id)).toEqual([LEAVITT_UNDATED]);
    await expect(page.getByTestId('counts').textContent()).resolves.not.toBe(counts);
    await expect(page.getByTestId('counts').textContent()).resolves.toMatch(/of \d+ nodes/);

    // Its details list only the statement inside the range.
    await page.evaluate(() =>
      window.__kg.app.select({ kind: 'edge', id: 'karoline-leavitt|SAID|iran' }),
    );
    const panel = page.getByTestId('panel-body');
    await panel.getByText('As I said earlier', { exact: false }).first().waitFor();
    await expect(panel.textContent()).resolves.not.toContain('because President Trump');

    // Undated statements hidden by choice: the whole bundle goes.
    await page.getByTestId('time-undated').uncheck();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('undated') === 'hide');
    const strict = await edges(page);
    for (const e of strict.filter((x) => !x.hidden))
      for (const r of e.rels) expect(r.date && r.date >= '2026-03-08').toBeTruthy();

    // An expansion keeps the range as it was.
    await page.evaluate(() => window.__kg.app.expand('donald-trump'));
    await page
      .getByTestId('status')
      .filter({ hasText: /showing|neighbour/ })
      .waitFor();
    await expect(shown.textContent()).resolves.toBe('2026-03-08 → 2026-03-10');
    const q = new URL(page.url()).searchParams;
    expect([q.get('from'), q.get('to')]).toEqual(['2026-03-08', '2026-03-10']);
  });
});
