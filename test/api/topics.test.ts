/**
 * The story view's API on the seed graph: every statement about the intelligence-sharing claim,
 * dated ones in statement-date order and undated ones apart, with speaker, stance, place,
 * outlets and articles; and the publisher in the article view.
 */
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import {
  ArticleResponse,
  DEFAULT_TOPIC,
  TopicStatementsResponse,
  TopicsResponse,
  type TopicStatement,
} from '@kg/server/contracts';
import { testDriver } from '../support/neo4j';
import { appFor } from './helpers';

let driver: Driver;
let app: ReturnType<typeof appFor>;
beforeAll(() => {
  driver = testDriver();
  app = appFor(driver);
});
afterAll(() => driver.close());

async function story(id = DEFAULT_TOPIC): Promise<TopicStatementsResponse> {
  const res = await request(app).get(`/api/topics/${id}/statements`).expect(200);
  return TopicStatementsResponse.parse(res.body);
}

const said = (list: TopicStatement[], speaker: string, quote: string) =>
  list.find((s) => s.speaker.id === speaker && s.quote === quote);

describe('GET /api/topics/:id/statements', () => {
  it('lists dated statements by statement date and the undated apart', async () => {
    const s = await story();
    expect(s.topic.id).toBe(DEFAULT_TOPIC);
    const dates = s.dated.map((x) => x.date!);
    expect(dates).toEqual([...dates].sort());
    expect(s.undated.every((x) => x.date === undefined)).toBe(true);
    expect(s.dated.length).toBeGreaterThan(5);
    expect(s.undated.length).toBeGreaterThan(5);
    // Leavitt (Fox News, Friday 2026-03-06) and Hegseth (60 Minutes, recorded that Friday)
    // downplay it the same day; Witkoff's "Let's hope they are not" has no day in its text.
    const leavitt = said(
      s.dated,
      'karoline-leavitt',
      'Whether or not this happened, frankly, it does not really matter',
    )!;
    expect(leavitt).toMatchObject({
      type: 'SAID',
      date: '2026-03-06',
      dateSource: 'external',
      stance: 'downplays',
      at: { id: 'leavitt-fox-news-interview' },
      outlets: [{ id: 'fox-news' }],
      countries: [{ id: 'united-states' }],
      articles: [{ id: '2026-03-06-leavitt-does-not-really-matter', publisher: 'The Daily Beast' }],
    });
    const hegseth = said(s.dated, 'pete-hegseth', 'We’re not concerned about that')!;
    expect(hegseth).toMatchObject({ date: '2026-03-06', stance: 'downplays' });
    expect(hegseth.outlets.map((o) => o.id)).toEqual(['sixty-minutes']);
    const witkoff = said(s.undated, 'steve-witkoff', 'Let’s hope they are not')!;
    expect(witkoff).toMatchObject({ stance: 'hedges', outlets: [{ id: 'cnbc' }] });
    expect(witkoff.articles[0]).toMatchObject({ publisher: 'Digi24' });
  });

  it('answers "who denied it" with Russia, relayed without a quote, and carries evidence spans', async () => {
    const s = await story();
    const denials = [...s.dated, ...s.undated].filter((x) => x.stance === 'denies');
    expect(denials.map((d) => [d.type, d.speaker.id])).toEqual([['DENIED', 'russia']]);
    expect(denials[0]!.quote).toBeUndefined();
    expect(denials[0]!.countries.map((c) => c.id)).toEqual(['russia']);
    const art = await request(app).get(`/api/articles/${denials[0]!.articles[0]!.id}`).expect(200);
    const text = ArticleResponse.parse(art.body).article.text;
    for (const e of denials[0]!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('lists topics with the intelligence-sharing claim first', async () => {
    const res = await request(app).get('/api/topics').expect(200);
    const { topics } = TopicsResponse.parse(res.body);
    expect(topics[0]!.topic.id).toBe(DEFAULT_TOPIC);
    expect(topics[0]!.statements).toBe(
      (await story()).dated.length + (await story()).undated.length,
    );
  });

  it('answers 404 for an unknown topic and 400 for an id that is not a slug', async () => {
    await request(app).get('/api/topics/no-such-topic/statements').expect(404);
    const bad = await request(app).get('/api/topics/Not%20A%20Slug/statements').expect(400);
    expect(bad.body.error.message).toMatch(/id/);
  });

  it('is in the OpenAPI document', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    expect(res.body.paths['/api/topics/{id}/statements'].get.responses['200']).toBeDefined();
    expect(res.body.components.schemas.TopicStatementsResponse.type).toBe('object');
  });
});

describe('GET /api/articles/:id shows the publisher', () => {
  it('names the Outlet that PUBLISHED it, and whether the text names it', async () => {
    const res = await request(app)
      .get('/api/articles/2026-03-07-hegseth-not-concerned')
      .expect(200);
    expect(ArticleResponse.parse(res.body).article.publisher).toMatchObject({
      id: 'livemint',
      name: 'Livemint',
      source: 'external',
    });
    const none = await request(app)
      .get('/api/articles/2026-03-10-hegseth-russia-should-not-be-involved')
      .expect(200);
    expect(ArticleResponse.parse(none.body).article.publisher).toBeUndefined();
  });
});
