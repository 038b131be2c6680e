import "server-only";
import { auditEvents } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";

export interface AuditInput {
  actor: { userId: string; email: string } | null;
  action: string;
  targetType?: string;
  targetId?: string;
  memberStateId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends an audit event. Pass the transaction of the change it records, so both commit or neither. */
export async function writeAudit(tx: DbOrTx, input: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    actorUserId: input.actor?.userId ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    memberStateId: input.memberStateId ?? null,
    details: input.details ?? {},
  });
}
