/**
 * Serves the render benchmark's built page (client/src/bench/render-page.ts, built by
 * render-bench.ts) on a free local port, and the headless Chromium it runs in. No Vite here, so
 * the browser tests can load it (test/e2e/level-of-detail.test.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0}#cy{width:1280px;height:800px}</style></head>
<body><div id="cy"></div><script type="module" src="/render-page.js"></script></body></html>`;

export function servePage(dir: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0]!;
    if (url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(PAGE);
      return;
    }
    const file = path.join(dir, path.normalize(url).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${a.port}/`, close: () => server.close() });
    }),
  );
}
