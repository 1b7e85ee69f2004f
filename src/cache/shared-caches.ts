// What every request of one server shares, all tied to the engine's write generation (src/cache):
// models read by key, whole public responses, and the in-process index of the derived LINK graph
// that path queries walk.
import type { Logger } from 'pino';
import type { GraphEngine } from '../graph/engine';
import { LinkIndexCache } from '../services/paths/link-index-cache';
import type { SearchVersionMemo } from '../services/search/search-service';
import { ReadCache } from '../repositories/read-cache';
import { ResponseCache } from './response-cache';

export interface CacheSizes {
  /** Estimated bytes of models (0 = off). */
  readBytes: number;
  /** Estimated bytes of responses (0 = off). */
  responseBytes: number;
  /** Keep the link index in process (default true; off: path queries run in Cypher). */
  linkIndex?: boolean;
}

export const DEFAULT_CACHE_SIZES: CacheSizes = { readBytes: 64 * 1024 * 1024, responseBytes: 32 * 1024 * 1024, linkIndex: true };

export interface SharedCaches {
  reads: ReadCache;
  responses: ResponseCache;
  links: LinkIndexCache;
  /** The search index version last read, and when (src/services/search/search-service.ts). */
  search: SearchVersionMemo;
}

/** `freeze` (under test): cached values are frozen, so code that mutates a shared one fails loudly. */
export function createSharedCaches(engine: GraphEngine, sizes: CacheSizes = DEFAULT_CACHE_SIZES, log?: Logger, freeze = false): SharedCaches {
  const generation = () => engine.generation;
  return {
    reads: new ReadCache({ maxBytes: sizes.readBytes, generation, freeze }),
    responses: new ResponseCache(sizes.responseBytes, generation, freeze),
    links: new LinkIndexCache(engine, sizes.linkIndex ?? true, log),
    search: {},
  };
}
