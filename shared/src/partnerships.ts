import * as z from "zod";
import { AsOfQuerySchema, ViewSchema } from "./as-of.ts";
import { GssCodeSchema, IsoDateSchema, QueryBooleanSchema } from "./common.ts";
import { CanonicalIdSchemeSchema, ConfirmationStateSchema, PartnerTypeSchema } from "./vocabulary.ts";

export const PartnerOrganisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: PartnerTypeSchema,
    canonicalIdScheme: CanonicalIdSchemeSchema.nullable(),
    canonicalId: z.string().nullable(),
  })
  .meta({ id: "PartnerOrganisation" });
export type PartnerOrganisation = z.infer<typeof PartnerOrganisationSchema>;

/**
 * The partner authority's answer to a partnership between two authorities: "reported by Hackney,
 * confirmed by Camden". An answer is about the version of the partnership it was given for: a
 * later published change asks again ("awaiting").
 */
export const PartnershipConfirmationSchema = z
  .object({
    state: ConfirmationStateSchema,
    /** The authority asked to confirm; null when no answer is needed. */
    partnerGss: GssCodeSchema.nullable(),
    partnerName: z.string().nullable(),
    /** The partner's comment with its answer, if any. */
    comment: z.string().nullable(),
    /** The London date of the answer; null while awaiting. */
    answeredOn: IsoDateSchema.nullable(),
  })
  .meta({ id: "PartnershipConfirmation" });
export type PartnershipConfirmation = z.infer<typeof PartnershipConfirmationSchema>;

export const PartnershipSchema = z
  .object({
    id: z.string(),
    authorityGss: GssCodeSchema,
    authorityName: z.string(),
    partner: PartnerOrganisationSchema,
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.nullable(),
    purpose: z.string(),
    active: z.boolean(),
    commitmentIds: z.array(z.string()),
    confirmation: PartnershipConfirmationSchema,
  })
  .meta({ id: "Partnership" });
export type Partnership = z.infer<typeof PartnershipSchema>;

export const PartnershipListQuerySchema = z.strictObject({
  authority: GssCodeSchema.optional(),
  partnerType: PartnerTypeSchema.optional(),
  active: QueryBooleanSchema.optional(),
  ...AsOfQuerySchema.shape,
});
export type PartnershipListQuery = z.infer<typeof PartnershipListQuerySchema>;

export const PartnershipListSchema = z
  .object({ view: ViewSchema, partnerships: z.array(PartnershipSchema) })
  .meta({ id: "PartnershipList" });
export type PartnershipList = z.infer<typeof PartnershipListSchema>;

/** A partner organisation and the authorities that work with it: the partnership ecosystem. */
export const PartnerSummarySchema = PartnerOrganisationSchema.extend({
  /** Authorities with a partnership with this organisation active on the view's date. */
  activeAuthorities: z.array(z.object({ gss: GssCodeSchema, name: z.string() })),
  /** Authorities that have ever had a partnership with it, up to the view's date. */
  allAuthorities: z.array(z.object({ gss: GssCodeSchema, name: z.string() })),
  activePartnerships: z.number().int(),
  totalPartnerships: z.number().int(),
}).meta({ id: "PartnerSummary" });
export type PartnerSummary = z.infer<typeof PartnerSummarySchema>;

export const PartnerListQuerySchema = z.strictObject({
  partnerType: PartnerTypeSchema.optional(),
  /** Only partners shared by at least this many authorities (active on the view's date). */
  minAuthorities: z.coerce
    .number({ error: "minAuthorities must be a whole number from 1 to 1000" })
    .int("minAuthorities must be a whole number from 1 to 1000")
    .min(1, "minAuthorities must be a whole number from 1 to 1000")
    .max(1000, "minAuthorities must be a whole number from 1 to 1000")
    .optional(),
  ...AsOfQuerySchema.shape,
});
export type PartnerListQuery = z.infer<typeof PartnerListQuerySchema>;

/** Partners, the most connected first. */
export const PartnerListSchema = z
  .object({ view: ViewSchema, partners: z.array(PartnerSummarySchema) })
  .meta({ id: "PartnerList" });
export type PartnerList = z.infer<typeof PartnerListSchema>;
