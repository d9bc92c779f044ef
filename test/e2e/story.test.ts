/**
 * The story view in Chromium against the real server and seed graph: the analyst opens it on the
 * intelligence-sharing claim, reads who denied and who downplayed it in date order, filters, and
 * clicks a row to read the sentence in its article. Saves story-view.png (see harness.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { openExplorer, shot, startExplorer, type Explorer } from './harness';

/** The page's DOM as the callbacks below use it (the test project has no DOM typings). */
interface Row {
  dataset: Record<string, string | undefined>;
  closest: (selector: string) => unknown;
  textContent: string | null;
}
declare const document: {
  querySelectorAll: (selector: string) => ArrayLike<Row>;
  querySelector: (selector: string) => unknown;
};
declare function getComputedStyle(element: unknown): { backgroundColor: string };

jest.setTimeout(180_000);

let explorer: Explorer;
let context: BrowserContext;
beforeAll(async () => {
  explorer = await startExplorer();
});
afterAll(async () => {
  await explorer?.close();
  await explorer?.driver.close();
});
beforeEach(async () => {
  // Wide enough for the timeline, the article reader and the left panel side by side.
  context = await explorer.browser.newContext({ viewport: { width: 1600, height: 1000 } });
});
afterEach(() => context.close());

async function openStory(): Promise<Page> {
  const page = await openExplorer(context, `${explorer.server.url}/`);
  await page.getByTestId('open-story').click();
  await page.getByTestId('story-row').first().waitFor();
  return page;
}

const rows = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="story-row"]')).map((r) => ({
      stance: r.dataset.stance!,
      date: r.dataset.date!,
      undated: !!r.closest('[data-testid="story-undated"]'),
      text: r.textContent ?? '',
    })),
  );

describe('the story view', () => {
  it('shows who denied and who downplayed the claim, in date order, undated apart', async () => {
    const page = await openStory();
    await expect(page.getByTestId('story-topic').inputValue()).resolves.toBe(
      'russia-iran-intelligence-sharing',
    );
    const all = await rows(page);
    const dated = all.filter((r) => !r.undated).map((r) => r.date);
    expect(dated.length).toBeGreaterThan(5);
    expect(dated).toEqual([...dated].sort());
    expect(all.filter((r) => r.undated).every((r) => r.date === '')).toBe(true);
    // The first to downplay it: Leavitt and Hegseth on Friday 2026-03-06.
    const downplays = all.filter((r) => r.stance === 'downplays' && !r.undated);
    expect(downplays[0]!.date).toBe('2026-03-06');
    expect(downplays.map((r) => r.text).join(' ')).toMatch(/Karoline Leavitt.*Pete Hegseth/s);
    // Denied: only Russia, relayed by Witkoff, undated.
    const denies = all.filter((r) => r.stance === 'denies');
    expect(denies).toHaveLength(1);
    expect(denies[0]).toMatchObject({ undated: true });
    expect(denies[0]!.text).toContain('Russia');
    // Stance colours differ.
    const colours = await page.evaluate(() =>
      ['denies', 'downplays', 'hedges'].map(
        (s) =>
          getComputedStyle(document.querySelector(`.story-row .stance-chip[data-stance="${s}"]`)!)
            .backgroundColor,
      ),
    );
    expect(new Set(colours).size).toBe(3);
    await shot(page, 'story-view');
  });

  it('filters by stance, person, country and outlet', async () => {
    const page = await openStory();
    const total = (await rows(page)).length;
    await page.getByTestId('story-filter-stance').selectOption('hedges');
    const hedges = await rows(page);
    expect(hedges.length).toBeGreaterThan(0);
    expect(hedges.length).toBeLessThan(total);
    expect(hedges.every((r) => r.stance === 'hedges')).toBe(true);
    await page.getByTestId('story-clear').click();
    await page.getByTestId('story-filter-person').selectOption('pete-hegseth');
    expect((await rows(page)).every((r) => r.text.includes('Pete Hegseth'))).toBe(true);
    await page.getByTestId('story-clear').click();
    await page.getByTestId('story-filter-country').selectOption('russia');
    expect((await rows(page)).map((r) => r.stance)).toEqual(['denies']);
    await page.getByTestId('story-clear').click();
    await page.getByTestId('story-filter-outlet').selectOption('cnbc');
    const cnbc = await rows(page);
    expect(cnbc.length).toBeGreaterThan(0);
    expect(cnbc.every((r) => r.text.includes('CNBC'))).toBe(true);
  });

  it('opens the article of a row with its sentence highlighted', async () => {
    const page = await openStory();
    const row = page.locator('[data-testid="story-row"][data-stance="hedges"]', {
      hasText: 'Let’s hope they are not',
    });
    const rel = await row.getAttribute('data-rel');
    await row.click();
    await page.getByTestId('article-title').waitFor();
    await expect(page.getByTestId('article-publisher').textContent()).resolves.toContain('Digi24');
    const focus = page.locator(`mark.evidence.focus[data-rel="${rel}"]`).first();
    await focus.waitFor();
    await expect(focus.textContent()).resolves.toMatch(/hope they are not/);
    await shot(page, 'story-view-article');
  });
});
