import type { PartnerOrganisation } from "@ldd/shared/partnerships";
import type { PartnerType } from "@ldd/shared/vocabulary";
import type { organisations } from "../db/schema.ts";

/**
 * An organisation as a partnership names it, for editors and the public alike: another authority
 * is "another council", identified by its GSS code.
 */
export function toPartnerOrganisation(org: typeof organisations.$inferSelect): PartnerOrganisation {
  const isAuthority = org.kind === "authority";
  const type: PartnerType = isAuthority ? "other_council" : (org.partnerType ?? "public_body");
  return {
    id: org.id,
    name: org.name,
    type,
    canonicalIdScheme: isAuthority ? "gss" : org.canonicalIdScheme,
    canonicalId: isAuthority ? org.gss : org.canonicalId,
  };
}
