import type { PartnershipListQuery } from "@ldd/shared/partnerships";
import { toCsv } from "../../lib/csv.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import type { PublicModel } from "../../public-data/build-public-model.ts";
import { sendSnapshotCsv, sendSnapshotJson, snapshotKey, viewOf } from "../../public-data/public-response.ts";
import type { listPartnerships, listPartnershipsCsv } from "./partnerships.routes.ts";

function filterPartnerships(model: PublicModel, query: PartnershipListQuery) {
  return model.partnerships.filter(
    (p) =>
      (query.authority === undefined || p.authorityGss === query.authority) &&
      (query.partnerType === undefined || p.partner.type === query.partnerType) &&
      (query.active === undefined || p.active === query.active),
  );
}

export const listPartnershipsHandler: AppRouteHandler<typeof listPartnerships> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotJson(c, snapshotKey("partnerships", query), (data) => ({
    view,
    partnerships: filterPartnerships(data.at(view), query),
  }));
};

export const listPartnershipsCsvHandler: AppRouteHandler<typeof listPartnershipsCsv> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotCsv(c, snapshotKey("partnerships.csv", query), "partnerships.csv", (data) =>
    toCsv(filterPartnerships(data.at(view), query), [
      { header: "id", value: (p) => p.id },
      { header: "authority_gss_code", value: (p) => p.authorityGss },
      { header: "authority_name", value: (p) => p.authorityName },
      { header: "partner_name", value: (p) => p.partner.name },
      { header: "partner_type", value: (p) => p.partner.type },
      { header: "partner_id_scheme", value: (p) => p.partner.canonicalIdScheme },
      { header: "partner_id", value: (p) => p.partner.canonicalId },
      { header: "start_date", value: (p) => p.startDate },
      { header: "end_date", value: (p) => p.endDate },
      { header: "active", value: (p) => p.active },
      { header: "purpose", value: (p) => p.purpose },
      { header: "commitment_ids", value: (p) => p.commitmentIds },
      { header: "confirmation", value: (p) => p.confirmation.state },
      { header: "confirmation_authority_gss_code", value: (p) => p.confirmation.partnerGss },
      { header: "confirmation_date", value: (p) => p.confirmation.answeredOn },
      { header: "confirmation_comment", value: (p) => p.confirmation.comment },
    ]),
  );
};
