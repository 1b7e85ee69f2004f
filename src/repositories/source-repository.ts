// Sources and the citations of facts and entities, batched per request (and shared across
// requests through the read cache, when there is one).
import type { ReadCache } from './read-cache';
import type { GraphEngine } from '../graph/engine';
import type { CitationModel, SourceModel } from '../domain/models/sources';
import { manyLoader, oneLoader } from './loaders';
import { toCitation, toSource } from './rows';

const best = (a: CitationModel, b: CitationModel) =>
  Number(a.teaser) - Number(b.teaser) || b.confidence - a.confidence || a.sourceId.localeCompare(b.sourceId) || (a.detail ?? '').localeCompare(b.detail ?? '');

export class SourceRepository {
  private readonly byId;
  private readonly ofFacts;
  private readonly ofEntities;

  constructor(
    private readonly engine: GraphEngine,
    cache?: ReadCache,
  ) {
    this.byId = oneLoader(engine, 'sources/by-ids', toSource, { cache });
    this.ofFacts = manyLoader(engine, 'facts/citations', toCitation, { cache });
    this.ofEntities = manyLoader(engine, 'entities/citations', toCitation, { cache });
  }

  get(id: string): Promise<SourceModel | null> {
    return this.byId.load(id);
  }

  /** Citations of a fact or an entity, best first (story before teaser, confident first). */
  async citationsOf(holderId: string): Promise<CitationModel[]> {
    const loader = holderId.startsWith('fact:') ? this.ofFacts : this.ofEntities;
    return [...(await loader.load(holderId))].sort(best);
  }

  async all(): Promise<SourceModel[]> {
    const rows = await this.engine.read('sources/all-ids');
    const ids = rows.map((r) => String(r.id));
    const sources = await Promise.all(ids.map((id) => this.get(id)));
    const order = { ARTICLE: 0, DATASET: 1, EDITOR: 2 } as const;
    return sources.filter((s): s is SourceModel => s !== null).sort((a, b) => order[a.kind] - order[b.kind] || a.id.localeCompare(b.id));
  }
}
