// Retracting a fact: its node stays with status RETRACTED (history, the audit trail), its edges
// to squads and links go, and it is no longer served.
import type { RetractFactInput } from '../../domain/__generated__/schema-types';
import type { EditResult } from '../../domain/models/audit';
import type { WriteStep } from '../../graph/engine';
import { FACT_ID, InputChecker, MAX } from './inputs';
import { factRecord } from './records';
import type { EditSession } from './session';

export async function retractFact(s: EditSession, input: RetractFactInput): Promise<EditResult> {
  const editor = s.requireEditor();
  const c: InputChecker = new InputChecker();
  const id = c.id('id', input.id, FACT_ID, 'fact:…');
  const reason = c.required('reason', input.reason, MAX.reason);
  return s.factEdit(async () => {
    const current = await s.activeFact(c, id, null, 'is already retracted');
    const edit = { action: 'RETRACT_FACT' as const, subjectId: id, reason, before: factRecord(current, 'ACTIVE'), after: factRecord(current, 'RETRACTED') };
    const retract = (at: string): WriteStep[] => [{ op: 'facts/set-status', params: { rows: [{ id, status: 'RETRACTED', updatedAt: at }] } }];
    return s.commit(editor, edit, null, retract, { before: current, after: null });
  });
}
