// The Belgian league results importer: `<season>/be.1.csv` files (`Date,Team 1,FT,HT,Team 2`,
// CRLF, `?` for an unknown half-time score) become one `match` fact per row, between club
// entities already in the graph. The data writes clubs by short names of its own (`Mechelen`,
// `St Truiden`, `Bergen` for Mons), and a few names cover different clubs in different eras
// (`Seraing`, `Waregem`, `Mouscron`, `Molenbeek`): each name is resolved per season, through the
// short forms of results-clubs.ts where the identity is certain, and a name that fits no club or several is
// rejected with its rows and reported, never guessed. Play-off matches are not marked in the
// data: within a season, a match whose home and away side already met the same way is a repeat
// of the double round robin, so a play-off match (and its group follows from who plays whom).
import fs from 'node:fs';
import path from 'node:path';
import type { FactSeed } from '../../domain/types';
import { readCsv } from './csv';
import { DATASET } from '../../knowledge/datasets';
import { ImportError } from './errors';
import { listFiles } from './files';
import { clean, fold, slug } from './names';
import { attach, emptyPlan, type ImportPlan } from './plan';
import type { Progress } from './progress';
import type { KnownEntity } from './registry';
import { differsByEra, push, ResultsClubs, seasonText, SHORT_FORMS, type ResolvedName } from './results-clubs';
import type { ImportReport } from './report';
import type { FactModel } from '../../domain/models/facts';
import { ref } from '../../domain/models/facts';

export const RESULTS_COLUMNS = ['Date', 'Team 1', 'FT', 'HT', 'Team 2'] as const;
export const COMPETITION = 'Belgian First Division';

export interface ResultRow {
  file: string;
  season: number;
  line: number;
  raw: string;
  day: string;
  home: string;
  away: string;
  ft: [number, number];
  ht: [number, number] | null;
}

const MONTHS: Record<string, number> = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `Sun Jul 24 2022` → `2022-07-24`; null when malformed or when the weekday does not fit the day. */
export function parseMatchDay(text: string): string | null {
  const m = text.trim().match(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d{1,2}) (\d{4})$/);
  if (!m || !MONTHS[m[2]!]) return null;
  const [y, mo, d] = [Number(m[4]), MONTHS[m[2]!]!, Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (WEEKDAYS[date.getUTCDay()] !== m[1]) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

function score(text: string): [number, number] | null {
  const m = text.trim().match(/^(\d{1,2})-(\d{1,2})$/);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** The season directory (`2022-23`) as its start year, or null. */
export function seasonOfDir(dir: string): number | null {
  const m = dir.match(/^(\d{4})-(\d{2})$/);
  if (!m) return null;
  const y = Number(m[1]);
  return (y + 1) % 100 === Number(m[2]) ? y : null;
}

const seasonLo = (y: number) => `${y}-07-01`;
const seasonHi = (y: number) => `${y + 1}-06-30`;

export interface ResultsData {
  rows: ResultRow[];
  files: number;
  read: number;
  names: Set<string>;
}

/** Reads every `<season>/be.1.csv` under `root`; malformed rows go to the rejects with their reason. */
export async function readResults(root: string, report: ImportReport, progress: Progress): Promise<ResultsData> {
  const files = listFiles(root, (n) => n === 'be.1.csv', 'league result files (<season>/be.1.csv)');
  const rows: ResultRow[] = [];
  const names = new Set<string>();
  let read = 0;
  progress.phase('results: reading', files.length);
  for (const [i, file] of files.entries()) {
    const dir = path.basename(path.dirname(file));
    const season = seasonOfDir(dir);
    if (season === null) throw new ImportError('INPUT_INVALID', `${file}: the directory of a results file must be its season (e.g. 2022-23/be.1.csv)`);
    const cited = `${dir}/be.1.csv`;
    names.add(cited);
    const reject = (line: number, reason: string, raw: string) => report.reject({ source: 'results', file: cited, line, reason, raw });
    try {
      fs.accessSync(file, fs.constants.R_OK);
    } catch (err) {
      throw new ImportError('INPUT_INVALID', `${file}: cannot be read (${(err as Error).message})`);
    }
    for await (const r of readCsv(file, RESULTS_COLUMNS, (rej) => {
      read++;
      reject(rej.line, rej.reason, rej.raw);
    })) {
      read++;
      const f = r.fields;
      // CRLF: the parser takes `\r\n` as the record end, and names are trimmed anyway.
      const home = clean(f['Team 1'] ?? '');
      const away = clean(f['Team 2'] ?? '');
      const day = parseMatchDay(f.Date ?? '');
      const ft = score(f.FT ?? '');
      const htText = (f.HT ?? '').trim();
      const ht = htText === '?' ? null : score(htText);
      const why =
        !day ? `date "${(f.Date ?? '').slice(0, 20)}" is not a day written like "Sun Jul 24 2022" (or its weekday is wrong)`
        : day < seasonLo(season) || day > seasonHi(season) ? `date ${day} is outside season ${seasonText(season)} of its file`
        : !home || !away ? 'a side has no name'
        : home === away ? `${home} plays itself`
        : !ft ? `full-time score "${(f.FT ?? '').slice(0, 10)}" is not like 2-1`
        : htText !== '?' && !ht ? `half-time score "${htText.slice(0, 10)}" is neither like 1-0 nor ?`
        : ht && (ht[0] > ft[0] || ht[1] > ft[1]) ? `half-time score ${htText} exceeds the full-time score`
        : null;
      if (why) {
        reject(r.line, why, r.raw);
        continue;
      }
      rows.push({ file: cited, season, line: r.line, raw: r.raw, day: day!, home, away, ft: ft!, ht });
    }
    progress.update(i + 1);
  }
  return { rows, files: files.length, read, names };
}

export interface ResultsContext {
  clubs: KnownEntity[];
  /** Curated match facts (articles' matches) that a data row may confirm. */
  curatedMatches: FactModel[];
  report: ImportReport;
}

/** Stage of each row: null (regular season) or the play-off group, found from repeats of home/away pairs. */
export function playOffStages(rows: ResultRow[]): Map<ResultRow, string | null> {
  const out = new Map<ResultRow, string | null>();
  const bySeason = new Map<number, ResultRow[]>();
  for (const r of rows) push(bySeason, r.season, r);
  for (const list of bySeason.values()) {
    const ordered = [...list].sort((a, b) => (a.day !== b.day ? (a.day < b.day ? -1 : 1) : a.line - b.line));
    const seen = new Set<string>();
    const playoffs: ResultRow[] = [];
    for (const r of ordered) {
      const k = `${r.home}\u0000${r.away}`;
      if (seen.has(k)) playoffs.push(r);
      else {
        seen.add(k);
        out.set(r, null);
      }
    }
    if (playoffs.length === 0) continue;
    // Groups: clubs that meet at least twice in the play-offs (each group is a double round
    // robin); a one-off match between two groups (a deciding match for a European place) stays
    // apart. Groups are named by their places in the regular-season table.
    const table = standings(ordered.filter((r) => out.get(r) === null));
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      while (parent.get(x) !== undefined && parent.get(x) !== x) x = parent.get(x)!;
      return x;
    };
    const meetings = new Map<string, number>();
    for (const r of playoffs) {
      if (!parent.has(r.home)) parent.set(r.home, r.home);
      if (!parent.has(r.away)) parent.set(r.away, r.away);
      const k = [r.home, r.away].sort().join('\u0000');
      meetings.set(k, (meetings.get(k) ?? 0) + 1);
    }
    for (const [k, n] of meetings) {
      if (n < 2) continue;
      const [a, b] = k.split('\u0000') as [string, string];
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent.set(rb, ra);
    }
    const groups = new Map<string, string[]>();
    for (const club of parent.keys()) push(groups, find(club), club);
    const label = new Map<string, string>();
    const placesOf = (clubs: string[]) => {
      const places = clubs.map((c) => table.indexOf(c) + 1).filter((p) => p > 0).sort((a, b) => a - b);
      return places.length === clubs.length && places[places.length - 1]! - places[0]! === places.length - 1 ? `${places[0]}–${places[places.length - 1]}` : null;
    };
    for (const [root, clubs] of groups) {
      const places = placesOf(clubs);
      label.set(root, places ? `play-offs: clubs placed ${places} in the regular season` : `play-offs: ${clubs.sort().join(', ')}`);
    }
    for (const r of playoffs) {
      const [gh, ga] = [find(r.home), find(r.away)];
      if (gh === ga) out.set(r, label.get(gh)!);
      else {
        const [ph, pa] = [placesOf(groups.get(gh)!), placesOf(groups.get(ga)!)];
        out.set(r, `play-offs: match between the groups of ${ph ? `places ${ph}` : r.home} and ${pa ? `places ${pa}` : r.away}`);
      }
    }
  }
  return out;
}

/** The regular-season table: three points a win, then wins, goal difference, goals scored, name (the Belgian order). */
function standings(rows: ResultRow[]): string[] {
  const t = new Map<string, { pts: number; w: number; gd: number; gf: number }>();
  const row = (c: string) => t.get(c) ?? (t.set(c, { pts: 0, w: 0, gd: 0, gf: 0 }), t.get(c)!);
  for (const r of rows) {
    const [h, a] = [row(r.home), row(r.away)];
    h.gf += r.ft[0];
    a.gf += r.ft[1];
    h.gd += r.ft[0] - r.ft[1];
    a.gd += r.ft[1] - r.ft[0];
    if (r.ft[0] > r.ft[1]) {
      h.pts += 3;
      h.w++;
    } else if (r.ft[0] < r.ft[1]) {
      a.pts += 3;
      a.w++;
    }
    else {
      h.pts++;
      a.pts++;
    }
  }
  return [...t.entries()].sort((x, y) => y[1].pts - x[1].pts || y[1].w - x[1].w || y[1].gd - x[1].gd || y[1].gf - x[1].gf || x[0].localeCompare(y[0])).map(([c]) => c);
}

const part = (id: string) => id.replace(/^club:/, '');

export function planResults(data: ResultsData, ctx: ResultsContext): ImportPlan & { clubsResolved: number; namesRejected: number } {
  const plan = emptyPlan();
  const clubs = new ResultsClubs(ctx.clubs);
  const known = new Map(ctx.clubs.map((c) => [c.id, c]));
  const resolved = new Map<string, { ok: ResolvedName } | { error: string; ids: string[] }>();
  const resolveKey = (name: string, season: number) => {
    const k = `${name}|${season}`;
    let r = resolved.get(k);
    if (!r) resolved.set(k, (r = clubs.resolve(name, season)));
    return r;
  };
  // Every name with the seasons it was seen in, for the entities' citations and the review file.
  const seenSeasons = new Map<string, Set<number>>();
  const stages = playOffStages(data.rows);
  const reported = new Set<string>();
  const spelled = new Map<string, Map<string, { seasons: number[]; how: string }>>();
  let rejectedRows = 0;
  const curatedBy = new Map<string, FactModel[]>();
  for (const f of ctx.curatedMatches) {
    const k = `${ref(f, 'home')}|${ref(f, 'away')}`;
    push(curatedBy, k, f);
  }
  const ids = new Set<string>();
  const created_ = new Map<string, { id: string; name: string; city: string }>();
  for (const r of data.rows) {
    const sides = [r.home, r.away].map((n) => {
      if (!seenSeasons.has(n)) seenSeasons.set(n, new Set());
      seenSeasons.get(n)!.add(r.season);
      return resolveKey(n, r.season);
    });
    const failed = sides.map((s, i) => ('error' in s ? { s, name: i === 0 ? r.home : r.away } : null)).filter((x) => x !== null);
    if (failed.length > 0) {
      for (const { s, name } of failed) {
        const key = `${name}|${r.season}`;
        if (!reported.has(key)) {
          reported.add(key);
          ctx.report.note({ kind: 'club-kept-apart', ids: 'error' in s ? s.ids : [], names: [name], note: `results ${seasonText(r.season)}: ${'error' in s ? s.error : ''}; its matches are not imported` });
        }
      }
      ctx.report.reject({ source: 'results', file: r.file, line: r.line, reason: failed.map(({ s }) => ('error' in s ? s.error : '')).join('; '), raw: r.raw });
      rejectedRows++;
      continue;
    }
    const [home, away] = sides.map((s) => (s as { ok: ResolvedName }).ok);
    for (const s of [home!, away!]) if (s.create) created_.set(s.id, s.create);
    for (const [name, s] of [[r.home, home!], [r.away, away!]] as const) {
      let byName = spelled.get(s.id);
      if (!byName) spelled.set(s.id, (byName = new Map()));
      const e = byName.get(name) ?? { seasons: [], how: s.how };
      if (!e.seasons.includes(r.season)) e.seasons.push(r.season);
      byName.set(name, e);
    }
    const stage = stages.get(r) ?? null;
    const winner = r.ft[0] > r.ft[1] ? home!.id : r.ft[0] < r.ft[1] ? away!.id : null;
    const details = {
      homeGoals: r.ft[0],
      awayGoals: r.ft[1],
      ...(r.ht ? { halfTimeHomeGoals: r.ht[0], halfTimeAwayGoals: r.ht[1] } : {}),
      competition: COMPETITION,
      season: seasonText(r.season),
      ...(stage ? { stage } : {}),
      homeName: r.home,
      awayName: r.away,
    };
    const citation = { source: DATASET.results, detail: `${r.file}#L${r.line}`, confidence: 1 };
    // An article's match that this row is (same sides, its date inside the article's): the row confirms it.
    const curated = (curatedBy.get(`${home!.id}|${away!.id}`) ?? []).find((f) => f.start && f.start.lo <= r.day && r.day <= f.start.hi);
    if (curated) {
      const { homeName: _h, awayName: _a, ...confirmed } = details;
      attach(plan, { factId: curated.id, citations: [citation], details: confirmed });
      continue;
    }
    let id = `fact:match:${r.day}:${part(home!.id)}:${part(away!.id)}`;
    for (let i = 2; ids.has(id); i++) id = `fact:match:${r.day}:${part(home!.id)}:${part(away!.id)}:${i}`;
    ids.add(id);
    const fact: FactSeed = {
      id,
      kind: 'match',
      type: stage ? 'PLAYOFF' : 'LEAGUE',
      start: r.day,
      refs: { home: home!.id, away: away!.id, ...(winner ? { winner } : {}) },
      details,
      sources: [citation],
    };
    plan.facts.set(id, fact);
  }
  // The clubs the matches are between: their short forms added as aliases, the data cited.
  for (const [id, byName] of [...spelled].sort((a, b) => a[0].localeCompare(b[0]))) {
    const k = known.get(id);
    const names = [...byName.keys()].sort();
    const seasons = (n: string) => {
      const s = byName.get(n)!.seasons.sort((a, b) => a - b);
      return s.length === 1 ? seasonText(s[0]!) : `${seasonText(s[0]!)}–${seasonText(s[s.length - 1]!)}`;
    };
    // A name that also means another club in another era is not an alias of either.
    // Nor is a name another club of the graph already goes by (`RWD Molenbeek` of 1973 and RWDM of 2015).
    const aliases = names.filter((n) => (SHORT_FORMS[n]?.length ?? 1) === 1 && !differsByEra(n, clubs) && clubs.exactIds(n).every((x) => x === id));
    const created = created_.get(id);
    plan.entities.set(id, {
      id,
      type: 'CLUB',
      name: k?.name ?? created!.name,
      spellings: k ? aliases : [created!.name],
      country: k ? k.country : 'BE',
      ...(created ? { city: created.city } : {}),
      citation: { source: DATASET.results, detail: `be.1.csv: ${names.map((n) => `"${n}" ${seasons(n)}, linked by ${byName.get(n)!.how}`).join('; ')}`, confidence: 1 },
      ...(k ? { merge: { curated: k.curated } } : {}),
    });
  }
  // Names the data uses for different clubs in different eras that the graph holds as one club.
  for (const [name, eras] of Object.entries(SHORT_FORMS)) {
    if (eras.length < 2 || !seenSeasons.has(name)) continue;
    const ids = eras.map((e) => clubs.resolve(name, e.from)).map((r) => ('ok' in r ? r.ok.id : null));
    if (ids[0] && ids.every((id) => id === ids[0])) {
      ctx.report.note({ kind: 'data-warning', ids: [ids[0]], names: [name], note: `results: "${name}" names ${eras.map((e) => e.names[0]).join(' and ')}, different clubs, but the graph holds them as one (${ids[0]}): the matches of every era are on it` });
    }
  }
  return Object.assign(plan, { clubsResolved: spelled.size, namesRejected: reported.size });
}

export { fold, slug };
