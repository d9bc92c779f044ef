/**
 * Big console answers are written in slices with breaks for the event loop
 * (server/src/http/json-slices.ts): the text must be exactly what JSON.stringify writes. (What
 * the breaks buy is measured, not asserted: `npm run bench -- load`, docs/benchmarks.md.)
 */
import express from 'express';
import request from 'supertest';
import { sendJsonInSlices } from '../../server/src/http/json-slices';

function appSending(body: Record<string, unknown>, texts?: string[]) {
  const app = express();
  app.get('/', async (_req, res) => {
    await sendJsonInSlices(res, body, { rows: texts, 'graph.nodes': undefined });
  });
  return app;
}

const body = {
  columns: ['r', 'name'],
  rows: Array.from({ length: 300 }, (_, i) => [
    Array.from({ length: 2000 }, (_x, j) => i * j),
    `n${i} “é” \u2028`,
  ]),
  graph: {
    nodes: [
      { id: 'a', labels: ['X'] },
      { id: 'b', labels: [] },
    ],
    edges: [],
  },
  summary: { rows: 300, truncated: false, skipped: undefined, notifications: [] },
};

it('writes exactly the text JSON.stringify writes, rows given as text or not', async () => {
  const plain = await request(appSending(body)).get('/').buffer(true);
  expect(plain.headers['content-type']).toMatch(/^application\/json/);
  expect(plain.text).toBe(JSON.stringify(body));
  const texts = body.rows.map((r) => JSON.stringify(r));
  const pre = await request(appSending(body, texts)).get('/').buffer(true);
  expect(pre.text).toBe(JSON.stringify(body));
});
