/**
 * Requests broken on the wire (what the fuzz in fuzz.test.ts found answered 500 or with a bare
 * status line): each gets a 4xx with the API's error body. No database needed: every one is
 * refused before a route runs.
 */
import http from 'node:http';
import pino from 'pino';
import request from 'supertest';
import { createApp, createDriver, loadConfig, serve, type RunningServer } from '@kg/server';
import { ErrorBody } from '@kg/server/contracts';

// Nothing listens on port 1: these requests never reach a database.
const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', LOG_LEVEL: 'silent', PORT: '0' });
const driver = createDriver({
  uri: config.NEO4J_URI!,
  user: 'neo4j',
  password: 'x',
  database: 'neo4j',
});
const app = createApp({ driver, config, logger: pino({ level: 'silent' }) });
afterAll(() => driver.close());

const post = (type: string, body: Buffer | string, encoding?: string) => {
  const r = request(app).post('/api/cypher').set('Content-Type', type);
  if (encoding) r.set('Content-Encoding', encoding);
  return r.send(body);
};

function expectErrorBody(res: { status: number; body: unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(ErrorBody.parse(res.body).error.code).toBe(code);
}

describe('bodies the JSON parser cannot read', () => {
  it('415 for a charset other than UTF-8', async () => {
    expectErrorBody(
      await post('application/json; charset=koi8-r', '{"query":"RETURN 1"}'),
      415,
      'unsupported_charset',
    );
  });

  it('415 for a content encoding it does not know', async () => {
    expectErrorBody(
      await post('application/json', '{"query":"RETURN 1"}', 'x-unknown'),
      415,
      'unsupported_encoding',
    );
  });

  it('400 for gzip that is not gzip', async () => {
    expectErrorBody(
      await post('application/json', '{"query":"RETURN 1"}', 'gzip'),
      400,
      'bad_request',
    );
  });
});

describe('requests Node refuses before Express', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve({
      config,
      driver,
      logger: pino({ level: 'silent' }),
      clientDir: '/nonexistent',
    });
  });
  afterAll(() => server.close(100));

  const raw = (path: string) =>
    new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const url = new URL(server.url);
      http
        .get({ host: url.hostname, port: url.port, path }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () =>
            resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }),
          );
        })
        .on('error', reject);
    });

  it('431 with the error body for a URL over 16 KB', async () => {
    const res = await raw(`/api/search?q=${'a'.repeat(20_000)}`);
    expect(res.type).toMatch(/^application\/json/);
    expectErrorBody({ status: res.status, body: JSON.parse(res.body) }, 431, 'request_too_large');
  });

  it('400 with the error body for a path that is not valid percent-encoding', async () => {
    const res = await raw('/api/entities/%E0%A4%A');
    expectErrorBody({ status: res.status, body: JSON.parse(res.body) }, 400, 'bad_request');
  });
});
