// Teammates: people who were in one squad with a person (the derived squads put together exactly
// the people at one team at the same time), one item per teammate and team, with the seasons and
// span they shared, the facts it rests on and their sources.
import { z } from 'zod';
import type { GraphEngine } from '../../graph/engine';
import { PLAYER_ROLE } from '../../domain/link-roles';
import type { EntityModel } from '../../domain/models/entities';
import { ref, type AnyFact, type FactOf } from '../../domain/models/facts';
import type { TeammateModel } from '../../domain/models/paths';
import type { CitationModel } from '../../domain/models/sources';
import type { EntityRepository } from '../../repositories/entity-repository';
import type { FactRepository } from '../../repositories/fact-repository';
import { mergeCitations, sharedPeriod, startUnknown, withGaps } from '../../domain/periods';
import type { SourceRepository } from '../../repositories/source-repository';
import { periodOfDays } from '../../domain/sentences';

const TeammateRow = z.object({
  id: z.string(),
  teamId: z.string(),
  ownRole: z.string(),
  ownFact: z.string(),
  theirRole: z.string(),
  theirFact: z.string(),
});

export class TeammateService {
  constructor(
    private readonly engine: GraphEngine,
    private readonly entities: EntityRepository,
    private readonly facts: FactRepository,
    private readonly sources: SourceRepository,
    private readonly today = new Date().toISOString().slice(0, 10),
  ) {}

  /**
   * People who played in the same team at the same time as the person, one item per teammate and
   * team, by the start of the overlap; optionally at one team and overlapping a window.
   */
  async of(personId: string, opts: { team?: string | null; from?: string | null; to?: string | null }): Promise<TeammateModel[]> {
    // A LINK deleted while the read ran (Neo4j reads committed data as it goes: a full rebuild
    // after an import clears links in batches) comes back with null properties: it is gone.
    const rows = (await this.engine.read('paths/teammates', { person: personId, team: opts.team ?? '' })).flatMap((r) => {
      const parsed = TeammateRow.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
    const pairs = new Map<string, { id: string; teamId: string; own: string; theirs: string }>();
    for (const r of rows) {
      if (r.ownRole !== PLAYER_ROLE || r.theirRole !== PLAYER_ROLE) continue;
      pairs.set(`${r.id}|${r.teamId}|${r.ownFact}|${r.theirFact}`, { id: r.id, teamId: r.teamId, own: r.ownFact, theirs: r.theirFact });
    }
    const factIds = [...new Set([...pairs.values()].flatMap((p) => [p.own, p.theirs]))];
    const facts = new Map<string, AnyFact>();
    for (const f of await Promise.all(factIds.map((id) => this.facts.get(id)))) if (f) facts.set(f.id, f);
    const lo = opts.from ?? '0001-01-01';
    const hi = opts.to ?? '9999-12-31';
    // teammate|team → shared seasons and period over every pair of spells
    const grouped = new Map<string, { id: string; teamId: string; seasons: Set<string>; from: string | null; to: string | null; ongoing: boolean; undated: boolean; unknownStarts: Set<string>; facts: AnyFact[] }>();
    for (const p of pairs.values()) {
      const own = facts.get(p.own);
      const theirs = facts.get(p.theirs);
      if (!own || !theirs) continue;
      const shared = sharedPeriod(own, theirs, this.today);
      if (!shared) continue;
      const period = shared.period;
      if (!period.undated && ((period.to ?? '9999-12-31') < lo || (period.from ?? '0001-01-01') > hi)) continue;
      if (period.undated && (opts.from || opts.to)) continue;
      const key = `${p.id}|${p.teamId}`;
      let g = grouped.get(key);
      if (!g) grouped.set(key, (g = { id: p.id, teamId: p.teamId, seasons: new Set(), from: null, to: null, ongoing: false, undated: true, unknownStarts: new Set(), facts: [] }));
      shared.seasons.forEach((s) => g!.seasons.add(s));
      if (period.startUnknown && period.from) g.unknownStarts.add(period.from);
      if (!period.undated) {
        g.undated = false;
        g.from = g.from === null || period.from! < g.from ? period.from : g.from;
        if (period.to === null) g.ongoing = true;
        else g.to = g.to === null || period.to > g.to ? period.to : g.to;
      }
      for (const f of [own, theirs]) if (!g.facts.includes(f)) g.facts.push(f);
    }
    const groups = [...grouped.values()];
    const ids = [...new Set(groups.flatMap((g) => [g.id, g.teamId]))];
    const loaded = await this.entities.getMany(ids);
    const entities = new Map<string, EntityModel>();
    ids.forEach((id, i) => loaded[i] && entities.set(id, loaded[i]!));
    const out: TeammateModel[] = [];
    groups.forEach((g) => {
      const person = entities.get(g.id);
      const team = entities.get(g.teamId);
      if (!person || !team) return;
      const seasons = [...g.seasons].sort();
      const known = g.undated ? periodOfDays(null, null) : withGaps(periodOfDays(g.from, g.to, g.ongoing), seasons);
      // The earliest overlap began with a spell whose start is unknown: so may the teammates' time.
      const period = g.from !== null && g.unknownStarts.has(g.from) ? startUnknown(known) : known;
      const own = g.facts.filter((f) => ref(f, 'person') === personId);
      const theirs = g.facts.filter((f) => ref(f, 'person') !== personId);
      out.push({ person, team, period, seasons, facts: [...own, ...theirs] });
    });
    return out.sort((a, b) => (a.period.from ?? '9999').localeCompare(b.period.from ?? '9999') || a.team.name.localeCompare(b.team.name) || a.person.name.localeCompare(b.person.name) || a.person.id.localeCompare(b.person.id));
  }

  /** The teammate's staff tenures that began after the overlap ended (undated ones cannot be placed). Batched per page. */
  async laterStaffRoles(t: TeammateModel): Promise<FactOf<'tenure'>[]> {
    const overlapEnd = t.period.undated ? '9999-12-31' : (t.period.to ?? '9999-12-31');
    return (await this.facts.about(t.person.id, ['tenure'], 'person')).filter((f) => f.start !== null && f.start.lo > overlapEnd);
  }

  /** Sources of the memberships a teammate link rests on, best first. Batched per page. */
  async sourcesOf(t: TeammateModel): Promise<CitationModel[]> {
    return mergeCitations(await Promise.all(t.facts.map((f) => this.sources.citationsOf(f.id))));
  }
}
