/**
 * What every browser suite needs: the built client (built here when missing), the real server on
 * a free port against the test Neo4j, and Debian's headless Chromium. Screenshots go to
 * test-results/screenshots/ (git-ignored), or to the folder KG_SCREENSHOTS names.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serve, type RunningServer } from '@kg/server';
import { testConfig, testDriver } from '../support/neo4j';

const ROOT = path.resolve(__dirname, '../..');
const CLIENT_DIR = path.join(ROOT, 'client/dist');
export const SHOTS = path.resolve(ROOT, process.env.KG_SCREENSHOTS ?? 'test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Explorer {
  driver: Driver;
  server: RunningServer;
  browser: Browser;
  close: () => Promise<void>;
}

/** `env` overrides the test configuration (e.g. SEEDS_DIR for the intake suite). */
export async function startExplorer(env: Record<string, string> = {}): Promise<Explorer> {
  if (!fs.existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', 'client', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  const driver = testDriver();
  const server = await serve({
    config: testConfig(env),
    driver,
    logger: pino({ level: 'silent' }),
    clientDir: CLIENT_DIR,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    driver,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close(1000);
    },
  };
}

/** Opens the explorer at `query` and waits until its first view is drawn. */
export async function openExplorer(
  context: BrowserContext,
  url: string,
  onDialog?: (message: string) => void,
): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (d) => {
    onDialog?.(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (globalThis as { __kg?: { ready: boolean } }).__kg?.ready === true,
    null,
    { timeout: 30_000 },
  );
  return page;
}

/**
 * Where on the page to point at one edge of `type` from `source` without hitting anything else:
 * of those edges, the one whose midpoint lies farthest from every node (label included) and every
 * other edge. A midpoint under a node or a parallel edge made a click or hover pick the other
 * element now and then, which failed CI runs at random.
 */
export async function clearEdgePoint(
  page: Page,
  type: string,
  source: string,
): Promise<{ x: number; y: number; id: string }> {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const at = await page.evaluate(
    ([type, source]) => {
      type Box = { x1: number; y1: number; x2: number; y2: number };
      type Pt = { x: number; y: number };
      interface Ele {
        id: () => string;
        data: (k: string) => unknown;
        renderedPosition: () => Pt;
        renderedMidpoint: () => Pt;
        renderedBoundingBox: (o: Record<string, boolean>) => Box;
      }
      interface Coll {
        toArray: () => Ele[];
      }
      const cy = (
        globalThis as unknown as {
          __kg: {
            app: {
              cy: { edges: () => Coll; nodes: () => Coll; getElementById: (id: string) => Ele };
            };
          };
        }
      ).__kg.app.cy;
      const edges = cy.edges().toArray();
      const nodes = cy.nodes().toArray();
      const clearance = (e: Ele): number => {
        const m = e.renderedMidpoint();
        let d = Infinity;
        for (const n of nodes) {
          const b = n.renderedBoundingBox({ includeLabels: true });
          const dx = Math.max(b.x1 - m.x, 0, m.x - b.x2);
          const dy = Math.max(b.y1 - m.y, 0, m.y - b.y2);
          d = Math.min(d, Math.hypot(dx, dy));
        }
        for (const o of edges) {
          if (o.id() === e.id()) continue;
          const a = cy.getElementById(o.data('source') as string).renderedPosition();
          const b = cy.getElementById(o.data('target') as string).renderedPosition();
          const len2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1;
          const t = Math.max(
            0,
            Math.min(1, ((m.x - a.x) * (b.x - a.x) + (m.y - a.y) * (b.y - a.y)) / len2),
          );
          d = Math.min(d, Math.hypot(m.x - (a.x + t * (b.x - a.x)), m.y - (a.y + t * (b.y - a.y))));
          const om = o.renderedMidpoint();
          d = Math.min(d, Math.hypot(m.x - om.x, m.y - om.y));
        }
        return d;
      };
      const edge = edges
        .filter((e) => e.data('type') === type && e.data('source') === source)
        .sort((a, b) => clearance(b) - clearance(a))[0];
      if (!edge) throw new Error(`no ${type} edge from ${source} on the canvas`);
      return { ...edge.renderedMidpoint(), id: edge.id() };
    },
    [type, source] as const,
  );
  return { x: canvas.x + at.x, y: canvas.y + at.y, id: at.id };
}

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/**
 * The explorer for the calling suite, and a fresh browser context (1440×900) for each test:
 * registered as jest hooks, read inside the tests.
 */
export function suiteExplorer(): { explorer: Explorer; context: BrowserContext } {
  const s = {} as { explorer: Explorer; context: BrowserContext };
  beforeAll(async () => {
    s.explorer = await startExplorer();
  });
  afterAll(async () => {
    await s.explorer?.close();
    await s.explorer?.driver.close();
  });
  beforeEach(async () => {
    s.context = await s.explorer.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: s.explorer.server.url,
    });
  });
  afterEach(async () => {
    await s.context.close();
  });
  return s;
}
