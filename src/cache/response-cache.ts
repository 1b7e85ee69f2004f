// Whole responses of public read-only operations, kept until the next write through the engine:
// a hit answers without executing anything (extensions.dbCalls 0). Only queries without an editor
// token are kept, only answers without errors, and only while no write happened between the start
// of execution and the answer. The query limits still run on every request (they run before).
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
/** What the cache needs of a request's context: public answers only are cached. */
interface CacheableContext {
  editor: unknown;
}
import { GenerationalLru, type LruStats } from '../repositories/generational-lru';
import { approxBytes } from '../repositories/read-cache';

export class ResponseCache {
  private readonly lru: GenerationalLru<Record<string, unknown>>;

  /** `maxBytes` 0 turns it off; without a generation nothing is kept. `freeze` (under test) freezes what is kept. */
  constructor(maxBytes: number, generation: () => number | undefined, private readonly freeze = false) {
    this.lru = new GenerationalLru(maxBytes, generation);
  }

  get(key: string): Record<string, unknown> | undefined {
    return this.lru.get(key);
  }

  readStamp(): number | undefined {
    return this.lru.readStamp();
  }

  set(key: string, data: Record<string, unknown>, readAt: number | undefined): void {
    if (readAt === undefined) return;
    if (this.freeze) Object.freeze(data);
    this.lru.set(key, data, approxBytes(data) + key.length * 2 + 64, readAt);
  }

  stats(): LruStats {
    return this.lru.stats();
  }
}

export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<CacheableContext> {
  return {
    async requestDidStart() {
      let key: string | null = null;
      let stamp: number | undefined;
      let hit = false;
      return {
        async responseForOperation({ operation, operationName, queryHash, request, contextValue }) {
          if (operation?.operation !== 'query' || contextValue.editor) return null;
          // Answers that mention "today" (ongoing tenures, open periods) change with the date.
          key = `${queryHash}\u0000${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}\u0000${new Date().toISOString().slice(0, 10)}`;
          const data = cache.get(key);
          if (data !== undefined) {
            hit = true;
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
          }
          stamp = cache.readStamp();
          return null;
        },
        async willSendResponse({ response }) {
          if (hit || key === null || stamp === undefined || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          cache.set(key, data, stamp);
        },
      };
    },
  };
}
