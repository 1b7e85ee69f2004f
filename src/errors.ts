// Errors a client may see: each carries extensions.code; engine messages never get here.
import { GraphQLError } from 'graphql';

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

/** A search that would read too much of the graph to answer (a path search's frontier, say). */
export function queryTooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The graph database is unavailable; try again shortly', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Editing requires a valid editor token: send `Authorization: Bearer <token>`', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** The codes of the query limits, one per limit (the page size keeps BAD_USER_INPUT, see limits). */
export const LIMIT_CODES = ['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES', 'TOO_MANY_TOKENS', 'REQUEST_TOO_LARGE', 'BATCHING_DISABLED', 'VARIABLES_TOO_DEEP', 'RESULT_TOO_LARGE'] as const;
export type LimitCode = (typeof LIMIT_CODES)[number] | 'BAD_USER_INPUT';

/** A query refused by a limit before it reached the database; `limit` names the setting. */
export function limitExceeded(code: LimitCode, message: string, details: { limit: string; max: number | boolean; actual?: number; field?: string }): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}

/** Codes whose message is written for clients and passes through formatError unchanged. */
export const CLIENT_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'IDEMPOTENCY_KEY_REUSED',
  ...LIMIT_CODES,
]);
