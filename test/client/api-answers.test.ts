/**
 * What the API worker answers (client/src/api-answers.ts), against a real HTTP server: a valid
 * answer parsed by its contract, a 2xx that breaks it, the server's error body, a bare error
 * status, health's 503 body, an unreachable server and an aborted call.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answer } from '../../client/src/api-answers';

let server: http.Server;
let base = '';
const routes: Record<string, { status: number; body: string }> = {
  '/api/graph': {
    status: 200,
    body: JSON.stringify({ nodes: [], edges: [], truncated: false }),
  },
  '/api/broken': { status: 200, body: JSON.stringify({ nodes: 'not a list' }) },
  '/api/missing': {
    status: 404,
    body: JSON.stringify({ error: { code: 'not_found', message: 'No entity "x".' } }),
  },
  '/api/bare': { status: 502, body: '<html>bad gateway</html>' },
  '/api/health': {
    status: 503,
    body: JSON.stringify({ status: 'unavailable', reason: 'Neo4j is not answering.' }),
  },
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (path === '/api/slow') return void setTimeout(() => res.end('{}'), 5000);
    const r = routes[path] ?? { status: 404, body: '' };
    res.writeHead(r.status, { 'content-type': 'application/json' }).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('an API answer checked off the page', () => {
  it('parses a valid answer with its contract', async () => {
    const r = await answer({ id: 1, schema: 'GraphResponse', path: `${base}/api/graph` });
    expect(r.kind).toBe('ok');
    expect(r.id).toBe(1);
  });

  it('refuses a 2xx answer that breaks its contract', async () => {
    const r = await answer({ id: 2, schema: 'GraphResponse', path: `${base}/api/broken` });
    expect(r).toEqual({ id: 2, kind: 'bad', status: 200 });
  });

  it("passes the server's error code and message on", async () => {
    const r = await answer({ id: 3, schema: 'EntityDetailsResponse', path: `${base}/api/missing` });
    expect(r).toMatchObject({
      kind: 'http',
      status: 404,
      error: { code: 'not_found', message: 'No entity "x".' },
    });
  });

  it('reports a bare error status without an error body', async () => {
    const r = await answer({ id: 4, schema: 'GraphResponse', path: `${base}/api/bare` });
    expect(r).toMatchObject({ kind: 'http', status: 502 });
    expect('error' in r && r.error).toBeFalsy();
  });

  it("reads health's body whatever its status", async () => {
    const r = await answer({
      id: 5,
      schema: 'HealthResponse',
      path: `${base}/api/health`,
      anyStatus: true,
    });
    expect(r).toMatchObject({
      kind: 'ok',
      status: 503,
      data: { status: 'unavailable', reason: 'Neo4j is not answering.' },
    });
  });

  it('tells an unreachable server from an aborted call', async () => {
    const down = await answer({ id: 6, schema: 'GraphResponse', path: 'http://127.0.0.1:1/x' });
    expect(down).toEqual({ id: 6, kind: 'network', aborted: false });
    const ctl = new AbortController();
    const pending = answer(
      { id: 7, schema: 'GraphResponse', path: `${base}/api/slow` },
      ctl.signal,
    );
    ctl.abort();
    await expect(pending).resolves.toEqual({ id: 7, kind: 'network', aborted: true });
  });
});
