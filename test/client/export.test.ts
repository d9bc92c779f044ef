/** The Cypher export matches by ids and escapes every string it writes. */
import { cypherString, sceneToCypher } from '../../client/src/cypher-text';
import { sceneToJson } from '../../client/src/export';

describe('Cypher export', () => {
  it('escapes quotes, backslashes and control characters', () => {
    expect(cypherString("O'Brien")).toBe("'O\\'Brien'");
    expect(cypherString('back\\slash')).toBe("'back\\\\slash'");
    expect(cypherString('a"b')).toBe("'a\"b'");
    expect(cypherString('line\nbreak\t\u0001')).toBe("'line\\nbreak\\t\\u0001'");
    expect(cypherString("\\'")).toBe("'\\\\\\''");
  });

  it('recreates the scene by ids, with names that cannot break out of their literals', () => {
    const name = `Evil\\' }) DETACH DELETE n //"`;
    const cypher = sceneToCypher(
      [
        { id: 'russia', name: 'Russia', kind: 'Country' },
        { id: 'evil', name, kind: 'Person' },
      ],
      [{ relIds: ['r2', 'r1'] }, { relIds: ['r1'] }],
    );
    expect(cypher).toContain("{id: 'russia', name: 'Russia'}");
    expect(cypher).toContain(`{id: 'evil', name: 'Evil\\\\\\' }) DETACH DELETE n //"'}`);
    expect(cypher).toContain("r.id IN ['r1', 'r2']");
    expect(cypher).toMatch(/^\/\/ The scene/);
    expect(cypher).toContain('RETURN nodes, collect(r) AS relationships');
    // Every single quote in the statement is either a delimiter or escaped: strip escapes and
    // the literals must pair up.
    const unescaped = cypher.replace(/\\\\/g, '').replace(/\\'/g, '');
    expect((unescaped.match(/'/g) ?? []).length % 2).toBe(0);
  });

  it('exports JSON with the payload', () => {
    const json = JSON.parse(sceneToJson({ nodes: [{ id: 'a' }], edges: [] }));
    expect(json).toMatchObject({ nodes: [{ id: 'a' }], edges: [] });
    expect(typeof json.exportedAt).toBe('string');
  });
});
