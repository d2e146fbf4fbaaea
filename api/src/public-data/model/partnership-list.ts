import type { Partnership } from "@ldd/shared/partnerships";
import { toIsoInstant } from "../../db/timestamps.ts";
import { toPartnerOrganisation } from "../../domain/organisations.ts";
import type { PublishedData } from "../select-published.ts";
import { compareNames, compareText, isActiveAt } from "./facts.ts";

type Organisation = PublishedData["organisations"][number];

/** A partnership with when it was last recorded (for the authority's freshness). */
export type RecordedPartnership = Partnership & { recordedAt: string };

/** Every published partnership of the group's authorities, active or not on `today`. */
export function buildPartnershipList(
  data: PublishedData,
  organisationById: ReadonlyMap<string, Organisation>,
  authorityIds: ReadonlySet<string>,
  today: string,
): RecordedPartnership[] {
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
