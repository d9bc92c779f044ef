/// <reference lib="dom" />
/**
 * Accessibility (issue 15): axe-core finds no violation in the explorer's four main states —
 * the first screen once the graph is drawn, an entity's details panel, an article open with its
 * evidence highlighted, and the Cypher console with a query's results — nor in the story view,
 * the paths panel, a relationship's details, the Add article and Duplicates screens (desktop)
 * and on a phone, in Debian's headless Chromium against the real server
 * and the seed graph. A failure prints each violated rule with the elements that break it.
 * Screenshots of each state go with the others.
 */
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './axe';
import { clearEdgePoint, openExplorer, shot, suiteExplorer } from './harness';

jest.setTimeout(240_000);

describe('accessibility (axe-core)', () => {
  const suite = suiteExplorer();
  const open = () => openExplorer(suite.context, `${suite.explorer.server.url}/`);

  /** Fails with the list of violations, so the message says what to fix and where. */
  async function expectNoViolations(page: Page, state: string): Promise<void> {
    await shot(page, `a11y-${state}`);
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');
  }

  /** Search with the keyboard, as an analyst would, and open Steve Witkoff's details. */
  async function openWitkoff(page: Page): Promise<void> {
    await page.keyboard.press('/');
    await page.keyboard.type('witkof');
    await page.getByTestId('search-option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('entity-name').filter({ hasText: 'Steve Witkoff' }).waitFor();
    await page.getByTestId('quote').first().waitFor();
  }

  it('the first screen, once the graph is drawn, and with the legend open', async () => {
    const page = await open();
    await expectNoViolations(page, 'first-screen');
    // The legend card lists the types not on the canvas too, greyed: they must stay readable.
    await page.getByTestId('legend-toggle').click();
    await page.getByTestId('legend').waitFor();
    expect(await page.locator('#legend-card li.absent').count()).toBeGreaterThan(0);
    await expectNoViolations(page, 'legend');
  });

  it('loads with no console error and no Content-Security-Policy violation', async () => {
    // Lighthouse's best-practices audits fail on either; zod's eval probe was one (zod-config.ts).
    await suite.context.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const errors: string[] = [];
    suite.context.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const page = await open();
    await openWitkoff(page);
    const csp = await page.evaluate(() => (globalThis as unknown as { __csp: string[] }).__csp);
    expect({ csp, errors }).toEqual({ csp: [], errors: [] });
  });

  it('an entity’s details panel, with a relationship’s evidence opened', async () => {
    const page = await open();
    await openWitkoff(page);
    const onDemand = page.getByTestId('evidence-on-demand').first();
    await onDemand.locator('summary').click();
    await onDemand.locator('p.evidence').first().waitFor();
    await expectNoViolations(page, 'details');
  });

  it('an article open with its evidence highlighted', async () => {
    const page = await open();
    await openWitkoff(page);
    await page.getByTestId('statement').first().getByTestId('open-source').first().click();
    await page.locator('[data-testid="article-text"] mark').first().waitFor();
    await expectNoViolations(page, 'article');
  });

  it('the Cypher console with a query run and its results shown', async () => {
    const page = await open();
    await page.getByTestId('open-cypher').click();
    await page.getByTestId('cypher-run').waitFor();
    await page
      .getByTestId('cypher-examples')
      .selectOption({ label: 'Everything Hegseth said, with dates' });
    await page.getByTestId('cypher-run').click();
    await page.locator('[data-testid="cypher-table"] tbody tr').first().waitFor();
    await expectNoViolations(page, 'console');
  });

  // Beyond the four states of issue 15: the other panels an analyst works in.
  it('the story view', async () => {
    const page = await open();
    await page.getByTestId('open-story').click();
    await page.getByTestId('story-row').first().waitFor();
    await expectNoViolations(page, 'story');
  });

  it('the paths panel with a path found', async () => {
    const page = await open();
    await page.getByTestId('open-paths').click();
    for (const [end, text, name] of [
      ['from', 'lieu', 'Ted Lieu'],
      ['to', 'putin', 'Vladimir Putin'],
    ] as const) {
      await page.getByTestId(`path-${end}-search`).fill(text);
      await page
        .getByTestId(`path-${end}-search-results`)
        .getByTestId('search-option')
        .filter({ hasText: name })
        .first()
        .click();
    }
    await page.getByTestId('paths-find').click();
    await page.getByTestId('paths-summary').waitFor();
    await expectNoViolations(page, 'paths');
  });

  it('a relationship’s details, opened by clicking its edge', async () => {
    const page = await open();
    const at = await clearEdgePoint(page, 'SAID', 'pete-hegseth');
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('edge-details').waitFor();
    await expectNoViolations(page, 'edge-details');
  });

  it('the Add article and Duplicates screens, as they open', async () => {
    const page = await open();
    await page.getByTestId('add-article').click();
    await page.getByTestId('intake-draft').waitFor();
    await expectNoViolations(page, 'intake');
    await page.getByTestId('intake-close').click();
    await page.getByTestId('open-duplicates').click();
    await page.getByTestId('duplicates-list').waitFor({ state: 'attached' });
    await page.waitForFunction(
      () =>
        !document
          .querySelector('[data-testid="duplicates-message"]')
          ?.textContent?.match(/loading/i),
    );
    await expectNoViolations(page, 'duplicates');
  });

  it('on a 390×844 phone: the first screen, and the details as a bottom sheet', async () => {
    const context = await suite.explorer.browser.newContext({
      viewport: { width: 390, height: 844 },
    });
    try {
      const page = await openExplorer(context, `${suite.explorer.server.url}/`);
      await expectNoViolations(page, 'phone');
      await page.getByTestId('top-left-toggle').click();
      await page.getByTestId('search').fill('Hegseth');
      await page.locator('.ac-item').filter({ hasText: 'Pete Hegseth' }).first().click();
      await page.getByTestId('entity-name').filter({ hasText: 'Pete Hegseth' }).waitFor();
      await expectNoViolations(page, 'phone-details');
    } finally {
      await context.close();
    }
  });
});
