/** The group's authorities, as the routes that act for one of them need them. */
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { organisations } from "../db/schema.ts";

export interface Authority {
  id: string;
  gss: string;
  name: string;
}

export async function findAuthority(db: Database, gss: string): Promise<Authority | null> {
  const [row] = await db
    .select({ id: organisations.id, gss: organisations.gss, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.gss, gss), eq(organisations.kind, "authority")));
  return row?.gss ? { id: row.id, gss: row.gss, name: row.name } : null;
}
