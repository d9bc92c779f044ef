/**
 * HTTP hardening that needs no database: the CSP asks browsers to upgrade to https only when
 * the page came over https; text answers (the API's JSON included) are compressed with gzip or
 * brotli; hashed assets are cached for a year and index.html is revalidated; a Host header we
 * do not serve under is refused (DNS rebinding); /api/graph refuses more than MAX_GRAPH_IDS ids.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pino from 'pino';
import request from 'supertest';
import { createApp, createDriver } from '@kg/server';
import { MAX_GRAPH_IDS } from '@kg/server/contracts';
import { loadConfig } from '@kg/server';

// Nothing listens on port 1: these requests never reach a database.
const driver = createDriver({
  uri: 'bolt://127.0.0.1:1',
  user: 'neo4j',
  password: 'x',
  database: 'neo4j',
});
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-client-'));
fs.mkdirSync(path.join(clientDir, 'assets'));
fs.writeFileSync(
  path.join(clientDir, 'index.html'),
  `<!doctype html><title>kg</title>${'<p>x</p>'.repeat(300)}`,
);
fs.writeFileSync(
  path.join(clientDir, 'assets', 'index-B6smibyH.js'),
  'console.log(1);'.repeat(200),
);
const app = (env: Record<string, string> = {}) =>
  createApp({
    driver,
    config: loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', LOG_LEVEL: 'silent', ...env }),
    logger: pino({ level: 'silent' }),
    clientDir,
  });

afterAll(async () => {
  await driver.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

describe('HTTP hardening', () => {
  it('sends upgrade-insecure-requests only over https', async () => {
    const plain = await request(app()).get('/').expect(200);
    expect(plain.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
    // Through a TLS proxy on loopback (trust proxy: loopback).
    const tls = await request(app()).get('/').set('X-Forwarded-Proto', 'https').expect(200);
    expect(tls.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
  });

  it('compresses the API JSON and the page with brotli or gzip, as the client asks', async () => {
    const server = http.createServer(app()).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    // Raw http: fetch and supertest would decompress on their own and hide the encoding.
    const raw = (p: string, encoding: string) =>
      new Promise<{ encoding: string | undefined; length?: string; cache?: string; body: Buffer }>(
        (resolve, reject) => {
          http
            .get(
              { port, host: '127.0.0.1', path: p, headers: { 'accept-encoding': encoding } },
              (res) => {
                const chunks: Buffer[] = [];
                res.on('data', (c: Buffer) => chunks.push(c));
                res.on('end', () =>
                  resolve({
                    encoding: res.headers['content-encoding'],
                    length: res.headers['content-length'],
                    cache: res.headers['cache-control'],
                    body: Buffer.concat(chunks),
                  }),
                );
              },
            )
            .on('error', reject);
        },
      );
    try {
      const br = await raw('/api/openapi.json', 'br, gzip');
      expect(br.encoding).toBe('br');
      const spec = JSON.parse(zlib.brotliDecompressSync(br.body).toString('utf8'));
      expect(spec.openapi).toMatch(/^3\./);
      const gz = await raw('/', 'gzip');
      expect(gz.encoding).toBe('gzip');
      expect(zlib.gunzipSync(gz.body).toString('utf8')).toMatch(/^<!doctype html>/);

      // Hashed assets are compressed once, ahead of time: served with a Content-Length (an
      // answer compressed on the fly is chunked), brotli when the client takes it as readily.
      const js = fs.readFileSync(path.join(clientDir, 'assets', 'index-B6smibyH.js'), 'utf8');
      let asset = await raw('/assets/index-B6smibyH.js', 'gzip, deflate, br');
      for (let i = 0; i < 50 && asset.length === undefined; i++) {
        await new Promise((r) => setTimeout(r, 20));
        asset = await raw('/assets/index-B6smibyH.js', 'gzip, deflate, br');
      }
      expect(asset).toMatchObject({
        encoding: 'br',
        length: String(asset.body.byteLength),
        cache: 'public, max-age=31536000, immutable',
      });
      expect(zlib.brotliDecompressSync(asset.body).toString('utf8')).toBe(js);
      const gzAsset = await raw('/assets/index-B6smibyH.js', 'gzip;q=1, br;q=0.5');
      expect(gzAsset.encoding).toBe('gzip');
      expect(gzAsset.length).toBe(String(gzAsset.body.byteLength));
      expect(zlib.gunzipSync(gzAsset.body).toString('utf8')).toBe(js);
      const plainAsset = await raw('/assets/index-B6smibyH.js', 'identity');
      expect(plainAsset.encoding).toBeUndefined();
      expect(plainAsset.body.toString('utf8')).toBe(js);
    } finally {
      server.close();
    }
  });

  it('caches hashed assets for a year and revalidates index.html', async () => {
    const asset = await request(app()).get('/assets/index-B6smibyH.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const page of ['/', '/index.html', '/some/deep/link']) {
      const res = await request(app()).get(page).expect(200);
      expect({ page, cache: res.headers['cache-control'] }).toEqual({ page, cache: 'no-cache' });
    }
  });

  it('refuses a Host it does not serve under, with the error body', async () => {
    const res = await request(app()).get('/api/openapi.json').set('Host', 'evil.example:8080');
    expect(res.status).toBe(421);
    expect(res.body.error.code).toBe('host_not_allowed');
    for (const host of ['localhost:8080', '127.0.0.1', '[::1]:8080']) {
      await request(app()).get('/api/openapi.json').set('Host', host).expect(200);
    }
    const lan = app({ ALLOWED_HOSTS: 'kg.lan, 10.0.0.5' });
    await request(lan).get('/api/openapi.json').set('Host', 'kg.lan:8080').expect(200);
    await request(lan).get('/api/openapi.json').set('Host', 'localhost').expect(421);
    await request(app({ HOST: 'kg.example' }))
      .get('/')
      .set('Host', 'kg.example')
      .expect(200);
  });

  it(`answers 400 for more than ${MAX_GRAPH_IDS} ids in /api/graph`, async () => {
    const ids = Array.from({ length: MAX_GRAPH_IDS + 1 }, (_, i) => `e${i}`).join(',');
    const res = await request(app()).get('/api/graph').query({ ids, among: 'true' }).expect(400);
    expect(res.body.error.message).toMatch(new RegExp(`at most ${MAX_GRAPH_IDS} ids`));
  });
});
