import type { InnerOuter, PartnerType, PrincipleNumber } from "./vocabulary.ts";

/**
 * Reference facts, taken as they stand in docs/domain.md (sources there).
 * Nothing London-specific is hard-wired elsewhere: another region is a change here.
 */

export const DECLARATION_LAUNCH_DATE = "2018-07-04";
export const LOTI_LAUNCH_DATE = "2019-06-10";

export interface Principle {
  number: PrincipleNumber;
  title: string;
  description: string;
}

export const PRINCIPLES: readonly Principle[] = [
  {
    number: 1,
    title: "User-centred redesign",
    description: "Services redesigned around the needs of the people using them.",
  },
  {
    number: 2,
    title: "Fix the plumbing",
    description:
      "Away from inflexible, expensive, closed technology towards modular common components and open standards.",
  },
  {
    number: 3,
    title: "Safe, useful data sharing",
    description: "Share information safely, securely and usefully.",
  },
  {
    number: 4,
    title: "Digital leadership",
    description: "Leaders create the conditions for transformation and bring partners along.",
  },
  {
    number: 5,
    title: "Open culture",
    description: "Work in the open, share plans and experience, reuse good practice.",
  },
];

export interface LotiArea {
  id: string;
  title: string;
}

/** The six areas of work LOTI named at launch. */
export const LOTI_AREAS: readonly LotiArea[] = [
  { id: "leadership-skills", title: "Digital skills for public-sector leaders" },
  { id: "evidence", title: "Sharing evidence of what works" },
  { id: "procurement", title: "Sharing procurement needs to shape the govtech market" },
  { id: "peer-sharing", title: "Peer-to-peer sharing of tools, patterns and code" },
  { id: "partnerships", title: "Partnerships with govtech bodies, universities and non-profits" },
  { id: "declaration-adoption", title: "Supporting adoption of the Local Digital Declaration" },
];
export const LOTI_AREA_IDS = LOTI_AREAS.map((area) => area.id);

export interface AuthorityReference {
  gss: string;
  name: string;
  /** London Government Act 1963 definition. */
  innerOuter1963: InnerOuter;
  /** ONS statistical definition; differs from 1963 on Greenwich, Haringey and Newham. */
  innerOuterOns: InnerOuter;
  /** Where it sits on the tile map; see LONDON_TILE_LAYOUT. */
  tile: { column: number; row: number } | null;
}

/**
 * Where each authority sits in the tile map: a square grid that keeps London's rough geography
 * (north at the top, the City in the middle). Column and row start at 1. Stored with each
 * authority in the database, like its name, so another region's group is a change of data.
 */
export const LONDON_TILE_LAYOUT: Readonly<Record<string, { column: number; row: number }>> = {
  E09000010: { column: 5, row: 1 }, // Enfield
  E09000015: { column: 3, row: 2 }, // Harrow
  E09000003: { column: 4, row: 2 }, // Barnet
  E09000014: { column: 5, row: 2 }, // Haringey
  E09000031: { column: 6, row: 2 }, // Waltham Forest
  E09000017: { column: 1, row: 3 }, // Hillingdon
  E09000005: { column: 2, row: 3 }, // Brent
  E09000007: { column: 3, row: 3 }, // Camden
  E09000019: { column: 4, row: 3 }, // Islington
  E09000012: { column: 5, row: 3 }, // Hackney
  E09000026: { column: 6, row: 3 }, // Redbridge
  E09000016: { column: 7, row: 3 }, // Havering
  E09000009: { column: 1, row: 4 }, // Ealing
  E09000020: { column: 2, row: 4 }, // Kensington and Chelsea
  E09000033: { column: 3, row: 4 }, // Westminster
  E09000001: { column: 4, row: 4 }, // City of London
  E09000030: { column: 5, row: 4 }, // Tower Hamlets
  E09000025: { column: 6, row: 4 }, // Newham
  E09000002: { column: 7, row: 4 }, // Barking and Dagenham
  E09000018: { column: 1, row: 5 }, // Hounslow
  E09000013: { column: 2, row: 5 }, // Hammersmith and Fulham
  E09000032: { column: 3, row: 5 }, // Wandsworth
  E09000022: { column: 4, row: 5 }, // Lambeth
  E09000028: { column: 5, row: 5 }, // Southwark
  E09000023: { column: 6, row: 5 }, // Lewisham
  E09000011: { column: 7, row: 5 }, // Greenwich
  E09000004: { column: 8, row: 5 }, // Bexley
  E09000027: { column: 2, row: 6 }, // Richmond upon Thames
  E09000021: { column: 3, row: 6 }, // Kingston upon Thames
  E09000024: { column: 4, row: 6 }, // Merton
  E09000008: { column: 5, row: 6 }, // Croydon
  E09000006: { column: 6, row: 6 }, // Bromley
  E09000029: { column: 4, row: 7 }, // Sutton
};

const authority = (
  gss: string,
  name: string,
  innerOuter1963: InnerOuter,
  innerOuterOns: InnerOuter,
): AuthorityReference => ({
  gss,
  name,
  innerOuter1963,
  innerOuterOns,
  tile: LONDON_TILE_LAYOUT[gss] ?? null,
});

export const AUTHORITIES: readonly AuthorityReference[] = [
  authority("E09000001", "City of London", "inner", "inner"),
  authority("E09000002", "Barking and Dagenham", "outer", "outer"),
  authority("E09000003", "Barnet", "outer", "outer"),
  authority("E09000004", "Bexley", "outer", "outer"),
  authority("E09000005", "Brent", "outer", "outer"),
  authority("E09000006", "Bromley", "outer", "outer"),
  authority("E09000007", "Camden", "inner", "inner"),
  authority("E09000008", "Croydon", "outer", "outer"),
  authority("E09000009", "Ealing", "outer", "outer"),
  authority("E09000010", "Enfield", "outer", "outer"),
  authority("E09000011", "Greenwich", "inner", "outer"),
  authority("E09000012", "Hackney", "inner", "inner"),
  authority("E09000013", "Hammersmith and Fulham", "inner", "inner"),
  authority("E09000014", "Haringey", "outer", "inner"),
  authority("E09000015", "Harrow", "outer", "outer"),
  authority("E09000016", "Havering", "outer", "outer"),
  authority("E09000017", "Hillingdon", "outer", "outer"),
  authority("E09000018", "Hounslow", "outer", "outer"),
  authority("E09000019", "Islington", "inner", "inner"),
  authority("E09000020", "Kensington and Chelsea", "inner", "inner"),
  authority("E09000021", "Kingston upon Thames", "outer", "outer"),
  authority("E09000022", "Lambeth", "inner", "inner"),
  authority("E09000023", "Lewisham", "inner", "inner"),
  authority("E09000024", "Merton", "outer", "outer"),
  authority("E09000025", "Newham", "outer", "inner"),
  authority("E09000026", "Redbridge", "outer", "outer"),
  authority("E09000027", "Richmond upon Thames", "outer", "outer"),
  authority("E09000028", "Southwark", "inner", "inner"),
  authority("E09000029", "Sutton", "outer", "outer"),
  authority("E09000030", "Tower Hamlets", "inner", "inner"),
  authority("E09000031", "Waltham Forest", "outer", "outer"),
  authority("E09000032", "Wandsworth", "inner", "inner"),
  authority("E09000033", "Westminster", "inner", "inner"),
];

export interface PartnerReference {
  name: string;
  type: PartnerType;
}

/** Organisations that pledged to work with LOTI at launch: partners, not members. */
export const LOTI_LAUNCH_PARTNERS: readonly PartnerReference[] = [
  { name: "Metropolitan Police", type: "public_body" },
  { name: "Transport for London", type: "public_body" },
  { name: "London Fire Brigade", type: "public_body" },
  { name: "London Legacy Development Corporation", type: "public_body" },
  { name: "London & Partners", type: "public_body" },
  { name: "UCL", type: "university" },
  { name: "Imperial College London", type: "university" },
  { name: "Digital Office for Scottish Local Government", type: "public_body" },
];

/** LOTI's funders and host. */
export const LOTI_FUNDERS: readonly PartnerReference[] = [
  { name: "Greater London Authority", type: "public_body" },
  { name: "London Councils", type: "public_body" },
];

/** Confirmed founding members of LOTI (others are not confirmed by public sources). */
export const LOTI_CONFIRMED_FOUNDERS = ["E09000012", "E09000007", "E09000011"] as const;
