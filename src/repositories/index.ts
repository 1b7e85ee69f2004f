// The repositories of one request, sharing its counted engine.
import type { GraphEngine } from '../graph/engine';
import type { ReadCache } from './read-cache';
import { CareerRepository } from './career-repository';
import { ClubRepository } from './club-repository';
import { DisagreementRepository } from './disagreement-repository';
import { RecordRepository } from './record-repository';
import { EntityRepository } from './entity-repository';
import { FactRepository } from './fact-repository';
import { SourceRepository } from './source-repository';
import { TimelineRepository } from './timeline-repository';
import { CoachingRepository } from './coaching-repository';

export interface Repositories {
  entities: EntityRepository;
  facts: FactRepository;
  sources: SourceRepository;
  careers: CareerRepository;
  timelines: TimelineRepository;
  coaching: CoachingRepository;
  clubs: ClubRepository;
  records: RecordRepository;
  disagreements: DisagreementRepository;
}

/** `reads`: the models read by key that every request of the server shares until the next write. */
export function createRepositories(engine: GraphEngine, reads?: ReadCache): Repositories {
  const entities = new EntityRepository(engine, reads);
  const facts = new FactRepository(engine, reads, (named) => entities.remember(named));
  const sources = new SourceRepository(engine, reads);
  const careers = new CareerRepository(facts, sources);
  const clubs = new ClubRepository(engine);
  return {
    clubs,
    records: new RecordRepository(careers, clubs, sources),
    entities,
    facts,
    sources,
    careers,
    timelines: new TimelineRepository(entities, facts, sources, careers, engine),
    coaching: new CoachingRepository(engine),
    disagreements: new DisagreementRepository(engine),
  };
}
