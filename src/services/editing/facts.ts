// Adding and correcting a fact of any editable kind, through one pipeline that the kind's edit
// declaration (kinds/<type>.ts) parametrises: the input's shape checked field by field, its ids
// and sources against the graph, the FactSeed built (a new one under a free id) or the current
// fact patched, then written with its audit entry and derived update (EditSession.commitFact).
import type { EditAction, ParticipantInput } from '../../domain/__generated__/schema-types';
import type { EntityType } from '../../domain/models/entities';
import type { FactKindName, KindOfTypename } from '../../domain/facts';
import { BY_TYPENAME } from '../../domain/facts/__generated__/registry';
import type { IdPrefix } from '../../domain/ids';
import type { FactSeed } from '../../domain/types';
import type { EditResult } from '../../domain/models/audit';
import { EDITABLE_FACTS, type EditInputs } from './__generated__/registry';
import { checkFields } from './fields';
import { FACT_ID, InputChecker, MAX, storedId, type Patch } from './inputs';
import type { AddFactInput, CorrectFactInput, FactEdit, Participants } from './kinds/define';
import { compact, dates, refIds, withPatch, type Refs } from './records';
import type { EditSession, EntityCheck } from './session';

export { EDITABLE_FACTS, type EditInputs };
export type EditableType = keyof EditInputs;

/** A kind as the pipeline reads it: its inputs by field name. */
type Input = Record<string, unknown>;
interface Editable {
  typename: EditableType;
  edit: FactEdit<AddFactInput & Input, CorrectFactInput & Input>;
  actions: { add: EditAction; correct: EditAction };
}

const PREFIX: Record<EntityType, IdPrefix> = { PERSON: 'person', CLUB: 'club', NATIONAL_TEAM: 'nt', STADIUM: 'stadium' };

/** References checked for shape, and the ids to check against the graph. */
interface GivenRefs {
  refs: Record<string, Patch<string | string[]>>;
  checks: EntityCheck[];
}

/** The stored kind of an editable GraphQL type (`Relationship` → `relation`). */
export const storedKind = <T extends EditableType>(typename: T) => BY_TYPENAME[typename].kind as KindOfTypename[T];

/** A kind's edit declaration and audit actions, as the pipeline reads them, and its stored kind. */
function editable(typename: EditableType): Editable & { kind: FactKindName } {
  return { ...(EDITABLE_FACTS[typename] as Editable), kind: storedKind(typename) };
}

export async function addFact<T extends EditableType>(s: EditSession, typename: T, input: EditInputs[T]['add']): Promise<EditResult> {
  const { edit, actions, kind } = editable(typename);
  const fields = input as AddFactInput & Input;
  const editor = s.requireEditor();
  const c: InputChecker = new InputChecker();
  const type = fields[edit.typeField] as string;
  const people = edit.participants ? participants(c, edit.participants, type, fields.participants as ParticipantInput[], false) : null;
  const roles = roleRefs(c, typename, edit, fields, false);
  const start = c.date('start', fields.start);
  const end = c.date('end', fields.end);
  c.period(start, end);
  const details = compact(checkFields(c, edit.details, fields));
  const sources = c.citations('sources', fields.sources);
  const reason = c.optional('reason', fields.reason, MAX.reason) ?? null;
  return s.factEdit(async () => {
    await s.checkEntities(c, [...(people?.checks ?? []), ...roles.checks]);
    const known = await s.checkSources(c, 'sources', sources);
    const id = await s.freeFactId(['fact', kind, ...edit.idParts(fields)].join(':'));
    const refs = compact({ ...people?.refs, ...roles.refs }) as Refs;
    const seed: FactSeed = { id, kind, type, ...dates(start, end), refs, details, sources };
    return s.commitFact(editor, actions.add, seed, null, reason, new Set([...known, ...refIds(refs)]));
  });
}

export async function correctFact<T extends EditableType>(s: EditSession, typename: T, input: EditInputs[T]['correct']): Promise<EditResult> {
  const { edit, actions, kind } = editable(typename);
  const fields = input as CorrectFactInput & Input;
  const editor = s.requireEditor();
  const c: InputChecker = new InputChecker();
  const id = c.id('id', fields.id, FACT_ID, `fact:${kind}:…`);
  const roles = roleRefs(c, typename, edit, fields, true);
  const type = fields[edit.typeField] as Patch<string>;
  if (type === null) c.fail(edit.typeField, `a ${typename.toLowerCase()} needs a ${edit.typeField}`);
  if (edit.participants && fields.participants === null) c.fail('participants', `a ${typename.toLowerCase()} needs participants`);
  const start = c.date('start', fields.start);
  const end = c.date('end', fields.end);
  const details = checkFields(c, edit.details, fields);
  const sources = fields.sources === undefined || fields.sources === null ? undefined : c.citations('sources', fields.sources);
  const reason = c.optional('reason', fields.reason, MAX.reason) ?? null;
  return s.factEdit(async () => {
    const current = await s.activeFact(c, id, kind);
    const list = fields.participants as ParticipantInput[] | undefined;
    // New participants replace every role they fill; the other references stay unless given.
    const people = edit.participants && list ? participants(c, edit.participants, current.type ?? '', list, true) : null;
    const next = withPatch(current, { type: type ?? undefined, start, end, refs: { ...people?.refs, ...roles.refs }, details, sources });
    c.period(next.start, next.end);
    await s.checkEntities(c, [...(people?.checks ?? []), ...roles.checks]);
    const known = await s.checkSources(c, 'sources', next.sources);
    return s.commitFact(editor, actions.correct, next, current, reason, new Set([...known, ...refIds(next.refs)]));
  });
}

/** The id fields' references: checked for shape; a correction skips fixed ones and cannot clear required ones. */
function roleRefs(c: InputChecker, typename: EditableType, edit: Editable['edit'], input: Input, correcting: boolean): GivenRefs {
  const out: GivenRefs = { refs: {}, checks: [] };
  for (const [role, rule] of Object.entries(edit.roles)) {
    if (!rule || (correcting && rule.fixed)) continue;
    const shape = storedId('entity', ...rule.types.map((t) => PREFIX[t]));
    const example = rule.types.map((t) => `${PREFIX[t]}:…`).join(' or ');
    const value = input[role] as Patch<string>;
    const id = rule.required && !correcting ? c.id(role, value as string, shape, example) : c.optionalId(role, value, shape, example);
    if (rule.required && id === null) c.fail(role, `a ${typename.toLowerCase()} needs a ${role}`);
    out.refs[role] = id;
    if (id) out.checks.push({ field: role, id, types: rule.types });
  }
  return out;
}

/** The participants' references (with every role they fill cleared first, when they replace earlier ones). */
function participants(c: InputChecker, spec: Participants, type: string, list: readonly ParticipantInput[], replacing: boolean): GivenRefs {
  const cleared = replacing ? Object.fromEntries(spec.roles.map((r) => [r, null])) : {};
  return {
    refs: { ...cleared, ...spec.refs(c, type, list) },
    checks: list.map((p, i) => ({ field: `participants[${i}].person`, id: p.person, types: ['PERSON'] })),
  };
}
