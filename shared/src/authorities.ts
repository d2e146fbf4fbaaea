import * as z from "zod";
import { AsOfQuerySchema, ViewSchema } from "./as-of.ts";
import { CommitmentDetailSchema } from "./commitments.ts";
import { GssCodeSchema, IsoDateSchema, IsoDateTimeSchema } from "./common.ts";
import { PartnershipSchema } from "./partnerships.ts";
import {
  CommitmentStatusSchema,
  EvidenceConfidenceSchema,
  InnerOuterSchema,
  MembershipEventKindSchema,
} from "./vocabulary.ts";

export const AuthorityParamsSchema = z.object({ gss: GssCodeSchema });
export const AuthorityQuerySchema = z.strictObject({ ...AsOfQuerySchema.shape });

/** Where an authority sits on the tile map (reference data, like its name): column and row from 1. */
export const TileSchema = z.object({ column: z.number().int().min(1), row: z.number().int().min(1) });

export const AuthoritySummarySchema = z
  .object({
    gss: GssCodeSchema,
    name: z.string(),
    innerOuter1963: InnerOuterSchema,
    innerOuterOns: InnerOuterSchema,
    signedOn: IsoDateSchema.nullable(),
    lotiMember: z.boolean(),
    /** Joined the programme at its launch. */
    foundingMember: z.boolean(),
    commitmentCount: z.number().int(),
    /** Commitments by their status on the view's date. */
    commitmentsByStatus: z.record(CommitmentStatusSchema, z.number().int()),
    /** Commitments whose target date has passed and that are not done, dropped or not applicable. */
    overdueCommitments: z.number().int(),
    /** Current status claims (commitments with a reported status) by how far they can be trusted. */
    statusClaimsByConfidence: z.record(EvidenceConfidenceSchema, z.number().int()),
    activePartnershipCount: z.number().int(),
    tile: TileSchema.nullable(),
    /** When anything about this authority was last recorded (freshness). */
    lastUpdatedAt: IsoDateTimeSchema.nullable(),
  })
  .meta({ id: "AuthoritySummary" });
export type AuthoritySummary = z.infer<typeof AuthoritySummarySchema>;

export const AuthorityListSchema = z
  .object({ view: ViewSchema, authorities: z.array(AuthoritySummarySchema) })
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
    /** "founding" is a join at LOTI's launch. */
    kind: MembershipEventKindSchema,
    effectiveDate: IsoDateSchema,
    /** Why, or where the record comes from; null for events recorded before reasons were kept. */
    reason: z.string().nullable(),
  })
  .meta({ id: "MembershipEvent" });
export type MembershipEvent = z.infer<typeof MembershipEventSchema>;

export const AuthorityProfileSchema = z
  .object({
    view: ViewSchema,
    authority: AuthoritySummarySchema,
    signature: SignatureSchema.nullable(),
    membership: z.array(MembershipEventSchema),
    commitments: z.array(CommitmentDetailSchema),
    partnerships: z.array(PartnershipSchema),
    /** Partnerships other authorities reported that name this one as the partner. */
    namedIn: z.array(PartnershipSchema),
  })
  .meta({ id: "AuthorityProfile" });
export type AuthorityProfile = z.infer<typeof AuthorityProfileSchema>;
/** A profile as the model holds it, before it is sent for a view. */
export type ProfileData = Omit<AuthorityProfile, "view">;
