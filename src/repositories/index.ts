// The repositories of one request, sharing its counted engine.
import type { SharedCaches } from '../cache/shared-caches';
import type { GraphEngine } from '../graph/engine';
import { CareerRepository } from './career-repository';
import { ClubRepository } from './club-repository';
import { RecordRepository } from './record-repository';
import { EntityRepository } from './entity-repository';
import { FactRepository } from './fact-repository';
import { PathRepository } from './path-repository';
import { TeammateRepository } from './teammate-repository';
import { SearchRepository } from './search-repository';
import { SourceRepository } from './source-repository';
import { TimelineRepository } from './timeline-repository';

export interface Repositories {
  entities: EntityRepository;
  facts: FactRepository;
  sources: SourceRepository;
  careers: CareerRepository;
  paths: PathRepository;
  teammates: TeammateRepository;
  search: SearchRepository;
  timelines: TimelineRepository;
  clubs: ClubRepository;
  records: RecordRepository;
}

/** `caches`: what every request of the server shares until the next write (src/cache). */
export function createRepositories(engine: GraphEngine, caches?: SharedCaches): Repositories {
  const facts = new FactRepository(engine, caches?.reads);
  const entities = new EntityRepository(engine, caches?.reads);
  const sources = new SourceRepository(engine, caches?.reads);
  const careers = new CareerRepository(facts, sources);
  const clubs = new ClubRepository(engine);
  return {
    clubs,
    records: new RecordRepository(careers, clubs, sources),
    entities,
    facts,
    sources,
    careers,
    paths: new PathRepository(engine, entities, facts, sources, caches?.links),
    teammates: new TeammateRepository(engine, entities, facts, sources),
    search: new SearchRepository(engine, entities, sources, caches?.search),
    timelines: new TimelineRepository(entities, facts, sources, careers),
  };
}
