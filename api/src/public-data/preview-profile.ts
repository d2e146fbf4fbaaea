import type { ProfileData } from "@ldd/shared/authorities";
import type { Database } from "../db/client.ts";
import type { Authority } from "../domain/authorities.ts";
import { buildPublicModel } from "./build-public-model.ts";
import { loadPublishedHistory } from "./published-data.repository.ts";
import { selectPublished } from "./select-published.ts";

/**
 * An authority's public profile as it would read once its pending changes (drafts and
 * submissions) were published: the same model the public pages are built from, over that
 * authority's rows alone (and the published partnerships of others that name it), so an editor
 * sees exactly what a reader would. Returned and withdrawn changes are left out: they will not be
 * published as they stand. Read for one signed-in editor at a time, never from the snapshot.
 */
export async function loadPreviewProfile(
  db: Database,
  authority: Authority,
  today: string,
): Promise<ProfileData | null> {
  const history = await loadPublishedHistory(db, {
    authorityId: authority.id,
    states: ["published", "draft", "submitted"],
  });
  const model = buildPublicModel(selectPublished(history, null), today);
  return model.profiles.get(authority.gss) ?? null;
}
