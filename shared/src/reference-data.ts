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
}

const authority = (
  gss: string,
  name: string,
  innerOuter1963: InnerOuter,
  innerOuterOns: InnerOuter,
): AuthorityReference => ({ gss, name, innerOuter1963, innerOuterOns });

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
