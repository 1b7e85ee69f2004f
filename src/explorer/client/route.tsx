// Every view lives in the URL fragment, so any view can be bookmarked and shared:
//   #/                                  search and examples
//   #/person/<id>?kinds=SPELL,HONOUR    a person (timeline optionally of some kinds)
//   #/club/<id>?from=…&to=…&season=…    a club (staff during a period, squad of a season)
//   #/connect?from=…&to=…&maxHops=4&types=…&since=…&until=…
import type { Relation, TimelineKind } from './__generated__/operations';

export type Route =
  | { view: 'home' }
  | { view: 'person'; id: string; kinds: TimelineKind[] }
  | { view: 'club'; id: string; from?: string; to?: string; season?: string }
  | { view: 'connect'; from?: string; to?: string; maxHops: number; types: Relation[]; windowFrom?: string; windowTo?: string }
  | { view: 'missing'; hash: string };

export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS = 6;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SEASON = /^\d{4}\/\d{2}$/;

const list = (value: string | null): string[] => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);
const day = (value: string | null): string | undefined => (value && DAY.test(value) ? value : undefined);

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const q = new URLSearchParams(queryPart);
  const [view, id] = segments;
  if (!view) return { view: 'home' };
  if (view === 'person' && id) return { view: 'person', id, kinds: list(q.get('kinds')) as TimelineKind[] };
  if (view === 'club' && id) {
    const season = q.get('season');
    return { view: 'club', id, from: day(q.get('from')), to: day(q.get('to')), season: season && SEASON.test(season) ? season : undefined };
  }
  if (view === 'connect') {
    const hops = Number(q.get('maxHops'));
    return {
      view: 'connect',
      from: q.get('from') || undefined,
      to: q.get('to') || undefined,
      maxHops: Number.isInteger(hops) && hops >= 1 && hops <= MAX_HOPS ? hops : DEFAULT_MAX_HOPS,
      types: list(q.get('types')) as Relation[],
      windowFrom: day(q.get('since')),
      windowTo: day(q.get('until')),
    };
  }
  return { view: 'missing', hash: raw };
}

/** Ids keep their colons readable in the address bar. */
const segment = (id: string) => encodeURIComponent(id).replace(/%3A/gi, ':');

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%2F/gi, '/');
  return s ? `?${s}` : '';
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'person':
      return `#/person/${segment(route.id)}${query({ kinds: route.kinds.join(',') })}`;
    case 'club':
      return `#/club/${segment(route.id)}${query({ from: route.from, to: route.to, season: route.season })}`;
    case 'connect':
      return `#/connect${query({
        from: route.from,
        to: route.to,
        maxHops: String(route.maxHops),
        types: route.types.join(','),
        since: route.windowFrom,
        until: route.windowTo,
      })}`;
    case 'missing':
      return `#${route.hash}`;
  }
}

/** The view of an entity, by the kind its id names. */
export function entityHref(id: string): string | null {
  if (id.startsWith('person:')) return formatRoute({ view: 'person', id, kinds: [] });
  if (id.startsWith('club:')) return formatRoute({ view: 'club', id });
  return null;
}

export function navigate(route: Route): void {
  const hash = formatRoute(route);
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}
