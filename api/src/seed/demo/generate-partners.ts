import { LOTI_FUNDERS, LOTI_LAUNCH_PARTNERS, type PartnerReference } from "@ldd/shared/reference-data";
import { FICTIONAL_PARTNERS, type FictionalPartner } from "./content/partners.ts";
import type { DemoPartner } from "./demo-dataset.ts";

/** Every partner organisation, and the pools partnerships draw from. */
export interface PartnerPools {
  all: DemoPartner[];
  launch: DemoPartner[];
  funders: DemoPartner[];
  fictional: DemoPartner[];
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function toPartner(reference: PartnerReference | FictionalPartner): DemoPartner {
  return {
    key: slug(reference.name),
    name: reference.name,
    type: reference.type,
    canonicalIdScheme: null,
    canonicalId: null,
  };
}

/** Partner organisations: LOTI's launch partners and funders, plus the fictional ones. */
export function buildPartners(): PartnerPools {
  const launch = LOTI_LAUNCH_PARTNERS.map(toPartner);
  const funders = LOTI_FUNDERS.map(toPartner);
  const fictional = FICTIONAL_PARTNERS.map(toPartner);
  return { all: [...launch, ...funders, ...fictional], launch, funders, fictional };
}
