import type { IncomingPartnership } from "@ldd/shared/partnership-answers";
import type { PartnershipAnswer } from "@ldd/shared/vocabulary";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  accounts,
  organisations,
  partnershipAnswers,
  partnerships,
  partnershipVersions,
} from "../../db/schema.ts";
import { toIsoInstant } from "../../db/timestamps.ts";
import type { Authority } from "../../domain/authorities.ts";

/**
 * The published partnerships other authorities report with `authority` as the partner, as they
 * now stand (latest published version, not withdrawn), each with this authority's latest answer.
 */
export async function listIncomingPartnerships(
  db: Database,
  authority: Authority,
): Promise<IncomingPartnership[]> {
  const named = db
    .select({ id: partnershipVersions.partnershipId })
    .from(partnershipVersions)
    .where(
      and(
        eq(partnershipVersions.partnerId, authority.id),
        eq(partnershipVersions.publicationState, "published"),
      ),
    );
  const versions = await db
    .select({
      id: partnershipVersions.partnershipId,
      version: partnershipVersions.version,
      partnerId: partnershipVersions.partnerId,
      startDate: partnershipVersions.startDate,
      endDate: partnershipVersions.endDate,
      purpose: partnershipVersions.purpose,
      withdrawn: partnershipVersions.withdrawn,
      reporterGss: organisations.gss,
      reporterName: organisations.name,
    })
    .from(partnershipVersions)
    .innerJoin(partnerships, eq(partnerships.id, partnershipVersions.partnershipId))
    .innerJoin(organisations, eq(organisations.id, partnerships.authorityId))
    .where(
      and(
        inArray(partnershipVersions.partnershipId, named),
        eq(partnershipVersions.publicationState, "published"),
      ),
    )
    .orderBy(asc(partnershipVersions.version));
  const latest = new Map(versions.map((row) => [row.id, row]));
  const standing = [...latest.values()].filter(
    (row) => !row.withdrawn && row.partnerId === authority.id && row.reporterGss !== null,
  );
  if (standing.length === 0) return [];
  const answers = await db
    .select({
      partnershipId: partnershipAnswers.partnershipId,
      partnershipVersion: partnershipAnswers.partnershipVersion,
      answer: partnershipAnswers.answer,
      comment: partnershipAnswers.comment,
      recordedAt: partnershipAnswers.recordedAt,
      answeredBy: accounts.displayName,
    })
    .from(partnershipAnswers)
    .leftJoin(accounts, eq(accounts.id, partnershipAnswers.recordedBy))
    .where(
      and(
        inArray(
          partnershipAnswers.partnershipId,
          standing.map((row) => row.id),
        ),
        eq(partnershipAnswers.authorityId, authority.id),
      ),
    )
    .orderBy(asc(partnershipAnswers.recordedAt));
  const latestAnswer = new Map(answers.map((answer) => [answer.partnershipId, answer]));
  const order = { awaiting: 0, disputed: 1, confirmed: 2 } as const;
  return standing
    .map((row): IncomingPartnership => {
      const answer = latestAnswer.get(row.id);
      const current = answer && answer.partnershipVersion === row.version ? answer : undefined;
      return {
        id: row.id,
        reportedBy: { gss: row.reporterGss ?? "", name: row.reporterName },
        startDate: row.startDate,
        endDate: row.endDate,
        purpose: row.purpose,
        version: row.version,
        state: current?.answer ?? "awaiting",
        comment: current?.comment ?? null,
        answeredAt: current ? toIsoInstant(current.recordedAt) : null,
        answeredBy: current?.answeredBy ?? null,
        answeredEarlierVersion: answer !== undefined && current === undefined,
      };
    })
    .sort(
      (a, b) =>
        order[a.state] - order[b.state] || a.reportedBy.name.localeCompare(b.reportedBy.name, "en-GB"),
    );
}

/** Appends the partner's answer, public at once. */
export async function insertPartnershipAnswer(
  tx: Database,
  input: {
    partnershipId: string;
    authorityId: string;
    partnershipVersion: number;
    answer: PartnershipAnswer;
    comment: string;
    recordedBy: string;
  },
): Promise<string> {
  const now = new Date().toISOString();
  const [row] = await tx
    .insert(partnershipAnswers)
    .values({
      partnershipId: input.partnershipId,
      authorityId: input.authorityId,
      partnershipVersion: input.partnershipVersion,
      answer: input.answer,
      comment: input.comment === "" ? null : input.comment,
      recordedAt: now,
      recordedBy: input.recordedBy,
      publicationState: "published",
      publishedAt: now,
    })
    .returning({ id: partnershipAnswers.id });
  if (!row) throw new Error("The answer was not recorded");
  return row.id;
}

/** Holds the partnership's head row, so two answers (or an answer and a publish) take turns. */
export async function lockPartnership(tx: Database, partnershipId: string): Promise<void> {
  await tx
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .for("update");
}
