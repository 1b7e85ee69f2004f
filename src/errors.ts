// Expected failures a client may see, each with a code (extensions.code): repositories and
// services throw them without knowing about GraphQL; graphql-js carries an error's `extensions`
// into the response, and the server's formatError passes the listed codes through. Engine
// messages never get here.

export interface AppErrorExtensions {
  code: string;
  /** The argument or input field at fault. */
  field?: string;
  /** The HTTP status the response gets (401 for a missing editor token). */
  http?: { status: number };
  [key: string]: unknown;
}

export class AppError extends Error {
  constructor(
    message: string,
    readonly extensions: AppErrorExtensions,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function badUserInput(message: string, field?: string): AppError {
  return new AppError(message, { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) });
}

export function notFound(message: string): AppError {
  return new AppError(message, { code: 'NOT_FOUND' });
}

/** A search that would read too much of the graph to answer (a path search's frontier, say). */
export function queryTooComplex(message: string): AppError {
  return new AppError(message, { code: 'QUERY_TOO_COMPLEX' });
}

export function serviceUnavailable(): AppError {
  return new AppError('The graph database is unavailable; try again shortly', { code: 'SERVICE_UNAVAILABLE' });
}

export function unauthenticated(): AppError {
  return new AppError('Editing requires a valid editor token: send `Authorization: Bearer <token>`', { code: 'UNAUTHENTICATED', http: { status: 401 } });
}

/** The codes of the query limits, one per limit (the page size keeps BAD_USER_INPUT, see limits). */
export const LIMIT_CODES = ['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES', 'TOO_MANY_TOKENS', 'REQUEST_TOO_LARGE', 'BATCHING_DISABLED', 'VARIABLES_TOO_DEEP', 'RESULT_TOO_LARGE'] as const;
export type LimitCode = (typeof LIMIT_CODES)[number] | 'BAD_USER_INPUT';

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
