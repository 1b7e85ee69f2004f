// Chooses the engine from config (Neo4j when NEO4J_URI is set, else embedded), loads its Cypher
// catalog and runs the idempotent schema migration, then `onReady` (seeding). With `resilient`,
// an unreachable Neo4j does not fail start-up: migration and onReady run once it is reachable.
import type { Config } from '../config';
import { CYPHER_DIR, loadCypherCatalog, type CypherExtension } from './cypher-loader';
import type { GraphEngine } from './engine';
import { ensureFactRefs } from './fact-refs';
import { LadybugEngine } from './ladybug-engine';
import { Neo4jEngine, type Neo4jState } from './neo4j-engine';

export interface OpenOptions {
  resilient?: boolean;
  /** Runs once the database is migrated (on Neo4j, again after every reconnection). */
  onReady?: (engine: GraphEngine) => Promise<void>;
  onStateChange?: (state: Neo4jState, detail?: string) => void;
  /** Operations beyond the application's (tests' fixtures and probes); the service passes none. */
  extraCypher?: CypherExtension;
}

export async function openEngine(config: Config['engine'], options: OpenOptions = {}): Promise<GraphEngine> {
  const catalog = loadCypherCatalog(config.kind, CYPHER_DIR, options.extraCypher);
  if (config.kind === 'neo4j') {
    return Neo4jEngine.open(config, catalog, {
      resilient: options.resilient,
      onStateChange: options.onStateChange,
      onConnected: async (engine) => {
        await engine.migrate();
        await ensureFactRefs(engine);
        await options.onReady?.(engine);
      },
    });
  }
  const engine = await LadybugEngine.open(config, catalog);
  try {
    await engine.migrate();
    await ensureFactRefs(engine);
    await options.onReady?.(engine);
  } catch (err) {
    await engine.close().catch(() => undefined);
    throw err;
  }
  return engine;
}
