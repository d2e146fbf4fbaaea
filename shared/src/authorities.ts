import * as z from "zod";
import { CommitmentDetailSchema } from "./commitments.ts";
import { GssCodeSchema, IsoDateSchema, IsoDateTimeSchema } from "./common.ts";
import { PartnershipSchema } from "./partnerships.ts";
import { InnerOuterSchema } from "./vocabulary.ts";

export const AuthorityParamsSchema = z.object({ gss: GssCodeSchema });

export const AuthoritySummarySchema = z
  .object({
    gss: GssCodeSchema,
    name: z.string(),
    innerOuter1963: InnerOuterSchema,
    innerOuterOns: InnerOuterSchema,
    signedOn: IsoDateSchema.nullable(),
    lotiMember: z.boolean(),
    commitmentCount: z.number().int(),
    activePartnershipCount: z.number().int(),
    /** When anything about this authority was last recorded (freshness). */
    lastUpdatedAt: IsoDateTimeSchema.nullable(),
  })
  .meta({ id: "AuthoritySummary" });
export type AuthoritySummary = z.infer<typeof AuthoritySummarySchema>;

export const AuthorityListSchema = z
  .object({ authorities: z.array(AuthoritySummarySchema) })
  .meta({ id: "AuthorityList" });
export type AuthorityList = z.infer<typeof AuthorityListSchema>;

export const SignatureSchema = z
  .object({
    signedOn: IsoDateSchema,
    approverName: z.string().nullable(),
    approverRole: z.string().nullable(),
    commitmentUrl: z.string().nullable(),
    recordedAt: IsoDateTimeSchema,
  })
  .meta({ id: "Signature" });
export type Signature = z.infer<typeof SignatureSchema>;

export const MembershipEventSchema = z
  .object({
    kind: z.enum(["joined", "left"]),
    effectiveDate: IsoDateSchema,
  })
  .meta({ id: "MembershipEvent" });
export type MembershipEvent = z.infer<typeof MembershipEventSchema>;

export const AuthorityProfileSchema = z
  .object({
    authority: AuthoritySummarySchema,
    signature: SignatureSchema.nullable(),
    membership: z.array(MembershipEventSchema),
    commitments: z.array(CommitmentDetailSchema),
    partnerships: z.array(PartnershipSchema),
  })
  .meta({ id: "AuthorityProfile" });
export type AuthorityProfile = z.infer<typeof AuthorityProfileSchema>;
