// Where the query limits are enforced, all before any database call:
// - HTTP (express): body size, batched operations;
// - parsing (graphql's own maxTokens, mapped to TOO_MANY_TOKENS by formatError);
// - after validation, before execution (Apollo plugin): depth, aliases, page size, maxHops, cost,
//   and the editor token that every mutation requires.
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { QueryLimits } from '../config';
import type { GraphContext } from '../context';
import { unauthenticated } from '../errors';
import { checkLimits, measureOperation } from './analyse';

export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const error = checkLimits(measureOperation(schema, document, operation, request.variables ?? {}, limits), limits);
          if (error) throw error;
          if (operation.operation === 'mutation' && !contextValue.editor) throw unauthenticated();
        },
      };
    },
  };
}

/** graphql-js aborts parsing past `maxTokens` with this message; it becomes TOO_MANY_TOKENS. */
const TOKENS_ABORT = /Document contains more (?:than|that) \d+ tokens/;

export function tokenLimitError(formatted: GraphQLFormattedError, limits: QueryLimits): GraphQLFormattedError | null {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !TOKENS_ABORT.test(formatted.message)) return null;
  return {
    message: `Query has more than ${limits.tokens} tokens; the limit is ${limits.tokens} (MAX_TOKENS)`,
    extensions: { code: 'TOO_MANY_TOKENS', limit: 'MAX_TOKENS', max: limits.tokens },
  };
}

/** The JSON body an HTTP-level rejection answers with (the request never reached GraphQL). */
function rejection(status: number, error: { message: string; extensions: Record<string, unknown> }) {
  return { status, body: { errors: [error], extensions: { dbCalls: 0 } } };
}

/**
 * How deep objects and arrays nest in a JSON value, counted without recursion and given up on
 * past `max` (so a value nested 100,000 levels costs no more than one nested `max`).
 */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
  }
  return false;
}

/** The same for JSON text not parsed yet (a GET's `variables=`): brackets outside strings. */
export function jsonTextDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > max) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

/**
 * Refuses variables or extensions nested deeper than MAX_VARIABLES_DEPTH, first of all: deeper
 * than any input type of the schema, and deep enough to overflow the stack of whatever walks them
 * (the response cache's key, graphql-js's coercion).
 */
export function variablesDepthGuard(limits: QueryLimits): express.RequestHandler {
  const max = limits.variablesDepth;
  const tooDeep = (v: unknown) => (typeof v === 'string' ? jsonTextDepthExceeds(v, max) : jsonDepthExceeds(v, max));
  return (req, res, next) => {
    const bodies: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    const query = req.query as Record<string, unknown> | undefined;
    const parts = [...bodies.flatMap((b) => (b && typeof b === 'object' ? [(b as Record<string, unknown>).variables, (b as Record<string, unknown>).extensions] : [])), query?.variables, query?.extensions];
    if (parts.some(tooDeep)) {
      const r = rejection(400, {
        message: `Variables nest deeper than ${max} levels; the limit is ${max} (MAX_VARIABLES_DEPTH)`,
        extensions: { code: 'VARIABLES_TOO_DEEP', limit: 'MAX_VARIABLES_DEPTH', max },
      });
      res.status(r.status).json(r.body);
      return;
    }
    next();
  };
}

/** Refuses batched operations (an array body) unless BATCHED_OPERATIONS is on. */
export function batchGuard(limits: QueryLimits): express.RequestHandler {
  return (req, res, next) => {
    if (!limits.batching && Array.isArray(req.body)) {
      const r = rejection(400, {
        message: 'Batched operations are disabled (BATCHED_OPERATIONS=false): send one operation per request',
        extensions: { code: 'BATCHING_DISABLED', limit: 'BATCHED_OPERATIONS', max: false },
      });
      res.status(r.status).json(r.body);
      return;
    }
    next();
  };
}

/** Answers body-parser failures (too large, malformed JSON) with a code, never a stack trace. */
export function bodyErrorHandler(limits: QueryLimits, onServerError: (err: unknown) => void): express.ErrorRequestHandler {
  const kb = Math.round(limits.bodyBytes / 1024);
  return (err: { status?: number; type?: string }, _req, res, _next) => {
    const status = typeof err.status === 'number' ? err.status : 500;
    if (err.type === 'entity.too.large') {
      const r = rejection(413, { message: `Request body larger than ${kb} kB; the limit is ${kb} kB (MAX_BODY_KB)`, extensions: { code: 'REQUEST_TOO_LARGE', limit: 'MAX_BODY_KB', max: kb } });
      res.status(r.status).json(r.body);
      return;
    }
    if (status >= 500) onServerError(err);
    const code = status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    res.status(status).json({ errors: [{ message: status < 500 ? 'Malformed request' : 'Internal server error', extensions: { code } }] });
  };
}
