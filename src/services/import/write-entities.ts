// Writes an import's entities: new ones created whole, existing ones merged (spellings added,
// empty fields filled; a curated entity's own fields never change), each with this dataset's
// citation in the same batch.
import type { GraphEngine, Row } from '../../graph/engine';
import { searchText } from '../../domain/fold';
import { parsePartialDate } from '../../domain/partial-date';
import { checkEntityId } from '../../domain/validation';
import { BatchRunner, batchStep, chunks, CITATION, ENTITY_CREATE, ENTITY_UPDATE } from '../write/bulk';
import { birthColumns, citationRow, entityRow, type CitationRow } from '../write/rows';
import type { EntityDraft } from './plan';
import type { Counters } from './report';
import { citationsOf, readState, str, strs, type WriteOptions } from './stored';

type Change = { update?: Record<string, unknown>; cite?: CitationRow; recite?: CitationRow };

export async function writeEntities(engine: GraphEngine, runner: BatchRunner, drafts: EntityDraft[], dataset: string, options: WriteOptions, counters: Counters, sourceName: string): Promise<void> {
  options.progress.phase(`${sourceName}: writing: entities`, drafts.length);
  const state = await readState(engine, 'entities/state', drafts.map((d) => d.id), options.batchSize);
  const creates: Record<string, unknown>[] = [];
  const createCites: CitationRow[] = [];
  // An entity's merged fields and its citation go in one transaction: a link and its evidence
  // are never half written.
  const changes = new Map<string, Change>();
  for (const d of drafts) {
    checkEntityId(d.id);
    const s = state.get(d.id);
    if (!s) {
      const aliases = [...new Set(d.spellings.filter((x) => x !== d.name))];
      creates.push(entityRow({ ...d, shortName: d.shortName ?? undefined, city: d.city ?? undefined, country: d.country ?? undefined, birth: d.birth ?? undefined, aliases }, options.now));
      createCites.push(citationRow(d.id, d.citation));
      counters.entitiesCreated++;
      continue;
    }
    const cites = citationsOf(s);
    if (!(cites.length > 0 && cites.every((c) => c.source === dataset))) counters.entitiesMerged++;
    const change: Change = { update: mergedFields(d, s, options.now) ?? undefined };
    const mine = cites.filter((c) => c.source === d.citation.source);
    const want = citationRow(d.id, d.citation);
    if (mine.length === 0) change.cite = want;
    else if (!mine.some((c) => c.detail === want.detail && c.confidence === want.confidence)) change.recite = want;
    if (change.update || change.cite || change.recite) changes.set(d.id, change);
  }
  let done = 0;
  for (let i = 0; i < creates.length; i += options.batchSize) {
    const rows = creates.slice(i, i + options.batchSize);
    await runner.commit([batchStep('entities/create-batch', rows, ENTITY_CREATE), batchStep('entities/cite-batch', createCites.slice(i, i + options.batchSize), CITATION)]);
    options.progress.update((done += rows.length));
  }
  const merged = [...changes.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  for (const batch of chunks(merged, options.batchSize)) {
    const of = (k: keyof Change) => batch.flatMap(([, e]) => (e[k] ? [e[k]] : []));
    await runner.commit([batchStep('entities/update-batch', of('update'), ENTITY_UPDATE), batchStep('entities/cite-batch', of('cite'), CITATION), batchStep('entities/recite-batch', of('recite'), CITATION)]);
  }
  counters.citationsAdded += createCites.length + merged.filter(([, e]) => e.cite).length;
  options.progress.update(drafts.length);
}

/** The merged fields of an existing entity, or null when the draft adds nothing. */
function mergedFields(d: EntityDraft, s: Row, now: string): Record<string, unknown> | null {
  const names = [s.name, s.fullName, s.shortName, s.nameNl, s.nameFr, s.nameEn].map(str).filter((x): x is string => x !== null);
  const aliases = strs(s.aliases);
  const added = d.spellings.filter((x) => !names.includes(x) && !aliases.includes(x));
  const nextAliases = [...aliases, ...new Set(added)];
  const nationalities = strs(s.nationalities).length > 0 ? strs(s.nationalities) : (d.nationalities ?? []);
  const positions = strs(s.positions).length > 0 ? strs(s.positions) : (d.positions ?? []);
  let birthText = str(s.birthText);
  if (!birthText && d.birth) birthText = d.birth;
  else if (birthText && d.merge?.refineBirth && !d.merge.curated) {
    // A day from a dataset that records it beats a range narrowed from ages (the link agreed with it).
    if (parsePartialDate(birthText).precision === 'RANGE') birthText = d.merge.refineBirth;
  }
  const city = str(s.city) ?? d.city ?? null;
  const country = str(s.country) ?? d.country ?? null;
  const changed =
    added.length > 0 || birthText !== str(s.birthText) || city !== str(s.city) || country !== str(s.country) ||
    nationalities.join('|') !== strs(s.nationalities).join('|') || positions.join('|') !== strs(s.positions).join('|');
  if (!changed) return null;
  return {
    id: d.id, aliases: nextAliases, city, country, nationalities, positions, ...birthColumns(birthText),
    searchText: searchText([...names, ...strs(s.nicknames), ...nextAliases]), updatedAt: now,
  };
}
