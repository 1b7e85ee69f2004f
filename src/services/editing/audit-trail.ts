// The audit trail as editors read it: newest first, by subject or editor, a page at a time.
import type { EditAction } from '../../domain/__generated__/schema-types';
import type { AuditEntryModel } from '../../domain/models/audit';
import { ANY_ID, InputChecker } from './inputs';
import type { EditSession } from './session';

export interface AuditPage {
  entries: AuditEntryModel[];
  offset: number;
  total: number;
}

export async function auditTrail(s: EditSession, args: { subject?: string | null; editor?: string | null; first: number; offset: number }): Promise<AuditPage> {
  s.requireEditor();
  const c: InputChecker = new InputChecker('auditTrail');
  const subject = args.subject ? c.id('subject', args.subject, ANY_ID, 'a global id such as person:steven-defour') : '';
  const editor = args.editor ? c.required('editor', args.editor, 64) : '';
  const params = { subject, editor };
  const [rows, [count]] = await Promise.all([
    s.engine.read('audit/page', { ...params, skip: args.offset, limit: args.first }),
    s.engine.read('audit/count', params),
  ]);
  return { entries: rows.map(toAuditEntry), offset: args.offset, total: Number(count?.total ?? 0) };
}

function toAuditEntry(row: Record<string, unknown>): AuditEntryModel {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: String(row.id),
    at: String(row.at),
    editor: String(row.editor),
    action: String(row.action) as EditAction,
    subjectId: String(row.subjectId),
    reason: str(row.reason),
    before: str(row.before),
    after: str(row.after),
  };
}
