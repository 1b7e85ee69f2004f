// What an edit leaves behind: its audit entry, and the answer a mutation gives.
import type { EditAction } from '../__generated__/schema-types';

export interface AuditEntryModel {
  id: string;
  at: string;
  editor: string;
  action: EditAction;
  subjectId: string;
  reason: string | null;
  before: string | null;
  after: string | null;
}

export interface EditResult {
  id: string;
  audit: AuditEntryModel;
  /** True when an idempotency key's stored answer was given back and nothing was written. */
  replayed?: boolean;
  /** Set (and dropped before the answer) when the edit left derived data for a full rebuild. */
  rebuild?: boolean;
}

