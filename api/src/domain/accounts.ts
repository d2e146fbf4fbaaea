/*
 * Accounts: looked up at sign-in, listed and changed by administrators, created by seeding and
 * by the admin script. Shared by several routes, so it lives below them (docs/decisions/011).
 */
import type { Account, CreateAccountRequest } from "@ldd/shared/accounts";
import { eq } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { accounts, organisations } from "../db/schema.ts";
import { hashPassword } from "../lib/auth/passwords.ts";
import { accountColumns, type SessionAccount, toSessionAccount } from "../lib/auth/sessions.ts";

export async function findAccountByEmail(db: Database, email: string) {
  const [row] = await db
    .select({ ...accountColumns, passwordHash: accounts.passwordHash })
    .from(accounts)
    .leftJoin(organisations, eq(organisations.id, accounts.authorityId))
    .where(eq(accounts.email, email));
  return row ? { account: toSessionAccount(row), passwordHash: row.passwordHash } : null;
}

export async function listAccounts(db: Database): Promise<SessionAccount[]> {
  const rows = await db
    .select(accountColumns)
    .from(accounts)
    .leftJoin(organisations, eq(organisations.id, accounts.authorityId))
    .orderBy(accounts.email);
  return rows.map(toSessionAccount);
}

export async function findAccountById(db: Database, id: string): Promise<SessionAccount | null> {
  const [row] = await db
    .select(accountColumns)
    .from(accounts)
    .leftJoin(organisations, eq(organisations.id, accounts.authorityId))
    .where(eq(accounts.id, id));
  return row ? toSessionAccount(row) : null;
}

export class EmailTakenError extends Error {}
export class UnknownAuthorityError extends Error {}

export async function createAccount(tx: Database, request: CreateAccountRequest): Promise<SessionAccount> {
  const existing = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.email, request.email));
  if (existing.length > 0) throw new EmailTakenError(request.email);
  let authorityId: string | null = null;
  if (request.authorityGss) {
    const [authority] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.gss, request.authorityGss));
    if (!authority) throw new UnknownAuthorityError(request.authorityGss);
    authorityId = authority.id;
  }
  const [row] = await tx
    .insert(accounts)
    .values({
      email: request.email,
      displayName: request.displayName,
      role: request.role,
      authorityId,
      passwordHash: await hashPassword(request.password),
    })
    .returning({ id: accounts.id });
  const created = row ? await findAccountById(tx, row.id) : null;
  if (!created) throw new Error("insert returned no row");
  return created;
}

export async function setAccountDisabled(tx: Database, id: string, disabled: boolean): Promise<void> {
  await tx
    .update(accounts)
    .set({ disabledAt: disabled ? new Date().toISOString() : null })
    .where(eq(accounts.id, id));
}

/** The public shape of an account (no internal ids of organisations). */
export function toAccountResponse(account: SessionAccount): Account {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    authorityGss: account.authorityGss,
    authorityName: account.authorityName,
    disabled: account.disabled,
    createdAt: new Date(account.createdAt).toISOString(),
  };
}
