import { toCsv } from "../../lib/csv.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import { sendSnapshotCsv, sendSnapshotJson } from "../../public-data/public-response.ts";
import type { getAuthority, listAuthorities, listAuthoritiesCsv } from "./authorities.routes.ts";

export const listAuthoritiesHandler: AppRouteHandler<typeof listAuthorities> = (c) =>
  sendSnapshotJson(c, "authorities", (model) => ({ authorities: model.authorities }));

export const listAuthoritiesCsvHandler: AppRouteHandler<typeof listAuthoritiesCsv> = (c) =>
  sendSnapshotCsv(c, "authorities.csv", "authorities.csv", (model) =>
    toCsv(model.authorities, [
      { header: "gss_code", value: (a) => a.gss },
      { header: "name", value: (a) => a.name },
      { header: "inner_outer_1963", value: (a) => a.innerOuter1963 },
      { header: "inner_outer_ons", value: (a) => a.innerOuterOns },
      { header: "signed_on", value: (a) => a.signedOn },
      { header: "loti_member", value: (a) => a.lotiMember },
      { header: "commitments", value: (a) => a.commitmentCount },
      { header: "active_partnerships", value: (a) => a.activePartnershipCount },
      { header: "last_updated_at", value: (a) => a.lastUpdatedAt },
    ]),
  );

export const getAuthorityHandler: AppRouteHandler<typeof getAuthority> = async (c) => {
  const { gss } = c.req.valid("param");
  const model = await c.var.snapshot.getModel();
  if (!model.profiles.has(gss)) {
    throw new ApiError(404, "not_found", `No authority has the GSS code ${gss}`);
  }
  return sendSnapshotJson(c, `authorities/${gss}`, (current) => {
    const profile = current.profiles.get(gss);
    if (!profile) throw new ApiError(404, "not_found", `No authority has the GSS code ${gss}`);
    return profile;
  });
};
