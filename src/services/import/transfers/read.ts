// Reads the transfer files row by row (malformed rows to the rejects) and repairs the season
// files that head each club's rows with another club's name.
import { readCsv } from '../csv';
import { citedName, listFiles } from '../files';
import { clubKey } from '../names';
import type { Progress } from '../progress';
import type { ImportReport } from '../report';
import { groupByMove, moveKey, parseTransferRow, TRANSFER_COLUMNS, type TransferRow } from './rows';

/**
 * Some season files head every club's rows with the next club's name (in the 2021 files the
 * rows under "RSC Anderlecht" are Royal Antwerp's, those under "KRC Genk" Anderlecht's, and the
 * champion's heading is missing). A file is suspect when almost none of its transfers seen from
 * both sides agree on the clubs while other files agree on most. In a suspect file each block of
 * rows under one heading is given the club that the other side's rows name (they name the
 * counterpart correctly); a block nothing names is rejected rather than guessed.
 */
export function repairShiftedFiles(rows: TransferRow[], report: ImportReport): TransferRow[] {
  const groups = groupByMove(rows);
  // How often the other side of a move names a row's club as the file heads it, and how often it
  // names another club this same file heads (the sign of a shift). Names match when folded alike
  // or alike without designators; a name that matches neither (Man Utd for Manchester United)
  // counts for nothing.
  const keys = new Map<string, [string, string]>();
  const key = (name: string): [string, string] => {
    let k = keys.get(name);
    if (!k) {
      const c = clubKey(name);
      keys.set(name, (k = [c.full, c.core ?? c.full]));
    }
    return k;
  };
  const same = (a: string, b: string) => {
    const [fa, ca] = key(a);
    const [fb, cb] = key(b);
    return fa === fb || ca === cb;
  };
  const headings = new Map<string, Set<string>>();
  for (const r of rows) {
    const h = headings.get(r.file) ?? new Set<string>();
    h.add(r.club);
    headings.set(r.file, h);
  }
  const stats = new Map<string, { agree: number; shifted: number }>();
  for (const g of groups.values()) {
    if (g.length !== 2 || g[0]!.movement === g[1]!.movement) continue;
    for (const [r, o] of [[g[0]!, g[1]!], [g[1]!, g[0]!]] as const) {
      if (!o.dealing) continue;
      const st = stats.get(r.file) ?? { agree: 0, shifted: 0 };
      if (same(o.dealing, r.club)) st.agree++;
      else if ([...headings.get(r.file)!].some((h) => h !== r.club && same(o.dealing!, h))) st.shifted++;
      stats.set(r.file, st);
    }
  }
  const suspect = new Set([...stats].filter(([, st]) => st.shifted >= 20 && st.shifted > 2 * st.agree).map(([f]) => f));
  if (suspect.size === 0) return rows;
  const drop = new Set<TransferRow>();
  for (const file of [...suspect].sort()) {
    const blocks: { heading: string; rows: TransferRow[] }[] = [];
    for (const r of rows) {
      if (r.file !== file) continue;
      const last = blocks[blocks.length - 1];
      if (last && last.heading === r.club) last.rows.push(r);
      else blocks.push({ heading: r.club, rows: [r] });
    }
    let relabelled = 0;
    blocks.forEach((block, i) => {
      const votes = new Map<string, number>();
      for (const r of block.rows) {
        for (const o of groups.get(moveKey(r)) ?? []) if (o !== r && o.movement !== r.movement && o.dealing) votes.set(o.dealing, (votes.get(o.dealing) ?? 0) + 1);
      }
      const total = [...votes.values()].reduce((t, n) => t + n, 0);
      const [top, n] = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
      const previous = blocks[i - 1]?.heading;
      const ok = top !== null && ((n >= 2 && n / total >= 0.6) || (n === total && previous !== undefined && same(top, previous)));
      if (!ok) {
        for (const r of block.rows) {
          drop.add(r);
          report.reject({ source: 'transfers', file: r.file, line: r.line, reason: `club heading "${block.heading}" is unreliable: this file heads clubs' rows with another club's name, and no counterpart row tells whose rows these are`, raw: r.raw ?? '' });
        }
        return;
      }
      for (const r of block.rows) {
        r.headedAs = r.club;
        r.club = top!;
      }
      relabelled += block.rows.length;
    });
    report.note({ kind: 'data-warning', ids: [], names: [file], note: `${file} heads each club's rows with another club's name; ${relabelled} rows given the club their counterpart rows name` });
  }
  return drop.size > 0 ? rows.filter((r) => !drop.has(r)) : rows;
}

export interface TransferFiles {
  rows: TransferRow[];
  files: number;
  /** The files as citations name them. */
  names: Set<string>;
  read: number;
}

export async function readTransfers(root: string, report: ImportReport, progress: Progress): Promise<TransferFiles> {
  const files = listFiles(root, (n) => n.endsWith('.csv'), 'transfer CSV files');
  const rows: TransferRow[] = [];
  let read = 0;
  progress.phase('transfers: reading', files.length);
  for (const [i, file] of files.entries()) {
    const cited = citedName(file);
    const dir = cited.includes('/') ? Number(cited.slice(0, 4)) : null;
    for await (const row of readCsv(file, TRANSFER_COLUMNS, (r) => {
      read++;
      report.reject({ source: 'transfers', file: cited, line: r.line, reason: r.reason, raw: r.raw });
    })) {
      read++;
      const parsed = parseTransferRow(row.fields, cited, row.line, dir);
      if (typeof parsed === 'string') report.reject({ source: 'transfers', file: cited, line: row.line, reason: parsed, raw: row.raw });
      else {
        parsed.raw = row.raw;
        rows.push(parsed);
      }
    }
    progress.update(i + 1);
  }
  const repaired = repairShiftedFiles(rows, report);
  // The raw text is only needed for rejects; drop it before planning holds the rows.
  for (const r of repaired) r.raw = undefined;
  return { rows: repaired, files: files.length, names: new Set(files.map(citedName)), read };
}
