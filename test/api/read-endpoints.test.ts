/**
 * The read endpoints against the seed graph that the global setup loaded: each answers with
 * real facts from the five seed articles, in the shape contracts/api.ts promises.
 */
import request from 'supertest';
import {
  ArticleResponse,
  EntityDetailsResponse,
  RelationshipEvidenceResponse,
  GraphResponse,
  NeighborsResponse,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  TimelineResponse,
} from '@kg/server/contracts';
import { suiteApp } from './helpers';

const WITKOFF_ARTICLE = '2026-03-11-witkoff-lets-hope-they-are-not';

describe('read endpoints on the seed graph', () => {
  const suite = suiteApp();

  describe('GET /api/search', () => {
    it.each([
      ['witkof', 'steve-witkoff'],
      ['hegset', 'pete-hegseth'],
      ['putín', 'vladimir-putin'],
      ['PUTIN', 'vladimir-putin'],
      ['leav', 'karoline-leavitt'],
      ['Ted Lieu', 'ted-lieu'],
      // An exact name beats entities that repeat the word in many aliases (Russia-Ukraine war).
      ['russia', 'russia'],
      ['Iran', 'iran'],
      // Typos: no hit explains every word, so the typo-forgiving second pass runs.
      ['hegsteh', 'pete-hegseth'],
      ['united statse', 'united-states'],
    ])('"%s" ranks %s first', async (q, id) => {
      const res = await request(suite.app).get('/api/search').query({ q }).expect(200);
      const body = SearchResponse.parse(res.body);
      expect(body.results[0]?.entity.id).toBe(id);
    });

    it('says which alias matched and filters by label', async () => {
      const res = await request(suite.app).get('/api/search').query({ q: 'PressSec' }).expect(200);
      expect(res.body.results[0]).toMatchObject({
        entity: { id: 'karoline-leavitt' },
        matched: '@PressSec',
      });
      const events = await request(suite.app)
        .get('/api/search')
        .query({ q: 'witkoff', labels: 'Event', limit: 50 })
        .expect(200);
      expect(events.body.results.length).toBeGreaterThan(0);
      expect(
        events.body.results.every((r: { entity: { label: string } }) => r.entity.label === 'Event'),
      ).toBe(true);
    });

    it('answers 200 with [] when nothing matches, and treats Lucene syntax as text', async () => {
      for (const q of ['zzzzqqqxxx', 'AND OR NOT', '"unbalanced', 'a:b~ (x', '*', '\\']) {
        const res = await request(suite.app).get('/api/search').query({ q }).expect(200);
        expect(Array.isArray(res.body.results)).toBe(true);
      }
      const none = await request(suite.app)
        .get('/api/search')
        .query({ q: 'zzzzqqqxxx' })
        .expect(200);
      expect(none.body.results).toEqual([]);
    });
  });

  describe('GET /api/entities/:id', () => {
    it("lists Witkoff's SAID quote \u201cLet\u2019s hope they are not\u201d with its article and evidence span", async () => {
      const res = await request(suite.app).get('/api/entities/steve-witkoff').expect(200);
      const body = EntityDetailsResponse.parse(res.body);
      expect(body.entity).toMatchObject({
        id: 'steve-witkoff',
        label: 'Person',
        name: 'Steve Witkoff',
      });
      expect(body.entity.aliases).toContain('Witkoff');
      const said = body.groups.find((g) => g.type === 'SAID' && g.direction === 'out');
      const item = said?.items.find((i) => i.relationship.quote === 'Let\u2019s hope they are not');
      expect(item).toBeDefined();
      expect(item!.relationship.sources).toContain(WITKOFF_ARTICLE);
      expect(item!.relationship.source).toBe('steve-witkoff');
      expect(item!.other.id).toBe(item!.relationship.target);
      // Evidence on demand: the list counts it, the relationship's own endpoint has it.
      expect(item!.relationship.evidence).toEqual([]);
      expect(item!.relationship.evidenceCount).toBeGreaterThan(0);
      const ev = await request(suite.app)
        .get(`/api/relationships/${encodeURIComponent(item!.relationship.id)}/evidence`)
        .expect(200);
      const evidence = RelationshipEvidenceResponse.parse(ev.body);
      expect(evidence).toMatchObject({ id: item!.relationship.id, type: 'SAID' });
      expect(evidence.source).toBe('steve-witkoff');
      expect(evidence.evidence).toHaveLength(item!.relationship.evidenceCount!);
      const span = evidence.evidence.find((e) => e.articleId === WITKOFF_ARTICLE);
      expect(span).toBeDefined();
      expect(span!.end - span!.start).toBe(span!.text.length);
      expect(body.articles.map((a) => a.id)).toContain(WITKOFF_ARTICLE);
      // Group counts are the true totals.
      expect(body.groups.reduce((n, g) => n + g.count, 0)).toBeLessThanOrEqual(body.entity.degree);
    });

    it('evidence=all: the evidence of every listed relationship, what its own endpoint answers', async () => {
      const lean = await request(suite.app).get('/api/entities/russia').expect(200);
      const full = await request(suite.app).get('/api/entities/russia?evidence=all').expect(200);
      const leanBody = EntityDetailsResponse.parse(lean.body);
      const fullBody = EntityDetailsResponse.parse(full.body);
      expect(fullBody.groups.map((g) => g.items.length)).toEqual(
        leanBody.groups.map((g) => g.items.length),
      );
      let checked = 0;
      for (const [gi, g] of fullBody.groups.entries()) {
        for (const [ii, { relationship }] of g.items.entries()) {
          const leanRel = leanBody.groups[gi]!.items[ii]!.relationship;
          expect(relationship.evidenceCount).toBeUndefined();
          expect(leanRel.evidenceCount).toBe(relationship.evidence.length);
          expect({ ...leanRel, evidence: relationship.evidence, evidenceCount: undefined }).toEqual(
            {
              ...relationship,
              evidenceCount: undefined,
            },
          );
          if (checked++ < 5) {
            const one = await request(suite.app)
              .get(`/api/relationships/${encodeURIComponent(relationship.id)}/evidence`)
              .expect(200);
            expect(one.body.evidence).toEqual(relationship.evidence);
          }
        }
      }
      expect(checked).toBeGreaterThan(5);
      expect(full.text.length).toBeGreaterThan(lean.text.length);
      await request(suite.app).get('/api/relationships/no-such-rel/evidence').expect(404);
      await request(suite.app).get('/api/entities/russia?evidence=some').expect(400);
    });

    it('evidence offsets point at the evidence text in the article', async () => {
      const entity = await request(suite.app)
        .get('/api/entities/steve-witkoff?evidence=all')
        .expect(200);
      const article = await request(suite.app).get(`/api/articles/${WITKOFF_ARTICLE}`).expect(200);
      const text: string = article.body.article.text;
      for (const g of entity.body.groups) {
        for (const { relationship } of g.items) {
          for (const e of relationship.evidence) {
            if (e.articleId === WITKOFF_ARTICLE) expect(text.slice(e.start, e.end)).toBe(e.text);
          }
        }
      }
    });

    it('answers 404 for an unknown id', async () => {
      const res = await request(suite.app).get('/api/entities/no-such-entity').expect(404);
      expect(res.body.error.code).toBe('not_found');
    });
  });

  describe('GET /api/entities/:id/neighbors', () => {
    it('pages through all neighbours with the cursor, totals matching the counts', async () => {
      const first = await request(suite.app)
        .get('/api/entities/russia/neighbors')
        .query({ limit: 7 })
        .expect(200);
      const body = NeighborsResponse.parse(first.body);
      const total = body.counts.reduce((n, c) => n + c.count, 0);
      expect(body.total).toBe(total);
      expect(body.returned).toBe(7);
      const seen = new Set(body.edges.map((e) => e.id));
      let cursor = body.nextCursor;
      let pages = 1;
      while (cursor) {
        const next = await request(suite.app)
          .get('/api/entities/russia/neighbors')
          .query({ limit: 7, cursor })
          .expect(200);
        for (const e of next.body.edges) {
          expect(seen.has(e.id)).toBe(false);
          seen.add(e.id);
        }
        cursor = next.body.nextCursor;
        pages++;
        expect(pages).toBeLessThan(100);
      }
      expect(seen.size).toBe(total);
    });

    it('filters by type, direction and label', async () => {
      const res = await request(suite.app)
        .get('/api/entities/russia/neighbors')
        .query({ types: 'LEADS', direction: 'in', labels: 'Person' })
        .expect(200);
      expect(res.body.edges.map((e: { source: string }) => e.source)).toContain('vladimir-putin');
      for (const e of res.body.edges) expect(e).toMatchObject({ type: 'LEADS', target: 'russia' });
      expect(res.body.counts).toEqual([{ type: 'LEADS', direction: 'in', count: res.body.total }]);
    });

    it('answers 404 for an unknown id and 400 for a forged cursor', async () => {
      await request(suite.app).get('/api/entities/nope/neighbors').expect(404);
      const res = await request(suite.app)
        .get('/api/entities/russia/neighbors')
        .query({ cursor: Buffer.from('{"g":0,"o":1,"f":"x"}').toString('base64url') })
        .expect(400);
      expect(res.body.error.message).toMatch(/cursor/);
    });
  });

  describe('GET /api/paths', () => {
    it('finds short paths from Ted Lieu to Vladimir Putin (at most 4 hops), without articles', async () => {
      const res = await request(suite.app)
        .get('/api/paths')
        .query({ from: 'ted-lieu', to: 'vladimir-putin' })
        .expect(200);
      const body = PathsResponse.parse(res.body);
      expect(body.paths.length).toBeGreaterThan(0);
      for (const p of body.paths) {
        expect(p.length).toBeLessThanOrEqual(4);
        expect(p.nodes[0]).toBe('ted-lieu');
        expect(p.nodes[p.nodes.length - 1]).toBe('vladimir-putin');
        expect(p.edges).toHaveLength(p.length);
      }
      expect(body.nodes.every((n) => n.label !== 'Article')).toBe(true);
      expect(body.edges.every((e) => e.type !== 'MENTIONS')).toBe(true);
      const edgeIds = new Set(body.edges.map((e) => e.id));
      for (const p of body.paths) for (const id of p.edges) expect(edgeIds.has(id)).toBe(true);
    });

    it('answers 200 with [] when no path fits, and 404 for an unknown endpoint', async () => {
      const none = await request(suite.app)
        .get('/api/paths')
        .query({ from: 'ted-lieu', to: 'vladimir-putin', maxHops: 1 })
        .expect(200);
      expect(none.body.paths).toEqual([]);
      const res = await request(suite.app)
        .get('/api/paths')
        .query({ from: 'ted-lieu', to: 'nobody' })
        .expect(404);
      expect(res.body.error.message).toMatch(/nobody/);
    });
  });

  describe('GET /api/graph', () => {
    it('centres on Russia, Iran and the United States and the relationships among them', async () => {
      const res = await request(suite.app).get('/api/graph').expect(200);
      const body = GraphResponse.parse(res.body);
      const ids = body.nodes.map((n) => n.id);
      expect(ids).toEqual(expect.arrayContaining(['russia', 'iran', 'united-states']));
      const centres = new Set(['russia', 'iran', 'united-states']);
      expect(body.edges.some((e) => centres.has(e.source) && centres.has(e.target))).toBe(true);
      // Every edge touches a centre, every endpoint is in nodes.
      const nodeIds = new Set(ids);
      for (const e of body.edges) {
        expect(centres.has(e.source) || centres.has(e.target)).toBe(true);
        expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
      }
    });

    it('caps at limit and says so, and filters by type and label', async () => {
      const capped = await request(suite.app).get('/api/graph').query({ limit: 3 }).expect(200);
      expect(capped.body.edges).toHaveLength(3);
      expect(capped.body.truncated).toBe(true);
      const said = await request(suite.app)
        .get('/api/graph')
        .query({ types: 'SAID', labels: 'Person' })
        .expect(200);
      for (const e of said.body.edges) expect(e.type).toBe('SAID');
      for (const n of said.body.nodes) {
        if (!['russia', 'iran', 'united-states'].includes(n.id)) expect(n.label).toBe('Person');
      }
    });

    it('filters by date range (relationship date, else its articles\u2019 dates)', async () => {
      const res = await request(suite.app)
        .get('/api/graph')
        .query({ from: '2026-03-11', to: '2026-03-11' })
        .expect(200);
      expect(res.body.edges.length).toBeGreaterThan(0);
      for (const e of res.body.edges) {
        if (e.date) expect(e.date).toBe('2026-03-11');
        else expect(e.sources).toContain(WITKOFF_ARTICLE);
      }
    });
  });

  describe('GET /api/timeline', () => {
    it('lists dated events and relationships in date order', async () => {
      const res = await request(suite.app).get('/api/timeline').expect(200);
      const body = TimelineResponse.parse(res.body);
      expect(body.items.length).toBeGreaterThan(0);
      const dates = body.items.map((i) => i.date);
      expect([...dates].sort()).toEqual(dates);
      expect(
        body.items.find((i) => i.kind === 'event' && i.entity.id === 'operation-epic-fury')?.date,
      ).toBe('2026-02-28');
      const ranged = await request(suite.app)
        .get('/api/timeline')
        .query({ from: '2026-03-09', to: '2026-03-10' })
        .expect(200);
      for (const i of ranged.body.items)
        expect(i.date >= '2026-03-09' && i.date <= '2026-03-10').toBe(true);
    });
  });

  describe('GET /api/articles/:id', () => {
    it('returns the text with every evidence span, each locating its own text', async () => {
      const res = await request(suite.app).get(`/api/articles/${WITKOFF_ARTICLE}`).expect(200);
      const body = ArticleResponse.parse(res.body);
      expect(body.article.date).toBe('2026-03-11');
      const quote = body.spans.find((s) => s.quote === 'Let\u2019s hope they are not');
      expect(quote).toMatchObject({ type: 'SAID', source: 'steve-witkoff' });
      for (const s of body.spans) expect(body.article.text.slice(s.start, s.end)).toBe(s.text);
      expect(body.entities.map((e) => e.id)).toContain('steve-witkoff');
      // Same spans as a full scan of relationships would find.
      const { records } = await suite.driver.executeQuery(
        `MATCH ()-[r]->() WHERE $id IN coalesce(r.evidenceArticles, [])
         RETURN sum(size([a IN r.evidenceArticles WHERE a = $id])) AS n`,
        { id: WITKOFF_ARTICLE },
      );
      expect(body.spans).toHaveLength(Number(records[0]!.get('n')));
    });

    it('answers 404 for an unknown article', async () => {
      await request(suite.app).get('/api/articles/2000-01-01-nothing').expect(404);
    });
  });

  describe('GET /api/schema and /api/openapi.json', () => {
    it('counts labels and types from the count store, with meanings', async () => {
      const res = await request(suite.app).get('/api/schema').expect(200);
      const body = SchemaResponse.parse(res.body);
      const person = body.labels.find((l) => l.label === 'Person');
      const { records } = await suite.driver.executeQuery('MATCH (n:Person) RETURN count(n) AS n');
      expect(person?.count).toBe(Number(records[0]!.get('n')));
      const said = body.relationshipTypes.find((t) => t.type === 'SAID');
      expect(said?.count).toBeGreaterThan(0);
      expect(said?.meaning).toMatch(/verbatim/);
      expect(body.propertyKeys).toEqual(
        expect.arrayContaining(['id', 'name', 'aliases', 'evidence']),
      );
    });

    it('serves an OpenAPI 3.1 document generated from the contracts', async () => {
      const res = await request(suite.app).get('/api/openapi.json').expect(200);
      expect(res.body.openapi).toBe('3.1.0');
      expect(Object.keys(res.body.paths)).toEqual(
        expect.arrayContaining(['/api/search', '/api/entities/{id}', '/api/paths', '/api/cypher']),
      );
      const q = res.body.paths['/api/search'].get.parameters.find(
        (p: { name: string }) => p.name === 'q',
      );
      expect(q).toMatchObject({ in: 'query', required: true, schema: { type: 'string' } });
      expect(res.body.components.schemas.SearchResponse.type).toBe('object');
    });
  });
});
