// Relay connections over a list already in its stable order; `first` is capped at 100.
import { PAGE_SIZE_CEILING } from '../config';
import { badUserInput } from '../errors';

/** The ceiling of every page (config's PAGE_SIZE_CEILING; the limits reject a larger `first` earlier when MAX_PAGE_SIZE is lower). */
export const MAX_PAGE_SIZE = PAGE_SIZE_CEILING;

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const encode = (offset: number) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

function decode(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = text.match(/^o:(\d{1,9})$/);
  if (!m) throw badUserInput('Invalid cursor: pass an endCursor from a previous page', 'after');
  return Number(m[1]);
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw badUserInput('`first` must be a whole number from 0 to 100', 'first');
  if (n > MAX_PAGE_SIZE) throw badUserInput(`\`first\` is capped at ${MAX_PAGE_SIZE} (got ${n})`, 'first');
  return n;
}

export function toConnection<T>(items: readonly T[], args: { first?: number | null; after?: string | null }): Connection<T> {
  const size = pageSize(args.first);
  const start = args.after ? decode(args.after) + 1 : 0;
  const slice = items.slice(start, start + size);
  const edges = slice.map((node, i) => ({ node, cursor: encode(start + i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + size < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
