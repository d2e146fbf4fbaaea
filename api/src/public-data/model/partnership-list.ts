import { toLondonDate } from "@ldd/shared/dates";
import type { Partnership, PartnershipConfirmation } from "@ldd/shared/partnerships";
import { toIsoInstant } from "../../db/timestamps.ts";
import { toPartnerOrganisation } from "../../domain/organisations.ts";
import type { PublishedData } from "../select-published.ts";
import { compareNames, compareText, isActiveAt } from "./facts.ts";

type Organisation = PublishedData["organisations"][number];

/** A partnership with when it was last recorded (for the authority's freshness). */
export type RecordedPartnership = Partnership & { recordedAt: string };

const NOT_NEEDED: PartnershipConfirmation = {
  state: "not_needed",
  partnerGss: null,
  partnerName: null,
  comment: null,
  answeredOn: null,
};

/**
 * Where a partnership stands with its partner. Only another of the group's authorities can answer,
 * and its latest answer counts only for the version it was given for: a later published change
 * asks again.
 */
function confirmationOf(
  row: PublishedData["partnerships"][number],
  partner: Organisation,
  latestAnswer: PublishedData["partnershipAnswers"][number] | undefined,
): PartnershipConfirmation {
  if (partner.kind !== "authority" || !partner.gss) return NOT_NEEDED;
  const asked = { partnerGss: partner.gss, partnerName: partner.name };
  if (!latestAnswer || latestAnswer.partnershipVersion !== row.version) {
    return { state: "awaiting", ...asked, comment: null, answeredOn: null };
  }
  return {
    state: latestAnswer.answer,
    ...asked,
    comment: latestAnswer.comment,
    answeredOn: toLondonDate(latestAnswer.recordedAt),
  };
}

/** Every published partnership of the group's authorities, active or not on `today`. */
export function buildPartnershipList(
  data: PublishedData,
  organisationById: ReadonlyMap<string, Organisation>,
  authorityIds: ReadonlySet<string>,
  today: string,
): RecordedPartnership[] {
  // Oldest first, so the last one kept per partnership is its latest.
  const latestAnswer = new Map(data.partnershipAnswers.map((answer) => [answer.partnershipId, answer]));
  return data.partnerships
    .filter((row) => authorityIds.has(row.authorityId))
    .flatMap((row) => {
      const authority = organisationById.get(row.authorityId);
      const org = organisationById.get(row.partnerId);
      const partner = org ? toPartnerOrganisation(org) : null;
      if (!authority?.gss || !partner) return [];
      return [
        {
          id: row.id,
          authorityGss: authority.gss,
          authorityName: authority.name,
          partner,
          startDate: row.startDate,
          endDate: row.endDate,
          purpose: row.purpose,
          active: isActiveAt(row, today),
          commitmentIds: row.commitmentIds,
          confirmation:
            org && authorityIds.has(org.id) ? confirmationOf(row, org, latestAnswer.get(row.id)) : NOT_NEEDED,
          recordedAt: toIsoInstant(row.recordedAt),
        },
      ];
    })
    .sort(
      (a, b) =>
        compareNames(a.authorityName, b.authorityName) ||
        compareText(a.startDate, b.startDate) ||
        compareNames(a.partner.name, b.partner.name),
    );
}

/** The public shape of a partnership (without when it was recorded). */
export function toPartnership({ recordedAt: _recordedAt, ...partnership }: RecordedPartnership): Partnership {
  return partnership;
}
