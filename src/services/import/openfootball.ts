// The openfootball clubs importer: `*.clubs.txt` files list clubs grouped by region, each club on
// a line `Name, [founded,] City › Province › Region  ## comment` followed by `| alias | alias`
// lines. Every club becomes (or joins) one club entity with its aliases; openfootball entries are
// anchors, so two of them are never merged, and names two entries share stay with the first.
import fs from 'node:fs';
import path from 'node:path';
import { ClubResolver } from './club-resolver';
import { DATASET } from '../../knowledge/datasets';
import { describeFailure } from '../failure';
import { ImportError } from './errors';
import { listFiles } from './files';
import { clean, slug } from './names';
import { emptyPlan, type ImportPlan } from './plan';
import type { Progress } from './progress';
import type { KnownEntity } from './registry';
import type { ImportReport } from './report';

export interface ClubEntry {
  file: string;
  line: number;
  name: string;
  aliases: string[];
  city: string | null;
  founded: number | null;
  country: string | null;
}

const HOME_NATIONS: Record<string, string> = { eng: 'GB-ENG', sco: 'GB-SCT', wal: 'GB-WLS', nir: 'GB-NIR' };

/** The country of a `<code>.clubs.txt` file: `be` → BE, `eng` → GB-ENG. */
export function countryOfFile(file: string): string | null {
  const code = path.basename(file).split('.')[0]!.toLowerCase();
  if (HOME_NATIONS[code]) return HOME_NATIONS[code]!;
  return /^[a-z]{2}$/.test(code) ? code.toUpperCase() : null;
}

const stripComment = (line: string) => line.replace(/\s##.*$|^##.*$/, '').replace(/\s+#\s.*$/, '');
const stripLang = (name: string) => clean(name.replace(/\[[a-z]{2}\]/g, ''));

/** Parses one clubs file; lines it cannot read go to `onReject`. */
export function parseClubs(text: string, file: string, country: string | null, onReject: (line: number, reason: string, raw: string) => void): ClubEntry[] {
  const out: ClubEntry[] = [];
  let current: ClubEntry | null = null;
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = i + 1;
    const trimmed = rawLine.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('=')) return;
    const content = stripComment(rawLine).trim();
    if (content === '') return;
    if (content.startsWith('|')) {
      if (!current) {
        onReject(line, 'alias line before any club', rawLine);
        return;
      }
      for (const a of content.split('|').map(stripLang)) if (a && !current.aliases.includes(a)) current.aliases.push(a);
      return;
    }
    const parts = content.split(',').map((p) => p.trim());
    const name = stripLang(parts[0]!.replace(/\(\s*\d{4}\s*-\s*\d{0,4}\s*\)/, ''));
    if (!name || !/\p{L}/u.test(name)) {
      onReject(line, 'club line without a name', rawLine);
      return;
    }
    let founded: number | null = null;
    let rest = parts.slice(1);
    if (rest[0] && /^\d{4}$/.test(rest[0])) {
      founded = Number(rest[0]);
      rest = rest.slice(1);
    }
    const place = rest.join(', ');
    const city = place ? clean(place.split('›')[0]!.replace(/\(.*\)/, '')) || null : null;
    current = { file: path.basename(file), line, name, aliases: [], city, founded, country };
    out.push(current);
  });
  return out;
}

export async function readClubFiles(root: string, report: ImportReport, progress: Progress): Promise<{ entries: ClubEntry[]; files: number; read: number }> {
  const files = listFiles(root, (n) => n.endsWith('.clubs.txt'), 'openfootball *.clubs.txt files');
  const entries: ClubEntry[] = [];
  let read = 0;
  progress.phase('clubs: reading', files.length);
  for (const [i, file] of files.entries()) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new ImportError('INPUT_INVALID', `${file}: cannot be read (${describeFailure(err).message})`);
    }
    const parsed = parseClubs(text, file, countryOfFile(file), (line, reason, raw) => {
      report.reject({ source: 'clubs', file: path.basename(file), line, reason, raw });
      read++;
    });
    read += parsed.length;
    entries.push(...parsed);
    progress.update(i + 1);
  }
  return { entries, files: files.length, read };
}

/** Club entities for the entries: new ones, or aliases added to the existing club they name. */
export function planClubs(entries: ClubEntry[], known: KnownEntity[], report: ImportReport): ImportPlan {
  const plan = emptyPlan();
  const resolver = new ClubResolver();
  const anchors = [...known].sort((a, b) => Number(b.curated) - Number(a.curated) || a.id.localeCompare(b.id));
  for (const k of anchors) resolver.addAnchor({ id: k.id, name: k.name, names: k.names, country: k.country, existing: true, curated: k.curated });
  const used = new Set(known.map((k) => k.id));
  const targets: [ClubEntry, string, boolean, boolean][] = [];
  for (const e of entries) {
    let id = `club:${slug(e.name) || 'club'}`;
    if (used.has(id) && !known.some((k) => k.id === id)) id = `${id}-${(e.country ?? 'xx').toLowerCase()}`;
    const target = resolver.addEntry({ id, name: e.name, names: e.aliases, country: e.country, city: e.city, existing: false });
    used.add(target.id);
    targets.push([e, target.id, target.existing, Boolean(target.curated)]);
  }
  for (const n of resolver.notes) report.note(n);
  for (const [e, id, existing, curated] of targets) {
    const prev = plan.entities.get(id);
    // Names another club owns (openfootball lists a few under two clubs) stay with that club.
    const own = [e.name, ...e.aliases].filter((n) => resolver.resolve(n, e.country)?.id === id);
    const spellings = [...new Set([...(prev?.spellings ?? []), ...own])];
    plan.entities.set(id, {
      id,
      type: 'CLUB',
      name: prev?.name ?? e.name,
      spellings,
      city: prev?.city ?? e.city,
      country: e.country,
      details: e.founded ? { founded: e.founded } : undefined,
      citation: { source: DATASET.clubs, detail: `${e.file}#L${e.line}: ${e.name}`, confidence: 1 },
      ...(existing ? { merge: { curated } } : {}),
    });
  }
  return plan;
}
