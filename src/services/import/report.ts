// What an import run leaves for people to read: the rejects file (every malformed row with its
// file, line and reason), the review file (merges the importer was not sure of, and near misses
// it kept apart) and the counters of the summary.
import fs from 'node:fs';
import path from 'node:path';

export interface Reject {
  source: string;
  file: string;
  line: number;
  reason: string;
  raw: string;
}

export interface ReviewItem {
  /** What the note is about. */
  kind: 'person-merge' | 'person-ambiguous' | 'club-merge' | 'club-kept-apart' | 'curated-disagreement' | 'data-warning';
  /** Entity or fact ids concerned. */
  ids: string[];
  /** Names as the data spells them. */
  names?: string[];
  note: string;
}

export interface Counters {
  rowsRead: number;
  rowsRejected: number;
  entitiesCreated: number;
  entitiesMerged: number;
  factsCreated: number;
  factsUpdated: number;
  factsAttached: number;
  factsSuperseded: number;
  citationsAdded: number;
  uncertain: number;
}

export function emptyCounters(): Counters {
  return { rowsRead: 0, rowsRejected: 0, entitiesCreated: 0, entitiesMerged: 0, factsCreated: 0, factsUpdated: 0, factsAttached: 0, factsSuperseded: 0, citationsAdded: 0, uncertain: 0 };
}

export class ImportReport {
  readonly rejects: Reject[] = [];
  readonly review: ReviewItem[] = [];
  private readonly reviewKeys = new Set<string>();

  reject(r: Reject): void {
    this.rejects.push(r);
  }

  note(item: ReviewItem): void {
    const key = `${item.kind}|${item.ids.join(',')}|${item.note}`;
    if (this.reviewKeys.has(key)) return;
    this.reviewKeys.add(key);
    this.review.push(item);
  }

  /** Writes rejects.csv and review.jsonl into `dir` (replacing earlier ones); returns their paths. */
  write(dir: string): { rejects: string; review: string } {
    fs.mkdirSync(dir, { recursive: true });
    const rejects = path.join(dir, 'rejects.csv');
    const review = path.join(dir, 'review.jsonl');
    const q = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
    const lines = ['source,file,line,reason,raw', ...this.rejects.map((r) => [r.source, r.file, r.line, r.reason, r.raw].map(q).join(','))];
    fs.writeFileSync(rejects, `${lines.join('\n')}\n`);
    fs.writeFileSync(review, this.review.map((r) => JSON.stringify(r)).join('\n') + (this.review.length > 0 ? '\n' : ''));
    return { rejects, review };
  }
}
