// The curated knowledge bundle: every fact from the founding articles, with its sources.
import type { FactSeed, KnowledgeBundle } from '../domain/types';
import { facts as cupFinalReached } from './articles/000-cup-final-reached';
import { facts as firstSeason } from './articles/001-first-season';
import { facts as retirement } from './articles/002-retirement';
import { facts as successor } from './articles/003-successor';
import { facts as marathon } from './articles/004-marathon';
import { entities } from './entities';
import { sources } from './sources';

const facts: FactSeed[] = [...retirement, ...cupFinalReached, ...firstSeason, ...successor, ...marathon];

export const curatedKnowledge: KnowledgeBundle = { sources, entities, facts };
