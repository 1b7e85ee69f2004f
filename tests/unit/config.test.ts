import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, EnvSchema, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('runs with no environment on the embedded engine with a bounded buffer pool', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.engine).toMatchObject({ kind: 'ladybug', path: path.join('data', 'graph.lbug'), bufferPoolBytes: 256 * 1024 * 1024 });
    expect(c.sandbox).toBe(true);
  });

  it('chooses Neo4j when NEO4J_URI is set', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'pw' });
    expect(c.engine).toMatchObject({ kind: 'neo4j', uri: 'neo4j://db.example:7687', username: 'neo4j' });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DB_BUFFER_POOL_MB: '1' }, /DB_BUFFER_POOL_MB/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ NEO4J_URI: 'http://x' }, /NEO4J_URI/],
    [{ NEO4J_URI: 'bolt://x:7687' }, /NEO4J_PASSWORD/],
    [{ SANDBOX: 'maybe' }, /SANDBOX/],
    // Beyond what the path queries and pages can serve: refused at start-up, not capped silently.
    [{ MAX_HOPS: '7' }, /MAX_HOPS.*between 1 and 6/],
    [{ MAX_PAGE_SIZE: '101' }, /MAX_PAGE_SIZE.*between 1 and 100/],
  ])('refuses %p with a message naming the variable', (env, pattern) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(pattern);
  });

  it('turns Sandbox and introspection off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ sandbox: false, introspection: false });
    expect(loadConfig({ NODE_ENV: 'production', SANDBOX: 'true' })).toMatchObject({ sandbox: true, introspection: false });
  });

  it('serves GraphiQL where Sandbox is by default, under its own switch', () => {
    expect(loadConfig({})).toMatchObject({ sandbox: true, graphiql: true });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ graphiql: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' })).toMatchObject({ sandbox: false, graphiql: true });
    expect(loadConfig({ SANDBOX: 'false' })).toMatchObject({ sandbox: false, graphiql: true });
    expect(loadConfig({ GRAPHIQL: 'false' })).toMatchObject({ sandbox: true, graphiql: false });
    expect(() => loadConfig({ GRAPHIQL: 'maybe' })).toThrow(/GRAPHIQL/);
  });

  it('documents every variable in .env.example', () => {
    const example = fs.readFileSync(path.resolve(__dirname, '..', '..', '.env.example'), 'utf8');
    for (const name of Object.keys(EnvSchema.shape)) expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });
});
