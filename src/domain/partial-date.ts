// Partial dates: a day, a month, a year, a football season or a range between two days, with
// the precision the source supports. Canonical text: 2021-05-11 (DAY), 2021-05 (MONTH),
// 2021 (YEAR), 2021/22 (SEASON), 1987-05-12..1988-05-11 (RANGE, e.g. a birth date from an age).
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'SEASON' | 'RANGE';

export interface PartialDate {
  text: string;
  precision: DatePrecision;
  /** First day the date can mean (YYYY-MM-DD). */
  lo: string;
  /** Last day the date can mean (YYYY-MM-DD). */
  hi: string;
}

export class PartialDateError extends Error {
  override name = 'PartialDateError';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkYear(y: number, text: string): void {
  if (y < 1800 || y > 2200) throw new PartialDateError(`Year out of range in "${text}"`);
}

/**
 * Parses a partial date. Accepts the canonical forms, plus `2021-2022` (a season written with
 * both years). `2011-12` is always read as a month (December 2011); write seasons as `2011/12`.
 */
export function parsePartialDate(input: string): PartialDate {
  const text = input.trim();
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    checkYear(y, text);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new PartialDateError(`Not a calendar date: "${text}"`);
    return { text, precision: 'DAY', lo: text, hi: text };
  }
  if ((m = text.match(/^(\d{4})-(\d{2})$/))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    checkYear(y, text);
    if (mo < 1 || mo > 12) throw new PartialDateError(`Not a month: "${text}"`);
    return { text, precision: 'MONTH', lo: `${y}-${pad(mo)}-01`, hi: `${y}-${pad(mo)}-${pad(daysInMonth(y, mo))}` };
  }
  if ((m = text.match(/^(\d{4})$/))) {
    const y = Number(m[1]);
    checkYear(y, text);
    return { text, precision: 'YEAR', lo: `${y}-01-01`, hi: `${y}-12-31` };
  }
  if ((m = text.match(/^(\d{4})\/(\d{2})$/)) || (m = text.match(/^(\d{4})-(\d{4})$/))) {
    const y = Number(m[1]);
    checkYear(y, text);
    const second = Number(m[2]);
    const expected = m[2]!.length === 2 ? (y + 1) % 100 : y + 1;
    if (second !== expected) throw new PartialDateError(`A season spans two consecutive years: "${text}"`);
    return seasonOf(y);
  }
  if ((m = text.match(/^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/))) {
    const lo = parsePartialDate(m[1]!);
    const hi = parsePartialDate(m[2]!);
    if (lo.lo > hi.hi) throw new PartialDateError(`A range must run forwards: "${text}"`);
    return { text, precision: 'RANGE', lo: lo.lo, hi: hi.hi };
  }
  throw new PartialDateError(`Unrecognised date "${text}": use YYYY-MM-DD, YYYY-MM, YYYY, a season YYYY/YY or a range YYYY-MM-DD..YYYY-MM-DD`);
}

/** The season that starts in the summer of `startYear`. */
export function seasonOf(startYear: number): PartialDate {
  return {
    text: `${startYear}/${pad((startYear + 1) % 100)}`,
    precision: 'SEASON',
    lo: `${startYear}-07-01`,
    hi: `${startYear + 1}-06-30`,
  };
}

/** The start year of the season a day falls in (July–June). */
export function seasonStartYear(day: string): number {
  const y = Number(day.slice(0, 4));
  const mo = Number(day.slice(5, 7));
  return mo >= 7 ? y : y - 1;
}

/** Seasons (by start year) touched by a period; an open end stops at `openEnd`. */
export function seasonsBetween(lo: string, hi: string): number[] {
  const first = seasonStartYear(lo);
  const last = seasonStartYear(hi);
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

export function isPartialDate(text: string): boolean {
  try {
    parsePartialDate(text);
    return true;
  } catch {
    return false;
  }
}

/** A season written as `2005/06` (or `2005-2006`) → its canonical text; null when it is not a season. */
export function seasonText(input: string): string | null {
  try {
    const d = parsePartialDate(input);
    return d.precision === 'SEASON' ? d.text : null;
  } catch {
    return null;
  }
}
