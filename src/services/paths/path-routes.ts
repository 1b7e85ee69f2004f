// Routes between two ends, before they are explained: checking each hop against the relations
// and the time window asked for, ranking them, and folding the routes a reader would see as one
// (the same people, relations and teams through other pairs of spells). Pure: no engine, no I/O.
import { TEAM_ROLE } from '../../domain/link-roles';
import type { Relation, RouteHop, RouteLink, RouteModel } from '../../domain/models/paths';
import { hopRelation } from '../../domain/relations';

export type RawLink = RouteLink;
export type RawHop = Omit<RouteHop, 'relation'>;

const OPEN_END = '9999-12-31';

/** Whether two LINKs (and, with a window, each of them) hold at a common time; undated LINKs pass without a window. */
export function linksHold(a: RawLink, b: RawLink, window: { from: string; to: string } | null): boolean {
  if (window) {
    for (const l of [a, b]) if (l.lo === null || l.lo > window.to || (l.hi ?? OPEN_END) < window.from) return false;
  }
  if (a.lo === null || b.lo === null) return true;
  return a.lo <= (b.hi ?? OPEN_END) && b.lo <= (a.hi ?? OPEN_END);
}

/** Which hops a route crosses, independent of the season squad the engine happened to pick. */
export function hopKey(h: RawHop): string {
  if (!h.via.startsWith('squad:')) return `F|${h.via}|${h.fromLink.role}|${h.toLink.role}`;
  const a = h.fromLink.role === TEAM_ROLE ? TEAM_ROLE : h.fromLink.factId;
  const b = h.toLink.role === TEAM_ROLE ? TEAM_ROLE : h.toLink.factId;
  return `S|${h.teamId}|${a}|${b}`;
}

/** The latest end of any LINK of a route ('' when undated): which of equivalent routes to keep. */
export function routeLatest(hops: RawHop[]): string {
  let latest = '';
  for (const h of hops) for (const l of [h.fromLink, h.toLink]) if (l.hi && l.hi > latest) latest = l.hi;
  return latest;
}

export const routeKey = (hops: RawHop[]) => [hops[0]?.from ?? '', ...hops.map((h) => `${hopKey(h)}>${h.to}`)].join('~');

export function reverseHop(h: RawHop): RawHop {
  return { ...h, from: h.to, to: h.from, fromLink: h.toLink, toLink: h.fromLink };
}

/** Whether a LINK carries no date (an undated connector or membership). */
const undatedLink = (l: RawLink) => l.role !== TEAM_ROLE && l.lo === null;

/**
 * Checks every hop (a relation exists, is allowed, the two LINKs overlap) and ranks the routes
 * that pass: shortest first, then best evidenced (dated hops, confident connector facts: teaser
 * facts carry 0.5), then the most recent, then by key so the order is stable.
 */
export function rank(routes: RawHop[][], allowed: Set<Relation> | null, window: { from: string; to: string } | null): RouteModel[] {
  const scored: { route: RouteModel; score: number; latest: string }[] = [];
  for (const raw of routes) {
    const hops: RouteHop[] = [];
    for (const h of raw) {
      const relation = hopRelation(h.via, h.kind, h.type, h.fromLink.role, h.toLink.role);
      if (!relation || (allowed && !allowed.has(relation)) || !linksHold(h.fromLink, h.toLink, window)) break;
      hops.push({ ...h, relation });
    }
    if (hops.length !== raw.length || hops.length === 0) continue;
    let score = 0;
    let latest = '';
    for (const h of hops) {
      const undated = undatedLink(h.fromLink) || undatedLink(h.toLink);
      score += 1 + (undated ? 0.25 : 0) + (1 - (h.confidence ?? 1));
      for (const l of [h.fromLink, h.toLink]) if (l.hi && l.hi > latest) latest = l.hi;
    }
    scored.push({ route: { key: routeKey(raw), hops, variants: 1 }, score, latest });
  }
  scored.sort((x, y) => x.route.hops.length - y.route.hops.length || x.score - y.score || (x.latest > y.latest ? -1 : x.latest < y.latest ? 1 : 0) || (x.route.key < y.route.key ? -1 : x.route.key > y.route.key ? 1 : 0));
  return foldRoutes(scored.map((s) => s.route));
}

/**
 * What a reader sees of a route: its ends, and each hop's relation and team (a hop through a
 * squad or to a team), or the fact itself (a relationship, a transfer: each names its own people
 * and dates).
 */
const visibleKey = (r: RouteModel) => [r.hops[0]?.from ?? '', ...r.hops.map((h) => `${foldable(h) ? `S|${h.relation}|${h.teamId ?? (h.toLink.role === TEAM_ROLE ? h.to : h.from)}` : `F|${h.via}`}>${h.to}`)].join('~');

/** A hop through a squad, or through a membership fact (an undated spell or tenure) of one person at a team. */
const foldable = (h: RouteHop) => h.via.startsWith('squad:') || h.fromLink.role === TEAM_ROLE || h.toLink.role === TEAM_ROLE;

/**
 * One route per thing a reader sees: routes through the same people, relations and teams (one
 * per pair of spells or per fact underneath) fold into the best ranked of them, which keeps the
 * others' facts on its hops (`also`) and counts them (`variants`).
 */
export function foldRoutes(ranked: RouteModel[]): RouteModel[] {
  const kept = new Map<string, RouteModel>();
  for (const r of ranked) {
    const key = visibleKey(r);
    const held = kept.get(key);
    if (!held) {
      kept.set(key, { ...r, hops: r.hops.map((h) => ({ ...h })) });
      continue;
    }
    held.variants++;
    r.hops.forEach((h, i) => {
      const into = held.hops[i]!;
      const same = (x: { via: string; fromLink: RawLink; toLink: RawLink }) => x.via === h.via && x.fromLink.factId === h.fromLink.factId && x.toLink.factId === h.toLink.factId;
      if (same(into) || into.also?.some(same)) return;
      (into.also ??= []).push({ via: h.via, fromLink: h.fromLink, toLink: h.toLink });
    });
  }
  return [...kept.values()];
}

