import { AuthorityProfileSchema } from "@ldd/shared/authorities";
import { ReviewQueueSchema, WorkspacePartnershipSchema } from "@ldd/shared/workspace";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";

/*
 * Dates, membership and two-sided partnerships as people use them in Chromium: an administrator
 * records that an authority left LOTI; Hackney reports a partnership with Camden, a reviewer
 * publishes it, Camden's editor disputes it then confirms it; both profiles say so. Axe on every
 * new page and state (docs/quality.md, A1), the answer given with the keyboard alone (A3).
 */

const HACKNEY = "E09000012";
const CAMDEN = "E09000007";
const suite = serverAndBrowser();

async function expectNoViolations(page: Page, state: string) {
  await page.waitForLoadState("networkidle");
  expect(await axeViolations(page), `axe on ${state}`).toEqual([]);
}

async function profile(gss: string) {
  return AuthorityProfileSchema.parse(
    await (await fetch(`${suite.server.url}/api/authorities/${gss}`)).json(),
  );
}

describe("one date input", () => {
  it("compares the overview's figures with a date typed in day, month and year boxes, explaining a missing month", async () => {
    const page = await (await suite.browser.newContext({ locale: "en-GB" })).newPage();
    await page.goto(`${suite.server.url}/`);
    const since = page.getByRole("group", { name: "Show change since" });
    await since.getByLabel("Day").fill("31");
    await since.getByLabel("Year").fill("2024");
    await page.getByRole("button", { name: "Compare" }).click();
    const link = page.getByRole("link", { name: "Date to compare with must include a month" });
    await link.waitFor();
    await expectNoViolations(page, "overview, change since with a missing month");
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("since-month");
    await page.keyboard.type("1");
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/since=2024-01-31/);
    await page
      .getByText(/since 31 January 2024/)
      .first()
      .waitFor();
    await page.context().close();
  });
});

describe("LOTI membership", () => {
  it("is recorded by an administrator, dated with a reason, and shown on the public profile", async () => {
    const admin = await suite.signedInPage("admin@example.org", "demo-administrator");
    await admin.goto(`${suite.server.url}/admin/membership`);
    await admin.getByRole("table", { name: "Authorities and their LOTI membership today" }).waitFor();
    await expectNoViolations(admin, "membership overview");
    await admin.getByRole("link", { name: "Camden" }).click();
    await admin.getByRole("table", { name: "Membership events, oldest first" }).waitFor();
    await expectNoViolations(admin, "Camden's membership");

    await admin.getByRole("button", { name: "Record and publish" }).click();
    await admin.getByRole("alert").first().waitFor();
    await expectNoViolations(admin, "membership form with errors");

    await admin.getByLabel("Left", { exact: true }).check();
    const date = admin.getByRole("group", { name: "Date" });
    await date.getByLabel("Day").fill("1");
    await date.getByLabel("Month").fill("4");
    await date.getByLabel("Year").fill("2026");
    await admin.getByLabel("Reason").fill("Did not renew for 2026/27");
    await admin.getByRole("button", { name: "Record and publish" }).click();
    await admin.getByText("Left on 1 April 2026: recorded and published").waitFor();
    await admin.locator(".govuk-details__summary").last().click();
    await admin.getByRole("button", { name: "Withdraw this event" }).last().waitFor();
    await expectNoViolations(admin, "membership with a withdrawal form open");
    await admin.context().close();

    const camden = await profile(CAMDEN);
    expect(camden.authority.lotiMember).toBe(false);
    expect(camden.membership.at(-1)).toEqual({
      kind: "left",
      effectiveDate: "2026-04-01",
      reason: "Did not renew for 2026/27",
    });
    const page = await (await suite.browser.newContext({ locale: "en-GB" })).newPage();
    await page.goto(`${suite.server.url}/authorities/${CAMDEN}`);
    const timeline = page.getByRole("list", { name: "LOTI membership of Camden, oldest first" });
    await timeline.waitFor();
    expect(await timeline.textContent()).toContain("1 April 2026: Left LOTI");
    expect(await timeline.textContent()).toContain("Joined LOTI at its launch: a founding member");
    await expectNoViolations(page, "profile with a membership timeline");
    await page.context().close();
  });
});

describe("a partnership between two authorities", () => {
  it("is reported by one, published, disputed then confirmed by the other, and both profiles say so", async () => {
    const hackney = await suite.signedInPage("editor.hackney@example.org", "demo-editor-hackney");
    const created = await hackney.request.post(`${suite.server.url}/api/workspace/${HACKNEY}/partnerships`, {
      headers: { Origin: suite.server.url },
      data: {
        partner: { kind: "authority", gss: CAMDEN },
        startDate: "2026-03-02",
        endDate: null,
        purpose: "A shared booking system, reported in the browser test.",
        commitmentIds: [],
        expectedVersion: 0,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const partnership = WorkspacePartnershipSchema.parse(await created.json());
    // Submitted and published through the API: the review queue's own suites drive its pages.
    const submitted = await hackney.request.post(`${suite.server.url}/api/workspace/${HACKNEY}/submit`, {
      headers: { Origin: suite.server.url },
      data: {},
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    await hackney.context().close();

    const reviewer = await suite.signedInPage("reviewer@example.org", "demo-reviewer-loti");
    const queue = ReviewQueueSchema.parse(
      await (await reviewer.request.get(`${suite.server.url}/api/review`)).json(),
    );
    const changeIds =
      queue.submissions.find((s) => s.authorityGss === HACKNEY)?.changes.map((c) => c.id) ?? [];
    const published = await reviewer.request.post(`${suite.server.url}/api/review/${HACKNEY}/publish`, {
      headers: { Origin: suite.server.url },
      data: { changeIds },
    });
    expect(published.status(), await published.text()).toBe(200);
    await reviewer.context().close();
    const reported = (await profile(HACKNEY)).partnerships.find((p) => p.id === partnership.id);
    expect(reported?.confirmation.state).toBe("awaiting");

    const camden = await suite.signedInPage("editor.camden@example.org", "demo-editor-camden");
    await camden.goto(`${suite.server.url}/manage/${CAMDEN}`);
    const answerLink = camden.getByRole("link", { name: /await(s)? your answer/ }).first();
    await answerLink.waitFor();
    await expectNoViolations(camden, "Camden's records with partnerships awaiting an answer");
    await answerLink.click();
    const card = camden.getByRole("region", { name: "Reported by Hackney" }).filter({
      hasText: "A shared booking system, reported in the browser test.",
    });
    await card.waitFor();
    await expectNoViolations(camden, "partnerships to answer");
    await card.getByLabel("No, dispute it").check();
    await card.getByRole("button", { name: "Send answer" }).click();
    await card.getByRole("link", { name: /Say what is wrong with the partnership/ }).waitFor();
    await expectNoViolations(camden, "a dispute without a comment");
    await card.getByLabel(/^Comment/).fill("It started in April, not March.");
    await card.getByRole("button", { name: "Send answer" }).click();
    await camden.getByText("You disputed the partnership Hackney reported", { exact: false }).waitFor();
    expect((await profile(CAMDEN)).namedIn.find((p) => p.id === partnership.id)?.confirmation).toMatchObject({
      state: "disputed",
      comment: "It started in April, not March.",
    });

    // Confirm with the keyboard alone: from the "Yes" radio, Tab to the button and press Enter.
    const answered = camden.getByRole("region", { name: "Reported by Hackney" }).filter({
      hasText: "A shared booking system, reported in the browser test.",
    });
    await answered.getByLabel("Yes, confirm it").focus();
    await camden.keyboard.press("Space");
    await answered.getByLabel(/^Comment/).focus();
    await camden.keyboard.press("Control+A");
    await camden.keyboard.press("Delete");
    await camden.keyboard.press("Tab");
    await camden.keyboard.press("Enter");
    await camden.getByText("You confirmed the partnership Hackney reported", { exact: false }).waitFor();
    await camden.context().close();

    const page = await (await suite.browser.newContext({ locale: "en-GB" })).newPage();
    await page.goto(`${suite.server.url}/authorities/${HACKNEY}`);
    const own = page.getByRole("table", { name: "Partnerships of Hackney" });
    await own.waitFor();
    expect(await own.textContent()).toContain("Reported by Hackney, confirmed by Camden");
    await expectNoViolations(page, "Hackney's profile with a confirmed partnership");
    await page.goto(`${suite.server.url}/authorities/${CAMDEN}`);
    const named = page.getByRole("table", { name: "Partnerships other authorities reported with Camden" });
    await named.waitFor();
    expect(await named.textContent()).toContain("Reported by Hackney, confirmed by Camden");
    await expectNoViolations(page, "Camden's profile with the partnership Hackney reported");
    await page.context().close();

    const csv = await (await fetch(`${suite.server.url}/data/latest/partnerships.csv`)).text();
    expect(csv.split("\r\n").find((line) => line.startsWith(partnership.id))).toContain(
      ",confirmed,E09000007,",
    );
  });
});
