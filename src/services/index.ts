// The services of one request that read through the repositories and the engine: path search,
// teammates and name search (editing and the importer are built apart, see server.ts and cli/).
import type { GraphEngine } from '../graph/engine';
import type { Repositories } from '../repositories';
import type { LinkIndexCache } from './paths/link-index-cache';
import { PathService } from './paths/path-service';
import { TeammateService } from './paths/teammate-service';
import { SearchService, type SearchVersionMemo } from './search/search-service';

export interface Services {
  paths: PathService;
  teammates: TeammateService;
  search: SearchService;
}

/** What the services of every request share: the link index and the search index's version memo. */
export interface ServiceCaches {
  links?: LinkIndexCache;
  search?: SearchVersionMemo;
}

export function createServices(engine: GraphEngine, repos: Repositories, caches: ServiceCaches = {}): Services {
  return {
    paths: new PathService(engine, repos.entities, repos.facts, repos.sources, caches.links),
    teammates: new TeammateService(engine, repos.facts, repos.sources),
    search: new SearchService(engine, repos.entities, repos.sources, caches.search),
  };
}
