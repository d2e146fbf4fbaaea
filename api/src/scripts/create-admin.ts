/**
 * Creates the first administrator (or any administrator):
 *
 *   pnpm admin:create --email you@example.org --name "Your Name"
 *
 * The password is read from standard input (prompted for on a terminal), never from the command
 * line, so it does not end up in shell history. Uses the same DATA_DIR / DATABASE_URL as the server;
 * stop a server using the embedded database first (its folder is locked).
 */

import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { CreateAccountRequestSchema } from "@ldd/shared/accounts";
import { getLondonToday } from "@ldd/shared/dates";
import { openDatabase } from "../db/client.ts";
import { createAccount, EmailTakenError } from "../domain/accounts.ts";
import { parseEnv } from "../env.ts";
import { auditedWrite } from "../lib/audited-write.ts";
import { ensureInitialData } from "../seed/seed.ts";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const readline = createInterface({
  input: process.stdin,
  output: process.stdout,
  terminal: process.stdin.isTTY,
});
const email = values.email ?? (await readline.question("Email address: "));
const displayName = values.name ?? (await readline.question("Name: "));
const password = await readline.question("Password (12 to 128 characters): ");
readline.close();

const request = CreateAccountRequestSchema.safeParse({ email, displayName, role: "admin", password });
if (!request.success) {
  for (const issue of request.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}

const env = parseEnv(process.env);
const database = await openDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.DATA_DIR },
);
try {
  await ensureInitialData(database, { demoData: env.DEMO_DATA, today: getLondonToday() });
  const account = await auditedWrite(database, { changesPublicData: false }, async (tx) => {
    const created = await createAccount(tx, request.data);
    return {
      result: created,
      audit: {
        actor: null,
        action: "create",
        recordType: "account",
        recordId: created.id,
        after: { email: created.email, role: created.role },
        reason: "pnpm admin:create",
      },
    };
  });
  console.log(`Created administrator ${account.email}.`);
} catch (error) {
  console.error(
    error instanceof EmailTakenError ? `An account for ${request.data.email} already exists.` : error,
  );
  process.exitCode = 1;
} finally {
  await database.close();
}
