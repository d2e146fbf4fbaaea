import { screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { HACKNEY_GSS } from "@/testing/fixtures.ts";
import { signedInAs } from "@/testing/handlers.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";
import { buildWorkspaceCommitment, COMMITMENT_ID } from "@/testing/workspace-fixtures.ts";

const STATUS_PATH = `/manage/${HACKNEY_GSS}/commitments/${COMMITMENT_ID}/status`;

async function fillStatusForm(user: ReturnType<typeof renderApp>["user"]) {
  await user.click(await screen.findByRole("radio", { name: "Done" }));
  await user.click(screen.getByRole("radio", { name: "Live" }));
  const date = screen.getByRole("group", { name: "Date of this status" });
  for (const [part, value] of [
    ["Day", "18"],
    ["Month", "11"],
    ["Year", "2026"],
  ] as const) {
    await user.clear(within(date).getByLabelText(part));
    await user.type(within(date).getByLabelText(part), value);
  }
  await user.type(screen.getByLabelText("Link to evidence 1 (optional)"), "https://example.org/launch");
}

describe("the status form, in fewer steps", () => {
  it("starts from the current status and phase, and says what the public sees", async () => {
    server.use(signedInAs("editor"));
    renderApp(STATUS_PATH);
    expect(((await screen.findByRole("radio", { name: "In progress" })) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole("radio", { name: "Beta" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText("Public now").nextElementSibling?.textContent).toBe(
      "In progress · Beta, since 10 February 2020",
    );
  });

  it("takes several links to evidence, added and removed with buttons", async () => {
    server.use(signedInAs("editor"));
    let sent: { evidenceUrls?: unknown } = {};
    server.use(
      http.post("*/api/workspace/:gss/commitments/:id/status-updates", async ({ request }) => {
        sent = (await request.json()) as typeof sent;
        return HttpResponse.json(buildWorkspaceCommitment(), { status: 201 });
      }),
    );
    const { user } = renderApp(STATUS_PATH);
    await user.type(await screen.findByLabelText("Link to evidence 1 (optional)"), "https://example.org/a");
    await user.click(screen.getByRole("button", { name: "Add another link" }));
    expect(document.activeElement).toBe(screen.getByLabelText("Link to evidence 2"));
    await user.keyboard("https://example.org/b");
    await user.click(screen.getByRole("button", { name: "Add another link" }));
    await user.keyboard("https://example.org/c");
    await user.click(screen.getByRole("button", { name: "Remove link 2" }));
    await user.click(screen.getByRole("button", { name: "Save as draft" }));
    await waitFor(() =>
      expect(sent.evidenceUrls).toEqual(["https://example.org/a", "https://example.org/c"]),
    );
  });

  it("saves and submits in one step, submitting only the report just saved", async () => {
    server.use(signedInAs("editor"));
    const submitted: unknown[] = [];
    server.use(
      http.post("*/api/workspace/:gss/commitments/:id/status-updates", () =>
        HttpResponse.json(
          buildWorkspaceCommitment({
            version: 4,
            statusHistory: [
              ...buildWorkspaceCommitment().statusHistory,
              {
                id: "8e2f9a41-1b2c-4d3e-8f4a-5b6c7d8e9f00",
                state: "draft",
                status: "done",
                phase: "live",
                effectiveDate: "2026-11-18",
                note: "Live in all teams.",
                evidenceUrls: ["https://example.org/launch"],
                evidenceChecked: false,
                recordedAt: "2026-11-18T10:00:00.000Z",
                reviewComment: null,
              },
            ],
          }),
          { status: 201 },
        ),
      ),
      http.post("*/api/workspace/:gss/submit", async ({ request }) => {
        submitted.push(await request.json());
        return HttpResponse.json({ count: 1 });
      }),
    );
    const { user, location } = renderApp(STATUS_PATH);
    await fillStatusForm(user);
    await user.click(screen.getByRole("button", { name: "Save and submit for review" }));
    expect(await screen.findByText("The status was reported and submitted for review.")).toBeTruthy();
    expect(location.history?.at(-1)).toBe(`/manage/${HACKNEY_GSS}?saved=status-submitted`);
    expect(submitted).toEqual([{ changeIds: ["8e2f9a41-1b2c-4d3e-8f4a-5b6c7d8e9f00"] }]);
  });
});
