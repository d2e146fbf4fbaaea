import { daysBetween, formatLongDate } from "@ldd/shared/dates";
import { LOTI_AREAS } from "@ldd/shared/reference-data";
import {
  COMMITMENT_CONTENT_FIELDS,
  COMMITMENT_FIELD_LABELS,
  type CommitmentContent,
  type WorkspaceCommitment,
  type WorkspaceStatusUpdate,
  type WorkspaceTargetDate,
} from "@ldd/shared/workspace";

/*
 * Honest states: what the public sees of a record now, and what is on its way (a draft, a
 * submission, a returned change) where it differs. Pure, so the workspace and its forms say the
 * same thing.
 */

const isPending = (state: string) => state === "draft" || state === "submitted" || state === "returned";

/** The status the public sees: the latest published report. */
export function publicStatusOf(commitment: WorkspaceCommitment): WorkspaceStatusUpdate | null {
  return commitment.statusHistory.findLast((update) => update.state === "published") ?? null;
}

/** Status reports not yet published: drafts, submissions and returned ones, in their order. */
export function pendingStatuses(commitment: WorkspaceCommitment): WorkspaceStatusUpdate[] {
  return commitment.statusHistory.filter((update) => isPending(update.state));
}

/** The target date the public sees. */
export function publicTargetOf(commitment: WorkspaceCommitment): WorkspaceTargetDate | null {
  return commitment.targetDateHistory.findLast((change) => change.state === "published") ?? null;
}

export function pendingTargets(commitment: WorkspaceCommitment): WorkspaceTargetDate[] {
  return commitment.targetDateHistory.filter((change) => isPending(change.state));
}

function contentWords(field: keyof CommitmentContent, content: CommitmentContent): string {
  switch (field) {
    case "principles":
      return [...content.principles].sort().join(", ");
    case "lotiArea":
      return LOTI_AREAS.find((area) => area.id === content.lotiArea)?.title ?? "None";
    case "committedOn":
      return formatLongDate(content.committedOn);
    default:
      return content[field];
  }
}

export interface ValueChange {
  field: string;
  label: string;
  /** What the public sees; null when nothing is published. */
  publicNow: string | null;
  pending: string;
}

/** The content fields a pending version changes, public value beside pending value. */
export function pendingContentChanges(commitment: WorkspaceCommitment): ValueChange[] {
  if (!isPending(commitment.state)) return [];
  const published = commitment.published;
  return COMMITMENT_CONTENT_FIELDS.flatMap((field) => {
    const pending = contentWords(field, commitment);
    const publicNow = published ? contentWords(field, published) : null;
    return publicNow === pending
      ? []
      : [{ field, label: COMMITMENT_FIELD_LABELS[field], publicNow, pending }];
  });
}

/* ------------------------------------------------------------------ the compact list's filters */

export const WORKSPACE_FILTER_STATUSES = [
  "not_yet_reported",
  "planned",
  "in_progress",
  "done",
  "not_applicable",
  "dropped",
] as const;
type FilterStatus = (typeof WORKSPACE_FILTER_STATUSES)[number];

export interface WorkspaceFilters {
  status: FilterStatus | null;
  overdue: boolean;
  stale: boolean;
  /** Words to find in the title, mission, impact or partners. */
  search: string;
}

/** A commitment is stale when nothing was reported for this long (as on the public pages). */
export const STALE_AFTER_DAYS = 180;
const CLOSED = new Set(["done", "dropped", "not_applicable"]);

export function readWorkspaceFilters(params: URLSearchParams): WorkspaceFilters {
  const status = params.get("status") ?? "";
  return {
    status: (WORKSPACE_FILTER_STATUSES as readonly string[]).includes(status)
      ? (status as FilterStatus)
      : null,
    overdue: params.get("overdue") === "true",
    stale: params.get("stale") === "true",
    search: (params.get("q") ?? "").trim(),
  };
}

export const hasFilters = (filters: WorkspaceFilters) =>
  filters.status !== null || filters.overdue || filters.stale || filters.search !== "";

/** Past its target date and still open (the editor's latest status, drafts included). */
export function isOverdue(commitment: WorkspaceCommitment, today: string): boolean {
  return !CLOSED.has(commitment.status) && commitment.targetDate !== null && commitment.targetDate < today;
}

/** Open, and no status reported (or committed) for STALE_AFTER_DAYS days. */
export function isStale(commitment: WorkspaceCommitment, today: string): boolean {
  if (CLOSED.has(commitment.status)) return false;
  const last = commitment.statusHistory.at(-1)?.effectiveDate ?? commitment.committedOn;
  return daysBetween(last, today) >= STALE_AFTER_DAYS;
}

export function filterCommitments(
  commitments: readonly WorkspaceCommitment[],
  filters: WorkspaceFilters,
  today: string,
): WorkspaceCommitment[] {
  const words = filters.search.toLocaleLowerCase("en-GB").split(/\s+/).filter(Boolean);
  return commitments.filter((commitment) => {
    if (filters.status && commitment.status !== filters.status) return false;
    if (filters.overdue && !isOverdue(commitment, today)) return false;
    if (filters.stale && !isStale(commitment, today)) return false;
    if (words.length === 0) return true;
    const text = [commitment.title, commitment.mission, commitment.impact, commitment.partners]
      .join(" ")
      .toLocaleLowerCase("en-GB");
    return words.every((word) => text.includes(word));
  });
}
