/**
 * axe-core (the rule engine behind Lighthouse's and Chrome DevTools' accessibility audits) run
 * inside the explorer's page. Its source is evaluated through the DevTools protocol rather than
 * added as a <script>, so the app's Content-Security-Policy stays exactly as served (a script tag
 * would need 'unsafe-inline', or a context that bypasses the CSP and hides its errors).
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One violated rule, with the elements that violate it (CSS selectors) and why. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Every violation of axe's default rule set (WCAG 2.0 – 2.2 A and AA, plus its best-practice
 * rules) in the page as it is now, and of `target-size` (WCAG 2.2 AA 2.5.8), which axe leaves
 * off by default but Lighthouse runs. Only AAA and deprecated rules stay off.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    interface Result {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    }
    const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<Result> } }).axe;
    const r = await axe.run({
      resultTypes: ['violations'],
      rules: { 'target-size': { enabled: true } },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' >> '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  });
}

/** The violations as lines a failing test can print: rule, impact, help, then each element. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target}\n      ${n.summary}`).join('\n'),
    )
    .join('\n');
}
