/**
 * The endpoints the explorer's second round needs, against the seed graph: the subgraph among
 * given nodes (what a shared link restores).
 */
import request from 'supertest';
import { GraphResponse, SchemaResponse, SearchResponse } from '@kg/server/contracts';
import { suiteApp } from './helpers';

const HEGSETH_ARTICLE = '2026-03-07-hegseth-not-concerned';

describe('endpoints for shared views, search and statements', () => {
  const suite = suiteApp();

  it('GET /api/graph?among=true gives exactly the named nodes, articles included, and every relationship among them', async () => {
    const ids = ['pete-hegseth', 'russia', 'iran', HEGSETH_ARTICLE, 'no-such-node'];
    const res = await request(suite.app)
      .get(`/api/graph?among=true&ids=${ids.join(',')}`)
      .expect(200);
    const g = GraphResponse.parse(res.body);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(
      ['iran', 'pete-hegseth', 'russia', HEGSETH_ARTICLE].sort(),
    );
    expect(g.nodes.find((n) => n.id === HEGSETH_ARTICLE)?.label).toBe('Article');
    const named = new Set(ids);
    for (const e of g.edges) {
      expect(named.has(e.source) && named.has(e.target)).toBe(true);
    }
    const { records } = await suite.driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n`,
      { ids },
    );
    expect(g.edges).toHaveLength(Number(records[0]!.get('n')));
    expect(g.edges.some((e) => e.type === 'MENTIONS' && e.source === HEGSETH_ARTICLE)).toBe(true);
  });

  it('GET /api/schema gives the first and last date of an article or event', async () => {
    const res = await request(suite.app).get('/api/schema').expect(200);
    expect(SchemaResponse.parse(res.body).dates).toEqual({
      first: '2026-02-28',
      last: '2026-03-11',
    });
  });

  it('GET /api/search?text=true finds a quote, marks its words, and finds articles by their text', async () => {
    const res = await request(suite.app).get('/api/search?q=not%20concerned&text=true').expect(200);
    const body = SearchResponse.parse(res.body);
    const hit = body.statements!.find(
      (s) => s.relationship.quote === 'We’re not concerned about that',
    );
    expect(hit).toBeDefined();
    expect(hit!.source.id).toBe('pete-hegseth');
    const { text, marks } = hit!.snippet;
    expect(marks.map(([a, b]) => text.slice(a, b))).toEqual(['not', 'concerned']);
    expect(body.articles!.map((a) => a.id)).toContain(HEGSETH_ARTICLE);
    const article = body.articles!.find((a) => a.id === HEGSETH_ARTICLE)!;
    expect(article.titleMarks.map(([a, b]) => article.title.slice(a, b))).toEqual([
      'not',
      'concerned',
    ]);
    // Without text=true the answer is names only, as before.
    const names = await request(suite.app).get('/api/search?q=not%20concerned').expect(200);
    expect(names.body.statements).toBeUndefined();
  });

  it('finds evidence sentences too, not only quotes', async () => {
    const res = await request(suite.app).get('/api/search?q=denied&text=true').expect(200);
    const body = SearchResponse.parse(res.body);
    expect(body.statements!.length).toBeGreaterThan(0);
    for (const s of body.statements!.slice(0, 3)) {
      const { text, marks } = s.snippet;
      expect(marks.length).toBeGreaterThan(0);
      expect(text.slice(marks[0]![0], marks[0]![1]).toLowerCase()).toMatch(/^deni/);
    }
  });
});
