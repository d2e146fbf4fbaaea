import type { Database } from "../../db/client.ts";
import { type Authority, findAuthority } from "../../domain/authorities.ts";
import { auditedWrite } from "../../lib/audited-write.ts";
import { requireAuthorityAccess } from "../../lib/auth/middleware.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import {
  insertPartnershipAnswer,
  listIncomingPartnerships,
  lockPartnership,
} from "./partnership-answers.repository.ts";
import type {
  answerPartnership,
  listIncomingPartnerships as listRoute,
} from "./partnership-answers.routes.ts";

async function authorityOr404(db: Database, gss: string): Promise<Authority> {
  const authority = await findAuthority(db, gss);
  if (!authority) throw new ApiError(404, "not_found", `No authority has the code ${gss}`);
  return authority;
}

export const listIncomingPartnershipsHandler: AppRouteHandler<typeof listRoute> = async (c) => {
  const { gss } = c.req.valid("param");
  const db = c.var.database.db;
  const authority = await authorityOr404(db, gss);
  return c.json(
    {
      authority: { gss: authority.gss, name: authority.name },
      partnerships: await listIncomingPartnerships(db, authority),
    },
    200,
  );
};

export const answerPartnershipHandler: AppRouteHandler<typeof answerPartnership> = async (c) => {
  const { gss, id } = c.req.valid("param");
  const editor = requireAuthorityAccess(c, gss, "write");
  const input = c.req.valid("json");
  const authority = await authorityOr404(c.var.database.db, gss);
  const answered = await auditedWrite(c.var.database, { changesPublicData: true }, async (tx) => {
    const before = (await listIncomingPartnerships(tx, authority)).find((row) => row.id === id);
    // Not a partnership naming this authority (or no longer): ids reveal nothing.
    if (!before)
      throw new ApiError(404, "not_found", `No published partnership names ${authority.name} with id ${id}`);
    await lockPartnership(tx, id);
    if (before.version !== input.partnershipVersion) {
      throw new ApiError(
        409,
        "conflict",
        `${before.reportedBy.name} changed this partnership since you read it. Read it again, then answer.`,
        { current: before },
      );
    }
    const answerId = await insertPartnershipAnswer(tx, {
      partnershipId: id,
      authorityId: authority.id,
      partnershipVersion: input.partnershipVersion,
      answer: input.answer,
      comment: input.comment,
      recordedBy: editor.id,
    });
    const after = (await listIncomingPartnerships(tx, authority)).find((row) => row.id === id);
    if (!after) throw new Error("The answered partnership should still stand");
    return {
      result: after,
      audit: {
        actor: editor,
        authorityId: authority.id,
        action: input.answer === "confirmed" ? "partnership_confirmed" : "partnership_disputed",
        recordType: "partnership",
        recordId: id,
        before: { state: before.state, comment: before.comment },
        after: { state: after.state, comment: after.comment, answerId, version: input.partnershipVersion },
        reason: input.comment === "" ? null : input.comment,
      },
    };
  });
  return c.json(answered, 200);
};
