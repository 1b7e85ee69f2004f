// Head coaches' league records at a club: the club's tenures (careers) and its league matches over
// the span they cover (one date-ranged read, paged in the database), compared by
// knowledge/league-records. Memoised per request: a club's records are computed once whichever
// fields ask for them.
import { headCoachRecord, type HeadCoachRecordModel } from '../domain/league-records';
import type { PartialDate } from '../domain/partial-date';
import type { AnyFact, FactOf } from '../domain/models/facts';
import { ref } from '../domain/models/facts';
import type { CareerRepository } from './career-repository';
import type { ClubRepository } from './club-repository';
import type { SourceRepository } from './source-repository';

export class RecordRepository {
  private readonly byClub = new Map<string, Promise<HeadCoachRecordModel[]>>();

  constructor(
    private readonly careers: CareerRepository,
    private readonly clubs: ClubRepository,
    private readonly sources: SourceRepository,
  ) {}

  headCoachRecords(clubId: string): Promise<HeadCoachRecordModel[]> {
    let p = this.byClub.get(clubId);
    if (!p) this.byClub.set(clubId, (p = this.compute(clubId)));
    return p;
  }

  async ofTenure(tenure: AnyFact): Promise<HeadCoachRecordModel | null> {
    const team = ref(tenure, 'team');
    if (tenure.type !== 'HEAD_COACH' || !team?.startsWith('club:')) return null;
    return (await this.headCoachRecords(team)).find((r) => r.tenure.id === tenure.id) ?? null;
  }

  private async compute(clubId: string): Promise<HeadCoachRecordModel[]> {
    const tenures = await this.careers.tenuresAt(clubId, 'HEAD_COACH');
    const dated = tenures.filter((t) => t.start !== null);
    let matches: FactOf<'match'>[] = [];
    if (dated.length > 0) {
      const lo = dated.map((t) => t.start!.lo).sort()[0]!;
      const hi = dated.some((t) => t.end === null) ? '9999-12-31' : dated.map((t) => t.end!.hi).sort().reverse()[0]!;
      matches = await this.clubs.allMatches(clubId, { lo, hi });
    }
    const statedBy = [...new Set(tenures.map((t) => (t.details.record as { statedBy?: string } | undefined)?.statedBy).filter((x): x is string => typeof x === 'string'))];
    const published = new Map<string, PartialDate | null>();
    for (const id of statedBy) published.set(id, (await this.sources.get(id))?.published ?? null);
    return tenures.map((t) => headCoachRecord(t, clubId, matches, published));
  }
}
