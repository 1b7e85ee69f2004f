// The curated knowledge bundle: every fact from the founding articles, with its sources.
import type { FactSeed, KnowledgeBundle } from '../types';
import { facts as retirement } from './articles/002-retirement';
import { entities } from './entities';
import { sources } from './sources';

const facts: FactSeed[] = [...retirement];

export const curatedKnowledge: KnowledgeBundle = { sources, entities, facts };
