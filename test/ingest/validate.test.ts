/**
 * Validation: the real seeds are valid, and each bad input is reported with the file, the path
 * inside it and the reason, all at once. No database involved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  formatSeedError,
  loadSeeds,
  relationshipId,
  validateSeeds,
} from '../../scripts/src/ingest/index';
import { BAD, removeVariants, MINI_SEEDS, REAL_SEEDS, shown } from './fixtures';

afterAll(removeVariants);

async function messages(dir: string): Promise<string[]> {
  const { errors } = await validateSeeds(await loadSeeds(dir));
  return errors.map(formatSeedError);
}

describe('the real seeds', () => {
  it('validate without errors', async () => {
    const result = await validateSeeds(await loadSeeds(REAL_SEEDS));
    expect(result.errors.map(formatSeedError)).toEqual([]);
  });

  it('yield evidence offsets that point at the evidence in the article text', async () => {
    const { graph } = await validateSeeds(await loadSeeds(REAL_SEEDS));
    const texts = new Map(graph.articles.map((a) => [a.id, a.text]));
    for (const r of graph.relationships) {
      expect(r.sources.length).toBeGreaterThan(0);
      r.evidence.forEach((ev, k) => {
        const text = texts.get(r.evidenceArticles[k]!)!;
        expect(text.slice(r.evidenceStarts[k], r.evidenceEnds[k])).toBe(ev);
      });
      r.quoteArticles.forEach((a, k) => {
        expect(texts.get(a)!.slice(r.quoteStarts[k], r.quoteEnds[k])).toBe(r.quote);
      });
    }
  });
});

describe('the mini fixture', () => {
  it('merges the same fact stated by two articles into one relationship with two sources', async () => {
    const { errors, graph } = await validateSeeds(await loadSeeds(MINI_SEEDS));
    expect(errors).toEqual([]);
    const reported = graph.relationships.filter((r) => r.type === 'REPORTED');
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({
      id: relationshipId('REPORTED', 'fx-daily', 'fx-summit', undefined, undefined),
      sources: ['fx-article-one', 'fx-article-two'],
      evidenceArticles: ['fx-article-one', 'fx-article-two'],
    });
  });

  it('builds stable, readable relationship ids', () => {
    const id = relationshipId(
      'SAID',
      'fx-alice',
      'fx-ruritania',
      'Let’s hope they are not',
      undefined,
    );
    // Pinned: ids are stored, and a rerun matches relationships by them.
    expect(id).toBe('said:fx-alice>fx-ruritania:a4786b844938');
    expect(
      relationshipId('SAID', 'fx-alice', 'fx-ruritania', 'Let’s hope they are not', undefined),
    ).toBe(id);
    expect(
      relationshipId('SAID', 'fx-alice', 'fx-ruritania', 'Something else', undefined),
    ).not.toBe(id);
  });
});

describe('bad inputs are reported as file: path: message', () => {
  it('an unknown entity reference', async () => {
    const dir = BAD.unknownEntity();
    expect(await messages(dir)).toEqual([
      `${shown(dir, 'extractions/fx-article-one.yaml')}: relationships[0].to: unknown entity "fx-atlantis" (not in entities.yaml) (line 6)`,
    ]);
  });

  it('a quote that is not verbatim in the article, with the nearest match', async () => {
    const dir = BAD.quoteNotInArticle();
    expect(await messages(dir)).toEqual([
      `${shown(dir, 'extractions/fx-article-one.yaml')}: relationships[0].quote: not found verbatim in article "fx-article-one"; ` +
        'nearest match (edit distance 1) at 97-120: "Let’s hope they are not" (differs only in quote marks, dashes or spacing) (line 8)',
    ]);
  });

  it('a date that does not exist', async () => {
    const dir = BAD.badDate();
    expect(await messages(dir)).toEqual([
      `${shown(dir, 'extractions/fx-article-one.yaml')}: relationships[2].date: is not a real calendar date (line 17)`,
    ]);
  });

  it('a duplicate entity id', async () => {
    const dir = BAD.duplicateId();
    expect(await messages(dir)).toEqual([
      `${shown(dir, 'entities.yaml')}: entities[4].id: duplicate entity id "fx-alice" (first at entities[0]) (line 24)`,
    ]);
  });

  it('an unknown relationship type', async () => {
    const dir = BAD.unknownType();
    const [msg, ...rest] = await messages(dir);
    expect(rest).toEqual([]);
    expect(msg).toMatch(
      new RegExp(
        `^${escape(shown(dir, 'extractions/fx-article-one.yaml'))}: relationships\\[1\\]\\.type: unknown relationship type "BROADCAST"; expected one of SAID, REPORTED, .*, LOCATED_IN \\(line 9\\)$`,
      ),
    );
  });

  it('endpoint labels the model does not allow for the type', async () => {
    const dir = BAD.wrongEndpoints();
    expect(await messages(dir)).toEqual([
      `${shown(dir, 'extractions/fx-article-one.yaml')}: relationships[2].type: PARTICIPATED_IN cannot connect Person "fx-alice" to Country "fx-ruritania" (line 13)`,
    ]);
  });

  it('a SAID without a quote', async () => {
    const dir = BAD.saidWithoutQuote();
    expect(await messages(dir)).toEqual([
      `${shown(dir, 'extractions/fx-article-one.yaml')}: relationships[0].quote: SAID needs a verbatim quote (or paraphrase: true when the article gives none) (line 4)`,
    ]);
  });

  it('a statement dated after its article', async () => {
    const dir = BAD.datedAfterArticle();
    expect(await messages(dir)).toEqual([
      `${shown(dir, 'extractions/fx-article-one.yaml')}: relationships[0].date: 2026-03-12 is after the article's date 2026-03-11: a statement or event is dated the day it happened, which cannot follow its report (line 9)`,
    ]);
  });

  it('an external date without a note', async () => {
    const dir = BAD.externalDateWithoutNote();
    expect(await messages(dir)).toEqual([
      `${shown(dir, 'extractions/fx-article-one.yaml')}: relationships[2].dateNote: an external date needs a note saying where it comes from (line 13)`,
    ]);
  });

  it('a stance outside the closed list, and a stance on something that is not a statement', async () => {
    const dir = BAD.badStances();
    const got = await messages(dir);
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(
      /relationships\[0\]\.stance: .*"asserts".*"denies".*"downplays".*"hedges".*"criticises"/,
    );
    expect(got[1]).toBe(
      `${shown(dir, 'extractions/fx-article-one.yaml')}: relationships[2].stance: only statements (REPORTED, SAID, DENIED, DISMISSED, CRITICIZED, WARNED, RESPONDED_TO) carry stance, not PARTICIPATED_IN (line 19)`,
    );
  });

  it('a publisher that is not an Outlet', async () => {
    const dir = BAD.publisherNotOutlet();
    expect(await messages(dir)).toEqual([
      `${shown(dir, 'articles.yaml')}: articles[0].publisher: "fx-alice" is a Person; a publisher is an Outlet (line 9)`,
    ]);
  });

  it('a malformed YAML file, with its line and column', async () => {
    const dir = BAD.malformedYaml();
    expect(await messages(dir)).toEqual([
      `${shown(dir, 'extractions/fx-article-two.yaml')}: line 4, column 5: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('every problem at once, across files', async () => {
    const dir = BAD.unknownEntity();
    const extraction = path.join(dir, 'extractions', 'fx-article-two.yaml');
    fs.writeFileSync(
      extraction,
      fs.readFileSync(extraction, 'utf8').replace('from: fx-daily', 'from: fx-nobody'),
    );
    const articles = path.join(dir, 'articles.yaml');
    fs.writeFileSync(
      articles,
      fs.readFileSync(articles, 'utf8').replace('date: 2026-03-12', 'date: 2026-13-01'),
    );
    const msgs = await messages(dir);
    expect(msgs).toHaveLength(4);
    expect(msgs[0]).toContain('articles.yaml: articles[1].date: is not a real calendar date');
    expect(msgs[1]).toContain(
      'fx-article-one.yaml: relationships[0].to: unknown entity "fx-atlantis"',
    );
    // The article whose entry is invalid is unknown to its extraction file.
    expect(msgs[2]).toContain('fx-article-two.yaml: article: unknown article "fx-article-two"');
    expect(msgs[3]).toContain(
      'fx-article-two.yaml: relationships[0].from: unknown entity "fx-nobody"',
    );
  });

  it('reads an extraction written as JSON (the fast path) the same way', async () => {
    const dir = BAD.unknownEntity();
    const file = path.join(dir, 'extractions', 'fx-article-one.yaml');
    fs.writeFileSync(file, JSON.stringify(parse(fs.readFileSync(file, 'utf8')), null, 1));
    const msgs = await messages(dir);
    expect(msgs).toEqual([
      `${shown(dir, 'extractions/fx-article-one.yaml')}: relationships[0].to: unknown entity "fx-atlantis" (not in entities.yaml) (line 10)`,
    ]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
