// The results data's club names (`Mechelen`, `St Truiden`, `Bergen`) resolved per season to the
// club entities the other imports made: exact names first, then the certain short forms below.
import type { KnownEntity } from './registry';
import { clubKey, designatorsCompatible } from './names';

/**
 * Short forms of the data whose club is certain, as the names that club goes by in the other
 * datasets (any of them may be the one the graph holds). Names that mean different clubs in
 * different eras list each era's club by the seasons (start years) it covers; a season outside
 * every era is ambiguous and its rows are rejected.
 */
interface Era {
  from: number;
  to: number;
  names: string[];
  /** Why this era's name means that club (for the review file and the citation). */
  why?: string;
  /** A defunct club the other datasets do not hold: created when no club of the graph has these names. */
  create?: { id: string; name: string; city: string };
}

export const SHORT_FORMS: Record<string, Era[]> = {
  Anderlecht: [{ from: 1900, to: 2100, names: ['RSC Anderlecht'] }],
  Antwerp: [{ from: 1900, to: 2100, names: ['Royal Antwerp FC', 'Royal Antwerp'] }],
  'Club Brugge': [{ from: 1900, to: 2100, names: ['Club Brugge KV', 'Club Brugge'] }],
  'Cercle Brugge': [{ from: 1900, to: 2100, names: ['Cercle Brugge KSV', 'Cercle Brugge'] }],
  Charleroi: [{ from: 1900, to: 2100, names: ['Sporting Charleroi', 'R. Charleroi SC', 'Royal Charleroi SC'] }],
  Genk: [{ from: 1900, to: 2100, names: ['KRC Genk'] }],
  Gent: [{ from: 1900, to: 2100, names: ['KAA Gent'] }],
  Mechelen: [{ from: 1900, to: 2100, names: ['KV Mechelen'], why: 'the only Mechelen club in the top flight since 1995 (RC Mechelen last played there in the 1950s)' }],
  Standard: [{ from: 1900, to: 2100, names: ['Standard Liège', 'Standard Liege'] }],
  'St Truiden': [{ from: 1900, to: 2100, names: ['Sint-Truidense VV', 'K. Sint-Truidense VV', 'Sint-Truiden'] }],
  'St. Gilloise': [{ from: 1900, to: 2100, names: ['Union Saint-Gilloise', 'Royale Union Saint-Gilloise', 'Union SG'] }],
  Bergen: [{ from: 1900, to: 2100, names: ['RAEC Mons', 'R.A.E.C. Mons'], why: 'Bergen is the Dutch name of Mons' }],
  Louvieroise: [{ from: 1900, to: 2100, names: ['RAA Louviéroise', 'RAA La Louvière', 'La Louvière'] }],
  Germinal: [{ from: 1995, to: 2012, names: ['Germinal Beerschot', 'Beerschot AC', 'Germinal Ekeren', 'KFC Germinal Ekeren'], why: 'Germinal Ekeren, renamed Germinal Beerschot in 1999 and Beerschot AC in 2011: one club' }],
  'Beerschot VA': [{ from: 2018, to: 2100, names: ['K Beerschot VA', 'Beerschot VA', 'Beerschot'] }],
  Beveren: [{ from: 1995, to: 2009, names: ['KSK Beveren', 'SK Beveren'] }],
  'Waasland-Beveren': [{ from: 2010, to: 2021, names: ['Waasland-Beveren', 'Sint-Niklaas Waasland-Beveren'] }],
  'Heusden Zolder': [{ from: 1900, to: 2100, names: ['K. Heusden-Zolder', 'Heusden-Zolder'] }],
  Waregem: [
    { from: 1995, to: 1995, names: ['KSV Waregem'], why: 'KSV Waregem, dissolved in 2001, before Zulte Waregem reached the top flight' },
    { from: 2005, to: 2100, names: ['SV Zulte Waregem', 'Zulte Waregem'] },
  ],
  Mouscron: [
    { from: 1996, to: 2009, names: ['Excelsior Mouscron', 'R.E. Mouscron', 'Royal Excelsior Mouscron'], why: 'Excelsior Mouscron, dissolved in 2009' },
    { from: 2016, to: 2021, names: ['Royal Excel Mouscron', 'Mouscron-Péruwelz', 'Royal Mouscron-Péruwelz'], why: 'Mouscron-Péruwelz, renamed Royal Excel Mouscron in 2016' },
  ],
  'Mouscron-Peruwelz': [{ from: 2010, to: 2016, names: ['Royal Excel Mouscron', 'Mouscron-Péruwelz', 'Royal Mouscron-Péruwelz'] }],
  Molenbeek: [{ from: 1995, to: 2002, names: ['RWD Molenbeek', 'RWDM'], why: 'RWD Molenbeek of 1973, dissolved in 2002' }],
  // The graph's RWD Molenbeek also lists FC Brussels (openfootball follows the lineage); the club of
  // 2003–2014 is FC Molenbeek Brussels Strombeek, which the transfer data holds under its German name.
  'FC Brussels': [{ from: 2003, to: 2014, names: ['FC Molenbeek Brüssel Strombeek', 'FC Molenbeek Brüssel', 'FC Molenbeek Brussels Strombeek', 'FC Brussels'], why: 'FC Molenbeek Brussels Strombeek (2003–2014)' }],
  // Only by its own name: openfootball lists the lineage (RWDM of 1973, FC Brussels, RWDM of 2015) as one club.
  'RWD Molenbeek': [{ from: 2015, to: 2100, names: ['RWDM'], why: 'RWDM, founded in 2015', create: { id: 'club:rwdm', name: 'RWDM', city: 'Molenbeek-Saint-Jean' } }],
  Lommel: [{ from: 1995, to: 2002, names: ['KFC Lommel SK', 'Lommel SK', 'Lommel'], why: 'KFC Lommel SK, dissolved in 2003' }],
  Seraing: [
    {
      from: 1995,
      to: 1995,
      names: ['RFC Seraing (1904)'],
      why: 'RFC Seraing of 1904 (matricule 17), merged into Standard in 1996: not the RFC Seraing of the 2020s',
      create: { id: 'club:rfc-seraing-1904', name: 'RFC Seraing (1904–1996)', city: 'Seraing' },
    },
    { from: 2014, to: 2100, names: ['RFC Seraing', 'Seraing'] },
  ],
  Aalst: [{ from: 1995, to: 2002, names: ['Eendracht Aalst', 'SC Eendracht Aalst'] }],
  Harelbeke: [{ from: 1900, to: 2100, names: ['KRC Harelbeke', 'Racing Harelbeke'] }],
  Lokeren: [{ from: 1900, to: 2100, names: ['KSC Lokeren', 'Sporting Lokeren', 'KSC Lokeren OV'] }],
  Lierse: [{ from: 1995, to: 2018, names: ['Lierse SK', 'K. Lierse SK'] }],
  Westerlo: [{ from: 1900, to: 2100, names: ['KVC Westerlo'] }],
  Kortrijk: [{ from: 1900, to: 2100, names: ['KV Kortrijk'] }],
  Oostende: [{ from: 1900, to: 2100, names: ['KV Oostende'] }],
  Eupen: [{ from: 1900, to: 2100, names: ['KAS Eupen', 'AS Eupen'] }],
  'Oud-Heverlee Leuven': [{ from: 1900, to: 2100, names: ['Oud-Heverlee Leuven', 'OH Leuven'] }],
  Roeselare: [{ from: 1900, to: 2100, names: ['KSV Roeselare'] }],
  Dender: [{ from: 1900, to: 2100, names: ['FCV Dender EH', 'Dender EH', 'FCV Dender'] }],
  Tubize: [{ from: 1900, to: 2100, names: ['AFC Tubize'] }],
  Geel: [{ from: 1900, to: 2100, names: ['KFC Verbroedering Geel', 'Verbroedering Geel'] }],
};

const pad = (n: number) => String(n).padStart(2, '0');
export const seasonText = (y: number) => `${y}/${pad((y + 1) % 100)}`;

export interface ResolvedName {
  id: string;
  /** How the name was linked, for the citation. */
  how: string;
  /** A club to create (see Era.create). */
  create?: { id: string; name: string; city: string };
}

/** Resolves the data's club names per season against the club entities of the graph. */
export class ResultsClubs {
  private readonly byName = new Map<string, KnownEntity[]>();
  private readonly byCore = new Map<string, { entity: KnownEntity; designators: string[] }[]>();

  constructor(clubs: KnownEntity[]) {
    // Belgian clubs (or clubs without a country); curated first, so their ids sort before imported ones.
    for (const c of clubs.filter((c) => c.country === 'BE' || c.country === null)) {
      for (const n of c.names) {
        const k = clubKey(n);
        if (!k.full) continue;
        push(this.byName, k.full, c);
        if (k.core) push(this.byCore, k.core, { entity: c, designators: k.designators });
      }
    }
  }

  /** Ids of the clubs that go by exactly this name. */
  exactIds(name: string): string[] {
    return unique(this.byName.get(clubKey(name).full) ?? []).map((e) => e.id);
  }

  /** The entities a name may be: exact names first, then same core with compatible designators. */
  private candidates(name: string): { list: KnownEntity[]; how: string } {
    const k = clubKey(name);
    const exact = unique(this.byName.get(k.full) ?? []);
    if (exact.length > 0) return { list: exact, how: `the name "${name}"` };
    if (!k.core) return { list: [], how: '' };
    const core = unique((this.byCore.get(k.core) ?? []).filter((c) => designatorsCompatible(c.designators, k.designators)).map((c) => c.entity));
    return { list: core, how: `the name "${name}" without designators` };
  }

  resolve(name: string, season: number): { ok: ResolvedName } | { error: string; ids: string[] } {
    const eras = SHORT_FORMS[name];
    const era = eras?.find((e) => season >= e.from && season <= e.to);
    if (eras && !era) return { error: `"${name}" names different clubs in different eras and season ${seasonText(season)} is in none the importer knows`, ids: [] };
    const targets = era ? era.names : [name];
    // The era's names in order: the first that names exactly one club decides; only then the looser core match.
    let hits: { entity: KnownEntity; how: string }[] = [];
    for (const t of targets) {
      const c = this.candidates(t);
      if (c.list.length > 0 && c.how === `the name "${t}"`) {
        hits = c.list.map((entity) => ({ entity, how: c.how }));
        break;
      }
    }
    if (hits.length === 0) {
      const found = new Map<string, { entity: KnownEntity; how: string }>();
      for (const t of targets) {
        const c = this.candidates(t);
        for (const e of c.list) if (!found.has(e.id)) found.set(e.id, { entity: e, how: c.how });
      }
      hits = [...found.values()];
    }
    if (hits.length === 0 && era?.create) return { ok: { id: era.create.id, how: `short form "${name}" of ${era.create.name} (${era.why ?? 'certain'}), a club the graph did not hold`, create: era.create } };
    if (hits.length === 1) {
      const h = hits[0]!;
      const via = era ? `short form "${name}" of ${targets[0]} (${era.why ?? 'certain'}), found by ${h.how}` : `${h.how}`;
      return { ok: { id: h.entity.id, how: via } };
    }
    if (hits.length === 0) return { error: `no club in the graph is "${name}"${era ? ` (${targets.join(' / ')})` : ''} for season ${seasonText(season)}`, ids: [] };
    return { error: `"${name}" fits ${hits.length} clubs in the graph for season ${seasonText(season)}`, ids: hits.map((h) => h.entity.id).sort() };
  }
}

export function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function unique(list: KnownEntity[]): KnownEntity[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/** True when the name resolves to different clubs in different seasons of the data. */
export function differsByEra(name: string, clubs: ResultsClubs): boolean {
  const eras = SHORT_FORMS[name];
  if (!eras || eras.length < 2) return false;
  const ids = new Set(eras.map((e) => clubs.resolve(name, e.from)).map((r) => ('ok' in r ? r.ok.id : '')));
  return ids.size > 1;
}
