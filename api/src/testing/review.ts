import { ReviewQueueSchema } from "@ldd/shared/workspace";
import type { App } from "../app.ts";

/** The ids of an authority's changes as the review queue shows them to `reviewer` now. */
export async function submittedChangeIds(app: App, reviewer: string, gss: string): Promise<string[]> {
  const response = await app.request("/api/review", { headers: { Cookie: reviewer } });
  if (response.status !== 200) throw new Error(`could not read the review queue: ${response.status}`);
  const queue = ReviewQueueSchema.parse(await response.json());
  return queue.submissions.find((s) => s.authorityGss === gss)?.changes.map((change) => change.id) ?? [];
}
