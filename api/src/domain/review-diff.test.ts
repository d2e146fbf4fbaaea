import type { ProfileData } from "@ldd/shared/authorities";
import { describe, expect, it } from "vitest";
import type { PendingChange } from "./pending-changes.ts";
import { fieldChanges } from "./review-diff.ts";

const base = {
  authorityId: "a",
  authorityGss: "E09000012",
  authorityName: "Hackney",
  changeId: "v",
  recordId: "c1",
  recordedAt: "2026-11-20 10:00:00+00",
  state: "submitted" as const,
  reviewComment: null,
};
const published = {
  commitments: [
    {
      id: "c1",
      title: "Open API for waste",
      partners: "",
      mission: "Publish collection days",
      impact: "Residents know",
      principles: [1, 3],
      lotiArea: null,
      committedOn: "2026-01-15",
      status: "in_progress",
      phase: "beta",
      statusDate: "2026-06-01",
      targetDate: "2027-03-31",
      statusHistory: [{ note: "Beta started", evidenceUrls: ["https://example.org/beta"] }],
    },
  ],
  partnerships: [],
  signature: null,
} as unknown as ProfileData;

describe("what a submitted change changes", () => {
  it("shows a status update as the published status → the submitted one, with note and evidence", () => {
    const change: PendingChange = {
      ...base,
      recordType: "status_update",
      title: "Open API for waste",
      status: "done",
      phase: "live",
      effectiveDate: "2026-11-20",
      note: "Live for all residents",
      evidenceUrls: ["https://example.org/live", "https://example.org/stats"],
    };
    expect(fieldChanges(change, published)).toEqual([
      { field: "status", label: "Status", before: "In progress (Beta)", after: "Done (Live)" },
      { field: "effectiveDate", label: "Since", before: "1 June 2026", after: "20 November 2026" },
      { field: "note", label: "Note", before: "Beta started", after: "Live for all residents" },
      {
        field: "evidenceUrls",
        label: "Evidence",
        before: "https://example.org/beta",
        after: "https://example.org/live\nhttps://example.org/stats",
      },
    ]);
  });

  it("lists only the fields an edit changes, and every field of a new record", () => {
    const edit: PendingChange = {
      ...base,
      recordType: "commitment",
      version: 2,
      title: "Open API for waste and recycling",
      partners: "",
      mission: "Publish collection days",
      impact: "Residents know",
      principles: [1, 3, 5],
      lotiArea: null,
      committedOn: "2026-01-15",
    };
    expect(fieldChanges(edit, published).map((f) => [f.label, f.before, f.after])).toEqual([
      ["Title", "Open API for waste", "Open API for waste and recycling"],
      ["Principles", "1, 3", "1, 3, 5"],
    ]);
    const created = fieldChanges({ ...edit, recordId: "new", version: 1 }, published);
    expect(created.every((f) => f.before === null)).toBe(true);
    expect(created.map((f) => f.field)).toEqual(["title", "mission", "impact", "principles", "committedOn"]);
  });

  it("says how far and why a target date moved", () => {
    const change: PendingChange = {
      ...base,
      recordType: "target_date",
      title: "Open API for waste",
      targetDate: "2027-06-30",
      reason: "Supplier delay",
      effectiveDate: "2026-11-20",
    };
    expect(fieldChanges(change, published).map((f) => [f.label, f.before, f.after])).toEqual([
      ["Target date", "31 March 2027", "30 June 2027"],
      ["Moved by", null, "91 days later"],
      ["Reason", null, "Supplier delay"],
    ]);
  });
});
