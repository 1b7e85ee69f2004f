// The repositories of one request, sharing its counted engine.
import type { GraphEngine } from '../graph/engine';
import { CareerRepository } from './career-repository';
import { EntityRepository } from './entity-repository';
import { FactRepository } from './fact-repository';
import { SourceRepository } from './source-repository';

export interface Repositories {
  entities: EntityRepository;
  facts: FactRepository;
  sources: SourceRepository;
  careers: CareerRepository;
}

export function createRepositories(engine: GraphEngine): Repositories {
  const facts = new FactRepository(engine);
  return {
    entities: new EntityRepository(engine),
    facts,
    sources: new SourceRepository(engine),
    careers: new CareerRepository(facts),
  };
}
