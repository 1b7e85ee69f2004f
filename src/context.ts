// The per-request context every resolver receives.
import type { Logger } from 'pino';
import type { CallStats } from './graph/counting-engine';
import type { Repositories } from './repositories';

export interface GraphContext {
  repos: Repositories;
  stats: CallStats;
  log: Logger;
}
