// Chooses the engine from config (Neo4j when NEO4J_URI is set, else embedded), loads its Cypher
// catalog and runs the idempotent schema migration.
import type { Config } from '../config';
import { loadCypherCatalog } from './cypher-loader';
import type { GraphEngine } from './engine';
import { LadybugEngine } from './ladybug-engine';
import { Neo4jEngine } from './neo4j-engine';

export async function openEngine(config: Config['engine']): Promise<GraphEngine> {
  const catalog = loadCypherCatalog(config.kind);
  const engine =
    config.kind === 'neo4j'
      ? await Neo4jEngine.open(config, catalog)
      : await LadybugEngine.open(config, catalog);
  try {
    await engine.migrate();
  } catch (err) {
    await engine.close().catch(() => undefined);
    throw err;
  }
  return engine;
}
