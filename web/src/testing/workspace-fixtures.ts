import type { Account, DemoAccountList, Role, Session } from "@ldd/shared/accounts";
import type { CommitmentImportResult } from "@ldd/shared/commitment-spreadsheet";
import type {
  ReviewQueue,
  Workspace,
  WorkspaceCommitment,
  WorkspacePartnership,
  WorkspaceSignature,
} from "@ldd/shared/workspace";
import { HACKNEY_GSS } from "./fixtures.ts";

/** Fixtures of the self-reporting screens; workspace-fixtures.test.ts checks them against the contract. */

export const COMMITMENT_ID = "5b0c7f2e-4d36-4a57-9f0c-2d9e8a1b3c01";
export const PARTNERSHIP_ID = "7a1d8e3f-5e47-4b68-8a1d-3e0f9b2c4d02";
export const UCL_ID = "9c2e9f40-6f58-4c79-9b2e-4f1a0c3d5e03";

export function buildAccount(role: Role = "editor", overrides: Partial<Account> = {}): Account {
  const byRole: Record<Role, Pick<Account, "email" | "displayName" | "authorityGss" | "authorityName">> = {
    editor: {
      email: "editor@hackney.example",
      displayName: "Ada Editor",
      authorityGss: HACKNEY_GSS,
      authorityName: "Hackney",
    },
    reviewer: {
      email: "reviewer@loti.example",
      displayName: "Rita Reviewer",
      authorityGss: null,
      authorityName: null,
    },
    admin: {
      email: "admin@loti.example",
      displayName: "Alan Admin",
      authorityGss: null,
      authorityName: null,
    },
  };
  return {
    id: `account-${role}`,
    role,
    disabled: false,
    createdAt: "2026-01-05T09:00:00.000Z",
    ...byRole[role],
    ...overrides,
  };
}

export function buildSession(role: Role = "editor"): Session {
  return { account: buildAccount(role), expiresAt: "2026-12-01T09:00:00.000Z" };
}

export function buildDemoAccounts(): DemoAccountList {
  return {
    accounts: [
      {
        email: "editor@hackney.example",
        password: "demo-password-hackney",
        role: "editor",
        authorityName: "Hackney",
      },
      {
        email: "reviewer@loti.example",
        password: "demo-password-review",
        role: "reviewer",
        authorityName: null,
      },
    ],
  };
}

export function buildWorkspaceCommitment(overrides: Partial<WorkspaceCommitment> = {}): WorkspaceCommitment {
  return {
    id: COMMITMENT_ID,
    version: 3,
    state: "published",
    reviewComment: null,
    title: "Open-source social care case management",
    partners: "Camden, Greenwich",
    mission: "Build and share a modular case management tool for adult social care.",
    impact: "Social workers spend less time re-keying data and more time with residents.",
    principles: [1, 2, 5],
    lotiArea: "peer-sharing",
    committedOn: "2018-12-05",
    changeId: "6a1f8c3e-2b4d-4e5f-8a9b-0c1d2e3f4a01",
    everPublished: true,
    published: {
      title: "Open-source social care case management",
      partners: "Camden, Greenwich",
      mission: "Build and share a modular case management tool for adult social care.",
      impact: "Social workers spend less time re-keying data and more time with residents.",
      principles: [1, 2, 5],
      lotiArea: "peer-sharing",
      committedOn: "2018-12-05",
    },
    status: "in_progress",
    phase: "beta",
    targetDate: "2020-06-30",
    statusHistory: [
      {
        id: "status-1",
        state: "published",
        status: "in_progress",
        phase: "beta",
        effectiveDate: "2020-02-10",
        note: null,
        evidenceUrls: [],
        evidenceChecked: false,
        recordedAt: "2020-02-11T09:00:00.000Z",
        reviewComment: null,
      },
    ],
    targetDateHistory: [],
    ...overrides,
  };
}

export function buildWorkspaceSignature(overrides: Partial<WorkspaceSignature> = {}): WorkspaceSignature {
  return {
    id: "9d1c4a52-4a63-4a4e-9c7e-1f0b3f1e2a01",
    version: 1,
    state: "published",
    reviewComment: null,
    signedOn: "2018-12-05",
    approverName: "Jane Example",
    approverRole: "Chief Executive",
    commitmentUrl: "https://localdigital.gov.uk/commitments/example",
    changeId: "6a1f8c3e-2b4d-4e5f-8a9b-0c1d2e3f4a02",
    published: {
      signedOn: "2018-12-05",
      approverName: "Jane Example",
      approverRole: "Chief Executive",
      commitmentUrl: "https://localdigital.gov.uk/commitments/example",
    },
    ...overrides,
  };
}

export function buildWorkspacePartnership(
  overrides: Partial<WorkspacePartnership> = {},
): WorkspacePartnership {
  return {
    id: PARTNERSHIP_ID,
    version: 2,
    state: "draft",
    reviewComment: null,
    partner: {
      id: UCL_ID,
      name: "UCL",
      type: "university",
      canonicalIdScheme: "ukprn",
      canonicalId: "10007784",
    },
    startDate: "2019-07-15",
    endDate: null,
    purpose: "Evaluate the impact of the case management tool.",
    commitmentIds: [COMMITMENT_ID],
    everPublished: true,
    changeId: "6a1f8c3e-2b4d-4e5f-8a9b-0c1d2e3f4a03",
    published: {
      partnerName: "UCL",
      startDate: "2019-07-15",
      endDate: null,
      purpose: "Evaluate the impact of the case management tool.",
    },
    ...overrides,
  };
}

export function buildImportResult(): CommitmentImportResult {
  return { created: 1, updated: 2, unchanged: 30 };
}

export function buildWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    authority: { gss: HACKNEY_GSS, name: "Hackney" },
    signature: buildWorkspaceSignature(),
    commitments: [
      buildWorkspaceCommitment(),
      buildWorkspaceCommitment({
        id: "6c1d8a3f-5e47-4b68-8a1d-3e0f9b2c4d09",
        version: 1,
        state: "returned",
        reviewComment: "Say which services the data standard covers.",
        title: "Shared data standard for housing repairs",
        changeId: "6a1f8c3e-2b4d-4e5f-8a9b-0c1d2e3f4a04",
        everPublished: false,
        published: null,
        status: "planned",
        phase: null,
        statusHistory: [],
      }),
    ],
    partnerships: [buildWorkspacePartnership()],
    partnerOrganisations: [
      { id: UCL_ID, name: "UCL", type: "university", canonicalIdScheme: "ukprn", canonicalId: "10007784" },
      {
        id: "3f0e8c1a-0000-4000-8000-0000000000aa",
        name: "Example Digital Inclusion Trust",
        type: "non_profit",
        canonicalIdScheme: null,
        canonicalId: null,
      },
      {
        id: "3f0e8c1a-0000-4000-8000-0000000000bb",
        name: "Camden",
        type: "other_council",
        canonicalIdScheme: "gss",
        canonicalId: "E09000007",
      },
    ],
    pending: { drafts: 2, submitted: 0, returned: 1 },
    ...overrides,
  };
}

/** The ids of the two changes in the fixture review queue. */
export const STATUS_CHANGE_ID = "7d1b6a52-3c1e-4f57-9a0e-2b8f5f0c9a11";
export const TARGET_CHANGE_ID = "0b6f1f1e-8a51-4c1e-b1f0-5d6a2f6a7c22";

export function buildReviewQueue(): ReviewQueue {
  return {
    submissions: [
      {
        authorityGss: HACKNEY_GSS,
        authorityName: "Hackney",
        submittedAt: "2026-11-19T10:00:00.000Z",
        changes: [
          {
            id: STATUS_CHANGE_ID,
            recordType: "status_update",
            recordId: COMMITMENT_ID,
            description:
              "Status of “Open-source social care case management” set to Done on 18 November 2026",
            fields: [
              { field: "status", label: "Status", before: "In progress (Beta)", after: "Done" },
              {
                field: "effectiveDate",
                label: "Since",
                before: "10 February 2020",
                after: "18 November 2026",
              },
              { field: "note", label: "Note", before: null, after: "Live for every social worker" },
              {
                field: "evidenceUrls",
                label: "Evidence",
                before: null,
                after: "https://example.org/hackney/case-management-live",
              },
            ],
            evidenceUrls: ["https://example.org/hackney/case-management-live"],
            submittedAt: "2026-11-19T10:00:00.000Z",
          },
          {
            id: TARGET_CHANGE_ID,
            recordType: "target_date",
            recordId: COMMITMENT_ID,
            description:
              "Target date of “Open-source social care case management” moved to 31 March 2027: Procurement",
            fields: [
              { field: "targetDate", label: "Target date", before: "30 June 2020", after: "31 March 2027" },
              { field: "daysMoved", label: "Moved by", before: null, after: "2465 days later" },
              { field: "reason", label: "Reason", before: null, after: "Procurement" },
            ],
            evidenceUrls: [],
            submittedAt: "2026-11-19T10:00:00.000Z",
          },
        ],
      },
    ],
  };
}

export function buildReviewOutcome(count: number) {
  return { count };
}

export function buildHistory() {
  return {
    versions: [
      {
        id: STATUS_CHANGE_ID,
        kind: "status" as const,
        recordedAt: "2026-11-18T10:00:00.000Z",
        recordedBy: "Ada Editor",
        state: "returned" as const,
        publishedAt: null,
        reason: "Live for every social worker",
        label: "Status report for 18 November 2026",
        fields: [
          { field: "status", label: "Status", before: "In progress (Beta)", after: "Done (Live)" },
          { field: "effectiveDate", label: "Since", before: "10 February 2020", after: "18 November 2026" },
        ],
      },
      {
        id: "status-1",
        kind: "status" as const,
        recordedAt: "2020-02-11T09:00:00.000Z",
        recordedBy: null,
        state: "published" as const,
        publishedAt: "2020-02-11T09:00:00.000Z",
        reason: null,
        label: "Status report for 10 February 2020",
        fields: [{ field: "status", label: "Status", before: null, after: "In progress (Beta)" }],
      },
    ],
    entries: [
      {
        id: 1,
        at: "2026-11-18T10:00:00.000Z",
        actorName: "Ada Editor",
        actorRole: "editor",
        action: "commitment.created",
        recordType: "commitment",
        recordId: COMMITMENT_ID,
        before: null,
        after: { title: "Open-source social care case management" },
        reason: null,
      },
      {
        id: 2,
        at: "2026-11-19T11:00:00.000Z",
        actorName: "Rita Reviewer",
        actorRole: "reviewer",
        action: "submission.returned",
        recordType: "commitment",
        recordId: COMMITMENT_ID,
        before: null,
        after: null,
        reason: "Add the evidence link.",
      },
    ],
  };
}
