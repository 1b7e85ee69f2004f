// Club entity resolution. Every spelling seen (per country) is a node; nodes are joined into
// clubs by evidence, strongest first: the names of one existing entity (curated, or imported
// before), one openfootball entry, a transfer seen from both clubs (the buying club's row names
// the seller the way the seller's own row is headed), and last the normalised "core" name when
// designators do not contradict (KRC Genk ~ Genk, never KV Mechelen ~ RC Mechelen). Existing
// entities and openfootball entries are anchors: two anchors are never merged, whatever links
// them; such links are refused and reported as near misses for review.
import { clean, clubKey, designatorsCompatible, slug } from './names';
import type { ReviewItem } from './report';

export interface ClubAnchor {
  /** The entity id (existing) or the id it will get (a new openfootball entry). */
  id: string;
  name: string;
  names: string[];
  country: string | null;
  city?: string | null;
  /** Already in the graph. */
  existing: boolean;
  /** A curated entity (its own fields are never overwritten). */
  curated?: boolean;
}

export type NameOrigin = 'anchor' | 'covered' | 'dealing' | 'openfootball';

interface NameNode {
  key: string;
  country: string | null;
  full: string;
  core: string | null;
  designators: string[];
  /** Display spellings with how often each was seen, by dataset. */
  spellings: Map<string, number>;
  /** How often the name heads a covered club's rows (long names win as the canonical name). */
  coveredRows: number;
  rows: number;
  lastSeason: number;
}

export interface ResolvedClub {
  id: string;
  name: string;
  /** Every spelling seen, with the number of rows. */
  spellings: Map<string, number>;
  country: string | null;
  city: string | null;
  anchor: ClubAnchor | null;
  rows: number;
}

const nodeKey = (country: string | null, full: string) => `${country ?? '-'}|${full}`;

export class ClubResolver {
  private readonly nodes = new Map<string, NameNode>();
  private readonly parent = new Map<string, string>();
  /** Root → anchor of its set. */
  private readonly anchorOf = new Map<string, ClubAnchor>();
  private readonly anchorIds = new Set<string>();
  private resolved: Map<string, ResolvedClub> | null = null;
  readonly notes: ReviewItem[] = [];
  /** Links refused or skipped, for the summary. */
  refusedLinks = 0;
  coreMerges = 0;
  pairMerges = 0;

  private node(display: string, country: string | null): NameNode | null {
    const name = clean(display.replace(/\[[a-z]{2}\]/g, ''));
    if (!name) return null;
    const k = clubKey(name);
    if (!k.full) return null;
    const key = nodeKey(country, k.full);
    let n = this.nodes.get(key);
    if (!n) {
      n = { key, country, full: k.full, core: k.core, designators: k.designators, spellings: new Map(), coveredRows: 0, rows: 0, lastSeason: 0 };
      this.nodes.set(key, n);
      this.parent.set(key, key);
    }
    return n;
  }

  private find(key: string): string {
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let k = key;
    while (k !== root) {
      const next = this.parent.get(k)!;
      this.parent.set(k, root);
      k = next;
    }
    return root;
  }

  /** Joins two sets unless each has a different anchor; returns false when refused. */
  private union(a: string, b: string, why: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const aa = this.anchorOf.get(ra);
    const ab = this.anchorOf.get(rb);
    if (aa && ab && aa.id !== ab.id) {
      this.refusedLinks++;
      this.notes.push({
        kind: 'club-kept-apart',
        ids: [aa.id, ab.id].sort(),
        names: [this.display(a), this.display(b)],
        note: `${why}, but they are distinct clubs (${aa.name} / ${ab.name}); not merged`,
      });
      return false;
    }
    // The larger set keeps its root, for short find paths.
    this.parent.set(rb, ra);
    const anchor = aa ?? ab;
    if (anchor) this.anchorOf.set(ra, anchor);
    this.anchorOf.delete(rb);
    this.resolved = null;
    return true;
  }

  private display(key: string): string {
    const n = this.nodes.get(key)!;
    return [...n.spellings.keys()][0] ?? n.full;
  }

  /**
   * Registers an anchor: an existing entity, or an openfootball entry. Names already owned by
   * another anchor stay with the first one (anchors are added in a stable order).
   */
  addAnchor(anchor: ClubAnchor, origin: NameOrigin = 'anchor'): void {
    if (this.anchorIds.has(anchor.id)) return;
    this.anchorIds.add(anchor.id);
    const keys: string[] = [];
    for (const name of [anchor.name, ...anchor.names]) {
      const n = this.node(name, anchor.country);
      if (!n) continue;
      if (origin === 'openfootball') n.spellings.set(clean(name.replace(/\[[a-z]{2}\]/g, '')), (n.spellings.get(name) ?? 0));
      keys.push(n.key);
    }
    if (keys.length === 0) return;
    // The anchor claims the first name that no other anchor owns; its other names join it unless taken.
    const own = keys.find((k) => !this.anchorOf.get(this.find(k)));
    if (!own) {
      this.notes.push({ kind: 'club-kept-apart', ids: [anchor.id], names: [anchor.name], note: 'every name of this club already belongs to another club; kept without names' });
      return;
    }
    this.anchorOf.set(this.find(own), anchor);
    for (const k of keys) if (k !== own) this.union(own, k, `${anchor.name} lists this name`);
  }

  /**
   * An openfootball entry: joins the existing anchor its canonical name (else most of its names)
   * matches, or becomes an anchor of its own. Its other names follow unless another club owns them.
   */
  addEntry(entry: ClubAnchor): ClubAnchor {
    const keys = [entry.name, ...entry.names].map((n) => this.node(n, entry.country)).filter((n): n is NameNode => n !== null).map((n) => n.key);
    for (const name of [entry.name, ...entry.names]) {
      const n = this.node(name, entry.country);
      if (n) n.spellings.set(clean(name.replace(/\[[a-z]{2}\]/g, '')), n.spellings.get(clean(name)) ?? 0);
    }
    const hits = new Map<string, { anchor: ClubAnchor; count: number; canonical: boolean }>();
    keys.forEach((k, i) => {
      const a = this.anchorOf.get(this.find(k));
      if (!a) return;
      const h = hits.get(a.id) ?? { anchor: a, count: 0, canonical: false };
      h.count++;
      if (i === 0) h.canonical = true;
      hits.set(a.id, h);
    });
    const ranked = [...hits.values()].sort((x, y) => Number(y.canonical) - Number(x.canonical) || y.count - x.count || x.anchor.id.localeCompare(y.anchor.id));
    const target = ranked[0]?.anchor;
    if (ranked.length > 1) {
      this.notes.push({
        kind: 'club-kept-apart',
        ids: ranked.map((r) => r.anchor.id),
        names: [entry.name],
        note: `openfootball lists names of ${ranked.length} distinct clubs under "${entry.name}"; joined ${target!.id} only`,
      });
    }
    if (!target) {
      this.addAnchor(entry, 'openfootball');
      return entry;
    }
    const own = keys.find((k) => this.anchorOf.get(this.find(k))?.id === target.id)!;
    for (const k of keys) if (this.find(k) !== this.find(own)) this.union(own, k, `openfootball lists "${this.display(k)}" for ${entry.name}`);
    return target;
  }

  /** A name as the transfer data writes it: the heading of a covered club's rows, or a counterpart. */
  addName(display: string, country: string | null, origin: 'covered' | 'dealing', season: number): string | null {
    const n = this.node(display, country);
    if (!n) return null;
    const spelled = clean(display);
    n.spellings.set(spelled, (n.spellings.get(spelled) ?? 0) + 1);
    n.rows++;
    if (origin === 'covered') n.coveredRows++;
    if (season > n.lastSeason) n.lastSeason = season;
    this.resolved = null;
    return n.key;
  }

  /** Evidence from a transfer seen from both clubs: the counterpart name is the other club. */
  linkPair(a: string, b: string, votes: number): boolean {
    const ok = this.union(a, b, `a transfer seen from both clubs names them alike (${votes} transfers)`);
    if (ok) this.pairMerges++;
    return ok;
  }

  /**
   * Last and weakest: names whose core (without designators) is the same, in the same country,
   * merge when every pair across the sets has compatible designators and at most one set is an
   * anchor. Anything else is a near miss and stays apart.
   */
  linkCores(): void {
    const groups = new Map<string, NameNode[]>();
    for (const n of this.nodes.values()) {
      if (!n.core) continue;
      const k = nodeKey(n.country, n.core);
      const g = groups.get(k);
      if (g) g.push(n);
      else groups.set(k, [n]);
    }
    for (const [, group] of [...groups].sort((x, y) => x[0].localeCompare(y[0]))) {
      const sets = new Map<string, NameNode[]>();
      for (const n of group) {
        const r = this.find(n.key);
        const s = sets.get(r);
        if (s) s.push(n);
        else sets.set(r, [n]);
      }
      if (sets.size < 2) continue;
      const setList = [...sets.entries()];
      const anchors = new Set(setList.map(([r]) => this.anchorOf.get(r)?.id).filter(Boolean));
      let compatible = anchors.size <= 1;
      for (let i = 0; compatible && i < setList.length; i++) {
        for (let j = i + 1; compatible && j < setList.length; j++) {
          for (const x of setList[i]![1]) for (const y of setList[j]![1]) if (!designatorsCompatible(x.designators, y.designators)) compatible = false;
        }
      }
      const names = group.map((n) => this.display(n.key));
      if (!compatible) {
        this.notes.push({
          kind: 'club-kept-apart',
          ids: [...anchors].sort() as string[],
          names: names.sort(),
          note: `same name without designators ("${group[0]!.core}") but ${anchors.size > 1 ? 'distinct known clubs' : 'contradicting designators'}; not merged`,
        });
        continue;
      }
      const first = setList[0]![0];
      for (const [root] of setList.slice(1)) if (this.union(first, root, `"${group[0]!.core}" without designators`)) this.coreMerges++;
    }
  }

  /** The club a spelling belongs to (after all links). */
  resolve(display: string, country: string | null): ResolvedClub | null {
    const name = clean(display);
    if (!name) return null;
    const k = clubKey(name);
    const key = nodeKey(country, k.full);
    if (!this.nodes.has(key)) return null;
    return this.clubs().get(this.find(key)) ?? null;
  }

  resolveKey(key: string): ResolvedClub | null {
    return this.nodes.has(key) ? (this.clubs().get(this.find(key)) ?? null) : null;
  }

  /** Every club (one per set that holds at least one name seen in data or an anchor). */
  clubs(): Map<string, ResolvedClub> {
    if (this.resolved) return this.resolved;
    const members = new Map<string, NameNode[]>();
    for (const n of this.nodes.values()) {
      const r = this.find(n.key);
      const m = members.get(r);
      if (m) m.push(n);
      else members.set(r, [n]);
    }
    const used = new Set(this.anchorIds);
    const out = new Map<string, ResolvedClub>();
    const pending: [string, NameNode[], string, string | null][] = [];
    for (const [root, nodes] of members) {
      const anchor = this.anchorOf.get(root) ?? null;
      const spellings = new Map<string, number>();
      for (const n of nodes) for (const [s, c] of n.spellings) spellings.set(s, (spellings.get(s) ?? 0) + c);
      const rows = nodes.reduce((t, n) => t + n.rows, 0);
      if (anchor) {
        out.set(root, { id: anchor.id, name: anchor.name, spellings, country: anchor.country, city: anchor.city ?? null, anchor, rows });
        continue;
      }
      // The canonical name: the most used heading of a covered club (its latest name on ties),
      // else the most used counterpart spelling.
      const best = [...nodes].sort((a, b) => b.coveredRows - a.coveredRows || b.lastSeason - a.lastSeason || b.rows - a.rows || a.key.localeCompare(b.key))[0]!;
      const name = [...best.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? best.full;
      const country = countryOfSet(nodes);
      pending.push([root, nodes, name, country]);
      out.set(root, { id: '', name, spellings, country, city: null, anchor: null, rows });
    }
    // Ids for new clubs, in a stable order: the plain slug first, then with the country, then numbered.
    pending.sort((a, b) => slug(a[2]).localeCompare(slug(b[2])) || (a[3] ?? '').localeCompare(b[3] ?? '') || a[0].localeCompare(b[0]));
    for (const [root, , name, country] of pending) {
      const base = slug(name) || 'club';
      let id = `club:${base}`;
      if (used.has(id)) id = `club:${base}-${(country ?? 'xx').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      for (let i = 2; used.has(id); i++) id = `club:${base}-${i}`;
      used.add(id);
      out.get(root)!.id = id;
    }
    this.resolved = out;
    return out;
  }
}

function countryOfSet(nodes: NameNode[]): string | null {
  // A club's own country is the one the data gives its counterpart rows (a Welsh club in the
  // English league is Welsh); fall back to the country of the league it heads rows in.
  const counts = new Map<string, number>();
  for (const n of nodes) if (n.country) counts.set(n.country, (counts.get(n.country) ?? 0) + n.rows - n.coveredRows + 0.5);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}
