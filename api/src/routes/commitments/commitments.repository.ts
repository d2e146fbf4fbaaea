import type { CommitmentStatus, DeliveryPhase, PublicationState } from "@ldd/shared/vocabulary";
import type { Database } from "../../db/client.ts";
import { statusUpdates } from "../../db/schema.ts";

export interface NewStatusUpdate {
  commitmentId: string;
  status: CommitmentStatus;
  phase: DeliveryPhase | null;
  effectiveDate: string;
  note: string | null;
  evidenceUrls: string[];
  recordedBy?: string | null;
  publicationState?: PublicationState;
}

/** Appends a dated status update; earlier updates are kept (history, "as of" views). */
export async function recordStatusUpdate(tx: Database, update: NewStatusUpdate) {
  const state = update.publicationState ?? "published";
  const [row] = await tx
    .insert(statusUpdates)
    .values({
      commitmentId: update.commitmentId,
      status: update.status,
      phase: update.phase,
      effectiveDate: update.effectiveDate,
      note: update.note,
      evidenceUrls: update.evidenceUrls,
      recordedBy: update.recordedBy ?? null,
      publicationState: state,
      publishedAt: state === "published" ? new Date().toISOString() : null,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
