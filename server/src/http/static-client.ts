/**
 * Serves the built explorer: Vite's hashed files under /assets/ never change under a given
 * name, so browsers keep them a year without asking; index.html names the current hashes and
 * is revalidated on every load, so a new build is picked up at once.
 *
 * Because a hashed file never changes, it is compressed once (brotli and gzip, in zlib's thread
 * pool, when the app is built) and served from memory: compressing the 0.8 MB bundle for every
 * request cost ~20 ms of CPU each on this machine, which the other requests waited behind when
 * it was busy (docs/benchmarks.md §5). Other files go through the app's compression middleware.
 */
import express, { type Express, type Request, type RequestHandler } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const HASHED = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+$/;

export function serveClient(app: Express, clientDir: string): void {
  app.use('/assets', precompressedAssets(path.join(clientDir, 'assets')));
  app.use(
    express.static(clientDir, {
      index: 'index.html',
      setHeaders: (res, file) => {
        res.setHeader(
          'Cache-Control',
          HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  // The explorer keeps its state in the query string; every other path is the app itself.
  app.get('/{*splat}', (_req, res) =>
    res.sendFile(path.join(clientDir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }),
  );
}

/** Text files worth compressing, and the most we keep in memory per file. */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|map|txt)$/;
const MAX_FILE_BYTES = 10_000_000;

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

type Encoding = 'br' | 'gzip';

/** The encoding to send: brotli when the client takes it as readily as gzip, else gzip. */
export function pickEncoding(req: Request): Encoding | undefined {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return undefined;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (name) q.set(name, weight === undefined ? 1 : Number(weight));
  }
  const of = (name: Encoding) => q.get(name) ?? q.get('*') ?? 0;
  if (of('br') > 0 && of('br') >= of('gzip')) return 'br';
  return of('gzip') > 0 ? 'gzip' : undefined;
}

/**
 * Serves the hashed files of `assetsDir` compressed ahead of time. Until a file's compression is
 * done (a fraction of a second after start), and for anything else, it passes the request on.
 */
function precompressedAssets(assetsDir: string): RequestHandler {
  const ready = new Map<string, Record<Encoding, Buffer>>();
  let names: string[] = [];
  try {
    names = fs.readdirSync(assetsDir);
  } catch {
    // No built client: nothing to precompress.
  }
  for (const name of names) {
    const file = path.join(assetsDir, name);
    if (!HASHED.test(file) || !COMPRESSIBLE.test(name)) continue;
    void (async () => {
      const raw = await fs.promises.readFile(file);
      if (raw.byteLength > MAX_FILE_BYTES) return;
      const [br, gz] = await Promise.all([
        brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }),
        gzip(raw, { level: 9 }),
      ]);
      ready.set(`/${name}`, { br, gzip: gz });
    })().catch(() => {
      // Unreadable: express.static answers for it as it would without this.
    });
  }
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return next();
    const file = ready.get(req.path);
    const encoding = file && pickEncoding(req);
    if (!file || !encoding) return next();
    const body = file[encoding];
    res.type(path.extname(req.path));
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.byteLength);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
