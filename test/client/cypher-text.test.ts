/**
 * The client's one Cypher helper (client/src/cypher-text.ts): the console's examples name only
 * labels and types of the model and pass every value as a parameter; `label` and `rel` refuse
 * names the model does not have, even when the typecheck is bypassed.
 */
import {
  ENTITY,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '@kg/server/contracts';
import { CONSOLE_EXAMPLES, label, rel } from '../../client/src/cypher-text';

describe("the client's Cypher helper", () => {
  it('writes examples with labels and types of the model, and a parameter for each $name', () => {
    const known = new Set<string>([ENTITY, ...NODE_LABELS, ...RELATIONSHIP_TYPES]);
    expect(CONSOLE_EXAMPLES.length).toBeGreaterThan(2);
    for (const ex of CONSOLE_EXAMPLES) {
      // `(x:Label` and `[x:TYPE]`: every name after a colon inside a pattern.
      const names = [...ex.query.matchAll(/[([]\w*:(\w+)/g)].map((m) => m[1]!);
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) expect(known).toContain(n);
      const params = [...ex.query.matchAll(/\$(\w+)/g)].map((m) => m[1]!);
      for (const p of params) expect(ex.params).toHaveProperty(p);
      // No literal values in patterns: ids come as parameters.
      expect(ex.query).not.toMatch(/\{id: '/);
    }
  });

  it('refuses a label or type the model does not have', () => {
    expect(label('Person')).toBe('Person');
    expect(rel('SAID')).toBe('SAID');
    expect(() => label('Person) DETACH DELETE (n' as NodeLabel)).toThrow(/not a label/);
    expect(() => rel('SAID]->() DELETE r//' as RelationshipType)).toThrow(/not a relationship/);
  });
});
