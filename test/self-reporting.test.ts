import { type AuthorityProfile, AuthorityProfileSchema } from "@ldd/shared/authorities";
import { SummarySchema } from "@ldd/shared/series";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";

/*
 * The self-reporting flow end to end, as people do it: a borough editor reports a status with
 * evidence and submits it; a LOTI reviewer publishes it; the public profile and the charts show it.
 * Once with the mouse, once with the keyboard alone, with axe on every form and its error state.
 */

const HACKNEY = "E09000012";
const EDITOR = { email: "editor.hackney@example.org", password: "demo-editor-hackney" };
const REVIEWER = { email: "reviewer@example.org", password: "demo-reviewer-loti" };
const WORKSPACE = new RegExp(`/manage/${HACKNEY}(\\?.*)?$`);

const suite = serverAndBrowser();

type PublicCommitment = AuthorityProfile["commitments"][number];

async function hackneyCommitments(): Promise<PublicCommitment[]> {
  const profile = AuthorityProfileSchema.parse(
    await (await fetch(`${suite.server.url}/api/authorities/${HACKNEY}`)).json(),
  );
  return profile.commitments;
}

async function doneCount(): Promise<number> {
  const summary = SummarySchema.parse(await (await fetch(`${suite.server.url}/api/summary`)).json());
  return summary.current.commitmentsByStatus.done;
}

async function expectNoViolations(page: Page, state: string) {
  await page.waitForLoadState("networkidle");
  const violations = await axeViolations(page);
  expect(violations, `axe on ${state}`).toEqual([]);
}

/** Presses Tab until `target` has focus: proves it can be reached by keyboard. */
async function tabTo(page: Page, target: Locator, limit = 250): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Could not reach ${target} with the Tab key`);
}

/** Tabs into a radio group, then arrows until the wanted option is chosen. */
async function chooseRadioByKeyboard(page: Page, group: Locator, option: Locator): Promise<void> {
  const radios = group.getByRole("radio");
  for (let presses = 0; presses < 250; presses++) {
    const inside = await group.evaluate((element) => element.contains(document.activeElement));
    if (inside) break;
    await page.keyboard.press("Tab");
  }
  for (let presses = 0; presses < (await radios.count()) + 1; presses++) {
    if (await option.isChecked()) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error("Could not choose the radio option with the arrow keys");
}

/** A Hackney commitment not yet done, so that reporting "Done" changes the charts. */
async function pickCommitmentNotDone(): Promise<PublicCommitment> {
  const candidate = (await hackneyCommitments()).find((c) => c.status !== "done");
  if (!candidate) throw new Error("The demo data should give Hackney a commitment that is not done");
  return candidate;
}

describe("self-reporting, in Chromium", () => {
  it("takes a status with evidence from an editor, through review, to the public profile and charts", async () => {
    const commitment = await pickCommitmentNotDone();
    const doneBefore = await doneCount();
    const context = await suite.browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();

    // Sign in: the empty form first, to see the error summary.
    await page.goto(`${suite.server.url}/sign-in`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectNoViolations(page, "the sign-in form");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    await expectNoViolations(page, "the sign-in form with errors");
    await page.getByLabel("Email address").fill(EDITOR.email);
    await page.getByLabel("Password").fill(EDITOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(WORKSPACE);
    await page.getByRole("link", { name: `Report a status of “${commitment.title}”` }).waitFor();
    await expectNoViolations(page, "the workspace");

    // Report a status in one step; a javascript: link is refused with a clear message.
    await page.getByRole("link", { name: `Report a status of “${commitment.title}”` }).click();
    await page.getByRole("radio", { name: "Done" }).check();
    const date = page.getByRole("group", { name: "Date of this status" });
    await date.getByLabel("Day").fill("20");
    await date.getByLabel("Month").fill("11");
    await date.getByLabel("Year").fill("2026");
    await page.getByLabel("Note (optional unless dropped)").fill("Live for every resident.");
    await page.getByLabel("Link to evidence 1 (optional)").fill("javascript:alert(1)");
    await expectNoViolations(page, "the status form");
    await page.getByRole("button", { name: "Save as draft" }).click();
    const summary = page.getByRole("alert");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("http:// or https://");
    await expectNoViolations(page, "the status form with errors");
    // What the user typed is kept.
    expect(await page.getByLabel("Note (optional unless dropped)").inputValue()).toBe(
      "Live for every resident.",
    );
    await page.getByLabel("Link to evidence 1 (optional)").fill("https://example.org/evidence/launch");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await page.waitForURL(WORKSPACE);

    // Drafts are not public.
    expect(await doneCount()).toBe(doneBefore);
    await page.getByRole("button", { name: /Submit 1 change for review/ }).click();
    await page.getByRole("heading", { name: "Submitted for review" }).waitFor();
    expect(await doneCount()).toBe(doneBefore);

    // The reviewer publishes.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.goto(`${suite.server.url}/sign-in`);
    await page.getByLabel("Email address").fill(REVIEWER.email);
    await page.getByLabel("Password").fill(REVIEWER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/review");
    await page
      .getByRole("button", { name: /Publish/ })
      .first()
      .waitFor();
    await expectNoViolations(page, "the review queue");
    await page.getByRole("button", { name: /^Publish 1 change from Hackney$/ }).click();
    await page.getByText(/Published 1 change from Hackney/).waitFor();

    // The public profile and the charts show it.
    const published = (await hackneyCommitments()).find((c) => c.id === commitment.id);
    expect(published?.status).toBe("done");
    expect(published?.statusHistory.at(-1)?.evidenceUrls).toEqual(["https://example.org/evidence/launch"]);
    expect(await doneCount()).toBe(doneBefore + 1);
    const visitor = await suite.browser.newContext({ locale: "en-GB" });
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${suite.server.url}/authorities/${HACKNEY}`);
    const evidence = publicPage.locator('a[href="https://example.org/evidence/launch"]');
    await evidence.first().waitFor();
    await visitor.close();
    await context.close();
  });

  it("works with the keyboard alone: sign in, report a status, submit, review and publish", async () => {
    const commitment = await pickCommitmentNotDone();
    const doneBefore = await doneCount();
    const context = await suite.browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/sign-in`);
    await page.getByRole("heading", { level: 1 }).waitFor();

    await tabTo(page, page.getByLabel("Email address"));
    await page.keyboard.type(EDITOR.email);
    await tabTo(page, page.getByLabel("Password"));
    await page.keyboard.type(EDITOR.password);
    await page.keyboard.press("Enter");
    await page.waitForURL(WORKSPACE);

    const report = page.getByRole("link", { name: `Report a status of “${commitment.title}”` });
    await report.waitFor();
    await tabTo(page, report);
    await page.keyboard.press("Enter");
    const statusGroup = page.getByRole("group", { name: /Status/ }).first();
    await statusGroup.waitFor();
    await chooseRadioByKeyboard(page, statusGroup, page.getByRole("radio", { name: "Done" }));
    const date = page.getByRole("group", { name: "Date of this status" });
    for (const [part, value] of [
      ["Day", "20"],
      ["Month", "11"],
      ["Year", "2026"],
    ] as const) {
      await tabTo(page, date.getByLabel(part));
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(value);
    }
    await tabTo(page, page.getByLabel("Link to evidence 1 (optional)"));
    await page.keyboard.type("https://example.org/evidence/keyboard");
    await tabTo(page, page.getByRole("button", { name: "Save as draft" }));
    await page.keyboard.press("Enter");
    await page.waitForURL(WORKSPACE);

    const submit = page.getByRole("button", { name: /Submit 1 change for review/ });
    await submit.waitFor();
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Submitted for review" }).waitFor();

    const signOut = page.getByRole("button", { name: "Sign out" });
    await tabTo(page, signOut);
    await page.keyboard.press("Enter");
    await page.goto(`${suite.server.url}/sign-in`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await tabTo(page, page.getByLabel("Email address"));
    await page.keyboard.type(REVIEWER.email);
    await tabTo(page, page.getByLabel("Password"));
    await page.keyboard.type(REVIEWER.password);
    await page.keyboard.press("Enter");
    await page.waitForURL("**/review");
    const publish = page.getByRole("button", { name: /^Publish 1 change from Hackney$/ });
    await publish.waitFor();
    await tabTo(page, publish);
    await page.keyboard.press("Enter");
    await page.getByText(/Published 1 change from Hackney/).waitFor();

    const published = (await hackneyCommitments()).find((c) => c.id === commitment.id);
    expect(published?.status).toBe("done");
    expect(await doneCount()).toBe(doneBefore + 1);
    await context.close();
  });
});
