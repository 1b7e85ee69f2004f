// Finding the input files of a dataset under a path the user gave.
import fs from 'node:fs';
import path from 'node:path';
import { ImportError } from './errors';

/** Files under `root` (or `root` itself) whose name passes `accept`, sorted by path. */
export function listFiles(root: string, accept: (name: string) => boolean, what: string): string[] {
  if (!fs.existsSync(root)) throw new ImportError('INPUT_NOT_FOUND', `${root} does not exist`);
  const stat = fs.statSync(root);
  if (stat.isFile()) {
    if (!accept(path.basename(root))) throw new ImportError('INPUT_NOT_FOUND', `${root} is not ${what}`);
    return [root];
  }
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && accept(entry.name)) out.push(full);
    }
  };
  walk(root);
  if (out.length === 0) throw new ImportError('INPUT_NOT_FOUND', `no ${what} under ${root}`);
  return out.sort();
}

/**
 * How a file is named in citations: the dataset's own relative path (`2006/jupiler-pro-league.csv`,
 * `squads.csv`), independent of where the user keeps the dataset.
 */
export function citedName(file: string): string {
  const base = path.basename(file);
  const parent = path.basename(path.dirname(file));
  return /^\d{4}$/.test(parent) ? `${parent}/${base}` : base;
}
