import type { CommitmentListQuery } from "@ldd/shared/commitments";
import type { ActivityQuery, ChangesQuery } from "@ldd/shared/leadership";
import type { PartnerListQuery } from "@ldd/shared/partnerships";
import type { SeriesName } from "@ldd/shared/series";
import type { RecordType } from "@ldd/shared/workspace";
import { type PageView, viewKey } from "./view.ts";

/*
 * Every query key of the app, from one place. Keys nest so that a write can invalidate exactly
 * what it changed by naming a prefix: TanStack Query matches every key that starts with it.
 *
 *   ["public", view, …]                  published data, per view (today, or as of a date): one
 *                                        publish changes all of it
 *   ["signed-in", "workspace", gss, …]   an authority's workspace, then its records' histories
 *   ["signed-in", "review"]              the review queue
 *   ["signed-in", "accounts"]            the accounts an administrator manages
 *   ["signed-in", "membership", gss]     an authority's LOTI membership, as administrators record it
 *   ["signed-in", "leadership", …]       what awaits LOTI, and its feed with unpublished changes
 *   ["session"], ["demo-accounts"]
 *
 * Everything under "signed-in" belongs to one person's session and is forgotten when it changes.
 */

const PUBLIC = ["public"] as const;
const SIGNED_IN = ["signed-in"] as const;

/** Published data, the same for every reader. */
export const publicDataKeys = {
  all: PUBLIC,
  view: (view: PageView) => [...PUBLIC, viewKey(view)] as const,
  summary: (view: PageView, since: string | null) =>
    [...publicDataKeys.view(view), "summary", { since }] as const,
  series: (view: PageView, name: SeriesName, authority: string | null = null) =>
    [...publicDataKeys.view(view), "series", name, { authority }] as const,
  authorities: (view: PageView) => [...publicDataKeys.view(view), "authorities"] as const,
  authorityProfile: (view: PageView, gss: string) =>
    [...publicDataKeys.view(view), "authority-profile", gss] as const,
  commitments: (view: PageView, filters: CommitmentListQuery) =>
    [...publicDataKeys.view(view), "commitments", filters] as const,
  meta: (view: PageView) => [...publicDataKeys.view(view), "meta"] as const,
  partners: (view: PageView, filters: PartnerListQuery) =>
    [...publicDataKeys.view(view), "partners", filters] as const,
  matrix: (view: PageView) => [...publicDataKeys.view(view), "matrix"] as const,
  /** Changes between two dates and the feed name their own dates, so they sit beside the views. */
  changes: (query: ChangesQuery) => [...PUBLIC, "changes", query] as const,
  activity: (query: ActivityQuery) => [...PUBLIC, "activity", query] as const,
};

/** Data only a signed-in person may read. */
export const signedInKeys = { all: SIGNED_IN };

export const workspaceKeys = {
  /** An authority's workspace and, under it, the history of each of its records and its preview. */
  authority: (gss: string) => [...SIGNED_IN, "workspace", gss] as const,
  history: (gss: string, recordType: RecordType, id: string) =>
    [...workspaceKeys.authority(gss), "history", recordType, id] as const,
  /** The authority's public profile with its pending changes applied. */
  preview: (gss: string) => [...workspaceKeys.authority(gss), "preview"] as const,
  /** Partnerships other authorities reported with this one, and its answers. */
  partnershipAnswers: (gss: string) => [...workspaceKeys.authority(gss), "partnership-answers"] as const,
};

export const reviewKeys = {
  queue: () => [...SIGNED_IN, "review"] as const,
};

/** LOTI's leadership reads: what awaits it, and the feed with drafts and submissions. */
export const leadershipKeys = {
  all: [...SIGNED_IN, "leadership"] as const,
  attention: () => [...SIGNED_IN, "leadership", "attention"] as const,
  activity: (query: ActivityQuery) => [...SIGNED_IN, "leadership", "activity", query] as const,
};

/** An authority's LOTI membership as administrators record it. */
export const membershipKeys = {
  authority: (gss: string) => [...SIGNED_IN, "membership", gss] as const,
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
