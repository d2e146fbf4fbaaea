import {
  createAccount,
  EmailTakenError,
  findAccountById,
  listAccounts,
  setAccountDisabled,
  toAccountResponse,
  UnknownAuthorityError,
} from "../../domain/accounts.ts";
import { auditedWrite } from "../../lib/audited-write.ts";
import { requireRole } from "../../lib/auth/middleware.ts";
import { revokeSessionsOf } from "../../lib/auth/sessions.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import type {
  createAccount as createAccountRoute,
  listAccounts as listAccountsRoute,
  updateAccount,
} from "./accounts.routes.ts";

export const listAccountsHandler: AppRouteHandler<typeof listAccountsRoute> = async (c) => {
  requireRole(c, "admin");
  const accounts = await listAccounts(c.var.database.db);
  return c.json({ accounts: accounts.map(toAccountResponse) }, 200);
};

export const createAccountHandler: AppRouteHandler<typeof createAccountRoute> = async (c) => {
  const admin = requireRole(c, "admin");
  const request = c.req.valid("json");
  try {
    const account = await auditedWrite(c.var.database, { changesPublicData: false }, async (tx) => {
      const created = await createAccount(tx, request);
      return {
        result: created,
        audit: {
          actor: admin,
          authorityId: created.authorityId,
          action: "create",
          recordType: "account",
          recordId: created.id,
          after: { email: created.email, role: created.role, authorityGss: created.authorityGss },
        },
      };
    });
    return c.json(toAccountResponse(account), 201);
  } catch (error) {
    if (error instanceof EmailTakenError) {
      throw new ApiError(409, "email_taken", "An account with this email address already exists", {
        issues: [{ path: "body.email", message: "An account with this email address already exists" }],
      });
    }
    if (error instanceof UnknownAuthorityError) {
      throw new ApiError(400, "invalid_request", "Check body.authorityGss", {
        issues: [{ path: "body.authorityGss", message: "No authority has this GSS code" }],
      });
    }
    throw error;
  }
};

export const updateAccountHandler: AppRouteHandler<typeof updateAccount> = async (c) => {
  const admin = requireRole(c, "admin");
  const { id } = c.req.valid("param");
  const { disabled } = c.req.valid("json");
  // An administrator who could disable themselves could lock every administrator out; another
  // administrator must do it, so at least one active administrator always remains.
  if (disabled && id === admin.id) {
    throw new ApiError(
      409,
      "own_account",
      "You cannot disable your own account: ask another administrator.",
      { issues: [{ path: "json.disabled", message: "You cannot disable your own account" }] },
    );
  }
  const updated = await auditedWrite(c.var.database, { changesPublicData: false }, async (tx) => {
    const before = await findAccountById(tx, id);
    if (!before) throw new ApiError(404, "not_found", "No account has this id");
    await setAccountDisabled(tx, id, disabled);
    if (disabled) await revokeSessionsOf(tx, id);
    return {
      result: await findAccountById(tx, id),
      audit: {
        actor: admin,
        authorityId: before.authorityId,
        action: disabled ? "disable" : "enable",
        recordType: "account",
        recordId: id,
        before: { disabled: before.disabled },
        after: { disabled },
      },
    };
  });
  if (!updated) throw new ApiError(404, "not_found", "No account has this id");
  return c.json(toAccountResponse(updated), 200);
};
