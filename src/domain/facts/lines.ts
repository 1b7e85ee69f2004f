// Lines about facts that several summaries share: a match with its score, the first clause of an
// editorial note. Built from the data, never from article text.
import type { StoredFact } from './define';
import { capital } from '../wording';

const text = (f: StoredFact, key: string): string | null => {
  const v = f.details[key];
  return typeof v === 'string' ? v : null;
};
const int = (f: StoredFact, key: string): number | null => {
  const v = f.details[key];
  return typeof v === 'number' ? v : null;
};

/** `KV Mechelen 2-1 RFC Seraing, Belgian Pro League`: the teams by name (or as the data names them). */
export function matchLine(m: StoredFact, nameOf: (id: string) => string | null): string {
  const team = (role: string) => {
    const id = m.refs[role]?.[0];
    return (id ? nameOf(id) : null) ?? text(m, `${role}Name`) ?? role;
  };
  const h = int(m, 'homeGoals');
  const a = int(m, 'awayGoals');
  const score = h !== null && a !== null ? ` ${h}-${a} ` : ' – ';
  const what = [text(m, 'competition'), text(m, 'stage')].filter(Boolean).join(', ');
  return `${team('home')}${score}${team('away')}${what ? `, ${what}` : ''}`;
}

/** The first clause of an editorial note, capitalised, without its closing punctuation. */
export function oneLine(note: string, max = 140): string {
  const first = capital(note.split(/(?<=[.;])\s/)[0]!.trim().replace(/[.;,:]+$/, ''));
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}
