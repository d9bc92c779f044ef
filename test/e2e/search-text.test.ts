/**
 * Search finds what was said, not only who (issue 17): "not concerned" finds Hegseth's statement
 * among statements and articles, grouped, with the matched words marked; choosing it selects
 * its edge and opens its source with the evidence in view.
 */
import { openExplorer, suiteExplorer } from './harness';

jest.setTimeout(120_000);

declare const window: {
  __kg: {
    app: {
      selection: { kind: string; id: string } | null;
      edgeData: (id: string) => { relIds: string[] } | undefined;
      panel: string | null;
    };
  };
};

const STATEMENT = 'said:pete-hegseth>russia-iran-intelligence-sharing:d0063b3188cb';

describe('search over quotes, evidence and articles', () => {
  const suite = suiteExplorer();

  it('"not concerned" finds Hegseth’s statement, marked, and opens it on the canvas and in its source', async () => {
    const page = await openExplorer(suite.context, `${suite.explorer.server.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('not concerned');
    const results = page.getByTestId('search-results');
    const statement = results
      .getByTestId('search-statement')
      .filter({ hasText: 'We’re not concerned about that' });
    await statement.first().waitFor();
    await expect(statement.first().textContent()).resolves.toContain('Pete Hegseth');
    expect(await statement.first().locator('mark').allTextContents()).toEqual(['not', 'concerned']);
    const groups = await results.locator('.ac-group').allTextContents();
    expect(groups).toEqual(expect.arrayContaining(['Statements', 'Articles']));
    const article = results
      .getByTestId('search-article')
      .filter({ hasText: 'Hegseth says US "not concerned"' });
    await expect(article.first().locator('mark').first().textContent()).resolves.toBe('not');
    // Nothing in the results is markup: every mark is one the client made from ranges.
    expect(
      await results.locator('mark').evaluateAll((ms) => ms.every((m) => m.children.length === 0)),
    ).toBe(true);

    await statement.first().click();
    await page.waitForFunction((rel) => {
      const app = window.__kg.app;
      const sel = app.selection;
      return sel?.kind === 'edge' && !!app.edgeData(sel.id)?.relIds.includes(rel);
    }, STATEMENT);
    await page.getByTestId('article-title').filter({ hasText: 'not concerned' }).waitFor();
    const focused = page.locator('[data-testid="article-text"] mark.focus');
    await focused.first().waitFor();
    await expect(focused.first().isVisible()).resolves.toBe(true);
  });
});
