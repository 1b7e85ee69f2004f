// The query limits' refusals: GraphQL errors raised by the request pipeline before (or while) an
// operation runs, with the limit's code and the HTTP status 400.
import { GraphQLError } from 'graphql';
import type { LimitCode } from '../errors';

/** A query refused by a limit before it reached the database; `limit` names the setting. */
export function limitExceeded(code: LimitCode, message: string, details: { limit: string; max: number | boolean; actual?: number; field?: string }): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}

