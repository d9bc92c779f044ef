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
