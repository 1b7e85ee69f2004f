// Periods of path hops and teammates: when two memberships of a team overlapped, the span several
// overlaps cover, and citations merged best first. Pure: no engine, no I/O.
import { membershipSegments } from './squads';
import { seasonStartYear } from './partial-date';
import type { FactModel } from './models/facts';
import type { PeriodModel } from './models/paths';
import type { CitationModel } from './models/sources';
import { periodOfDays } from './sentences';
import { seasonRunsText } from './wording';

/** Citations of several facts, deduplicated and best first (story before teaser, confident first). */
export function mergeCitations(lists: CitationModel[][]): CitationModel[] {
  const seen = new Map<string, CitationModel>();
  for (const list of lists) for (const c of list) if (!seen.has(`${c.sourceId}|${c.detail ?? ''}`)) seen.set(`${c.sourceId}|${c.detail ?? ''}`, c);
  return [...seen.values()].sort((a, b) => Number(a.teaser) - Number(b.teaser) || b.confidence - a.confidence || a.sourceId.localeCompare(b.sourceId) || (a.detail ?? '').localeCompare(b.detail ?? ''));
}

/** A season range with a gap in it names its runs instead. */
/** The span two periods cover together (an undated one adds nothing; an open end stays open). */
export function spanOf(a: PeriodModel, b: PeriodModel): PeriodModel {
  if (a.undated) return b;
  if (b.undated) return a;
  if (a.from === null || b.from === null) return a.from === null ? b : a;
  const from = a.from < b.from ? a.from : b.from;
  const open = (p: PeriodModel) => p.from !== null && p.to === null;
  const to = open(a) || open(b) ? null : a.to === null || b.to === null ? (a.to ?? b.to) : a.to > b.to ? a.to : b.to;
  return periodOfDays(from, to, open(a) || open(b));
}

export function withGaps(period: PeriodModel, seasons: string[]): PeriodModel {
  const runs = !period.undated && period.to !== null && period.text.includes('–') ? seasonRunsText(seasons) : null;
  return runs ? { ...period, text: runs } : period;
}

const earlier = (x: string | null, y: string): string => (x === null || y < x ? y : x);
const later = (x: string | null, y: string): string => (x === null || y > x ? y : x);
const isOpen = (f: FactModel) => f.end === null && f.kind === 'tenure';

/** When two memberships of one team overlapped: the shared seasons and the span they cover. */
export function sharedPeriod(a: FactModel, b: FactModel, today: string): { seasons: string[]; period: PeriodModel } | null {
  const segsB = new Map(membershipSegments(b, today).map((s) => [s.season, s]));
  const seasons: string[] = [];
  let lo: string | null = null;
  let hi: string | null = null;
  let undated = true;
  for (const sa of membershipSegments(a, today)) {
    const sb = segsB.get(sa.season);
    if (!sb) continue;
    if (sa.lo === null || sb.lo === null) {
      // An undated tournament squad: together for the whole tournament, whatever its dates.
      const known = sa.lo === null ? sb : sa;
      seasons.push(sa.season);
      if (known.lo !== null) {
        undated = false;
        lo = earlier(lo, known.lo);
        hi = later(hi, known.hi!);
      }
      continue;
    }
    const l = sa.lo > sb.lo ? sa.lo : sb.lo;
    const h = sa.hi! < sb.hi! ? sa.hi! : sb.hi!;
    if (l > h) continue;
    seasons.push(sa.season);
    undated = false;
    lo = earlier(lo, l);
    hi = later(hi, h);
  }
  if (seasons.length === 0) return null;
  // Both still in post (no end stated) and together in the current season: the link still holds.
  const ongoing = isOpen(a) && isOpen(b) && seasons.some((s) => Number(s.slice(0, 4)) === seasonStartYear(today));
  if (undated) return { seasons, period: periodOfDays(null, null) };
  const period = withGaps(periodOfDays(lo, hi, ongoing), seasons);
  return { seasons, period: [a, b].some((f) => beginsUnknownAt(f, lo!, today)) ? startUnknown(period) : period };
}

/**
 * Whether the membership's start is unknown (the data places the person there from its first
 * season at the latest) and an overlap beginning on `lo` begins with it: then the overlap may
 * have begun earlier too.
 */
function beginsUnknownAt(f: FactModel, lo: string, today: string): boolean {
  return f.details.startUnknown === true && membershipSegments(f, today)[0]?.lo === lo;
}

/** The period, marked as possibly begun before its `from`. */
export function startUnknown(period: PeriodModel): PeriodModel {
  return period.startUnknown ? period : { ...period, startUnknown: true, text: `${period.text}, possibly earlier` };
}

/** The span of one membership, for a hop between a person and the team itself. */
export function ownPeriod(f: FactModel, today: string): { seasons: string[]; period: PeriodModel } | null {
  const segs = membershipSegments(f, today);
  if (segs.length === 0) return null;
  const dated = segs.filter((s) => s.lo !== null);
  if (dated.length === 0) return { seasons: segs.map((s) => s.season), period: periodOfDays(null, null) };
  const period = periodOfDays(dated[0]!.lo, dated[dated.length - 1]!.hi, isOpen(f));
  return { seasons: segs.map((s) => s.season), period: f.details.startUnknown === true ? startUnknown(period) : period };
}

