/**
 * POST /api/cypher, the analyst console: it reads, maps every Neo4j value to plain JSON and
 * collects the graph; it refuses every kind of write, administration and escape hatch (and the
 * graph is byte-for-byte unchanged afterwards); it stops runaway queries at the timeout while
 * the server keeps answering; it caps rows and rate-limits.
 */
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { CypherResponse } from '@kg/server/contracts';
import { testDriver } from '../support/neo4j';
import { graphChecksum } from '../support/graph-checksum';
import { untilQueryRuns } from '../support/wait';
import { appFor } from './helpers';

describe('POST /api/cypher', () => {
  let driver: Driver;
  let app: ReturnType<typeof appFor>;
  beforeAll(() => {
    driver = testDriver();
    app = appFor(driver, { CYPHER_RATE_LIMIT: '10000' });
  });
  afterAll(async () => {
    await driver.close();
  });

  it('returns columns, row-major plain JSON and every node and relationship, paths included', async () => {
    const res = await request(app)
      .post('/api/cypher')
      .send({
        query: `MATCH p = (w:Person {id: $id})-[r:SAID]->(t)
                RETURN w.name AS name, r.date AS date, r.evidenceStarts AS starts, p, {inner: [t]} AS nested,
                       date('2026-03-11') AS d, 9007199254740993 AS big, 1.5 AS f
                LIMIT 1`,
        params: { id: 'steve-witkoff' },
      })
      .expect(200);
    const body = CypherResponse.parse(res.body);
    expect(body.columns).toEqual(['name', 'date', 'starts', 'p', 'nested', 'd', 'big', 'f']);
    const [row] = body.rows;
    expect(row![0]).toBe('Steve Witkoff');
    expect(
      Array.isArray(row![2]) && (row![2] as unknown[]).every((n) => typeof n === 'number'),
    ).toBe(true);
    expect(row![5]).toBe('2026-03-11');
    expect(row![6]).toBe('9007199254740993'); // beyond 2^53: exact string, not a rounded number
    expect(row![7]).toBe(1.5);
    const path = row![3] as {
      nodes: { properties: { id: string } }[];
      relationships: { type: string }[];
    };
    expect(path.nodes[0]!.properties.id).toBe('steve-witkoff');
    expect(path.relationships[0]!.type).toBe('SAID');
    expect(body.graph.nodes.length).toBe(2);
    expect(body.graph.edges.length).toBe(1);
    expect(body.graph.edges[0]!.type).toBe('SAID');
    expect(body.summary).toMatchObject({ queryType: 'r', rows: 1, truncated: false });
    expect(JSON.stringify(body)).not.toMatch(/"low":|"high":/);
  });

  it('stops at CYPHER_ROW_CAP and says truncated', async () => {
    const capped = appFor(driver, { CYPHER_ROW_CAP: '50' });
    const res = await request(capped)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 1000000) AS x RETURN x' })
      .expect(200);
    expect(res.body.rows).toHaveLength(50);
    expect(res.body.summary).toMatchObject({ rows: 50, truncated: true });
  });

  it('allows the allowlisted procedures and schema SHOW commands', async () => {
    for (const query of [
      'CALL db.labels()',
      'CALL db.relationshipTypes() YIELD relationshipType RETURN count(*)',
      'CALL dbms.components()',
      "CALL db.index.fulltext.queryNodes('entity_search', 'witkoff') YIELD node RETURN node.id LIMIT 1",
      'SHOW INDEXES',
      'MATCH (n) RETURN count(n);',
      'MATCH (n) // CREATE (x)\nRETURN count(n) /* DELETE n */',
      "RETURN 'CREATE (n) ; DELETE n' AS text",
      'MATCH (use:Person) RETURN use.name AS name LIMIT 1',
    ]) {
      const res = await request(app).post('/api/cypher').send({ query });
      expect({ query, status: res.status }).toEqual({ query, status: 200 });
    }
  });

  describe('refuses, leaving the graph unchanged', () => {
    let before: string;
    beforeAll(async () => {
      before = await graphChecksum(driver, 'neo4j', { scope: 'everything' });
    });
    afterAll(async () => {
      expect(await graphChecksum(driver, 'neo4j', { scope: 'everything' })).toEqual(before);
    });

    const refused: [string, number, string][] = [
      ['CREATE (n:Hacked {at: 1}) RETURN n', 403, 'read_only'],
      ["MERGE (n:Entity {id: 'hacked'}) RETURN n", 403, 'read_only'],
      ["MATCH (n:Entity {id: 'russia'}) SET n.name = 'x'", 403, 'read_only'],
      ["MATCH (n:Entity {id: 'russia'}) SET n:Hacked", 403, 'read_only'],
      ["MATCH (n:Entity {id: 'russia'}) REMOVE n.description", 403, 'read_only'],
      ['MATCH ()-[r:SAID]->() WITH r LIMIT 1 DELETE r', 403, 'read_only'],
      ["MATCH (n:Entity {id: 'russia'}) DETACH DELETE n", 403, 'read_only'],
      ['MATCH (n:Person) FOREACH (x IN [1] | SET n.hacked = true)', 403, 'read_only'],
      ['MATCH (n) CALL (n) { SET n.hacked = 1 } RETURN count(*)', 403, 'read_only'],
      ['CALL { MATCH (n:Entity) SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS', 403, 'forbidden_clause'],
      [
        'MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS RETURN count(m)',
        403,
        'forbidden_clause',
      ],
      ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 403, 'forbidden_clause'],
      [
        "load csv with headers from 'http://example.com/x.csv' AS l CREATE (:X)",
        403,
        'forbidden_clause',
      ],
      ['CREATE INDEX hacked FOR (n:Entity) ON (n.hacked)', 403, 'read_only'],
      ['DROP CONSTRAINT entity_id', 403, 'read_only'],
      ['DROP INDEX entity_search', 403, 'read_only'],
      ["CALL db.createLabel('Hacked')", 403, 'forbidden_procedure'],
      ["CALL db.createProperty('hacked')", 403, 'forbidden_procedure'],
      ["CALL db.createRelationshipType('HACKED')", 403, 'forbidden_procedure'],
      ['CALL db.clearQueryCaches()', 403, 'forbidden_procedure'],
      ["CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", 403, 'forbidden_procedure'],
      ["CALL dbms.killQuery('query-1')", 403, 'forbidden_procedure'],
      ['CALL dbms.listConfig()', 403, 'forbidden_procedure'],
      ['CALL db.awaitIndexes(1)', 403, 'forbidden_procedure'],
      ["CALL apoc.create.node(['Hacked'], {})", 403, 'forbidden_procedure'],
      [
        "MATCH (n) WITH n LIMIT 1 CALL `db`.`createLabel`('Hacked') RETURN n",
        403,
        'forbidden_procedure',
      ],
      ['USE system SHOW USERS', 403, 'forbidden_clause'],
      ['USE system MATCH (n) RETURN n', 403, 'forbidden_clause'],
      ['SHOW USERS', 403, 'admin_command'],
      ['SHOW DATABASES', 403, 'admin_command'],
      ['SHOW TRANSACTIONS', 403, 'admin_command'],
      ['SHOW SETTINGS', 403, 'admin_command'],
      ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 403, 'admin_command'],
      ['CREATE DATABASE hacked', 403, 'admin_command'],
      ['DROP DATABASE neo4j', 403, 'admin_command'],
      ["CREATE USER hacker SET PASSWORD 'secret123'", 403, 'admin_command'],
      ['GRANT ROLE admin TO hacker', 403, 'admin_command'],
      ['MATCH (n) RETURN n; CREATE (:Hacked)', 400, 'multiple_statements'],
      ['MATCH (n) RETURN count(n); MATCH (m) RETURN m', 400, 'multiple_statements'],
      [
        'MATCH (n) RETURN count(n) /* harmless */ ; /* now */ CREATE (:Hacked)',
        400,
        'multiple_statements',
      ],
      ['/* just reading */ CREATE (:Hacked) // RETURN 1', 403, 'read_only'],
      [
        'MATCH (n:Person) RETURN n.id AS x /* CALL db.labels() */ UNION ALL CREATE (m:Hacked) RETURN m.id AS x',
        403,
        'read_only',
      ],
      [
        "CALL db.labels() YIELD label WITH label CALL db.createLabel(label + 'X') RETURN 1",
        403,
        'forbidden_procedure',
      ],
    ];

    it.each(refused)('%s -> %i %s', async (query, status, code) => {
      const res = await request(app).post('/api/cypher').send({ query });
      expect({ status: res.status, code: res.body.error?.code }).toEqual({ status, code });
      expect(res.body.error.message.length).toBeGreaterThan(10);
    });

    it('the database itself refuses writes that reach it (READ access mode)', async () => {
      // Below the API's checks: a READ session on Community still rejects a write.
      const session = driver.session({ defaultAccessMode: 'READ' });
      try {
        await expect(session.run('CREATE (:Hacked)')).rejects.toMatchObject({
          code: 'Neo.ClientError.Statement.AccessMode',
        });
        await expect(session.run("CALL db.createLabel('Hacked')")).rejects.toMatchObject({
          code: 'Neo.ClientError.Statement.AccessMode',
        });
      } finally {
        await session.close();
      }
    });
  });

  it('answers 400 with Neo4j\u2019s message for a syntax error, pointing into the user\u2019s text', async () => {
    const res = await request(app)
      .post('/api/cypher')
      .send({ query: 'MATCH (n) RETRUN n' })
      .expect(400);
    expect(res.body.error.code).toBe('cypher_syntax');
    expect(res.body.error.message).toMatch(/RETRUN/);
    expect(res.body.error.message).not.toMatch(/EXPLAIN/);
  });

  it('answers 400 for a bad body and for a missing parameter', async () => {
    const empty = await request(app).post('/api/cypher').send({ query: '   ' }).expect(400);
    expect(empty.body.error.details[0].field).toBe('body.query');
    await request(app).post('/api/cypher').send({ query: 'RETURN 1', extra: true }).expect(400);
    await request(app)
      .post('/api/cypher')
      .set('content-type', 'application/json')
      .send('{"query":')
      .expect(400);
    const missing = await request(app)
      .post('/api/cypher')
      .send({ query: 'RETURN $nope' })
      .expect(400);
    expect(missing.body.error.code).toBe('cypher_error');
  });

  it('stops a runaway query at CYPHER_TIMEOUT_MS while /api/health keeps answering', async () => {
    const slowApp = appFor(driver, { CYPHER_TIMEOUT_MS: '2000' });
    const started = Date.now();
    const runaway = request(slowApp)
      .post('/api/cypher')
      .send({
        query: 'UNWIND range(1,100000000) AS x UNWIND range(1,100000000) AS y RETURN count(*)',
      })
      .then((res) => ({ res, ms: Date.now() - started }));
    await untilQueryRuns(driver, 'range(1,100000000)');
    const healthStarted = Date.now();
    const health = await request(slowApp).get('/api/health');
    expect(health.status).toBe(200);
    const healthMs = Date.now() - healthStarted;
    const { res, ms } = await runaway;
    // Health answers 200 while the runaway runs. Times are printed as figures: a pass mark in ms
    // fails on a loaded machine, not on a bug (docs/benchmarks.md measures them).
    process.stderr.write(
      `[cypher] health ${healthMs} ms during a runaway stopped after ${ms} ms\n`,
    );
    expect(res.status).toBe(408);
    expect(res.body.error.code).toBe('cypher_timeout');
    expect(res.body.error.message).toMatch(/2 s/);
    // And the database is not still busy with it.
    const { records } = await driver.executeQuery(
      // Split literal, so that this query's own text does not match.
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1,1000' + '00000) AS y' RETURN count(*) AS n",
    );
    expect(Number(records[0]!.get('n'))).toBe(0);
  });

  it('rate-limits per client at CYPHER_RATE_LIMIT a minute', async () => {
    const limited = appFor(driver, { CYPHER_RATE_LIMIT: '2' });
    await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(200);
    await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(200);
    const res = await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(429);
    expect(res.body.error.code).toBe('rate_limited');
    // Other endpoints are not limited.
    await request(limited).get('/api/health').expect(200);
  });
});
