// Relay connections, one module for every list: the page size (capped by the config's ceiling;
// the limits refuse a larger `first` before any database call), connections over a list already
// in its stable order (offset cursors), and pages read in the database after a keyset cursor.
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

/** The arguments of a page. */
export interface Page {
  first?: number | null;
  after?: string | null;
}

/** Where a page read in the database starts after: the last row's sort key and id. */
export interface Keyset {
  key: string;
  id: string;
}

const encodeKeyset = (k: Keyset) => Buffer.from(`k:${k.key}\u0000${k.id}`, 'utf8').toString('base64url');

/**
 * The keyset an `after` cursor stands for; the start of the list when there is none. A sort key
 * may hold ids (a disagreement's: the person's and the curated fact's, up to ~570 characters).
 */
export function decodeKeyset(cursor: string | null | undefined): Keyset {
  if (!cursor) return { key: '', id: '' };
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  // A sort key of several parts (teammates: start, team, name) runs to a few hundred characters.
  const m = text.match(/^k:([^\u0000]{0,1000})\u0000([^\u0000]{1,1000})$/);
  if (!m) throw badUserInput('Invalid cursor: pass an endCursor from a previous page of this list', 'after');
  return { key: m[1]!, id: m[2]! };
}

/** A page from rows read one past the page size in the database (so `hasNextPage` needs no second query). */
export function keysetPage<T>(rows: { node: T; key: Keyset }[], size: number, after: string | null | undefined, total: number): Connection<T> {
  const edges = rows.slice(0, size).map((r) => ({ node: r.node, cursor: encodeKeyset(r.key) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
    totalCount: total,
  };
}

/**
 * Joins the parts of a sort key of several parts (a start, then a team's name, then a person's) in
 * the database: below every character the parts hold, so the joined keys compare as the parts do.
 */
export const KEY_SEPARATOR = '\u0001';

/** Keyset order (sort key, then id): the order of a page read in the database. */
export function byKeyset(a: { key: Keyset }, b: { key: Keyset }): number {
  return a.key.key !== b.key.key ? (a.key.key < b.key.key ? -1 : 1) : a.key.id < b.key.id ? -1 : a.key.id > b.key.id ? 1 : 0;
}
