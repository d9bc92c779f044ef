/**
 * The pure pieces of the API: the Lucene query builder, the console's text checks and plan
 * checks, the Neo4j-to-JSON mapping and the syntax-message rewrite. No database needed.
 */
import neo4j from 'neo4j-driver';
import {
  bestMatch,
  buildLuceneQuery,
  escapeLucene,
  explainsEveryWord,
  fold,
  queryTerms,
} from '../../server/src/db/lucene';
import { checkCypherPlan, checkCypherText, lexCypher } from '../../server/src/db/cypher-guard';
import { GraphCollector, toJson } from '../../server/src/db/to-json';
import { toCypherParams, withoutExplain } from '../../server/src/db/cypher-repository';
import { DomainError } from '@kg/server/contracts';

describe('Lucene query builder', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('folds case and accents, and splits like the tokenizer', () => {
    expect(fold('Putín ÉLYSÉE')).toBe('putin elysee');
    expect(queryTerms('  Pete   Hegseth! ')).toEqual(['pete', 'hegseth']);
    expect(queryTerms('U.S. Defense-Secretary')).toEqual(['u.s', 'defense', 'secretary']);
    expect(queryTerms('*** :: ~')).toEqual([]);
  });

  it('builds exact^3 OR prefix*^2 OR fuzzy~N per word, N by length', () => {
    expect(buildLuceneQuery('witkof')).toBe('(witkof^3 OR witkof*^2 OR witkof~2)');
    expect(buildLuceneQuery('Putín')).toBe('(putin^3 OR putin*^2 OR putin~1)');
    expect(buildLuceneQuery('un')).toBe('(un^3 OR un*^2)');
    expect(buildLuceneQuery('x')).toBe('(x^3)');
    expect(buildLuceneQuery('ted lieu')).toBe('(ted^3 OR ted*^2) OR (lieu^3 OR lieu*^2 OR lieu~1)');
  });

  it('leaves the near-miss clauses out of the first pass', () => {
    expect(buildLuceneQuery('ted lieu', { fuzzy: false })).toBe(
      '(ted^3 OR ted*^2) OR (lieu^3 OR lieu*^2)',
    );
  });

  it('tells a hit that explains every word (whole or prefix) from one that forgives a typo', () => {
    expect(explainsEveryWord('hegs', 'Pete Hegseth', [])).toBe(true);
    expect(explainsEveryWord('PETE hegseth', 'Pete Hegseth', [])).toBe(true);
    expect(explainsEveryWord('presssec', 'Karoline Leavitt', ['@PressSec'])).toBe(true);
    // One word from the name and one from an alias still explain the query.
    expect(explainsEveryWord('karoline presssec', 'Karoline Leavitt', ['@PressSec'])).toBe(true);
    expect(explainsEveryWord('hegsteh', 'Pete Hegseth', [])).toBe(false);
    expect(explainsEveryWord('united statse', 'United States', ['U.S.', 'USA'])).toBe(false);
    // A prefix of a word, not a piece from its middle.
    expect(explainsEveryWord('seth', 'Pete Hegseth', [])).toBe(false);
  });

  it('makes operators typed by a user plain words', () => {
    expect(buildLuceneQuery('AND OR NOT')).toBe(
      '(and^3 OR and*^2) OR (or^3 OR or*^2) OR (not^3 OR not*^2)',
    );
    expect(buildLuceneQuery('"(*')).toBeNull();
  });

  it('names the alias that explains the hit', () => {
    expect(bestMatch('hegset', 'Pete Hegseth', ['Hegseth'])).toBe('Pete Hegseth');
    expect(bestMatch('presssec', 'Karoline Leavitt', ['Leavitt', '@PressSec'])).toBe('@PressSec');
    expect(bestMatch('trump envoy', 'Steve Witkoff', ['Witkoff', 'Trump envoy'])).toBe(
      'Trump envoy',
    );
  });
});

describe('console text checks', () => {
  const refusedCode = (q: string) => {
    try {
      checkCypherText(q);
      return null;
    } catch (e) {
      return (e as DomainError).code;
    }
  };

  it('ignores keywords inside comments and strings', () => {
    expect(
      lexCypher("RETURN 'LOAD CSV' /* USE system */ // CALL db.createLabel('x')").map(
        (t) => t.text,
      ),
    ).toEqual(['RETURN', '']);
    expect(refusedCode("RETURN 'a;b' AS x; // trailing")).toBeNull();
    expect(refusedCode('RETURN "USE system" AS x')).toBeNull();
  });

  it.each([
    ['MATCH (n) RETURN n; MATCH (m) RETURN m', 'multiple_statements'],
    ["LOAD CSV FROM 'x' AS l RETURN l", 'forbidden_clause'],
    ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1', 'forbidden_clause'],
    ['USE system SHOW USERS', 'forbidden_clause'],
    ['CALL { USE system MATCH (n) RETURN n } RETURN 1', 'forbidden_clause'],
    ['SHOW CURRENT USER', 'admin_command'],
    ['GRANT ROLE admin TO x', 'admin_command'],
    ['CREATE OR REPLACE DATABASE x', 'admin_command'],
    ['CALL db.createLabel("x")', 'forbidden_procedure'],
    ['CALL `db`.`createLabel`("x")', 'forbidden_procedure'],
    ['CALL db . createLabel("x")', 'forbidden_procedure'],
    ['call DB.LABELS()', 'forbidden_procedure'], // procedure names are case-sensitive
  ])('%s -> %s', (q, code) => {
    expect(refusedCode(q)).toBe(code);
  });

  it('lets reads and allowlisted procedures through', () => {
    for (const q of [
      'MATCH (n) RETURN n',
      'CALL db.labels()',
      'CALL db.index.fulltext.queryNodes("entity_search", "x") YIELD node RETURN node',
      'MATCH (n) CALL (n) { RETURN 1 AS one } RETURN one',
      'MATCH (use) RETURN use.name',
      'MATCH (n) WHERE n.name IN ["a"] RETURN n',
    ]) {
      expect(refusedCode(q)).toBeNull();
    }
  });

  it('checks the plan: query type, procedure names, operators', () => {
    const op = (operatorType: string, details = '', children: unknown[] = []) =>
      ({ operatorType, arguments: { Details: details }, identifiers: [], children }) as never;
    expect(() =>
      checkCypherPlan('r', op('ProduceResults@neo4j', '', [op('AllNodesScan@neo4j')])),
    ).not.toThrow();
    expect(() => checkCypherPlan('w', op('Create@neo4j'))).toThrow(/read-only/);
    expect(() =>
      checkCypherPlan('s', op('ProcedureCall@neo4j', 'dbms.components() :: (name :: STRING)')),
    ).not.toThrow();
    expect(() =>
      checkCypherPlan('s', op('ProcedureCall@neo4j', 'db.clearQueryCaches() :: (value :: STRING)')),
    ).toThrow(/db\.clearQueryCaches/);
    expect(() => checkCypherPlan('s', op('CreateIndex@neo4j'))).toThrow(/read-only/);
    expect(() =>
      checkCypherPlan('r', op('ProduceResults@neo4j', '', [op('LoadCSV@neo4j')])),
    ).toThrow(/LOAD CSV/);
    expect(() => checkCypherPlan('r', op('TransactionApply@neo4j'))).toThrow(/IN TRANSACTIONS/);
    expect(() => checkCypherPlan('r', op('ShowTransactions@neo4j'))).toThrow(/SHOW/);
    expect(() => checkCypherPlan('r', op('ShowIndexes@neo4j'))).not.toThrow();
  });
});

describe('Neo4j values to JSON', () => {
  it('maps integers, temporals, points and graph objects to plain JSON', () => {
    expect(toJson(neo4j.int(42))).toBe(42);
    expect(toJson(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toJson(new neo4j.types.Date(2026, 3, 11))).toBe('2026-03-11');
    expect(toJson(new neo4j.types.DateTime(2026, 3, 11, 10, 0, 0, 0, 0))).toBe(
      '2026-03-11T10:00:00Z',
    );
    expect(toJson(new neo4j.types.Duration(0, 1, 0, 0))).toMatch(/^P1D/);
    expect(toJson(new neo4j.types.Point(neo4j.int(7203), 1, 2))).toEqual({
      srid: 7203,
      x: 1,
      y: 2,
    });
    expect(toJson(Number.NaN)).toBe('NaN');
    const a = new neo4j.types.Node(
      neo4j.int(1),
      ['Entity', 'Person'],
      { id: 'a', n: neo4j.int(3) },
      'e1',
    );
    const b = new neo4j.types.Node(neo4j.int(2), ['Entity'], { id: 'b' }, 'e2');
    const r = new neo4j.types.Relationship(
      neo4j.int(9),
      neo4j.int(1),
      neo4j.int(2),
      'SAID',
      { d: new neo4j.types.Date(2026, 1, 2) },
      'r9',
      'e1',
      'e2',
    );
    expect(toJson(a)).toEqual({
      elementId: 'e1',
      labels: ['Entity', 'Person'],
      properties: { id: 'a', n: 3 },
    });
    expect(toJson(r)).toEqual({
      elementId: 'r9',
      type: 'SAID',
      startElementId: 'e1',
      endElementId: 'e2',
      properties: { d: '2026-01-02' },
    });
    const path = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
    expect(toJson(path)).toMatchObject({
      nodes: [{ elementId: 'e1' }, { elementId: 'e2' }],
      relationships: [{ elementId: 'r9' }],
    });

    const g = new GraphCollector();
    g.add([{ deep: [path] }, a, r]);
    expect([...g.nodes.keys()].sort()).toEqual(['e1', 'e2']);
    expect([...g.relationships.keys()]).toEqual(['r9']);
    expect(JSON.stringify(toJson({ list: [a, path], m: { x: neo4j.int(1) } }))).not.toMatch(
      /low|high/,
    );
  });

  it('turns whole-number parameters into Cypher integers', () => {
    const p = toCypherParams({ n: 5, f: 1.5, list: [1, 'a'], m: { k: 2 } }) as Record<
      string,
      unknown
    >;
    expect(neo4j.isInt(p.n)).toBe(true);
    expect(p.f).toBe(1.5);
    expect(neo4j.isInt((p.list as unknown[])[0])).toBe(true);
    expect(neo4j.isInt((p.m as Record<string, unknown>).k)).toBe(true);
  });

  it('rewrites syntax messages to point into the user\u2019s text', () => {
    const msg = [
      "Invalid input 'RETRUN': expected ... (line 1, column 19 (offset: 18))",
      '"EXPLAIN MATCH (n) RETRUN n"',
      '                  ^',
    ].join('\n');
    expect(withoutExplain(msg).split('\n')).toEqual([
      "Invalid input 'RETRUN': expected ... (line 1, column 11 (offset: 10))",
      '"MATCH (n) RETRUN n"',
      '          ^',
    ]);
  });
});
