import * as z from "zod";
import { GssCodeSchema, IsoDateSchema, QueryBooleanSchema } from "./common.ts";
import { CanonicalIdSchemeSchema, PartnerTypeSchema } from "./vocabulary.ts";

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
  })
  .meta({ id: "Partnership" });
export type Partnership = z.infer<typeof PartnershipSchema>;

export const PartnershipListQuerySchema = z.object({
  authority: GssCodeSchema.optional(),
  partnerType: PartnerTypeSchema.optional(),
  active: QueryBooleanSchema.optional(),
});
export type PartnershipListQuery = z.infer<typeof PartnershipListQuerySchema>;

export const PartnershipListSchema = z
  .object({ partnerships: z.array(PartnershipSchema) })
  .meta({ id: "PartnershipList" });
export type PartnershipList = z.infer<typeof PartnershipListSchema>;
