/**
 * What the engine knows before it reads an article: the entity registry and the curated
 * extractions (read and validated with the seed loaders), and the gazetteer built from them.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  DomainError,
  EntityRegistry,
  ExtractionFile,
  type EntitySeed,
  type ExtractionFile as Extraction,
} from '@kg/server/contracts';
import { formatSeedError, readYamlFile } from '../ingest/yaml-file';
import { buildGazetteer, type Gazetteer } from './gazetteer';

export interface DraftContext {
  entities: EntitySeed[];
  byId: Map<string, EntitySeed>;
  /** Curated extractions by article id: known standing facts (roles, alliances) come from here. */
  extractions: Extraction[];
  gazetteer: Gazetteer;
}

export class DraftContextError extends DomainError {
  constructor(message: string) {
    super('invalid_seeds', message);
    this.name = 'DraftContextError';
  }
}

/** A context over any registry and extractions (the eval cuts the registry down per article). */
export function createDraftContext(
  entities: EntitySeed[],
  extractions: Extraction[] = [],
): DraftContext {
  return {
    entities,
    byId: new Map(entities.map((e) => [e.id, e])),
    extractions,
    gazetteer: buildGazetteer(entities),
  };
}

/** Reads `<seedsDir>/entities.yaml` and `<seedsDir>/extractions/*.yaml`; throws on invalid files. */
export function loadDraftContext(seedsDir: string): DraftContext {
  const registry = readYamlFile(path.join(seedsDir, 'entities.yaml'), EntityRegistry, {
    itemsKey: 'entities',
  });
  if (!registry.data) {
    throw new DraftContextError(
      `cannot read the entity registry: ${registry.errors.map(formatSeedError).join('; ')}`,
    );
  }
  const dir = path.join(seedsDir, 'extractions');
  const extractions: Extraction[] = [];
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
  for (const f of files.sort()) {
    const read = readYamlFile(path.join(dir, f), ExtractionFile, { itemsKey: 'relationships' });
    // A file that fails validation (for instance an unreviewed draft) teaches nothing.
    if (read.data) extractions.push(read.data);
  }
  return createDraftContext(registry.data.entities, extractions);
}
