import * as z from "zod";
import { GssCodeSchema } from "./common.ts";
import {
  CANONICAL_ID_SCHEME_LABELS,
  identifierFormatMessage,
  normaliseIdentifier,
} from "./partner-identifiers.ts";
import { CanonicalIdSchemeSchema, PARTNER_TYPES } from "./vocabulary.ts";

/**
 * A partnership's partner: an organisation on the shared list, another authority, or a new
 * organisation an editor proposes, with its identifier in a public register where it has one
 * (checked against the register's format and written in its form).
 */
export const PartnerChoiceSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("organisation"), organisationId: z.uuid("Choose a partner") }),
    z.object({ kind: z.literal("authority"), gss: GssCodeSchema }),
    z
      .object({
        kind: z.literal("new"),
        name: z
          .string({ error: "Enter the partner’s name" })
          .trim()
          .min(1, "Enter the partner’s name")
          .max(200, "The partner’s name must be 200 characters or fewer"),
        type: z.enum(PARTNER_TYPES, { error: "Choose the type of partner" }),
        /** The register the partner's identifier comes from; null when it has none. */
        canonicalIdScheme: CanonicalIdSchemeSchema.nullable().default(null),
        canonicalId: z
          .string()
          .trim()
          .max(20, "Enter the identifier as the register gives it")
          .nullable()
          .default(null),
      })
      .superRefine((value, context) => {
        if (value.canonicalIdScheme === null) return;
        if (!value.canonicalId) {
          context.addIssue({
            code: "custom",
            path: ["canonicalId"],
            message: `Enter the ${CANONICAL_ID_SCHEME_LABELS[value.canonicalIdScheme]}, or choose “No identifier”`,
          });
        } else if (normaliseIdentifier(value.canonicalIdScheme, value.canonicalId) === null) {
          context.addIssue({
            code: "custom",
            path: ["canonicalId"],
            message: identifierFormatMessage(value.canonicalIdScheme),
          });
        }
      })
      .overwrite((value) => ({
        ...value,
        canonicalId:
          value.canonicalIdScheme && value.canonicalId
            ? (normaliseIdentifier(value.canonicalIdScheme, value.canonicalId) ?? value.canonicalId)
            : null,
      })),
  ],
  { error: "Choose a partner" },
);
export type PartnerChoice = z.infer<typeof PartnerChoiceSchema>;
