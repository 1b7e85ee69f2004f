// Test support for the importers: small slices of the real open datasets in ../shared/data,
// copied at test time into a temporary directory with the datasets' own layout (never committed).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DATA_DIR, tempDir } from './graph';

export const TRANSFERS_DIR = path.join(DATA_DIR, 'transfermarkt-transfers', 'data');
export const CLUBS_DIR = path.join(DATA_DIR, 'openfootball-clubs', 'europe', 'belgium');
export const WORLDCUP_DIR = path.join(DATA_DIR, 'worldcup', 'data-csv');

export type CsvRecord = Record<string, string>;

/** Lines of a real CSV file whose record passes `keep`, with the header; raw text kept as is. */
export function sliceCsv(file: string, keep: (r: CsvRecord, line: number) => boolean): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const records = parse(text, { columns: true, info: true, raw: true, relax_column_count: true }) as { record: CsvRecord; info: { lines: number }; raw: string }[];
  const header = text.slice(0, text.indexOf('\n')).replace(/\r$/, '');
  return [header, ...records.filter((r) => keep(r.record, r.info.lines)).map((r) => r.raw.replace(/\r?\n$/, ''))];
}

export interface TransferSlice {
  /** Players (exact names) whose rows to keep, in every season and league file. */
  players?: string[];
  /** Keep rows of these players only when the nationality matches too. */
  nationality?: string;
  /** Seasons to read (all when absent). */
  seasons?: number[];
  /** Leagues (file base names) to read (all when absent). */
  leagues?: string[];
}

/** Writes `<dir>/data/<season>/<league>.csv` slices; returns the `data` directory. */
export function writeTransferSlice(dir: string, slices: TransferSlice[]): string {
  const out = path.join(dir, 'transfermarkt-transfers', 'data');
  for (const season of fs.readdirSync(TRANSFERS_DIR).filter((d) => /^\d{4}$/.test(d)).sort()) {
    for (const file of fs.readdirSync(path.join(TRANSFERS_DIR, season)).sort()) {
      const league = file.replace(/\.csv$/, '');
      const wanted = slices.filter((s) => (!s.seasons || s.seasons.includes(Number(season))) && (!s.leagues || s.leagues.includes(league)));
      if (wanted.length === 0) continue;
      const lines = sliceCsv(path.join(TRANSFERS_DIR, season, file), (r) =>
        wanted.some((s) => (!s.players || s.players.includes(r.name!.trim())) && (!s.nationality || r.nationality === s.nationality)),
      );
      if (lines.length <= 1) continue;
      fs.mkdirSync(path.join(out, season), { recursive: true });
      fs.writeFileSync(path.join(out, season, file), `${lines.join('\n')}\n`);
    }
  }
  return out;
}

/** Appends raw lines to a slice file (for malformed rows). */
export function appendLines(file: string, lines: string[]): void {
  fs.appendFileSync(file, `${lines.join('\n')}\n`);
}

/** The openfootball Belgian clubs file, copied whole (it is small). */
export function writeClubsSlice(dir: string): string {
  const out = path.join(dir, 'openfootball-clubs', 'europe', 'belgium');
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(path.join(CLUBS_DIR, 'be.clubs.txt'), path.join(out, 'be.clubs.txt'));
  return path.join(dir, 'openfootball-clubs');
}

/**
 * A World Cup slice: the tournaments and teams tables whole, and the squads, players, managers
 * and appointments of the given tournaments and teams.
 */
export function writeWorldCupSlice(dir: string, tournaments: string[], teams: string[]): string {
  const out = path.join(dir, 'worldcup', 'data-csv');
  fs.mkdirSync(out, { recursive: true });
  const copy = (name: string, keep: (r: CsvRecord) => boolean) => fs.writeFileSync(path.join(out, `${name}.csv`), `${sliceCsv(path.join(WORLDCUP_DIR, `${name}.csv`), keep).join('\n')}\n`);
  const squadRows = (r: CsvRecord) => tournaments.includes(r.tournament_id!) && teams.includes(r.team_id!);
  const players = new Set<string>();
  sliceCsv(path.join(WORLDCUP_DIR, 'squads.csv'), (r) => {
    if (squadRows(r)) players.add(r.player_id!);
    return false;
  });
  const managers = new Set<string>();
  sliceCsv(path.join(WORLDCUP_DIR, 'manager_appointments.csv'), (r) => {
    if (squadRows(r)) managers.add(r.manager_id!);
    return false;
  });
  copy('tournaments', () => true);
  copy('teams', () => true);
  copy('squads', squadRows);
  copy('players', (r) => players.has(r.player_id!));
  copy('manager_appointments', squadRows);
  copy('managers', (r) => managers.has(r.manager_id!));
  return path.join(dir, 'worldcup');
}

export function sliceDir(): string {
  return tempDir('bfg-import-');
}

export const RESULTS_DIR = path.join(DATA_DIR, 'belgian-league-results');

/**
 * League results of some seasons (`2022-23`), copied byte for byte (CRLF line ends kept), with
 * extra raw lines appended to a season's file; returns the `belgian-league-results` directory.
 */
export function writeResultsSlice(dir: string, seasons: string[], extra: Record<string, string[]> = {}): string {
  const out = path.join(dir, 'belgian-league-results');
  for (const season of seasons) {
    fs.mkdirSync(path.join(out, season), { recursive: true });
    const target = path.join(out, season, 'be.1.csv');
    fs.copyFileSync(path.join(RESULTS_DIR, season, 'be.1.csv'), target);
    if (extra[season]) fs.appendFileSync(target, extra[season]!.map((l) => `${l}\r\n`).join(''));
  }
  return out;
}
