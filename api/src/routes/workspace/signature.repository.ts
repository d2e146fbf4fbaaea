import type { SignatureInput, WorkspaceSignature } from "@ldd/shared/workspace";
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { signatures, signatureVersions } from "../../db/schema.ts";
import { StaleVersionError } from "../../lib/record-outcomes.ts";
import { bumpVersion, commentWhileReturned, draft, type RecordChange, standing } from "./record-versions.ts";

export async function loadSignature(db: Database, authorityId: string): Promise<WorkspaceSignature | null> {
  const latest = (state: SQL) =>
    db
      .select({ head: signatures, content: signatureVersions })
      .from(signatures)
      .innerJoin(signatureVersions, eq(signatureVersions.signatureId, signatures.id))
      .where(and(eq(signatures.authorityId, authorityId), state))
      .orderBy(desc(signatureVersions.version))
      .limit(1);
  const [row] = await latest(standing(signatureVersions));
  if (!row || row.content.withdrawn) return null;
  const [published] = await latest(eq(signatureVersions.publicationState, "published"));
  const publicContent = published && !published.content.withdrawn ? published.content : null;
  return {
    changeId: row.content.id,
    published: publicContent && {
      signedOn: publicContent.signedOn,
      approverName: publicContent.approverName,
      approverRole: publicContent.approverRole,
      commitmentUrl: publicContent.commitmentUrl,
    },
    id: row.head.id,
    version: row.head.version,
    state: row.content.publicationState,
    reviewComment: commentWhileReturned(row.content.publicationState, row.content.reviewComment),
    signedOn: row.content.signedOn,
    approverName: row.content.approverName,
    approverRole: row.content.approverRole,
    commitmentUrl: row.content.commitmentUrl,
  };
}

export async function saveSignature(
  tx: Database,
  authorityId: string,
  input: SignatureInput,
  actorId: string,
): Promise<RecordChange & { created: boolean }> {
  let signatureId: string;
  let version: number;
  if (input.expectedVersion === 0) {
    // Two first saves racing: the unique authority_id lets one in; the other is stale.
    const [head] = await tx
      .insert(signatures)
      .values({ authorityId })
      .onConflictDoNothing({ target: signatures.authorityId })
      .returning({ id: signatures.id, version: signatures.version });
    if (!head) throw new StaleVersionError("signature", authorityId);
    signatureId = head.id;
    version = head.version;
  } else {
    const [head] = await tx
      .select({ id: signatures.id })
      .from(signatures)
      .where(eq(signatures.authorityId, authorityId));
    if (!head) throw new StaleVersionError("signature", authorityId);
    signatureId = head.id;
    version = await bumpVersion(tx, signatures, "signature", head.id, authorityId, input.expectedVersion);
  }
  const before = await loadSignature(tx, authorityId);
  const { expectedVersion: _expectedVersion, ...after } = input;
  await tx
    .insert(signatureVersions)
    .values({ signatureId, version, ...after, recordedBy: actorId, ...draft });
  return {
    created: input.expectedVersion === 0,
    recordType: "signature",
    recordId: signatureId,
    before: before && {
      signedOn: before.signedOn,
      approverName: before.approverName,
      approverRole: before.approverRole,
      commitmentUrl: before.commitmentUrl,
    },
    after,
  };
}

export async function findSignatureId(db: Database, authorityId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: signatures.id })
    .from(signatures)
    .where(eq(signatures.authorityId, authorityId));
  return row?.id ?? null;
}
