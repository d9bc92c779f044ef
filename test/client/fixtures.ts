/** API-shaped entities and relationships for the client's unit tests. */
import type { EntitySummary, RelationshipView } from '@kg/server/contracts';

export const node = (
  id: string,
  label: EntitySummary['label'] = 'Person',
  extra: Partial<EntitySummary> = {},
): EntitySummary => ({
  id,
  label,
  name: id.toUpperCase(),
  ...extra,
});

export const rel = (
  id: string,
  type: RelationshipView['type'],
  source: string,
  target: string,
  extra: Partial<RelationshipView> = {},
): RelationshipView => ({
  id,
  type,
  source,
  target,
  sources: ['a1'],
  evidence: [],
  ...extra,
});
