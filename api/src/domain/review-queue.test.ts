import { describe, expect, it } from "vitest";
import { buildReviewQueue, describeChange } from "./review-queue.ts";

const authority = {
  authorityId: "a",
  authorityGss: "E09000012",
  authorityName: "Hackney",
  changeId: "v",
  recordId: "c",
  recordedAt: "2026-11-20 10:00:00+00",
  state: "submitted" as const,
  reviewComment: null,
};

const content = {
  title: "Open API for waste",
  partners: "",
  mission: "Publish collection days as open data",
  impact: "Residents know when bins are collected",
  principles: [1, 3],
  lotiArea: null,
  committedOn: "2026-01-15",
};

describe("describing a submitted change", () => {
  it("says what changed in plain words", () => {
    expect(
      describeChange({
        ...authority,
        recordType: "status_update",
        title: "Open API for waste",
        status: "done",
        phase: null,
        effectiveDate: "2026-11-20",
        note: null,
        evidenceUrls: [],
      }),
    ).toBe("Status of “Open API for waste” set to Done on 20 November 2026");
    expect(
      describeChange({
        ...authority,
        recordType: "target_date",
        title: "Open API for waste",
        targetDate: "2027-09-30",
        reason: "Supplier delay",
        effectiveDate: "2026-11-20",
      }),
    ).toBe("Target date of “Open API for waste” moved to 30 September 2027: Supplier delay");
    expect(
      describeChange({
        ...authority,
        recordType: "signature",
        signedOn: "2019-07-04",
        approverName: "Ada Lovelace",
        approverRole: "Chief Executive",
        commitmentUrl: null,
      }),
    ).toBe("Declaration signed on 4 July 2019, approved by Ada Lovelace, Chief Executive");
  });

  it("groups changes into one submission per authority, dated by the last submit", () => {
    const queue = buildReviewQueue(
      [
        { ...authority, ...content, recordType: "commitment", title: "A", version: 2 },
        {
          ...authority,
          authorityId: "b",
          authorityGss: "E09000007",
          authorityName: "Camden",
          ...content,
          recordType: "commitment",
          title: "B",
          version: 1,
        },
      ],
      new Map([["a", "2026-11-21 09:00:00+00"]]),
    );
    expect(queue.submissions.map((s) => [s.authorityName, s.submittedAt])).toEqual([
      ["Camden", "2026-11-20T10:00:00.000Z"],
      ["Hackney", "2026-11-21T09:00:00.000Z"],
    ]);
    expect(queue.submissions[1]?.changes[0]?.description).toBe("Commitment “A” changed");
  });
});
