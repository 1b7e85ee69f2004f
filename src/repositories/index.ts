// The repositories of one request, sharing its counted engine.
import type { ReadCache } from '../cache/read-cache';
import type { GraphEngine } from '../graph/engine';
import { CareerRepository } from './career-repository';
import { EntityRepository } from './entity-repository';
import { FactRepository } from './fact-repository';
import { PathRepository } from './path-repository';
import { SearchRepository } from './search-repository';
import { SourceRepository } from './source-repository';
import { TimelineRepository } from './timeline-repository';

export interface Repositories {
  entities: EntityRepository;
  facts: FactRepository;
  sources: SourceRepository;
  careers: CareerRepository;
  paths: PathRepository;
  search: SearchRepository;
  timelines: TimelineRepository;
}

/** `cache`: models shared by every request until the next write (see src/cache/read-cache.ts). */
export function createRepositories(engine: GraphEngine, cache?: ReadCache): Repositories {
  const facts = new FactRepository(engine, cache);
  const entities = new EntityRepository(engine, cache);
  const sources = new SourceRepository(engine, cache);
  const careers = new CareerRepository(facts);
  return {
    entities,
    facts,
    sources,
    careers,
    paths: new PathRepository(engine, entities, facts, sources),
    search: new SearchRepository(engine, entities, sources),
    timelines: new TimelineRepository(entities, facts, sources, careers),
  };
}
