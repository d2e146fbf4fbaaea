import { screen, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { HACKNEY_GSS } from "@/testing/fixtures.ts";
import { signedInAs } from "@/testing/handlers.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";
import { buildWorkspace, buildWorkspaceCommitment, COMMITMENT_ID } from "@/testing/workspace-fixtures.ts";

const DRAFT_ID = "8e2f9a41-1b2c-4d3e-8f4a-5b6c7d8e9f01";

/** The fixture workspace, its first commitment with a draft status on its way. */
function workspaceWithDraft() {
  const first = buildWorkspaceCommitment();
  return buildWorkspace({
    commitments: [
      buildWorkspaceCommitment({
        status: "done",
        phase: "live",
        statusHistory: [
          ...first.statusHistory,
          {
            id: DRAFT_ID,
            state: "draft",
            status: "done",
            phase: "live",
            effectiveDate: "2026-11-18",
            note: null,
            evidenceUrls: ["https://example.org/launch"],
            evidenceChecked: false,
            recordedAt: "2026-11-18T10:00:00.000Z",
            reviewComment: null,
          },
        ],
      }),
      ...buildWorkspace().commitments.slice(1),
    ],
  });
}

describe("the workspace's commitments", () => {
  it("open one at a time, showing what the public sees beside what is not yet published", async () => {
    server.use(
      signedInAs("editor"),
      http.get("*/api/workspace/:gss", () => HttpResponse.json(workspaceWithDraft())),
    );
    const { user } = renderApp(`/manage/${HACKNEY_GSS}`);
    const line = (await screen.findByRole("heading", { level: 3, name: /Open-source social care/ })).closest(
      "li",
    );
    if (!line) throw new Error("no line");
    expect(line.textContent).toContain("Not yet published: Done · Live");
    expect(within(line).queryByText("Public now")).toBeNull();

    await user.click(within(line).getByRole("link", { name: /\(open\)/ }));
    const status = await within(line).findByText("Status");
    const values = status.nextElementSibling?.textContent ?? "";
    expect(values).toContain("Public now");
    expect(values).toContain("In progress · Beta, since 10 February 2020");
    expect(values).toContain("Done · Live, since 18 November 2026 (1 link to evidence)");
    expect(values).toContain("Draft");
    expect(within(line).getByRole("button", { name: /Withdraw/ })).toBeTruthy();
    expect(within(line).getByRole("link", { name: /Edit details/ })).toBeTruthy();

    // Opening another closes this one.
    const other = screen.getByRole("heading", { level: 3, name: /Shared data standard/ }).closest("li");
    if (!other) throw new Error("no line");
    await user.click(within(other).getByRole("link", { name: /\(open\)/ }));
    expect(await within(other).findByRole("link", { name: /Edit details/ })).toBeTruthy();
    expect(within(line).queryByRole("link", { name: /Edit details/ })).toBeNull();
  });

  it("filter by status and search words with a GET form", async () => {
    server.use(signedInAs("editor"));
    const { user, location } = renderApp(`/manage/${HACKNEY_GSS}`);
    await user.type(await screen.findByLabelText("Search commitments"), "housing");
    await user.click(screen.getByRole("button", { name: "Show commitments" }));
    expect(await screen.findByText("1 of 2 commitments match")).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 3, name: /Open-source social care/ })).toBeNull();
    expect(location.history?.at(-1)).toContain("q=housing");

    await user.clear(screen.getByLabelText("Search commitments"));
    await user.selectOptions(screen.getByLabelText("Status"), "in_progress");
    await user.click(screen.getByRole("button", { name: "Show commitments" }));
    expect(await screen.findByRole("heading", { level: 3, name: /Open-source social care/ })).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 3, name: /Shared data standard/ })).toBeNull();
    expect(screen.getByRole("link", { name: "Clear filters" }).getAttribute("href")).toBe(
      `/manage/${HACKNEY_GSS}`,
    );
  });

  it("lists overdue and stale ones", async () => {
    server.use(signedInAs("editor"));
    renderApp(`/manage/${HACKNEY_GSS}?overdue=true&stale=true`);
    // Both fixture commitments were due in 2020 and are not done; neither was reported since 2020.
    const heading = await screen.findByRole("heading", { level: 3, name: /Open-source social care/ });
    expect(heading.closest("li")?.textContent).toContain("Overdue");
    expect(heading.closest("li")?.textContent).toContain("Stale");
    expect(screen.getByText("2 of 2 commitments match")).toBeTruthy();
  });

  it("says when none match", async () => {
    server.use(signedInAs("editor"));
    renderApp(`/manage/${HACKNEY_GSS}?overdue=true&status=done`);
    expect(await screen.findByText("0 of 2 commitments match")).toBeTruthy();
    expect(screen.getByText("No commitments match. Change or clear the filters.")).toBeTruthy();
  });
});

describe("the preview of the public profile", () => {
  it("is the public profile, labelled as a preview that is not public", async () => {
    server.use(signedInAs("editor"));
    renderApp(`/manage/${HACKNEY_GSS}/preview`);
    expect(await screen.findByRole("heading", { level: 2, name: "Preview: not public" })).toBeTruthy();
    expect(await screen.findByRole("heading", { level: 1, name: "Hackney" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "the published profile" }).getAttribute("href")).toBe(
      `/authorities/${HACKNEY_GSS}`,
    );
    expect(COMMITMENT_ID).toBeTruthy();
  });
});
