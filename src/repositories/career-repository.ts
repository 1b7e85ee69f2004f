// Career questions built on facts: tenures and their succession, staff on a date, mentors.
import type { PartialDate } from '../domain/partial-date';
import { ofKind, ref, refsOf, type FactModel, type FactOf } from '../domain/models/facts';
import { byDate, type FactRepository } from './fact-repository';
import type { SourceRepository } from './source-repository';

type Tenure = FactOf<'tenure'>;
type Succession = FactOf<'succession'>;

export class CareerRepository {
  constructor(
    private readonly facts: FactRepository,
    private readonly sources?: SourceRepository,
  ) {}

  /**
   * The latest publication date among the sources of a fact: the last day a source attests it
   * (an open tenure is known to have lasted at least that long, not longer). Null when no source
   * is dated (the editors' resolutions are not).
   */
  async lastAttested(f: FactModel): Promise<PartialDate | null> {
    if (!this.sources) return null;
    const cites = await this.sources.citationsOf(f.id);
    const dates = (await Promise.all(cites.map((c) => this.sources!.get(c.sourceId)))).map((s) => s?.published ?? null).filter((d): d is PartialDate => d !== null);
    return dates.sort((a, b) => (a.lo < b.lo ? 1 : a.lo > b.lo ? -1 : 0))[0] ?? null;
  }

  /**
   * For a tenure with no known end: the other tenures in the same role at the same team that a
   * source published after this one's last attestation states (a later article naming another
   * head coach), latest first. Empty for a tenure that has an end.
   */
  async laterHolders(t: Tenure): Promise<Tenure[]> {
    const team = ref(t, 'team');
    if (t.end || !team || !t.type) return [];
    const mine = await this.lastAttested(t);
    const peers = (await this.tenuresAt(team, t.type)).filter((p) => p.id !== t.id && ref(p, 'person') !== ref(t, 'person'));
    const out: { f: Tenure; at: string }[] = [];
    for (const p of peers) {
      if (p.start && t.start && p.start.lo > t.start.hi) {
        out.push({ f: p, at: p.start.lo });
        continue;
      }
      const at = await this.lastAttested(p);
      // A peer that ended by this tenure's start (its predecessor) is not a later holder, whenever its sources wrote.
      if (p.end && t.start && p.end.lo <= t.start.hi) continue;
      if (at && mine && at.lo > mine.hi) out.push({ f: p, at: at.lo });
    }
    return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.f.id.localeCompare(b.f.id))).map((x) => x.f);
  }

  /**
   * Tenures at a team, optionally of one role, in date order (undated last). A tenure known only
   * by its end sorts by that end, and a stated succession puts the predecessor's tenure before
   * the successor's in the same role.
   */
  async tenuresAt(teamId: string, role?: string): Promise<Tenure[]> {
    return (await this.ordered(teamId, role)).tenures;
  }

  /** tenuresAt, with the team's successions it was ordered by (one read of the team's facts). */
  private async ordered(teamId: string, role?: string): Promise<{ tenures: Tenure[]; successions: Succession[] }> {
    const all = await this.facts.about(teamId, ['tenure', 'succession'], 'team');
    const tenures = ofKind(all, 'tenure').filter((f) => !role || f.type === role).sort(byKnownDate);
    const successions = ofKind(all, 'succession');
    const personOf = (t: Tenure) => ref(t, 'person');
    const follows = (a: Tenure, b: Tenure) =>
      successions.some((s) => s.type === a.type && s.type === b.type && ref(s, 'predecessor') === personOf(b) && ref(s, 'successor') === personOf(a));
    // Stable insertion: move each tenure before the first one it is stated to precede.
    const out: Tenure[] = [];
    for (const t of tenures) {
      const i = out.findIndex((o) => follows(o, t));
      if (i === -1) out.push(t);
      else out.splice(i, 0, t);
    }
    return { tenures: out, successions };
  }

  /**
   * The succession of a role at a team, and apart from it the tenures it cannot place: `ordered`
   * holds the tenures a date (start or end) or a stated succession places, in order; `undated`
   * those with neither — known to have happened there, not when — by person id.
   */
  async succession(teamId: string, role: string): Promise<{ ordered: Tenure[]; undated: Tenure[] }> {
    const { tenures, successions } = await this.ordered(teamId, role);
    const stated = new Set<string>();
    for (const s of successions) {
      if (s.type !== role) continue;
      for (const r of ['predecessor', 'successor']) {
        const p = ref(s, r);
        if (p) stated.add(p);
      }
    }
    const placed = (t: Tenure) => t.start !== null || t.end !== null || stated.has(ref(t, 'person') ?? '');
    return {
      ordered: tenures.filter(placed),
      undated: tenures.filter((t) => !placed(t)).sort((a, b) => (ref(a, 'person') ?? '').localeCompare(ref(b, 'person') ?? '') || a.id.localeCompare(b.id)),
    };
  }

  /**
   * Tenures the sources attest on the day (YYYY-MM-DD): dated tenures whose span includes it. A
   * tenure with no end counts up to the last day a source attests it (an unknown end is unknown,
   * not "still in office"); later days list it in staffDuring as OPEN_END instead. Undated
   * tenures never match.
   */
  async staffOn(teamId: string, day: string): Promise<Tenure[]> {
    const spanning = (await this.tenuresAt(teamId)).filter((t) => t.start !== null && t.start.lo <= day && (t.end === null || t.end.hi >= day));
    const attested = await Promise.all(spanning.map((t) => (t.end === null && t.details.endUnknown !== true ? this.lastAttested(t) : null)));
    return spanning.filter((t, i) => t.end !== null || t.details.endUnknown === true || (attested[i] !== null && attested[i]!.hi >= day));
  }

  /**
   * The tenure before this one in the same role at the same team: a stated succession wins;
   * otherwise the closest earlier dated tenure.
   */
  async predecessor(tenure: Tenure): Promise<Tenure | null> {
    return this.neighbour(tenure, 'predecessor');
  }

  async successor(tenure: Tenure): Promise<Tenure | null> {
    return this.neighbour(tenure, 'successor');
  }

  private async neighbour(tenure: Tenure, want: 'predecessor' | 'successor'): Promise<Tenure | null> {
    const team = ref(tenure, 'team');
    const person = ref(tenure, 'person');
    if (!team || !person || !tenure.type) return null;
    const self = want === 'predecessor' ? 'successor' : 'predecessor';
    const successions = (await this.facts.about(team, ['succession'], 'team')).filter((s) => s.type === tenure.type && ref(s, self) === person);
    const peers = await this.tenuresAt(team, tenure.type);
    for (const s of successions) {
      const other = ref(s, want);
      const match = peers.filter((t) => ref(t, 'person') === other);
      if (match.length > 0) return want === 'predecessor' ? match[match.length - 1]! : match[0]!;
    }
    if (!tenure.start) return null;
    const dated = peers.filter((t) => t.start !== null && t.id !== tenure.id);
    if (want === 'predecessor') {
      const before = dated.filter((t) => t.start!.lo < tenure.start!.lo);
      return before[before.length - 1] ?? null;
    }
    return dated.find((t) => t.start!.lo > tenure.start!.lo) ?? null;
  }

  /** Relationship facts a person takes part in, optionally of some types. */
  async relationships(personId: string, types?: readonly string[] | null): Promise<FactOf<'relation'>[]> {
    const all = await this.facts.about(personId, ['relation']);
    return types && types.length > 0 ? all.filter((r) => r.type !== null && types.includes(r.type)) : all;
  }

  async mentorIds(personId: string): Promise<string[]> {
    const rels = await this.relationships(personId, ['MENTORSHIP']);
    return unique(rels.filter((r) => refsOf(r, 'mentee').includes(personId)).flatMap((r) => refsOf(r, 'mentor')));
  }

  async menteeIds(personId: string): Promise<string[]> {
    const rels = await this.relationships(personId, ['MENTORSHIP']);
    return unique(rels.filter((r) => refsOf(r, 'mentor').includes(personId)).flatMap((r) => refsOf(r, 'mentee')));
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Date order where a tenure with no start sorts by its end. */
function byKnownDate(a: FactModel, b: FactModel): number {
  const ka = a.start?.lo ?? a.end?.lo ?? '9999-12-31';
  const kb = b.start?.lo ?? b.end?.lo ?? '9999-12-31';
  return ka !== kb ? (ka < kb ? -1 : 1) : byDate(a, b);
}
