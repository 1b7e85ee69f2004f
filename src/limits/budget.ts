// The budget of one query while it runs: fields resolved and wall time. The static cost estimate
// (analyse.ts) refuses what its list bounds say is too much before any database call; this stops
// what still slips through — a list longer than its measured bound after edits, a slow database —
// with a clear code before the process is at risk. Every field of every list item counts one, so
// the count follows the size of the answer. Mutations are not cut short: their write has happened
// and the answer must say so (their selections are bounded by the static estimate).
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { QueryLimits } from '../config';
import type { GraphContext } from '../context';
import { limitExceeded } from './errors';

export function executionBudgetPlugin(limits: Pick<QueryLimits, 'resultFields' | 'executionMs'>): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      let stopped: GraphQLError | null = null;
      return {
        async executionDidStart({ operation }) {
          // No operation when the document's could not be resolved (Apollo answers that itself).
          if (operation?.operation !== 'query') return;
          const started = Date.now();
          let fields = 0;
          return {
            willResolveField() {
              if (stopped) throw stopped;
              fields++;
              if (fields > limits.resultFields) {
                stopped = limitExceeded('RESULT_TOO_LARGE', `The answer would hold more than ${limits.resultFields} fields (MAX_RESULT_FIELDS); ask for smaller pages (\`first\`) or fewer nested lists`, {
                  limit: 'MAX_RESULT_FIELDS',
                  max: limits.resultFields,
                });
              } else if (Date.now() - started > limits.executionMs) {
                stopped = limitExceeded('QUERY_TOO_COSTLY', `The query ran longer than ${limits.executionMs} ms (MAX_EXECUTION_MS) and was stopped; ask for less`, {
                  limit: 'MAX_EXECUTION_MS',
                  max: limits.executionMs,
                });
              }
              if (stopped) throw stopped;
            },
          };
        },
        async willSendResponse({ response }) {
          if (!stopped || response.body.kind !== 'single') return;
          // One error instead of one per field that was cut off, and no partial data.
          const { http: _http, ...extensions } = stopped.extensions;
          response.body.singleResult.data = null;
          response.body.singleResult.errors = [{ message: stopped.message, extensions }];
          response.http.status = 400;
        },
      };
    },
  };
}
