import type { CommitmentListQuery } from "@ldd/shared/commitments";
import type { SeriesName } from "@ldd/shared/series";
import type { RecordType } from "@ldd/shared/workspace";

/*
 * Every query key of the app, from one place. Keys nest so that a write can invalidate exactly
 * what it changed by naming a prefix: TanStack Query matches every key that starts with it.
 *
 *   ["public", …]                        published data: one publish changes all of it
 *   ["signed-in", "workspace", gss, …]   an authority's workspace, then its records' histories
 *   ["signed-in", "review"]              the review queue
 *   ["signed-in", "accounts"]            the accounts an administrator manages
 *   ["session"], ["demo-accounts"]
 *
 * Everything under "signed-in" belongs to one person's session and is forgotten when it changes.
 */

const PUBLIC = ["public"] as const;
const SIGNED_IN = ["signed-in"] as const;

/** Published data, the same for every reader. */
export const publicDataKeys = {
  all: PUBLIC,
  summary: (since: string | null) => [...PUBLIC, "summary", { since }] as const,
  series: (name: SeriesName) => [...PUBLIC, "series", name] as const,
  authorities: () => [...PUBLIC, "authorities"] as const,
  authorityProfile: (gss: string) => [...PUBLIC, "authority-profile", gss] as const,
  commitments: (filters: CommitmentListQuery) => [...PUBLIC, "commitments", filters] as const,
  meta: () => [...PUBLIC, "meta"] as const,
};

/** Data only a signed-in person may read. */
export const signedInKeys = { all: SIGNED_IN };

export const workspaceKeys = {
  /** An authority's workspace and, under it, the history of each of its records. */
  authority: (gss: string) => [...SIGNED_IN, "workspace", gss] as const,
  history: (gss: string, recordType: RecordType, id: string) =>
    [...workspaceKeys.authority(gss), "history", recordType, id] as const,
};

export const reviewKeys = {
  queue: () => [...SIGNED_IN, "review"] as const,
};

export const accountKeys = {
  list: () => [...SIGNED_IN, "accounts"] as const,
};

export const sessionKeys = {
  current: () => ["session"] as const,
};

export const demoAccountKeys = {
  list: () => ["demo-accounts"] as const,
};
