// The in-process link index of the graph's current derived data, shared by the requests of one
// server and checked against the derived-data stamp in the database.
import type { Logger } from 'pino';
import { DERIVED_VERSION_KEY } from '../../domain/squads';
import type { GraphEngine } from '../../graph/engine';
import { unpackLists } from '../../graph/packed';
import { LinkIndexBuilder, type LinkIndex } from './link-index';

/**
 * The link index of the graph's current derived data. Built on first use from two reads of every
 * LINK and kept while the derived-data stamp (the `derived:version` meta key, renewed by every
 * rebuild) is unchanged. The stamp is read again only once the engine's write generation moved
 * (after a write of this process or, on Neo4j, one another process made, seen by `sync` at the
 * request's start), so no process walks links older than a rebuild it could have seen.
 */
export class LinkIndexCache {
  private current: { version: string; verifiedAt: number | undefined; index: Promise<LinkIndex | null> } | null = null;

  constructor(
    private readonly engine: GraphEngine,
    private readonly enabled: boolean,
    private readonly log?: Logger,
  ) {}

  /** The index, or null when there is none to use (off, or its build failed). */
  async get(counted: GraphEngine): Promise<LinkIndex | null> {
    if (!this.enabled) return null;
    const generation = this.engine.generation;
    const current = this.current;
    if (current && generation !== undefined && current.verifiedAt === generation) return current.index;
    const version = await this.version(counted);
    if (this.current && this.current.version === version) {
      this.current.verifiedAt = generation;
      return this.current.index;
    }
    // Read through the asking request's engine: its response counts the reads (extensions.dbCalls).
    const index = this.build(version, counted);
    this.current = { version, verifiedAt: generation, index };
    return index;
  }

  private async version(engine: GraphEngine): Promise<string> {
    const [row] = await engine.read('meta/read', { keys: [DERIVED_VERSION_KEY] });
    return typeof row?.value === 'string' ? row.value : '';
  }

  private async build(version: string, engine: GraphEngine): Promise<LinkIndex | null> {
    const started = Date.now();
    try {
      const builder = new LinkIndexBuilder();
      // Squad LINKs a row per squad, fact LINKs a row per entity (see the Cypher): grouped lists.
      const text = (v: string | number | null | undefined) => (typeof v === 'string' ? v : null);
      for (const row of await engine.read('paths/link-index-squads')) {
        const teamId = typeof row.teamId === 'string' && row.teamId !== '' ? row.teamId : null;
        for (const l of unpackLists(row, ['entities', 'entityTypes', 'roles', 'factIds', 'los', 'his'])) {
          builder.add({ entity: String(l.entities), entityType: String(l.entityTypes), connector: String(row.connector), teamId, kind: null, type: null, confidence: null, role: String(l.roles), factId: String(l.factIds), lo: text(l.los), hi: text(l.his) });
        }
      }
      for (const row of await engine.read('paths/link-index-facts')) {
        for (const l of unpackLists(row, ['connectors', 'kinds', 'types', 'confidences', 'roles', 'factIds', 'los', 'his'])) {
          const confidence = typeof l.confidences === 'number' ? l.confidences : null;
          builder.add({ entity: String(row.entity), entityType: String(row.entityType), connector: String(l.connectors), teamId: null, kind: text(l.kinds), type: text(l.types), confidence, role: String(l.roles), factId: String(l.factIds), lo: text(l.los), hi: text(l.his) });
        }
      }
      const index = builder.build();
      this.log?.info({ ...index.size, ms: Date.now() - started, version }, 'link index built');
      return index;
    } catch (err) {
      this.log?.error({ err }, 'link index build failed; path queries run in Cypher');
      if (this.current?.version === version) this.current = null;
      return null;
    }
  }
}
