// Sources (articles, datasets, the editors' desk): added with an id that matches their kind, and
// corrected field by field; both read one table of fields.
import type { AddSourceInput, CorrectSourceInput, SourceKind } from '../../domain/__generated__/schema-types';
import type { SourceSeed } from '../../domain/types';
import type { EditResult } from '../../domain/models/audit';
import { applyFields, date, language, name, text, url, type FieldRules } from './fields';
import { InputChecker, MAX, SOURCE_ID } from './inputs';
import { sourceSeedOf } from './records';
import type { EditSession } from './session';

const FIELDS: FieldRules<AddSourceInput & CorrectSourceInput> = { name, outlet: text(), language, published: date, url, licence: text(), author: text() };
const PREFIX: Record<SourceKind, string> = { ARTICLE: 'article:', DATASET: 'dataset:', EDITOR: 'editor:' };

export async function addSource(s: EditSession, input: AddSourceInput): Promise<EditResult> {
  const editor = s.requireEditor();
  const c: InputChecker = new InputChecker();
  const id = c.id('id', input.id, SOURCE_ID, 'article:…, dataset:… or editor:… (letters, digits, _ . -)');
  if (!id.startsWith(PREFIX[input.kind])) c.fail('id', `a ${input.kind} source id starts with ${PREFIX[input.kind]}`);
  const seed: SourceSeed = { id, kind: input.kind, ...applyFields<AddSourceInput, Omit<SourceSeed, 'id' | 'kind'>>(c, FIELDS, input, {}), citedOutlets: [] };
  const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
  return s.desk.exclusive(async () => {
    if ((await s.sources([id])).size > 0) c.fail('id', `${id} already exists; correct it with correctSource`);
    const parsed = s.validate({ sources: [seed], entities: [], facts: [] }, new Set());
    return s.commit(editor, { action: 'ADD_SOURCE', subjectId: id, reason, before: null, after: seed }, parsed, () => []);
  });
}

export async function correctSource(s: EditSession, input: CorrectSourceInput): Promise<EditResult> {
  const editor = s.requireEditor();
  const c: InputChecker = new InputChecker();
  const id = c.id('id', input.id, SOURCE_ID, 'article:…, dataset:… or editor:…');
  const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
  return s.desk.exclusive(async () => {
    const current = (await s.sources([id])).get(id);
    if (!current) c.fail('id', `no source with id ${id}`);
    const before = sourceSeedOf(current);
    const next = applyFields(c, FIELDS, input, before);
    const parsed = s.validate({ sources: [next], entities: [], facts: [] }, new Set());
    return s.commit(editor, { action: 'CORRECT_SOURCE', subjectId: id, reason, before, after: next }, parsed, () => []);
  });
}
