import { type AuthorityProfile, AuthorityProfileSchema } from "@ldd/shared/authorities";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";

/*
 * The second pass of self-reporting, as people do it: an editor reports a status with two links to
 * evidence and submits it in one step; a reviewer sees the change before → after and returns it
 * with a comment; the editor corrects it (the returned report is replaced, not sent again) and
 * submits; the reviewer ticks "evidence checked" and publishes; the public profile shows one entry,
 * verified. With axe on every new page and state: the compact workspace, an opened commitment,
 * the status form with several links, the preview, a record's history and the review queue.
 */

const HACKNEY = "E09000012";
const EDITOR = { email: "editor.hackney@example.org", password: "demo-editor-hackney" };
const REVIEWER = { email: "reviewer@example.org", password: "demo-reviewer-loti" };
const DAY = "2026-11-21";

const suite = serverAndBrowser();

async function profile(): Promise<AuthorityProfile> {
  return AuthorityProfileSchema.parse(
    await (await fetch(`${suite.server.url}/api/authorities/${HACKNEY}`)).json(),
  );
}

async function expectNoViolations(page: Page, state: string) {
  await page.waitForLoadState("networkidle");
  expect(await axeViolations(page), `axe on ${state}`).toEqual([]);
}

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto(`${suite.server.url}/sign-in`);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function fillDate(page: Page) {
  const date = page.getByRole("group", { name: "Date of this status" });
  await date.getByLabel("Day").fill("21");
  await date.getByLabel("Month").fill("11");
  await date.getByLabel("Year").fill("2026");
}

describe("returned changes, in Chromium", () => {
  it("are corrected and resubmitted, and the public sees one verified entry", async () => {
    const commitment = (await profile()).commitments.find((c) => c.status === "in_progress");
    if (!commitment) throw new Error("Hackney should have a commitment in progress in the demo data");
    const entriesOnDay = async () =>
      (await profile()).commitments
        .find((c) => c.id === commitment.id)
        ?.statusHistory.filter((update) => update.effectiveDate === DAY) ?? [];
    const context = await suite.browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();

    // The editor: the compact list, with search, and one commitment opened.
    await signIn(page, EDITOR);
    await page.waitForURL(new RegExp(`/manage/${HACKNEY}`));
    // By keyboard: Enter in the search field sends the GET form; Enter on a title opens it.
    await page.getByLabel("Search commitments").fill(commitment.title.split(" ")[0] ?? "");
    await page.getByLabel("Search commitments").press("Enter");
    await page.getByText(/commitments? match/).waitFor();
    expect(page.url()).toContain("q=");
    await page.getByRole("link", { name: `${commitment.title} (open)` }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: `Edit details of “${commitment.title}”` }).waitFor();
    await expectNoViolations(page, "the workspace with a commitment open");

    // Report with two links and submit in one step; the form starts from the current status.
    await page.getByRole("link", { name: `Report a status of “${commitment.title}”` }).click();
    expect(await page.getByRole("radio", { name: "In progress" }).isChecked()).toBe(true);
    await page.getByRole("radio", { name: "Done" }).check();
    await fillDate(page);
    await page.getByLabel("Link to evidence 1 (optional)").fill("https://example.org/project-page");
    await page.getByRole("button", { name: "Add another link" }).click();
    await page.keyboard.type("https://example.org/blog");
    await expectNoViolations(page, "the status form with two links");
    await page.getByRole("button", { name: "Save and submit for review" }).click();
    await page.getByText("The status was reported and submitted for review.").waitFor();
    await page.getByRole("link", { name: "Preview your public profile with these changes" }).click();
    await page.getByRole("heading", { name: "Preview: not public" }).waitFor();
    await page.getByRole("heading", { level: 1, name: "Hackney" }).waitFor();
    await expectNoViolations(page, "the preview of the public profile");
    expect(await entriesOnDay()).toEqual([]);

    // The reviewer sees before → after and returns it with a comment.
    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, REVIEWER);
    await page.waitForURL("**/review");
    await page.getByRole("checkbox", { name: "Evidence checked" }).waitFor();
    await expectNoViolations(page, "the review queue with evidence to check");
    await page.getByRole("button", { name: /^Return 1 change with a comment/ }).click();
    await page.getByLabel("Comment for Hackney").fill("Link to the live service, not the project page");
    await page.getByRole("button", { name: "Return 1 change with this comment" }).click();
    await page.getByText(/Returned 1 change to Hackney/).waitFor();

    // The editor corrects the returned report: only the correction goes to review.
    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, EDITOR);
    const returned = page.getByRole("region", { name: "Returned by a reviewer" });
    await returned.waitFor();
    expect(await returned.textContent()).toContain("Link to the live service, not the project page");
    expect(await page.getByRole("button", { name: /Submit .* for review/ }).count()).toBe(0);
    await expectNoViolations(page, "the workspace with a returned change");
    await returned.getByRole("link", { name: /Correct it/ }).click();
    await page.getByText("You are correcting a change a LOTI reviewer returned.").waitFor();
    expect(await page.getByLabel("Link to evidence 1").inputValue()).toBe("https://example.org/project-page");
    await page.getByLabel("Link to evidence 1").fill("https://example.org/live-service");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await page.getByText("The status was reported as a draft.").waitFor();
    await page.getByRole("button", { name: "Submit 1 change for review" }).click();
    await page.getByRole("heading", { name: "Submitted for review" }).waitFor();

    // The reviewer checks the evidence and publishes.
    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, REVIEWER);
    await page.waitForURL("**/review");
    await page.getByRole("checkbox", { name: "Evidence checked" }).check();
    await page.getByRole("button", { name: /^Publish 1 change/ }).click();
    await page.getByText(/Published 1 change from Hackney/).waitFor();

    const entries = await entriesOnDay();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      status: "done",
      evidenceUrls: ["https://example.org/live-service", "https://example.org/blog"],
      confidence: "verified",
    });

    // History says what changed, newest first; the public page shows the claim as verified.
    await page.goto(`${suite.server.url}/manage/${HACKNEY}/history/commitment/${commitment.id}`);
    await page.getByRole("table", { name: "Every version of the commitment, newest first" }).waitFor();
    await expectNoViolations(page, "a commitment's history");
    await context.close();

    const visitor = await suite.browser.newContext({ locale: "en-GB" });
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${suite.server.url}/authorities/${HACKNEY}`);
    await publicPage.getByRole("table", { name: "Current status claims by confidence" }).waitFor();
    await expectNoViolations(publicPage, "the public profile with confidence");
    await visitor.close();
  });
});
