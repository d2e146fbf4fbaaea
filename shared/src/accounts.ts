import * as z from "zod";
import { GssCodeSchema, IsoDateTimeSchema } from "./common.ts";

export const ROLES = ["editor", "reviewer", "admin"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  editor: "Borough editor",
  reviewer: "LOTI reviewer",
  admin: "Administrator",
};

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** A new password (docs/quality.md, R6): 12 to 128 characters. */
export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Enter a password of at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Enter a password of ${PASSWORD_MAX_LENGTH} characters or fewer`);

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Enter an email address of 254 characters or fewer")
  .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.org" }));

/** Sign-in checks only presence and length: the answer never says which part was wrong. */
export const SignInRequestSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address")
    .max(254, "Enter your email address"),
  password: z.string().min(1, "Enter your password").max(PASSWORD_MAX_LENGTH, "Enter your password"),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    /** The one authority a borough editor may change; null for reviewers and administrators. */
    authorityGss: GssCodeSchema.nullable(),
    authorityName: z.string().nullable(),
    disabled: z.boolean(),
    createdAt: IsoDateTimeSchema,
  })
  .meta({ id: "Account" });
export type Account = z.infer<typeof AccountSchema>;

export const SessionSchema = z
  .object({ account: AccountSchema, expiresAt: IsoDateTimeSchema })
  .meta({ id: "Session" });
export type Session = z.infer<typeof SessionSchema>;

/**
 * Who is signed in, as `GET /api/session` answers it: a session, or `{ "account": null }` when
 * nobody is (200, not 401: checking is not an error, and public pages log none).
 */
export const SessionCheckSchema = z
  .union([SessionSchema, z.object({ account: z.null(), expiresAt: z.null() })])
  .meta({ id: "SessionCheck" });
export type SessionCheck = z.infer<typeof SessionCheckSchema>;

export const CreateAccountRequestSchema = z
  .object({
    email: EmailSchema,
    displayName: z
      .string()
      .trim()
      .min(1, "Enter the person's name")
      .max(200, "Enter a name of 200 characters or fewer"),
    role: RoleSchema,
    authorityGss: GssCodeSchema.nullable().default(null),
    password: NewPasswordSchema,
  })
  .superRefine((value, context) => {
    if (value.role === "editor" && value.authorityGss === null) {
      context.addIssue({
        code: "custom",
        path: ["authorityGss"],
        message: "Choose the authority this editor reports for",
      });
    }
    if (value.role !== "editor" && value.authorityGss !== null) {
      context.addIssue({
        code: "custom",
        path: ["authorityGss"],
        message: "Only borough editors belong to an authority",
      });
    }
  });
export type CreateAccountRequest = z.infer<typeof CreateAccountRequestSchema>;

export const UpdateAccountRequestSchema = z.object({ disabled: z.boolean() });
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequestSchema>;

export const AccountListSchema = z.object({ accounts: z.array(AccountSchema) }).meta({ id: "AccountList" });

/** Listed on the sign-in page only while illustrative demo data is loaded. */
export const DemoAccountListSchema = z
  .object({
    accounts: z.array(
      z.object({
        email: z.string(),
        password: z.string(),
        role: RoleSchema,
        authorityName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "DemoAccountList" });
export type DemoAccountList = z.infer<typeof DemoAccountListSchema>;
