import { toCsv } from "../../lib/csv.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import { sendSnapshotCsv, sendSnapshotJson, snapshotKey, viewOf } from "../../public-data/public-response.ts";
import type { getAuthority, listAuthorities, listAuthoritiesCsv } from "./authorities.routes.ts";

export const listAuthoritiesHandler: AppRouteHandler<typeof listAuthorities> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotJson(c, snapshotKey("authorities", query), (data) => ({
    view,
    authorities: data.at(view).authorities,
  }));
};

export const listAuthoritiesCsvHandler: AppRouteHandler<typeof listAuthoritiesCsv> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotCsv(c, snapshotKey("authorities.csv", query), "authorities.csv", (data) =>
    toCsv(data.at(view).authorities, [
      { header: "gss_code", value: (a) => a.gss },
      { header: "name", value: (a) => a.name },
      { header: "inner_outer_1963", value: (a) => a.innerOuter1963 },
      { header: "inner_outer_ons", value: (a) => a.innerOuterOns },
      { header: "signed_on", value: (a) => a.signedOn },
      { header: "loti_member", value: (a) => a.lotiMember },
      { header: "founding_member", value: (a) => a.foundingMember },
      { header: "commitments", value: (a) => a.commitmentCount },
      { header: "done", value: (a) => a.commitmentsByStatus.done ?? 0 },
      { header: "in_progress", value: (a) => a.commitmentsByStatus.in_progress ?? 0 },
      { header: "not_yet_reported", value: (a) => a.commitmentsByStatus.not_yet_reported ?? 0 },
      { header: "overdue", value: (a) => a.overdueCommitments },
      { header: "status_claims_self_declared", value: (a) => a.statusClaimsByConfidence.self_declared ?? 0 },
      { header: "status_claims_evidenced", value: (a) => a.statusClaimsByConfidence.evidenced ?? 0 },
      { header: "status_claims_verified", value: (a) => a.statusClaimsByConfidence.verified ?? 0 },
      { header: "active_partnerships", value: (a) => a.activePartnershipCount },
      { header: "last_updated_at", value: (a) => a.lastUpdatedAt },
    ]),
  );
};

export const getAuthorityHandler: AppRouteHandler<typeof getAuthority> = async (c) => {
  const { gss } = c.req.valid("param");
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  const data = await c.var.snapshot.getData();
  if (!data.current.profiles.has(gss)) {
    throw new ApiError(404, "not_found", `No authority has the GSS code ${gss}`);
  }
  return sendSnapshotJson(c, snapshotKey(`authorities/${gss}`, query), (current) => {
    const profile = current.at(view).profiles.get(gss);
    if (!profile) throw new ApiError(404, "not_found", `No authority has the GSS code ${gss}`);
    return { ...profile, view };
  });
};
