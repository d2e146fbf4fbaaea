import { runWrite } from "../db/client.ts";
import { createAccount } from "../domain/accounts.ts";
import { signIn } from "./sign-in.ts";
import type { createSeededApp } from "./test-database.ts";

type Seeded = Awaited<ReturnType<typeof createSeededApp>>;

/** Creates an editor of `gss` through the accounts repository and signs them in: the Cookie to send. */
export async function signInNewEditor(seeded: Seeded, gss: string, name: string): Promise<string> {
  const email = `${name}.${gss.toLowerCase()}@example.org`;
  const password = `password-of-${name}`;
  await runWrite(seeded.database.handle, { changesPublicData: false }, (tx) =>
    createAccount(tx, { email, displayName: `Editor ${name}`, role: "editor", authorityGss: gss, password }),
  );
  return signIn(seeded.app, email, password);
}
