/**
 * "Forgetting a mapping fails the typecheck", shown on the real types. Each `@ts-expect-error`
 * below marks a line that must NOT compile: if a change to the contract let one of them compile,
 * `npm run typecheck` (tsc -p test) would fail with "Unused '@ts-expect-error' directive". The
 * lines are the two mistakes a new stored property invites: a seed row that does not fill it,
 * and a view mapping that neither shows nor skips it. The assertions at run time show that the
 * same helpers do carry a property that is mapped.
 */
import {
  ENTITY_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  readStored,
  writeProps,
  type StoredRow,
} from '@kg/server/contracts';
import type { EntityRow, RelationshipRow } from '../../scripts/src/ingest/graph';

/** The entity table with one property added, as a developer would add it in stored.ts. */
const WITH_NICKNAME = { ...ENTITY_PROPERTIES, nickname: 'string?' } as const;

/** Validation's row type before it was taught the new property. */
function seedRowWithoutIt(row: EntityRow): StoredRow<typeof WITH_NICKNAME> {
  // @ts-expect-error  the seed row must fill every stored property (`nickname` is missing)
  return row;
}

/** A view mapping written before the property existed: it names the old keys only. */
function viewThatForgetsIt(properties: Record<string, unknown>): string | undefined {
  const {
    id,
    name,
    aliases: _aliases,
    description: _description,
    role: _role,
    date: _date,
    endDate: _endDate,
    dateSource: _dateSource,
    dateNote: _dateNote,
    alleged: _alleged,
    ...unmapped
  } = readStored(WITH_NICKNAME, properties);
  // @ts-expect-error  `nickname` is left over: the view must map it or skip it by name
  const _exhaustive: Record<string, never> = unmapped;
  return name ?? id;
}

/** The same check passes on the real table: every relationship key is named by a mapping. */
function relationshipKeysAreAllNamed(
  row: RelationshipRow,
): StoredRow<typeof RELATIONSHIP_PROPERTIES> {
  return writeProps(RELATIONSHIP_PROPERTIES, row);
}

describe('the persisted-graph contract at the type level', () => {
  it('carries a mapped property through the same helpers the writers and views use', () => {
    const props = { id: 'x', name: 'X', nickname: 'Ex' };
    expect(readStored(WITH_NICKNAME, props)).toMatchObject({ nickname: 'Ex' });
    expect(viewThatForgetsIt(props)).toBe('X');
    expect(seedRowWithoutIt).toBeInstanceOf(Function);
    expect(relationshipKeysAreAllNamed).toBeInstanceOf(Function);
  });
});
