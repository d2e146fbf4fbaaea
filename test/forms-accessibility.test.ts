import { AuthorityProfileSchema } from "@ldd/shared/authorities";
import { WorkspacePartnershipSchema } from "@ldd/shared/workspace";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";

/* docs/quality.md, A1 and A3: every form, and its error state, has no axe violations in a real Chromium. */

const HACKNEY = "E09000012";
const CAMDEN = "E09000007";
const suite = serverAndBrowser();

/**
 * A partnership of Hackney's, recorded through the API as the signed-in editor, so that the
 * partnership edit form is checked whatever the demo data holds.
 */
async function recordPartnership(page: Page): Promise<string> {
  const response = await page.request.post(`${suite.server.url}/api/workspace/${HACKNEY}/partnerships`, {
    headers: { Origin: suite.server.url },
    data: {
      partner: { kind: "authority", gss: CAMDEN },
      startDate: "2026-01-05",
      endDate: null,
      purpose: "Shared digital services, recorded by the forms accessibility test.",
      commitmentIds: [],
      expectedVersion: 0,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return WorkspacePartnershipSchema.parse(await response.json()).id;
}

async function violationsAt(page: Page, state: string) {
  await page.waitForLoadState("networkidle");
  return { state, violations: await axeViolations(page) };
}

/** Empties every text field of the page's form and submits it, to reach its error state. */
async function submitEmpty(page: Page): Promise<void> {
  const form = page.locator("main form").last();
  for (const field of await form
    .locator('input[type="text"], input[type="url"], input[type="email"], input[type="password"], textarea')
    .all()) {
    await field.fill("");
  }
  await form.locator('button[type="submit"]').first().click();
  await page.getByRole("alert").first().waitFor();
}

describe("every form, in Chromium", () => {
  it("has no accessibility violations, empty or showing its errors (editor's forms)", async () => {
    const profile = AuthorityProfileSchema.parse(
      await (await fetch(`${suite.server.url}/api/authorities/${HACKNEY}`)).json(),
    );
    const commitment = profile.commitments[0]?.id;
    if (!commitment) throw new Error("The demo data should give Hackney a commitment");
    const page = await suite.signedInPage("editor.hackney@example.org", "demo-editor-hackney");
    const partnership = await recordPartnership(page);
    const base = `/manage/${HACKNEY}`;
    const forms = [
      `${base}/signature`,
      `${base}/commitments/new`,
      `${base}/commitments/${commitment}/edit`,
      `${base}/commitments/${commitment}/status`,
      `${base}/commitments/${commitment}/target-date`,
      `${base}/partnerships/new`,
      `${base}/partnerships/${partnership}/edit`,
    ];
    const results = [await violationsAt(page, base)];
    await page.goto(`${suite.server.url}${base}/history/commitment/${commitment}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    results.push(await violationsAt(page, "history"));
    for (const path of forms) {
      await page.goto(`${suite.server.url}${path}`);
      await page.locator("main form").last().waitFor();
      results.push(await violationsAt(page, path));
      await submitEmpty(page);
      results.push(await violationsAt(page, `${path} with errors`));
    }
    expect(results.filter((result) => result.violations.length > 0)).toEqual([]);
    await page.context().close();
  });

  it("has no accessibility violations on the reviewer's and administrator's forms", async () => {
    const admin = await suite.signedInPage("admin@example.org", "demo-administrator");
    await admin.goto(`${suite.server.url}/admin/accounts`);
    await admin.locator("main form").last().waitFor();
    const results = [await violationsAt(admin, "accounts")];
    await submitEmpty(admin);
    results.push(await violationsAt(admin, "accounts with errors"));
    await admin.context().close();

    const reviewer = await suite.signedInPage("reviewer@example.org", "demo-reviewer-loti");
    results.push(await violationsAt(reviewer, "review queue (empty)"));
    expect(results.filter((result) => result.violations.length > 0)).toEqual([]);
    await reviewer.context().close();
  });
});
