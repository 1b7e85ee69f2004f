// The arguments of `connections`, checked before any database call: hop bound, ends, relation
// types and time window.
import { PATH_HOPS_CEILING } from '../../config';
import { badUserInput } from '../../errors';
import { isWellFormedId } from '../../domain/ids';
import type { Relation } from '../../domain/models/paths';
import { expandAllowed, RELATIONS } from '../../domain/relations';

/** Longest path asked for, in person-to-person hops; one Cypher file per bound (config's ceiling). */
export const MAX_HOPS = PATH_HOPS_CEILING;

export interface ConnectionArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  relationTypes?: readonly Relation[] | null;
  window?: { from?: string | null; to?: string | null } | null;
}

export function validateConnectionArgs(args: ConnectionArgs): { maxHops: number; allowed: Set<Relation> | null; window: { from: string; to: string } | null } {
  const maxHops = args.maxHops ?? 4;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw badUserInput(`maxHops must be a whole number from 1 to ${MAX_HOPS} (got ${maxHops})`, 'maxHops');
  }
  for (const [field, id] of [['from', args.from], ['to', args.to]] as const) {
    if (!isWellFormedId(id, ['person', 'club', 'nt'])) throw badUserInput(`\`${field}\` must be the id of a person, club or national team (got "${id.slice(0, 80)}")`, field);
  }
  if (args.from === args.to) throw badUserInput('`from` and `to` must be different', 'to');
  let allowed: Set<Relation> | null = null;
  if (args.relationTypes && args.relationTypes.length > 0) {
    if (args.relationTypes.length >= RELATIONS.length) allowed = null;
    else allowed = expandAllowed(args.relationTypes);
  }
  let window: { from: string; to: string } | null = null;
  if (args.window && (args.window.from || args.window.to)) {
    const from = args.window.from ?? '0001-01-01';
    const to = args.window.to ?? '9999-12-31';
    if (from > to) throw badUserInput('window.from must not be after window.to', 'window');
    window = { from, to };
  }
  return { maxHops, allowed, window };
}
