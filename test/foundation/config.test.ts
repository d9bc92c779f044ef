import { loadConfig, ConfigError } from '@kg/server';

describe('configuration from the environment', () => {
  it('applies the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(8080);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_DATABASE).toBe('neo4j');
    expect(config.CYPHER_TIMEOUT_MS).toBe(10_000);
    expect(config.CYPHER_ROW_CAP).toBe(1000);
    expect(config.SEED_ON_START).toBe(true);
  });

  it('names NEO4J_URI when it is not a bolt or neo4j URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'nonsense' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'nonsense' })).toThrow(
      /NEO4J_URI must look like bolt:\/\//,
    );
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI/);
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', CYPHER_ROW_CAP: '-3', SEED_ON_START: 'maybe' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/CYPHER_ROW_CAP must be positive/);
      expect(problems).toMatch(/SEED_ON_START/);
    }
  });

  it('accepts TLS schemes and treats empty values as unset', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.example:7687' }).NEO4J_URI).toBe(
      'neo4j+s://abc.databases.example:7687',
    );
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).PORT).toBe(8080);
  });

  it('sizes the local Neo4j from NEO4J_HEAP and NEO4J_PAGECACHE, refusing non-JVM sizes', () => {
    const defaults = loadConfig({});
    expect([defaults.NEO4J_HEAP, defaults.NEO4J_PAGECACHE, defaults.NEO4J_VERBOSE]).toEqual([
      '1g',
      '128m',
      false,
    ]);
    const big = loadConfig({ NEO4J_HEAP: '4g', NEO4J_PAGECACHE: '2G', NEO4J_VERBOSE: '1' });
    expect([big.NEO4J_HEAP, big.NEO4J_PAGECACHE, big.NEO4J_VERBOSE]).toEqual(['4g', '2G', true]);
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP must be a JVM size/);
    expect(() => loadConfig({ NEO4J_PAGECACHE: '2 GB' })).toThrow(/NEO4J_PAGECACHE/);
  });

  it('never echoes a password back in an error', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'secret', PORT: 'x' })).not.toThrow(/secret/);
  });
});
