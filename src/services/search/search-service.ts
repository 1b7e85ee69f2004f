// Search over people, clubs, national teams, stadiums and articles by any name, alias or
// nickname. Matching runs on an in-process index (src/services/search/search-index.ts) built from one
// read of all names and shared by every request; each search first reads a cheap version of the
// graph (entity and source counts, latest update, the derived-data stamp) and rebuilds the index
// when it changed. Measured against CONTAINS / levenshtein in Cypher: see bench/search.ts.
import { z } from 'zod';
import { badUserInput } from '../../errors';
import type { GraphEngine } from '../../graph/engine';
import { DERIVED_VERSION_KEY } from '../../domain/squads';
import type { EntityModel } from '../../domain/models/entities';
import type { SearchField, SearchHitModel, SearchType } from '../../domain/models/paths';
import type { SourceModel } from '../../domain/models/sources';
import type { EntityRepository } from '../../repositories/entity-repository';
import { EntityRow, str } from '../../repositories/rows';
import { SearchIndex, type NameRecord } from './search-index';
import type { SourceRepository } from '../../repositories/source-repository';

const MAX_QUERY_LENGTH = 100;
/** Indexes kept per process: one per graph version (a second one while a rebuild is read). */
const KEEP = 2;

const VersionRow = z.object({
  entities: z.number(),
  entitiesUpdated: z.string().nullable(),
  sources: z.number(),
  sourcesUpdated: z.string().nullable(),
  derived: z.string().nullable(),
});

/** The names of an entity row (entities/by-ids has them all, search/entity-names only these). */
const EntityNamesRow = EntityRow.pick({ id: true, type: true, name: true, fullName: true, shortName: true, nameNl: true, nameFr: true, nameEn: true, nicknames: true, aliases: true });

const ArticleNamesRow = z.object({ id: z.string(), name: z.string(), title: str });

const cache = new Map<string, Promise<SearchIndex>>();

function entityRecord(row: unknown): NameRecord {
  const r = EntityNamesRow.parse(row);
  const names: { text: string; field: SearchField }[] = [{ text: r.name, field: 'NAME' }];
  const add = (text: string | null, field: SearchField) => text && names.push({ text, field });
  add(r.fullName, 'FULL_NAME');
  add(r.shortName, 'SHORT_NAME');
  add(r.nameNl, 'DUTCH_NAME');
  add(r.nameFr, 'FRENCH_NAME');
  add(r.nameEn, 'ENGLISH_NAME');
  r.nicknames.forEach((n) => add(n, 'NICKNAME'));
  r.aliases.forEach((n) => add(n, 'ALIAS'));
  return { id: r.id, type: r.type, names };
}

function articleRecord(row: unknown): NameRecord {
  const r = ArticleNamesRow.parse(row);
  return { id: r.id, type: 'ARTICLE', names: [{ text: r.name, field: 'NAME' }, ...(r.title ? [{ text: r.title, field: 'TITLE' as const }] : [])] };
}

/** Which index version was last read, at which engine write generation (shared by a server's requests). */
export interface SearchVersionMemo {
  generation?: number;
  key?: string;
}

export class SearchService {
  constructor(
    private readonly engine: GraphEngine,
    private readonly entities: EntityRepository,
    private readonly sources: SourceRepository,
    private readonly memo?: SearchVersionMemo,
  ) {}

  private current?: Promise<SearchIndex>;

  /** The index of the graph as it is now (read once per request): reused while the graph's version is unchanged. */
  index(): Promise<SearchIndex> {
    return (this.current ??= this.indexNow());
  }

  private async indexNow(): Promise<SearchIndex> {
    // No write since the version was last read (an engine that tells its write generation): the
    // same index, without reading the version again.
    const generation = this.engine.generation;
    if (generation !== undefined && this.memo?.generation === generation && this.memo.key) {
      const known = cache.get(this.memo.key);
      if (known) return known;
    }
    const [row] = await this.engine.read('search/version', { key: DERIVED_VERSION_KEY });
    const v = VersionRow.parse(row);
    const key = JSON.stringify([v.entities, v.entitiesUpdated, v.sources, v.sourcesUpdated, v.derived]);
    if (this.memo && generation !== undefined) Object.assign(this.memo, { generation, key });
    let index = cache.get(key);
    if (!index) {
      index = this.build();
      cache.set(key, index);
      index.catch(() => cache.delete(key));
      while (cache.size > KEEP) cache.delete(cache.keys().next().value!);
    }
    return index;
  }

  private async build(): Promise<SearchIndex> {
    const [entities, articles] = await Promise.all([this.engine.read('search/entity-names'), this.engine.read('search/article-names')]);
    return new SearchIndex([...entities.map(entityRecord), ...articles.map(articleRecord)]);
  }

  /** Every match, best first, one per node, each saying which name matched and how. */
  async search(query: string, types: readonly SearchType[] | null | undefined): Promise<SearchHitModel[]> {
    const text = query.trim();
    if (!text) throw badUserInput('`query` must not be empty', 'query');
    if (text.length > MAX_QUERY_LENGTH) throw badUserInput(`\`query\` is capped at ${MAX_QUERY_LENGTH} characters`, 'query');
    const index = await this.index();
    return index.search(text, types && types.length > 0 ? new Set(types) : null);
  }

  /** The person, club, national team, stadium or article a hit stands for. */
  async node(hit: SearchHitModel): Promise<EntityModel | SourceModel | null> {
    return hit.type === 'ARTICLE' ? this.sources.get(hit.id) : this.entities.get(hit.id);
  }
}
