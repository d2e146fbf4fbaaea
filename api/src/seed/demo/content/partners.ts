import type { PartnerType } from "@ldd/shared/vocabulary";

export interface FictionalPartner {
  name: string;
  type: PartnerType;
}

/** Clearly fictional organisations, so no reader mistakes demo data for a real relationship. */
export const FICTIONAL_PARTNERS: readonly FictionalPartner[] = [
  { name: "Example Civic Tech Ltd", type: "govtech_supplier" },
  { name: "Sample Digital Services Ltd", type: "govtech_supplier" },
  { name: "Demo Data Works Ltd", type: "govtech_supplier" },
  { name: "Illustrative Platforms Ltd", type: "govtech_supplier" },
  { name: "Placeholder Cloud Ltd", type: "govtech_supplier" },
  { name: "University of Exampleton", type: "university" },
  { name: "Sample City University", type: "university" },
  { name: "Example Institute of Public Technology", type: "university" },
  { name: "Example Digital Inclusion Trust", type: "non_profit" },
  { name: "Sample Open Data Foundation", type: "non_profit" },
  { name: "Demo Tenants' Voice Network", type: "non_profit" },
  { name: "Example Code for Community", type: "non_profit" },
];

/** What a partnership that serves no particular commitment is for, by the partner's type. */
export const ORG_PURPOSES: Record<PartnerType, readonly string[]> = {
  govtech_supplier: [
    "Hosting and support for the resident portal",
    "Agile delivery partner for service redesign",
    "Data platform licence and support",
    "Accessibility testing and audit",
  ],
  university: [
    "Research partnership on what works in digital services",
    "Student data science placements",
    "Independent evaluation of digital inclusion work",
  ],
  non_profit: [
    "Digital inclusion outreach with community groups",
    "Recruiting residents for user research",
    "Open data training for staff and community groups",
  ],
  public_body: [
    "Sharing data to plan services across London",
    "Joint work on a common data standard",
    "Exchanging patterns and lessons learned",
  ],
  other_council: ["Shared delivery and peer support"],
};

export const LINKED_PURPOSE_PREFIX: Record<PartnerType, string> = {
  govtech_supplier: "Delivery partner for",
  university: "Research and evaluation support for",
  non_profit: "Community engagement and user research for",
  public_body: "Data and service collaboration on",
  other_council: "Shared delivery of",
};

export const COUNCIL_PURPOSES = [
  "Joint discovery into shared housing needs",
  "Shared procurement of a case management system",
  "Pooled user research team",
  "Shared data analyst team",
  "Joint cyber security operations",
];

/** Teams inside the council, named in a commitment's "partners" field beside any outside partners. */
export const INTERNAL_COLLABORATORS = [
  "our in-house digital team",
  "the customer services team",
  "our residents' user research panel",
  "the housing service",
  "the adult social care team",
  "the data and insight team",
];
