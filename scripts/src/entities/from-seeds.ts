/**
 * The duplicates report's input read from a seed folder: the registry, its dismissed pairs and
 * who each article names (mentions and relationship endpoints, after validation follows any
 * redirects). Invalid extraction files contribute nothing; the report still runs.
 */
import { loadSeeds, validateSeeds } from '../ingest/validate';
import type { DuplicateInput } from './duplicates';

export async function duplicateInputFromSeeds(
  seedsDir: string,
): Promise<DuplicateInput & { problems: number }> {
  const seeds = await loadSeeds(seedsDir);
  const { errors, graph } = await validateSeeds(seeds);
  const mentions = new Map<string, Set<string>>();
  for (const m of graph.mentions) {
    let set = mentions.get(m.article);
    if (!set) mentions.set(m.article, (set = new Set()));
    set.add(m.entity);
  }
  return {
    entities: graph.entities,
    mentions,
    distinct: seeds.distinct,
    problems: errors.length,
  };
}
