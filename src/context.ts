// The per-request context every resolver receives.
import type { Logger } from 'pino';
import type { Editor } from './auth/tokens';
import type { EditingService } from './services/editing/editing-service';
import type { CallStats } from './graph/counting-engine';
import type { Repositories } from './repositories';
import type { Services } from './services';

export interface GraphContext {
  repos: Repositories;
  services: Services;
  stats: CallStats;
  log: Logger;
  /** The editor the request's bearer token identifies; null for the public. */
  editor: Editor | null;
  /** Mutations and the audit trail (editors only). */
  editing: EditingService;
}
