import type { Database } from "../db/client.ts";
import { auditEntries } from "../db/schema.ts";
import type { SessionAccount } from "./auth/sessions.ts";

export interface AuditInput {
  actor: Pick<SessionAccount, "id" | "role"> | null;
  authorityId?: string | null;
  action: string;
  recordType: string;
  recordId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/**
 * Appends one audit entry (docs/quality.md, R5). Call it inside the same transaction as the change it
 * describes, so the change and its record commit or fail together.
 */
export async function writeAudit(tx: Database, entry: AuditInput): Promise<void> {
  await tx.insert(auditEntries).values({
    actorId: entry.actor?.id ?? null,
    actorRole: entry.actor?.role ?? null,
    authorityId: entry.authorityId ?? null,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  });
}
