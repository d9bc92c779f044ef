/// <reference lib="dom" />
/**
 * The details panel lists the first relationships of each group (DETAILS_ITEMS_PER_GROUP) and
 * pages through the rest on demand ("Show more", the neighbours endpoint's cursor), each
 * relationship once. Pete Hegseth's SAID group in the seed graph is longer than the first page.
 */
import type { Page } from 'playwright-core';
import { DETAILS_ITEMS_PER_GROUP } from '../../server/src/db/entity-repository';
import { openExplorer, shot, suiteExplorer } from './harness';

jest.setTimeout(180_000);

declare const window: {
  __kg: {
    app: {
      cy: { getElementById: (id: string) => { renderedPosition: () => { x: number; y: number } } };
    };
  };
};

async function clickNode(page: Page, id: string): Promise<void> {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const p = await page.evaluate(
    (nid) => window.__kg.app.cy.getElementById(nid).renderedPosition(),
    id,
  );
  await page.mouse.click(canvas.x + p.x, canvas.y + p.y);
}

describe('details: a long group pages on demand', () => {
  const suite = suiteExplorer();

  it('shows the first relationships of a group, then the rest with "Show more", each once', async () => {
    const page = await openExplorer(suite.context, `${suite.explorer.server.url}/`);
    await clickNode(page, 'pete-hegseth');
    await page.getByTestId('entity-name').filter({ hasText: 'Pete Hegseth' }).waitFor();
    const sections = page.locator('section.rel-group');
    await sections
      .filter({ has: page.getByTestId('group-more') })
      .first()
      .waitFor();
    // Held by position: the button (what finds the group) goes once the group is complete.
    const at = await sections.evaluateAll((all) =>
      all.findIndex((s) => s.querySelector('[data-testid="group-more"]')),
    );
    const group = sections.nth(at);
    const heading = (await group.locator('h3').textContent()) ?? '';
    const total = Number(/→ (\d+)/.exec(heading)?.[1]);
    expect(total).toBeGreaterThan(DETAILS_ITEMS_PER_GROUP);
    await expect(group.getByTestId('statement').count()).resolves.toBe(DETAILS_ITEMS_PER_GROUP);
    await expect(group.getByTestId('group-more').textContent()).resolves.toContain(
      `${total - DETAILS_ITEMS_PER_GROUP} not listed`,
    );

    await group.getByTestId('group-more').click();
    await group.getByTestId('group-more').waitFor({ state: 'detached' });
    const items = await group
      .getByTestId('statement')
      .evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(items).toHaveLength(total);
    expect(new Set(items).size).toBe(total);
    await expect(group.locator('h3').textContent()).resolves.not.toContain('showing');
    await shot(page, 'details-show-more');
  });
});
