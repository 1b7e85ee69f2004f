// Idempotent edits: a client that sends `Idempotency-Key: <key>` with a mutation and retries it
// (its answer was lost) gets the first answer back and nothing is written again. The key and the
// answer (the edit's subject id and audit entry) are stored in the database as a Meta row written
// in the edit's own transaction, so they survive a restart and hold across several API processes
// on one Neo4j: the row is CREATEd, so of two requests with one key only one commits. A key is
// the editor's own (two editors never share one), and belongs to the request it came with: the
// same key with another mutation or other input is refused with IDEMPOTENCY_KEY_REUSED.
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { GraphEngine, WriteStep } from '../../graph/engine';
import { badUserInput } from '../../errors';
import type { AuditEntryModel, EditResult } from '../../domain/models/audit';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Printable ASCII without spaces, as a UUID or any client-made token: 1 to 200 characters. */
const KEY_SHAPE = /^[\x21-\x7E]{1,200}$/;

export interface IdempotencyClaim {
  /** The Meta key the answer is stored under. */
  key: string;
  /** SHA-256 of the mutation's name and canonical input. */
  fingerprint: string;
}

interface StoredAnswer {
  fingerprint: string;
  result: { id: string; audit: AuditEntryModel };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted, so the same input always gives the same fingerprint. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The header value checked: absent → null; malformed → BAD_USER_INPUT naming the header. */
export function checkIdempotencyKey(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || !KEY_SHAPE.test(v)) throw badUserInput(`${IDEMPOTENCY_HEADER} must be 1 to 200 printable ASCII characters without spaces (a UUID, for example)`, IDEMPOTENCY_HEADER);
  return v;
}

/** The n-th mutation of a request sent with `key` by `editor`. */
export function claimFor(editor: string, key: string, n: number, mutation: string, input: unknown): IdempotencyClaim {
  return { key: `idempotency:${sha256(`${editor}\u0000${key}\u0000${n}`)}`, fingerprint: sha256(canonical({ mutation, input })) };
}

/** The write step that stores the claim with its answer (in the edit's transaction). */
export function claimStep(claim: IdempotencyClaim, result: { id: string; audit: AuditEntryModel }): WriteStep {
  const stored: StoredAnswer = { fingerprint: claim.fingerprint, result };
  return { op: 'audit/claim-idempotency-key', params: { key: claim.key, value: JSON.stringify(stored) } };
}

/** The first answer given under this claim's key, or null; another request's key is refused. */
export async function storedAnswer(engine: GraphEngine, claim: IdempotencyClaim): Promise<EditResult | null> {
  const [row] = await engine.read('meta/read', { keys: [claim.key] });
  if (typeof row?.value !== 'string') return null;
  const stored = JSON.parse(row.value) as StoredAnswer;
  if (stored.fingerprint !== claim.fingerprint) {
    throw new GraphQLError(`This ${IDEMPOTENCY_HEADER} was already used for a different request; send a new key for a new edit`, {
      extensions: { code: 'IDEMPOTENCY_KEY_REUSED', field: IDEMPOTENCY_HEADER, http: { status: 422 } },
    });
  }
  return { id: stored.result.id, audit: stored.result.audit, replayed: true };
}
