/**
 * Refreshes the README's screenshots from a running explorer, so test runs never rewrite them:
 *
 *   npm start                                   # or PORT=8083 NEO4J_BOLT_PORT=7690 npm start
 *   npx tsx scripts/src/docs/screenshots.ts http://127.0.0.1:8080
 *
 * Writes docs/screenshots/screen-{1440x900,1024x768,390x844}.png: the first screen with Hegseth
 * selected, at a desktop, a small laptop and a phone size (Debian's headless Chromium).
 */
import path from 'node:path';
import { chromium } from 'playwright-core';

const OUT = path.resolve(__dirname, '../../../docs/screenshots');
const SIZES = [
  [1440, 900],
  [1024, 768],
  [390, 844],
] as const;

async function main(): Promise<void> {
  const base = process.argv[2] ?? 'http://127.0.0.1:8080';
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const [width, height] of SIZES) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${base}/`);
      await page.locator('body[data-ready="true"]').waitFor();
      await page.keyboard.press('/');
      await page.keyboard.type('not concerned');
      await page
        .getByTestId('search-statement')
        .filter({ hasText: 'not concerned' })
        .first()
        .waitFor();
      const file = path.join(OUT, `screen-${width}x${height}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`${file}\n`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
