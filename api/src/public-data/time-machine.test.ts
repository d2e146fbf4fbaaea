import { AuthorityListSchema } from "@ldd/shared/authorities";
import { CommitmentListSchema } from "@ldd/shared/commitments";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { ActivitySchema, AttentionSchema, ChangesSchema, MatrixSchema } from "@ldd/shared/leadership";
import { PartnerListSchema } from "@ldd/shared/partnerships";
import { MetaSchema, SummarySchema } from "@ldd/shared/series";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../seed/demo-accounts.ts";
import { reportStatus } from "../testing/reporting.ts";
import { submittedChangeIds } from "../testing/review.ts";
import { jsonRequest, signIn } from "../testing/sign-in.ts";
import { createSeededApp, TEST_TODAY } from "../testing/test-database.ts";

/*
 * The time machine (docs/decisions/012-time-machine.md) and LOTI's leadership reads, through the
 * real write path: reports are saved, submitted and published by a reviewer.
 */

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

const HACKNEY = "E09000012";
const account = (role: "reviewer" | "admin" | "editor") => {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!found) throw new Error(`no demo ${role}`);
  return found;
};

async function read<T>(path: string, schema: { parse(value: unknown): T }, cookie?: string): Promise<T> {
  const response = await seeded.app.request(path, cookie ? { headers: { Cookie: cookie } } : undefined);
  const body = await response.json();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return schema.parse(body);
}
const commitments = (query: string) => read(`/api/commitments?${query}`, CommitmentListSchema);
const summary = (query: string) => read(`/api/summary?${query}`, SummarySchema);

/**
 * An open commitment on `asOf`, made before `from` and with no status effective from `from` to
 * `asOf`: a status reported now, effective on `from`, is its status on `asOf`.
 */
async function openCommitment(from: string, asOf: string, gss?: string) {
  const { commitments: list } = await commitments(`asOf=${asOf}${gss ? `&authority=${gss}` : ""}`);
  const found = list.find(
    (c) =>
      (c.status === "in_progress" || c.status === "planned") &&
      c.committedOn < from &&
      (c.statusDate === null || c.statusDate < from),
  );
  if (!found) throw new Error(`there should be an open commitment from ${from} to ${asOf}`);
  return found;
}

describe("reads as of a past date", () => {
  it("show an empty state before any data, with the view they describe", async () => {
    const early = await summary("asOf=2017-06-30");
    expect(early.view).toEqual({ asOf: "2017-06-30", asPublished: false });
    expect(early.current.authoritiesSigned).toBe(0);
    expect(early.current.commitments).toBe(0);
    const authorities = await read("/api/authorities?asOf=2017-06-30", AuthorityListSchema);
    expect(authorities.authorities).toHaveLength(33);
    expect(authorities.authorities.every((a) => a.signedOn === null && a.commitmentCount === 0)).toBe(true);
    const matrix = await read("/api/matrix?asOf=2017-06-30", MatrixSchema);
    expect(matrix.rows.flatMap((row) => row.cells).every((cell) => cell.total === 0)).toBe(true);
  });

  it("refuse a date after today, naming the field", async () => {
    const response = await seeded.app.request("/api/summary?asOf=2099-01-01");
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(await response.json());
    expect(body.error.issues?.[0]?.path).toBe("query.asOf");
  });

  it("count signatures by the day they were signed: the day before shows one fewer", async () => {
    const { authorities } = await read("/api/authorities", AuthorityListSchema);
    const signed = authorities.find((a) => a.signedOn !== null && a.signedOn > "2018-07-04");
    if (!signed?.signedOn) throw new Error("the demo data should have a signature after the launch");
    const dayBefore = new Date(`${signed.signedOn}T12:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    const before = dayBefore.toISOString().slice(0, 10);
    const on = await read(`/api/authorities?asOf=${signed.signedOn}`, AuthorityListSchema);
    const onTheDayBefore = await read(`/api/authorities?asOf=${before}`, AuthorityListSchema);
    expect(on.authorities.find((a) => a.gss === signed.gss)?.signedOn).toBe(signed.signedOn);
    expect(onTheDayBefore.authorities.find((a) => a.gss === signed.gss)?.signedOn).toBeNull();
    const changes = await read(`/api/changes?from=${before}&to=${signed.signedOn}`, ChangesSchema);
    expect(changes.changes.some((c) => c.kind === "signature" && c.authorityGss === signed.gss)).toBe(true);
  });

  it("show a status on the day it took effect and not the day before, with the change in the diff", async () => {
    const commitment = await openCommitment("2026-11-09", "2026-11-09", HACKNEY);
    await reportStatus(
      seeded,
      {
        gss: HACKNEY,
        commitmentId: commitment.id,
        status: "done",
        phase: "live",
        effectiveDate: "2026-11-10",
      },
      { publish: true },
    );
    const statusOn = async (date: string) =>
      (await commitments(`authority=${HACKNEY}&asOf=${date}`)).commitments.find((c) => c.id === commitment.id)
        ?.status;
    expect(await statusOn("2026-11-09")).toBe(commitment.status);
    expect(await statusOn("2026-11-10")).toBe("done");

    const diff = await read(`/api/changes?from=2026-11-09&to=2026-11-10&authority=${HACKNEY}`, ChangesSchema);
    const change = diff.changes.find((c) => c.kind === "status" && c.recordId === commitment.id);
    expect(change?.to).toBe("Done (Live)");
    expect(change?.from).not.toBeNull();
    expect(diff.counts.statusChanges).toBe(diff.changes.filter((c) => c.kind === "status").length);
    // The day after is not in a diff that ends the day before.
    const earlier = await read(
      `/api/changes?from=2026-11-08&to=2026-11-09&authority=${HACKNEY}`,
      ChangesSchema,
    );
    expect(earlier.changes.some((c) => c.recordId === commitment.id && c.to === "Done (Live)")).toBe(false);
  });

  it("move a past date's figures with a late correction as known, but not as published", async () => {
    const asPublishedBefore = await seeded.app.request("/api/summary?asOf=2020-03-31&asPublished=true");
    const bodyBefore = await asPublishedBefore.text();
    const knownBefore = (await summary("asOf=2020-03-31")).current.commitmentsByStatus.dropped;

    const commitment = await openCommitment("2020-03-01", "2020-03-31");
    await reportStatus(
      seeded,
      {
        gss: commitment.authorityGss,
        commitmentId: commitment.id,
        status: "dropped",
        effectiveDate: "2020-03-01",
        note: "Recorded years later",
      },
      { publish: true },
    );

    // As known now, 31 March 2020 had one more dropped commitment…
    expect((await summary("asOf=2020-03-31")).current.commitmentsByStatus.dropped).toBe(knownBefore + 1);
    // …but what the public saw that day is unchanged, to the byte: a board paper's figures hold.
    const asPublishedAfter = await seeded.app.request("/api/summary?asOf=2020-03-31&asPublished=true");
    expect(await asPublishedAfter.text()).toBe(bodyBefore);
    // The meta of a past view says how many published changes it leaves out.
    const meta = await read("/api/meta?asOf=2020-03-31", MetaSchema);
    expect(meta.today).toBe(TEST_TODAY);
    expect(meta.changesSince).toBeGreaterThan(0);
    expect((await read("/api/meta", MetaSchema)).changesSince).toBe(0);
  });
});

describe("the commitment filters LOTI's attention lists use", () => {
  it("refuse unknown filters and values instead of ignoring them", async () => {
    for (const query of [
      "overdue=maybe",
      "stale_days=0",
      "stale_days=ten",
      "sort=colour",
      "slipped=1",
      "colour=red",
    ]) {
      const response = await seeded.app.request(`/api/commitments?${query}`);
      expect(response.status, query).toBe(400);
      const body = ErrorBodySchema.parse(await response.json());
      expect(body.error.issues?.length, query).toBeGreaterThan(0);
    }
  });

  it("overdue=true lists only overdue commitments, and all of them", async () => {
    const all = (await commitments("")).commitments;
    const overdue = (await commitments("overdue=true")).commitments;
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((c) => c.overdue)).toBe(true);
    expect(overdue).toHaveLength(all.filter((c) => c.overdue).length);
  });

  it("slipped=true lists commitments whose target moved later, with re-baselines and days slipped", async () => {
    const slipped = (await commitments("slipped=true&sort=-days_slipped")).commitments;
    expect(slipped.length).toBeGreaterThan(0);
    for (const c of slipped) {
      expect(c.rebaselines).toBeGreaterThan(0);
      expect(c.daysSlipped).toBeGreaterThan(0);
      expect(c.targetDate && c.originalTargetDate && c.targetDate > c.originalTargetDate).toBe(true);
    }
    const days = slipped.map((c) => c.daysSlipped);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it("stale_days=N lists open commitments with no update for N days, in the CSV too", async () => {
    const stale = (await commitments("stale_days=180&sort=-days_since_update")).commitments;
    expect(stale.length).toBeGreaterThan(0);
    for (const c of stale) {
      expect(c.daysSinceUpdate).toBeGreaterThanOrEqual(180);
      expect(["planned", "in_progress", "not_yet_reported"]).toContain(c.status);
    }
    const csv = await (await seeded.app.request("/api/commitments.csv?stale_days=180")).text();
    expect(csv.trim().split("\n")).toHaveLength(stale.length + 1);
  });
});

describe("the portfolio", () => {
  it("counts each authority's commitments per principle by status, as the commitments list does", async () => {
    const matrix = await read("/api/matrix", MatrixSchema);
    expect(matrix.rows).toHaveLength(33);
    const hackney = matrix.rows.find((row) => row.gss === HACKNEY);
    const list = (await commitments(`authority=${HACKNEY}&principle=2`)).commitments;
    const cell = hackney?.cells.find((c) => c.principle === 2);
    expect(cell?.total).toBe(list.length);
    expect(cell?.byStatus.done).toBe(list.filter((c) => c.status === "done").length);
    expect(cell?.overdue).toBe(list.filter((c) => c.overdue).length);
    for (const row of matrix.rows) {
      for (const c of row.cells) expect(Object.values(c.byStatus).reduce((a, b) => a + b, 0)).toBe(c.total);
    }
    const csv = await (await seeded.app.request("/api/matrix.csv")).text();
    expect(csv.trim().split("\n")).toHaveLength(33 * 5 + 1);
  });

  it("lists partners with the authorities working with them, most connected first", async () => {
    const { partners } = await read("/api/partners", PartnerListSchema);
    expect(partners.length).toBeGreaterThan(0);
    const counts = partners.map((p) => p.activeAuthorities.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const shared = await read("/api/partners?minAuthorities=2", PartnerListSchema);
    expect(shared.partners.every((p) => p.activeAuthorities.length >= 2)).toBe(true);
  });
});

describe("the activity feed and what needs attention", () => {
  it("shows the public published changes only, newest recorded first; LOTI also drafts, submissions and returns", async () => {
    const { commitments: hackney } = await commitments(`authority=${HACKNEY}`);
    const target = hackney.find((c) => c.status !== "done");
    if (!target) throw new Error("Hackney should have an open commitment");
    await reportStatus(
      seeded,
      {
        gss: HACKNEY,
        commitmentId: target.id,
        status: "in_progress",
        phase: "beta",
        effectiveDate: "2026-11-20",
      },
      { publish: false },
    );
    const reviewer = await signIn(seeded.app, account("reviewer").email, account("reviewer").password);
    const admin = await signIn(seeded.app, account("admin").email, account("admin").password);

    const publicFeed = await read(`/api/activity?authority=${HACKNEY}`, ActivitySchema);
    expect(publicFeed.changes.every((c) => c.state === "published")).toBe(true);
    const recorded = publicFeed.changes.map((c) => c.recordedAt);
    expect(recorded).toEqual([...recorded].sort().reverse());

    const lotiFeed = await read(`/api/leadership/activity?authority=${HACKNEY}`, ActivitySchema, admin);
    const draft = lotiFeed.changes.find((c) => c.state === "draft" && c.recordId === target.id);
    expect(draft?.to).toBe("In progress (Beta)");
    expect(lotiFeed.total).toBeGreaterThan(publicFeed.total);

    // Submit it, then return it with a comment: it is awaiting review, then returned and unanswered.
    const editorCookie = await signIn(seeded.app, account("editor").email, account("editor").password);
    const submit = await seeded.app.request(
      `/api/workspace/${HACKNEY}/submit`,
      jsonRequest("POST", {}, editorCookie),
    );
    expect(submit.status).toBe(200);
    const waiting = await read("/api/leadership/attention", AttentionSchema, reviewer);
    expect(waiting.awaitingReview.find((s) => s.authorityGss === HACKNEY)?.changes).toBeGreaterThan(0);

    const changeIds = await submittedChangeIds(seeded.app, reviewer, HACKNEY);
    const returned = await seeded.app.request(
      `/api/review/${HACKNEY}/return`,
      jsonRequest("POST", { comment: "Please add the beta report.", changeIds }, reviewer),
    );
    expect(returned.status).toBe(200);
    const after = await read("/api/leadership/attention", AttentionSchema, reviewer);
    expect(after.awaitingReview.some((s) => s.authorityGss === HACKNEY)).toBe(false);
    expect(after.returned).toContainEqual(
      expect.objectContaining({
        authorityGss: HACKNEY,
        recordId: target.id,
        comment: "Please add the beta report.",
      }),
    );

    // The same lists as CSV: both with a column naming the list, or one of them.
    const csv = await seeded.app.request("/api/leadership/attention.csv?list=returned", {
      headers: { Cookie: reviewer },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("cache-control")).toMatch(/no-store/);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe(
      "list,authority_gss_code,authority_name,since,changes,record_type,record_id,record_title,review_comment",
    );
    expect(lines).toHaveLength(after.returned.length + 1);
    expect(lines.find((line) => line.includes(target.id))).toContain("Please add the beta report.");
    expect(lines.slice(1).every((line) => line.startsWith("returned,"))).toBe(true);
    const both = await seeded.app.request("/api/leadership/attention.csv", { headers: { Cookie: reviewer } });
    expect((await both.text()).trim().split("\n")).toHaveLength(
      after.returned.length + after.awaitingReview.length + 1,
    );
    const wrongList = await seeded.app.request("/api/leadership/attention.csv?list=everything", {
      headers: { Cookie: reviewer },
    });
    expect(wrongList.status).toBe(400);
  });

  it("filters by kind and recorded dates, and refuses a range that ends before it starts", async () => {
    const statuses = await read("/api/activity?kind=status&limit=10", ActivitySchema);
    expect(statuses.changes.length).toBeLessThanOrEqual(10);
    expect(statuses.changes.every((c) => c.kind === "status")).toBe(true);
    expect(statuses.total).toBeGreaterThanOrEqual(statuses.changes.length);
    const response = await seeded.app.request("/api/activity?from=2026-11-10&to=2026-11-01");
    expect(response.status).toBe(400);
    expect(ErrorBodySchema.parse(await response.json()).error.issues?.[0]?.path).toBe("query.to");
  });
});
