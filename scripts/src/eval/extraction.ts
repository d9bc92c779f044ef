/**
 * `npm run eval -- extraction`: leave-one-out over the curated seeds, and the held-out texts.
 *
 * Leave-one-out: for each seed article, the registry is cut down to the entities the OTHER
 * articles' extractions use (so this article's own new entities must be proposed as new), the
 * context gets only the other extractions, the article is drafted and scored against its
 * curated extraction. Held-out: short articles written for this purpose with a hand-made gold
 * extraction each (test/fixtures/draft/held-out), drafted with the full registry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  ArticleManifest,
  EntityRegistry,
  ExtractionFile,
  type Draft,
  type EntitySeed,
} from '@kg/server/contracts';
import { articleText } from '../ingest/text';
import {
  createDraftContext,
  draftArticle,
  draftArticleWith,
  loadDraftContext,
  type DraftContext,
  type DraftExtractor,
  type DraftInput,
} from '../draft/index';
import { namesOf, scoreDraft, type Gold, type Score } from './score';
import { parseHeldOutGold } from './gold';

export interface ArticleScore {
  id: string;
  score: Score;
  ms: number;
}

function readYaml(file: string): unknown {
  return parse(fs.readFileSync(file, 'utf8'));
}

function asList(e: string | string[]): string[] {
  return typeof e === 'string' ? [e] : e;
}

/** One article to draft and the gold to score the draft against. */
export interface EvalCase {
  id: string;
  input: DraftInput;
  ctx: DraftContext;
  gold: Gold;
  /** The text the draft is scored on when it carries none. */
  text: string;
}

function scoreCase(c: EvalCase, draft: Draft, ms: number): ArticleScore {
  return { id: c.id, score: scoreDraft(draft, c.gold, draft.text ?? c.text), ms };
}

/** Each case drafted by the rule engine (synchronous). */
function runRules(cases: EvalCase[]): ArticleScore[] {
  return cases.map((c) => {
    const t0 = performance.now();
    const draft = draftArticle(c.input, c.ctx);
    return scoreCase(c, draft, performance.now() - t0);
  });
}

/** Each case drafted by any extractor, one at a time (an LLM endpoint is asked in turn). */
export async function runCases(
  cases: EvalCase[],
  extractor: DraftExtractor,
): Promise<ArticleScore[]> {
  const out: ArticleScore[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    const draft = await draftArticleWith(c.input, c.ctx, extractor);
    out.push(scoreCase(c, draft, performance.now() - t0));
  }
  return out;
}

export function leaveOneOut(seedsDir: string): ArticleScore[] {
  return runRules(leaveOneOutCases(seedsDir));
}

export function heldOut(dir: string, seedsDir: string): ArticleScore[] {
  return runRules(heldOutCases(dir, seedsDir));
}

export function leaveOneOutCases(seedsDir: string): EvalCase[] {
  const manifest = ArticleManifest.parse(readYaml(path.join(seedsDir, 'articles.yaml')));
  const registry = EntityRegistry.parse(readYaml(path.join(seedsDir, 'entities.yaml'))).entities;
  const extractions = manifest.articles.map((a) =>
    ExtractionFile.parse(readYaml(path.join(seedsDir, 'extractions', `${a.id}.yaml`))),
  );
  const uses = (x: (typeof extractions)[number]) =>
    new Set([...x.mentions, ...x.relationships.flatMap((r) => [r.from, r.to])]);
  const out: EvalCase[] = [];
  manifest.articles.forEach((a, i) => {
    const others = extractions.filter((_, k) => k !== i);
    const needed = new Set(others.flatMap((x) => [...uses(x)]));
    const cut = registry.filter((e) => needed.has(e.id));
    const ctx = createDraftContext(cut, others);
    const own = extractions[i]!;
    const content = fs.readFileSync(path.join(seedsDir, 'articles', a.file), 'utf8');
    const { text } = articleText(content);
    const entities = [...uses(own)];
    const gold: Gold = {
      entities,
      facts: own.relationships.map((r) => ({
        type: r.type,
        from: r.from,
        to: r.to,
        ...(r.quote ? { quote: r.quote } : {}),
        // A date the curators took from outside the text cannot be asked of the engine.
        ...(r.date && (r as { dateSource?: string }).dateSource !== 'external'
          ? { date: r.date }
          : {}),
        evidence: asList(r.evidence),
      })),
      unknown: new Set(entities.filter((id) => !needed.has(id))),
      names: namesOf(registry.filter((e) => entities.includes(e.id))),
    };
    out.push({
      id: a.id,
      input: { text: content, date: a.date, title: a.title, id: a.id },
      ctx,
      gold,
      text,
    });
  });
  return out;
}

export function heldOutCases(dir: string, seedsDir: string): EvalCase[] {
  const ctx = loadDraftContext(seedsDir);
  const out: EvalCase[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    const id = f.replace(/\.txt$/, '');
    const goldFile = path.join(dir, `${id}.yaml`);
    if (!fs.existsSync(goldFile))
      throw new Error(`${path.join(dir, f)} has no gold file ${goldFile}`);
    const g = parseHeldOutGold(goldFile, readYaml(goldFile));
    const content = fs.readFileSync(path.join(dir, f), 'utf8');
    const ids = new Set([...g.entities, ...g.relationships.flatMap((r) => [r.from, r.to])]);
    const names = namesOf(ctx.entities.filter((e: EntitySeed) => ids.has(e.id)));
    for (const id of ids)
      if (id.startsWith('new:')) names.set(id, [id.slice(4), ...(g.aliases?.[id] ?? [])]);
    const gold: Gold = {
      entities: [...ids],
      facts: g.relationships,
      unknown: new Set([...ids].filter((x) => x.startsWith('new:'))),
      names,
    };
    out.push({
      id,
      input: { text: content, ...(g.date ? { date: g.date } : {}), id },
      ctx,
      gold,
      text: content,
    });
  }
  return out;
}
