import type { Database } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';

/** Actions written to the audit log: sign-ins and every administrative change. */
export type AuditAction =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'auth.password_changed'
  | 'auth.join'
  | 'auth.join_failed'
  | 'user.created'
  | 'user.updated'
  | 'invitation.created'
  | 'invitation.accepted'
  | 'organisation.created'
  | 'organisation.updated'
  | 'organisation.member_set'
  | 'organisation.member_removed'
  | 'programme.created'
  | 'programme.updated'
  | 'programme.participant_added'
  | 'programme.participant_updated'
  | 'programme.participant_removed'
  | 'programme.join_code_created'
  | 'programme.join_code_updated'
  | 'instrument.created'
  | 'instrument.saved'
  | 'field.session_created'
  | 'field.session_updated';

export interface AuditEntry {
  actorUserId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  ip?: string;
  details?: Record<string, unknown>;
}

export async function writeAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  });
}
