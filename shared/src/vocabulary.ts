import * as z from "zod";

/**
 * The honest status vocabulary: "not yet reported" is not "not started",
 * and "not applicable" exists (see docs/data-dictionary.md).
 */
export const COMMITMENT_STATUSES = [
  "not_yet_reported",
  "not_applicable",
  "planned",
  "in_progress",
  "done",
  "dropped",
] as const;
export const CommitmentStatusSchema = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof CommitmentStatusSchema>;

export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  not_yet_reported: "Not yet reported",
  not_applicable: "Not applicable",
  planned: "Planned",
  in_progress: "In progress",
  done: "Done",
  dropped: "Dropped",
};

export const DELIVERY_PHASES = ["discovery", "alpha", "beta", "live"] as const;
export const DeliveryPhaseSchema = z.enum(DELIVERY_PHASES);
export type DeliveryPhase = z.infer<typeof DeliveryPhaseSchema>;

export const DELIVERY_PHASE_LABELS: Record<DeliveryPhase, string> = {
  discovery: "Discovery",
  alpha: "Alpha",
  beta: "Beta",
  live: "Live",
};

export const PARTNER_TYPES = [
  "govtech_supplier",
  "university",
  "non_profit",
  "public_body",
  "other_council",
] as const;
export const PartnerTypeSchema = z.enum(PARTNER_TYPES);
export type PartnerType = z.infer<typeof PartnerTypeSchema>;

export const PARTNER_TYPE_LABELS: Record<PartnerType, string> = {
  govtech_supplier: "Govtech supplier",
  university: "University",
  non_profit: "Non-profit",
  public_body: "Public body",
  other_council: "Another council",
};

/** Schemes for a partner's canonical identifier, where one exists. */
export const CANONICAL_ID_SCHEMES = ["companies_house", "ukprn", "charity_number", "gss"] as const;
export const CanonicalIdSchemeSchema = z.enum(CANONICAL_ID_SCHEMES);
export type CanonicalIdScheme = z.infer<typeof CanonicalIdSchemeSchema>;

export const INNER_OUTER = ["inner", "outer"] as const;
export const InnerOuterSchema = z.enum(INNER_OUTER);
export type InnerOuter = z.infer<typeof InnerOuterSchema>;

export const PRINCIPLE_NUMBERS = [1, 2, 3, 4, 5] as const;
export const PrincipleNumberSchema = z.number().int().min(1).max(5);
export type PrincipleNumber = (typeof PRINCIPLE_NUMBERS)[number];

/**
 * Where a change is on its way to the public: an editor's draft, submitted for review, published,
 * returned by a reviewer with a comment, or withdrawn by the editor (a returned or draft change
 * they dropped or replaced with a corrected one). A withdrawn change is never submitted again.
 */
export const PUBLICATION_STATES = ["draft", "submitted", "published", "returned", "withdrawn"] as const;
export const PublicationStateSchema = z.enum(PUBLICATION_STATES);
export type PublicationState = z.infer<typeof PublicationStateSchema>;

/**
 * How far a status claim can be trusted: said by the authority with no evidence, with a link to
 * evidence, or with evidence a LOTI reviewer checked as they published it.
 */
export const EVIDENCE_CONFIDENCES = ["self_declared", "evidenced", "verified"] as const;
export const EvidenceConfidenceSchema = z.enum(EVIDENCE_CONFIDENCES);
export type EvidenceConfidence = z.infer<typeof EvidenceConfidenceSchema>;
export const EVIDENCE_CONFIDENCE_LABELS: Record<EvidenceConfidence, string> = {
  self_declared: "Self-declared",
  evidenced: "Evidenced",
  verified: "Verified",
};
export const EVIDENCE_CONFIDENCE_HINTS: Record<EvidenceConfidence, string> = {
  self_declared: "reported by the authority, with no link to evidence",
  evidenced: "reported with a link to evidence",
  verified: "a LOTI reviewer checked the evidence when publishing it",
};

/** The confidence of a claim from its evidence links and whether a reviewer checked them. */
export function evidenceConfidence(
  evidenceUrls: readonly string[],
  evidenceChecked: boolean,
): EvidenceConfidence {
  if (evidenceUrls.length === 0) return "self_declared";
  return evidenceChecked ? "verified" : "evidenced";
}

/** What an organisation is: one of the group's authorities, a partner, or the programme itself. */
export const ORGANISATION_KINDS = ["authority", "partner", "programme"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Programme membership is a series of dated events, never a flag. "founding" is a join at the
 * programme's launch (a founding member); "joined" a join on any later date.
 */
export const MEMBERSHIP_EVENT_KINDS = ["founding", "joined", "left"] as const;
export const MembershipEventKindSchema = z.enum(MEMBERSHIP_EVENT_KINDS, {
  error: "Choose whether the authority joined or left",
});
export type MembershipEventKind = (typeof MEMBERSHIP_EVENT_KINDS)[number];

export const MEMBERSHIP_EVENT_LABELS: Record<MembershipEventKind, string> = {
  founding: "Joined at launch (founding member)",
  joined: "Joined",
  left: "Left",
};

/** Whether an event makes the authority a member (a join of either kind) or not (a leave). */
export const isJoinEvent = (kind: MembershipEventKind): boolean => kind !== "left";

/** How the partner authority answered a partnership another authority reported with it. */
export const PARTNERSHIP_ANSWERS = ["confirmed", "disputed"] as const;
export const PartnershipAnswerSchema = z.enum(PARTNERSHIP_ANSWERS, {
  error: "Choose whether you confirm or dispute the partnership",
});
export type PartnershipAnswer = (typeof PARTNERSHIP_ANSWERS)[number];

/**
 * Where a partnership stands with its partner: a partnership between two authorities is
 * "awaiting" until the partner authority confirms or disputes it; one with an organisation that
 * is not an authority needs no answer ("not_needed").
 */
export const CONFIRMATION_STATES = ["not_needed", "awaiting", "confirmed", "disputed"] as const;
export const ConfirmationStateSchema = z.enum(CONFIRMATION_STATES);
export type ConfirmationState = (typeof CONFIRMATION_STATES)[number];
