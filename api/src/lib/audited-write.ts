import { type Database, type DatabaseHandle, runWrite, type WriteOptions } from "../db/client.ts";
import { type AuditInput, writeAudit } from "./audit.ts";

/**
 * The one way to change data from a request: the change and its one audit entry commit together
 * or not at all (R5). `write` returns what the caller answers with and the entry that describes
 * the change, so a mutating route cannot forget its entry or write two.
 */
export async function auditedWrite<T>(
  handle: DatabaseHandle,
  options: WriteOptions,
  write: (tx: Database) => Promise<{ result: T; audit: AuditInput }>,
): Promise<T> {
  return runWrite(handle, options, async (tx) => {
    const { result, audit } = await write(tx);
    await writeAudit(tx, audit);
    return result;
  });
}
