/** docs/graph-model.md lists every relationship type with the endpoints model.ts allows. */
import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_LABELS, RELATIONSHIP_RULES } from '@kg/server/contracts';
import { REPO } from './fixtures';

describe('docs/graph-model.md', () => {
  const doc = fs.readFileSync(path.join(REPO, 'docs', 'graph-model.md'), 'utf8');
  const rows = new Map(
    [...doc.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => [
      m[1]!,
      { from: m[2]!.trim(), to: m[3]!.trim() },
    ]),
  );
  it.each(Object.entries(RELATIONSHIP_RULES))(
    'documents %s as model.ts defines it',
    (type, rule) => {
      const to = rule.to.length === ENTITY_LABELS.length ? 'any entity' : rule.to.join(', ');
      expect(rows.get(type)).toEqual({ from: rule.from.join(', '), to });
    },
  );
});
