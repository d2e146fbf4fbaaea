import type { Activity, Attention, Change, ChangeCounts, Changes } from "@ldd/shared/leadership";
import { HACKNEY_GSS } from "./fixtures.ts";

export { buildMatrix } from "./portfolio-fixtures.ts";

/*
 * Fixtures of LOTI's leadership reads and the change lists. Like fixtures.ts, each passes the
 * shared contract schemas (fixtures.test.ts checks that).
 */

const _NO_STATUSES = {
  not_yet_reported: 0,
  not_applicable: 0,
  planned: 0,
  in_progress: 0,
  done: 0,
  dropped: 0,
};

export const statusChange: Change = {
  id: "status:s-1",
  kind: "status",
  action: "changed",
  authorityGss: HACKNEY_GSS,
  authorityName: "Hackney",
  recordType: "commitment",
  recordId: "c-hackney-1",
  recordTitle: "Open-source social care case management",
  effectiveDate: "2026-11-12",
  recordedAt: "2026-11-13T09:30:00.000Z",
  summary:
    "Status of “Open-source social care case management” changed from In progress (Beta) to Done (Live)",
  from: "In progress (Beta)",
  to: "Done (Live)",
  reason: "Live in all adult social care teams.",
  daysMoved: null,
  state: "published",
};

export const targetDateChange: Change = {
  ...statusChange,
  id: "target_date:t-1",
  kind: "target_date",
  action: "moved",
  authorityGss: "E09000007",
  authorityName: "Camden",
  recordId: "c-camden-1",
  recordTitle: "Shared data standard for housing repairs",
  effectiveDate: "2026-11-05",
  recordedAt: "2026-11-06T10:00:00.000Z",
  summary:
    "Target date of “Shared data standard for housing repairs” moved from 31 December 2026 to 31 March 2027",
  from: "31 December 2026",
  to: "31 March 2027",
  reason: "Supplier delay.",
  daysMoved: 90,
};

const partnershipStarted: Change = {
  ...statusChange,
  id: "partnership:p-1:start",
  kind: "partnership",
  action: "started",
  authorityGss: "E09000028",
  authorityName: "Southwark",
  recordType: "partnership",
  recordId: "p-southwark-1",
  recordTitle: "UCL",
  effectiveDate: "2026-11-02",
  recordedAt: "2026-11-03T08:00:00.000Z",
  summary: "Partnership with UCL started",
  from: null,
  to: null,
  reason: null,
};

const COUNTS: ChangeCounts = {
  signatures: 0,
  membershipJoins: 0,
  membershipLeaves: 0,
  newCommitments: 0,
  statusChanges: 1,
  targetDatesMoved: 1,
  partnershipsStarted: 1,
  partnershipsEnded: 0,
};

export function buildChanges(from = "2026-10-31", to = "2026-11-20"): Changes {
  return { from, to, counts: COUNTS, changes: [statusChange, targetDateChange, partnershipStarted] };
}

export function buildActivity(): Activity {
  return { changes: [statusChange, targetDateChange, partnershipStarted], total: 3 };
}

/** LOTI's feed: a draft, a submitted and a returned change before the published ones. */
export function buildLeadershipActivity(): Activity {
  const unpublished: Change[] = (["draft", "submitted", "returned"] as const).map((state, index) => ({
    ...statusChange,
    id: `status:pending-${state}`,
    recordedAt: `2026-11-1${9 - index}T12:00:00.000Z`,
    effectiveDate: `2026-11-1${9 - index}`,
    summary: `Status of “Open-source social care case management” changed (${state})`,
    state,
  }));
  return { changes: [...unpublished, statusChange, targetDateChange], total: 5 };
}

export function buildAttention(): Attention {
  return {
    awaitingReview: [
      {
        authorityGss: "E09000007",
        authorityName: "Camden",
        submittedAt: "2026-11-18T15:00:00.000Z",
        changes: 3,
      },
    ],
    returned: [
      {
        authorityGss: HACKNEY_GSS,
        authorityName: "Hackney",
        recordType: "status_update",
        recordId: "c-hackney-1",
        recordTitle: "Open-source social care case management",
        comment: "Please add the beta report.",
        recordedAt: "2026-11-10T11:00:00.000Z",
      },
    ],
  };
}
